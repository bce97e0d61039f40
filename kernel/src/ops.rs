//! The op registry: every plugin's ops, resolved to ids once.

use std::collections::HashMap;

use bistro_sdk::{OpDecl, OpHandler, OpResult, Plugin};

/// The index of a registered op; JavaScript bindings hold ids, never names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct OpId(pub u32);

/// What a binding needs to know about an op.
#[derive(Debug, Clone)]
pub struct OpInfo {
    /// The op's id.
    pub id: OpId,
    /// The plugin that registered it.
    pub plugin: String,
    /// The op's name within the plugin.
    pub name: String,
    /// Whether a call returns at once (sync) or later (pool, reactor).
    pub is_async: bool,
    /// Whether the op also has a sync twin ([`crate::Kernel::call_op_sync`]).
    pub blocking: bool,
}

/// The result of starting an op.
pub enum OpCall {
    /// A sync op (or a refused call) finished.
    Done(OpResult),
    /// A pool or reactor op is running; its completion carries this token.
    Pending(u64),
}

/// A registered plugin.
#[derive(Debug, Clone)]
pub struct PluginInfo {
    /// Its name.
    pub name: String,
    /// The built-in modules it serves ([`Plugin::modules`]); empty for a
    /// third-party plugin.
    pub modules: &'static [&'static str],
}

#[derive(Default)]
pub(crate) struct OpRegistry {
    decls: Vec<OpDecl>,
    infos: Vec<OpInfo>,
    plugins: Vec<PluginInfo>,
    by_name: HashMap<String, OpId>,
}

impl OpRegistry {
    pub(crate) fn new(plugins: Vec<Box<dyn Plugin>>) -> Self {
        let mut registry = OpRegistry::default();
        for plugin in plugins {
            registry.plugins.push(PluginInfo { name: plugin.name().to_owned(), modules: plugin.modules() });
            for decl in plugin.ops() {
                let id = OpId(registry.decls.len() as u32);
                let is_async = !matches!(decl.handler, OpHandler::Sync(_));
                let blocking = matches!(decl.handler, OpHandler::Blocking(_));
                registry.by_name.insert(format!("{}.{}", plugin.name(), decl.name), id);
                let info =
                    OpInfo { id, plugin: plugin.name().to_owned(), name: decl.name.to_string(), is_async, blocking };
                registry.infos.push(info);
                registry.decls.push(decl);
            }
        }
        registry
    }

    pub(crate) fn decl(&self, id: OpId) -> &OpDecl {
        &self.decls[id.0 as usize]
    }

    pub(crate) fn infos(&self) -> &[OpInfo] {
        &self.infos
    }

    pub(crate) fn plugins(&self) -> &[PluginInfo] {
        &self.plugins
    }

    pub(crate) fn lookup(&self, qualified_name: &str) -> Option<OpId> {
        self.by_name.get(qualified_name).copied()
    }
}
