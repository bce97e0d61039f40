//! # bistro-timers
//!
//! The Rust half of `setTimeout`, `setInterval` and `setImmediate`: ops
//! that start and stop kernel timers and tell the loop whether immediates
//! are queued. The JavaScript half (`modules/timers.js`) keeps the Timeout
//! objects and the immediate queue.

use bistro_sdk::{Args, Capability, OpContext, OpDecl, Plugin, Value};

/// The timers plugin.
pub struct TimersPlugin;

impl Plugin for TimersPlugin {
    fn name(&self) -> &str {
        "timers"
    }

    fn modules(&self) -> &'static [&'static str] {
        &["timers", "timers/promises"]
    }

    fn ops(&self) -> Vec<OpDecl> {
        vec![
            // start(id, delayMs, repeatMs, referenced) → id: arms timer `id`
            // (0: a new timer); a repeatMs >= 0 makes it an interval.
            OpDecl::sync("start", Capability::none(), |cx: &OpContext<'_>, args| {
                let id = args.f64(0)? as u64;
                let delay = args.f64(1)?.max(0.0) as u64;
                let repeat = args.f64(2)?;
                let repeat = (repeat >= 0.0).then_some(repeat as u64);
                let id = cx.event_loop.timer_start((id != 0).then_some(id), delay, repeat, args.flag_or(3, true));
                Ok(Value::Number(id as f64))
            }),
            // stop(id)
            OpDecl::sync("stop", Capability::none(), |cx, args| {
                cx.event_loop.timer_stop(args.f64(0)? as u64);
                Ok(Value::Undefined)
            }),
            // ref(id, referenced)
            OpDecl::sync("ref", Capability::none(), |cx, args| {
                cx.event_loop.timer_ref(args.f64(0)? as u64, args.flag_or(1, true));
                Ok(Value::Undefined)
            }),
            // immediates(pending, referenced): the state of the check queue.
            OpDecl::sync("immediates", Capability::none(), |cx, args| {
                cx.event_loop.set_check(args.flag_or(0, true), args.flag_or(1, true));
                Ok(Value::Undefined)
            }),
            // now(): the loop's cached time in ms, refreshed.
            OpDecl::sync("now", Capability::none(), |cx, _| Ok(Value::Number(cx.event_loop.update_time() as f64))),
        ]
    }
}
