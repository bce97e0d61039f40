//! # bistro-js
//!
//! The QuickJS script host: runs a file (CommonJS or ES module) or a code
//! string on a [`Kernel`], binds every registered op into the internal
//! binding that `modules/` use, and implements [`Host`] so the kernel's
//! loop can call into JavaScript.
//!
//! ```no_run
//! use std::rc::Rc;
//! use bistro_kernel::{Kernel, KernelConfig};
//! use bistro_js::{Entry, ScriptHost, ScriptOptions};
//!
//! let kernel = Rc::new(Kernel::new(KernelConfig::default(), Vec::new()));
//! let mut host = ScriptHost::new(kernel, ScriptOptions::default()).unwrap();
//! let code = host.run(Entry::Eval { code: "console.log(1 + 1)".into(), print: false });
//! assert_eq!(code, 0);
//! ```

mod binding;
mod buffer;
mod builtins;
pub use builtins::{embedded_public_ids, HOST_MODULES};
mod convert;
mod esm;
mod files;
mod handles;
mod inspect;
mod limits;
mod memory_reducer;
mod shared_memory;
mod state;

use std::rc::Rc;
use std::time::Duration;

use bistro_kernel::{Host, Kernel};
use bistro_sdk::OpResult;
use rquickjs::function::IntoArgs;
use rquickjs::{Context, Ctx, Function, Object, Persistent, Runtime, Value};

use crate::convert::{error_to_js, to_js};
use crate::state::{HostState, Rejection, Waiter};

/// What to run.
#[derive(Debug, Clone)]
pub enum Entry {
    /// A script file, CommonJS or ES module as Node decides.
    File(String),
    /// Code from the command line (`-e`), printing its value with `-p`.
    Eval {
        /// The code.
        code: String,
        /// Print the completion value (`bistro -p`).
        print: bool,
    },
    /// A script read from standard input (`bistro -`, or piped into
    /// `bistro` with no script named).
    Stdin(String),
}

/// Options for the script host.
#[derive(Debug, Clone)]
pub struct ScriptOptions {
    /// `process.argv` (the executable path first, then the script and its
    /// arguments).
    pub argv: Vec<String>,
    /// `process.execArgv`: the runtime's own flags.
    pub exec_argv: Vec<String>,
    /// The JavaScript stack limit in bytes.
    pub max_stack_size: usize,
    /// The JavaScript heap limit in bytes (`--max-heap`).
    pub max_heap: Option<usize>,
    /// The CPU time the script may use (`--cpu-time`); past it the process
    /// ends with a message and exit code 1.
    pub cpu_time: Option<std::time::Duration>,
    /// Modules to `require` before the entry (`-r`, `--require`).
    pub preload_require: Vec<String>,
    /// Modules to `import` before the entry (`--import`).
    pub preload_import: Vec<String>,
    /// Code from `-e` or standard input is an ES module
    /// (`--input-type=module`).
    pub input_type_module: bool,
    /// `--watch`: this process supervises the entry file, run in a child
    /// bistro, instead of running it.
    pub watch: Option<WatchOptions>,
}

/// How `bistro --watch FILE` watches and restarts its child.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WatchOptions {
    /// `--watch-path` paths: watch everything under them (recursively)
    /// instead of the files the program loads.
    pub paths: Vec<String>,
    /// `--watch-preserve-output`: do not clear the screen on a restart.
    pub preserve_output: bool,
    /// `--watch-kill-signal`: how to stop the child (default `SIGTERM`).
    pub kill_signal: Option<String>,
    /// `--env-file` and `--env-file-if-exists` files, also watched.
    pub env_files: Vec<String>,
}

impl Default for ScriptOptions {
    fn default() -> Self {
        let exe = std::env::current_exe().map(|p| p.to_string_lossy().into_owned()).unwrap_or_default();
        ScriptOptions {
            argv: vec![exe],
            exec_argv: Vec::new(),
            max_stack_size: 4 << 20,
            max_heap: None,
            cpu_time: None,
            preload_require: Vec::new(),
            preload_import: Vec::new(),
            input_type_module: false,
            watch: None,
        }
    }
}

/// The QuickJS runtime bound to a kernel.
pub struct ScriptHost {
    state: Rc<HostState>,
    entry_hooks: Option<Persistent<Object<'static>>>,
    context: Context,
    runtime: Runtime,
    memory: memory_reducer::MemoryReducer,
}

impl ScriptHost {
    /// Creates the JavaScript runtime and runs the bootstrap (globals,
    /// `process`, `console`, timers, the module loader).
    pub fn new(kernel: Rc<Kernel>, options: ScriptOptions) -> Result<Self, String> {
        let runtime = Runtime::new().map_err(|e| format!("cannot create the JavaScript runtime: {e}"))?;
        runtime.set_max_stack_size(options.max_stack_size);
        let context = Context::full(&runtime).map_err(|e| format!("cannot create the JavaScript context: {e}"))?;
        let state = HostState::new(kernel);
        if let Some(bytes) = options.max_heap {
            runtime.set_memory_limit(bytes);
        }
        if let Some(limit) = options.cpu_time {
            runtime.set_interrupt_handler(Some(limits::cpu_time_guard(Rc::clone(&state), limit)));
        }
        runtime.set_loader(esm::ImportResolver(Rc::clone(&state)), esm::ImportLoader(Rc::clone(&state)));
        let tracker_state = Rc::clone(&state);
        runtime.set_host_promise_rejection_tracker(Some(Box::new(move |ctx, promise, reason, handled| {
            track_rejection(&ctx, &tracker_state, promise, reason, handled);
        })));
        let entry_hooks = context.with(|ctx| bootstrap(&ctx, &state, &options).map_err(|e| describe(&ctx, e)))?;
        Ok(ScriptHost {
            state,
            entry_hooks: Some(entry_hooks),
            context,
            runtime,
            memory: memory_reducer::MemoryReducer::new(),
        })
    }

    /// Runs the entry, then the event loop until it is empty; returns the
    /// process exit code (after the `exit` event).
    pub fn run(&mut self, entry: Entry) -> i32 {
        let (code, completion) = self.run_keeping_completion(entry, false);
        drop(completion);
        code
    }

    /// Evaluates `code` like `bistro -e`, runs the loop to the end, and
    /// returns the completion value — awaited when it is a promise — as an
    /// SDK value. An uncaught error, a rejection or a non-zero exit code is
    /// an `Err` describing it.
    pub fn evaluate(&mut self, code: &str) -> Result<bistro_sdk::Value, String> {
        let (exit, completion) = self.run_keeping_completion(Entry::Eval { code: code.to_owned(), print: false }, true);
        if exit != 0 {
            return Err(format!("the script ended with exit code {exit}"));
        }
        let completion = completion.ok_or("the script produced no value")?;
        self.context.with(|ctx| {
            let value = completion.restore(&ctx).map_err(|e| describe(&ctx, e))?;
            let settled = match value.as_promise() {
                Some(promise) => match promise.state() {
                    rquickjs::promise::PromiseState::Resolved => promise.result::<Value>().and_then(Result::ok),
                    rquickjs::promise::PromiseState::Rejected => {
                        let reason = promise.result::<Value>().map(|r| r.unwrap_or_else(|_| ctx.catch()));
                        return Err(reason.map_or("the promise was rejected".to_owned(), |r| describe_value(&r)));
                    }
                    rquickjs::promise::PromiseState::Pending => return Err("the promise never settled".to_owned()),
                },
                None => Some(value),
            };
            let value = settled.unwrap_or_else(|| Value::new_undefined(ctx.clone()));
            convert::from_js(&ctx, &value).map_err(|e| describe(&ctx, e))
        })
    }

    /// Runs `entry` and the loop; keeps the entry's completion value. With
    /// `claim_rejection`, a promise completion counts as handled (the
    /// caller inspects its outcome) instead of ending the program.
    fn run_keeping_completion(
        &mut self,
        entry: Entry,
        claim_rejection: bool,
    ) -> (i32, Option<Persistent<Value<'static>>>) {
        if let Entry::File(path) = &entry {
            if let Some(folder) = std::fs::canonicalize(path).ok().and_then(|p| p.parent().map(|d| d.to_path_buf())) {
                *self.state.app_root.borrow_mut() = folder;
            }
        }
        let hooks = self.entry_hooks.clone().expect("the host is bootstrapped");
        let completion = self.context.with(|ctx| {
            let hooks = match hooks.restore(&ctx) {
                Ok(hooks) => hooks,
                Err(e) => {
                    self.report(&ctx, e);
                    return None;
                }
            };
            let started = match entry {
                Entry::File(path) => hooks.get::<_, Function>("runMain").and_then(|f| f.call::<_, Value>((path,))),
                Entry::Eval { code, print } => {
                    hooks.get::<_, Function>("evalScript").and_then(|f| f.call::<_, Value>((code, print)))
                }
                Entry::Stdin(code) => hooks.get::<_, Function>("evalStdin").and_then(|f| f.call::<_, Value>((code,))),
            };
            match started {
                Ok(value) => {
                    if let (true, Some(promise)) = (claim_rejection, value.as_promise()) {
                        let ignore = Function::new(ctx.clone(), || ());
                        let claimed = ignore.and_then(|f| {
                            promise.catch()?.call::<_, Value>((rquickjs::function::This(promise.clone()), f))
                        });
                        if let Err(e) = claimed {
                            self.report(&ctx, e);
                        }
                    }
                    Some(Persistent::save(&ctx, value))
                }
                Err(e) => {
                    self.report(&ctx, e);
                    None
                }
            }
        });
        let kernel = Rc::clone(&self.state.kernel);
        self.microtask_checkpoint(&kernel);
        kernel.run(self);
        if let Some(code) = self.state.exit_code.get() {
            return (code, completion);
        }
        let code = self.context.with(|ctx| {
            let hook = self.state.hooks.borrow().emit_exit.clone();
            match hook.map(|h| h.restore(&ctx).and_then(|f| f.call::<_, i32>(()))) {
                Some(Ok(code)) => code,
                Some(Err(e)) => {
                    self.report(&ctx, e);
                    7
                }
                None => 0,
            }
        });
        // Promise jobs queued by 'exit' listeners still run, as in Node.
        self.microtask_checkpoint(&kernel);
        self.state.flush_stdout();
        (self.state.exit_code.get().unwrap_or(code), completion)
    }

    /// Calls a hook, sending any exception to the fatal-exception handler.
    fn call_hook<'js>(&self, ctx: &Ctx<'js>, hook: Option<Persistent<Function<'static>>>, args: impl IntoArgs<'js>) {
        let Some(hook) = hook else { return };
        if let Err(e) = hook.restore(ctx).and_then(|f| f.call::<_, ()>(args)) {
            self.report(ctx, e);
        }
    }

    /// Hands an exception to JavaScript's `fatal` hook (uncaughtException
    /// listeners, else print and exit 1). If that throws too, exits 7 as
    /// Node does.
    fn report(&self, ctx: &Ctx<'_>, error: rquickjs::Error) {
        let value = exception_value(ctx, error);
        if self.state.exiting() {
            // process.exit() (or a resource limit) is unwinding the stack.
            return;
        }
        if limits::is_out_of_memory(&value) {
            limits::lift_memory_limit(ctx);
        }
        let fatal = self.state.hooks.borrow().fatal.clone();
        let handled = fatal.map(|f| f.restore(ctx).and_then(|f| f.call::<_, ()>((value.clone(),))));
        if self.state.exiting() {
            return;
        }
        if !matches!(handled, Some(Ok(()))) {
            let message = match handled {
                Some(Err(e)) => describe(ctx, e),
                _ => describe_value(&value),
            };
            self.state.write_stderr(format!("{message}\n").as_bytes());
            self.state.request_exit(7);
        }
    }
}

impl Host for ScriptHost {
    fn on_timer(&mut self, _kernel: &Kernel, token: u64) {
        self.context.with(|ctx| {
            let hook = self.state.hooks.borrow().on_timer.clone();
            self.call_hook(&ctx, hook, (token as f64,));
        });
    }

    fn on_check(&mut self, _kernel: &Kernel) {
        self.context.with(|ctx| {
            let hook = self.state.hooks.borrow().on_immediate.clone();
            self.call_hook(&ctx, hook, ());
        });
    }

    fn on_complete(&mut self, _kernel: &Kernel, token: u64, result: OpResult) {
        let waiter = self.state.waiters.borrow_mut().remove(&token);
        let Some((_, waiter)) = waiter else {
            self.context.with(|ctx| {
                if let Err(e) = handles::deliver(&ctx, &self.state, token, result) {
                    self.report(&ctx, e);
                }
            });
            return;
        };
        self.context.with(|ctx| {
            let settled = match (waiter, result) {
                (Waiter::Promise { resolve, .. }, Ok(value)) => {
                    to_js(&ctx, value).and_then(|v| resolve.restore(&ctx)?.call::<_, ()>((v,)))
                }
                (Waiter::Promise { reject, .. }, Err(error)) => {
                    error_to_js(&ctx, error).and_then(|e| reject.restore(&ctx)?.call::<_, ()>((e,)))
                }
                (Waiter::Callback(callback), Ok(value)) => to_js(&ctx, value)
                    .and_then(|v| callback.restore(&ctx)?.call::<_, ()>((Value::new_null(ctx.clone()), v))),
                (Waiter::Callback(callback), Err(error)) => {
                    error_to_js(&ctx, error).and_then(|e| callback.restore(&ctx)?.call::<_, ()>((e,)))
                }
            };
            if let Err(e) = settled {
                self.report(&ctx, e);
            }
        });
    }

    fn on_close(&mut self, _kernel: &Kernel, token: u64) {
        self.context.with(|ctx| {
            if let Err(e) = handles::closed(&ctx, &self.state, token) {
                self.report(&ctx, e);
            }
        });
    }

    fn microtask_checkpoint(&mut self, _kernel: &Kernel) {
        if self.state.exiting() {
            return;
        }
        self.context.with(|ctx| {
            if !self.state.tick_scheduled.get() {
                while !self.state.exiting() && ctx.execute_pending_job() {}
                // A promise job may have called process.nextTick or left a
                // rejection unhandled; either needs the full JS checkpoint.
                if !self.state.tick_scheduled.get() && self.state.rejections.borrow().is_empty() {
                    return;
                }
            }
            if self.state.exiting() {
                return;
            }
            let hook = self.state.hooks.borrow().process_ticks.clone();
            self.call_hook(&ctx, hook, ());
        });
    }

    fn before_exit(&mut self, _kernel: &Kernel) {
        self.context.with(|ctx| {
            let hook = self.state.hooks.borrow().before_exit.clone();
            self.call_hook(&ctx, hook, ());
        });
    }

    fn before_block(&mut self, kernel: &Kernel) -> Option<Duration> {
        self.state.flush_stdout();
        self.memory.before_block(&self.runtime, kernel.metrics().handles_closed)
    }
}

impl Drop for ScriptHost {
    fn drop(&mut self) {
        // Every Persistent must go before the runtime, or QuickJS aborts.
        self.entry_hooks = None;
        self.state.release();
        self.runtime.run_gc();
    }
}

/// Compiles and runs `internal/bootstrap`, which installs the globals and
/// returns the entry points `{ runMain, evalScript, evalStdin }`.
fn bootstrap<'js>(
    ctx: &Ctx<'js>,
    state: &Rc<HostState>,
    options: &ScriptOptions,
) -> rquickjs::Result<Persistent<Object<'static>>> {
    let binding = binding::create(ctx, state)?;
    if options.max_heap.is_some() {
        // Under --max-heap every Buffer stays in the engine's heap, where
        // the limit counts it.
        binding.get::<_, Object>("buffer")?.remove("alloc")?;
    }
    binding.set("argv", options.argv.clone())?;
    binding.set("execArgv", options.exec_argv.clone())?;
    let entry = Object::new(ctx.clone())?;
    entry.set("require", options.preload_require.clone())?;
    entry.set("import", options.preload_import.clone())?;
    entry.set("inputType", if options.input_type_module { "module" } else { "commonjs" })?;
    if let Some(watch) = &options.watch {
        let object = Object::new(ctx.clone())?;
        object.set("paths", watch.paths.clone())?;
        object.set("preserveOutput", watch.preserve_output)?;
        object.set("killSignal", watch.kill_signal.clone().unwrap_or_else(|| "SIGTERM".to_owned()))?;
        object.set("envFiles", watch.env_files.clone())?;
        entry.set("watch", object)?;
    }
    binding.set("entryOptions", entry)?;
    let function = builtins::load(ctx, "internal/bootstrap")?.expect("modules/internal/bootstrap.js is embedded");
    let hooks: Object = function.call((binding,))?;
    Ok(Persistent::save(ctx, hooks))
}

/// Records a rejection without a handler, or forgets it once one is added.
fn track_rejection<'js>(ctx: &Ctx<'js>, state: &HostState, promise: Value<'js>, reason: Value<'js>, handled: bool) {
    let mut rejections = state.rejections.borrow_mut();
    if handled {
        rejections.retain(|r| r.promise.clone().restore(ctx).map_or(true, |p| p != promise));
    } else {
        rejections.push(Rejection { promise: Persistent::save(ctx, promise), reason: Persistent::save(ctx, reason) });
    }
}

/// The thrown value behind an rquickjs error.
fn exception_value<'js>(ctx: &Ctx<'js>, error: rquickjs::Error) -> Value<'js> {
    if let rquickjs::Error::Exception = error {
        return ctx.catch();
    }
    match rquickjs::Exception::from_message(ctx.clone(), &error.to_string()) {
        Ok(e) => e.into_value(),
        Err(_) => Value::new_undefined(ctx.clone()),
    }
}

/// A last-resort description of an error, when JavaScript cannot print it.
fn describe(ctx: &Ctx<'_>, error: rquickjs::Error) -> String {
    describe_value(&exception_value(ctx, error))
}

fn describe_value(value: &Value<'_>) -> String {
    if let Some(exception) = value.as_exception() {
        return exception.stack().filter(|s| !s.is_empty()).map_or_else(
            || format!("Error: {}", exception.message().unwrap_or_default()),
            |stack| format!("Error: {}\n{stack}", exception.message().unwrap_or_default()),
        );
    }
    format!("{value:?}")
}
