//! ArrayBuffers over the SDK's shared [`Memory`], so bytes cross between
//! JavaScript and ops without copies both ways.
//!
//! Bytes an op returns become an `ArrayBuffer` over their own memory, and
//! the host remembers that memory by address while the `ArrayBuffer`
//! lives. When JavaScript passes such a buffer, or any view into it, to an
//! op (a `Buffer` from `readFile` given to `writeFile`, a large
//! `Buffer.alloc` given to `writeSync`), the op gets a window into the same
//! memory: no copy, even on a pool thread, and safe if JavaScript detaches
//! the buffer meanwhile (the memory lives while a window does). Bytes in
//! memory QuickJS allocated itself (small Buffers, `new Uint8Array`) are
//! copied.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::{Arc, Weak};

use bistro_sdk::{Bytes, Memory};
use rquickjs::{ArrayBuffer, ArrayBufferSource, Ctx, Object, Result, TypedArray};

thread_local! {
    /// The memory behind this thread's host-made ArrayBuffers, by address.
    static MEMORIES: RefCell<HashMap<usize, Weak<Memory>>> = RefCell::default();
}

/// What an `ArrayBuffer` owns: one strong reference to its memory, which
/// it forgets (and the address table with it) when QuickJS frees it.
struct Owned(Arc<Memory>);

// SAFETY: the pointer and length are the memory's, valid while `Owned`
// holds it.
unsafe impl ArrayBufferSource for Owned {
    fn as_ptr(&self) -> *mut u8 {
        self.0.as_mut_ptr()
    }
    fn len(&self) -> usize {
        self.0.len()
    }
}

impl Drop for Owned {
    fn drop(&mut self) {
        let address = self.0.as_mut_ptr() as usize;
        // `try_with`: a buffer freed while the thread ends finds no table.
        let _ = MEMORIES.try_with(|m| m.borrow_mut().remove(&address));
    }
}

/// An `ArrayBuffer` with the bytes: over their own memory when nothing
/// else holds it, else over a copy.
pub(crate) fn array_buffer<'js>(ctx: &Ctx<'js>, bytes: Bytes) -> Result<ArrayBuffer<'js>> {
    let memory = match bytes.into_unique_memory() {
        Ok(memory) => memory,
        Err(shared) => Arc::new(Memory::new(shared.to_vec())),
    };
    from_memory(ctx, memory)
}

/// An `ArrayBuffer` over a vector's allocation (remembered like an op's
/// result, so it goes back to ops without a copy).
pub(crate) fn from_vec<'js>(ctx: &Ctx<'js>, bytes: Vec<u8>) -> Result<ArrayBuffer<'js>> {
    from_memory(ctx, Arc::new(Memory::new(bytes)))
}

fn from_memory<'js>(ctx: &Ctx<'js>, memory: Arc<Memory>) -> Result<ArrayBuffer<'js>> {
    if memory.is_empty() {
        // Empty vectors share one dangling address: nothing to remember.
        return ArrayBuffer::new(ctx.clone(), Vec::<u8>::new());
    }
    let address = memory.as_mut_ptr() as usize;
    MEMORIES.with(|m| m.borrow_mut().insert(address, Arc::downgrade(&memory)));
    ArrayBuffer::from_source(ctx.clone(), Owned(memory))
}

/// The bytes of an ArrayBuffer or typed array: a window into host memory
/// when the buffer is the host's, else a copy. `None` for other objects
/// and detached buffers.
pub(crate) fn bytes_of<'js>(object: &Object<'js>) -> Option<Bytes> {
    let typed = TypedArray::<u8>::from_object(object.clone()).ok();
    let buffer: ArrayBuffer<'js> = match &typed {
        Some(view) => view.arraybuffer().ok()?,
        None => ArrayBuffer::from_object(object.clone())?,
    };
    let view = match &typed {
        Some(view) => view.as_raw()?,
        None => buffer.as_raw()?,
    };
    let base = buffer.as_raw()?;
    let start = (view.as_ptr() as *const u8 as usize).checked_sub(base.as_ptr() as *const u8 as usize)?;
    let memory = MEMORIES.with(|m| m.borrow().get(&(base.as_ptr() as *const u8 as usize)).and_then(Weak::upgrade));
    if let Some(bytes) = memory.and_then(|memory| Bytes::window(memory, start, view.len())) {
        return Some(bytes);
    }
    // SAFETY: the view is valid now and copied at once; no JavaScript runs
    // meanwhile.
    Some(Bytes::from(unsafe { view.as_ref() }.to_vec()))
}
