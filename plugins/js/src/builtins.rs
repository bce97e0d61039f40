//! The JavaScript half of the standard library: `modules/`, compiled to
//! QuickJS bytecode by `build.rs` and embedded.
//!
//! For work on the standard library, `BISTRO_DEV_MODULES=DIR` makes bistro
//! load each module from `DIR/ID.js` source instead (falling back to the
//! embedded one when the file is missing), so an edit to `modules/` runs
//! without a rebuild. It changes only which standard library is used, as
//! running a different binary would, so it grants a script nothing.

use bistro_kernel::PluginInfo;
use rquickjs::{qjs, Ctx, Function, Result, Value};

/// Every embedded module as (id, bytecode), sorted by id.
static MODULES: &[(&str, &[u8])] = include!(concat!(env!("OUT_DIR"), "/builtin_modules.rs"));

/// The public modules the script host serves itself, with no plugin
/// behind them. Every other public module in `modules/` is served by the
/// plugin that lists it in [`bistro_sdk::Plugin::modules`], and a build
/// without that plugin leaves it out.
pub const HOST_MODULES: &[&str] = &[
    "assert",
    "assert/strict",
    "buffer",
    "console",
    "events",
    "module",
    "path",
    "path/posix",
    "path/win32",
    "perf_hooks",
    "process",
    "stream",
    "stream/consumers",
    "stream/promises",
    "string_decoder",
    "sys",
    "test",
    "util",
    "util/types",
    "worker_threads",
];

/// Every public (not `internal/`) module embedded in this build, sorted,
/// whether or not a plugin serves it here.
pub fn embedded_public_ids() -> Vec<&'static str> {
    MODULES.iter().map(|(id, _)| *id).filter(|id| !id.starts_with("internal/")).collect()
}

/// The public ids this build serves (sorted) and the ones it leaves out
/// because no loaded plugin serves them. With `BISTRO_DEV_MODULES`, the
/// modules only that folder has are served too.
pub(crate) fn public_ids(plugins: &[PluginInfo]) -> (Vec<String>, Vec<String>) {
    let served = |id: &str| HOST_MODULES.contains(&id) || plugins.iter().any(|p| p.modules.contains(&id));
    let (mut available, absent): (Vec<String>, Vec<String>) =
        embedded_public_ids().into_iter().map(str::to_owned).partition(|id| served(id));
    if let Some(dir) = dev_dir() {
        dev_ids(dir, "", &mut available);
        available.retain(|id| !id.starts_with("internal/") && !absent.contains(id));
        available.sort();
        available.dedup();
    }
    (available, absent)
}

/// Adds the module ids of the `.js` files under `dir` (a dev modules folder).
fn dev_ids(dir: &std::path::Path, prefix: &str, ids: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let path = entry.path();
        if path.is_dir() {
            dev_ids(&path, &format!("{prefix}{name}/"), ids);
        } else if let Some(stem) = name.strip_suffix(".js") {
            ids.push(format!("{prefix}{stem}"));
        }
    }
}

/// Loads the built-in module `id` as its wrapper function
/// (`(exports, require, module, binding)`; the bootstrap takes `(binding)`),
/// or `None` when there is no such module.
pub(crate) fn load<'js>(ctx: &Ctx<'js>, id: &str) -> Result<Option<Function<'js>>> {
    if let Some(source) = dev_source(id) {
        return eval_source(ctx, id, &source).map(Some);
    }
    let Ok(index) = MODULES.binary_search_by(|(name, _)| name.cmp(&id)) else {
        return Ok(None);
    };
    let bytecode = MODULES[index].1;
    let raw = ctx.as_raw().as_ptr();
    // SAFETY: the bytes were written by JS_WriteObject of the same QuickJS
    // build (build.rs compiles against the same rquickjs); the returned
    // values are owned and handed to rquickjs, which frees them.
    let value = unsafe {
        let object = qjs::JS_ReadObject(raw, bytecode.as_ptr(), bytecode.len() as _, qjs::JS_READ_OBJ_BYTECODE as i32);
        if qjs::JS_IsException(object) {
            return Err(rquickjs::Error::Exception);
        }
        let function = qjs::JS_EvalFunction(raw, object);
        if qjs::JS_IsException(function) {
            return Err(rquickjs::Error::Exception);
        }
        Value::from_raw(ctx.clone(), function)
    };
    value.into_function().map(Some).ok_or_else(|| rquickjs::Error::new_from_js("value", "function"))
}

/// The `BISTRO_DEV_MODULES` folder, when set.
fn dev_dir() -> Option<&'static std::path::Path> {
    static DIR: std::sync::OnceLock<Option<std::path::PathBuf>> = std::sync::OnceLock::new();
    DIR.get_or_init(|| std::env::var_os("BISTRO_DEV_MODULES").map(Into::into)).as_deref()
}

/// The source of module `id` from `BISTRO_DEV_MODULES`, when set and present.
fn dev_source(id: &str) -> Option<String> {
    let dir = dev_dir()?;
    if id.split('/').any(|part| part.is_empty() || part.starts_with('.')) {
        return None;
    }
    std::fs::read_to_string(dir.join(format!("{id}.js"))).ok()
}

/// Compiles module source into its wrapper function, as `build.rs` does.
fn eval_source<'js>(ctx: &Ctx<'js>, id: &str, source: &str) -> Result<Function<'js>> {
    let params = if id == "internal/bootstrap" { "binding" } else { "exports, require, module, binding" };
    let wrapped = format!("(function ({params}) {{{source}\n}})");
    let mut options = rquickjs::context::EvalOptions::default();
    options.global = true;
    options.strict = false;
    options.filename = Some(format!("node:{id}"));
    ctx.eval_with_options(wrapped, options)
}
