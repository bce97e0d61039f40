//! The ops of `node:child_process` (and `process.kill`).
//!
//! `child_spawn` (sync) starts a child and answers its pid, a resource id
//! for the process and one for each `'pipe'` slot of its stdio (`pipe`
//! has the ops of those). `child_wait` is a one-shot reactor op that
//! answers the exit; it does not keep the loop alive by itself: the child
//! holds a loop reference from its spawn until `child_close`, dropped and
//! taken again by `child_ref`, so an unreferenced child lets the process
//! end. Exits are watched with a pidfd (polled where there is none).
//! `spawn_sync` runs a whole child on the loop thread; `kill` signals any
//! process. Failed system calls answer a negative errno.

mod command;
mod fds;
mod pipe;
mod sync;

use std::cell::RefCell;
use std::collections::HashMap;
use std::os::fd::OwnedFd;
use std::process::Child;
use std::time::Duration;

use bistro_sdk::{Args, Capability, Emitter, HandleId, LoopAccess, OpDecl, OpError, OpFuture, Value};
use tokio::io::unix::AsyncFd;
use tokio::io::Interest;

use command::SpawnOptions;
use pipe::{pipe_fd, Pipe};

/// A running (or exited, not yet closed) child.
struct Running {
    child: Child,
    /// The pidfd, until `child_wait` takes it onto the reactor.
    pidfd: Option<OwnedFd>,
    /// Whether the child has been reaped (its pid may then be reused).
    exited: bool,
}

#[derive(Default)]
struct Table {
    next_id: u32,
    /// By kernel handle id (a `ProcessWrap` handle per child).
    children: HashMap<HandleId, Running>,
    pipes: HashMap<u32, Pipe>,
}

impl Table {
    fn id(&mut self) -> u32 {
        self.next_id += 1;
        self.next_id
    }

    fn add_pipe(&mut self, fd: OwnedFd) -> u32 {
        let id = self.id();
        self.pipes.insert(id, Pipe::new(fd));
        id
    }
}

thread_local! {
    // Every child op runs on the loop thread: sync ops directly, reactor
    // futures on its current-thread runtime.
    static TABLE: RefCell<Table> = RefCell::default();
}

fn with_table<T>(f: impl FnOnce(&mut Table) -> T) -> T {
    TABLE.with(|table| f(&mut table.borrow_mut()))
}

fn io_error(error: std::io::Error) -> OpError {
    OpError::system(&error, "pipe")
}

/// Takes (`wanted`) or drops the loop reference whose state is `held`.
fn set_ref(event_loop: &dyn LoopAccess, held: &mut bool, wanted: bool) {
    if *held != wanted {
        *held = wanted;
        event_loop.adjust_refs(if wanted { 1 } else { -1 });
    }
}

/// The ops of child processes.
pub(crate) fn ops() -> Vec<OpDecl> {
    vec![
        OpDecl::sync("child_spawn", Capability::named("process.spawn"), |cx, args| {
            let options = SpawnOptions::from_value(args.first().unwrap_or(&Value::Undefined), pipe_fd)?;
            match options.launch() {
                Ok(launched) => Ok(register(cx.event_loop, launched)),
                Err(error) => Ok(Value::Number(fds::negative_errno(&error))),
            }
        }),
        OpDecl::sync("child_kill", Capability::none(), |_, args| {
            let (id, signal) = (args.f64(0)? as HandleId, args.i32(1)?);
            let pid = with_table(|t| t.children.get(&id).filter(|c| !c.exited).map(|c| c.child.id()));
            Ok(Value::Number(pid.map_or(-f64::from(libc::ESRCH), |pid| fds::send_signal(pid as i32, signal))))
        }),
        // child_close(id): forgets a child whose handle JavaScript closed.
        OpDecl::sync("child_close", Capability::none(), |_, args| {
            let id = args.f64(0)? as HandleId;
            with_table(|t| t.children.remove(&id));
            Ok(Value::Undefined)
        }),
        OpDecl::sync("spawn_sync", Capability::named("process.spawn"), |_, args| {
            sync::spawn_sync(args.first().unwrap_or(&Value::Undefined), pipe_fd)
        }),
        OpDecl::sync("kill", Capability::named("process.spawn"), |_, args| {
            Ok(Value::Number(fds::send_signal(args.i32(0)?, args.i32(1)?)))
        }),
    ]
    .into_iter()
    .chain(pipe::ops())
    .collect()
}

/// Files a started child and its pipes; answers `{ pid, rid, pipes }`,
/// `rid` being the child's `ProcessWrap` kernel handle, which keeps the
/// loop alive (while referenced) until it reports the exit, its one event.
fn register(event_loop: &dyn LoopAccess, launched: command::Launched) -> Value {
    let id = event_loop.handle_open("ProcessWrap");
    let value = with_table(|t| {
        let pipes = launched
            .pipes
            .into_iter()
            .map(|fd| match fd {
                Some(fd) => Value::Number(f64::from(t.add_pipe(fd))),
                None => Value::Null,
            })
            .collect();
        let pid = launched.child.id();
        let pidfd = fds::pidfd_open(pid);
        t.children.insert(id, Running { child: launched.child, pidfd, exited: false });
        Value::Map(vec![
            ("pid".into(), Value::Number(f64::from(pid))),
            ("rid".into(), Value::Number(id as f64)),
            ("pipes".into(), Value::List(pipes)),
        ])
    });
    event_loop
        .handle_start(id, Box::new(move |emitter: Emitter| Box::pin(async move { emitter.emit(wait(id).await) })));
    value
}

/// `fd` on the reactor (inside a reactor future, where its runtime is).
fn on_reactor(fd: OwnedFd, interest: Interest) -> Result<AsyncFd<OwnedFd>, OpError> {
    // SAFETY: the OwnedFd keeps the descriptor open, and the same, for as
    // long as the AsyncFd owns it.
    unsafe { AsyncFd::register_with_interest(fd, interest) }.map_err(|e| io_error(e.into_parts().1))
}

/// Reaps the child `id` if it has exited: `Some([code, signal])`.
fn try_reap(id: HandleId) -> Result<Option<Value>, OpError> {
    with_table(|t| {
        let Some(running) = t.children.get_mut(&id) else { return Ok(Some(Value::Null)) };
        match running.child.try_wait().map_err(io_error)? {
            Some(status) => {
                running.exited = true;
                let (code, signal) = fds::exit_parts(status);
                Ok(Some(Value::List(vec![code, signal])))
            }
            None => Ok(None),
        }
    })
}

/// Waits for the child `id` to exit: `[code, signal]` (null if the child
/// was closed meanwhile).
fn wait(id: HandleId) -> OpFuture {
    Box::pin(async move {
        let pidfd = with_table(|t| t.children.get_mut(&id).and_then(|c| c.pidfd.take()));
        let mut watch = match pidfd {
            Some(fd) => Some(on_reactor(fd, Interest::READABLE)?),
            None => None,
        };
        let mut pause = Duration::from_millis(1);
        loop {
            if let Some(exit) = try_reap(id)? {
                return Ok(exit);
            }
            match &watch {
                Some(fd) => {
                    // Readable means exited: the next try_reap finds it.
                    // If it does not, poll from then on.
                    let _ready = fd.readable().await.map_err(io_error)?;
                    if let Some(exit) = try_reap(id)? {
                        return Ok(exit);
                    }
                    watch = None;
                }
                None => {
                    tokio::time::sleep(pause).await;
                    pause = (pause * 2).min(Duration::from_millis(50));
                }
            }
        }
    })
}
