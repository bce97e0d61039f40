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
/// connection. A connection aborted before it was taken is skipped. With no
/// descriptor left (`EMFILE`), libuv's trick: the spare descriptor is freed
/// to accept and close every waiting connection, so the server neither
/// spins nor stalls, and no error is reported unless the trick fails. Any
/// other accept error is an error event and ends the task.
pub(crate) async fn accept_loop(listener: Rc<Listener>, emitter: Emitter) {
    loop {
        match listener.socket.when_readable(Socket::accept).await {
            Ok((socket, _)) => {
                listener.accepted.borrow_mut().push_back(socket);
                emitter.emit(Ok(Value::Undefined));
            }
            Err(error) => match error.raw_os_error() {
                Some(libc::ECONNABORTED | libc::EINTR) => {}
                Some(libc::EMFILE | libc::ENFILE) => {
                    if let Err(error) = refuse_waiting(&listener.socket) {
                        emitter.emit(Err(OpError::system(&error, "accept")));
                    }
                }
                _ => return emitter.emit(Err(OpError::system(&error, "accept"))),
            },
        }
        tokio::task::yield_now().await;
    }
}

thread_local! {
    /// A descriptor held in reserve, freed to refuse connections when the
    /// process has none left.
    static SPARE: RefCell<Option<std::fs::File>> = RefCell::new(std::fs::File::open("/dev/null").ok());
}

/// Accepts and closes every waiting connection with the spare descriptor
/// freed: `Ok` once none wait, the accept error otherwise (`EMFILE` when
/// there is no spare).
fn refuse_waiting(socket: &Socket) -> io::Result<()> {
    SPARE.with(|spare| {
        if spare.borrow_mut().take().is_none() {
            return Err(io::Error::from_raw_os_error(libc::EMFILE));
        }
        let outcome = loop {
            match socket.accept() {
                Ok(_) => {}
                Err(error) if error.kind() == io::ErrorKind::Interrupted => {}
                Err(error) if error.kind() == io::ErrorKind::WouldBlock => break Ok(()),
                Err(error) => break Err(error),
            }
        };
        *spare.borrow_mut() = std::fs::File::open("/dev/null").ok();
        outcome
    })
}
