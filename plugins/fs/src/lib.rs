//! # bistro-fs
//!
//! The fs plugin: files and directories for `node:fs`. Every operation is
//! a blocking op: it runs on the kernel's thread pool (callback and promise
//! forms) or, as its sync twin, on the loop thread (`*Sync` forms), with
//! the same Rust function behind both.
//!
//! Capabilities: ops on paths need `fs.read:<path>` or `fs.write:<path>`
//! (checked by the kernel on the resolved path); ops on an open file
//! descriptor need none, since opening it was checked. `check_read` and
//! `check_write` let `modules/fs.js` check the second path of two-path
//! operations (rename, copyFile, link).

mod args;
mod dir;
mod error;
mod file;
mod metadata;
mod tree;
mod watch;

use bistro_sdk::{Capability, OpDecl, OpResult, Plugin, Value};

/// The fs plugin.
pub struct FsPlugin;

/// An fs operation: arguments in, a value or a system error out.
type FsOp = fn(Vec<Value>) -> OpResult;

const READ: Capability = Capability::scoped("fs.read", 0);
const WRITE: Capability = Capability::scoped("fs.write", 0);
const WRITE_SECOND: Capability = Capability::scoped("fs.write", 1);
const FD: Capability = Capability::none();

impl Plugin for FsPlugin {
    fn name(&self) -> &str {
        "fs"
    }

    fn modules(&self) -> &'static [&'static str] {
        &["fs", "fs/promises"]
    }

    fn ops(&self) -> Vec<OpDecl> {
        let blocking: [(&'static str, Capability, FsOp); 36] = [
            ("open", READ, file::open),
            ("open_write", WRITE, file::open),
            ("close", FD, file::close),
            ("read", FD, file::read),
            ("write", FD, file::write),
            ("fstat", FD, file::fstat),
            ("ftruncate", FD, file::ftruncate),
            ("fsync", FD, file::fsync),
            ("fchmod", FD, file::fchmod),
            ("futimes", FD, file::futimes),
            ("fchown", FD, file::fchown),
            ("read_all", FD, file::read_all),
            ("read_file", READ, file::read_file),
            ("stat", READ, metadata::stat),
            ("lstat", READ, metadata::lstat),
            ("statfs", READ, metadata::statfs),
            ("access", READ, metadata::access),
            ("chmod", WRITE, metadata::chmod),
            ("chown", WRITE, metadata::chown),
            ("utimes", WRITE, metadata::utimes),
            ("truncate", WRITE, metadata::truncate),
            ("readlink", READ, metadata::readlink),
            ("realpath", READ, metadata::realpath),
            ("mkdir", WRITE, tree::mkdir),
            ("mkdtemp", WRITE, tree::mkdtemp),
            ("readdir", READ, tree::readdir),
            ("opendir", READ, dir::opendir),
            ("dir_read", FD, dir::dir_read),
            ("dir_close", FD, dir::dir_close),
            ("rmdir", WRITE, tree::rmdir),
            ("unlink", WRITE, tree::unlink),
            ("rm_tree", WRITE, tree::rm_tree),
            ("rename", WRITE, tree::rename),
            ("copy_file", WRITE_SECOND, tree::copy_file),
            ("symlink", WRITE_SECOND, tree::symlink),
            ("link", WRITE_SECOND, tree::link),
        ];
        let mut ops: Vec<OpDecl> =
            blocking.into_iter().map(|(name, capability, f)| OpDecl::blocking(name, capability, f)).collect();
        ops.push(OpDecl::sync("check_read", READ, |_, _| Ok(Value::Undefined)));
        ops.push(OpDecl::sync("check_write", WRITE, |_, _| Ok(Value::Undefined)));
        ops.push(OpDecl::sync("sleep", FD, |_, args| file::sleep(args)));
        ops.push(OpDecl::sync("watch_start", READ, watch::watch_start));
        ops
    }
}
