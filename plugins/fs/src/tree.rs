//! Directory-tree operations: mkdir, readdir, rm, rename, copies, links.

use std::collections::VecDeque;
use std::fs;
use std::os::unix::fs::{DirBuilderExt, FileTypeExt};
use std::path::{Path, PathBuf};

use bistro_sdk::{Args, OpError, OpResult, Value};

use crate::args::c_path;
use crate::error::{check, last_error, sys_error};

/// `mkdir(path, recursive, mode)` → with `recursive`, the first directory
/// created (as spelled from `path`), or undefined when all existed.
pub(crate) fn mkdir(args: Vec<Value>) -> OpResult {
    let path = args.str(0)?;
    let recursive = args.flag_or(1, false);
    let mode = args.int(2)? as u32;
    let error = |e: &std::io::Error| sys_error(e, "mkdir", Some(path), None);
    if !recursive {
        fs::DirBuilder::new().mode(mode).create(path).map_err(|e| error(&e))?;
        return Ok(Value::Undefined);
    }
    if let Ok(meta) = fs::metadata(path) {
        if meta.is_dir() {
            return Ok(Value::Undefined);
        }
        return Err(error(&std::io::Error::from_raw_os_error(libc::EEXIST)));
    }
    let first = Path::new(path)
        .ancestors()
        .filter(|a| !a.as_os_str().is_empty())
        .take_while(|a| fs::symlink_metadata(a).is_err())
        .last()
        .map(|a| a.to_string_lossy().into_owned());
    fs::DirBuilder::new().recursive(true).mode(mode).create(path).map_err(|e| error(&e))?;
    Ok(first.into())
}

/// `mkdtemp(prefix)` → the new directory `prefix` + six random characters.
pub(crate) fn mkdtemp(args: Vec<Value>) -> OpResult {
    let prefix = args.str(0)?;
    let template = std::ffi::CString::new(format!("{prefix}XXXXXX"))
        .map_err(|_| OpError::type_error("fs op argument 0 must be a path without null bytes"))?;
    let mut raw = template.into_bytes_with_nul();
    // SAFETY: `raw` is a NUL-terminated template mkdtemp rewrites in place.
    let made = unsafe { libc::mkdtemp(raw.as_mut_ptr().cast()) };
    if made.is_null() {
        return Err(last_error("mkdtemp", Some(&format!("{prefix}XXXXXX"))));
    }
    raw.pop();
    Ok(Value::from(String::from_utf8_lossy(&raw).into_owned()))
}

/// libuv's dirent type numbers, which `fs.Dirent` decodes.
pub(crate) fn dirent_type(kind: fs::FileType) -> f64 {
    match kind {
        k if k.is_file() => 1.0,
        k if k.is_dir() => 2.0,
        k if k.is_symlink() => 3.0,
        k if k.is_fifo() => 4.0,
        k if k.is_socket() => 5.0,
        k if k.is_char_device() => 6.0,
        k if k.is_block_device() => 7.0,
        _ => 0.0,
    }
}

/// The entries of one directory sorted by name bytes (as libuv's scandir
/// sorts them): names and dirent types.
fn scan(dir: &Path, shown: &str) -> Result<Vec<(String, f64)>, OpError> {
    let error = |e: &std::io::Error| sys_error(e, "scandir", Some(shown), None);
    let mut entries = Vec::new();
    for entry in fs::read_dir(dir).map_err(|e| error(&e))? {
        let entry = entry.map_err(|e| error(&e))?;
        let kind = entry.file_type().map_or(0.0, dirent_type);
        entries.push((entry.file_name().to_string_lossy().into_owned(), kind));
    }
    entries.sort_by(|a, b| a.0.as_bytes().cmp(b.0.as_bytes()));
    Ok(entries)
}

/// `readdir(path, recursive)` → `[names, types]`. Recursive reads go
/// breadth first, as Node's do; names are then relative to `path`.
pub(crate) fn readdir(args: Vec<Value>) -> OpResult {
    let root = args.str(0)?;
    let recursive = args.flag_or(1, false);
    let (mut names, mut types) = (Vec::new(), Vec::new());
    let mut queue = VecDeque::from([(PathBuf::from(root), String::new())]);
    while let Some((dir, relative)) = queue.pop_front() {
        let shown = dir.to_string_lossy().into_owned();
        for (name, kind) in scan(&dir, &shown)? {
            let joined = if relative.is_empty() { name.clone() } else { format!("{relative}/{name}") };
            if recursive && kind == 2.0 {
                queue.push_back((dir.join(&name), joined.clone()));
            }
            names.push(Value::from(if recursive { joined } else { name }));
            types.push(Value::Number(kind));
        }
        if !recursive {
            break;
        }
    }
    Ok(Value::List(vec![Value::List(names), Value::List(types)]))
}

/// `rmdir(path)`.
pub(crate) fn rmdir(args: Vec<Value>) -> OpResult {
    let path = args.str(0)?;
    fs::remove_dir(path).map_err(|e| sys_error(&e, "rmdir", Some(path), None))?;
    Ok(Value::Undefined)
}

/// `unlink(path)`.
pub(crate) fn unlink(args: Vec<Value>) -> OpResult {
    let path = args.str(0)?;
    fs::remove_file(path).map_err(|e| sys_error(&e, "unlink", Some(path), None))?;
    Ok(Value::Undefined)
}

/// `rm_tree(path)`: removes a file, a link or a whole directory tree (links
/// are removed, never followed).
pub(crate) fn rm_tree(args: Vec<Value>) -> OpResult {
    let path = args.str(0)?;
    let meta = fs::symlink_metadata(path).map_err(|e| sys_error(&e, "rm", Some(path), None))?;
    let removed = if meta.is_dir() { fs::remove_dir_all(path) } else { fs::remove_file(path) };
    removed.map_err(|e| sys_error(&e, "rm", Some(path), None))?;
    Ok(Value::Undefined)
}

/// `rename(from, to)`.
pub(crate) fn rename(args: Vec<Value>) -> OpResult {
    let (from, to) = (args.str(0)?, args.str(1)?);
    fs::rename(from, to).map_err(|e| sys_error(&e, "rename", Some(from), Some(to)))?;
    Ok(Value::Undefined)
}

/// `copy_file(src, dest, exclusive)`: with `exclusive` an existing `dest`
/// fails with EEXIST (COPYFILE_EXCL).
pub(crate) fn copy_file(args: Vec<Value>) -> OpResult {
    let (src, dest) = (args.str(0)?, args.str(1)?);
    let error = |e: &std::io::Error| sys_error(e, "copyfile", Some(src), Some(dest));
    if args.flag_or(2, false) && fs::symlink_metadata(dest).is_ok() {
        return Err(error(&std::io::Error::from_raw_os_error(libc::EEXIST)));
    }
    fs::copy(src, dest).map_err(|e| error(&e))?;
    Ok(Value::Undefined)
}

/// `symlink(target, path)`.
pub(crate) fn symlink(args: Vec<Value>) -> OpResult {
    let (target, path) = (args.str(0)?, args.str(1)?);
    std::os::unix::fs::symlink(target, path).map_err(|e| sys_error(&e, "symlink", Some(target), Some(path)))?;
    Ok(Value::Undefined)
}

/// `link(existing, new)`.
pub(crate) fn link(args: Vec<Value>) -> OpResult {
    let (existing, new) = (c_path(&args, 0)?, c_path(&args, 1)?);
    // SAFETY: two valid C strings.
    let ret = unsafe { libc::link(existing.as_ptr(), new.as_ptr()) };
    check(ret, "link", Some(args.str(0)?)).map_err(|e| e.with_prop("dest", args.str(1).unwrap_or("")))?;
    Ok(Value::Undefined)
}
