//! Porter's logging set-up, the one `porter` installs and the tests install: lines for
//! people, at the level `RUST_LOG` asks for, with no invitation code, link code or bot token
//! in them at any level.
//!
//! The libraries print secrets of their own accord once debug or trace output is on, so
//! there are two defences:
//!
//! 1. [`Protect`], a per-layer filter, keeps the library output that carries them from being
//!    recorded at all: serenity's spans (their fields are `Debug` dumps of whole REST
//!    requests, whose route holds the link code of `DELETE /invites/{code}`, and of whole
//!    gateway events and errors; the fmt layer prints them with every event inside) and the
//!    websocket crates' trace lines (every frame: IDENTIFY with the token, INVITE_CREATE
//!    with link codes, INTERACTION_CREATE with codes and Join buttons).
//! 2. [`Redacting`], the writer, masks what still looks like a secret in the shapes secrets
//!    take in the lines left: `/invites/…`, `discord.gg/…`, a Join button's `join:…`,
//!    `"code":"…"`, interaction and webhook tokens in URLs, Porter's codes (`ABCDE-FGHJK`,
//!    `ABCDEFGHJK`; an upper-case ten-letter word without `I L O U` is masked too, being
//!    indistinguishable), the bot token, and the raw payloads serenity prints when one does
//!    not parse. It works on each line as the fmt layer writes it, without allocating unless
//!    it masks something.
//!
//! Porter's own log statements never carry a code or a link code, and log errors with
//! [`Chain`], which leaves out the URLs reqwest puts in its errors.
//!
//! Both defences hold for the JSON lines of [`LogFormat::Json`] too: the filter is the same,
//! and the writer also knows the shapes JSON gives secrets (`\"code\":\"…\"` inside a
//! string, escapes such as `\n` right before a code) and ends a cut payload at the end of
//! its JSON string, so every line stays one JSON object.

use std::fmt;
use std::io::{self, Write};
use std::ops::Range;
use std::sync::Arc;

use tracing::{Level, Metadata, Subscriber};
use tracing_subscriber::fmt::MakeWriter;
use tracing_subscriber::layer::{Context, Filter};
use tracing_subscriber::registry::LookupSpan;
use tracing_subscriber::{EnvFilter, Layer};

/// How log lines are written: `log.format`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum LogFormat {
    /// Lines for people (the default).
    #[default]
    Text,
    /// One JSON object per line (tracing-subscriber's JSON format), for log collectors.
    Json,
}

impl LogFormat {
    /// `text` or `json`, in any case.
    pub fn parse(name: &str) -> Option<Self> {
        match name.trim().to_ascii_lowercase().as_str() {
            "text" => Some(Self::Text),
            "json" => Some(Self::Json),
            _ => None,
        }
    }
}

/// Reads a log filter such as `porter=debug,serenity=warn` (`RUST_LOG`'s syntax).
pub fn filter(directives: &str) -> Result<EnvFilter, tracing_subscriber::filter::ParseError> {
    EnvFilter::try_new(directives)
}

/// The layer that prints Porter's log: lines `filter` lets through (less what [`Protect`]
/// holds back), formatted for people, masked by [`Redacting`] (which also masks `token`),
/// written to `writer` (with terminal colours when `ansi`).
pub fn layer<S, W>(filter: EnvFilter, writer: W, token: &str, ansi: bool) -> impl Layer<S>
where
    S: Subscriber + for<'a> LookupSpan<'a>,
    W: for<'w> MakeWriter<'w> + Send + Sync + 'static,
{
    use tracing_subscriber::filter::FilterExt as _;
    tracing_subscriber::fmt::layer()
        .with_ansi(ansi)
        .with_writer(Redacting::new(writer, token))
        .with_filter(filter.and(Protect))
}

/// [`layer`] for people, or its JSON counterpart: one JSON object per line (no colours),
/// the same lines held back by [`Protect`] and the same secrets masked by [`Redacting`].
pub fn layer_as<S, W>(
    format: LogFormat,
    filter: EnvFilter,
    writer: W,
    token: &str,
    ansi: bool,
) -> Box<dyn Layer<S> + Send + Sync>
where
    S: Subscriber + for<'a> LookupSpan<'a>,
    W: for<'w> MakeWriter<'w> + Send + Sync + 'static,
{
    use tracing_subscriber::filter::FilterExt as _;
    match format {
        LogFormat::Text => Box::new(layer(filter, writer, token, ansi)),
        LogFormat::Json => Box::new(
            tracing_subscriber::fmt::layer()
                .json()
                .with_writer(Redacting::json(writer, token))
                .with_filter(filter.and(Protect)),
        ),
    }
}

/// Installs [`layer`] writing to standard output as the process's logging (and routes the
/// `log` crate's records through it), in colour only on a terminal (not into journald or
/// a file).
pub fn init(filter: EnvFilter, token: &str) {
    use tracing_subscriber::layer::SubscriberExt as _;
    use tracing_subscriber::util::SubscriberInitExt as _;
    tracing_subscriber::registry()
        .with(layer(
            filter,
            std::io::stdout,
            token,
            std::io::IsTerminal::is_terminal(&std::io::stdout()),
        ))
        .init();
}

/// Holds back the library output that carries secrets, whatever the level asked for:
/// serenity's spans, and the websocket crates' `trace` lines. Everything else the filter
/// before it lets through is kept, so `RUST_LOG=debug` still shows serenity's gateway and
/// REST events, connection and query lines, and Porter's own.
#[derive(Debug, Clone, Copy, Default)]
pub struct Protect;

impl Protect {
    /// Whether lines and spans with this metadata may be recorded.
    pub fn allows(meta: &Metadata<'_>) -> bool {
        let target = meta.target();
        if meta.is_span() && is_crate(target, "serenity") {
            return false;
        }
        let websocket = is_crate(target, "tungstenite") || is_crate(target, "tokio_tungstenite");
        !(websocket && *meta.level() == Level::TRACE)
    }
}

/// Whether `target` is the crate `name` or one of its modules.
fn is_crate(target: &str, name: &str) -> bool {
    target
        .strip_prefix(name)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with("::"))
}

impl<S> Filter<S> for Protect {
    fn enabled(&self, meta: &Metadata<'_>, _: &Context<'_, S>) -> bool {
        Self::allows(meta)
    }

    fn callsite_enabled(&self, meta: &'static Metadata<'static>) -> tracing::subscriber::Interest {
        if Self::allows(meta) {
            tracing::subscriber::Interest::always()
        } else {
            tracing::subscriber::Interest::never()
        }
    }
}

/// What a masked secret is replaced with.
const MASK: &str = "[redacted]";

/// A [`MakeWriter`] whose writers mask secrets (see the module's documentation) in what
/// they are given. The fmt layer writes each line with one `write_all`, so a secret is never
/// split between two writes.
#[derive(Debug)]
pub struct Redacting<M> {
    inner: M,
    /// The bot token without `Bot `, when there is one worth looking for.
    token: Option<Arc<str>>,
    /// The lines are JSON objects: a cut payload ends with its JSON string.
    json: bool,
}

impl<M> Redacting<M> {
    /// Writes through `inner`, masking `token` (with or without `Bot `) among the rest.
    pub fn new(inner: M, token: &str) -> Self {
        Self {
            inner,
            token: token_to_mask(token).map(Arc::from),
            json: false,
        }
    }

    /// [`Redacting::new`] for JSON lines: what it masks stays inside its JSON string.
    pub fn json(inner: M, token: &str) -> Self {
        Self {
            json: true,
            ..Self::new(inner, token)
        }
    }
}

/// The bot token as it may be printed, when it is long enough to be a secret: Discord's are
/// about 70 characters; masking a few letters everywhere would only garble the log.
fn token_to_mask(token: &str) -> Option<&str> {
    let token = token.strip_prefix("Bot ").unwrap_or(token).trim();
    (token.len() >= 8).then_some(token)
}

impl<'a, M: MakeWriter<'a>> MakeWriter<'a> for Redacting<M> {
    type Writer = RedactingWriter<'a, M::Writer>;

    fn make_writer(&'a self) -> Self::Writer {
        RedactingWriter {
            inner: self.inner.make_writer(),
            token: self.token.as_deref(),
            json: self.json,
        }
    }

    fn make_writer_for(&'a self, meta: &Metadata<'_>) -> Self::Writer {
        RedactingWriter {
            inner: self.inner.make_writer_for(meta),
            token: self.token.as_deref(),
            json: self.json,
        }
    }
}

/// One line's writer of [`Redacting`].
pub struct RedactingWriter<'a, W> {
    inner: W,
    token: Option<&'a str>,
    json: bool,
}

impl<W: Write> Write for RedactingWriter<'_, W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let masks = secrets(buf, self.token.map(str::as_bytes), self.json);
        if masks.is_empty() {
            self.inner.write_all(buf)?;
        } else {
            // One write, so lines from other threads cannot land inside this one.
            self.inner.write_all(&apply(buf, &masks))?;
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

/// `text` masked as the log writer masks it (with `token` as the bot token).
pub fn redact(text: &str, token: &str) -> String {
    redact_as(text, token, false)
}

/// `text` masked as the log writer of [`LogFormat::Json`] masks it.
pub fn redact_json(text: &str, token: &str) -> String {
    redact_as(text, token, true)
}

fn redact_as(text: &str, token: &str, json: bool) -> String {
    let masks = secrets(
        text.as_bytes(),
        token_to_mask(token).map(str::as_bytes),
        json,
    );
    String::from_utf8_lossy(&apply(text.as_bytes(), &masks)).into_owned()
}

/// `text` with every range of `masks` (sorted, disjoint) replaced by [`MASK`].
fn apply(text: &[u8], masks: &[Range<usize>]) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    let mut at = 0;
    for m in masks {
        out.extend_from_slice(&text[at..m.start]);
        out.extend_from_slice(MASK.as_bytes());
        at = m.end;
    }
    out.extend_from_slice(&text[at..]);
    out
}

/// What follows a marker, and how far the secret after it goes.
#[derive(Clone, Copy)]
enum After {
    /// A path segment or word: letters, digits, `-` and `_`.
    Segment,
    /// A snowflake, `/`, then a segment: the token of `/interactions/{id}/{token}`.
    IdThenSegment,
    /// Up to the closing double quote, escaped (`\"`) or not.
    Quoted,
    /// Up to the end of the line (in a JSON line, of the JSON string): a raw payload.
    Line,
}

/// Text that comes right before a secret, in the lines the libraries and Porter print.
const MARKERS: &[(&str, After)] = &[
    // serenity's routes (`DELETE /invites/{code}`) in its warnings, reqwest's URLs.
    ("/invites/", After::Segment),
    ("/invite/", After::Segment),
    ("discord.gg/", After::Segment),
    // A Join button's custom id, `porter:join:{code}`.
    ("join:", After::Segment),
    // Invite objects and events as JSON, and as serenity's `Debug` (`code: "…"`).
    ("\"code\":\"", After::Quoted),
    ("\"code\": \"", After::Quoted),
    ("code: \"", After::Quoted),
    // serde_json's `Debug` of a value, in serenity's line about an unknown event.
    ("\"code\": String(\"", After::Quoted),
    // Interaction tokens: in callback and webhook URLs, and in payloads.
    ("/interactions/", After::IdThenSegment),
    ("/webhooks/", After::IdThenSegment),
    ("\"token\":\"", After::Quoted),
    // The same inside a JSON string (a message or field of a JSON log line), where every
    // double quote is escaped.
    (r#"\"code\":\""#, After::Quoted),
    (r#"\"code\": \""#, After::Quoted),
    (r#"code: \""#, After::Quoted),
    (r#"\"code\": String(\""#, After::Quoted),
    (r#"\"token\":\""#, After::Quoted),
    // serenity's warning about a gateway payload it could not parse, and its debug line of
    // the raw bytes: the whole payload follows.
    ("; text: ", After::Line),
    ("Failing bytes: ", After::Line),
];

/// The ranges of `text` that hold secrets, sorted and merged. Empty (no allocation) when
/// there are none.
fn secrets(text: &[u8], token: Option<&[u8]>, json: bool) -> Vec<Range<usize>> {
    let mut masks = Vec::new();
    for &(marker, after) in MARKERS {
        let marker = marker.as_bytes();
        let mut from = 0;
        while let Some(at) = find(&text[from..], marker) {
            let start = from + at + marker.len();
            let secret = secret_after(text, start, after, json);
            if !secret.is_empty() {
                masks.push(secret);
            }
            from = start;
        }
    }
    if let Some(token) = token {
        let mut from = 0;
        while let Some(at) = find(&text[from..], token) {
            masks.push(from + at..from + at + token.len());
            from += at + token.len();
        }
    }
    codes(text, &mut masks);
    if masks.len() > 1 {
        masks.sort_by_key(|m| m.start);
        let mut merged: Vec<Range<usize>> = Vec::with_capacity(masks.len());
        for m in masks {
            match merged.last_mut() {
                Some(last) if m.start <= last.end => last.end = last.end.max(m.end),
                _ => merged.push(m),
            }
        }
        masks = merged;
    }
    masks
}

/// The secret that follows a marker ending at `start`: empty when none does. In a JSON
/// line (`json`) a payload ends with the JSON string holding it.
fn secret_after(text: &[u8], start: usize, after: After, json: bool) -> Range<usize> {
    let segment = |from: usize| {
        from..from
            + text[from..]
                .iter()
                .take_while(|b| b.is_ascii_alphanumeric() || **b == b'-' || **b == b'_')
                .count()
    };
    let until = |stop: &[u8]| {
        start
            ..start
                + text[start..]
                    .iter()
                    .take_while(|b| !stop.contains(b))
                    .count()
    };
    match after {
        After::Segment => segment(start),
        After::IdThenSegment => {
            let id_end = start
                + text[start..]
                    .iter()
                    .take_while(|b| b.is_ascii_digit())
                    .count();
            if id_end > start && text.get(id_end) == Some(&b'/') {
                segment(id_end + 1)
            } else {
                start..start
            }
        }
        // Secrets hold no backslash: one starts the escaped quote that ends the value.
        After::Quoted => until(b"\"\\"),
        After::Line if json => {
            let mut end = start;
            while end < text.len() && !matches!(text[end], b'"' | b'\n') {
                end += if text[end] == b'\\' { 2 } else { 1 };
            }
            start..end.min(text.len())
        }
        After::Line => until(b"\n"),
    }
}

/// The first place `needle` occurs in `haystack`.
fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    let (&first, rest) = needle.split_first()?;
    let mut from = 0;
    while let Some(at) = haystack[from..].iter().position(|b| *b == first) {
        let at = from + at;
        if haystack[at + 1..].starts_with(rest) {
            return Some(at);
        }
        from = at + 1;
    }
    None
}

/// Whether `b` is one of the 32 symbols of Porter's codes (Crockford base32, as stored).
fn is_symbol(b: u8) -> bool {
    b.is_ascii_digit() || (b.is_ascii_uppercase() && !matches!(b, b'I' | b'L' | b'O' | b'U'))
}

/// Whether `b` continues a word, so a code cannot start or end next to it.
fn is_word(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// Adds the ranges of `text` shaped like Porter's codes: ten symbols, or five, a dash and
/// five, standing alone as a word. Terminal colour sequences (`ESC [ … m`) count as
/// spaces, so a value printed right after a coloured `=` is still found.
fn codes(text: &[u8], masks: &mut Vec<Range<usize>>) {
    let mut i = 0;
    // Whether the byte before `i` continues a word.
    let mut after_word = false;
    while i < text.len() {
        let b = text[i];
        if b == 0x1b {
            // Skip the escape sequence up to its final byte.
            i += 1;
            if text.get(i) == Some(&b'[') {
                i += 1;
                while i < text.len() && !(0x40..=0x7e).contains(&text[i]) {
                    i += 1;
                }
            }
            i += 1;
            after_word = false;
            continue;
        }
        if b == b'\\' {
            // An escape in JSON or in `Debug` output (`\n`, `\"`, `\u001b`) stands between
            // words: a code may follow it.
            i += escape_len(&text[i..]);
            after_word = false;
            continue;
        }
        if !after_word && is_symbol(b) {
            if let Some(len) = code_at(&text[i..]) {
                masks.push(i..i + len);
                i += len;
                after_word = true;
                continue;
            }
        }
        after_word = is_word(b);
        i += 1;
    }
}

/// How long the escape at the start of `text` (a backslash) is: `\u` and four hex digits,
/// a backslash and one of the letters JSON and `Debug` escape with, or the backslash alone.
fn escape_len(text: &[u8]) -> usize {
    match text.get(1) {
        Some(b'u')
            if text
                .get(2..6)
                .is_some_and(|h| h.iter().all(u8::is_ascii_hexdigit)) =>
        {
            6
        }
        Some(b'n' | b'r' | b't' | b'b' | b'f' | b'0' | b'"' | b'\'' | b'\\' | b'/') => 2,
        _ => 1,
    }
}

/// Upper-case words shaped like codes that Porter's own debug output prints (its schema, in
/// sqlx's lines). A code spelling one of them is a 1 in 2^50 chance.
const NOT_CODES: [&[u8]; 1] = [b"REFERENCES"];

/// The length of the code at the start of `text`, if one stands there: `ABCDEFGHJK` or
/// `ABCDE-FGHJK`, not followed by more of a word.
fn code_at(text: &[u8]) -> Option<usize> {
    let symbols = |range: Range<usize>| {
        text.get(range)
            .is_some_and(|s| s.iter().all(|b| is_symbol(*b)))
    };
    let len = if symbols(0..10) {
        10
    } else if symbols(0..5) && text.get(5) == Some(&b'-') && symbols(6..11) {
        11
    } else {
        return None;
    };
    match text.get(len) {
        Some(b) if is_word(*b) => None,
        _ if NOT_CODES.contains(&&text[..len]) => None,
        _ => Some(len),
    }
}

/// Displays an error and its causes, `a: b: c`, without the URLs reqwest puts in its
/// messages (`… for url (https://discord.com/api/v10/invites/{code})`) and without a cause
/// that only repeats the one before. For logging errors that may come from serenity.
pub struct Chain<'a>(pub &'a (dyn std::error::Error + 'static));

impl fmt::Display for Chain<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut previous = String::new();
        let mut next = Some(self.0);
        while let Some(e) = next {
            let text = e.to_string();
            let text = without_url(&text);
            if text != previous {
                if !previous.is_empty() {
                    f.write_str(": ")?;
                }
                f.write_str(text)?;
                previous = text.to_owned();
            }
            next = e.source();
        }
        Ok(())
    }
}

/// `message` without reqwest's ` for url (…)` suffix.
fn without_url(message: &str) -> &str {
    match message.find(" for url (") {
        Some(at) if message.ends_with(')') => &message[..at],
        _ => message,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn masked(text: &str) -> String {
        redact(text, "Bot s3cret.t0ken")
    }

    #[test]
    fn leaves_ordinary_lines_alone() {
        for line in [
            "2026-01-01T00:00:00Z  INFO porter::discord: invitation created guild=1000000000000001 invitation=3 by=2000000000000001\n",
            "DEBUG hyper_util::client::legacy::connect::http: connecting to 127.0.0.1:4000\n",
            "DEBUG sqlx::query: summary=\"SELECT id FROM invitations …\" rows_returned=1 elapsed=1.2ms\n",
            "GET /guilds/1000000000000001/invites -> 200, POST /channels/4000000000000001/invites\n",
            "the management of characters: 123456789 12345678901 ABCDEFGHJKL\n",
            "guild_id INTEGER NOT NULL REFERENCES schools (guild_id)\n",
            "code: 50013, \"code\": 10006, discord code 10008\n",
        ] {
            assert_eq!(masked(line), line);
            assert!(secrets(line.as_bytes(), None, false).is_empty());
        }
    }

    #[test]
    fn masks_codes_in_both_forms() {
        assert_eq!(
            masked("joined with ABCDE-FGHJK and 0123456789, not ABCDEFGHJKM"),
            "joined with [redacted] and [redacted], not ABCDEFGHJKM"
        );
        assert_eq!(masked("code=ABCDEFGHJK."), "code=[redacted].");
        // Coloured output: the value comes right after an escape sequence.
        assert_eq!(
            masked("\u{1b}[3mcode\u{1b}[0m\u{1b}[2m=\u{1b}[0mZZZZZ-00000 x"),
            "\u{1b}[3mcode\u{1b}[0m\u{1b}[2m=\u{1b}[0m[redacted] x"
        );
    }

    #[test]
    fn masks_link_codes_buttons_and_tokens_in_their_shapes() {
        assert_eq!(
            masked("WARN serenity::http::client: Mismatched successful response status from https://discord.com/api/v10/invites/aB3-x_9! Expected 204 but got 200"),
            "WARN serenity::http::client: Mismatched successful response status from https://discord.com/api/v10/invites/[redacted]! Expected 204 but got 200"
        );
        assert_eq!(
            masked("see https://discord.gg/hTKzmak now"),
            "see https://discord.gg/[redacted] now"
        );
        assert_eq!(
            masked("custom_id: \"porter:join:QQQQQ\""),
            "custom_id: \"porter:join:[redacted]\""
        );
        assert_eq!(
            masked("{\"code\":\"fake7\",\"uses\":0} Invite { code: \"fake8\" }"),
            "{\"code\":\"[redacted]\",\"uses\":0} Invite { code: \"[redacted]\" }"
        );
        assert_eq!(
            masked(
                "Response { url: \"http://x/api/v10/interactions/123/aW50ZXJh-Y3Rpb24/callback\" }"
            ),
            "Response { url: \"http://x/api/v10/interactions/123/[redacted]/callback\" }"
        );
        assert_eq!(
            masked("url: /webhooks/900/tok_en/messages/@original"),
            "url: /webhooks/900/[redacted]/messages/@original"
        );
        assert_eq!(
            masked("Authorization: Bot s3cret.t0ken\n"),
            "Authorization: Bot [redacted]\n"
        );
    }

    #[test]
    fn cuts_raw_gateway_payloads() {
        assert_eq!(
            masked("WARN serenity::gateway::ws: Err deserializing text: Error(\"x\", line: 1, column: 2); text: {\"t\":\"INTERACTION_CREATE\",\"d\":{\"data\":{\"options\":[{\"value\":\"abcde fghjk\"}]}}}\nnext line\n"),
            "WARN serenity::gateway::ws: Err deserializing text: Error(\"x\", line: 1, column: 2); text: [redacted]\nnext line\n"
        );
        assert_eq!(
            masked("DEBUG serenity::gateway::ws: Failing bytes: [120, 156, 1]"),
            "DEBUG serenity::gateway::ws: Failing bytes: [redacted]"
        );
    }

    #[test]
    fn overlapping_secrets_are_masked_once() {
        assert_eq!(
            masked("DELETE /invites/ABCDEFGHJK"),
            "DELETE /invites/[redacted]"
        );
        assert_eq!(masked("porter:join:ABCDEFGHJK"), "porter:join:[redacted]");
    }

    #[test]
    fn protect_holds_back_serenity_spans_and_websocket_frames() {
        use tracing::callsite::Identifier;
        use tracing::field::FieldSet;
        use tracing::metadata::Kind;
        struct Site;
        impl tracing::callsite::Callsite for Site {
            fn set_interest(&self, _: tracing::subscriber::Interest) {}
            fn metadata(&self) -> &Metadata<'_> {
                unreachable!()
            }
        }
        static SITE: Site = Site;
        let meta = |target: &'static str, level: Level, kind: Kind| {
            Metadata::new(
                "test",
                target,
                level,
                None,
                None,
                None,
                FieldSet::new(&[], Identifier(&SITE)),
                kind,
            )
        };
        assert!(!Protect::allows(&meta(
            "serenity::http::client",
            Level::INFO,
            Kind::SPAN
        )));
        assert!(!Protect::allows(&meta(
            "serenity::gateway::shard",
            Level::TRACE,
            Kind::SPAN
        )));
        assert!(Protect::allows(&meta(
            "serenity::gateway::shard",
            Level::DEBUG,
            Kind::EVENT
        )));
        assert!(Protect::allows(&meta(
            "serenity::http::client",
            Level::WARN,
            Kind::EVENT
        )));
        assert!(!Protect::allows(&meta(
            "tungstenite::protocol",
            Level::TRACE,
            Kind::EVENT
        )));
        assert!(!Protect::allows(&meta(
            "tokio_tungstenite::compat",
            Level::TRACE,
            Kind::EVENT
        )));
        assert!(Protect::allows(&meta(
            "tungstenite::protocol",
            Level::DEBUG,
            Kind::EVENT
        )));
        assert!(Protect::allows(&meta(
            "porter::discord",
            Level::TRACE,
            Kind::SPAN
        )));
        assert!(Protect::allows(&meta(
            "serenity_like",
            Level::TRACE,
            Kind::SPAN
        )));
    }

    #[test]
    fn masks_secrets_in_json_lines_and_keeps_them_json() {
        let lines = [
            // A code in a field, in the message after an escaped newline, and as stored.
            r#"{"level":"INFO","fields":{"message":"joined\nABCDE-FGHJK then\t0123456789","code":"ZZZZZ-00000"},"target":"porter"}"#,
            // serenity's `Debug` of an invite and of a JSON body, inside the message string.
            r#"{"fields":{"message":"got Invite { code: \"fake8\", uses: 1 } and {\"code\":\"fake7\",\"token\":\"tok\"}"},"target":"serenity::http"}"#,
            r#"{"fields":{"message":"value {\"code\": \"fake9\"} Object {\"code\": String(\"fakeA\")}"}}"#,
            // A payload serenity could not parse: cut to the end of its JSON string only.
            r#"{"fields":{"message":"Err deserializing text: Error(\"x\", line: 1, column: 2); text: {\"t\":\"INTERACTION_CREATE\",\"d\":{\"value\":\"abcde fghjk\"}}"},"target":"serenity::gateway::ws"}"#,
            // Link codes, a Join button and the token.
            r#"{"fields":{"message":"DELETE /invites/aB3-x_9 see https://discord.gg/hTKzmak custom_id porter:join:QQQQQ Authorization: Bot s3cret.t0ken"}}"#,
        ];
        let secrets = [
            "ABCDE-FGHJK",
            "0123456789",
            "ZZZZZ-00000",
            "fake7",
            "fake8",
            "fake9",
            "fakeA",
            "tok\\",
            "abcde fghjk",
            "INTERACTION_CREATE",
            "aB3-x_9",
            "hTKzmak",
            "QQQQQ",
            "s3cret.t0ken",
        ];
        for line in lines {
            let masked = redact_json(line, "Bot s3cret.t0ken");
            let parsed: serde_json::Value = serde_json::from_str(&masked)
                .unwrap_or_else(|e| panic!("not JSON any more ({e}): {masked}"));
            assert!(parsed.is_object(), "{masked}");
            for secret in secrets {
                assert!(!masked.contains(secret), "{secret} in {masked}");
            }
            assert!(masked.contains(MASK), "{masked}");
        }
        // What follows a cut payload is kept.
        let masked = redact_json(lines[3], "");
        assert!(
            masked.ends_with(r#"[redacted]"},"target":"serenity::gateway::ws"}"#),
            "{masked}"
        );
    }

    #[test]
    fn the_json_layer_holds_back_what_the_text_layer_does_and_masks_codes() {
        use tracing_subscriber::layer::SubscriberExt as _;
        #[derive(Clone, Default)]
        struct Buffer(Arc<std::sync::Mutex<Vec<u8>>>);
        impl Write for Buffer {
            fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
                self.0.lock().unwrap().extend_from_slice(buf);
                Ok(buf.len())
            }
            fn flush(&mut self) -> io::Result<()> {
                Ok(())
            }
        }
        let buffer = Buffer::default();
        let out = buffer.clone();
        let subscriber = tracing_subscriber::registry().with(layer_as(
            LogFormat::Json,
            EnvFilter::new("trace"),
            move || out.clone(),
            "Bot s3cret.t0ken",
            true,
        ));
        tracing::subscriber::with_default(subscriber, || {
            let span = tracing::info_span!(target: "serenity::http::client", "request", route = "DELETE /invites/spanCode1");
            let _entered = span.enter();
            tracing::info!(target: "porter::discord", code = "ABCDE-FGHJK", "a join with {}", "0123456789");
            tracing::trace!(target: "tungstenite::protocol", "frame {{\"op\":2,\"d\":{{\"token\":\"s3cret.t0ken\"}}}}");
            tracing::warn!(target: "serenity::http::client", "Invite {{ code: \"fake8\" }} at /invites/fake9");
        });
        let text = String::from_utf8(buffer.0.lock().unwrap().clone()).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 2, "{text}");
        for line in &lines {
            let parsed: serde_json::Value =
                serde_json::from_str(line).unwrap_or_else(|e| panic!("not JSON ({e}): {line}"));
            assert!(parsed["fields"]["message"].is_string(), "{line}");
            for secret in [
                "ABCDE-FGHJK",
                "0123456789",
                "spanCode1",
                "s3cret",
                "fake8",
                "fake9",
            ] {
                assert!(!line.contains(secret), "{secret} in {line}");
            }
            // serenity's span is held back: no `span` or `spans` naming it.
            assert!(!line.contains("\"request\""), "{line}");
            assert!(!line.contains('\u{1b}'), "no colours in JSON: {line}");
        }
    }

    #[test]
    fn chain_leaves_out_urls_and_repeats() {
        #[derive(Debug)]
        struct E(&'static str, Option<Box<E>>);
        impl fmt::Display for E {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.0)
            }
        }
        impl std::error::Error for E {
            fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
                self.1.as_deref().map(|e| e as _)
            }
        }
        let e = E(
            "Error while sending HTTP request.",
            Some(Box::new(E(
                "Error while sending HTTP request.",
                Some(Box::new(E(
                    "error sending request for url (https://discord.com/api/v10/invites/abc)",
                    Some(Box::new(E(
                        "connection closed before message completed",
                        None,
                    ))),
                ))),
            ))),
        );
        assert_eq!(
            Chain(&e).to_string(),
            "Error while sending HTTP request.: error sending request: connection closed before message completed"
        );
    }
}
