//! The ratchet of Node's own tests: every test named in
//! `tests/node-suite/passing.txt` (Node's `test/parallel` files, from the
//! kit in `../shared/node-tests`, or `BISTRO_NODE_TESTS`) must still pass
//! under this build's `bistro`. A change that makes more tests pass adds
//! them to the list (`run.sh --write-passing`); none may ever drop out.

use std::path::{Path, PathBuf};
use std::process::Command;

/// Where the kit lives: `BISTRO_NODE_TESTS`, else `../shared/node-tests`
/// beside the repository.
fn kit() -> PathBuf {
    match std::env::var_os("BISTRO_NODE_TESTS") {
        Some(dir) => PathBuf::from(dir),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/node-tests"),
    }
}

#[test]
fn every_test_that_passed_still_passes() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let kit = kit();
    let runner = kit.join("run.sh");
    assert!(
        runner.is_file(),
        "Node's test kit is missing: no {} (set BISTRO_NODE_TESTS to the kit's folder)",
        runner.display()
    );
    let passing = root.join("tests/node-suite/passing.txt");
    let listed = std::fs::read_to_string(&passing).expect("tests/node-suite/passing.txt");
    let names: Vec<&str> = listed.lines().filter(|l| !l.is_empty() && !l.starts_with('#')).collect();
    assert!(names.len() >= 300, "passing.txt lists only {} tests", names.len());
    let mut sorted = names.clone();
    sorted.sort_unstable();
    sorted.dedup();
    assert_eq!(names, sorted, "passing.txt must be sorted and free of duplicates");

    // A generous per-test timeout: the debug build under `cargo test` is
    // slower than the release one, and CI runs two tests at a time.
    let output = Command::new("bash")
        .arg(&runner)
        .args(["-j", "2", "--timeout", "90", "--expect"])
        .arg(&passing)
        .arg(env!("CARGO_BIN_EXE_bistro"))
        .output()
        .expect("run the Node test kit");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let failed: Vec<&str> =
        stdout.lines().filter(|l| ["FAIL ", "SKIP ", "TIMEOUT "].iter().any(|s| l.starts_with(s))).collect();
    let tail: Vec<&str> = stdout.lines().rev().take(20).collect();
    assert!(
        output.status.success(),
        "{} of the {} tests that passed before fail now:\n{}\n--- kit output (tail)\n{}\n{}",
        failed.len(),
        names.len(),
        failed.join("\n"),
        tail.into_iter().rev().collect::<Vec<_>>().join("\n"),
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn compat_md_opens_with_the_current_table() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let table = Command::new("sh")
        .arg(root.join("tests/node-suite/table.sh"))
        .env("BISTRO_NODE_TESTS", kit())
        .output()
        .expect("run table.sh");
    assert!(table.status.success(), "table.sh failed: {}", String::from_utf8_lossy(&table.stderr));
    let table = String::from_utf8_lossy(&table.stdout);
    let compat = std::fs::read_to_string(root.join("docs/compat.md")).expect("docs/compat.md");
    let begin = compat.find("<!-- node-suite table: begin").expect("docs/compat.md has the table markers");
    let start = begin + compat[begin..].find('\n').expect("marker line") + 1;
    let end = compat.find("<!-- node-suite table: end").expect("docs/compat.md has the end marker");
    assert_eq!(
        &compat[start..end],
        table,
        "docs/compat.md's table is out of date: run tests/node-suite/update.sh (or paste table.sh's output)"
    );
}
