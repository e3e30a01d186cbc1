//! How long the things a person waits for take: loading the built-in guide
//! (every start), loading and checking a content set of 37, 1,000 and 10,000
//! points (`--content`, `ready check`), exporting it, building the search
//! index (every start of search) and answering a query (every key typed in
//! the search box).
//!
//! Run with `cargo bench --bench guide` (bench/performance runs them all).

mod common;

use std::hint::black_box;
use std::time::Duration;

use common::SIZES;
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use ready::content::{self, Locale};
use ready::export;
use ready::search::Index;

/// An English word, the same word with a typo, Chinese, and two words.
const QUERIES: [&str; 4] = ["earthquake", "erthquake", "煤气", "fire exit"];

fn load(c: &mut Criterion) {
    c.bench_function("load embedded guide", |b| {
        b.iter(|| black_box(content::embedded()).is_ok());
    });
    let mut group = c.benchmark_group("load and check a content directory");
    group.sample_size(10).warm_up_time(Duration::from_millis(200));
    for n in SIZES {
        let dir = common::content_dir(n);
        group.bench_function(BenchmarkId::from_parameter(format!("{n} points")), |b| {
            b.iter(|| black_box(content::from_dir(&dir)).is_ok());
        });
    }
    group.finish();
}

fn exports(c: &mut Criterion) {
    let mut group = c.benchmark_group("export");
    group.sample_size(10).warm_up_time(Duration::from_millis(200));
    for n in SIZES {
        let Some(guide) = common::guide(n) else { continue };
        let formats: [(&str, &dyn Fn() -> String); 3] = [
            ("md", &|| export::markdown::guide(guide, Locale::En)),
            ("html", &|| export::html::guide(guide, Locale::En)),
            ("json", &|| export::json::guide(guide)),
        ];
        for (format, run) in formats {
            group.bench_function(BenchmarkId::new(format, format!("{n} points")), |b| {
                b.iter(|| black_box(run()).len());
            });
        }
    }
    group.finish();
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

criterion_group!(benches, load, exports, search);
criterion_main!(benches);
