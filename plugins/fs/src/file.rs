//! Operations on file descriptors: open, read, write, close and friends.
//! Reads return fresh byte buffers that JavaScript receives without a copy.

use std::fs::File;
use std::mem::ManuallyDrop;
use std::os::fd::FromRawFd;

use bistro_sdk::{Args, OpError, OpResult, Value};

use crate::args::c_path;
use crate::error::{check, last_error, sys_error};
use crate::metadata::stat_values;

/// `open(path, flags, mode)` → fd.
pub(crate) fn open(args: Vec<Value>) -> OpResult {
    let mode = args.int(2)? as libc::c_uint;
    Ok(Value::Number(open_path(&args, mode)? as f64))
}

/// Opens the path at argument 0 with the flags at argument 1.
fn open_path(args: &[Value], mode: libc::c_uint) -> Result<libc::c_int, OpError> {
    let path = c_path(args, 0)?;
    let flags = args.int(1)? as libc::c_int | libc::O_CLOEXEC;
    // SAFETY: a valid C string; open has no other preconditions.
    let fd = unsafe { libc::open(path.as_ptr(), flags, mode) };
    check(fd, "open", Some(args.str(0)?))
}

/// `close(fd)`.
pub(crate) fn close(args: Vec<Value>) -> OpResult {
    let fd = args.int(0)? as libc::c_int;
    // SAFETY: closing a number the script owns; a stale fd fails with EBADF.
    check(unsafe { libc::close(fd) }, "close", None)?;
    Ok(Value::Undefined)
}

/// `read(fd, length, position)` → the bytes read (fewer at end of file);
/// a negative position reads from the current offset.
pub(crate) fn read(args: Vec<Value>) -> OpResult {
    let fd = args.int(0)? as libc::c_int;
    let length = args.int(1)?.max(0) as usize;
    let position = args.int(2)?;
    let mut buffer = vec![0u8; length];
    let count = loop {
        // SAFETY: the buffer holds `length` writable bytes.
        let n = unsafe {
            if position < 0 {
                libc::read(fd, buffer.as_mut_ptr().cast(), length)
            } else {
                libc::pread(fd, buffer.as_mut_ptr().cast(), length, position as libc::off_t)
            }
        };
        if n >= 0 {
            break n as usize;
        }
        if std::io::Error::last_os_error().kind() != std::io::ErrorKind::Interrupted {
            return Err(last_error("read", None));
        }
    };
    buffer.truncate(count);
    Ok(Value::from(buffer))
}

/// `read_file(path, flags)` → the whole file: open, read and close in one
/// call, so `fs.readFile` takes a single pool trip as in Node 26.
pub(crate) fn read_file(args: Vec<Value>) -> OpResult {
    let fd = Value::Number(open_path(&args, 0o666)? as f64);
    let data = read_all(vec![fd.clone()]);
    let closed = close(vec![fd]);
    let data = data?;
    closed.map(|_| data)
}

/// The largest file `read_all` reads (Node's kIoMaxLength, 2 GiB - 1).
const MAX_FILE_SIZE: u64 = i32::MAX as u64;

/// `read_all(fd)` → everything from the current offset to the end of the
/// file, in one buffer sized by fstat. A regular file over 2 GiB fails
/// with Node's ERR_FS_FILE_TOO_LARGE.
pub(crate) fn read_all(args: Vec<Value>) -> OpResult {
    use std::io::Read;
    let fd = args.int(0)? as libc::c_int;
    let size = with_file(fd, |file| file.metadata().map(|m| if m.is_file() { m.len() } else { 0 }).unwrap_or(0));
    if size > MAX_FILE_SIZE {
        return Err(OpError {
            kind: "RangeError",
            ..OpError::new("ERR_FS_FILE_TOO_LARGE", format!("File size ({size}) is greater than 2 GiB"))
        });
    }
    with_file(fd, |mut file| {
        let mut data = Vec::with_capacity(size as usize + 1);
        file.read_to_end(&mut data).map(|_| Value::from(data))
    })
    .map_err(|e| sys_error(&e, "read", None, None))
}

/// `write(fd, bytes, position)` → bytes written; a negative position
/// writes at the current offset. Writes everything unless an error stops it.
pub(crate) fn write(args: Vec<Value>) -> OpResult {
    let fd = args.int(0)? as libc::c_int;
    let data = args.bytes(1)?;
    let position = args.int(2)?;
    Ok(Value::Number(write_all(fd, data, position)? as f64))
}

/// Writes all of `data` (retrying short writes), returning the count.
pub(crate) fn write_all(fd: libc::c_int, data: &[u8], position: i64) -> Result<usize, OpError> {
    let mut done = 0;
    while done < data.len() {
        let rest = &data[done..];
        // SAFETY: `rest` is a live slice of `rest.len()` bytes.
        let n = unsafe {
            if position < 0 {
                libc::write(fd, rest.as_ptr().cast(), rest.len())
            } else {
                libc::pwrite(fd, rest.as_ptr().cast(), rest.len(), (position + done as i64) as libc::off_t)
            }
        };
        if n < 0 {
            if std::io::Error::last_os_error().kind() == std::io::ErrorKind::Interrupted {
                continue;
            }
            return Err(last_error("write", None));
        }
        done += n as usize;
    }
    Ok(done)
}

/// Runs `f` on the open file `fd` without taking ownership of it.
fn with_file<T>(fd: libc::c_int, f: impl FnOnce(&File) -> T) -> T {
    // SAFETY: ManuallyDrop keeps the descriptor open; File only borrows it.
    let file = ManuallyDrop::new(unsafe { File::from_raw_fd(fd) });
    f(&file)
}

/// `fstat(fd, bigint)` → stat values.
pub(crate) fn fstat(args: Vec<Value>) -> OpResult {
    let fd = args.int(0)? as libc::c_int;
    let meta = with_file(fd, |file| file.metadata()).map_err(|e| sys_error(&e, "fstat", None, None))?;
    Ok(stat_values(&meta, args.flag_or(1, false)))
}

/// `ftruncate(fd, length)`.
pub(crate) fn ftruncate(args: Vec<Value>) -> OpResult {
    let fd = args.int(0)? as libc::c_int;
    let length = args.int(1)?.max(0);
    // SAFETY: plain syscall on a number.
    check(unsafe { libc::ftruncate(fd, length as libc::off_t) }, "ftruncate", None)?;
    Ok(Value::Undefined)
}

/// `fsync(fd)`, or `fdatasync` with a true second argument.
pub(crate) fn fsync(args: Vec<Value>) -> OpResult {
    let fd = args.int(0)? as libc::c_int;
    let data_only = args.flag_or(1, false);
    // SAFETY: plain syscalls on a number.
    let ret = unsafe {
        if data_only {
            libc::fdatasync(fd)
        } else {
            libc::fsync(fd)
        }
    };
    check(ret, if data_only { "fdatasync" } else { "fsync" }, None)?;
    Ok(Value::Undefined)
}

/// `fchmod(fd, mode)`.
pub(crate) fn fchmod(args: Vec<Value>) -> OpResult {
    let fd = args.int(0)? as libc::c_int;
    let mode = args.int(1)? as libc::mode_t;
    // SAFETY: plain syscall on a number.
    check(unsafe { libc::fchmod(fd, mode) }, "fchmod", None)?;
    Ok(Value::Undefined)
}

/// `fchown(fd, uid, gid)`; -1 leaves that id as it is.
pub(crate) fn fchown(args: Vec<Value>) -> OpResult {
    let fd = args.int(0)? as libc::c_int;
    let (uid, gid) = (args.int(1)? as libc::uid_t, args.int(2)? as libc::gid_t);
    // SAFETY: plain syscall on numbers.
    check(unsafe { libc::fchown(fd, uid, gid) }, "fchown", None)?;
    Ok(Value::Undefined)
}

/// `futimes(fd, atime, mtime)` with times in seconds.
pub(crate) fn futimes(args: Vec<Value>) -> OpResult {
    let fd = args.int(0)? as libc::c_int;
    let times = [timespec(args.f64(1)?), timespec(args.f64(2)?)];
    // SAFETY: `times` holds the two timespecs futimens reads.
    check(unsafe { libc::futimens(fd, times.as_ptr()) }, "futime", None)?;
    Ok(Value::Undefined)
}

/// Seconds (with a fraction) as a timespec, the nanoseconds truncated as
/// libuv truncates them.
pub(crate) fn timespec(seconds: f64) -> libc::timespec {
    let whole = seconds.floor();
    libc::timespec { tv_sec: whole as libc::time_t, tv_nsec: ((seconds - whole) * 1e9) as libc::c_long }
}

/// `sleep(ms)`: blocks the calling thread, as Utf8Stream waits in sync
/// mode before writing again after EAGAIN.
pub(crate) fn sleep(args: Vec<Value>) -> OpResult {
    let ms = args.f64(0)?.max(0.0);
    std::thread::sleep(std::time::Duration::from_secs_f64(ms / 1000.0));
    Ok(Value::Undefined)
}
