//! A non-blocking socket the reactor watches: registered with tokio's
//! `AsyncFd` on first use (from a reactor op or a handle's start, which
//! run in the reactor's context), and retried each time it is ready.

use std::cell::OnceCell;
use std::io;
use std::ops::Deref;
use std::os::fd::{AsRawFd, RawFd};

use socket2::Socket;
use tokio::io::unix::AsyncFd;
use tokio::io::Interest;

/// The raw descriptor the reactor watches; the `Socket` owns it.
struct Fd(RawFd);

impl AsRawFd for Fd {
    fn as_raw_fd(&self) -> RawFd {
        self.0
    }
}

/// A socket and its registration on the reactor.
pub(crate) struct Watched {
    // Declared first, so it is deregistered before the socket closes the
    // descriptor (a reused descriptor number is never deregistered).
    io: OnceCell<AsyncFd<Fd>>,
    socket: Socket,
    interest: Interest,
}

impl Watched {
    /// Makes `socket` non-blocking; it is registered for `interest` when
    /// first waited on.
    pub(crate) fn new(socket: Socket, interest: Interest) -> io::Result<Self> {
        socket.set_nonblocking(true)?;
        Ok(Watched { io: OnceCell::new(), socket, interest })
    }

    fn io(&self) -> io::Result<&AsyncFd<Fd>> {
        if let Some(io) = self.io.get() {
            return Ok(io);
        }
        // SAFETY: the socket owns the descriptor and outlives the
        // registration, which is dropped first.
        let io = unsafe { AsyncFd::register_with_interest(Fd(self.socket.as_raw_fd()), self.interest) }
            .map_err(|e| e.into_parts().1)?;
        Ok(self.io.get_or_init(|| io))
    }

    /// Runs `attempt` once the socket is readable, again after every
    /// `WouldBlock`, and returns its first other result.
    pub(crate) async fn when_readable<T>(&self, mut attempt: impl FnMut(&Socket) -> io::Result<T>) -> io::Result<T> {
        let io = self.io()?;
        loop {
            if let Ok(result) = io.readable().await?.try_io(|_| attempt(&self.socket)) {
                return result;
            }
        }
    }

    /// As [`Watched::when_readable`], for writing.
    pub(crate) async fn when_writable<T>(&self, mut attempt: impl FnMut(&Socket) -> io::Result<T>) -> io::Result<T> {
        let io = self.io()?;
        loop {
            if let Ok(result) = io.writable().await?.try_io(|_| attempt(&self.socket)) {
                return result;
            }
        }
    }
}

impl Deref for Watched {
    type Target = Socket;

    fn deref(&self) -> &Socket {
        &self.socket
    }
}
