//! Resource limits for sandboxed scripts: CPU time (through QuickJS's
//! interrupt handler) and recognising the heap limit's error.

use std::rc::Rc;
use std::time::{Duration, Instant};

use rquickjs::Value;

use crate::state::HostState;

/// How often the handler reads the thread's CPU clock (it is called far
/// more often than that).
const CHECK_EVERY: Duration = Duration::from_millis(20);

/// CPU time used by the calling thread, from the kernel's scheduler
/// statistics; `None` where unavailable.
fn thread_cpu_time() -> Option<Duration> {
    let text = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let nanos: u64 = text.split_whitespace().next()?.parse().ok()?;
    Some(Duration::from_nanos(nanos))
}

/// An interrupt handler that ends the program (exit code 1) once the script
/// has used `limit` of CPU time (measured from now; wall time where the CPU
/// clock cannot be read). QuickJS calls it regularly while JavaScript runs;
/// returning true aborts the running code with an uncatchable error.
pub(crate) fn cpu_time_guard(state: Rc<HostState>, limit: Duration) -> Box<dyn FnMut() -> bool> {
    let start_cpu = thread_cpu_time();
    let start_wall = Instant::now();
    let mut last_check = Instant::now();
    Box::new(move || {
        if state.exiting() {
            return true;
        }
        if last_check.elapsed() < CHECK_EVERY {
            return false;
        }
        last_check = Instant::now();
        let used = match (start_cpu, thread_cpu_time()) {
            (Some(start), Some(now)) => now.saturating_sub(start),
            _ => start_wall.elapsed(),
        };
        if used > limit {
            state.write_stderr(
                format!("bistro: the script used more than {:?} of CPU time and was stopped (--cpu-time)\n", limit)
                    .as_bytes(),
            );
            state.request_exit(1);
            return true;
        }
        false
    })
}

/// Whether a thrown value is QuickJS's out-of-memory error.
pub(crate) fn is_out_of_memory(value: &Value<'_>) -> bool {
    value.as_exception().and_then(|e| e.message()).is_some_and(|message| message == "out of memory")
}

/// Removes the heap limit (0 means none), so that an out-of-memory error
/// can still be printed. Called with the runtime already locked, hence the
/// raw call.
pub(crate) fn lift_memory_limit(ctx: &rquickjs::Ctx<'_>) {
    // SAFETY: the context is alive; setting the limit only writes a field.
    unsafe {
        let runtime = rquickjs::qjs::JS_GetRuntime(ctx.as_raw().as_ptr());
        rquickjs::qjs::JS_SetMemoryLimit(runtime, 0);
    }
}
