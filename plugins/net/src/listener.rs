//! A listening socket: its kernel handle's task accepts connections and
//! reports one event per connection, which JavaScript then takes with the
//! `accept` op (libuv's connection callback, then `uv_accept`).

use std::cell::RefCell;
use std::collections::VecDeque;
use std::io;
use std::path::PathBuf;
use std::rc::Rc;

use bistro_sdk::{Emitter, OpError, Value};
use socket2::Socket;
use tokio::io::Interest;

use crate::watched::Watched;

/// A listening socket and the connections accepted but not yet taken.
pub(crate) struct Listener {
    pub(crate) socket: Watched,
    accepted: RefCell<VecDeque<Socket>>,
    /// The file of a Unix domain server, removed when it closes.
    path: Option<PathBuf>,
}

impl Listener {
    /// A socket that already listens; `path` is the file of a Unix domain
    /// server.
    pub(crate) fn new(socket: Socket, path: Option<PathBuf>) -> io::Result<Self> {
        // The spare descriptor is opened now, while descriptors are left.
        SPARE.with(|_| ());
        Ok(Listener { socket: Watched::new(socket, Interest::READABLE)?, accepted: RefCell::default(), path })
    }

    /// The oldest accepted connection not yet taken.
    pub(crate) fn take(&self) -> Option<Socket> {
        self.accepted.borrow_mut().pop_front()
    }

    /// Removes a Unix domain server's socket file.
    pub(crate) fn unlink(&self) {
        if let Some(path) = &self.path {
            let _ = std::fs::remove_file(path);
        }
    }
}

/// The task of a listening server: accepts until stopped, one event per
/// connection. An accept error is an error event: a connection aborted
/// before it was taken is skipped; with no descriptor left (`EMFILE`), the
/// waiting connection is refused with libuv's spare-descriptor trick, so
/// the server neither spins nor stalls; any other error ends the task.
pub(crate) async fn accept_loop(listener: Rc<Listener>, emitter: Emitter) {
    loop {
        match listener.socket.when_readable(Socket::accept).await {
            Ok((socket, _)) => {
                listener.accepted.borrow_mut().push_back(socket);
                emitter.emit(Ok(Value::Undefined));
            }
            Err(error) => {
                emitter.emit(Err(OpError::system(&error, "accept")));
                match error.raw_os_error() {
                    Some(libc::EMFILE | libc::ENFILE) => refuse_one(&listener.socket),
                    Some(libc::ECONNABORTED | libc::EINTR) => {}
                    _ => return,
                }
            }
        }
        tokio::task::yield_now().await;
    }
}

thread_local! {
    /// A descriptor held in reserve, freed to accept (and close) one
    /// connection when the process has none left.
    static SPARE: RefCell<Option<std::fs::File>> = RefCell::new(std::fs::File::open("/dev/null").ok());
}

fn refuse_one(socket: &Socket) {
    SPARE.with(|spare| {
        drop(spare.borrow_mut().take());
        drop(socket.accept());
        *spare.borrow_mut() = std::fs::File::open("/dev/null").ok();
    });
}
