//! State shared between the host, the native functions and the module loader.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::io::{IsTerminal, Write};
use std::rc::Rc;

use bistro_kernel::{Kernel, OpId};
use rquickjs::{Function, Persistent, Value};

/// Who hears about an async op's completion.
pub(crate) enum Waiter {
    /// The resolve and reject functions of the promise the op returned.
    Promise { resolve: Persistent<Function<'static>>, reject: Persistent<Function<'static>> },
    /// A Node-style `(err, value)` callback, called as its own poll-phase
    /// callback (so `process.nextTick`s it queues run before promise jobs).
    Callback(Persistent<Function<'static>>),
}

/// Who hears a kernel handle's events and its close.
pub(crate) struct Listener {
    /// Called `(err, value)` for every event.
    pub(crate) on_event: Persistent<Function<'static>>,
    /// Called once, in the close phase, after the handle was closed.
    pub(crate) on_close: Option<Persistent<Function<'static>>>,
}

/// A rejected promise that had no handler when it was rejected.
pub(crate) struct Rejection {
    pub(crate) promise: Persistent<Value<'static>>,
    pub(crate) reason: Persistent<Value<'static>>,
}

/// The JavaScript functions the host calls, set once bootstrap has run.
#[derive(Default)]
pub(crate) struct Hooks {
    pub(crate) on_timer: Option<Persistent<Function<'static>>>,
    pub(crate) on_immediate: Option<Persistent<Function<'static>>>,
    pub(crate) process_ticks: Option<Persistent<Function<'static>>>,
    pub(crate) fatal: Option<Persistent<Function<'static>>>,
    pub(crate) before_exit: Option<Persistent<Function<'static>>>,
    pub(crate) emit_exit: Option<Persistent<Function<'static>>>,
    pub(crate) resolve_import: Option<Persistent<Function<'static>>>,
    pub(crate) load_import: Option<Persistent<Function<'static>>>,
}

/// Everything the host's native functions share. Every `Persistent` in
/// here is dropped by [`HostState::release`] before the runtime goes.
pub(crate) struct HostState {
    pub(crate) kernel: Rc<Kernel>,
    /// The async ops in flight, by token: the op and who hears of it.
    pub(crate) waiters: RefCell<HashMap<u64, (OpId, Waiter)>>,
    /// The kernel handles JavaScript listens to, by id.
    pub(crate) listeners: RefCell<HashMap<u64, Listener>>,
    pub(crate) rejections: RefCell<Vec<Rejection>>,
    pub(crate) tick_scheduled: Cell<bool>,
    /// Set by `process.exit` (and fatal errors): the exit code. From then on
    /// no JavaScript runs and the loop stops.
    pub(crate) exit_code: Cell<Option<i32>>,
    /// The folder modules may always be loaded from in a sandboxed run: the
    /// entry script's folder (the working directory for `-e`).
    pub(crate) app_root: RefCell<std::path::PathBuf>,
    pub(crate) hooks: RefCell<Hooks>,
    stdout: RefCell<Output>,
}

/// Buffered standard output, written through at once to a terminal.
struct Output {
    buffer: Vec<u8>,
    interactive: bool,
}

const STDOUT_BUFFER: usize = 64 * 1024;

impl HostState {
    pub(crate) fn new(kernel: Rc<Kernel>) -> Rc<Self> {
        Rc::new(HostState {
            kernel,
            waiters: RefCell::default(),
            listeners: RefCell::default(),
            rejections: RefCell::default(),
            tick_scheduled: Cell::new(false),
            exit_code: Cell::new(None),
            app_root: RefCell::new(std::env::current_dir().unwrap_or_default()),
            hooks: RefCell::default(),
            stdout: RefCell::new(Output {
                buffer: Vec::with_capacity(STDOUT_BUFFER),
                interactive: std::io::stdout().is_terminal(),
            }),
        })
    }

    /// Ends the program with `code`: stops the loop; the host returns the
    /// code once the JavaScript stack has unwound.
    pub(crate) fn request_exit(&self, code: i32) {
        if self.exit_code.get().is_none() {
            self.exit_code.set(Some(code));
        }
        self.flush_stdout();
        self.kernel.stop();
    }

    /// Whether the program is exiting.
    pub(crate) fn exiting(&self) -> bool {
        self.exit_code.get().is_some()
    }

    /// Writes to standard output (buffered unless it is a terminal).
    pub(crate) fn write_stdout(&self, bytes: &[u8]) {
        let mut out = self.stdout.borrow_mut();
        out.buffer.extend_from_slice(bytes);
        if out.interactive || out.buffer.len() >= STDOUT_BUFFER {
            flush(&mut out.buffer);
        }
    }

    /// Writes to standard error, after flushing standard output so the two
    /// interleave as written.
    pub(crate) fn write_stderr(&self, bytes: &[u8]) {
        self.flush_stdout();
        let _ = std::io::stderr().write_all(bytes);
    }

    /// Flushes buffered standard output.
    pub(crate) fn flush_stdout(&self) {
        flush(&mut self.stdout.borrow_mut().buffer);
    }

    /// Drops every JavaScript reference held from Rust.
    pub(crate) fn release(&self) {
        self.waiters.borrow_mut().clear();
        self.listeners.borrow_mut().clear();
        self.rejections.borrow_mut().clear();
        *self.hooks.borrow_mut() = Hooks::default();
    }
}

fn flush(buffer: &mut Vec<u8>) {
    if !buffer.is_empty() {
        let mut stdout = std::io::stdout().lock();
        // A closed pipe (EPIPE) must not crash the runtime; output is lost
        // as in Node when the reader has gone.
        let _ = stdout.write_all(buffer).and_then(|()| stdout.flush());
        buffer.clear();
    }
}
