//! The kernel seen through the embedding API with a real test plugin: the
//! thread pool's waves, the reactor's timers and sockets, capability
//! denials, and a panicking op — all driven from JavaScript.

use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

use bistro::sdk::{Capability, OpDecl, OpError, Plugin, Value};
use bistro::{Entry, Permissions, RuntimeBuilder};

/// Collects what JavaScript reports through `test.report(value)`.
#[derive(Clone, Default)]
struct Reports(Arc<Mutex<Vec<Value>>>);

struct TestPlugin {
    reports: Reports,
}

fn epoch() -> Instant {
    static START: OnceLock<Instant> = OnceLock::new();
    *START.get_or_init(Instant::now)
}

fn number(args: &[Value], i: usize) -> Result<f64, OpError> {
    args.get(i).and_then(Value::as_f64).ok_or_else(|| OpError::type_error("expected a number"))
}

impl Plugin for TestPlugin {
    fn name(&self) -> &str {
        "test"
    }

    fn ops(&self) -> Vec<OpDecl> {
        let reports = self.reports.clone();
        vec![
            OpDecl::sync("report", Capability::none(), move |_, args| {
                reports.0.lock().unwrap().extend(args);
                Ok(Value::Undefined)
            }),
            // Sleeps on a pool thread; returns its start time in ms.
            OpDecl::pool("sleep", Capability::none(), |args| {
                let started = epoch().elapsed().as_secs_f64() * 1000.0;
                std::thread::sleep(Duration::from_millis(number(&args, 0)? as u64));
                Ok(Value::Number(started))
            }),
            OpDecl::pool("panic", Capability::none(), |_| panic!("deliberate panic in a pool op")),
            // Waits on the reactor's timer.
            OpDecl::reactor("delay", Capability::none(), |_, args| {
                Box::pin(async move {
                    let ms = number(&args, 0)?;
                    tokio::time::sleep(Duration::from_millis(ms as u64)).await;
                    Ok(Value::from("delayed"))
                })
            }),
            // A real TCP round trip on 127.0.0.1 through the reactor.
            OpDecl::reactor("echo", Capability::scoped("net.connect", 1), |_, args| {
                Box::pin(async move {
                    use tokio::io::{AsyncReadExt, AsyncWriteExt};
                    let payload = args.first().and_then(Value::as_bytes).unwrap_or_default().to_vec();
                    let io = |e: std::io::Error| OpError::new("EIO", e.to_string());
                    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.map_err(io)?;
                    let addr = listener.local_addr().map_err(io)?;
                    let server = tokio::task::spawn_local(async move {
                        let (mut socket, _) = listener.accept().await?;
                        let mut buf = vec![0; 1024];
                        let n = socket.read(&mut buf).await?;
                        socket.write_all(&buf[..n]).await?;
                        Ok::<_, std::io::Error>(())
                    });
                    let mut client = tokio::net::TcpStream::connect(addr).await.map_err(io)?;
                    client.write_all(&payload).await.map_err(io)?;
                    let mut echoed = Vec::new();
                    client.read_to_end(&mut echoed).await.map_err(io)?;
                    server.await.map_err(|e| OpError::new("EIO", e.to_string()))?.map_err(io)?;
                    Ok(Value::from(echoed))
                })
            }),
            OpDecl::sync("secret", Capability::named("test.secret"), |_, _| Ok(Value::from("s3cret"))),
            // Stand-ins for the fs, net and child_process ops of later
            // issues: real file reads, real sockets, real processes.
            OpDecl::pool("read", Capability::scoped("fs.read", 0), |args| {
                let path = args.first().and_then(Value::as_str).unwrap_or_default();
                std::fs::read_to_string(path).map(Value::from).map_err(|e| OpError::new("EIO", e.to_string()))
            }),
            OpDecl::sync("write", Capability::scoped("fs.write", 0), |_, args| {
                let path = args.first().and_then(Value::as_str).unwrap_or_default();
                std::fs::write(path, "written")
                    .map(|()| Value::Undefined)
                    .map_err(|e| OpError::new("EIO", e.to_string()))
            }),
            OpDecl::sync("listen", Capability::scoped("net.listen", 0), |_, args| {
                let address = args.first().and_then(Value::as_str).unwrap_or_default();
                let listener =
                    std::net::TcpListener::bind(address).map_err(|e| OpError::new("EADDR", e.to_string()))?;
                Ok(Value::Number(listener.local_addr().map(|a| a.port() as f64).unwrap_or(0.0)))
            }),
            OpDecl::sync("spawn", Capability::named("process.spawn"), |_, _| {
                let status =
                    std::process::Command::new("true").status().map_err(|e| OpError::new("ENOENT", e.to_string()))?;
                Ok(Value::Bool(status.success()))
            }),
        ]
    }
}

fn run(code: &str, builder: RuntimeBuilder) -> (i32, Vec<Value>) {
    let reports = Reports::default();
    let builder = builder.plugin(TestPlugin { reports: reports.clone() });
    let exit = builder.run(Entry::Eval { code: code.into(), print: false }).expect("runtime starts");
    let values = reports.0.lock().unwrap().clone();
    (exit, values)
}

/// Number of groups of start times separated by more than `gap` ms.
fn waves(mut starts: Vec<f64>, gap: f64) -> usize {
    starts.sort_by(f64::total_cmp);
    1 + starts.windows(2).filter(|w| w[1] - w[0] > gap).count()
}

const EIGHT_SLEEPS: &str = r#"
    const t = require('plugin:test');
    Promise.all(Array.from({ length: 8 }, () => t.sleep(100))).then((starts) => t.report(...starts));
"#;

#[test]
fn pool_of_four_runs_eight_jobs_in_two_waves() {
    let (exit, starts) = run(EIGHT_SLEEPS, RuntimeBuilder::new().threadpool_size(4));
    assert_eq!(exit, 0);
    let starts: Vec<f64> = starts.iter().filter_map(Value::as_f64).collect();
    assert_eq!(starts.len(), 8);
    assert_eq!(waves(starts, 50.0), 2);
}

#[test]
fn pool_of_eight_runs_eight_jobs_in_one_wave() {
    let (exit, starts) = run(EIGHT_SLEEPS, RuntimeBuilder::new().threadpool_size(8));
    assert_eq!(exit, 0);
    let starts: Vec<f64> = starts.iter().filter_map(Value::as_f64).collect();
    assert_eq!(waves(starts, 50.0), 1);
}

#[test]
fn pool_jobs_start_in_submission_order() {
    let code = r#"
        const t = require('plugin:test');
        const order = [];
        const jobs = [0, 1, 2, 3, 4, 5].map((i) => t.sleep(30).then((start) => order.push([i, start])));
        Promise.all(jobs).then(() => {
          const byStart = order.slice().sort((a, b) => a[1] - b[1]).map(([i]) => i);
          t.report(...byStart);
        });
    "#;
    let (exit, order) = run(code, RuntimeBuilder::new().threadpool_size(1));
    assert_eq!(exit, 0);
    let order: Vec<f64> = order.iter().filter_map(Value::as_f64).collect();
    assert_eq!(order, vec![0.0, 1.0, 2.0, 3.0, 4.0, 5.0]);
}

#[test]
fn pool_completion_does_not_block_a_ticking_interval() {
    let code = r#"
        const t = require('plugin:test');
        let ticks = 0;
        const interval = setInterval(() => ticks++, 5);
        t.sleep(120).then(() => { clearInterval(interval); t.report(ticks); });
    "#;
    let (exit, ticks) = run(code, RuntimeBuilder::new());
    assert_eq!(exit, 0);
    let ticks = ticks[0].as_f64().unwrap();
    assert!(ticks >= 5.0, "the loop kept serving while the pool worked: {ticks} ticks");
}

#[test]
fn inside_a_pool_callback_immediates_run_before_timers() {
    // As in Node's I/O callbacks: the check phase follows the poll phase, so
    // setImmediate beats setTimeout(0) every time.
    let code = r#"
        const t = require('plugin:test');
        const order = [];
        t.sleep(1).then(() => {
          setTimeout(() => order.push('timeout'), 0);
          setImmediate(() => order.push('immediate'));
          process.nextTick(() => order.push('tick'));
        });
        setTimeout(() => t.report(...order), 50);
    "#;
    for _ in 0..5 {
        let (exit, order) = run(code, RuntimeBuilder::new());
        assert_eq!(exit, 0);
        let order: Vec<&str> = order.iter().filter_map(Value::as_str).collect();
        assert_eq!(order, vec!["tick", "immediate", "timeout"]);
    }
}

#[test]
fn reactor_timer_and_tcp_echo_complete_in_poll_phase() {
    let code = r#"
        const t = require('plugin:test');
        const order = [];
        setImmediate(() => order.push('immediate'));
        t.delay(20).then((v) => order.push(v));
        t.echo(new TextEncoderLike('ping over tcp'), '127.0.0.1').then((bytes) => {
          order.push(String.fromCharCode(...new Uint8Array(bytes)));
        });
        setTimeout(() => t.report(...order), 60);
        function TextEncoderLike(s) { return new Uint8Array([...s].map((c) => c.charCodeAt(0))); }
    "#;
    let (exit, order) = run(code, RuntimeBuilder::new());
    assert_eq!(exit, 0);
    let order: Vec<&str> = order.iter().filter_map(Value::as_str).collect();
    assert_eq!(order[0], "immediate");
    assert!(order.contains(&"ping over tcp"), "{order:?}");
    assert!(order.contains(&"delayed"), "{order:?}");
}

#[test]
fn denied_capability_throws_access_denied_naming_the_grant() {
    let code = r#"
        const t = require('plugin:test');
        try { t.secret(); } catch (e) { t.report(e.code, e.message, e.permission); }
        t.echo(new Uint8Array([1]), '127.0.0.1').catch((e) => t.report(e.code, e.message));
        try { process.env.HOME; } catch (e) { t.report(e.code, e.message); }
    "#;
    let (exit, reports) = run(code, RuntimeBuilder::new().permissions(Permissions::sandbox()));
    assert_eq!(exit, 0);
    let texts: Vec<&str> = reports.iter().filter_map(Value::as_str).collect();
    assert_eq!(texts[0], "ERR_ACCESS_DENIED");
    assert!(texts[1].contains("test.secret") && texts[1].contains("--allow=test.secret"), "{}", texts[1]);
    assert_eq!(texts[2], "test.secret");
    assert_eq!(texts[3], "ERR_ACCESS_DENIED");
    assert!(texts[4].contains("env:HOME") && texts[4].contains("--allow-env=HOME"), "{}", texts[4]);
    assert_eq!(texts[5], "ERR_ACCESS_DENIED");
    assert!(texts[6].contains("net.connect:127.0.0.1") && texts[6].contains("--allow-net=127.0.0.1"), "{}", texts[6]);
}

#[test]
fn granted_capability_runs() {
    let mut permissions = Permissions::sandbox();
    permissions.grant("test.secret", None);
    let (exit, reports) = run(
        "require('plugin:test').report(require('plugin:test').secret())",
        RuntimeBuilder::new().permissions(permissions),
    );
    assert_eq!(exit, 0);
    assert_eq!(reports, vec![Value::from("s3cret")]);
}

#[test]
fn panicking_pool_op_rejects_and_the_runtime_survives() {
    let code = r#"
        const t = require('plugin:test');
        t.panic().catch((e) => t.report(e.code)).then(() => t.sleep(1)).then(() => t.report('alive'));
    "#;
    let (exit, reports) = run(code, RuntimeBuilder::new());
    assert_eq!(exit, 0);
    assert_eq!(reports, vec![Value::from("ERR_PLUGIN_PANIC"), Value::from("alive")]);
}

#[test]
fn unknown_plugin_is_a_clear_error() {
    let code = "try { require('plugin:nope') } catch (e) { require('plugin:test').report(e.code, e.message) }";
    let (_, reports) = run(code, RuntimeBuilder::new());
    assert_eq!(reports[0], Value::from("ERR_UNKNOWN_PLUGIN"));
    assert!(reports[1].as_str().unwrap().contains("'nope'"));
}

#[test]
fn exit_code_comes_back_to_the_host() {
    let (exit, _) = run("process.exitCode = 9", RuntimeBuilder::new());
    assert_eq!(exit, 9);
}

/// A temporary folder with `granted/data.txt`, `outside.txt` and a symbolic
/// link `granted/escape` pointing at `outside.txt`.
struct Sandbox {
    root: std::path::PathBuf,
}

impl Sandbox {
    fn new(tag: &str) -> Sandbox {
        let root = std::env::temp_dir().join(format!("bistro-sandbox-{tag}-{}", std::process::id()));
        std::fs::create_dir_all(root.join("granted")).unwrap();
        std::fs::write(root.join("granted/data.txt"), "inside").unwrap();
        std::fs::write(root.join("outside.txt"), "outside").unwrap();
        let link = root.join("granted/escape");
        let _ = std::fs::remove_file(&link);
        std::os::unix::fs::symlink(root.join("outside.txt"), &link).unwrap();
        Sandbox { root }
    }

    fn path(&self, rel: &str) -> String {
        self.root.join(rel).to_string_lossy().into_owned()
    }
}

impl Drop for Sandbox {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.root);
    }
}

/// Runs `op(arg)` for each argument and reports the result or error code.
fn outcomes(op: &str, paths: &[String], permissions: Permissions) -> Vec<String> {
    let list = paths.iter().map(|p| format!("{p:?}")).collect::<Vec<_>>().join(", ");
    let code = format!(
        r#"
        const t = require('plugin:test');
        (async () => {{
          for (const p of [{list}]) {{
            try {{ t.report(String(await t.{op}(p))); }} catch (e) {{ t.report(e.code); }}
          }}
        }})();
        "#
    );
    let (_, reports) = run(&code, RuntimeBuilder::new().permissions(permissions));
    reports.iter().map(|v| v.as_str().unwrap_or("?").to_owned()).collect()
}

#[test]
fn reads_are_confined_to_granted_folders_after_resolving_paths() {
    let sb = Sandbox::new("read");
    let mut permissions = Permissions::sandbox();
    permissions.grant("fs.read", Some(vec![sb.path("granted")]));
    let results = outcomes(
        "read",
        &[
            sb.path("granted/data.txt"),
            sb.path("granted/../granted/data.txt"),
            sb.path("granted/../outside.txt"),
            sb.path("granted/escape"),
            sb.path("outside.txt"),
            "/etc/hostname".to_owned(),
        ],
        permissions,
    );
    assert_eq!(
        results,
        vec!["inside", "inside", "ERR_ACCESS_DENIED", "ERR_ACCESS_DENIED", "ERR_ACCESS_DENIED", "ERR_ACCESS_DENIED"]
    );
}

#[test]
fn writes_need_fs_write_not_fs_read() {
    let sb = Sandbox::new("write");
    let mut permissions = Permissions::sandbox();
    permissions.grant("fs.read", None);
    permissions.grant("fs.write", Some(vec![sb.path("granted")]));
    let results = outcomes(
        "write",
        &[sb.path("granted/new.txt"), sb.path("outside.txt"), sb.path("granted/escape")],
        permissions,
    );
    assert_eq!(results, vec!["undefined", "ERR_ACCESS_DENIED", "ERR_ACCESS_DENIED"]);
    assert_eq!(std::fs::read_to_string(sb.path("granted/new.txt")).unwrap(), "written");
    assert_eq!(std::fs::read_to_string(sb.path("outside.txt")).unwrap(), "outside", "a denied write changes nothing");
}

#[test]
fn listening_needs_the_granted_address() {
    let mut permissions = Permissions::sandbox();
    permissions.grant("net.listen", Some(vec!["127.0.0.1".to_owned()]));
    let results =
        outcomes("listen", &["127.0.0.1:0".to_owned(), "localhost:0".to_owned(), "0.0.0.0:0".to_owned()], permissions);
    assert_ne!(results[0], "ERR_ACCESS_DENIED");
    assert_ne!(results[1], "ERR_ACCESS_DENIED");
    assert_eq!(results[2], "ERR_ACCESS_DENIED");
}

#[test]
fn spawning_needs_process_spawn() {
    assert_eq!(outcomes("spawn", &["x".to_owned()], Permissions::sandbox()), vec!["ERR_ACCESS_DENIED"]);
    let mut permissions = Permissions::sandbox();
    permissions.grant("process.spawn", None);
    assert_eq!(outcomes("spawn", &["x".to_owned()], permissions), vec!["true"]);
}

#[test]
fn process_permission_has_answers_from_the_policy() {
    let sb = Sandbox::new("has");
    let mut permissions = Permissions::sandbox();
    permissions.grant("fs.read", Some(vec![sb.path("granted")]));
    permissions.grant("env", Some(vec!["PORT".to_owned()]));
    let code = format!(
        r#"
        const t = require('plugin:test');
        const has = (...a) => t.report(process.permission.has(...a));
        has('fs.read', {granted:?}); has('fs.read', {outside:?}); has('fs.read');
        has('fs', {granted:?}); has('child'); has('env', 'PORT'); has('env', 'HOME');
        try {{ process.permission.has(1); }} catch (e) {{ t.report(e.code); }}
        "#,
        granted = sb.path("granted/data.txt"),
        outside = sb.path("outside.txt"),
    );
    let (_, reports) = run(&code, RuntimeBuilder::new().permissions(permissions));
    let got: Vec<bool> = reports.iter().take(7).map(|v| v.as_bool().unwrap()).collect();
    assert_eq!(got, vec![true, false, false, false, false, true, false]);
    assert_eq!(reports[7], Value::from("ERR_INVALID_ARG_TYPE"));
    let (_, reports) = run("require('plugin:test').report(process.permission.has('child'))", RuntimeBuilder::new());
    assert_eq!(reports, vec![Value::Bool(true)], "unrestricted runs have everything");
}

#[test]
fn process_exit_unwinds_to_the_host_instead_of_ending_it() {
    let code = r#"
        const t = require('plugin:test');
        process.on('exit', (c) => t.report('exit event', c));
        setTimeout(() => t.report('timer must not run'), 0);
        try { process.exit(3); } finally { t.report('finally must not run'); }
        t.report('after exit must not run');
    "#;
    let (exit, reports) = run(code, RuntimeBuilder::new());
    assert_eq!(exit, 3);
    assert_eq!(reports, vec![Value::from("exit event"), Value::Number(3.0)]);
    // The host process is still here and can run another program.
    let (exit, _) = run("process.exitCode = 0", RuntimeBuilder::new());
    assert_eq!(exit, 0);
}

#[test]
fn an_uncaught_error_returns_exit_code_1_to_the_host() {
    let (exit, reports) = run("require('plugin:test').report('before'); null.boom", RuntimeBuilder::new());
    assert_eq!((exit, reports), (1, vec![Value::from("before")]));
}

#[test]
fn large_buffers_reach_ops_without_a_copy() {
    let code = r#"
        const t = require('plugin:test');
        const big = Buffer.alloc(1 << 20, 7);
        const engine = new Uint8Array(16).fill(1);
        t.report(big, big.subarray(16, 32), engine, engine, Buffer.from('pooled'), Buffer.from('pooled'));
        // Detaching the buffer JavaScript-side leaves the op's bytes alive.
        big.buffer.transfer();
        t.report(big.length);
    "#;
    let (exit, reports) = run(code, RuntimeBuilder::new());
    assert_eq!(exit, 0);
    let bytes: Vec<&[u8]> = reports[..4].iter().map(|v| v.as_bytes().expect("bytes")).collect();
    assert_eq!((bytes[0].len(), bytes[1].len()), (1 << 20, 16));
    assert_eq!(bytes[1].as_ptr(), bytes[0].as_ptr().wrapping_add(16), "a view is a window into the same memory");
    assert!(bytes[0].iter().all(|&b| b == 7), "still readable after the detach");
    assert_eq!(bytes[2], bytes[3]);
    assert_ne!(bytes[2].as_ptr(), bytes[3].as_ptr(), "memory QuickJS allocated is copied");
    let pooled: Vec<&[u8]> = reports[4..6].iter().map(|v| v.as_bytes().expect("bytes")).collect();
    assert_eq!(pooled[0], b"pooled");
    assert_eq!(pooled[1].as_ptr(), pooled[0].as_ptr().wrapping_add(8), "Buffers from the pool are windows into it");
    assert_eq!(reports[6], Value::Number(0.0));
}
