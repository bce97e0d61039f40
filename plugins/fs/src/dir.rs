//! Open directories for `fs.Dir`: `opendir` keeps a directory stream in a
//! table and hands JavaScript its number; `dir_read` takes the next entries
//! in the order the file system gives them; `dir_close` drops the stream.

use std::collections::HashMap;
use std::fs::{self, ReadDir};
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Mutex, OnceLock};

use bistro_sdk::{OpError, OpResult, Value};

use crate::error::sys_error;
use crate::tree::dirent_type;
use bistro_sdk::Args;

/// The open directory streams, by the number JavaScript holds.
fn streams() -> &'static Mutex<HashMap<u32, ReadDir>> {
    static STREAMS: OnceLock<Mutex<HashMap<u32, ReadDir>>> = OnceLock::new();
    STREAMS.get_or_init(Default::default)
}

/// Takes the stream `id` out of the table (so a slow read never holds the
/// lock); a closed or unknown id is EBADF.
fn take(id: u32, syscall: &str) -> Result<ReadDir, OpError> {
    let stream = streams().lock().unwrap_or_else(|e| e.into_inner()).remove(&id);
    stream.ok_or_else(|| sys_error(&std::io::Error::from_raw_os_error(libc::EBADF), syscall, None, None))
}

/// `opendir(path)` → the number of a new directory stream.
pub(crate) fn opendir(args: Vec<Value>) -> OpResult {
    static NEXT: AtomicU32 = AtomicU32::new(1);
    let path = args.str(0)?;
    let stream = fs::read_dir(path).map_err(|e| sys_error(&e, "opendir", Some(path), None))?;
    let id = NEXT.fetch_add(1, Ordering::Relaxed);
    streams().lock().unwrap_or_else(|e| e.into_inner()).insert(id, stream);
    Ok(Value::Number(id as f64))
}

/// `dir_read(id, count)` → `[names, types]` of up to `count` entries,
/// both empty once the directory is exhausted.
pub(crate) fn dir_read(args: Vec<Value>) -> OpResult {
    let id = args.int(0)? as u32;
    let count = args.int(1)?.max(1) as usize;
    let mut stream = take(id, "scandir")?;
    let (mut names, mut types) = (Vec::new(), Vec::new());
    let mut failure = None;
    while names.len() < count {
        match stream.next() {
            None => break,
            Some(Err(e)) => {
                failure = Some(sys_error(&e, "scandir", None, None));
                break;
            }
            Some(Ok(entry)) => {
                names.push(Value::from(entry.file_name().to_string_lossy().into_owned()));
                types.push(Value::Number(entry.file_type().map_or(0.0, dirent_type)));
            }
        }
    }
    streams().lock().unwrap_or_else(|e| e.into_inner()).insert(id, stream);
    match failure {
        Some(error) => Err(error),
        None => Ok(Value::List(vec![Value::List(names), Value::List(types)])),
    }
}

/// `dir_close(id)`: closes the directory stream.
pub(crate) fn dir_close(args: Vec<Value>) -> OpResult {
    take(args.int(0)? as u32, "closedir").map(|_| Value::Undefined)
}
