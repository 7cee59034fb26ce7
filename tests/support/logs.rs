//! Captures the logs: serenity's and Porter's warnings and errors, so a test fails when
//! serenity drops a payload it could not parse (it only logs a WARN) or a REST answer has
//! the wrong status; and the whole output Porter would print, through Porter's own logging
//! set-up ([`porter::logging`]) at its default `info` level (or the level a test binary
//! asks for with [`init_at`]), so a test can check that no secret reaches it. `RUST_LOG`
//! also prints the logs, through the same set-up, for debugging.

use std::fmt::Write as _;
use std::sync::{Mutex, OnceLock};

use tracing::field::{Field, Visit};
use tracing::{Event, Level, Subscriber};
use tracing_subscriber::layer::{Context, SubscriberExt as _};
use tracing_subscriber::util::SubscriberInitExt as _;
use tracing_subscriber::{EnvFilter, Layer};

/// WARN and ERROR lines seen in this test binary.
static LINES: Mutex<Vec<String>> = Mutex::new(Vec::new());
/// What Porter prints at its default filter (`info`, or the one given to [`init_at`]), as
/// the binary formats it.
static OUTPUT: Mutex<Vec<u8>> = Mutex::new(Vec::new());
static INIT: OnceLock<()> = OnceLock::new();

/// Parts of a log line that mean a payload or an answer did not fit serenity's model.
const FORBIDDEN: [&str; 5] = [
    "deserializ",
    "Err decompressing",
    "Mismatched successful response",
    "Failed to parse",
    "structure mismatch",
];

/// Targets whose every warning fails a test.
const LIBRARIES: [&str; 2] = ["serenity", "poise"];

/// Installs the capture (once per test binary) at Porter's default filter, `info`.
pub fn init() {
    init_at("info");
}

/// Installs the capture with Porter's production logging set-up at `filter` (once per test
/// binary: the first call decides).
pub fn init_at(filter: &str) {
    INIT.get_or_init(|| {
        let print = porter::logging::layer(
            EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("off")),
            tracing_subscriber::fmt::TestWriter::new(),
            super::TOKEN,
            true,
        );
        let output = porter::logging::layer(
            porter::logging::filter(filter).expect("a valid log filter"),
            || Output,
            super::TOKEN,
            false,
        );
        let _ = tracing_subscriber::registry()
            .with(Recorder)
            .with(output)
            .with(print)
            .try_init();
    });
}

/// Panics if serenity or poise warned about anything (a payload it could not use, a
/// gateway session out of step, an answer with the wrong status), or if any line shows a
/// payload that did not parse.
pub fn assert_clean() {
    let lines = LINES
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let bad: Vec<&String> = lines
        .iter()
        .filter(|l| {
            let target = l.split_whitespace().nth(1).unwrap_or("");
            let lower = l.to_lowercase();
            LIBRARIES.iter().any(|t| target.starts_with(t))
                || FORBIDDEN.iter().any(|f| lower.contains(&f.to_lowercase()))
        })
        .collect();
    assert!(bad.is_empty(), "the Discord libraries warned:\n{bad:#?}");
}

/// Every captured WARN and ERROR line.
pub fn lines() -> Vec<String> {
    LINES
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
        .clone()
}

/// Everything Porter's logging printed so far, in this test binary.
pub fn output() -> String {
    String::from_utf8_lossy(
        &OUTPUT
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner),
    )
    .into_owned()
}

/// Appends to [`OUTPUT`].
struct Output;

impl std::io::Write for Output {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        OUTPUT
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

struct Recorder;

impl<S: Subscriber> Layer<S> for Recorder {
    fn on_event(&self, event: &Event<'_>, _: Context<'_, S>) {
        let level = *event.metadata().level();
        if level != Level::WARN && level != Level::ERROR {
            return;
        }
        let mut line = format!("{level} {}:", event.metadata().target());
        event.record(&mut Fields(&mut line));
        LINES
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .push(line);
    }
}

struct Fields<'a>(&'a mut String);

impl Visit for Fields<'_> {
    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        let _ = write!(self.0, " {}={value:?}", field.name());
    }
}
