//! Porter's resident memory: the compiled `porter` binary (release) against the fake
//! Discord, on a SQLite file, idle, right after 10,000 `/join`s at 500/s by distinct people,
//! and over the following 60 seconds of idle:
//!
//! ```sh
//! cargo bench --bench memory
//! ```
//!
//! For experiments: `MIMALLOC_*` (Porter's allocator, e.g. `MIMALLOC_PURGE_DELAY=0`),
//! `MALLOC_*`, `GLIBC_TUNABLES` and `LD_PRELOAD` are passed on to Porter;
//! `PORTER_MEMORY_TRIM=1` has gdb call glibc's `malloc_trim(0)` inside Porter and reports the
//! memory after (for a build on glibc's allocator); `PORTER_MEMORY_JOINS` changes the number
//! of joins. Figures go to BENCHMARKS.md.

// The fake Discord of the tests; this benchmark uses a part of it (and, built like a test,
// its own tests are compiled in without a harness to run them).
#[allow(dead_code, unused_imports)]
#[path = "../tests/support/mod.rs"]
mod support;

use std::collections::HashMap;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::json;
use support::fake_discord::FakeDiscord;
use support::{answer, send_slash, world, Reply, HERE, TOKEN};

/// Ids of the people who join: `PEOPLE + i`.
const PEOPLE: u64 = 5_000_000_000_000_000;
/// Joins per second.
const RATE: u64 = 500;
/// How long Porter is left idle after the joins, and how often its memory is read then.
const IDLE: Duration = Duration::from_secs(60);
const EVERY: Duration = Duration::from_secs(10);

/// The resident memory of process `pid`, in MiB.
fn rss_mib(pid: u32) -> f64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        .map_or(0.0, |kb| kb / 1024.0)
}

/// Has gdb call `malloc_trim(0)` in process `pid`.
fn malloc_trim(pid: u32) {
    let status = Command::new("gdb")
        .args([
            "-p",
            &pid.to_string(),
            "-batch",
            "-ex",
            "call (int) malloc_trim(0)",
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .expect("gdb runs");
    assert!(status.success(), "gdb failed: {status}");
}

async fn run() {
    let joins: u64 = std::env::var("PORTER_MEMORY_JOINS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(10_000);
    let fake = FakeDiscord::start(world::standard_with_members(PEOPLE, joins, "person").0).await;
    let dir = tempfile::tempdir().expect("a temporary directory");
    let url = format!("sqlite://{}", dir.path().join("porter.db").display());
    let binary =
        std::env::var("PORTER_BIN").unwrap_or_else(|_| env!("CARGO_BIN_EXE_porter").into());
    let mut command = Command::new(&binary);
    command
        .current_dir(dir.path())
        .env_clear()
        .env("DISCORD_TOKEN", TOKEN)
        .env("DISCORD_API_URL", fake.url())
        .env("DATABASE_URL", &url)
        .env("RUST_LOG", "info");
    let mut passed = Vec::new();
    for (key, value) in std::env::vars() {
        if key.starts_with("MALLOC_")
            || key.starts_with("MIMALLOC_")
            || key == "GLIBC_TUNABLES"
            || key == "LD_PRELOAD"
        {
            passed.push(format!("{key}={value}"));
            command.env(key, value);
        }
    }
    let mut child: Child = command
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("porter starts");
    let pid = child.id();

    fake.wait_for_within("command registration", Duration::from_secs(30), |s| {
        (s.registrations > 0).then_some(())
    })
    .await;
    support::set_up_school(&fake).await;
    let create = send_slash(&fake, HERE, world::OWNER, "invite create", &[]);
    let created = answer(&fake, &create, "/invite create").await;
    let code = created
        .field("Code")
        .expect("a code")
        .trim_matches('`')
        .to_owned();
    tokio::time::sleep(Duration::from_secs(2)).await;
    let idle = rss_mib(pid);

    // The joins, paced; one waiter notes every answer as the fake receives it.
    let waiting: Arc<Mutex<HashMap<String, Instant>>> = Arc::default();
    let started = Instant::now();
    let sender = {
        let (fake, waiting, code) = (fake.clone(), waiting.clone(), code.clone());
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(Duration::from_micros(1_000_000 / RATE));
            tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Burst);
            for i in 0..joins {
                tick.tick().await;
                let at = Instant::now();
                let token = send_slash(&fake, HERE, PEOPLE + i, "join", &[("code", json!(code))]);
                waiting.lock().unwrap().insert(token, at);
                // The answer may have come before the token was noted: check again.
                fake.update(|_| ());
            }
        })
    };
    let mut welcomed = 0;
    let mut answered = 0;
    let mut peak = idle;
    let mut last_read = Instant::now();
    fake.wait_for_within("every /join answered", Duration::from_secs(300), |s| {
        let mut waiting = waiting.lock().unwrap();
        waiting.retain(|token, _| match Reply::from_log(&s.interactions[token]) {
            Some(reply) => {
                answered += 1;
                welcomed += usize::from(reply.content().starts_with("Welcome"));
                false
            }
            None => true,
        });
        if last_read.elapsed() > Duration::from_millis(200) {
            peak = f64::max(peak, rss_mib(pid));
            last_read = Instant::now();
        }
        (answered == joins).then_some(())
    })
    .await;
    sender.await.expect("the sender");
    let took = started.elapsed();
    assert_eq!(welcomed as u64, joins, "everyone joined");
    let after = rss_mib(pid);
    peak = peak.max(after);

    let mut idle_reads = Vec::new();
    let idle_since = Instant::now();
    while idle_since.elapsed() < IDLE {
        tokio::time::sleep(EVERY).await;
        idle_reads.push(rss_mib(pid));
    }
    let trimmed = std::env::var("PORTER_MEMORY_TRIM").is_ok().then(|| {
        malloc_trim(pid);
        rss_mib(pid)
    });

    nix::sys::signal::kill(
        nix::unistd::Pid::from_raw(pid as i32),
        nix::sys::signal::Signal::SIGTERM,
    )
    .expect("SIGTERM is sent");
    let status = tokio::task::spawn_blocking(move || child.wait().expect("wait for porter"))
        .await
        .expect("the waiting task");
    assert!(status.success(), "porter exited with {status}");

    println!();
    println!(
        "Porter's RSS (binary {binary}{}{})",
        if passed.is_empty() { "" } else { ", " },
        passed.join(" ")
    );
    println!(
        "idle {idle:.1} MiB | {joins} joins at {RATE}/s in {:.1} s: peak {peak:.1} MiB, \
         {after:.1} MiB right after | idle every {}s: {} MiB{}",
        took.as_secs_f64(),
        EVERY.as_secs(),
        idle_reads
            .iter()
            .map(|r| format!("{r:.1}"))
            .collect::<Vec<_>>()
            .join(", "),
        trimmed.map_or(String::new(), |t| format!(
            " | after malloc_trim(0): {t:.1} MiB"
        )),
    );
}

#[tokio::main]
async fn main() {
    // `cargo bench` passes `--bench`; `cargo test --benches` passes nothing: only measure
    // when asked to bench.
    if !std::env::args().any(|a| a == "--bench") {
        return;
    }
    run().await;
}
