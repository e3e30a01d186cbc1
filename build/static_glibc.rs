//! `.cargo/config.toml` links glibc statically on x86-64 Linux. Where glibc's
//! static library is not installed (Fedora and openSUSE keep it in a package
//! of its own), the link fails at the very end with "unable to find library
//! -lc", which names neither the cause nor the way out. This warns with both
//! before the crate is compiled. A warning, not a failure: `cargo check`,
//! clippy and editors link nothing, and must keep working on such a machine.

use std::env;
use std::path::Path;
use std::process::Command;

pub fn check() -> Option<String> {
    let features = env::var("CARGO_CFG_TARGET_FEATURE").unwrap_or_default();
    let linux_gnu = env::var("CARGO_CFG_TARGET_OS").is_ok_and(|o| o == "linux")
        && env::var("CARGO_CFG_TARGET_ENV").is_ok_and(|e| e == "gnu");
    if !linux_gnu || !features.split(',').any(|f| f == "crt-static") {
        return None;
    }
    // rustc links through `cc`; CC, when set, names the build's C toolchain
    // instead. Asked for a library it can find, a C compiler prints its
    // whole path; otherwise it echoes the bare name. Without a C compiler at
    // all, rustc's own error about the linker is already clear.
    let cc = env::var("CC").unwrap_or_else(|_| "cc".into());
    let out = Command::new(&cc).arg("-print-file-name=libc.a").output().ok()?;
    let found = String::from_utf8_lossy(&out.stdout);
    if Path::new(found.trim()).is_absolute() {
        return None;
    }
    Some(
        "glibc's static library (libc.a) is not installed, so linking will fail: \
         on x86-64 Linux `ready` links it statically to start faster and run from one \
         file (.cargo/config.toml). Install it (Debian, Ubuntu: libc6-dev; Fedora: \
         glibc-static; openSUSE: glibc-devel-static), or link dynamically: \
         RUSTFLAGS= cargo build --release"
            .into(),
    )
}
