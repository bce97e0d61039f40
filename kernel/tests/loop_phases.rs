//! The phased loop driven by a recording host: phase order, the microtask
//! checkpoint after every callback, liveness, beforeExit revival, closing.

use std::cell::RefCell;
use std::rc::Rc;

use bistro_kernel::{Host, Kernel, KernelConfig};
use bistro_sdk::{Capability, LoopAccess, OpDecl, OpResult, Plugin, Value};

#[derive(Default)]
struct Recorder {
    log: Rc<RefCell<Vec<String>>>,
    revive_once: bool,
    immediates_left: u32,
    /// The handle the first timer closes.
    close_on_timer: Option<u64>,
    /// The request whose completion drops a plugin's loop reference.
    unref_on_complete: Option<u64>,
}

impl Recorder {
    fn push(&self, entry: impl Into<String>) {
        self.log.borrow_mut().push(entry.into());
    }
}

impl Host for Recorder {
    fn on_timer(&mut self, kernel: &Kernel, token: u64) {
        self.push(format!("timer {token}"));
        if token == 1 {
            // A timer callback that closes a handle and queues an immediate.
            if let Some(handle) = self.close_on_timer {
                kernel.handle_close(handle);
            }
            self.immediates_left = 1;
            kernel.set_check(true, true);
        }
    }

    fn on_check(&mut self, kernel: &Kernel) {
        self.push("check");
        self.immediates_left -= 1;
        kernel.set_check(self.immediates_left > 0, self.immediates_left > 0);
    }

    fn on_complete(&mut self, kernel: &Kernel, token: u64, result: OpResult) {
        self.push(format!("complete {token} {:?}", result.unwrap()));
        if Some(token) == self.unref_on_complete {
            // The completion of what a plugin's loop reference was held for.
            kernel.adjust_refs(-1);
        }
    }

    fn on_close(&mut self, _kernel: &Kernel, token: u64) {
        self.push(format!("close {token}"));
    }

    fn microtask_checkpoint(&mut self, _kernel: &Kernel) {
        self.push("checkpoint");
    }

    fn before_exit(&mut self, kernel: &Kernel) {
        self.push("beforeExit");
        if self.revive_once {
            self.revive_once = false;
            kernel.timer_start(Some(9), 1, None, true);
        }
    }
}

struct Echo;

impl Plugin for Echo {
    fn name(&self) -> &str {
        "echo"
    }

    fn ops(&self) -> Vec<OpDecl> {
        vec![
            OpDecl::pool("twice", Capability::none(), |args| Ok(Value::Number(args[0].as_f64().unwrap_or(0.0) * 2.0))),
            // Sleeps on the reactor without keeping the loop alive.
            OpDecl::reactor_unref("nap", Capability::none(), |_, args| {
                let ms = args[0].as_f64().unwrap_or(0.0);
                Box::pin(async move {
                    tokio::time::sleep(std::time::Duration::from_millis(ms as u64)).await;
                    Ok(Value::Number(ms))
                })
            }),
        ]
    }
}

fn kernel() -> Rc<Kernel> {
    Rc::new(Kernel::new(KernelConfig { threadpool_size: 2, ..KernelConfig::default() }, vec![Box::new(Echo)]))
}

fn non_checkpoint(log: &[String]) -> Vec<&str> {
    log.iter().map(String::as_str).filter(|e| *e != "checkpoint").collect()
}

#[test]
fn phases_run_in_libuv_order_with_a_checkpoint_after_each_callback() {
    let kernel = kernel();
    let handle = kernel.handle_open("Test");
    let mut host = Recorder { close_on_timer: Some(handle), ..Recorder::default() };
    let log = Rc::clone(&host.log);
    kernel.timer_start(Some(1), 0, None, true);
    kernel.run(&mut host);
    let log = log.borrow();
    assert_eq!(
        non_checkpoint(&log),
        vec!["timer 1".to_owned(), "check".into(), format!("close {handle}"), "beforeExit".into()]
    );
    // Every callback is followed by exactly one checkpoint.
    for (i, entry) in log.iter().enumerate() {
        if entry != "checkpoint" {
            assert_eq!(log.get(i + 1).map(String::as_str), Some("checkpoint"), "after {entry}");
        }
    }
}

#[test]
fn pool_completions_arrive_in_the_poll_phase_and_keep_the_loop_alive() {
    let kernel = kernel();
    let id = kernel.op_id("echo.twice").expect("registered");
    let mut host = Recorder::default();
    let log = Rc::clone(&host.log);
    let bistro_kernel::OpCall::Pending(token) = kernel.call_op(id, vec![Value::Number(21.0)]) else { panic!() };
    assert!(kernel.is_alive());
    kernel.run(&mut host);
    assert_eq!(non_checkpoint(&log.borrow()), vec![format!("complete {token} Number(42.0)").as_str(), "beforeExit"]);
    assert!(!kernel.is_alive());
}

#[test]
fn unreferenced_timers_do_not_keep_the_loop_alive() {
    let kernel = kernel();
    kernel.timer_start(Some(3), 10_000, None, false);
    assert!(!kernel.is_alive());
    let mut host = Recorder::default();
    let log = Rc::clone(&host.log);
    kernel.run(&mut host);
    assert_eq!(non_checkpoint(&log.borrow()), vec!["beforeExit"]);
    kernel.timer_ref(3, true);
    assert!(kernel.is_alive());
}

#[test]
fn unreferenced_reactor_ops_complete_only_while_something_else_keeps_the_loop() {
    let nap = |kernel: &Kernel| {
        let id = kernel.op_id("echo.nap").expect("registered");
        let bistro_kernel::OpCall::Pending(token) = kernel.call_op(id, vec![Value::Number(20.0)]) else { panic!() };
        token
    };
    let run = |kernel: &Kernel, unref_on_complete| {
        let mut host = Recorder { unref_on_complete, ..Recorder::default() };
        let log = Rc::clone(&host.log);
        kernel.run(&mut host);
        let log = log.borrow();
        non_checkpoint(&log).into_iter().map(str::to_owned).collect::<Vec<_>>()
    };
    // Alone, the pending op does not keep the loop alive.
    let alone = kernel();
    nap(&alone);
    assert!(!alone.is_alive());
    assert_eq!(run(&alone, None), vec!["beforeExit"]);
    // A referenced timer that outlives it: its completion arrives.
    let with_timer = kernel();
    let token = nap(&with_timer);
    with_timer.timer_start(Some(8), 60, None, true);
    assert_eq!(
        run(&with_timer, None),
        vec![format!("complete {token} Number(20.0)"), "timer 8".into(), "beforeExit".into()]
    );
    // A loop reference held until the completion (a referenced child).
    let with_ref = kernel();
    with_ref.adjust_refs(1);
    let token = nap(&with_ref);
    assert_eq!(run(&with_ref, Some(token)), vec![format!("complete {token} Number(20.0)"), "beforeExit".into()]);
}

#[test]
fn before_exit_can_revive_the_loop() {
    let kernel = kernel();
    let mut host = Recorder { revive_once: true, ..Recorder::default() };
    let log = Rc::clone(&host.log);
    kernel.run(&mut host);
    assert_eq!(non_checkpoint(&log.borrow()), vec!["beforeExit", "timer 9", "beforeExit"]);
}

#[test]
fn timers_wait_for_their_deadline() {
    let kernel = kernel();
    let started = std::time::Instant::now();
    kernel.timer_start(Some(4), 30, None, true);
    kernel.run(&mut Recorder::default());
    assert!(started.elapsed() >= std::time::Duration::from_millis(29));
}

#[test]
fn stop_ends_the_loop_after_the_current_callback() {
    struct Stopper;
    impl Host for Stopper {
        fn on_timer(&mut self, kernel: &Kernel, _token: u64) {
            kernel.stop();
        }
        fn on_check(&mut self, _kernel: &Kernel) {}
        fn on_complete(&mut self, _kernel: &Kernel, _token: u64, _result: OpResult) {}
        fn on_close(&mut self, _kernel: &Kernel, _token: u64) {}
        fn microtask_checkpoint(&mut self, _kernel: &Kernel) {}
    }
    let kernel = kernel();
    kernel.timer_start(Some(1), 0, None, true);
    kernel.timer_start(Some(2), 60_000, None, true);
    kernel.run(&mut Stopper);
    assert!(kernel.is_alive(), "timer 2 is still armed, but the loop stopped");
}

#[test]
fn new_timers_take_kernel_ids_and_intervals_rearm_until_stopped() {
    struct Interval {
        fires: Vec<u64>,
    }
    impl Host for Interval {
        fn on_timer(&mut self, kernel: &Kernel, token: u64) {
            self.fires.push(token);
            if self.fires.len() == 3 {
                kernel.timer_stop(token);
            }
        }
        fn on_check(&mut self, _kernel: &Kernel) {}
        fn on_complete(&mut self, _kernel: &Kernel, _token: u64, _result: OpResult) {}
        fn on_close(&mut self, _kernel: &Kernel, _token: u64) {}
        fn microtask_checkpoint(&mut self, _kernel: &Kernel) {}
    }
    let kernel = kernel();
    let handle = kernel.handle_open("A");
    let interval = kernel.timer_start(None, 1, Some(2), true);
    let other = kernel.timer_start(None, 50, None, false);
    assert!(interval != handle && other != handle && other != interval, "one counter for handles and timers");
    kernel.handle_close(handle);
    let started = std::time::Instant::now();
    let mut host = Interval { fires: Vec::new() };
    kernel.run(&mut host);
    assert_eq!(host.fires, [interval; 3], "fired three times, then stopped by its own callback");
    assert!(started.elapsed() >= std::time::Duration::from_millis(5), "each repeat waits its 2 ms");
}
