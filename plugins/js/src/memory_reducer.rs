//! The memory reducer: when the loop is about to wait and the process's
//! heap has moved a lot, or many handles closed, since the last look,
//! collect garbage and give the freed pages back to the system (as V8's memory reducer does once a
//! program goes quiet). Without it a server that held 10,000 connections
//! keeps their memory after they close: QuickJS frees cyclic objects only
//! at its next collection, and malloc keeps freed pages for reuse.

use std::time::{Duration, Instant};

use rquickjs::Runtime;

/// The least time between two reductions, so a busy loop that blocks
/// often pays at most one collection per interval.
const INTERVAL: Duration = Duration::from_secs(1);
/// How far the heap in use must have grown or shrunk since the last
/// reduction for another to be worth its collection.
const THRESHOLD: usize = 4 << 20;
/// How many handles must have closed since the last reduction: a closed
/// socket's objects are cyclic, so only a collection frees them.
const CLOSED_HANDLES: u64 = 64;

/// When the heap was last reduced, how big it was then, and how many
/// handles had closed.
pub(crate) struct MemoryReducer {
    last: Instant,
    in_use: usize,
    closed: u64,
}

impl MemoryReducer {
    pub(crate) fn new() -> Self {
        MemoryReducer { last: Instant::now(), in_use: heap_in_use(), closed: 0 }
    }

    /// Called as the loop is about to block, with the count of handles
    /// closed so far: collects and trims when the heap moved by the
    /// threshold or enough handles closed, and the interval has passed;
    /// when only the interval is missing, asks the loop to wake once it
    /// has (a server going quiet still gets its memory back).
    pub(crate) fn before_block(&mut self, runtime: &Runtime, closed: u64) -> Option<Duration> {
        let in_use = heap_in_use();
        if in_use.abs_diff(self.in_use) < THRESHOLD && closed - self.closed < CLOSED_HANDLES {
            return None;
        }
        let since = self.last.elapsed();
        if since < INTERVAL {
            return Some(INTERVAL - since);
        }
        runtime.run_gc();
        release_free_pages();
        self.last = Instant::now();
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
