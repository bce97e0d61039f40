//! A connected stream socket (TCP or Unix domain): the kernel handle reads
//! it (many chunks until end of file), writes are sync attempts plus
//! reactor ops for what did not fit.

use std::cell::{Cell, OnceCell};
use std::io;
use std::os::fd::{AsRawFd, RawFd};

use bistro_sdk::{Emitter, OpError, Value};
use socket2::Socket;
use tokio::io::unix::AsyncFd;
use tokio::io::Interest;
use tokio::sync::Notify;

/// The biggest chunk one read delivers (libuv reads 64 KiB at a time).
const READ_CHUNK: usize = 64 * 1024;

/// The raw descriptor the reactor watches; `Conn::socket` owns it.
pub(crate) struct Fd(pub(crate) RawFd);

impl AsRawFd for Fd {
    fn as_raw_fd(&self) -> RawFd {
        self.0
    }
}

/// Puts `socket`'s descriptor on the reactor. The registration must be
/// dropped before the socket (both owners declare it first).
pub(crate) fn register(socket: &Socket, interest: Interest) -> io::Result<AsyncFd<Fd>> {
    // SAFETY: the socket owns the descriptor and outlives the registration,
    // which its owner drops first.
    unsafe { AsyncFd::register_with_interest(Fd(socket.as_raw_fd()), interest) }.map_err(|e| e.into_parts().1)
}

/// A stream socket and its registration on the reactor.
pub(crate) struct Conn {
    // Declared first so it is dropped (deregistered) before the socket
    // closes the descriptor.
    io: OnceCell<AsyncFd<Fd>>,
    pub(crate) socket: Socket,
    cancelled: Cell<bool>,
    cancel: Notify,
}

impl Conn {
    /// A non-blocking socket, not yet on the reactor.
    pub(crate) fn new(socket: Socket) -> io::Result<Self> {
        socket.set_nonblocking(true)?;
        Ok(Conn { io: OnceCell::new(), socket, cancelled: Cell::new(false), cancel: Notify::new() })
    }

    /// The socket on the reactor, registered on first use (from a reactor
    /// op or a handle's start, which run in the reactor's context).
    pub(crate) fn io(&self) -> io::Result<&AsyncFd<Fd>> {
        if let Some(io) = self.io.get() {
            return Ok(io);
        }
        let io = register(&self.socket, Interest::READABLE | Interest::WRITABLE)?;
        Ok(self.io.get_or_init(|| io))
    }

    /// Ends pending writes and connects (the socket was closed).
    pub(crate) fn cancel(&self) {
        self.cancelled.set(true);
        self.cancel.notify_waiters();
    }

    /// Completes once the socket is closed.
    pub(crate) async fn cancelled(&self) {
        loop {
            let notified = self.cancel.notified();
            if self.cancelled.get() {
                return;
            }
            notified.await;
        }
    }

    /// Writes what fits now: the count written, 0 when the socket is full.
    pub(crate) fn try_write(&self, bytes: &[u8]) -> io::Result<usize> {
        match send(self.socket.as_raw_fd(), bytes) {
            Err(error) if error.kind() == io::ErrorKind::WouldBlock => Ok(0),
            other => other,
        }
    }

    /// Writes all of `bytes`, waiting for room as needed.
    pub(crate) async fn write_all(&self, bytes: &[u8]) -> io::Result<()> {
        let io = self.io()?;
        let mut rest = bytes;
        let writing = async {
            while !rest.is_empty() {
                let mut ready = io.writable().await?;
                if let Ok(written) = ready.try_io(|fd| send(fd.get_ref().0, rest)) {
                    rest = &rest[written?..];
                }
            }
            Ok(())
        };
        tokio::select! {
            done = writing => done,
            () = self.cancelled() => Err(io::Error::from_raw_os_error(libc::ECANCELED)),
        }
    }

    /// Waits for a non-blocking connect to finish: its error, if any.
    pub(crate) async fn connected(&self) -> io::Result<()> {
        let io = self.io()?;
        tokio::select! {
            ready = io.writable() => {
                drop(ready?);
                match self.socket.take_error()? {
                    Some(error) => Err(error),
                    None => Ok(()),
                }
            }
            () = self.cancelled() => Err(io::Error::from_raw_os_error(libc::ECANCELED)),
        }
    }
}

/// The task of a reading socket: every chunk is one event (bytes), end of
/// file is `null` and ends the task, and so does an error.
pub(crate) async fn read_loop(conn: std::rc::Rc<Conn>, emitter: Emitter) {
    let io = match conn.io() {
        Ok(io) => io,
        Err(error) => return emitter.emit(Err(OpError::system(&error, "read"))),
    };
    loop {
        let mut ready = match io.readable().await {
            Ok(ready) => ready,
            Err(error) => return emitter.emit(Err(OpError::system(&error, "read"))),
        };
        match ready.try_io(|fd| read_chunk(fd.get_ref().0)) {
            Ok(Ok(Some(chunk))) => emitter.emit(Ok(Value::from(chunk))),
            Ok(Ok(None)) => return emitter.emit(Ok(Value::Null)),
            Ok(Err(error)) => return emitter.emit(Err(OpError::system(&error, "read"))),
            Err(_would_block) => continue,
        }
        // Let the loop hand this chunk to JavaScript (which may pause the
        // socket) before reading the next: backpressure holds at one chunk.
        tokio::task::yield_now().await;
    }
}

/// One read: the bytes, `None` at end of file.
fn read_chunk(fd: RawFd) -> io::Result<Option<Vec<u8>>> {
    thread_local! {
        static SCRATCH: std::cell::RefCell<Vec<u8>> = std::cell::RefCell::new(vec![0; READ_CHUNK]);
    }
    SCRATCH.with(|scratch| {
        let mut scratch = scratch.borrow_mut();
        // SAFETY: reading into a buffer of READ_CHUNK writable bytes.
        let read = unsafe { libc::read(fd, scratch.as_mut_ptr().cast(), READ_CHUNK) };
        match read {
            0 => Ok(None),
            n if n > 0 => Ok(Some(scratch[..n as usize].to_vec())),
            _ => Err(io::Error::last_os_error()),
        }
    })
}

/// `send` without SIGPIPE: a write to a socket the peer closed is `EPIPE`.
fn send(fd: RawFd, bytes: &[u8]) -> io::Result<usize> {
    // SAFETY: `bytes` is valid for its length.
    let sent = unsafe { libc::send(fd, bytes.as_ptr().cast(), bytes.len(), libc::MSG_NOSIGNAL) };
    if sent < 0 {
        Err(io::Error::last_os_error())
    } else {
        Ok(sent as usize)
    }
}
