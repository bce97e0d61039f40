//! Node-compat programs: every `tests/compat/**/*.js|mjs|ts|mts|cts`
//! (outside `fixtures/`; TypeScript needs the default `typescript`
//! feature) and every example in `examples/` (outside `plugins/`)
//! runs under bistro; its
//! stdout and exit status must equal, byte for byte, the `.out` and `.code`
//! files Node 26 produced (regenerate them with `tests/compat/regen.sh`).

use std::path::{Path, PathBuf};
use std::process::Command;

fn programs(dir: &Path, found: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("read compat dir") {
        let path = entry.expect("dir entry").path();
        if path.is_dir() {
            // fixtures/ are loaded by programs; examples/plugins/ need
            // plugins built first, and a folder with a bistro.toml runs
            // under bistro's own settings, which Node cannot reproduce
            // (tests/native_plugins.rs, wasm_plugins.rs and cli.rs run those).
            let skipped = path.file_name().is_some_and(|n| n == "fixtures" || n == "plugins")
                || path.join("bistro.toml").exists();
            if !skipped {
                programs(&path, found);
            }
        } else if path.extension().is_some_and(|e| ["js", "mjs", "ts", "mts", "cts"].iter().any(|x| e == *x)) {
            found.push(path);
        }
    }
}

struct Mismatch {
    program: String,
    detail: String,
}

fn check(program: &Path) -> Option<Mismatch> {
    let dir = program.parent().expect("program dir");
    let stem = program.file_stem().and_then(|s| s.to_str()).expect("stem");
    let expected_out = std::fs::read(dir.join(format!("{stem}.out"))).expect("missing .out (run regen.sh)");
    let expected_code: i32 = std::fs::read_to_string(dir.join(format!("{stem}.code")))
        .expect("missing .code (run regen.sh)")
        .trim()
        .parse()
        .expect(".code holds a number");
    let args = std::fs::read_to_string(dir.join(format!("{stem}.args"))).unwrap_or_default();
    let output = Command::new(env!("CARGO_BIN_EXE_bistro"))
        .arg(program.file_name().expect("file name"))
        .args(args.split_whitespace())
        .current_dir(dir)
        .output()
        .expect("run bistro");
    let code = output.status.code().unwrap_or(-1);
    if output.stdout == expected_out && code == expected_code {
        return None;
    }
    Some(Mismatch {
        program: program.display().to_string(),
        detail: format!(
            "exit {code} (node: {expected_code})\n--- bistro stdout\n{}--- node stdout\n{}--- bistro stderr\n{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&expected_out),
            String::from_utf8_lossy(&output.stderr),
        ),
    })
}

#[test]
fn compat_programs_match_node() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut found = Vec::new();
    programs(&root.join("tests/compat"), &mut found);
    assert!(found.len() >= 40, "expected at least 40 compat programs, found {}", found.len());
    programs(&root.join("examples"), &mut found);
    found.sort();
    let failures: Vec<Mismatch> = found.iter().filter_map(|p| check(p)).collect();
    for failure in &failures {
        eprintln!("==== {}\n{}", failure.program, failure.detail);
    }
    assert!(failures.is_empty(), "{} of {} compat programs differ from Node", failures.len(), found.len());
}
