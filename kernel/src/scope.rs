//! Scopes of capabilities, resolved before they are compared: paths with
//! `..` and symbolic links resolved, network addresses normalised.

use std::path::{Component, Path, PathBuf};

pub(crate) use bistro_sdk::ScopeKind;

/// The kernel's rules for a scope kind (the kinds themselves are the
/// SDK's, in its one capability table).
pub(crate) trait ScopeRules {
    /// The canonical form of a scope, as grants and requests are compared.
    fn resolve(self, scope: &str) -> String;
    /// Whether the (resolved) grant covers the (resolved) request.
    fn covers(self, granted: &str, wanted: &str) -> bool;
}

impl ScopeRules for ScopeKind {
    fn resolve(self, scope: &str) -> String {
        match self {
            ScopeKind::Path => resolve_path(Path::new(scope)).to_string_lossy().into_owned(),
            ScopeKind::Address => normalize_address(scope),
            ScopeKind::Name => scope.to_owned(),
        }
    }

    fn covers(self, granted: &str, wanted: &str) -> bool {
        if granted == "*" || granted == wanted {
            return true;
        }
        match self {
            ScopeKind::Path => Path::new(wanted).starts_with(Path::new(granted)),
            ScopeKind::Address => !granted.contains(':') && host_of(wanted) == granted,
            ScopeKind::Name => false,
        }
    }
}

/// An absolute path with `.`/`..` removed and symbolic links resolved for
/// the longest part that exists (the rest may be created later).
pub(crate) fn resolve_path(path: &Path) -> PathBuf {
    let absolute = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir().unwrap_or_else(|_| PathBuf::from("/")).join(path)
    };
    let mut resolved = PathBuf::from("/");
    let mut components = absolute.components().peekable();
    while let Some(component) = components.next() {
        match component {
            Component::RootDir | Component::Prefix(_) | Component::CurDir => {}
            Component::ParentDir => {
                resolved.pop();
            }
            Component::Normal(name) => {
                resolved.push(name);
                if let Ok(real) = std::fs::canonicalize(&resolved) {
                    resolved = real;
                } else {
                    // The rest does not exist: keep it lexically normalised.
                    for rest in components.by_ref() {
                        match rest {
                            Component::ParentDir => {
                                resolved.pop();
                            }
                            Component::Normal(name) => resolved.push(name),
                            _ => {}
                        }
                    }
                }
            }
        }
    }
    resolved
}

fn normalize_address(scope: &str) -> String {
    let lower = scope.trim().to_ascii_lowercase();
    let (host, port) = match lower.rsplit_once(':') {
        Some((host, port)) if !host.is_empty() && port.chars().all(|c| c.is_ascii_digit()) => (host, Some(port)),
        _ => (lower.as_str(), None),
    };
    let host = host.trim_start_matches('[').trim_end_matches(']');
    let host = if host == "localhost" { "127.0.0.1" } else { host };
    match port {
        Some(port) => format!("{host}:{port}"),
        None => host.to_owned(),
    }
}

fn host_of(address: &str) -> &str {
    address.rsplit_once(':').map_or(address, |(host, _)| host)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_resolve_dot_dot_and_symlinks() {
        let dir = std::env::temp_dir().join(format!("bistro-scope-{}", std::process::id()));
        let inside = dir.join("granted");
        std::fs::create_dir_all(&inside).unwrap();
        let link = inside.join("escape");
        let _ = std::fs::remove_file(&link);
        std::os::unix::fs::symlink("/etc", &link).unwrap();
        let granted = ScopeKind::Path.resolve(inside.to_str().unwrap());
        let kind = ScopeKind::Path;
        let via_dots = kind.resolve(&format!("{}/../granted/file.txt", inside.display()));
        assert!(kind.covers(&granted, &via_dots));
        let escape = kind.resolve(&format!("{}/../../outside", inside.display()));
        assert!(!kind.covers(&granted, &escape));
        let through_link = kind.resolve(link.join("passwd").to_str().unwrap());
        assert_eq!(through_link, "/etc/passwd");
        assert!(!kind.covers(&granted, &through_link));
        let not_yet = kind.resolve(&format!("{}/new/dir/../file", inside.display()));
        assert!(kind.covers(&granted, &not_yet), "{not_yet}");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn sibling_prefixes_are_not_covered() {
        assert!(!ScopeKind::Path.covers("/srv/data", "/srv/database"));
        assert!(ScopeKind::Path.covers("/srv/data", "/srv/data/x"));
    }

    #[test]
    fn addresses_match_host_and_port() {
        let kind = ScopeKind::Address;
        assert_eq!(kind.resolve("LOCALHOST:80"), "127.0.0.1:80");
        assert!(kind.covers("127.0.0.1", &kind.resolve("localhost:5432")));
        assert!(kind.covers("127.0.0.1:5432", "127.0.0.1:5432"));
        assert!(!kind.covers("127.0.0.1:5432", "127.0.0.1:5433"));
        assert!(!kind.covers("10.0.0.1", "127.0.0.1:80"));
    }
}
