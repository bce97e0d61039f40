//! What the integration tests share: a bistro server started from a script
//! under a descriptor limit, with the port it printed.

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

/// A running bistro server, its port, and the folder its script is in
/// (removed with [`Server::stop`]).
pub struct Server {
    pub child: Child,
    pub port: u16,
    dir: PathBuf,
}

impl Server {
    /// Runs `source` (which prints its port first) under the shell's
    /// `ulimit` command `limit` (e.g. `ulimit -n 40`).
    pub fn start(name: &str, source: &str, limit: &str) -> Server {
        let dir = std::env::temp_dir().join(format!("bistro-{name}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let script = dir.join("server.js");
        std::fs::write(&script, source).unwrap();
        let mut child = Command::new("sh")
            .args(["-c", &format!("{limit}; exec \"$0\" \"$1\""), env!("CARGO_BIN_EXE_bistro")])
            .arg(&script)
            .stdout(Stdio::piped())
            .spawn()
            .expect("run bistro");
        let (lines, received) = mpsc::channel();
        let stdout = child.stdout.take().unwrap();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                let _ = lines.send(line);
            }
        });
        let port = received.recv_timeout(Duration::from_secs(10)).expect("the port").parse().unwrap();
        Server { child, port, dir }
    }

    /// Kills the server and removes its folder.
    pub fn stop(mut self) {
        self.child.kill().unwrap();
        self.child.wait().unwrap();
        std::fs::remove_dir_all(&self.dir).unwrap();
    }
}
