//! On x86-64 Linux with glibc, `ready` is one file: a static PIE
//! (.cargo/config.toml). It names no dynamic loader and no shared library,
//! so a kiosk runs it whatever C library that machine has, and it keeps
//! ASLR. It is also what keeps start-up near `less` (bench/startup).

#![cfg(all(target_arch = "x86_64", target_os = "linux", target_env = "gnu"))]
#![allow(clippy::panic, clippy::unwrap_used)]

/// ET_DYN: a position-independent file, loaded at a random address. A
/// static binary that is not a PIE is ET_EXEC, at a fixed one.
const ET_DYN: usize = 3;
/// PT_INTERP: the program header that names the dynamic loader.
const PT_INTERP: u32 = 3;
/// PT_DYNAMIC: still there in a static PIE, which relocates itself.
const PT_DYNAMIC: u32 = 2;
/// DT_NEEDED: a dynamic section entry naming a shared library.
const DT_NEEDED: u64 = 1;

fn u16_at(b: &[u8], at: usize) -> usize {
    u16::from_le_bytes(b[at..at + 2].try_into().unwrap()).into()
}
fn u32_at(b: &[u8], at: usize) -> u32 {
    u32::from_le_bytes(b[at..at + 4].try_into().unwrap())
}
fn u64_at(b: &[u8], at: usize) -> u64 {
    u64::from_le_bytes(b[at..at + 8].try_into().unwrap())
}

/// (type, file offset, file size) of each program header of a 64-bit
/// little-endian ELF file.
fn program_headers(elf: &[u8]) -> Vec<(u32, usize, usize)> {
    assert_eq!(&elf[..4], b"\x7fELF", "not an ELF file");
    assert_eq!(
        (elf[4], elf[5]),
        (2, 1),
        "this test reads 64-bit little-endian ELF only"
    );
    let (offset, size, count) = (u64_at(elf, 0x20) as usize, u16_at(elf, 0x36), u16_at(elf, 0x38));
    (0..count)
        .map(|i| {
            let h = offset + i * size;
            (
                u32_at(elf, h),
                u64_at(elf, h + 8) as usize,
                u64_at(elf, h + 0x20) as usize,
            )
        })
        .collect()
}

#[test]
fn the_binary_is_a_static_pie() {
    let elf = std::fs::read(env!("CARGO_BIN_EXE_ready")).unwrap();
    let headers = program_headers(&elf);
    assert_eq!(
        u16_at(&elf, 0x10),
        ET_DYN,
        "`ready` is not position-independent: no ASLR"
    );
    let why = "`ready` is linked dynamically: .cargo/config.toml's crt-static \
               did not apply (was it built with RUSTFLAGS set?)";
    assert!(!headers.iter().any(|h| h.0 == PT_INTERP), "{why}");
    // Each dynamic entry is a (tag, value) pair of 8-byte words.
    for &(_, offset, size) in headers.iter().filter(|h| h.0 == PT_DYNAMIC) {
        let needed = (offset..offset + size)
            .step_by(16)
            .filter(|&e| u64_at(&elf, e) == DT_NEEDED)
            .count();
        assert_eq!(needed, 0, "{why}");
    }
    // And it runs.
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_ready"))
        .arg("--version")
        .env_clear()
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("ready "));
}
