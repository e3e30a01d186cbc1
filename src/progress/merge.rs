//! Applying one session's changes to progress another copy of `ready` may
//! have saved meanwhile: a three-way merge of what this session loaded
//! (`base`), what it has now (`ours`) and what is on disk. Only what this
//! session changed is written over; everything else on disk stays.

use std::collections::{BTreeMap, BTreeSet};

use super::{Progress, VERSION};

pub fn apply(disk: &mut Progress, base: &Progress, ours: &Progress) {
    sets(&mut disk.read, &base.read, &ours.read);
    sets(&mut disk.ticks, &base.ticks, &ours.ticks);
    maps(&mut disk.readiness, &base.readiness, &ours.readiness);
    // Each date and each plan field is its own value: one copy setting the
    // water's date and another the drill's keep both; two copies changing
    // the same one keep the later save, as one person editing twice would.
    maps(&mut disk.dates, &base.dates, &ours.dates);
    maps(&mut disk.plan, &base.plan, &ours.plan);
    if ours.last_point != base.last_point {
        disk.last_point.clone_from(&ours.last_point);
    }
    if ours.place != base.place {
        disk.place.clone_from(&ours.place);
    }
    if ours.household != base.household {
        disk.household = ours.household;
    }
    for (category, mine) in &ours.scores {
        if base.scores.get(category) != Some(mine) {
            // The other copy may have a better best: keep whichever is.
            let entry = disk.scores.entry(category.clone()).or_default();
            entry.last = mine.last;
            if mine.best.beats(entry.best) {
                entry.best = mine.best;
            }
        }
    }
    for (id, mine) in &ours.drills {
        let before = base.drills.get(id);
        if before == Some(mine) {
            continue;
        }
        // Completions add up across copies; the best is the better of both.
        let played = mine.completed.saturating_sub(before.map_or(0, |b| b.completed));
        let entry = disk.drills.entry(id.clone()).or_insert(super::DrillRecord {
            completed: 0,
            best: mine.best,
        });
        entry.completed = entry.completed.saturating_add(played);
        entry.best = entry.best.max(mine.best);
    }
    // The mistakes list is in order of missing; what this session cleared
    // goes, what it added comes last, as it would have in one session.
    disk.missed
        .retain(|m| ours.missed.contains(m) || !base.missed.contains(m));
    for m in &ours.missed {
        if !base.missed.contains(m) && !disk.missed.contains(m) {
            disk.missed.push(m.clone());
        }
    }
    disk.version = VERSION;
}

fn sets<T: Ord + Clone>(disk: &mut BTreeSet<T>, base: &BTreeSet<T>, ours: &BTreeSet<T>) {
    for gone in base.difference(ours) {
        disk.remove(gone);
    }
    disk.extend(ours.difference(base).cloned());
}

fn maps<K: Ord + Clone, V: PartialEq + Clone>(disk: &mut BTreeMap<K, V>, base: &BTreeMap<K, V>, ours: &BTreeMap<K, V>) {
    for key in base.keys().filter(|k| !ours.contains_key(k)) {
        disk.remove(key);
    }
    for (key, value) in ours.iter().filter(|(k, v)| base.get(*k) != Some(*v)) {
        disk.insert(key.clone(), value.clone());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::{CategoryScores, Tally};
    use proptest::prelude::*;

    fn with_ticks(ticks: &[&str]) -> Progress {
        let mut p = Progress::new();
        p.ticks = ticks.iter().map(|t| (*t).to_string()).collect();
        p
    }

    #[test]
    fn another_copys_ticks_and_untick_survive_ours() {
        let base = with_ticks(&["kit/water", "kit/torch"]);
        // The other copy saved first: ticked radio, unticked torch.
        let mut disk = with_ticks(&["kit/water", "kit/radio"]);
        // This copy ticked whistle and unticked water.
        let ours = with_ticks(&["kit/torch", "kit/whistle"]);
        apply(&mut disk, &base, &ours);
        assert_eq!(disk.ticks, with_ticks(&["kit/radio", "kit/whistle"]).ticks);
    }

    #[test]
    fn only_what_this_session_changed_is_written_over() {
        let base = Progress::new();
        let mut disk = Progress::new();
        disk.household = 4;
        disk.last_point = Some("fire".into());
        disk.readiness.insert("water".into(), true);
        let mut ours = Progress::new();
        ours.read.insert("typhoon".into());
        ours.readiness.insert("plan".into(), false);
        apply(&mut disk, &base, &ours);
        assert_eq!(disk.household, 4, "not changed here, so the other copy's stays");
        assert_eq!(disk.last_point.as_deref(), Some("fire"));
        assert_eq!(disk.readiness.len(), 2);
        assert!(disk.read.contains("typhoon"));
    }

    #[test]
    fn scores_keep_the_better_best_and_this_sessions_last() {
        let tally = |right, total| Tally { right, total };
        let mut disk = Progress::new();
        disk.scores.insert(
            "risks".into(),
            CategoryScores {
                best: tally(9, 10),
                last: tally(9, 10),
            },
        );
        let mut ours = Progress::new();
        ours.scores.insert(
            "risks".into(),
            CategoryScores {
                best: tally(5, 10),
                last: tally(5, 10),
            },
        );
        apply(&mut disk, &Progress::new(), &ours);
        assert_eq!(disk.scores["risks"].best, tally(9, 10));
        assert_eq!(disk.scores["risks"].last, tally(5, 10));
    }

    #[test]
    fn mistakes_cleared_here_go_and_new_ones_come_last() {
        let mut base = Progress::new();
        base.missed = vec!["fire#q1".into(), "fire#q2".into()];
        let mut disk = base.clone();
        disk.missed.push("flood#q1".into());
        let mut ours = base.clone();
        ours.missed = vec!["fire#q2".into(), "burns#q3".into()];
        apply(&mut disk, &base, &ours);
        assert_eq!(disk.missed, ["fire#q2", "flood#q1", "burns#q3"]);
    }

    #[test]
    fn dates_and_plan_fields_merge_one_by_one() {
        use jiff::civil::date;
        let mut base = Progress::new();
        base.dates.insert("supplies/water".into(), date(2027, 1, 1));
        base.dates.insert("supplies/food".into(), date(2027, 2, 1));
        base.plan.insert("meeting-near".into(), "gate".into());
        // The other copy set the drill, moved the food and wrote the gas valve.
        let mut disk = base.clone();
        disk.dates.insert("family-plan".into(), date(2027, 5, 12));
        disk.dates.insert("supplies/food".into(), date(2027, 8, 1));
        disk.plan.insert("gas-shutoff".into(), "under the sink".into());
        // This copy moved the water, cleared the food and changed the meeting place.
        let mut ours = base.clone();
        ours.dates.insert("supplies/water".into(), date(2027, 6, 30));
        ours.dates.remove("supplies/food");
        ours.plan.insert("meeting-near".into(), "the big tree".into());
        apply(&mut disk, &base, &ours);
        assert_eq!(disk.dates["supplies/water"], date(2027, 6, 30));
        assert_eq!(
            disk.dates["family-plan"],
            date(2027, 5, 12),
            "the other copy's drill stays"
        );
        assert!(!disk.dates.contains_key("supplies/food"), "cleared here, so gone");
        assert_eq!(disk.plan["meeting-near"], "the big tree");
        assert_eq!(disk.plan["gas-shutoff"], "under the sink");
    }

    #[test]
    fn drills_add_their_completions_and_keep_the_better_outcome() {
        use crate::content::Outcome;
        use crate::progress::DrillRecord;
        let mut base = Progress::new();
        base.record_drill("choking", Outcome::Worse);
        // The other copy played it twice more and came through safe.
        let mut disk = base.clone();
        disk.record_drill("choking", Outcome::Safe);
        disk.record_drill("choking", Outcome::Hurt);
        // This copy played it once, hurt, and played night-fire for the first time.
        let mut ours = base.clone();
        ours.record_drill("choking", Outcome::Hurt);
        ours.record_drill("night-fire", Outcome::Worse);
        apply(&mut disk, &base, &ours);
        assert_eq!(
            disk.drills["choking"],
            DrillRecord {
                completed: 4,
                best: Outcome::Safe
            }
        );
        assert_eq!(
            disk.drills["night-fire"],
            DrillRecord {
                completed: 1,
                best: Outcome::Worse
            }
        );
    }

    /// A session's toggles of items `0..8`, as (item, tick or untick).
    fn toggles() -> impl Strategy<Value = Vec<(u8, bool)>> {
        prop::collection::vec((0u8..8, any::<bool>()), 0..12)
    }

    fn run(base: &Progress, prefix: &str, toggles: &[(u8, bool)]) -> Progress {
        let mut p = base.clone();
        for (item, tick) in toggles {
            let key = format!("{prefix}/{item}");
            if *tick {
                p.ticks.insert(key);
            } else {
                p.ticks.remove(&key);
            }
        }
        p
    }

    proptest! {
        /// Two copies working on different checklists, saving in either
        /// order, end with exactly the ticks each one left.
        #[test]
        fn two_sessions_merge_to_both_sets_of_changes(
            start in toggles(), a in toggles(), b in toggles(), a_first in any::<bool>(),
        ) {
            let base = run(&run(&Progress::new(), "kit", &start), "plan", &start);
            let ours_a = run(&base, "kit", &a);
            let ours_b = run(&base, "plan", &b);
            let mut disk = base.clone();
            if a_first {
                apply(&mut disk, &base, &ours_a);
                apply(&mut disk, &base, &ours_b);
            } else {
                apply(&mut disk, &base, &ours_b);
                apply(&mut disk, &base, &ours_a);
            }
            let want: BTreeSet<String> = ours_a.ticks.iter().filter(|t| t.starts_with("kit/"))
                .chain(ours_b.ticks.iter().filter(|t| t.starts_with("plan/")))
                .cloned()
                .collect();
            prop_assert_eq!(&disk.ticks, &want);
            // Saving the same changes again changes nothing.
            let again = disk.clone();
            apply(&mut disk, &base, &ours_a);
            prop_assert_eq!(disk, again);
        }
    }
}
