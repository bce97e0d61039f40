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

/// How a granted scope is written and compared with the scope an op asks
/// for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScopeKind {
    /// A path; a grant covers itself and everything below it.
    Path,
    /// `host:port`; a grant of `host` covers every port.
    Address,
    /// Exact names (`env`, and every capability plugins define).
    Name,
}

/// One built-in grant: the capabilities it gives and how a user writes it
/// on the command line and in `bistro.toml`'s `[permissions]` table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Grantable {
    /// The capabilities the grant gives (`--allow-net` gives both
    /// `net.connect` and `net.listen`).
    pub capabilities: &'static [&'static str],
    /// How its scopes are compared; `None` when it takes no scope.
    pub scope: Option<ScopeKind>,
    /// The command-line flag, such as `--allow-read`.
    pub flag: &'static str,
    /// The `[permissions]` key, such as `read`.
    pub key: &'static str,
    /// What the grant allows, for `--help`.
    pub help: &'static str,
}

/// Every built-in grant. The CLI parser, the manifest reader and the
/// denial message all read this one table; capabilities plugins define
/// are granted with `--allow=NAME[:SCOPE]` or `allow = ["NAME"]`.
pub const GRANTABLES: &[Grantable] = &[
    Grantable {
        capabilities: &["fs.read"],
        scope: Some(ScopeKind::Path),
        flag: "--allow-read",
        key: "read",
        help: "read files (all, or under the listed paths)",
    },
    Grantable {
        capabilities: &["fs.write"],
        scope: Some(ScopeKind::Path),
        flag: "--allow-write",
        key: "write",
        help: "write files (all, or under the listed paths)",
    },
    Grantable {
        capabilities: &["net.connect", "net.listen"],
        scope: Some(ScopeKind::Address),
        flag: "--allow-net",
        key: "net",
        help: "connect and listen (all, or the listed HOST[:PORT])",
    },
    Grantable {
        capabilities: &["env"],
        scope: Some(ScopeKind::Name),
        flag: "--allow-env",
        key: "env",
        help: "environment variables (all, or the listed names)",
    },
    Grantable {
        capabilities: &["process.spawn"],
        scope: None,
        flag: "--allow-spawn",
        key: "spawn",
        help: "start child processes",
    },
    Grantable {
        capabilities: &["plugin.native"],
        scope: None,
        flag: "--allow-native",
        key: "native",
        help: "load native plugins",
    },
];

impl Grantable {
    /// The built-in grant that gives `capability`, if any.
    pub fn for_capability(capability: &str) -> Option<&'static Grantable> {
        GRANTABLES.iter().find(|g| g.capabilities.contains(&capability))
    }

    /// The built-in grant written as `flag` on the command line.
    pub fn for_flag(flag: &str) -> Option<&'static Grantable> {
        GRANTABLES.iter().find(|g| g.flag == flag)
    }

    /// The built-in grant written as `key` in `[permissions]`.
    pub fn for_key(key: &str) -> Option<&'static Grantable> {
        GRANTABLES.iter().find(|g| g.key == key)
    }
}

impl ScopeKind {
    /// How scopes of `capability` are compared: its built-in grant's kind,
    /// or exact names for capabilities plugins define.
    pub fn of(capability: &str) -> ScopeKind {
        Grantable::for_capability(capability).and_then(|g| g.scope).unwrap_or(ScopeKind::Name)
    }
}
