//! Bytes that cross the op boundary without being copied.

use std::ops::Deref;
use std::ptr::NonNull;
use std::sync::Arc;

/// A byte allocation that JavaScript may also see as an `ArrayBuffer`'s
/// memory (the script host gives QuickJS its pointer). Rust only ever
/// reads it; JavaScript may write it while an op reads it, which is then
/// a race on the bytes' values, as in Node, never on the allocation: it
/// lives while any [`Bytes`] or the `ArrayBuffer` holds it.
pub struct Memory {
    ptr: NonNull<u8>,
    len: usize,
    capacity: usize,
}

// SAFETY: `Memory` owns its allocation (a Vec's) and hands out only reads
// on the Rust side.
unsafe impl Send for Memory {}
// SAFETY: as above; shared references only read.
unsafe impl Sync for Memory {}

impl Memory {
    /// Takes over a vector's allocation.
    pub fn new(bytes: Vec<u8>) -> Memory {
        let mut bytes = std::mem::ManuallyDrop::new(bytes);
        let ptr = NonNull::new(bytes.as_mut_ptr()).expect("a Vec's pointer is never null");
        Memory { ptr, len: bytes.len(), capacity: bytes.capacity() }
    }

    /// The memory's address, for the script host to give to JavaScript.
    pub fn as_mut_ptr(&self) -> *mut u8 {
        self.ptr.as_ptr()
    }

    /// Its length in bytes.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether it holds no bytes.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    fn slice(&self) -> &[u8] {
        // SAFETY: ptr/len come from a live Vec that `Memory` owns.
        unsafe { std::slice::from_raw_parts(self.ptr.as_ptr(), self.len) }
    }
}

impl Drop for Memory {
    fn drop(&mut self) {
        // SAFETY: the parts are exactly those taken from the Vec in `new`.
        drop(unsafe { Vec::from_raw_parts(self.ptr.as_ptr(), self.len, self.capacity) });
    }
}

/// A byte buffer in an op's arguments or result: a window into shared
/// [`Memory`]. Cloning it, slicing it and sending it to a pool thread never
/// copy the bytes; a JavaScript `Buffer` over memory the script host made
/// (file contents, large `Buffer.alloc`s, encoded strings) reaches an op
/// as a window into that same memory.
#[derive(Clone)]
pub struct Bytes {
    memory: Arc<Memory>,
    start: usize,
    len: usize,
}

impl Bytes {
    /// The bytes of `memory` from `start`, `len` long; `None` when that
    /// window does not fit.
    pub fn window(memory: Arc<Memory>, start: usize, len: usize) -> Option<Bytes> {
        (start.checked_add(len)? <= memory.len()).then_some(Bytes { memory, start, len })
    }

    /// The memory itself, when this is all of it and nothing else holds
    /// it (so JavaScript may own it as an `ArrayBuffer`); else `self`.
    pub fn into_unique_memory(self) -> Result<Arc<Memory>, Bytes> {
        if self.is_unique() {
            Ok(self.memory)
        } else {
            Err(self)
        }
    }

    /// Whether this is all of its memory and nothing else holds it.
    pub fn is_unique(&self) -> bool {
        self.start == 0 && self.len == self.memory.len() && Arc::strong_count(&self.memory) == 1
    }
}

impl From<Vec<u8>> for Bytes {
    fn from(bytes: Vec<u8>) -> Bytes {
        let len = bytes.len();
        Bytes { memory: Arc::new(Memory::new(bytes)), start: 0, len }
    }
}

impl Deref for Bytes {
    type Target = [u8];

    fn deref(&self) -> &[u8] {
        &self.memory.slice()[self.start..self.start + self.len]
    }
}

impl PartialEq for Bytes {
    fn eq(&self, other: &Bytes) -> bool {
        **self == **other
    }
}

impl std::fmt::Debug for Bytes {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Bytes({} bytes)", self.len)
    }
}

impl Default for Bytes {
    fn default() -> Bytes {
        Bytes::from(Vec::new())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_share_their_memory_and_only_a_unique_whole_gives_it_up() {
        let bytes = Bytes::from(b"hello world".to_vec());
        let address = bytes.as_ptr();
        assert!(bytes.is_unique());
        let memory = Arc::clone(&bytes.memory);
        let world = Bytes::window(memory, 6, 5).unwrap();
        assert_eq!(&*world, b"world");
        assert_eq!(world.as_ptr(), address.wrapping_add(6), "a window is not a copy");
        assert!(!bytes.is_unique());
        let Err(bytes) = bytes.into_unique_memory() else { panic!("shared with the window") };
        drop(world);
        let memory = bytes.into_unique_memory().expect("the only holder now");
        assert_eq!(memory.as_mut_ptr().cast_const(), address, "the memory itself, not a copy");
        assert!(Bytes::window(Arc::new(Memory::new(vec![1, 2])), 1, 2).is_none());
        assert!(Bytes::window(Arc::new(Memory::new(vec![1, 2])), usize::MAX, 2).is_none());
    }
}
