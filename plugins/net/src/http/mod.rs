//! HTTP/1.1 on the net plugin's sockets: a connection's parser turns the
//! bytes it reads into one event per read (every head, body piece and end
//! in it), and one call frames and sends a message's head and body. So
//! JavaScript makes one call per request and one per response on the fast
//! path, not one per header or per chunk.

mod head;
mod parser;

use bistro_sdk::{Args, Capability, OpDecl, OpError, Value};

pub(crate) use parser::{Parser, Side};

use crate::table;

/// The HTTP ops.
pub(crate) fn ops() -> Vec<OpDecl> {
    vec![
        // http_parse(id, side, maxHeaderSize, method, upgrades): the socket's
        // reads become parser events (side 0 reads requests, 1 responses); a
        // client names the method of the request it sent; a server says
        // whether it takes upgrades.
        OpDecl::sync("http_parse", Capability::none(), |_, args| {
            let conn = table::conn(args.f64(0)? as bistro_sdk::HandleId)?;
            let side = if args.u32(1)? == 0 { Side::Requests } else { Side::Responses };
            let mut http = conn.http.borrow_mut();
            let parser = http.get_or_insert_with(|| Parser::new(side, 0));
            parser.set_max_header_size(args.u32(2)? as usize);
            parser.set_upgrades(args.flag_or(4, true));
            if let Some(method) = args.opt_str(3)? {
                parser.expect_response(method);
            }
            Ok(Value::Undefined)
        }),
        // http_send(id, direct, firstLine, headers, wants, length, keepAliveMs,
        //           maxRequests, body, end, chunked, trailers) → [decided, rest]:
        // frames a head (when firstLine is a string) and a body piece, and
        // with `direct` writes what fits now; `rest` is what JavaScript must
        // still write (null when all went out).
        OpDecl::sync("http_send", Capability::none(), |_, args| {
            let mut out = Vec::with_capacity(256);
            let mut decided = 0;
            let mut chunked = args.flag_or(10, false);
            if let Some(first_line) = args.opt_str(2)? {
                let headers = list(&args, 3)?;
                let shape = head::Shape {
                    wants: args.u32(4)?,
                    length: u64::try_from(args.int(5)?).ok(),
                    keep_alive_ms: args.int(6)?.max(0) as u64,
                    max_requests: args.int(7)?.max(0) as u64,
                };
                decided = head::write_head(&mut out, first_line, headers, &shape)?;
                chunked = decided & head::decided::CHUNKED != 0;
            }
            let body = match args.get(8) {
                Some(Value::Bytes(bytes)) => bytes.as_ref(),
                _ => &[],
            };
            head::write_body(&mut out, body, chunked, args.flag_or(9, false), list(&args, 11).unwrap_or(&[]));
            let written = if args.flag_or(1, false) { send_now(args.f64(0)?, &out)? } else { 0 };
            let rest = if written == out.len() { Value::Null } else { Value::from(out[written..].to_vec()) };
            Ok(Value::List(vec![Value::Number(f64::from(decided)), rest, Value::Number(written as f64)]))
        }),
    ]
}

/// Writes what fits of `bytes` to socket `id` now.
fn send_now(id: f64, bytes: &[u8]) -> Result<usize, OpError> {
    let conn = table::conn(id as bistro_sdk::HandleId)?;
    match conn.try_write(bytes) {
        Ok(written) => Ok(written),
        // An error surfaces on the write JavaScript makes of the rest.
        Err(_) => Ok(0),
    }
}

fn list(args: &[Value], index: usize) -> Result<&[Value], OpError> {
    match args.get(index) {
        Some(Value::List(items)) => Ok(items),
        None | Some(Value::Undefined | Value::Null) => Ok(&[]),
        Some(_) => Err(OpError::type_error(format!("argument {index} must be a list"))),
    }
}
