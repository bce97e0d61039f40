//! Embeds every file of `modules/` into the binary as a table of
//! (module id, source). The id is the path without `.js`: `events`,
//! `timers/promises`, `internal/loader`.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../modules");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut files = Vec::new();
    collect(&root, &mut files);
    let mut modules: Vec<(String, PathBuf)> = files
        .into_iter()
        .map(|file| {
            let id = file.strip_prefix(&root).unwrap().with_extension("");
            (id.to_str().unwrap().replace('\\', "/"), file)
        })
        .collect();
    // Sorted by id, for the binary search in builtins.rs.
    modules.sort();
    let mut table = String::from("&[\n");
    for (id, file) in &modules {
        println!("cargo:rerun-if-changed={}", file.display());
        let path = file.canonicalize().unwrap();
        writeln!(table, "    ({id:?}, include_str!({:?})),", path.to_str().unwrap()).unwrap();
    }
    table.push(']');
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("builtin_modules.rs");
    std::fs::write(out, table).unwrap();
}

fn collect(dir: &Path, files: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            collect(&path, files);
        } else if path.extension().is_some_and(|e| e == "js") {
            files.push(path);
        }
    }
}
