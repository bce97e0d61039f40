//! The ops behind `process.resourceUsage()`, `process.threadCpuUsage()`,
//! `process.constrainedMemory()`, `process.availableMemory()` and
//! `process.umask()`: getrusage(2), the memory cgroup (v1 or v2, read as
//! libuv does) and /proc/meminfo.

use bistro_sdk::{Capability, OpDecl, Value};

/// The resource ops.
pub(crate) fn ops() -> Vec<OpDecl> {
    vec![
        OpDecl::sync("resource_usage", Capability::none(), |_, _| Ok(resource_usage())),
        OpDecl::sync("thread_cpu_usage", Capability::none(), |_, _| {
            let usage = rusage(libc::RUSAGE_THREAD);
            Ok(Value::List(vec![Value::Number(micros(usage.ru_utime)), Value::Number(micros(usage.ru_stime))]))
        }),
        OpDecl::sync("constrained_memory", Capability::none(), |_, _| Ok(Value::Number(constrained_memory() as f64))),
        OpDecl::sync("available_memory", Capability::none(), |_, _| Ok(Value::Number(available_memory() as f64))),
        // umask(mask) sets the mask; umask(null) only reads it. Either way
        // the answer is the mask before the call.
        OpDecl::sync("umask", Capability::none(), |_, args| {
            let old = match args.first() {
                Some(Value::Number(mask)) => {
                    // SAFETY: umask has no preconditions.
                    unsafe { libc::umask(*mask as libc::mode_t) }
                }
                _ => {
                    // SAFETY: as above; the mask is put back at once.
                    unsafe {
                        let old = libc::umask(0);
                        libc::umask(old);
                        old
                    }
                }
            };
            Ok(Value::Number(f64::from(old)))
        }),
    ]
}

/// getrusage(2) for `who` (zeroes if it fails).
fn rusage(who: libc::c_int) -> libc::rusage {
    // SAFETY: getrusage fills the zeroed struct it is given.
    unsafe {
        let mut usage: libc::rusage = std::mem::zeroed();
        libc::getrusage(who, &mut usage);
        usage
    }
}

fn micros(t: libc::timeval) -> f64 {
    t.tv_sec as f64 * 1e6 + t.tv_usec as f64
}

/// The sixteen numbers of `process.resourceUsage()`, in Node's order.
fn resource_usage() -> Value {
    let u = rusage(libc::RUSAGE_SELF);
    let numbers = [
        micros(u.ru_utime),
        micros(u.ru_stime),
        u.ru_maxrss as f64,
        u.ru_ixrss as f64,
        u.ru_idrss as f64,
        u.ru_isrss as f64,
        u.ru_minflt as f64,
        u.ru_majflt as f64,
        u.ru_nswap as f64,
        u.ru_inblock as f64,
        u.ru_oublock as f64,
        u.ru_msgsnd as f64,
        u.ru_msgrcv as f64,
        u.ru_nsignals as f64,
        u.ru_nvcsw as f64,
        u.ru_nivcsw as f64,
    ];
    Value::List(numbers.iter().map(|&n| Value::Number(n)).collect())
}

/// A number from a cgroup file: "max" is no limit, a missing file is 0.
fn read_limit(path: &str) -> u64 {
    match std::fs::read_to_string(path) {
        Ok(text) if text.trim() == "max" => u64::MAX,
        Ok(text) => text.trim().parse().unwrap_or(0),
        Err(_) => 0,
    }
}

/// The folders of this process's memory cgroup and whether it is v2.
fn memory_cgroup() -> Option<(String, bool)> {
    let table = std::fs::read_to_string("/proc/self/cgroup").ok()?;
    if let Some(path) = table.strip_prefix("0::") {
        if table.lines().count() == 1 {
            return Some((format!("/sys/fs/cgroup{}", path.trim_end()), true));
        }
    }
    table.lines().find_map(|line| {
        let mut fields = line.splitn(3, ':');
        let (_, controllers, path) = (fields.next()?, fields.next()?, fields.next()?);
        controllers.split(',').any(|c| c == "memory").then(|| (format!("/sys/fs/cgroup/memory{path}"), false))
    })
}

/// The memory limit of the cgroup (the lower of its soft and hard limits):
/// `u64::MAX` when unlimited, 0 when unknown.
fn constrained_memory() -> u64 {
    let Some((dir, v2)) = memory_cgroup() else { return 0 };
    let (high, max) = if v2 {
        (read_limit(&format!("{dir}/memory.high")), read_limit(&format!("{dir}/memory.max")))
    } else {
        // cgroup v1 writes "no limit" as the largest page-aligned i64.
        let page = 4096;
        let unlimited = i64::MAX as u64 - (i64::MAX as u64 % page);
        let limit = |name: &str| match read_limit(&format!("{dir}/{name}")) {
            n if n == unlimited => u64::MAX,
            n => n,
        };
        (limit("memory.soft_limit_in_bytes"), limit("memory.limit_in_bytes"))
    };
    if high == 0 || max == 0 {
        return 0;
    }
    high.min(max)
}

/// MemAvailable from /proc/meminfo, in bytes.
fn free_memory() -> u64 {
    std::fs::read_to_string("/proc/meminfo")
        .ok()
        .and_then(|text| {
            let line = text.lines().find(|l| l.starts_with("MemAvailable:"))?;
            line.split_whitespace().nth(1)?.parse::<u64>().ok()
        })
        .map_or(0, |kib| kib * 1024)
}

/// What the process may still allocate: the cgroup's limit less its use,
/// or the machine's free memory when the cgroup sets no lower limit.
fn available_memory() -> u64 {
    let free = free_memory();
    let limit = constrained_memory();
    if limit == 0 || limit >= free {
        return free;
    }
    let Some((dir, v2)) = memory_cgroup() else { return free };
    let used = read_limit(&format!("{dir}/{}", if v2 { "memory.current" } else { "memory.usage_in_bytes" }));
    limit.saturating_sub(used)
}
