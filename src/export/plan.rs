//! `ready export --plan`: the family plan's own details on one page, to
//! print and keep in the grab bag. Empty fields are left as lines to fill
//! in by hand, and the page says where the details are stored.

use std::fmt::Write as _;
use std::path::Path;

use jiff::civil::Date;

use maud::html;

use super::markdown;
use crate::content::{Guide, Locale};
use crate::i18n::due::show;
use crate::i18n::plan as words;
use crate::progress::Progress;
use crate::upkeep::plan::{CONTACTS, Field};
use crate::upkeep::recurring_key;

/// Fits on one A4 sheet at a readable size, and needs no colour to read.
const STYLE: &str = "body{font-family:system-ui,-apple-system,\"PingFang SC\",\"Hiragino Sans GB\",\"Noto Sans CJK SC\",\"Source Han Sans SC\",\"Microsoft YaHei\",sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;line-height:1.45;color:#000;background:#fff}\
h1{margin:0 0 .3rem;border-bottom:3px solid #000}h2{font-size:1.05rem;margin:1rem 0 .3rem}\
table{width:100%;border-collapse:collapse}th,td{border:1px solid #000;padding:.3rem .5rem;text-align:left;vertical-align:top}\
th{width:38%;font-weight:600}.contacts th{width:auto}.contacts th:first-child{width:2rem}td:empty::after{content:\"\\00a0\"}.numbers{font-size:1.1rem}.note{font-size:.85rem;margin-top:1rem}\
@page{size:A4;margin:14mm}\
@media print{body{margin:0;max-width:none;font-size:10.5pt}section,tr{break-inside:avoid}}";

/// What the page is made from.
pub struct PlanPage<'a> {
    pub guide: &'a Guide,
    pub progress: &'a Progress,
    /// Where the details are kept; none when kept in memory only.
    pub stored_at: Option<&'a Path>,
    pub today: Date,
    pub locale: Locale,
}

fn contacts_heading(locale: Locale) -> [&'static str; 3] {
    words::page(locale).contacts
}

/// The page's groups after the contacts, each a heading and its fields.
fn groups(locale: Locale) -> Vec<(&'static str, Vec<Field>)> {
    let w = words::page(locale);
    vec![
        (w.out_of_town, vec![Field::OutOfTownName, Field::OutOfTownPhone]),
        (w.meeting_places, vec![Field::MeetingNear, Field::MeetingFar]),
        (w.shut_offs, vec![Field::GasShutoff, Field::WaterShutoff]),
        (w.medical, vec![Field::Medical]),
    ]
}

fn title<'a>(page: &PlanPage<'a>) -> &'a str {
    page.guide
        .checklist("family-plan")
        .map_or(words::page(page.locale).title, |c| c.title.text(page.locale))
}

fn value<'a>(page: &PlanPage<'a>, field: Field) -> &'a str {
    page.progress.plan.get(&field.key()).map_or("", String::as_str)
}

/// The next drill, if one is set: "Next family drill: 12 May 2027".
fn next_drill(page: &PlanPage<'_>) -> Option<String> {
    let list = page.guide.checklist("family-plan")?;
    let recurring = list.recurring.as_ref()?;
    let date = page.progress.dates.get(&recurring_key(list))?;
    let day = show(*date, page.locale);
    Some(words::next(page.locale, recurring.title.text(page.locale), &day))
}

/// Where the details live, so a reader knows what to protect or delete.
fn stored(page: &PlanPage<'_>) -> String {
    let made = show(page.today, page.locale);
    match (page.stored_at, page.locale) {
        (Some(path), Locale::En) => format!(
            "Made by ready on {made}. These details are stored only on this computer, in {}. Update the page when anything changes.",
            path.display()
        ),
        (Some(path), Locale::ZhHans) => format!(
            "由 ready 于{made}生成。以上信息只保存在本机的 {} 中。情况有变化时请更新并重新打印。",
            path.display()
        ),
        (None, Locale::En) => format!("Made by ready on {made}. These details were not saved anywhere."),
        (None, Locale::ZhHans) => format!("由 ready 于{made}生成。以上信息没有保存。"),
    }
}

fn numbers(page: &PlanPage<'_>) -> String {
    page.guide
        .numbers
        .iter()
        .map(|n| format!("{} {}", n.number, n.name.text(page.locale)))
        .collect::<Vec<_>>()
        .join(" · ")
}

pub fn markdown(page: &PlanPage<'_>) -> String {
    let esc = markdown::esc;
    let mut out = format!("# {}\n\n**{}**\n", esc(title(page)), esc(&numbers(page)));
    if let Some(drill) = next_drill(page) {
        let _ = write!(out, "\n{}\n", esc(&drill));
    }
    let [heading, name, phone] = contacts_heading(page.locale);
    let _ = write!(out, "\n## {heading}\n\n| | {name} | {phone} |\n|---|---|---|\n");
    for n in 1..=CONTACTS {
        let [a, b] = [Field::ContactName(n), Field::ContactPhone(n)].map(|f| match value(page, f) {
            "" => "______".to_string(),
            v => esc(v),
        });
        let _ = writeln!(out, "| {n} | {a} | {b} |");
    }
    for (heading, fields) in groups(page.locale) {
        let _ = write!(out, "\n## {heading}\n\n| | |\n|---|---|\n");
        for field in fields {
            let v = value(page, field);
            let v = if v.is_empty() { "______".to_string() } else { esc(v) };
            let _ = writeln!(out, "| {} | {v} |", esc(&words::field(page.locale, field)));
        }
    }
    let _ = write!(out, "\n_{}_\n", esc(&stored(page)));
    out
}

pub fn html(page: &PlanPage<'_>) -> String {
    let [heading, name, phone] = contacts_heading(page.locale);
    let body = html! {
        p.numbers { b { (numbers(page)) } } "\n"
        @if let Some(drill) = next_drill(page) {
            p { (drill) } "\n"
        }
        section {
            h2 { (heading) }
            table.contacts {
                tr { th {} th { (name) } th { (phone) } } "\n"
                @for n in 1..=CONTACTS {
                    tr {
                        th { (n) }
                        td { (value(page, Field::ContactName(n))) }
                        td { (value(page, Field::ContactPhone(n))) }
                    }
                    "\n"
                }
            }
        }
        "\n"
        @for (heading, fields) in groups(page.locale) {
            section {
                h2 { (heading) }
                table {
                    "\n"
                    @for field in fields {
                        tr { th { (words::field(page.locale, field)) } td { (value(page, field)) } } "\n"
                    }
                }
            }
            "\n"
        }
        p.note { (stored(page)) } "\n"
    };
    super::html::page(page.locale, title(page), STYLE, body)
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn progress() -> Progress {
        let mut p = Progress::new();
        p.plan.insert("contact-1-name".into(), "Li <Wei>".into());
        p.plan.insert("contact-1-phone".into(), "138 0000 0000".into());
        p.plan.insert("meeting-near".into(), "the *big* tree".into());
        p.dates.insert("family-plan".into(), date(2027, 5, 12));
        p
    }

    #[test]
    fn html_is_one_escaped_page_for_a4_that_says_where_the_data_lives() {
        let guide = crate::content::embedded().unwrap();
        let p = progress();
        let page = PlanPage {
            guide: &guide,
            progress: &p,
            stored_at: Some(Path::new("/home/li/.local/share/ready/progress.json")),
            today: date(2026, 12, 2),
            locale: Locale::En,
        };
        let out = html(&page);
        assert!(
            out.contains("<tr><th>1</th><td>Li &lt;Wei&gt;</td><td>138 0000 0000</td></tr>"),
            "{out}"
        );
        assert!(
            out.contains("<tr><th>Gas shut-off</th><td></td></tr>"),
            "blank, to fill in by hand"
        );
        assert!(out.contains("@page{size:A4"));
        assert!(out.contains("Next family drill: 12 May 2027"));
        assert!(out.contains("stored only on this computer, in /home/li/.local/share/ready/progress.json"));
        assert!(out.contains("<b>110 "), "the emergency numbers head the page");
    }

    #[test]
    fn markdown_in_chinese_leaves_blanks_and_escapes_markup() {
        let guide = crate::content::embedded().unwrap();
        let p = progress();
        let page = PlanPage {
            guide: &guide,
            progress: &p,
            stored_at: None,
            today: date(2026, 12, 2),
            locale: Locale::ZhHans,
        };
        let out = markdown(&page);
        assert!(out.starts_with("# 家庭应急预案\n"), "{out}");
        assert!(out.contains("| 集合点（楼外附近） | the \\*big\\* tree |"), "{out}");
        assert!(out.contains("| 燃气阀门位置 | ______ |"), "{out}");
        assert!(
            out.contains(
                "| | 姓名 | 电话 |\n|---|---|---|\n| 1 | Li <Wei> | 138 0000 0000 |"
                    .replace('<', "\\<")
                    .replace('>', "\\>")
                    .as_str()
            ),
            "{out}"
        );
        assert!(out.contains("下次家庭演练：2027年5月12日"), "{out}");
        assert!(out.contains("以上信息没有保存"), "{out}");
    }
}
