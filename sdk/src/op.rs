//! Ops: the functions plugins give to JavaScript.

use std::borrow::Cow;
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use crate::{Capability, LoopAccess, Value};

/// The result of an op.
pub type OpResult = Result<Value, OpError>;

/// The future a reactor op returns. It runs on the loop thread's reactor,
/// so it need not be `Send`.
pub type OpFuture = Pin<Box<dyn Future<Output = OpResult>>>;

/// A reactor op's future that is already over: how a reactor op refuses
/// its arguments (`args.u32(0).map_or_else(ready_err, read)`).
pub fn ready_err(error: OpError) -> OpFuture {
    Box::pin(std::future::ready(Err(error)))
}

/// What a sync or reactor op can reach while it starts: the event loop.
pub struct OpContext<'a> {
    /// The loop services (clock, timers, immediates, handles).
    pub event_loop: &'a dyn LoopAccess,
}

/// The body of a sync op.
pub type SyncFn = dyn Fn(&OpContext<'_>, Vec<Value>) -> OpResult;
/// The body of a pool op: it runs on a worker thread.
pub type PoolFn = dyn Fn(Vec<Value>) -> OpResult + Send + Sync;
/// The body of a reactor op: on the loop thread, with the loop at hand, it
/// starts a future on the reactor.
pub type ReactorFn = dyn Fn(&OpContext<'_>, Vec<Value>) -> OpFuture;

/// How an op runs.
#[derive(Clone)]
pub enum OpHandler {
    /// Runs on the loop thread and returns at once.
    Sync(Arc<SyncFn>),
    /// Runs on the thread pool; JavaScript gets a promise.
    Pool(Arc<PoolFn>),
    /// Blocking work with both forms from one function: on the thread pool
    /// when called asynchronously, and on the loop thread when called as
    /// its sync twin (`op.sync(...)` in JavaScript, for Node's `*Sync`
    /// APIs).
    Blocking(Arc<PoolFn>),
    /// Runs as a task on the reactor; JavaScript gets a promise.
    Reactor(Arc<ReactorFn>),
}

/// An op declaration: a name, the capability it needs, and its handler.
#[derive(Clone)]
pub struct OpDecl {
    /// The op's name, unique within its plugin.
    pub name: Cow<'static, str>,
    /// The capability checked before every call.
    pub capability: Capability,
    /// The handler.
    pub handler: OpHandler,
    /// Whether a pending call keeps the event loop alive. True for every
    /// op except those declared with [`OpDecl::reactor_unref`].
    pub keeps_alive: bool,
}

impl OpDecl {
    /// Declares a sync op.
    pub fn sync(
        name: impl Into<Cow<'static, str>>,
        capability: Capability,
        f: impl Fn(&OpContext<'_>, Vec<Value>) -> OpResult + 'static,
    ) -> Self {
        OpDecl { name: name.into(), capability, handler: OpHandler::Sync(Arc::new(f)), keeps_alive: true }
    }

    /// Declares an op that runs on the thread pool.
    pub fn pool(
        name: impl Into<Cow<'static, str>>,
        capability: Capability,
        f: impl Fn(Vec<Value>) -> OpResult + Send + Sync + 'static,
    ) -> Self {
        OpDecl { name: name.into(), capability, handler: OpHandler::Pool(Arc::new(f)), keeps_alive: true }
    }

    /// Declares blocking work (a file operation, a hash of a big input)
    /// that JavaScript may run on the pool or, through its sync twin, on
    /// the loop thread.
    pub fn blocking(
        name: impl Into<Cow<'static, str>>,
        capability: Capability,
        f: impl Fn(Vec<Value>) -> OpResult + Send + Sync + 'static,
    ) -> Self {
        OpDecl { name: name.into(), capability, handler: OpHandler::Blocking(Arc::new(f)), keeps_alive: true }
    }

    /// Declares an op that runs as an async task on the reactor.
    pub fn reactor<F>(name: impl Into<Cow<'static, str>>, capability: Capability, f: F) -> Self
    where
        F: Fn(&OpContext<'_>, Vec<Value>) -> OpFuture + 'static,
    {
        OpDecl { name: name.into(), capability, handler: OpHandler::Reactor(Arc::new(f)), keeps_alive: true }
    }

    /// Declares a reactor op whose pending calls do not keep the loop alive
    /// by themselves: the plugin holds a loop reference
    /// ([`LoopAccess::adjust_refs`], from its sync ops) for as long as what
    /// the op waits on is referenced. A child process's exit is waited for
    /// this way: after `child.unref()` the wait no longer keeps the process
    /// running, yet the exit is still reported if the loop lives on.
    pub fn reactor_unref<F>(name: impl Into<Cow<'static, str>>, capability: Capability, f: F) -> Self
    where
        F: Fn(&OpContext<'_>, Vec<Value>) -> OpFuture + 'static,
    {
        OpDecl { keeps_alive: false, ..OpDecl::reactor(name, capability, f) }
    }
}

/// An error an op returns; JavaScript sees an `Error` with this `code`,
/// `message` and extra properties (`errno`, `syscall`, `path`, ...).
#[derive(Debug, Clone, PartialEq)]
pub struct OpError {
    /// The constructor to use in JavaScript: `Error`, `TypeError`, `RangeError`.
    pub kind: &'static str,
    /// Node's error code, such as `ENOENT` or `ERR_INVALID_ARG_TYPE`.
    pub code: String,
    /// The message.
    pub message: String,
    /// Extra properties set on the error object.
    pub props: Vec<(String, Value)>,
}

impl OpError {
    /// An `Error` with a code and a message.
    pub fn new(code: impl Into<String>, message: impl Into<String>) -> Self {
        OpError { kind: "Error", code: code.into(), message: message.into(), props: Vec::new() }
    }

    /// A `TypeError` with code `ERR_INVALID_ARG_TYPE`.
    pub fn type_error(message: impl Into<String>) -> Self {
        OpError { kind: "TypeError", ..OpError::new("ERR_INVALID_ARG_TYPE", message) }
    }

    /// A `RangeError` with code `ERR_OUT_OF_RANGE`.
    pub fn range_error(message: impl Into<String>) -> Self {
        OpError { kind: "RangeError", ..OpError::new("ERR_OUT_OF_RANGE", message) }
    }

    /// A failed system call, in the one shape every plugin reports it:
    /// code `ESYS` with `errno` (negative, as libuv reports it) and
    /// `syscall`; add `path`, `dest`, `address`, `port` with
    /// [`OpError::with_prop`]. `modules/internal/errors.js`'s `uvException`
    /// turns it into Node's error (`ENOENT: no such file or directory,
    /// open 'x'`) with the one errno table.
    pub fn system(error: &std::io::Error, syscall: &str) -> Self {
        let errno = error.raw_os_error().unwrap_or(5); // EIO when the OS gave none
        OpError::new("ESYS", error.to_string()).with_prop("errno", -f64::from(errno)).with_prop("syscall", syscall)
    }

    /// Adds a property to the JavaScript error object.
    pub fn with_prop(mut self, key: impl Into<String>, value: impl Into<Value>) -> Self {
        self.props.push((key.into(), value.into()));
        self
    }
}

impl fmt::Display for OpError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.code, self.message)
    }
}

impl std::error::Error for OpError {}
