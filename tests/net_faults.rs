//! Network faults no compat program can stage: a server that runs out of
//! file descriptors refuses the waiting connections (their clients see the
//! connection closed; as in Node, no error is reported since the spare
//! descriptor did its job) and serves again once descriptors are free.

mod support;

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;

const SERVER: &str = r#"
const net = require('net');
let errors = 0;
const server = net.createServer((socket) => {
  socket.on('data', (d) => { if (String(d) === 'ping') socket.end(`pong after ${errors} accept errors`); });
  socket.on('error', () => {});
});
server.on('error', () => errors++);
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
"#;

#[test]
fn a_server_out_of_descriptors_refuses_and_recovers() {
    let server = support::Server::start("net-faults", SERVER, "ulimit -n 40");
    let port = server.port;
    let wait = Duration::from_secs(10);
    let crowd: Vec<TcpStream> = (0..60).filter_map(|_| TcpStream::connect(("127.0.0.1", port)).ok()).collect();
    std::thread::sleep(Duration::from_millis(500));
    let refused = crowd.iter().filter(|client| closed_by_peer(client)).count();
    assert!(refused > 0, "some of the crowd found no descriptor and were refused");
    assert!(refused < crowd.len(), "the server kept the connections it had room for");
    drop(crowd);
    std::thread::sleep(Duration::from_millis(500));
    let mut client = TcpStream::connect(("127.0.0.1", port)).unwrap();
    client.set_read_timeout(Some(wait)).unwrap();
    client.write_all(b"ping").unwrap();
    let mut reply = String::new();
    client.read_to_string(&mut reply).unwrap();
    assert_eq!(reply, "pong after 0 accept errors", "the server serves again once descriptors are free");
    server.stop();
}

/// Whether the server closed this connection (end of file or a reset),
/// not merely left it waiting.
fn closed_by_peer(client: &TcpStream) -> bool {
    client.set_read_timeout(Some(Duration::from_millis(50))).unwrap();
    let mut byte = [0u8; 1];
    match (&*client).read(&mut byte) {
        Ok(0) => true,
        Ok(_) => false,
        Err(error) => error.kind() == std::io::ErrorKind::ConnectionReset,
    }
}
