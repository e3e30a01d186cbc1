//! Writes a synthetic content set of N points, valid by construction, in
//! both languages: what a province's or a nation's library of city guides
//! might weigh, for benchmarks and for checking that costs stay flat in N.
//!
//!     cargo run --release --example gen-content -- 10000 /tmp/guide-10k
//!     cargo run --release --example gen-content -- 3000 /tmp/broken --broken-links
//!
//! With `--broken-links` every `related` id names a point that does not
//! exist, the slowest case for `ready check`'s did-you-mean.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::{env, fs, io, process};

const CATEGORIES: [(&str, &str, &str); 4] = [
    ("risks", "Know the risks", "知风险"),
    ("prevent", "Prevent", "会防范"),
    ("respond", "Respond", "能应对"),
    ("prepare", "Be prepared", "有准备"),
];
const WORDS: [&str; 24] = [
    "flood", "storm", "fire", "smoke", "water", "shelter", "exit", "torch", "radio", "wind", "quake", "heat", "cold",
    "gas", "crowd", "road", "river", "hill", "bridge", "school", "market", "tunnel", "harbour", "tower",
];
const HANZI: &str = "风雨雷电火水烟气山河桥路楼门窗电梯学校市场隧道港口高温寒潮地震台风暴雨洪涝滑坡避难";

fn main() {
    let args: Vec<String> = env::args().skip(1).collect();
    let broken = args.iter().any(|a| a == "--broken-links");
    let plain: Vec<&String> = args.iter().filter(|a| !a.starts_with("--")).collect();
    let (Some(n), Some(dir)) = (plain.first().and_then(|n| n.parse::<usize>().ok()), plain.get(1)) else {
        eprintln!("usage: gen-content N DIR [--broken-links]");
        process::exit(2);
    };
    if let Err(e) = write_set(n.max(4), Path::new(dir.as_str()), broken) {
        eprintln!("gen-content: {e}");
        process::exit(1);
    }
}

fn id(i: usize) -> String {
    format!("point-{i:05}")
}

/// A deterministic phrase for point `i`: different points share words, as
/// real guides do, so search has something to rank.
fn phrase(i: usize, len: usize) -> (String, String) {
    let hanzi: Vec<char> = HANZI.chars().collect();
    let en: Vec<&str> = (0..len)
        .map(|k| WORDS[(i * 7 + k * 13 + k * k) % WORDS.len()])
        .collect();
    let zh: String = (0..len * 2).map(|k| hanzi[(i * 5 + k * 11) % hanzi.len()]).collect();
    (en.join(" "), zh)
}

fn text(key: &str, (en, zh): (String, String)) -> String {
    format!("{key} = {{ en = \"{en}\", zh-Hans = \"{zh}\" }}\n")
}

fn steps(key: &str, i: usize, count: usize) -> String {
    let list = |zh: bool| -> String {
        (0..count)
            .map(|k| {
                let (en, cn) = phrase(i + k * 31, 6);
                if zh {
                    format!("\"{cn}。\"")
                } else {
                    format!("\"{}.\"", capital(&en))
                }
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    format!("[{key}]\nen = [{}]\nzh-Hans = [{}]\n\n", list(false), list(true))
}

fn capital(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map_or_else(String::new, |f| f.to_uppercase().chain(c).collect())
}

fn point(i: usize, n: usize, broken: bool) -> String {
    let mut s = format!("id = \"{}\"\nhazard = \"natural\"\nreviewed = 2026-12-01\n", id(i));
    let related: Vec<String> = [1, 2]
        .iter()
        .map(|d| {
            if broken {
                format!("\"missing-{:05}\"", (i + d) % n)
            } else {
                format!("\"{}\"", id((i + d) % n))
            }
        })
        .collect();
    let _ = writeln!(s, "related = [{}]", related.join(", "));
    s += &text("title", phrase(i, 2));
    s += &text("summary", phrase(i + 1, 8));
    s += "\n";
    s += &steps("keywords", i + 2, 3);
    for (k, key) in ["before", "during", "after", "never"].iter().enumerate() {
        s += &steps(key, i + k * 3, 3);
    }
    s += "[[sources]]\norg = \"Synthetic\"\ntitle = \"Generated for benchmarks\"\n\n";
    for q in 0..3 {
        let _ = writeln!(s, "[[quiz]]\nid = \"q{}\"\nkind = \"single\"", q + 1);
        s += &text("question", phrase(i + q, 6));
        s += "options = [\n";
        let answer = (i + q) % 4;
        for o in 0..4 {
            // The right option is the shortest, so the set checks without
            // quiz-balance warnings, as a real one should.
            let (en, zh) = phrase(i * 3 + q * 5 + o, if o == answer { 2 } else { 3 });
            let _ = writeln!(s, "  {{ en = \"{en} {o}\", zh-Hans = \"{zh}{o}\" }},");
        }
        let _ = writeln!(s, "]\nanswer = [{answer}]");
        s += &text("explanation", phrase(i + q + 9, 8));
        s += "\n";
    }
    s
}

fn guide(n: usize) -> String {
    let mut s = String::from(
        "title = { en = \"Synthetic guide\", zh-Hans = \"合成指南\" }\n\
         edition = { en = \"Benchmark edition\", zh-Hans = \"基准测试版\" }\n\
         locales = [\"zh-Hans\", \"en\"]\nmin_questions = 3\nchecklists = [\"kit\"]\n\n\
         [[numbers]]\nnumber = \"119\"\nname = { en = \"Fire\", zh-Hans = \"火警\" }\n\
         use = { en = \"Fire\", zh-Hans = \"火灾\" }\n\n\
         [[hazards]]\nid = \"natural\"\ntitle = { en = \"Natural disasters\", zh-Hans = \"自然灾害\" }\n\n",
    );
    for (c, (cid, en, zh)) in CATEGORIES.iter().enumerate() {
        let ids: Vec<String> = (0..n)
            .filter(|i| i % 4 == c)
            .map(|i| format!("\"{}\"", id(i)))
            .collect();
        let _ = write!(
            s,
            "[[categories]]\nid = \"{cid}\"\ntitle = {{ en = \"{en}\", zh-Hans = \"{zh}\" }}\n\
             summary = {{ en = \"{en}.\", zh-Hans = \"{zh}。\" }}\npoints = [{}]\n\n",
            ids.join(", ")
        );
    }
    s
}

const CHECKLIST: &str = "id = \"kit\"\ntitle = { en = \"Kit\", zh-Hans = \"应急包\" }\n\
    summary = { en = \"What to keep.\", zh-Hans = \"要备的东西。\" }\n\n[[sections]]\nid = \"basics\"\n\
    title = { en = \"Basics\", zh-Hans = \"基本\" }\n\n[[sections.items]]\nid = \"water\"\n\
    text = { en = \"Water\", zh-Hans = \"饮用水\" }\nwhy = { en = \"To drink.\", zh-Hans = \"饮用。\" }\n\
    point = \"point-00000\"\n";

/// Also used by benches/check.rs, which includes this file as a module.
pub fn write_set(n: usize, dir: &Path, broken: bool) -> io::Result<()> {
    let points: PathBuf = dir.join("points");
    fs::create_dir_all(&points)?;
    fs::create_dir_all(dir.join("checklists"))?;
    fs::write(dir.join("guide.toml"), guide(n))?;
    fs::write(dir.join("checklists/kit.toml"), CHECKLIST)?;
    for i in 0..n {
        fs::write(points.join(format!("{}.toml", id(i))), point(i, n, broken))?;
    }
    Ok(())
}
