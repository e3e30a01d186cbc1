//! What `ready kiosk` tells its operator on the terminal or in the journal,
//! in the operator's language (the service's locale, or --lang).

use crate::content::Locale;

pub enum Operator<'a> {
    /// `--check` found nothing wrong.
    CheckOk,
    BrokenBinary,
    Maintenance,
    NeedsTerminal,
    TerminalError(&'a str),
    CannotReadSettings {
        name: &'a str,
        why: &'a str,
    },
    PinPrompt,
    CannotReadPin,
    PinNotDigits,
    PinLength(usize),
    Reloaded,
    ReloadRefused(&'a str),
    CannotWriteStats(&'a str),
    NoSpeech(&'a str),
}

/// The line to print, `ready kiosk:` first where it is a report.
pub fn operator(locale: Locale, message: Operator<'_>) -> String {
    let (en, zh) = match message {
        Operator::CheckOk => {
            return match locale {
                Locale::En => "ok: the kiosk settings and content are valid".to_string(),
                Locale::ZhHans => "通过：终端机设置和内容均有效".to_string(),
            };
        }
        Operator::PinPrompt => {
            return match locale {
                Locale::En => "Type the operator PIN (4 to 12 digits) and press Enter:".to_string(),
                Locale::ZhHans => "请输入管理员 PIN（4 到 12 位数字），然后按回车：".to_string(),
            };
        }
        // Listed with the other problems, which name their file first.
        Operator::CannotReadSettings { name, why } => {
            return match locale {
                Locale::En => format!("{name}: cannot read the kiosk settings: {why}"),
                Locale::ZhHans => format!("{name}：无法读取终端机设置：{why}"),
            };
        }
        Operator::BrokenBinary => (
            "the built-in guide does not load; this binary is broken".to_string(),
            "内置指南无法载入；这个程序文件已损坏".to_string(),
        ),
        Operator::Maintenance => (
            "showing the maintenance screen until this is fixed (then send SIGUSR1)".to_string(),
            "改好之前显示维护画面（改好后发送 SIGUSR1）".to_string(),
        ),
        Operator::NeedsTerminal => (
            "needs a terminal; run it in one (see deploy/ready-kiosk.service)".to_string(),
            "需要在终端中运行（见 deploy/ready-kiosk.service）".to_string(),
        ),
        Operator::TerminalError(why) => (format!("terminal error: {why}"), format!("终端出错：{why}")),
        Operator::CannotReadPin => (
            "cannot read the PIN from standard input".to_string(),
            "无法从标准输入读取 PIN".to_string(),
        ),
        Operator::PinNotDigits => (
            "a PIN is digits only, so it can be typed on the touch screen's pad".to_string(),
            "PIN 只能是数字，这样才能在触摸屏的数字键盘上输入".to_string(),
        ),
        Operator::PinLength(n) => (
            format!("a PIN has 4 to 12 digits; this one has {n}"),
            format!("PIN 须为 4 到 12 位数字，这个是 {n} 位"),
        ),
        Operator::Reloaded => (
            "content and settings reloaded".to_string(),
            "内容和设置已重新载入".to_string(),
        ),
        Operator::ReloadRefused(why) => (
            format!("reload refused, keeping what is running: {why}"),
            format!("拒绝重新载入，继续使用正在运行的内容和设置：{why}"),
        ),
        Operator::CannotWriteStats(why) => (
            format!("cannot write statistics: {why}"),
            format!("无法写入统计数据：{why}"),
        ),
        Operator::NoSpeech(why) => (
            format!("the speech command cannot run ({why}); going on without speech"),
            format!("朗读命令无法运行（{why}）；继续运行，不朗读"),
        ),
    };
    match locale {
        Locale::En => format!("ready kiosk: {en}"),
        Locale::ZhHans => format!("ready kiosk：{zh}"),
    }
}

/// Why a reload was refused, when the new content has problems: how many,
/// and the first (the journal line stays one line).
pub fn problems_first(locale: Locale, n: usize, first: &str) -> String {
    match locale {
        Locale::En => format!("{n} problem(s), first: {first}"),
        Locale::ZhHans => format!("共 {n} 处问题，第一处：{first}"),
    }
}
