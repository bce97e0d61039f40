//! The handle table: every open handle's kind, state and running task.
//!
//! libuv's model (`uv_handle_t`): a handle is open until closed; it is
//! *active* while its task runs and *referenced* unless unref'd; the loop
//! is alive while any handle is both. Each start of a handle gets a new
//! generation, so events a stopped task had already sent are recognised
//! as stale and dropped.

use std::collections::HashMap;

use bistro_sdk::HandleId;
use tokio::task::AbortHandle;

struct Handle {
    kind: &'static str,
    referenced: bool,
    /// The running task, while the handle is active.
    task: Option<AbortHandle>,
    generation: u64,
    closing: bool,
}

impl Handle {
    fn keeps_alive(&self) -> bool {
        self.task.is_some() && self.referenced
    }
}

/// Open handles by id.
#[derive(Default)]
pub(crate) struct HandleTable {
    handles: HashMap<HandleId, Handle>,
    /// How many handles are active and referenced.
    keeping_alive: usize,
}

impl HandleTable {
    pub(crate) fn open(&mut self, id: HandleId, kind: &'static str) {
        let handle = Handle { kind, referenced: true, task: None, generation: 0, closing: false };
        self.handles.insert(id, handle);
    }

    /// Stops any running task and begins a new generation; `None` when the
    /// handle is unknown or closing.
    pub(crate) fn begin_start(&mut self, id: HandleId) -> Option<u64> {
        self.stop(id);
        let handle = self.handles.get_mut(&id).filter(|h| !h.closing)?;
        handle.generation += 1;
        Some(handle.generation)
    }

    /// Records the task started for `generation` (the handle is active).
    pub(crate) fn set_task(&mut self, id: HandleId, generation: u64, task: AbortHandle) {
        match self.handles.get_mut(&id) {
            Some(handle) if handle.generation == generation && !handle.closing => {
                handle.task = Some(task);
                self.keeping_alive += handle.keeps_alive() as usize;
            }
            _ => task.abort(),
        }
    }

    /// The task of `generation` ended by itself: the handle is inactive.
    pub(crate) fn task_ended(&mut self, id: HandleId, generation: u64) {
        if let Some(handle) = self.handles.get_mut(&id).filter(|h| h.generation == generation) {
            self.keeping_alive -= handle.keeps_alive() as usize;
            handle.task = None;
        }
    }

    /// Cancels the running task, if any; later events of it are dropped.
    pub(crate) fn stop(&mut self, id: HandleId) {
        if let Some(handle) = self.handles.get_mut(&id) {
            self.keeping_alive -= handle.keeps_alive() as usize;
            if let Some(task) = handle.task.take() {
                task.abort();
            }
            handle.generation += 1;
        }
    }

    pub(crate) fn set_ref(&mut self, id: HandleId, referenced: bool) {
        if let Some(handle) = self.handles.get_mut(&id) {
            self.keeping_alive -= handle.keeps_alive() as usize;
            handle.referenced = referenced;
            self.keeping_alive += handle.keeps_alive() as usize;
        }
    }

    /// Stops the handle and marks it closing; false when it is unknown or
    /// already closing (closing twice is a no-op).
    pub(crate) fn begin_close(&mut self, id: HandleId) -> bool {
        self.stop(id);
        match self.handles.get_mut(&id) {
            Some(handle) if !handle.closing => {
                handle.closing = true;
                true
            }
            _ => false,
        }
    }

    /// Forgets a handle whose close callback has run.
    pub(crate) fn remove(&mut self, id: HandleId) {
        self.handles.remove(&id);
    }

    /// Whether an event of `generation` should still reach the host.
    pub(crate) fn delivers(&self, id: HandleId, generation: u64) -> bool {
        self.handles.get(&id).is_some_and(|h| h.generation == generation && !h.closing)
    }

    /// Whether any handle keeps the loop alive.
    pub(crate) fn keep_alive(&self) -> bool {
        self.keeping_alive > 0
    }

    /// The active, referenced handles with their kinds, in id order (what
    /// `process.getActiveResourcesInfo()` lists).
    pub(crate) fn active(&self) -> Vec<(HandleId, &'static str)> {
        let mut active: Vec<_> =
            self.handles.iter().filter(|(_, h)| h.keeps_alive()).map(|(&id, h)| (id, h.kind)).collect();
        active.sort_unstable();
        active
    }
}
