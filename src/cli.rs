//! The command line: what to run and with which flags.

use std::path::PathBuf;
use std::time::Duration;

use crate::manifest::{parse_duration, parse_size};
use crate::{Entry, WatchOptions};

/// Usage text for `--help`, before the sandbox flags.
const HELP_OPTIONS: &str = "\
Usage: bistro [options] [FILE | -e CODE | -p CODE | -] [arguments]
       bistro run FILE [arguments]
       bistro --run SCRIPT [arguments]

Runs a Node.js program (CommonJS or ES module) on the bistro microkernel.
With no FILE (or with -), the program is read from standard input.

Options:
  -e, --eval CODE            evaluate CODE
  -p, --print CODE           evaluate CODE and print the result
  --input-type TYPE          -e code and standard input: module or commonjs
  -r, --require MODULE       require MODULE before the program
  --import MODULE            import MODULE (an ES module) before the program
  --env-file FILE            load environment variables from FILE
  --env-file-if-exists FILE  the same, when FILE exists
  --run SCRIPT               run a script from package.json
  --config FILE              use this bistro.toml (default: the one beside FILE)
  --threadpool-size N        thread-pool workers (default: UV_THREADPOOL_SIZE or 4)
  --plugin FILE              load a plugin (.wasm component or native .so)
  --watch                    restart the program when a file it loaded changes
  --watch-path PATH          restart it when anything under PATH changes
  --watch-preserve-output    do not clear the screen when restarting
  --watch-kill-signal SIGNAL stop the program with SIGNAL (default SIGTERM)
  -v, --version              print the version
  -h, --help                 print this help

Sandbox (any of these, or a [permissions] table, denies what is not granted):
  --sandbox                  deny every capability that is not granted
";

/// Usage text for `--help`, after the sandbox flags.
const HELP_LIMITS: &str = "\
  --allow=CAPABILITY[:SCOPE] a capability a plugin defines
  --allow-all                allow everything
  --max-heap SIZE            cap the JavaScript heap (e.g. 64MiB)
  --cpu-time DURATION        stop the script after this much CPU time (e.g. 2s)

Environment:
  UV_THREADPOOL_SIZE         thread-pool size, 1..1024 (read once at start)
  NODE_OPTIONS               options read before the command line's (not -e,
                             -p, --run or a script)
";

/// Usage text for `--help`; the sandbox flags come from the SDK's one
/// capability table.
pub fn help() -> String {
    let mut text = HELP_OPTIONS.to_owned();
    for grantable in bistro_sdk::GRANTABLES {
        let flag = match grantable.scope {
            Some(_) => format!("{}[=LIST]", grantable.flag),
            None => grantable.flag.to_owned(),
        };
        text.push_str(&format!("  {flag:<27}{}\n", grantable.help));
    }
    text + HELP_LIMITS
}

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
    /// `--env-file` (required) and `--env-file-if-exists` files, in order.
    pub env_files: Vec<EnvFile>,
    /// `-r` / `--require` modules.
    pub preload_require: Vec<String>,
    /// `--import` modules.
    pub preload_import: Vec<String>,
    /// `--input-type=module`.
    pub input_type_module: bool,
    /// `--watch` or `--watch-path`: run the program in a child bistro and
    /// start it again when its files change.
    pub watch: bool,
    /// How to watch (the `--watch-*` options, kept even without `--watch`,
    /// as Node ignores them then).
    pub watch_options: WatchOptions,
}

/// An environment file to load before the program starts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EnvFile {
    /// The file.
    pub path: PathBuf,
    /// `--env-file` (a missing file is an error) rather than
    /// `--env-file-if-exists`.
    pub required: bool,
}

/// The outcome of parsing: run something, or print text and exit 0.
#[derive(Debug)]
pub enum Parsed {
    /// Run a program.
    Run(Box<Invocation>),
    /// `--run SCRIPT [args]`: a package.json script.
    RunScript {
        /// The script's name.
        name: String,
        /// Arguments to append to it.
        args: Vec<String>,
        /// Environment files to load first.
        env_files: Vec<EnvFile>,
    },
    /// Print this (help, version) and exit.
    Print(String),
}

/// Where an argument list comes from: the command line, or the
/// `NODE_OPTIONS` variable, which may only hold options.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Source {
    CommandLine,
    NodeOptions,
}

fn list(value: Option<String>) -> Option<Vec<String>> {
    value.map(|v| v.split(',').map(str::trim).filter(|s| !s.is_empty()).map(str::to_owned).collect())
}

/// Parses the arguments after the program name, after the options in
/// `node_options` (the `NODE_OPTIONS` variable). `stdin_is_terminal` says
/// whether a program can be read from standard input when none is named.
pub fn parse(args: Vec<String>, node_options: Option<&str>, stdin_is_terminal: bool) -> Result<Parsed, String> {
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
        env_files: Vec::new(),
        preload_require: Vec::new(),
        preload_import: Vec::new(),
        input_type_module: false,
        watch: false,
        watch_options: WatchOptions::default(),
    };
    if let Some(options) = node_options {
        if let Some(done) = parse_into(&mut inv, split_node_options(options)?, Source::NodeOptions)? {
            return Ok(done);
        }
    }
    match parse_into(&mut inv, args, Source::CommandLine)? {
        Some(Parsed::Run(inv)) if inv.watch && matches!(inv.entry, Entry::Eval { .. }) => {
            Err("bistro: either --watch or --eval can be used, not both".to_owned())
        }
        Some(Parsed::Run(inv)) if inv.watch && matches!(inv.entry, Entry::Stdin(_)) => {
            Err("bistro: --watch requires specifying a file".to_owned())
        }
        Some(done) => Ok(done),
        None if inv.watch => Err("bistro: --watch requires specifying a file".to_owned()),
        None if stdin_is_terminal => {
            Err(format!("bistro: no script given (interactive mode is not supported)\n\n{}", help()))
        }
        None => {
            inv.entry = Entry::Stdin(String::new());
            Ok(Parsed::Run(Box::new(inv)))
        }
    }
}

/// Applies `args` to `inv`. Returns what to do once an entry (a script,
/// code, `--run`, help) is found, or `None` when the options ran out first.
fn parse_into(inv: &mut Invocation, args: Vec<String>, source: Source) -> Result<Option<Parsed>, String> {
    let mut args = args.into_iter();
    let mut entry = None;
    while let Some(arg) = args.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f.to_owned(), Some(v.to_owned())),
            _ => (arg.clone(), None),
        };
        let is_entry = matches!(flag.as_str(), "-e" | "--eval" | "-p" | "--print" | "--run" | "run" | "-")
            || !flag.starts_with('-');
        if source == Source::NodeOptions && is_entry {
            return Err(format!("bistro: {flag} is not allowed in NODE_OPTIONS"));
        }
        // The flag's value: after `=`, else the next argument (kept for
        // execArgv, which lists both as Node does).
        let mut separate_value = None;
        let mut value = |name: &str| -> Result<String, String> {
            if let Some(inline) = &inline {
                return Ok(inline.clone());
            }
            let next = args.next().ok_or_else(|| format!("bistro: {name} requires an argument"))?;
            separate_value = Some(next.clone());
            Ok(next)
        };
        let mut grant = |name: &str, scopes: Option<Vec<String>>| {
            inv.sandbox = true;
            inv.grants.push(FlagGrant { name: name.to_owned(), scopes });
        };
        match flag.as_str() {
            "-h" | "--help" => return Ok(Some(Parsed::Print(help()))),
            "-v" | "--version" => return Ok(Some(Parsed::Print(format!("v{}\n", crate::VERSION)))),
            "-e" | "--eval" | "-p" | "--print" => {
                entry = Some(Entry::Eval { code: value(&flag)?, print: matches!(flag.as_str(), "-p" | "--print") });
            }
            "-" => entry = Some(Entry::Stdin(String::new())),
            "--run" => {
                let name = value(&flag)?;
                let args = args.skip_while(|a| a == "--").collect();
                return Ok(Some(Parsed::RunScript { name, args, env_files: inv.env_files.clone() }));
            }
            "-r" | "--require" => inv.preload_require.push(value(&flag)?),
            "--import" => inv.preload_import.push(value(&flag)?),
            "--input-type" => {
                inv.input_type_module = match value(&flag)?.as_str() {
                    "module" => true,
                    "commonjs" => false,
                    _ => return Err("bistro: --input-type must be \"module\" or \"commonjs\"".to_owned()),
                }
            }
            "--env-file" | "--env-file-if-exists" => {
                let path = PathBuf::from(value(&flag)?);
                inv.env_files.push(EnvFile { path, required: flag == "--env-file" });
            }
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
            "--watch" => inv.watch = true,
            "--watch-path" => {
                inv.watch = true;
                inv.watch_options.paths.push(value(&flag)?);
            }
            "--watch-preserve-output" => inv.watch_options.preserve_output = true,
            "--watch-kill-signal" => inv.watch_options.kill_signal = Some(value(&flag)?),
            "--sandbox" => inv.sandbox = true,
            "--allow-all" => inv.allow_all = true,
            _ if bistro_sdk::Grantable::for_flag(&flag).is_some() => {
                let grantable = bistro_sdk::Grantable::for_flag(&flag).expect("checked by the guard");
                if grantable.scope.is_none() && inline.is_some() {
                    return Err(format!("bistro: {flag} takes no list"));
                }
                let scopes = list(inline);
                for capability in grantable.capabilities {
                    grant(capability, scopes.clone());
                }
            }
            "--allow" => {
                let capability = value(&flag)?;
                match capability.split_once(':') {
                    Some((name, scope)) => grant(name, Some(vec![scope.to_owned()])),
                    None => grant(&capability, None),
                }
            }
            "run" if entry.is_none() && inv.exec_argv.is_empty() => entry = Some(Entry::File(value("run")?)),
            _ if flag.starts_with('-') => return Err(format!("bistro: bad option: {arg}")),
            _ => entry = Some(Entry::File(arg.clone())),
        }
        if source == Source::CommandLine && !matches!(entry, Some(Entry::File(_) | Entry::Stdin(_))) {
            inv.exec_argv.push(arg.clone());
            inv.exec_argv.extend(separate_value.take());
        }
        if let Some(entry) = entry {
            if matches!(entry, Entry::Stdin(_)) {
                inv.script_args.push(arg);
            }
            inv.entry = entry;
            inv.script_args.extend(args);
            return Ok(Some(Parsed::Run(Box::new(inv.clone()))));
        }
    }
    Ok(None)
}

/// Splits `NODE_OPTIONS` at spaces; double quotes group words (with `\"`
/// and `\\` escapes inside them), as Node reads it.
fn split_node_options(text: &str) -> Result<Vec<String>, String> {
    let mut words = Vec::new();
    let mut word: Option<String> = None;
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        match c {
            ' ' | '\t' | '\n' => words.extend(word.take()),
            '"' => {
                let current = word.get_or_insert_with(String::new);
                loop {
                    match chars.next() {
                        Some('"') => break,
                        Some('\\') => current.extend(chars.next()),
                        Some(other) => current.push(other),
                        None => return Err("bistro: invalid value for NODE_OPTIONS (unterminated string)".to_owned()),
                    }
                }
            }
            other => word.get_or_insert_with(String::new).push(other),
        }
    }
    words.extend(word);
    Ok(words)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(args: &[&str], node_options: Option<&str>) -> Result<Invocation, String> {
        match parse(args.iter().map(|s| (*s).to_owned()).collect(), node_options, true)? {
            Parsed::Run(inv) => Ok(*inv),
            other => panic!("expected a run, got {other:?}"),
        }
    }

    #[test]
    fn node_options_come_first_and_stay_out_of_exec_argv() {
        let inv = run(&["-r", "b", "app.js", "x"], Some(r#"--require "./a b.js" --env-file=.env"#)).unwrap();
        assert_eq!(inv.preload_require, ["./a b.js", "b"]);
        assert_eq!(inv.env_files, [EnvFile { path: ".env".into(), required: true }]);
        assert_eq!(inv.exec_argv, ["-r", "b"], "NODE_OPTIONS flags are not in execArgv; values are");
        assert_eq!(inv.script_args, ["x"]);
        assert!(matches!(inv.entry, Entry::File(ref f) if f == "app.js"));
    }

    #[test]
    fn node_options_refuse_entries() {
        for options in ["-e 1", "-p 1", "--run x", "app.js", "-"] {
            let err = run(&["app.js"], Some(options)).unwrap_err();
            assert!(err.ends_with("is not allowed in NODE_OPTIONS"), "{options}: {err}");
        }
        assert!(run(&["app.js"], Some("--require \"open")).unwrap_err().contains("unterminated"));
    }

    #[test]
    fn grants_come_from_the_capability_table() {
        let inv =
            run(&["--allow-net=127.0.0.1:80", "--allow-spawn", "--allow=thumbs.resize:a", "app.js"], None).unwrap();
        let names: Vec<(&str, Option<&[String]>)> =
            inv.grants.iter().map(|g| (g.name.as_str(), g.scopes.as_deref())).collect();
        let address = ["127.0.0.1:80".to_owned()];
        assert_eq!(
            names,
            [
                ("net.connect", Some(&address[..])),
                ("net.listen", Some(&address[..])),
                ("process.spawn", None),
                ("thumbs.resize", Some(&["a".to_owned()][..])),
            ]
        );
        assert!(inv.sandbox);
        assert_eq!(run(&["--allow-spawn=ls", "app.js"], None).unwrap_err(), "bistro: --allow-spawn takes no list");
        let help = help();
        for grantable in bistro_sdk::GRANTABLES {
            assert!(help.contains(grantable.flag) && help.contains(grantable.help), "{help}");
        }
    }

    #[test]
    fn stdin_entries() {
        let inv = run(&["--input-type=module", "-", "a"], None).unwrap();
        assert!(inv.input_type_module && matches!(inv.entry, Entry::Stdin(_)));
        assert_eq!(inv.script_args, ["-", "a"]);
        let piped = parse(Vec::new(), None, false).unwrap();
        assert!(matches!(piped, Parsed::Run(inv) if matches!(inv.entry, Entry::Stdin(_))));
        assert!(parse(Vec::new(), None, true).unwrap_err().contains("no script given"));
        assert!(run(&["--input-type=jsx", "-e", "1"], None).unwrap_err().contains("--input-type must be"));
    }

    #[test]
    fn run_script_takes_the_rest() {
        let parsed =
            parse(["--env-file-if-exists=e", "--run", "build", "--", "a"].map(String::from).to_vec(), None, true);
        match parsed.unwrap() {
            Parsed::RunScript { name, args, env_files } => {
                assert_eq!((name.as_str(), args), ("build", vec!["a".to_owned()]));
                assert!(!env_files[0].required);
            }
            other => panic!("{other:?}"),
        }
    }
}
