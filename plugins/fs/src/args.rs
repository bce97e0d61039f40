//! The one fs-specific argument reader; the rest are the SDK's [`Args`].
//! The JavaScript side (`modules/fs.js`) validates every argument with
//! Node's errors first; these only guard the boundary.

use std::ffi::CString;

use bistro_sdk::{Args, OpError, Value};

/// The string argument at `index` as a C path (refusing NUL bytes).
pub(crate) fn c_path(args: &[Value], index: usize) -> Result<CString, OpError> {
    CString::new(args.str(index)?)
        .map_err(|_| OpError::type_error(format!("fs op argument {index} must be a path without null bytes")))
}
