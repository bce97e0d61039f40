//! The DNS plugin: `dns.lookup` and `dns.lookupService` through the
//! system resolver (`getaddrinfo(3)`/`getnameinfo(3)`, which read
//! `/etc/hosts` and `nsswitch.conf`) as blocking ops, so they run on the
//! thread pool as Node runs them; and `dns.resolve*` as DNS queries on the
//! reactor (`query.rs`).

mod query;

use std::ffi::CString;
use std::net::{Ipv4Addr, Ipv6Addr};

use bistro_sdk::{Args, Capability, OpDecl, OpError, OpResult, Plugin, Value};

/// The DNS plugin.
pub struct DnsPlugin;

impl Plugin for DnsPlugin {
    fn name(&self) -> &str {
        "dns"
    }

    fn modules(&self) -> &'static [&'static str] {
        &["dns", "dns/promises"]
    }

    fn ops(&self) -> Vec<OpDecl> {
        vec![
            // getaddrinfo(hostname, family, hints) → [[address, family], ...]
            // in the resolver's order (never empty); family 0 asks for both.
            OpDecl::blocking("getaddrinfo", Capability::none(), |args| {
                getaddrinfo(args.str(0)?, args.u32(1)?, args.i32(2)?)
            }),
            // getnameinfo(address, port) → [hostname, service].
            OpDecl::blocking("getnameinfo", Capability::none(), |args| getnameinfo(args.str(0)?, args.u32(1)?)),
            // query(name, type, servers, timeoutMs, tries) → [[type, ttl, ...fields], ...].
            OpDecl::reactor("query", Capability::none(), |_, args| match question(&args) {
                Ok(question) => Box::pin(query::ask(question)),
                Err(error) => bistro_sdk::ready_err(error),
            }),
            // system_servers() → the name servers of /etc/resolv.conf.
            OpDecl::sync("system_servers", Capability::none(), |_, _| {
                Ok(Value::List(query::system_servers().into_iter().map(Value::from).collect()))
            }),
        ]
    }
}

/// A query's arguments: name, type, [[ip, port], ...], timeout, tries.
fn question(args: &[Value]) -> Result<query::Question, OpError> {
    let Some(Value::List(listed)) = args.get(2) else { return Err(OpError::type_error("servers must be a list")) };
    let mut servers = Vec::new();
    for server in listed {
        let Value::List(pair) = server else { return Err(OpError::type_error("a server is [ip, port]")) };
        let ip: std::net::IpAddr = pair.str(0)?.parse().map_err(|_| OpError::type_error("a server's ip"))?;
        servers.push(std::net::SocketAddr::new(ip, pair.u32(1)? as u16));
    }
    if servers.is_empty() {
        return Err(OpError::new("ECONNREFUSED", "no name servers"));
    }
    Ok(query::Question {
        name: args.str(0)?.to_owned(),
        record_type: args.str(1)?.to_owned(),
        servers,
        timeout: std::time::Duration::from_millis(args.f64(3)?.max(1.0) as u64),
        tries: args.u32(4)?,
    })
}

/// The host name and service of an address and port, as getnameinfo(3).
fn getnameinfo(address: &str, port: u32) -> OpResult {
    let ip: std::net::IpAddr = address.parse().map_err(|_| OpError::type_error("an IP address"))?;
    let socket = std::net::SocketAddr::new(ip, port as u16);
    let raw = socket2::SockAddr::from(socket);
    let mut host = [0 as libc::c_char; 1025];
    let mut service = [0 as libc::c_char; 32];
    // SAFETY: valid sockaddr of the given length and output buffers of the given sizes.
    let status = unsafe {
        libc::getnameinfo(
            raw.as_ptr().cast(),
            raw.len(),
            host.as_mut_ptr(),
            host.len() as libc::socklen_t,
            service.as_mut_ptr(),
            service.len() as libc::socklen_t,
            libc::NI_NAMEREQD,
        )
    };
    if status != 0 {
        let (code, errno) = match status {
            libc::EAI_NONAME => ("ENOTFOUND", -3008.0),
            libc::EAI_AGAIN => ("EAI_AGAIN", -3001.0),
            _ => ("EAI_FAIL", -3007.0),
        };
        return Err(OpError::new(code, format!("getnameinfo {code} {address}"))
            .with_prop("errno", errno)
            .with_prop("syscall", "getnameinfo")
            .with_prop("hostname", address));
    }
    let text = |buffer: &[libc::c_char]| {
        // SAFETY: getnameinfo wrote NUL-terminated strings.
        unsafe { std::ffi::CStr::from_ptr(buffer.as_ptr()) }.to_string_lossy().into_owned()
    };
    Ok(Value::List(vec![Value::from(text(&host)), Value::from(text(&service))]))
}

fn getaddrinfo(hostname: &str, family: u32, flags: i32) -> OpResult {
    let name = CString::new(hostname).map_err(|_| lookup_error(libc::EAI_NONAME, hostname))?;
    // SAFETY: an all-zero addrinfo is a valid "no hints" value.
    let mut hints: libc::addrinfo = unsafe { std::mem::zeroed() };
    hints.ai_family = match family {
        4 => libc::AF_INET,
        6 => libc::AF_INET6,
        _ => libc::AF_UNSPEC,
    };
    hints.ai_socktype = libc::SOCK_STREAM;
    hints.ai_flags = flags;
    let mut found: *mut libc::addrinfo = std::ptr::null_mut();
    // SAFETY: valid C string and hints; `found` is freed below.
    let status = unsafe { libc::getaddrinfo(name.as_ptr(), std::ptr::null(), &hints, &mut found) };
    if status != 0 {
        return Err(lookup_error(status, hostname));
    }
    let mut addresses = Vec::new();
    let mut entry = found;
    while !entry.is_null() {
        // SAFETY: `entry` is a node of the list getaddrinfo returned.
        let info = unsafe { &*entry };
        if let Some(address) = describe(info) {
            addresses.push(address);
        }
        entry = info.ai_next;
    }
    // SAFETY: the list came from getaddrinfo and is freed once.
    unsafe { libc::freeaddrinfo(found) };
    if addresses.is_empty() {
        return Err(lookup_error(libc::EAI_NODATA, hostname));
    }
    Ok(Value::List(addresses))
}

/// `[address, family]` of one result.
fn describe(info: &libc::addrinfo) -> Option<Value> {
    let (text, family) = match info.ai_family {
        libc::AF_INET => {
            // SAFETY: an AF_INET result's address is a sockaddr_in.
            let raw = unsafe { &*info.ai_addr.cast::<libc::sockaddr_in>() };
            (Ipv4Addr::from(u32::from_be(raw.sin_addr.s_addr)).to_string(), 4.0)
        }
        libc::AF_INET6 => {
            // SAFETY: an AF_INET6 result's address is a sockaddr_in6.
            let raw = unsafe { &*info.ai_addr.cast::<libc::sockaddr_in6>() };
            (Ipv6Addr::from(raw.sin6_addr.s6_addr).to_string(), 6.0)
        }
        _ => return None,
    };
    Some(Value::List(vec![Value::from(text), Value::Number(family)]))
}

/// A failed lookup as Node reports it: `ENOTFOUND` for a name with no
/// address, else the resolver's `EAI_*` name, with libuv's errno.
fn lookup_error(status: i32, hostname: &str) -> OpError {
    let (code, errno) = match status {
        libc::EAI_NONAME | libc::EAI_NODATA => ("ENOTFOUND", -3008.0),
        libc::EAI_AGAIN => ("EAI_AGAIN", -3001.0),
        libc::EAI_FAIL => ("EAI_FAIL", -3007.0),
        libc::EAI_MEMORY => ("EAI_MEMORY", -3006.0),
        libc::EAI_FAMILY => ("EAI_FAMILY", -3005.0),
        _ => ("EAI_FAIL", -3007.0),
    };
    OpError::new(code, format!("getaddrinfo {code} {hostname}"))
        .with_prop("errno", errno)
        .with_prop("syscall", "getaddrinfo")
        .with_prop("hostname", hostname)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn localhost_resolves_and_a_reserved_name_does_not() {
        let Ok(Value::List(found)) = getaddrinfo("localhost", 4, 0) else { panic!("localhost resolves") };
        assert!(found.contains(&Value::List(vec![Value::from("127.0.0.1"), Value::Number(4.0)])));
        let error = getaddrinfo("no-such-host.invalid", 0, 0).unwrap_err();
        assert_eq!(error.code, "ENOTFOUND");
    }
}
