//! # bistro-native-host
//!
//! Loads a native plugin — a shared library built with
//! [`bistro_sdk::export_plugin!`] — and presents it as an ordinary plugin
//! ([`OpSet`]). The ABI version is checked before anything else is called;
//! a missing symbol, a wrong version or a file that is not a shared library
//! is an error naming the file. Libraries are never unloaded (their tables
//! and thread-local destructors must outlive every call).

use std::ffi::{c_char, CStr};
use std::path::Path;

use bistro_sdk::native::{NativeBuffer, NativePlugin, ABI_VERSION, CALL_OK, KIND_POOL, SDK_VERSION};
use bistro_sdk::{wire, Capability, CapabilityScope, OpDecl, OpError, OpResult, OpSet, Value};

/// The table's function pointers; plain `extern "C"` functions, callable
/// from any thread.
#[derive(Clone, Copy)]
struct Entry {
    call: unsafe extern "C" fn(usize, *const u8, usize, *mut NativeBuffer) -> i32,
    free: unsafe extern "C" fn(NativeBuffer),
}

impl Entry {
    fn invoke(self, index: usize, args: Vec<Value>) -> OpResult {
        let encoded = wire::encode(&Value::List(args));
        let mut out = NativeBuffer { ptr: std::ptr::null_mut(), len: 0, cap: 0 };
        // SAFETY: the table passed the ABI check; `encoded` outlives the call
        // and `out` is a valid place for the plugin to write its buffer.
        let status = unsafe { (self.call)(index, encoded.as_ptr(), encoded.len(), &mut out) };
        let bytes = if out.ptr.is_null() {
            Vec::new()
        } else {
            // SAFETY: the plugin wrote `len` initialised bytes at `ptr`.
            unsafe { std::slice::from_raw_parts(out.ptr, out.len) }.to_vec()
        };
        // SAFETY: the buffer is handed back to the allocator that made it.
        unsafe { (self.free)(out) };
        let malformed = |e: String| OpError::new("ERR_PLUGIN", format!("the plugin returned a malformed value: {e}"));
        if status == CALL_OK {
            wire::decode(&bytes).map_err(malformed)
        } else {
            Err(wire::decode_error(&bytes).map_err(malformed)?)
        }
    }
}

fn text(ptr: *const c_char) -> Option<String> {
    // SAFETY: the table's strings are NUL-terminated and live as long as the
    // library, which is never unloaded.
    (!ptr.is_null()).then(|| unsafe { CStr::from_ptr(ptr) }.to_string_lossy().into_owned())
}

fn same_major_minor(a: &str, b: &str) -> bool {
    let key = |v: &str| v.split('.').take(2).collect::<Vec<_>>().join(".");
    key(a) == key(b)
}

/// Loads the native plugin library at `path` and reads its op table.
pub fn load(path: &Path) -> Result<OpSet, String> {
    let shown = path.display();
    // dlopen searches the library path for a name without a slash.
    let absolute = std::env::current_dir().map(|dir| dir.join(path)).unwrap_or_else(|_| path.to_path_buf());
    // SAFETY: loading runs the library's initialisers; loading native
    // plugins is a trusted operation guarded by `plugin.native`.
    let library = unsafe { libloading::Library::new(&absolute) }.map_err(|e| {
        let detail = std::error::Error::source(&e).map(|s| format!(": {s}")).unwrap_or_default();
        format!("cannot load native plugin {shown}: {e}{detail}")
    })?;
    // The library stays loaded for the life of the process.
    let library: &'static libloading::Library = Box::leak(Box::new(library));
    // SAFETY: the symbols' types are fixed by the plugin ABI.
    let version = unsafe { library.get::<unsafe extern "C" fn() -> u32>(b"bistro_plugin_abi_version\0") }
        .map_err(|_| format!("{shown} is not a bistro plugin: it has no bistro_plugin_abi_version symbol"))?;
    let found = unsafe { version() };
    if found != ABI_VERSION {
        return Err(format!(
            "native plugin {shown} speaks plugin ABI v{found}, but this bistro speaks v{ABI_VERSION}: \
                 rebuild it against bistro-sdk {SDK_VERSION}"
        ));
    }
    let entry = unsafe { library.get::<unsafe extern "C" fn() -> *const NativePlugin>(b"bistro_plugin_entry\0") }
        .map_err(|_| format!("{shown} is not a bistro plugin: it has no bistro_plugin_entry symbol"))?;
    // SAFETY: the ABI version matched, so the table has this layout.
    let table = unsafe { entry().as_ref() }
        .ok_or_else(|| format!("native plugin {shown} failed to initialise (its entry point panicked)"))?;
    if table.abi_version != ABI_VERSION {
        return Err(format!(
            "native plugin {shown}: its table says ABI v{}, expected v{ABI_VERSION}",
            table.abi_version
        ));
    }
    let sdk = text(table.sdk_version).unwrap_or_default();
    if !same_major_minor(&sdk, SDK_VERSION) {
        return Err(format!(
            "native plugin {shown} was built with bistro-sdk {sdk}, this bistro has {SDK_VERSION}: rebuild it"
        ));
    }
    let name =
        text(table.name).filter(|n| !n.is_empty()).ok_or_else(|| format!("native plugin {shown} has no name"))?;
    let entry = Entry { call: table.call, free: table.free };
    let ops = (0..table.op_count)
        .map(|index| {
            // SAFETY: `ops` points at `op_count` entries.
            let op = unsafe { &*table.ops.add(index) };
            let op_name = text(op.name).ok_or_else(|| format!("native plugin {shown}: op #{index} has no name"))?;
            let capability_name = text(op.capability).unwrap_or_default();
            let capability = match (capability_name.is_empty(), op.scope_arg) {
                (true, _) => Capability::none(),
                (false, i) if i >= 0 => Capability::from_name(capability_name, CapabilityScope::Arg(i as usize)),
                (false, _) => Capability::from_name(capability_name, CapabilityScope::None),
            };
            Ok(if op.kind == KIND_POOL {
                OpDecl::pool(op_name, capability, move |args| entry.invoke(index, args))
            } else {
                OpDecl::sync(op_name, capability, move |_, args| entry.invoke(index, args))
            })
        })
        .collect::<Result<Vec<_>, String>>()?;
    Ok(OpSet { name, ops })
}
