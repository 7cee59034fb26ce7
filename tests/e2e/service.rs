//! End to end: Porter run as a service. `/healthz` and `/metrics` on the optional HTTP
//! listener while the bot runs against the fake Discord; the compiled binary telling
//! systemd it is ready, alive and stopping; and its JSON log lines.
//!
//! The metrics recorder is the process's (the `metrics` facade): once a bot with a listener
//! installed it, the bots of other tests running in this binary at the same time count into
//! it too. So counters are checked to have moved at least as far as this test moved them.

use crate::support;

use nix::sys::signal::Signal;
use porter::config::Shards;
use serde_json::json;
use support::binary::Porter;
use support::fake_discord::FakeDiscord;
use support::http::{get, sample};
use support::world::{self, NEWCOMER, OUTSIDER, OWNER, PARENT};
use support::{eventually, log_line_with, TestApp};

/// A counter's value in `text`, 0 when absent.
fn counter(text: &str, name: &str, labels: &str) -> f64 {
    sample(text, name, labels).unwrap_or(0.0)
}

#[tokio::test]
async fn metrics_count_commands_joins_arrivals_and_discord_errors() {
    let mut state = world::standard();
    // A heartbeat, and so a latency, every half second.
    state.heartbeat_interval = 500;
    let app = TestApp::spawn_serving(state, Shards::Recommended).await;
    let address = app.http_address();
    app.setup_school().await;
    let created = app.create_invitation(OWNER, &[]).await;

    let before = get(address, "/metrics").await;
    assert_eq!(before.status, 200, "{before:?}");
    assert!(
        before
            .content_type
            .as_deref()
            .is_some_and(|t| t.starts_with("text/plain; version=0.0.4")),
        "{before:?}"
    );
    let before = before.body;

    // A join by code, an arrival through the link, and a join Discord refuses the role for.
    let reply = app
        .slash(NEWCOMER, "join", &[("code", json!(created.code))])
        .await;
    assert!(reply.content().starts_with("Welcome"), "{reply:#?}");
    app.fake.accept_invite(created.invite_code(), OUTSIDER);
    log_line_with(
        &app.fake,
        &[&format!("<@{OUTSIDER}>"), "by opening its link"],
    )
    .await;
    app.fake
        .fail("PUT", "/guilds/*/members/*/roles/*", 403, 50013, Some(1));
    let reply = app
        .slash(PARENT, "join", &[("code", json!(created.code))])
        .await;
    assert!(
        reply
            .content()
            .contains("couldn't give you the member role"),
        "{reply:#?}"
    );

    // The gateway latency is there once the shard's first heartbeat was acknowledged.
    let after = eventually(async || {
        let text = get(address, "/metrics").await.body;
        match sample(&text, "porter_gateway_latency_seconds", "shard=\"0\"") {
            Some(latency) if latency >= 0.0 => Ok(text),
            _ => Err(format!("no gateway latency for shard 0 in:\n{text}")),
        }
    })
    .await;
    let moved =
        |name: &str, labels: &str| counter(&after, name, labels) - counter(&before, name, labels);
    for (name, labels, at_least) in [
        (
            "porter_commands_total",
            "command=\"join\",outcome=\"ok\"",
            1.0,
        ),
        (
            "porter_commands_total",
            "command=\"join\",outcome=\"user_error\"",
            1.0,
        ),
        (
            "porter_command_duration_seconds_count",
            "command=\"join\"",
            2.0,
        ),
        ("porter_joins_total", "method=\"code\"", 1.0),
        ("porter_joins_total", "method=\"link\"", 1.0),
        ("porter_arrivals_total", "outcome=\"attributed\"", 1.0),
        ("porter_discord_rest_errors_total", "status=\"403\"", 1.0),
    ] {
        assert!(
            moved(name, labels) >= at_least,
            "{name}{{{labels}}} moved by {} (expected at least {at_least}):\nbefore:\n{before}\nafter:\n{after}",
            moved(name, labels)
        );
    }
    // Buckets up to 10 s: a join answered within 10 seconds lands in the last one.
    assert!(
        counter(
            &after,
            "porter_command_duration_seconds_bucket",
            "command=\"join\",le=\"10\""
        ) >= 2.0,
        "{after}"
    );
    // Only this test scrapes /metrics, which counts the active invitations from its own
    // database: the one invitation, still active after two joins.
    assert_eq!(
        sample(&after, "porter_active_invitations", ""),
        Some(1.0),
        "{after}"
    );
    for help in [
        "# HELP porter_commands_total",
        "# HELP porter_joins_total",
        "# HELP porter_arrivals_total",
        "# HELP porter_discord_rest_errors_total",
        "# HELP porter_gateway_latency_seconds",
        "# HELP porter_active_invitations",
        "# HELP porter_command_duration_seconds",
    ] {
        assert!(after.contains(help), "{help} in:\n{after}");
    }
    // No server or user in the labels.
    for id in [world::GUILD, NEWCOMER, OUTSIDER, PARENT] {
        assert!(!after.contains(&id.to_string()), "{id} in:\n{after}");
    }
    app.stop().await;
}

#[tokio::test]
async fn healthz_names_the_shard_or_the_database_that_is_not_serving() {
    // Two shards, started 5 seconds apart: Porter registers its commands at shard 0's READY,
    // while shard 1 waits its turn.
    let mut state = world::standard();
    world::with_second_server(&mut state);
    state.shards = 2;
    let app = TestApp::spawn_serving(state, Shards::Recommended).await;
    let address = app.http_address();

    let starting = get(address, "/healthz").await;
    assert_eq!(starting.status, 503, "{starting:?}");
    assert!(
        starting.body.contains("shard 1: ") && !starting.body.contains("shard 0"),
        "{starting:?}"
    );

    app.wait_for_shard(1).await;
    eventually(async || {
        let healthy = get(address, "/healthz").await;
        if healthy.status == 200 && healthy.body == "ok\n" {
            Ok(())
        } else {
            Err(format!("not healthy yet: {healthy:?}"))
        }
    })
    .await;

    app.close_database().await;
    let broken = get(address, "/healthz").await;
    assert_eq!(broken.status, 503, "{broken:?}");
    assert!(
        broken.body.starts_with("database: ") && !broken.body.contains("shard"),
        "{broken:?}"
    );
    app.stop().await;
}

/// Receives the next datagram on `socket` holding `wanted`, within [`support::fake_discord::WAIT`];
/// returns every line received until then.
async fn notified(socket: &tokio::net::UnixDatagram, wanted: &str) -> Vec<String> {
    let mut seen = Vec::new();
    let deadline = tokio::time::Instant::now() + support::fake_discord::WAIT;
    let mut buffer = vec![0; 4096];
    loop {
        let received = tokio::time::timeout_at(deadline, socket.recv(&mut buffer)).await;
        let n = match received {
            Ok(Ok(n)) => n,
            Ok(Err(e)) => panic!("cannot read the notify socket: {e}"),
            Err(_) => panic!("no {wanted} from porter; it sent {seen:?}"),
        };
        let message = String::from_utf8_lossy(&buffer[..n]).into_owned();
        let found = message.lines().any(|l| l == wanted);
        seen.extend(message.lines().map(str::to_owned));
        if found {
            return seen;
        }
    }
}

#[tokio::test]
async fn the_binary_tells_systemd_it_is_ready_alive_and_stopping() {
    support::logs::init();
    let fake = FakeDiscord::start(world::standard()).await;
    let dir = tempfile::tempdir().expect("a temporary directory");
    let path = dir.path().join("notify.sock");
    let socket = tokio::net::UnixDatagram::bind(&path).expect("a notify socket");
    let database = format!("sqlite://{}", dir.path().join("porter.db").display());
    let porter = Porter::start(
        &fake,
        &database,
        &[],
        &[
            ("NOTIFY_SOCKET", path.to_str().expect("a UTF-8 path")),
            // A ping every 150 ms.
            ("WATCHDOG_USEC", "300000"),
        ],
    );

    let before_ready = notified(&socket, "READY=1").await;
    assert!(
        fake.state().registrations > 0,
        "READY=1 before the commands were registered"
    );
    assert!(
        !before_ready.iter().any(|l| l.starts_with("WATCHDOG")),
        "{before_ready:?}"
    );
    // The watchdog is fed while Porter is healthy.
    notified(&socket, "WATCHDOG=1").await;
    notified(&socket, "WATCHDOG=1").await;

    porter.signal(Signal::SIGTERM);
    notified(&socket, "STOPPING=1").await;
    let (status, log) = porter.exit().await;
    assert!(status.success(), "porter exited with {status}:\n{log}");
    assert!(log.contains("feeding systemd's watchdog"), "{log}");
}

#[tokio::test]
async fn the_binary_logs_json_lines_when_asked() {
    support::logs::init();
    let fake = FakeDiscord::start(world::standard()).await;
    let dir = tempfile::tempdir().expect("a temporary directory");
    let database = format!("sqlite://{}", dir.path().join("porter.db").display());
    let porter = Porter::start(&fake, &database, &[], &[("PORTER_LOG_FORMAT", "json")]);
    fake.wait_for("command registration", |s| {
        (s.registrations > 0).then_some(())
    })
    .await;
    eventually(async || {
        let log = porter.log();
        if log.contains("connected to Discord and registered commands") {
            Ok(())
        } else {
            Err(format!("not logged yet:\n{log}"))
        }
    })
    .await;
    porter.signal(Signal::SIGTERM);
    let (status, log) = porter.exit().await;
    assert!(status.success(), "porter exited with {status}:\n{log}");

    let lines: Vec<serde_json::Value> = log
        .lines()
        .map(|line| serde_json::from_str(line).unwrap_or_else(|e| panic!("not JSON ({e}): {line}")))
        .collect();
    let messages: Vec<&str> = lines
        .iter()
        .map(|l| {
            assert!(
                l["timestamp"].is_string() && l["level"].is_string() && l["target"].is_string(),
                "{l}"
            );
            l["fields"]["message"].as_str().unwrap_or("")
        })
        .collect();
    for wanted in [
        "database ready",
        "connected to Discord and registered commands",
        "shutting down",
    ] {
        assert!(
            messages.iter().any(|m| m.contains(wanted)),
            "{wanted} in {messages:#?}"
        );
    }
    assert!(!log.contains(support::TOKEN), "{log}");
}
