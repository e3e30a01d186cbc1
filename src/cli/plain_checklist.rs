//! `ready checklist --plain ID`: a checklist as numbered lines; typing a
//! number ticks or unticks it. Each change is saved at once.

use std::io::{self, BufRead, Write};

use super::plain_input::{Line, number, read_line};
use crate::checklist::{amount, items, key, tally, toggle};
use crate::content::{Checklist, Locale};
use crate::progress::Progress;

/// Lists the checklist, then reads numbers to tick until an empty line or
/// the end of input. `save` is called after every tick.
pub fn run(
    list: &Checklist,
    progress: &mut Progress,
    locale: Locale,
    input: &mut dyn BufRead,
    out: &mut dyn Write,
    save: &mut dyn FnMut(&Progress),
) -> io::Result<()> {
    let zh = locale == Locale::ZhHans;
    let (done, total) = tally(list, &progress.ticks);
    writeln!(out, "{} — {done}/{total}", list.title.text(locale))?;
    let mut n = 0;
    for section in &list.sections {
        writeln!(out, "{}", section.title.text(locale))?;
        for item in &section.items {
            n += 1;
            writeln!(out, "  {}", line(list, item, n, progress, locale))?;
        }
    }
    let hint = if zh {
        "输入编号勾选或取消勾选；直接回车或输入结束即退出。"
    } else {
        "Type a number to tick or untick it; an empty line or end of input finishes."
    };
    writeln!(out, "{hint}")?;
    loop {
        write!(out, "> ")?;
        out.flush()?;
        let text = match read_line(input)? {
            Line::Text(text) if !text.trim().is_empty() => text,
            Line::Text(_) | Line::End => break,
            Line::NotUtf8 => {
                writeln!(out, "{}", crate::i18n::messages::input_not_utf8_checklist(locale))?;
                break;
            }
        };
        let picked = number(&text, total).and_then(|k| items(list).nth(k).map(|i| (k + 1, i)));
        match picked {
            Some((k, item)) => {
                toggle(&mut progress.ticks, list, item);
                save(progress);
                writeln!(out, "  {}", line(list, item, k, progress, locale))?;
            }
            None if zh => writeln!(out, "请输入 1 到 {total} 之间的编号。")?,
            None => writeln!(out, "Please type a number from 1 to {total}.")?,
        }
    }
    let (done, total) = tally(list, &progress.ticks);
    writeln!(out)?;
    if zh {
        writeln!(out, "已完成：{done}/{total}")?;
    } else {
        writeln!(out, "Done: {done}/{total}")?;
    }
    Ok(())
}

fn line(
    list: &Checklist,
    item: &crate::content::ChecklistItem,
    n: usize,
    progress: &Progress,
    locale: Locale,
) -> String {
    let mark = if progress.ticks.contains(&key(list, item)) {
        "[x]"
    } else {
        "[ ]"
    };
    let mut text = format!("{n}. {mark} {}", item.text.text(locale));
    if let Some(a) = amount(item, progress.household, locale) {
        text.push_str(" — ");
        text.push_str(&a);
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_tick_and_untick_and_every_change_is_saved() {
        let guide = crate::content::embedded().unwrap();
        let list = guide.checklist("family-plan").unwrap();
        let mut progress = Progress::new();
        let mut saves = 0;
        let mut out = Vec::new();
        run(
            list,
            &mut progress,
            Locale::En,
            &mut "2\n３\n２\nnope\n\n".as_bytes(),
            &mut out,
            &mut |_| saves += 1,
        )
        .unwrap();
        let out = String::from_utf8(out).unwrap();
        assert_eq!(saves, 3);
        assert_eq!(progress.ticks.len(), 1, "2 was ticked then unticked");
        assert!(out.contains("Please type a number"), "{out}");
        assert!(
            out.trim_end().ends_with(&format!("Done: 1/{}", items(list).count())),
            "{out}"
        );
    }

    #[test]
    fn input_that_is_not_utf8_stops_with_a_message_and_the_tally() {
        let guide = crate::content::embedded().unwrap();
        let list = guide.checklist("family-plan").unwrap();
        let mut progress = Progress::new();
        let mut out = Vec::new();
        let mut input: &[u8] = b"1\n\xb6\xfe\n2\n";
        run(list, &mut progress, Locale::ZhHans, &mut input, &mut out, &mut |_| {}).unwrap();
        let out = String::from_utf8(out).unwrap();
        assert_eq!(progress.ticks.len(), 1, "nothing after the bad line is read");
        assert!(out.contains("这行输入不是 UTF-8 文本"), "{out}");
        assert!(
            out.trim_end().ends_with(&format!("已完成：1/{}", items(list).count())),
            "{out}"
        );
    }
}
