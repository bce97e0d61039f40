//! What a sync op may ask of the event loop.

use crate::{HandleId, HandleStart};

/// The loop services a sync op can use: the loop clock, timers and the
/// check (setImmediate) queue, and references that keep the loop alive.
///
/// Tokens are chosen by the caller; the kernel hands the same token back to
/// the script host when the timer fires.
pub trait LoopAccess {
    /// The loop's cached time in milliseconds since the loop started
    /// (updated at the start of every iteration, like `uv_now`).
    fn now_ms(&self) -> u64;
    /// Refreshes the cached time and returns it (like `uv_update_time`).
    fn update_time(&self) -> u64;
    /// Arms a timer to fire after `timeout_ms` and returns its id: a new
    /// timer (its id from the kernel's one counter, so it never collides
    /// with a handle or request) when `timer` is `None`, else that timer,
    /// restarted. With `repeat_ms` the kernel arms it again after each
    /// callback returns (`repeat_ms` from then), unless the callback
    /// stopped or restarted it.
    fn timer_start(&self, timer: Option<u64>, timeout_ms: u64, repeat_ms: Option<u64>, referenced: bool) -> u64;
    /// Stops the timer `token`; stopping an unknown timer does nothing.
    fn timer_stop(&self, token: u64);
    /// Changes whether the timer `token` keeps the loop alive.
    fn timer_ref(&self, token: u64, referenced: bool);
    /// Tells the loop whether immediates are queued (the poll phase must not
    /// block) and whether any of them keeps the loop alive.
    fn set_check(&self, pending: bool, referenced: bool);
    /// Adds (`+1`) or removes (`-1`) a reference that keeps the loop alive,
    /// for handles owned by plugins (servers, sockets, watchers).
    fn adjust_refs(&self, delta: i64);
    /// Allocates a handle of `kind` (`"FSEvent"`, `"TCPWrap"`, ...): open,
    /// not yet active, referenced.
    fn handle_open(&self, kind: &'static str) -> HandleId;
    /// Starts the handle's task (stopping a task already running); false
    /// when the handle is unknown or closing.
    fn handle_start(&self, id: HandleId, start: HandleStart) -> bool;
    /// Cancels the handle's task; the handle stays open. A no-op when it is
    /// not active.
    fn handle_stop(&self, id: HandleId);
    /// Changes whether the handle keeps the loop alive while active.
    fn handle_ref(&self, id: HandleId, referenced: bool);
    /// Stops the handle and queues its close callback for the close phase.
    /// Closing a handle twice, or an unknown one, does nothing.
    fn handle_close(&self, id: HandleId);
}
