//! Loop metrics, as libuv keeps them (`uv_metrics_info`,
//! `uv_metrics_idle_time`): what `perf_hooks` reports as the loop's
//! milestones, idle time and counts.

use std::cell::Cell;
use std::time::{Duration, Instant};

/// What the loop has counted so far.
#[derive(Debug, Clone, Copy, Default)]
pub struct LoopMetrics {
    /// Time spent blocked in the poll phase, waiting for something to do.
    pub idle: Duration,
    /// Iterations started.
    pub loop_count: u64,
    /// Completions the poll phase handed to the host.
    pub events: u64,
    /// Completions that were already waiting when the last poll phase began.
    pub events_waiting: u64,
    /// Handles whose close callback has run.
    pub handles_closed: u64,
    /// When [`crate::Kernel::run`] first started the loop.
    pub started: Option<Instant>,
    /// When the loop last ran dry (`None` while it runs).
    pub exited: Option<Instant>,
}

/// The kernel's running counts (loop thread only).
#[derive(Default)]
pub(crate) struct MetricsCell(Cell<LoopMetrics>);

impl MetricsCell {
    /// The counts so far.
    pub(crate) fn get(&self) -> LoopMetrics {
        self.0.get()
    }

    /// Changes the counts with `f`.
    pub(crate) fn update(&self, f: impl FnOnce(&mut LoopMetrics)) {
        let mut metrics = self.0.get();
        f(&mut metrics);
        self.0.set(metrics);
    }
}
