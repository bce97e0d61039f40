//! A server that held thousands of connections gives their memory back
//! once they close and it goes quiet (the JS host's memory reducer: a
//! collection, then malloc's free pages returned to the system).

mod support;

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

const SERVER: &str = r#"
const http = require('http');
const server = http.createServer((req, res) => res.end('ok'));
server.keepAliveTimeout = 0;
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
"#;

const CONNECTIONS: usize = 3000;

/// The resident set of process `pid`, in KiB.
fn rss_kib(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).expect("the server's status");
    let line = status.lines().find(|line| line.starts_with("VmRSS:")).expect("a VmRSS line");
    line.split_whitespace().nth(1).unwrap().parse().unwrap()
}

#[test]
fn memory_held_by_closed_connections_returns() {
    let server =
        support::Server::start("memory-return", SERVER, "ulimit -n 8192 2>/dev/null || ulimit -n \"$(ulimit -Hn)\"");
    let (port, pid) = (server.port, server.child.id());
    std::thread::sleep(Duration::from_millis(300));
    let quiet = rss_kib(pid);

    raise_descriptor_limit(CONNECTIONS as u64 + 256);
    let mut clients = Vec::with_capacity(CONNECTIONS);
    for _ in 0..CONNECTIONS {
        let mut client = TcpStream::connect(("127.0.0.1", port)).expect("connect");
        client.write_all(b"GET / HTTP/1.1\r\nHost: test\r\n\r\n").unwrap();
        clients.push(client);
    }
    for client in &mut clients {
        client.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
        let mut reply = [0u8; 512];
        let read = client.read(&mut reply).unwrap();
        assert!(reply[..read].starts_with(b"HTTP/1.1 200 OK"), "every connection was served");
    }
    let holding = rss_kib(pid);
    assert!(holding > quiet + 8 * 1024, "{CONNECTIONS} open connections take memory ({quiet} KiB → {holding} KiB)");
    drop(clients);

    // Half of what the connections took must come back within seconds.
    let target = quiet + (holding - quiet) / 2;
    let deadline = Instant::now() + Duration::from_secs(15);
    let mut now_kib = rss_kib(pid);
    while now_kib > target && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(200));
        now_kib = rss_kib(pid);
    }
    server.stop();
    assert!(
        now_kib <= target,
        "memory returned after the closes: quiet {quiet} KiB, holding {holding} KiB, after {now_kib} KiB"
    );
}

/// Lets this process open `wanted` descriptors (up to its hard limit).
fn raise_descriptor_limit(wanted: u64) {
    let mut limit = libc::rlimit { rlim_cur: 0, rlim_max: 0 };
    // SAFETY: getrlimit and setrlimit only read and write `limit`.
    unsafe {
        libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit);
        if limit.rlim_cur < wanted {
            limit.rlim_cur = wanted.min(limit.rlim_max);
            libc::setrlimit(libc::RLIMIT_NOFILE, &limit);
        }
    }
}
