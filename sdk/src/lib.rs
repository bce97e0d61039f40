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
//! Arguments and results cross the boundary as [`Value`]s.
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

mod capability;
mod loop_access;
mod op;
mod plugin;
mod value;

pub use capability::{Capability, CapabilityScope};
pub use loop_access::LoopAccess;
pub use op::{OpContext, OpDecl, OpError, OpFuture, OpHandler, OpResult, PoolFn, ReactorFn, SyncFn};
pub use plugin::Plugin;
pub use value::Value;
