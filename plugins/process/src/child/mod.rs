//! The ops of `node:child_process`.
//!
//! `child_spawn` (sync) starts a child and answers its pid, a resource id
//! for the process and one for each `'pipe'` slot of its stdio. The rest
//! are one-shot ops that JavaScript calls again as it goes:
//! `pipe_read` (the next chunk; empty at end of file) and `pipe_write` on
//! the reactor, where a pending call keeps the loop alive as libuv's
//! reading or writing pipe does (`pipe_read_stop` and `pipe_close` end
//! them early; `pipe_shutdown` ends the writing side; `pipe_try_write`
//! writes what fits at once, as libuv tries first). An IPC channel
//! (`pipe_open` of an inherited fd, or a parent's end) reads with
//! `pipe_read_unref` and holds a loop reference only while `pipe_ref`
//! says so; `child_wait` (the exit), which does not:
//! the child holds a loop reference from its spawn until `child_close`,
//! dropped and taken again by `child_ref`, so an unreferenced child lets
//! the process end. Exits are watched with a pidfd (polled where there is
//! none); pipes are socket pairs under tokio's `AsyncFd`. `spawn_sync`
//! runs a whole child on the loop thread, and `kill` signals any process.
//! Failed system calls answer a negative errno.

mod command;
mod fds;
mod sync;

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::os::fd::{AsRawFd, OwnedFd, RawFd};
use std::process::Child;
use std::rc::Rc;
use std::time::Duration;

use bistro_sdk::{Capability, LoopAccess, OpDecl, OpError, OpFuture, Value};
use tokio::io::unix::AsyncFd;
use tokio::io::Interest;
use tokio::sync::Notify;

use command::SpawnOptions;

/// A running (or exited, not yet closed) child.
struct Running {
    child: Child,
    /// The pidfd, until `child_wait` takes it onto the reactor.
    pidfd: Option<OwnedFd>,
    /// Whether the child has been reaped (its pid may then be reused).
    exited: bool,
    /// Whether the child holds a loop reference.
    referenced: bool,
}

/// The parent's end of a stdio socket.
struct Pipe {
    /// The socket, until the first read or write puts it on the reactor.
    fd: Option<OwnedFd>,
    io: Option<Rc<AsyncFd<OwnedFd>>>,
    cancel: Rc<Cancel>,
    /// Whether the pipe holds a loop reference (`pipe_ref`, for reads made
    /// with `pipe_read_unref`: an IPC channel).
    referenced: bool,
}

impl Pipe {
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

#[derive(Default)]
struct Table {
    next_id: u32,
    children: HashMap<u32, Running>,
    pipes: HashMap<u32, Pipe>,
}

impl Table {
    fn id(&mut self) -> u32 {
        self.next_id += 1;
        self.next_id
    }

    fn add_pipe(&mut self, fd: OwnedFd) -> u32 {
        let id = self.id();
        self.pipes.insert(id, Pipe { fd: Some(fd), io: None, cancel: Rc::default(), referenced: false });
        id
    }
}

thread_local! {
    // Every child op runs on the loop thread: sync ops directly, reactor
    // futures on its current-thread runtime.
    static TABLE: RefCell<Table> = RefCell::default();
}

fn with_table<T>(f: impl FnOnce(&mut Table) -> T) -> T {
    TABLE.with(|table| f(&mut table.borrow_mut()))
}

fn id_arg(args: &[Value], index: usize) -> u32 {
    args.get(index).and_then(Value::as_f64).unwrap_or(0.0) as u32
}

fn number_arg(args: &[Value], index: usize) -> i32 {
    args.get(index).and_then(Value::as_f64).unwrap_or(0.0) as i32
}

fn io_error(error: std::io::Error) -> OpError {
    OpError::new("ESYS", error.to_string()).with_prop("errno", fds::negative_errno(&error))
}

/// The ops of child processes.
pub(crate) fn ops() -> Vec<OpDecl> {
    vec![
        OpDecl::sync("child_spawn", Capability::named("process.spawn"), |cx, args| {
            let options = SpawnOptions::from_value(args.first().unwrap_or(&Value::Undefined), pipe_fd)?;
            match options.launch() {
                Ok(launched) => Ok(register(cx.event_loop, launched)),
                Err(error) => Ok(Value::Number(fds::negative_errno(&error))),
            }
        }),
        OpDecl::reactor_unref("child_wait", Capability::none(), |args| wait(id_arg(&args, 0))),
        OpDecl::sync("child_kill", Capability::none(), |_, args| {
            let signal = number_arg(&args, 1);
            let pid = with_table(|t| t.children.get(&id_arg(&args, 0)).filter(|c| !c.exited).map(|c| c.child.id()));
            Ok(Value::Number(pid.map_or(-f64::from(libc::ESRCH), |pid| fds::send_signal(pid as i32, signal))))
        }),
        OpDecl::sync("child_ref", Capability::none(), |cx, args| {
            let wanted = args.get(1).and_then(Value::as_bool).unwrap_or(true);
            with_table(|t| {
                if let Some(child) = t.children.get_mut(&id_arg(&args, 0)) {
                    if child.referenced != wanted {
                        child.referenced = wanted;
                        cx.event_loop.adjust_refs(if wanted { 1 } else { -1 });
                    }
                }
            });
            Ok(Value::Undefined)
        }),
        OpDecl::sync("child_close", Capability::none(), |cx, args| {
            if let Some(child) = with_table(|t| t.children.remove(&id_arg(&args, 0))) {
                if child.referenced {
                    cx.event_loop.adjust_refs(-1);
                }
            }
            Ok(Value::Undefined)
        }),
        OpDecl::reactor("pipe_read", Capability::none(), |args| read(id_arg(&args, 0))),
        OpDecl::reactor_unref("pipe_read_unref", Capability::none(), |args| read(id_arg(&args, 0))),
        OpDecl::sync("pipe_ref", Capability::none(), |cx, args| {
            let wanted = args.get(1).and_then(Value::as_bool).unwrap_or(true);
            with_table(|t| {
                if let Some(pipe) = t.pipes.get_mut(&id_arg(&args, 0)) {
                    if pipe.referenced != wanted {
                        pipe.referenced = wanted;
                        cx.event_loop.adjust_refs(if wanted { 1 } else { -1 });
                    }
                }
            });
            Ok(Value::Undefined)
        }),
        OpDecl::sync("pipe_open", Capability::none(), |_, args| {
            // A close-on-exec copy: the inherited fd (an IPC channel) is not
            // passed on to this process's own children.
            let given = number_arg(&args, 0);
            let fd = fds::duplicate_above(given, 3).map_err(io_error)?;
            if given > 2 {
                // SAFETY: closing the descriptor this process was given; the
                // copy stands in for it.
                unsafe { libc::close(given) };
            }
            Ok(with_table(|t| Value::Number(f64::from(t.add_pipe(fd)))))
        }),
        OpDecl::sync("pipe_try_write", Capability::none(), |_, args| {
            let fd = with_table(|t| t.pipes.get(&id_arg(&args, 0)).and_then(Pipe::raw_fd));
            let bytes = args.get(1).and_then(Value::as_bytes).unwrap_or_default();
            Ok(Value::Number(match fd.map(|fd| fds::write_some(fd, bytes)) {
                Some(Ok(written)) => written as f64,
                Some(Err(e)) if e.kind() == std::io::ErrorKind::WouldBlock => 0.0,
                Some(Err(e)) => fds::negative_errno(&e),
                None => -f64::from(libc::EBADF),
            }))
        }),
        OpDecl::reactor("pipe_write", Capability::none(), |mut args| {
            let bytes = match args.get_mut(1).map(std::mem::take) {
                Some(Value::Bytes(bytes)) => bytes,
                _ => Default::default(),
            };
            write(id_arg(&args, 0), bytes)
        }),
        OpDecl::sync("pipe_read_stop", Capability::none(), |_, args| {
            with_table(|t| t.pipes.get(&id_arg(&args, 0)).map(|pipe| pipe.cancel.stop(false)));
            Ok(Value::Undefined)
        }),
        OpDecl::sync("pipe_shutdown", Capability::none(), |_, args| {
            if let Some(fd) = with_table(|t| t.pipes.get(&id_arg(&args, 0)).and_then(Pipe::raw_fd)) {
                // SAFETY: shutdown on a socket the table owns.
                unsafe { libc::shutdown(fd, libc::SHUT_WR) };
            }
            Ok(Value::Undefined)
        }),
        OpDecl::sync("pipe_close", Capability::none(), |cx, args| {
            if let Some(pipe) = with_table(|t| t.pipes.remove(&id_arg(&args, 0))) {
                pipe.cancel.stop(true);
                if pipe.referenced {
                    cx.event_loop.adjust_refs(-1);
                }
            }
            Ok(Value::Undefined)
        }),
        OpDecl::sync("spawn_sync", Capability::named("process.spawn"), |_, args| {
            sync::spawn_sync(args.first().unwrap_or(&Value::Undefined), pipe_fd)
        }),
        OpDecl::sync("kill", Capability::named("process.spawn"), |_, args| {
            Ok(Value::Number(fds::send_signal(number_arg(&args, 0), number_arg(&args, 1))))
        }),
    ]
}

/// Files a started child and its pipes; answers `{ pid, rid, pipes }`.
fn register(event_loop: &dyn LoopAccess, launched: command::Launched) -> Value {
    event_loop.adjust_refs(1);
    with_table(|t| {
        let pipes = launched
            .pipes
            .into_iter()
            .map(|fd| match fd {
                Some(fd) => Value::Number(f64::from(t.add_pipe(fd))),
                None => Value::Null,
            })
            .collect();
        let pid = launched.child.id();
        let id = t.id();
        let pidfd = fds::pidfd_open(pid);
        t.children.insert(id, Running { child: launched.child, pidfd, exited: false, referenced: true });
        Value::Map(vec![
            ("pid".into(), Value::Number(f64::from(pid))),
            ("rid".into(), Value::Number(f64::from(id))),
            ("pipes".into(), Value::List(pipes)),
        ])
    })
}

/// `fd` on the reactor (inside a reactor future, where its runtime is).
fn on_reactor(fd: OwnedFd, interest: Interest) -> Result<AsyncFd<OwnedFd>, OpError> {
    // SAFETY: the OwnedFd keeps the descriptor open, and the same, for as
    // long as the AsyncFd owns it.
    unsafe { AsyncFd::register_with_interest(fd, interest) }.map_err(|e| io_error(e.into_parts().1))
}

/// Reaps the child `id` if it has exited: `Some([code, signal])`.
fn try_reap(id: u32) -> Result<Option<Value>, OpError> {
    with_table(|t| {
        let Some(running) = t.children.get_mut(&id) else { return Ok(Some(Value::Null)) };
        match running.child.try_wait().map_err(io_error)? {
            Some(status) => {
                running.exited = true;
                let (code, signal) = fds::exit_parts(status);
                Ok(Some(Value::List(vec![code, signal])))
            }
            None => Ok(None),
        }
    })
}

/// Waits for the child `id` to exit: `[code, signal]` (null if the child
/// was closed meanwhile).
fn wait(id: u32) -> OpFuture {
    Box::pin(async move {
        let pidfd = with_table(|t| t.children.get_mut(&id).and_then(|c| c.pidfd.take()));
        let mut watch = match pidfd {
            Some(fd) => Some(on_reactor(fd, Interest::READABLE)?),
            None => None,
        };
        let mut pause = Duration::from_millis(1);
        loop {
            if let Some(exit) = try_reap(id)? {
                return Ok(exit);
            }
            match &watch {
                Some(fd) => {
                    // Readable means exited: the next try_reap finds it.
                    // If it does not, poll from then on.
                    let _ready = fd.readable().await.map_err(io_error)?;
                    if let Some(exit) = try_reap(id)? {
                        return Ok(exit);
                    }
                    watch = None;
                }
                None => {
                    tokio::time::sleep(pause).await;
                    pause = (pause * 2).min(Duration::from_millis(50));
                }
            }
        }
    })
}

/// The descriptor of the pipe `id`, for a slot of another child's stdio.
fn pipe_fd(id: u32) -> Option<RawFd> {
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
fn write(id: u32, bytes: std::sync::Arc<Vec<u8>>) -> OpFuture {
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
