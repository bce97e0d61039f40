//! The minimal embedded build (`--no-default-features --features
//! js,timers`) compiles, runs a script, and names the plugins it lacks.
//! It is built into its own target folder, so this test takes a while the
//! first time.

use std::path::PathBuf;
use std::process::Command;

#[test]
fn minimal_build_runs_and_names_missing_plugins() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let target = root.join("target/minimal-build");
    let status = Command::new(env!("CARGO"))
        .args(["build", "--quiet", "--no-default-features", "--features", "js,timers", "--bin", "bistro"])
        .arg("--target-dir")
        .arg(&target)
        .current_dir(&root)
        .status()
        .expect("run cargo build");
    assert!(status.success(), "the minimal build failed");
    let bistro = target.join("debug/bistro");
    let run = |args: &[&str]| Command::new(&bistro).args(args).output().expect("run the minimal bistro");

    let out = run(&["-e", "setTimeout(() => console.log('timers work'), 1)"]);
    assert_eq!(String::from_utf8_lossy(&out.stdout), "timers work\n");

    let out = run(&["-e", "try { process.chdir('/') } catch (e) { console.log(e.message) }"]);
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "process.chdir() is not available: this build has no process plugin\n"
    );

    let out = run(&["--plugin", "x.so", "-e", "1"]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("this build has no native plugin host"));
    let out = run(&["--plugin", "x.wasm", "-e", "1"]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("this build has no WebAssembly plugin host"));
}
