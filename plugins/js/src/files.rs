//! The file access the module loader needs before any fs plugin exists.

use rquickjs::{Ctx, Exception, Object, Result};

use crate::convert::error_to_js;
use crate::state::HostState;

/// Reads a module's source as UTF-8 (a leading BOM is dropped). In a
/// sandboxed run the file must lie under the app's folder or be covered by
/// an `fs.read` grant, so `require()` cannot read arbitrary files.
pub(crate) fn read_file(ctx: Ctx<'_>, state: &HostState, path: String) -> Result<String> {
    let permissions = state.kernel.permissions();
    if permissions.is_restricted() && !permissions.allows("fs.read", Some(&path)) {
        let inside_app = std::fs::canonicalize(&path).is_ok_and(|real| real.starts_with(&*state.app_root.borrow()));
        if !inside_app {
            let denied = bistro_kernel::denied("fs.read", Some(&path));
            return Err(ctx.throw(error_to_js(&ctx, denied)?));
        }
    }
    match std::fs::read(&path) {
        Ok(bytes) => {
            let text = String::from_utf8_lossy(&bytes);
            Ok(text.strip_prefix('\u{feff}').unwrap_or(&text).to_owned())
        }
        Err(error) => Err(io_error(&ctx, error, "open", &path)),
    }
}

/// What module resolution asks, as Node's `internalModuleStat`: 0 for a
/// file, 1 for a directory, negative when the path does not exist.
pub(crate) fn stat_kind(path: String) -> i32 {
    match std::fs::metadata(path) {
        Ok(meta) if meta.is_dir() => 1,
        Ok(_) => 0,
        Err(_) => -2,
    }
}

/// The canonical path (symbolic links resolved), or the path unchanged.
pub(crate) fn realpath(path: String) -> String {
    std::fs::canonicalize(&path).map_or(path, |p| p.to_string_lossy().into_owned())
}

/// The working directory (`process.cwd()`).
pub(crate) fn cwd(ctx: Ctx<'_>) -> Result<String> {
    match std::env::current_dir() {
        Ok(dir) => Ok(dir.to_string_lossy().into_owned()),
        Err(error) => Err(io_error(&ctx, error, "uv_cwd", "")),
    }
}

/// A Node-style system error (`code`, `errno`, `syscall`, `path`).
fn io_error(ctx: &Ctx<'_>, error: std::io::Error, syscall: &str, path: &str) -> rquickjs::Error {
    let (code, text) = match error.kind() {
        std::io::ErrorKind::NotFound => ("ENOENT", "no such file or directory"),
        std::io::ErrorKind::PermissionDenied => ("EACCES", "permission denied"),
        _ if error.raw_os_error() == Some(21) => ("EISDIR", "illegal operation on a directory"),
        _ => ("EIO", "i/o error"),
    };
    let build = || -> Result<Object<'_>> {
        let err = Exception::from_message(ctx.clone(), &format!("{code}: {text}, {syscall} '{path}'"))?;
        let object = err.into_object();
        object.set("code", code)?;
        object.set("errno", -error.raw_os_error().unwrap_or(5))?;
        object.set("syscall", syscall)?;
        object.set("path", path)?;
        Ok(object)
    };
    match build() {
        Ok(object) => ctx.throw(object.into_value()),
        Err(e) => e,
    }
}
