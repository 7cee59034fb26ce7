//! End to end: several Porter processes, one truth. Two `porter` binaries split the shards
//! (0 of 2 and 1 of 2) and share one PostgreSQL database: the school's server is on shard
//! 1, DMs reach shard 0, and people join one capped invitation through both at once.

use crate::support::binary::Porter;
use crate::support::fake_discord::{FakeDiscord, GatewayRecord, State};
use crate::support::postgres::fresh_database;
use crate::support::{answer, log_lines, send_slash, world, Place, HERE, SHARD_WAIT};
use nix::sys::signal::Signal;
use serde_json::json;
use world::{GUILD, LOG, MEMBERS, OWNER};

/// People in the school's server, none with the member role yet.
const PUPILS: u64 = 7_000_000_000_000_001;
/// How many try to join: half in the server, half by DM.
const TRYING: u64 = 20;
/// The invitation's cap.
const CAP: usize = 5;

/// The standard world with a second server (on shard 0) and the pupils; the fake runs two
/// shards of one server each.
fn world_of_two_shards() -> State {
    let (mut state, _) = world::standard_with_members(PUPILS, TRYING, "pupil");
    world::with_second_server(&mut state);
    state.shards = 2;
    state.max_guilds_per_shard = 1;
    state
}

/// Waits until the shard `[id, 2]` has a session that received READY.
async fn until_ready(fake: &FakeDiscord, id: u32) {
    fake.wait_for_within(&format!("shard {id} ready"), SHARD_WAIT, |s| {
        s.sessions
            .iter()
            .any(|x| x.shard == Some([id, 2]) && x.records.contains(&GatewayRecord::Ready))
            .then_some(())
    })
    .await;
}

#[tokio::test]
async fn two_processes_sharing_postgresql_never_exceed_a_cap_and_log_each_join_once() {
    let fake = FakeDiscord::start(world_of_two_shards()).await;
    let database = fresh_database().await;
    let shard = |id: &'static str| ["--shards", id, "--shard-total", "2"];
    let zero = Porter::start(&fake, &database, &shard("0"), &[]);
    until_ready(&fake, 0).await;
    let one = Porter::start(&fake, &database, &shard("1"), &[]);
    until_ready(&fake, 1).await;

    let setup = [("member_role", json!(MEMBERS)), ("log_channel", json!(LOG))];
    let token = send_slash(&fake, HERE, OWNER, "school setup", &setup);
    answer(&fake, &token, "/school setup").await;
    let token = send_slash(
        &fake,
        HERE,
        OWNER,
        "invite create",
        &[("max_uses", json!(CAP))],
    );
    let created = answer(&fake, &token, "/invite create").await;
    let code = created.field("Code").expect("a code");
    let code = code.trim_matches('`').to_owned();

    // Half join in the server (shard 1's process), half by DM (shard 0's), all at once.
    let tokens: Vec<(u64, String)> = (PUPILS..PUPILS + TRYING)
        .map(|user| {
            let place = if (user - PUPILS).is_multiple_of(2) {
                HERE
            } else {
                let channel = fake.update(|s| {
                    let c = s.next_id();
                    s.dm_channels.insert(c, user);
                    c
                });
                Place::Dm { channel }
            };
            let token = send_slash(&fake, place, user, "join", &[("code", json!(code))]);
            (user, token)
        })
        .collect();
    let mut welcomed = Vec::new();
    for (user, token) in &tokens {
        let reply = answer(&fake, token, "/join").await;
        if reply.content().starts_with("Welcome") {
            welcomed.push(*user);
        } else {
            assert!(reply.content().contains("used up"), "{reply:#?}");
        }
    }
    assert_eq!(welcomed.len(), CAP, "never past the cap: {welcomed:?}");
    let holders: Vec<u64> = (PUPILS..PUPILS + TRYING)
        .filter(|u| fake.state().has_role(GUILD, *u, MEMBERS))
        .collect();
    assert_eq!(holders, welcomed, "the role went to exactly those welcomed");

    // Each join is posted once, by the process that made it.
    let lines = {
        let needed = CAP;
        fake.wait_for("every join posted", |s| {
            let n = s
                .messages_in(LOG)
                .iter()
                .filter(|m| m.body["content"].as_str().is_some_and(|c| c.contains("📥")))
                .count();
            (n >= needed).then_some(())
        })
        .await;
        log_lines(&fake)
    };
    for user in &welcomed {
        let posted = lines
            .iter()
            .filter(|l| l.contains(&format!("<@{user}> joined")))
            .count();
        assert_eq!(posted, 1, "<@{user}>'s join in {lines:#?}");
    }

    for porter in [one, zero] {
        porter.signal(Signal::SIGTERM);
        let (status, log) = porter.exit().await;
        assert!(status.success(), "porter exited with {status}:\n{log}");
    }
    let db = porter::db::Db::connect(&database)
        .await
        .expect("the database");
    let (joins, uses): (i64, i64) =
        sqlx::query_as("SELECT (SELECT count(*) FROM joins), (SELECT uses FROM invitations)")
            .fetch_one(db.pool())
            .await
            .expect("the counts");
    assert_eq!((joins, uses), (CAP as i64, CAP as i64));
    db.close().await;
}
