//! The byte encoding of [`Value`]s, for plugins that cross a binary
//! boundary (native shared libraries, WebAssembly components).
//!
//! Every value is a tag byte followed by its payload, little-endian:
//!
//! | tag | value | payload |
//! |---|---|---|
//! | 0 | undefined | — |
//! | 1 | null | — |
//! | 2 | bool | 1 byte (0 or 1) |
//! | 3 | number | f64 |
//! | 4 | bigint | i64 |
//! | 5 | string | u32 length + UTF-8 bytes |
//! | 6 | bytes | u32 length + bytes |
//! | 7 | list | u32 count + values |
//! | 8 | map | u32 count + (u32 length + UTF-8 key, value) pairs |
//! | 9 | resource | u32 |
//!
//! An op's arguments are one list value; its result one value.

use crate::{OpError, Value};

/// Nesting deeper than this is refused when decoding.
const MAX_DEPTH: usize = 128;

/// Encodes a value.
pub fn encode(value: &Value) -> Vec<u8> {
    let mut out = Vec::new();
    write(&mut out, value);
    out
}

fn write_len(out: &mut Vec<u8>, len: usize) {
    out.extend_from_slice(&(len as u32).to_le_bytes());
}

fn write(out: &mut Vec<u8>, value: &Value) {
    match value {
        Value::Undefined => out.push(0),
        Value::Null => out.push(1),
        Value::Bool(b) => out.extend_from_slice(&[2, *b as u8]),
        Value::Number(n) => {
            out.push(3);
            out.extend_from_slice(&n.to_le_bytes());
        }
        Value::BigInt(n) => {
            out.push(4);
            out.extend_from_slice(&n.to_le_bytes());
        }
        Value::String(s) => {
            out.push(5);
            write_len(out, s.len());
            out.extend_from_slice(s.as_bytes());
        }
        Value::Bytes(b) => {
            out.push(6);
            write_len(out, b.len());
            out.extend_from_slice(b);
        }
        Value::List(items) => {
            out.push(7);
            write_len(out, items.len());
            items.iter().for_each(|item| write(out, item));
        }
        Value::Map(entries) => {
            out.push(8);
            write_len(out, entries.len());
            for (key, item) in entries {
                write_len(out, key.len());
                out.extend_from_slice(key.as_bytes());
                write(out, item);
            }
        }
        Value::Resource(id) => {
            out.push(9);
            out.extend_from_slice(&id.to_le_bytes());
        }
    }
}

/// Decodes a value; the whole input must be consumed.
pub fn decode(bytes: &[u8]) -> Result<Value, String> {
    let mut reader = Reader { bytes, at: 0 };
    let value = reader.value(0)?;
    if reader.at != bytes.len() {
        return Err(format!("{} trailing bytes after the value", bytes.len() - reader.at));
    }
    Ok(value)
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn take(&mut self, n: usize) -> Result<&[u8], String> {
        let end = self.at.checked_add(n).filter(|&end| end <= self.bytes.len());
        let end = end.ok_or_else(|| format!("truncated value at byte {}", self.at))?;
        let slice = &self.bytes[self.at..end];
        self.at = end;
        Ok(slice)
    }

    fn array<const N: usize>(&mut self) -> Result<[u8; N], String> {
        Ok(self.take(N)?.try_into().expect("took N bytes"))
    }

    fn len(&mut self) -> Result<usize, String> {
        Ok(u32::from_le_bytes(self.array()?) as usize)
    }

    fn string(&mut self) -> Result<String, String> {
        let len = self.len()?;
        String::from_utf8(self.take(len)?.to_vec()).map_err(|_| "a string is not valid UTF-8".to_owned())
    }

    fn value(&mut self, depth: usize) -> Result<Value, String> {
        if depth > MAX_DEPTH {
            return Err("value nested too deeply".to_owned());
        }
        let tag = self.array::<1>()?[0];
        Ok(match tag {
            0 => Value::Undefined,
            1 => Value::Null,
            2 => Value::Bool(self.array::<1>()?[0] != 0),
            3 => Value::Number(f64::from_le_bytes(self.array()?)),
            4 => Value::BigInt(i64::from_le_bytes(self.array()?)),
            5 => Value::String(self.string()?),
            6 => {
                let len = self.len()?;
                Value::Bytes(self.take(len)?.to_vec().into())
            }
            7 => {
                let count = self.len()?;
                let mut items = Vec::with_capacity(count.min(1024));
                for _ in 0..count {
                    items.push(self.value(depth + 1)?);
                }
                Value::List(items)
            }
            8 => {
                let count = self.len()?;
                let mut entries = Vec::with_capacity(count.min(1024));
                for _ in 0..count {
                    let key = self.string()?;
                    entries.push((key, self.value(depth + 1)?));
                }
                Value::Map(entries)
            }
            9 => Value::Resource(u32::from_le_bytes(self.array()?)),
            other => return Err(format!("unknown value tag {other} at byte {}", self.at - 1)),
        })
    }
}

/// Encodes an op error as a map value (`kind`, `code`, `message`, `props`).
pub fn encode_error(error: &OpError) -> Vec<u8> {
    encode(&Value::Map(vec![
        ("kind".into(), Value::from(error.kind)),
        ("code".into(), Value::from(error.code.clone())),
        ("message".into(), Value::from(error.message.clone())),
        ("props".into(), Value::Map(error.props.clone())),
    ]))
}

/// Decodes an error written by [`encode_error`].
pub fn decode_error(bytes: &[u8]) -> Result<OpError, String> {
    let value = decode(bytes)?;
    let text = |key: &str| value.get(key).and_then(Value::as_str).unwrap_or_default().to_owned();
    let kind = match value.get("kind").and_then(Value::as_str) {
        Some("TypeError") => "TypeError",
        Some("RangeError") => "RangeError",
        _ => "Error",
    };
    let props = match value.get("props") {
        Some(Value::Map(entries)) => entries.clone(),
        _ => Vec::new(),
    };
    Ok(OpError { kind, code: text("code"), message: text("message"), props })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_round_trips() {
        let value = Value::List(vec![
            Value::Undefined,
            Value::Null,
            Value::Bool(true),
            Value::Number(-1.5),
            Value::BigInt(-42),
            Value::from("héllo"),
            Value::from(vec![0u8, 255]),
            Value::Map(vec![("k".into(), Value::List(vec![Value::Resource(7)]))]),
        ]);
        assert_eq!(decode(&encode(&value)), Ok(value));
    }

    #[test]
    fn malformed_input_is_an_error_not_a_panic() {
        assert!(decode(&[]).is_err());
        assert!(decode(&[5, 10, 0, 0, 0, b'a']).is_err());
        assert!(decode(&[42]).is_err());
        assert!(decode(&[1, 1]).is_err());
        assert!(decode(&[7, 255, 255, 255, 255]).is_err());
        let mut deep = [7u8, 1, 0, 0, 0].repeat(200);
        deep.push(0);
        assert!(decode(&deep).is_err());
    }

    #[test]
    fn errors_round_trip() {
        let error = OpError::type_error("bad").with_prop("path", "/x");
        assert_eq!(decode_error(&encode_error(&error)), Ok(error));
    }
}
