//! One point as a document, built once from (guide, point, language): its
//! blocks in reading order, each with its heading and words, its links
//! already resolved to points and drills. Plain text, Markdown, HTML and the
//! TUI's point view only lay it out, so what a point shows, in which order,
//! and which related points exist, is decided here and nowhere else.

use crate::content::{Guide, Locale, Phase, Point, PointIx, Source, WarningLevel};
use crate::i18n::{Section, strings};

pub struct PointDoc<'g> {
    pub id: &'g str,
    pub title: &'g str,
    /// For the punctuation a renderer joins labels with.
    pub locale: Locale,
    pub blocks: Vec<Block<'g>>,
}

/// A part of a point. Every renderer matches them all, so a new part cannot
/// be forgotten by one face and shown by another.
pub enum Block<'g> {
    Summary(&'g str),
    /// Where the point sits in the guide, by category and by hazard class.
    Place {
        category_label: &'static str,
        category: &'g str,
        hazard_label: &'static str,
        hazard: &'g str,
    },
    /// Drills that rehearse the point; only present when there are some.
    Drills(Vec<DrillLink<'g>>),
    /// Warning signals; only present when the point has some.
    Warnings {
        heading: &'static str,
        warnings: Vec<Warning<'g>>,
    },
    /// One phase of the guidance; all four are always present, in order.
    Steps {
        phase: Phase,
        heading: &'static str,
        steps: Vec<Step<'g>>,
    },
    Note {
        label: &'static str,
        text: &'g str,
    },
    /// Related points that exist; only present when there are some.
    Related {
        heading: &'static str,
        links: Vec<Link<'g>>,
    },
    /// The guidance followed, and when the point was last checked against it.
    Sources {
        heading: &'static str,
        sources: &'g [Source],
        reviewed_label: &'static str,
        reviewed: &'g str,
    },
}

pub struct Warning<'g> {
    pub level: WarningLevel,
    /// The level's name: "Blue", "蓝色预警".
    pub name: &'static str,
    pub meaning: &'g str,
    pub action: &'g str,
}

pub struct Step<'g> {
    /// 1-based, in every phase; a renderer may mark mistakes (`never`) otherwise.
    pub number: usize,
    pub text: &'g str,
}

pub struct Link<'g> {
    pub point: PointIx,
    pub id: &'g str,
    pub title: &'g str,
}

pub struct DrillLink<'g> {
    /// Index into the guide's drills.
    pub drill: usize,
    pub title: &'g str,
}

impl Block<'_> {
    /// The section a block starts, for a face that jumps between sections.
    pub fn section(&self) -> Option<Section> {
        match self {
            Block::Summary(_) => Some(Section::Summary),
            Block::Warnings { .. } => Some(Section::Warnings),
            Block::Steps { phase, .. } => Some(Section::Phase(*phase)),
            Block::Related { .. } => Some(Section::Related),
            Block::Sources { .. } => Some(Section::Sources),
            Block::Place { .. } | Block::Drills(_) | Block::Note { .. } => None,
        }
    }
}

impl<'g> PointDoc<'g> {
    pub fn new(guide: &'g Guide, point: &'g Point, locale: Locale) -> PointDoc<'g> {
        let s = strings(locale);
        let ix = guide.point_ix(&point.id);
        let mut blocks = vec![
            Block::Summary(point.summary.text(locale)),
            Block::Place {
                category_label: s.category,
                category: guide.category(&point.category).map_or("", |c| c.title.text(locale)),
                hazard_label: s.hazard,
                hazard: guide.hazard(&point.hazard).map_or("", |h| h.title.text(locale)),
            },
        ];
        let drills: Vec<DrillLink<'g>> = guide
            .drill_indices_for(&point.id)
            .iter()
            .filter_map(|&drill| {
                let title = guide.drills.get(drill)?.title.text(locale);
                Some(DrillLink { drill, title })
            })
            .collect();
        if !drills.is_empty() {
            blocks.push(Block::Drills(drills));
        }
        if !point.warnings.is_empty() {
            let warnings = point
                .warnings
                .iter()
                .map(|w| Warning {
                    level: w.level,
                    name: s.level(w.level),
                    meaning: w.meaning.text(locale),
                    action: w.action.text(locale),
                })
                .collect();
            blocks.push(Block::Warnings {
                heading: s.warnings,
                warnings,
            });
        }
        for phase in Phase::ALL {
            let steps = point.steps(phase).list(locale).iter();
            blocks.push(Block::Steps {
                phase,
                heading: s.phase(phase),
                steps: steps
                    .enumerate()
                    .map(|(i, text)| Step { number: i + 1, text })
                    .collect(),
            });
        }
        if let Some(note) = &point.note {
            blocks.push(Block::Note {
                label: s.note,
                text: note.text(locale),
            });
        }
        let related = ix.map_or(&[][..], |ix| guide.lookup.related(ix));
        if !related.is_empty() {
            let links = related
                .iter()
                .map(|&ix| {
                    let p = guide.point_at(ix);
                    Link {
                        point: ix,
                        id: &p.id,
                        title: p.title.text(locale),
                    }
                })
                .collect();
            blocks.push(Block::Related {
                heading: s.related,
                links,
            });
        }
        blocks.push(Block::Sources {
            heading: s.sources,
            sources: &point.sources,
            reviewed_label: s.reviewed,
            reviewed: &point.reviewed,
        });
        PointDoc {
            id: &point.id,
            title: point.title.text(locale),
            locale,
            blocks,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::embedded;

    fn kinds(doc: &PointDoc<'_>) -> Vec<String> {
        doc.blocks
            .iter()
            .map(|b| match b {
                Block::Summary(_) => "summary".into(),
                Block::Place { .. } => "place".into(),
                Block::Drills(_) => "drills".into(),
                Block::Warnings { .. } => "warnings".into(),
                Block::Steps { phase, .. } => phase.key().into(),
                Block::Note { .. } => "note".into(),
                Block::Related { .. } => "related".into(),
                Block::Sources { .. } => "sources".into(),
            })
            .collect()
    }

    #[test]
    fn a_point_reads_in_one_order_and_leaves_out_what_it_has_none_of() {
        let guide = embedded().unwrap();
        let typhoon = PointDoc::new(&guide, guide.point("typhoon").unwrap(), Locale::En);
        assert_eq!(typhoon.title, "Typhoon");
        let mut expected = vec!["summary", "place"];
        if guide.drills_for("typhoon").next().is_some() {
            expected.push("drills");
        }
        expected.extend(["warnings", "before", "during", "after", "never"]);
        if guide.point("typhoon").unwrap().note.is_some() {
            expected.push("note");
        }
        expected.extend(["related", "sources"]);
        assert_eq!(kinds(&typhoon), expected);
        let cpr = guide.point("cpr-aed").unwrap();
        assert!(cpr.warnings.is_empty(), "a point without warning signals");
        assert!(!kinds(&PointDoc::new(&guide, cpr, Locale::ZhHans)).contains(&"warnings".to_string()));
    }

    #[test]
    fn links_lead_to_the_points_and_drills_they_name_skipping_unknown_ids() {
        let mut guide = embedded().unwrap();
        let fire = guide.point_index("fire").unwrap();
        let named = guide.points[fire].related.clone();
        guide.points[fire].related.insert(0, "no-such-point".into());
        guide.index();
        let point = &guide.points[fire];
        let doc = PointDoc::new(&guide, point, Locale::ZhHans);
        let links = doc.blocks.iter().find_map(|b| match b {
            Block::Related { links, .. } => Some(links),
            _ => None,
        });
        let ids: Vec<&str> = links.unwrap().iter().map(|l| l.id).collect();
        assert_eq!(ids, named);
        for link in links.unwrap() {
            let target = guide.point_at(link.point);
            assert_eq!(
                (target.id.as_str(), target.title.text(Locale::ZhHans)),
                (link.id, link.title)
            );
        }
        let choking = guide.point("choking").unwrap();
        let doc = PointDoc::new(&guide, choking, Locale::En);
        let drills = doc.blocks.iter().find_map(|b| match b {
            Block::Drills(d) => Some(d),
            _ => None,
        });
        for d in drills.expect("the shipped set rehearses choking") {
            assert!(guide.drills[d.drill].rehearses.contains(&choking.id));
        }
    }
}
