//! The `bistro` command: `bistro [options] FILE [args]`, `bistro run FILE`,
//! `bistro -e CODE`, `bistro -p CODE`.

use std::process::ExitCode;

use bistro::{Entry, Permissions, RuntimeBuilder, ScriptOptions, VERSION};

const HELP: &str = "\
Usage: bistro [options] [FILE | -e CODE | -p CODE] [arguments]
       bistro run FILE [arguments]

Runs a Node.js program (CommonJS or ES module) on the bistro microkernel.

Options:
  -e, --eval CODE          evaluate CODE
  -p, --print CODE         evaluate CODE and print the result
  --threadpool-size N      thread-pool workers (default: UV_THREADPOOL_SIZE or 4)
  --sandbox                deny every capability that is not granted
  --allow-env[=NAMES]      grant reading/writing environment variables
                           (all, or a comma-separated list)
  -v, --version            print the version
  -h, --help               print this help

Environment:
  UV_THREADPOOL_SIZE       thread-pool size, 1..1024 (read once at start)
";

/// What the command line asked for.
struct Invocation {
    entry: Entry,
    script_args: Vec<String>,
    exec_argv: Vec<String>,
    permissions: Permissions,
    threadpool_size: Option<usize>,
}

enum Parsed {
    Run(Invocation),
    Print(String),
}

fn parse(args: Vec<String>) -> Result<Parsed, String> {
    let mut args = args.into_iter().peekable();
    let mut exec_argv = Vec::new();
    let mut permissions: Option<Permissions> = None;
    let mut threadpool_size = None;
    let mut entry = None;
    while let Some(arg) = args.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f.to_owned(), Some(v.to_owned())),
            _ => (arg.clone(), None),
        };
        let mut value = |name: &str| -> Result<String, String> {
            inline.clone().or_else(|| args.next()).ok_or_else(|| format!("bistro: {name} requires an argument"))
        };
        match flag.as_str() {
            "-h" | "--help" => return Ok(Parsed::Print(HELP.to_owned())),
            "-v" | "--version" => return Ok(Parsed::Print(format!("v{VERSION}\n"))),
            "-e" | "--eval" => {
                entry = Some(Entry::Eval { code: value(&flag)?, print: false });
                break;
            }
            "-p" | "--print" => {
                entry = Some(Entry::Eval { code: value(&flag)?, print: true });
                break;
            }
            "--threadpool-size" => {
                let n = value(&flag)?;
                threadpool_size = Some(n.parse::<usize>().map_err(|_| format!("bistro: invalid --threadpool-size '{n}'"))?);
            }
            "--sandbox" => {
                permissions.get_or_insert_with(Permissions::sandbox);
            }
            "--allow-env" => {
                let scopes = inline.map(|list| list.split(',').map(str::to_owned).collect());
                permissions.get_or_insert_with(Permissions::sandbox).grant("env", scopes);
            }
            "run" if entry.is_none() && exec_argv.is_empty() => {
                entry = Some(Entry::File(value("run")?));
                break;
            }
            _ if flag.starts_with('-') && flag != "-" => return Err(format!("bistro: bad option: {arg}")),
            _ => {
                entry = Some(Entry::File(arg));
                break;
            }
        }
        exec_argv.push(arg);
    }
    let Some(entry) = entry else {
        return Err(format!("bistro: no script given (interactive mode is not supported)\n\n{HELP}"));
    };
    Ok(Parsed::Run(Invocation {
        entry,
        script_args: args.collect(),
        exec_argv,
        permissions: permissions.unwrap_or_default(),
        threadpool_size,
    }))
}

fn main() -> ExitCode {
    let invocation = match parse(std::env::args().skip(1).collect()) {
        Ok(Parsed::Run(invocation)) => invocation,
        Ok(Parsed::Print(text)) => {
            print!("{text}");
            return ExitCode::SUCCESS;
        }
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(9);
        }
    };
    let mut options = ScriptOptions::default();
    if let Entry::File(path) = &invocation.entry {
        options.argv.push(path.clone());
    }
    options.argv.extend(invocation.script_args);
    options.exec_argv = invocation.exec_argv;
    let mut builder = RuntimeBuilder::new().options(options).permissions(invocation.permissions);
    if let Some(size) = invocation.threadpool_size {
        builder = builder.threadpool_size(size);
    }
    match builder.run(invocation.entry) {
        Ok(code) => std::process::exit(code),
        Err(message) => {
            eprintln!("bistro: {message}");
            ExitCode::FAILURE
        }
    }
}
