//! The C ABI of native plugins: a `cdylib` built with this SDK exports two
//! symbols, made by [`export_plugin!`](crate::export_plugin):
//!
//! * `bistro_plugin_abi_version() -> u32` — checked before anything else;
//! * `bistro_plugin_entry() -> *const NativePlugin` — the plugin's table.
//!
//! Values cross as [`wire`](crate::wire) bytes; buffers are freed by the
//! side that allocated them (the plugin's `free`). Every entry point
//! catches panics: a panicking op becomes an `ERR_PLUGIN_PANIC` error.
//! Native plugins may declare sync and pool ops (not reactor ops), and
//! their sync ops cannot use [`LoopAccess`].

use std::ffi::{c_char, CString};
use std::sync::OnceLock;

use crate::{wire, HandleId, HandleStart, LoopAccess, OpContext, OpDecl, OpError, OpHandler, Plugin, Value};

/// The version of this ABI; a mismatch refuses the library.
pub const ABI_VERSION: u32 = 1;

/// The SDK version the plugin was built with (`major.minor.patch`).
pub const SDK_VERSION: &str = env!("CARGO_PKG_VERSION");

/// A buffer allocated by the plugin; give it back to `free`.
#[repr(C)]
pub struct NativeBuffer {
    /// Start of the bytes.
    pub ptr: *mut u8,
    /// Number of bytes.
    pub len: usize,
    /// Allocated capacity.
    pub cap: usize,
}

/// How an op runs.
pub const KIND_SYNC: u32 = 0;
/// An op that runs on the thread pool.
pub const KIND_POOL: u32 = 1;

/// One op in the table.
#[repr(C)]
pub struct NativeOp {
    /// NUL-terminated name.
    pub name: *const c_char,
    /// NUL-terminated capability name (empty: none).
    pub capability: *const c_char,
    /// Index of the argument that scopes the capability, or -1.
    pub scope_arg: i32,
    /// [`KIND_SYNC`] or [`KIND_POOL`].
    pub kind: u32,
}

/// Status of a call: the result, an op error, or a caught panic.
pub const CALL_OK: i32 = 0;
/// `out` holds an error written by [`wire::encode_error`].
pub const CALL_ERROR: i32 = 1;

/// The table a plugin exports.
#[repr(C)]
pub struct NativePlugin {
    /// Must equal [`ABI_VERSION`].
    pub abi_version: u32,
    /// NUL-terminated [`SDK_VERSION`].
    pub sdk_version: *const c_char,
    /// NUL-terminated plugin name.
    pub name: *const c_char,
    /// The ops.
    pub ops: *const NativeOp,
    /// How many ops.
    pub op_count: usize,
    /// Calls op `index` with wire-encoded arguments (a list); writes the
    /// wire-encoded result or error into `out`.
    pub call: unsafe extern "C" fn(index: usize, args: *const u8, args_len: usize, out: *mut NativeBuffer) -> i32,
    /// Frees a buffer returned by `call`.
    pub free: unsafe extern "C" fn(buffer: NativeBuffer),
}

/// The plugin behind the exported table (one per library).
struct Exported {
    table: NativePlugin,
    decls: Vec<OpDecl>,
    _strings: Vec<CString>,
    _ops: Vec<NativeOp>,
}

// SAFETY: the table's pointers point into `_strings` and `_ops`, which live
// as long as the process (the value sits in a static). Sync handlers are only
// called from the host's loop thread; pool handlers are Send + Sync.
unsafe impl Send for Exported {}
unsafe impl Sync for Exported {}

static EXPORTED: OnceLock<Exported> = OnceLock::new();

/// Builds (once) and returns the table for `plugin`. Called by
/// [`export_plugin!`](crate::export_plugin).
pub fn entry(make: fn() -> Box<dyn Plugin>) -> *const NativePlugin {
    let exported = EXPORTED.get_or_init(|| {
        let plugin = make();
        let decls = plugin.ops();
        let cstring = |s: &str| CString::new(s.replace('\0', "")).expect("no NUL left");
        let mut strings = vec![cstring(SDK_VERSION), cstring(plugin.name())];
        let mut ops = Vec::with_capacity(decls.len());
        for decl in &decls {
            let name = cstring(&decl.name);
            let capability = cstring(&decl.capability.name);
            ops.push(NativeOp {
                name: name.as_ptr(),
                capability: capability.as_ptr(),
                scope_arg: match decl.capability.scope {
                    crate::CapabilityScope::Arg(i) => i as i32,
                    crate::CapabilityScope::None => -1,
                },
                kind: if matches!(decl.handler, OpHandler::Pool(_) | OpHandler::Blocking(_)) {
                    KIND_POOL
                } else {
                    KIND_SYNC
                },
            });
            strings.push(name);
            strings.push(capability);
        }
        let table = NativePlugin {
            abi_version: ABI_VERSION,
            sdk_version: strings[0].as_ptr(),
            name: strings[1].as_ptr(),
            ops: ops.as_ptr(),
            op_count: ops.len(),
            call,
            free,
        };
        Exported { table, decls, _strings: strings, _ops: ops }
    });
    &exported.table
}

/// Loop access is not available across the native boundary.
struct NoLoop;

impl LoopAccess for NoLoop {
    fn now_ms(&self) -> u64 {
        no_loop("now_ms")
    }
    fn update_time(&self) -> u64 {
        no_loop("update_time")
    }
    fn timer_start(&self, _: Option<u64>, _: u64, _: Option<u64>, _: bool) -> u64 {
        no_loop("timer_start")
    }
    fn timer_stop(&self, _: u64) {
        no_loop("timer_stop")
    }
    fn timer_ref(&self, _: u64, _: bool) {
        no_loop("timer_ref")
    }
    fn set_check(&self, _: bool, _: bool) {
        no_loop("set_check")
    }
    fn adjust_refs(&self, _: i64) {
        no_loop("adjust_refs")
    }
    fn handle_open(&self, _: &'static str) -> HandleId {
        no_loop("handle_open")
    }
    fn handle_start(&self, _: HandleId, _: HandleStart) -> bool {
        no_loop("handle_start")
    }
    fn handle_stop(&self, _: HandleId) {
        no_loop("handle_stop")
    }
    fn handle_ref(&self, _: HandleId, _: bool) {
        no_loop("handle_ref")
    }
    fn handle_close(&self, _: HandleId) {
        no_loop("handle_close")
    }
}

/// A native plugin's op called a loop service: a plugin bug, reported as
/// the panic the caller turns into `ERR_PLUGIN_PANIC`.
fn no_loop(service: &str) -> ! {
    panic!("native plugins cannot use the event loop (LoopAccess::{service})")
}

fn into_buffer(bytes: Vec<u8>) -> NativeBuffer {
    let mut bytes = std::mem::ManuallyDrop::new(bytes);
    NativeBuffer { ptr: bytes.as_mut_ptr(), len: bytes.len(), cap: bytes.capacity() }
}

fn run(index: usize, args: &[u8]) -> Result<Value, OpError> {
    let exported = EXPORTED.get().ok_or_else(|| OpError::new("ERR_PLUGIN", "the plugin table was not built"))?;
    let decl = exported.decls.get(index).ok_or_else(|| OpError::new("ERR_PLUGIN", format!("no op #{index}")))?;
    let args = match wire::decode(args).map_err(|e| OpError::new("ERR_PLUGIN", format!("bad arguments: {e}")))? {
        Value::List(items) => items,
        other => vec![other],
    };
    match &decl.handler {
        OpHandler::Sync(f) => f(&OpContext { event_loop: &NoLoop }, args),
        OpHandler::Pool(f) | OpHandler::Blocking(f) => f(args),
        OpHandler::Reactor(_) => Err(OpError::new("ERR_PLUGIN", "native plugins cannot have reactor ops")),
    }
}

unsafe extern "C" fn call(index: usize, args: *const u8, args_len: usize, out: *mut NativeBuffer) -> i32 {
    // SAFETY: the host passes a valid buffer of `args_len` bytes.
    let args = if args_len == 0 { &[][..] } else { unsafe { std::slice::from_raw_parts(args, args_len) } };
    let outcome = std::panic::catch_unwind(|| run(index, args)).unwrap_or_else(|panic| {
        let message = panic
            .downcast_ref::<&str>()
            .map(|s| (*s).to_owned())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "the op panicked".to_owned());
        Err(OpError::new("ERR_PLUGIN_PANIC", message))
    });
    let (status, bytes) = match outcome {
        Ok(value) => (CALL_OK, wire::encode(&value)),
        Err(error) => (CALL_ERROR, wire::encode_error(&error)),
    };
    // SAFETY: the host passes a valid place to write the result.
    unsafe { out.write(into_buffer(bytes)) };
    status
}

unsafe extern "C" fn free(buffer: NativeBuffer) {
    if !buffer.ptr.is_null() {
        // SAFETY: the buffer came from `into_buffer` in this library.
        drop(unsafe { Vec::from_raw_parts(buffer.ptr, buffer.len, buffer.cap) });
    }
}

/// Turns a `Plugin + Default` type into a native plugin library:
///
/// ```
/// use bistro_sdk::{OpDecl, Plugin};
///
/// #[derive(Default)]
/// struct Hello;
///
/// impl Plugin for Hello {
///     fn name(&self) -> &str { "hello" }
///     fn ops(&self) -> Vec<OpDecl> { Vec::new() }
/// }
///
/// bistro_sdk::export_plugin!(Hello);
/// # fn main() {
/// #     assert_eq!(bistro_plugin_abi_version(), bistro_sdk::native::ABI_VERSION);
/// #     assert!(!bistro_plugin_entry().is_null());
/// # }
/// ```
///
/// Build the crate with `crate-type = ["cdylib"]` and load the `.so` with
/// `--plugin` or a `[plugins.NAME] native = "..."` manifest entry.
#[macro_export]
macro_rules! export_plugin {
    ($plugin:ty) => {
        /// The plugin ABI version this library speaks.
        #[no_mangle]
        pub extern "C" fn bistro_plugin_abi_version() -> u32 {
            $crate::native::ABI_VERSION
        }

        /// The plugin's table.
        #[no_mangle]
        pub extern "C" fn bistro_plugin_entry() -> *const $crate::native::NativePlugin {
            fn make() -> ::std::boxed::Box<dyn $crate::Plugin> {
                ::std::boxed::Box::new(<$plugin as ::core::default::Default>::default())
            }
            match ::std::panic::catch_unwind(|| $crate::native::entry(make)) {
                Ok(table) => table,
                Err(_) => ::std::ptr::null(),
            }
        }
    };
}
