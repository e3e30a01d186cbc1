//! What the kiosk screen itself says to visitors, in each language (its
//! operator reports are in `i18n::kiosk`; the guide's words in the content).

use crate::content::Locale;

pub struct Words {
    /// The language's own name, on its button.
    pub language: &'static str,
    pub touch: &'static str,
    pub tip: &'static str,
    pub back: &'static str,
    pub home: &'static str,
    pub sos: &'static str,
    pub repeat: &'static str,
    pub still_there: &'static str,
    pub resetting: &'static str,
    pub still_here: &'static str,
    pub maintenance: &'static str,
    pub maintenance_why: &'static str,
    pub cpr: &'static str,
    pub operator: &'static str,
    pub wrong_pin: &'static str,
    pub cancel: &'static str,
}

pub static EN: Words = Words {
    language: "English",
    touch: "Touch the screen or press any key to start",
    tip: "Safety tip",
    back: "◀ Back",
    home: "⌂ Home",
    sos: "SOS",
    repeat: "🔊 Repeat",
    still_there: "Are you still there?",
    resetting: "Starting over in",
    still_here: "I'm still here",
    maintenance: "This guide is being updated",
    maintenance_why: "Please ask staff, or come back later. In an emergency:",
    cpr: "If someone collapses and is not breathing normally",
    operator: "Operator PIN",
    wrong_pin: "Wrong PIN",
    cancel: "Cancel",
};

pub static ZH: Words = Words {
    language: "中文",
    touch: "触摸屏幕或按任意键开始",
    tip: "安全提示",
    back: "◀ 返回",
    home: "⌂ 首页",
    sos: "急救",
    repeat: "🔊 重读",
    still_there: "您还在吗？",
    resetting: "即将重新开始：",
    still_here: "我还在",
    maintenance: "指南正在更新",
    maintenance_why: "请咨询工作人员，或稍后再来。遇到紧急情况：",
    cpr: "有人倒地、没有正常呼吸时",
    operator: "管理员密码",
    wrong_pin: "密码错误",
    cancel: "取消",
};

pub fn words(locale: Locale) -> &'static Words {
    match locale {
        Locale::En => &EN,
        Locale::ZhHans => &ZH,
    }
}
