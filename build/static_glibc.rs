//! `.cargo/config.toml` links glibc statically on Linux. Where glibc's static
//! library is not installed (Fedora and openSUSE keep it in a package of its
//! own), the link would fail at the very end with "unable to find library
//! -lc", which names neither the cause nor the way out. This says both
//! before the crate itself is compiled.

use std::env;
use std::path::Path;
use std::process::Command;

pub fn check() -> Result<(), String> {
    let features = env::var("CARGO_CFG_TARGET_FEATURE").unwrap_or_default();
    let gnu = env::var("CARGO_CFG_TARGET_ENV").is_ok_and(|e| e == "gnu");
    if !gnu || !features.split(',').any(|f| f == "crt-static") {
        return Ok(());
    }
    // The C compiler rustc links with prints the library's whole path, or
    // echoes the bare name when it has none. Without a compiler at all,
    // rustc's own error about the linker is already clear.
    let cc = env::var("CC").unwrap_or_else(|_| "cc".into());
    let Ok(out) = Command::new(&cc).arg("-print-file-name=libc.a").output() else {
        return Ok(());
    };
    let found = String::from_utf8_lossy(&out.stdout);
    if Path::new(found.trim()).is_absolute() {
        return Ok(());
    }
    Err(
        "glibc's static library (libc.a) is not installed, and on Linux `ready` \
         links it statically to start faster and run from one file (.cargo/config.toml). \
         Install it (Debian, Ubuntu: libc6-dev; Fedora: glibc-static; openSUSE: \
         glibc-devel-static), or build without it: RUSTFLAGS= cargo run --release"
            .into(),
    )
}
