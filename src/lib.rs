//! # bistro
//!
//! A JavaScript runtime that runs Node.js programs, built as a microkernel.
//! This crate assembles the kernel, the script host and the plugins chosen
//! with cargo features, and is the embedding API for Rust hosts:
//!
//! ```no_run
//! use bistro::{Entry, RuntimeBuilder};
//!
//! let code = RuntimeBuilder::new()
//!     .run(Entry::Eval { code: "console.log('hi')".into(), print: false })
//!     .expect("the runtime starts");
//! assert_eq!(code, 0);
//! ```

pub mod cli;
mod loading;
pub mod manifest;
pub mod run_script;

use std::path::PathBuf;
use std::rc::Rc;

pub use bistro_js::{Entry, ScriptOptions, WatchOptions};
pub use bistro_kernel::{Kernel, KernelConfig, Permissions};
pub use bistro_sdk as sdk;
use bistro_sdk::Plugin;
use manifest::PluginEntry;

/// The version reported by `bistro --version` and `process.versions.bistro`.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// The plugins compiled into this build (cargo features).
pub fn builtin_plugins() -> Vec<Box<dyn Plugin>> {
    vec![
        #[cfg(feature = "timers")]
        Box::new(bistro_timers::TimersPlugin),
        #[cfg(feature = "process")]
        Box::new(bistro_process::ProcessPlugin),
        #[cfg(feature = "fs")]
        Box::new(bistro_fs::FsPlugin),
        #[cfg(feature = "url")]
        Box::new(bistro_url::UrlPlugin),
        #[cfg(feature = "net")]
        Box::new(bistro_net::NetPlugin),
        #[cfg(feature = "dns")]
        Box::new(bistro_dns::DnsPlugin),
        #[cfg(feature = "typescript")]
        Box::new(bistro_typescript::TypescriptPlugin),
    ]
}

/// Builds and runs a bistro runtime: the built-in plugins plus any the host
/// adds, a capability policy, and the script options.
pub struct RuntimeBuilder {
    plugins: Vec<Box<dyn Plugin>>,
    files: Vec<PluginFile>,
    config: KernelConfig,
    options: ScriptOptions,
}

/// A plugin to load from a file when the runtime starts.
enum PluginFile {
    /// `[plugins.NAME]` in the manifest.
    Manifest(PluginEntry),
    /// `--plugin FILE`: named by the plugin itself.
    Path(PathBuf),
}

impl Default for RuntimeBuilder {
    fn default() -> Self {
        RuntimeBuilder::new()
    }
}

impl RuntimeBuilder {
    /// A runtime with this build's plugins, no restrictions, and the pool
    /// size from `UV_THREADPOOL_SIZE`.
    pub fn new() -> Self {
        RuntimeBuilder {
            plugins: builtin_plugins(),
            files: Vec::new(),
            config: KernelConfig::default(),
            options: ScriptOptions::default(),
        }
    }

    /// Adds a plugin (its ops become `require('plugin:NAME')`).
    pub fn plugin(mut self, plugin: impl Plugin + 'static) -> Self {
        self.plugins.push(Box::new(plugin));
        self
    }

    /// Loads a plugin declared in a manifest when the runtime starts
    /// (`require('plugin:NAME')` uses the manifest's name).
    pub fn manifest_plugin(mut self, entry: PluginEntry) -> Self {
        self.files.push(PluginFile::Manifest(entry));
        self
    }

    /// Loads a plugin file (`.wasm` component or native library) when the
    /// runtime starts, under the name the plugin gives itself.
    pub fn plugin_file(mut self, path: impl Into<PathBuf>) -> Self {
        self.files.push(PluginFile::Path(path.into()));
        self
    }

    /// Sets the capability policy.
    pub fn permissions(mut self, permissions: Permissions) -> Self {
        self.config.permissions = permissions;
        self
    }

    /// Sets the thread-pool size (clamped to 1..=1024).
    pub fn threadpool_size(mut self, size: usize) -> Self {
        self.config.threadpool_size = size;
        self
    }

    /// Sets the script options (`process.argv`, `process.execArgv`, stack).
    pub fn options(mut self, options: ScriptOptions) -> Self {
        self.options = options;
        self
    }

    /// Runs `entry` and the event loop to the end; returns the exit code.
    /// A plugin file that cannot be loaded is an error naming the file.
    pub fn run(self, entry: Entry) -> Result<i32, String> {
        Ok(self.host()?.run(entry))
    }

    /// Evaluates `code`, runs the loop to the end, and returns the value of
    /// the code (awaited when it is a promise):
    ///
    /// ```
    /// use bistro::{sdk::Value, RuntimeBuilder};
    ///
    /// let value = RuntimeBuilder::new()
    ///     .evaluate("new Promise((resolve) => setTimeout(() => resolve([1, 'two']), 5))")
    ///     .unwrap();
    /// assert_eq!(value, Value::List(vec![Value::Number(1.0), Value::from("two")]));
    /// ```
    pub fn evaluate(self, code: &str) -> Result<bistro_sdk::Value, String> {
        self.host()?.evaluate(code)
    }

    fn host(self) -> Result<bistro_js::ScriptHost, String> {
        let mut plugins = self.plugins;
        for file in self.files {
            plugins.push(loading::load(file, &self.config.permissions)?);
        }
        let kernel = Rc::new(Kernel::new(self.config, plugins));
        bistro_js::ScriptHost::new(kernel, self.options)
    }
}
