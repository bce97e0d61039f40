//! The kernel's state: loop bookkeeping, the pool, the reactor, the ops.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::sync::Arc;

use bistro_sdk::{LoopAccess, OpContext, OpError, OpHandler, Plugin, Value};

use crate::clock::Clock;
use crate::metrics::{LoopMetrics, MetricsCell};
use crate::ops::{OpCall, OpId, OpInfo, OpRegistry};
use crate::permissions::Permissions;
use crate::pool::{threadpool_size_from_env, ThreadPool};
use crate::reactor::{Completion, Reactor};
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

    /// Calls an op after checking its capability. Async ops complete later
    /// through [`crate::Host::on_complete`] with `token`.
    pub fn call_op(&self, id: OpId, args: Vec<Value>, token: u64) -> OpCall {
        let decl = self.ops.decl(id);
        if let Err(denied) = self.permissions.check(&decl.capability, &args) {
            return OpCall::Done(Err(denied));
        }
        match &decl.handler {
            OpHandler::Sync(f) => OpCall::Done(f(&OpContext { event_loop: self }, args)),
            OpHandler::Pool(f) => {
                let f = Arc::clone(f);
                let sender = self.reactor.sender();
                self.in_flight.set(self.in_flight.get() + 1);
                self.pool.submit(Box::new(move || {
                    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| f(args)))
                        .unwrap_or_else(|_| Err(OpError::new("ERR_PLUGIN_PANIC", "the op panicked")));
                    let _ = sender.send(Completion { token, result, counted: true });
                }));
                OpCall::Pending
            }
            OpHandler::Reactor(f) => {
                if decl.keeps_alive {
                    self.in_flight.set(self.in_flight.get() + 1);
                }
                self.reactor.spawn(token, f(args), decl.keeps_alive);
                OpCall::Pending
            }
        }
    }

    /// Stops the loop after the current callback (`process.exit` path).
    pub fn stop(&self) {
        self.stopped.set(true);
    }

    /// Queues the close callback of handle `token` for the close phase.
    pub fn close_later(&self, token: u64) {
        self.closing.borrow_mut().push_back(token);
    }

    /// Whether anything keeps the loop running: referenced timers and
    /// handles, referenced immediates, ops in flight, closing handles.
    pub fn is_alive(&self) -> bool {
        self.timers.borrow().has_referenced()
            || self.handle_refs.get() > 0
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

    fn timer_start(&self, token: u64, timeout_ms: u64, referenced: bool) {
        let deadline = self.clock.update().saturating_add(timeout_ms);
        self.timers.borrow_mut().start(token, deadline, referenced);
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
}
