//! The `bistro` command: `bistro [options] FILE [args]`, `bistro run FILE`,
//! `bistro -e CODE`, `bistro -p CODE`, `bistro -` (or a program piped in),
//! `bistro --run SCRIPT`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use bistro::cli::{self, EnvFile, Invocation, Parsed};
use bistro::manifest::Manifest;
use bistro::{Entry, Permissions, RuntimeBuilder, ScriptOptions};

/// Exit code for bad command-line usage, as Node uses.
const USAGE_ERROR: u8 = 9;

fn main() -> ExitCode {
    keep_large_allocations();
    let node_options = std::env::var("NODE_OPTIONS").ok();
    // SAFETY: isatty only inspects file descriptor 0.
    let stdin_is_terminal = unsafe { libc::isatty(0) } == 1;
    let parsed = cli::parse(std::env::args().skip(1).collect(), node_options.as_deref(), stdin_is_terminal);
    let mut invocation = match parsed {
        Ok(Parsed::Run(invocation)) => invocation,
        Ok(Parsed::RunScript { name, args, env_files }) => {
            if let Err(message) = load_env_files(&env_files) {
                return usage_error(&message);
            }
            return match bistro::run_script::run(&name, &args) {
                Ok(code) => ExitCode::from(code as u8),
                Err(message) => {
                    eprintln!("{message}");
                    ExitCode::FAILURE
                }
            };
        }
        Ok(Parsed::Print(text)) => {
            print!("{text}");
            return ExitCode::SUCCESS;
        }
        Err(message) => return usage_error(&message),
    };
    // Under --watch the child loads the files, afresh on every restart.
    if !invocation.watch {
        if let Err(message) = load_env_files(&invocation.env_files) {
            return usage_error(&message);
        }
    }
    if let Entry::Stdin(code) = &mut invocation.entry {
        if let Err(e) = std::io::Read::read_to_string(&mut std::io::stdin(), code) {
            eprintln!("bistro: cannot read the program from standard input: {e}");
            return ExitCode::FAILURE;
        }
    }
    match build(*invocation).and_then(|(builder, entry)| builder.run(entry)) {
        Ok(code) => std::process::exit(code),
        Err(message) => {
            eprintln!("bistro: {message}");
            ExitCode::FAILURE
        }
    }
}

fn usage_error(message: &str) -> ExitCode {
    eprintln!("{message}");
    ExitCode::from(USAGE_ERROR)
}

/// Sets the variables of each environment file that the environment does
/// not already define (the environment wins, as in Node). A missing
/// `--env-file` is an error; a missing `--env-file-if-exists` is noted.
fn load_env_files(files: &[EnvFile]) -> Result<(), String> {
    for file in files {
        let text = match std::fs::read_to_string(&file.path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound && !file.required => {
                eprintln!("{} not found. Continuing without it.", file.path.display());
                continue;
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(format!("bistro: {}: not found", file.path.display()));
            }
            Err(e) => return Err(format!("bistro: {}: {e}", file.path.display())),
        };
        set_missing_vars(&text)?;
    }
    Ok(())
}

#[cfg(feature = "process")]
fn set_missing_vars(text: &str) -> Result<(), String> {
    for (key, value) in bistro_process::env_file::parse(text) {
        if std::env::var_os(&key).is_none() {
            // Called before the runtime starts any thread.
            std::env::set_var(key, value);
        }
    }
    Ok(())
}

#[cfg(not(feature = "process"))]
fn set_missing_vars(_: &str) -> Result<(), String> {
    Err("bistro: --env-file needs the process plugin, which this build leaves out".to_owned())
}

/// The manifest to use: `--config`, else `bistro.toml` beside the script.
fn manifest_path(invocation: &Invocation) -> Option<PathBuf> {
    if let Some(config) = &invocation.config {
        return Some(config.clone());
    }
    let Entry::File(script) = &invocation.entry else { return None };
    let beside = Path::new(script).parent().unwrap_or(Path::new("")).join("bistro.toml");
    beside.is_file().then_some(beside)
}

fn build(invocation: Invocation) -> Result<(RuntimeBuilder, Entry), String> {
    if invocation.watch {
        return Ok(watch_supervisor(invocation));
    }
    let manifest = match manifest_path(&invocation) {
        Some(path) => Manifest::load(&path).map_err(|e| e.to_string())?,
        None => Manifest::default(),
    };
    let mut permissions = if invocation.allow_all {
        Permissions::allow_all()
    } else if let Some(from_manifest) = manifest.permissions.clone() {
        from_manifest
    } else if invocation.sandbox {
        Permissions::sandbox()
    } else {
        Permissions::allow_all()
    };
    for grant in &invocation.grants {
        permissions.grant(&grant.name, grant.scopes.clone());
    }

    let mut options = ScriptOptions::default();
    if let Entry::File(path) = &invocation.entry {
        options.argv.push(path.clone());
    }
    options.argv.extend(invocation.script_args);
    options.exec_argv = invocation.exec_argv;
    options.max_heap = invocation.max_heap.or(manifest.max_heap);
    options.cpu_time = invocation.cpu_time.or(manifest.cpu_time);
    options.preload_require = invocation.preload_require;
    options.preload_import = invocation.preload_import;
    options.input_type_module = invocation.input_type_module;

    let mut builder = RuntimeBuilder::new().options(options).permissions(permissions);
    if let Some(size) = invocation.threadpool_size.or(manifest.threadpool) {
        builder = builder.threadpool_size(size);
    }
    for entry in &manifest.plugins {
        builder = builder.manifest_plugin(entry.clone());
    }
    for path in &invocation.plugins {
        builder = builder.plugin_file(path);
    }
    Ok((builder, invocation.entry))
}

/// `bistro --watch FILE`: this process only supervises; the program, with
/// its sandbox, limits, plugins and preloads, runs in the child it starts
/// (from `process.execArgv`), so the supervisor itself runs unrestricted.
fn watch_supervisor(invocation: Invocation) -> (RuntimeBuilder, Entry) {
    let mut options = ScriptOptions::default();
    if let Entry::File(path) = &invocation.entry {
        options.argv.push(path.clone());
    }
    options.argv.extend(invocation.script_args);
    options.exec_argv = invocation.exec_argv;
    let mut watch = invocation.watch_options;
    watch.env_files = invocation.env_files.iter().map(|f| f.path.to_string_lossy().into_owned()).collect();
    options.watch = Some(watch);
    (RuntimeBuilder::new().options(options), invocation.entry)
}

/// Large buffers (file contents, encoded strings) are allocated and freed
/// over and over; by default glibc gives each one above 32 MiB fresh pages
/// from the kernel (a page fault per 4 KiB) and trims freed memory at
/// once. Serving them from the heap instead, and keeping up to 256 MiB of
/// freed memory for reuse, makes repeated large Buffer work 1.5-2x faster.
fn keep_large_allocations() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only changes allocator tuning; called before any
    // thread starts.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, 256 << 20);
        libc::mallopt(libc::M_TRIM_THRESHOLD, 256 << 20);
    }
}
