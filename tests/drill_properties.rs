//! Drill graphs of every shape: the validator accepts exactly those where
//! every step is reachable, nothing loops and some way ends safe; and any
//! walk through an accepted drill, choosing at random, ends within as many
//! choices as the drill has steps.

#![allow(clippy::panic, clippy::unwrap_used)]

mod common;

use common::copy_dir;

use std::fmt::Write as _;
use std::fs;
use std::path::Path;

use proptest::prelude::*;
use ready::content::{self, Drill, LoadError};
use ready::drill::Walk;

const FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/minimal");

/// A drill's shape: per step, each choice's target (0..steps are steps,
/// then endings), and per ending whether it is safe.
#[derive(Clone, Debug)]
struct Shape {
    steps: Vec<Vec<usize>>,
    safe: Vec<bool>,
}

fn shape() -> impl Strategy<Value = Shape> {
    (1usize..6, 1usize..4).prop_flat_map(|(steps, endings)| {
        let nodes = steps + endings;
        // Mostly forward (the usual shape), sometimes anywhere (loops).
        let target = move |from: usize| {
            prop_oneof![
                6 => (from + 1).min(nodes - 1)..nodes,
                1 => 0..nodes,
            ]
        };
        let step = move |from: usize| prop::collection::vec(target(from), 2..=4);
        let all: Vec<_> = (0..steps).map(step).collect();
        (all, prop::collection::vec(any::<bool>(), endings)).prop_map(|(steps, safe)| Shape { steps, safe })
    })
}

fn node_id(shape: &Shape, i: usize) -> String {
    if i < shape.steps.len() {
        format!("s{i}")
    } else {
        format!("e{}", i - shape.steps.len())
    }
}

fn toml(shape: &Shape) -> String {
    let mut out = String::from(
        "id = \"high-water\"\nreviewed = 2026-11-24\nrehearses = [\"flood\"]\nstart = \"s0\"\n\
         title = { en = \"T\", zh-Hans = \"题\" }\nsummary = { en = \"S\", zh-Hans = \"概\" }\n",
    );
    for (i, choices) in shape.steps.iter().enumerate() {
        let _ = write!(
            out,
            "\n[[steps]]\nid = \"s{i}\"\nsituation = {{ en = [\"A\"], zh-Hans = [\"甲\"] }}\n"
        );
        for (c, target) in choices.iter().enumerate() {
            let _ = write!(
                out,
                "\n[[steps.choices]]\nid = \"c{c}\"\ntext = {{ en = \"C\", zh-Hans = \"乙\" }}\ngood = {}\nsource = 1\n\
                 feedback = {{ en = \"F\", zh-Hans = \"丙\" }}\nnext = \"{}\"\n",
                c == 0,
                node_id(shape, *target)
            );
        }
    }
    for (i, safe) in shape.safe.iter().enumerate() {
        let outcome = if *safe { "safe" } else { "hurt" };
        let _ = write!(
            out,
            "\n[[endings]]\nid = \"e{i}\"\noutcome = \"{outcome}\"\ntext = {{ en = [\"E\"], zh-Hans = [\"丁\"] }}\npoints = [\"flood\"]\n"
        );
    }
    out.push_str("\n[[sources]]\norg = \"Ready.gov\"\ntitle = \"Floods\"\n");
    out
}

/// The rules, checked independently of the validator on the small graph.
fn acceptable(shape: &Shape) -> bool {
    let n = shape.steps.len();
    let mut reached = vec![false; n + shape.safe.len()];
    let mut todo = vec![0];
    while let Some(i) = todo.pop() {
        if std::mem::replace(&mut reached[i], true) || i >= n {
            continue;
        }
        todo.extend(&shape.steps[i]);
    }
    // With no loops, the steps can be ordered so that every choice leads to a later one.
    let mut order = Vec::new();
    let mut left: Vec<usize> = (0..n).collect();
    while let Some(pos) = left
        .iter()
        .position(|&i| shape.steps[i].iter().all(|&t| t >= n || order.contains(&t)))
    {
        order.push(left.remove(pos));
    }
    let no_loops = left.is_empty();
    let safe = shape.safe.iter().enumerate().any(|(e, s)| *s && reached[n + e]);
    reached.iter().all(|r| *r) && no_loops && safe
}

fn load(shape: &Shape) -> Result<ready::content::Guide, Vec<String>> {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(Path::new(FIXTURE), dir.path());
    fs::write(dir.path().join("drills/high-water.toml"), toml(shape)).unwrap();
    content::from_dir(dir.path()).map_err(|e| match e {
        LoadError::Invalid(d) => d.iter().map(ToString::to_string).collect(),
        LoadError::Missing(m) => vec![m.to_string()],
    })
}

fn random_walk_ends(drill: &Drill, picks: &[usize]) -> Result<(), TestCaseError> {
    let mut walk = Walk::new(drill);
    for pick in picks.iter().take(drill.steps.len()) {
        let n = walk.choices(drill).len();
        if n == 0 {
            break;
        }
        prop_assert!(walk.choose(drill, pick % n).is_some());
    }
    prop_assert!(
        walk.finished(),
        "{}: a walk of {} choices did not end",
        drill.id,
        drill.steps.len()
    );
    prop_assert!(walk.moves().len() <= drill.steps.len());
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn the_validator_accepts_exactly_the_sound_graphs_and_their_walks_end(
        shape in shape(),
        picks in prop::collection::vec(any::<usize>(), 8),
    ) {
        match load(&shape) {
            Ok(guide) => {
                prop_assert!(acceptable(&shape), "accepted an unsound drill:\n{}", toml(&shape));
                random_walk_ends(guide.drill("high-water").unwrap(), &picks)?;
            }
            Err(d) => {
                prop_assert!(!acceptable(&shape), "rejected a sound drill: {d:?}\n{}", toml(&shape));
                prop_assert!(d.iter().all(|l| l.starts_with("drills/high-water.toml:")), "{d:?}");
            }
        }
    }

    #[test]
    fn every_shipped_drill_ends_within_its_steps_whatever_is_chosen(
        picks in prop::collection::vec(any::<usize>(), 32),
    ) {
        let guide = common::guide();
        prop_assert!(guide.drills.len() >= 2);
        for drill in &guide.drills {
            random_walk_ends(drill, &picks)?;
        }
    }
}
