//! # bistro-timers
//!
//! The Rust half of `setTimeout`, `setInterval` and `setImmediate`: ops
//! that start and stop kernel timers and tell the loop whether immediates
//! are queued. The JavaScript half (`modules/timers.js`) keeps the Timeout
//! objects and the immediate queue.

use bistro_sdk::{Capability, OpContext, OpDecl, OpError, Plugin, Value};

/// The timers plugin.
pub struct TimersPlugin;

fn number(args: &[Value], index: usize) -> Result<f64, OpError> {
    args.get(index)
        .and_then(Value::as_f64)
        .ok_or_else(|| OpError::type_error(format!("timers: argument {index} must be a number")))
}

fn flag(args: &[Value], index: usize) -> bool {
    args.get(index).and_then(Value::as_bool).unwrap_or(true)
}

impl Plugin for TimersPlugin {
    fn name(&self) -> &str {
        "timers"
    }

    fn ops(&self) -> Vec<OpDecl> {
        vec![
            // start(id, delayMs, referenced): (re)arms timer `id`.
            OpDecl::sync("start", Capability::none(), |cx: &OpContext<'_>, args| {
                let delay = number(&args, 1)?.max(0.0) as u64;
                cx.event_loop.timer_start(number(&args, 0)? as u64, delay, flag(&args, 2));
                Ok(Value::Undefined)
            }),
            // stop(id)
            OpDecl::sync("stop", Capability::none(), |cx, args| {
                cx.event_loop.timer_stop(number(&args, 0)? as u64);
                Ok(Value::Undefined)
            }),
            // ref(id, referenced)
            OpDecl::sync("ref", Capability::none(), |cx, args| {
                cx.event_loop.timer_ref(number(&args, 0)? as u64, flag(&args, 1));
                Ok(Value::Undefined)
            }),
            // immediates(pending, referenced): the state of the check queue.
            OpDecl::sync("immediates", Capability::none(), |cx, args| {
                cx.event_loop.set_check(flag(&args, 0), flag(&args, 1));
                Ok(Value::Undefined)
            }),
            // now(): the loop's cached time in ms, refreshed.
            OpDecl::sync("now", Capability::none(), |cx, _| Ok(Value::Number(cx.event_loop.update_time() as f64))),
        ]
    }
}
