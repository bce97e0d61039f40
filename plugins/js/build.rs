//! Compiles every file of `modules/` to QuickJS bytecode and embeds it as a
//! table of (module id, bytecode). The id is the path without `.js`:
//! `events`, `timers/promises`, `internal/loader`. Each module is compiled
//! as a function `(exports, require, module, binding)` (the bootstrap as
//! `(binding)`), so loading one at run time skips parsing entirely. A
//! syntax error in a built-in module fails the build, naming the file.

use std::ffi::CString;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use rquickjs::{qjs, Context, Ctx, Runtime};

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../modules");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut files = Vec::new();
    collect(&root, &mut files);
    let mut modules: Vec<(String, PathBuf)> = files
        .into_iter()
        .map(|file| {
            let id = file.strip_prefix(&root).unwrap().with_extension("");
            (id.to_str().unwrap().replace('\\', "/"), file)
        })
        .collect();
    // Sorted by id, for the binary search in builtins.rs.
    modules.sort();

    let out_dir = PathBuf::from(std::env::var("OUT_DIR").unwrap());
    let runtime = Runtime::new().expect("QuickJS runtime for the build");
    let context = Context::full(&runtime).expect("QuickJS context for the build");
    let mut table = String::from("&[\n");
    context.with(|ctx| {
        for (id, file) in &modules {
            println!("cargo:rerun-if-changed={}", file.display());
            let source = std::fs::read_to_string(file).unwrap();
            let params = if id == "internal/bootstrap" { "binding" } else { "exports, require, module, binding" };
            let wrapped = format!("(function ({params}) {{{source}\n}})");
            let bytecode = compile(&ctx, &format!("node:{id}"), &wrapped)
                .unwrap_or_else(|message| panic!("modules/{id}.js does not compile: {message}"));
            let target = out_dir.join(format!("{}.qbc", id.replace('/', "__")));
            std::fs::write(&target, bytecode).unwrap();
            writeln!(table, "    ({id:?}, include_bytes!({:?})),", target.to_str().unwrap()).unwrap();
        }
    });
    table.push(']');
    std::fs::write(out_dir.join("builtin_modules.rs"), table).unwrap();
}

/// Compiles a script without running it and serialises its bytecode.
fn compile(ctx: &Ctx<'_>, filename: &str, source: &str) -> Result<Vec<u8>, String> {
    let name = CString::new(filename).unwrap();
    let text = CString::new(source).map_err(|_| "the source contains a NUL byte".to_owned())?;
    let raw = ctx.as_raw().as_ptr();
    let flags = (qjs::JS_EVAL_TYPE_GLOBAL | qjs::JS_EVAL_FLAG_COMPILE_ONLY) as i32;
    // SAFETY: `text` is NUL-terminated as QuickJS requires; every value and
    // buffer QuickJS returns is freed with its own allocator before leaving.
    unsafe {
        let function = qjs::JS_Eval(raw, text.as_ptr(), source.len() as _, name.as_ptr(), flags);
        if qjs::JS_IsException(function) {
            let error = ctx.catch();
            return Err(error.as_exception().and_then(|e| e.message()).unwrap_or_else(|| format!("{error:?}")));
        }
        let mut size: qjs::size_t = 0;
        let buffer = qjs::JS_WriteObject(raw, &mut size, function, qjs::JS_WRITE_OBJ_BYTECODE as i32);
        qjs::JS_FreeValue(raw, function);
        if buffer.is_null() {
            return Err("QuickJS could not serialise the bytecode".to_owned());
        }
        let bytes = std::slice::from_raw_parts(buffer, size as usize).to_vec();
        qjs::js_free(raw, buffer.cast());
        Ok(bytes)
    }
}

fn collect(dir: &Path, files: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            collect(&path, files);
        } else if path.extension().is_some_and(|e| e == "js") {
            files.push(path);
        }
    }
}
