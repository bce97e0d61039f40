//! An incremental HTTP/1.x message parser over a connection's bytes:
//! `httparse` reads each head, this file frames the bodies (length,
//! chunked, until end of file) and reports what it found as events, in the
//! order and with the error codes of Node's parser (llhttp).

use std::collections::VecDeque;

use bistro_sdk::Value;

/// Event tags, as `modules/internal/http/parser.js` reads them.
const HEAD: f64 = 0.0;
const BODY: f64 = 1.0;
const END: f64 = 2.0;
const ERROR: f64 = 3.0;
const UPGRADE: f64 = 4.0;
const PARTIAL_HEAD: f64 = 5.0;

/// The longest chunk-size line (size and extensions), as Node's limit.
const MAX_CHUNK_LINE: usize = 16 * 1024;

/// Head flags.
const KEEP_ALIVE: f64 = 1.0;
const IS_UPGRADE: f64 = 2.0;
const COMPLETE: f64 = 4.0;
const HAS_HOST: f64 = 8.0;
const HAS_EXPECT: f64 = 16.0;

/// Methods Node's parser accepts (`http.METHODS`).
const METHODS: &[&str] = &[
    "ACL",
    "BIND",
    "CHECKOUT",
    "CONNECT",
    "COPY",
    "DELETE",
    "GET",
    "HEAD",
    "LINK",
    "LOCK",
    "M-SEARCH",
    "MERGE",
    "MKACTIVITY",
    "MKCALENDAR",
    "MKCOL",
    "MOVE",
    "NOTIFY",
    "OPTIONS",
    "PATCH",
    "POST",
    "PROPFIND",
    "PROPPATCH",
    "PURGE",
    "PUT",
    "QUERY",
    "REBIND",
    "REPORT",
    "SEARCH",
    "SOURCE",
    "SUBSCRIBE",
    "TRACE",
    "UNBIND",
    "UNLINK",
    "UNLOCK",
    "UNSUBSCRIBE",
];

/// Which side of the exchange the parser reads.
#[derive(Clone, Copy, PartialEq)]
pub(crate) enum Side {
    /// A server reading requests.
    Requests,
    /// A client reading responses.
    Responses,
}

enum State {
    Head,
    Length(u64),
    ChunkSize,
    ChunkData(u64),
    ChunkDataEnd,
    Trailers,
    UntilEof,
    /// After an upgrade: the bytes that follow are the new protocol's.
    Upgraded,
    /// After an error: the parser reads no more.
    Failed,
}

/// What a client's request asked for, which decides its response's body.
#[derive(Clone, Copy, PartialEq)]
enum Asked {
    Normal,
    Head,
    Connect,
}

/// What went wrong, as llhttp names it.
struct Failure(&'static str, &'static str);

/// One connection's parser.
pub(crate) struct Parser {
    side: Side,
    state: State,
    pending: Vec<u8>,
    max_header_size: usize,
    /// Whether a server hands `Upgrade` requests over (someone listens for
    /// them); if not they are plain requests. CONNECT always is handed over.
    upgrades: bool,
    /// A request said `Connection: close`: nothing may follow it.
    closing: bool,
    /// For a client: what each request still unanswered asked for.
    asked: VecDeque<Asked>,
}

impl Parser {
    /// A parser for `side` that refuses heads over `max_header_size` bytes.
    pub(crate) fn new(side: Side, max_header_size: usize) -> Self {
        Parser {
            side,
            state: State::Head,
            pending: Vec::new(),
            max_header_size,
            upgrades: true,
            closing: false,
            asked: VecDeque::new(),
        }
    }

    /// Heads over `size` bytes are refused (`HPE_HEADER_OVERFLOW`).
    pub(crate) fn set_max_header_size(&mut self, size: usize) {
        self.max_header_size = size;
    }

    /// Whether `Upgrade` requests are handed over.
    pub(crate) fn set_upgrades(&mut self, upgrades: bool) {
        self.upgrades = upgrades;
    }

    /// A client sent a request with `method` (a HEAD's response has no
    /// body; a CONNECT's success is an upgrade).
    pub(crate) fn expect_response(&mut self, method: &str) {
        self.asked.push_back(match method {
            "HEAD" => Asked::Head,
            "CONNECT" => Asked::Connect,
            _ => Asked::Normal,
        });
    }

    /// Whether part of a head has arrived and the rest has not.
    pub(crate) fn is_mid_head(&self) -> bool {
        matches!(self.state, State::Head) && !self.pending.is_empty()
    }

    /// Whether the parser has stopped (an upgrade or an error): the
    /// connection's bytes are no longer HTTP.
    pub(crate) fn is_done(&self) -> bool {
        matches!(self.state, State::Upgraded | State::Failed)
    }

    /// Parses `bytes` and appends the events they complete to `events`.
    /// After an upgrade, the last event carries the bytes that followed
    /// the head.
    pub(crate) fn feed(&mut self, bytes: &[u8], events: &mut Vec<Value>) {
        let was_mid_head = self.is_mid_head();
        let rest = if self.pending.is_empty() {
            let used = self.run(bytes, events);
            bytes[used..].to_vec()
        } else {
            let mut joined = std::mem::take(&mut self.pending);
            joined.extend_from_slice(bytes);
            let used = self.run(&joined, events);
            joined.split_off(used)
        };
        match self.state {
            State::Upgraded => events.push(Value::List(vec![Value::Number(UPGRADE), Value::from(rest)])),
            State::Failed => {}
            _ => self.pending = rest,
        }
        // A head begun by these bytes and not complete yet: a server times
        // such heads out (`headersTimeout`).
        if self.is_mid_head() && (!was_mid_head || !events.is_empty()) {
            events.push(Value::List(vec![Value::Number(PARTIAL_HEAD)]));
        }
    }

    /// End of file: a body read until the end completes; a message cut
    /// short is an error when bytes of it arrived.
    pub(crate) fn finish(&mut self, events: &mut Vec<Value>) {
        match self.state {
            State::UntilEof => {
                events.push(Value::List(vec![Value::Number(END), Value::List(Vec::new())]));
                self.state = State::Failed;
            }
            State::Head if self.pending.is_empty() => {}
            State::Upgraded | State::Failed => {}
            _ => {
                // As Node's `parser.finish()`: no packet, no position.
                self.pending.clear();
                self.fail(Failure("HPE_INVALID_EOF_STATE", "Invalid EOF state"), events, 0, None);
            }
        }
    }

    /// Parses as much of `bytes` as makes events; the count used.
    fn run(&mut self, bytes: &[u8], events: &mut Vec<Value>) -> usize {
        let mut at = 0;
        loop {
            let rest = &bytes[at..];
            let step = match self.state {
                State::Upgraded => return at,
                State::Failed => return bytes.len(),
                State::Head if self.closing && !rest.is_empty() => {
                    Err(Failure("HPE_CLOSED_CONNECTION", "Data after `Connection: close`"))
                }
                State::Head => self.head(rest, events),
                State::Length(left) => {
                    if rest.is_empty() {
                        return at;
                    }
                    let take = left.min(rest.len() as u64) as usize;
                    events.push(body(&rest[..take]));
                    self.state = if take as u64 == left {
                        self.end(Vec::new(), events)
                    } else {
                        State::Length(left - take as u64)
                    };
                    Ok(Some(take))
                }
                State::UntilEof => {
                    if !rest.is_empty() {
                        events.push(body(rest));
                    }
                    return bytes.len();
                }
                State::ChunkSize => match chunk_size_line(rest) {
                    Ok(Some((used, 0))) => {
                        self.state = State::Trailers;
                        Ok(Some(used))
                    }
                    Ok(Some((used, size))) => {
                        self.state = State::ChunkData(size);
                        Ok(Some(used))
                    }
                    other => other.map(|_| None),
                },
                State::ChunkData(left) => {
                    if rest.is_empty() {
                        return at;
                    }
                    let take = left.min(rest.len() as u64) as usize;
                    events.push(body(&rest[..take]));
                    self.state =
                        if take as u64 == left { State::ChunkDataEnd } else { State::ChunkData(left - take as u64) };
                    Ok(Some(take))
                }
                State::ChunkDataEnd => match rest {
                    [b'\r', b'\n', ..] => {
                        self.state = State::ChunkSize;
                        Ok(Some(2))
                    }
                    [] | [b'\r'] => Ok(None),
                    _ => Err(Failure("HPE_STRICT", "Expected LF after chunk data")),
                },
                State::Trailers => self.trailers(rest, events),
            };
            match step {
                Ok(Some(used)) => at += used,
                Ok(None) => {
                    if bytes.len() - at > self.max_header_size && matches!(self.state, State::Head | State::Trailers) {
                        self.fail(Failure("HPE_HEADER_OVERFLOW", "Header overflow"), events, at, Some(bytes));
                    }
                    return at;
                }
                Err(failure) => {
                    let parsed = at + if failure.0 == "HPE_INVALID_METHOD" { known_method_prefix(rest) } else { 0 };
                    self.fail(failure, events, parsed, Some(bytes));
                    return bytes.len();
                }
            }
        }
    }

    /// Reports an error `parsed` bytes into `raw` (Node's `bytesParsed`
    /// and `rawPacket`); the parser stops.
    fn fail(&mut self, Failure(code, reason): Failure, events: &mut Vec<Value>, parsed: usize, raw: Option<&[u8]>) {
        events.push(Value::List(vec![
            Value::Number(ERROR),
            Value::from(code),
            Value::from(reason),
            Value::Number(parsed as f64),
            raw.map_or(Value::Undefined, |raw| Value::from(raw.to_vec())),
        ]));
        self.state = State::Failed;
    }

    /// One head, when all of it is here.
    fn head(&mut self, bytes: &[u8], events: &mut Vec<Value>) -> Result<Option<usize>, Failure> {
        // Blank lines before a request are skipped, as llhttp does.
        let skipped = bytes.iter().take_while(|&&b| b == b'\r' || b == b'\n').count();
        let bytes = &bytes[skipped..];
        if bytes.is_empty() {
            return Ok(if skipped > 0 { Some(skipped) } else { None });
        }
        let mut storage = vec![httparse::EMPTY_HEADER; 64];
        loop {
            let parsed = match self.side {
                Side::Requests => parse_request(bytes, &mut storage),
                Side::Responses => parse_response(bytes, &mut storage),
            };
            match parsed {
                Err(Some(httparse::Error::TooManyHeaders)) if storage.len() < self.max_header_size / 2 => {
                    storage = vec![httparse::EMPTY_HEADER; storage.len() * 4];
                }
                Err(Some(httparse::Error::Version)) if self.side == Side::Requests => {
                    return Err(version_failure(bytes))
                }
                Err(error) => return Err(head_failure(error, self.side)),
                Ok(None) => return Ok(None),
                Ok(Some(head)) => {
                    if head.length > self.max_header_size {
                        return Err(Failure("HPE_HEADER_OVERFLOW", "Header overflow"));
                    }
                    check_line_ends(&bytes[..head.length])?;
                    if !head.second.is_ascii() && self.side == Side::Requests {
                        return Err(Failure("HPE_INVALID_URL", "Invalid char in url path"));
                    }
                    let length = head.length;
                    self.start_message(head, events)?;
                    return Ok(Some(skipped + length));
                }
            }
        }
    }

    /// Reports a head and chooses how its body is framed.
    fn start_message(&mut self, head: Head, events: &mut Vec<Value>) -> Result<(), Failure> {
        let framing = framing(&head.headers)?;
        if framing.transfer_encoding && !framing.chunked && self.side == Side::Requests {
            return Err(Failure("HPE_INVALID_TRANSFER_ENCODING", "Request has invalid `Transfer-Encoding`"));
        }
        let mut keep_alive = match framing.connection {
            Connection::Close => false,
            Connection::KeepAlive => true,
            Connection::Unspecified => head.minor == 1,
        };
        let (no_body, upgrade) = match self.side {
            Side::Requests => {
                let connect = head.first == "CONNECT";
                (false, connect || (self.upgrades && framing.upgrade && framing.connection_upgrade))
            }
            Side::Responses => {
                let asked = self.asked.pop_front().unwrap_or(Asked::Normal);
                let status = head.status;
                if (100..200).contains(&status) && status != 101 {
                    // A 100 Continue or 103 Early Hints: the final head follows.
                    self.asked.push_front(asked);
                }
                let upgrade = status == 101 || (status / 100 == 2 && asked == Asked::Connect);
                (asked == Asked::Head || status / 100 == 1 || status == 204 || status == 304, upgrade)
            }
        };
        let informational = self.side == Side::Responses && (100..200).contains(&head.status) && head.status != 101;
        self.closing = self.side == Side::Requests && !keep_alive;
        let body = if upgrade || no_body || informational {
            None
        } else if framing.chunked {
            Some(State::ChunkSize)
        } else if let Some(length) = framing.length {
            (length > 0).then_some(State::Length(length))
        } else if self.side == Side::Responses {
            keep_alive = false;
            Some(State::UntilEof)
        } else {
            None
        };
        let mut flags = 0.0;
        if keep_alive {
            flags += KEEP_ALIVE;
        }
        if upgrade {
            flags += IS_UPGRADE;
        }
        if body.is_none() {
            flags += COMPLETE;
        }
        if framing.host {
            flags += HAS_HOST;
        }
        if framing.expect {
            flags += HAS_EXPECT;
        }
        let first = match self.side {
            Side::Requests => Value::String(head.first),
            Side::Responses => Value::Number(f64::from(head.status)),
        };
        events.push(Value::List(vec![
            Value::Number(HEAD),
            first,
            Value::String(head.second),
            Value::Number(f64::from(head.minor)),
            Value::List(head.headers.into_iter().flat_map(|(n, v)| [Value::String(n), Value::String(v)]).collect()),
            Value::Number(flags),
        ]));
        self.state = match body {
            Some(state) => state,
            None if upgrade => State::Upgraded,
            None => State::Head,
        };
        Ok(())
    }

    /// The trailers after a last chunk, then the end of the message.
    fn trailers(&mut self, bytes: &[u8], events: &mut Vec<Value>) -> Result<Option<usize>, Failure> {
        let mut storage = vec![httparse::EMPTY_HEADER; 32];
        loop {
            let capacity = storage.len();
            match httparse::parse_headers(bytes, &mut storage) {
                Ok(httparse::Status::Complete((used, headers))) => {
                    check_line_ends(&bytes[..used])?;
                    let trailers =
                        headers.iter().flat_map(|h| [Value::from(h.name), Value::String(latin1(h.value))]).collect();
                    self.state = self.end(trailers, events);
                    return Ok(Some(used));
                }
                Ok(httparse::Status::Partial) => return Ok(None),
                Err(httparse::Error::TooManyHeaders) if capacity < self.max_header_size / 2 => {
                    storage = vec![httparse::EMPTY_HEADER; capacity * 4];
                }
                Err(_) => return Err(Failure("HPE_INVALID_HEADER_TOKEN", "Invalid header token")),
            }
        }
    }

    /// The end of a message: the state the next one starts in.
    fn end(&mut self, trailers: Vec<Value>, events: &mut Vec<Value>) -> State {
        events.push(Value::List(vec![Value::Number(END), Value::List(trailers)]));
        State::Head
    }
}

fn body(bytes: &[u8]) -> Value {
    Value::List(vec![Value::Number(BODY), Value::from(bytes.to_vec())])
}

/// A parsed head, owned.
struct Head {
    /// The method (requests).
    first: String,
    /// The URL (requests) or reason phrase (responses).
    second: String,
    status: u16,
    minor: u8,
    headers: Vec<(String, String)>,
    length: usize,
}

fn owned_headers(headers: &[httparse::Header<'_>]) -> Vec<(String, String)> {
    headers.iter().map(|h| (h.name.to_owned(), latin1(h.value))).collect()
}

/// Header bytes as Node reads them: one character per byte (latin1).
fn latin1(bytes: &[u8]) -> String {
    bytes.iter().map(|&b| char::from(b)).collect()
}

/// Every line of a head ends in CRLF (a bare LF is how parsers disagree
/// behind a proxy): llhttp's errors otherwise.
fn check_line_ends(head: &[u8]) -> Result<(), Failure> {
    let Some(at) = head.iter().enumerate().position(|(i, &b)| b == b'\n' && (i == 0 || head[i - 1] != b'\r')) else {
        return Ok(());
    };
    if !head[..at].contains(&b'\n') {
        return Err(Failure("HPE_INVALID_VERSION", "Expected CRLF after version"));
    }
    Err(Failure("HPE_CR_EXPECTED", "Missing expected CR after header value"))
}

/// A chunk-size line: hex digits, optional `;` extensions, CRLF. The
/// bytes used and the size; `None` until the line is all here.
fn chunk_size_line(bytes: &[u8]) -> Result<Option<(usize, u64)>, Failure> {
    let invalid = || Failure("HPE_INVALID_CHUNK_SIZE", "Invalid character in chunk size");
    let overflow = || Failure("HPE_CHUNK_EXTENSIONS_OVERFLOW", "Chunk extensions overflow");
    let digits = bytes.iter().take_while(|b| b.is_ascii_hexdigit()).count();
    if digits == 0 {
        return if bytes.is_empty() { Ok(None) } else { Err(invalid()) };
    }
    if digits > 16 {
        return Err(Failure("HPE_INVALID_CHUNK_SIZE", "Chunk size overflow"));
    }
    let text = std::str::from_utf8(&bytes[..digits]).map_err(|_| invalid())?;
    let size = u64::from_str_radix(text, 16).map_err(|_| invalid())?;
    let mut at = digits;
    if bytes.get(at) == Some(&b';') {
        let mut quoted = false;
        loop {
            at += 1;
            if at > MAX_CHUNK_LINE {
                return Err(overflow());
            }
            match bytes.get(at) {
                None => return Ok(None),
                Some(b'"') => quoted = !quoted,
                Some(b'\r') if !quoted => break,
                Some(b'\n') => {
                    return Err(Failure("HPE_CR_EXPECTED", "Missing expected CR after chunk extension name"))
                }
                Some(_) => {}
            }
        }
    }
    match &bytes[at..] {
        [] | [b'\r'] => Ok(None),
        [b'\r', b'\n', ..] => Ok(Some((at + 2, size))),
        [b'\r', ..] => Err(Failure("HPE_STRICT", "Expected LF after chunk size")),
        _ => Err(invalid()),
    }
}

fn parse_request<'b>(
    bytes: &'b [u8],
    storage: &mut [httparse::Header<'b>],
) -> Result<Option<Head>, Option<httparse::Error>> {
    let mut request = httparse::Request::new(storage);
    match request.parse(bytes) {
        Ok(httparse::Status::Complete(length)) => {
            let method = request.method.unwrap_or_default();
            if !METHODS.contains(&method) {
                return Err(None);
            }
            Ok(Some(Head {
                first: method.to_owned(),
                second: request.path.unwrap_or_default().to_owned(),
                status: 0,
                minor: request.version.unwrap_or(1),
                headers: owned_headers(request.headers),
                length,
            }))
        }
        Ok(httparse::Status::Partial) => match request.method {
            Some(method) if !METHODS.contains(&method) => Err(None),
            _ => Ok(None),
        },
        Err(error) => Err(Some(error)),
    }
}

fn parse_response<'b>(
    bytes: &'b [u8],
    storage: &mut [httparse::Header<'b>],
) -> Result<Option<Head>, Option<httparse::Error>> {
    let mut response = httparse::Response::new(storage);
    match response.parse(bytes) {
        Ok(httparse::Status::Complete(length)) => Ok(Some(Head {
            first: String::new(),
            second: response.reason.unwrap_or_default().to_owned(),
            status: response.code.unwrap_or_default(),
            minor: response.version.unwrap_or(1),
            headers: owned_headers(response.headers),
            length,
        })),
        Ok(httparse::Status::Partial) => Ok(None),
        Err(error) => Err(Some(error)),
    }
}

/// How many bytes of `bytes` begin some method's name: where llhttp sees
/// an invalid method.
fn known_method_prefix(bytes: &[u8]) -> usize {
    METHODS.iter().map(|m| m.bytes().zip(bytes).take_while(|(a, b)| a == *b).count()).max().unwrap_or(0).max(1)
}

/// A request line whose version did not parse, as llhttp reports it:
/// something other than `HTTP/` after the target (a target with a space),
/// or the digit that is wrong.
fn version_failure(bytes: &[u8]) -> Failure {
    let line = bytes.split(|&b| b == b'\r' || b == b'\n').next().unwrap_or_default();
    let parts: Vec<&[u8]> = line.split(|&b| b == b' ').collect();
    match parts.as_slice() {
        [_, _, version] if version.starts_with(b"HTTP/") => match &version[5..] {
            [major, ..] if !major.is_ascii_digit() => Failure("HPE_INVALID_VERSION", "Invalid major version"),
            [_, b'.', minor, ..] if !minor.is_ascii_digit() => Failure("HPE_INVALID_VERSION", "Invalid minor version"),
            _ => Failure("HPE_INVALID_VERSION", "Invalid HTTP version"),
        },
        _ => Failure("HPE_INVALID_CONSTANT", "Expected HTTP/, RTSP/ or ICE/"),
    }
}

/// A head that did not parse, as llhttp reports it. `None` is a method
/// Node does not know.
fn head_failure(error: Option<httparse::Error>, side: Side) -> Failure {
    match error {
        None => Failure("HPE_INVALID_METHOD", "Invalid method encountered"),
        Some(httparse::Error::HeaderName) => Failure("HPE_INVALID_HEADER_TOKEN", "Invalid header token"),
        Some(httparse::Error::HeaderValue) => Failure("HPE_INVALID_HEADER_TOKEN", "Invalid header value char"),
        Some(httparse::Error::Version) => Failure("HPE_INVALID_VERSION", "Invalid HTTP version"),
        Some(httparse::Error::Status) => Failure("HPE_INVALID_STATUS", "Invalid status code"),
        Some(httparse::Error::Token) if side == Side::Requests => {
            Failure("HPE_INVALID_METHOD", "Invalid method encountered")
        }
        Some(httparse::Error::TooManyHeaders) => Failure("HPE_HEADER_OVERFLOW", "Header overflow"),
        Some(_) => Failure("HPE_INVALID_CONSTANT", "Expected HTTP/"),
    }
}

#[derive(PartialEq)]
enum Connection {
    Unspecified,
    KeepAlive,
    Close,
}

/// What a head's headers say about its body and connection.
struct Framing {
    length: Option<u64>,
    transfer_encoding: bool,
    chunked: bool,
    connection: Connection,
    connection_upgrade: bool,
    upgrade: bool,
    host: bool,
    expect: bool,
}

fn framing(headers: &[(String, String)]) -> Result<Framing, Failure> {
    let mut framing = Framing {
        length: None,
        transfer_encoding: false,
        chunked: false,
        connection: Connection::Unspecified,
        connection_upgrade: false,
        upgrade: false,
        host: false,
        expect: false,
    };
    for (name, value) in headers {
        if name.eq_ignore_ascii_case("content-length") {
            let length = value
                .trim()
                .parse::<u64>()
                .ok()
                .filter(|_| value.trim().bytes().all(|b| b.is_ascii_digit()))
                .ok_or(Failure("HPE_INVALID_CONTENT_LENGTH", "Invalid character in Content-Length"))?;
            if framing.length.is_some() {
                return Err(Failure("HPE_UNEXPECTED_CONTENT_LENGTH", "Duplicate Content-Length"));
            }
            framing.length = Some(length);
        } else if name.eq_ignore_ascii_case("transfer-encoding") {
            framing.transfer_encoding = true;
            // Chunked must be the last coding.
            framing.chunked = value.rsplit(',').next().is_some_and(|last| last.trim().eq_ignore_ascii_case("chunked"));
        } else if name.eq_ignore_ascii_case("connection") {
            for token in value.split(',').map(str::trim) {
                if token.eq_ignore_ascii_case("close") {
                    framing.connection = Connection::Close;
                } else if token.eq_ignore_ascii_case("keep-alive") && framing.connection != Connection::Close {
                    framing.connection = Connection::KeepAlive;
                } else if token.eq_ignore_ascii_case("upgrade") {
                    framing.connection_upgrade = true;
                }
            }
        } else if name.eq_ignore_ascii_case("upgrade") {
            framing.upgrade = true;
        } else if name.eq_ignore_ascii_case("host") {
            framing.host = true;
        } else if name.eq_ignore_ascii_case("expect") {
            framing.expect = true;
        }
    }
    if framing.transfer_encoding && framing.length.is_some() {
        return Err(Failure("HPE_INVALID_TRANSFER_ENCODING", "Transfer-Encoding can't be present with Content-Length"));
    }
    Ok(framing)
}
