//! End to end: gateway shards. Porter runs as many shards as Discord recommends, or the
//! range it is given; each shard gets its own servers' events (DMs go to shard 0), several
//! processes can split the shards between them, a stop closes every shard, and a bot that
//! does not shard enough is refused by Discord and stops saying so.
//!
//! [`world::GUILD`] is on shard 1 of 2 and [`world::SECOND_GUILD`] on shard 0 of 2.

use std::path::Path;

use crate::support::binary::Porter;
use crate::support::fake_discord::{FakeDiscord, GatewayRecord, Route, Shard, State};
use crate::support::{ask, world, Place, TestApp, SHARD_WAIT};
use nix::sys::signal::Signal;
use porter::config::Shards;
use serde_json::json;
use world::{GUILD, OWNER, SECOND_GENERAL, SECOND_GUILD, SECOND_MEMBERS};

/// Where commands run in the second server.
const SECOND: Place = Place::Guild {
    guild: SECOND_GUILD,
    channel: SECOND_GENERAL,
};

/// The standard world plus the second server; the fake recommends `shards` shards and
/// refuses a shard with more than one server.
fn two_servers(shards: u32) -> State {
    let mut state = world::standard();
    world::with_second_server(&mut state);
    state.shards = shards;
    state.max_guilds_per_shard = 1;
    state
}

/// Whether every session the fake saw for `shard` was closed by the bot with 1000.
fn closed_cleanly(state: &State, shard: Shard) -> bool {
    let sessions: Vec<_> = state
        .sessions
        .iter()
        .filter(|s| s.shard == Some(shard))
        .collect();
    !sessions.is_empty()
        && sessions
            .iter()
            .all(|s| s.records.contains(&GatewayRecord::Closed(Some(1000))))
}

#[tokio::test]
async fn porter_runs_the_shards_discord_recommends_and_serves_servers_on_each() {
    let mut app = TestApp::spawn_sharded(two_servers(2), Shards::Recommended).await;
    assert_eq!(app.wait_for_shard(0).await, [0, 2]);
    assert_eq!(app.wait_for_shard(1).await, [1, 2]);
    {
        let state = app.fake.state();
        assert_eq!(state.identified(), [[0, 2], [1, 2]]);
        assert!(
            !state
                .gateway
                .iter()
                .any(|r| matches!(r, GatewayRecord::Refused(_))),
            "{:?}",
            state.gateway
        );
    }
    assert!(
        crate::support::logs::output()
            .contains("this process runs shards 0-1 of 2 (as many as Discord recommends)"),
        "{}",
        crate::support::logs::output()
    );

    // A server on each shard: its commands reach Porter on its shard and are answered.
    app.setup_school().await;
    let reply = app
        .slash_in(
            SECOND,
            OWNER,
            "school setup",
            &[("member_role", json!(SECOND_MEMBERS))],
        )
        .await;
    assert_eq!(
        reply.field("Member role").as_deref(),
        Some(format!("<@&{SECOND_MEMBERS}>").as_str()),
        "{reply:#?}"
    );
    // A DM goes to shard 0, as on Discord.
    let created = app.create_invitation(OWNER, &[]).await;
    let reply = app
        .slash_dm(world::PARENT, "join", &[("code", json!(created.code))])
        .await;
    assert!(reply.content().starts_with("Welcome"), "{reply:#?}");
    assert!(app.has_role(world::PARENT, world::MEMBERS));

    // Set up once for the process: commands registered once, whatever the shards.
    assert_eq!(app.fake.state().registrations, 1);

    app.stop_bot().await;
    {
        let state = app.fake.state();
        assert!(closed_cleanly(&state, [0, 2]), "{:?}", state.sessions);
        assert!(closed_cleanly(&state, [1, 2]), "{:?}", state.sessions);
    }
    app.stop().await;
}

#[tokio::test]
async fn a_process_running_shard_1_of_2_sees_only_its_servers() {
    let app = TestApp::spawn_sharded(
        two_servers(2),
        Shards::Range {
            first: 1,
            last: 1,
            total: 2,
        },
    )
    .await;
    assert_eq!(app.wait_for_shard(1).await, [1, 2]);
    assert!(
        crate::support::logs::output().contains("this process runs shard 1 of 2 "),
        "{}",
        crate::support::logs::output()
    );
    app.setup_school().await;
    let created = app.create_invitation(OWNER, &[]).await;
    assert!(created.link.contains("discord.gg/"), "{created:?}");
    {
        let state = app.fake.state();
        assert_eq!(state.identified(), [[1, 2]]);
        let second = SECOND_GUILD.to_string();
        let about_second: Vec<_> = state
            .requests
            .iter()
            .filter(|r| r.path.contains(&second))
            .map(|r| format!("{} {}", r.method, r.path))
            .collect();
        assert!(about_second.is_empty(), "{about_second:?}");
        // No session to send the second server's events to: Discord would send them to
        // shard 0, which this process does not run.
        assert_eq!(state.session_for(Route::Guild(SECOND_GUILD)), None);
        assert!(state.session_for(Route::Guild(GUILD)).is_some());
    }
    app.stop().await;
}

/// A fresh database file's URL in `dir`.
fn database_in(dir: &Path) -> String {
    format!("sqlite://{}", dir.join("porter.db").display())
}

/// Waits until the fake sent READY and the servers of `shard` on a session identified as
/// it, after the `after` first sessions.
async fn until_ready(fake: &FakeDiscord, shard: Shard, after: usize) {
    fake.wait_for_within(&format!("shard {shard:?} ready"), SHARD_WAIT, |s| {
        s.sessions
            .iter()
            .skip(after)
            .any(|x| x.shard == Some(shard) && x.records.contains(&GatewayRecord::Ready))
            .then_some(())
    })
    .await;
}

#[tokio::test]
async fn a_bot_that_does_not_shard_enough_is_refused_and_stops_naming_sharding() {
    // Both servers on the one shard of one: more than the fake lets a shard hold.
    let fake = FakeDiscord::start(two_servers(2)).await;
    let dir = tempfile::tempdir().expect("a temporary directory");
    let porter = Porter::start(
        &fake,
        &database_in(dir.path()),
        &[],
        &[("PORTER_SHARD_TOTAL", "1")],
    );
    let (status, log) = porter.exit().await;
    assert!(!status.success(), "{log}");
    assert!(
        log.contains("this process runs shard 0 of 1 "),
        "the log says which shards: {log}"
    );
    assert!(
        log.contains(
            "porter: Discord refused shard 0 of 1 with close code 4011 (sharding required)"
        ),
        "{log}"
    );
    let state = fake.state();
    assert!(
        state.gateway.contains(&GatewayRecord::Refused(4011)),
        "{:?}",
        state.gateway
    );
    assert!(!state.gateway.contains(&GatewayRecord::Ready));
}

#[tokio::test]
async fn sigterm_closes_every_shard_of_the_process() {
    let fake = FakeDiscord::start(two_servers(2)).await;
    let dir = tempfile::tempdir().expect("a temporary directory");
    let porter = Porter::start(&fake, &database_in(dir.path()), &[], &[]);
    until_ready(&fake, [0, 2], 0).await;
    until_ready(&fake, [1, 2], 0).await;
    // Serves a server on each shard.
    let setup = ask(
        &fake,
        SECOND,
        OWNER,
        "school setup",
        &[("member_role", json!(SECOND_MEMBERS))],
    )
    .await;
    assert!(setup.text().contains("School set up"), "{setup:#?}");
    let setup = ask(
        &fake,
        crate::support::HERE,
        OWNER,
        "school setup",
        &[("member_role", json!(world::MEMBERS))],
    )
    .await;
    assert!(setup.text().contains("School set up"), "{setup:#?}");

    porter.signal(Signal::SIGTERM);
    let (status, log) = porter.exit().await;
    assert!(status.success(), "porter exited with {status}:\n{log}");
    assert!(
        log.contains("this process runs shards 0-1 of 2 (as many as Discord recommends)"),
        "{log}"
    );
    let state = fake.state();
    assert!(closed_cleanly(&state, [0, 2]), "{:?}", state.sessions);
    assert!(closed_cleanly(&state, [1, 2]), "{:?}", state.sessions);
    assert_eq!(state.registrations, 1);
}

#[tokio::test]
async fn processes_with_different_shard_ranges_split_the_servers() {
    let fake = FakeDiscord::start(two_servers(2)).await;
    let dir = tempfile::tempdir().expect("a temporary directory");
    let database = database_in(dir.path());

    // One process runs every shard of two (`--shard-total` alone) and sets both schools up.
    let all = Porter::start(&fake, &database, &["--shard-total", "2"], &[]);
    until_ready(&fake, [1, 2], 0).await;
    let setup = ask(
        &fake,
        SECOND,
        OWNER,
        "school setup",
        &[("member_role", json!(SECOND_MEMBERS))],
    )
    .await;
    assert!(setup.text().contains("School set up"), "{setup:#?}");
    let setup = ask(
        &fake,
        crate::support::HERE,
        OWNER,
        "school setup",
        &[("member_role", json!(world::MEMBERS))],
    )
    .await;
    assert!(setup.text().contains("School set up"), "{setup:#?}");
    all.signal(Signal::SIGTERM);
    let (status, log) = all.exit().await;
    assert!(status.success(), "porter exited with {status}:\n{log}");
    assert!(log.contains("this process runs shards 0-1 of 2 "), "{log}");

    // Shard 1 of 2 alone: only its server, GUILD, is seen; its start-up work (reading the
    // school's invites) is done for GUILD and nothing touches the other server.
    let (sessions, requests) = {
        let s = fake.state();
        (s.sessions.len(), s.requests.len())
    };
    let one = Porter::start(
        &fake,
        &database,
        &["--shards", "1-1", "--shard-total", "2"],
        &[],
    );
    until_ready(&fake, [1, 2], sessions).await;
    let invites = format!("/guilds/{GUILD}/invites");
    fake.wait_for("shard 1's school followed", |s| {
        s.requests[requests..]
            .iter()
            .any(|r| r.method == "GET" && r.path == invites)
            .then_some(())
    })
    .await;
    let info = ask(&fake, crate::support::HERE, OWNER, "school info", &[]).await;
    assert!(
        info.text().contains("Hilltop School") || info.text().contains("Member role"),
        "{info:#?}"
    );
    {
        let s = fake.state();
        let shards: Vec<_> = s.sessions[sessions..]
            .iter()
            .filter_map(|x| x.shard)
            .collect();
        assert_eq!(shards, [[1, 2]]);
        let second = SECOND_GUILD.to_string();
        let touched: Vec<_> = s.requests[requests..]
            .iter()
            .filter(|r| r.path.contains(&second))
            .map(|r| format!("{} {}", r.method, r.path))
            .collect();
        assert!(touched.is_empty(), "{touched:?}");
    }
    assert!(
        one.log().contains("this process runs shard 1 of 2 "),
        "{}",
        one.log()
    );

    // Another process takes shard 0 (from the environment), with the other server and DMs.
    let zero = Porter::start(
        &fake,
        &database,
        &[],
        &[("PORTER_SHARDS", "0"), ("PORTER_SHARD_TOTAL", "2")],
    );
    until_ready(&fake, [0, 2], sessions).await;
    let second_invites = format!("/guilds/{SECOND_GUILD}/invites");
    fake.wait_for("shard 0's school followed", |s| {
        s.requests[requests..]
            .iter()
            .any(|r| r.method == "GET" && r.path == second_invites)
            .then_some(())
    })
    .await;
    let info = ask(&fake, SECOND, OWNER, "school info", &[]).await;
    assert!(
        info.text().contains(&format!("<@&{SECOND_MEMBERS}>")),
        "{info:#?}"
    );
    let info = ask(&fake, crate::support::HERE, OWNER, "school info", &[]).await;
    assert!(
        info.text().contains(&format!("<@&{}>", world::MEMBERS)),
        "{info:#?}"
    );
    assert!(
        zero.log().contains("this process runs shard 0 of 2 "),
        "{}",
        zero.log()
    );

    // A DM goes to shard 0's process, which redeems a code of the server on shard 1.
    let created = ask(&fake, crate::support::HERE, OWNER, "invite create", &[]).await;
    let code = created.field("Code").expect("a code");
    let code = code.trim_matches('`');
    let dm = fake.update(|s| {
        let c = s.next_id();
        s.dm_channels.insert(c, world::PARENT);
        c
    });
    let joined = ask(
        &fake,
        Place::Dm { channel: dm },
        world::PARENT,
        "join",
        &[("code", json!(code))],
    )
    .await;
    assert!(joined.content().starts_with("Welcome"), "{joined:#?}");
    assert!(fake.state().has_role(GUILD, world::PARENT, world::MEMBERS));

    for porter in [one, zero] {
        porter.signal(Signal::SIGTERM);
        let (status, log) = porter.exit().await;
        assert!(status.success(), "porter exited with {status}:\n{log}");
    }
    let s = fake.state();
    for session in &s.sessions[sessions..] {
        assert!(
            session.records.contains(&GatewayRecord::Closed(Some(1000))),
            "{:?}",
            s.sessions
        );
    }
}

#[tokio::test]
async fn a_stop_while_shards_are_starting_closes_every_shard() {
    let mut app = TestApp::spawn_sharded(two_servers(2), Shards::Recommended).await;
    // Shard 0 is up (commands are registered at its READY) and shard 1 waits its turn
    // (serenity starts it 5 seconds after shard 0): the stop waits for it, then closes both.
    // (Without waiting, serenity closed neither.)
    app.stop_bot().await;
    {
        let state = app.fake.state();
        assert_eq!(state.identified(), [[0, 2], [1, 2]]);
        assert!(closed_cleanly(&state, [0, 2]), "{:?}", state.sessions);
        assert!(closed_cleanly(&state, [1, 2]), "{:?}", state.sessions);
    }
    app.stop().await;
}
