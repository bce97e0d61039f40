//! The file access the module loader needs before any fs plugin exists.

use bistro_sdk::OpError;
use rquickjs::{Ctx, Result};

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
        Err(error) => Err(system_error(&ctx, OpError::system(&error, "open").with_prop("path", path))),
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
        Err(error) => Err(system_error(&ctx, OpError::system(&error, "uv_cwd"))),
    }
}

/// Throws the SDK's system error; the bootstrap's wrappers of these
/// natives turn it into Node's with `uvException`.
fn system_error(ctx: &Ctx<'_>, error: OpError) -> rquickjs::Error {
    match error_to_js(ctx, error) {
        Ok(value) => ctx.throw(value),
        Err(e) => e,
    }
}
