//! The dependency arrows docs/design.md draws, checked against every
//! workspace crate's Cargo.toml: only the script host and the wasm host
//! may depend on the kernel, the kernel only on the SDK, the SDK on none
//! of ours, and no crate but the CLI on a plugin.

use std::path::Path;

/// The workspace crates a manifest depends on (`bistro-*` names).
fn workspace_deps(manifest: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(manifest).unwrap();
    let table: toml::Table = text.parse().unwrap();
    let mut deps = Vec::new();
    for section in ["dependencies", "build-dependencies"] {
        if let Some(list) = table.get(section).and_then(|d| d.as_table()) {
            deps.extend(list.keys().filter(|k| k.starts_with("bistro-")).cloned());
        }
    }
    deps.sort();
    deps
}

#[test]
fn only_the_drawn_arrows_exist() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let allowed: &[(&str, &[&str])] = &[
        ("sdk", &[]),
        ("kernel", &["bistro-sdk"]),
        ("plugins/js", &["bistro-kernel", "bistro-sdk"]),
        ("hosts/wasm", &["bistro-kernel", "bistro-sdk"]),
        ("hosts/native", &["bistro-sdk"]),
        ("plugins/fs", &["bistro-sdk"]),
        ("plugins/process", &["bistro-sdk"]),
        ("plugins/timers", &["bistro-sdk"]),
        ("plugins/url", &["bistro-sdk"]),
        ("plugins/net", &["bistro-sdk"]),
        ("plugins/dns", &["bistro-sdk"]),
        ("plugins/typescript", &["bistro-sdk"]),
    ];
    for (dir, expected) in allowed {
        let deps = workspace_deps(&root.join(dir).join("Cargo.toml"));
        assert_eq!(deps, *expected, "{dir} depends on {deps:?}; design.md draws {expected:?}");
    }
    // Every plugin crate is listed above, so a new one gets its arrow drawn.
    for entry in std::fs::read_dir(root.join("plugins")).unwrap() {
        let name = format!("plugins/{}", entry.unwrap().file_name().to_string_lossy());
        assert!(allowed.iter().any(|(dir, _)| *dir == name), "{name} has no arrow in design.md and this test");
    }
}
