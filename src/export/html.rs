//! The whole guide as one self-contained, printable HTML page: no scripts,
//! no network, fonts that fall back to whatever CJK face the system has.

use std::fmt::Write as _;

use crate::content::{Guide, Locale, Phase, WarningLevel};
use crate::document::{Block, PointDoc};
use crate::i18n::strings;

const STYLE: &str = "body{font-family:system-ui,-apple-system,\"PingFang SC\",\"Hiragino Sans GB\",\"Noto Sans CJK SC\",\"Source Han Sans SC\",\"Microsoft YaHei\",sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;line-height:1.6;color:#111;background:#fff}\
h1{border-bottom:3px solid #b00}h2{margin-top:2.5rem;border-bottom:1px solid #999}h3{margin-top:2rem}\
.summary{font-weight:bold}.never li::marker{content:\"✗ \";color:#b00}\
.numbers{border:2px solid #b00;padding:.5rem 1rem}.numbers b{font-size:1.2em}\
.w{padding:0 .3em;border:1px solid #333}.w-blue{background:#cfe3ff}.w-yellow{background:#fff3a6}.w-orange{background:#ffd2a0}.w-red{background:#ffb3b3}\
.meta{color:#444;font-size:.9em}nav ol{columns:2}\
@media print{body{margin:0;max-width:none}h2{break-before:page}h3,li{break-inside:avoid}a{color:inherit;text-decoration:none}}";

pub fn guide(guide: &Guide, locale: Locale) -> String {
    let s = strings(locale);
    let title = esc(guide.title.text(locale));
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{title}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<h1>{title}</h1>\n<p>{}</p>\n",
        locale.tag(),
        esc(guide.edition.text(locale))
    );
    let _ = writeln!(out, "<section class=\"numbers\"><h2>{}</h2><ul>", s.emergency_numbers);
    for n in &guide.numbers {
        let _ = writeln!(
            out,
            "<li><b>{}</b> {}: {}</li>",
            esc(&n.number),
            esc(n.name.text(locale)),
            esc(n.use_for.text(locale))
        );
    }
    let _ = writeln!(out, "</ul></section>\n<nav><h2>{}</h2><ol>", s.contents);
    for category in &guide.categories {
        let _ = writeln!(
            out,
            "<li><a href=\"#c-{}\">{}</a></li>",
            category.id,
            esc(category.title.text(locale))
        );
    }
    out.push_str("</ol></nav>\n");
    for category in &guide.categories {
        let _ = writeln!(
            out,
            "<h2 id=\"c-{}\">{}</h2>\n<p>{}</p>",
            category.id,
            esc(category.title.text(locale)),
            esc(category.summary.text(locale))
        );
        for point in guide.points_in(category) {
            write_point(&mut out, &PointDoc::new(guide, point, locale));
        }
    }
    out.push_str("</body>\n</html>\n");
    out
}

fn write_point(out: &mut String, doc: &PointDoc<'_>) {
    let _ = writeln!(out, "<article id=\"{}\">\n<h3>{}</h3>", doc.id, esc(doc.title));
    for block in &doc.blocks {
        match block {
            Block::Summary(summary) => {
                let _ = writeln!(out, "<p class=\"summary\">{}</p>", esc(summary));
            }
            Block::Place { .. } | Block::Drills(_) => {}
            Block::Warnings { heading, warnings } => {
                let _ = writeln!(out, "<h4>{heading}</h4><ul>");
                for w in warnings {
                    let _ = writeln!(
                        out,
                        "<li><span class=\"w w-{}\">{}</span> {} {}</li>",
                        level_class(w.level),
                        w.name,
                        esc(w.meaning),
                        esc(w.action)
                    );
                }
                out.push_str("</ul>\n");
            }
            Block::Steps { phase, heading, steps } => {
                let class = if *phase == Phase::Never { " class=\"never\"" } else { "" };
                let tag = if *phase == Phase::Never { "ul" } else { "ol" };
                let _ = write!(out, "<h4>{heading}</h4><{tag}{class}>");
                for step in steps {
                    let _ = write!(out, "<li>{}</li>", esc(step.text));
                }
                let _ = writeln!(out, "</{tag}>");
            }
            Block::Note { label, text } => {
                let _ = writeln!(out, "<p><b>{label}:</b> {}</p>", esc(text));
            }
            Block::Related { heading, links } => {
                let links: Vec<String> = links
                    .iter()
                    .map(|l| format!("<a href=\"#{}\">{}</a>", l.id, esc(l.title)))
                    .collect();
                let _ = writeln!(out, "<p>{heading}: {}</p>", links.join(", "));
            }
            Block::Sources {
                heading,
                sources,
                reviewed_label,
                reviewed,
            } => {
                let _ = write!(out, "<p class=\"meta\">{heading}: ");
                let sources: Vec<String> = sources
                    .iter()
                    .map(|src| match &src.url {
                        Some(url) => format!("{}: <a href=\"{}\">{}</a>", esc(&src.org), esc(url), esc(&src.title)),
                        None => format!("{}: {}", esc(&src.org), esc(&src.title)),
                    })
                    .collect();
                let _ = writeln!(out, "{}. {reviewed_label}: {reviewed}</p>", sources.join("; "));
            }
        }
    }
    out.push_str("</article>\n");
}

fn level_class(level: WarningLevel) -> &'static str {
    match level {
        WarningLevel::Blue => "blue",
        WarningLevel::Yellow => "yellow",
        WarningLevel::Orange => "orange",
        WarningLevel::Red => "red",
    }
}

pub(crate) fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}
