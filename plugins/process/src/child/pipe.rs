//! The ops of a child's stdio pipes: socket pairs under tokio's `AsyncFd`.
//!
//! `pipe_read` (the next chunk; empty at end of file) and `pipe_write` are
//! one-shot reactor ops that JavaScript calls again as it goes; a pending
//! call keeps the loop alive, as libuv's reading or writing pipe does.
//! `pipe_read_stop` and `pipe_close` end them early, `pipe_shutdown` ends
//! the writing side, `pipe_try_write` writes what fits at once (as libuv
//! tries first). An IPC channel (`pipe_open` of an inherited fd, or a
//! parent's end) reads with `pipe_read_unref` and holds a loop reference
//! only while `pipe_ref` says so.

use std::cell::Cell;
use std::os::fd::{AsRawFd, OwnedFd, RawFd};
use std::rc::Rc;

use bistro_sdk::{ready_err, Args, Capability, OpDecl, OpError, OpFuture, Value};
use tokio::io::unix::AsyncFd;
use tokio::io::Interest;
use tokio::sync::Notify;

use super::{fds, io_error, on_reactor, set_ref, with_table};

/// The parent's end of a stdio socket (or an IPC channel).
pub(super) struct Pipe {
    /// The socket, until the first read or write puts it on the reactor.
    fd: Option<OwnedFd>,
    io: Option<Rc<AsyncFd<OwnedFd>>>,
    cancel: Rc<Cancel>,
    /// Whether the pipe holds a loop reference (`pipe_ref`, for reads made
    /// with `pipe_read_unref`: an IPC channel).
    referenced: bool,
}

impl Pipe {
    pub(super) fn new(fd: OwnedFd) -> Self {
        Pipe { fd: Some(fd), io: None, cancel: Rc::default(), referenced: false }
    }

    fn raw_fd(&self) -> Option<RawFd> {
        self.fd.as_ref().map(AsRawFd::as_raw_fd).or_else(|| self.io.as_ref().map(|io| io.get_ref().as_raw_fd()))
    }
}

/// What ends a pending read or write early: `pipe_read_stop` (reads only)
/// and `pipe_close` (both).
#[derive(Default)]
struct Cancel {
    /// Bumped by every read stop; a read started before is over.
    read_stops: Cell<u32>,
    closed: Cell<bool>,
    notify: Notify,
}

impl Cancel {
    fn stop(&self, close: bool) {
        self.read_stops.set(self.read_stops.get() + 1);
        self.closed.set(self.closed.get() || close);
        self.notify.notify_waiters();
    }

    /// Completes once `over` holds (checked after every stop).
    async fn until(&self, over: impl Fn(&Cancel) -> bool) {
        loop {
            // A Notified future hears notify_waiters from its creation on.
            let notified = self.notify.notified();
            if over(self) {
                return;
            }
            notified.await;
        }
    }
}

/// The pipe ops.
pub(super) fn ops() -> Vec<OpDecl> {
    vec![
        OpDecl::reactor("pipe_read", Capability::none(), |_, args| args.u32(0).map_or_else(ready_err, read)),
        OpDecl::reactor_unref("pipe_read_unref", Capability::none(), |_, args| {
            args.u32(0).map_or_else(ready_err, read)
        }),
        OpDecl::sync("pipe_ref", Capability::none(), |cx, args| {
            let (id, wanted) = (args.u32(0)?, args.flag_or(1, true));
            with_table(|t| {
                if let Some(pipe) = t.pipes.get_mut(&id) {
                    set_ref(cx.event_loop, &mut pipe.referenced, wanted);
                }
            });
            Ok(Value::Undefined)
        }),
        OpDecl::sync("pipe_open", Capability::none(), |_, args| {
            // A close-on-exec copy: the inherited fd (an IPC channel) is not
            // passed on to this process's own children.
            let given = args.i32(0)?;
            let fd = fds::duplicate_above(given, 3).map_err(io_error)?;
            if given > 2 {
                // SAFETY: closing the descriptor this process was given; the
                // copy stands in for it.
                unsafe { libc::close(given) };
            }
            Ok(with_table(|t| Value::Number(f64::from(t.add_pipe(fd)))))
        }),
        OpDecl::sync("pipe_try_write", Capability::none(), |_, args| {
            let id = args.u32(0)?;
            let fd = with_table(|t| t.pipes.get(&id).and_then(Pipe::raw_fd));
            let bytes = args.bytes(1)?;
            Ok(Value::Number(match fd.map(|fd| fds::write_some(fd, bytes)) {
                Some(Ok(written)) => written as f64,
                Some(Err(e)) if e.kind() == std::io::ErrorKind::WouldBlock => 0.0,
                Some(Err(e)) => fds::negative_errno(&e),
                None => -f64::from(libc::EBADF),
            }))
        }),
        OpDecl::reactor("pipe_write", Capability::none(), |_, mut args| {
            let bytes = match args.get_mut(1).map(std::mem::take) {
                Some(Value::Bytes(bytes)) => bytes,
                _ => Default::default(),
            };
            match args.u32(0) {
                Ok(id) => write(id, bytes),
                Err(error) => ready_err(error),
            }
        }),
        OpDecl::sync("pipe_read_stop", Capability::none(), |_, args| {
            let id = args.u32(0)?;
            with_table(|t| t.pipes.get(&id).map(|pipe| pipe.cancel.stop(false)));
            Ok(Value::Undefined)
        }),
        OpDecl::sync("pipe_shutdown", Capability::none(), |_, args| {
            let id = args.u32(0)?;
            if let Some(fd) = with_table(|t| t.pipes.get(&id).and_then(Pipe::raw_fd)) {
                // SAFETY: shutdown on a socket the table owns.
                unsafe { libc::shutdown(fd, libc::SHUT_WR) };
            }
            Ok(Value::Undefined)
        }),
        OpDecl::sync("pipe_close", Capability::none(), |cx, args| {
            let id = args.u32(0)?;
            if let Some(mut pipe) = with_table(|t| t.pipes.remove(&id)) {
                pipe.cancel.stop(true);
                set_ref(cx.event_loop, &mut pipe.referenced, false);
            }
            Ok(Value::Undefined)
        }),
    ]
}

/// The descriptor of the pipe `id`, for a slot of another child's stdio.
pub(super) fn pipe_fd(id: u32) -> Option<RawFd> {
    with_table(|t| t.pipes.get(&id).and_then(Pipe::raw_fd))
}

/// A pipe on the reactor, and what cancels its calls.
type PipeIo = (Rc<AsyncFd<OwnedFd>>, Rc<Cancel>);

/// The pipe `id` on the reactor; `None` once closed.
fn pipe_io(id: u32) -> Result<Option<PipeIo>, OpError> {
    with_table(|t| {
        let Some(pipe) = t.pipes.get_mut(&id) else { return Ok(None) };
        if pipe.io.is_none() {
            let fd = pipe.fd.take().expect("a pipe has its fd until it is on the reactor");
            pipe.io = Some(Rc::new(on_reactor(fd, Interest::READABLE | Interest::WRITABLE)?));
        }
        Ok(pipe.io.clone().map(|io| (io, Rc::clone(&pipe.cancel))))
    })
}

/// The next chunk from the pipe `id`: bytes, empty at end of file, null
/// if reading was stopped or the pipe closed first.
fn read(id: u32) -> OpFuture {
    // The stops so far: a stop from now on ends this read.
    let started = with_table(|t| t.pipes.get(&id).map(|pipe| pipe.cancel.read_stops.get()));
    Box::pin(async move {
        let Some((io, cancel)) = pipe_io(id)? else { return Ok(Value::Null) };
        let stopped = |cancel: &Cancel| Some(cancel.read_stops.get()) != started;
        tokio::select! {
            chunk = async {
                loop {
                    let mut ready = io.readable().await?;
                    if stopped(&cancel) {
                        return Ok(None);
                    }
                    if let Ok(chunk) = ready.try_io(|fd| fds::read_available(fd.as_raw_fd())) {
                        return chunk.map(Some);
                    }
                }
            } => chunk.map(|chunk| chunk.map_or(Value::Null, Value::from)).map_err(io_error),
            () = cancel.until(stopped) => Ok(Value::Null),
        }
    })
}

/// Writes all of `bytes` to the pipe `id`.
fn write(id: u32, bytes: bistro_sdk::Bytes) -> OpFuture {
    Box::pin(async move {
        let Some((io, cancel)) = pipe_io(id)? else {
            return Err(io_error(std::io::Error::from_raw_os_error(libc::EBADF)));
        };
        tokio::select! {
            done = async {
                let mut rest = &bytes[..];
                while !rest.is_empty() {
                    let mut ready = io.writable().await?;
                    if let Ok(written) = ready.try_io(|fd| fds::write_some(fd.as_raw_fd(), rest)) {
                        rest = &rest[written?..];
                    }
                }
                Ok(())
            } => done.map(|()| Value::Undefined).map_err(io_error),
            () = cancel.until(|cancel| cancel.closed.get()) => {
                Err(io_error(std::io::Error::from_raw_os_error(libc::ECANCELED)))
            }
        }
    })
}
