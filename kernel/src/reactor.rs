//! The reactor: a tokio current-thread runtime, driven only from the poll
//! phase, plus the completion channel that pool workers also report to.

use std::time::Duration;

use bistro_sdk::{OpFuture, OpResult};
use tokio::runtime::{Builder, Runtime};
use tokio::sync::mpsc::{unbounded_channel, UnboundedReceiver, UnboundedSender};
use tokio::task::LocalSet;

/// A finished pool or reactor op.
pub(crate) struct Completion {
    pub(crate) token: u64,
    pub(crate) result: OpResult,
    /// Whether the op was counted in the loop's in-flight ops (every op but
    /// those declared with `OpDecl::reactor_unref`).
    pub(crate) counted: bool,
}

/// Socket I/O and the completion queue.
pub(crate) struct Reactor {
    runtime: Runtime,
    tasks: LocalSet,
    live_tasks: std::rc::Rc<std::cell::Cell<usize>>,
    sender: UnboundedSender<Completion>,
    receiver: std::cell::RefCell<UnboundedReceiver<Completion>>,
}

impl Reactor {
    pub(crate) fn new() -> Self {
        let runtime =
            Builder::new_current_thread().enable_io().enable_time().build().expect("cannot start the reactor");
        let (sender, receiver) = unbounded_channel();
        Reactor { runtime, tasks: LocalSet::new(), live_tasks: Default::default(), sender, receiver: receiver.into() }
    }

    /// A sender for completions, for pool workers.
    pub(crate) fn sender(&self) -> UnboundedSender<Completion> {
        self.sender.clone()
    }

    /// Spawns a reactor op; its result arrives as a completion that says
    /// whether the op was `counted` in the in-flight ops.
    pub(crate) fn spawn(&self, token: u64, future: OpFuture, counted: bool) {
        let sender = self.sender.clone();
        let live_tasks = std::rc::Rc::clone(&self.live_tasks);
        live_tasks.set(live_tasks.get() + 1);
        self.tasks.spawn_local(async move {
            let result = future.await;
            live_tasks.set(live_tasks.get() - 1);
            let _ = sender.send(Completion { token, result, counted });
        });
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
