//! The example servers in `examples/servers/` run as a user runs them
//! (sandboxed by their `bistro.toml`), and real requests check what they
//! answer: raw HTTP/1.1 from this test, and `curl`.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

/// A running example server and the port it listens on.
struct Server {
    child: Child,
    port: u16,
    lines: std::sync::mpsc::Receiver<String>,
}

impl Server {
    fn start(example: &str) -> Server {
        let path = examples().join(example);
        let mut child = Command::new(env!("CARGO_BIN_EXE_bistro"))
            .arg(&path)
            .env("PORT", "0")
            .stdout(Stdio::piped())
            .spawn()
            .expect("run bistro");
        let (send, lines) = std::sync::mpsc::channel();
        let stdout = child.stdout.take().unwrap();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                let _ = send.send(line);
            }
        });
        let banner = lines.recv_timeout(Duration::from_secs(10)).expect("the server's banner");
        let port = banner.rsplit(':').next().and_then(|p| p.trim_end_matches('/').parse().ok()).expect(&banner);
        Server { child, port, lines }
    }

    /// Sends one request (`Connection: close`): status, headers, body.
    fn request(&self, method: &str, path: &str, body: &[u8]) -> (u16, String, Vec<u8>) {
        let mut stream = TcpStream::connect(("127.0.0.1", self.port)).unwrap();
        stream.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
        let head = format!(
            "{method} {path} HTTP/1.1\r\nHost: example\r\nConnection: close\r\nContent-Length: {}\r\n\r\n",
            body.len()
        );
        stream.write_all(head.as_bytes()).unwrap();
        stream.write_all(body).unwrap();
        let mut reply = Vec::new();
        stream.read_to_end(&mut reply).unwrap();
        split_response(&reply)
    }

    /// The next line the server printed.
    fn line(&self) -> String {
        self.lines.recv_timeout(Duration::from_secs(10)).expect("a line from the server")
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn examples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/servers")
}

/// Status, head text and body of a response with a length or chunked body.
fn split_response(reply: &[u8]) -> (u16, String, Vec<u8>) {
    let end = reply.windows(4).position(|w| w == b"\r\n\r\n").expect("a complete head") + 4;
    let head = String::from_utf8_lossy(&reply[..end]).into_owned();
    let status = head[9..12].parse().expect("a status code");
    let mut body = reply[end..].to_vec();
    if head.to_ascii_lowercase().contains("transfer-encoding: chunked") {
        body = dechunk(&body);
    }
    (status, head, body)
}

fn dechunk(mut bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    loop {
        let line_end = bytes.windows(2).position(|w| w == b"\r\n").expect("a chunk size line");
        let size = usize::from_str_radix(std::str::from_utf8(&bytes[..line_end]).unwrap().trim(), 16).unwrap();
        if size == 0 {
            return out;
        }
        out.extend_from_slice(&bytes[line_end + 2..line_end + 2 + size]);
        bytes = &bytes[line_end + 4 + size..];
    }
}

#[test]
fn the_users_api_lists_users_and_answers_404_elsewhere() {
    let server = Server::start("users-api.js");
    let (status, head, body) = server.request("GET", "/api/users", b"");
    assert_eq!(status, 200);
    assert!(head.contains("Content-Type: application/json\r\n"), "{head}");
    let users = String::from_utf8(body).unwrap();
    assert_eq!(
        users,
        r#"[{"id":1,"name":"John Doe","email":"john@example.com"},{"id":2,"name":"Jane Smith","email":"jane@example.com"}]"#
    );
    for (method, path) in [("GET", "/api/nothing"), ("POST", "/api/users"), ("GET", "/")] {
        let (status, _, body) = server.request(method, path, b"");
        assert_eq!((status, body.as_slice()), (404, br#"{"error":"Not Found"}"#.as_slice()), "{method} {path}");
    }
}

#[test]
fn the_shop_routes_orders_uploads_and_limits_the_rate() {
    let server = Server::start("shop.js");
    let (status, _, body) = server.request("GET", "/api/products", b"");
    assert_eq!(status, 200);
    assert_eq!(String::from_utf8(body).unwrap().matches("\"id\"").count(), 3);
    let (status, _, body) = server.request("GET", "/api/products/2", b"");
    assert_eq!(
        (status, String::from_utf8(body).unwrap().as_str()),
        (200, r#"{"id":2,"name":"Phone","price":599.99,"stock":25}"#)
    );
    assert_eq!(server.request("GET", "/api/products/9", b"").0, 404);
    let (status, _, body) = server.request("POST", "/api/orders", br#"{"productId":2,"quantity":2}"#);
    assert_eq!(
        (status, String::from_utf8(body).unwrap().as_str()),
        (201, r#"{"product":"Phone","quantity":2,"total":1199.98}"#)
    );
    assert_eq!(server.request("POST", "/api/orders", b"{not json").0, 400);
    let (status, _, body) = server.request("POST", "/api/orders", br#"{"productId":1,"quantity":11}"#);
    assert_eq!(
        (status, String::from_utf8(body).unwrap().as_str()),
        (409, r#"{"error":"Not enough stock","available":10}"#)
    );
    assert_eq!(server.request("POST", "/api/upload/..%2Fescape", b"x").0, 400);

    let name = format!("upload-{}.bin", std::process::id());
    let payload: Vec<u8> = (0..3 << 20).map(|i: u32| (i % 251) as u8).collect();
    let (status, _, body) = server.request("POST", &format!("/api/upload/{name}"), &payload);
    assert_eq!(
        (status, String::from_utf8(body).unwrap()),
        (201, format!(r#"{{"file":"{name}","bytes":{}}}"#, payload.len()))
    );
    let stored = examples().join("uploads").join(&name);
    assert_eq!(std::fs::read(&stored).unwrap(), payload);
    std::fs::remove_file(stored).unwrap();

    // 8 requests so far; the 100th in the minute passes, the 101st is refused.
    for _ in 9..=100 {
        assert_eq!(server.request("GET", "/api/products/1", b"").0, 200);
    }
    let (status, head, body) = server.request("GET", "/api/products", b"");
    assert_eq!((status, body.as_slice()), (429, br#"{"error":"Too many requests"}"#.as_slice()));
    assert!(head.contains("Retry-After: 60\r\n"), "{head}");
}

#[test]
fn the_monitor_times_every_request() {
    let server = Server::start("monitored.js");
    assert_eq!(server.request("GET", "/", b"").2, b"fast");
    assert_eq!(server.request("GET", "/slow", b"").2, b"slow done");
    for expected in ["GET / 200 ", "GET /slow 200 "] {
        let line = server.line();
        let ms: f64 = line.strip_prefix(expected).and_then(|r| r.strip_suffix("ms")).expect(&line).parse().unwrap();
        assert!(ms >= 0.0, "{line}");
        if expected.contains("slow") {
            assert!(ms >= 45.0, "the slow route waits 50 ms: {line}");
        }
    }
    let (_, _, stats) = server.request("GET", "/stats", b"");
    assert!(String::from_utf8(stats).unwrap().starts_with(r#"{"requests":2,"avgMs":"#));
}

#[test]
fn curl_talks_to_the_users_api() {
    let server = Server::start("users-api.js");
    let url = format!("http://127.0.0.1:{}/api/users", server.port);
    let output =
        Command::new("curl").args(["-s", "-i", "--http1.1", &url]).output().expect("curl (apt-get install curl)");
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(text.starts_with("HTTP/1.1 200 OK\r\n"), "{text}");
    assert!(text.contains("\r\nConnection: keep-alive\r\n"), "{text}");
    assert!(text.ends_with(r#"{"id":2,"name":"Jane Smith","email":"jane@example.com"}]"#), "{text}");
    let missing = format!("http://127.0.0.1:{}/missing", server.port);
    let output = Command::new("curl").args(["-s", "-o", "/dev/null", "-w", "%{http_code}", &missing]).output().unwrap();
    assert_eq!(output.stdout, b"404");
}

#[test]
fn curl_posts_json_and_uploads_to_the_shop() {
    let server = Server::start("shop.js");
    let base = format!("http://127.0.0.1:{}", server.port);
    let output = Command::new("curl")
        .args(["-s", "-H", "Content-Type: application/json", "--data", r#"{"productId":3,"quantity":1}"#])
        .arg(format!("{base}/api/orders"))
        .output()
        .expect("curl");
    assert_eq!(String::from_utf8(output.stdout).unwrap(), r#"{"product":"Headphones","quantity":1,"total":149.99}"#);
    // A chunked upload of a file curl reads from stdin.
    let name = format!("curl-{}.txt", std::process::id());
    let mut curl = Command::new("curl")
        .args(["-s", "-H", "Transfer-Encoding: chunked", "--data-binary", "@-"])
        .arg(format!("{base}/api/upload/{name}"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let text = "line of an uploaded file\n".repeat(40_000);
    curl.stdin.take().unwrap().write_all(text.as_bytes()).unwrap();
    let output = curl.wait_with_output().unwrap();
    assert_eq!(String::from_utf8(output.stdout).unwrap(), format!(r#"{{"file":"{name}","bytes":{}}}"#, text.len()));
    let stored = examples().join("uploads").join(&name);
    assert_eq!(std::fs::read_to_string(&stored).unwrap(), text);
    std::fs::remove_file(stored).unwrap();
}
