//! End to end: people Porter let in who leave the server (GUILD_MEMBER_REMOVE), and come
//! back: their joins are marked, the log channel is told, `/invite info` and `/school info`
//! show it, and a return through the same invitation counts nothing twice.

use crate::support;

use serde_json::json;
use support::fake_discord::State;
use support::world::*;
use support::{log_line_with, Created, TestApp};

/// Someone not in the server yet.
const ARRIVAL: u64 = 2_100_000_000_000_011;
const OTHER_ARRIVAL: u64 = 2_100_000_000_000_012;

fn world() -> State {
    let mut state = standard();
    add_user(&mut state, ARRIVAL, "amira");
    add_user(&mut state, OTHER_ARRIVAL, "bruno");
    state
}

/// A set-up school with a log channel, and an invitation "Year 7" for two people.
async fn school() -> (TestApp, Created) {
    let app = TestApp::spawn_with(world()).await;
    app.setup_school().await;
    let created = app
        .create_invitation(OWNER, &[("label", json!("Year 7")), ("max_uses", json!(2))])
        .await;
    (app, created)
}

/// `/invite info` as the owner: its Uses field and the "Joined through it" field.
async fn info(app: &TestApp, created: &Created) -> (String, String) {
    let reply = app
        .slash(OWNER, "invite info", &[("code", json!(created.code))])
        .await;
    let joined = reply
        .embeds()
        .first()
        .and_then(|e| e["fields"].as_array().cloned())
        .unwrap_or_default()
        .into_iter()
        .find(|f| f["name"].as_str().is_some_and(|n| n.starts_with("Joined")))
        .and_then(|f| f["value"].as_str().map(str::to_owned))
        .unwrap_or_default();
    (reply.field("Uses").unwrap_or_default(), joined)
}

/// `/school info` as the owner: (joins, leaves) of the last 7 days.
async fn week(app: &TestApp) -> (String, String) {
    let reply = app.slash(OWNER, "school info", &[]).await;
    (
        reply.field("Joins in the last 7 days").unwrap_or_default(),
        reply.field("Left in the last 7 days").unwrap_or_default(),
    )
}

#[tokio::test]
async fn a_leaver_is_marked_logged_and_counted_and_a_return_by_link_counts_nothing() {
    let (app, year7) = school().await;
    let joined_at = app.fake.state().now;
    let reply = app
        .slash(NEWCOMER, "join", &[("code", json!(year7.code))])
        .await;
    assert!(app.has_role(NEWCOMER, MEMBERS), "{}", reply.text());
    // Porter's own grant comes back as GUILD_MEMBER_UPDATE, which it tells apart from a
    // link's by the join's time: the clock moves on only once the join is logged.
    log_line_with(&app.fake, &["📥", &format!("<@{NEWCOMER}>")]).await;

    app.advance(3 * 24 * 3600);
    app.fake.member_leaves(GUILD, NEWCOMER);
    let line = log_line_with(&app.fake, &["📤", &format!("<@{NEWCOMER}>")]).await;
    assert_eq!(
        line,
        format!(
            "📤 <@{NEWCOMER}> left; they joined <t:{joined_at}:R> with “Year 7” by typing its \
             code."
        )
    );
    let (uses, joined) = info(&app, &year7).await;
    assert!(uses.starts_with("1/2"), "{uses}");
    assert!(
        joined.contains(&format!("<@{NEWCOMER}> · code · ")) && joined.contains("· **left** <t:"),
        "{joined}"
    );
    assert_eq!(week(&app).await, ("1".to_owned(), "1".to_owned()));

    // Back through the invitation's link: Discord counts a use, Porter does not.
    app.fake.accept_invite(year7.invite_code(), NEWCOMER);
    let line = log_line_with(&app.fake, &["is back", &format!("<@{NEWCOMER}>")]).await;
    assert!(
        line.contains("“Year 7”") && line.contains("not counted again"),
        "{line}"
    );
    let (uses, joined) = info(&app, &year7).await;
    assert!(uses.starts_with("1/2"), "the return took no seat: {uses}");
    assert!(
        joined.contains("· back <t:") && !joined.contains("left"),
        "{joined}"
    );
    assert_eq!(week(&app).await, ("1".to_owned(), "0".to_owned()));

    // Its second seat is still there for someone new.
    app.fake.accept_invite(year7.invite_code(), ARRIVAL);
    log_line_with(&app.fake, &["📥", &format!("<@{ARRIVAL}>"), "joined"]).await;
    let (uses, _) = info(&app, &year7).await;
    assert!(uses.starts_with("2/2"), "{uses}");
}

#[tokio::test]
async fn a_leaver_back_by_code_is_not_counted_twice() {
    let (app, year7) = school().await;
    app.fake.accept_invite(year7.invite_code(), ARRIVAL);
    log_line_with(&app.fake, &["📥", &format!("<@{ARRIVAL}>")]).await;
    app.fake.member_leaves(GUILD, ARRIVAL);
    let line = log_line_with(&app.fake, &["📤", &format!("<@{ARRIVAL}>")]).await;
    assert!(line.contains("with “Year 7” by opening its link"), "{line}");

    // Back through an ordinary invite (no roles), then the code.
    let plain = app.fake.create_invite_by_hand(GUILD, WELCOME, OWNER, 0);
    app.fake.accept_invite(&plain, ARRIVAL);
    let reply = app
        .slash(ARRIVAL, "join", &[("code", json!(year7.code))])
        .await;
    assert!(reply.ephemeral());
    assert!(app.has_role(ARRIVAL, MEMBERS), "{}", reply.text());
    let (uses, _) = info(&app, &year7).await;
    assert!(uses.starts_with("1/2"), "{uses}");
    // Porter saw them arrive again: their join is marked back.
    support::eventually(async || {
        let (_, joined) = info(&app, &year7).await;
        if joined.contains("· back <t:") && !joined.contains("left") {
            Ok(())
        } else {
            Err(joined)
        }
    })
    .await;

    // Someone else still finds its second seat.
    app.fake.accept_invite(&plain, OTHER_ARRIVAL);
    app.slash(OTHER_ARRIVAL, "join", &[("code", json!(year7.code))])
        .await;
    assert!(app.has_role(OTHER_ARRIVAL, MEMBERS));
    let (uses, _) = info(&app, &year7).await;
    assert!(uses.starts_with("2/2"), "{uses}");
}

#[tokio::test]
async fn someone_porter_never_let_in_leaves_no_line() {
    let (app, year7) = school().await;
    // The teacher was in the server before Porter; leaving says nothing.
    app.fake.member_leaves(GUILD, TEACHER);
    app.slash(NEWCOMER, "join", &[("code", json!(year7.code))])
        .await;
    app.fake.member_leaves(GUILD, NEWCOMER);
    log_line_with(&app.fake, &["📤", &format!("<@{NEWCOMER}>")]).await;
    let lines = support::log_lines(&app.fake);
    assert!(
        !lines.iter().any(|l| l.contains(&format!("<@{TEACHER}>"))),
        "{lines:?}"
    );
}

#[tokio::test]
async fn a_leave_is_taken_on_the_shard_of_its_server() {
    let mut state = world();
    with_second_server(&mut state);
    state.shards = 2;
    let app = TestApp::spawn_sharded(state, porter::config::Shards::Recommended).await;
    app.wait_for_shard(0).await;
    app.wait_for_shard(1).await;
    assert_eq!(
        support::fake_discord::state::shard_of(GUILD, 2),
        1,
        "the school's server is on shard 1"
    );
    app.setup_school().await;
    let created = app.create_invitation(OWNER, &[]).await;
    app.slash(NEWCOMER, "join", &[("code", json!(created.code))])
        .await;
    assert!(app.has_role(NEWCOMER, MEMBERS));
    app.fake.member_leaves(GUILD, NEWCOMER);
    let line = log_line_with(&app.fake, &["📤", &format!("<@{NEWCOMER}>")]).await;
    assert!(line.contains("by typing its code"), "{line}");
}
