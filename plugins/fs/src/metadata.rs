//! Metadata of paths: stat, access, permissions, times, links.

use std::fs::Metadata;
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};

use bistro_sdk::{OpResult, Value};

use crate::args::{c_path, flag, int, number, text};
use crate::error::{check, sys_error};
use crate::file::timespec;

/// The numbers behind a `fs.Stats`, in Node's order: dev, mode, nlink,
/// uid, gid, rdev, blksize, ino, size, blocks, then atime, mtime, ctime and
/// birthtime in milliseconds.
pub(crate) fn stat_values(m: &Metadata) -> Value {
    let ms = |sec: i64, nsec: i64| sec as f64 * 1e3 + nsec as f64 / 1e6;
    let birth = m
        .created()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map_or(0.0, |d| d.as_secs() as f64 * 1e3 + d.subsec_nanos() as f64 / 1e6);
    Value::List(
        [
            m.dev() as f64,
            m.mode() as f64,
            m.nlink() as f64,
            m.uid() as f64,
            m.gid() as f64,
            m.rdev() as f64,
            m.blksize() as f64,
            m.ino() as f64,
            m.size() as f64,
            m.blocks() as f64,
            ms(m.atime(), m.atime_nsec()),
            ms(m.mtime(), m.mtime_nsec()),
            ms(m.ctime(), m.ctime_nsec()),
            birth,
        ]
        .into_iter()
        .map(Value::Number)
        .collect(),
    )
}

/// `stat(path)` → stat values.
pub(crate) fn stat(args: Vec<Value>) -> OpResult {
    let path = text(&args, 0)?;
    std::fs::metadata(path).map(|m| stat_values(&m)).map_err(|e| sys_error(&e, "stat", Some(path), None))
}

/// `lstat(path)` → stat values of the link itself.
pub(crate) fn lstat(args: Vec<Value>) -> OpResult {
    let path = text(&args, 0)?;
    std::fs::symlink_metadata(path).map(|m| stat_values(&m)).map_err(|e| sys_error(&e, "lstat", Some(path), None))
}

/// `access(path, mode)`.
pub(crate) fn access(args: Vec<Value>) -> OpResult {
    let path = c_path(&args, 0)?;
    let mode = int(&args, 1)? as libc::c_int;
    // SAFETY: a valid C string.
    check(unsafe { libc::access(path.as_ptr(), mode) }, "access", Some(text(&args, 0)?))?;
    Ok(Value::Undefined)
}

/// `chmod(path, mode)`.
pub(crate) fn chmod(args: Vec<Value>) -> OpResult {
    let path = c_path(&args, 0)?;
    let mode = int(&args, 1)? as libc::mode_t;
    // SAFETY: a valid C string.
    check(unsafe { libc::chmod(path.as_ptr(), mode) }, "chmod", Some(text(&args, 0)?))?;
    Ok(Value::Undefined)
}

/// `chown(path, uid, gid, followLinks)`: `lchown` when the last is false.
pub(crate) fn chown(args: Vec<Value>) -> OpResult {
    let path = c_path(&args, 0)?;
    let (uid, gid) = (int(&args, 1)? as libc::uid_t, int(&args, 2)? as libc::gid_t);
    let lchown = !flag(&args, 3);
    // SAFETY: a valid C string.
    let ret = unsafe {
        if lchown {
            libc::lchown(path.as_ptr(), uid, gid)
        } else {
            libc::chown(path.as_ptr(), uid, gid)
        }
    };
    check(ret, if lchown { "lchown" } else { "chown" }, Some(text(&args, 0)?))?;
    Ok(Value::Undefined)
}

/// `utimes(path, atime, mtime, followLinks)` with times in seconds.
pub(crate) fn utimes(args: Vec<Value>) -> OpResult {
    let path = c_path(&args, 0)?;
    let times = [timespec(number(&args, 1)?), timespec(number(&args, 2)?)];
    let follow = flag(&args, 3);
    let flags = if follow { 0 } else { libc::AT_SYMLINK_NOFOLLOW };
    // SAFETY: a valid C string and the two timespecs utimensat reads.
    let ret = unsafe { libc::utimensat(libc::AT_FDCWD, path.as_ptr(), times.as_ptr(), flags) };
    check(ret, if follow { "utime" } else { "lutime" }, Some(text(&args, 0)?))?;
    Ok(Value::Undefined)
}

/// `truncate(path, length)`.
pub(crate) fn truncate(args: Vec<Value>) -> OpResult {
    let path = c_path(&args, 0)?;
    let length = int(&args, 1)?.max(0);
    // SAFETY: a valid C string.
    check(unsafe { libc::truncate(path.as_ptr(), length as libc::off_t) }, "open", Some(text(&args, 0)?))?;
    Ok(Value::Undefined)
}

/// `readlink(path)` → the link's target.
pub(crate) fn readlink(args: Vec<Value>) -> OpResult {
    let path = text(&args, 0)?;
    std::fs::read_link(path)
        .map(|target| Value::from(target.to_string_lossy().into_owned()))
        .map_err(|e| sys_error(&e, "readlink", Some(path), None))
}

/// `realpath(path)` → the canonical absolute path. A failure names the
/// first component that cannot be resolved, with `lstat` as Node's
/// JavaScript `realpath` reports it.
pub(crate) fn realpath(args: Vec<Value>) -> OpResult {
    let path = text(&args, 0)?;
    match std::fs::canonicalize(path) {
        Ok(real) => Ok(Value::from(real.to_string_lossy().into_owned())),
        Err(error) => {
            let absolute = std::env::current_dir().unwrap_or_default().join(path);
            let failing = first_unresolvable(&absolute).unwrap_or(absolute);
            Err(sys_error(&error, "lstat", Some(&failing.to_string_lossy()), None))
        }
    }
}

fn first_unresolvable(path: &Path) -> Option<PathBuf> {
    let mut prefix = PathBuf::new();
    for part in path.components() {
        prefix.push(part);
        if std::fs::canonicalize(&prefix).is_err() {
            return Some(prefix);
        }
    }
    None
}
