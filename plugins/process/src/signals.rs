//! Signal listeners (`process.on('SIGINT', ...)`). A listened-to signal gets
//! a handler that writes its number to a self-pipe, which `signal_wait`
//! reads: it answers with every signal waiting there, in arrival order. The
//! wait is an unreferenced reactor op, so listening for a signal does not
//! keep the process alive, as in Node. `signal_listen(signal, false)` puts
//! the default action back.

use std::os::fd::{AsRawFd, RawFd};
use std::sync::OnceLock;

use bistro_sdk::{Capability, OpDecl, OpError, Value};
use tokio::io::unix::AsyncFd;
use tokio::io::Interest;

/// The signal ops.
pub(crate) fn ops() -> Vec<OpDecl> {
    vec![
        OpDecl::sync("signal_listen", Capability::none(), |_, args| {
            let (signal, on) = match (args.first(), args.get(1)) {
                (Some(Value::Number(n)), Some(Value::Bool(on))) => (*n as libc::c_int, *on),
                _ => return Err(OpError::type_error("signal_listen(signal, on)")),
            };
            Ok(Value::Number(listen(signal, on)))
        }),
        OpDecl::reactor_unref("signal_wait", Capability::none(), |_, _| {
            Box::pin(async {
                let signals = next_signals().await.map_err(|e| OpError::new("EIO", e.to_string()))?;
                Ok(Value::List(signals.into_iter().map(|n| Value::Number(f64::from(n))).collect()))
            })
        }),
    ]
}

/// The self-pipe's read and write ends (non-blocking, never closed).
fn pipe() -> Option<(RawFd, RawFd)> {
    static PIPE: OnceLock<Option<(RawFd, RawFd)>> = OnceLock::new();
    *PIPE.get_or_init(|| {
        let mut fds = [0; 2];
        // SAFETY: pipe2 fills the two-element array.
        (unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_NONBLOCK | libc::O_CLOEXEC) } == 0).then_some((fds[0], fds[1]))
    })
}

extern "C" fn on_signal(signal: libc::c_int) {
    let Some((_, write_end)) = pipe() else { return };
    let byte = signal as u8;
    // SAFETY: write(2) and errno access are async-signal-safe; errno is
    // restored so the interrupted code does not see a changed value.
    unsafe {
        let saved = *libc::__errno_location();
        libc::write(write_end, (&byte as *const u8).cast(), 1);
        *libc::__errno_location() = saved;
    }
}

/// Installs the handler for `signal` (or the default action): 0, or the
/// negative errno (EINVAL for SIGKILL, SIGSTOP and unknown numbers).
fn listen(signal: libc::c_int, on: bool) -> f64 {
    if pipe().is_none() {
        return -f64::from(libc::EMFILE);
    }
    // SAFETY: a zeroed sigaction with a handler (or SIG_DFL) and an empty
    // mask is valid; sigaction only reads it.
    let rc = unsafe {
        let mut action: libc::sigaction = std::mem::zeroed();
        action.sa_sigaction = if on { on_signal as extern "C" fn(libc::c_int) as usize } else { libc::SIG_DFL };
        action.sa_flags = libc::SA_RESTART;
        libc::sigemptyset(&mut action.sa_mask);
        libc::sigaction(signal, &action, std::ptr::null_mut())
    };
    if rc == 0 {
        0.0
    } else {
        -f64::from(std::io::Error::last_os_error().raw_os_error().unwrap_or(libc::EINVAL))
    }
}

/// The pipe's read end, for the reactor.
struct ReadEnd(RawFd);

impl AsRawFd for ReadEnd {
    fn as_raw_fd(&self) -> RawFd {
        self.0
    }
}

/// The numbers of the signals that arrived (at least one).
async fn next_signals() -> std::io::Result<Vec<u8>> {
    let (read_end, _) = pipe().ok_or_else(|| std::io::Error::from_raw_os_error(libc::EMFILE))?;
    // SAFETY: the pipe's read end is open for the life of the process and
    // is only registered by one pending wait at a time.
    let io = unsafe { AsyncFd::register_with_interest(ReadEnd(read_end), Interest::READABLE) }
        .map_err(|e| e.into_parts().1)?;
    // A signal already in the pipe is read at once, without waiting for the
    // reactor to report readiness (as libuv reads its pipe in the same
    // poll phase).
    loop {
        let mut bytes = [0u8; 64];
        // SAFETY: reads at most `bytes.len()` bytes into `bytes`.
        let n = unsafe { libc::read(read_end, bytes.as_mut_ptr().cast(), bytes.len()) };
        if n > 0 {
            return Ok(bytes[..n as usize].to_vec());
        }
        let error = std::io::Error::last_os_error();
        match error.kind() {
            std::io::ErrorKind::WouldBlock => io.readable().await?.clear_ready(),
            std::io::ErrorKind::Interrupted => {}
            _ => return Err(error),
        }
    }
}
