//! Kernel handles as JavaScript sees them: `binding.handles`.
//!
//! A plugin's sync op opens and starts a handle and returns its id; the
//! module then listens to it here. Every event of the handle calls the
//! listener `(err, value)` as its own poll-phase callback; `close(id, cb)`
//! stops the handle at once and calls `cb` in the close phase.

use std::rc::Rc;

use bistro_sdk::{LoopAccess, OpResult};
use rquickjs::function::Opt;
use rquickjs::{Array, Ctx, Function, Object, Persistent, Result, Value};

use crate::convert::{error_to_js, to_js};
use crate::state::{HostState, Listener};

/// Builds `binding.handles`: `listen(id, fn)`, `close(id, fn?)`,
/// `ref(id, referenced)`, `stop(id)` and `active()` (`[id, kind]` of each
/// handle keeping the loop alive).
pub(crate) fn create<'js>(ctx: &Ctx<'js>, state: &Rc<HostState>) -> Result<Object<'js>> {
    let handles = Object::new(ctx.clone())?;
    let s = Rc::clone(state);
    handles.set(
        "listen",
        Function::new(ctx.clone(), move |ctx: Ctx<'js>, id: f64, on_event: Function<'js>| {
            let listener = Listener { on_event: Persistent::save(&ctx, on_event), on_close: None };
            s.listeners.borrow_mut().insert(id as u64, listener);
        })?,
    )?;
    let s = Rc::clone(state);
    handles.set(
        "close",
        Function::new(ctx.clone(), move |ctx: Ctx<'js>, id: f64, on_close: Opt<Value<'js>>| {
            let id = id as u64;
            // `undefined` (or no argument) means no close callback.
            let on_close = on_close.0.and_then(|v| v.into_function()).map(|f| Persistent::save(&ctx, f));
            let mut listeners = s.listeners.borrow_mut();
            match listeners.get_mut(&id) {
                Some(listener) => listener.on_close = on_close,
                None if on_close.is_some() => {
                    let noop = Function::new(ctx.clone(), || ())?;
                    listeners.insert(id, Listener { on_event: Persistent::save(&ctx, noop), on_close });
                }
                None => {}
            }
            drop(listeners);
            s.kernel.handle_close(id);
            Ok::<_, rquickjs::Error>(())
        })?,
    )?;
    let s = Rc::clone(state);
    handles.set("ref", Function::new(ctx.clone(), move |id: f64, on: bool| s.kernel.handle_ref(id as u64, on))?)?;
    let s = Rc::clone(state);
    handles.set("stop", Function::new(ctx.clone(), move |id: f64| s.kernel.handle_stop(id as u64))?)?;
    let s = Rc::clone(state);
    handles.set(
        "active",
        Function::new(ctx.clone(), move |ctx: Ctx<'js>| -> Result<Array<'js>> {
            let list = Array::new(ctx.clone())?;
            for (i, (id, kind)) in s.kernel.active_handles().into_iter().enumerate() {
                let pair = Array::new(ctx.clone())?;
                pair.set(0, id as f64)?;
                pair.set(1, kind)?;
                list.set(i, pair)?;
            }
            Ok(list)
        })?,
    )?;
    Ok(handles)
}

/// Calls the listener of handle `id` with one event; false when nobody
/// listens to it.
pub(crate) fn deliver(ctx: &Ctx<'_>, state: &HostState, id: u64, event: OpResult) -> Result<bool> {
    let Some(listener) = state.listeners.borrow().get(&id).map(|l| l.on_event.clone()) else { return Ok(false) };
    let listener = listener.restore(ctx)?;
    match event {
        Ok(value) => listener.call::<_, ()>((Value::new_null(ctx.clone()), to_js(ctx, value)?))?,
        Err(error) => listener.call::<_, ()>((error_to_js(ctx, error)?,))?,
    }
    Ok(true)
}

/// The handle `id` closed: forgets its listener and calls its close
/// callback, if it has one.
pub(crate) fn closed(ctx: &Ctx<'_>, state: &HostState, id: u64) -> Result<()> {
    let Some(listener) = state.listeners.borrow_mut().remove(&id) else { return Ok(()) };
    match listener.on_close {
        Some(on_close) => on_close.restore(ctx)?.call::<_, ()>(()),
        None => Ok(()),
    }
}
