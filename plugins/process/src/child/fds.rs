//! The file-descriptor work of child processes: the socket pairs that
//! carry a child's stdio (libuv makes `'pipe'` stdio the same way), reads
//! sized to what is waiting, pidfds, and system errors as negative errnos.

use std::io;
use std::os::fd::{FromRawFd, OwnedFd, RawFd};
use std::process::ExitStatus;

use bistro_sdk::Value;

/// The most one read takes from a pipe, as Node reads (64 KiB).
pub(crate) const MAX_CHUNK: usize = 64 * 1024;

/// A connected pair of Unix stream sockets, both close-on-exec: the
/// parent's end first, the child's end second. Both stay blocking (the
/// parent reads and writes with MSG_DONTWAIT), so a child given the
/// parent's end (another child's pipe) gets a blocking descriptor.
pub(crate) fn socket_pair() -> io::Result<(OwnedFd, OwnedFd)> {
    let mut fds = [0; 2];
    // SAFETY: socketpair writes two descriptors into the array it is given.
    if unsafe { libc::socketpair(libc::AF_UNIX, libc::SOCK_STREAM | libc::SOCK_CLOEXEC, 0, fds.as_mut_ptr()) } != 0 {
        return Err(io::Error::last_os_error());
    }
    // SAFETY: both descriptors are fresh and owned by nobody else.
    Ok(unsafe { (OwnedFd::from_raw_fd(fds[0]), OwnedFd::from_raw_fd(fds[1])) })
}

/// Whether the open file description of `fd` is non-blocking.
pub(crate) fn is_nonblocking(fd: RawFd) -> bool {
    // SAFETY: F_GETFL only reads the descriptor's flags.
    let flags = unsafe { libc::fcntl(fd, libc::F_GETFL) };
    flags >= 0 && flags & libc::O_NONBLOCK != 0
}

/// Makes `fd` blocking; async-signal-safe (a child's stdio, as libuv
/// leaves it).
pub(crate) fn set_blocking(fd: RawFd) {
    // SAFETY: fcntl on a descriptor of this process.
    unsafe {
        let flags = libc::fcntl(fd, libc::F_GETFL);
        if flags >= 0 && flags & libc::O_NONBLOCK != 0 {
            libc::fcntl(fd, libc::F_SETFL, flags & !libc::O_NONBLOCK);
        }
    }
}

/// A close-on-exec duplicate of `fd` numbered `min` or above.
pub(crate) fn duplicate_above(fd: RawFd, min: RawFd) -> io::Result<OwnedFd> {
    // SAFETY: F_DUPFD_CLOEXEC makes a new descriptor or fails.
    let copy = unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, min) };
    if copy < 0 {
        return Err(io::Error::last_os_error());
    }
    // SAFETY: the duplicate is fresh and ours.
    Ok(unsafe { OwnedFd::from_raw_fd(copy) })
}

/// Whether `fd` is an open descriptor of this process.
pub(crate) fn is_open(fd: RawFd) -> bool {
    // SAFETY: F_GETFD only inspects the descriptor table.
    unsafe { libc::fcntl(fd, libc::F_GETFD) >= 0 }
}

/// Reads what is waiting on the socket `fd` without blocking (at most
/// [`MAX_CHUNK`]) into a buffer of that size, so the bytes go to
/// JavaScript as they are; an empty buffer means end of file.
pub(crate) fn read_available(fd: RawFd) -> io::Result<Vec<u8>> {
    let mut waiting: libc::c_int = 0;
    // SAFETY: FIONREAD writes an int.
    let known = unsafe { libc::ioctl(fd, libc::FIONREAD, &mut waiting) } == 0 && waiting > 0;
    let size = if known { (waiting as usize).min(MAX_CHUNK) } else { 4096 };
    let mut buffer = Vec::<u8>::with_capacity(size);
    // SAFETY: recv writes at most `size` bytes into the spare capacity.
    let read = unsafe { libc::recv(fd, buffer.as_mut_ptr().cast(), size, libc::MSG_DONTWAIT) };
    if read < 0 {
        return Err(io::Error::last_os_error());
    }
    // SAFETY: recv initialised `read` bytes.
    unsafe { buffer.set_len(read as usize) };
    Ok(buffer)
}

/// Reads what is waiting on the socket `fd` without blocking (at most
/// [`MAX_CHUNK`]) onto the end of `output`: the count read, 0 at end of
/// file.
pub(crate) fn read_onto(fd: RawFd, output: &mut Vec<u8>) -> io::Result<usize> {
    output.reserve(MAX_CHUNK);
    let spare = output.spare_capacity_mut();
    // SAFETY: recv writes at most MAX_CHUNK bytes into the reserved space.
    let read = unsafe { libc::recv(fd, spare.as_mut_ptr().cast(), MAX_CHUNK, libc::MSG_DONTWAIT) };
    if read < 0 {
        return Err(io::Error::last_os_error());
    }
    // SAFETY: recv initialised `read` bytes after the old end.
    unsafe { output.set_len(output.len() + read as usize) };
    Ok(read as usize)
}

/// One send of `bytes` to the socket `fd`, without blocking.
pub(crate) fn write_some(fd: RawFd, bytes: &[u8]) -> io::Result<usize> {
    // SAFETY: the slice is valid for its length.
    let written =
        unsafe { libc::send(fd, bytes.as_ptr().cast(), bytes.len(), libc::MSG_DONTWAIT | libc::MSG_NOSIGNAL) };
    if written < 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(written as usize)
}

/// A pidfd for `pid`, readable once the process has exited; `None` where
/// the kernel has none (then exits are polled for).
pub(crate) fn pidfd_open(pid: u32) -> Option<OwnedFd> {
    #[cfg(target_os = "linux")]
    {
        // SAFETY: pidfd_open returns a new descriptor or -1.
        let fd = unsafe { libc::syscall(libc::SYS_pidfd_open, pid as libc::pid_t, 0) };
        if fd >= 0 {
            // SAFETY: the descriptor is fresh and ours (close-on-exec by default).
            return Some(unsafe { OwnedFd::from_raw_fd(fd as RawFd) });
        }
    }
    let _ = pid;
    None
}

/// Sends `signal` to `pid`: 0, or a negative errno.
pub(crate) fn send_signal(pid: i32, signal: i32) -> f64 {
    // SAFETY: kill has no memory preconditions.
    if unsafe { libc::kill(pid, signal) } == 0 {
        0.0
    } else {
        negative_errno(&io::Error::last_os_error())
    }
}

/// The negative errno of a system error, as libuv reports errors.
pub(crate) fn negative_errno(error: &io::Error) -> f64 {
    -f64::from(error.raw_os_error().unwrap_or(libc::EIO))
}

/// The exit code of a normal exit and the number of the signal that ended
/// the process: one of them is null.
pub(crate) fn exit_parts(status: ExitStatus) -> (Value, Value) {
    use std::os::unix::process::ExitStatusExt;
    let or_null = |n: Option<i32>| n.map_or(Value::Null, |n| Value::Number(f64::from(n)));
    (or_null(status.code()), or_null(status.signal()))
}
