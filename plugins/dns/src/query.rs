//! DNS queries for `dns.resolve*` and `Resolver`: one question to the
//! configured servers over UDP (TCP when the answer is truncated), built
//! and read with `hickory-proto`, each answer record described for
//! JavaScript. Errors carry c-ares' codes, as Node reports them.

use std::net::SocketAddr;
use std::time::Duration;

use bistro_sdk::{OpError, Value};
use hickory_proto::op::{Message, MessageType, OpCode, Query, ResponseCode};
use hickory_proto::rr::{Name, RData, Record, RecordType};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// What to ask, and whom.
pub(crate) struct Question {
    pub name: String,
    pub record_type: String,
    pub servers: Vec<SocketAddr>,
    pub timeout: Duration,
    pub tries: u32,
}

/// Asks the servers in turn, each up to `tries` times; the answer
/// records, or the error of the last attempt.
pub(crate) async fn ask(question: Question) -> Result<Value, OpError> {
    let record_type = parse_type(&question.record_type)?;
    let name = Name::from_ascii(&question.name).map_err(|_| failure("EBADNAME"))?;
    let mut message = Message::new();
    message
        .set_id(rand_id())
        .set_message_type(MessageType::Query)
        .set_op_code(OpCode::Query)
        .set_recursion_desired(true);
    message.add_query(Query::query(name, record_type));
    let request = message.to_vec().map_err(|_| failure("EBADQUERY"))?;
    let mut last = failure("ECONNREFUSED");
    for _ in 0..question.tries.max(1) {
        for &server in &question.servers {
            match exchange(server, &request, message.id(), question.timeout).await {
                Ok(response) => return answers(&response, record_type),
                Err(error) => last = error,
            }
        }
    }
    Err(last)
}

/// One exchange with one server: UDP, then TCP if the answer was cut.
async fn exchange(server: SocketAddr, request: &[u8], id: u16, timeout: Duration) -> Result<Message, OpError> {
    let local: SocketAddr = if server.is_ipv6() { "[::]:0" } else { "0.0.0.0:0" }.parse().expect("an address");
    let socket = tokio::net::UdpSocket::bind(local).await.map_err(io_failure)?;
    socket.connect(server).await.map_err(io_failure)?;
    socket.send(request).await.map_err(io_failure)?;
    let mut buffer = vec![0u8; 4096];
    let response = tokio::time::timeout(timeout, async {
        loop {
            let read = socket.recv(&mut buffer).await.map_err(io_failure)?;
            match Message::from_vec(&buffer[..read]) {
                // A late answer to an earlier attempt, or noise: keep waiting.
                Ok(message) if message.id() != id => continue,
                Ok(message) => return Ok(message),
                Err(_) => return Err(failure("EBADRESP")),
            }
        }
    })
    .await
    .map_err(|_| failure("ETIMEOUT"))??;
    if !response.truncated() {
        return Ok(response);
    }
    tokio::time::timeout(timeout, over_tcp(server, request)).await.map_err(|_| failure("ETIMEOUT"))?
}

async fn over_tcp(server: SocketAddr, request: &[u8]) -> Result<Message, OpError> {
    let mut stream = tokio::net::TcpStream::connect(server).await.map_err(io_failure)?;
    let length = u16::try_from(request.len()).map_err(|_| failure("EBADQUERY"))?;
    stream.write_all(&length.to_be_bytes()).await.map_err(io_failure)?;
    stream.write_all(request).await.map_err(io_failure)?;
    let mut prefix = [0u8; 2];
    stream.read_exact(&mut prefix).await.map_err(io_failure)?;
    let mut body = vec![0u8; usize::from(u16::from_be_bytes(prefix))];
    stream.read_exact(&mut body).await.map_err(io_failure)?;
    Message::from_vec(&body).map_err(|_| failure("EBADRESP"))
}

/// The records answering the question, or the error its response code
/// (or an empty answer) means.
fn answers(response: &Message, record_type: RecordType) -> Result<Value, OpError> {
    match response.response_code() {
        ResponseCode::NoError => {}
        ResponseCode::NXDomain => return Err(failure("ENOTFOUND")),
        ResponseCode::ServFail => return Err(failure("ESERVFAIL")),
        ResponseCode::Refused => return Err(failure("EREFUSED")),
        ResponseCode::FormErr => return Err(failure("EFORMERR")),
        ResponseCode::NotImp => return Err(failure("ENOTIMP")),
        _ => return Err(failure("EBADRESP")),
    }
    let found: Vec<Value> = response
        .answers()
        .iter()
        .filter(|record| record_type == RecordType::ANY || record.record_type() == record_type)
        .filter_map(describe)
        .collect();
    if found.is_empty() {
        return Err(failure("ENODATA"));
    }
    Ok(Value::List(found))
}

/// `[type, ttl, ...fields]` of one record, the fields as
/// `modules/internal/dns/resolver.js` reads them.
fn describe(record: &Record) -> Option<Value> {
    let text = |name: &Name| Value::from(name_text(name));
    let number = |n: u32| Value::Number(f64::from(n));
    let fields: Vec<Value> = match record.data() {
        RData::A(a) => vec![Value::from("A"), Value::from(a.0.to_string())],
        RData::AAAA(aaaa) => vec![Value::from("AAAA"), Value::from(aaaa.0.to_string())],
        RData::CNAME(name) => vec![Value::from("CNAME"), text(&name.0)],
        RData::NS(name) => vec![Value::from("NS"), text(&name.0)],
        RData::PTR(name) => vec![Value::from("PTR"), text(&name.0)],
        RData::MX(mx) => vec![Value::from("MX"), number(u32::from(mx.preference())), text(mx.exchange())],
        RData::TXT(txt) => {
            let parts = txt.txt_data().iter().map(|part| Value::from(String::from_utf8_lossy(part).into_owned()));
            vec![Value::from("TXT"), Value::List(parts.collect())]
        }
        RData::SRV(srv) => vec![
            Value::from("SRV"),
            number(u32::from(srv.priority())),
            number(u32::from(srv.weight())),
            number(u32::from(srv.port())),
            text(srv.target()),
        ],
        RData::SOA(soa) => vec![
            Value::from("SOA"),
            text(soa.mname()),
            text(soa.rname()),
            number(soa.serial()),
            Value::Number(f64::from(soa.refresh())),
            Value::Number(f64::from(soa.retry())),
            Value::Number(f64::from(soa.expire())),
            number(soa.minimum()),
        ],
        _ => return None,
    };
    let mut described = vec![fields[0].clone(), number(record.ttl())];
    described.extend(fields.into_iter().skip(1));
    Some(Value::List(described))
}

fn name_text(name: &Name) -> String {
    let text = name.to_utf8();
    text.strip_suffix('.').map(str::to_owned).unwrap_or(text)
}

fn parse_type(name: &str) -> Result<RecordType, OpError> {
    Ok(match name {
        "A" => RecordType::A,
        "AAAA" => RecordType::AAAA,
        "ANY" => RecordType::ANY,
        "CNAME" => RecordType::CNAME,
        "MX" => RecordType::MX,
        "NS" => RecordType::NS,
        "PTR" => RecordType::PTR,
        "SOA" => RecordType::SOA,
        "SRV" => RecordType::SRV,
        "TXT" => RecordType::TXT,
        _ => return Err(OpError::new("ERR_INVALID_ARG_VALUE", format!("unknown record type {name}"))),
    })
}

/// A query's failure: JavaScript adds the syscall and host name.
fn failure(code: &str) -> OpError {
    OpError::new(code, code)
}

fn io_failure(error: std::io::Error) -> OpError {
    match error.kind() {
        std::io::ErrorKind::ConnectionRefused => failure("ECONNREFUSED"),
        _ => failure("ECONNREFUSED").with_prop("cause", error.to_string()),
    }
}

/// A query id no one can predict from the last (spoofing needs a guess).
fn rand_id() -> u16 {
    let mut bytes = [0u8; 2];
    // SAFETY: getrandom writes at most `bytes.len()` bytes into `bytes`.
    let filled = unsafe { libc::getrandom(bytes.as_mut_ptr().cast(), bytes.len(), 0) };
    if filled == 2 {
        u16::from_ne_bytes(bytes)
    } else {
        std::process::id() as u16 ^ std::time::SystemTime::now().elapsed().map_or(0, |d| d.subsec_nanos() as u16)
    }
}

/// The name servers of `/etc/resolv.conf`, as `ip` or `[ip]:port`.
pub(crate) fn system_servers() -> Vec<String> {
    let text = std::fs::read_to_string("/etc/resolv.conf").unwrap_or_default();
    text.lines()
        .filter_map(|line| line.trim().strip_prefix("nameserver"))
        .map(|rest| rest.trim().split('%').next().unwrap_or_default().to_owned())
        .filter(|address| address.parse::<std::net::IpAddr>().is_ok())
        .collect()
}
