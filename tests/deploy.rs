//! The kiosk recipe in `deploy/` is checked by the tools that will run it:
//! systemd's own verifier for the units, and sshd's config test for the
//! thin-client snippet. `.ci/run` installs them where it can; on a machine
//! without them these tests say so and check nothing else.

#![allow(clippy::panic, clippy::unwrap_used)]

use std::path::{Path, PathBuf};
use std::process::Command;

const DEPLOY: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/deploy");

fn tool(candidates: &[&str]) -> Option<PathBuf> {
    candidates.iter().map(PathBuf::from).find(|p| p.exists())
}

/// Verifies a unit after pointing its programs at stand-ins, since the
/// verifier insists they exist and this machine need not have cage or foot.
fn verify_unit(analyze: &Path, name: &str) -> (bool, String) {
    let dir = tempfile::tempdir().unwrap();
    for program in ["cage", "foot", "ready", "rsync"] {
        let stub = dir.path().join(program);
        std::fs::write(&stub, "#!/bin/sh\n").unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&stub, std::fs::Permissions::from_mode(0o755)).unwrap();
        }
    }
    let text = std::fs::read_to_string(Path::new(DEPLOY).join(name)).unwrap();
    let unit = dir.path().join(Path::new(name).file_name().unwrap());
    std::fs::write(&unit, text.replace("/usr/bin/", &format!("{}/", dir.path().display()))).unwrap();
    let out = Command::new(analyze)
        .args(["verify", "--man=no"])
        .arg(&unit)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    (out.status.success() && stderr.trim().is_empty(), stderr)
}

#[test]
fn the_systemd_units_verify_cleanly() {
    let Some(analyze) = tool(&["/usr/bin/systemd-analyze", "/bin/systemd-analyze"]) else {
        eprintln!("systemd-analyze is not installed: units not verified");
        return;
    };
    for unit in [
        "ready-kiosk.service",
        "ready-stats-upload.service",
        "ready-stats-upload.timer",
        // Users' own: what is due in their supplies, once a day.
        "user/ready-due.service",
        "user/ready-due.timer",
    ] {
        let (ok, stderr) = verify_unit(&analyze, unit);
        assert!(ok, "{unit}: {stderr}");
    }
}

#[test]
fn the_sshd_snippet_forces_the_kiosk_and_forbids_forwarding() {
    let (Some(sshd), Some(keygen)) = (
        tool(&["/usr/sbin/sshd", "/usr/bin/sshd"]),
        tool(&["/usr/bin/ssh-keygen"]),
    ) else {
        eprintln!("sshd is not installed: the sshd snippet is not checked");
        return;
    };
    // sshd insists on its privilege-separation directory even for a test.
    let _ = std::fs::create_dir_all("/run/sshd");
    let dir = tempfile::tempdir().unwrap();
    let key = dir.path().join("host_key");
    let made = Command::new(keygen)
        .args(["-q", "-t", "ed25519", "-N", ""])
        .arg("-f")
        .arg(&key)
        .status()
        .unwrap();
    assert!(made.success());
    let config = dir.path().join("sshd_config");
    let snippet = Path::new(DEPLOY).join("sshd_config.d/ready-kiosk.conf");
    std::fs::write(
        &config,
        format!(
            "HostKey {}\nPidFile none\nInclude {}\n",
            key.display(),
            snippet.display()
        ),
    )
    .unwrap();
    let effective = |user: &str| {
        let out = Command::new(&sshd)
            .arg("-T")
            .arg("-f")
            .arg(&config)
            .arg("-C")
            .arg(format!("user={user},host=thin-client,addr=127.0.0.1"))
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stdout).unwrap()
    };
    let kiosk = effective("ready-kiosk");
    for line in [
        "forcecommand /usr/bin/ready kiosk --config /etc/ready/kiosk.toml",
        "disableforwarding yes",
        "allowtcpforwarding no",
        "x11forwarding no",
        "permittunnel no",
        "permituserrc no",
    ] {
        assert!(kiosk.lines().any(|l| l == line), "missing `{line}` in:\n{kiosk}");
    }
    let other = effective("alice");
    assert!(
        other.lines().any(|l| l == "forcecommand none"),
        "other users are untouched"
    );
}

#[test]
fn the_example_kiosk_config_is_valid_and_writes_stats_where_the_unit_allows() {
    let text = std::fs::read_to_string(Path::new(DEPLOY).join("kiosk.toml")).unwrap();
    let config = ready::kiosk::config::parse("deploy/kiosk.toml", &text).unwrap();
    let stats = config.stats.unwrap();
    assert!(stats.starts_with("/var/lib/ready"), "the unit's StateDirectory");
    let unit = std::fs::read_to_string(Path::new(DEPLOY).join("ready-kiosk.service")).unwrap();
    assert!(unit.contains("StateDirectory=ready"));
    assert!(unit.contains("Restart=always"));
    assert!(
        !unit.contains("cage -s") && !unit.contains(" -ds"),
        "no VT switching for visitors"
    );
}
