//! Whole-file reads and writes: one op per readFile / writeFile.

use std::io::Read;
use std::os::unix::fs::OpenOptionsExt;

use bistro_sdk::{OpResult, Value};

use crate::args::{bytes, int, text};
use crate::error::sys_error;

/// `read_file(path)` → the file's bytes. Directories fail with EISDIR on
/// `read`, as in Node.
pub(crate) fn read_file(args: Vec<Value>) -> OpResult {
    let path = text(&args, 0)?;
    let mut file = std::fs::File::open(path).map_err(|e| sys_error(&e, "open", Some(path), None))?;
    let size = file.metadata().map(|m| m.len() as usize).unwrap_or(0);
    let mut data = Vec::with_capacity(size + 1);
    file.read_to_end(&mut data).map_err(|e| sys_error(&e, "read", None, None))?;
    Ok(Value::from(data))
}

/// `write_file(path, bytes, flags, mode)`: opens with Node's flags (`w`,
/// `a`, `wx`, ...) and writes everything, or fails.
pub(crate) fn write_file(args: Vec<Value>) -> OpResult {
    let path = text(&args, 0)?;
    let data = bytes(&args, 1)?;
    let flags = int(&args, 2)? as libc::c_int;
    let mode = int(&args, 3)? as u32;
    let access = flags & libc::O_ACCMODE;
    let file = std::fs::OpenOptions::new()
        .read(access == libc::O_RDWR)
        .write(true)
        .custom_flags(flags & !libc::O_ACCMODE)
        .mode(mode)
        .open(path)
        .map_err(|e| sys_error(&e, "open", Some(path), None))?;
    use std::os::fd::AsRawFd;
    crate::file::write_all(file.as_raw_fd(), data, -1)?;
    Ok(Value::Undefined)
}
