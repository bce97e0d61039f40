//! # bistro-sdk
//!
//! Everything a bistro plugin author needs. A plugin is a value that
//! implements [`Plugin`]: it has a name and registers [`OpDecl`]s. Each op
//! names the [`Capability`] it needs and has one of three handler kinds:
//!
//! * [`OpHandler::Sync`] runs on the loop thread and returns at once;
//! * [`OpHandler::Pool`] runs on the kernel's thread pool and completes in
//!   the poll phase;
//! * [`OpHandler::Reactor`] is an async task on the reactor (sockets) and
//!   completes in the poll phase.
//!
//! Arguments and results cross the boundary as [`Value`]s; [`Args`] reads
//! arguments by position with Node-shaped errors (`args.str(0)?`).
//!
//! ```
//! use bistro_sdk::{Capability, OpDecl, OpError, Plugin, Value};
//!
//! struct Greeter;
//!
//! impl Plugin for Greeter {
//!     fn name(&self) -> &str { "greeter" }
//!     fn ops(&self) -> Vec<OpDecl> {
//!         vec![
//!             OpDecl::sync("greet", Capability::none(), |_cx, args| {
//!                 let who = args.first().and_then(Value::as_str).unwrap_or("world");
//!                 Ok(Value::from(format!("hello, {who}")))
//!             }),
//!             OpDecl::pool("slow_double", Capability::none(), |args| {
//!                 let n = args.first().and_then(Value::as_f64)
//!                     .ok_or_else(|| OpError::type_error("expected a number"))?;
//!                 Ok(Value::Number(n * 2.0))
//!             }),
//!         ]
//!     }
//! }
//! ```
//!
//! From JavaScript, the plugin is `require('plugin:greeter')`: `greet()`
//! returns a string; `slow_double(2)` returns a promise of 4.
//!
//! ## Choosing a handler kind
//!
//! * Sync ops block the event loop while they run: keep them to
//!   microseconds (argument checks, clocks, small computations).
//! * Pool ops may block (files, hashing, compression). They get owned
//!   arguments and must be `Send + Sync`; the result resolves a promise in
//!   the poll phase.
//! * Reactor ops are futures on the loop thread's tokio runtime (sockets,
//!   timers); they need not be `Send`.
//!
//! ## Capabilities
//!
//! Every op declares a [`Capability`]: [`Capability::none`] for pure
//! computation, [`Capability::named`] for a power without a scope
//! (`process.spawn`), or [`Capability::scoped`] when an argument names the
//! resource (`fs.read` and its path argument). The kernel checks it before
//! the handler runs; without any permission flag everything is allowed, as
//! in Node. A denied call never reaches the handler: JavaScript gets an
//! `ERR_ACCESS_DENIED` error naming the capability and how to grant it.
//!
//! ## Errors
//!
//! Return an [`OpError`]: its `code` and extra properties (`errno`,
//! `syscall`, `path`) become properties of the JavaScript error, so plugins
//! can mirror Node's system errors exactly. A panic in a pool op is caught
//! and becomes an `ERR_PLUGIN_PANIC` error; the runtime keeps running.
//!
//! ## The loop
//!
//! A sync op reaches the event loop through [`OpContext::event_loop`]
//! ([`LoopAccess`]): the loop clock, timers, the check queue, and handles
//! ([`LoopAccess::handle_open`] and friends): long-lived objects such as
//! watchers and sockets whose task reports many events through an
//! [`Emitter`], with ref/unref, stop and close as in libuv.

mod args;
mod bytes;
mod capability;
mod handle;
mod loop_access;
pub mod native;
mod op;
mod plugin;
mod value;
pub mod wire;

pub use args::Args;
pub use bytes::{Bytes, Memory};
pub use capability::{Capability, CapabilityScope, Grantable, ScopeKind, GRANTABLES};
pub use handle::{Emitter, HandleId, HandleStart, HandleTask};
pub use loop_access::LoopAccess;
pub use op::{ready_err, OpContext, OpDecl, OpError, OpFuture, OpHandler, OpResult, PoolFn, ReactorFn, SyncFn};
pub use plugin::{OpSet, Plugin};
pub use value::Value;
