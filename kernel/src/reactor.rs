//! The reactor: a tokio current-thread runtime, driven only from the poll
//! phase, plus the completion channel that pool workers also report to.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::future::Future;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll};
use std::time::Duration;

use bistro_sdk::{OpError, OpFuture, OpResult};
use tokio::runtime::{Builder, Runtime};
use tokio::sync::mpsc::{unbounded_channel, UnboundedReceiver, UnboundedSender};
use tokio::task::{AbortHandle, LocalSet};

/// Where a completion comes from.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Source {
    /// A one-shot pool or reactor op; `counted` says whether it was counted
    /// in the loop's in-flight ops (every op but those declared with
    /// `OpDecl::reactor_unref`, and cancelled ones, already uncounted).
    Request { counted: bool },
    /// One event of a handle's task, started as `generation`.
    Event { generation: u64 },
}

/// A finished op, or one event of a handle.
pub(crate) struct Completion {
    pub(crate) token: u64,
    pub(crate) result: OpResult,
    pub(crate) source: Source,
}

/// Socket I/O and the completion queue.
pub(crate) struct Reactor {
    runtime: Runtime,
    tasks: LocalSet,
    live_tasks: Rc<Cell<usize>>,
    /// The one-shot reactor ops still running, by token, for cancellation.
    requests: Rc<RefCell<HashMap<u64, (AbortHandle, bool)>>>,
    sender: UnboundedSender<Completion>,
    receiver: RefCell<UnboundedReceiver<Completion>>,
}

/// Counts a task as live from spawn until it finishes or is aborted.
struct LiveTask(Rc<Cell<usize>>);

impl LiveTask {
    fn new(count: &Rc<Cell<usize>>) -> Self {
        count.set(count.get() + 1);
        LiveTask(Rc::clone(count))
    }
}

impl Drop for LiveTask {
    fn drop(&mut self) {
        self.0.set(self.0.get() - 1);
    }
}

/// A future whose panic ends it with `Err` instead of unwinding into the
/// loop (a pool job's panic is caught the same way).
struct CatchPanic<F>(F);

impl<F: Future + Unpin> Future for CatchPanic<F> {
    type Output = Result<F::Output, ()>;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        match catch_unwind(AssertUnwindSafe(|| Pin::new(&mut self.0).poll(cx))) {
            Ok(Poll::Ready(output)) => Poll::Ready(Ok(output)),
            Ok(Poll::Pending) => Poll::Pending,
            Err(_) => Poll::Ready(Err(())),
        }
    }
}

/// The error a panicking op or handle task ends with.
pub(crate) fn panicked() -> OpError {
    OpError::new("ERR_PLUGIN_PANIC", "the op panicked")
}

impl Reactor {
    pub(crate) fn new() -> Self {
        let runtime =
            Builder::new_current_thread().enable_io().enable_time().build().expect("cannot start the reactor");
        let (sender, receiver) = unbounded_channel();
        Reactor {
            runtime,
            tasks: LocalSet::new(),
            live_tasks: Rc::default(),
            requests: Rc::default(),
            sender,
            receiver: receiver.into(),
        }
    }

    /// Enters the runtime's context, so code that builds a future can
    /// register I/O with tokio (`AsyncFd::new`) before it is spawned.
    pub(crate) fn enter(&self) -> tokio::runtime::EnterGuard<'_> {
        self.runtime.enter()
    }

    /// A sender for completions, for pool workers and handle emitters.
    pub(crate) fn sender(&self) -> UnboundedSender<Completion> {
        self.sender.clone()
    }

    /// Spawns a one-shot reactor op; its result (an `ERR_PLUGIN_PANIC`
    /// error if it panics) arrives as a completion.
    pub(crate) fn spawn_request(&self, token: u64, future: OpFuture, counted: bool) {
        let sender = self.sender.clone();
        let requests = Rc::clone(&self.requests);
        let live = LiveTask::new(&self.live_tasks);
        let task = self.tasks.spawn_local(async move {
            let result = CatchPanic(future).await.unwrap_or_else(|()| Err(panicked()));
            requests.borrow_mut().remove(&token);
            drop(live);
            let _ = sender.send(Completion { token, result, source: Source::Request { counted } });
        });
        self.requests.borrow_mut().insert(token, (task.abort_handle(), counted));
    }

    /// Aborts the running reactor op `token`; returns whether it was
    /// counted in the in-flight ops, or `None` if it is not running.
    pub(crate) fn cancel_request(&self, token: u64) -> Option<bool> {
        let (task, counted) = self.requests.borrow_mut().remove(&token)?;
        task.abort();
        Some(counted)
    }

    /// Spawns a handle's task; a panic in it is reported through `on_panic`.
    /// `on_end` runs when the task finishes by itself (not when aborted).
    pub(crate) fn spawn_task(
        &self,
        task: Pin<Box<dyn Future<Output = ()>>>,
        on_panic: impl FnOnce() + 'static,
        on_end: impl FnOnce() + 'static,
    ) -> AbortHandle {
        let live = LiveTask::new(&self.live_tasks);
        let handle = self.tasks.spawn_local(async move {
            if CatchPanic(task).await.is_err() {
                on_panic();
            }
            drop(live);
            on_end();
        });
        handle.abort_handle()
    }

    /// Drives I/O until a completion arrives or `timeout` passes (`None`:
    /// no limit), then returns at most `max` completions.
    ///
    /// With a zero timeout it still yields once, so that tokio turns its
    /// I/O driver even when completions are already queued — unless no
    /// reactor task exists, when only pool completions can be waiting and
    /// the turn (an epoll call) is skipped.
    pub(crate) fn wait(&self, timeout: Option<Duration>, max: usize) -> Vec<Completion> {
        let mut receiver = self.receiver.borrow_mut();
        let mut ready = Vec::new();
        let idle = timeout == Some(Duration::ZERO) && self.live_tasks.get() == 0;
        if !idle {
            self.block(&mut receiver, timeout, &mut ready);
        }
        while ready.len() < max {
            match receiver.try_recv() {
                Ok(completion) => ready.push(completion),
                Err(_) => break,
            }
        }
        ready
    }

    fn block(
        &self,
        receiver: &mut UnboundedReceiver<Completion>,
        timeout: Option<Duration>,
        ready: &mut Vec<Completion>,
    ) {
        self.tasks.block_on(&self.runtime, async {
            match timeout {
                Some(limit) if limit.is_zero() => tokio::task::yield_now().await,
                Some(limit) => {
                    if let Ok(Some(first)) = tokio::time::timeout(limit, receiver.recv()).await {
                        ready.push(first);
                    }
                }
                None => ready.extend(receiver.recv().await),
            }
        });
    }
}
