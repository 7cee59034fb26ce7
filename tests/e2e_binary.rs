//! End to end: the compiled `porter` binary against the fake Discord: configuration from
//! the environment, migrations, start-up, a command, and a clean stop on SIGTERM.

mod support;

use std::path::Path;
use std::process::{Child, Command, ExitStatus, Stdio};

use nix::sys::signal::{kill, Signal};
use nix::unistd::Pid;
use serde_json::{json, Value};
use support::fake_discord::{FakeDiscord, GatewayRecord};
use support::{embed_field, interactions, world, Opt, HERE, TOKEN};

/// Starts `porter` in `dir` with only the environment `env`, its output going to
/// `dir/porter.log`.
fn spawn_porter(dir: &Path, env: &[(&str, String)]) -> Child {
    let log = std::fs::File::create(dir.join("porter.log")).expect("a log file");
    let mut command = Command::new(env!("CARGO_BIN_EXE_porter"));
    command.current_dir(dir).env_clear();
    for (key, value) in env {
        command.env(key, value);
    }
    command
        .stdin(Stdio::null())
        .stdout(log.try_clone().expect("the log file"))
        .stderr(log)
        .spawn()
        .expect("porter starts")
}

/// Starts `porter` in `dir` (no config file there) with the environment pointing at `fake`.
fn start_porter(dir: &Path, fake: &FakeDiscord, token: &str) -> Child {
    start_porter_logging(dir, fake, token, "info")
}

/// [`start_porter`] with `RUST_LOG` set to `filter`.
fn start_porter_logging(dir: &Path, fake: &FakeDiscord, token: &str, filter: &str) -> Child {
    spawn_porter(
        dir,
        &[
            ("DISCORD_TOKEN", token.to_owned()),
            ("DISCORD_API_URL", fake.url()),
            (
                "DATABASE_URL",
                format!("sqlite://{}", dir.join("data.db").display()),
            ),
            ("RUST_LOG", filter.to_owned()),
        ],
    )
}

/// Dispatches interaction `id`, `/path` with `opts` by `user` in #general, and waits for
/// what they see: the reply, or after a deferral the edit or followup.
async fn command(fake: &FakeDiscord, id: u64, user: u64, path: &str, opts: &[Opt<'_>]) -> Value {
    let token = format!("binary-interaction-{id}");
    let payload = {
        let mut state = fake.state();
        state.interactions.insert(
            token.clone(),
            support::fake_discord::state::InteractionLog {
                channel_id: world::GENERAL,
                guild_id: Some(world::GUILD),
                ..Default::default()
            },
        );
        interactions::command(&state, (id, &token), user, HERE, path, opts)
    };
    fake.dispatch("INTERACTION_CREATE", payload);
    fake.wait_for(&format!("the answer to /{path}"), |s| {
        let log = &s.interactions[&token];
        let callback = log.callbacks.first()?;
        match callback["type"].as_u64() {
            Some(5) => log.edits.first().or(log.followups.first()).cloned(),
            _ => Some(callback["data"].clone()),
        }
    })
    .await
}

/// Sends `signal` to the process.
fn signal(child: &Child, signal: Signal) {
    kill(Pid::from_raw(child.id() as i32), signal).expect("the signal is sent");
}

/// Waits for the process to end, up to [`support::fake_discord::WAIT`].
async fn wait_exit(child: Child) -> ExitStatus {
    let pid = child.id();
    let mut child = child;
    let waiting = tokio::task::spawn_blocking(move || child.wait().expect("wait for porter"));
    match tokio::time::timeout(support::fake_discord::WAIT, waiting).await {
        Ok(status) => status.expect("the waiting task"),
        Err(_) => {
            let _ = kill(Pid::from_raw(pid as i32), Signal::SIGKILL);
            panic!("porter did not exit in time");
        }
    }
}

#[tokio::test]
async fn binary_starts_serves_and_stops_on_sigterm() {
    support::logs::init();
    let fake = FakeDiscord::start(world::standard()).await;
    let dir = tempfile::tempdir().expect("a temporary directory");
    let child = start_porter(dir.path(), &fake, TOKEN);

    fake.wait_for("command registration", |s| {
        (s.registrations > 0).then_some(())
    })
    .await;
    let intents = fake
        .wait_for("IDENTIFY", |s| {
            s.gateway.iter().find_map(|g| match g {
                GatewayRecord::Identified { intents, token_ok } => Some((*intents, *token_ok)),
                _ => None,
            })
        })
        .await;
    assert_eq!(intents, (porter::discord::intents(true).bits(), true));
    let names: Vec<String> = fake
        .state()
        .commands
        .iter()
        .filter_map(|c| c["name"].as_str().map(str::to_owned))
        .collect();
    assert_eq!(names, ["school", "permissions", "invite", "join"]);

    // A command goes through the binary's database (migrated at start).
    let token = "binary-interaction";
    let payload = {
        let mut state = fake.state();
        state.interactions.insert(
            token.to_owned(),
            support::fake_discord::state::InteractionLog {
                channel_id: world::GENERAL,
                guild_id: Some(world::GUILD),
                ..Default::default()
            },
        );
        interactions::command(
            &state,
            (1, token),
            world::OWNER,
            HERE,
            "school setup",
            &[("member_role", json!(world::MEMBERS))],
        )
    };
    fake.dispatch("INTERACTION_CREATE", payload);
    let title = fake
        .wait_for("the reply to /school setup", |s| {
            let data = &s.interactions[token].callbacks.first()?["data"];
            data["embeds"][0]["title"].as_str().map(str::to_owned)
        })
        .await;
    assert_eq!(title, "School set up");

    signal(&child, Signal::SIGTERM);
    let status = wait_exit(child).await;
    let log = std::fs::read_to_string(dir.path().join("porter.log")).expect("porter's log");
    assert!(status.success(), "porter exited with {status}:\n{log}");
    assert!(log.contains("shutting down"), "{log}");
    assert!(
        fake.state()
            .gateway
            .iter()
            .any(|g| matches!(g, GatewayRecord::Closed(Some(1000)))),
        "the gateway was closed cleanly: {:?}",
        fake.state().gateway
    );
    assert!(
        fake.state().unknown_routes.is_empty(),
        "{:?}",
        fake.state().unknown_routes
    );

    // The school is in the database file the binary created.
    let url = format!("sqlite://{}", dir.path().join("data.db").display());
    let pool = porter::db::connect(&url)
        .await
        .expect("the binary's database");
    let school = porter::domain::Domain::new(pool.clone())
        .find_school(world::GUILD)
        .await
        .expect("a query");
    assert_eq!(school.map(|s| s.member_role_id), Some(world::MEMBERS));
    pool.close().await;
}

#[tokio::test]
async fn binary_with_a_refused_token_fails_with_a_clear_message() {
    let fake = FakeDiscord::start(world::standard()).await;
    let dir = tempfile::tempdir().expect("a temporary directory");
    let child = start_porter(dir.path(), &fake, "not-the-token");
    let status = wait_exit(child).await;
    let log = std::fs::read_to_string(dir.path().join("porter.log")).expect("porter's log");
    assert!(!status.success(), "{log}");
    assert!(log.contains("Discord rejected the bot token"), "{log}");
    assert!(
        !log.contains("not-the-token"),
        "the token is never printed: {log}"
    );
    assert!(fake.state().gateway.is_empty());
}

#[tokio::test]
async fn binary_reads_config_toml_and_dotenv_and_stops_on_sigint() {
    let fake = FakeDiscord::start(world::standard()).await;
    let dir = tempfile::tempdir().expect("a temporary directory");
    let config = format!(
        "[discord]\napi_url = \"{}\"\n\n[database]\nurl = \"sqlite://porter.db\"\n",
        fake.url()
    );
    std::fs::write(dir.path().join("config.toml"), config).expect("config.toml");
    std::fs::write(dir.path().join(".env"), format!("DISCORD_TOKEN={TOKEN}\n")).expect(".env");
    let child = spawn_porter(dir.path(), &[]);
    fake.wait_for("command registration", |s| {
        (s.registrations > 0).then_some(())
    })
    .await;
    signal(&child, Signal::SIGINT);
    let status = wait_exit(child).await;
    let log = std::fs::read_to_string(dir.path().join("porter.log")).expect("porter's log");
    assert!(status.success(), "porter exited with {status}:\n{log}");
    assert!(
        dir.path().join("porter.db").exists(),
        "the database is created on first start"
    );
    assert!(fake
        .state()
        .gateway
        .iter()
        .any(|g| matches!(g, GatewayRecord::Closed(Some(1000)))));
}

#[tokio::test]
async fn binary_at_trace_logs_no_code_link_code_or_token() {
    let fake = FakeDiscord::start(world::standard()).await;
    let dir = tempfile::tempdir().expect("a temporary directory");
    let child = start_porter_logging(dir.path(), &fake, TOKEN, "trace");
    fake.wait_for("command registration", |s| {
        (s.registrations > 0).then_some(())
    })
    .await;
    let setup = [("member_role", json!(world::MEMBERS))];
    command(&fake, 1, world::OWNER, "school setup", &setup).await;
    let created = command(&fake, 2, world::OWNER, "invite create", &[]).await;
    let embeds = created["embeds"].as_array().cloned().unwrap_or_default();
    let code = embed_field(&embeds, "Code")
        .unwrap_or_else(|| panic!("no code in {created:#}"))
        .trim_matches('`')
        .to_owned();
    let link = embed_field(&embeds, "Link").expect("a link");
    let joined = command(&fake, 3, world::PARENT, "join", &[("code", json!(code))]).await;
    assert!(
        joined["content"]
            .as_str()
            .is_some_and(|c| c.starts_with("Welcome")),
        "{joined:#}"
    );
    let revoked = command(
        &fake,
        4,
        world::OWNER,
        "invite revoke",
        &[("code", json!(code))],
    )
    .await;
    assert!(
        revoked["content"]
            .as_str()
            .is_some_and(|c| c.contains("its link is deleted")),
        "{revoked:#}"
    );
    signal(&child, Signal::SIGTERM);
    let status = wait_exit(child).await;
    let log = std::fs::read_to_string(dir.path().join("porter.log")).expect("porter's log");
    assert!(status.success(), "porter exited with {status}");

    let link_code = link.rsplit('/').next().expect("a link code");
    let secrets = [
        code.to_lowercase(),
        code.replace('-', "").to_lowercase(),
        link_code.to_lowercase(),
        TOKEN.to_lowercase(),
    ];
    let leaks: Vec<&str> = log
        .lines()
        .filter(|l| {
            secrets
                .iter()
                .any(|s| l.to_lowercase().contains(s.as_str()))
        })
        .collect();
    assert!(
        leaks.is_empty(),
        "{} lines hold a code, a link code or the token, e.g.:\n{}",
        leaks.len(),
        leaks
            .iter()
            .take(20)
            .copied()
            .collect::<Vec<_>>()
            .join("\n")
    );
    for wanted in ["invitation created", "invitation revoked", "DEBUG", "TRACE"] {
        assert!(log.contains(wanted), "no {wanted:?} in porter's log");
    }
}
