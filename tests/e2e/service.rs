//! End to end: Porter run as a service: the compiled binary's JSON log lines.

use crate::support;

use nix::sys::signal::Signal;
use support::binary::Porter;
use support::eventually;
use support::fake_discord::FakeDiscord;
use support::world;

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
