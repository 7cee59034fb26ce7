//! End to end: Porter's life as a process. The compiled `porter` binary against the fake
//! Discord: configuration from the environment, migrations, start-up, a command, a clean
//! stop on SIGTERM that lets handlers under way finish, joins cut short by a kill settled
//! at the next start; and how long a stop waits for handlers.

use crate::support;

use std::path::Path;
use std::process::{Child, Command, ExitStatus, Stdio};

use nix::sys::signal::{kill, Signal};
use nix::unistd::Pid;
use serde_json::json;
use support::fake_discord::{FakeDiscord, GatewayRecord};
use support::{
    answer, eventually, interactions, log_line_with, send_press, send_slash, world, Reply, HERE,
    TOKEN,
};

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

/// [`start_porter`] with the log filter `filter`.
fn start_porter_logging(dir: &Path, fake: &FakeDiscord, token: &str, filter: &str) -> Child {
    spawn_porter(
        dir,
        &[
            ("DISCORD_TOKEN", token.to_owned()),
            ("DISCORD_API_URL", fake.url()),
            ("DATABASE_URL", database_url(dir)),
            ("RUST_LOG", filter.to_owned()),
        ],
    )
}

/// The database of a `porter` started in `dir`.
fn database_url(dir: &Path) -> String {
    format!("sqlite://{}", dir.join("data.db").display())
}

/// A running `porter`, killed if the test ends before it exits (a failing test leaves no
/// process behind).
struct Running(Option<Child>);

impl Running {
    /// The process, to wait for it.
    fn into_child(mut self) -> Child {
        self.0.take().expect("a running porter")
    }
}

impl std::ops::Deref for Running {
    type Target = Child;

    fn deref(&self) -> &Child {
        self.0.as_ref().expect("a running porter")
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        if let Some(mut child) = self.0.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
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
    assert_eq!(names, ["school", "permissions", "invite", "join", "help"]);

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
    let pool = porter::db::Db::connect(&url)
        .await
        .expect("the binary's database");
    let school = porter::domain::Domain::new(pool.clone())
        .find_school(world::GUILD.into())
        .await
        .expect("a query");
    assert_eq!(school.map(|s| s.member_role_id.get()), Some(world::MEMBERS));
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

/// Waits until Porter's log in `dir` holds `needle` at least `times` times.
async fn until_logged(dir: &Path, needle: &str, times: usize) {
    eventually(async || {
        let log = std::fs::read_to_string(dir.join("porter.log")).unwrap_or_default();
        if log.matches(needle).count() >= times {
            Ok(())
        } else {
            Err(format!(
                "Porter did not log {needle:?} {times} times:\n{log}"
            ))
        }
    })
    .await
}

/// The routes whose answers keep Porter's handlers waiting: the member role grant (codes
/// and Join presses) and the server's invite list (arrivals through a link).
const ROLE_PUT: (&str, &str) = ("PUT", "/guilds/*/members/*/roles/*");
const INVITE_LIST: (&str, &str) = ("GET", "/guilds/*/invites");

/// People in the server without a role, for the burst.
const PUPILS: u64 = 5_000_000_000_000_001;
/// People outside the server who arrive through the link.
const ARRIVING: u64 = 6_000_000_000_000_001;

#[tokio::test]
async fn sigterm_lets_handlers_under_way_finish_and_starts_no_new_ones() {
    let (mut state, pupils) = world::standard_with_members(PUPILS, 6, "pupil");
    world::add_user(&mut state, ARRIVING, "arriving0");
    world::add_user(&mut state, ARRIVING + 1, "arriving1");
    let fake = FakeDiscord::start(state).await;
    let dir = tempfile::tempdir().expect("a temporary directory");
    let child = Running(Some(start_porter_logging(
        dir.path(),
        &fake,
        TOKEN,
        "info,porter::discord::drain=debug",
    )));
    fake.wait_for("command registration", |s| {
        (s.registrations > 0).then_some(())
    })
    .await;

    support::set_up_school(&fake).await;
    let create = send_slash(
        &fake,
        HERE,
        world::OWNER,
        "invite create",
        &[("channel", json!(world::WELCOME))],
    );
    let created = answer(&fake, &create, "/invite create").await;
    let code = created.field("Code").expect("a code");
    let code = code.trim_matches('`');
    let link = created.field("Link").expect("a link");
    let link_code = link.rsplit('/').next().expect("a link code").to_owned();
    let post = fake.state().messages_in(world::WELCOME)[0].clone();
    let button = post.body["components"][0]["components"][0]["custom_id"]
        .as_str()
        .expect("a Join button")
        .to_owned();

    // A burst Porter is working on when SIGTERM comes: Discord has not answered its role
    // grants nor the invite list an arrival needs.
    fake.hold(ROLE_PUT.0, ROLE_PUT.1);
    fake.hold(INVITE_LIST.0, INVITE_LIST.1);
    let under_way: Vec<(u64, String)> = vec![
        (
            pupils[0],
            send_slash(&fake, HERE, pupils[0], "join", &[("code", json!(code))]),
        ),
        (
            pupils[1],
            send_slash(&fake, HERE, pupils[1], "join", &[("code", json!(code))]),
        ),
        (pupils[2], send_press(&fake, pupils[2], &post, &button)),
        (pupils[3], send_press(&fake, pupils[3], &post, &button)),
    ];
    fake.accept_invite(&link_code, ARRIVING);
    fake.wait_for("Porter waiting on Discord for the whole burst", |s| {
        let puts = s.pending().filter(|h| h.method == "PUT").count();
        let lists = s.pending().filter(|h| h.method == "GET").count();
        (puts == 4 && lists == 1).then_some(())
    })
    .await;

    signal(&child, Signal::SIGTERM);
    until_logged(dir.path(), "no longer taking events", 1).await;
    // What comes after SIGTERM is not started: the gateway is still open (handlers are under
    // way), but Porter ignores it.
    let refused: Vec<(u64, String)> = vec![
        (
            pupils[4],
            send_slash(&fake, HERE, pupils[4], "join", &[("code", json!(code))]),
        ),
        (pupils[5], send_press(&fake, pupils[5], &post, &button)),
    ];
    fake.accept_invite(&link_code, ARRIVING + 1);
    until_logged(dir.path(), "shutting down: event ignored", 3).await;
    fake.release_held();

    let status = wait_exit(child.into_child()).await;
    let log = std::fs::read_to_string(dir.path().join("porter.log")).expect("porter's log");
    assert!(status.success(), "porter exited with {status}:\n{log}");
    for bad in ["closed pool", "Failed to cleanly shutdown", "WARN", "ERROR"] {
        assert!(!log.contains(bad), "{bad:?} in the log:\n{log}");
    }
    assert!(
        fake.state()
            .gateway
            .iter()
            .any(|g| matches!(g, GatewayRecord::Closed(Some(1000)))),
        "the gateway was closed cleanly: {:?}",
        fake.state().gateway
    );

    let url = database_url(dir.path());
    let pool = porter::db::Db::connect(&url)
        .await
        .expect("the binary's database");
    let joined: Vec<(i64, String)> =
        sqlx::query_as("SELECT user_id, method FROM joins ORDER BY user_id")
            .fetch_all(pool.pool())
            .await
            .expect("the joins");
    pool.close().await;
    let state = fake.state();
    for (user, token) in &under_way {
        let reply = Reply::from_log(&state.interactions[token])
            .unwrap_or_else(|| panic!("no answer to {user}:\n{log}"));
        assert!(
            reply.content().starts_with("Welcome to **Hilltop School**"),
            "{user}: {reply:#?}"
        );
        assert!(state.has_role(world::GUILD, *user, world::MEMBERS));
    }
    for (user, token) in &refused {
        let started = &state.interactions[token];
        assert!(
            started.callbacks.is_empty() && started.edits.is_empty(),
            "{user} was answered: {started:?}"
        );
        assert!(!state.has_role(world::GUILD, *user, world::MEMBERS));
    }
    let expected: Vec<(i64, String)> = vec![
        (pupils[0] as i64, "code".to_owned()),
        (pupils[1] as i64, "code".to_owned()),
        (pupils[2] as i64, "button".to_owned()),
        (pupils[3] as i64, "button".to_owned()),
        (ARRIVING as i64, "link".to_owned()),
    ];
    assert_eq!(joined, expected, "a join for exactly those Porter finished");
}

#[tokio::test]
async fn a_stop_waits_for_handlers_under_way_only_so_long() {
    let mut app = support::TestApp::spawn().await;
    app.setup_school().await;
    let created = app.create_invitation(world::OWNER, &[]).await;
    app.fake.hold(ROLE_PUT.0, ROLE_PUT.1);
    let token = send_slash(
        &app.fake,
        HERE,
        world::NEWCOMER,
        "join",
        &[("code", json!(created.code))],
    );
    app.fake
        .wait_for("the role grant under way", |s| {
            (s.pending().count() == 1).then_some(())
        })
        .await;
    let bound = std::time::Duration::from_millis(300);
    app.stop_bot_within(bound).await;
    let warned = support::logs::lines()
        .iter()
        .any(|l| l.contains("event handlers still running after 300ms"));
    assert!(warned, "{:#?}", support::logs::lines());
    assert!(
        app.fake.state().interactions[&token].edits.is_empty(),
        "the join was not answered"
    );
}

/// `/join` with a code for an invitation with room for one, its role grant never
/// answered; Porter is killed (SIGKILL) while it waits, and started again on the same
/// database. `granted`: Discord had given the member role before Porter died. Returns the
/// fake, Porter (running again), its directory and the code.
async fn killed_mid_grant(granted: bool) -> (FakeDiscord, Running, tempfile::TempDir, String) {
    let fake = FakeDiscord::start(world::standard()).await;
    let dir = tempfile::tempdir().expect("a temporary directory");
    let child = Running(Some(start_porter(dir.path(), &fake, TOKEN)));
    fake.wait_for("command registration", |s| {
        (s.registrations > 0).then_some(())
    })
    .await;
    support::set_up_school(&fake).await;
    let create = send_slash(
        &fake,
        HERE,
        world::OWNER,
        "invite create",
        &[("max_uses", json!(1))],
    );
    let code = answer(&fake, &create, "/invite create")
        .await
        .field("Code")
        .expect("a code")
        .trim_matches('`')
        .to_owned();

    fake.hold(ROLE_PUT.0, ROLE_PUT.1);
    send_slash(
        &fake,
        HERE,
        world::NEWCOMER,
        "join",
        &[("code", json!(code))],
    );
    fake.wait_for("the role grant under way", |s| {
        (s.pending().count() == 1).then_some(())
    })
    .await;
    signal(&child, Signal::SIGKILL);
    wait_exit(child.into_child()).await;
    // Discord never answers that grant; whether it carried it out is up to the test.
    fake.stop_holding();
    if granted {
        fake.update(|s| {
            let members = &mut s.guilds.get_mut(&world::GUILD).expect("the server").members;
            let newcomer = members.get_mut(&world::NEWCOMER).expect("the newcomer");
            newcomer.set_role(world::MEMBERS, true);
        });
    }
    std::fs::rename(dir.path().join("porter.log"), dir.path().join("killed.log"))
        .expect("the first log kept");

    let registrations = fake.state().registrations;
    let child = Running(Some(start_porter(dir.path(), &fake, TOKEN)));
    fake.wait_for("command registration again", |s| {
        (s.registrations > registrations).then_some(())
    })
    .await;
    (fake, child, dir, code)
}

/// The joins in the database of Porter in `dir`: (user, whether pending), and the
/// invitation's use count.
async fn joins_and_uses(dir: &Path) -> (Vec<(i64, bool)>, i64) {
    let pool = porter::db::Db::connect(&database_url(dir))
        .await
        .expect("the binary's database");
    let joins: Vec<(i64, i64)> = sqlx::query_as(
        "SELECT j.user_id, CASE WHEN p.join_id IS NULL THEN 0 ELSE 1 END FROM joins j \
         LEFT JOIN pending_joins p ON p.join_id = j.id ORDER BY j.id",
    )
    .fetch_all(pool.pool())
    .await
    .expect("the joins");
    let joins = joins.into_iter().map(|(u, p)| (u, p == 1)).collect();
    let (uses,): (i64,) = sqlx::query_as("SELECT uses FROM invitations")
        .fetch_one(pool.pool())
        .await
        .expect("the invitation");
    pool.close().await;
    (joins, uses)
}

/// Stops Porter with SIGTERM; checks it exits cleanly and warned about nothing.
async fn stop_cleanly(child: Running, dir: &Path) {
    signal(&child, Signal::SIGTERM);
    let status = wait_exit(child.into_child()).await;
    let log = std::fs::read_to_string(dir.join("porter.log")).expect("porter's log");
    assert!(status.success(), "porter exited with {status}:\n{log}");
    for bad in ["WARN", "ERROR"] {
        assert!(!log.contains(bad), "{bad:?} in the log:\n{log}");
    }
}

#[tokio::test]
async fn a_join_cut_short_by_a_kill_is_confirmed_at_start_when_the_member_has_the_role() {
    let (fake, child, dir, code) = killed_mid_grant(true).await;
    until_logged(dir.path(), "a join left pending is confirmed", 1).await;
    assert_eq!(
        joins_and_uses(dir.path()).await,
        (vec![(world::NEWCOMER as i64, false)], 1),
        "the seat stays taken"
    );
    let posted = log_line_with(&fake, &[&format!("<@{}> joined", world::NEWCOMER)]).await;
    assert!(posted.contains("by typing its code"), "{posted}");

    let refused = send_slash(&fake, HERE, world::PARENT, "join", &[("code", json!(code))]);
    let reply = answer(&fake, &refused, "/join").await;
    assert!(reply.content().contains("has been used up"), "{reply:#?}");
    assert!(!fake
        .state()
        .has_role(world::GUILD, world::PARENT, world::MEMBERS));
    stop_cleanly(child, dir.path()).await;
}

#[tokio::test]
async fn a_join_cut_short_by_a_kill_is_released_at_start_when_the_member_lacks_the_role() {
    let (fake, child, dir, code) = killed_mid_grant(false).await;
    until_logged(dir.path(), "a join left pending is released", 1).await;
    assert_eq!(
        joins_and_uses(dir.path()).await,
        (vec![], 0),
        "the seat is free"
    );

    let joined = send_slash(&fake, HERE, world::PARENT, "join", &[("code", json!(code))]);
    let reply = answer(&fake, &joined, "/join").await;
    assert!(
        reply.content().starts_with("Welcome to **Hilltop School**"),
        "{reply:#?}"
    );
    assert!(fake
        .state()
        .has_role(world::GUILD, world::PARENT, world::MEMBERS));
    assert!(!fake
        .state()
        .has_role(world::GUILD, world::NEWCOMER, world::MEMBERS));
    assert_eq!(
        joins_and_uses(dir.path()).await,
        (vec![(world::PARENT as i64, false)], 1)
    );
    stop_cleanly(child, dir.path()).await;
}

#[tokio::test]
async fn binary_at_trace_logs_no_code_link_code_or_token() {
    let fake = FakeDiscord::start(world::standard()).await;
    let dir = tempfile::tempdir().expect("a temporary directory");
    let child = Running(Some(start_porter_logging(
        dir.path(),
        &fake,
        TOKEN,
        "trace",
    )));
    fake.wait_for("command registration", |s| {
        (s.registrations > 0).then_some(())
    })
    .await;
    let setup = [("member_role", json!(world::MEMBERS))];
    answer(
        &fake,
        &send_slash(&fake, HERE, world::OWNER, "school setup", &setup),
        "/school setup",
    )
    .await;
    let created = answer(
        &fake,
        &send_slash(&fake, HERE, world::OWNER, "invite create", &[]),
        "/invite create",
    )
    .await;
    let code = created
        .field("Code")
        .unwrap_or_else(|| panic!("no code in {created:#?}"))
        .trim_matches('`')
        .to_owned();
    let link = created.field("Link").expect("a link");
    let joined = answer(
        &fake,
        &send_slash(&fake, HERE, world::PARENT, "join", &[("code", json!(code))]),
        "/join",
    )
    .await;
    assert!(joined.content().starts_with("Welcome"), "{joined:#?}");
    let revoked = answer(
        &fake,
        &send_slash(
            &fake,
            HERE,
            world::OWNER,
            "invite revoke",
            &[("code", json!(code))],
        ),
        "/invite revoke",
    )
    .await;
    assert!(
        revoked.content().contains("its link is deleted"),
        "{revoked:#?}"
    );
    signal(&child, Signal::SIGTERM);
    let status = wait_exit(child.into_child()).await;
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
