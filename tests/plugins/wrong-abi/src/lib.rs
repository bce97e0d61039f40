//! Claims plugin ABI version 999: bistro must refuse it before calling
//! anything else.

/// The wrong version.
#[no_mangle]
pub extern "C" fn bistro_plugin_abi_version() -> u32 {
    999
}
