//! A Rust program that embeds bistro: it registers its own ops (a small
//! inventory), runs untrusted JavaScript in a sandbox that may only read
//! the inventory, and gets the script's result back as a Rust value.
//!
//! `cargo run -p embed-host`

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

use bistro::sdk::{Capability, OpDecl, OpError, Plugin, Value};
use bistro::{Permissions, RuntimeBuilder};

/// The host's own data, shared with its ops.
type Stock = Arc<Mutex<BTreeMap<String, f64>>>;

/// `require('plugin:inventory')`: `count(item)` needs `inventory.read`;
/// `restock(item, n)` runs on the thread pool and needs `inventory.write`.
struct Inventory {
    stock: Stock,
}

impl Plugin for Inventory {
    fn name(&self) -> &str {
        "inventory"
    }

    fn ops(&self) -> Vec<OpDecl> {
        let reader = Arc::clone(&self.stock);
        let writer = Arc::clone(&self.stock);
        vec![
            OpDecl::sync("count", Capability::named("inventory.read"), move |_, args| {
                let item = args
                    .first()
                    .and_then(Value::as_str)
                    .ok_or_else(|| OpError::type_error("count(item): item must be a string"))?;
                Ok(Value::Number(reader.lock().unwrap().get(item).copied().unwrap_or(0.0)))
            }),
            OpDecl::pool("restock", Capability::named("inventory.write"), move |args| {
                let item = args.first().and_then(Value::as_str).unwrap_or_default().to_owned();
                let amount = args.get(1).and_then(Value::as_f64).unwrap_or(0.0);
                let mut stock = writer.lock().unwrap();
                let total = stock.entry(item).or_insert(0.0);
                *total += amount;
                Ok(Value::Number(*total))
            }),
        ]
    }
}

/// The untrusted script: it reports what is low on stock.
const SCRIPT: &str = r#"
const inventory = require('plugin:inventory');
(async () => {
  const low = ['flour', 'tomatoes', 'basil'].filter((item) => inventory.count(item) < 10);
  let restocked = 'not allowed';
  try { await inventory.restock('flour', 50); restocked = 'yes'; } catch (e) { restocked = e.code; }
  let env = 'hidden';
  try { env = typeof process.env.HOME; } catch (e) { env = e.code; }
  return { low, restocked, env };
})()
"#;

/// Runs the script in a sandbox that may only read the inventory.
fn audit(stock: Stock) -> Result<Value, String> {
    let mut permissions = Permissions::sandbox();
    permissions.grant("inventory.read", None);
    RuntimeBuilder::new().plugin(Inventory { stock }).permissions(permissions).evaluate(SCRIPT)
}

fn sample_stock() -> Stock {
    let stock = BTreeMap::from([("flour".to_owned(), 4.0), ("tomatoes".to_owned(), 25.0), ("basil".to_owned(), 2.0)]);
    Arc::new(Mutex::new(stock))
}

fn main() {
    match audit(sample_stock()) {
        Ok(report) => println!("{report:?}"),
        Err(message) => {
            eprintln!("the script failed: {message}");
            std::process::exit(1);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sandboxed_script_reads_but_cannot_write_or_see_the_environment() {
        let stock = sample_stock();
        let report = audit(Arc::clone(&stock)).expect("the script runs");
        assert_eq!(report.get("low"), Some(&Value::List(vec![Value::from("flour"), Value::from("basil")])));
        assert_eq!(report.get("restocked"), Some(&Value::from("ERR_ACCESS_DENIED")));
        assert_eq!(report.get("env"), Some(&Value::from("ERR_ACCESS_DENIED")));
        assert_eq!(stock.lock().unwrap()["flour"], 4.0, "the denied restock changed nothing");
    }

    #[test]
    fn granted_writes_reach_the_host_data() {
        let stock = sample_stock();
        let code = "require('plugin:inventory').restock('basil', 8)";
        let value = RuntimeBuilder::new().plugin(Inventory { stock: Arc::clone(&stock) }).evaluate(code).unwrap();
        assert_eq!(value, Value::Number(10.0));
        assert_eq!(stock.lock().unwrap()["basil"], 10.0);
    }

    #[test]
    fn script_errors_come_back_as_errors() {
        let err = RuntimeBuilder::new().evaluate("Promise.reject(new RangeError('nope'))").unwrap_err();
        assert!(err.contains("nope"), "{err}");
        let err = RuntimeBuilder::new().evaluate("process.exit(4)").unwrap_err();
        assert!(err.contains("exit code 4"), "{err}");
    }
}
