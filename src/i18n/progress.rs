//! Notices about the saved progress, in the reader's language. The store
//! says what happened (`progress::Notice`); the words are here. What the
//! system or the JSON parser said is passed on as it came.

use crate::content::Locale;
use crate::progress::{BadFile, Dropped, Notice};

/// Every notice of one load as one line, or nothing if all was well.
pub fn notices(locale: Locale, notices: &[Notice]) -> Option<String> {
    let joined = match locale {
        Locale::En => "; ",
        Locale::ZhHans => "；",
    };
    let words: Vec<String> = notices.iter().map(|n| notice(locale, n)).collect();
    (!words.is_empty()).then(|| words.join(joined))
}

pub fn notice(locale: Locale, notice: &Notice) -> String {
    match (notice, locale) {
        (Notice::Unreadable { path, why }, Locale::En) => {
            format!("cannot read {path}: {why}; progress will not be saved this time")
        }
        (Notice::Unreadable { path, why }, Locale::ZhHans) => {
            format!("无法读取 {path}（{why}）；这次的进度不会保存")
        }
        (Notice::SetAside { problem, backup }, Locale::En) => format!(
            "progress file unusable ({}); kept as {backup} and starting fresh",
            bad_file(locale, problem)
        ),
        (Notice::SetAside { problem, backup }, Locale::ZhHans) => format!(
            "进度文件无法使用（{}）；已另存为 {backup}，重新开始记录",
            bad_file(locale, problem)
        ),
        (Notice::NotMoved { problem, why }, Locale::En) => format!(
            "progress file unusable ({}) and could not be moved aside ({why}); not saving",
            bad_file(locale, problem)
        ),
        (Notice::NotMoved { problem, why }, Locale::ZhHans) => format!(
            "进度文件无法使用（{}），也无法另存（{why}）；这次不保存进度",
            bad_file(locale, problem)
        ),
        (Notice::Dropped(1), Locale::En) => {
            "1 saved mistake no longer matches a question in this guide and was dropped".to_string()
        }
        (Notice::Dropped(n), Locale::En) => {
            format!("{n} saved mistakes no longer match a question in this guide and were dropped")
        }
        (Notice::Dropped(n), Locale::ZhHans) => format!("有 {n} 道已保存的错题在本指南中已不存在，已删除"),
        (Notice::BadFields(fields), _) => dropped_fields(locale, fields),
    }
}

/// Why the file could not be used, inside the notice's parentheses.
pub fn bad_file(locale: Locale, bad: &BadFile) -> String {
    match (bad, locale) {
        (BadFile::NotUtf8, Locale::En) => "it is not UTF-8 text".to_string(),
        (BadFile::NotUtf8, Locale::ZhHans) => "它不是 UTF-8 文本".to_string(),
        (
            BadFile::Json {
                path,
                line,
                column,
                message,
            },
            Locale::En,
        ) => {
            format!("{path}:{line}:{column}: {message}")
        }
        (
            BadFile::Json {
                path,
                line,
                column,
                message,
            },
            Locale::ZhHans,
        ) => {
            format!("{path}:{line}:{column} 处的 JSON 有误：{message}")
        }
        (BadFile::Newer(format), Locale::En) => format!("it was written by a newer version (format {format})"),
        (BadFile::Newer(format), Locale::ZhHans) => format!("它是更新版本的 ready 写的，格式为 {format}"),
    }
}

/// The hand-edited fields that were dropped, as one sentence.
pub fn dropped_fields(locale: Locale, dropped: &[Dropped]) -> String {
    let names: Vec<String> = dropped.iter().map(|d| field(locale, d)).collect();
    match (names.as_slice(), locale) {
        ([one], Locale::En) => format!("the progress file's {one} was not valid and was dropped"),
        (many, Locale::En) => format!(
            "{} fields of the progress file were not valid and were dropped: {}",
            many.len(),
            many.join(", ")
        ),
        ([one], Locale::ZhHans) => format!("进度文件中有一项内容无效，已删除：{one}"),
        (many, Locale::ZhHans) => format!("进度文件中有 {} 项内容无效，已删除：{}", many.len(), many.join("、")),
    }
}

/// One dropped field, named with the key as it is written in the file.
pub fn field(locale: Locale, dropped: &Dropped) -> String {
    match (dropped, locale) {
        (Dropped::Date(key), Locale::En) => format!("date `{key}`"),
        (Dropped::DrillRecord(key), Locale::En) => format!("drill record `{key}`"),
        (Dropped::PlanField(key), Locale::En) => format!("plan field `{key}`"),
        (Dropped::Section(name), Locale::En) => (*name).to_string(),
        (Dropped::Date(key), Locale::ZhHans) => format!("日期 `{key}`"),
        (Dropped::DrillRecord(key), Locale::ZhHans) => format!("演练记录 `{key}`"),
        (Dropped::PlanField(key), Locale::ZhHans) => format!("家庭应急计划的 `{key}` 一项"),
        (Dropped::Section(name), Locale::ZhHans) => {
            let what = match *name {
                "dates" => "日期记录",
                "drills" => "演练记录",
                "plan" => "家庭应急计划",
                _ => "内容",
            };
            format!("{what}（`{name}`）")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_set_aside_is_explained_in_chinese_without_english_words() {
        let problem = BadFile::Newer(9);
        let n = Notice::SetAside {
            problem,
            backup: "progress.json.bak".into(),
        };
        assert_eq!(
            notice(Locale::ZhHans, &n),
            "进度文件无法使用（它是更新版本的 ready 写的，格式为 9）；已另存为 progress.json.bak，重新开始记录"
        );
        assert_eq!(
            notice(Locale::En, &n),
            "progress file unusable (it was written by a newer version (format 9)); kept as progress.json.bak and starting fresh"
        );
    }

    #[test]
    fn dropped_fields_are_named_in_the_readers_language() {
        let fields = [
            Dropped::Date("supplies/water".into()),
            Dropped::PlanField("contact-1-phone".into()),
        ];
        assert_eq!(
            dropped_fields(Locale::ZhHans, &fields),
            "进度文件中有 2 项内容无效，已删除：日期 `supplies/water`、家庭应急计划的 `contact-1-phone` 一项"
        );
        assert_eq!(
            dropped_fields(Locale::En, &fields[..1]),
            "the progress file's date `supplies/water` was not valid and was dropped"
        );
        let all = [Notice::BadFields(fields[..1].to_vec()), Notice::Dropped(2)];
        assert_eq!(
            notices(Locale::ZhHans, &all).as_deref(),
            Some(
                "进度文件中有一项内容无效，已删除：日期 `supplies/water`；有 2 道已保存的错题在本指南中已不存在，已删除"
            )
        );
        assert_eq!(notices(Locale::En, &[]), None);
    }
}
