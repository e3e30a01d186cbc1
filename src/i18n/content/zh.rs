//! A content set's problems in Chinese, for the city editors who write the
//! Chinese text. Field names, ids and values stay as written in the file,
//! in backquotes, so they can be searched for; the rest is plain Chinese.

use crate::content::{Expected, Locale, Missing, Problem as P, RefKind, TomlType};

pub fn problem(p: &P) -> String {
    let hint = |meant: &Option<String>| super::hint(Locale::ZhHans, meant.as_ref());
    match p {
        P::MissingField { key } => format!("缺少字段 `{key}`"),
        P::Empty { key } => format!("`{key}` 不能为空"),
        P::ControlChar { key, c } => format!("`{key}` 中含有控制字符 {}", char_name(*c)),
        P::BadId { key, value } => {
            format!("`{key}` = \"{value}\" 不是有效的编号（只能用小写字母、数字和单个连字符）")
        }
        P::Negative { key } => format!("`{key}` 不能是负数"),
        P::NotPositive { key } => format!("`{key}` 必须是正数"),
        P::WrongType { key, expected, found } => {
            format!(
                "`{key}` 应当是{}，这里却是{}",
                expected_words(*expected),
                found_word(*found)
            )
        }
        P::NoEntries { key } => format!("`{key}` 不能是空列表"),
        P::StepCounts { key, counts } => {
            let counts: Vec<String> = counts.iter().map(|(tag, n)| format!("{tag} {n} 条")).collect();
            format!(
                "`{key}` 各语言的步骤数不一样（{}）：每种语言都要给出同样的步骤",
                counts.join("，")
            )
        }
        P::UnknownLanguage { key, tag, declared } => {
            format!(
                "`{key}` 用了未知的语言 `{tag}`（本指南声明的语言：{}）",
                declared.join("、")
            )
        }
        P::MissingLanguage { key, tag } => format!("`{key}` 缺少{}（{tag}）文本", language(tag)),
        P::UnknownField { name, meant } => format!("未知字段 `{name}`{}", hint(meant)),
        P::NoGuide => "缺少 guide.toml：每套内容都必须有这个文件".to_string(),
        P::NotUtf8 => "此文件不是 UTF-8 文本（可能是二进制文件，或用了 GBK 等其他编码）；请另存为 UTF-8".to_string(),
        P::Unreadable { why } => format!("无法读取此文件：{why}"),
        P::TomlControl { c } => format!("TOML 语法错误：TOML 文本中不能直接写控制字符 {}，请删除", char_name(*c)),
        // The parser's own words are English; the heading says what kind of error it is.
        P::Toml { message } => format!("TOML 语法错误：{message}"),
        P::IdNotFileName { id, file_id } => format!("`id` = \"{id}\" 必须与文件名 `{file_id}.toml` 一致"),
        P::CategoryTwice { id } => format!("类别编号 `{id}` 重复使用"),
        P::HazardTwice { id } => format!("突发事件类别编号 `{id}` 重复使用"),
        P::PointListedTwice { id } => format!("要点 `{id}` 被列出了两次"),
        P::PointNoFile { id } => format!("要点 `{id}` 没有对应的文件 points/{id}.toml"),
        P::PointNotListed { id } => format!("要点 `{id}` 没有列入 guide.toml 的任何类别"),
        P::TooFewQuestions { count, min } => format!("此要点只有 {count} 道自测题，本指南要求至少 {min} 道"),
        P::ChecklistNoFile { id } => format!("清单 `{id}` 没有对应的文件 checklists/{id}.toml"),
        P::ChecklistNotListed { id } => format!("清单 `{id}` 没有列入 guide.toml 的 `checklists`"),
        P::UnknownRef { target, id, meant } => {
            let (what, note) = match target {
                RefKind::Point => ("要点", ""),
                RefKind::Hazard => ("突发事件类别", ""),
                RefKind::ChecklistItem => ("清单物品", "（写作“清单编号/物品编号”）"),
            };
            format!("未知的{what} `{id}`{note}{}", hint(meant))
        }
        P::LanguageTwice { tag } => format!("语言 `{tag}` 列出了两次"),
        P::UnsupportedLanguage { tag } => format!("不支持语言 `{tag}`（支持：zh-Hans、en）"),
        P::NoLanguages => "`locales` 至少要列出一种语言".to_string(),
        P::EmptyCategory => "每个类别的 `points` 中至少要有一个要点".to_string(),
        P::NotDialable { number } => format!("`number` = \"{number}\" 只能由数字组成，才能直接拨打"),
        P::PointNoSource => "每个要点至少要有一条依据（sources）".to_string(),
        P::RelatedToItself => "要点不能把自己列为相关要点".to_string(),
        P::ListedTwice { id, key } => format!("`{id}` 在 `{key}` 中列出了两次"),
        P::BadLevel { value } => format!("`level` = \"{value}\" 只能是 blue、yellow、orange 或 red"),
        P::BadUrl { url } => format!("`url` = \"{url}\" 不是网址"),
        P::QuestionTwiceInPoint { id } => format!("题目编号 `{id}` 在此要点中重复使用"),
        P::BadKind { value } => format!("`kind` = \"{value}\" 只能是 single、multiple 或 true-false"),
        P::TrueFalseOptions => "判断题不写 `options`：答案只有 true 或 false".to_string(),
        P::OptionCount { count } => format!("每道题需要 2 到 6 个选项，这道题有 {count} 个"),
        P::SameOptions { first, second } => format!("第 {first} 个选项和第 {second} 个选项相同"),
        P::AnswerNotList => "`answer` 应当是从 0 开始数的选项序号列表，如 [1]".to_string(),
        P::AnswerOutOfRange { n, options } => {
            format!("答案 {n} 超出范围：选项从 0 开始数，这道题共有 {options} 个选项")
        }
        P::AnswerTwice { n } => format!("答案 {n} 写了两次"),
        P::NoAnswer => "`answer` 没有指出任何选项".to_string(),
        P::SingleManyAnswers => "单选题只能有一个答案（多选题请写 kind = \"multiple\"）".to_string(),
        P::BadPeriod { text } => format!("`{text}` 不是有效的周期，应写成 \"6 months\" 或 \"1 year\" 这样"),
        P::PeriodOutOfRange { text } => format!("`{text}` 应在 1 天到 10 年之间"),
        P::ShelfLifeAndCheck => {
            "物品只能写 `shelf_life`（会过期）或 `check_every`（需定期查看）其中之一，不能两个都写".to_string()
        }
        P::EmptySection => "每个分组至少要有一件物品".to_string(),
        P::ItemTwice { id } => format!("物品编号 `{id}` 在此清单中重复使用"),
        P::OnlyWithPerPerson { key } => format!("`{key}` 只能和 `per_person` 一起使用"),
        P::PerPersonNeedsUnit => "`per_person` 需要配一个 `unit`，如 { en = \"litres\", zh-Hans = \"升\" }".to_string(),
        P::ReadinessQuestionTwice { id } => format!("题目编号 `{id}` 重复使用"),
        P::NoZeroLevel => "必须有一个等级写 `min_yes = 0`，这样每个家庭都能得到一个等级".to_string(),
        P::LevelTooHigh { id, min_yes, questions } => {
            format!("等级 {id} 需要 {min_yes} 个“是”，但一共只有 {questions} 道题")
        }
        P::DrillNoSource => "每个演练至少要有一条依据（sources）".to_string(),
        P::ChoiceCount { count } => format!("每一步需要 2 到 4 个选择，这一步有 {count} 个"),
        P::ChoiceTwice { id } => format!("选择编号 `{id}` 在这一步中重复使用"),
        P::GoodNeedsSource => "正确的选择需要写 `source`：它所依据的 [[sources]] 条目的序号".to_string(),
        P::NoSuchSource { n, sources } => {
            format!("`source` = {n} 没有对应的依据：依据从 1 开始数，此演练共有 {sources} 条")
        }
        P::BadOutcome { value } => format!("`outcome` = \"{value}\" 只能是 safe、hurt 或 worse"),
        P::TooManyLines { key, tag, lines } => format!("`{key}.{tag}` 有 {lines} 行；请控制在 1 到 4 行短句"),
        P::NamesNoPoint { key } => format!("`{key}` 没有列出任何要点"),
        P::StepUnreachable { id } => format!("从 `start` 出发走不到步骤 `{id}`"),
        P::EndingUnreachable { id } => format!("从 `start` 出发走不到结局 `{id}`"),
        P::LoopsBack { id } => {
            format!("`next` = \"{id}\" 回到了前面的步骤：演练只能往前走，每条路线都必须走到结局")
        }
        P::NoSafeEnding => "此演练没有一条路线以 `safe` 结束：至少要给出一种平安脱险的走法".to_string(),
        P::IdTaken { id, by_ending } => {
            let what = if *by_ending { "结局" } else { "步骤" };
            format!("`{id}` 已经是某个{what}的编号：同一演练中步骤和结局的编号不能重复")
        }
        P::StartIsEnding { id } => format!("`start` = \"{id}\" 是结局；它必须指向一个步骤"),
        P::NoSuchStep { key, id, meant } => {
            format!("`{key}` = \"{id}\" 不是此演练中任何步骤或结局的编号{}", hint(meant))
        }
        P::KioskSettings { message } => format!("设置有误：{message}"),
        P::UnknownSetting { name, known } => {
            let known: Vec<String> = known.iter().map(|k| format!("`{k}`")).collect();
            format!("未知字段 `{name}`；可用的字段：{}", known.join("、"))
        }
        P::KioskLanguage { tag } => format!("未知的语言 `{tag}`：请用 zh-Hans 或 en"),
        P::IdleRange { min, max } => format!("`idle` 必须在 {min} 到 {max} 秒之间"),
        P::WarningRange { idle } => format!("`warning` 至少 3 秒，并且要少于 `idle`（{idle} 秒）"),
        P::NoKioskLanguages => "`languages` 至少要列出一种语言".to_string(),
        P::StartNotOffered { tag } => format!("`start` = \"{tag}\" 不在 `languages` 之中"),
        P::PinNotHash => "`pin` 必须是 `ready kiosk --hash-pin` 生成的散列值，绝不能写 PIN 本身".to_string(),
        P::EmptySpeech { tag } => format!("{tag} 的朗读命令是空的"),
    }
}

pub fn missing(m: &Missing) -> String {
    match m {
        Missing::IsFile(dir) => format!("`{dir}` 是一个文件；请给出包含 guide.toml 的内容目录"),
        Missing::NoDirectory(dir) => format!("内容目录 `{dir}` 不存在"),
        Missing::NoGuideToml(dir) => format!("`{dir}` 不是内容目录：里面没有 guide.toml"),
        Missing::Damaged(why) => format!("内置指南已损坏：{why}"),
    }
}

/// Spaced as Chinese text sets Latin words: a space between Han and Latin.
fn expected_words(e: Expected) -> &'static str {
    match e {
        Expected::String => "字符串",
        Expected::WholeNumber => "整数",
        Expected::Number => "数字",
        Expected::Boolean => " true 或 false",
        Expected::Date => "形如 2026-11-24 的日期",
        Expected::Array => "数组",
        Expected::Table => "表",
        Expected::PerLanguage => "按语言分项的表，如 { en = \"…\", zh-Hans = \"…\" }",
    }
}

fn found_word(t: TomlType) -> &'static str {
    match t {
        TomlType::String => "字符串",
        TomlType::Integer => "整数",
        TomlType::Float => "小数",
        TomlType::Boolean => "布尔值",
        TomlType::Datetime => "日期时间",
        TomlType::Array => "数组",
        TomlType::Table => "表",
    }
}

/// `U+001B（ESC，会开始一个终端转义序列）`: the code point to search for, and
/// a name where the character has a well-known one.
fn char_name(c: char) -> String {
    let name = match c {
        '\u{1B}' => "（ESC，会开始一个终端转义序列）",
        '\t' => "（制表符）",
        '\r' => "（回车符）",
        '\n' => "（换行符，这一项只能写一行）",
        '\u{7F}' => "（DEL 删除符）",
        '\u{9B}' => "（CSI 控制序列引导符）",
        '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' => "（双向文字控制符，会打乱显示顺序）",
        _ => "",
    };
    format!("U+{:04X}{name}", c as u32)
}

/// A language tag as a Chinese reader names the language.
fn language(tag: &str) -> &str {
    match tag {
        "zh-Hans" => "简体中文",
        "en" => "英文",
        other => other,
    }
}
