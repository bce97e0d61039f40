//! The loop clock: milliseconds since the loop started, cached per iteration.

use std::cell::Cell;
use std::time::Instant;

/// A millisecond clock that is read once per loop iteration, like `uv_now`.
pub(crate) struct Clock {
    origin: Instant,
    cached_ms: Cell<u64>,
}

impl Clock {
    pub(crate) fn new() -> Self {
        Clock { origin: Instant::now(), cached_ms: Cell::new(0) }
    }

    /// The time cached at the last update.
    pub(crate) fn now(&self) -> u64 {
        self.cached_ms.get()
    }

    /// Reads the real clock into the cache and returns it. The cached time
    /// never goes backwards.
    pub(crate) fn update(&self) -> u64 {
        let ms = (self.origin.elapsed().as_millis() as u64).max(self.cached_ms.get());
        self.cached_ms.set(ms);
        ms
    }

    /// Moves the cached time at least one millisecond past its last value.
    ///
    /// The loop does this once when it starts, so that `setTimeout(f, 0)`
    /// from the main script is due in the first iteration and runs before
    /// `setImmediate` — the order Node shows almost always (its start-up
    /// takes longer than a millisecond), made deterministic.
    pub(crate) fn start_loop(&self) {
        let ms = self.update().max(self.cached_ms.get() + 1);
        self.cached_ms.set(ms);
    }
}
