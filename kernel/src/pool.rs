//! The thread pool: a fixed number of workers and one FIFO work queue.

use std::collections::VecDeque;
use std::sync::{Arc, Condvar, Mutex, OnceLock};
use std::thread;

/// Work for the pool; it reports its own completion.
pub(crate) type Job = Box<dyn FnOnce() + Send>;

/// The default pool size, as in libuv.
pub const DEFAULT_THREADPOOL_SIZE: usize = 4;
const MAX_THREADPOOL_SIZE: usize = 1024;

/// Reads `UV_THREADPOOL_SIZE` (default 4, clamped to 1..=1024).
pub fn threadpool_size_from_env() -> usize {
    std::env::var("UV_THREADPOOL_SIZE")
        .ok()
        .and_then(|v| v.trim().parse::<usize>().ok())
        .map_or(DEFAULT_THREADPOOL_SIZE, |n| n.clamp(1, MAX_THREADPOOL_SIZE))
}

#[derive(Default)]
struct Queue {
    jobs: Mutex<VecDeque<Job>>,
    ready: Condvar,
}

/// A fixed-size pool whose threads start on the first submitted job, so a
/// script that never uses the pool pays nothing for it.
pub(crate) struct ThreadPool {
    size: usize,
    queue: Arc<Queue>,
    started: OnceLock<()>,
}

impl ThreadPool {
    pub(crate) fn new(size: usize) -> Self {
        ThreadPool {
            size: size.clamp(1, MAX_THREADPOOL_SIZE),
            queue: Arc::default(),
            started: OnceLock::new(),
        }
    }

    pub(crate) fn size(&self) -> usize {
        self.size
    }

    /// Queues a job; jobs start in submission order.
    pub(crate) fn submit(&self, job: Job) {
        self.started.get_or_init(|| self.spawn_workers());
        self.queue.jobs.lock().unwrap_or_else(|e| e.into_inner()).push_back(job);
        self.queue.ready.notify_one();
    }

    fn spawn_workers(&self) {
        for i in 0..self.size {
            let queue = Arc::clone(&self.queue);
            thread::Builder::new()
                .name(format!("bistro-pool-{i}"))
                .stack_size(8 << 20)
                .spawn(move || worker(&queue))
                .expect("cannot start a thread-pool worker");
        }
    }
}

fn worker(queue: &Queue) {
    loop {
        let job = {
            let mut jobs = queue.jobs.lock().unwrap_or_else(|e| e.into_inner());
            loop {
                if let Some(job) = jobs.pop_front() {
                    break job;
                }
                jobs = queue.ready.wait(jobs).unwrap_or_else(|e| e.into_inner());
            }
        };
        job();
    }
}
