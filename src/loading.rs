//! Loading plugin files: native libraries and WebAssembly components,
//! checked against the capability policy first.

use std::path::Path;

use bistro_kernel::Permissions;
use bistro_sdk::{OpSet, Plugin};

use crate::manifest::{PluginEntry, PluginSource};
use crate::PluginFile;

pub(crate) fn load(file: PluginFile, permissions: &Permissions) -> Result<Box<dyn Plugin>, String> {
    match file {
        PluginFile::Path(path) => {
            let is_wasm = path.extension().is_some_and(|e| e == "wasm");
            let entry = PluginEntry {
                name: String::new(),
                source: if is_wasm { PluginSource::Wasm(path) } else { PluginSource::Native(path) },
                memory: None,
                fuel: None,
                timeout: None,
                grants: Vec::new(),
            };
            load_entry(&entry, permissions)
        }
        PluginFile::Manifest(entry) => {
            // The manifest's name is the one JavaScript uses.
            let inner = load_entry(&entry, permissions)?;
            Ok(Box::new(OpSet { name: entry.name, ops: inner.ops() }))
        }
    }
}

fn load_entry(entry: &PluginEntry, permissions: &Permissions) -> Result<Box<dyn Plugin>, String> {
    match &entry.source {
        PluginSource::Native(path) => load_native(path, permissions),
        PluginSource::Wasm(path) => load_wasm(path, entry),
    }
}

#[cfg(feature = "wasm")]
fn load_wasm(path: &Path, entry: &PluginEntry) -> Result<Box<dyn Plugin>, String> {
    let limits = bistro_wasm_host::WasmLimits {
        memory: entry.memory,
        fuel: entry.fuel,
        timeout: entry.timeout,
        grants: entry.grants.clone(),
        cache_dir: bistro_wasm_host::default_cache_dir(),
    };
    Ok(Box::new(bistro_wasm_host::load(path, limits)?))
}

#[cfg(not(feature = "wasm"))]
fn load_wasm(path: &Path, _: &PluginEntry) -> Result<Box<dyn Plugin>, String> {
    Err(format!("cannot load {}: this build has no WebAssembly plugin host", path.display()))
}

#[cfg(feature = "native")]
fn load_native(path: &Path, permissions: &Permissions) -> Result<Box<dyn Plugin>, String> {
    if !permissions.allows("plugin.native", None) {
        return Err(format!(
            "loading the native plugin {} needs the plugin.native capability: \
             run with --allow-native, or add native = true to [permissions] in bistro.toml",
            path.display()
        ));
    }
    Ok(Box::new(bistro_native_host::load(path)?))
}

#[cfg(not(feature = "native"))]
fn load_native(path: &Path, _: &Permissions) -> Result<Box<dyn Plugin>, String> {
    Err(format!("cannot load {}: this build has no native plugin host", path.display()))
}
