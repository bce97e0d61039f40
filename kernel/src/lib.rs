//! # bistro-kernel
//!
//! The microkernel of bistro. It owns the two things every Node.js guide
//! puts at the centre — the **phased event loop** (the waiter) and the
//! **thread pool** (the kitchen crew) — and the plumbing they need: the
//! reactor for sockets, the op registry, capability checks, timers.
//!
//! The kernel never depends on a JavaScript engine. The script host is a
//! plugin that implements [`Host`]: the loop calls it for every callback and
//! then for a microtask checkpoint.
//!
//! ```
//! use std::rc::Rc;
//! use bistro_kernel::{Host, Kernel, KernelConfig};
//! use bistro_sdk::{LoopAccess, OpResult};
//!
//! struct Quiet;
//! impl Host for Quiet {
//!     fn on_timer(&mut self, _k: &Kernel, _token: u64) {}
//!     fn on_check(&mut self, _k: &Kernel) {}
//!     fn on_complete(&mut self, _k: &Kernel, _token: u64, _result: OpResult) {}
//!     fn on_close(&mut self, _k: &Kernel, _token: u64) {}
//!     fn microtask_checkpoint(&mut self, _k: &Kernel) {}
//! }
//!
//! let kernel = Rc::new(Kernel::new(KernelConfig::default(), Vec::new()));
//! kernel.timer_start(Some(1), 5, None, true);
//! kernel.run(&mut Quiet);
//! ```

mod clock;
mod event_loop;
mod handles;
mod host;
mod kernel;
mod metrics;
mod ops;
mod permissions;
mod pool;
mod reactor;
mod scope;
mod timers;

pub use host::Host;
pub use kernel::{Kernel, KernelConfig};
pub use metrics::LoopMetrics;
pub use ops::{OpCall, OpId, OpInfo, PluginInfo};
pub use permissions::{denied, grant_hint, Grant, Permissions};
pub use pool::threadpool_size_from_env;
