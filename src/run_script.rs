//! `bistro --run SCRIPT [args]`: runs a `scripts` entry of the nearest
//! package.json with `sh -c`, as `node --run` does — in that package's
//! folder, with every `node_modules/.bin` from the working directory up on
//! `PATH`, and `NODE_RUN_SCRIPT_NAME` / `NODE_RUN_PACKAGE_JSON_PATH` set.

use std::path::{Path, PathBuf};
use std::process::Command;

/// Runs the script and returns the exit code for bistro to end with (1 when
/// the script fails, as Node's), or the message for a missing script.
pub fn run(name: &str, args: &[String]) -> Result<i32, String> {
    let cwd = std::env::current_dir().map_err(|e| format!("cannot read the working directory: {e}"))?;
    let package = nearest_package_json(&cwd)
        .ok_or_else(|| format!("Can't read package.json: no package.json in {} or its parents", cwd.display()))?;
    let text = std::fs::read_to_string(&package).map_err(|e| format!("Can't read {}: {e}", package.display()))?;
    let json: serde_json::Value =
        serde_json::from_str(&text).map_err(|e| format!("Can't parse {}: {e}", package.display()))?;
    let Some(scripts) = json.get("scripts").and_then(|s| s.as_object()) else {
        return Err(format!("Can't find \"scripts\" field in {}", package.display()));
    };
    let Some(command) = scripts.get(name).and_then(|c| c.as_str()) else {
        let mut message = format!("Missing script: \"{name}\" for {}\n", package.display());
        if !scripts.is_empty() {
            message.push_str("\nAvailable scripts are:\n");
            for (script, command) in scripts {
                message.push_str(&format!("  {script}: {}\n", command.as_str().unwrap_or_default()));
            }
        }
        return Err(message.trim_end().to_owned());
    };
    let mut line = command.to_owned();
    for arg in args {
        line.push(' ');
        line.push_str(&shell_quote(arg));
    }
    let folder = package.parent().unwrap_or(Path::new("/"));
    let status = Command::new("sh")
        .arg("-c")
        .arg(&line)
        .current_dir(folder)
        .env("PATH", search_path(&cwd))
        .env("NODE_RUN_SCRIPT_NAME", name)
        .env("NODE_RUN_PACKAGE_JSON_PATH", &package)
        .status()
        .map_err(|e| format!("cannot start sh: {e}"))?;
    Ok(if status.success() { 0 } else { 1 })
}

/// The first package.json in `dir` or a folder above it.
fn nearest_package_json(dir: &Path) -> Option<PathBuf> {
    dir.ancestors().map(|d| d.join("package.json")).find(|p| p.is_file())
}

/// `PATH` with every existing `node_modules/.bin` from `dir` upwards first.
fn search_path(dir: &Path) -> std::ffi::OsString {
    let bins = dir.ancestors().map(|d| d.join("node_modules/.bin")).filter(|b| b.is_dir());
    let current = std::env::var_os("PATH").unwrap_or_default();
    std::env::join_paths(bins.chain(std::env::split_paths(&current))).unwrap_or(current)
}

/// `arg` as one word for `sh`.
fn shell_quote(arg: &str) -> String {
    format!("'{}'", arg.replace('\'', r"'\''"))
}
