//! `bistro --watch`: whole sessions of edits against a real supervisor,
//! child processes and inotify, compared line for line with what Node 26
//! printed for the same session (`tests/watch/*.stdout`). Set
//! `WATCH_ORACLE=/path/to/node` to print a session run by that binary
//! instead, to record it again.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{channel, Receiver};
use std::time::Duration;

/// A running `--watch` command and the lines it has printed so far.
struct Session {
    child: Child,
    lines: Receiver<String>,
    seen: Vec<String>,
    dir: PathBuf,
}

impl Session {
    fn start(dir: &Path, args: &[&str]) -> Session {
        let binary = std::env::var("WATCH_ORACLE").unwrap_or_else(|_| env!("CARGO_BIN_EXE_bistro").to_owned());
        let mut child = Command::new(binary)
            .args(args)
            .current_dir(dir)
            .env_remove("NODE_OPTIONS")
            .env_remove("FORCE_COLOR")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start the watch command");
        let (send, lines) = channel();
        for stream in [
            Box::new(child.stdout.take().unwrap()) as Box<dyn std::io::Read + Send>,
            Box::new(child.stderr.take().unwrap()),
        ] {
            let send = send.clone();
            std::thread::spawn(move || {
                for line in BufReader::new(stream).lines().map_while(Result::ok) {
                    if send.send(line).is_err() {
                        break;
                    }
                }
            });
        }
        Session { child, lines, seen: Vec::new(), dir: dir.to_path_buf() }
    }

    /// Waits (up to 20 s) for a line starting with `prefix`.
    fn wait_for(&mut self, prefix: &str) {
        loop {
            match self.lines.recv_timeout(Duration::from_secs(20)) {
                Ok(line) => {
                    let done = line.starts_with(prefix);
                    self.seen.push(line);
                    if done {
                        return;
                    }
                }
                Err(_) => panic!("no line starting with {prefix:?}; so far:\n{}", self.seen.join("\n")),
            }
        }
    }

    fn write(&self, name: &str, text: &str) {
        std::fs::write(self.dir.join(name), text).unwrap();
    }

    /// Sends SIGTERM, waits for the exit code and every line left, and
    /// returns the stdout lines (the `pid` lines and error output, which
    /// the programs print to stderr, left out) with the folder as `$DIR`.
    fn finish(mut self) -> (String, i32, Vec<u32>) {
        // SAFETY: kill only sends a signal to the process we started.
        unsafe { libc::kill(self.child.id() as i32, libc::SIGTERM) };
        let status = self.child.wait().unwrap();
        while let Ok(line) = self.lines.recv_timeout(Duration::from_millis(500)) {
            self.seen.push(line);
        }
        let dir = self.dir.to_string_lossy().into_owned();
        let pids = self.seen.iter().filter_map(|l| l.strip_prefix("pid ")).map(|p| p.parse().unwrap()).collect();
        let stdout: String =
            self.seen.iter().filter(|l| is_stdout_line(l)).map(|l| format!("{}\n", l.replace(&dir, "$DIR"))).collect();
        (stdout, status.code().unwrap_or(-1), pids)
    }
}

/// The lines the sessions' programs and the supervisor print to stdout.
fn is_stdout_line(line: &str) -> bool {
    [
        "run ",
        "serving ",
        "Completed running",
        "Failed running",
        "Change detected",
        "Restarting",
        "Waiting",
        "Gracefully",
    ]
    .iter()
    .any(|p| line.starts_with(p))
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("bistro-watch-{name}-{}", std::process::id()));
    std::fs::remove_dir_all(&dir).ok();
    std::fs::create_dir_all(&dir).unwrap();
    // Symbolic links resolved, as the programs see their own paths.
    dir.canonicalize().unwrap()
}

fn check(session: Session, expected_file: &str) {
    let oracle = std::env::var("WATCH_ORACLE").is_ok();
    let (stdout, code, pids) = session.finish();
    let transcript = format!("{stdout}exit code {code}\n");
    if oracle {
        println!("{transcript}");
        return;
    }
    let expected =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/watch").join(expected_file)).unwrap();
    assert_eq!(transcript, expected);
    assert!(!pids.is_empty(), "the programs print their pids");
    for pid in pids {
        assert!(!Path::new(&format!("/proc/{pid}")).exists(), "child {pid} outlived the command");
    }
}

#[test]
fn restarts_on_changes_to_loaded_files_and_survives_failures() {
    let dir = temp_dir("modules");
    let program =
        "console.error('pid', process.pid); console.log('run', require('./dep.js'), process.argv.slice(2).join());\n";
    std::fs::write(dir.join("app.js"), program).unwrap();
    std::fs::write(dir.join("dep.js"), "module.exports = 1;\n").unwrap();
    std::fs::write(dir.join("unrelated.txt"), "x\n").unwrap();
    let mut session = Session::start(&dir, &["--watch", "app.js", "a", "b"]);
    session.wait_for("Completed running");
    session.write("dep.js", "module.exports = 2;\n");
    session.wait_for("Completed running");
    session.write("app.js", "throw new Error('broken');\n");
    session.wait_for("Failed running");
    // A failed program is still watched; the next one serves until stopped.
    let server = "console.error('pid', process.pid); setInterval(() => {}, 1000); console.log('serving', require('./dep.js'));\n";
    session.write("app.js", server);
    session.wait_for("serving");
    // A file the program never loaded changes nothing.
    session.write("unrelated.txt", "y\n");
    std::thread::sleep(Duration::from_millis(600));
    session.write("dep.js", "module.exports = 3;\n");
    session.wait_for("serving 3");
    check(session, "modules.stdout");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn watch_path_restarts_on_anything_below_it() {
    let dir = temp_dir("paths");
    std::fs::create_dir_all(dir.join("assets/css")).unwrap();
    let program =
        "console.error('pid', process.pid); console.log('run', require('fs').readdirSync('assets/css').length);\n";
    std::fs::write(dir.join("main.js"), program).unwrap();
    let mut session = Session::start(&dir, &["--watch-path=assets", "--watch-preserve-output", "main.js"]);
    session.wait_for("Completed running");
    session.write("assets/css/site.css", "body {}\n");
    session.wait_for("Completed running");
    check(session, "paths.stdout");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn watch_needs_a_file() {
    let bistro = env!("CARGO_BIN_EXE_bistro");
    let out = Command::new(bistro).args(["--watch", "-e", "1"]).output().unwrap();
    assert_eq!(out.status.code(), Some(9));
    assert_eq!(String::from_utf8_lossy(&out.stderr), "bistro: either --watch or --eval can be used, not both\n");
    let out = Command::new(bistro).arg("--watch").stdin(Stdio::piped()).output().unwrap();
    assert_eq!(out.status.code(), Some(9));
    assert_eq!(String::from_utf8_lossy(&out.stderr), "bistro: --watch requires specifying a file\n");
    let out = Command::new(bistro).args(["--watch", "--watch-kill-signal=SIGFOO", "app.js"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("TypeError [ERR_UNKNOWN_SIGNAL]: Unknown signal: SIGFOO"));
}
