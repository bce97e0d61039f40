//! # bistro-typescript
//!
//! Runs TypeScript the way Node 26 does by default: strip-only type
//! stripping, no type checking. The plugin's one op,
//! `typescript.strip(source, name, goal)`, turns every piece of type
//! syntax into whitespace (lines and columns stay those of the source) and
//! answers `{ code, module }`; it throws Node's `SyntaxError`s
//! `ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX` (enums, namespaces with values,
//! parameter properties, ...) and `ERR_INVALID_TYPESCRIPT_SYNTAX`, whose
//! `hints` property is the `NAME:LINE` header and code frame Node prints.
//! The module loader (`modules/internal/loader.js`) calls it for `.ts`,
//! `.mts` and `.cts` files; a build without this plugin runs no
//! TypeScript, like `node --no-experimental-strip-types`.
//!
//! The parser is oxc's; [`strip`] is the Rust API.

mod declarations;
mod edits;
mod module_keyword;
mod snippet;
mod strip;
mod tokens;

use bistro_sdk::{Args, Capability, OpDecl, OpError, Plugin, Value};

pub use snippet::hints;
pub use strip::{strip, ErrorKind, Goal, StripError, Stripped};

/// The typescript plugin.
pub struct TypescriptPlugin;

/// `strip(source, name, goal)`: `goal` is `'module'` for an ES module,
/// anything else for CommonJS or a format still to be detected.
fn strip_op(args: &[Value]) -> Result<Value, OpError> {
    let (source, name) = (args.str(0)?, args.str(1)?);
    let goal = if args.get(2).and_then(Value::as_str) == Some("module") { Goal::Module } else { Goal::Either };
    match strip(source, goal) {
        Ok(stripped) => Ok(Value::Map(vec![
            ("code".to_owned(), Value::String(stripped.code)),
            ("module".to_owned(), Value::Bool(stripped.module)),
        ])),
        Err(error) => Err(OpError {
            kind: "SyntaxError",
            ..OpError::new(error.code(), error.message.clone())
                .with_prop("hints", hints(source, name, error.start, error.end))
        }),
    }
}

impl Plugin for TypescriptPlugin {
    fn name(&self) -> &str {
        "typescript"
    }

    fn modules(&self) -> &'static [&'static str] {
        &["internal/modules/typescript"]
    }

    fn ops(&self) -> Vec<OpDecl> {
        vec![OpDecl::sync("strip", Capability::none(), |_, args| strip_op(&args))]
    }
}
