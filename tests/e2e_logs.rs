//! End to end: Porter's production logging set-up at `trace`, the most it can print, over
//! a day in a school through the fake Discord, failures included: no invitation code, no
//! link code, no interaction token and not the bot token reach the output, while it still
//! says useful things.
//!
//! Its own test binary on purpose, not a module of `tests/e2e/`: it installs a trace-level
//! subscriber for its whole process ([`support::logs::init_at`]; the first call in a
//! process decides the level), which the other end-to-end tests must not run under, and
//! which they would keep from being installed at `trace` if they ran first.

// This binary uses only part of `support`; the `e2e` binary uses the rest, and its
// dead-code warnings are the ones that tell what `support` no longer needs.
#[allow(dead_code)]
mod support;

use std::sync::{Arc, Mutex};

use porter::config::Config;
use porter::discord::Bot;
use porter::domain::Domain;
use serde_json::json;
use support::fake_discord::payloads;
use support::fake_discord::state::percent_decode;
use support::world::*;
use support::{eventually, interactions, log_line_with, Created, Place, TestApp};
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
use tokio::net::{TcpListener, TcpStream};

/// Every form a secret could be printed in: a code as shown (`ABCDE-FGHJK`) and as stored
/// (`ABCDEFGHJK`), a link code, the token, interaction tokens; all in lower case, to be
/// compared without regard to case.
fn secrets(created: &[&Created], interaction_tokens: &[String]) -> Vec<String> {
    let mut out = vec![support::TOKEN.to_lowercase()];
    for c in created {
        out.push(c.code.to_lowercase());
        out.push(c.code.replace('-', "").to_lowercase());
        out.push(c.invite_code().to_lowercase());
    }
    out.extend(interaction_tokens.iter().map(|t| t.to_lowercase()));
    out
}

/// Fails with the lines of `text` holding a secret.
fn assert_no_secret(text: &str, secrets: &[String], what: &str) {
    let leaks: Vec<&str> = text
        .lines()
        .filter(|l| {
            let l = l.to_lowercase();
            secrets.iter().any(|s| l.contains(s.as_str()))
        })
        .collect();
    assert!(
        leaks.is_empty(),
        "{} lines of {what} hold a code, a link code or a token, e.g.:\n{}",
        leaks.len(),
        leaks
            .iter()
            .take(20)
            .copied()
            .collect::<Vec<_>>()
            .join("\n")
    );
}

/// Waits until a WARN or ERROR line captured after the first `skip` contains `text`;
/// returns it.
async fn logged(skip: usize, text: &str) -> String {
    eventually(async || {
        support::logs::lines()
            .into_iter()
            .skip(skip)
            .find(|l| l.contains(text))
            .ok_or_else(|| format!("no log line with {text:?}"))
    })
    .await
}

/// A REST proxy in front of the fake Discord that can drop a request's connection without
/// answering, as a failing network does. Every other request goes through on a connection
/// of its own.
struct Cutter {
    url: String,
    cuts: Arc<Mutex<Vec<Cut>>>,
    server: tokio::task::JoinHandle<()>,
}

impl Cutter {
    async fn start(upstream: &str) -> Self {
        let upstream = upstream
            .strip_prefix("http://")
            .expect("an http URL")
            .to_owned();
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let url = format!("http://{}", listener.local_addr().expect("an address"));
        let cuts: Arc<Mutex<Vec<Cut>>> = Arc::default();
        let shared = cuts.clone();
        let server = tokio::spawn(async move {
            while let Ok((client, _)) = listener.accept().await {
                tokio::spawn(relay(client, upstream.clone(), shared.clone()));
            }
        });
        Self { url, cuts, server }
    }

    /// Drops the connection of the next `times` requests with `method` to a path starting
    /// with `prefix`.
    fn cut(&self, method: &str, prefix: &str, times: usize) {
        self.cut_for_reason(method, prefix, "", times);
    }

    /// [`Cutter::cut`], only for requests whose audit-log reason contains `reason`.
    fn cut_for_reason(&self, method: &str, prefix: &str, reason: &str, times: usize) {
        self.cuts.lock().unwrap().push(Cut {
            method: method.to_owned(),
            prefix: prefix.to_owned(),
            reason: reason.to_owned(),
            times,
        });
    }
}

/// Requests to cut: method, path prefix, a part of the audit-log reason (`""`: any), and
/// how many more to cut.
struct Cut {
    method: String,
    prefix: String,
    reason: String,
    times: usize,
}

impl Drop for Cutter {
    fn drop(&mut self) {
        self.server.abort();
    }
}

/// Reads one request from `client`; cuts it, or sends it upstream with `connection: close`
/// and relays the answer.
async fn relay(mut client: TcpStream, upstream: String, cuts: Arc<Mutex<Vec<Cut>>>) {
    let mut request = Vec::new();
    let mut chunk = [0u8; 8192];
    let head_end = loop {
        if let Some(at) = request.windows(4).position(|w| w == b"\r\n\r\n") {
            break at + 4;
        }
        match client.read(&mut chunk).await {
            Ok(0) | Err(_) => return,
            Ok(n) => request.extend_from_slice(&chunk[..n]),
        }
    };
    let head = String::from_utf8_lossy(&request[..head_end]).into_owned();
    let length: usize = head
        .lines()
        .find_map(|l| {
            let (name, value) = l.split_once(':')?;
            name.eq_ignore_ascii_case("content-length")
                .then(|| value.trim().parse().ok())?
        })
        .unwrap_or(0);
    while request.len() < head_end + length {
        match client.read(&mut chunk).await {
            Ok(0) | Err(_) => return,
            Ok(n) => request.extend_from_slice(&chunk[..n]),
        }
    }
    let mut words = head.split_whitespace();
    let (method, path) = (words.next().unwrap_or(""), words.next().unwrap_or(""));
    let reason = head
        .lines()
        .find_map(|l| {
            let (name, value) = l.split_once(':')?;
            name.eq_ignore_ascii_case("x-audit-log-reason")
                .then(|| percent_decode(value.trim()))
        })
        .unwrap_or_default();
    let cut = {
        let mut cuts = cuts.lock().unwrap();
        cuts.iter_mut()
            .find(|c| {
                c.times > 0
                    && c.method == method
                    && path.starts_with(c.prefix.as_str())
                    && reason.contains(c.reason.as_str())
            })
            .map(|c| c.times -= 1)
            .is_some()
    };
    if cut {
        return; // dropped unanswered
    }
    let line_end = head.find("\r\n").expect("a request line");
    let mut forwarded = request[..line_end + 2].to_vec();
    forwarded.extend_from_slice(b"connection: close\r\n");
    forwarded.extend_from_slice(&request[line_end + 2..]);
    let Ok(mut server) = TcpStream::connect(&upstream).await else {
        return;
    };
    if server.write_all(&forwarded).await.is_ok() {
        let _ = tokio::io::copy(&mut server, &mut client).await;
    }
    let _ = client.shutdown().await;
}

#[tokio::test]
async fn at_trace_no_code_link_code_or_token_is_logged() {
    support::logs::init_at("trace");
    let mut app = TestApp::spawn().await;
    app.setup_school().await;

    // Created with a DM and a channel post, then shared; another one shared later.
    let first = app
        .create_invitation(
            OWNER,
            &[
                ("label", json!("Year 7")),
                ("dm", json!(PARENT)),
                ("channel", json!(WELCOME)),
            ],
        )
        .await;
    let second = app
        .create_invitation(OWNER, &[("label", json!("Year 8"))])
        .await;
    let reply = app
        .slash(
            OWNER,
            "invite share",
            &[("code", json!(second.code)), ("dm", json!(NEWCOMER))],
        )
        .await;
    assert!(reply.content().contains("✅ Sent"), "{reply:#?}");
    let choices = app
        .autocomplete(OWNER, "invite revoke", "code", &first.code[..3])
        .await;
    assert!(!choices.is_empty(), "autocomplete offers the invitation");

    // Joins: by code (typed loosely), by the Join button, from a DM, and through the link.
    let reply = app
        .slash(
            PARENT,
            "join",
            &[("code", json!(first.code.to_lowercase().replace('-', " ")))],
        )
        .await;
    assert!(reply.content().starts_with("Welcome"), "{reply:#?}");
    let post = app.fake.state().messages_in(WELCOME)[0].clone();
    let button = post.body["components"][0]["components"][0]["custom_id"]
        .as_str()
        .expect("a Join button")
        .to_owned();
    let reply = app.press(NEWCOMER, &post, &button).await;
    assert!(reply.content().starts_with("Welcome"), "{reply:#?}");
    let reply = app
        .slash_dm(OUTSIDER, "join", &[("code", json!(second.code))])
        .await;
    assert!(reply.text().contains(&second.link), "{reply:#?}");
    app.fake.accept_invite(first.invite_code(), OUTSIDER);
    log_line_with(&app.fake, &[&format!("<@{OUTSIDER}>")]).await;

    // Discord rate-limits a post: the share says so.
    app.fake.rate_limit(
        "POST",
        &format!("/channels/{WELCOME}/messages"),
        1.0,
        Some(1),
    );
    let reply = app
        .slash(
            OWNER,
            "invite share",
            &[("code", json!(second.code)), ("channel", json!(WELCOME))],
        )
        .await;
    assert!(reply.content().contains("(429"), "{reply:#?}");

    // Revoked while Discord fails the delete: the sweep at the next start deletes the link.
    app.fake.fail("DELETE", "/invites/*", 500, 0, Some(1));
    let reply = app
        .slash(OWNER, "invite revoke", &[("code", json!(first.code))])
        .await;
    assert!(
        reply.content().contains("couldn't delete its link"),
        "{reply:#?}"
    );
    app.restart().await;
    app.fake
        .wait_for("the revoked invitation's link deleted", |s| {
            s.deleted_invites
                .iter()
                .any(|c| c == first.invite_code())
                .then_some(())
        })
        .await;
    app.until_swept().await;
    let third = app
        .create_invitation(OWNER, &[("label", json!("Year 9"))])
        .await;

    // Porter again, through a network that drops connections.
    app.stop_bot().await;
    let cutter = Cutter::start(&app.fake.url()).await;
    let registrations = app.fake.state().registrations;
    let db = porter::db::Db::connect(&app.database_url)
        .await
        .expect("the database");
    let config = Config {
        token: support::TOKEN.to_owned(),
        api_url: Some(cutter.url.clone()),
        database_url: app.database_url.clone(),
        log_filter: "trace".to_owned(),
        log_format: porter::logging::LogFormat::Text,
        shards: porter::config::Shards::Recommended,
        http_listen: None,
        retention: Default::default(),
        approval: Default::default(),
        email: None,
    };
    let bot = Bot::start_with(&config, Domain::with_clock(db.clone(), app.clock.clone()))
        .await
        .expect("Porter starts behind the proxy");
    app.fake
        .wait_for("command registration", |s| {
            (s.registrations > registrations).then_some(())
        })
        .await;
    // A revoke whose delete never gets an answer. Only the revoke's own: the sweep Porter
    // runs when it sees the server at start may be deleting the same link at that moment.
    let seen = support::logs::lines().len();
    cutter.cut_for_reason("DELETE", "/api/v10/invites/", "revoked by user", 1);
    let reply = app
        .slash(OWNER, "invite revoke", &[("code", json!(third.code))])
        .await;
    assert!(
        reply.content().contains("couldn't delete its link"),
        "{reply:#?}"
    );
    let warning = logged(seen, "could not delete a revoked invitation's invite").await;
    // A Join button press whose answer never reaches Discord.
    cutter.cut("POST", "/api/v10/interactions/", 1);
    let press_token = "interaction-token-cut-press".to_owned();
    let payload = {
        let state = app.fake.state();
        let shown = payloads::message(&state, post.id, post.channel_id, Some(GUILD), &post.body);
        let place = Place::Guild {
            guild: GUILD,
            channel: post.channel_id,
        };
        interactions::button(&state, (1, &press_token), PARENT, place, shown, &button)
    };
    app.fake.dispatch("INTERACTION_CREATE", payload);
    let failed = logged(seen, "interaction_create").await;
    bot.shutdown().await.expect("Porter stops");
    db.close().await;

    let fake = app.fake.clone();

    let output = support::logs::output();
    let mut tokens: Vec<String> = fake.state().interactions.keys().cloned().collect();
    tokens.push(press_token);
    let secrets = secrets(&[&first, &second, &third], &tokens);
    assert_no_secret(&output, &secrets, "the log");
    // The audit-log reasons Porter gives Discord name no code either.
    let reasons: Vec<String> = fake
        .state()
        .requests
        .iter()
        .filter_map(|r| r.audit_reason())
        .collect();
    assert!(!reasons.is_empty(), "Porter gives audit-log reasons");
    assert_no_secret(&reasons.join("\n"), &secrets, "the audit-log reasons");
    // The output still says useful things: Porter's own lines (why a call failed, without
    // its URL), serenity's gateway and REST lines, connections and queries.
    assert!(
        warning.contains("error sending request: client error"),
        "the warning says why: {warning}"
    );
    assert!(
        failed.contains("handling a Discord event failed")
            && failed.contains("error sending request: client error"),
        "{failed}"
    );
    for wanted in [
        "invitation created",
        "could not delete a revoked invitation's invite",
        "serenity::gateway::shard",
        "serenity::gateway::bridge::shard_runner",
        "hyper_util::client::legacy::connect::http",
        "sqlx::query",
        "DEBUG",
        "TRACE",
    ] {
        assert!(output.contains(wanted), "no {wanted:?} in the log");
    }
    app.stop().await;
}
