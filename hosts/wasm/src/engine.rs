//! The one wasmtime engine: fuel and epoch interruption on, and a ticker
//! thread that advances the epoch for per-call deadlines.

use std::sync::OnceLock;
use std::time::Duration;

use wasmtime::{Config, Engine};

/// How often the epoch advances; per-call timeouts are counted in ticks.
pub(crate) const EPOCH_TICK: Duration = Duration::from_millis(5);

/// The shared engine (started on first use).
pub(crate) fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(|| {
        let mut config = Config::new();
        config.consume_fuel(true);
        config.epoch_interruption(true);
        config.wasm_component_model(true);
        let engine = Engine::new(&config).expect("the wasmtime configuration is valid");
        let ticking = engine.clone();
        std::thread::Builder::new()
            .name("bistro-wasm-epoch".into())
            .spawn(move || loop {
                std::thread::sleep(EPOCH_TICK);
                ticking.increment_epoch();
            })
            .expect("cannot start the wasm epoch thread");
        engine
    })
}
