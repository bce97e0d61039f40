//! Conversion between JavaScript values and SDK [`Value`]s.

use bistro_sdk::{OpError, Value};

use crate::shared_memory;
use rquickjs::{Array, BigInt, Constructor, Ctx, Exception, IntoJs, Object, Result};

/// Objects nested deeper than this are refused rather than recursed into.
const MAX_DEPTH: usize = 64;

/// Converts a JavaScript value to an SDK value. Typed arrays and
/// ArrayBuffers become bytes; functions and symbols become `undefined`.
pub(crate) fn from_js<'js>(ctx: &Ctx<'js>, value: &rquickjs::Value<'js>) -> Result<Value> {
    convert_in(ctx, value, 0)
}

fn convert_in<'js>(ctx: &Ctx<'js>, value: &rquickjs::Value<'js>, depth: usize) -> Result<Value> {
    use rquickjs::Type;
    if depth > MAX_DEPTH {
        return Err(Exception::throw_range(ctx, "value nested too deeply to pass to an op"));
    }
    Ok(match value.type_of() {
        Type::Uninitialized | Type::Undefined => Value::Undefined,
        Type::Null => Value::Null,
        Type::Bool => Value::Bool(value.as_bool().unwrap_or(false)),
        Type::Int => Value::Number(value.as_int().unwrap_or(0) as f64),
        Type::Float => Value::Number(value.as_float().unwrap_or(0.0)),
        Type::String => Value::String(value.get::<String>()?),
        Type::BigInt => Value::BigInt(value.get::<BigInt>()?.to_i64()?),
        Type::Array => {
            let array = value.as_array().expect("checked type");
            let mut items = Vec::with_capacity(array.len());
            for item in array.iter::<rquickjs::Value>() {
                items.push(convert_in(ctx, &item?, depth + 1)?);
            }
            Value::List(items)
        }
        Type::Object | Type::Exception => {
            let object = value.as_object().expect("checked type");
            if let Some(bytes) = shared_memory::bytes_of(object) {
                return Ok(Value::Bytes(bytes));
            }
            let mut entries = Vec::new();
            for entry in object.props::<String, rquickjs::Value>() {
                let (key, item) = entry?;
                entries.push((key, convert_in(ctx, &item, depth + 1)?));
            }
            Value::Map(entries)
        }
        _ => Value::Undefined,
    })
}

/// Converts an SDK value to JavaScript. Bytes become an `ArrayBuffer`
/// over their own memory when nothing else holds it.
pub(crate) fn to_js<'js>(ctx: &Ctx<'js>, value: Value) -> Result<rquickjs::Value<'js>> {
    Ok(match value {
        Value::Undefined => rquickjs::Value::new_undefined(ctx.clone()),
        Value::Null => rquickjs::Value::new_null(ctx.clone()),
        Value::Bool(b) => b.into_js(ctx)?,
        Value::Number(n) => n.into_js(ctx)?,
        Value::BigInt(n) => BigInt::from_i64(ctx.clone(), n)?.into_value(),
        Value::String(s) => s.into_js(ctx)?,
        Value::Resource(id) => id.into_js(ctx)?,
        Value::Bytes(bytes) => shared_memory::array_buffer(ctx, bytes)?.into_value(),
        Value::List(items) => {
            let array = Array::new(ctx.clone())?;
            for (i, item) in items.into_iter().enumerate() {
                array.set(i, to_js(ctx, item)?)?;
            }
            array.into_value()
        }
        Value::Map(entries) => {
            let object = Object::new(ctx.clone())?;
            for (key, item) in entries {
                object.set(key, to_js(ctx, item)?)?;
            }
            object.into_value()
        }
    })
}

/// Builds the JavaScript error for an op error: the constructor named by
/// `kind`, with `code` and every extra property set.
pub(crate) fn error_to_js<'js>(ctx: &Ctx<'js>, error: OpError) -> Result<rquickjs::Value<'js>> {
    let constructor: Constructor = ctx.globals().get(error.kind)?;
    let object: Object = constructor.construct((error.message,))?;
    object.set("code", error.code)?;
    for (key, value) in error.props {
        object.set(key, to_js(ctx, value)?)?;
    }
    Ok(object.into_value())
}

/// A JavaScript string as well-formed UTF-8, the way Node writes strings
/// out and `TextEncoder` encodes them: every lone surrogate becomes U+FFFD.
pub(crate) struct WellFormed(pub String);

impl<'js> rquickjs::FromJs<'js> for WellFormed {
    fn from_js(ctx: &Ctx<'js>, value: rquickjs::Value<'js>) -> Result<Self> {
        let bytes = wtf8(ctx, value)?;
        Ok(WellFormed(match String::from_utf8(bytes) {
            Ok(text) => text,
            Err(error) => replace_surrogates(error.into_bytes()),
        }))
    }
}

/// A JavaScript string (or a value converted to one) as WTF-8: UTF-8 in
/// which lone surrogates are kept as three-byte sequences.
pub(crate) fn wtf8<'js>(ctx: &Ctx<'js>, value: rquickjs::Value<'js>) -> Result<Vec<u8>> {
    with_wtf8(ctx, value, <[u8]>::to_vec)
}

/// Runs `f` on a JavaScript string's WTF-8 bytes, borrowed from QuickJS
/// (no copy beyond QuickJS's own conversion).
pub(crate) fn with_wtf8<'js, T>(ctx: &Ctx<'js>, value: rquickjs::Value<'js>, f: impl FnOnce(&[u8]) -> T) -> Result<T> {
    let text = <rquickjs::String as rquickjs::FromJs>::from_js(ctx, value)?;
    let mut length = 0;
    // SAFETY: a live string; the returned buffer is used by `f`, then freed.
    unsafe {
        let pointer = rquickjs::qjs::JS_ToCStringLen(ctx.as_raw().as_ptr(), &mut length, text.as_raw());
        if pointer.is_null() {
            return Err(rquickjs::Error::Unknown);
        }
        let result = f(std::slice::from_raw_parts(pointer.cast::<u8>(), length));
        rquickjs::qjs::JS_FreeCString(ctx.as_raw().as_ptr(), pointer);
        Ok(result)
    }
}

/// WTF-8 to UTF-8: each encoded surrogate (ED A0..BF xx) becomes U+FFFD.
fn replace_surrogates(bytes: Vec<u8>) -> String {
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == 0xed && i + 2 < bytes.len() && bytes[i + 1] >= 0xa0 {
            out.extend_from_slice("\u{fffd}".as_bytes());
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}
