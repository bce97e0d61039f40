'use strict';
// The stdio option: 'pipe', 'inherit', 'ignore' or an array of those,
// fds, streams with an fd, and the pipes of other children; checked with
// Node's errors (getValidStdio) and passed to the spawn ops as 'pipe',
// 'ignore', an fd number or `{ pipe: rid }`.

const { codes } = require('internal/errors');
const { PipeHandle } = require('internal/child_process/pipe');

/** 'pipe' | 'ignore' | 'overlapped' | 'inherit' as three (or four) slots. */
function stdioStringToArray(stdio, channel) {
  let slots;
  switch (stdio) {
    case 'ignore':
    case 'overlapped':
    case 'pipe': slots = [stdio, stdio, stdio]; break;
    case 'inherit': slots = [0, 1, 2]; break;
    default: throw codes.ERR_INVALID_ARG_VALUE('stdio', stdio);
  }
  if (channel) slots.push(channel);
  return slots;
}

// The PipeHandle of another child's stdio stream given as a slot.
function pipeHandleOf(value) {
  for (const candidate of [value, value.handle, value._handle]) {
    if (candidate instanceof PipeHandle) return candidate;
  }
  return undefined;
}

/** `{ stdio, ipc }`: one `{ type, ... }` entry per slot; `ipc` is the slot
 * index of an 'ipc' entry. `sync` is spawnSync's check, where input
 * strings and buffers may appear and 'ipc' may not. */
function getValidStdio(stdio, sync) {
  if (typeof stdio === 'string') stdio = stdioStringToArray(stdio);
  else if (!Array.isArray(stdio)) throw codes.ERR_INVALID_ARG_VALUE('stdio', stdio);
  stdio = stdio.slice();
  while (stdio.length < 3) stdio.push(undefined);
  let ipc;
  const slots = [];
  for (let i = 0; i < stdio.length; i++) {
    const value = stdio[i] ?? (i < 3 ? 'pipe' : 'ignore');
    if (value === 'ignore') {
      slots.push({ type: 'ignore' });
    } else if (value === 'pipe' || value === 'overlapped' || (typeof value === 'number' && value < 0)) {
      slots.push({ type: 'pipe', readable: i === 0, writable: i !== 0 });
    } else if (value === 'ipc') {
      if (sync) throw codes.ERR_IPC_SYNC_FORK();
      if (ipc !== undefined) throw codes.ERR_IPC_ONE_PIPE();
      ipc = i;
      slots.push({ type: 'pipe', ipc: true });
    } else if (value === 'inherit') {
      slots.push({ type: 'inherit', fd: i });
    } else if (typeof value === 'number' || typeof value.fd === 'number') {
      slots.push({ type: 'fd', fd: typeof value === 'number' ? value : value.fd });
    } else if (pipeHandleOf(value)) {
      slots.push({ type: 'wrap', handle: pipeHandleOf(value), _stdio: value });
    } else if (ArrayBuffer.isView(value) || typeof value === 'string') {
      if (!sync) throw codes.ERR_INVALID_SYNC_FORK_INPUT(require('util').inspect(value));
    } else {
      throw codes.ERR_INVALID_ARG_VALUE('stdio', value);
    }
  }
  return { stdio: slots, ipc };
}

/** A checked slot as the spawn ops take it. */
function opSlot(slot) {
  switch (slot.type) {
    case 'pipe': return 'pipe';
    case 'inherit':
    case 'fd': return slot.fd;
    case 'wrap': return slot.handle.rid === null ? 'ignore' : { pipe: slot.handle.rid };
    default: return 'ignore';
  }
}

module.exports = { stdioStringToArray, getValidStdio, opSlot };
