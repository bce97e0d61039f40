//! One plugin's instance: the linker with the host imports, the store with
//! its limits, and calls that reinstantiate after a trap.

use std::sync::{Arc, Mutex};
use std::time::{SystemTime, UNIX_EPOCH};

use bistro_kernel::{denied, Permissions};
use bistro_sdk::{wire, OpError, OpResult, Value};
use wasmtime::component::{Component, Instance, InstancePre, Linker, TypedFunc};
use wasmtime::{Store, StoreContextMut, StoreLimits, StoreLimitsBuilder, Trap};

use crate::engine::{engine, EPOCH_TICK};
use crate::{WasmLimits, DEFAULT_MEMORY_LIMIT};

/// The WIT interface the host implements.
const HOST_INTERFACE: &str = "bistro:plugin/host@0.1.0";

/// What each store carries: its limits and the plugin's grants.
struct State {
    limits: StoreLimits,
    grants: Arc<Permissions>,
    plugin: Arc<str>,
}

type CallFn = TypedFunc<(String, Vec<u8>), (Result<Vec<u8>, String>,)>;

/// A live instance and its `call` export.
struct Live {
    store: Store<State>,
    call: CallFn,
}

/// Runs one plugin's calls, one at a time.
pub(crate) struct Runner {
    file: String,
    pre: InstancePre<State>,
    memory: usize,
    fuel: Option<u64>,
    deadline_ticks: Option<u64>,
    grants: Arc<Permissions>,
    plugin: Mutex<Arc<str>>,
    live: Mutex<Option<Live>>,
}

fn linker(file: &str) -> Result<Linker<State>, String> {
    let mut linker = Linker::new(engine());
    define_host(&mut linker).map_err(|e| format!("wasm plugin {file}: cannot define the host imports: {e}"))?;
    Ok(linker)
}

/// The `host` interface: log, now-ms, read-file (checked against grants).
fn define_host(linker: &mut Linker<State>) -> wasmtime::Result<()> {
    let mut host = linker.instance(HOST_INTERFACE)?;
    host.func_wrap("log", |store: StoreContextMut<'_, State>, (message,): (String,)| {
        eprintln!("[{}] {message}", store.data().plugin);
        Ok(())
    })?;
    host.func_wrap("now-ms", |_: StoreContextMut<'_, State>, (): ()| {
        let ms = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_millis() as u64);
        Ok((ms,))
    })?;
    host.func_wrap("read-file", |store: StoreContextMut<'_, State>, (path,): (String,)| {
        if !store.data().grants.allows("fs.read", Some(&path)) {
            let error = denied("fs.read", Some(&path));
            return Ok((Err(format!(
                "{}: {} (a wasm plugin needs it in `grants` of its [plugins] entry)",
                error.code, error.message
            )),));
        }
        Ok((std::fs::read(&path).map_err(|e| format!("{e}, open '{path}'")),))
    })?;
    Ok(())
}

impl Runner {
    pub(crate) fn new(
        file: &str,
        component: &Component,
        limits: &WasmLimits,
        grants: Permissions,
    ) -> Result<Self, String> {
        let linker = linker(file)?;
        let pre = linker
            .instantiate_pre(component)
            .map_err(|e| format!("wasm plugin {file} needs something this host does not grant: {e:#}"))?;
        let ticks = limits.timeout.map(|t| (t.as_millis() / EPOCH_TICK.as_millis()).max(1) as u64 + 1);
        Ok(Runner {
            file: file.to_owned(),
            pre,
            memory: limits.memory.unwrap_or(DEFAULT_MEMORY_LIMIT),
            fuel: limits.fuel,
            deadline_ticks: ticks,
            grants: Arc::new(grants),
            plugin: Mutex::new(Arc::from(file)),
            live: Mutex::new(None),
        })
    }

    fn instantiate(&self) -> Result<(Live, Instance), String> {
        let state = State {
            limits: StoreLimitsBuilder::new().memory_size(self.memory).trap_on_grow_failure(true).build(),
            grants: Arc::clone(&self.grants),
            plugin: self.plugin.lock().unwrap_or_else(|e| e.into_inner()).clone(),
        };
        let mut store = Store::new(engine(), state);
        store.limiter(|state| &mut state.limits);
        self.arm(&mut store);
        let instance = self
            .pre
            .instantiate(&mut store)
            .map_err(|e| format!("wasm plugin {}: instantiation failed: {e:#}", self.file))?;
        let call = instance
            .get_typed_func(&mut store, "call")
            .map_err(|e| format!("wasm plugin {}: no usable `call` export: {e:#}", self.file))?;
        Ok((Live { store, call }, instance))
    }

    /// Sets this call's budget: fuel and the epoch deadline.
    fn arm(&self, store: &mut Store<State>) {
        store.set_fuel(self.fuel.unwrap_or(u64::MAX)).expect("fuel is enabled in the engine");
        store.set_epoch_deadline(self.deadline_ticks.unwrap_or(u64::MAX / 2));
    }

    /// The plugin's name and op names (from its `name` and `ops` exports).
    pub(crate) fn describe(&self) -> Result<(String, Vec<String>), String> {
        let (mut live, instance) = self.instantiate()?;
        let read = |store: &mut Store<State>| -> wasmtime::Result<(String, Vec<String>)> {
            let name = instance.get_typed_func::<(), (String,)>(&mut *store, "name")?.call(&mut *store, ())?.0;
            let ops = instance.get_typed_func::<(), (Vec<String>,)>(&mut *store, "ops")?.call(&mut *store, ())?.0;
            Ok((name, ops))
        };
        let (name, ops) =
            read(&mut live.store).map_err(|e| format!("wasm plugin {}: describing itself failed: {e:#}", self.file))?;
        *self.plugin.lock().unwrap_or_else(|e| e.into_inner()) = Arc::from(name.as_str());
        live.store.data_mut().plugin = Arc::from(name.as_str());
        *self.live.lock().unwrap_or_else(|e| e.into_inner()) = Some(live);
        Ok((name, ops))
    }

    /// Calls op `op`; a trap discards the instance so the next call starts
    /// from a fresh one.
    pub(crate) fn call(&self, op: &str, args: Vec<Value>) -> OpResult {
        let mut slot = self.live.lock().unwrap_or_else(|e| e.into_inner());
        if slot.is_none() {
            *slot = Some(self.instantiate().map_err(|m| OpError::new("ERR_PLUGIN", m))?.0);
        }
        let live = slot.as_mut().expect("just filled");
        self.arm(&mut live.store);
        let encoded = wire::encode(&Value::List(args));
        match live.call.call(&mut live.store, (op.to_owned(), encoded)) {
            Ok((Ok(bytes),)) => wire::decode(&bytes).map_err(|e| {
                OpError::new(
                    "ERR_PLUGIN",
                    format!("wasm plugin {} returned a malformed value from {op}: {e}", self.file),
                )
            }),
            Ok((Err(message),)) => Err(OpError::new("ERR_PLUGIN_FAILED", message)),
            Err(error) => {
                *slot = None;
                Err(self.classify(op, &error))
            }
        }
    }

    fn classify(&self, op: &str, error: &wasmtime::Error) -> OpError {
        let plugin = self.plugin.lock().unwrap_or_else(|e| e.into_inner()).clone();
        match error.downcast_ref::<Trap>() {
            Some(Trap::OutOfFuel) => OpError::new(
                "ERR_PLUGIN_FUEL",
                format!("wasm plugin {plugin} ran out of fuel in {op} (raise `fuel` in its [plugins] entry)"),
            ),
            Some(Trap::Interrupt) => OpError::new(
                "ERR_PLUGIN_TIMEOUT",
                format!(
                    "wasm plugin {plugin} exceeded its time limit in {op} (raise `timeout` in its [plugins] entry)"
                ),
            ),
            _ if format!("{error:#}").contains("memory") && format!("{error:#}").contains("grow") => OpError::new(
                "ERR_PLUGIN_MEMORY",
                format!(
                    "wasm plugin {plugin} exceeded its memory limit of {} bytes in {op} (raise `memory`)",
                    self.memory
                ),
            ),
            _ => OpError::new("ERR_PLUGIN_TRAP", format!("wasm plugin {plugin} trapped in {op}: {error:#}")),
        }
    }
}
