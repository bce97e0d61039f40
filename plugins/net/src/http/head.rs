//! The head of an outgoing HTTP/1.1 message and the framing of its body:
//! the headers Node adds (`Date`, `Connection`, `Keep-Alive`,
//! `Content-Length` or `Transfer-Encoding: chunked`) decided as Node's
//! `OutgoingMessage._storeHeader` decides them, and chunks framed for a
//! chunked body.

use std::io::Write;

use bistro_sdk::{OpError, Value};

/// Facts about the message JavaScript passes as bits.
pub(crate) mod wants {
    /// The message may carry a body (not a HEAD response, 204 or 304).
    pub const BODY: u32 = 1;
    /// The connection should stay open after it.
    pub const KEEP_ALIVE: u32 = 2;
    /// With no length given, the body is chunked (else it ends the connection).
    pub const CHUNKED_BY_DEFAULT: u32 = 4;
    /// A `Date` header is added.
    pub const DATE: u32 = 8;
    /// A client request through an agent.
    pub const AGENT: u32 = 16;
    /// The socket served its last allowed request.
    pub const LAST_REQUEST: u32 = 32;
    /// The program removed the `Connection` header.
    pub const NO_CONNECTION: u32 = 64;
    /// The program removed the `Content-Length` header.
    pub const NO_LENGTH: u32 = 128;
    /// The program removed the `Transfer-Encoding` header.
    pub const NO_TRANSFER_ENCODING: u32 = 256;
    /// A 204 or 304 response: a chunked body the program asked for is
    /// dropped and the connection closes (the zero chunk could confuse
    /// proxies).
    pub const BODILESS_STATUS: u32 = 512;
}

/// What the head decided, as bits JavaScript reads.
pub(crate) mod decided {
    /// The connection closes after this message.
    pub const LAST: u32 = 1;
    /// The body is chunked.
    pub const CHUNKED: u32 = 2;
    /// A `Trailer` header on a message that is not chunked (Node throws).
    pub const BAD_TRAILER: u32 = 4;
}

/// The limits and lengths that shape a head.
pub(crate) struct Shape {
    pub wants: u32,
    /// The body's length when it is known before the head goes out.
    pub length: Option<u64>,
    /// `server.keepAliveTimeout` in milliseconds (0: no `Keep-Alive` header).
    pub keep_alive_ms: u64,
    /// `server.maxRequestsPerSocket` (0: no limit).
    pub max_requests: u64,
}

/// Writes the head with `first_line` and the program's `headers` (name,
/// value pairs, flat) to `out`; what it decided.
pub(crate) fn write_head(
    out: &mut Vec<u8>,
    first_line: &str,
    headers: &[Value],
    shape: &Shape,
) -> Result<u32, OpError> {
    out.extend_from_slice(first_line.as_bytes());
    out.extend_from_slice(b"\r\n");
    let (mut connection, mut length, mut transfer_encoding, mut date, mut trailer) =
        (false, false, false, false, false);
    let mut keep_alive = shape.wants & wants::KEEP_ALIVE != 0;
    let mut default_keep_alive = true;
    let (mut last, mut chunked) = (false, false);
    for pair in headers.chunks(2) {
        let [name, value] = pair else { return Err(OpError::type_error("headers come in name, value pairs")) };
        let (Some(name), Some(value)) = (name.as_str(), value.as_str()) else {
            return Err(OpError::type_error("header names and values are strings"));
        };
        // JavaScript validates headers first; this keeps a message from
        // ever smuggling a line break onto the wire.
        if [name, value].iter().any(|text| text.bytes().any(|b| matches!(b, b'\r' | b'\n' | 0))) {
            return Err(OpError::type_error("header names and values may not hold CR, LF or NUL"));
        }
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(b": ");
        out.extend_from_slice(value.as_bytes());
        out.extend_from_slice(b"\r\n");
        match name.len() {
            10 if name.eq_ignore_ascii_case("connection") => {
                connection = true;
                if has_token(value, "close") {
                    last = true;
                } else {
                    keep_alive = true;
                }
            }
            17 if name.eq_ignore_ascii_case("transfer-encoding") => {
                transfer_encoding = true;
                chunked = has_token(value, "chunked");
            }
            14 if name.eq_ignore_ascii_case("content-length") => length = true,
            4 if name.eq_ignore_ascii_case("date") => date = true,
            7 if name.eq_ignore_ascii_case("trailer") => trailer = true,
            10 if name.eq_ignore_ascii_case("keep-alive") => default_keep_alive = false,
            _ => {}
        }
    }
    let wants = shape.wants;
    if chunked && wants & wants::BODILESS_STATUS != 0 {
        chunked = false;
        keep_alive = false;
    }
    if !date && wants & wants::DATE != 0 {
        out.extend_from_slice(b"Date: ");
        out.extend_from_slice(httpdate::fmt_http_date(std::time::SystemTime::now()).as_bytes());
        out.extend_from_slice(b"\r\n");
    }
    if wants & wants::NO_CONNECTION != 0 && !connection {
        last = !keep_alive;
    } else if !connection {
        let send_keep_alive = keep_alive && (length || wants & (wants::CHUNKED_BY_DEFAULT | wants::AGENT) != 0);
        if send_keep_alive && wants & wants::LAST_REQUEST != 0 {
            out.extend_from_slice(b"Connection: close\r\n");
        } else if send_keep_alive {
            out.extend_from_slice(b"Connection: keep-alive\r\n");
            if shape.keep_alive_ms > 0 && default_keep_alive {
                let _ = write!(out, "Keep-Alive: timeout={}", shape.keep_alive_ms / 1000);
                if shape.max_requests > 0 {
                    let _ = write!(out, ", max={}", shape.max_requests);
                }
                out.extend_from_slice(b"\r\n");
            }
        } else {
            last = true;
            out.extend_from_slice(b"Connection: close\r\n");
        }
    }
    if !length && !transfer_encoding {
        if wants & wants::BODY == 0 {
            chunked = false;
        } else if wants & wants::CHUNKED_BY_DEFAULT == 0 {
            last = true;
        } else if let (false, false, Some(known)) = (trailer, wants & wants::NO_LENGTH != 0, shape.length) {
            let _ = write!(out, "Content-Length: {known}\r\n");
        } else if wants & wants::NO_TRANSFER_ENCODING == 0 {
            out.extend_from_slice(b"Transfer-Encoding: chunked\r\n");
            chunked = true;
        } else {
            last = true;
        }
    }
    out.extend_from_slice(b"\r\n");
    let mut outcome = 0;
    if last {
        outcome |= decided::LAST;
    }
    if chunked {
        outcome |= decided::CHUNKED;
    } else if trailer {
        outcome |= decided::BAD_TRAILER;
    }
    Ok(outcome)
}

/// Appends `body` to `out`, framed as a chunk when `chunked`; with `end`,
/// the last chunk and `trailers` (flat name, value pairs) follow.
pub(crate) fn write_body(out: &mut Vec<u8>, body: &[u8], chunked: bool, end: bool, trailers: &[Value]) {
    if !chunked {
        out.extend_from_slice(body);
        return;
    }
    if !body.is_empty() {
        let _ = write!(out, "{:x}\r\n", body.len());
        out.extend_from_slice(body);
        out.extend_from_slice(b"\r\n");
    }
    if end {
        out.extend_from_slice(b"0\r\n");
        for pair in trailers.chunks(2) {
            if let [Value::String(name), Value::String(value)] = pair {
                let _ = write!(out, "{name}: {value}\r\n");
            }
        }
        out.extend_from_slice(b"\r\n");
    }
}

/// Whether the comma- or space-separated `value` holds `token`, as Node's
/// `/(?:^|\W)token(?:$|\W)/i` finds it.
fn has_token(value: &str, token: &str) -> bool {
    let bytes = value.as_bytes();
    let word = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    (0..bytes.len().saturating_sub(token.len() - 1)).any(|at| {
        bytes[at..].len() >= token.len()
            && bytes[at..at + token.len()].eq_ignore_ascii_case(token.as_bytes())
            && (at == 0 || !word(bytes[at - 1]))
            && bytes.get(at + token.len()).is_none_or(|&b| !word(b))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_found_as_whole_words() {
        assert!(has_token("close", "close"));
        assert!(has_token("Keep-Alive, Close", "close"));
        assert!(!has_token("closed", "close"));
        assert!(!has_token("xclose", "close"));
        assert!(has_token("gzip, chunked", "chunked"));
    }

    #[test]
    fn a_body_of_unknown_length_is_chunked_on_a_kept_connection() {
        let mut out = Vec::new();
        let shape = Shape {
            wants: wants::BODY | wants::KEEP_ALIVE | wants::CHUNKED_BY_DEFAULT,
            length: None,
            keep_alive_ms: 5000,
            max_requests: 0,
        };
        let outcome = write_head(&mut out, "HTTP/1.1 200 OK", &[Value::from("X-A"), Value::from("1")], &shape).unwrap();
        assert_eq!(outcome, decided::CHUNKED);
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "HTTP/1.1 200 OK\r\nX-A: 1\r\nConnection: keep-alive\r\nKeep-Alive: timeout=5\r\nTransfer-Encoding: chunked\r\n\r\n"
        );
    }
}
