//! How long one joins chart takes to draw and encode (`/school info`, `/invite info`): the
//! CPU work Porter does in `spawn_blocking`. Figures are recorded in BENCHMARKS.md.

use criterion::{criterion_group, criterion_main, Criterion};
use porter::chart::{render, ChartText};
use porter::domain::{JoinMethod, JoinsPerDay};
use porter::i18n::Lang;

/// 2026-11-26 13:00 UTC.
const NOW: i64 = 1_795_698_000;

fn chart(counts: impl Fn(i64) -> [u32; 4]) -> JoinsPerDay {
    let today = NOW / 86_400;
    let methods = [
        JoinMethod::Code,
        JoinMethod::Button,
        JoinMethod::Link,
        JoinMethod::Public,
    ];
    JoinsPerDay::from_counts(
        NOW,
        (0..30).flat_map(|ago| {
            let n = counts(ago);
            methods
                .into_iter()
                .zip(n)
                .map(move |(method, n)| (today - ago, method, n))
        }),
    )
}

fn bench(c: &mut Criterion) {
    let busy = chart(|ago| {
        let wave = (ago * 7 % 11) as u32;
        [wave % 5, (wave + ago as u32) % 3, wave % 4 * 20, 1]
    });
    let empty = chart(|_| [0; 4]);
    for (name, data) in [("busy", &busy), ("empty", &empty)] {
        let text = ChartText::new(Lang::ENGLISH, data.totals.total());
        c.bench_function(&format!("chart render {name}"), |b| {
            b.iter(|| render(data, "Riverside Secondary School", &text).unwrap())
        });
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
