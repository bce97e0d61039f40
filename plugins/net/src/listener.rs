//! A listening socket: its kernel handle's task accepts connections and
//! reports one event per connection, which JavaScript then takes with the
//! `accept` op (libuv's connection callback, then `uv_accept`).

use std::cell::{OnceCell, RefCell};
use std::collections::VecDeque;
use std::io;
use std::path::PathBuf;
use std::rc::Rc;

use bistro_sdk::{Emitter, OpError, Value};
use socket2::Socket;
use tokio::io::unix::AsyncFd;
use tokio::io::Interest;

use crate::conn::{self, Fd};

/// A listening socket and the connections accepted but not yet taken.
pub(crate) struct Listener {
    // Declared first: deregistered before the socket closes.
    io: OnceCell<AsyncFd<Fd>>,
    pub(crate) socket: Socket,
    accepted: RefCell<VecDeque<Socket>>,
    /// The file of a Unix domain server, removed when it closes.
    path: Option<PathBuf>,
}

impl Listener {
    /// A socket that already listens (non-blocking); `path` is the file
    /// of a Unix domain server.
    pub(crate) fn new(socket: Socket, path: Option<PathBuf>) -> io::Result<Self> {
        socket.set_nonblocking(true)?;
        Ok(Listener { io: OnceCell::new(), socket, accepted: RefCell::default(), path })
    }

    /// Removes a Unix domain server's socket file.
    pub(crate) fn unlink(&self) {
        if let Some(path) = &self.path {
            let _ = std::fs::remove_file(path);
        }
    }

    /// The oldest accepted connection not yet taken.
    pub(crate) fn take(&self) -> Option<Socket> {
        self.accepted.borrow_mut().pop_front()
    }

    fn io(&self) -> io::Result<&AsyncFd<Fd>> {
        if let Some(io) = self.io.get() {
            return Ok(io);
        }
        let io = conn::register(&self.socket, Interest::READABLE)?;
        Ok(self.io.get_or_init(|| io))
    }
}

/// The task of a listening server: accepts until stopped, one event per
/// connection; an accept error (`EMFILE`, ...) is an error event and the
/// server keeps listening.
pub(crate) async fn accept_loop(listener: Rc<Listener>, emitter: Emitter) {
    let io = match listener.io() {
        Ok(io) => io,
        Err(error) => return emitter.emit(Err(OpError::system(&error, "listen"))),
    };
    loop {
        let mut ready = match io.readable().await {
            Ok(ready) => ready,
            Err(error) => return emitter.emit(Err(OpError::system(&error, "accept"))),
        };
        match ready.try_io(|_| listener.socket.accept()) {
            Ok(Ok((socket, _))) => {
                listener.accepted.borrow_mut().push_back(socket);
                emitter.emit(Ok(Value::Undefined));
            }
            Ok(Err(error)) => emitter.emit(Err(OpError::system(&error, "accept"))),
            Err(_would_block) => continue,
        }
        tokio::task::yield_now().await;
    }
}
