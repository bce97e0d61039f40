//! Starting a child process from the options the JavaScript side has
//! already validated and normalised (Node's `normalizeSpawnArguments`):
//! `file`, `args` (argv0 first), `cwd`, `envPairs` (absent: inherit the
//! environment), `stdio` (`'pipe'`, `'ignore'`, an fd, or `{ pipe: rid }`
//! for another child's pipe), `detached`, `uid`, `gid`.

use std::io;
use std::os::fd::{AsRawFd, OwnedFd, RawFd};
use std::os::unix::process::CommandExt;
use std::process::{Child, Command, Stdio};

use bistro_sdk::{OpError, Value};

use super::fds;

/// Where one stdio slot of the child goes.
enum Slot {
    /// A socket pair; the parent keeps one end.
    Pipe,
    /// Nothing (`/dev/null` for fds 0-2, closed above).
    Ignore,
    /// A duplicate of this descriptor of the parent (`inherit` is fd i).
    Fd(RawFd),
}

/// The spawn options, read from the op's map argument.
pub(crate) struct SpawnOptions {
    file: String,
    args: Vec<String>,
    cwd: Option<String>,
    /// The whole environment; `None`: this process's.
    env: Option<Vec<(String, String)>>,
    stdio: Vec<Slot>,
    detached: bool,
    uid: Option<u32>,
    gid: Option<u32>,
}

/// A started child and the parent's end of each `'pipe'` slot.
pub(crate) struct Launched {
    /// The process.
    pub(crate) child: Child,
    /// Per stdio slot: the parent's socket for a pipe, `None` otherwise.
    pub(crate) pipes: Vec<Option<OwnedFd>>,
}

fn bad(what: &str) -> OpError {
    OpError::type_error(format!("spawn: bad {what}"))
}

fn strings(value: Option<&Value>, what: &str) -> Result<Vec<String>, OpError> {
    match value {
        Some(Value::List(items)) => {
            items.iter().map(|item| item.as_str().map(str::to_owned).ok_or_else(|| bad(what))).collect()
        }
        None | Some(Value::Undefined | Value::Null) => Ok(Vec::new()),
        _ => Err(bad(what)),
    }
}

fn id(value: Option<&Value>) -> Option<u32> {
    value.and_then(Value::as_f64).map(|n| n as i64 as u32)
}

impl SpawnOptions {
    /// Reads the options map; `pipe_fd` finds the descriptor of another
    /// child's pipe given as a slot (`{ pipe: rid }`).
    pub(crate) fn from_value(options: &Value, pipe_fd: impl Fn(u32) -> Option<RawFd>) -> Result<Self, OpError> {
        let file = options.get("file").and_then(Value::as_str).ok_or_else(|| bad("file"))?.to_owned();
        let env = match options.get("envPairs") {
            None | Some(Value::Undefined | Value::Null) => None,
            pairs => Some(
                strings(pairs, "envPairs")?
                    .into_iter()
                    .filter_map(|pair| pair.split_once('=').map(|(k, v)| (k.to_owned(), v.to_owned())))
                    .collect(),
            ),
        };
        let stdio = match options.get("stdio") {
            Some(Value::List(items)) => items
                .iter()
                .map(|item| match item {
                    Value::String(s) if s == "pipe" => Ok(Slot::Pipe),
                    Value::String(s) if s == "ignore" => Ok(Slot::Ignore),
                    Value::Number(fd) => Ok(Slot::Fd(*fd as RawFd)),
                    pipe @ Value::Map(_) => pipe
                        .get("pipe")
                        .and_then(Value::as_f64)
                        .and_then(|rid| pipe_fd(rid as u32))
                        .map(Slot::Fd)
                        .ok_or_else(|| bad("stdio pipe")),
                    _ => Err(bad("stdio")),
                })
                .collect::<Result<_, _>>()?,
            _ => Err(bad("stdio"))?,
        };
        Ok(SpawnOptions {
            file,
            args: strings(options.get("args"), "args")?,
            cwd: options.get("cwd").and_then(Value::as_str).map(str::to_owned),
            env,
            stdio,
            detached: options.get("detached").and_then(Value::as_bool).unwrap_or(false),
            uid: id(options.get("uid")),
            gid: id(options.get("gid")),
        })
    }

    /// Starts the child.
    pub(crate) fn launch(&self) -> io::Result<Launched> {
        let mut command = Command::new(&self.file);
        if let Some((argv0, rest)) = self.args.split_first() {
            command.arg0(argv0).args(rest);
        }
        if let Some(env) = &self.env {
            command.env_clear().envs(env.iter().map(|(k, v)| (k, v)));
        }
        if let Some(cwd) = &self.cwd {
            command.current_dir(cwd);
        }
        if let Some(uid) = self.uid {
            command.uid(uid);
        }
        if let Some(gid) = self.gid {
            command.gid(gid);
        }
        // Slots above 2 are moved into place in the child. Their sources sit
        // above every slot number, and free slot numbers are held while the
        // child starts, so no descriptor std makes for the start (its
        // error-report pipe) can take a slot number.
        let above = self.stdio.len().max(3) as RawFd;
        let _held: Vec<OwnedFd> =
            (3..above).filter(|&fd| !fds::is_open(fd)).filter_map(|fd| fds::duplicate_above(0, fd).ok()).collect();
        let mut pipes = Vec::with_capacity(self.stdio.len());
        let mut moves: Vec<(RawFd, OwnedFd)> = Vec::new();
        for (index, slot) in self.stdio.iter().enumerate() {
            let target = index as RawFd;
            let (parent, child) = match slot {
                Slot::Pipe => {
                    let (parent, child) = fds::socket_pair()?;
                    (Some(parent), Some(child))
                }
                Slot::Ignore => (None, None),
                Slot::Fd(fd) if *fd == target && target < 3 => (None, None),
                Slot::Fd(fd) => (None, Some(fds::duplicate_above(*fd, above)?)),
            };
            pipes.push(parent);
            let stdio = match (slot, child) {
                (_, Some(child)) if target > 2 => {
                    let child =
                        if child.as_raw_fd() < above { fds::duplicate_above(child.as_raw_fd(), above)? } else { child };
                    moves.push((target, child));
                    continue;
                }
                (_, Some(child)) => Stdio::from(child),
                (Slot::Ignore, None) => Stdio::null(),
                (_, None) => Stdio::inherit(),
            };
            match target {
                0 => command.stdin(stdio),
                1 => command.stdout(stdio),
                2 => command.stderr(stdio),
                _ => continue,
            };
        }
        let detached = self.detached;
        let sources: Vec<(RawFd, RawFd)> = moves.iter().map(|(target, fd)| (*target, fd.as_raw_fd())).collect();
        // A child's fds 0-2 start blocking, as libuv makes them (the file
        // description is shared, so this reaches the parent's copy too).
        let unblock = self.stdio.iter().take(3).any(|slot| matches!(slot, Slot::Fd(fd) if fds::is_nonblocking(*fd)));
        if detached || unblock || !sources.is_empty() {
            // SAFETY: the closure only makes async-signal-safe calls
            // (setsid, dup2, fcntl) on descriptors that stay open until
            // spawn returns.
            unsafe {
                command.pre_exec(move || {
                    if detached && libc::setsid() < 0 {
                        return Err(io::Error::last_os_error());
                    }
                    for &(target, source) in &sources {
                        if libc::dup2(source, target) < 0 {
                            return Err(io::Error::last_os_error());
                        }
                    }
                    if unblock {
                        (0..3).for_each(fds::set_blocking);
                    }
                    Ok(())
                });
            }
        }
        let child = command.spawn()?;
        // `command` holds the child's ends of the pipes: dropping it (and
        // `moves`) here leaves the parent with its own ends only.
        drop(command);
        drop(moves);
        Ok(Launched { child, pipes })
    }
}
