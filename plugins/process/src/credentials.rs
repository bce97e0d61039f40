//! The ops behind `process.getuid()` and friends: reading and changing the
//! user and group ids. Changing them needs the `sys` capability. Setters
//! answer as Node's credential bindings do: 0 on success, a positive number
//! when a name is unknown (1 for the user, 2 for the extra group of
//! `initgroups`, the 1-based index into the list for `setgroups`), and a
//! negative errno when the system call fails.

use std::ffi::CString;

use bistro_sdk::{Capability, OpDecl, OpError, Value};

/// The `cred_*` ops.
pub(crate) fn ops() -> Vec<OpDecl> {
    vec![
        OpDecl::sync("cred_ids", Capability::none(), |_, _| {
            // SAFETY: these getters have no preconditions.
            let ids = unsafe { [libc::getuid(), libc::geteuid(), libc::getgid(), libc::getegid()] };
            Ok(Value::List(ids.iter().map(|&id| Value::Number(f64::from(id))).collect()))
        }),
        OpDecl::sync("cred_groups", Capability::none(), |_, _| Ok(groups())),
        OpDecl::sync("cred_set", Capability::named("sys"), |_, args| {
            let which = args.first().and_then(Value::as_str).unwrap_or_default().to_owned();
            let is_user = which.ends_with("uid");
            let id = args.get(1).and_then(|value| if is_user { uid_of(value) } else { gid_of(value) });
            let Some(id) = id else { return Ok(Value::Number(1.0)) };
            // SAFETY: plain system calls on ids.
            let rc = unsafe {
                match which.as_str() {
                    "uid" => libc::setuid(id),
                    "euid" => libc::seteuid(id),
                    "gid" => libc::setgid(id),
                    "egid" => libc::setegid(id),
                    _ => return Err(OpError::type_error(format!("unknown credential {which:?}"))),
                }
            };
            Ok(status(rc))
        }),
        OpDecl::sync("cred_setgroups", Capability::named("sys"), |_, args| {
            let Some(Value::List(list)) = args.first() else { return Ok(Value::Number(-f64::from(libc::EINVAL))) };
            let mut gids = Vec::with_capacity(list.len());
            for (index, value) in list.iter().enumerate() {
                match gid_of(value) {
                    Some(gid) => gids.push(gid),
                    None => return Ok(Value::Number((index + 1) as f64)),
                }
            }
            // SAFETY: the pointer and length describe `gids`.
            Ok(status(unsafe { libc::setgroups(gids.len(), gids.as_ptr()) }))
        }),
        OpDecl::sync("cred_initgroups", Capability::named("sys"), |_, args| {
            let user = match args.first() {
                Some(Value::Number(uid)) => user_name(*uid as libc::uid_t),
                Some(value) => value.as_str().map(str::to_owned),
                None => None,
            };
            let Some(user) = user.and_then(|name| CString::new(name).ok()) else { return Ok(Value::Number(1.0)) };
            let Some(group) = args.get(1).and_then(gid_of) else { return Ok(Value::Number(2.0)) };
            // SAFETY: `user` is a NUL-terminated string.
            Ok(status(unsafe { libc::initgroups(user.as_ptr(), group) }))
        }),
    ]
}

/// 0, or the negative errno of the failed call that returned `rc`.
fn status(rc: libc::c_int) -> Value {
    if rc == 0 {
        return Value::Number(0.0);
    }
    Value::Number(-f64::from(std::io::Error::last_os_error().raw_os_error().unwrap_or(libc::EIO)))
}

/// The supplementary group ids of the process.
fn groups() -> Value {
    // SAFETY: a null list asks for the count; the second call fills `gids`.
    let gids = unsafe {
        let count = libc::getgroups(0, std::ptr::null_mut());
        let mut gids = vec![0; count.max(0) as usize];
        let filled = libc::getgroups(count, gids.as_mut_ptr());
        gids.truncate(filled.max(0) as usize);
        gids
    };
    Value::List(gids.into_iter().map(|gid| Value::Number(f64::from(gid))).collect())
}

/// A size for the buffer of the re-entrant passwd and group lookups.
const LOOKUP_BUFFER: usize = 16 * 1024;

/// A user id from a number or a user name (None: no such user).
fn uid_of(value: &Value) -> Option<libc::uid_t> {
    match value {
        Value::Number(id) => Some(*id as libc::uid_t),
        other => {
            let name = CString::new(other.as_str()?).ok()?;
            let mut buffer = vec![0 as libc::c_char; LOOKUP_BUFFER];
            // SAFETY: every pointer is valid for the call; `found` is
            // either null or points at `entry`.
            unsafe {
                let mut entry: libc::passwd = std::mem::zeroed();
                let mut found = std::ptr::null_mut();
                libc::getpwnam_r(name.as_ptr(), &mut entry, buffer.as_mut_ptr(), buffer.len(), &mut found);
                (!found.is_null()).then_some(entry.pw_uid)
            }
        }
    }
}

/// A group id from a number or a group name (None: no such group).
fn gid_of(value: &Value) -> Option<libc::gid_t> {
    match value {
        Value::Number(id) => Some(*id as libc::gid_t),
        other => {
            let name = CString::new(other.as_str()?).ok()?;
            let mut buffer = vec![0 as libc::c_char; LOOKUP_BUFFER];
            // SAFETY: as in `uid_of`.
            unsafe {
                let mut entry: libc::group = std::mem::zeroed();
                let mut found = std::ptr::null_mut();
                libc::getgrnam_r(name.as_ptr(), &mut entry, buffer.as_mut_ptr(), buffer.len(), &mut found);
                (!found.is_null()).then_some(entry.gr_gid)
            }
        }
    }
}

/// The name of user `uid`, if there is one.
fn user_name(uid: libc::uid_t) -> Option<String> {
    let mut buffer = vec![0 as libc::c_char; LOOKUP_BUFFER];
    // SAFETY: as in `uid_of`; pw_name points into `buffer`.
    unsafe {
        let mut entry: libc::passwd = std::mem::zeroed();
        let mut found = std::ptr::null_mut();
        libc::getpwuid_r(uid, &mut entry, buffer.as_mut_ptr(), buffer.len(), &mut found);
        if found.is_null() {
            return None;
        }
        Some(std::ffi::CStr::from_ptr(entry.pw_name).to_string_lossy().into_owned())
    }
}
