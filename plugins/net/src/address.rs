//! Socket addresses between JavaScript and the OS: an IP string and a port
//! in, `[address, family, port]` out (Node's `address()` shape).

use std::net::{IpAddr, SocketAddr};

use bistro_sdk::{OpError, Value};
use socket2::SockAddr;

/// The socket address of an IP literal and a port; `EINVAL` when the
/// string is not an IP address (JavaScript resolves names first).
pub(crate) fn ip_address(host: &str, port: u32) -> Result<SockAddr, OpError> {
    let ip: IpAddr = host.parse().map_err(|_| invalid_argument())?;
    let port = u16::try_from(port).map_err(|_| invalid_argument())?;
    Ok(SockAddr::from(SocketAddr::new(ip, port)))
}

/// The address of a Unix domain socket path.
pub(crate) fn unix_address(path: &str) -> Result<SockAddr, OpError> {
    SockAddr::unix(path).map_err(|error| OpError::system(&error, "bind"))
}

/// `[address, family, port]` of an IP socket address (`'IPv4'`/`'IPv6'`),
/// or `[path, 'unix', -1]` of a Unix one (the path is '' when unnamed).
pub(crate) fn describe(address: &SockAddr) -> Value {
    match address.as_socket() {
        Some(socket) => {
            let family = if socket.is_ipv4() { "IPv4" } else { "IPv6" };
            Value::List(vec![
                Value::from(socket.ip().to_string()),
                Value::from(family),
                Value::Number(f64::from(socket.port())),
            ])
        }
        None => {
            let path = address.as_pathname().map(|p| p.to_string_lossy().into_owned()).unwrap_or_default();
            Value::List(vec![Value::from(path), Value::from("unix"), Value::Number(-1.0)])
        }
    }
}

fn invalid_argument() -> OpError {
    OpError::system(&std::io::Error::from_raw_os_error(libc::EINVAL), "connect")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ip_addresses_round_trip_and_names_are_refused() {
        let v6 = ip_address("::1", 80).unwrap();
        let Value::List(parts) = describe(&v6) else { panic!("a list") };
        assert_eq!(parts, vec![Value::from("::1"), Value::from("IPv6"), Value::Number(80.0)]);
        assert!(ip_address("localhost", 80).is_err());
        assert!(ip_address("127.0.0.1", 70000).is_err());
    }
}
