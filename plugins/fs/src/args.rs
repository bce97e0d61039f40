//! Reading op arguments. The JavaScript side (`modules/fs.js`) validates
//! every argument with Node's errors first; these only guard the boundary.

use std::ffi::CString;

use bistro_sdk::{OpError, Value};

/// The string argument at `index`.
pub(crate) fn text(args: &[Value], index: usize) -> Result<&str, OpError> {
    args.get(index).and_then(Value::as_str).ok_or_else(|| bad(index, "a string"))
}

/// The string argument at `index` as a C path (refusing NUL bytes).
pub(crate) fn c_path(args: &[Value], index: usize) -> Result<CString, OpError> {
    CString::new(text(args, index)?).map_err(|_| bad(index, "a path without null bytes"))
}

/// The number argument at `index`.
pub(crate) fn number(args: &[Value], index: usize) -> Result<f64, OpError> {
    args.get(index).and_then(Value::as_f64).ok_or_else(|| bad(index, "a number"))
}

/// The integer argument at `index` (a file descriptor, flags, a mode, or
/// a position given as a bigint).
pub(crate) fn int(args: &[Value], index: usize) -> Result<i64, OpError> {
    if let Some(Value::BigInt(n)) = args.get(index) {
        return Ok(*n);
    }
    let n = number(args, index)?;
    if n.fract() != 0.0 || !n.is_finite() {
        return Err(bad(index, "an integer"));
    }
    Ok(n as i64)
}

/// The boolean argument at `index` (missing means false).
pub(crate) fn flag(args: &[Value], index: usize) -> bool {
    args.get(index).and_then(Value::as_bool).unwrap_or(false)
}

/// The byte-buffer argument at `index`.
pub(crate) fn bytes(args: &[Value], index: usize) -> Result<&[u8], OpError> {
    args.get(index).and_then(Value::as_bytes).ok_or_else(|| bad(index, "bytes"))
}

fn bad(index: usize, what: &str) -> OpError {
    OpError::type_error(format!("fs op argument {index} must be {what}"))
}
