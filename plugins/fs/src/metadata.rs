//! Metadata of paths: stat, access, permissions, times, links.

use std::collections::HashSet;
use std::fs::Metadata;
use std::os::unix::fs::FileTypeExt;
use std::os::unix::fs::MetadataExt;
use std::path::{Component, Path, PathBuf};

use bistro_sdk::{Args, OpResult, Value};

use crate::args::c_path;
use crate::error::{check, sys_error};
use crate::file::timespec;

/// The numbers behind a `fs.Stats`, in Node's order: dev, mode, nlink,
/// uid, gid, rdev, blksize, ino, size, blocks, then seconds and
/// nanoseconds of atime, mtime, ctime and birthtime. With `bigint` every
/// number is a bigint (for `fs.BigIntStats`).
pub(crate) fn stat_values(m: &Metadata, bigint: bool) -> Value {
    let birth = m.created().ok().and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok());
    let (birth_sec, birth_nsec) = birth.map_or((0, 0), |d| (d.as_secs() as i64, d.subsec_nanos() as i64));
    let numbers = [
        m.dev() as i64,
        m.mode() as i64,
        m.nlink() as i64,
        m.uid() as i64,
        m.gid() as i64,
        m.rdev() as i64,
        m.blksize() as i64,
        m.ino() as i64,
        m.size() as i64,
        m.blocks() as i64,
        m.atime(),
        m.atime_nsec(),
        m.mtime(),
        m.mtime_nsec(),
        m.ctime(),
        m.ctime_nsec(),
        birth_sec,
        birth_nsec,
    ];
    let value = |n: i64| if bigint { Value::BigInt(n) } else { Value::Number(n as f64) };
    Value::List(numbers.into_iter().map(value).collect())
}

/// `stat(path, bigint)` → stat values.
pub(crate) fn stat(args: Vec<Value>) -> OpResult {
    let path = args.str(0)?;
    let meta = std::fs::metadata(path).map_err(|e| sys_error(&e, "stat", Some(path), None))?;
    Ok(stat_values(&meta, args.flag_or(1, false)))
}

/// `lstat(path, bigint)` → stat values of the link itself.
pub(crate) fn lstat(args: Vec<Value>) -> OpResult {
    let path = args.str(0)?;
    let meta = std::fs::symlink_metadata(path).map_err(|e| sys_error(&e, "lstat", Some(path), None))?;
    Ok(stat_values(&meta, args.flag_or(1, false)))
}

/// `statfs(path, bigint)` → what statfs(2) says of the file system holding
/// `path`: type, bsize, frsize, blocks, bfree, bavail, files, ffree.
pub(crate) fn statfs(args: Vec<Value>) -> OpResult {
    let path = c_path(&args, 0)?;
    // SAFETY: statfs is plain old data; zeroes are a valid value.
    let mut info: libc::statfs = unsafe { std::mem::zeroed() };
    // SAFETY: a valid C string and a struct statfs to fill.
    check(unsafe { libc::statfs(path.as_ptr(), &mut info) }, "statfs", Some(args.str(0)?))?;
    let numbers = [
        info.f_type as i64,
        info.f_bsize as i64,
        info.f_frsize as i64,
        info.f_blocks as i64,
        info.f_bfree as i64,
        info.f_bavail as i64,
        info.f_files as i64,
        info.f_ffree as i64,
    ];
    let bigint = args.flag_or(1, false);
    let value = |n: i64| if bigint { Value::BigInt(n) } else { Value::Number(n as f64) };
    Ok(Value::List(numbers.into_iter().map(value).collect()))
}

/// `access(path, mode)`.
pub(crate) fn access(args: Vec<Value>) -> OpResult {
    let path = c_path(&args, 0)?;
    let mode = args.int(1)? as libc::c_int;
    // SAFETY: a valid C string.
    check(unsafe { libc::access(path.as_ptr(), mode) }, "access", Some(args.str(0)?))?;
    Ok(Value::Undefined)
}

/// `chmod(path, mode)`.
pub(crate) fn chmod(args: Vec<Value>) -> OpResult {
    let path = c_path(&args, 0)?;
    let mode = args.int(1)? as libc::mode_t;
    // SAFETY: a valid C string.
    check(unsafe { libc::chmod(path.as_ptr(), mode) }, "chmod", Some(args.str(0)?))?;
    Ok(Value::Undefined)
}

/// `chown(path, uid, gid, followLinks)`: `lchown` when the last is false.
pub(crate) fn chown(args: Vec<Value>) -> OpResult {
    let path = c_path(&args, 0)?;
    let (uid, gid) = (args.int(1)? as libc::uid_t, args.int(2)? as libc::gid_t);
    let lchown = !args.flag_or(3, false);
    // SAFETY: a valid C string.
    let ret = unsafe {
        if lchown {
            libc::lchown(path.as_ptr(), uid, gid)
        } else {
            libc::chown(path.as_ptr(), uid, gid)
        }
    };
    check(ret, if lchown { "lchown" } else { "chown" }, Some(args.str(0)?))?;
    Ok(Value::Undefined)
}

/// `utimes(path, atime, mtime, followLinks)` with times in seconds.
pub(crate) fn utimes(args: Vec<Value>) -> OpResult {
    let path = c_path(&args, 0)?;
    let times = [timespec(args.f64(1)?), timespec(args.f64(2)?)];
    let follow = args.flag_or(3, false);
    let flags = if follow { 0 } else { libc::AT_SYMLINK_NOFOLLOW };
    // SAFETY: a valid C string and the two timespecs utimensat reads.
    let ret = unsafe { libc::utimensat(libc::AT_FDCWD, path.as_ptr(), times.as_ptr(), flags) };
    check(ret, if follow { "utime" } else { "lutime" }, Some(args.str(0)?))?;
    Ok(Value::Undefined)
}

/// `truncate(path, length)`.
pub(crate) fn truncate(args: Vec<Value>) -> OpResult {
    let path = c_path(&args, 0)?;
    let length = args.int(1)?.max(0);
    // SAFETY: a valid C string.
    check(unsafe { libc::truncate(path.as_ptr(), length as libc::off_t) }, "open", Some(args.str(0)?))?;
    Ok(Value::Undefined)
}

/// `readlink(path)` → the link's target.
pub(crate) fn readlink(args: Vec<Value>) -> OpResult {
    let path = args.str(0)?;
    std::fs::read_link(path)
        .map(|target| Value::from(target.to_string_lossy().into_owned()))
        .map_err(|e| sys_error(&e, "readlink", Some(path), None))
}

/// `realpath(path, native)` → the canonical absolute path. `native` is
/// realpath(3), failing with syscall `realpath`; otherwise Node's own walk
/// (`fs.realpath`): the path is first made absolute and `..` removed by
/// text, then each component's links are resolved, a failure naming the
/// component with `lstat`, and a link to a pipe or socket ends the walk
/// (so `/dev/stdin` on a pipe resolves).
pub(crate) fn realpath(args: Vec<Value>) -> OpResult {
    let path = args.str(0)?;
    if args.flag_or(1, false) {
        return std::fs::canonicalize(path)
            .map(|real| Value::from(real.to_string_lossy().into_owned()))
            .map_err(|e| sys_error(&e, "realpath", Some(path), None));
    }
    walk_links(path).map(Value::from).map_err(|(e, syscall, at)| sys_error(&e, syscall, Some(&at), None))
}

/// `path` made absolute against the working directory, `.` and `..`
/// removed by text (as Node's path.resolve does).
fn resolve_text(base: &Path, path: &Path) -> PathBuf {
    let mut resolved = PathBuf::from("/");
    for part in base.join(path).components() {
        match part {
            Component::ParentDir => {
                resolved.pop();
            }
            Component::Normal(name) => resolved.push(name),
            Component::RootDir | Component::CurDir | Component::Prefix(_) => {}
        }
    }
    resolved
}

/// Node's realpath walk; a failure is (error, syscall, path).
fn walk_links(path: &str) -> Result<String, (std::io::Error, &'static str, String)> {
    let cwd = std::env::current_dir().map_err(|e| (e, "uv_cwd", String::new()))?;
    let mut absolute = resolve_text(&cwd, Path::new(path));
    let mut known_real: HashSet<PathBuf> = HashSet::new();
    let mut reached_pipe = false;
    'restart: loop {
        let mut current = PathBuf::from("/");
        let parts: Vec<_> = absolute.components().skip(1).map(|c| c.as_os_str().to_owned()).collect();
        for (i, part) in parts.iter().enumerate() {
            let parent = current.clone();
            current.push(part);
            if known_real.contains(&current) {
                if reached_pipe {
                    break 'restart;
                }
                continue;
            }
            let shown = || current.to_string_lossy().into_owned();
            let meta = std::fs::symlink_metadata(&current).map_err(|e| (e, "lstat", shown()))?;
            if !meta.file_type().is_symlink() {
                known_real.insert(current.clone());
                continue;
            }
            let target_meta = std::fs::metadata(&current).map_err(|e| (e, "stat", shown()))?;
            reached_pipe = target_meta.file_type().is_fifo() || target_meta.file_type().is_socket();
            let target = std::fs::read_link(&current).map_err(|e| (e, "readlink", shown()))?;
            let rest: PathBuf = parts[i + 1..].iter().collect();
            absolute = resolve_text(&resolve_text(&parent, &target), &rest);
            continue 'restart;
        }
        break;
    }
    Ok(absolute.to_string_lossy().into_owned())
}
