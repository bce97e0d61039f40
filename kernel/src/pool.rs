//! The thread pool: a fixed number of workers and one FIFO work queue.

use std::collections::VecDeque;
use std::sync::{Arc, Condvar, Mutex, OnceLock};
use std::thread;
use std::time::{Duration, Instant};

/// Work for the pool; it reports its own completion.
pub(crate) type Job = Box<dyn FnOnce() + Send>;

/// The default pool size, as in libuv.
pub const DEFAULT_THREADPOOL_SIZE: usize = 4;
const MAX_THREADPOOL_SIZE: usize = 1024;

/// Reads `UV_THREADPOOL_SIZE` (default 4, clamped to 1..=1024).
pub fn threadpool_size_from_env() -> usize {
    parse_threadpool_size(std::env::var("UV_THREADPOOL_SIZE").ok().as_deref())
}

/// The pool size a `UV_THREADPOOL_SIZE` value asks for, as libuv reads it:
/// missing or unparsable means 4; 0 means 1; above 1024 means 1024.
fn parse_threadpool_size(value: Option<&str>) -> usize {
    value
        .and_then(|v| v.trim().parse::<usize>().ok())
        .map_or(DEFAULT_THREADPOOL_SIZE, |n| n.clamp(1, MAX_THREADPOOL_SIZE))
}

#[derive(Default)]
struct Queue {
    jobs: Mutex<VecDeque<Job>>,
    ready: Condvar,
    /// Jobs submitted and not yet finished (queued or running).
    unfinished: Mutex<usize>,
    idle: Condvar,
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
        ThreadPool { size: size.clamp(1, MAX_THREADPOOL_SIZE), queue: Arc::default(), started: OnceLock::new() }
    }

    pub(crate) fn size(&self) -> usize {
        self.size
    }

    /// Queues a job; jobs start in submission order.
    pub(crate) fn submit(&self, job: Job) {
        self.started.get_or_init(|| self.spawn_workers());
        *self.queue.unfinished.lock().unwrap_or_else(|e| e.into_inner()) += 1;
        self.queue.jobs.lock().unwrap_or_else(|e| e.into_inner()).push_back(job);
        self.queue.ready.notify_one();
    }

    /// Waits until every submitted job has finished (its completion sent),
    /// or `limit` has passed.
    pub(crate) fn wait_idle(&self, limit: Duration) {
        let deadline = Instant::now() + limit;
        let mut unfinished = self.queue.unfinished.lock().unwrap_or_else(|e| e.into_inner());
        while *unfinished > 0 {
            let Some(left) = deadline.checked_duration_since(Instant::now()) else { return };
            unfinished = self.queue.idle.wait_timeout(unfinished, left).unwrap_or_else(|e| e.into_inner()).0;
        }
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
        let mut unfinished = queue.unfinished.lock().unwrap_or_else(|e| e.into_inner());
        *unfinished -= 1;
        if *unfinished == 0 {
            queue.idle.notify_all();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::mpsc;

    #[test]
    fn size_is_read_like_libuv() {
        assert_eq!(parse_threadpool_size(None), 4);
        assert_eq!(parse_threadpool_size(Some("8")), 8);
        assert_eq!(parse_threadpool_size(Some(" 16 ")), 16);
        assert_eq!(parse_threadpool_size(Some("0")), 1);
        assert_eq!(parse_threadpool_size(Some("5000")), 1024);
        assert_eq!(parse_threadpool_size(Some("lots")), 4);
    }

    #[test]
    fn jobs_run_on_distinct_workers_up_to_the_size() {
        let pool = ThreadPool::new(3);
        let (tx, rx) = mpsc::channel();
        let barrier = Arc::new(std::sync::Barrier::new(3));
        for _ in 0..3 {
            let (tx, barrier) = (tx.clone(), Arc::clone(&barrier));
            pool.submit(Box::new(move || {
                barrier.wait();
                tx.send(thread::current().name().unwrap().to_owned()).unwrap();
            }));
        }
        let mut names: Vec<String> = rx.iter().take(3).collect();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), 3, "three jobs met at a barrier, so three workers ran them");
    }

    #[test]
    fn wait_idle_returns_when_jobs_finish_or_at_the_limit() {
        let pool = ThreadPool::new(2);
        let (tx, rx) = mpsc::channel();
        pool.submit(Box::new(move || tx.send(()).unwrap()));
        pool.wait_idle(Duration::from_secs(10));
        assert!(rx.try_recv().is_ok(), "the quick job finished before wait_idle returned");

        let (release, blocked) = mpsc::channel::<()>();
        pool.submit(Box::new(move || blocked.recv().unwrap()));
        let start = Instant::now();
        pool.wait_idle(Duration::from_millis(20));
        let waited = start.elapsed();
        assert!(waited >= Duration::from_millis(20) && waited < Duration::from_secs(5), "waited {waited:?}");
        release.send(()).unwrap();
    }
}
