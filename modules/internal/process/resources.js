'use strict';
// What the process uses and may use: process.resourceUsage(),
// threadCpuUsage(), constrainedMemory(), availableMemory(), umask(), and
// the resources that keep the loop alive (getActiveResourcesInfo()).

const { codes, validateNumber, validateObject } = require('internal/errors');

const ops = binding.ops.process;

const usageFields = ['userCPUTime', 'systemCPUTime', 'maxRSS', 'sharedMemorySize', 'unsharedDataSize',
  'unsharedStackSize', 'minorPageFault', 'majorPageFault', 'swappedOut', 'fsRead', 'fsWrite', 'ipcSent',
  'ipcReceived', 'signalsCount', 'voluntaryContextSwitches', 'involuntaryContextSwitches'];

/** process.resourceUsage(): getrusage(2)'s counts (times in microseconds). */
function resourceUsage() {
  const numbers = ops.resource_usage();
  const usage = {};
  for (let i = 0; i < usageFields.length; i++) usage[usageFields[i]] = numbers[i];
  return usage;
}

function isValidTime(value) {
  return typeof value === 'number' && value >= 0 && value <= Number.MAX_SAFE_INTEGER;
}

/**
 * { user, system } from [user, system] microseconds, less `previous` (an
 * earlier result) when given; `previous` is validated as Node does.
 */
function cpuTimes([user, system], previous) {
  if (!previous) return { user, system };
  for (const key of ['user', 'system']) {
    const value = previous[key];
    if (isValidTime(value)) continue;
    validateObject(previous, 'prevValue');
    validateNumber(value, `prevValue.${key}`);
    throw codes.ERR_INVALID_ARG_VALUE(`prevValue.${key}`, value, 'is invalid', RangeError);
  }
  return { user: user - previous.user, system: system - previous.system };
}

/** process.threadCpuUsage([previousValue]): the main thread's CPU time. */
function threadCpuUsage(previous) {
  return cpuTimes(ops.thread_cpu_usage(), previous);
}

/** process.constrainedMemory(): the cgroup's memory limit (2 ** 64 - 1 when none). */
function constrainedMemory() {
  return ops.constrained_memory();
}

/** process.availableMemory(): what the process may still allocate. */
function availableMemory() {
  return ops.available_memory();
}

/** process.umask([mask]): the file mode creation mask, set to `mask`. */
function umask(mask) {
  if (mask !== undefined) mask = require('internal/fs/utils').parseMode(mask, 'mask') + 0;
  return ops.umask(mask === undefined ? null : mask);
}

// Node's names for the requests in flight, by plugin.
const requestTypes = { fs: 'FSReqCallback', dns: 'GetAddrInfoReqWrap' };
const requestClasses = new Map();

function pendingRequestTypes() {
  const types = [];
  for (const op of binding.activeOps()) {
    const type = requestTypes[op.slice(0, op.indexOf('.'))];
    if (type !== undefined) types.push(type);
  }
  return types;
}

// The objects that own kernel handles (an FSWatcher for its FSEvent), by
// handle id, while the handles are open.
const handleOwners = new Map();

/** Records `owner` as the owner of kernel handle `id` until disownHandle. */
function ownHandle(id, owner) {
  handleOwners.set(id, owner);
}

function disownHandle(id) {
  handleOwners.delete(id);
}

/**
 * process.getActiveResourcesInfo(): the type of each thing keeping the loop
 * alive: requests in flight, handles, then referenced timeouts and
 * immediates.
 */
function getActiveResourcesInfo() {
  const { timeouts, immediates } = require('timers')._activeCounts();
  const handles = binding.handles.active().map(([, kind]) => kind);
  return [...pendingRequestTypes(), ...handles, ...new Array(timeouts).fill('Timeout'),
    ...new Array(immediates).fill('Immediate')];
}

/** process._getActiveHandles(): the owners of the handles keeping the loop
 * alive. */
function getActiveHandles() {
  return binding.handles.active().map(([id]) => handleOwners.get(id)).filter((owner) => owner !== undefined);
}

/** process._getActiveRequests(): an object per request in flight. */
function getActiveRequests() {
  return pendingRequestTypes().map((type) => {
    let Class = requestClasses.get(type);
    if (Class === undefined) {
      Class = { [type]: class {} }[type];
      requestClasses.set(type, Class);
    }
    return new Class();
  });
}

module.exports = {
  resourceUsage, cpuTimes, threadCpuUsage, constrainedMemory, availableMemory, umask, getActiveResourcesInfo,
  getActiveRequests, getActiveHandles, ownHandle, disownHandle,
};
