//! A connected stream socket (TCP or Unix domain): the kernel handle reads
//! it (many chunks until end of file), writes are sync attempts plus
//! reactor ops for what did not fit.

use std::cell::{Cell, RefCell};
use std::io;
use std::os::fd::{AsRawFd, RawFd};
use std::rc::Rc;

use bistro_sdk::{Emitter, OpError, Value};
use socket2::Socket;
use tokio::io::Interest;
use tokio::sync::Notify;

use crate::http::Parser;
use crate::watched::Watched;

/// The biggest chunk one read delivers (libuv reads 64 KiB at a time).
const READ_CHUNK: usize = 64 * 1024;

/// A stream socket on the reactor, and what cancels its pending calls.
pub(crate) struct Conn {
    pub(crate) socket: Watched,
    /// Set while the connection speaks HTTP: reads become parser events.
    pub(crate) http: RefCell<Option<Parser>>,
    cancelled: Cell<bool>,
    cancel: Notify,
}

impl Conn {
    /// A non-blocking socket, not yet on the reactor.
    pub(crate) fn new(socket: Socket) -> io::Result<Self> {
        let socket = Watched::new(socket, Interest::READABLE | Interest::WRITABLE)?;
        Ok(Conn { socket, http: RefCell::new(None), cancelled: Cell::new(false), cancel: Notify::new() })
    }

    /// Ends pending writes and connects (the socket was closed).
    pub(crate) fn cancel(&self) {
        self.cancelled.set(true);
        self.cancel.notify_waiters();
    }

    /// `work`, unless the socket is closed first (`ECANCELED`).
    async fn unless_cancelled<T>(&self, work: impl std::future::Future<Output = io::Result<T>>) -> io::Result<T> {
        let cancelled = async {
            loop {
                let notified = self.cancel.notified();
                if self.cancelled.get() {
                    return;
                }
                notified.await;
            }
        };
        tokio::select! {
            done = work => done,
            () = cancelled => Err(io::Error::from_raw_os_error(libc::ECANCELED)),
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
        self.unless_cancelled(async {
            let mut rest = bytes;
            while !rest.is_empty() {
                let written = self.socket.when_writable(|socket| send(socket.as_raw_fd(), rest)).await?;
                rest = &rest[written..];
            }
            Ok(())
        })
        .await
    }

    /// What a read of `chunk` delivers: the bytes, or with a parser the
    /// list of events they complete (`None` when there are none yet). A
    /// parser that stops (an upgrade, an error) is dropped: later bytes
    /// are delivered as they are.
    fn deliver(&self, chunk: Vec<u8>) -> Option<Value> {
        let mut http = self.http.borrow_mut();
        let Some(parser) = http.as_mut() else { return Some(Value::from(chunk)) };
        let mut events = Vec::new();
        parser.feed(&chunk, &mut events);
        if parser.is_done() {
            *http = None;
        }
        (!events.is_empty()).then_some(Value::List(events))
    }

    /// The events end of file completes, if a parser is set.
    fn finish(&self) -> Option<Value> {
        let mut events = Vec::new();
        self.http.borrow_mut().as_mut()?.finish(&mut events);
        (!events.is_empty()).then_some(Value::List(events))
    }

    /// Waits for a non-blocking connect to finish: its error, if any.
    pub(crate) async fn connected(&self) -> io::Result<()> {
        self.unless_cancelled(self.socket.when_writable(|socket| match socket.take_error()? {
            Some(error) => Err(error),
            None => Ok(()),
        }))
        .await
    }
}

/// The task of a reading socket: every chunk is one event (bytes, or the
/// HTTP parser's events for it), end of file is `null` and ends the task,
/// and so does an error.
pub(crate) async fn read_loop(conn: Rc<Conn>, emitter: Emitter) {
    loop {
        match conn.socket.when_readable(|socket| read_chunk(socket.as_raw_fd())).await {
            Ok(Some(chunk)) => {
                if let Some(delivered) = conn.deliver(chunk) {
                    emitter.emit(Ok(delivered));
                }
            }
            Ok(None) => {
                if let Some(events) = conn.finish() {
                    emitter.emit(Ok(events));
                }
                return emitter.emit(Ok(Value::Null));
            }
            Err(error) => return emitter.emit(Err(OpError::system(&error, "read"))),
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
