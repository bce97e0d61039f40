//! The on-disk cache of compiled components, so a second start does not
//! recompile. Entries are keyed by a hash of the component's bytes and the
//! bistro and wasmtime versions; a stale or damaged entry is recompiled.

use std::path::{Path, PathBuf};

use wasmtime::component::Component;
use wasmtime::Engine;

/// `$BISTRO_CACHE_DIR`, else `$XDG_CACHE_HOME/bistro`, else
/// `~/.cache/bistro`, each with `wasm/` below it.
pub fn default_cache_dir() -> Option<PathBuf> {
    let base = std::env::var_os("BISTRO_CACHE_DIR")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("XDG_CACHE_HOME").map(|d| PathBuf::from(d).join("bistro")))
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache/bistro")))?;
    Some(base.join("wasm"))
}

/// FNV-1a, 64 bits: stable across builds (unlike `DefaultHasher`).
fn fnv1a(parts: &[&[u8]]) -> u64 {
    let mut hash = 0xcbf2_9ce4_8422_2325u64;
    for part in parts {
        for byte in *part {
            hash ^= u64::from(*byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    hash
}

fn entry_path(dir: &Path, bytes: &[u8]) -> PathBuf {
    let versions = concat!(env!("CARGO_PKG_VERSION"), "/wasmtime-48");
    let key = fnv1a(&[versions.as_bytes(), bytes]);
    dir.join(format!("{key:016x}-{}.cwasm", bytes.len()))
}

/// Compiles `bytes`, through the cache when there is one.
pub(crate) fn compile(engine: &Engine, bytes: &[u8], dir: Option<&Path>) -> wasmtime::Result<Component> {
    let Some(dir) = dir else {
        return Component::new(engine, bytes);
    };
    let entry = entry_path(dir, bytes);
    if entry.is_file() {
        // SAFETY: the file was written by `Component::serialize` below, for
        // this engine configuration (the key covers the versions); a file
        // wasmtime cannot use is rejected and recompiled.
        if let Ok(component) = unsafe { Component::deserialize_file(engine, &entry) } {
            return Ok(component);
        }
    }
    let component = Component::new(engine, bytes)?;
    if let Ok(serialized) = component.serialize() {
        // A cache that cannot be written only costs a recompile next time.
        let temporary = entry.with_extension(format!("tmp{}", std::process::id()));
        if std::fs::create_dir_all(dir).is_ok() && std::fs::write(&temporary, serialized).is_ok() {
            let _ = std::fs::rename(&temporary, &entry);
        }
    }
    Ok(component)
}
