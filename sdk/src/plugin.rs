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
}
