//! The native half of `node:buffer`: encoding and decoding strings, byte
//! searches and comparisons, over the bytes of typed arrays in place.
//!
//! Encodings arrive normalised by `modules/buffer.js`: `utf8`, `utf16le`,
//! `latin1`, `ascii`, `base64`, `base64url` or `hex`.

use rquickjs::{ArrayBuffer, Ctx, Exception, IntoJs, Object, Result, TypedArray, Value};

use crate::convert::with_wtf8;

/// The bytes a `Uint8Array` (or `Buffer`) views.
fn view_bytes<'a>(ctx: &Ctx<'_>, view: &'a TypedArray<'_, u8>) -> Result<&'a [u8]> {
    // SAFETY: callers use the slice before any JavaScript runs again.
    unsafe { view.as_bytes() }
        .ok_or_else(|| Exception::throw_type(ctx, "Cannot perform operation on a detached buffer"))
}

fn as_view<'js>(ctx: &Ctx<'js>, object: Object<'js>) -> Result<TypedArray<'js, u8>> {
    TypedArray::<u8>::from_object(object).map_err(|_| Exception::throw_type(ctx, "expected a Uint8Array"))
}

/// The one UTF-8 decoder: a string with invalid sequences replaced, or
/// (when `fatal`) `undefined` for invalid input. Valid UTF-8, the usual
/// case, is copied once, by QuickJS.
fn utf8_to_js<'js>(ctx: &Ctx<'js>, bytes: &[u8], fatal: bool) -> Result<Value<'js>> {
    match std::str::from_utf8(bytes) {
        Ok(text) => rquickjs::String::from_str(ctx.clone(), text).map(|s| s.into_value()),
        Err(_) if fatal => Ok(Value::new_undefined(ctx.clone())),
        Err(_) => String::from_utf8_lossy(bytes).into_owned().into_js(ctx),
    }
}

/// `decodeUtf8(bytes, fatal)`: a typed array's or ArrayBuffer's bytes,
/// read in place, as UTF-8 (TextDecoder, `buffer.isUtf8`, Blob `text()`).
pub(crate) fn decode_utf8<'js>(
    ctx: Ctx<'js>,
    bytes: Object<'js>,
    fatal: rquickjs::function::Opt<bool>,
) -> Result<Value<'js>> {
    let fatal = fatal.0.unwrap_or(false);
    if let Some(buffer) = bytes.as_array_buffer() {
        // SAFETY: the slice is decoded before any JavaScript runs again.
        let Some(all) = (unsafe { buffer.as_bytes() }) else {
            return Err(Exception::throw_type(&ctx, "Cannot perform operation on a detached buffer"));
        };
        return utf8_to_js(&ctx, all, fatal);
    }
    let view = as_view(&ctx, bytes)?;
    utf8_to_js(&ctx, view_bytes(&ctx, &view)?, fatal)
}

/// `encodeUtf8(string)` → a new ArrayBuffer with the string as UTF-8
/// (lone surrogates become U+FFFD, as TextEncoder specifies), in host
/// memory so ops take it without a copy.
pub(crate) fn encode_utf8<'js>(ctx: Ctx<'js>, text: crate::convert::WellFormed) -> Result<ArrayBuffer<'js>> {
    crate::shared_memory::from_vec(&ctx, text.0.into_bytes())
}

/// `alloc(size)` → a new zeroed ArrayBuffer in host memory, which ops
/// read without a copy (`Buffer.alloc` and friends use it for Buffers too
/// large for the pool). A size the allocator cannot give is a RangeError.
pub(crate) fn alloc<'js>(ctx: Ctx<'js>, size: f64) -> Result<ArrayBuffer<'js>> {
    let size = size as usize;
    let failed = || Exception::throw_range(&ctx, "Array buffer allocation failed");
    if size == 0 {
        return crate::shared_memory::from_vec(&ctx, Vec::new());
    }
    let layout = std::alloc::Layout::array::<u8>(size).map_err(|_| failed())?;
    // Zeroed by the allocator (fresh pages from the kernel are not touched
    // now), and a size it cannot give is an error, not an abort.
    // SAFETY: the layout's size is not zero.
    let memory = unsafe { std::alloc::alloc_zeroed(layout) };
    if memory.is_null() {
        return Err(failed());
    }
    // SAFETY: `memory` was allocated by the global allocator with this
    // layout: `size` zeroed, initialised bytes.
    let bytes = unsafe { Vec::from_raw_parts(memory, size, size) };
    crate::shared_memory::from_vec(&ctx, bytes)
}

/// `encode(string, encoding)` → a new ArrayBuffer with the string's bytes.
pub(crate) fn encode<'js>(ctx: Ctx<'js>, text: Value<'js>, encoding: String) -> Result<ArrayBuffer<'js>> {
    let out = encode_bytes(&ctx, text, &encoding)?;
    crate::shared_memory::from_vec(&ctx, out)
}

/// The bytes of a string in `encoding`.
fn encode_bytes<'js>(ctx: &Ctx<'js>, text: Value<'js>, encoding: &str) -> Result<Vec<u8>> {
    let out = with_wtf8(ctx, text, |bytes| match encoding {
        "utf8" => Some(well_formed(bytes)),
        "utf16le" => Some(code_units(bytes).flat_map(u16::to_le_bytes).collect()),
        "latin1" | "ascii" => Some(code_units(bytes).map(|unit| unit as u8).collect()),
        "base64" | "base64url" => Some(decode_base64(bytes)),
        "hex" => Some(decode_hex(bytes)),
        _ => None,
    })?;
    out.ok_or_else(|| Exception::throw_type(ctx, &format!("Unknown encoding: {encoding}")))
}

/// The longest string a Buffer decodes to, in UTF-16 code units: Node's
/// `buffer.constants.MAX_STRING_LENGTH` (V8's limit, below QuickJS's).
const MAX_STRING_LENGTH: usize = 536_870_888;

/// `decode(view, encoding, start, end)` → the bytes `start..end` as a
/// string, or `undefined` when the string would be longer than QuickJS
/// allows (the caller throws ERR_STRING_TOO_LONG).
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
    if decoded_length(bytes, &encoding) > MAX_STRING_LENGTH {
        return Ok(Value::new_undefined(ctx));
    }
    let text = match encoding.as_str() {
        "utf8" => return utf8_to_js(&ctx, bytes, false),
        "utf16le" => {
            let units: Vec<u16> = bytes.chunks_exact(2).map(|pair| u16::from_le_bytes([pair[0], pair[1]])).collect();
            return utf16_string(&ctx, &units);
        }
        "latin1" => bytes.iter().map(|&b| b as char).collect(),
        "ascii" => bytes.iter().map(|&b| (b & 0x7f) as char).collect(),
        "base64" => encode_base64(bytes, BASE64, true),
        "base64url" => encode_base64(bytes, BASE64_URL, false),
        "hex" => {
            let mut out = vec![0u8; bytes.len() * 2];
            for (pair, &b) in out.chunks_exact_mut(2).zip(bytes) {
                pair[0] = HEX[(b >> 4) as usize];
                pair[1] = HEX[(b & 15) as usize];
            }
            ascii_string(out)
        }
        other => return Err(Exception::throw_type(&ctx, &format!("Unknown encoding: {other}"))),
    };
    text.into_js(&ctx)
}

/// How many UTF-16 code units decoding `bytes` gives, exactly enough to
/// compare with `MAX_STRING_LENGTH`: for UTF-8 (at most one unit per byte)
/// counted only when that bound is too big, and then a lower bound that is
/// already too big stands in for the exact count.
fn decoded_length(bytes: &[u8], encoding: &str) -> usize {
    match encoding {
        "utf8" if bytes.len() > MAX_STRING_LENGTH => {
            // Every byte that is not a continuation byte starts at least one
            // UTF-16 unit: when those alone are too many, skip the exact count.
            let starts = bytes.iter().filter(|&&b| b & 0xC0 != 0x80).count();
            if starts > MAX_STRING_LENGTH {
                return starts;
            }
            bytes
                .utf8_chunks()
                .map(|chunk| chunk.valid().encode_utf16().count() + usize::from(!chunk.invalid().is_empty()))
                .sum()
        }
        "utf16le" => bytes.len() / 2,
        "hex" => bytes.len() * 2,
        "base64" => bytes.len().div_ceil(3) * 4,
        "base64url" => (bytes.len() * 4).div_ceil(3),
        _ => bytes.len(),
    }
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
    with_wtf8(&ctx, text, <[u8]>::len)
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

/// `write(target, string, encoding, offset, max)` → how many bytes of the
/// encoded string were written into `target` at `offset`: at most `max`
/// (and the room left), never part of a character.
pub(crate) fn write<'js>(
    ctx: Ctx<'js>,
    target: Object<'js>,
    text: Value<'js>,
    encoding: String,
    offset: usize,
    max: usize,
) -> Result<usize> {
    let bytes = encode_bytes(&ctx, text, &encoding)?;
    let target = as_view(&ctx, target)?;
    let mut bytes_of_target =
        target.as_raw().ok_or_else(|| Exception::throw_type(&ctx, "Cannot perform operation on a detached buffer"))?;
    // SAFETY: the slice is written before any JavaScript runs again, and it
    // is the only reference to the target's bytes (`bytes` is a copy).
    let room = unsafe { bytes_of_target.as_mut() };
    let Some(room) = room.get_mut(offset..) else { return Ok(0) };
    let count = whole_characters(&bytes, max.min(room.len()), &encoding);
    room[..count].copy_from_slice(&bytes[..count]);
    Ok(count)
}

/// How many of the first `limit` bytes of `bytes` (encoded as `encoding`)
/// end on a character boundary.
fn whole_characters(bytes: &[u8], limit: usize, encoding: &str) -> usize {
    if limit >= bytes.len() {
        return bytes.len();
    }
    match encoding {
        "utf16le" => limit - limit % 2,
        // Back up over continuation bytes to the start of the cut character.
        "utf8" => (0..=limit).rev().find(|&i| bytes[i] & 0xc0 != 0x80).unwrap_or(0),
        _ => limit,
    }
}

/// `indexOf(haystack, needle, from, last, unit)` → the first (or, with
/// `last`, the final) position of `needle` at or after (before) `from`,
/// or -1. With `unit` 2 both are UTF-16 code units: only even positions
/// count and an odd last byte is ignored.
pub(crate) fn index_of<'js>(
    ctx: Ctx<'js>,
    haystack: Object<'js>,
    needle: Object<'js>,
    from: f64,
    last: bool,
    unit: usize,
) -> Result<f64> {
    let (haystack, needle) = (as_view(&ctx, haystack)?, as_view(&ctx, needle)?);
    let (hay, pin) = (view_bytes(&ctx, &haystack)?, view_bytes(&ctx, &needle)?);
    let unit = unit.max(1);
    let (hay, pin) = (&hay[..hay.len() - hay.len() % unit], &pin[..pin.len() - pin.len() % unit]);
    if pin.len() > hay.len() {
        return Ok(-1.0);
    }
    let from = from.max(0.0) as usize;
    let matches = |i: usize| &hay[i * unit..i * unit + pin.len()] == pin;
    let positions = (hay.len() - pin.len()) / unit;
    let found = if last {
        (0..=(from / unit).min(positions)).rev().find(|&i| matches(i))
    } else {
        (from.div_ceil(unit)..=positions).find(|&i| matches(i))
    };
    Ok(found.map_or(-1.0, |i| (i * unit) as f64))
}

const BASE64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const BASE64_URL: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const HEX: &[u8; 16] = b"0123456789abcdef";

fn encode_base64(bytes: &[u8], alphabet: &[u8; 64], pad: bool) -> String {
    let whole = bytes.len() / 3;
    let mut out = vec![0u8; whole * 4];
    for (quad, c) in out.chunks_exact_mut(4).zip(bytes.chunks_exact(3)) {
        let n = (c[0] as u32) << 16 | (c[1] as u32) << 8 | c[2] as u32;
        quad[0] = alphabet[(n >> 18) as usize];
        quad[1] = alphabet[(n >> 12 & 63) as usize];
        quad[2] = alphabet[(n >> 6 & 63) as usize];
        quad[3] = alphabet[(n & 63) as usize];
    }
    let rest = &bytes[whole * 3..];
    if !rest.is_empty() {
        let n = (rest[0] as u32) << 16 | rest.get(1).map_or(0, |&b| (b as u32) << 8);
        let kept = rest.len() + 1;
        out.extend([18, 12, 6, 0].map(|shift| alphabet[(n >> shift & 63) as usize]).into_iter().take(kept));
        if pad {
            out.extend(std::iter::repeat_n(b'=', 4 - kept));
        }
    }
    ascii_string(out)
}

/// Bytes known to be ASCII as a String.
fn ascii_string(bytes: Vec<u8>) -> String {
    debug_assert!(bytes.is_ascii());
    String::from_utf8(bytes).unwrap_or_default()
}

/// The 6-bit value of each base64 character (both alphabets); 64 marks
/// `=`, 255 anything else.
const BASE64_VALUES: [u8; 256] = {
    let mut table = [255u8; 256];
    let mut i = 0;
    while i < 64 {
        table[BASE64[i] as usize] = i as u8;
        table[BASE64_URL[i] as usize] = i as u8;
        i += 1;
    }
    table[b'=' as usize] = 64;
    table
};

/// Node's forgiving base64: both alphabets, characters outside them
/// skipped, stopping at the first `=`.
fn decode_base64(text: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len() / 4 * 3 + 3);
    let mut i = 0;
    // Fast path: four valid characters make three bytes.
    for quad in text.chunks_exact(4) {
        let (a, b, c, d) = (
            BASE64_VALUES[quad[0] as usize],
            BASE64_VALUES[quad[1] as usize],
            BASE64_VALUES[quad[2] as usize],
            BASE64_VALUES[quad[3] as usize],
        );
        if (a | b | c | d) >= 64 {
            break;
        }
        let n = (a as u32) << 18 | (b as u32) << 12 | (c as u32) << 6 | d as u32;
        out.extend_from_slice(&[(n >> 16) as u8, (n >> 8) as u8, n as u8]);
        i += 4;
    }
    let (mut acc, mut bits) = (0u32, 0);
    for &c in &text[i..] {
        match BASE64_VALUES[c as usize] {
            64 => break,
            255 => continue,
            value => {
                acc = acc << 6 | value as u32;
                bits += 6;
                if bits >= 8 {
                    bits -= 8;
                    out.push((acc >> bits) as u8);
                    acc &= (1 << bits) - 1;
                }
            }
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
fn well_formed(bytes: &[u8]) -> Vec<u8> {
    match std::str::from_utf8(bytes) {
        Ok(_) => bytes.to_vec(),
        Err(_) => {
            let units: Vec<u16> = code_units(bytes).collect();
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
    fn writes_stop_before_a_cut_character() {
        let euro = "a\u{20ac}".as_bytes();
        assert_eq!(whole_characters(euro, 3, "utf8"), 1);
        assert_eq!(whole_characters(euro, 4, "utf8"), 4);
        assert_eq!(whole_characters(&[1, 2, 3, 4], 3, "utf16le"), 2);
        assert_eq!(whole_characters(&[1, 2, 3, 4], 3, "latin1"), 3);
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
        assert_eq!(well_formed(&[b'x', 0xed, 0xa0, 0x80]), "x\u{fffd}".as_bytes());
    }
}
