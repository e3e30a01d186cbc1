//! The family plan's and the calendar's words: field labels, why a value
//! cannot be kept, the printed page's headings, and the reminders in the
//! calendar file. `upkeep::plan` and `upkeep::ics` keep the data.

use crate::content::Locale;
use crate::upkeep::plan::{Field, Invalid, MAX_CHARS};

pub fn field(locale: Locale, field: Field) -> String {
    match (field, locale) {
        (Field::ContactName(n), Locale::ZhHans) => format!("联系人{n}：姓名"),
        (Field::ContactName(n), Locale::En) => format!("Contact {n}: name"),
        (Field::ContactPhone(n), Locale::ZhHans) => format!("联系人{n}：电话"),
        (Field::ContactPhone(n), Locale::En) => format!("Contact {n}: phone"),
        (Field::OutOfTownName, Locale::ZhHans) => "外地联络人：姓名".to_string(),
        (Field::OutOfTownName, Locale::En) => "Out-of-town contact: name".to_string(),
        (Field::OutOfTownPhone, Locale::ZhHans) => "外地联络人：电话".to_string(),
        (Field::OutOfTownPhone, Locale::En) => "Out-of-town contact: phone".to_string(),
        (Field::MeetingNear, Locale::ZhHans) => "集合点（楼外附近）".to_string(),
        (Field::MeetingNear, Locale::En) => "Meeting place near home".to_string(),
        (Field::MeetingFar, Locale::ZhHans) => "第二集合点（小区外）".to_string(),
        (Field::MeetingFar, Locale::En) => "Meeting place outside the neighbourhood".to_string(),
        (Field::GasShutoff, Locale::ZhHans) => "燃气阀门位置".to_string(),
        (Field::GasShutoff, Locale::En) => "Gas shut-off".to_string(),
        (Field::WaterShutoff, Locale::ZhHans) => "总水阀位置".to_string(),
        (Field::WaterShutoff, Locale::En) => "Water shut-off".to_string(),
        (Field::Medical, Locale::ZhHans) => "用药和医疗需求".to_string(),
        (Field::Medical, Locale::En) => "Medical needs".to_string(),
    }
}

/// Why a value typed into the plan was not kept.
pub fn invalid(locale: Locale, why: Invalid) -> String {
    match (why, locale) {
        (Invalid::TooLong, Locale::En) => format!("at most {MAX_CHARS} characters"),
        (Invalid::TooLong, Locale::ZhHans) => format!("最多{MAX_CHARS}个字"),
        (Invalid::NotAPhone, Locale::En) => "a phone number: digits, spaces, + - ( )".to_string(),
        (Invalid::NotAPhone, Locale::ZhHans) => "电话号码只能包含数字、空格和 + - ( )".to_string(),
    }
}

/// The printed page's words.
pub struct Page {
    /// The contacts table's heading and its two columns.
    pub contacts: [&'static str; 3],
    pub out_of_town: &'static str,
    pub meeting_places: &'static str,
    pub shut_offs: &'static str,
    pub medical: &'static str,
    /// The title when the guide has no `family-plan` checklist to name it.
    pub title: &'static str,
}

pub static PAGE_EN: Page = Page {
    contacts: ["Family and contacts", "Name", "Phone"],
    out_of_town: "Out-of-town contact",
    meeting_places: "Meeting places",
    shut_offs: "Shut-offs",
    medical: "Medical needs",
    title: "Family emergency plan",
};

pub static PAGE_ZH: Page = Page {
    contacts: ["家人和联系人", "姓名", "电话"],
    out_of_town: "外地联络人",
    meeting_places: "集合点",
    shut_offs: "阀门位置",
    medical: "医疗需求",
    title: "家庭应急预案",
};

pub fn page(locale: Locale) -> &'static Page {
    match locale {
        Locale::En => &PAGE_EN,
        Locale::ZhHans => &PAGE_ZH,
    }
}

/// "Next family drill: 12 May 2027".
pub fn next(locale: Locale, what: &str, day: &str) -> String {
    match locale {
        Locale::En => format!("Next {}: {day}", what.to_lowercase()),
        Locale::ZhHans => format!("下次{what}：{day}"),
    }
}

/// The calendar file's words.
pub fn calendar_name(locale: Locale) -> &'static str {
    match locale {
        Locale::En => "ready: household checks",
        Locale::ZhHans => "ready：家庭应急检查",
    }
}

/// An event's summary: what, and what its date means.
pub fn event_summary(locale: Locale, what: &str, label: &str) -> String {
    match locale {
        Locale::En => format!("{what}: {label}"),
        Locale::ZhHans => format!("{what}：{label}"),
    }
}

pub fn reminder(locale: Locale, what: &str) -> String {
    match locale {
        Locale::En => format!("Due: {what}"),
        Locale::ZhHans => format!("到期：{what}"),
    }
}
