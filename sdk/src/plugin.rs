//! The plugin trait.

use crate::OpDecl;

/// A plugin: a named set of ops.
///
/// Built-in plugins (fs, timers, ...) and third-party ones implement the
/// same trait. The kernel registers every op once at start-up; the script
/// host binds them to JavaScript by id, so a call never looks a name up.
pub trait Plugin {
    /// The plugin's name: `require('plugin:NAME')` in JavaScript, and the
    /// prefix of its ops in the internal binding (`NAME.op`).
    fn name(&self) -> &str;
    /// The ops this plugin provides.
    fn ops(&self) -> Vec<OpDecl>;
    /// The built-in modules whose JavaScript this plugin's ops serve, as
    /// `require` names them (`["fs", "fs/promises"]`). A plugin that lists
    /// any is part of the standard library: a build without it has none of
    /// its public modules (`require('fs')` is `ERR_UNKNOWN_BUILTIN_MODULE`),
    /// and its ops are reachable only from the built-in modules, never
    /// through `require('plugin:NAME')`. Third-party plugins list none.
    fn modules(&self) -> &'static [&'static str] {
        &[]
    }
}

/// A plugin assembled at run time from a name and its ops — what the
/// native and wasm loaders produce, and how a host renames a plugin.
///
/// ```
/// use bistro_sdk::{Capability, OpDecl, OpSet, Plugin, Value};
///
/// let plugin = OpSet {
///     name: "clock".into(),
///     ops: vec![OpDecl::sync("zero", Capability::none(), |_, _| Ok(Value::Number(0.0)))],
/// };
/// assert_eq!(plugin.name(), "clock");
/// ```
#[derive(Clone)]
pub struct OpSet {
    /// The plugin's name.
    pub name: String,
    /// Its ops.
    pub ops: Vec<OpDecl>,
}

impl Plugin for OpSet {
    fn name(&self) -> &str {
        &self.name
    }

    fn ops(&self) -> Vec<OpDecl> {
        self.ops.clone()
    }
}
