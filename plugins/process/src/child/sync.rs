//! `spawnSync`: start a child, feed it its input, collect its output and
//! wait for it, all on the loop thread with poll(2) (Node's
//! SyncProcessRunner). The output limit counts every pipe together; when
//! it or the timeout is passed the child gets the kill signal, its pipes
//! are closed, and the error is ENOBUFS or ETIMEDOUT.

use std::os::fd::{AsRawFd, OwnedFd, RawFd};
use std::time::{Duration, Instant};

use bistro_sdk::{OpError, Value};

use super::command::SpawnOptions;
use super::fds;

/// Without a pidfd the exit is looked for this often.
const EXIT_POLL: Duration = Duration::from_millis(10);

/// One stdio slot's parent end (open while there is something to read or
/// to write) and, for the child's output slots, what it wrote.
struct SyncPipe {
    fd: Option<OwnedFd>,
    output: Option<Vec<u8>>,
}

/// Runs `spawnSync` with the op's options map; `input`, `timeout` (ms, 0:
/// none), `maxBuffer` (bytes, 0 or Infinity: none) and `killSignal` are
/// read from it too. Returns `{ pid, status, signal, output, error }`,
/// with `error` a negative errno when the run failed.
pub(crate) fn spawn_sync(options: &Value, pipe_fd: impl Fn(u32) -> Option<RawFd>) -> Result<Value, OpError> {
    let spawn = SpawnOptions::from_value(options, pipe_fd)?;
    let number = |key: &str| options.get(key).and_then(Value::as_f64).unwrap_or(0.0);
    let timeout = number("timeout");
    let deadline = (timeout > 0.0).then(|| Instant::now() + Duration::from_millis(timeout as u64));
    let max_buffer = number("maxBuffer");
    let kill_signal = number("killSignal") as i32;
    let mut input = options.get("input").and_then(Value::as_bytes).unwrap_or_default();

    let launched = match spawn.launch() {
        Ok(launched) => launched,
        Err(error) => {
            return Ok(Value::Map(vec![
                ("pid".into(), Value::Number(0.0)),
                ("status".into(), Value::Null),
                ("signal".into(), Value::Null),
                ("output".into(), Value::Null),
                ("error".into(), Value::Number(fds::negative_errno(&error))),
            ]))
        }
    };
    let mut child = launched.child;
    let pid = child.id();
    let mut pipes: Vec<SyncPipe> = launched
        .pipes
        .into_iter()
        .enumerate()
        .map(|(index, fd)| {
            let readable = fd.is_some() && index > 0;
            let fd = fd.filter(|_| readable || !input.is_empty());
            SyncPipe { fd, output: readable.then(Vec::new) }
        })
        .collect();
    let pidfd = fds::pidfd_open(pid);
    let mut error: Option<i32> = None;
    let mut status = None;
    let mut buffered = 0usize;

    loop {
        if status.is_none() {
            status = child.try_wait().ok().flatten();
        }
        if status.is_some() && pipes.iter().all(|p| p.fd.is_none()) {
            break;
        }
        let now = Instant::now();
        if error.is_none() && deadline.is_some_and(|d| now >= d) {
            error = Some(libc::ETIMEDOUT);
        }
        if error.is_some() {
            if status.is_none() && fds::send_signal(pid as i32, kill_signal) != 0.0 {
                fds::send_signal(pid as i32, libc::SIGKILL);
            }
            pipes.iter_mut().for_each(|pipe| pipe.fd = None);
            break;
        }
        let mut polled: Vec<libc::pollfd> = Vec::new();
        let mut owners: Vec<usize> = Vec::new();
        for (index, pipe) in pipes.iter().enumerate() {
            let Some(fd) = &pipe.fd else { continue };
            let events = if pipe.output.is_some() { libc::POLLIN } else { libc::POLLOUT };
            polled.push(libc::pollfd { fd: fd.as_raw_fd(), events, revents: 0 });
            owners.push(index);
        }
        let exit_slot = polled.len();
        if let (Some(pidfd), None) = (&pidfd, status) {
            polled.push(libc::pollfd { fd: pidfd.as_raw_fd(), events: libc::POLLIN, revents: 0 });
        }
        let mut wait = deadline.map(|d| d.saturating_duration_since(now));
        if pidfd.is_none() && status.is_none() {
            wait = Some(wait.map_or(EXIT_POLL, |w| w.min(EXIT_POLL)));
        }
        let wait_ms = wait.map_or(-1, |w| w.as_nanos().div_ceil(1_000_000).min(i32::MAX as u128) as i32);
        // SAFETY: `polled` is a valid array of pollfd for its length.
        if unsafe { libc::poll(polled.as_mut_ptr(), polled.len() as libc::nfds_t, wait_ms) } < 0 {
            let failure = std::io::Error::last_os_error();
            if failure.kind() != std::io::ErrorKind::Interrupted {
                error = failure.raw_os_error();
            }
            continue;
        }
        for (slot, entry) in polled.iter().enumerate().take(exit_slot) {
            if entry.revents == 0 {
                continue;
            }
            let pipe = &mut pipes[owners[slot]];
            let raw = entry.fd;
            if let Some(output) = &mut pipe.output {
                match fds::read_onto(raw, output) {
                    Ok(0) => pipe.fd = None,
                    Ok(read) => {
                        buffered += read;
                        if max_buffer > 0.0 && buffered as f64 > max_buffer {
                            error = Some(libc::ENOBUFS);
                        }
                    }
                    Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {}
                    Err(_) => pipe.fd = None,
                }
            } else {
                match fds::write_some(raw, input) {
                    Ok(n) => input = &input[n..],
                    Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {}
                    Err(_) => input = &[],
                }
                if input.is_empty() {
                    pipe.fd = None;
                }
            }
        }
    }
    let status = match status {
        Some(status) => status,
        None => child.wait().map_err(|e| OpError::new("ESYS", e.to_string()))?,
    };
    // Small outputs give back the read-ahead room (a large one keeps it:
    // shrinking would copy it).
    let finish = |mut output: Vec<u8>| {
        if output.len() < fds::MAX_CHUNK {
            output.shrink_to_fit();
        }
        Value::from(output)
    };
    let output = pipes.into_iter().map(|pipe| pipe.output.map_or(Value::Null, finish)).collect();
    let (code, signal) = fds::exit_parts(status);
    Ok(Value::Map(vec![
        ("pid".into(), Value::Number(f64::from(pid))),
        ("status".into(), code),
        ("signal".into(), signal),
        ("output".into(), Value::List(output)),
        ("error".into(), error.map_or(Value::Undefined, |e| Value::Number(-f64::from(e)))),
    ]))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(args: &[&str], extra: Vec<(&str, Value)>) -> Value {
        let mut options = vec![
            ("file".to_owned(), Value::from(args[0])),
            ("args".to_owned(), Value::List(args.iter().map(|a| Value::from(*a)).collect())),
            ("envPairs".to_owned(), Value::List(vec![Value::from("PATH=/usr/bin:/bin")])),
            ("stdio".to_owned(), Value::List(vec![Value::from("pipe"), Value::from("pipe"), Value::from("pipe")])),
        ];
        options.extend(extra.into_iter().map(|(k, v)| (k.to_owned(), v)));
        spawn_sync(&Value::Map(options), |_| None).expect("spawn_sync runs")
    }

    fn output(result: &Value, slot: usize) -> Vec<u8> {
        match result.get("output") {
            Some(Value::List(items)) => items[slot].as_bytes().unwrap_or_default().to_vec(),
            _ => Vec::new(),
        }
    }

    #[test]
    fn status_output_and_input() {
        let result = run(&["sh", "-c", "cat; echo err >&2; exit 3"], vec![("input", Value::from(b"fed".to_vec()))]);
        assert_eq!(result.get("status"), Some(&Value::Number(3.0)));
        assert_eq!(result.get("signal"), Some(&Value::Null));
        assert_eq!(output(&result, 1), b"fed");
        assert_eq!(output(&result, 2), b"err\n");
        assert_eq!(result.get("error"), Some(&Value::Undefined));
    }

    #[test]
    fn the_timeout_sends_the_kill_signal() {
        let started = Instant::now();
        let result = run(
            &["sleep", "10"],
            vec![("timeout", Value::Number(50.0)), ("killSignal", Value::Number(f64::from(libc::SIGKILL)))],
        );
        assert!(started.elapsed() < Duration::from_secs(5));
        assert_eq!(result.get("error"), Some(&Value::Number(-f64::from(libc::ETIMEDOUT))));
        assert_eq!(result.get("signal"), Some(&Value::Number(f64::from(libc::SIGKILL))));
    }

    #[test]
    fn output_past_max_buffer_is_enobufs() {
        let result = run(
            &["sh", "-c", "head -c 100000 /dev/zero"],
            vec![("maxBuffer", Value::Number(10.0)), ("killSignal", Value::Number(f64::from(libc::SIGTERM)))],
        );
        assert_eq!(result.get("error"), Some(&Value::Number(-f64::from(libc::ENOBUFS))));
        assert!(output(&result, 1).len() > 10);
    }

    #[test]
    fn a_missing_command_is_enoent() {
        let result = run(&["no-such-command-anywhere"], Vec::new());
        assert_eq!(result.get("error"), Some(&Value::Number(-f64::from(libc::ENOENT))));
        assert_eq!(result.get("pid"), Some(&Value::Number(0.0)));
        assert_eq!(result.get("output"), Some(&Value::Null));
    }
}
