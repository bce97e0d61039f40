//! The capability policy: which ops may run, checked before every call.

use bistro_sdk::{Capability, CapabilityScope, OpError, Value};

/// One granted capability: a name and the scopes it covers (`None`: all).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Grant {
    /// The capability name, such as `env` or `fs.read`.
    pub name: String,
    /// The scopes granted; `None` grants every scope.
    pub scopes: Option<Vec<String>>,
}

/// The policy. Without any permission flag everything is allowed, as in
/// Node; with `--sandbox` or an `--allow-*` flag only grants are allowed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Permissions {
    deny_by_default: bool,
    grants: Vec<Grant>,
}

impl Default for Permissions {
    fn default() -> Self {
        Permissions::allow_all()
    }
}

impl Permissions {
    /// Everything is allowed.
    pub fn allow_all() -> Self {
        Permissions { deny_by_default: false, grants: Vec::new() }
    }

    /// Nothing is allowed until granted.
    pub fn sandbox() -> Self {
        Permissions { deny_by_default: true, grants: Vec::new() }
    }

    /// Grants `name` for the given scopes (`None`: every scope).
    pub fn grant(&mut self, name: &str, scopes: Option<Vec<String>>) {
        self.grants.push(Grant { name: name.to_owned(), scopes });
    }

    /// Whether the capability `name` is granted for `scope`.
    pub fn allows(&self, name: &str, scope: Option<&str>) -> bool {
        if !self.deny_by_default || name.is_empty() {
            return true;
        }
        self.grants.iter().any(|grant| {
            grant.name == name
                && match (&grant.scopes, scope) {
                    (None, _) => true,
                    (Some(scopes), Some(wanted)) => scopes.iter().any(|s| scope_covers(s, wanted)),
                    (Some(_), None) => false,
                }
        })
    }

    /// Checks an op's capability against its arguments.
    pub(crate) fn check(&self, capability: &Capability, args: &[Value]) -> Result<(), OpError> {
        if capability.is_free() || !self.deny_by_default {
            return Ok(());
        }
        let scope = match capability.scope {
            CapabilityScope::None => None,
            CapabilityScope::Arg(i) => Some(args.get(i).and_then(Value::as_str).unwrap_or("")),
        };
        if self.allows(capability.name, scope) {
            return Ok(());
        }
        Err(denied(capability.name, scope))
    }
}

/// A scope covers itself and, for paths, everything below it.
fn scope_covers(granted: &str, wanted: &str) -> bool {
    granted == wanted
        || granted == "*"
        || (wanted.starts_with(granted)
            && (granted.ends_with('/') || wanted[granted.len()..].starts_with('/')))
}

/// The `ERR_ACCESS_DENIED` error, naming the capability and its grant.
fn denied(name: &str, scope: Option<&str>) -> OpError {
    let flag = match name {
        "env" => "--allow-env",
        "fs.read" => "--allow-read",
        "fs.write" => "--allow-write",
        "net.connect" | "net.listen" => "--allow-net",
        "process.spawn" => "--allow-spawn",
        "plugin.native" => "--allow-native",
        _ => "--allow",
    };
    let (what, grant) = match scope {
        Some(scope) if flag == "--allow" => (format!("{name}:{scope}"), format!("--allow={name}:{scope}")),
        Some(scope) => (format!("{name}:{scope}"), format!("{flag}={scope}")),
        None if flag == "--allow" => (name.to_owned(), format!("--allow={name}")),
        None => (name.to_owned(), flag.to_owned()),
    };
    OpError::new(
        "ERR_ACCESS_DENIED",
        format!("Access to this API has been restricted: {what} is not granted (run with {grant})"),
    )
    .with_prop("permission", name)
    .with_prop("resource", scope.unwrap_or(""))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_policy_allows_everything() {
        assert!(Permissions::allow_all().allows("env", Some("HOME")));
    }

    #[test]
    fn sandbox_denies_and_names_the_flag() {
        let p = Permissions::sandbox();
        let err = p.check(&Capability::scoped("env", 0), &[Value::from("HOME")]).unwrap_err();
        assert_eq!(err.code, "ERR_ACCESS_DENIED");
        assert!(err.message.contains("env:HOME"), "{}", err.message);
        assert!(err.message.contains("--allow-env=HOME"), "{}", err.message);
    }

    #[test]
    fn scoped_grants_cover_paths_below_only() {
        let mut p = Permissions::sandbox();
        p.grant("fs.read", Some(vec!["/srv/data".into()]));
        assert!(p.allows("fs.read", Some("/srv/data")));
        assert!(p.allows("fs.read", Some("/srv/data/a.txt")));
        assert!(!p.allows("fs.read", Some("/srv/database")));
        assert!(!p.allows("fs.write", Some("/srv/data")));
    }
}
