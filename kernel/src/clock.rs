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

    /// Reads the real clock into the cache and returns it.
    pub(crate) fn update(&self) -> u64 {
        let ms = self.origin.elapsed().as_millis() as u64;
        self.cached_ms.set(ms);
        ms
    }
}
