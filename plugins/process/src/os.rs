//! The ops behind `node:os`: facts about the machine, read from `/proc`
//! and libc. What identifies the machine or its user (host name, network
//! interfaces, user account) or changes scheduling needs the `sys`
//! capability. Failing calls answer a negative errno for the JavaScript
//! side to turn into Node's SystemError.

use std::ffi::CStr;

use bistro_sdk::{Args, Capability, OpDecl, OpError, Value};

/// The `os_*` ops.
pub(crate) fn ops() -> Vec<OpDecl> {
    vec![
        OpDecl::sync("os_uname", Capability::none(), |_, _| Ok(uname())),
        OpDecl::sync("os_hostname", Capability::named("sys"), |_, _| Ok(Value::from(hostname()))),
        OpDecl::sync("os_loadavg", Capability::none(), |_, _| Ok(loadavg())),
        OpDecl::sync("os_uptime", Capability::none(), |_, _| Ok(Value::Number(uptime()))),
        OpDecl::sync("os_memory", Capability::none(), |_, _| Ok(memory())),
        OpDecl::sync("os_cpus", Capability::none(), |_, _| Ok(cpus())),
        OpDecl::sync("os_network_interfaces", Capability::named("sys"), |_, _| Ok(network_interfaces())),
        OpDecl::sync("os_user_info", Capability::named("sys"), |_, _| Ok(user_info())),
        OpDecl::sync("os_get_priority", Capability::none(), |_, args| {
            let pid = pid_arg(&args)?;
            // getpriority may return -1 as a value: errno tells them apart.
            // SAFETY: errno is thread-local; getpriority has no preconditions.
            let nice = unsafe {
                *libc::__errno_location() = 0;
                libc::getpriority(libc::PRIO_PROCESS, pid)
            };
            match std::io::Error::last_os_error().raw_os_error() {
                Some(code) if code != 0 && nice == -1 => Ok(Value::Number(-f64::from(code))),
                _ => Ok(Value::List(vec![Value::Number(f64::from(nice))])),
            }
        }),
        OpDecl::sync("os_set_priority", Capability::named("sys"), |_, args| {
            let (pid, nice) = (pid_arg(&args)?, args.i32(1)?);
            // SAFETY: setpriority has no preconditions.
            if unsafe { libc::setpriority(libc::PRIO_PROCESS, pid, nice) } == 0 {
                return Ok(Value::Undefined);
            }
            Ok(Value::Number(-f64::from(std::io::Error::last_os_error().raw_os_error().unwrap_or(0))))
        }),
    ]
}

/// The pid argument (an int32) as libuv passes it on: a negative pid wraps
/// around, so getpriority fails with ESRCH instead of reading the current
/// process.
fn pid_arg(args: &[Value]) -> Result<libc::id_t, OpError> {
    Ok(args.i32(0)? as libc::id_t)
}

fn c_text(bytes: &[std::ffi::c_char]) -> String {
    // SAFETY: libc fills these fields with NUL-terminated strings.
    unsafe { CStr::from_ptr(bytes.as_ptr()) }.to_string_lossy().into_owned()
}

/// `[sysname, release, version, machine]` from uname(2).
fn uname() -> Value {
    // SAFETY: uname fills the zeroed struct it is given.
    let name = unsafe {
        let mut name: libc::utsname = std::mem::zeroed();
        if libc::uname(&mut name) != 0 {
            return Value::List(vec![Value::from("Linux".to_owned()); 4]);
        }
        name
    };
    Value::List(
        [&name.sysname[..], &name.release[..], &name.version[..], &name.machine[..]]
            .into_iter()
            .map(|field| Value::from(c_text(field)))
            .collect(),
    )
}

fn hostname() -> String {
    let mut buffer = [0 as std::ffi::c_char; 256];
    // SAFETY: the buffer is writable for its whole length; the last byte
    // stays NUL.
    if unsafe { libc::gethostname(buffer.as_mut_ptr(), buffer.len() - 1) } != 0 {
        return String::new();
    }
    c_text(&buffer)
}

fn proc_file(path: &str) -> String {
    std::fs::read_to_string(path).unwrap_or_default()
}

fn loadavg() -> Value {
    let text = proc_file("/proc/loadavg");
    let mut numbers = text.split_whitespace().map(|n| n.parse::<f64>().unwrap_or(0.0));
    Value::List((0..3).map(|_| Value::Number(numbers.next().unwrap_or(0.0))).collect())
}

fn uptime() -> f64 {
    proc_file("/proc/uptime").split_whitespace().next().and_then(|n| n.parse().ok()).unwrap_or(0.0)
}

/// `[total, available]` memory in bytes.
fn memory() -> Value {
    let text = proc_file("/proc/meminfo");
    let field = |name: &str| {
        text.lines()
            .find_map(|line| line.strip_prefix(name)?.strip_prefix(':'))
            .and_then(|rest| rest.split_whitespace().next()?.parse::<f64>().ok())
            .map_or(0.0, |kib| kib * 1024.0)
    };
    Value::List(vec![Value::Number(field("MemTotal")), Value::Number(field("MemAvailable"))])
}

/// One `{ model, speed, times }` per CPU; times in milliseconds.
fn cpus() -> Value {
    let info = proc_file("/proc/cpuinfo");
    let field = |line: &str, name: &str| {
        let (key, value) = line.split_once(':')?;
        (key.trim() == name).then(|| value.trim().to_owned())
    };
    let models: Vec<String> = info.lines().filter_map(|line| field(line, "model name")).collect();
    // SAFETY: sysconf has no preconditions.
    let ticks = unsafe { libc::sysconf(libc::_SC_CLK_TCK) }.max(1) as f64;
    let to_ms = |ticks_text: &str| ticks_text.parse::<f64>().unwrap_or(0.0) * 1000.0 / ticks;
    let stat = proc_file("/proc/stat");
    let cpus = stat
        .lines()
        .filter(|line| line.starts_with("cpu") && line.as_bytes().get(3).is_some_and(u8::is_ascii_digit))
        .enumerate()
        .map(|(i, line)| {
            let fields: Vec<&str> = line.split_whitespace().skip(1).collect();
            let time = |index: usize| Value::Number(fields.get(index).map_or(0.0, |t| to_ms(t)));
            Value::Map(vec![
                ("model".into(), Value::from(models.get(i).cloned().unwrap_or_default())),
                ("speed".into(), Value::Number(cpu_mhz(i))),
                (
                    "times".into(),
                    Value::Map(vec![
                        ("user".into(), time(0)),
                        ("nice".into(), time(1)),
                        ("sys".into(), time(2)),
                        ("idle".into(), time(3)),
                        ("irq".into(), time(5)),
                    ]),
                ),
            ])
        })
        .collect();
    Value::List(cpus)
}

/// The current clock of CPU `index` in MHz, from cpufreq as libuv reads it
/// (0 where the kernel does not report it, as in many VMs).
fn cpu_mhz(index: usize) -> f64 {
    let path = format!("/sys/devices/system/cpu/cpu{index}/cpufreq/scaling_cur_freq");
    proc_file(&path).trim().parse::<f64>().map_or(0.0, |khz| (khz / 1000.0).floor())
}

/// `[name, family, address, netmask, mac, internal, scopeid]` for every
/// IPv4 and IPv6 address (getifaddrs), in the system's order.
fn network_interfaces() -> Value {
    let mut list: *mut libc::ifaddrs = std::ptr::null_mut();
    // SAFETY: getifaddrs allocates the list, freed below.
    if unsafe { libc::getifaddrs(&mut list) } != 0 {
        return Value::List(Vec::new());
    }
    let mut macs: Vec<(String, String)> = Vec::new();
    let mut entries = Vec::new();
    let mut cursor = list;
    while !cursor.is_null() {
        // SAFETY: a node of the list getifaddrs returned.
        let entry = unsafe { &*cursor };
        cursor = entry.ifa_next;
        if entry.ifa_addr.is_null() {
            continue;
        }
        // SAFETY: ifa_name is a NUL-terminated string.
        let name = unsafe { CStr::from_ptr(entry.ifa_name) }.to_string_lossy().into_owned();
        let internal = entry.ifa_flags & libc::IFF_LOOPBACK as u32 != 0;
        // SAFETY: ifa_addr is non-null; its family says which struct it is.
        let family = i32::from(unsafe { (*entry.ifa_addr).sa_family });
        match family {
            libc::AF_PACKET => {
                // SAFETY: AF_PACKET addresses are sockaddr_ll.
                let link = unsafe { &*(entry.ifa_addr as *const libc::sockaddr_ll) };
                let mac = link.sll_addr[..6].iter().map(|b| format!("{b:02x}")).collect::<Vec<_>>().join(":");
                macs.push((name, mac));
            }
            libc::AF_INET | libc::AF_INET6 => {
                // SAFETY: the address and mask match the family.
                let (address, netmask, scope) = unsafe { ip_pair(entry, family) };
                entries.push((name, family, address, netmask, internal, scope));
            }
            _ => {}
        }
    }
    // SAFETY: the list came from getifaddrs.
    unsafe { libc::freeifaddrs(list) };
    let mac_of = |name: &str| {
        macs.iter().find(|(n, _)| n == name).map_or_else(|| "00:00:00:00:00:00".to_owned(), |(_, m)| m.clone())
    };
    Value::List(
        entries
            .into_iter()
            .map(|(name, family, address, netmask, internal, scope)| {
                let mac = mac_of(&name);
                Value::List(vec![
                    Value::from(name),
                    Value::from(if family == libc::AF_INET { "IPv4" } else { "IPv6" }.to_owned()),
                    Value::from(address),
                    Value::from(netmask),
                    Value::from(mac),
                    Value::Bool(internal),
                    scope.map_or(Value::Undefined, |s| Value::Number(f64::from(s))),
                ])
            })
            .collect(),
    )
}

/// The address and netmask of an AF_INET or AF_INET6 entry, and the IPv6
/// scope id.
///
/// # Safety
/// `entry.ifa_addr` (and `ifa_netmask` when set) hold sockaddrs of `family`.
unsafe fn ip_pair(entry: &libc::ifaddrs, family: i32) -> (String, String, Option<u32>) {
    if family == libc::AF_INET {
        let v4 = |sockaddr: *const libc::sockaddr| {
            if sockaddr.is_null() {
                return std::net::Ipv4Addr::UNSPECIFIED.to_string();
            }
            // SAFETY: an AF_INET sockaddr is a sockaddr_in.
            let raw = unsafe { (*(sockaddr as *const libc::sockaddr_in)).sin_addr.s_addr };
            std::net::Ipv4Addr::from(u32::from_be(raw)).to_string()
        };
        (v4(entry.ifa_addr), v4(entry.ifa_netmask), None)
    } else {
        let v6 = |sockaddr: *const libc::sockaddr| {
            if sockaddr.is_null() {
                return (std::net::Ipv6Addr::UNSPECIFIED.to_string(), 0);
            }
            // SAFETY: an AF_INET6 sockaddr is a sockaddr_in6.
            let raw = unsafe { &*(sockaddr as *const libc::sockaddr_in6) };
            (std::net::Ipv6Addr::from(raw.sin6_addr.s6_addr).to_string(), raw.sin6_scope_id)
        };
        let (address, scope) = v6(entry.ifa_addr);
        (address, v6(entry.ifa_netmask).0, Some(scope))
    }
}

/// `{ uid, gid, username, homedir, shell }` of the current user (getpwuid_r).
fn user_info() -> Value {
    // SAFETY: getuid/getgid have no preconditions.
    let (uid, gid) = unsafe { (libc::getuid(), libc::getgid()) };
    let mut buffer = vec![0 as std::ffi::c_char; 16384];
    // SAFETY: getpwuid_r fills `entry` with pointers into `buffer`, which
    // outlives their use below.
    let (username, homedir, shell) = unsafe {
        let mut entry: libc::passwd = std::mem::zeroed();
        let mut found: *mut libc::passwd = std::ptr::null_mut();
        let status = libc::getpwuid_r(uid, &mut entry, buffer.as_mut_ptr(), buffer.len(), &mut found);
        if status != 0 || found.is_null() {
            (String::new(), std::env::var("HOME").unwrap_or_default(), String::new())
        } else {
            let text = |p: *const std::ffi::c_char| CStr::from_ptr(p).to_string_lossy().into_owned();
            (text(entry.pw_name), text(entry.pw_dir), text(entry.pw_shell))
        }
    };
    Value::Map(vec![
        ("uid".into(), Value::Number(f64::from(uid))),
        ("gid".into(), Value::Number(f64::from(gid))),
        ("username".into(), Value::from(username)),
        ("homedir".into(), Value::from(homedir)),
        ("shell".into(), Value::from(shell)),
    ])
}
