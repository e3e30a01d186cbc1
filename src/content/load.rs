//! Loading a whole content set: every file read, every problem reported in
//! one run, and a `Guide` only when there were none.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use toml::Spanned;
use toml::de::DeTable;

use super::diagnostic::{Diagnostic, Place, SourceFile};
use super::drill::Drill;
use super::files::{self, File};
use super::locale::Locale;
use super::model::{Checklist, Guide, Point, Readiness};
use super::parse::{self, GuideFile, Ref, Target};
use super::problem::{Missing, Problem, RefKind};
use super::reader::{Ctx, Fields};

/// Why a content set could not be used.
#[derive(Debug)]
pub enum LoadError {
    /// The set could not be found or opened at all.
    Missing(Missing),
    /// The set was read, and these are all of its problems, in file order.
    Invalid(Vec<Diagnostic>),
}

/// The guide in `dir`, checked by the same rules as the shipped one.
pub fn from_dir(dir: &Path) -> Result<Guide, LoadError> {
    let mut diagnostics = Vec::new();
    let files = files::from_dir(dir, &mut diagnostics).map_err(LoadError::Missing)?;
    load_files(files, diagnostics)
}

/// A set given as (path, text) pairs, paths relative to the set with `/`:
/// what the fuzz target and tests feed the loader without touching disk.
pub fn from_memory(files: Vec<(String, String)>) -> Result<Guide, LoadError> {
    let files = files.into_iter().map(|(path, text)| File { path, text }).collect();
    load_files(files, Vec::new())
}

/// Everything read from the set's files, before the set is checked as a whole.
struct Parts {
    guide: Option<GuideFile>,
    points: Vec<(String, Point)>,
    /// The id of every point file, valid or not, so one broken point does
    /// not also show up as missing wherever it is referred to.
    point_files: Vec<String>,
    /// Likewise for checklist files, and every item id written in them, as
    /// `checklist/item`.
    checklist_files: Vec<String>,
    item_ids: Vec<String>,
    checklists: Vec<Checklist>,
    readiness: Option<Readiness>,
    drills: Vec<Drill>,
    refs: Vec<Ref>,
    quiz_counts: Vec<(Place, usize)>,
}

pub fn load_files(files: Vec<File>, mut diagnostics: Vec<Diagnostic>) -> Result<Guide, LoadError> {
    let guide_file = files.iter().find(|f| f.path == "guide.toml");
    let mut locales = Locale::ALL.to_vec();
    let mut parts = Parts {
        guide: None,
        points: Vec::new(),
        point_files: Vec::new(),
        checklist_files: Vec::new(),
        item_ids: Vec::new(),
        checklists: Vec::new(),
        readiness: None,
        drills: Vec::new(),
        refs: Vec::new(),
        quiz_counts: Vec::new(),
    };
    // A file that could not be read at all (binary, not UTF-8) was reported
    // already; it still exists, so it is not reported missing as well.
    for d in &diagnostics {
        if let Some(name) = d.file.strip_prefix("points/") {
            parts.point_files.push(name.trim_end_matches(".toml").to_string());
        } else if let Some(name) = d.file.strip_prefix("checklists/") {
            parts.checklist_files.push(name.trim_end_matches(".toml").to_string());
        }
    }
    let guide_text = guide_file.map_or("", |f| f.text.as_str());
    match guide_file {
        Some(file) => (locales, parts.guide) = read_guide(file, &mut diagnostics),
        None => diagnostics.push(Place::start_of("guide.toml").has(Problem::NoGuide)),
    }
    for file in &files {
        read_file(file, &locales, &mut parts, &mut diagnostics);
    }
    check_set(&parts, guide_text, &mut diagnostics);
    diagnostics.sort();
    diagnostics.dedup();
    if !diagnostics.is_empty() {
        return Err(LoadError::Invalid(diagnostics));
    }
    let mut guide = assemble(parts, locales).ok_or_else(|| LoadError::Invalid(Vec::new()))?;
    guide.index();
    Ok(guide)
}

fn read_file(file: &File, locales: &[Locale], parts: &mut Parts, diagnostics: &mut Vec<Diagnostic>) {
    let stem = file
        .path
        .rsplit('/')
        .next()
        .unwrap_or("")
        .trim_end_matches(".toml")
        .to_string();
    if let Some(name) = file.path.strip_prefix("points/") {
        parts.point_files.push(stem.clone());
        with_table(file, locales, diagnostics, |ctx, fields| {
            let (quiz_at, count) = fields.array_len("quiz");
            parts.quiz_counts.push((ctx.file.place(quiz_at.start), count));
            if let Some(point) = parse::point(ctx, fields, &mut parts.refs, &stem) {
                parts.points.push((name.to_string(), point));
            }
        });
    } else if file.path.starts_with("checklists/") {
        parts.checklist_files.push(stem.clone());
        with_table(file, locales, diagnostics, |ctx, fields| {
            let mut items = Vec::new();
            parts
                .checklists
                .extend(parse::checklist(ctx, fields, &mut parts.refs, &stem, &mut items));
            parts
                .item_ids
                .extend(items.into_iter().map(|item| format!("{stem}/{item}")));
        });
    } else if file.path.starts_with("drills/") {
        with_table(file, locales, diagnostics, |ctx, fields| {
            parts.drills.extend(parse::drill(ctx, fields, &mut parts.refs, &stem));
        });
    } else if file.path == "readiness.toml" {
        with_table(file, locales, diagnostics, |ctx, fields| {
            parts.readiness = parse::readiness(ctx, fields, &mut parts.refs);
        });
    }
}

/// `guide.toml` is read first: the languages it declares decide what every
/// other text must hold.
fn read_guide(file: &File, diagnostics: &mut Vec<Diagnostic>) -> (Vec<Locale>, Option<GuideFile>) {
    let all = Locale::ALL;
    let mut ctx = Ctx::new(&file.path, &file.text, &all);
    let table = match DeTable::parse(&file.text) {
        Ok(table) => table,
        Err(e) => {
            syntax_error(&mut ctx, &e);
            diagnostics.append(&mut ctx.diagnostics);
            return (all.to_vec(), None);
        }
    };
    let mut fields = Fields::new(table.get_ref(), 0..0);
    let locales = parse::locales(&mut ctx, &mut fields);
    // One context for the whole file, so a misspelt `locales` is matched
    // with its "missing" report when the unknown keys are listed.
    ctx.locales = &locales;
    let guide = parse::guide(&mut ctx, &mut fields);
    fields.finish(&mut ctx);
    diagnostics.append(&mut ctx.diagnostics);
    (locales, Some(guide))
}

fn syntax_error(ctx: &mut Ctx<'_>, e: &toml::de::Error) {
    let span = e.span().unwrap_or(0..0);
    // The parser's words for a raw control byte ("expected non-double-quote
    // visible characters") do not say what is wrong; name the character.
    let line_end = ctx.file.text[span.start.min(ctx.file.text.len())..]
        .find('\n')
        .map_or(ctx.file.text.len(), |i| span.start + i);
    let raw = ctx.file.text.get(span.start..line_end.max(span.end)).unwrap_or("");
    if let Some((i, c)) = raw
        .char_indices()
        .find(|&(_, c)| c.is_control() && c != '\t' && c != '\n')
    {
        let at = span.start + i;
        ctx.error(&(at..at), Problem::TomlControl { c });
        return;
    }
    let message = e.message().trim().replace('\n', " ");
    ctx.error(&span, Problem::Toml { message });
}

/// Parses one file and hands its top-level table to `read`. A syntax error
/// is reported and stops only this file.
fn with_table(
    file: &File,
    locales: &[Locale],
    diagnostics: &mut Vec<Diagnostic>,
    read: impl FnOnce(&mut Ctx<'_>, &mut Fields<'_, '_>),
) {
    let mut ctx = Ctx::new(&file.path, &file.text, locales);
    match DeTable::parse(&file.text) {
        Ok(table) => {
            let mut fields = Fields::new(table.get_ref(), 0..0);
            read(&mut ctx, &mut fields);
            fields.finish(&mut ctx);
        }
        Err(e) => syntax_error(&mut ctx, &e),
    }
    diagnostics.append(&mut ctx.diagnostics);
}

/// The checks that need more than one file: the declared structure, unique
/// ids, references that resolve.
fn check_set(parts: &Parts, guide_text: &str, diagnostics: &mut Vec<Diagnostic>) {
    let Some(guide) = &parts.guide else { return };
    let file = SourceFile {
        name: "guide.toml",
        text: guide_text,
    };
    let at = |s: &Spanned<String>| file.place(s.span().start);
    let mut seen = BTreeSet::new();
    for c in &guide.categories {
        let id = c.get_ref().id.clone();
        if !seen.insert(id.clone()) {
            diagnostics.push(file.at(c.span().start, Problem::CategoryTwice { id }));
        }
    }
    let mut seen = BTreeSet::new();
    for h in &guide.hazards {
        let id = h.get_ref().id.clone();
        if !seen.insert(id.clone()) {
            diagnostics.push(file.at(h.span().start, Problem::HazardTwice { id }));
        }
    }
    let have: BTreeSet<&str> = parts.point_files.iter().map(String::as_str).collect();
    let mut listed = BTreeSet::new();
    for id in &guide.listed {
        if !listed.insert(id.get_ref().as_str()) {
            diagnostics.push(at(id).has(Problem::PointListedTwice {
                id: id.get_ref().clone(),
            }));
        } else if !have.contains(id.get_ref().as_str()) {
            diagnostics.push(at(id).has(Problem::PointNoFile {
                id: id.get_ref().clone(),
            }));
        }
    }
    for id in &parts.point_files {
        if !listed.contains(id.as_str()) {
            let place = Place::start_of(format!("points/{id}.toml"));
            diagnostics.push(place.has(Problem::PointNotListed { id: id.clone() }));
        }
    }
    for (at, count) in &parts.quiz_counts {
        if *count < guide.min_questions {
            diagnostics.push(at.has(Problem::TooFewQuestions {
                count: *count,
                min: guide.min_questions,
            }));
        }
    }
    let checklist_ids: BTreeSet<&str> = parts.checklist_files.iter().map(String::as_str).collect();
    for id in &guide.checklists {
        if !checklist_ids.contains(id.get_ref().as_str()) {
            diagnostics.push(at(id).has(Problem::ChecklistNoFile {
                id: id.get_ref().clone(),
            }));
        }
    }
    if !guide.checklists.is_empty() {
        for id in &checklist_ids {
            if !guide.checklists.iter().any(|c| c.get_ref() == id) {
                let place = Place::start_of(format!("checklists/{id}.toml"));
                diagnostics.push(place.has(Problem::ChecklistNotListed { id: id.to_string() }));
            }
        }
    }
    let hazards: BTreeSet<&str> = guide.hazard_ids.iter().map(String::as_str).collect();
    let items: BTreeSet<&str> = parts.item_ids.iter().map(String::as_str).collect();
    // A listed point whose file is missing was reported once, where it is
    // listed; references to it are not reported again.
    let have: BTreeSet<&str> = have.union(&listed).copied().collect();
    let mut hints = Hints::default();
    let mut broken: Vec<&Ref> = parts
        .refs
        .iter()
        .filter(|r| match r.target {
            Target::Point => !have.contains(r.id.as_str()),
            Target::Hazard => !hazards.contains(r.id.as_str()),
            Target::ChecklistItem => !items.contains(r.id.as_str()),
        })
        .collect();
    // In the order they will be printed, so the hints go to those shown.
    broken.sort_by(|a, b| a.at.cmp(&b.at));
    for r in broken {
        let (target, known) = match r.target {
            Target::Point => (RefKind::Point, &have),
            Target::Hazard => (RefKind::Hazard, &hazards),
            Target::ChecklistItem => (RefKind::ChecklistItem, &items),
        };
        let meant = hints.for_id(r.target, &r.id, known);
        let id = r.id.clone();
        diagnostics.push(r.at.has(Problem::UnknownRef { target, id, meant }));
    }
}

/// Did-you-mean for broken references, cheap at any size: each distinct
/// missing id is compared once, and only the first `HINTED` distinct ids get
/// a hint at all (no more than that are printed, and a set with thousands
/// of broken links has one cause to fix, not thousands of typos).
#[derive(Default)]
struct Hints {
    done: BTreeMap<(u8, String), Option<String>>,
}

const HINTED: usize = 64;

impl Hints {
    fn for_id(&mut self, target: Target, id: &str, known: &BTreeSet<&str>) -> Option<String> {
        let key = (target as u8, id.to_string());
        if let Some(hint) = self.done.get(&key) {
            return hint.clone();
        }
        if self.done.len() >= HINTED {
            return None;
        }
        let hint = crate::suggest::nearest(id, known.iter().copied(), 1)
            .first()
            .map(|s| (*s).to_string());
        self.done.insert(key, hint.clone());
        hint
    }
}

fn assemble(parts: Parts, locales: Vec<Locale>) -> Option<Guide> {
    let guide = parts.guide?;
    let mut by_id: BTreeMap<String, Point> = parts.points.into_iter().map(|(_, p)| (p.id.clone(), p)).collect();
    let categories: Vec<_> = guide.categories.into_iter().map(Spanned::into_inner).collect();
    let mut points = Vec::new();
    for c in &categories {
        for id in &c.points {
            if let Some(mut p) = by_id.remove(id) {
                p.category = c.id.clone();
                points.push(p);
            }
        }
    }
    let order: Vec<String> = guide.checklists.into_iter().map(Spanned::into_inner).collect();
    let mut checklists = parts.checklists;
    checklists.sort_by_key(|c| order.iter().position(|id| *id == c.id).unwrap_or(usize::MAX));
    Some(Guide {
        title: guide.title?,
        edition: guide.edition?,
        locales,
        min_questions: guide.min_questions,
        numbers: guide.numbers,
        hazards: guide.hazards.into_iter().map(Spanned::into_inner).collect(),
        categories,
        points,
        checklists,
        readiness: parts.readiness,
        drills: parts.drills,
        lookup: Default::default(),
    })
}
