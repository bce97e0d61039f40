//! The internal binding: the object only `modules/` can reach. It holds
//! every plugin's ops (bound by id) and the host's own natives.

use std::rc::Rc;

use bistro_kernel::{OpCall, OpId, OpInfo};
use rquickjs::function::{Opt, Rest};
use rquickjs::{Array, Ctx, Exception, Function, Object, Persistent, Promise, Result, Value};

use crate::convert::{error_to_js, from_js, to_js, WellFormed};
use crate::state::{HostState, Waiter};
use crate::{buffer, builtins, esm, files, handles, inspect};

/// Builds the binding object.
pub(crate) fn create<'js>(ctx: &Ctx<'js>, state: &Rc<HostState>) -> Result<Object<'js>> {
    let binding = Object::new(ctx.clone())?;
    binding.set("ops", ops_object(ctx, state)?)?;
    binding.set("handles", handles::create(ctx, state)?)?;
    let (available, absent) = builtins::public_ids(state.kernel.plugins());
    binding.set("builtinIds", available)?;
    binding.set("absentBuiltinIds", absent)?;
    // Third-party plugins, for require('plugin:NAME'); the standard
    // library's own plugins (those serving built-in modules) are not
    // reachable that way.
    let third_party: Vec<&str> =
        state.kernel.plugins().iter().filter(|p| p.modules.is_empty()).map(|p| p.name.as_str()).collect();
    binding.set("pluginNames", third_party)?;
    binding.set("loadBuiltin", Function::new(ctx.clone(), |ctx: Ctx<'js>, id: String| builtins::load(&ctx, &id))?)?;
    binding.set("compileFunction", Function::new(ctx.clone(), compile_function)?)?;
    let s = Rc::clone(state);
    binding.set(
        "readFile",
        Function::new(ctx.clone(), move |ctx: Ctx<'js>, path: String| files::read_file(ctx, &s, path))?,
    )?;
    binding.set("stat", Function::new(ctx.clone(), files::stat_kind)?)?;
    binding.set("realpath", Function::new(ctx.clone(), files::realpath)?)?;
    binding.set("cwd", Function::new(ctx.clone(), files::cwd)?)?;
    let s = Rc::clone(state);
    binding.set(
        "runMicrotasks",
        Function::new(ctx.clone(), move |ctx: Ctx<'js>| while !s.exiting() && ctx.execute_pending_job() {})?,
    )?;
    let s = Rc::clone(state);
    binding.set("setTickScheduled", Function::new(ctx.clone(), move |on: bool| s.tick_scheduled.set(on))?)?;
    let s = Rc::clone(state);
    binding.set("takeRejections", Function::new(ctx.clone(), move |ctx: Ctx<'js>| take_rejections(&ctx, &s))?)?;
    for (name, write) in
        [("writeStdout", HostState::write_stdout as OutputWriter), ("writeStderr", HostState::write_stderr)]
    {
        let s = Rc::clone(state);
        binding.set(
            name,
            Function::new(ctx.clone(), move |ctx: Ctx<'js>, data: Value<'js>| {
                with_output_bytes(&ctx, data, |bytes| write(&s, bytes))
            })?,
        )?;
    }
    let s = Rc::clone(state);
    binding.set("flushStdout", Function::new(ctx.clone(), move || s.flush_stdout())?)?;
    let s = Rc::clone(state);
    binding.set(
        "reallyExit",
        Function::new(ctx.clone(), move |ctx: Ctx<'js>, code: Opt<i32>| -> Result<()> {
            s.request_exit(code.0.unwrap_or(0));
            Err(throw_uncatchable(&ctx, "process.exit"))
        })?,
    )?;
    binding.set("runModule", Function::new(ctx.clone(), esm::run_module)?)?;
    binding.set("requireModule", Function::new(ctx.clone(), esm::require_module)?)?;
    binding.set("version", env!("CARGO_PKG_VERSION"))?;
    binding.set("platform", node_platform())?;
    binding.set("arch", node_arch())?;
    binding.set("isatty", Function::new(ctx.clone(), |fd: i32| is_terminal(fd))?)?;
    binding.set("decodeUtf8", Function::new(ctx.clone(), buffer::decode_utf8)?)?;
    binding.set("encodeUtf8", Function::new(ctx.clone(), buffer::encode_utf8)?)?;
    let buffer = Object::new(ctx.clone())?;
    buffer.set("encode", Function::new(ctx.clone(), buffer::encode)?)?;
    buffer.set("alloc", Function::new(ctx.clone(), buffer::alloc)?)?;
    buffer.set("decode", Function::new(ctx.clone(), buffer::decode)?)?;
    buffer.set("utf8Length", Function::new(ctx.clone(), buffer::utf8_length)?)?;
    buffer.set("compare", Function::new(ctx.clone(), buffer::compare)?)?;
    buffer.set("indexOf", Function::new(ctx.clone(), buffer::index_of)?)?;
    buffer.set("write", Function::new(ctx.clone(), buffer::write)?)?;
    binding.set("buffer", buffer)?;
    binding.set("heapStats", Function::new(ctx.clone(), heap_stats)?)?;
    binding.set("inspectPlain", Function::new(ctx.clone(), inspect::inspect_plain)?)?;
    binding.set("classId", Function::new(ctx.clone(), class_id)?)?;
    binding.set("isProxy", Function::new(ctx.clone(), |value: Value<'js>| value.is_proxy())?)?;
    binding.set("proxyDetails", Function::new(ctx.clone(), proxy_details)?)?;
    binding.set("promiseState", Function::new(ctx.clone(), promise_state)?)?;
    binding.set("promiseResult", Function::new(ctx.clone(), promise_result)?)?;
    binding.set("evalGlobal", Function::new(ctx.clone(), eval_global)?)?;
    let s = Rc::clone(state);
    binding.set(
        "permissionHas",
        Function::new(ctx.clone(), move |name: String, reference: Opt<Option<String>>| {
            s.kernel.permissions().allows(&name, reference.0.flatten().as_deref())
        })?,
    )?;
    let s = Rc::clone(state);
    binding.set("activeOps", Function::new(ctx.clone(), move || active_ops(&s))?)?;
    let s = Rc::clone(state);
    binding.set("loopMetrics", Function::new(ctx.clone(), move |ctx: Ctx<'js>| loop_metrics(&ctx, &s))?)?;
    let s = Rc::clone(state);
    binding.set("setHooks", Function::new(ctx.clone(), move |hooks: Object<'js>| set_hooks(&s, hooks))?)?;
    Ok(binding)
}

/// Writes bytes to one of the host's standard outputs.
type OutputWriter = fn(&HostState, &[u8]);

/// Hands the bytes of a string (as well-formed UTF-8) or of a Uint8Array
/// (as they are) to `write`.
fn with_output_bytes<'js>(ctx: &Ctx<'js>, data: Value<'js>, write: impl FnOnce(&[u8])) -> Result<()> {
    if let Some(view) = data.as_object().and_then(|o| rquickjs::TypedArray::<u8>::from_object(o.clone()).ok()) {
        // SAFETY: the slice is written out before any JavaScript runs.
        if let Some(bytes) = unsafe { view.as_bytes() } {
            write(bytes);
        }
        return Ok(());
    }
    let text = <WellFormed as rquickjs::FromJs>::from_js(ctx, data)?;
    write(text.0.as_bytes());
    Ok(())
}

/// `{ plugin: { op: function } }` for every registered op.
fn ops_object<'js>(ctx: &Ctx<'js>, state: &Rc<HostState>) -> Result<Object<'js>> {
    let all = Object::new(ctx.clone())?;
    for info in state.kernel.ops() {
        let group = match all.get::<_, Option<Object>>(info.plugin.as_str())? {
            Some(group) => group,
            None => {
                let group = Object::new(ctx.clone())?;
                all.set(info.plugin.as_str(), group.clone())?;
                group
            }
        };
        let function = op_function(ctx, state, info)?;
        if info.blocking {
            function.set("sync", sync_twin(ctx, state, info)?)?;
        }
        group.set(info.name.as_str(), function)?;
    }
    Ok(all)
}

/// One op as a JavaScript function: sync ops return their value or throw;
/// pool and reactor ops return a promise — or, given a function as their
/// first argument, call it back `(err, value)` and return undefined (the
/// way `modules/` run Node's callback APIs; a refused call throws).
fn op_function<'js>(ctx: &Ctx<'js>, state: &Rc<HostState>, info: &OpInfo) -> Result<Function<'js>> {
    let state = Rc::clone(state);
    let id = info.id;
    let is_async = info.is_async;
    Function::new(ctx.clone(), move |ctx: Ctx<'js>, args: Rest<Value<'js>>| -> Result<Value<'js>> {
        let callback = if is_async { args.0.first().and_then(|v| v.as_function()).cloned() } else { None };
        let mut values = Vec::with_capacity(args.0.len());
        for arg in &args.0[callback.is_some() as usize..] {
            values.push(from_js(&ctx, arg)?);
        }
        if !is_async {
            return match state.kernel.call_op(id, values) {
                OpCall::Done(Ok(value)) => to_js(&ctx, value),
                OpCall::Done(Err(error)) => Err(ctx.throw(error_to_js(&ctx, error)?)),
                OpCall::Pending(_) => unreachable!("sync ops never pend"),
            };
        }
        if let Some(callback) = callback {
            return match state.kernel.call_op(id, values) {
                OpCall::Done(Ok(value)) => {
                    callback.call::<_, ()>((Value::new_null(ctx.clone()), to_js(&ctx, value)?))?;
                    Ok(Value::new_undefined(ctx))
                }
                OpCall::Done(Err(error)) => Err(ctx.throw(error_to_js(&ctx, error)?)),
                OpCall::Pending(token) => {
                    state.waiters.borrow_mut().insert(token, (id, Waiter::Callback(Persistent::save(&ctx, callback))));
                    Ok(Value::new_undefined(ctx))
                }
            };
        }
        let (promise, resolve, reject) = Promise::new(&ctx)?;
        match state.kernel.call_op(id, values) {
            OpCall::Done(Ok(value)) => resolve.call::<_, ()>((to_js(&ctx, value)?,))?,
            OpCall::Done(Err(error)) => reject.call::<_, ()>((error_to_js(&ctx, error)?,))?,
            OpCall::Pending(token) => {
                let waiter = Waiter::Promise {
                    resolve: Persistent::save(&ctx, resolve),
                    reject: Persistent::save(&ctx, reject),
                };
                state.waiters.borrow_mut().insert(token, (id, waiter));
            }
        }
        Ok(promise.into_value())
    })?
    .with_name(info.name.as_str())
}

/// The sync twin of a blocking op (`ops.fs.open.sync(...)`): the same
/// work on the loop thread, returning its value or throwing.
fn sync_twin<'js>(ctx: &Ctx<'js>, state: &Rc<HostState>, info: &OpInfo) -> Result<Function<'js>> {
    let state = Rc::clone(state);
    let id = info.id;
    Function::new(ctx.clone(), move |ctx: Ctx<'js>, args: Rest<Value<'js>>| -> Result<Value<'js>> {
        let values = args.0.iter().map(|arg| from_js(&ctx, arg)).collect::<Result<Vec<_>>>()?;
        match state.kernel.call_op_sync(id, values) {
            Ok(value) => to_js(&ctx, value),
            Err(error) => Err(ctx.throw(error_to_js(&ctx, error)?)),
        }
    })?
    .with_name(info.name.as_str())
}

/// The async ops in flight, oldest first, as `plugin.op` names (what
/// `process.getActiveResourcesInfo()` reports as requests).
fn active_ops(state: &HostState) -> Vec<String> {
    let infos = state.kernel.ops();
    let waiters = state.waiters.borrow();
    let mut tokens: Vec<(u64, OpId)> = waiters.iter().map(|(&token, &(id, _))| (token, id)).collect();
    tokens.sort_unstable_by_key(|&(token, _)| token);
    tokens
        .into_iter()
        .map(|(_, id)| {
            let info = &infos[id.0 as usize];
            format!("{}.{}", info.plugin, info.name)
        })
        .collect()
}

/// The loop's metrics for `perf_hooks`: idle time in milliseconds, the
/// counts, and how many milliseconds ago the loop started and last ran
/// dry (-1: not yet).
fn loop_metrics<'js>(ctx: &Ctx<'js>, state: &HostState) -> Result<Object<'js>> {
    let metrics = state.kernel.metrics();
    let ago = |at: Option<std::time::Instant>| at.map_or(-1.0, |t| t.elapsed().as_secs_f64() * 1e3);
    let out = Object::new(ctx.clone())?;
    out.set("idleTime", metrics.idle.as_secs_f64() * 1e3)?;
    out.set("loopCount", metrics.loop_count as f64)?;
    out.set("events", metrics.events as f64)?;
    out.set("eventsWaiting", metrics.events_waiting as f64)?;
    out.set("sinceStart", ago(metrics.started))?;
    out.set("sinceExit", ago(metrics.exited))?;
    Ok(out)
}

/// Compiles `source` as the body of a function with the given parameters,
/// keeping line numbers: the wrapper `(function (PARAMS) {` shares line 1,
/// and `internal/bootstrap` subtracts its length from line-1 columns.
fn compile_function<'js>(
    ctx: Ctx<'js>,
    source: String,
    filename: String,
    params: Vec<String>,
) -> Result<Function<'js>> {
    let wrapped = format!("(function ({}) {{{}\n}})", params.join(", "), source);
    let mut options = rquickjs::context::EvalOptions::default();
    options.global = true;
    options.strict = false;
    options.filename = Some(filename);
    ctx.eval_with_options(wrapped, options)
}

/// Hands the pending unhandled rejections to JavaScript as a flat list
/// `[promise, reason, promise, reason, ...]`.
fn take_rejections<'js>(ctx: &Ctx<'js>, state: &HostState) -> Result<Array<'js>> {
    let list = Array::new(ctx.clone())?;
    let taken = std::mem::take(&mut *state.rejections.borrow_mut());
    for (i, rejection) in taken.into_iter().enumerate() {
        list.set(2 * i, rejection.promise.restore(ctx)?)?;
        list.set(2 * i + 1, rejection.reason.restore(ctx)?)?;
    }
    Ok(list)
}

fn set_hooks<'js>(state: &HostState, hooks: Object<'js>) -> Result<()> {
    let ctx = hooks.ctx().clone();
    let get = |name: &str| -> Result<Option<Persistent<Function<'static>>>> {
        let f: Option<Function> = hooks.get(name)?;
        Ok(f.map(|f| Persistent::save(&ctx, f)))
    };
    let mut slots = state.hooks.borrow_mut();
    slots.on_timer = get("onTimer")?;
    slots.on_immediate = get("onImmediate")?;
    slots.process_ticks = get("processTicksAndRejections")?;
    slots.fatal = get("fatal")?;
    slots.before_exit = get("beforeExit")?;
    slots.emit_exit = get("emitExit")?;
    slots.resolve_import = get("resolveImport")?;
    slots.load_import = get("loadImport")?;
    if slots.fatal.is_none() {
        return Err(Exception::throw_type(&ctx, "setHooks: the fatal hook is required"));
    }
    Ok(())
}

/// `process.platform` as Node names it.
fn node_platform() -> &'static str {
    match std::env::consts::OS {
        "macos" => "darwin",
        "windows" => "win32",
        other => other,
    }
}

/// `process.arch` as Node names it.
fn node_arch() -> &'static str {
    match std::env::consts::ARCH {
        "x86_64" => "x64",
        "aarch64" => "arm64",
        "x86" => "ia32",
        other => other,
    }
}

fn is_terminal(fd: i32) -> bool {
    use std::io::IsTerminal;
    match fd {
        0 => std::io::stdin().is_terminal(),
        1 => std::io::stdout().is_terminal(),
        2 => std::io::stderr().is_terminal(),
        _ => false,
    }
}

/// The QuickJS class of an object (which built-in made it, whatever its
/// prototype says), or 0 for primitives: the brand checks of `util.types`.
fn class_id(value: Value<'_>) -> u32 {
    if !value.is_object() {
        return 0;
    }
    // SAFETY: reading the class id of a live object value.
    unsafe { rquickjs::qjs::JS_GetClassID(value.as_raw()) }
}

/// 0 pending, 1 fulfilled, 2 rejected (for util.inspect).
fn promise_state(promise: Promise<'_>) -> i32 {
    match promise.state() {
        rquickjs::promise::PromiseState::Pending => 0,
        rquickjs::promise::PromiseState::Resolved => 1,
        rquickjs::promise::PromiseState::Rejected => 2,
    }
}

/// The value or reason of a settled promise.
fn promise_result<'js>(ctx: Ctx<'js>, promise: Promise<'js>) -> Result<Value<'js>> {
    match promise.result::<Value>() {
        Some(Ok(value)) => Ok(value),
        Some(Err(rquickjs::Error::Exception)) => Ok(ctx.catch()),
        Some(Err(e)) => Err(e),
        None => Ok(Value::new_undefined(ctx)),
    }
}

/// Evaluates a script in the global scope (`bistro -e`), returning its
/// completion value.
fn eval_global<'js>(ctx: Ctx<'js>, source: String, filename: String) -> Result<Value<'js>> {
    let mut options = rquickjs::context::EvalOptions::default();
    options.global = true;
    options.strict = false;
    options.filename = Some(filename);
    ctx.eval_with_options(source, options)
}

/// Throws an error no `catch` or `finally` can intercept, so that
/// `process.exit()` unwinds every JavaScript frame back to the host.
pub(crate) fn throw_uncatchable(ctx: &Ctx<'_>, why: &str) -> rquickjs::Error {
    match Exception::from_message(ctx.clone(), why) {
        Ok(error) => {
            // SAFETY: `error` is a live Error object of this context.
            unsafe { rquickjs::qjs::JS_SetUncatchableError(ctx.as_raw().as_ptr(), error.as_raw()) };
            ctx.throw(error.into_value())
        }
        Err(e) => e,
    }
}

/// QuickJS's heap accounting, for process.memoryUsage(): bytes allocated
/// and bytes in use (array-buffer contents included).
fn heap_stats<'js>(ctx: Ctx<'js>) -> Result<Object<'js>> {
    // SAFETY: the runtime is alive; JS_ComputeMemoryUsage only reads it
    // and fills the struct.
    let usage = unsafe {
        let runtime = rquickjs::qjs::JS_GetRuntime(ctx.as_raw().as_ptr());
        let mut usage = std::mem::zeroed::<rquickjs::qjs::JSMemoryUsage>();
        rquickjs::qjs::JS_ComputeMemoryUsage(runtime, &mut usage);
        usage
    };
    let stats = Object::new(ctx)?;
    stats.set("total", usage.malloc_size as f64)?;
    stats.set("used", usage.memory_used_size as f64)?;
    Ok(stats)
}

/// The target behind a Proxy (nested proxies unwrapped), without running
/// any trap, so util.inspect can show a proxy as Node does.
fn proxy_details<'js>(ctx: Ctx<'js>, value: Value<'js>) -> Result<Value<'js>> {
    if !value.is_proxy() {
        return Ok(Value::new_undefined(ctx));
    }
    let raw = ctx.as_raw().as_ptr();
    // SAFETY: `value` is a live proxy of this context; each result is a new
    // reference handed to rquickjs, or an exception (a revoked proxy) that
    // is taken off the context at once.
    let (target, handler) = unsafe {
        let target = rquickjs::qjs::JS_GetProxyTarget(raw, value.as_raw());
        if rquickjs::qjs::JS_IsException(target) {
            drop(ctx.catch());
            return Ok(Value::new_null(ctx));
        }
        let handler = rquickjs::qjs::JS_GetProxyHandler(raw, value.as_raw());
        (Value::from_raw(ctx.clone(), target), Value::from_raw(ctx.clone(), handler))
    };
    let pair = Array::new(ctx)?;
    pair.set(0, target)?;
    pair.set(1, handler)?;
    Ok(pair.into_value())
}
