'use strict';
// process.getuid() and the other user and group id methods (POSIX only):
// ids are numbers or names; an unknown name is ERR_UNKNOWN_CREDENTIAL, a
// refused change Node's "EPERM, Operation not permitted" error.

const { codes, makeError, validateInteger } = require('internal/errors');

const ops = binding.ops.process;

function unknownCredential(type, id) {
  return makeError(Error, 'ERR_UNKNOWN_CREDENTIAL', `${type} identifier does not exist: ${id}`);
}

/** A failed system call as Node's ErrnoException reports it: "CODE, strerror
 * text", with errno (positive), code and syscall. */
function syscallError(errno, syscall) {
  const entry = require('internal/errno').lookup(-errno);
  const code = entry ? entry[1] : 'UNKNOWN';
  const err = new Error(`${code}, ${ops.strerror(errno)}`);
  err.errno = errno;
  err.code = code;
  err.syscall = syscall;
  Error.captureStackTrace(err, syscallError);
  return err;
}

function validateId(id, name) {
  if (typeof id === 'number') validateInteger(id, name, 0, 4294967295);
  else if (typeof id !== 'string') throw codes.ERR_INVALID_ARG_TYPE(name, ['number', 'string'], id);
}

// A setter for one of the ids: 'uid', 'euid', 'gid' or 'egid'.
function idSetter(which, type, name) {
  return {
    [name](id) {
      validateId(id, 'id');
      if (typeof id === 'number') id >>>= 0;
      const result = ops.cred_set(which, id);
      if (result === 1) throw unknownCredential(type, id);
      if (result < 0) throw syscallError(-result, name);
    },
  }[name];
}

function ids() {
  return ops.cred_ids();
}

/** The methods process gets on POSIX systems. */
const credentials = {
  getuid: function getuid() { return ids()[0]; },
  geteuid: function geteuid() { return ids()[1]; },
  getgid: function getgid() { return ids()[2]; },
  getegid: function getegid() { return ids()[3]; },
  // The supplementary groups, and the effective group (as Node lists it).
  getgroups: function getgroups() {
    const groups = ops.cred_groups();
    const egid = ids()[3];
    if (!groups.includes(egid)) groups.push(egid);
    return groups;
  },
  setuid: idSetter('uid', 'User', 'setuid'),
  seteuid: idSetter('euid', 'User', 'seteuid'),
  setgid: idSetter('gid', 'Group', 'setgid'),
  setegid: idSetter('egid', 'Group', 'setegid'),
  setgroups: function setgroups(groups) {
    if (!Array.isArray(groups)) throw codes.ERR_INVALID_ARG_TYPE('groups', 'Array', groups);
    for (let i = 0; i < groups.length; i++) validateId(groups[i], `groups[${i}]`);
    const result = ops.cred_setgroups(groups);
    if (result > 0) throw unknownCredential('Group', groups[result - 1]);
    if (result < 0) throw syscallError(-result, 'setgroups');
  },
  initgroups: function initgroups(user, extraGroup) {
    validateId(user, 'user');
    validateId(extraGroup, 'extraGroup');
    const result = ops.cred_initgroups(user, extraGroup);
    if (result === 1) throw unknownCredential('User', user);
    if (result === 2) throw unknownCredential('Group', extraGroup);
    if (result < 0) throw syscallError(-result, 'initgroups');
  },
};

module.exports = { credentials, syscallError };
