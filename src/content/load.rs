//! Loading a whole content set: every file read, every problem reported in
//! one run, and a `Guide` only when there were none.

use std::path::Path;

use toml::de::DeTable;

use super::diagnostic::{Diagnostic, Place};
use super::drill::Drill;
use super::files::{self, File};
use super::locale::Locale;
use super::model::{Checklist, Guide, Point, Readiness};
use super::parse::{self, GuideFile, Ref};
use super::problem::{Missing, Problem};
use super::reader::{Ctx, Fields};

/// Why a content set could not be used.
#[derive(Debug)]
pub enum LoadError {
    /// The set could not be found or opened at all.
    Missing(Missing),
    /// The set was read, and these are all of its problems, in file order.
    Invalid(Vec<Diagnostic>),
}

/// The guide in `dir`, checked by the same rules as the shipped one. Each
/// file is parsed as it is read and its text let go, so checking a large
/// set holds one file's text at a time, not the whole set's.
pub fn from_dir(dir: &Path) -> Result<Guide, LoadError> {
    read_dir(dir, true)
}

/// What `ready check` reads: every file checked in full, as `from_dir`
/// does, but a point's prose (its steps, warnings, sources) is let go once
/// it has been checked, since nothing after that reads it: the set-wide
/// checks need ids and links, the report counts, the quiz balance the
/// questions. At 10,000 points that is a third of the peak memory.
pub fn check_dir(dir: &Path) -> Result<Guide, LoadError> {
    read_dir(dir, false)
}

fn read_dir(dir: &Path, keep_prose: bool) -> Result<Guide, LoadError> {
    let paths = files::paths(dir).map_err(LoadError::Missing)?;
    let mut loader = Loader {
        keep_prose,
        ..Loader::default()
    };
    // Room for every point at once: grown by doubling, a large set's points
    // would briefly be held twice.
    let points = paths.iter().filter(|p| p.starts_with("points/")).count();
    loader.parts.points.reserve_exact(points);
    let mut paths = paths.into_iter();
    // `paths` puts guide.toml first: its languages decide what the rest must hold.
    if let Some(path) = paths.next() {
        match files::read(dir, path) {
            Ok(file) => loader.guide(Some(&file)),
            Err(d) => {
                loader.unreadable(d);
                loader.guide(None);
            }
        }
    }
    for path in paths {
        match files::read(dir, path) {
            Ok(file) => loader.file(&file),
            Err(d) => loader.unreadable(d),
        }
    }
    loader.finish()
}

/// A set given as (path, text) pairs, paths relative to the set with `/`:
/// what the fuzz target and tests feed the loader without touching disk.
pub fn from_memory(files: Vec<(String, String)>) -> Result<Guide, LoadError> {
    let files: Vec<File> = files.into_iter().map(|(path, text)| File { path, text }).collect();
    let mut loader = Loader::default();
    loader.guide(files.iter().find(|f| f.path == "guide.toml"));
    for file in &files {
        loader.file(file);
    }
    loader.finish()
}

/// Everything read from the set's files, before the set is checked as a whole.
#[derive(Default)]
pub(super) struct Parts {
    pub(super) guide: Option<GuideFile>,
    pub(super) points: Vec<Point>,
    /// The id of every point file, valid or not, so one broken point does
    /// not also show up as missing wherever it is referred to.
    pub(super) point_files: Vec<String>,
    /// Likewise for checklist files, and every item id written in them, as
    /// `checklist/item`.
    pub(super) checklist_files: Vec<String>,
    pub(super) item_ids: Vec<String>,
    pub(super) checklists: Vec<Checklist>,
    pub(super) readiness: Option<Readiness>,
    pub(super) drills: Vec<Drill>,
    pub(super) refs: Vec<Ref>,
    pub(super) quiz_counts: Vec<(Place, usize)>,
}

/// A set being loaded: guide.toml first, then the other files one by one.
struct Loader {
    locales: Vec<Locale>,
    parts: Parts,
    diagnostics: Vec<Diagnostic>,
    /// Kept to place the set-wide diagnostics that point into it.
    guide_text: String,
    keep_prose: bool,
}

impl Default for Loader {
    fn default() -> Self {
        Loader {
            locales: Locale::ALL.to_vec(),
            parts: Parts::default(),
            diagnostics: Vec::new(),
            guide_text: String::new(),
            keep_prose: true,
        }
    }
}

impl Loader {
    fn guide(&mut self, file: Option<&File>) {
        match file {
            Some(file) => {
                (self.locales, self.parts.guide) = read_guide(file, &mut self.diagnostics);
                self.guide_text = file.text.clone();
            }
            None => self
                .diagnostics
                .push(Place::start_of("guide.toml").has(Problem::NoGuide)),
        }
    }

    fn file(&mut self, file: &File) {
        let points = self.parts.points.len();
        read_file(file, &self.locales, &mut self.parts, &mut self.diagnostics);
        if !self.keep_prose {
            self.parts.points[points..]
                .iter_mut()
                .for_each(super::assemble::without_prose);
        }
    }

    /// A file that could not be read at all (binary, not UTF-8) is reported
    /// once; it still exists, so it is not reported missing as well.
    fn unreadable(&mut self, d: Diagnostic) {
        if let Some(name) = d.file.strip_prefix("points/") {
            self.parts.point_files.push(name.trim_end_matches(".toml").to_string());
        } else if let Some(name) = d.file.strip_prefix("checklists/") {
            self.parts
                .checklist_files
                .push(name.trim_end_matches(".toml").to_string());
        }
        self.diagnostics.push(d);
    }

    fn finish(self) -> Result<Guide, LoadError> {
        let Loader {
            locales,
            parts,
            mut diagnostics,
            guide_text,
            keep_prose: _,
        } = self;
        super::check_set::check_set(&parts, &guide_text, &mut diagnostics);
        diagnostics.sort();
        diagnostics.dedup();
        if !diagnostics.is_empty() {
            return Err(LoadError::Invalid(diagnostics));
        }
        let mut guide = super::assemble::assemble(parts, locales).ok_or_else(|| LoadError::Invalid(Vec::new()))?;
        guide.index();
        Ok(guide)
    }
}

fn read_file(file: &File, locales: &[Locale], parts: &mut Parts, diagnostics: &mut Vec<Diagnostic>) {
    let stem = file
        .path
        .rsplit('/')
        .next()
        .unwrap_or("")
        .trim_end_matches(".toml")
        .to_string();
    if file.path.starts_with("points/") {
        parts.point_files.push(stem.clone());
        with_table(file, locales, diagnostics, |ctx, fields| {
            let (quiz_at, count) = fields.array_len("quiz");
            parts.quiz_counts.push((ctx.file.place(quiz_at.start), count));
            if let Some(point) = parse::point(ctx, fields, &mut parts.refs, &stem) {
                parts.points.push(point);
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
