//! The memory reducer: when the loop is about to wait and the process's
//! heap has moved a lot, or many handles closed, since the last look,
//! collect garbage and give the freed pages back to the system (as V8's memory reducer does once a
//! program goes quiet). Without it a server that held 10,000 connections
//! keeps their memory after they close: QuickJS frees cyclic objects only
//! at its next collection, and malloc keeps freed pages for reuse.

use std::time::{Duration, Instant};

use rquickjs::Runtime;

/// The least time between two looks at the heap, so a busy loop that
/// blocks often pays at most one look (and collection) per interval.
const INTERVAL: Duration = Duration::from_secs(1);
/// How far the heap in use must have grown or shrunk since the last
/// reduction for another to be worth its collection.
const THRESHOLD: usize = 4 << 20;
/// How many handles must have closed since the last reduction: a closed
/// socket's objects are cyclic, so only a collection frees them.
const CLOSED_HANDLES: u64 = 64;

/// When the heap was last looked at, and at the last reduction how big
/// it was and how many handles had closed.
pub(crate) struct MemoryReducer {
    looked: Instant,
    in_use: usize,
    closed: u64,
}

impl MemoryReducer {
    pub(crate) fn new() -> Self {
        MemoryReducer { looked: Instant::now(), in_use: heap_in_use(), closed: 0 }
    }

    /// Called as the loop is about to block, with the count of handles
    /// closed so far: once the interval has passed, collects and trims
    /// when enough handles closed or the heap moved by the threshold
    /// (malloc's statistics are read only then). Handles that closed
    /// within the interval make it ask the loop to wake at its end, so a
    /// server going quiet still gets its memory back.
    pub(crate) fn before_block(&mut self, runtime: &Runtime, closed: u64) -> Option<Duration> {
        let closed_enough = closed - self.closed >= CLOSED_HANDLES;
        let since = self.looked.elapsed();
        if since < INTERVAL {
            return closed_enough.then(|| INTERVAL - since);
        }
        if !closed_enough && heap_in_use().abs_diff(self.in_use) < THRESHOLD {
            // Nothing to reduce: the next look is an interval away.
            self.looked = Instant::now();
            return None;
        }
        runtime.run_gc();
        release_free_pages();
        self.looked = Instant::now();
        self.in_use = heap_in_use();
        self.closed = closed;
        None
    }
}

/// Bytes malloc has handed out and not had back.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn heap_in_use() -> usize {
    // SAFETY: mallinfo2 only reads the allocator's own statistics.
    let info = unsafe { libc::mallinfo2() };
    info.uordblks + info.hblkhd
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn heap_in_use() -> usize {
    0
}

/// Returns malloc's free pages to the system.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn release_free_pages() {
    // SAFETY: malloc_trim only releases memory no allocation uses.
    unsafe { libc::malloc_trim(0) };
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn release_free_pages() {}
