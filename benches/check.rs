//! `ready check` on large content sets: a province's library of city guides
//! can hold thousands of points, and an editor checks it after every edit.
//! The budget (issue 11): 10,000 points under 2 s with every link valid,
//! under 3 s with every link broken (each broken link wants a did-you-mean).
//!
//! Run with `cargo bench --bench check`. The sets are generated once, by the
//! same code as `cargo run --example gen-content`.

use std::hint::black_box;
use std::path::Path;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use ready::content::{self, LoadError};

#[path = "../examples/gen-content.rs"]
#[allow(dead_code)]
mod gen_content;

/// Loads and validates the set, as `ready check DIR` does, and returns how
/// many problems it found (0 for a valid set).
fn check(dir: &Path) -> usize {
    match content::from_dir(dir) {
        Ok(_) => 0,
        Err(LoadError::Invalid(d)) => d.len(),
        Err(LoadError::Missing(_)) => usize::MAX,
    }
}

fn bench_check(c: &mut Criterion) {
    let root = match tempfile::tempdir() {
        Ok(root) => root,
        Err(e) => {
            eprintln!("skipping: no temporary directory: {e}");
            return;
        }
    };
    let mut group = c.benchmark_group("check");
    // A 10,000-point check takes about a second: ten samples are plenty.
    group.sample_size(10).measurement_time(Duration::from_secs(15));
    for n in [1_000, 10_000] {
        for (name, broken) in [("valid links", false), ("broken links", true)] {
            let dir = root.path().join(format!("{n}-{broken}"));
            if let Err(e) = gen_content::write_set(n, &dir, broken) {
                eprintln!("skipping {n} {name}: cannot write the set: {e}");
                continue;
            }
            let problems = check(&dir);
            assert_eq!(problems == 0, !broken, "{n} {name}: {problems} problems");
            group.bench_with_input(BenchmarkId::new(name, format!("{n} points")), &dir, |b, dir| {
                b.iter(|| check(black_box(dir)))
            });
        }
    }
    group.finish();
}

criterion_group!(benches, bench_check);
criterion_main!(benches);
