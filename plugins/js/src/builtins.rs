//! The JavaScript half of the standard library, embedded from `modules/`.

/// Every embedded module as (id, source), sorted by id.
static MODULES: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/builtin_modules.rs"));

/// The source of the built-in module `id` (`events`, `internal/loader`).
pub(crate) fn source(id: &str) -> Option<&'static str> {
    MODULES.binary_search_by(|(name, _)| name.cmp(&id)).ok().map(|i| MODULES[i].1)
}

/// The ids a user may `require` (everything outside `internal/`).
pub(crate) fn public_ids() -> impl Iterator<Item = &'static str> {
    MODULES.iter().map(|(id, _)| *id).filter(|id| !id.starts_with("internal/"))
}
