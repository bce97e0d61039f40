//! ES modules: QuickJS asks the resolver and the loader below; both defer
//! to the JavaScript loader (`modules/internal/loader.js`), which knows
//! Node's resolution rules, built-ins and CommonJS.
//!
//! An ES module file is declared from its source. A built-in or CommonJS
//! module is presented to `import` as a small synthetic module whose
//! default export is `module.exports` and whose named exports are its keys.

use std::rc::Rc;

use rquickjs::loader::{ImportAttributes, Loader, Resolver};
use rquickjs::module::Declared;
use rquickjs::promise::PromiseState;
use rquickjs::{Ctx, Exception, Module, Object, Promise, Result, Value};

use crate::state::HostState;

/// Resolves `import` specifiers through the JavaScript loader.
pub(crate) struct ImportResolver(pub(crate) Rc<HostState>);

/// Loads resolved modules through the JavaScript loader.
pub(crate) struct ImportLoader(pub(crate) Rc<HostState>);

impl Resolver for ImportResolver {
    fn resolve<'js>(
        &mut self,
        ctx: &Ctx<'js>,
        base: &str,
        name: &str,
        attributes: Option<ImportAttributes<'js>>,
    ) -> Result<String> {
        let hook = self.0.hooks.borrow().resolve_import.clone();
        let hook = hook.ok_or_else(|| Exception::throw_internal(ctx, "module loader not ready"))?;
        hook.restore(ctx)?.call((name, base, attributes_object(ctx, attributes)?))
    }
}

impl Loader for ImportLoader {
    fn load<'js>(
        &mut self,
        ctx: &Ctx<'js>,
        name: &str,
        _: Option<ImportAttributes<'js>>,
    ) -> Result<Module<'js, Declared>> {
        let hook = self.0.hooks.borrow().load_import.clone();
        let hook = hook.ok_or_else(|| Exception::throw_internal(ctx, "module loader not ready"))?;
        let record: Object = hook.restore(ctx)?.call((name,))?;
        declare(ctx, name, &record)
    }
}

/// The `with { ... }` attributes of an import as a plain object (empty
/// when there are none), for `resolveImport` to check.
fn attributes_object<'js>(ctx: &Ctx<'js>, attributes: Option<ImportAttributes<'js>>) -> Result<Object<'js>> {
    let object = Object::new(ctx.clone())?;
    if let Some(attributes) = attributes {
        for key in attributes.keys() {
            let key = key?;
            object.set(&key, attributes.get(&key)?)?;
        }
    }
    Ok(object)
}

/// Declares a module from what `loadImport` returned:
/// `{ source, url, filename, dirname }` for an ES module file, or
/// `{ exports, names }` for a built-in or CommonJS module.
fn declare<'js>(ctx: &Ctx<'js>, name: &str, record: &Object<'js>) -> Result<Module<'js, Declared>> {
    if let Some(source) = record.get::<_, Option<String>>("source")? {
        let module = Module::declare(ctx.clone(), name, source)?;
        let meta = module.meta()?;
        for key in ["url", "filename", "dirname"] {
            meta.set(key, record.get::<_, Value>(key)?)?;
        }
        return Ok(module);
    }
    let names: Vec<String> = record.get("names")?;
    let mut source = String::from("const m = import.meta.exports;\nexport default m;\n");
    for export in names.iter().filter(|n| is_plain_identifier(n)) {
        source.push_str(&format!("export const {export} = m.{export};\n"));
    }
    let module = Module::declare(ctx.clone(), name, source)?;
    module.meta()?.set("exports", record.get::<_, Value>("exports")?)?;
    Ok(module)
}

/// Names that can follow `export const` (no keywords, no `default`).
fn is_plain_identifier(name: &str) -> bool {
    const RESERVED: &[&str] = &[
        "default",
        "await",
        "break",
        "case",
        "catch",
        "class",
        "const",
        "continue",
        "debugger",
        "delete",
        "do",
        "else",
        "enum",
        "export",
        "extends",
        "false",
        "finally",
        "for",
        "function",
        "if",
        "implements",
        "import",
        "in",
        "instanceof",
        "interface",
        "let",
        "new",
        "null",
        "package",
        "private",
        "protected",
        "public",
        "return",
        "static",
        "super",
        "switch",
        "this",
        "throw",
        "true",
        "try",
        "typeof",
        "var",
        "void",
        "while",
        "with",
        "yield",
        "arguments",
        "eval",
    ];
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c.is_alphabetic() || c == '_' || c == '$')
        && chars.all(|c| c.is_alphanumeric() || c == '_' || c == '$')
        && !RESERVED.contains(&name)
}

/// Runs the ES module file `path` as the main module; returns the promise
/// of its evaluation (top-level await).
pub(crate) fn run_module<'js>(ctx: Ctx<'js>, path: String, record: Object<'js>) -> Result<Promise<'js>> {
    let module = declare(&ctx, &path, &record)?;
    let (_, promise) = module.eval()?;
    Ok(promise)
}

/// `require()` of an ES module (Node 20.19+): evaluates it synchronously,
/// draining promise jobs, and returns its namespace. A module that is still
/// waiting on top-level await throws `ERR_REQUIRE_ASYNC_MODULE`.
pub(crate) fn require_module<'js>(ctx: Ctx<'js>, path: String, record: Object<'js>) -> Result<Object<'js>> {
    let module = declare(&ctx, &path, &record)?;
    let (module, promise) = module.eval()?;
    while promise.state() == PromiseState::Pending && ctx.execute_pending_job() {}
    match promise.state() {
        PromiseState::Resolved => module.namespace(),
        PromiseState::Rejected => match promise.result::<Value>() {
            Some(Err(rquickjs::Error::Exception)) | None => Err(rquickjs::Error::Exception),
            Some(Err(e)) => Err(e),
            Some(Ok(reason)) => Err(ctx.throw(reason)),
        },
        PromiseState::Pending => {
            let err = Exception::from_message(ctx.clone(), &format!(
                "require() cannot be used on an ESM graph with top-level await. Use import() instead. To see where the top-level await comes from, use --experimental-print-required-tla.\n  From {path}"
            ))?;
            err.set("code", "ERR_REQUIRE_ASYNC_MODULE")?;
            Err(ctx.throw(err.into_value()))
        }
    }
}
