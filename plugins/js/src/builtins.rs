//! The JavaScript half of the standard library: `modules/`, compiled to
//! QuickJS bytecode by `build.rs` and embedded.

use rquickjs::{qjs, Ctx, Function, Result, Value};

/// Every embedded module as (id, bytecode), sorted by id.
static MODULES: &[(&str, &[u8])] = include!(concat!(env!("OUT_DIR"), "/builtin_modules.rs"));

/// The ids a user may `require` (everything outside `internal/`).
pub(crate) fn public_ids() -> impl Iterator<Item = &'static str> {
    MODULES.iter().map(|(id, _)| *id).filter(|id| !id.starts_with("internal/"))
}

/// Loads the built-in module `id` as its wrapper function
/// (`(exports, require, module, binding)`; the bootstrap takes `(binding)`),
/// or `None` when there is no such module.
pub(crate) fn load<'js>(ctx: &Ctx<'js>, id: &str) -> Result<Option<Function<'js>>> {
    let Ok(index) = MODULES.binary_search_by(|(name, _)| name.cmp(&id)) else {
        return Ok(None);
    };
    let bytecode = MODULES[index].1;
    let raw = ctx.as_raw().as_ptr();
    // SAFETY: the bytes were written by JS_WriteObject of the same QuickJS
    // build (build.rs compiles against the same rquickjs); the returned
    // values are owned and handed to rquickjs, which frees them.
    let value = unsafe {
        let object = qjs::JS_ReadObject(raw, bytecode.as_ptr(), bytecode.len() as _, qjs::JS_READ_OBJ_BYTECODE as i32);
        if qjs::JS_IsException(object) {
            return Err(rquickjs::Error::Exception);
        }
        let function = qjs::JS_EvalFunction(raw, object);
        if qjs::JS_IsException(function) {
            return Err(rquickjs::Error::Exception);
        }
        Value::from_raw(ctx.clone(), function)
    };
    value.into_function().map(Some).ok_or_else(|| rquickjs::Error::new_from_js("value", "function"))
}
