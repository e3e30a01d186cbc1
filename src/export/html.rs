//! The whole guide as one self-contained, printable HTML page: no scripts,
//! no network, fonts that fall back to whatever CJK face the system has.

use maud::{DOCTYPE, Markup, PreEscaped, html};

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
    let body = html! {
        p { (guide.edition.text(locale)) } "\n"
        section.numbers {
            h2 { (s.emergency_numbers) }
            ul {
                "\n"
                @for n in &guide.numbers {
                    li { b { (n.number) } " " (n.name.text(locale)) ": " (n.use_for.text(locale)) } "\n"
                }
            }
        }
        "\n"
        nav {
            h2 { (s.contents) }
            ol {
                "\n"
                @for category in &guide.categories {
                    li { a href={ "#c-" (category.id) } { (category.title.text(locale)) } } "\n"
                }
            }
        }
        "\n"
        @for category in &guide.categories {
            h2 id={ "c-" (category.id) } { (category.title.text(locale)) } "\n"
            p { (category.summary.text(locale)) } "\n"
            @for point in guide.points_in(category) {
                (point_html(&PointDoc::new(guide, point, locale)))
            }
        }
    };
    page(locale, guide.title.text(locale), STYLE, body)
}

/// A whole page: its language, title (also its first heading) and style,
/// around a body. Newlines between blocks only keep the source readable.
pub(crate) fn page(locale: Locale, title: &str, style: &'static str, body: Markup) -> String {
    html! {
        (DOCTYPE) "\n"
        html lang=(locale.tag()) {
            "\n"
            head {
                "\n"
                meta charset="utf-8"; "\n"
                meta name="viewport" content="width=device-width, initial-scale=1"; "\n"
                title { (title) } "\n"
                // Our own constant, not content: CSS must not be entity-escaped.
                style { (PreEscaped(style)) } "\n"
            }
            "\n"
            body {
                "\n"
                h1 { (title) } "\n"
                (body)
            }
            "\n"
        }
        "\n"
    }
    .into_string()
}

fn point_html(doc: &PointDoc<'_>) -> Markup {
    html! {
        article id=(doc.id) {
            "\n"
            h3 { (doc.title) } "\n"
            @for block in &doc.blocks {
                (block_html(block))
            }
        }
        "\n"
    }
}

fn block_html(block: &Block<'_>) -> Markup {
    match block {
        Block::Summary(summary) => html! { p.summary { (summary) } "\n" },
        // The page's headings already say where a point sits, and print
        // cannot play a drill.
        Block::Place { .. } | Block::Drills(_) => html! {},
        Block::Warnings { heading, warnings } => html! {
            h4 { (heading) }
            ul {
                "\n"
                @for w in warnings {
                    li { span class={ "w w-" (level_class(w.level)) } { (w.name) } " " (w.meaning) " " (w.action) } "\n"
                }
            }
            "\n"
        },
        Block::Steps { phase, heading, steps } => html! {
            h4 { (heading) }
            @if *phase == Phase::Never {
                ul.never { @for step in steps { li { (step.text) } } }
            } @else {
                ol { @for step in steps { li { (step.text) } } }
            }
            "\n"
        },
        Block::Note { label, text } => html! { p { b { (label) ":" } " " (text) } "\n" },
        Block::Related { heading, links } => html! {
            p {
                (heading) ": "
                @for (i, link) in links.iter().enumerate() {
                    @if i > 0 { ", " }
                    a href={ "#" (link.id) } { (link.title) }
                }
            }
            "\n"
        },
        Block::Sources {
            heading,
            sources,
            reviewed_label,
            reviewed,
        } => html! {
            p.meta {
                (heading) ": "
                @for (i, src) in sources.iter().enumerate() {
                    @if i > 0 { "; " }
                    (src.org) ": "
                    @if let Some(url) = &src.url {
                        a href=(url) { (src.title) }
                    } @else {
                        (src.title)
                    }
                }
                ". " (reviewed_label) ": " (reviewed)
            }
            "\n"
        },
    }
}

fn level_class(level: WarningLevel) -> &'static str {
    match level {
        WarningLevel::Blue => "blue",
        WarningLevel::Yellow => "yellow",
        WarningLevel::Orange => "orange",
        WarningLevel::Red => "red",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A guide whose text tries to be markup, as a hostile or careless
    /// content set might.
    fn hostile() -> Guide {
        let mut g = crate::content::embedded().unwrap();
        let fire = g.point_index("fire").unwrap();
        let p = &mut g.points[fire];
        p.title
            .0
            .insert(Locale::En, "Fire <script>alert(\"x\")</script>".into());
        p.before
            .0
            .insert(Locale::En, vec!["Keep <b>exits</b> & stairs clear".into()].into());
        p.sources[0].title = "Guide</a><img src=x onerror=alert(1)>".into();
        g.categories[0]
            .title
            .0
            .insert(Locale::En, "Risks & <i>hazards</i>".into());
        g
    }

    #[test]
    fn content_that_looks_like_markup_is_shown_as_text_never_run() {
        let out = guide(&hostile(), Locale::En);
        let lower = out.to_lowercase();
        assert!(!lower.contains("<script") && !lower.contains("<img") && !lower.contains("<b>exits"));
        assert!(
            out.contains("<h3>Fire &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</h3>"),
            "{out}"
        );
        assert!(
            out.contains("<li>Keep &lt;b&gt;exits&lt;/b&gt; &amp; stairs clear</li>"),
            "{out}"
        );
        assert!(
            out.contains("Guide&lt;/a&gt;&lt;img src=x onerror=alert(1)&gt;</a>"),
            "{out}"
        );
        assert!(
            out.contains("Risks &amp; &lt;i&gt;hazards&lt;/i&gt;</a></li>"),
            "the contents entry: {out}"
        );
    }

    #[test]
    fn every_category_and_point_has_its_heading_and_anchor_in_the_reader_s_language() {
        let g = crate::content::embedded().unwrap();
        for locale in [Locale::En, Locale::ZhHans] {
            let out = guide(&g, locale);
            let s = strings(locale);
            assert!(out.contains(&format!("<html lang=\"{}\">", locale.tag())));
            assert!(out.contains(&format!("<h1>{}</h1>", g.title.text(locale))));
            for c in &g.categories {
                let heading = format!("<h2 id=\"c-{}\">{}</h2>", c.id, c.title.text(locale));
                assert!(out.contains(&heading), "{heading}");
            }
            for p in &g.points {
                let heading = format!("<article id=\"{}\">\n<h3>{}</h3>", p.id, p.title.text(locale));
                assert!(out.contains(&heading), "{heading}");
            }
            let phases = Phase::ALL.map(|ph| format!("<h4>{}</h4>", s.phase(ph)));
            for phase in &phases {
                assert_eq!(out.matches(phase.as_str()).count(), g.points.len(), "{phase}");
            }
        }
    }
}
