//! The kernel's state: loop bookkeeping, the pool, the reactor, the ops.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::sync::Arc;

use std::rc::Rc;

use bistro_sdk::{Emitter, HandleId, HandleStart, LoopAccess, OpContext, OpError, OpHandler, OpResult, Plugin, Value};

use crate::clock::Clock;
use crate::handles::HandleTable;
use crate::metrics::{LoopMetrics, MetricsCell};
use crate::ops::{OpCall, OpId, OpInfo, OpRegistry, PluginInfo};
use crate::permissions::Permissions;
use crate::pool::{threadpool_size_from_env, ThreadPool};
use crate::reactor::{panicked, Completion, Reactor, Source};
use crate::timers::TimerHeap;

/// How to build a kernel.
#[derive(Debug, Clone)]
pub struct KernelConfig {
    /// Number of thread-pool workers (1..=1024).
    pub threadpool_size: usize,
    /// The capability policy.
    pub permissions: Permissions,
}

impl Default for KernelConfig {
    /// The pool size from `UV_THREADPOOL_SIZE` and no restrictions.
    fn default() -> Self {
        KernelConfig { threadpool_size: threadpool_size_from_env(), permissions: Permissions::allow_all() }
    }
}

/// The microkernel: one per event loop, owned by the loop thread.
///
/// Plugins reach it through [`LoopAccess`] (inside sync ops) and the script
/// host through [`Kernel::call_op`]; the loop itself is [`Kernel::run`].
pub struct Kernel {
    pub(crate) clock: Clock,
    pub(crate) timers: RefCell<TimerHeap>,
    pub(crate) check_pending: Cell<bool>,
    pub(crate) check_referenced: Cell<bool>,
    pub(crate) handle_refs: Cell<i64>,
    pub(crate) handles: Rc<RefCell<HandleTable>>,
    /// The last token handed out: request tokens and handle ids share it.
    last_token: Cell<u64>,
    pub(crate) in_flight: Cell<usize>,
    pub(crate) pending: RefCell<VecDeque<Completion>>,
    pub(crate) closing: RefCell<VecDeque<u64>>,
    pub(crate) stopped: Cell<bool>,
    pub(crate) started: Cell<bool>,
    pub(crate) metrics: MetricsCell,
    pub(crate) reactor: Reactor,
    pub(crate) pool: ThreadPool,
    ops: OpRegistry,
    permissions: Permissions,
}

impl Kernel {
    /// Builds a kernel and registers every plugin's ops.
    pub fn new(config: KernelConfig, plugins: Vec<Box<dyn Plugin>>) -> Self {
        Kernel {
            clock: Clock::new(),
            timers: RefCell::default(),
            check_pending: Cell::new(false),
            check_referenced: Cell::new(false),
            handle_refs: Cell::new(0),
            handles: Rc::default(),
            last_token: Cell::new(0),
            in_flight: Cell::new(0),
            pending: RefCell::default(),
            closing: RefCell::default(),
            stopped: Cell::new(false),
            started: Cell::new(false),
            metrics: MetricsCell::default(),
            reactor: Reactor::new(),
            pool: ThreadPool::new(config.threadpool_size),
            ops: OpRegistry::new(plugins),
            permissions: config.permissions,
        }
    }

    /// Every registered op, in registration order.
    pub fn ops(&self) -> &[OpInfo] {
        self.ops.infos()
    }

    /// Every registered plugin, in registration order.
    pub fn plugins(&self) -> &[PluginInfo] {
        self.ops.plugins()
    }

    /// Resolves `plugin.op` to its id.
    pub fn op_id(&self, qualified_name: &str) -> Option<OpId> {
        self.ops.lookup(qualified_name)
    }

    /// The capability policy.
    pub fn permissions(&self) -> &Permissions {
        &self.permissions
    }

    /// The loop's milestones, idle time and counts so far.
    pub fn metrics(&self) -> LoopMetrics {
        self.metrics.get()
    }

    /// The thread-pool size.
    pub fn threadpool_size(&self) -> usize {
        self.pool.size()
    }

    /// Calls an op after checking its capability. An async op gets a
    /// fresh token ([`OpCall::Pending`]) and completes later through
    /// [`crate::Host::on_complete`] with it.
    pub fn call_op(&self, id: OpId, args: Vec<Value>) -> OpCall {
        let decl = self.ops.decl(id);
        if let Err(denied) = self.permissions.check(&decl.capability, &args) {
            return OpCall::Done(Err(denied));
        }
        let context = OpContext { event_loop: self };
        match &decl.handler {
            OpHandler::Sync(f) => OpCall::Done(f(&context, args)),
            OpHandler::Pool(f) | OpHandler::Blocking(f) => {
                let token = self.next_token();
                let f = Arc::clone(f);
                let sender = self.reactor.sender();
                self.in_flight.set(self.in_flight.get() + 1);
                self.pool.submit(Box::new(move || {
                    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| f(args)))
                        .unwrap_or_else(|_| Err(panicked()));
                    let _ = sender.send(Completion { token, result, source: Source::Request { counted: true } });
                }));
                OpCall::Pending(token)
            }
            OpHandler::Reactor(f) => {
                let token = self.next_token();
                if decl.keeps_alive {
                    self.in_flight.set(self.in_flight.get() + 1);
                }
                let future = {
                    let _runtime = self.reactor.enter();
                    f(&context, args)
                };
                self.reactor.spawn_request(token, future, decl.keeps_alive);
                OpCall::Pending(token)
            }
        }
    }

    /// Calls an op on the loop thread after checking its capability: a sync
    /// op, or the sync twin of a blocking one. Pool and reactor ops refuse.
    pub fn call_op_sync(&self, id: OpId, args: Vec<Value>) -> OpResult {
        let decl = self.ops.decl(id);
        self.permissions.check(&decl.capability, &args)?;
        match &decl.handler {
            OpHandler::Sync(f) => f(&OpContext { event_loop: self }, args),
            OpHandler::Blocking(f) => f(args),
            OpHandler::Pool(_) | OpHandler::Reactor(_) => {
                Err(OpError::new("ERR_INVALID_STATE", format!("op {} has no sync form", decl.name)))
            }
        }
    }

    /// Cancels the reactor op `token` still running: its completion is an
    /// `ECANCELED` error, delivered in the next pending phase (as libuv's
    /// `uv_cancel`). Returns false, doing nothing, when the op already
    /// finished or runs on the pool.
    pub fn cancel(&self, token: u64) -> bool {
        let Some(counted) = self.reactor.cancel_request(token) else { return false };
        if counted {
            self.in_flight.set(self.in_flight.get() - 1);
        }
        let error = OpError::new("ECANCELED", "operation canceled").with_prop("errno", -125.0);
        let completion = Completion { token, result: Err(error), source: Source::Request { counted: false } };
        self.pending.borrow_mut().push_back(completion);
        true
    }

    /// The handles keeping the loop alive and their kinds, oldest first.
    pub fn active_handles(&self) -> Vec<(HandleId, &'static str)> {
        self.handles.borrow().active()
    }

    fn next_token(&self) -> u64 {
        let token = self.last_token.get() + 1;
        self.last_token.set(token);
        token
    }

    /// Stops the loop after the current callback (`process.exit` path).
    pub fn stop(&self) {
        self.stopped.set(true);
    }

    /// Whether anything keeps the loop running: referenced timers and
    /// handles, referenced immediates, ops in flight, closing handles.
    pub fn is_alive(&self) -> bool {
        self.timers.borrow().has_referenced()
            || self.handle_refs.get() > 0
            || self.handles.borrow().keep_alive()
            || (self.check_pending.get() && self.check_referenced.get())
            || self.in_flight.get() > 0
            || !self.pending.borrow().is_empty()
            || !self.closing.borrow().is_empty()
    }
}

impl LoopAccess for Kernel {
    fn now_ms(&self) -> u64 {
        self.clock.now()
    }

    fn update_time(&self) -> u64 {
        self.clock.update()
    }

    fn timer_start(&self, timer: Option<u64>, timeout_ms: u64, repeat_ms: Option<u64>, referenced: bool) -> u64 {
        let id = timer.unwrap_or_else(|| self.next_token());
        let deadline = self.clock.update().saturating_add(timeout_ms);
        self.timers.borrow_mut().start(id, deadline, repeat_ms, referenced);
        id
    }

    fn timer_stop(&self, token: u64) {
        self.timers.borrow_mut().stop(token);
    }

    fn timer_ref(&self, token: u64, referenced: bool) {
        self.timers.borrow_mut().set_ref(token, referenced);
    }

    fn set_check(&self, pending: bool, referenced: bool) {
        self.check_pending.set(pending);
        self.check_referenced.set(referenced);
    }

    fn adjust_refs(&self, delta: i64) {
        self.handle_refs.set(self.handle_refs.get() + delta);
    }

    fn handle_open(&self, kind: &'static str) -> HandleId {
        let id = self.next_token();
        self.handles.borrow_mut().open(id, kind);
        id
    }

    fn handle_start(&self, id: HandleId, start: HandleStart) -> bool {
        let Some(generation) = self.handles.borrow_mut().begin_start(id) else { return false };
        let sender = self.reactor.sender();
        let emitter = Emitter::new(move |result| {
            let _ = sender.send(Completion { token: id, result, source: Source::Event { generation } });
        });
        let task = {
            let _runtime = self.reactor.enter();
            start(emitter.clone())
        };
        let handles = Rc::clone(&self.handles);
        let task = self.reactor.spawn_task(
            task,
            move || emitter.emit(Err(panicked())),
            move || handles.borrow_mut().task_ended(id, generation),
        );
        self.handles.borrow_mut().set_task(id, generation, task);
        true
    }

    fn handle_stop(&self, id: HandleId) {
        self.handles.borrow_mut().stop(id);
    }

    fn handle_ref(&self, id: HandleId, referenced: bool) {
        self.handles.borrow_mut().set_ref(id, referenced);
    }

    fn handle_close(&self, id: HandleId) {
        if self.handles.borrow_mut().begin_close(id) {
            self.closing.borrow_mut().push_back(id);
        }
    }
}
