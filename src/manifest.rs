//! `bistro.toml`: runtime settings, the permission table and plugins.
//!
//! ```toml
//! [runtime]
//! threadpool = 8
//! max-heap = "256MiB"
//! cpu-time = "30s"
//!
//! [permissions]              # present => deny by default
//! read = ["./data"]
//! write = ["./uploads"]
//! net = ["127.0.0.1:5432", "0.0.0.0:3000"]
//! env = ["PORT"]
//! spawn = false
//! native = true
//! allow = ["thumbs.resize"]  # capabilities that plugins define
//!
//! [plugins.thumbs]
//! wasm = "plugins/thumbs.wasm"
//! memory = "64MiB"
//! fuel = 100000000           # or timeout = "2s"
//! grants = ["fs.read:./images"]
//!
//! [plugins.fastcsv]
//! native = "plugins/libfastcsv.so"
//! ```
//!
//! Relative paths are relative to the manifest's folder. Every error names
//! the file, the line and the key.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::Deserialize;
use toml::Spanned;

use crate::sdk::{Grantable, ScopeKind, GRANTABLES};
use crate::Permissions;

/// A parsed and validated manifest.
#[derive(Debug, Clone, Default)]
pub struct Manifest {
    /// The file it came from.
    pub path: PathBuf,
    /// `[runtime] threadpool`.
    pub threadpool: Option<usize>,
    /// `[runtime] max-heap`, in bytes.
    pub max_heap: Option<usize>,
    /// `[runtime] cpu-time`.
    pub cpu_time: Option<Duration>,
    /// The `[permissions]` table, when present (deny by default).
    pub permissions: Option<Permissions>,
    /// `[plugins.NAME]` entries, by name.
    pub plugins: Vec<PluginEntry>,
}

/// Where a plugin comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PluginSource {
    /// A WebAssembly component.
    Wasm(PathBuf),
    /// A native shared library.
    Native(PathBuf),
}

/// One `[plugins.NAME]` table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PluginEntry {
    /// The name JavaScript uses: `require('plugin:NAME')`.
    pub name: String,
    /// The file to load.
    pub source: PluginSource,
    /// Wasm: the memory limit in bytes.
    pub memory: Option<usize>,
    /// Wasm: the fuel per call.
    pub fuel: Option<u64>,
    /// Wasm: the wall-clock limit per call.
    pub timeout: Option<Duration>,
    /// Wasm: the capabilities its host imports may use (`fs.read:./images`).
    pub grants: Vec<String>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawManifest {
    #[serde(default)]
    runtime: RawRuntime,
    permissions: Option<RawPermissions>,
    #[serde(default)]
    plugins: BTreeMap<String, RawPlugin>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawRuntime {
    threadpool: Option<Spanned<i64>>,
    max_heap: Option<Spanned<String>>,
    cpu_time: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum ListOrAll {
    All(bool),
    List(Vec<String>),
}

/// The `[permissions]` table: keys from the SDK's capability table, plus
/// `allow` for capabilities plugins define.
type RawPermissions = BTreeMap<String, Spanned<ListOrAll>>;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPlugin {
    wasm: Option<String>,
    native: Option<String>,
    memory: Option<Spanned<String>>,
    fuel: Option<Spanned<i64>>,
    timeout: Option<Spanned<String>>,
    #[serde(default)]
    grants: Vec<String>,
}

/// A manifest error: `FILE:LINE: message` (with the key named).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ManifestError(pub String);

impl std::fmt::Display for ManifestError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ManifestError {}

impl Manifest {
    /// Reads and validates the manifest at `path`.
    pub fn load(path: &Path) -> Result<Manifest, ManifestError> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| ManifestError(format!("{}: cannot read the manifest: {e}", path.display())))?;
        Manifest::parse(path, &text)
    }

    /// Parses manifest text; `path` names it in errors and anchors
    /// relative paths.
    pub fn parse(path: &Path, text: &str) -> Result<Manifest, ManifestError> {
        let at = |span: std::ops::Range<usize>, message: String| {
            let line = text[..span.start.min(text.len())].matches('\n').count() + 1;
            ManifestError(format!("{}:{line}: {message}", path.display()))
        };
        let raw: RawManifest = toml::from_str(text).map_err(|e| match e.span() {
            Some(span) => at(span, e.message().to_owned()),
            None => ManifestError(format!("{}: {}", path.display(), e.message())),
        })?;
        let base = path.parent().map(Path::to_path_buf).unwrap_or_default();
        let mut manifest = Manifest { path: path.to_path_buf(), ..Manifest::default() };

        if let Some(threads) = raw.runtime.threadpool {
            let n = *threads.get_ref();
            if !(1..=1024).contains(&n) {
                return Err(at(threads.span(), format!("[runtime] threadpool must be between 1 and 1024, not {n}")));
            }
            manifest.threadpool = Some(n as usize);
        }
        if let Some(heap) = raw.runtime.max_heap {
            let bytes = parse_size(heap.get_ref()).map_err(|m| at(heap.span(), format!("[runtime] max-heap: {m}")))?;
            manifest.max_heap = Some(bytes);
        }
        if let Some(cpu) = raw.runtime.cpu_time {
            let limit =
                parse_duration(cpu.get_ref()).map_err(|m| at(cpu.span(), format!("[runtime] cpu-time: {m}")))?;
            manifest.cpu_time = Some(limit);
        }
        if let Some(table) = raw.permissions {
            manifest.permissions = Some(permissions_from(&table, &base, &at)?);
        }
        for (name, plugin) in raw.plugins {
            manifest.plugins.push(plugin_from(&name, plugin, &base, text, &at)?);
        }
        Ok(manifest)
    }
}

fn permissions_from(
    table: &RawPermissions,
    base: &Path,
    at: &impl Fn(std::ops::Range<usize>, String) -> ManifestError,
) -> Result<Permissions, ManifestError> {
    let mut permissions = Permissions::sandbox();
    for (key, value) in table {
        let span = value.span();
        match (key.as_str(), value.get_ref()) {
            ("allow", ListOrAll::List(list)) => {
                for capability in list {
                    match capability.split_once(':') {
                        Some((name, scope)) => permissions.grant(name, Some(vec![scope.to_owned()])),
                        None => permissions.grant(capability, None),
                    }
                }
            }
            ("allow", ListOrAll::All(_)) => {
                return Err(at(span, "[permissions] allow must be a list of capabilities".to_owned()));
            }
            (_, value) => {
                let Some(grantable) = Grantable::for_key(key) else {
                    let keys: Vec<&str> = GRANTABLES.iter().map(|g| g.key).chain(["allow"]).collect();
                    return Err(at(
                        span,
                        format!("[permissions] unknown key `{key}`, expected one of {}", keys.join(", ")),
                    ));
                };
                let scopes = match value {
                    ListOrAll::All(false) => continue,
                    ListOrAll::All(true) => None,
                    ListOrAll::List(_) if grantable.scope.is_none() => {
                        return Err(at(span, format!("[permissions] {key} must be true or false")));
                    }
                    ListOrAll::List(list) if grantable.scope == Some(ScopeKind::Path) => {
                        Some(list.iter().map(|p| base.join(p).to_string_lossy().into_owned()).collect())
                    }
                    ListOrAll::List(list) => Some(list.clone()),
                };
                for capability in grantable.capabilities {
                    permissions.grant(capability, scopes.clone());
                }
            }
        }
    }
    Ok(permissions)
}

fn plugin_from(
    name: &str,
    raw: RawPlugin,
    base: &Path,
    text: &str,
    at: &dyn Fn(std::ops::Range<usize>, String) -> ManifestError,
) -> Result<PluginEntry, ManifestError> {
    let header = format!("[plugins.{name}]");
    let table_span = text.find(&header).map_or(0..0, |i| i..i + header.len());
    let valid_name = !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    if !valid_name {
        return Err(at(table_span, format!("{header}: a plugin name uses letters, digits, '-' and '_' only")));
    }
    let source = match (raw.wasm, raw.native) {
        (Some(wasm), None) => PluginSource::Wasm(base.join(wasm)),
        (None, Some(native)) => PluginSource::Native(base.join(native)),
        (Some(_), Some(_)) => {
            return Err(at(table_span, format!("{header}: give either `wasm` or `native`, not both")))
        }
        (None, None) => {
            return Err(at(table_span, format!("{header}: missing `wasm = \"FILE\"` or `native = \"FILE\"`")))
        }
    };
    let is_wasm = matches!(source, PluginSource::Wasm(_));
    let wasm_only = |key: &str, span: std::ops::Range<usize>| -> Result<(), ManifestError> {
        if is_wasm {
            Ok(())
        } else {
            Err(at(span, format!("{header} {key}: only wasm plugins have limits (native plugins are trusted)")))
        }
    };
    // Path scopes in grants are relative to the manifest's folder.
    let grants = raw
        .grants
        .iter()
        .map(|grant| match grant.split_once(':') {
            Some((capability, scope)) if capability.starts_with("fs.") => {
                format!("{capability}:{}", base.join(scope).display())
            }
            _ => grant.clone(),
        })
        .collect();
    let mut entry = PluginEntry { name: name.to_owned(), source, memory: None, fuel: None, timeout: None, grants };
    if let Some(memory) = raw.memory {
        wasm_only("memory", memory.span())?;
        entry.memory =
            Some(parse_size(memory.get_ref()).map_err(|m| at(memory.span(), format!("{header} memory: {m}")))?);
    }
    if let Some(fuel) = raw.fuel {
        wasm_only("fuel", fuel.span())?;
        let amount = *fuel.get_ref();
        if amount <= 0 {
            return Err(at(fuel.span(), format!("{header} fuel must be positive, not {amount}")));
        }
        entry.fuel = Some(amount as u64);
    }
    if let Some(timeout) = raw.timeout {
        wasm_only("timeout", timeout.span())?;
        entry.timeout =
            Some(parse_duration(timeout.get_ref()).map_err(|m| at(timeout.span(), format!("{header} timeout: {m}")))?);
    }
    Ok(entry)
}

/// Parses `64MiB`, `512KiB`, `1GiB`, `100MB`, or a plain number of bytes.
pub fn parse_size(text: &str) -> Result<usize, String> {
    let text = text.trim();
    let split = text.find(|c: char| !c.is_ascii_digit()).unwrap_or(text.len());
    let (digits, unit) = text.split_at(split);
    let number: usize = digits.parse().map_err(|_| format!("'{text}' is not a size like 64MiB"))?;
    let scale: usize = match unit.trim() {
        "" | "B" => 1,
        "K" | "KB" => 1000,
        "KiB" => 1 << 10,
        "M" | "MB" => 1_000_000,
        "MiB" => 1 << 20,
        "G" | "GB" => 1_000_000_000,
        "GiB" => 1 << 30,
        other => return Err(format!("unknown size unit '{other}' (use B, KiB, MiB, GiB, KB, MB or GB)")),
    };
    number.checked_mul(scale).ok_or_else(|| format!("'{text}' is too large"))
}

/// Parses `2s`, `500ms`, `1m`, `1.5s`.
pub fn parse_duration(text: &str) -> Result<Duration, String> {
    let text = text.trim();
    let split = text.find(|c: char| !c.is_ascii_digit() && c != '.').unwrap_or(text.len());
    let (digits, unit) = text.split_at(split);
    let number: f64 = digits.parse().map_err(|_| format!("'{text}' is not a duration like 2s or 500ms"))?;
    let seconds = match unit.trim() {
        "ms" => number / 1000.0,
        "s" | "" => number,
        "m" | "min" => number * 60.0,
        other => return Err(format!("unknown duration unit '{other}' (use ms, s or m)")),
    };
    if !(seconds > 0.0 && seconds.is_finite()) {
        return Err(format!("'{text}' must be a positive duration"));
    }
    Ok(Duration::from_secs_f64(seconds))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Manifest, ManifestError> {
        Manifest::parse(Path::new("/app/bistro.toml"), text)
    }

    #[test]
    fn full_manifest() {
        let m = parse(
            r#"
[runtime]
threadpool = 8
max-heap = "64MiB"
cpu-time = "1.5s"
[permissions]
read = ["./data"]
net = ["127.0.0.1:5432"]
env = ["PORT"]
spawn = false
[plugins.thumbs]
wasm = "plugins/thumbs.wasm"
memory = "64MiB"
fuel = 100000000
grants = ["fs.read:./images"]
[plugins.fastcsv]
native = "plugins/libfastcsv.so"
"#,
        )
        .unwrap();
        assert_eq!(m.threadpool, Some(8));
        assert_eq!(m.max_heap, Some(64 << 20));
        assert_eq!(m.cpu_time, Some(Duration::from_millis(1500)));
        let p = m.permissions.unwrap();
        assert!(p.allows("fs.read", Some("/app/data/x.csv")));
        assert!(!p.allows("fs.read", Some("/app/other")));
        assert!(p.allows("net.connect", Some("localhost:5432")));
        assert!(!p.allows("process.spawn", None));
        assert_eq!(m.plugins.len(), 2);
        let fastcsv = &m.plugins[0];
        assert_eq!(fastcsv.source, PluginSource::Native(PathBuf::from("/app/plugins/libfastcsv.so")));
        let thumbs = &m.plugins[1];
        assert_eq!(thumbs.source, PluginSource::Wasm(PathBuf::from("/app/plugins/thumbs.wasm")));
        assert_eq!((thumbs.memory, thumbs.fuel), (Some(64 << 20), Some(100_000_000)));
        assert_eq!(thumbs.grants, vec!["fs.read:/app/./images".to_owned()]);
    }

    #[test]
    fn errors_name_file_line_and_key() {
        let err = parse("[runtime]\nthredpool = 8\n").unwrap_err().0;
        assert!(err.starts_with("/app/bistro.toml:2:"), "{err}");
        assert!(err.contains("thredpool"), "{err}");
        let err = parse("[runtime]\n\nthreadpool = 0\n").unwrap_err().0;
        assert!(err.starts_with("/app/bistro.toml:3:") && err.contains("threadpool"), "{err}");
        let err = parse("[plugins.x]\nwasm = \"a.wasm\"\nmemory = \"64XB\"\n").unwrap_err().0;
        assert!(err.starts_with("/app/bistro.toml:3:") && err.contains("memory"), "{err}");
        let err = parse("[plugins.y]\nfuel = 5\n").unwrap_err().0;
        assert!(err.starts_with("/app/bistro.toml:1:") && err.contains("[plugins.y]"), "{err}");
        let err = parse("[plugins.z]\nnative = \"z.so\"\nfuel = 5\n").unwrap_err().0;
        assert!(err.contains("only wasm plugins"), "{err}");
        let err = parse("[permissions\nread = 1").unwrap_err().0;
        assert!(err.starts_with("/app/bistro.toml:1:"), "{err}");
        let err = parse("[permissions]\nread = true\nsocket = true\n").unwrap_err().0;
        assert!(err.starts_with("/app/bistro.toml:3:") && err.contains("unknown key `socket`"), "{err}");
        assert!(err.contains("read, write, net, env, spawn, native, allow"), "{err}");
        let err = parse("[permissions]\nspawn = [\"ls\"]\n").unwrap_err().0;
        assert!(err.starts_with("/app/bistro.toml:2:") && err.contains("spawn must be true or false"), "{err}");
        let err = parse("[permissions]\nallow = true\n").unwrap_err().0;
        assert!(err.contains("allow must be a list"), "{err}");
    }

    #[test]
    fn sizes_and_durations() {
        assert_eq!(parse_size("512KiB"), Ok(512 * 1024));
        assert_eq!(parse_size("100MB"), Ok(100_000_000));
        assert_eq!(parse_size("4096"), Ok(4096));
        assert!(parse_size("lots").is_err());
        assert_eq!(parse_duration("250ms"), Ok(Duration::from_millis(250)));
        assert_eq!(parse_duration("2s"), Ok(Duration::from_secs(2)));
        assert!(parse_duration("0s").is_err());
        assert!(parse_duration("2 fortnights").is_err());
    }
}
