//! # bistro-process
//!
//! The Rust half of `process`: environment variables (each read checked
//! against the `env` capability), changing directory, ids, the clock.
//! (Reading the working directory is the script host's own native: module
//! resolution needs it in every build.) `os` holds the ops of `node:os`,
//! `credentials` the user and group ids, `resources` resource usage, memory
//! limits and the umask, `signals` signal listeners, `child` the ops of
//! `node:child_process` (and `process.kill`).

mod child;
mod credentials;
pub mod env_file;
mod os;
mod resources;
mod signals;

use std::sync::OnceLock;
use std::time::Instant;

use bistro_sdk::{Args, Capability, OpDecl, OpError, Plugin, Value};

/// The process plugin.
pub struct ProcessPlugin;

fn start_instant() -> Instant {
    static START: OnceLock<Instant> = OnceLock::new();
    *START.get_or_init(Instant::now)
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

    fn modules(&self) -> &'static [&'static str] {
        &["child_process", "os"]
    }

    fn ops(&self) -> Vec<OpDecl> {
        start_instant();
        vec![
            OpDecl::sync("env_get", Capability::scoped("env", 0), |_, args| {
                Ok(std::env::var(args.str(0)?).ok().into())
            }),
            OpDecl::sync("env_set", Capability::scoped("env", 0), |_, args| {
                let name = args.str(0)?;
                let value = args.str(1)?;
                if name.is_empty() || name.contains(['=', '\0']) || value.contains('\0') {
                    return Err(OpError::new(
                        "ERR_INVALID_ARG_VALUE",
                        format!("invalid environment variable {name:?}"),
                    ));
                }
                // SAFETY: the loop thread is the only one that reads or
                // writes the environment; pool jobs never touch it.
                unsafe { std::env::set_var(&name, value) };
                env_changed(&name);
                Ok(Value::Undefined)
            }),
            OpDecl::sync("env_delete", Capability::scoped("env", 0), |_, args| {
                let name = args.str(0)?;
                if !name.is_empty() && !name.contains(['=', '\0']) {
                    // SAFETY: as for env_set.
                    unsafe { std::env::remove_var(&name) };
                    env_changed(&name);
                }
                Ok(Value::Undefined)
            }),
            OpDecl::sync("parse_env", Capability::none(), |_, args| {
                let text = args.str(0)?;
                let pairs = env_file::parse(&text).into_iter();
                Ok(Value::List(pairs.map(|(k, v)| Value::List(vec![Value::from(k), Value::from(v)])).collect()))
            }),
            OpDecl::sync("env_keys", Capability::named("env"), |_, _| {
                Ok(Value::List(
                    std::env::vars_os().map(|(k, _)| Value::from(k.to_string_lossy().into_owned())).collect(),
                ))
            }),
            OpDecl::sync("chdir", Capability::scoped("fs.read", 0), |_, args| {
                let dir = args.str(0)?;
                let from = std::env::current_dir().map(|p| p.to_string_lossy().into_owned()).unwrap_or_default();
                std::env::set_current_dir(dir)
                    .map_err(|e| OpError::system(&e, "chdir").with_prop("path", from).with_prop("dest", dir))?;
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
            OpDecl::sync("strerror", Capability::none(), |_, args| {
                let errno = match args.first() {
                    Some(Value::Number(n)) => *n as i32,
                    _ => 0,
                };
                Ok(Value::from(strerror(errno)))
            }),
            OpDecl::sync("execve", Capability::named("process.spawn"), |_, args| Ok(execve(&args))),
            OpDecl::sync("abort", Capability::none(), |_, _| std::process::abort()),
        ]
        .into_iter()
        .chain(os::ops())
        .chain(credentials::ops())
        .chain(resources::ops())
        .chain(signals::ops())
        .chain(child::ops())
        .collect()
    }
}

/// Tells libc that an environment variable changed: a new `TZ` takes effect
/// for local dates at once, as in Node.
fn env_changed(name: &str) {
    if name == "TZ" {
        unsafe extern "C" {
            fn tzset();
        }
        // SAFETY: tzset only re-reads TZ; the loop thread owns the environment.
        unsafe { tzset() };
    }
}

/// The C library's text for `errno` ("Operation not permitted").
fn strerror(errno: i32) -> String {
    // SAFETY: strerror returns a NUL-terminated string that stays valid
    // until the next call on this thread; it is copied at once.
    unsafe { std::ffi::CStr::from_ptr(libc::strerror(errno)) }.to_string_lossy().into_owned()
}

/// Replaces the process with `path` run with `args` and `env` ("KEY=value"
/// strings). Only returns on failure: the negative errno.
fn execve(args: &[Value]) -> Value {
    let strings = |value: Option<&Value>| -> Vec<std::ffi::CString> {
        match value {
            Some(Value::List(items)) => {
                items.iter().filter_map(|v| v.as_str().and_then(|s| std::ffi::CString::new(s).ok())).collect()
            }
            _ => Vec::new(),
        }
    };
    let Some(path) = args.first().and_then(Value::as_str).and_then(|p| std::ffi::CString::new(p).ok()) else {
        return Value::Number(-f64::from(libc::EINVAL));
    };
    let argv = strings(args.get(1));
    let envp = strings(args.get(2));
    let mut argv_ptrs: Vec<*const libc::c_char> = argv.iter().map(|a| a.as_ptr()).collect();
    argv_ptrs.push(std::ptr::null());
    let mut envp_ptrs: Vec<*const libc::c_char> = envp.iter().map(|e| e.as_ptr()).collect();
    envp_ptrs.push(std::ptr::null());
    // SAFETY: both lists are null-terminated arrays of NUL-terminated
    // strings that outlive the call.
    unsafe { libc::execve(path.as_ptr(), argv_ptrs.as_ptr(), envp_ptrs.as_ptr()) };
    Value::Number(-f64::from(std::io::Error::last_os_error().raw_os_error().unwrap_or(libc::EIO)))
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
