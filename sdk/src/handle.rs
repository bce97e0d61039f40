//! Handles: loop objects with a lifetime (watchers, sockets, servers), in
//! libuv's sense (`uv_handle_t`).
//!
//! The kernel allocates a handle's id ([`crate::LoopAccess::handle_open`]).
//! A started handle runs one task on the reactor that may report **many**
//! events through its [`Emitter`], each delivered to the script host as a
//! poll-phase callback carrying the handle's id. A handle keeps the loop
//! alive while it is active (its task runs) and referenced. Stopping it
//! cancels the task; closing it also runs its close callback, once, in the
//! close phase.

use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;

use crate::OpResult;

/// A handle's id, unique within a loop (shared with request tokens).
pub type HandleId = u64;

/// The task a started handle runs on the reactor. It ends when its work is
/// over; the handle is then inactive (it no longer keeps the loop alive).
pub type HandleTask = Pin<Box<dyn Future<Output = ()>>>;

/// Builds a handle's task from the emitter it reports through.
pub type HandleStart = Box<dyn FnOnce(Emitter) -> HandleTask>;

/// Reports a handle's events to the loop; each one becomes one callback.
/// Events emitted after the handle was stopped or closed are dropped.
#[derive(Clone)]
pub struct Emitter {
    send: Rc<dyn Fn(OpResult)>,
}

impl Emitter {
    /// An emitter that hands every event to `send` (the kernel's side).
    pub fn new(send: impl Fn(OpResult) + 'static) -> Self {
        Emitter { send: Rc::new(send) }
    }

    /// Reports one event (a value, or an error that JavaScript sees).
    pub fn emit(&self, event: OpResult) {
        (self.send)(event)
    }
}
