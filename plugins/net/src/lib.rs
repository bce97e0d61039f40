//! The network plugin: TCP and Unix domain stream sockets, each a kernel
//! handle driven by the reactor (never the thread pool), and `node:net`
//! on top of them.
//!
//! A server's handle (`TCPServerWrap`, `PipeWrap`) accepts until stopped
//! and reports one event per connection, taken with `accept`. A socket's
//! handle (`TCPSocketWrap`, `PipeWrap`) reads while started, one event per
//! chunk and `null` at end of file. Writes try at once (`try_write`, as
//! libuv does) and leave the rest to the `write` reactor op. Names are
//! resolved by JavaScript first: these ops take IP literals.

mod address;
mod conn;
mod http;
mod listener;
mod table;
mod watched;

use std::io;

use bistro_sdk::{
    ready_err, Args, Capability, Emitter, HandleId, HandleTask, LoopAccess, OpContext, OpDecl, OpError, OpResult,
    Plugin, Value,
};
use socket2::{Domain, SockAddr, Socket, TcpKeepalive, Type};

use crate::conn::Conn;
use crate::listener::Listener;

/// The network plugin.
pub struct NetPlugin;

impl Plugin for NetPlugin {
    fn name(&self) -> &str {
        "net"
    }

    fn modules(&self) -> &'static [&'static str] {
        &[
            "net",
            "http",
            "_http_agent",
            "_http_client",
            "_http_common",
            "_http_incoming",
            "_http_outgoing",
            "_http_server",
        ]
    }

    fn ops(&self) -> Vec<OpDecl> {
        let mut ops = vec![
            // tcp_listen(scope, host, port, backlog, ipv6Only) → [id, address, family, port].
            OpDecl::sync("tcp_listen", Capability::scoped("net.listen", 0), |cx, args| {
                let address = address::ip_address(args.str(1)?, args.u32(2)?)?;
                let socket = stream_socket(&address).map_err(listen_error)?;
                socket.set_reuse_address(true).map_err(listen_error)?;
                if address.is_ipv6() {
                    socket.set_only_v6(args.flag_or(4, false)).map_err(listen_error)?;
                }
                listen(cx, socket, &address, args.i32(3)?, "TCPServerWrap", None)
            }),
            // pipe_listen(path, backlog) → [id, path, 'unix', -1].
            OpDecl::sync("pipe_listen", Capability::scoped("net.listen", 0), |cx, args| {
                let address = address::unix_address(args.str(0)?)?;
                let socket = stream_socket(&address).map_err(listen_error)?;
                listen(cx, socket, &address, args.i32(1)?, "PipeWrap", Some(args.str(0)?.into()))
            }),
            // listen_start(id): accepts, one event per connection.
            OpDecl::sync("listen_start", Capability::none(), |cx, args| {
                let listener = table::listener(handle(&args)?)?;
                start(cx, handle(&args)?, move |emitter| Box::pin(listener::accept_loop(listener, emitter)))
            }),
            // accept(id) → [socketId, address, family, port] of the oldest
            // accepted connection, or null.
            OpDecl::sync("accept", Capability::none(), |cx, args| {
                let listener = table::listener(handle(&args)?)?;
                let Some(socket) = listener.take() else { return Ok(Value::Null) };
                let peer = socket.peer_addr().ok();
                let kind = if peer.as_ref().is_some_and(SockAddr::is_unix) { "PipeWrap" } else { "TCPSocketWrap" };
                let id = open_conn(cx.event_loop, socket, kind).map_err(|e| OpError::system(&e, "accept"))?;
                let mut parts = vec![Value::Number(id as f64)];
                if let Some(Value::List(described)) = peer.as_ref().map(address::describe) {
                    parts.extend(described);
                }
                Ok(Value::List(parts))
            }),
            // socket(family) → the id of a new unconnected socket (4, 6, or 0 for Unix).
            OpDecl::sync("socket", Capability::none(), |cx, args| {
                let (domain, kind) = match args.u32(0)? {
                    4 => (Domain::IPV4, "TCPSocketWrap"),
                    6 => (Domain::IPV6, "TCPSocketWrap"),
                    _ => (Domain::UNIX, "PipeWrap"),
                };
                let socket = Socket::new(domain, Type::STREAM, None).map_err(|e| OpError::system(&e, "socket"))?;
                let id = open_conn(cx.event_loop, socket, kind).map_err(|e| OpError::system(&e, "socket"))?;
                Ok(Value::Number(id as f64))
            }),
            // bind(id, host, port): the local address of a socket before it connects.
            OpDecl::sync("bind", Capability::none(), |_, args| {
                let address = address::ip_address(args.str(1)?, args.u32(2)?)?;
                table::conn(handle(&args)?)?.socket.bind(&address).map_err(|e| OpError::system(&e, "bind"))?;
                Ok(Value::Undefined)
            }),
            // connect(scope, id, host, port): port -1 connects to the Unix path `host`.
            OpDecl::reactor("connect", Capability::scoped("net.connect", 0), |_, args| {
                let target = match args.i32(3) {
                    Ok(-1) => args.str(2).and_then(address::unix_address),
                    Ok(port) => args.str(2).and_then(|host| address::ip_address(host, port as u32)),
                    Err(error) => Err(error),
                };
                let conn = args.f64(1).and_then(|id| table::conn(id as HandleId));
                let (target, conn) = match (target, conn) {
                    (Ok(target), Ok(conn)) => (target, conn),
                    (Err(error), _) | (_, Err(error)) => return ready_err(error),
                };
                Box::pin(async move {
                    // A connect that succeeds at once (a Unix socket) is still
                    // reported from the poll phase, after the server's accept,
                    // as libuv reports it.
                    let connecting = match conn.socket.connect(&target) {
                        Err(error) if error.raw_os_error() != Some(libc::EINPROGRESS) => Err(error),
                        _ => conn.connected().await,
                    };
                    connecting.map(|()| Value::Undefined).map_err(|e| OpError::system(&e, "connect"))
                })
            }),
            // read_start(id): the handle reads, one event per chunk, null at the end.
            OpDecl::sync("read_start", Capability::none(), |cx, args| {
                let conn = table::conn(handle(&args)?)?;
                start(cx, handle(&args)?, move |emitter| Box::pin(conn::read_loop(conn, emitter)))
            }),
            // try_write(id, bytes) → bytes written now (0 when full), or -errno.
            OpDecl::sync("try_write", Capability::none(), |_, args| {
                let conn = table::conn(handle(&args)?)?;
                Ok(Value::Number(match conn.try_write(args.bytes(1)?) {
                    Ok(written) => written as f64,
                    Err(error) => -f64::from(error.raw_os_error().unwrap_or(libc::EIO)),
                }))
            }),
            // write(id, bytes): writes them all, waiting for room.
            OpDecl::reactor("write", Capability::none(), |_, mut args| {
                let bytes = match args.get_mut(1).map(std::mem::take) {
                    Some(Value::Bytes(bytes)) => bytes,
                    _ => return ready_err(OpError::type_error("write takes bytes")),
                };
                let conn = match args.f64(0).and_then(|id| table::conn(id as HandleId)) {
                    Ok(conn) => conn,
                    Err(error) => return ready_err(error),
                };
                Box::pin(async move {
                    conn.write_all(&bytes).await.map(|()| Value::Undefined).map_err(|e| OpError::system(&e, "write"))
                })
            }),
            // shutdown(id): no more writes; the peer reads end of file.
            OpDecl::sync("shutdown", Capability::none(), |_, args| {
                let conn = table::conn(handle(&args)?)?;
                conn.socket.shutdown(std::net::Shutdown::Write).map_err(|e| OpError::system(&e, "shutdown"))?;
                Ok(Value::Undefined)
            }),
            // reset(id): the next close sends a TCP RST (SO_LINGER 0), as uv_tcp_close_reset.
            OpDecl::sync("reset", Capability::none(), |_, args| {
                let conn = table::conn(handle(&args)?)?;
                conn.socket.set_linger(Some(std::time::Duration::ZERO)).map_err(|e| OpError::system(&e, "reset"))?;
                Ok(Value::Undefined)
            }),
            // close(id): forgets the socket or server (JavaScript closes its handle).
            OpDecl::sync("close", Capability::none(), |_, args| {
                table::remove(handle(&args)?);
                Ok(Value::Undefined)
            }),
            // set_no_delay(id, on)
            OpDecl::sync("set_no_delay", Capability::none(), |_, args| {
                let conn = table::conn(handle(&args)?)?;
                conn.socket.set_tcp_nodelay(args.flag_or(1, true)).map_err(|e| OpError::system(&e, "setNoDelay"))?;
                Ok(Value::Undefined)
            }),
            // set_keep_alive(id, on, delaySeconds)
            OpDecl::sync("set_keep_alive", Capability::none(), |_, args| {
                let conn = table::conn(handle(&args)?)?;
                let set = if args.flag_or(1, false) {
                    let idle = std::time::Duration::from_secs(u64::from(args.u32(2)?.max(1)));
                    conn.socket.set_tcp_keepalive(&TcpKeepalive::new().with_time(idle))
                } else {
                    conn.socket.set_keepalive(false)
                };
                set.map_err(|e| OpError::system(&e, "setKeepAlive"))?;
                Ok(Value::Undefined)
            }),
            // local_address(id) → [address, family, port] of a socket or server.
            OpDecl::sync("local_address", Capability::none(), |_, args| {
                let id = handle(&args)?;
                let local = match table::conn(id) {
                    Ok(conn) => conn.socket.local_addr(),
                    Err(_) => table::listener(id)?.socket.local_addr(),
                };
                local.map(|a| address::describe(&a)).map_err(|e| OpError::system(&e, "getsockname"))
            }),
            // remote_address(id) → [address, family, port], or null when not connected.
            OpDecl::sync("remote_address", Capability::none(), |_, args| {
                let conn = table::conn(handle(&args)?)?;
                Ok(conn.socket.peer_addr().map_or(Value::Null, |a| address::describe(&a)))
            }),
        ];
        ops.extend(http::ops());
        ops
    }
}

fn handle(args: &[Value]) -> Result<HandleId, OpError> {
    Ok(args.f64(0)? as HandleId)
}

fn stream_socket(address: &SockAddr) -> io::Result<Socket> {
    Socket::new(address.domain(), Type::STREAM, None)
}

fn listen_error(error: io::Error) -> OpError {
    OpError::system(&error, "listen")
}

/// Binds and listens, then records the server under a new handle.
fn listen(
    cx: &OpContext<'_>,
    socket: Socket,
    address: &SockAddr,
    backlog: i32,
    kind: &'static str,
    path: Option<std::path::PathBuf>,
) -> OpResult {
    socket.bind(address).map_err(listen_error)?;
    socket.listen(backlog).map_err(listen_error)?;
    let local = socket.local_addr().map_err(listen_error)?;
    let id = cx.event_loop.handle_open(kind);
    table::insert_listener(id, Listener::new(socket, path).map_err(listen_error)?);
    let Value::List(mut parts) = address::describe(&local) else { unreachable!("describe gives a list") };
    parts.insert(0, Value::Number(id as f64));
    Ok(Value::List(parts))
}

/// Records a stream socket under a new handle of `kind`.
fn open_conn(event_loop: &dyn LoopAccess, socket: Socket, kind: &'static str) -> io::Result<HandleId> {
    let conn = Conn::new(socket)?;
    let id = event_loop.handle_open(kind);
    table::insert_conn(id, conn);
    Ok(id)
}

/// Starts the task of handle `id`.
fn start(cx: &OpContext<'_>, id: HandleId, task: impl FnOnce(Emitter) -> HandleTask + 'static) -> OpResult {
    if !cx.event_loop.handle_start(id, Box::new(task)) {
        return Err(OpError::system(&io::Error::from_raw_os_error(libc::EBADF), "read"));
    }
    Ok(Value::Undefined)
}
