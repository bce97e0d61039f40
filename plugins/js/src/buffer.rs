//! The native half of `node:buffer`: encoding and decoding strings, byte
//! searches and comparisons, over the bytes of typed arrays in place.
//!
//! Encodings arrive normalised by `modules/buffer.js`: `utf8`, `utf16le`,
//! `latin1`, `ascii`, `base64`, `base64url` or `hex`.

use rquickjs::{ArrayBuffer, Ctx, Exception, IntoJs, Object, Result, TypedArray, Value};

use crate::convert::wtf8;

/// The bytes a `Uint8Array` (or `Buffer`) views.
fn view_bytes<'a>(ctx: &Ctx<'_>, view: &'a TypedArray<'_, u8>) -> Result<&'a [u8]> {
    // SAFETY: callers use the slice before any JavaScript runs again.
    unsafe { view.as_bytes() }
        .ok_or_else(|| Exception::throw_type(ctx, "Cannot perform operation on a detached buffer"))
}

fn as_view<'js>(ctx: &Ctx<'js>, object: Object<'js>) -> Result<TypedArray<'js, u8>> {
    TypedArray::<u8>::from_object(object).map_err(|_| Exception::throw_type(ctx, "expected a Uint8Array"))
}

/// `encode(string, encoding)` → a new ArrayBuffer with the string's bytes.
pub(crate) fn encode<'js>(ctx: Ctx<'js>, text: Value<'js>, encoding: String) -> Result<ArrayBuffer<'js>> {
    let bytes = wtf8(&ctx, text)?;
    let out = match encoding.as_str() {
        "utf8" => well_formed(bytes),
        "utf16le" => code_units(&bytes).flat_map(u16::to_le_bytes).collect(),
        "latin1" | "ascii" => code_units(&bytes).map(|unit| unit as u8).collect(),
        "base64" | "base64url" => decode_base64(&bytes),
        "hex" => decode_hex(&bytes),
        other => return Err(Exception::throw_type(&ctx, &format!("Unknown encoding: {other}"))),
    };
    ArrayBuffer::from_source(ctx, out)
}

/// `decode(view, encoding, start, end)` → the bytes `start..end` as a string.
pub(crate) fn decode<'js>(
    ctx: Ctx<'js>,
    view: Object<'js>,
    encoding: String,
    start: usize,
    end: usize,
) -> Result<Value<'js>> {
    let view = as_view(&ctx, view)?;
    let all = view_bytes(&ctx, &view)?;
    let end = end.min(all.len());
    let bytes = &all[start.min(end)..end];
    let text = match encoding.as_str() {
        "utf8" => String::from_utf8_lossy(bytes).into_owned(),
        "utf16le" => {
            let units: Vec<u16> = bytes.chunks_exact(2).map(|pair| u16::from_le_bytes([pair[0], pair[1]])).collect();
            return utf16_string(&ctx, &units);
        }
        "latin1" => bytes.iter().map(|&b| b as char).collect(),
        "ascii" => bytes.iter().map(|&b| (b & 0x7f) as char).collect(),
        "base64" => encode_base64(bytes, BASE64, true),
        "base64url" => encode_base64(bytes, BASE64_URL, false),
        "hex" => {
            let mut out = String::with_capacity(bytes.len() * 2);
            for &b in bytes {
                out.push(HEX[(b >> 4) as usize] as char);
                out.push(HEX[(b & 15) as usize] as char);
            }
            out
        }
        other => return Err(Exception::throw_type(&ctx, &format!("Unknown encoding: {other}"))),
    };
    text.into_js(&ctx)
}

/// A JavaScript string of UTF-16 code units, lone surrogates kept.
fn utf16_string<'js>(ctx: &Ctx<'js>, units: &[u16]) -> Result<Value<'js>> {
    // SAFETY: `units` is a live slice; QuickJS copies it into a new string
    // and returns an owned value (or an exception on allocation failure).
    unsafe {
        let raw = rquickjs::qjs::JS_NewStringUTF16(ctx.as_raw().as_ptr(), units.as_ptr(), units.len() as _);
        let value = Value::from_raw(ctx.clone(), raw);
        if value.is_exception() {
            return Err(rquickjs::Error::Exception);
        }
        Ok(value)
    }
}

/// `utf8Length(string)` → the UTF-8 byte length (a lone surrogate counts
/// as the three bytes of U+FFFD).
pub(crate) fn utf8_length<'js>(ctx: Ctx<'js>, text: Value<'js>) -> Result<usize> {
    Ok(wtf8(&ctx, text)?.len())
}

/// `compare(a, b)` → -1, 0 or 1, comparing bytes like memcmp.
pub(crate) fn compare<'js>(ctx: Ctx<'js>, a: Object<'js>, b: Object<'js>) -> Result<i32> {
    let (a, b) = (as_view(&ctx, a)?, as_view(&ctx, b)?);
    Ok(match view_bytes(&ctx, &a)?.cmp(view_bytes(&ctx, &b)?) {
        std::cmp::Ordering::Less => -1,
        std::cmp::Ordering::Equal => 0,
        std::cmp::Ordering::Greater => 1,
    })
}

/// `indexOf(haystack, needle, from, last)` → the first (or, with `last`,
/// the final) position of `needle` at or before/after `from`, or -1.
pub(crate) fn index_of<'js>(
    ctx: Ctx<'js>,
    haystack: Object<'js>,
    needle: Object<'js>,
    from: f64,
    last: bool,
) -> Result<f64> {
    let (haystack, needle) = (as_view(&ctx, haystack)?, as_view(&ctx, needle)?);
    let (hay, pin) = (view_bytes(&ctx, &haystack)?, view_bytes(&ctx, &needle)?);
    let from = from.max(0.0) as usize;
    if pin.len() > hay.len() {
        return Ok(-1.0);
    }
    let found = if last {
        let start = from.min(hay.len() - pin.len());
        (0..=start).rev().find(|&i| &hay[i..i + pin.len()] == pin)
    } else if pin.is_empty() {
        (from <= hay.len()).then_some(from)
    } else {
        hay.get(from..).and_then(|rest| rest.windows(pin.len()).position(|w| w == pin)).map(|i| i + from)
    };
    Ok(found.map_or(-1.0, |i| i as f64))
}

const BASE64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const BASE64_URL: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const HEX: &[u8; 16] = b"0123456789abcdef";

fn encode_base64(bytes: &[u8], alphabet: &[u8; 64], pad: bool) -> String {
    let mut out = Vec::with_capacity(bytes.len().div_ceil(3) * 4);
    let mut chunks = bytes.chunks_exact(3);
    for c in &mut chunks {
        let n = (c[0] as u32) << 16 | (c[1] as u32) << 8 | c[2] as u32;
        out.extend([18, 12, 6, 0].map(|shift| alphabet[(n >> shift & 63) as usize]));
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let n = (rest[0] as u32) << 16 | rest.get(1).map_or(0, |&b| (b as u32) << 8);
        let kept = rest.len() + 1;
        out.extend([18, 12, 6, 0].map(|shift| alphabet[(n >> shift & 63) as usize]).into_iter().take(kept));
        if pad {
            out.extend(std::iter::repeat_n(b'=', 4 - kept));
        }
    }
    // The alphabet is ASCII.
    String::from_utf8(out).unwrap_or_default()
}

/// Node's forgiving base64: both alphabets, characters outside them
/// skipped, stopping at the first `=`.
fn decode_base64(text: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len() / 4 * 3 + 3);
    let (mut acc, mut bits) = (0u32, 0);
    for &c in text {
        let value = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' | b'-' => 62,
            b'/' | b'_' => 63,
            b'=' => break,
            _ => continue,
        };
        acc = acc << 6 | value as u32;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    out
}

/// Hex pairs up to the first invalid one, as Node decodes them.
fn decode_hex(text: &[u8]) -> Vec<u8> {
    let digit = |c: u8| (c as char).to_digit(16).map(|d| d as u8);
    text.chunks_exact(2).map_while(|pair| Some(digit(pair[0])? << 4 | digit(pair[1])?)).collect()
}

/// WTF-8 to UTF-8: lone surrogates become U+FFFD.
fn well_formed(bytes: Vec<u8>) -> Vec<u8> {
    match String::from_utf8(bytes) {
        Ok(text) => text.into_bytes(),
        Err(error) => {
            let units: Vec<u16> = code_units(error.as_bytes()).collect();
            String::from_utf16_lossy(&units).into_bytes()
        }
    }
}

/// The UTF-16 code units of a WTF-8 string (lone surrogates kept).
fn code_units(bytes: &[u8]) -> impl Iterator<Item = u16> + '_ {
    let mut i = 0;
    let mut pending_low = None;
    std::iter::from_fn(move || {
        if let Some(low) = pending_low.take() {
            return Some(low);
        }
        let b = *bytes.get(i)?;
        let (width, initial) = match b {
            0..=0x7f => (1, b as u32),
            0xc0..=0xdf => (2, (b & 0x1f) as u32),
            0xe0..=0xef => (3, (b & 0x0f) as u32),
            _ => (4, (b & 0x07) as u32),
        };
        let point =
            bytes[i + 1..(i + width).min(bytes.len())].iter().fold(initial, |acc, &c| acc << 6 | (c & 0x3f) as u32);
        i += width;
        if point >= 0x10000 {
            let point = point - 0x10000;
            pending_low = Some(0xdc00 | (point & 0x3ff) as u16);
            return Some(0xd800 | (point >> 10) as u16);
        }
        Some(point as u16)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_round_trips_every_remainder() {
        for n in 0..10usize {
            let bytes: Vec<u8> = (0..n as u8).map(|b| b.wrapping_mul(37)).collect();
            let text = encode_base64(&bytes, BASE64, true);
            assert_eq!(text.len() % 4, 0);
            assert_eq!(decode_base64(text.as_bytes()), bytes);
            assert_eq!(decode_base64(encode_base64(&bytes, BASE64_URL, false).as_bytes()), bytes);
        }
        assert_eq!(decode_base64(b"aGk=\n IQ=="), b"hi");
        assert_eq!(encode_base64(b"hi!?", BASE64, true), "aGkhPw==");
    }

    #[test]
    fn hex_stops_at_the_first_bad_pair() {
        assert_eq!(decode_hex(b"0aFfzz10"), vec![0x0a, 0xff]);
        assert_eq!(decode_hex(b"abc"), vec![0xab]);
    }

    #[test]
    fn code_units_split_astral_characters_and_keep_lone_surrogates() {
        let units: Vec<u16> = code_units("a\u{1F600}é".as_bytes()).collect();
        assert_eq!(units, vec![0x61, 0xd83d, 0xde00, 0xe9]);
        assert_eq!(code_units(&[0xed, 0xa0, 0x80]).collect::<Vec<_>>(), vec![0xd800]);
        assert_eq!(well_formed(vec![b'x', 0xed, 0xa0, 0x80]), "x\u{fffd}".as_bytes());
    }
}
