//! The tabs of a point's sections.

use crate::content::{Locale, Phase};

/// The parts of a point, as the reader jumps between them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    Summary,
    Warnings,
    Phase(Phase),
    Related,
    Sources,
}

/// Short names for the section tabs of a point.
pub fn section_tab(locale: Locale, section: Section) -> &'static str {
    let zh = locale == Locale::ZhHans;
    match section {
        Section::Summary => {
            if zh {
                "概要"
            } else {
                "Summary"
            }
        }
        Section::Warnings => {
            if zh {
                "预警"
            } else {
                "Warnings"
            }
        }
        Section::Phase(Phase::Before) => {
            if zh {
                "事前"
            } else {
                "Before"
            }
        }
        Section::Phase(Phase::During) => {
            if zh {
                "事中"
            } else {
                "During"
            }
        }
        Section::Phase(Phase::After) => {
            if zh {
                "事后"
            } else {
                "After"
            }
        }
        Section::Phase(Phase::Never) => {
            if zh {
                "切勿"
            } else {
                "Never"
            }
        }
        Section::Related => {
            if zh {
                "相关"
            } else {
                "Related"
            }
        }
        Section::Sources => {
            if zh {
                "依据"
            } else {
                "Sources"
            }
        }
    }
}
