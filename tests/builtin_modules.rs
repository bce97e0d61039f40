//! Who serves each built-in module: the script host itself or exactly one
//! standard-library plugin, and those plugins' ops stay private to the
//! standard library.

use std::collections::BTreeMap;

use bistro::sdk::{Capability, OpDecl, OpSet, Value};
use bistro::RuntimeBuilder;

#[test]
fn every_public_module_has_exactly_one_server() {
    let mut servers: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    for id in bistro_js::HOST_MODULES {
        servers.entry(id).or_default().push("the script host".to_owned());
    }
    for plugin in bistro::builtin_plugins() {
        for id in plugin.modules() {
            servers.entry(id).or_default().push(format!("the {} plugin", plugin.name()));
        }
    }
    let embedded = bistro_js::embedded_public_ids();
    for id in &embedded {
        let found = servers.get(id).map(Vec::as_slice).unwrap_or_default();
        assert_eq!(found.len(), 1, "modules/{id}.js is served by {found:?}: list it in HOST_MODULES or one plugin");
    }
    for (id, by) in &servers {
        let internal = id.starts_with("internal/");
        assert!(embedded.contains(id) || internal, "{by:?} serves `{id}`, which modules/ does not have");
    }
}

#[test]
fn standard_plugins_are_not_reachable_as_plugin_modules() {
    let code = "
        const seen = [];
        for (const name of ['fs', 'process', 'timers', 'url', 'typescript']) {
          try { require('plugin:' + name); seen.push(name + ' reachable') } catch (e) { seen.push(e.code) }
        }
        seen.push(typeof require('fs').readFileSync('/proc/self/stat', 'utf8'));
        seen";
    let value = RuntimeBuilder::new().evaluate(code).unwrap();
    let unknown = Value::from("ERR_UNKNOWN_PLUGIN");
    assert_eq!(
        value,
        Value::List(vec![unknown.clone(), unknown.clone(), unknown.clone(), unknown.clone(), unknown, "string".into()])
    );
}

#[test]
fn third_party_plugins_are_frozen_objects() {
    let plugin = OpSet {
        name: "clock".into(),
        ops: vec![OpDecl::sync("zero", Capability::none(), |_, _| Ok(Value::Number(0.0)))],
    };
    let code = "
        const clock = require('plugin:clock');
        let replaced;
        try { clock.zero = () => 1; replaced = clock.zero() } catch (e) { replaced = e.name }
        [Object.isFrozen(clock), clock === require('plugin:clock'), replaced, clock.zero()]";
    let value = RuntimeBuilder::new().plugin(plugin).evaluate(code).unwrap();
    assert_eq!(value, Value::List(vec![true.into(), true.into(), 0.0.into(), 0.0.into()]));
}
