//! A native bistro plugin. Build it with `cargo build --release -p
//! native-hello`; `main.js` beside this crate loads it through
//! `bistro.toml`.

use bistro_sdk::{Capability, OpDecl, OpError, Plugin, Value};

/// The plugin: `require('plugin:hello')`.
#[derive(Default)]
pub struct Hello;

impl Plugin for Hello {
    fn name(&self) -> &str {
        "hello"
    }

    fn ops(&self) -> Vec<OpDecl> {
        vec![
            // greet(who) -> "hello from native" (or "hello, WHO").
            OpDecl::sync("greet", Capability::none(), |_, args| {
                Ok(match args.first().and_then(Value::as_str) {
                    Some(who) => Value::from(format!("hello, {who}")),
                    None => Value::from("hello from native"),
                })
            }),
            // sum(bytes) on the thread pool: the sum of the bytes.
            OpDecl::pool("sum", Capability::none(), |args| {
                let bytes = args
                    .first()
                    .and_then(Value::as_bytes)
                    .ok_or_else(|| OpError::type_error("sum(bytes): expected bytes"))?;
                Ok(Value::Number(bytes.iter().map(|&b| b as f64).sum()))
            }),
            // fail(): panics, to show that a panic becomes a JS error.
            OpDecl::sync("fail", Capability::none(), |_, _| panic!("the native plugin panicked on purpose")),
            // secret(): needs a capability of its own.
            OpDecl::sync("secret", Capability::named("hello.secret"), |_, _| Ok(Value::from("42"))),
        ]
    }
}

bistro_sdk::export_plugin!(Hello);
