//! # bistro-url
//!
//! The Rust half of `URL` and `node:url`: WHATWG URL parsing and
//! serialisation with [ada](https://github.com/ada-url/ada), the parser
//! Node itself uses, so hrefs, hosts (IDNA included) and errors match
//! Node's byte for byte.
//!
//! A parsed URL crosses to JavaScript as its parts, in the order of
//! [`PARTS`]; `modules/internal/url.js` keeps them and builds `URL` and
//! `URLSearchParams` on top.

use ada_url::{Idna, Url};
use bistro_sdk::{Args, Capability, OpDecl, OpError, OpResult, Plugin, Value};

/// The URL plugin.
pub struct UrlPlugin;

/// The parts of a URL, in the order they are returned.
pub const PARTS: [&str; 11] =
    ["href", "origin", "protocol", "username", "password", "host", "hostname", "port", "pathname", "search", "hash"];

impl Plugin for UrlPlugin {
    fn name(&self) -> &str {
        "url"
    }

    fn modules(&self) -> &'static [&'static str] {
        // node:querystring has no Rust half; it comes with node:url, whose
        // legacy url.parse() and url.format() use it.
        &["url", "querystring"]
    }

    fn ops(&self) -> Vec<OpDecl> {
        vec![
            // parse(input, base?) → parts, or null when invalid.
            OpDecl::sync("parse", Capability::none(), |_, args| {
                Ok(parse(args.str(0)?, args.opt_str(1)?).map_or(Value::Null, |url| parts(&url)))
            }),
            // can_parse(input, base?) → whether parse would succeed.
            OpDecl::sync("can_parse", Capability::none(), |_, args| {
                Ok(Value::Bool(Url::can_parse(args.str(0)?, args.opt_str(1)?)))
            }),
            // set(href, part, value) → the parts after the setter (the same
            // parts when the spec's setter refuses the value); null when
            // `href` (the href setter's input) does not parse.
            OpDecl::sync("set", Capability::none(), |_, args| set(args.str(0)?, args.str(1)?, args.str(2)?)),
            // format(href, fragment, unicode, search, auth) → url.format's
            // string for a URL object.
            OpDecl::sync("format", Capability::none(), |_, args| {
                let flag = |i: usize| args.flag_or(i, true);
                Ok(format(args.str(0)?, flag(1), flag(2), flag(3), flag(4)).map_or(Value::Null, Value::from))
            }),
            OpDecl::sync("domain_to_ascii", Capability::none(), |_, args| {
                Ok(Value::from(domain_to_ascii(args.str(0)?)))
            }),
            OpDecl::sync("domain_to_unicode", Capability::none(), |_, args| {
                Ok(Value::from(domain_to_unicode(args.str(0)?)))
            }),
        ]
    }
}

fn parse(input: &str, base: Option<&str>) -> Option<Url> {
    Url::parse(input, base).ok()
}

/// A URL's parts as a list, in the order of [`PARTS`].
fn parts(url: &Url) -> Value {
    let origin = url.origin();
    let values = [
        url.href(),
        origin.as_str(),
        url.protocol(),
        url.username(),
        url.password(),
        url.host(),
        url.hostname(),
        url.port(),
        url.pathname(),
        url.search(),
        url.hash(),
    ];
    Value::List(values.into_iter().map(Value::from).collect())
}

fn set(href: &str, part: &str, value: &str) -> OpResult {
    if part == "href" {
        return Ok(parse(value, None).map_or(Value::Null, |url| parts(&url)));
    }
    let mut url = parse(href, None).ok_or_else(|| OpError::new("ERR_INVALID_URL", "Invalid URL"))?;
    // The spec's setters ignore values they cannot use.
    let _ = match part {
        "protocol" => url.set_protocol(value),
        "username" => url.set_username(Some(value)),
        "password" => url.set_password(Some(value)),
        "host" => url.set_host(Some(value)),
        "hostname" => url.set_hostname(Some(value)),
        "port" => url.set_port(if value.is_empty() { None } else { Some(value) }),
        "pathname" => url.set_pathname(Some(value)),
        "search" => {
            url.set_search(if value.is_empty() { None } else { Some(value) });
            Ok(())
        }
        "hash" => {
            url.set_hash(if value.is_empty() { None } else { Some(value) });
            Ok(())
        }
        _ => return Err(OpError::type_error(format!("url: no part named {part}"))),
    };
    Ok(parts(&url))
}

/// `url.format(URL, options)`: the href without what the options leave out.
fn format(href: &str, fragment: bool, unicode: bool, search: bool, auth: bool) -> Option<String> {
    let mut url = parse(href, None)?;
    if !fragment {
        url.set_hash(None);
    }
    if !search {
        url.set_search(None);
    }
    if !auth {
        let _ = url.set_username(Some(""));
        let _ = url.set_password(Some(""));
    }
    let mut out = url.href().to_owned();
    if unicode && url.has_hostname() {
        let ascii = url.hostname().to_owned();
        let shown = domain_to_unicode(&ascii);
        if shown != ascii {
            let at = url.components().host_start as usize;
            let start = out[at..].find(&ascii).map(|i| i + at)?;
            out.replace_range(start..start + ascii.len(), &shown);
        }
    }
    Some(out)
}

/// A host in ASCII (punycode), or `""` when it is not a valid domain.
fn domain_to_ascii(domain: &str) -> String {
    match parse(&format!("ws://{domain}"), None) {
        Some(url) if !domain.is_empty() => url.hostname().to_owned(),
        _ => String::new(),
    }
}

/// A host with its punycode labels decoded, or `""` when it is invalid.
fn domain_to_unicode(domain: &str) -> String {
    match parse(&format!("ws://{domain}"), None) {
        Some(url) if !domain.is_empty() => Idna::unicode(url.hostname()),
        _ => String::new(),
    }
}

/// Percent-encodes a file path for a file: URL as Node's pathToFileURL
/// does: every byte but ASCII letters, digits and `!$&'()*+,-./:;=@_`.
#[cfg(test)]
mod tests {
    use super::{domain_to_ascii, domain_to_unicode, format};

    #[test]
    fn domains_convert_both_ways() {
        assert_eq!(domain_to_ascii("ñ.com"), "xn--ida.com");
        assert_eq!(domain_to_unicode("xn--ida.com"), "ñ.com");
        assert_eq!(domain_to_ascii("a b"), "");
    }

    #[test]
    fn format_leaves_out_what_it_is_told_to() {
        let href = "https://u:p@xn--ida.com/p?q#h";
        assert_eq!(format(href, false, true, false, false).as_deref(), Some("https://ñ.com/p"));
        assert_eq!(format(href, true, false, true, true).as_deref(), Some(href));
    }
}
