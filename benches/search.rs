//! What search costs as a guide grows: building the index (the first time
//! search opens) and one key typed, on a real word and on a typo, at the
//! shipped 37 points and at generated sets of 1,000 and 10,000 points
//! (`examples/gen-content.rs`, the same generator `cargo run --example
//! gen-content` runs). The budget for one key is 5 ms at 10,000 points.
//!
//! Run with `cargo bench --bench search`.

use std::hint::black_box;
use std::time::Duration;

use criterion::{BatchSize, BenchmarkId, Criterion, criterion_group, criterion_main};
use ready::content::{self, Guide};
use ready::search::{Hit, Index, Narrowing};

#[allow(dead_code)]
#[path = "../examples/gen-content.rs"]
mod gen_content;

/// A word both the shipped and the generated guides use, and a typo of it.
const WORD: &str = "shelter";
const TYPO: &str = "sheltre";
const CHINESE: &str = "台风";

fn guides() -> Vec<(usize, Guide)> {
    let mut out = Vec::new();
    match content::embedded() {
        Ok(guide) => out.push((guide.points.len(), guide)),
        Err(e) => eprintln!("skipping the shipped guide: {e:?}"),
    }
    for n in [1_000, 10_000] {
        let dir = std::env::temp_dir().join(format!("ready-bench-search-{n}"));
        if !dir.join("guide.toml").exists()
            && let Err(e) = gen_content::write_set(n, &dir, false)
        {
            eprintln!("skipping {n} points: {e}");
            continue;
        }
        match content::from_dir(&dir) {
            Ok(guide) => out.push((n, guide)),
            Err(e) => eprintln!("skipping {n} points: {e:?}"),
        }
    }
    out
}

/// The state of the search box after typing all but the last letter.
fn typed_but_last(index: &Index, query: &str) -> (Narrowing, Vec<Hit>) {
    let mut narrowing = Narrowing::default();
    let mut hits = Vec::new();
    let mut typed = String::new();
    let mut chars: Vec<char> = query.chars().collect();
    chars.pop();
    for c in chars {
        typed.push(c);
        hits = index.search_typed(&typed, &mut narrowing, &hits);
    }
    (narrowing, hits)
}

fn search(c: &mut Criterion) {
    let guides = guides();
    let mut build = c.benchmark_group("search index build");
    build.sample_size(10).measurement_time(Duration::from_secs(5));
    for (n, guide) in &guides {
        build.bench_with_input(BenchmarkId::from_parameter(format!("{n} points")), guide, |b, guide| {
            b.iter(|| Index::new(black_box(guide)));
        });
    }
    build.finish();

    let mut key = c.benchmark_group("search keystroke");
    key.sample_size(30).measurement_time(Duration::from_secs(3));
    for (n, guide) in &guides {
        let index = Index::new(guide);
        for (name, query) in [("exact", WORD), ("typo", TYPO), ("chinese", CHINESE)] {
            // The last key of the word, as the search box types it: within
            // the hits of all but that key when they allow it.
            let (narrowing, hits) = typed_but_last(&index, query);
            key.bench_function(BenchmarkId::new(format!("{name} typed"), format!("{n} points")), |b| {
                b.iter_batched(
                    || narrowing.clone(),
                    |mut narrowing| index.search_typed(black_box(query), &mut narrowing, &hits),
                    BatchSize::SmallInput,
                );
            });
            // The whole query at once, as `ready search` and a paste do.
            key.bench_function(BenchmarkId::new(format!("{name} afresh"), format!("{n} points")), |b| {
                b.iter(|| index.search(black_box(query)));
            });
        }
    }
    key.finish();
}

criterion_group!(benches, search);
criterion_main!(benches);
