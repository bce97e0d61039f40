//! Kernel handles driven by a recording host: many events per handle,
//! ref/unref, stop, close callbacks in the close phase, cancellation of
//! reactor ops, panics in reactor code, and a stopped loop.

use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

use bistro_kernel::{Host, Kernel, KernelConfig, OpCall};
use bistro_sdk::{Capability, Emitter, HandleStart, LoopAccess, OpDecl, OpResult, Plugin, Value};

/// What the host does when an event arrives.
#[derive(Clone, Copy, PartialEq)]
enum OnEvent {
    Record,
    /// Close the handle once this many events have arrived.
    CloseAfter(usize),
    /// Stop the loop (as `process.exit` does).
    StopLoop,
}

struct Recorder {
    log: Rc<RefCell<Vec<String>>>,
    on_event: OnEvent,
    events: usize,
}

impl Recorder {
    fn new(on_event: OnEvent) -> Self {
        Recorder { log: Rc::default(), on_event, events: 0 }
    }
}

impl Host for Recorder {
    fn on_timer(&mut self, _kernel: &Kernel, token: u64) {
        self.log.borrow_mut().push(format!("timer {token}"));
    }
    fn on_check(&mut self, _kernel: &Kernel) {}
    fn on_complete(&mut self, kernel: &Kernel, token: u64, result: OpResult) {
        let shown = match result {
            Ok(value) => format!("{value:?}"),
            Err(error) => error.code,
        };
        self.log.borrow_mut().push(format!("event {token} {shown}"));
        self.events += 1;
        match self.on_event {
            OnEvent::CloseAfter(n) if self.events == n => kernel.handle_close(token),
            OnEvent::StopLoop => kernel.stop(),
            _ => {}
        }
    }
    fn on_close(&mut self, _kernel: &Kernel, token: u64) {
        self.log.borrow_mut().push(format!("close {token}"));
    }
    fn microtask_checkpoint(&mut self, _kernel: &Kernel) {}
}

/// A handle task that emits `count` numbers, one every `every_ms`, then ends.
fn ticker(count: u32, every_ms: u64) -> HandleStart {
    Box::new(move |emitter: Emitter| {
        Box::pin(async move {
            for i in 0..count {
                tokio::time::sleep(Duration::from_millis(every_ms)).await;
                emitter.emit(Ok(Value::Number(i as f64)));
            }
        })
    })
}

struct Tasks;

impl Plugin for Tasks {
    fn name(&self) -> &str {
        "tasks"
    }

    fn ops(&self) -> Vec<OpDecl> {
        vec![
            OpDecl::reactor("sleep", Capability::none(), |_, args| {
                let ms = args[0].as_f64().unwrap_or(0.0) as u64;
                Box::pin(async move {
                    tokio::time::sleep(Duration::from_millis(ms)).await;
                    Ok(Value::Number(ms as f64))
                })
            }),
            OpDecl::reactor("explode", Capability::none(), |_, _| {
                Box::pin(async move {
                    tokio::task::yield_now().await;
                    panic!("a plugin bug")
                })
            }),
            OpDecl::pool("twice", Capability::none(), |args| Ok(Value::Number(args[0].as_f64().unwrap_or(0.0) * 2.0))),
        ]
    }
}

fn kernel() -> Rc<Kernel> {
    Rc::new(Kernel::new(KernelConfig { threadpool_size: 1, ..KernelConfig::default() }, vec![Box::new(Tasks)]))
}

fn call(kernel: &Kernel, op: &str, arg: f64) -> u64 {
    let id = kernel.op_id(op).expect("registered");
    match kernel.call_op(id, vec![Value::Number(arg)]) {
        OpCall::Pending(token) => token,
        OpCall::Done(result) => panic!("{op} finished at once: {result:?}"),
    }
}

fn run(kernel: &Kernel, host: &mut Recorder) -> Vec<String> {
    kernel.run(host);
    let log = host.log.borrow().clone();
    log
}

#[test]
fn a_handle_delivers_many_events_and_keeps_the_loop_alive_while_active() {
    let kernel = kernel();
    let handle = kernel.handle_open("Ticker");
    assert!(!kernel.is_alive(), "an open handle that is not started keeps nothing alive");
    assert!(kernel.handle_start(handle, ticker(3, 1)));
    assert!(kernel.is_alive());
    assert_eq!(kernel.active_handles(), vec![(handle, "Ticker")]);
    let log = run(&kernel, &mut Recorder::new(OnEvent::Record));
    let expected: Vec<String> = (0..3).map(|i| format!("event {handle} Number({i}.0)")).collect();
    assert_eq!(log, expected, "the task ended by itself: the handle went inactive and the loop ended");
    assert!(kernel.active_handles().is_empty());
}

#[test]
fn an_unreferenced_handle_does_not_keep_the_loop_alive() {
    let kernel = kernel();
    let handle = kernel.handle_open("Ticker");
    kernel.handle_start(handle, ticker(1, 50));
    kernel.handle_ref(handle, false);
    assert!(!kernel.is_alive());
    assert!(run(&kernel, &mut Recorder::new(OnEvent::Record)).is_empty());
    kernel.handle_ref(handle, true);
    assert!(kernel.is_alive(), "referenced again, the still-running task keeps the loop");
}

#[test]
fn closing_a_handle_cancels_its_task_and_runs_its_close_callback_once() {
    let kernel = kernel();
    let handle = kernel.handle_open("Ticker");
    kernel.handle_start(handle, ticker(1000, 1));
    let log = run(&kernel, &mut Recorder::new(OnEvent::CloseAfter(2)));
    assert_eq!(
        log,
        vec![format!("event {handle} Number(0.0)"), format!("event {handle} Number(1.0)"), format!("close {handle}")]
    );
    // Closing twice, or starting a closed handle: no panic, nothing happens.
    kernel.handle_close(handle);
    assert!(!kernel.handle_start(handle, ticker(1, 1)));
    kernel.handle_stop(handle);
    kernel.handle_ref(handle, true);
    assert!(!kernel.is_alive());
}

#[test]
fn close_callbacks_run_in_the_close_phase_in_the_order_closed() {
    let kernel = kernel();
    let [a, b, c] = [kernel.handle_open("A"), kernel.handle_open("B"), kernel.handle_open("C")];
    kernel.timer_start(Some(1000), 0, None, true);
    for id in [b, c, a, b] {
        kernel.handle_close(id);
    }
    let log = run(&kernel, &mut Recorder::new(OnEvent::Record));
    assert_eq!(log, vec!["timer 1000".to_owned(), format!("close {b}"), format!("close {c}"), format!("close {a}")]);
}

#[test]
fn a_stopped_handle_delivers_nothing_more_and_can_start_again() {
    let kernel = kernel();
    let handle = kernel.handle_open("Ticker");
    kernel.handle_start(handle, ticker(5, 1));
    kernel.handle_stop(handle);
    assert!(!kernel.is_alive());
    assert!(run(&kernel, &mut Recorder::new(OnEvent::Record)).is_empty());
    assert!(kernel.handle_start(handle, ticker(1, 1)));
    assert_eq!(run(&kernel, &mut Recorder::new(OnEvent::Record)), vec![format!("event {handle} Number(0.0)")]);
}

#[test]
fn cancelling_a_reactor_op_completes_it_with_ecanceled() {
    let kernel = kernel();
    let token = call(&kernel, "tasks.sleep", 60_000.0);
    assert!(kernel.cancel(token));
    assert!(!kernel.cancel(token), "a second cancel finds nothing to cancel");
    let started = std::time::Instant::now();
    let log = run(&kernel, &mut Recorder::new(OnEvent::Record));
    assert_eq!(log, vec![format!("event {token} ECANCELED")]);
    assert!(started.elapsed() < Duration::from_secs(5), "the loop did not wait for the cancelled sleep");
    // Cancelling a finished op does nothing.
    let done = call(&kernel, "tasks.sleep", 1.0);
    run(&kernel, &mut Recorder::new(OnEvent::Record));
    assert!(!kernel.cancel(done));
}

#[test]
fn a_panicking_reactor_op_or_handle_task_ends_with_an_error() {
    let kernel = kernel();
    let token = call(&kernel, "tasks.explode", 0.0);
    let handle = kernel.handle_open("Bomb");
    kernel.handle_start(
        handle,
        Box::new(|_emitter| {
            Box::pin(async {
                tokio::task::yield_now().await;
                panic!("a handle bug")
            })
        }),
    );
    let mut log = run(&kernel, &mut Recorder::new(OnEvent::Record));
    log.sort();
    let mut expected = vec![format!("event {token} ERR_PLUGIN_PANIC"), format!("event {handle} ERR_PLUGIN_PANIC")];
    expected.sort();
    assert_eq!(log, expected, "both ended with an error and the loop ended");
    assert!(!kernel.is_alive());
}

#[test]
fn a_stopped_loop_runs_no_deferred_completion() {
    let kernel = kernel();
    // A cancelled op (its completion deferred to the pending phase) and
    // two finished pool ops: the first callback, the deferred one, stops
    // the loop as `process.exit()` does; nothing else runs, then or later.
    call(&kernel, "tasks.twice", 1.0);
    call(&kernel, "tasks.twice", 2.0);
    let sleeper = call(&kernel, "tasks.sleep", 60_000.0);
    std::thread::sleep(Duration::from_millis(50));
    assert!(kernel.cancel(sleeper));
    let mut host = Recorder::new(OnEvent::StopLoop);
    assert_eq!(run(&kernel, &mut host), vec![format!("event {sleeper} ECANCELED")]);
    kernel.run(&mut host);
    assert_eq!(host.log.borrow().len(), 1, "a stopped loop stays stopped");
}
