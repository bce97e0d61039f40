//! WebAssembly component plugins, built from WAT in the test (no wasm32
//! compiler here) and loaded by the `bistro` command: calls through the
//! pool, limits (fuel, timeout, memory), traps and recovery, host imports
//! checked against grants, imports the host does not provide, the compile
//! cache.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const TESTKIT: &str = include_str!("plugins/wasm/testkit.wat");

struct Fixture {
    dir: PathBuf,
}

impl Fixture {
    /// A folder with `testkit.wasm`, `secret.txt` (a wire-encoded string)
    /// and `main.js`, plus a bistro.toml built from `plugin_table`.
    fn new(tag: &str, plugin_table: &str, main: &str) -> Fixture {
        let dir = std::env::temp_dir().join(format!("bistro-wasm-{tag}-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("data")).unwrap();
        let component = wat2component::component_from_wat(TESTKIT).expect("testkit builds");
        std::fs::write(dir.join("testkit.wasm"), component).unwrap();
        let secret = bistro::sdk::wire::encode(&bistro::sdk::Value::from("secret data"));
        std::fs::write(dir.join("data/secret.txt"), &secret).unwrap();
        std::fs::write(dir.join("outside.txt"), &secret).unwrap();
        std::fs::write(dir.join("bistro.toml"), format!("[plugins.kit]\nwasm = \"testkit.wasm\"\n{plugin_table}"))
            .unwrap();
        std::fs::write(dir.join("main.js"), main).unwrap();
        Fixture { dir }
    }

    fn run(&self) -> Output {
        Command::new(env!("CARGO_BIN_EXE_bistro"))
            .arg(self.dir.join("main.js"))
            .env("BISTRO_CACHE_DIR", self.dir.join("cache"))
            .current_dir(&self.dir)
            .output()
            .expect("run bistro")
    }
}

impl Drop for Fixture {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// JavaScript that awaits each `kit.op(args)` call in order and prints
/// the result or `code message`.
fn calls(list: &[&str]) -> String {
    let body: String = list
        .iter()
        .map(|call| {
            format!("  try {{ console.log(await kit.{call}); }} catch (e) {{ console.log(e.code, e.message); }}\n")
        })
        .collect();
    format!("const kit = require('plugin:kit');\n(async () => {{\n{body}}})();\n")
}

#[test]
fn ops_run_on_the_pool_and_return_promises() {
    let fx = Fixture::new("basic", "", &calls(&["greet()", "echo(1, 'two', [3])", "echo(new Uint8Array([7, 8]))"]));
    let out = fx.run();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        "hello from wasm\n[ 1, 'two', [ 3 ] ]\n[ ArrayBuffer { [Uint8Contents]: <07 08>, [byteLength]: 2 } ]\n"
    );
}

/// Runs `op` under the plugin settings `table`: it must fail with
/// `expected` (a prefix), and the next call must work again.
fn fails_then_recovers(tag: &str, table: &str, op: &str, expected: &str) {
    let fx = Fixture::new(tag, table, &calls(&[op, "greet()"]));
    let out = fx.run();
    let text = stdout(&out);
    assert!(text.starts_with(expected), "{text}\n{}", stderr(&out));
    assert!(text.ends_with("hello from wasm\n"), "{text}");
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn fuel_stops_a_runaway_loop_and_the_plugin_recovers() {
    fails_then_recovers(
        "fuel",
        "fuel = 1000000\n",
        "spin()",
        "ERR_PLUGIN_FUEL wasm plugin testkit ran out of fuel in spin",
    );
}

#[test]
fn a_timeout_stops_a_runaway_loop() {
    let started = std::time::Instant::now();
    let expected = "ERR_PLUGIN_TIMEOUT wasm plugin testkit exceeded its time limit in spin";
    fails_then_recovers("timeout", "timeout = \"50ms\"\n", "spin()", expected);
    assert!(started.elapsed() < std::time::Duration::from_secs(20));
}

#[test]
fn the_memory_limit_stops_growth() {
    let expected = "ERR_PLUGIN_MEMORY wasm plugin testkit exceeded its memory limit of 2097152 bytes";
    fails_then_recovers("memory", "memory = \"2MiB\"\n", "grow()", expected);
}

#[test]
fn a_trap_is_a_js_error_and_the_next_call_works() {
    fails_then_recovers("trap", "", "panic()", "ERR_PLUGIN_TRAP wasm plugin testkit trapped in panic");
}

#[test]
fn host_file_reads_need_a_grant() {
    let main = calls(&[
        "readfile(require('path').resolve('data/secret.txt'))",
        "readfile(require('path').resolve('outside.txt'))",
        "readfile(require('path').resolve('data/../outside.txt'))",
    ]);
    let fx = Fixture::new("grants", "grants = [\"fs.read:./data\"]\n", &main);
    let out = fx.run();
    let lines: Vec<String> = stdout(&out).lines().map(str::to_owned).collect();
    assert_eq!(lines[0], "secret data", "{}", stderr(&out));
    assert!(lines[1].starts_with("ERR_PLUGIN_FAILED ERR_ACCESS_DENIED") && lines[1].contains("grants"), "{}", lines[1]);
    assert!(lines[2].starts_with("ERR_PLUGIN_FAILED ERR_ACCESS_DENIED"), "{}", lines[2]);
    let fx = Fixture::new("no-grants", "", &calls(&["readfile(require('path').resolve('data/secret.txt'))"]));
    assert!(stdout(&fx.run()).starts_with("ERR_PLUGIN_FAILED ERR_ACCESS_DENIED"));
}

#[test]
fn host_log_and_clock() {
    let fx = Fixture::new("log", "", &calls(&["log()", "time().then((t) => Math.abs(t - Date.now()) < 60000)"]));
    let out = fx.run();
    assert_eq!(stdout(&out), "hello from wasm\ntrue\n");
    assert!(
        stderr(&out).contains("[kit] log from wasm") || stderr(&out).contains("[testkit] log from wasm"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn an_import_the_host_does_not_provide_is_refused_naming_the_file() {
    // The WIT world bounds what a component may import; a component built
    // against a world with an extra host function (a made-up `spawn`) asks
    // for something bistro does not grant, and is refused at load.
    let foreign_world = wat2component::PLUGIN_WIT.replace(
        "    log: func(message: string);",
        "    log: func(message: string);\n    spawn: func(command: string);",
    );
    assert_ne!(foreign_world, wat2component::PLUGIN_WIT);
    let module = TESTKIT.replace(
        "(import \"bistro:plugin/host@0.1.0\" \"now-ms\"",
        "(import \"bistro:plugin/host@0.1.0\" \"spawn\" (func $spawn (param i32 i32)))\n  (import \"bistro:plugin/host@0.1.0\" \"now-ms\"",
    );
    let component =
        wat2component::component_from_wat_with_world(&module, &foreign_world).expect("the foreign component builds");
    let (file, err) = load_refused("foreign", &component);
    assert!(err.contains(&file) && err.contains("spawn"), "{err}");
}

/// Writes `bytes` as a plugin file, loads it with `--plugin`, expects the
/// start to fail, and returns the file name and the error output.
fn load_refused(tag: &str, bytes: &[u8]) -> (String, String) {
    let file = std::env::temp_dir().join(format!("bistro-wasm-{tag}-{}.wasm", std::process::id()));
    std::fs::write(&file, bytes).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_bistro"))
        .args(["--plugin", file.to_str().unwrap(), "-e", "1"])
        .output()
        .unwrap();
    std::fs::remove_file(&file).unwrap();
    assert_eq!(out.status.code(), Some(1));
    (file.to_string_lossy().into_owned(), stderr(&out))
}

#[test]
fn not_a_component_is_a_clear_error() {
    let (file, err) = load_refused("not-wasm", b"not wasm at all");
    assert!(err.contains("is not a valid component") && err.contains(&file), "{err}");
}

#[test]
fn a_second_start_uses_the_compile_cache() {
    let fx = Fixture::new("cache", "", &calls(&["greet()"]));
    assert_eq!(stdout(&fx.run()), "hello from wasm\n");
    let entries = |dir: &Path| std::fs::read_dir(dir).map(|d| d.count()).unwrap_or(0);
    let cache = fx.dir.join("cache/wasm");
    assert_eq!(entries(&cache), 1, "the compiled component was cached");
    let before = std::fs::metadata(std::fs::read_dir(&cache).unwrap().next().unwrap().unwrap().path())
        .unwrap()
        .modified()
        .unwrap();
    assert_eq!(stdout(&fx.run()), "hello from wasm\n");
    let after = std::fs::metadata(std::fs::read_dir(&cache).unwrap().next().unwrap().unwrap().path())
        .unwrap()
        .modified()
        .unwrap();
    assert_eq!(before, after, "the second start read the cache instead of rewriting it");
}

#[test]
fn the_checked_in_example_is_built_from_its_wat_and_loads() {
    let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/plugins/wasm-hello");
    let out = Command::new(env!("CARGO_BIN_EXE_bistro"))
        .arg(example.join("main.js"))
        .env("BISTRO_CACHE_DIR", std::env::temp_dir().join(format!("bistro-example-cache-{}", std::process::id())))
        .output()
        .unwrap();
    assert_eq!(stdout(&out), "hello from wasm\n", "{}", stderr(&out));
    let rebuilt =
        wat2component::component_from_wat(&std::fs::read_to_string(example.join("hello.wat")).unwrap()).unwrap();
    let checked_in = std::fs::read(example.join("hello.wasm")).unwrap();
    assert_eq!(rebuilt, checked_in, "hello.wasm is stale: cargo run -p wat2component -- hello.wat hello.wasm");
}
