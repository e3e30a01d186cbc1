//! The store as two copies of `ready` and a careless disk would use it.

use super::*;
use std::collections::BTreeSet;
use std::fs;

fn store_with(text: Option<&str>) -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    if let Some(text) = text {
        fs::write(dir.path().join(FILE), text).unwrap();
    }
    let store = Store::in_dir(Some(dir.path()));
    (dir, store)
}

#[test]
fn a_saved_progress_loads_back() {
    let (_dir, mut store) = store_with(None);
    let mut p = Progress::new();
    p.read.insert("typhoon".into());
    p.last_point = Some("typhoon".into());
    store.save(&p).unwrap();
    assert_eq!(store.load(), (p, None));
}

#[test]
fn a_file_from_before_quizzes_existed_still_loads() {
    let (_dir, mut store) = store_with(Some("{\"version\": 1, \"read\": [\"fire\"]}"));
    let (p, notice) = store.load();
    assert_eq!(notice, None);
    assert_eq!(p.household, 1);
    assert!(p.read.contains("fire"));
}

#[test]
fn format_1_mistakes_become_question_ids_and_unmatched_ones_are_dropped() {
    let (_dir, mut store) = store_with(Some(
        r#"{"version": 1, "missed": ["fire#0", "cpr-aed#2", "fire#99", "gone#1"]}"#,
    ));
    let (mut p, notice) = store.load();
    assert_eq!(notice, None);
    assert_eq!(p.version, VERSION);
    assert_eq!(p.missed, ["fire#q1", "cpr-aed#q3", "fire#q100", "gone#q2"]);
    let guide = crate::content::embedded().unwrap();
    assert_eq!(p.forget_missing(&guide), 2);
    assert_eq!(p.missed, ["fire#q1", "cpr-aed#q3"]);
    let first = &guide.point("fire").unwrap().quiz[0];
    assert_eq!(first.id, "q1", "position 0 of format 1 is the question now called q1");
}

#[test]
fn a_missing_file_is_a_fresh_start_without_a_notice() {
    let (_dir, mut store) = store_with(None);
    assert_eq!(store.load(), (Progress::new(), None));
}

#[test]
fn a_corrupt_file_is_kept_aside_with_its_position() {
    let (dir, mut store) = store_with(Some("{\n  \"version\": 1,\n  \"read\": [tru]\n}"));
    let (p, notice) = store.load();
    assert_eq!(p, Progress::new());
    let notice = notice.unwrap();
    assert!(notice.contains("progress.json:3:"), "{notice}");
    assert!(notice.contains("progress.json.bak"), "{notice}");
    let kept = fs::read_to_string(dir.path().join("progress.json.bak")).unwrap();
    assert!(kept.contains("[tru"));
    // A second bad file does not overwrite the first backup.
    fs::write(dir.path().join(FILE), "nonsense").unwrap();
    let (_, notice) = store.load();
    assert!(notice.unwrap().contains("progress.json.bak.1"));
}

#[test]
fn a_newer_version_is_kept_aside_not_misread() {
    let (dir, mut store) = store_with(Some("{\"version\": 99, \"read\": [\"fire\"]}"));
    let (p, notice) = store.load();
    assert!(p.read.is_empty());
    assert!(notice.unwrap().contains("newer version"));
    assert!(dir.path().join("progress.json.bak").exists());
}

#[test]
fn a_reader_of_the_old_file_never_sees_a_half_written_one() {
    use std::io::Read;
    let (dir, store) = store_with(Some("{\"version\": 1, \"read\": [\"fire\"]}"));
    let mut old = fs::File::open(dir.path().join(FILE)).unwrap();
    let mut p = Progress::new();
    p.read.insert("kitchen".into());
    store.save(&p).unwrap();
    // The new file took the old one's place; it was not rewritten in place.
    let mut seen = String::new();
    old.read_to_string(&mut seen).unwrap();
    assert_eq!(seen, "{\"version\": 1, \"read\": [\"fire\"]}");
}

#[test]
fn saving_replaces_the_file_whole() {
    let (dir, mut store) = store_with(Some("{\"version\": 1, \"read\": [\"fire\"]}"));
    let (mut p, _) = store.load();
    p.read.insert("kitchen".into());
    store.save(&p).unwrap();
    let names: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(
        names.len(),
        2,
        "no temporary file left behind, only the file and its lock: {names:?}"
    );
    assert!(names.contains(&std::ffi::OsString::from(FILE)));
    assert_eq!(store.load().0.read.len(), 2);
}

fn tick(store: &Store, progress: &mut Progress, item: &str) {
    progress.ticks.insert(item.to_string());
    store.save(progress).unwrap();
}

#[test]
fn two_copies_on_one_data_dir_both_keep_their_ticks() {
    let (dir, mut first) = store_with(Some("{\"version\": 2, \"ticks\": [\"kit/water\"]}"));
    let mut second = Store::in_dir(Some(dir.path()));
    let (mut a, _) = first.load();
    let (mut b, _) = second.load();
    tick(&first, &mut a, "kit/torch");
    tick(&second, &mut b, "kit/radio");
    tick(&first, &mut a, "kit/whistle");
    b.ticks.remove("kit/water");
    second.save(&b).unwrap();
    let (saved, _) = Store::in_dir(Some(dir.path())).load();
    let want: BTreeSet<String> = ["kit/torch", "kit/radio", "kit/whistle"]
        .iter()
        .map(|s| (*s).to_string())
        .collect();
    assert_eq!(saved.ticks, want);
}

#[test]
fn two_writers_saving_at_once_lose_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let writers: Vec<_> = ["a", "b"]
        .into_iter()
        .map(|name| {
            let path = dir.path().to_path_buf();
            std::thread::spawn(move || {
                let mut store = Store::in_dir(Some(&path));
                let (mut progress, _) = store.load();
                for i in 0..40 {
                    tick(&store, &mut progress, &format!("{name}/{i}"));
                }
            })
        })
        .collect();
    for writer in writers {
        writer.join().unwrap();
    }
    let (saved, notice) = Store::in_dir(Some(dir.path())).load();
    assert_eq!(notice, None);
    assert_eq!(saved.ticks.len(), 80, "{:?}", saved.ticks);
}

#[test]
fn a_file_corrupted_by_someone_else_is_kept_aside_by_the_next_save() {
    let (dir, mut store) = store_with(Some("{\"version\": 2, \"read\": [\"fire\"]}"));
    let (mut p, _) = store.load();
    fs::write(dir.path().join(FILE), "{ half a fi").unwrap();
    p.read.insert("flood".into());
    store.save(&p).unwrap();
    let kept = fs::read_to_string(dir.path().join("progress.json.bak")).unwrap();
    assert_eq!(kept, "{ half a fi");
    let (saved, _) = store.load();
    assert_eq!(saved.read.len(), 2, "this session's whole progress was written");
}

#[test]
fn a_memory_store_writes_nothing() {
    let store = Store::memory();
    let mut p = Progress::new();
    p.read.insert("fire".into());
    store.save(&p).unwrap();
    assert_eq!(store.path(), None);
}

#[test]
fn a_format_2_file_gains_dates_and_a_plan_and_saves_as_format_3() {
    let (dir, mut store) = store_with(Some(r#"{"version": 2, "ticks": ["supplies/water"]}"#));
    let (mut p, notice) = store.load();
    assert_eq!(notice, None);
    assert!(p.dates.is_empty() && p.plan.is_empty());
    p.dates.insert("supplies/water".into(), jiff::civil::date(2027, 2, 28));
    p.plan.insert("meeting-near".into(), "北门".into());
    store.save(&p).unwrap();
    let text = fs::read_to_string(dir.path().join(FILE)).unwrap();
    assert!(text.contains("\"version\": 3"), "{text}");
    assert!(text.contains("\"supplies/water\": \"2027-02-28\""), "{text}");
    assert_eq!(Store::in_dir(Some(dir.path())).load(), (p, None));
}

#[test]
fn a_bad_date_or_plan_field_is_dropped_with_a_notice_and_the_rest_kept() {
    let (dir, mut store) = store_with(Some(
        r#"{"version": 3, "ticks": ["supplies/water"],
            "dates": {"supplies/water": "2027-02-29", "supplies/food": "2027-03-01"},
            "plan": {"contact-1-phone": "not a phone", "medical": "insulin"}}"#,
    ));
    let (p, notice) = store.load();
    let notice = notice.unwrap();
    assert!(
        notice.contains("supplies/water") && notice.contains("contact-1-phone"),
        "{notice}"
    );
    assert!(p.ticks.contains("supplies/water"));
    assert_eq!(p.dates.len(), 1);
    assert_eq!(p.plan.get("medical").map(String::as_str), Some("insulin"));
    assert!(
        !dir.path().join(format!("{FILE}.bak")).exists(),
        "the file is not set aside"
    );
}
