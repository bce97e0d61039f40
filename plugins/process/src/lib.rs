//! # bistro-process
//!
//! The Rust half of `process`: environment variables (each read checked
//! against the `env` capability), changing directory, ids, the clock.
//! (Reading the working directory is the script host's own native: module
//! resolution needs it in every build.) `os` holds the ops of `node:os`.

mod os;

use std::sync::OnceLock;
use std::time::Instant;

use bistro_sdk::{Capability, OpDecl, OpError, Plugin, Value};

/// The process plugin.
pub struct ProcessPlugin;

fn start_instant() -> Instant {
    static START: OnceLock<Instant> = OnceLock::new();
    *START.get_or_init(Instant::now)
}

fn string_arg(args: &[Value], index: usize, what: &str) -> Result<String, OpError> {
    args.get(index)
        .and_then(Value::as_str)
        .map(str::to_owned)
        .ok_or_else(|| OpError::type_error(format!("The \"{what}\" argument must be of type string")))
}

/// A Node system error for a failed `syscall` from `path` to `dest`.
fn io_error(error: &std::io::Error, syscall: &str, path: &str, dest: &str) -> OpError {
    let (code, text) = match error.kind() {
        std::io::ErrorKind::NotFound => ("ENOENT", "no such file or directory"),
        std::io::ErrorKind::PermissionDenied => ("EACCES", "permission denied"),
        _ if error.raw_os_error() == Some(20) => ("ENOTDIR", "not a directory"),
        _ => ("EIO", "i/o error"),
    };
    OpError::new(code, format!("{code}: {text}, {syscall} '{path}' -> '{dest}'"))
        .with_prop("errno", -(error.raw_os_error().unwrap_or(5) as f64))
        .with_prop("syscall", syscall)
        .with_prop("path", path)
        .with_prop("dest", dest)
}

/// Resident set size in bytes, from /proc (0 where unavailable).
fn resident_bytes() -> f64 {
    let pages = std::fs::read_to_string("/proc/self/statm")
        .ok()
        .and_then(|s| s.split_whitespace().nth(1).and_then(|p| p.parse::<f64>().ok()))
        .unwrap_or(0.0);
    pages * 4096.0
}

impl Plugin for ProcessPlugin {
    fn name(&self) -> &str {
        "process"
    }

    fn ops(&self) -> Vec<OpDecl> {
        start_instant();
        vec![
            OpDecl::sync("env_get", Capability::scoped("env", 0), |_, args| {
                Ok(std::env::var(string_arg(&args, 0, "name")?).ok().into())
            }),
            OpDecl::sync("env_set", Capability::scoped("env", 0), |_, args| {
                let name = string_arg(&args, 0, "name")?;
                let value = string_arg(&args, 1, "value")?;
                if name.is_empty() || name.contains(['=', '\0']) || value.contains('\0') {
                    return Err(OpError::new(
                        "ERR_INVALID_ARG_VALUE",
                        format!("invalid environment variable {name:?}"),
                    ));
                }
                // SAFETY: the loop thread is the only one that reads or
                // writes the environment; pool jobs never touch it.
                unsafe { std::env::set_var(name, value) };
                Ok(Value::Undefined)
            }),
            OpDecl::sync("env_delete", Capability::scoped("env", 0), |_, args| {
                let name = string_arg(&args, 0, "name")?;
                if !name.is_empty() && !name.contains(['=', '\0']) {
                    // SAFETY: as for env_set.
                    unsafe { std::env::remove_var(name) };
                }
                Ok(Value::Undefined)
            }),
            OpDecl::sync("env_keys", Capability::named("env"), |_, _| {
                Ok(Value::List(
                    std::env::vars_os().map(|(k, _)| Value::from(k.to_string_lossy().into_owned())).collect(),
                ))
            }),
            OpDecl::sync("chdir", Capability::scoped("fs.read", 0), |_, args| {
                let dir = string_arg(&args, 0, "directory")?;
                let from = std::env::current_dir().map(|p| p.to_string_lossy().into_owned()).unwrap_or_default();
                std::env::set_current_dir(&dir).map_err(|e| io_error(&e, "chdir", &from, &dir))?;
                Ok(Value::Undefined)
            }),
            OpDecl::sync("pid", Capability::none(), |_, _| Ok(Value::Number(std::process::id() as f64))),
            OpDecl::sync("ppid", Capability::none(), |_, _| Ok(Value::Number(parent_pid()))),
            OpDecl::sync("hrtime", Capability::none(), |_, _| {
                let elapsed = start_instant().elapsed();
                Ok(Value::List(vec![
                    Value::Number(elapsed.as_secs() as f64),
                    Value::Number(elapsed.subsec_nanos() as f64),
                ]))
            }),
            OpDecl::sync("rss", Capability::none(), |_, _| Ok(Value::Number(resident_bytes()))),
            OpDecl::sync("cpu_usage", Capability::none(), |_, _| {
                let (user, system) = cpu_micros();
                Ok(Value::List(vec![Value::Number(user), Value::Number(system)]))
            }),
        ]
        .into_iter()
        .chain(os::ops())
        .collect()
    }
}

/// User and system CPU time of this process in microseconds (getrusage).
fn cpu_micros() -> (f64, f64) {
    // SAFETY: getrusage fills the zeroed struct it is given.
    let usage = unsafe {
        let mut usage: libc::rusage = std::mem::zeroed();
        if libc::getrusage(libc::RUSAGE_SELF, &mut usage) != 0 {
            return (0.0, 0.0);
        }
        usage
    };
    let micros = |t: libc::timeval| t.tv_sec as f64 * 1e6 + t.tv_usec as f64;
    (micros(usage.ru_utime), micros(usage.ru_stime))
}

/// The parent process id, from /proc (0 where unavailable).
fn parent_pid() -> f64 {
    std::fs::read_to_string("/proc/self/stat")
        .ok()
        .and_then(|s| s.rsplit(')').next().and_then(|rest| rest.split_whitespace().nth(1)?.parse().ok()))
        .unwrap_or(0.0)
}
