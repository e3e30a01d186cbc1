//! Two copies of `ready` on one data dir, as a person with two terminals
//! open would run them: ticks made in either survive the other's saves.

#![allow(clippy::panic, clippy::unwrap_used)]

mod common;

use std::fs;
use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Child, ChildStdout, Command, Stdio};

const FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/minimal");

const MORE_ITEMS: &str = r#"
[[sections.items]]
id = "torch"
text = { en = "Torch", zh-Hans = "手电筒" }
why = { en = "To see.", zh-Hans = "照明。" }
point = "flood"

[[sections.items]]
id = "whistle"
text = { en = "Whistle", zh-Hans = "哨子" }
why = { en = "To be heard.", zh-Hans = "求救。" }
point = "flood"
"#;

/// The fixture with a kit of three items.
fn content() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    common::copy_dir(Path::new(FIXTURE), dir.path());
    let kit = dir.path().join("checklists/kit.toml");
    let text = fs::read_to_string(&kit).unwrap();
    fs::write(&kit, text + MORE_ITEMS).unwrap();
    dir
}

struct Copy {
    child: Child,
    out: BufReader<ChildStdout>,
}

impl Copy {
    fn start(content: &Path, data: &Path) -> Copy {
        let mut child = Command::new(env!("CARGO_BIN_EXE_ready"))
            .args(["--lang", "en", "--content"])
            .arg(content)
            .arg("--data-dir")
            .arg(data)
            .args(["checklist", "--plain", "kit"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        let out = BufReader::new(child.stdout.take().unwrap());
        let mut copy = Copy { child, out };
        copy.read_until("Type a number");
        copy
    }

    /// Types `number`, and waits until the tick is shown (and so saved).
    fn tick(&mut self, number: u32) {
        let stdin = self.child.stdin.as_mut().unwrap();
        writeln!(stdin, "{number}").unwrap();
        stdin.flush().unwrap();
        let line = self.read_until("[x]");
        assert!(line.contains(&format!("{number}. [x]")), "{line}");
    }

    fn read_until(&mut self, needle: &str) -> String {
        loop {
            let mut line = String::new();
            if self.out.read_line(&mut line).unwrap() == 0 {
                panic!("`ready` ended before printing {needle:?}");
            }
            if line.contains(needle) {
                return line;
            }
        }
    }

    fn finish(mut self) -> String {
        drop(self.child.stdin.take());
        let mut rest = String::new();
        std::io::Read::read_to_string(&mut self.out, &mut rest).unwrap();
        assert!(self.child.wait().unwrap().success());
        rest
    }
}

#[test]
fn ticks_made_in_two_copies_at_once_all_survive() {
    let content = content();
    let data = tempfile::tempdir().unwrap();
    let mut first = Copy::start(content.path(), data.path());
    let mut second = Copy::start(content.path(), data.path());
    first.tick(1);
    second.tick(2);
    first.tick(3);
    first.finish();
    second.finish();
    let third = Copy::start(content.path(), data.path());
    let summary = third.finish();
    assert!(summary.contains("Done: 3/3"), "{summary}");
}
