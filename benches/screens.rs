//! What a frame costs: every screen drawn at 80×24 and 200×60 with guides of
//! 37, 1,000 and 10,000 points, and paging through the longest list. A frame
//! must stay under 1 ms whatever the size of the guide.
//!
//! Run with `cargo bench --bench screens` (bench/performance runs them all).

mod common;

use std::hint::black_box;
use std::time::Duration;

use common::{SCREENS, SIZES, app, draw, key, keys, terminal};
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use ratatui::crossterm::event::KeyCode;
use ready::content::Guide;
use ready::tui::app::App;
use ready::tui::screens::{PractiseRow, Screen};

/// The hazard class with the most points: the longest list a reader can open.
fn longest_list(app: &mut App<'_>, guide: &Guide) {
    let longest = (0..guide.hazards.len())
        .max_by_key(|&h| guide.points_of_hazard(&guide.hazards[h].id).count())
        .unwrap_or(0);
    key(app, KeyCode::Tab);
    for _ in 0..longest {
        key(app, KeyCode::Down);
    }
    key(app, KeyCode::Enter);
}

fn practise_row(app: &mut App<'_>, row: PractiseRow) {
    let Some(at) = app.practise_rows().iter().position(|r| *r == row) else {
        return;
    };
    keys(app, &[KeyCode::Tab, KeyCode::Tab]);
    for _ in 0..at {
        key(app, KeyCode::Down);
    }
    key(app, KeyCode::Enter);
}

type Setup = fn(&mut App<'_>, &Guide);

/// Each screen and the keys that open it from home.
const SCREEN_SETUPS: [(&str, Setup); 10] = [
    ("home", |_, _| {}),
    ("list", longest_list),
    ("point", |app, guide| {
        longest_list(app, guide);
        key(app, KeyCode::Enter);
    }),
    ("search", |app, _| {
        key(app, KeyCode::Char('/'));
        keys(
            app,
            &[
                KeyCode::Char('f'),
                KeyCode::Char('i'),
                KeyCode::Char('r'),
                KeyCode::Char('e'),
            ],
        );
    }),
    ("sos", |app, _| key(app, KeyCode::Char('!'))),
    ("help", |app, _| key(app, KeyCode::Char('?'))),
    ("quiz", |app, guide| {
        longest_list(app, guide);
        keys(app, &[KeyCode::Enter, KeyCode::Char('t')]);
    }),
    ("practise", |app, _| {
        keys(app, &[KeyCode::Tab, KeyCode::Tab, KeyCode::Down])
    }),
    ("checklist", |app, _| practise_row(app, PractiseRow::Checklist(0))),
    ("readiness", |app, _| practise_row(app, PractiseRow::Readiness)),
];

fn screens(c: &mut Criterion) {
    for n in SIZES {
        let Some(guide) = common::guide(n) else { continue };
        let mut group = c.benchmark_group(format!("draw/{n} points"));
        for (name, setup) in SCREEN_SETUPS {
            if name == "readiness" && guide.readiness.is_none() {
                continue;
            }
            for (w, h) in SCREENS {
                let Some(mut term) = terminal(w, h) else { continue };
                let mut app = app(guide);
                draw(&mut app, &mut term);
                setup(&mut app, guide);
                draw(&mut app, &mut term);
                group.bench_function(BenchmarkId::new(name, format!("{w}x{h}")), |b| {
                    b.iter(|| draw(black_box(&mut app), &mut term));
                });
            }
        }
        group.finish();
    }
}

/// PgDn then PgUp from the middle of the longest list, each key followed by
/// its frame, as a reader paging through it sees them.
fn paging(c: &mut Criterion) {
    let mut group = c.benchmark_group("PgDn+PgUp in the longest list");
    for n in SIZES {
        let Some(guide) = common::guide(n) else { continue };
        let Some(mut term) = terminal(80, 24) else { continue };
        let mut app = app(guide);
        draw(&mut app, &mut term);
        longest_list(&mut app, guide);
        if let Some(Screen::List(list)) = app.session.stack.last_mut() {
            list.selected = app_len(guide) / 2;
        }
        draw(&mut app, &mut term);
        group.bench_function(BenchmarkId::from_parameter(format!("{n} points")), |b| {
            b.iter(|| {
                key(&mut app, KeyCode::PageDown);
                draw(&mut app, &mut term);
                key(&mut app, KeyCode::PageUp);
                draw(&mut app, &mut term);
            });
        });
    }
    group.finish();
}

fn app_len(guide: &Guide) -> usize {
    guide
        .hazards
        .iter()
        .map(|h| guide.points_of_hazard(&h.id).count())
        .max()
        .unwrap_or(0)
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
        .sample_size(20);
    targets = screens, paging
}
criterion_main!(benches);
