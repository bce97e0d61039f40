//! The phased loop, in libuv's order (`uv_run` in libuv's `src/unix/core.c`).
//!
//! One iteration: update time → timers → pending callbacks → idle/prepare →
//! poll → check → close callbacks. After every callback the host runs its
//! microtask checkpoint.

use std::time::{Duration, Instant};

use crate::reactor::{Completion, Source};
use crate::{Host, Kernel};

/// At most this many completions run per poll phase; the rest wait in the
/// pending queue for the next iteration, so timers and immediates are never
/// starved by a flood of I/O.
const MAX_COMPLETIONS_PER_POLL: usize = 1024;

/// When the loop starts, pool work the main script queued gets up to this
/// long to finish, so the first poll phase sees it. Node's start-up after
/// the main script takes about this long, so a small `fs.readFile` from
/// the main script completes there before a `setImmediate` queued beside
/// it; bistro makes that usual order deterministic (with room for a loaded
/// machine). The wait ends as soon as the pool is idle, and costs nothing
/// when nothing else is ready; longer work (key derivation, big files)
/// still completes after the immediate, as in Node.
const STARTUP_POOL_GRACE: Duration = Duration::from_millis(5);

impl Kernel {
    /// Runs the loop until nothing keeps it alive (or [`Kernel::stop`]).
    /// When it runs dry the host gets `beforeExit`; work scheduled there
    /// revives the loop, as in Node.
    pub fn run(&self, host: &mut dyn Host) {
        self.clock.start_loop();
        self.pool.wait_idle(STARTUP_POOL_GRACE);
        self.metrics.update(|m| {
            m.started.get_or_insert_with(Instant::now);
            m.exited = None;
        });
        loop {
            while self.is_alive() && !self.stopped.get() {
                self.run_once(host);
            }
            if self.stopped.get() {
                break;
            }
            host.before_exit(self);
            host.microtask_checkpoint(self);
            if !self.is_alive() || self.stopped.get() {
                break;
            }
        }
        self.metrics.update(|m| m.exited = Some(Instant::now()));
    }

    /// One iteration of the loop, phase by phase.
    pub fn run_once(&self, host: &mut dyn Host) {
        if self.started.replace(true) {
            self.clock.update();
        }
        self.metrics.update(|m| m.loop_count += 1);
        self.run_timers(host);
        self.run_pending(host);
        // idle/prepare: bistro has no idle or prepare watchers; their job in
        // Node (keeping poll from blocking while immediates are queued) is
        // done by `poll_timeout`.
        let timeout = self.poll_timeout();
        self.poll_io(host, timeout);
        self.run_check(host);
        self.run_closing(host);
    }

    fn run_timers(&self, host: &mut dyn Host) {
        let now = self.clock.now();
        loop {
            let due = self.timers.borrow_mut().pop_due(now);
            let Some(token) = due else { break };
            host.on_timer(self, token);
            // An interval its callback did not stop or restart runs again
            // `repeat` ms from now, with no call back from JavaScript.
            self.timers.borrow_mut().rearm_fired(|| self.clock.update());
            host.microtask_checkpoint(self);
            if self.stopped.get() {
                return;
            }
        }
    }

    fn run_pending(&self, host: &mut dyn Host) {
        let deferred = std::mem::take(&mut *self.pending.borrow_mut());
        let mut deferred = deferred.into_iter();
        for completion in deferred.by_ref() {
            if self.stopped.get() {
                break;
            }
            self.complete(host, completion);
        }
        self.pending.borrow_mut().extend(deferred);
    }

    /// How long poll may block: not at all while immediates, deferred
    /// completions or closing handles wait; until the next timer otherwise;
    /// without limit when only I/O can wake the loop.
    fn poll_timeout(&self) -> Option<Duration> {
        if self.stopped.get()
            || self.check_pending.get()
            || !self.pending.borrow().is_empty()
            || !self.closing.borrow().is_empty()
            || !self.is_alive()
        {
            return Some(Duration::ZERO);
        }
        let next = self.timers.borrow_mut().next_deadline()?;
        Some(Duration::from_millis(next.saturating_sub(self.clock.update())))
    }

    fn poll_io(&self, host: &mut dyn Host, mut timeout: Option<Duration>) {
        let blocking = timeout != Some(Duration::ZERO);
        if blocking {
            if let Some(wake) = host.before_block(self) {
                timeout = Some(timeout.map_or(wake, |limit| limit.min(wake)));
            }
        }
        let waiting = self.pending.borrow().len() as u64;
        let entered = Instant::now();
        let ready = self.reactor.wait(timeout, MAX_COMPLETIONS_PER_POLL);
        self.clock.update();
        self.metrics.update(|m| {
            if blocking {
                m.idle += entered.elapsed();
            }
            m.events += ready.len() as u64;
            m.events_waiting = waiting;
        });
        let mut ready = ready.into_iter();
        for completion in ready.by_ref() {
            if self.stopped.get() {
                break;
            }
            self.complete(host, completion);
        }
        self.pending.borrow_mut().extend(ready);
    }

    /// Runs one completion's callback: a request's (counted off the
    /// in-flight ops first), or a handle event's unless the handle was
    /// stopped or closed since the event was sent.
    fn complete(&self, host: &mut dyn Host, completion: Completion) {
        match completion.source {
            Source::Request { counted } => {
                if counted {
                    self.in_flight.set(self.in_flight.get() - 1);
                }
            }
            Source::Event { generation } => {
                if !self.handles.borrow().delivers(completion.token, generation) {
                    return;
                }
            }
        }
        host.on_complete(self, completion.token, completion.result);
        host.microtask_checkpoint(self);
    }

    fn run_check(&self, host: &mut dyn Host) {
        if self.check_pending.get() && !self.stopped.get() {
            host.on_check(self);
            host.microtask_checkpoint(self);
        }
    }

    /// The close phase: each handle closed since the last one gets its
    /// close callback, in the order closed, once.
    fn run_closing(&self, host: &mut dyn Host) {
        let closing = std::mem::take(&mut *self.closing.borrow_mut());
        for id in closing {
            self.handles.borrow_mut().remove(id);
            self.metrics.update(|m| m.handles_closed += 1);
            if self.stopped.get() {
                continue;
            }
            host.on_close(self, id);
            host.microtask_checkpoint(self);
        }
    }
}
