//! `fs.watch` on Linux: one inotify instance per watcher, read by the task
//! of a kernel handle (kind `FSEventWrap`, as Node names it).
//!
//! Events follow libuv's `uv_fs_event` on inotify: a change of contents or
//! attributes is `change`, anything else (create, delete, move) `rename`,
//! and `rename` wins when both are set. The file name is the entry's name
//! for a watched directory, and the watched path's last component for
//! events about the watched file or directory itself. Each event reaches
//! JavaScript as `[eventType, filenameBytes]`. Recursive watching is built
//! in JavaScript from one watcher per directory, as Node does on Linux.

use std::cell::{OnceCell, RefCell};
use std::collections::HashMap;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};
use std::os::unix::ffi::OsStrExt;
use std::path::Path;
use std::rc::Rc;

use bistro_sdk::{Args, Emitter, HandleId, HandleTask, OpContext, OpError, OpResult, Value};
use tokio::io::unix::AsyncFd;
use tokio::io::Interest;

use crate::args::c_path;
use crate::error::{check, last_error, sys_error};

/// What libuv asks inotify for.
const MASK: u32 = libc::IN_ATTRIB
    | libc::IN_CREATE
    | libc::IN_MODIFY
    | libc::IN_DELETE
    | libc::IN_DELETE_SELF
    | libc::IN_MOVE_SELF
    | libc::IN_MOVED_FROM
    | libc::IN_MOVED_TO;

/// One watcher of a watch descriptor: its handle and how it reports.
struct Subscriber {
    id: HandleId,
    emitter: Emitter,
    /// The name reported for events about the watched path itself.
    self_name: Vec<u8>,
}

/// The loop thread's inotify instance, shared by every watcher as libuv
/// shares one per loop, so events of different watchers arrive in the
/// order the kernel reported them.
struct Inotify {
    raw: RawFd,
    /// The descriptor until the first watcher's task puts it on the
    /// reactor (sync ops run outside the reactor's context).
    unregistered: RefCell<Option<OwnedFd>>,
    fd: OnceCell<AsyncFd<OwnedFd>>,
    by_watch: RefCell<HashMap<i32, Vec<Subscriber>>>,
}

impl Inotify {
    /// The descriptor on the reactor (called from a task's start, which
    /// runs in the reactor's context).
    fn on_reactor(&self) -> std::io::Result<&AsyncFd<OwnedFd>> {
        if let Some(fd) = self.fd.get() {
            return Ok(fd);
        }
        let owned = self.unregistered.borrow_mut().take().ok_or(std::io::ErrorKind::BrokenPipe)?;
        // SAFETY: the AsyncFd owns the descriptor, which stays open as long.
        let fd = unsafe { AsyncFd::register_with_interest(owned, Interest::READABLE) }.map_err(|e| e.into_parts().1)?;
        Ok(self.fd.get_or_init(|| fd))
    }
}

thread_local! {
    static INOTIFY: RefCell<Option<Rc<Inotify>>> = const { RefCell::new(None) };
}

/// The shared instance, created on first use.
fn inotify(path: &str) -> Result<Rc<Inotify>, OpError> {
    if let Some(shared) = INOTIFY.with(|cell| cell.borrow().clone()) {
        return Ok(shared);
    }
    // SAFETY: a plain syscall; the descriptor is owned right away.
    let fd = unsafe {
        OwnedFd::from_raw_fd(check(libc::inotify_init1(libc::IN_NONBLOCK | libc::IN_CLOEXEC), "watch", Some(path))?)
    };
    let shared = Rc::new(Inotify {
        raw: fd.as_raw_fd(),
        unregistered: RefCell::new(Some(fd)),
        fd: OnceCell::new(),
        by_watch: RefCell::default(),
    });
    INOTIFY.with(|cell| *cell.borrow_mut() = Some(Rc::clone(&shared)));
    Ok(shared)
}

/// `watch_start(path)`: watches `path` and returns the handle's id; the
/// module listens to it and closes it through `binding.handles`.
pub(crate) fn watch_start(cx: &OpContext<'_>, args: Vec<Value>) -> OpResult {
    let path = args.str(0)?.to_owned();
    let c_path = c_path(&args, 0)?;
    let shared = inotify(&path)?;
    // SAFETY: `c_path` is a valid C string.
    let wd = check(unsafe { libc::inotify_add_watch(shared.raw, c_path.as_ptr(), MASK) }, "watch", Some(&path))?;
    let self_name = Path::new(&path).file_name().map(|n| n.as_bytes().to_vec()).unwrap_or_default();
    let id = cx.event_loop.handle_open("FSEventWrap");
    let start = Box::new(move |emitter: Emitter| {
        if let Err(error) = shared.on_reactor() {
            emitter.emit(Err(sys_error(&error, "watch", Some(&path), None)));
            return Box::pin(async {}) as HandleTask;
        }
        shared.by_watch.borrow_mut().entry(wd).or_default().push(Subscriber { id, emitter, self_name });
        read_events(shared, wd, id, path)
    });
    if !cx.event_loop.handle_start(id, start) {
        return Err(OpError::new("ERR_INTERNAL_ASSERTION", "a new FSEvent handle could not start"));
    }
    Ok(Value::Number(id as f64))
}

/// Unsubscribes a watcher when its task ends (the handle was stopped or
/// closed), removing the inotify watch once nobody else uses it.
struct Unsubscribe {
    shared: Rc<Inotify>,
    wd: i32,
    id: HandleId,
}

impl Drop for Unsubscribe {
    fn drop(&mut self) {
        let mut by_watch = self.shared.by_watch.borrow_mut();
        let Some(subscribers) = by_watch.get_mut(&self.wd) else { return };
        let before = subscribers.len();
        subscribers.retain(|s| s.id != self.id);
        if subscribers.is_empty() && before > 0 {
            by_watch.remove(&self.wd);
            // SAFETY: a plain syscall on our own descriptor.
            unsafe { libc::inotify_rm_watch(self.shared.raw, self.wd) };
        }
    }
}

/// A watcher's task: until the handle is closed, waits for the shared
/// descriptor and, whenever it is this task that finds it readable, reads
/// and dispatches the events to every subscriber in order.
fn read_events(shared: Rc<Inotify>, wd: i32, id: HandleId, path: String) -> HandleTask {
    Box::pin(async move {
        let _unsubscribe = Unsubscribe { shared: Rc::clone(&shared), wd, id };
        let mut buffer = vec![0u8; 64 * 1024];
        let Some(fd) = shared.fd.get() else { return };
        loop {
            let mut ready = match fd.readable().await {
                Ok(ready) => ready,
                Err(error) => return report(&shared, wd, Err(sys_error(&error, "watch", Some(&path), None))),
            };
            // SAFETY: reads into the buffer it was given the length of.
            let n = unsafe { libc::read(shared.raw, buffer.as_mut_ptr().cast(), buffer.len()) };
            if n < 0 {
                if std::io::Error::last_os_error().kind() == std::io::ErrorKind::WouldBlock {
                    ready.clear_ready();
                    continue;
                }
                return report(&shared, wd, Err(last_error("watch", Some(&path))));
            }
            dispatch(&shared, &buffer[..n as usize]);
        }
    })
}

/// Sends each event to the subscribers of its watch, as
/// `[eventType, filenameBytes]`; a watch the kernel removed
/// (`IN_IGNORED`) loses its subscribers, so a reused descriptor number
/// reaches only its new watchers.
fn dispatch(shared: &Inotify, bytes: &[u8]) {
    for (wd, mask, name) in parse(bytes) {
        let by_watch = shared.by_watch.borrow();
        let Some(subscribers) = by_watch.get(&wd) else { continue };
        for subscriber in subscribers {
            let name = if name.is_empty() { subscriber.self_name.clone() } else { name.to_vec() };
            let event = vec![Value::from(event_type(mask)), Value::from(name)];
            subscriber.emitter.emit(Ok(Value::List(event)));
        }
        drop(by_watch);
        if mask & libc::IN_IGNORED != 0 {
            shared.by_watch.borrow_mut().remove(&wd);
        }
    }
}

/// Reports a read failure to the subscribers of `wd`.
fn report(shared: &Inotify, wd: i32, error: OpResult) {
    for subscriber in shared.by_watch.borrow().get(&wd).into_iter().flatten() {
        subscriber.emitter.emit(error.clone());
    }
}

/// Node's event type for an inotify mask, by libuv's rule: any bit but
/// attributes and contents (including `IN_IGNORED`, when the watched file
/// is gone) makes it a `rename`.
fn event_type(mask: u32) -> &'static str {
    if mask & !(libc::IN_ATTRIB | libc::IN_MODIFY) != 0 {
        "rename"
    } else {
        "change"
    }
}

/// The (watch, mask, name) of each `struct inotify_event` in `bytes`; the
/// name without its NUL padding (empty for events about the watch itself).
fn parse(bytes: &[u8]) -> Vec<(i32, u32, &[u8])> {
    const HEADER: usize = std::mem::size_of::<libc::inotify_event>();
    let mut events = Vec::new();
    let mut at = 0;
    while at + HEADER <= bytes.len() {
        // SAFETY: the header is in bounds; read_unaligned copes with any
        // alignment of the buffer.
        let header: libc::inotify_event = unsafe { std::ptr::read_unaligned(bytes[at..].as_ptr().cast()) };
        let name_end = (at + HEADER + header.len as usize).min(bytes.len());
        let raw = &bytes[at + HEADER..name_end];
        let name = &raw[..raw.iter().position(|&b| b == 0).unwrap_or(raw.len())];
        events.push((header.wd, header.mask, name));
        at = name_end;
    }
    events
}

#[cfg(test)]
mod tests {
    use super::{event_type, parse};

    #[test]
    fn masks_map_to_node_event_types() {
        assert_eq!(event_type(libc::IN_MODIFY), "change");
        assert_eq!(event_type(libc::IN_ATTRIB), "change");
        assert_eq!(event_type(libc::IN_CREATE), "rename");
        assert_eq!(event_type(libc::IN_MOVED_TO | libc::IN_MODIFY), "rename");
        assert_eq!(event_type(libc::IN_IGNORED), "rename");
    }

    #[test]
    fn events_are_split_with_their_names() {
        let mut bytes = Vec::new();
        for (mask, name) in [(libc::IN_CREATE, &b"a.txt\0\0\0"[..]), (libc::IN_DELETE_SELF, &b""[..])] {
            let header = libc::inotify_event { wd: 1, mask, cookie: 0, len: name.len() as u32 };
            // SAFETY: a plain C struct viewed as its bytes.
            let raw: [u8; std::mem::size_of::<libc::inotify_event>()] = unsafe { std::mem::transmute(header) };
            bytes.extend_from_slice(&raw);
            bytes.extend_from_slice(name);
        }
        assert_eq!(parse(&bytes), vec![(1, libc::IN_CREATE, &b"a.txt"[..]), (1, libc::IN_DELETE_SELF, &b""[..])]);
    }
}
