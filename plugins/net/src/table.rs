//! The plugin's resources by kernel handle id: connected sockets and
//! listening servers. Every op runs on the loop thread (sync ops directly,
//! reactor futures on its current-thread runtime), so the table is a
//! thread-local.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use bistro_sdk::{HandleId, OpError};

use crate::conn::Conn;
use crate::listener::Listener;

enum Resource {
    Conn(Rc<Conn>),
    Listener(Rc<Listener>),
}

thread_local! {
    static TABLE: RefCell<HashMap<HandleId, Resource>> = RefCell::default();
}

/// Records a connected (or connecting) socket under its handle id.
pub(crate) fn insert_conn(id: HandleId, conn: Conn) {
    TABLE.with(|t| t.borrow_mut().insert(id, Resource::Conn(Rc::new(conn))));
}

/// Records a listening socket under its handle id.
pub(crate) fn insert_listener(id: HandleId, listener: Listener) {
    TABLE.with(|t| t.borrow_mut().insert(id, Resource::Listener(Rc::new(listener))));
}

/// The socket `id`; `EBADF` once it is closed (or never was a socket).
pub(crate) fn conn(id: HandleId) -> Result<Rc<Conn>, OpError> {
    TABLE.with(|t| match t.borrow().get(&id) {
        Some(Resource::Conn(conn)) => Ok(Rc::clone(conn)),
        _ => Err(bad_descriptor()),
    })
}

/// The server `id`; `EBADF` once it is closed.
pub(crate) fn listener(id: HandleId) -> Result<Rc<Listener>, OpError> {
    TABLE.with(|t| match t.borrow().get(&id) {
        Some(Resource::Listener(listener)) => Ok(Rc::clone(listener)),
        _ => Err(bad_descriptor()),
    })
}

/// Forgets `id`: its descriptor closes once no task uses it, its pending
/// writes and connect end with `ECANCELED`, and a Unix server's socket
/// file is removed (as libuv removes it). Closing twice is a
/// no-op.
pub(crate) fn remove(id: HandleId) {
    let removed = TABLE.with(|t| t.borrow_mut().remove(&id));
    match removed {
        Some(Resource::Conn(conn)) => conn.cancel(),
        Some(Resource::Listener(listener)) => listener.unlink(),
        None => {}
    }
}

fn bad_descriptor() -> OpError {
    OpError::system(&std::io::Error::from_raw_os_error(libc::EBADF), "close")
}
