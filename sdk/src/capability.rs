//! Capability names: what an op needs to be allowed to run.

use std::borrow::Cow;

/// Where the scope of a capability comes from when an op is called.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CapabilityScope {
    /// The capability has no scope (`process.spawn`, `plugin.native`).
    None,
    /// The scope is the string argument at this index (a path, a host:port,
    /// an environment variable name).
    Arg(usize),
}

/// The capability an op declares, such as `fs.read` scoped by its path
/// argument or `env` scoped by the variable name.
///
/// The kernel checks it before the op runs. A denied op throws
/// `ERR_ACCESS_DENIED` in JavaScript, naming the capability and how to
/// grant it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Capability {
    /// The capability name, for example `fs.read`, `env` or `process.spawn`.
    /// Empty means the op needs no capability.
    pub name: Cow<'static, str>,
    /// How the scope is taken from the call's arguments.
    pub scope: CapabilityScope,
}

impl Capability {
    /// An op that needs no capability (pure computation, clocks, timers).
    pub const fn none() -> Self {
        Capability { name: Cow::Borrowed(""), scope: CapabilityScope::None }
    }

    /// A capability without a scope, such as `process.spawn`.
    pub const fn named(name: &'static str) -> Self {
        Capability { name: Cow::Borrowed(name), scope: CapabilityScope::None }
    }

    /// A capability scoped by the string argument at `index`, such as
    /// `Capability::scoped("fs.read", 0)` for an op whose first argument is
    /// the path it reads.
    pub const fn scoped(name: &'static str, index: usize) -> Self {
        Capability { name: Cow::Borrowed(name), scope: CapabilityScope::Arg(index) }
    }

    /// A capability whose name is only known at run time (read from a
    /// plugin file by a host).
    pub fn from_name(name: String, scope: CapabilityScope) -> Self {
        Capability { name: Cow::Owned(name), scope }
    }

    /// Whether this op can run without any grant.
    pub fn is_free(&self) -> bool {
        self.name.is_empty()
    }
}
