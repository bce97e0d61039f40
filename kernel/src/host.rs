//! The interface between the loop and the script host.

use std::time::Duration;

use bistro_sdk::OpResult;

use crate::Kernel;

/// The script host, as the event loop sees it.
///
/// Every `on_*` method runs one callback. After each of them the loop calls
/// [`Host::microtask_checkpoint`], where the host drains its
/// `process.nextTick` queue and then its promise jobs, as Node 11+ does.
pub trait Host {
    /// The timer `token` expired (timers phase).
    fn on_timer(&mut self, kernel: &Kernel, token: u64);
    /// The check phase: run the queued immediates. The host runs its own
    /// checkpoint between immediates.
    fn on_check(&mut self, kernel: &Kernel);
    /// A pool or reactor op started with `token` finished (poll phase, or
    /// pending phase when the poll phase hit its per-iteration cap).
    fn on_complete(&mut self, kernel: &Kernel, token: u64, result: OpResult);
    /// The handle `token` finished closing (close phase).
    fn on_close(&mut self, kernel: &Kernel, token: u64);
    /// Drain `process.nextTick` callbacks, then promise jobs.
    fn microtask_checkpoint(&mut self, kernel: &Kernel);
    /// The loop ran out of work (`process.on('beforeExit')`). The loop
    /// continues if the host scheduled more work.
    fn before_exit(&mut self, _kernel: &Kernel) {}
    /// The poll phase is about to block: flush buffered output. The host
    /// may ask to run again within a time (`Some`), and poll waits no
    /// longer than that.
    fn before_block(&mut self, _kernel: &Kernel) -> Option<Duration> {
        None
    }
}
