//! # bistro-wasm-host
//!
//! Runs WebAssembly component plugins (the `bistro:plugin/plugin` world in
//! `sdk/wit/plugin.wit`) with wasmtime, behind the SDK's `Plugin` trait ([`OpSet`]).
//! Every op runs on the kernel's thread pool. Each plugin has its own
//! store with a memory limit and, per call, fuel and an epoch deadline; a
//! trap, an exhausted budget or a failed memory growth becomes a
//! JavaScript error, and the next call gets a fresh instance (a trapped
//! instance cannot be re-entered). Compiled components are cached on disk.

mod cache;
mod engine;
mod runner;

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use bistro_kernel::Permissions;
use bistro_sdk::{Capability, OpDecl, OpSet};

pub use cache::default_cache_dir;

/// Limits and grants for one plugin.
#[derive(Debug, Clone, Default)]
pub struct WasmLimits {
    /// Linear-memory limit in bytes (default: 64 MiB).
    pub memory: Option<usize>,
    /// Fuel for each call (default: unlimited).
    pub fuel: Option<u64>,
    /// Wall-clock limit for each call (default: unlimited).
    pub timeout: Option<Duration>,
    /// What the plugin's host imports may touch (`fs.read:/srv/images`).
    pub grants: Vec<String>,
    /// Where compiled components are cached (`None`: no cache).
    pub cache_dir: Option<PathBuf>,
}

/// The default memory limit of a plugin instance.
pub const DEFAULT_MEMORY_LIMIT: usize = 64 << 20;

/// The grants of a plugin as a policy: nothing but what is listed.
fn grants_policy(grants: &[String]) -> Permissions {
    let mut permissions = Permissions::sandbox();
    for grant in grants {
        match grant.split_once(':') {
            Some((name, scope)) => permissions.grant(name, Some(vec![scope.to_owned()])),
            None => permissions.grant(grant, None),
        }
    }
    permissions
}

/// Compiles (or takes from the cache) and instantiates the component at
/// `path`, and reads its name and ops.
pub fn load(path: &Path, limits: WasmLimits) -> Result<OpSet, String> {
    let shown = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read wasm plugin {shown}: {e}"))?;
    let component = cache::compile(engine::engine(), &bytes, limits.cache_dir.as_deref())
        .map_err(|e| format!("wasm plugin {shown} is not a valid component: {e:#}"))?;
    let runner = runner::Runner::new(&shown, &component, &limits, grants_policy(&limits.grants))?;
    let (name, op_names) = runner.describe()?;
    let runner = Arc::new(runner);
    let ops = op_names
        .into_iter()
        .map(|op| {
            let runner = Arc::clone(&runner);
            OpDecl::pool(op.clone(), Capability::none(), move |args| runner.call(&op, args))
        })
        .collect();
    Ok(OpSet { name, ops })
}
