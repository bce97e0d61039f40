//! The `bistro` command line: entry forms, flags, exit codes and the
//! one-line errors for a missing file or a syntax error.

use std::process::{Command, Output};

fn bistro(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_bistro")).args(args).output().expect("run bistro")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn temp_script(name: &str, source: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("bistro-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, source).unwrap();
    path
}

#[test]
fn version_and_help() {
    let out = bistro(&["--version"]);
    assert!(out.status.success());
    assert_eq!(stdout(&out), format!("v{}\n", env!("CARGO_PKG_VERSION")));
    let out = bistro(&["-h"]);
    assert!(out.status.success());
    assert!(stdout(&out).contains("Usage: bistro"));
}

#[test]
fn eval_and_print() {
    let out = bistro(&["-e", "console.log(6 * 7)"]);
    assert_eq!((stdout(&out).as_str(), out.status.code()), ("42\n", Some(0)));
    let out = bistro(&["-p", "[1, 'a', { b: 2 }]"]);
    assert_eq!(stdout(&out), "[ 1, 'a', { b: 2 } ]\n");
    let out = bistro(&["-p", "'plain string'"]);
    assert_eq!(stdout(&out), "plain string\n");
    let out = bistro(&["-e", "console.log(process.argv.slice(1))", "x", "--y"]);
    assert_eq!(stdout(&out), "[ 'x', '--y' ]\n");
}

#[test]
fn run_subcommand_and_script_arguments() {
    let script = temp_script("args.js", "console.log(process.argv.slice(2).join('|'))");
    let out = bistro(&["run", script.to_str().unwrap(), "a", "-b"]);
    assert_eq!(stdout(&out), "a|-b\n");
    let out = bistro(&[script.to_str().unwrap(), "--", "c"]);
    assert_eq!(stdout(&out), "--|c\n");
}

#[test]
fn missing_file_is_one_line_and_exit_1() {
    let out = bistro(&["/definitely/not/here.js"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stderr(&out), "Error: Cannot find module '/definitely/not/here.js'\n");
}

#[test]
fn syntax_error_is_one_line_with_position() {
    let script = temp_script("bad.js", "const ok = 1;\nlet x = ;\n");
    let out = bistro(&[script.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.starts_with(&format!("{}:2:", script.display())), "{err}");
    assert!(err.contains("SyntaxError"), "{err}");
    let out = bistro(&["-e", "let = ;"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("SyntaxError"));
}

#[test]
fn uncaught_error_prints_source_line_and_stack() {
    let script = temp_script("throws.js", "function boom() {\n  throw new RangeError('out of cheese');\n}\nboom();\n");
    let out = bistro(&[script.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.starts_with(&format!("{}:2\n  throw new RangeError('out of cheese');\n", script.display())), "{err}");
    assert!(err.contains("RangeError: out of cheese\n    at boom ("), "{err}");
    assert!(err.contains(&format!("{}:2:", script.display())), "{err}");
}

#[test]
fn bad_options_are_refused() {
    let out = bistro(&["--no-such-flag", "x.js"]);
    assert_eq!(out.status.code(), Some(9));
    assert!(stderr(&out).contains("bad option: --no-such-flag"));
    let out = bistro(&["-e"]);
    assert_eq!(out.status.code(), Some(9));
    let out = bistro(&["--threadpool-size", "many", "-e", "1"]);
    assert_eq!(out.status.code(), Some(9));
}

#[test]
fn os_identity_needs_the_sys_capability_in_a_sandbox() {
    let probe = "const os = require('os'); console.log(os.cpus().length > 0); \
                 for (const f of ['hostname', 'userInfo', 'networkInterfaces']) \
                 try { os[f](); console.log(f, 'ok') } catch (e) { console.log(f, e.code, e.permission) }";
    let denied = stdout(&bistro(&["--sandbox", "-e", probe]));
    assert_eq!(
        denied,
        "true\nhostname ERR_ACCESS_DENIED sys\nuserInfo ERR_ACCESS_DENIED sys\nnetworkInterfaces ERR_ACCESS_DENIED sys\n"
    );
    let granted = stdout(&bistro(&["--sandbox", "--allow=sys", "-e", probe]));
    assert_eq!(granted, "true\nhostname ok\nuserInfo ok\nnetworkInterfaces ok\n");
}

#[test]
fn sandbox_flags_deny_and_grant_env() {
    let read_home = "try { console.log(typeof process.env.HOME) } catch (e) { console.log(e.code) }";
    assert_eq!(stdout(&bistro(&["--sandbox", "-e", read_home])), "ERR_ACCESS_DENIED\n");
    assert_eq!(stdout(&bistro(&["--allow-env", "-e", read_home])), "string\n");
    assert_eq!(stdout(&bistro(&["--allow-env=HOME", "-e", read_home])), "string\n");
    assert_eq!(stdout(&bistro(&["--allow-env=PATH", "-e", read_home])), "ERR_ACCESS_DENIED\n");
    assert_eq!(stdout(&bistro(&["-e", read_home])), "string\n");
}

#[test]
fn broken_stdout_pipe_does_not_crash() {
    use std::io::Read;
    use std::process::Stdio;
    let mut child = Command::new(env!("CARGO_BIN_EXE_bistro"))
        .args(["-e", "for (let i = 0; i < 200000; i++) console.log('line', i)"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 16];
    child.stdout.as_mut().unwrap().read_exact(&mut first).unwrap();
    drop(child.stdout.take());
    let status = child.wait().unwrap();
    let mut err = String::new();
    child.stderr.take().unwrap().read_to_string(&mut err).unwrap();
    assert!(!err.contains("panicked"), "{err}");
    assert!(status.code().is_some(), "ended by a signal: {status:?}");
}

#[test]
fn heap_limit_gives_a_catchable_out_of_memory_error() {
    let grow = "const keep = []; try { for (;;) keep.push(new Array(100000).fill(1)); } \
                catch (e) { keep.length = 0; console.log('caught', e.message); }";
    let out = bistro(&["--max-heap", "32MiB", "-e", grow]);
    assert_eq!(stdout(&out), "caught out of memory\n", "{}", stderr(&out));
    assert_eq!(out.status.code(), Some(0));
    let out = bistro(&["--max-heap", "32MiB", "-e", "const keep = []; for (;;) keep.push(new Array(100000).fill(1));"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("out of memory"), "{}", stderr(&out));
    assert!(!stderr(&out).contains("panicked"), "{}", stderr(&out));
}

#[test]
fn cpu_time_limit_stops_an_infinite_loop() {
    let started = std::time::Instant::now();
    let out = bistro(&["--cpu-time", "300ms", "-e", "console.log('spinning'); for (;;) {}"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stdout(&out), "spinning\n");
    assert!(stderr(&out).contains("--cpu-time"), "{}", stderr(&out));
    assert!(started.elapsed() < std::time::Duration::from_secs(20));
    // Waiting uses no CPU: a timer longer than the limit still fires.
    let out = bistro(&["--cpu-time", "300ms", "-e", "setTimeout(() => console.log('waited'), 600)"]);
    assert_eq!((stdout(&out).as_str(), out.status.code()), ("waited\n", Some(0)));
}

#[test]
fn manifest_errors_name_the_file_and_line() {
    let dir = std::env::temp_dir().join(format!("bistro-cli-manifest-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("bistro.toml"), "[runtime]\nthreadpool = 4\nthredpool = 8\n").unwrap();
    std::fs::write(dir.join("main.js"), "console.log('ran')").unwrap();
    let out = bistro(&[dir.join("main.js").to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains(&format!("{}:3:", dir.join("bistro.toml").display())) && err.contains("thredpool"), "{err}");
    std::fs::write(dir.join("bistro.toml"), "[permissions]\nenv = [\"BISTRO_VISIBLE\"]\n").unwrap();
    std::fs::write(dir.join("main.js"), "for (const n of ['BISTRO_VISIBLE', 'HOME']) try { console.log(n, process.env[n]) } catch (e) { console.log(n, e.code) }").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_bistro"))
        .arg(dir.join("main.js"))
        .env("BISTRO_VISIBLE", "yes")
        .output()
        .unwrap();
    assert_eq!(stdout(&out), "BISTRO_VISIBLE yes\nHOME ERR_ACCESS_DENIED\n");
    let other = dir.join("other.toml");
    std::fs::write(&other, "[runtime]\nthreadpool = 2000\n").unwrap();
    let out = bistro(&["--config", other.to_str().unwrap(), dir.join("main.js").to_str().unwrap()]);
    assert!(stderr(&out).contains("other.toml:2:") && stderr(&out).contains("threadpool"), "{}", stderr(&out));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn the_sandboxed_example_sees_only_what_its_manifest_grants() {
    let example = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/sandboxed/main.js");
    let out = Command::new(env!("CARGO_BIN_EXE_bistro")).arg(&example).env("GREETING", "bonjour").output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        &lines[..5],
        &[
            "GREETING is bonjour",
            "HOME: ERR_ACCESS_DENIED",
            "PATH: ERR_ACCESS_DENIED",
            "may read /etc: false",
            "may spawn: false",
        ]
    );
    assert!(
        lines[5].contains("fs.read:/") && lines[5].contains("--allow-read=/") && lines[5].contains("read = [\"/\"]"),
        "{}",
        lines[5]
    );
}

#[test]
fn sandboxed_module_loading_stays_in_the_app_folder() {
    let root = std::env::temp_dir().join(format!("bistro-cli-modules-{}", std::process::id()));
    std::fs::create_dir_all(root.join("app")).unwrap();
    std::fs::create_dir_all(root.join("outside")).unwrap();
    std::fs::write(root.join("app/local.json"), "{\"ok\": true}").unwrap();
    std::fs::write(root.join("outside/secret.json"), "{\"secret\": 42}").unwrap();
    let main = root.join("app/main.js");
    std::fs::write(
        &main,
        "console.log(require('./local.json').ok);\n\
         try { console.log(require('../outside/secret.json').secret) } catch (e) { console.log(e.code) }",
    )
    .unwrap();
    let main = main.to_str().unwrap();
    assert_eq!(stdout(&bistro(&[main])), "true\n42\n", "unrestricted runs load anything");
    assert_eq!(stdout(&bistro(&["--sandbox", main])), "true\nERR_ACCESS_DENIED\n");
    let grant = format!("--allow-read={}", root.join("outside").display());
    assert_eq!(stdout(&bistro(&["--sandbox", &grant, main])), "true\n42\n");
    std::fs::remove_dir_all(&root).unwrap();
}

#[test]
fn a_file_piped_into_stdin_streams_through_a_transform() {
    use std::io::Write;
    use std::process::Stdio;
    let script = temp_script(
        "upper.js",
        "const { Transform, pipeline } = require('stream');\n\
         const upper = new Transform({ transform(c, e, cb) { cb(null, c.toString().toUpperCase()); } });\n\
         pipeline(process.stdin, upper, process.stdout, (err) => { if (err) throw err; });\n",
    );
    let input: String = (0..20_000).map(|i| format!("line {i} of the menu\n")).collect();
    let mut child = Command::new(env!("CARGO_BIN_EXE_bistro"))
        .arg(&script)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let sent = input.clone();
    let writer = std::thread::spawn(move || stdin.write_all(sent.as_bytes()));
    let output = child.wait_with_output().unwrap();
    writer.join().unwrap().unwrap();
    assert_eq!(stderr(&output), "");
    assert_eq!(stdout(&output), input.to_uppercase(), "every byte of stdin, uppercased, in order");
}

#[test]
fn sandboxed_fs_needs_read_and_write_grants_on_the_resolved_path() {
    let dir = std::env::temp_dir().join(format!("bistro-fs-sandbox-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("inside")).unwrap();
    std::fs::write(dir.join("inside/menu.txt"), "soup").unwrap();
    std::fs::write(dir.join("secret.txt"), "recipe").unwrap();
    let script = format!(
        "const fs = require('fs');\n\
         const tryIt = (f) => {{ try {{ return f(); }} catch (e) {{ return e.code; }} }};\n\
         console.log(tryIt(() => fs.readFileSync('{d}/inside/menu.txt', 'utf8')));\n\
         console.log(tryIt(() => fs.readFileSync('{d}/inside/../secret.txt', 'utf8')));\n\
         console.log(tryIt(() => fs.writeFileSync('{d}/inside/new.txt', 'x')));\n\
         fs.readFile('{d}/secret.txt', (err) => console.log('callback', err && err.code));\n",
        d = dir.display()
    );
    let read_only = format!("--allow-read={}", dir.join("inside").display());
    let output = bistro(&[&read_only, "-e", &script]);
    assert_eq!(
        stdout(&output),
        "soup\nERR_ACCESS_DENIED\nERR_ACCESS_DENIED\ncallback ERR_ACCESS_DENIED\n",
        "{}",
        stderr(&output)
    );
    let write_too = format!("--allow-write={}", dir.join("inside").display());
    let output = bistro(&[&read_only, &write_too, "-e", &script]);
    assert_eq!(
        stdout(&output),
        "soup\nERR_ACCESS_DENIED\nundefined\ncallback ERR_ACCESS_DENIED\n",
        "{}",
        stderr(&output)
    );
    assert_eq!(std::fs::read_to_string(dir.join("inside/new.txt")).unwrap(), "x");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_blocked_pool_read_does_not_stop_a_ticking_interval() {
    // fs.readFile on a FIFO blocks its pool worker until the writer below
    // writes, 300 ms later; the interval must keep ticking on the loop.
    let dir = std::env::temp_dir().join(format!("bistro-fifo-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let fifo = dir.join("orders");
    let _ = std::fs::remove_file(&fifo);
    assert!(Command::new("mkfifo").arg(&fifo).status().unwrap().success());
    let script = format!(
        "let ticks = 0;\n\
         const timer = setInterval(() => ticks++, 10);\n\
         require('fs').readFile('{}', 'utf8', (err, text) => {{\n\
           clearInterval(timer);\n\
           console.log(err, JSON.stringify(text), ticks >= 10 ? 'ticked' : `only ${{ticks}} ticks`);\n\
         }});\n",
        fifo.display()
    );
    let path = fifo.clone();
    let writer = std::thread::spawn(move || {
        std::thread::sleep(std::time::Duration::from_millis(300));
        std::fs::write(path, "soup\n").unwrap();
    });
    let output = bistro(&["-e", &script]);
    writer.join().unwrap();
    assert_eq!(stdout(&output), "null \"soup\\n\" ticked\n", "{}", stderr(&output));
    let _ = std::fs::remove_dir_all(&dir);
}

/// Runs bistro in `dir` with `stdin` as its standard input.
fn bistro_in(dir: &std::path::Path, args: &[&str], stdin: &str, env: &[(&str, &str)]) -> Output {
    use std::io::Write;
    use std::process::Stdio;
    let mut child = Command::new(env!("CARGO_BIN_EXE_bistro"))
        .args(args)
        .current_dir(dir)
        .env_remove("NODE_OPTIONS")
        .envs(env.iter().copied())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run bistro");
    child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

/// A fresh folder for one test.
fn temp_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("bistro-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

// Expected outputs below are what Node 26 printed for the same commands.
#[test]
fn a_program_read_from_standard_input() {
    let dir = temp_dir("stdin");
    let code = "console.log(process.argv.slice(1), __filename, module.id)";
    let out = bistro_in(&dir, &["-", "a", "b"], code, &[]);
    assert_eq!(stdout(&out), "[ '-', 'a', 'b' ] [stdin] [stdin]\n");
    let out = bistro_in(&dir, &[], code, &[]);
    assert_eq!(stdout(&out), "[] [stdin] [stdin]\n");
    let out = bistro_in(
        &dir,
        &["--input-type=module"],
        "console.log(import.meta.url.endsWith('/[eval1]'), typeof require)",
        &[],
    );
    assert_eq!(stdout(&out), "true undefined\n");
    let out = bistro_in(&dir, &[], "", &[]);
    assert_eq!((out.status.code(), stdout(&out)), (Some(0), String::new()), "an empty program does nothing");
    let out = bistro_in(&dir, &[], "syntax error here", &[]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).starts_with("[stdin]:1:"), "{}", stderr(&out));
}

#[test]
fn eval_as_an_es_module() {
    let dir = temp_dir("input-type");
    let code =
        "const fs = await import('node:fs'); console.log(import.meta.url.endsWith('/[eval1]'), typeof fs.readFile)";
    let out = bistro_in(&dir, &["--input-type=module", "-e", code], "", &[]);
    assert_eq!(stdout(&out), "true function\n");
    let out = bistro_in(&dir, &["--input-type=module", "-p", "1"], "", &[]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("Error [ERR_EVAL_ESM_CANNOT_PRINT]: --print cannot be used with ESM input"));
    let out = bistro_in(&dir, &["--input-type=jsx", "-e", "1"], "", &[]);
    assert_eq!(out.status.code(), Some(9));
}

#[test]
fn require_and_import_preloads_run_first_in_order() {
    let dir = temp_dir("preload");
    std::fs::write(dir.join("pre.js"), "console.log('require', typeof module.exports)").unwrap();
    std::fs::write(dir.join("pre.mjs"), "console.log('import'); await 0; console.log('import settled');").unwrap();
    std::fs::create_dir_all(dir.join("node_modules/prepkg")).unwrap();
    std::fs::write(dir.join("node_modules/prepkg/index.js"), "console.log('package')").unwrap();
    std::fs::write(dir.join("main.js"), "console.log('main', process.execArgv.length)").unwrap();
    let args = ["--import", "./pre.mjs", "-r", "./pre.js", "--require", "prepkg", "main.js"];
    let out = bistro_in(&dir, &args, "", &[]);
    assert_eq!(stdout(&out), "require object\npackage\nimport\nimport settled\nmain 6\n", "{}", stderr(&out));
    let out = bistro_in(&dir, &["-r", "./nope.js", "-e", "1"], "", &[]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("Error: Cannot find module './nope.js'\nRequire stack:\n- internal/preload"));
    let out = bistro_in(&dir, &["--import", "./nope.mjs", "-e", "1"], "", &[]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("[ERR_MODULE_NOT_FOUND]: Cannot find module"), "{}", stderr(&out));
}

#[test]
fn env_files_set_what_the_environment_lacks() {
    let dir = temp_dir("env-file");
    std::fs::write(dir.join(".env"), "FOO=from-file\nexport BAR=\"two\\nlines\"\n# NOPE=1\nbroken line\nKEEP=file\n")
        .unwrap();
    let code = "console.log(JSON.stringify([process.env.FOO, process.env.BAR, process.env.NOPE, process.env.KEEP]))";
    let out = bistro_in(&dir, &["--env-file=.env", "-e", code], "", &[("KEEP", "environment")]);
    assert_eq!(stdout(&out), "[\"from-file\",\"two\\nlines\",null,\"environment\"]\n", "{}", stderr(&out));
    let out = bistro_in(&dir, &["--env-file", "missing.env", "-e", "1"], "", &[]);
    assert_eq!(out.status.code(), Some(9));
    assert!(stderr(&out).ends_with("missing.env: not found\n"), "{}", stderr(&out));
    let out = bistro_in(&dir, &["--env-file-if-exists=missing.env", "-e", "console.log('ran')"], "", &[]);
    assert_eq!(
        (stdout(&out).as_str(), stderr(&out).as_str()),
        ("ran\n", "missing.env not found. Continuing without it.\n")
    );
}

#[test]
fn node_options_hold_flags_but_not_programs() {
    let dir = temp_dir("node-options");
    std::fs::write(dir.join("pre.js"), "console.log('preloaded')").unwrap();
    let out =
        bistro_in(&dir, &["-e", "console.log(process.execArgv)"], "", &[("NODE_OPTIONS", "--require \"./pre.js\"")]);
    assert_eq!(stdout(&out), "preloaded\n[ '-e', 'console.log(process.execArgv)' ]\n");
    let out = bistro_in(&dir, &["-e", "2"], "", &[("NODE_OPTIONS", "-e 1")]);
    assert_eq!(out.status.code(), Some(9));
    assert_eq!(stderr(&out), "bistro: -e is not allowed in NODE_OPTIONS\n");
}

#[test]
fn run_executes_package_json_scripts() {
    let dir = temp_dir("run");
    std::fs::create_dir_all(dir.join("sub/node_modules/.bin")).unwrap();
    let bin = dir.join("sub/node_modules/.bin/greet");
    std::fs::write(&bin, "#!/bin/sh\necho greet \"$@\"\n").unwrap();
    std::fs::set_permissions(&bin, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    std::fs::write(
        dir.join("package.json"),
        r#"{"scripts": {"where": "echo $NODE_RUN_SCRIPT_NAME in $(basename $(pwd))", "args": "echo args:", "greet": "greet", "fail": "exit 3"}}"#,
    )
    .unwrap();
    let sub = dir.join("sub");
    let out = bistro_in(&sub, &["--run", "where"], "", &[]);
    let folder = dir.file_name().unwrap().to_str().unwrap();
    assert_eq!(stdout(&out), format!("where in {folder}\n"), "runs in the package's folder");
    let out = bistro_in(&sub, &["--run", "args", "--", "a", "b c", "it's"], "", &[]);
    assert_eq!(stdout(&out), "args: a b c it's\n");
    let out = bistro_in(&sub, &["--run", "greet", "--", "you"], "", &[]);
    assert_eq!(stdout(&out), "greet you\n", "node_modules/.bin is on PATH: {}", stderr(&out));
    let out = bistro_in(&sub, &["--run", "fail"], "", &[]);
    assert_eq!(out.status.code(), Some(1));
    let out = bistro_in(&sub, &["--run", "nope"], "", &[]);
    assert_eq!(out.status.code(), Some(1));
    let expected_start = format!(
        "Missing script: \"nope\" for {}\n\nAvailable scripts are:\n  where: ",
        dir.join("package.json").display()
    );
    assert!(stderr(&out).starts_with(&expected_start), "{}", stderr(&out));
}

#[test]
fn sockets_need_a_net_grant_in_a_sandbox() {
    let script = temp_script(
        "net-grant.js",
        r#"
        const net = require('net');
        const server = net.createServer((c) => c.end('granted')).listen(0, '127.0.0.1');
        server.on('error', (e) => console.log('listen', e.code, e.message));
        server.on('listening', () => {
          const client = net.connect(server.address().port, '127.0.0.1');
          client.on('data', (d) => { console.log(String(d)); server.close(); });
        });
        net.connect(1, '127.0.0.1').on('error', (e) => console.log('connect', e.code, e.message));
        "#,
    );
    let script = script.to_str().unwrap();
    let denied = stdout(&bistro(&["--sandbox", script]));
    assert!(denied.contains("listen ERR_ACCESS_DENIED") && denied.contains("--allow-net=127.0.0.1:0"), "{denied}");
    assert!(denied.contains("connect ERR_ACCESS_DENIED") && denied.contains("net.connect:127.0.0.1:1"), "{denied}");
    let granted = stdout(&bistro(&["--allow-net=127.0.0.1", script]));
    assert!(granted.contains("granted"), "{granted}");
    assert!(!granted.contains("ERR_ACCESS_DENIED") && granted.contains("connect ECONNREFUSED"), "{granted}");
}
