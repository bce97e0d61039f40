//! Builds bistro plugin components from WebAssembly text, for machines
//! without a wasm32 compiler: the core module is parsed from WAT, the
//! `bistro:plugin/plugin` world (sdk/wit/plugin.wit) is embedded as its
//! component type, and `wit-component` wraps it into a component.
//!
//! The core module implements the canonical ABI by hand: it exports
//! `memory`, `cabi_realloc`, `name`, `ops` and `call` (and may export
//! `cabi_post_call`), and imports what it uses from
//! `bistro:plugin/host@0.1.0`.

/// The plugin world, as the SDK defines it.
pub const PLUGIN_WIT: &str = include_str!("../../../sdk/wit/plugin.wit");

/// Turns WAT source into a component binary.
pub fn component_from_wat(wat_source: &str) -> Result<Vec<u8>, String> {
    component_from_wat_with_world(wat_source, PLUGIN_WIT)
}

/// Turns WAT source into a component of the `plugin` world of another
/// WIT source (tests use it to build components bistro must refuse).
pub fn component_from_wat_with_world(wat_source: &str, wit: &str) -> Result<Vec<u8>, String> {
    let mut module = wat::parse_str(wat_source).map_err(|e| format!("WAT: {e}"))?;
    let mut resolve = wit_parser::Resolve::default();
    let package = resolve.push_str("plugin.wit", wit).map_err(|e| format!("WIT: {e:#}"))?;
    let world = resolve.select_world(&[package], Some("plugin")).map_err(|e| format!("WIT: {e:#}"))?;
    wit_component::embed_component_metadata(&mut module, &resolve, world, wit_component::StringEncoding::UTF8)
        .map_err(|e| format!("embedding the component type: {e:#}"))?;
    wit_component::ComponentEncoder::default()
        .module(&module)
        .and_then(|encoder| encoder.validate(true).encode())
        .map_err(|e| format!("encoding the component: {e:#}"))
}
