//! No input breaks the guide or the kiosk: random keys, clicks, wheel
//! notches, ticks and resizes (1×1 to 300×100), fed to `update` on every
//! screen (each run starts from one of them, opened by its keys from home,
//! in a random theme at a random size), each followed by a frame. Nothing
//! panics, a selection is always in range, a scroll never passes the end,
//! nothing unprintable reaches the screen, every touch target and the
//! cursor lie inside the window, drawing the same state again gives the
//! same frame, home stays at the bottom, and Esc always leads back to it.
//!
//! The soak (a million events, memory measured) is `#[ignore]`d here and run
//! by bench/soak.

#![allow(clippy::panic, clippy::unwrap_used)]

mod common;

use std::time::{Duration, Instant};

use proptest::prelude::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
use ready::content::sanitize::is_forbidden;
use ready::content::{Guide, Locale};
use ready::kiosk::Config;
use ready::progress::Progress;
use ready::tui::ThemeName;
use ready::tui::action::Msg;
use ready::tui::app::{App, Overlay};
use ready::tui::kiosk::{Kiosk, KioskMsg, Stage};
use ready::tui::screens::point::anchored_scroll;
use ready::tui::screens::{HomeColumn, Screen};

#[derive(Clone, Debug)]
enum Event {
    Key(KeyCode, KeyModifiers),
    Click(u16, u16),
    Wheel(bool, u16, u16),
    Resize(u16, u16),
    /// Milliseconds that pass.
    Wait(u64),
}

/// Keys that do something somewhere, plus any character.
fn key_code() -> impl Strategy<Value = KeyCode> {
    prop_oneof![
        6 => prop::sample::select(vec![
            KeyCode::Up, KeyCode::Down, KeyCode::Left, KeyCode::Right, KeyCode::Enter, KeyCode::Esc,
            KeyCode::Backspace, KeyCode::Tab, KeyCode::BackTab, KeyCode::PageUp, KeyCode::PageDown,
            KeyCode::Home, KeyCode::End, KeyCode::Char(' '),
        ]),
        4 => prop::sample::select(vec!['j', 'k', 'h', 'l', '/', '?', '!', 't', 'y', 'n', '1', '2', '3', '4', '+', '-', 'L', 'q', 'g', 'G', 'm', 'r', 'c', 's', 'd', 'e', 'o', 'x']).prop_map(KeyCode::Char),
        1 => any::<char>().prop_map(KeyCode::Char),
    ]
}

fn event() -> impl Strategy<Value = Event> {
    let modifiers = prop_oneof![
        8 => Just(KeyModifiers::NONE),
        1 => Just(KeyModifiers::CONTROL),
        1 => Just(KeyModifiers::SHIFT),
    ];
    prop_oneof![
        12 => (key_code(), modifiers).prop_map(|(c, m)| Event::Key(c, m)),
        3 => (0..210u16, 0..70u16).prop_map(|(x, y)| Event::Click(x, y)),
        2 => (any::<bool>(), 0..210u16, 0..70u16).prop_map(|(d, x, y)| Event::Wheel(d, x, y)),
        1 => prop_oneof![
            (1..=300u16, 1..=100u16),
            (38..=82u16, 10..=26u16),
        ].prop_map(|(w, h)| Event::Resize(w, h)),
        1 => prop_oneof![0..2_000u64, 0..400_000u64].prop_map(Event::Wait),
    ]
}

fn mouse(kind: MouseEventKind, column: u16, row: u16) -> MouseEvent {
    MouseEvent {
        kind,
        column,
        row,
        modifiers: KeyModifiers::NONE,
    }
}

fn wheel(down: bool) -> MouseEventKind {
    if down {
        MouseEventKind::ScrollDown
    } else {
        MouseEventKind::ScrollUp
    }
}

fn fixture() -> &'static Guide {
    static GUIDE: std::sync::OnceLock<Guide> = std::sync::OnceLock::new();
    GUIDE.get_or_init(|| {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/minimal");
        ready::content::from_dir(std::path::Path::new(dir)).unwrap()
    })
}

/// The guide as the runtime drives it: an event, then a frame.
struct Guided {
    app: App<'static>,
    term: Terminal<TestBackend>,
    now: u64,
    /// The last frame as seen (text and styles), drawn whole before the
    /// app kept what it reported.
    seen: String,
}

const THEMES: [ThemeName; 4] = [
    ThemeName::Default,
    ThemeName::HighContrast,
    ThemeName::Mono,
    ThemeName::Console,
];

/// How many screens and overlays `opening` can open.
const STARTS: usize = 8 + 3 * 9;

/// The keys from home that open a screen or an overlay, so every screen is
/// drawn at random sizes, not only those random keys happen to reach:
/// home, a list, a point, search, a quiz, SOS, help, a point's drill, then
/// each practise row (the due list, self-check, mistakes, drills, the
/// readiness check, each checklist), alone, with its first item opened,
/// or with `e` (the family plan's form).
fn opening(app: &App<'_>, start: usize) -> Vec<KeyCode> {
    use KeyCode::{Char, Down, Enter, Tab};
    let fixed: [&[KeyCode]; 8] = [
        &[],
        &[Enter],
        &[Enter, Enter],
        &[Char('/'), Char('f')],
        &[Enter, Enter, Char('t')],
        &[Char('!')],
        &[Char('?')],
        &[Enter, Enter, Char('d')],
    ];
    if let Some(keys) = fixed.get(start) {
        return keys.to_vec();
    }
    let i = start - fixed.len();
    let rows = app.practise_rows().len().max(1);
    let mut keys = vec![Tab, Tab];
    keys.extend(std::iter::repeat_n(Down, (i / 3) % rows));
    keys.push(Enter);
    match i % 3 {
        0 => {}
        1 => keys.push(Enter),
        _ => keys.push(Char('e')),
    }
    keys
}

/// Two things due this month (one overdue), so the due list is a row.
fn with_dates(app: &mut App<'_>) {
    let today = app.env.today;
    let day = |days: i64| today.checked_add(jiff::Span::new().days(days)).unwrap();
    let progress = &mut app.session.progress;
    progress.dates.insert("supplies/water".into(), day(-12));
    progress.dates.insert("family-plan".into(), day(3));
    progress.ticks.insert("supplies/water".into());
}

impl Guided {
    fn new(guide: &'static Guide, locale: Locale, theme: ThemeName, (w, h): (u16, u16)) -> Guided {
        let mut app = App::new(guide, locale, theme, Progress::new());
        ready::tui::update::update(&mut app, Msg::Resize(w, h));
        let mut g = Guided {
            app,
            term: Terminal::new(TestBackend::new(w, h)).unwrap(),
            now: 0,
            seen: String::new(),
        };
        g.draw();
        g
    }

    fn draw(&mut self) {
        let mut last = None;
        let app = &self.app;
        self.term
            .draw(|frame| last = Some(ready::tui::view::view(app, frame)))
            .unwrap();
        self.seen = common::styled_text(&whole(app, self.term.backend().buffer().area));
        self.app.keep_frame(last.unwrap_or_default());
    }

    fn feed(&mut self, event: &Event) {
        let msg = match *event {
            Event::Key(code, modifiers) => Msg::Key(KeyEvent::new(code, modifiers)),
            Event::Click(x, y) => Msg::Mouse(mouse(MouseEventKind::Down(MouseButton::Left), x, y)),
            Event::Wheel(down, x, y) => Msg::Mouse(mouse(wheel(down), x, y)),
            Event::Resize(w, h) => {
                self.term.backend_mut().resize(w, h);
                Msg::Resize(w, h)
            }
            Event::Wait(ms) => {
                self.now += ms;
                Msg::Tick(self.now)
            }
        };
        // Leaving is a key like any other here: the effects are the
        // runtime's, and the guide goes on.
        let _ = ready::tui::update::update(&mut self.app, msg);
        self.draw();
    }

    /// What a reader could see go wrong: a highlighted row that is not
    /// there, a page scrolled past its end, a character that drives the
    /// terminal instead of being shown.
    fn check(&self) -> Result<(), TestCaseError> {
        let app = &self.app;
        let guide = app.config.guide;
        let in_range = |selected: usize, len: usize| selected < len.max(1);
        // Behind "window too small" no page is laid out, so there is no end
        // to be past; the place is resolved when the window grows.
        let area = self.term.backend().buffer().area;
        let laid_out = area.width >= ready::tui::view::MIN_WIDTH && area.height >= ready::tui::view::MIN_HEIGHT;
        match app.screen() {
            Screen::Home(h) => {
                let len = match h.column {
                    HomeColumn::Categories => guide.categories.len(),
                    HomeColumn::Hazards => guide.hazards.len(),
                    HomeColumn::Practise => app.practise_rows().len(),
                };
                prop_assert!(in_range(h.selected, len), "home row {} of {len}", h.selected);
            }
            Screen::List(l) => {
                let len = app.list_points(l.kind).len();
                prop_assert!(in_range(l.selected, len), "list row {} of {len}", l.selected);
            }
            Screen::Point(p) => {
                prop_assert!(p.point < guide.points.len());

                // After a resize or a change of language the place is kept
                // as an anchor, which the frame resolves.
                let last = &app.frame;
                let shown = p.anchor.map_or(p.scroll, |a| {
                    anchored_scroll(&last.sections, last.max_scroll + last.page.max(1), a).min(last.max_scroll)
                });
                // Under SOS or help the point is not drawn, so the frame
                // holds no layout of it; the next frame without one does.
                prop_assert!(
                    !laid_out || app.session.overlay.is_some() || shown <= last.max_scroll,
                    "point scrolled to {shown} past its end {}",
                    last.max_scroll
                );
            }
            Screen::Search(s) => {
                prop_assert!(
                    in_range(s.selected, s.results.len()),
                    "hit {} of {}",
                    s.selected,
                    s.results.len()
                );
            }
            Screen::Quiz(q) => prop_assert!(q.current <= q.session.items.len()),
            Screen::Readiness(r) => {
                let len = guide.readiness.as_ref().map_or(0, |c| c.questions.len());
                prop_assert!(r.current <= len, "readiness question {} of {len}", r.current);
            }
            Screen::Checklist(c) => prop_assert!(c.checklist < guide.checklists.len()),
            Screen::Drills(d) => prop_assert!(in_range(d.selected, guide.drills.len()), "drill row {}", d.selected),
            Screen::Drill(d) => prop_assert!(d.drill < guide.drills.len()),
            Screen::Due(_) | Screen::Plan(_) => {}
        }
        match app.session.overlay {
            Some(Overlay::Help { scroll } | Overlay::Sos { scroll, .. }) => prop_assert!(
                !laid_out || scroll <= app.frame.overlay_max_scroll,
                "overlay scrolled to {scroll} past its end {}",
                app.frame.overlay_max_scroll
            ),
            None => {}
        }
        prop_assert!(
            matches!(app.session.stack.first(), Some(Screen::Home(_))),
            "home is not at the bottom: {:?}",
            app.session.stack.first()
        );
        // A touch can only land inside the window; behind "too small"
        // nothing can be touched at all.
        for (rect, action) in &app.frame.hits {
            prop_assert!(
                laid_out && area.intersection(*rect) == *rect,
                "{action:?} at {rect:?} in a {}x{} window",
                area.width,
                area.height
            );
        }
        if let Some(cursor) = app.frame.cursor {
            prop_assert!(area.contains(cursor), "cursor at {cursor:?} outside {area:?}");
        }
        // Drawn again with nothing new, the frame is the same: no flicker,
        // and what the last frame reported changes nothing drawn.
        let again = common::styled_text(&whole(app, area));
        prop_assert_eq!(&again, &self.seen);
        printable(&self.term)
    }

    /// Esc, again and again, always leads back home with nothing open.
    fn leave(&mut self) -> Result<(), TestCaseError> {
        for _ in 0..40 {
            if self.app.session.stack.len() == 1 && self.app.session.overlay.is_none() {
                break;
            }
            self.feed(&Event::Key(KeyCode::Esc, KeyModifiers::NONE));
            self.check()?;
        }
        prop_assert!(
            self.app.session.stack.len() == 1 && self.app.session.overlay.is_none(),
            "Esc does not lead home from {:?} (overlay {:?})",
            self.app.screen(),
            self.app.session.overlay
        );
        Ok(())
    }
}

/// The app drawn whole on a fresh screen. (The test's own terminal is drawn
/// frame on frame, and TestBackend, unlike a terminal, keeps a stale
/// character in the cell a wide one was drawn over: no frame is compared
/// with it.)
fn whole(app: &App<'_>, area: ratatui::layout::Rect) -> Terminal<TestBackend> {
    let mut term = Terminal::new(TestBackend::new(area.width, area.height)).unwrap();
    term.draw(|frame| {
        let _ = ready::tui::view::view(app, frame);
    })
    .unwrap();
    term
}

fn printable(term: &Terminal<TestBackend>) -> Result<(), TestCaseError> {
    for cell in term.backend().buffer().content() {
        prop_assert!(
            !cell.symbol().chars().any(is_forbidden),
            "unprintable {:?} on screen",
            cell.symbol()
        );
    }
    Ok(())
}

fn kiosk(guide: &'static Guide, broken: bool, now: Instant) -> Kiosk<'static> {
    let config = Config {
        idle: 60,
        warning: 10,
        ..Config::default()
    };
    let mut k = Kiosk::new(guide, config, ThemeName::Default, broken, now, 7);
    ready::tui::kiosk::update(&mut k, KioskMsg::Resize(80, 24));
    k
}

fn kiosk_msg(event: &Event, now: &mut Instant) -> KioskMsg {
    match *event {
        Event::Key(code, modifiers) => KioskMsg::Key(KeyEvent::new(code, modifiers)),
        Event::Click(x, y) => KioskMsg::Mouse(mouse(MouseEventKind::Down(MouseButton::Left), x, y)),
        Event::Wheel(down, x, y) => KioskMsg::Mouse(mouse(wheel(down), x, y)),
        Event::Resize(w, h) => KioskMsg::Resize(w, h),
        Event::Wait(ms) => {
            *now += Duration::from_millis(ms);
            KioskMsg::Tick(*now)
        }
    }
}

fn kiosk_frame(k: &mut Kiosk<'_>, term: &mut Terminal<TestBackend>) {
    if term.backend().buffer().area.width != k.size.0 || term.backend().buffer().area.height != k.size.1 {
        term.backend_mut().resize(k.size.0, k.size.1);
    }
    term.draw(|f| ready::tui::kiosk::draw(k, f)).unwrap();
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn no_sequence_of_events_breaks_the_guide(
        small in any::<bool>(),
        zh in any::<bool>(),
        theme in prop::sample::select(THEMES.to_vec()),
        size in prop_oneof![(1..=300u16, 1..=100u16), (38..=130u16, 10..=42u16)],
        start in 0..STARTS,
        dated in any::<bool>(),
        events in prop::collection::vec(event(), 1..60),
    ) {
        let guide = if small { fixture() } else { common::guide() };
        let locale = if zh { Locale::ZhHans } else { Locale::En };
        let mut g = Guided::new(guide, locale, theme, size);
        if dated && !small {
            with_dates(&mut g.app);
        }
        for key in opening(&g.app, start) {
            g.feed(&Event::Key(key, KeyModifiers::NONE));
            g.check()?;
        }
        for event in &events {
            g.feed(event);
            g.check()?;
        }
        g.leave()?;
    }

    #[test]
    fn no_sequence_of_events_breaks_the_kiosk(
        broken in any::<bool>(),
        events in prop::collection::vec(event(), 1..60),
    ) {
        let mut now = Instant::now();
        let mut k = kiosk(common::guide(), broken, now);
        let mut term = Terminal::new(TestBackend::new(80, 24)).unwrap();
        for event in &events {
            let msg = kiosk_msg(event, &mut now);
            let _ = ready::tui::kiosk::update(&mut k, msg);
            let _ = ready::tui::kiosk::update(&mut k, KioskMsg::Tick(now));
            kiosk_frame(&mut k, &mut term);
            printable(&term)?;
        }
        // However it ended, a visit left alone past the countdown is over.
        let quiet = now + Duration::from_secs(71);
        let _ = ready::tui::kiosk::update(&mut k, KioskMsg::Tick(quiet));
        prop_assert!(!matches!(k.stage, Stage::Visit(_)), "a visit outlived its idle time");
        kiosk_frame(&mut k, &mut term);
    }
}

/// Resident and peak memory of this process, in KiB (Linux; 0 elsewhere).
fn memory_kib() -> (u64, u64) {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find_map(|l| l.strip_prefix(name))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
            .unwrap_or(0)
    };
    (field("VmRSS:"), field("VmHWM:"))
}

/// A million random events (SOAK_EVENTS to change it) on the kiosk, whose
/// visits hold the whole guide, with idle resets whenever a visitor walks
/// away. Memory after warm-up must stay flat: nothing a visit leaves behind
/// may pile up. Run by bench/soak, which prints the figures.
#[test]
#[ignore = "a soak: minutes of work, run by bench/soak"]
fn soak_a_million_events() {
    let total: u64 = std::env::var("SOAK_EVENTS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(1_000_000);
    let mut rng = fastrand::Rng::with_seed(11);
    let mut now = Instant::now();
    let mut k = kiosk(common::guide(), false, now);
    let mut term = Terminal::new(TestBackend::new(80, 24)).unwrap();
    let codes = [
        KeyCode::Up,
        KeyCode::Down,
        KeyCode::Enter,
        KeyCode::Esc,
        KeyCode::Tab,
        KeyCode::PageDown,
        KeyCode::PageUp,
        KeyCode::End,
        KeyCode::Home,
        KeyCode::Char('/'),
        KeyCode::Char('f'),
        KeyCode::Char('!'),
        KeyCode::Char('t'),
        KeyCode::Char('1'),
        KeyCode::Char('y'),
        KeyCode::Char('L'),
        KeyCode::Char(' '),
        KeyCode::Backspace,
    ];
    let (mut resets, mut warm) = (0u64, (0, 0));
    let started = Instant::now();
    for i in 0..total {
        let event = match rng.u32(0..100) {
            0..70 => Event::Key(codes[rng.usize(..codes.len())], KeyModifiers::NONE),
            70..85 => Event::Click(rng.u16(0..80), rng.u16(0..24)),
            85..92 => Event::Wheel(rng.bool(), rng.u16(0..80), rng.u16(0..24)),
            92..93 => Event::Resize(rng.u16(38..=200), rng.u16(10..=60)),
            // A visitor walks away: past the idle time and the countdown.
            93..94 => Event::Wait(75_000),
            _ => Event::Wait(rng.u64(0..3_000)),
        };
        let was_visit = matches!(k.stage, Stage::Visit(_));
        let msg = kiosk_msg(&event, &mut now);
        let _ = ready::tui::kiosk::update(&mut k, msg);
        let _ = ready::tui::kiosk::update(&mut k, KioskMsg::Tick(now));
        if was_visit && !matches!(k.stage, Stage::Visit(_)) {
            resets += 1;
        }
        kiosk_frame(&mut k, &mut term);
        if i + 1 == total / 10 {
            warm = memory_kib();
        }
        if (i + 1) % (total / 10).max(1) == 0 {
            let (rss, peak) = memory_kib();
            println!(
                "soak: {:>8} events  rss {rss:>7} KiB  peak {peak:>7} KiB  idle resets {resets:>6}  {:.1} s",
                i + 1,
                started.elapsed().as_secs_f64()
            );
        }
    }
    let (rss, peak) = memory_kib();
    println!(
        "soak: after warm-up (10%): rss {} KiB, peak {} KiB; at the end: rss {rss} KiB, peak {peak} KiB",
        warm.0, warm.1
    );
    assert!(resets > 0, "no idle reset happened");
    // Flat: the end may not hold more than a little over what warm-up did.
    assert!(
        rss <= warm.0 + warm.0 / 10 + 2048,
        "memory grew from {} KiB to {rss} KiB",
        warm.0
    );
}

/// Found by the property above in CI: a point read to its end, a related
/// point opened, the window grown by a row, then back. The first point came
/// back scrolled one line past its new end (its place was not kept through
/// the resize), so its first Up seemed to do nothing.
#[test]
fn a_point_underneath_keeps_its_place_through_a_resize() {
    use KeyCode::{Char, Enter, Up};
    let mut g = Guided::new(common::guide(), Locale::En, ThemeName::Default, (40, 12));
    for key in [Enter, Enter, Char('G'), Char('1')] {
        g.feed(&Event::Key(key, KeyModifiers::NONE));
        g.check().unwrap();
    }
    g.feed(&Event::Resize(40, 13));
    g.check().unwrap();
    g.feed(&Event::Key(Up, KeyModifiers::NONE));
    g.check().unwrap();
    g.feed(&Event::Key(KeyCode::Esc, KeyModifiers::NONE));
    g.check().unwrap();
    let Screen::Point(p) = g.app.screen() else {
        panic!("not back on the first point")
    };
    let at_end = g.app.frame.max_scroll;
    let shown = p.anchor.map_or(p.scroll, |a| {
        anchored_scroll(&g.app.frame.sections, g.app.frame.lines, a)
    });
    assert_eq!(shown.min(at_end), at_end, "the first point is no longer at its end");
    let before = g.seen.clone();
    g.feed(&Event::Key(Up, KeyModifiers::NONE));
    assert_ne!(g.seen, before, "Up did nothing visible on the point read to its end");
}
