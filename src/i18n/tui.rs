//! The interactive guide's own words that are not key labels (those come
//! from the keymap): a struct per language, so a missing translation is a
//! compile error, and functions for the sentences that carry numbers.

use crate::content::Locale;

pub struct Tui {
    /// Above the SOS overlay's metronome.
    pub sos_beat: &'static str,
    /// Beside the metronome's dot, on the beat.
    pub sos_push: &'static str,
    pub sos_cpr: &'static str,
    pub sos_phone: &'static str,
    /// Help over the search screen, before the keys.
    pub help_type_to_search: &'static str,
    pub help_mouse: &'static str,
    /// The search box's hint while it is empty.
    pub search_hint: &'static str,
    /// Home's two ways into the points.
    pub by_category: &'static str,
    pub by_hazard: &'static str,
}

pub static EN: Tui = Tui {
    sos_beat: "Push 100–120 a minute, with the beat: ",
    sos_push: "PUSH",
    sos_cpr: "CPR",
    sos_phone: "On the phone, say",
    help_type_to_search: "Type to search",
    help_mouse: "Mouse: click any item, tab or button; the wheel scrolls",
    search_hint: "Type to search both languages, e.g. earthquake, 煤气, cpr",
    by_category: "By category",
    by_hazard: "By type of emergency",
};

pub static ZH: Tui = Tui {
    sos_beat: "按压 100–120 次/分，跟着节拍：",
    sos_push: "按！",
    sos_cpr: "心肺复苏（CPR）",
    sos_phone: "打电话时说清楚",
    help_type_to_search: "直接输入文字进行搜索",
    help_mouse: "鼠标：点击任何条目、标签或按钮；滚轮滚动",
    search_hint: "输入关键词，中英文均可，如：地震、煤气、cpr",
    by_category: "按类别",
    by_hazard: "按突发事件类型",
};

pub fn tui(locale: Locale) -> &'static Tui {
    match locale {
        Locale::En => &EN,
        Locale::ZhHans => &ZH,
    }
}

/// A category's row on the home screen: points read, and its best quiz score.
pub fn read_count(locale: Locale, read: usize, total: usize, quiz_percent: Option<usize>) -> String {
    match (locale, quiz_percent) {
        (Locale::En, Some(p)) => format!("{read}/{total} read · quiz {p}%"),
        (Locale::En, None) => format!("{read}/{total} read"),
        (Locale::ZhHans, Some(p)) => format!("{read}/{total} 已读 · 测验{p}%"),
        (Locale::ZhHans, None) => format!("{read}/{total} 已读"),
    }
}

/// Home's summary line under the guide's edition.
pub fn read_of(locale: Locale, edition: &str, done: usize, total: usize) -> String {
    match locale {
        Locale::En => format!("{edition} · read {done} of {total}"),
        Locale::ZhHans => format!("{edition} · 已读 {done}/{total}"),
    }
}

/// What a window below the smallest layout shows, with its size, and the
/// quit key where there is one (a kiosk has none to offer).
pub fn too_small(locale: Locale, width: u16, height: u16, min_width: u16, min_height: u16, quit_key: &str) -> String {
    match (locale, quit_key) {
        (Locale::En, "") => {
            format!("Window too small ({width}×{height}). Please enlarge it to at least {min_width}×{min_height}.")
        }
        (Locale::En, q) => format!(
            "Window too small ({width}×{height}). Please enlarge it to at least {min_width}×{min_height}. Press {q} to quit."
        ),
        (Locale::ZhHans, "") => format!("窗口太小（{width}×{height}）。请放大到至少 {min_width}×{min_height}。"),
        (Locale::ZhHans, q) => {
            format!("窗口太小（{width}×{height}）。请放大到至少 {min_width}×{min_height}。按 {q} 退出。")
        }
    }
}

/// The notice when the kiosk's (or a reader's) speech command fails.
pub fn speech_failed(locale: Locale, why: &str) -> String {
    match locale {
        Locale::En => format!("speech command failed: {why}"),
        Locale::ZhHans => format!("朗读命令运行失败：{why}"),
    }
}

/// Which overlay a title is for.
pub enum Overlay {
    Help,
    Sos,
}

/// An overlay's title with the key that closes it (the keymap's label).
pub fn overlay_title(locale: Locale, overlay: Overlay, close: &str) -> String {
    match (overlay, locale) {
        (Overlay::Help, Locale::En) => format!(" Help  {close} to close "),
        (Overlay::Help, Locale::ZhHans) => format!(" 帮助  {close} 关闭 "),
        (Overlay::Sos, Locale::En) => format!(" SOS  {close} to close "),
        (Overlay::Sos, Locale::ZhHans) => format!(" 急救  {close} 关闭 "),
    }
}
