//! Native plugins: real shared libraries built from this workspace
//! (`examples/plugins/native-hello`, `tests/plugins/wrong-abi`), loaded by
//! the `bistro` command.

use std::path::PathBuf;
use std::process::{Command, Output};
use std::sync::OnceLock;

/// Builds the plugin libraries once (cargo test does not build cdylibs)
/// and returns the folder holding them.
fn library_dir() -> &'static PathBuf {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let target = PathBuf::from(env!("CARGO_BIN_EXE_bistro")).parent().unwrap().to_path_buf();
        let profile_args: &[&str] = if target.ends_with("release") { &["--release"] } else { &[] };
        let status = Command::new(env!("CARGO"))
            .args(["build", "--quiet", "-p", "native-hello", "-p", "wrong-abi"])
            .args(profile_args)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .status()
            .expect("run cargo build for the plugin libraries");
        assert!(status.success(), "building the plugin libraries failed");
        target
    })
}

fn library(name: &str) -> String {
    library_dir().join(format!("lib{name}.so")).to_string_lossy().into_owned()
}

fn bistro(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_bistro")).args(args).output().expect("run bistro")
}

#[test]
fn native_plugin_ops_run_sync_and_on_the_pool() {
    let code = r#"
        const hello = require('plugin:hello');
        console.log(hello.greet(), '|', hello.greet('bistro'));
        hello.sum(new Uint8Array([1, 2, 3, 250])).then((n) => console.log('sum', n));
    "#;
    let out = bistro(&["--plugin", &library("native_hello"), "-e", code]);
    assert_eq!(String::from_utf8_lossy(&out.stdout), "hello from native | hello, bistro\nsum 256\n");
    assert_eq!(out.status.code(), Some(0));
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn a_panicking_op_becomes_a_js_error_and_the_runtime_goes_on() {
    let code =
        "try { require('plugin:hello').fail() } catch (e) { console.log(e.code, e.message) } console.log('alive')";
    let out = bistro(&["--plugin", &library("native_hello"), "-e", code]);
    assert_eq!(stdout(&out), "ERR_PLUGIN_PANIC the native plugin panicked on purpose\nalive\n");
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn wrong_abi_version_is_refused_before_anything_runs() {
    let lib = library("wrong_abi");
    let out = bistro(&["--plugin", &lib, "-e", "console.log('must not run')"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).is_empty());
    let err = stderr(&out);
    assert!(err.contains(&lib) && err.contains("ABI v999") && err.contains("speaks v1"), "{err}");
}

#[test]
fn a_file_that_is_not_a_shared_library_is_named() {
    let file = std::env::temp_dir().join(format!("not-a-library-{}.so", std::process::id()));
    std::fs::write(&file, "just text").unwrap();
    let out = bistro(&["--plugin", file.to_str().unwrap(), "-e", "1"]);
    std::fs::remove_file(&file).unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("cannot load native plugin") && err.contains(file.to_str().unwrap()), "{err}");
    let out = bistro(&["--plugin", "/no/such/plugin.so", "-e", "1"]);
    assert!(stderr(&out).contains("/no/such/plugin.so"), "{}", stderr(&out));
}

#[test]
fn a_library_without_the_entry_points_is_not_a_plugin() {
    let candidates = ["/lib/x86_64-linux-gnu/libm.so.6", "/usr/lib/x86_64-linux-gnu/libm.so.6", "/lib64/libm.so.6"];
    let Some(libm) = candidates.iter().find(|p| std::path::Path::new(p).exists()) else {
        eprintln!("skipped: no libm.so.6 in the usual places to stand in for a foreign library");
        return;
    };
    let out = bistro(&["--plugin", libm, "-e", "1"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("is not a bistro plugin: it has no bistro_plugin_abi_version symbol"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn sandboxed_runs_need_allow_native() {
    let lib = library("native_hello");
    let out = bistro(&["--sandbox", "--plugin", &lib, "-e", "1"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("plugin.native") && stderr(&out).contains("--allow-native"), "{}", stderr(&out));
    let out = bistro(&["--allow-native", "--plugin", &lib, "-e", "console.log(require('plugin:hello').greet())"]);
    assert_eq!(stdout(&out), "hello from native\n");
}

#[test]
fn plugin_capabilities_are_checked_like_any_other() {
    let lib = library("native_hello");
    let code = "try { console.log(require('plugin:hello').secret()) } catch (e) { console.log(e.code, e.message) }";
    let out = bistro(&["--allow-native", "--plugin", &lib, "-e", code]);
    let text = stdout(&out);
    assert!(text.starts_with("ERR_ACCESS_DENIED") && text.contains("--allow=hello.secret"), "{text}");
    let out = bistro(&["--allow-native", "--allow=hello.secret", "--plugin", &lib, "-e", code]);
    assert_eq!(stdout(&out), "42\n");
}

#[test]
fn manifest_declares_the_plugin_under_its_own_name() {
    let dir = std::env::temp_dir().join(format!("bistro-native-manifest-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("bistro.toml"), format!("[plugins.greeter]\nnative = {:?}\n", library("native_hello")))
        .unwrap();
    std::fs::write(
        dir.join("main.js"),
        "import('plugin:greeter').then((m) => console.log(m.greet('esm'), require('plugin:greeter').greet()))",
    )
    .unwrap();
    let out = bistro(&[dir.join("main.js").to_str().unwrap()]);
    assert_eq!(stdout(&out), "hello, esm hello from native\n", "{}", stderr(&out));
    std::fs::write(dir.join("bistro.toml"), "[permissions]\nread = [\".\"]\n[plugins.greeter]\nnative = \"nope.so\"\n")
        .unwrap();
    let out = bistro(&[dir.join("main.js").to_str().unwrap()]);
    assert!(stderr(&out).contains("--allow-native"), "{}", stderr(&out));
    std::fs::remove_dir_all(&dir).unwrap();
}
