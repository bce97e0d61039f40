//! The minimal embedded build (`--no-default-features --features
//! js,timers`) compiles, runs a script, names the plugins it lacks, and
//! loads TypeScript files as Node does with `--no-experimental-strip-types`.
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

    // The modules of plugins this build leaves out are unknown built-ins,
    // decided at resolution: require, import and node: alike.
    let out = run(&[
        "-e",
        "for (const id of ['fs', 'node:fs/promises', 'os', 'child_process', 'url']) {
           try { require(id); console.log(id, 'loaded') } catch (e) { console.log(id, e.code) }
         }
         const { builtinModules } = require('module');
         console.log(builtinModules.includes('fs'), builtinModules.includes('timers'), builtinModules.includes('events'));
         console.log(process.getBuiltinModule('fs'), typeof process.getBuiltinModule('events'));
         import('fs').catch((e) => console.log('import', e.code, e.message));",
    ]);
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "fs ERR_UNKNOWN_BUILTIN_MODULE\nnode:fs/promises ERR_UNKNOWN_BUILTIN_MODULE\nos ERR_UNKNOWN_BUILTIN_MODULE\n\
         child_process ERR_UNKNOWN_BUILTIN_MODULE\nurl ERR_UNKNOWN_BUILTIN_MODULE\nfalse true true\nundefined function\n\
         import ERR_UNKNOWN_BUILTIN_MODULE No such built-in module: fs (this build of bistro has no plugin serving it)\n",
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    let out = run(&["-e", "try { process.chdir('/') } catch (e) { console.log(e.message) }"]);
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "process.chdir() is not available: this build has no process plugin\n"
    );

    // Without the typescript feature a .ts file is JavaScript to require()
    // and an unknown extension to import.
    let dir = std::env::temp_dir().join(format!("bistro-minimal-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = |name: &str, source: &str| {
        std::fs::write(dir.join(name), source).unwrap();
        dir.join(name).to_string_lossy().into_owned()
    };
    let out = run(&[&file("plain.ts", "console.log('plain JavaScript')")]);
    assert_eq!(String::from_utf8_lossy(&out.stdout), "plain JavaScript\n");
    let out = run(&[&file("typed.ts", "const n: number = 1;")]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("SyntaxError"));
    let out = run(&[&file("import.mjs", "import './plain.ts';")]);
    let message = format!("Unknown file extension \".ts\" for {}", dir.join("plain.ts").display());
    assert!(String::from_utf8_lossy(&out.stderr).contains(&message), "{}", String::from_utf8_lossy(&out.stderr));
    std::fs::remove_dir_all(&dir).ok();

    let out = run(&["--plugin", "x.so", "-e", "1"]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("this build has no native plugin host"));
    let out = run(&["--plugin", "x.wasm", "-e", "1"]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("this build has no WebAssembly plugin host"));
}
