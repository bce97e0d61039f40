//! System errors as the JavaScript side rebuilds them into Node's errors.
//!
//! An op fails with the SDK's system error (`OpError::system`: code `ESYS`,
//! `errno`, `syscall`) plus `path` and `dest`; `uvException` in
//! `modules/internal/errors.js` turns it into Node's error.

use std::io;

use bistro_sdk::OpError;

/// The error of a failed system call on `path` (and `dest`).
pub(crate) fn sys_error(error: &io::Error, syscall: &str, path: Option<&str>, dest: Option<&str>) -> OpError {
    let mut op_error = OpError::system(error, syscall);
    if let Some(path) = path {
        op_error = op_error.with_prop("path", path);
    }
    if let Some(dest) = dest {
        op_error = op_error.with_prop("dest", dest);
    }
    op_error
}

/// The error of the last failed libc call.
pub(crate) fn last_error(syscall: &str, path: Option<&str>) -> OpError {
    sys_error(&io::Error::last_os_error(), syscall, path, None)
}

/// Turns a libc return value into a result: -1 is the last error.
pub(crate) fn check(ret: libc::c_int, syscall: &str, path: Option<&str>) -> Result<libc::c_int, OpError> {
    if ret == -1 {
        Err(last_error(syscall, path))
    } else {
        Ok(ret)
    }
}
