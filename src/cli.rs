//! The command line: what to run and with which flags.

use std::path::PathBuf;
use std::time::Duration;

use crate::manifest::{parse_duration, parse_size};
use crate::Entry;

/// Usage text for `--help`.
pub const HELP: &str = "\
Usage: bistro [options] [FILE | -e CODE | -p CODE] [arguments]
       bistro run FILE [arguments]

Runs a Node.js program (CommonJS or ES module) on the bistro microkernel.

Options:
  -e, --eval CODE            evaluate CODE
  -p, --print CODE           evaluate CODE and print the result
  --config FILE              use this bistro.toml (default: the one beside FILE)
  --threadpool-size N        thread-pool workers (default: UV_THREADPOOL_SIZE or 4)
  --plugin FILE              load a plugin (.wasm component or native .so)
  -v, --version              print the version
  -h, --help                 print this help

Sandbox (any of these, or a [permissions] table, denies what is not granted):
  --sandbox                  deny every capability that is not granted
  --allow-read[=PATHS]       read files (all, or under the listed paths)
  --allow-write[=PATHS]      write files (all, or under the listed paths)
  --allow-net[=HOST:PORT,..] connect and listen (all, or the listed addresses;
                             a host without a port means every port)
  --allow-env[=NAMES]        environment variables (all, or the listed names)
  --allow-spawn              start child processes
  --allow-native             load native plugins
  --allow=CAPABILITY[:SCOPE] a capability a plugin defines
  --allow-all                allow everything
  --max-heap SIZE            cap the JavaScript heap (e.g. 64MiB)
  --cpu-time DURATION        stop the script after this much CPU time (e.g. 2s)

Environment:
  UV_THREADPOOL_SIZE         thread-pool size, 1..1024 (read once at start)
";

/// One `--allow-*` grant from the command line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FlagGrant {
    /// The capability name.
    pub name: String,
    /// Its scopes (`None`: all).
    pub scopes: Option<Vec<String>>,
}

/// What the command line asked for.
#[derive(Debug, Clone)]
pub struct Invocation {
    /// The script, or code to evaluate.
    pub entry: Entry,
    /// Arguments after the script.
    pub script_args: Vec<String>,
    /// The runtime's own flags (`process.execArgv`).
    pub exec_argv: Vec<String>,
    /// `--sandbox` or any `--allow-*` flag was given.
    pub sandbox: bool,
    /// `--allow-all`.
    pub allow_all: bool,
    /// The grants from `--allow-*` flags.
    pub grants: Vec<FlagGrant>,
    /// `--config`.
    pub config: Option<PathBuf>,
    /// `--threadpool-size`.
    pub threadpool_size: Option<usize>,
    /// `--plugin` files.
    pub plugins: Vec<PathBuf>,
    /// `--max-heap`, in bytes.
    pub max_heap: Option<usize>,
    /// `--cpu-time`.
    pub cpu_time: Option<Duration>,
}

/// The outcome of parsing: run something, or print text and exit 0.
#[derive(Debug)]
pub enum Parsed {
    /// Run a program.
    Run(Box<Invocation>),
    /// Print this (help, version) and exit.
    Print(String),
}

fn list(value: Option<String>) -> Option<Vec<String>> {
    value.map(|v| v.split(',').map(str::trim).filter(|s| !s.is_empty()).map(str::to_owned).collect())
}

/// Parses the arguments after the program name.
pub fn parse(args: Vec<String>) -> Result<Parsed, String> {
    let mut args = args.into_iter();
    let mut inv = Invocation {
        entry: Entry::Eval { code: String::new(), print: false },
        script_args: Vec::new(),
        exec_argv: Vec::new(),
        sandbox: false,
        allow_all: false,
        grants: Vec::new(),
        config: None,
        threadpool_size: None,
        plugins: Vec::new(),
        max_heap: None,
        cpu_time: None,
    };
    let mut entry = None;
    while let Some(arg) = args.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f.to_owned(), Some(v.to_owned())),
            _ => (arg.clone(), None),
        };
        let mut value = |name: &str| -> Result<String, String> {
            inline.clone().or_else(|| args.next()).ok_or_else(|| format!("bistro: {name} requires an argument"))
        };
        let mut grant = |name: &str, scopes: Option<Vec<String>>| {
            inv.sandbox = true;
            inv.grants.push(FlagGrant { name: name.to_owned(), scopes });
        };
        match flag.as_str() {
            "-h" | "--help" => return Ok(Parsed::Print(HELP.to_owned())),
            "-v" | "--version" => return Ok(Parsed::Print(format!("v{}\n", crate::VERSION))),
            "-e" | "--eval" => entry = Some(Entry::Eval { code: value(&flag)?, print: false }),
            "-p" | "--print" => entry = Some(Entry::Eval { code: value(&flag)?, print: true }),
            "--threadpool-size" => {
                let n = value(&flag)?;
                let size = n.parse::<usize>().map_err(|_| format!("bistro: invalid --threadpool-size '{n}'"))?;
                inv.threadpool_size = Some(size);
            }
            "--config" => inv.config = Some(PathBuf::from(value(&flag)?)),
            "--plugin" => inv.plugins.push(PathBuf::from(value(&flag)?)),
            "--max-heap" => {
                inv.max_heap = Some(parse_size(&value(&flag)?).map_err(|m| format!("bistro: --max-heap: {m}"))?)
            }
            "--cpu-time" => {
                inv.cpu_time = Some(parse_duration(&value(&flag)?).map_err(|m| format!("bistro: --cpu-time: {m}"))?);
            }
            "--sandbox" => inv.sandbox = true,
            "--allow-all" => inv.allow_all = true,
            "--allow-read" => grant("fs.read", list(inline)),
            "--allow-write" => grant("fs.write", list(inline)),
            "--allow-net" => {
                let scopes = list(inline);
                grant("net.connect", scopes.clone());
                grant("net.listen", scopes);
            }
            "--allow-env" => grant("env", list(inline)),
            "--allow-spawn" => grant("process.spawn", None),
            "--allow-native" => grant("plugin.native", None),
            "--allow" => {
                let capability = value(&flag)?;
                match capability.split_once(':') {
                    Some((name, scope)) => grant(name, Some(vec![scope.to_owned()])),
                    None => grant(&capability, None),
                }
            }
            "run" if entry.is_none() && inv.exec_argv.is_empty() => entry = Some(Entry::File(value("run")?)),
            _ if flag.starts_with('-') && flag != "-" => return Err(format!("bistro: bad option: {arg}")),
            _ => entry = Some(Entry::File(arg.clone())),
        }
        if entry.is_some() {
            break;
        }
        inv.exec_argv.push(arg);
    }
    let Some(entry) = entry else {
        return Err(format!("bistro: no script given (interactive mode is not supported)\n\n{HELP}"));
    };
    inv.entry = entry;
    inv.script_args = args.collect();
    Ok(Parsed::Run(Box::new(inv)))
}
