//! The capability policy: which ops may run, checked before every call.

use bistro_sdk::{Capability, CapabilityScope, Grantable, OpError, Value};

use crate::scope::{ScopeKind, ScopeRules};

/// One granted capability: a name and the scopes it covers (`None`: all).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Grant {
    /// The capability name, such as `env` or `fs.read`.
    pub name: String,
    /// The resolved scopes granted; `None` grants every scope.
    pub scopes: Option<Vec<String>>,
}

/// The policy. Without any permission flag everything is allowed, as in
/// Node; with `--sandbox`, an `--allow-*` flag or a `[permissions]` table
/// only what is granted is allowed.
///
/// ```
/// use bistro_kernel::Permissions;
///
/// let mut p = Permissions::sandbox();
/// p.grant("fs.read", Some(vec!["/srv/data".into()]));
/// assert!(p.allows("fs.read", Some("/srv/data/../data/a.csv")));
/// assert!(!p.allows("fs.read", Some("/etc/passwd")));
/// ```
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

    /// Whether anything is restricted.
    pub fn is_restricted(&self) -> bool {
        self.deny_by_default
    }

    /// Grants `name` for the given scopes (`None`: every scope). Paths are
    /// resolved now (relative to the working directory, symbolic links
    /// followed), addresses normalised.
    pub fn grant(&mut self, name: &str, scopes: Option<Vec<String>>) {
        let kind = ScopeKind::of(name);
        let scopes = scopes.map(|list| list.iter().map(|s| kind.resolve(s)).collect());
        self.grants.push(Grant { name: name.to_owned(), scopes });
    }

    /// The grants so far.
    pub fn grants(&self) -> &[Grant] {
        &self.grants
    }

    /// Whether the capability `name` is granted for `scope` (resolved
    /// first: `..` and symbolic links cannot escape a granted folder).
    pub fn allows(&self, name: &str, scope: Option<&str>) -> bool {
        if !self.deny_by_default || name.is_empty() {
            return true;
        }
        let kind = ScopeKind::of(name);
        let wanted = scope.map(|s| kind.resolve(s));
        self.grants.iter().any(|grant| {
            grant.name == name
                && match (&grant.scopes, &wanted) {
                    (None, _) => true,
                    (Some(scopes), Some(wanted)) => scopes.iter().any(|s| kind.covers(s, wanted)),
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
        if self.allows(&capability.name, scope) {
            return Ok(());
        }
        Err(denied(&capability.name, scope))
    }
}

/// The command-line flag and the `[permissions]` key that grant a
/// capability: its row in the SDK's table, or the generic `--allow` and
/// `allow` for capabilities plugins define.
pub fn grant_hint(name: &str) -> (&'static str, &'static str) {
    match Grantable::for_capability(name) {
        Some(grantable) => (grantable.flag, grantable.key),
        None => ("--allow", "allow"),
    }
}

/// The `ERR_ACCESS_DENIED` error, naming the capability and both ways to
/// grant it.
pub fn denied(name: &str, scope: Option<&str>) -> OpError {
    let (flag, key) = grant_hint(name);
    let resolved = scope.map(|s| ScopeKind::of(name).resolve(s));
    let what = match &resolved {
        Some(scope) => format!("{name}:{scope}"),
        None => name.to_owned(),
    };
    let (flag_text, manifest_text) = match (flag, &resolved) {
        ("--allow", Some(_)) => (format!("--allow={what}"), format!("allow = [\"{what}\"]")),
        ("--allow", None) => (format!("--allow={name}"), format!("allow = [\"{name}\"]")),
        (_, Some(scope)) => (format!("{flag}={scope}"), format!("{key} = [\"{scope}\"]")),
        (_, None) => (flag.to_owned(), format!("{key} = true")),
    };
    OpError::new(
        "ERR_ACCESS_DENIED",
        format!(
            "Access to this API has been restricted: {what} is not granted. \
             Run with {flag_text}, or add {manifest_text} to [permissions] in bistro.toml"
        ),
    )
    .with_prop("permission", name)
    .with_prop("resource", resolved.unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_policy_allows_everything() {
        assert!(Permissions::allow_all().allows("env", Some("HOME")));
    }

    #[test]
    fn sandbox_denies_and_names_the_flag_and_the_manifest_line() {
        let p = Permissions::sandbox();
        let err = p.check(&Capability::scoped("env", 0), &[Value::from("HOME")]).unwrap_err();
        assert_eq!(err.code, "ERR_ACCESS_DENIED");
        assert!(err.message.contains("env:HOME"), "{}", err.message);
        assert!(err.message.contains("--allow-env=HOME"), "{}", err.message);
        assert!(err.message.contains("env = [\"HOME\"]"), "{}", err.message);
        let err = p.check(&Capability::named("process.spawn"), &[]).unwrap_err();
        assert!(err.message.contains("--allow-spawn") && err.message.contains("spawn = true"), "{}", err.message);
    }

    #[test]
    fn scoped_grants_cover_paths_below_only() {
        let mut p = Permissions::sandbox();
        p.grant("fs.read", Some(vec!["/srv/data".into()]));
        assert!(p.allows("fs.read", Some("/srv/data")));
        assert!(p.allows("fs.read", Some("/srv/data/a.txt")));
        assert!(!p.allows("fs.read", Some("/srv/database")));
        assert!(!p.allows("fs.read", Some("/srv/data/../secret")));
        assert!(!p.allows("fs.write", Some("/srv/data")));
    }
}
