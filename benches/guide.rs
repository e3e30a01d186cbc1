//! How long the things a person waits for take: loading and checking the
//! built-in guide (every start), building the search index (every start of
//! search) and answering a query (every key typed in the search box).
//!
//! Run with `cargo bench --bench guide`.

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use ready::content;
use ready::search::Index;

/// An English word, the same word with a typo, Chinese, and two words.
const QUERIES: [&str; 4] = ["earthquake", "erthquake", "煤气", "fire exit"];

fn load(c: &mut Criterion) {
    c.bench_function("load embedded guide", |b| {
        b.iter(|| black_box(content::embedded()).is_ok());
    });
}

fn search(c: &mut Criterion) {
    let guide = match content::embedded() {
        Ok(guide) => guide,
        Err(e) => {
            eprintln!("skipping the search benchmarks: the built-in guide does not load: {e:?}");
            return;
        }
    };
    c.bench_function("build search index", |b| {
        b.iter(|| Index::new(black_box(&guide)));
    });
    let index = Index::new(&guide);
    let mut group = c.benchmark_group("search");
    for query in QUERIES {
        group.bench_with_input(BenchmarkId::from_parameter(query), query, |b, query| {
            b.iter(|| index.search(black_box(query)));
        });
    }
    group.finish();
}

criterion_group!(benches, load, search);
criterion_main!(benches);
