//! End to end: `/school pause [for:]` and `/school resume` (codes, Join buttons and links
//! stop at once; Discord's `invites_disabled_until` is set and lifted; the log channel says
//! who paused and until when), and the welcome message posted when someone joins.

use crate::support;

use serde_json::json;
use support::fake_discord::State;
use support::world::*;
use support::{log_line_with, message_text, Created, TestApp};

/// Someone not in the server yet.
const ARRIVAL: u64 = 2_100_000_000_000_021;

fn world() -> State {
    let mut state = standard();
    add_user(&mut state, ARRIVAL, "amira");
    state
}

/// A set-up school with an invitation "Year 7" for many people.
async fn school() -> (TestApp, Created) {
    let app = TestApp::spawn_with(world()).await;
    app.setup_school().await;
    let created = app
        .create_invitation(OWNER, &[("label", json!("Year 7"))])
        .await;
    (app, created)
}

/// Discord's `invites_disabled_until` of the school's server, per the fake.
fn invites_disabled_until(app: &TestApp) -> Option<i64> {
    app.fake.state().guilds[&GUILD].invites_disabled_until
}

#[tokio::test]
async fn a_pause_stops_codes_buttons_and_links_until_resumed() {
    let (app, year7) = school().await;
    let reply = app
        .slash(
            OWNER,
            "invite share",
            &[("code", json!(year7.code)), ("channel", json!(WELCOME))],
        )
        .await;
    assert!(reply.content().contains("Posted"), "{reply:#?}");
    let post = app.fake.state().messages_in(WELCOME)[0].clone();
    let custom_id = post.body["components"][0]["components"][0]["custom_id"]
        .as_str()
        .expect("a Join button")
        .to_owned();

    // Only managers pause.
    let refused = app.slash(TEACHER, "school pause", &[]).await;
    assert!(refused.ephemeral());
    assert_eq!(invites_disabled_until(&app), None, "{}", refused.text());

    let now = app.fake.state().now;
    let until = now + 2 * 3600;
    let reply = app
        .slash(OWNER, "school pause", &[("for", json!("2h"))])
        .await;
    assert!(reply.ephemeral());
    assert!(
        reply.text().contains("Joining paused") && reply.text().contains(&format!("<t:{until}:f>")),
        "{reply:#?}"
    );
    assert_eq!(invites_disabled_until(&app), Some(until));
    let line = log_line_with(&app.fake, &["⏸️"]).await;
    assert_eq!(
        line,
        format!(
            "⏸️ <@{OWNER}> paused joining until <t:{until}:f> (<t:{until}:R>). Codes, Join \
             buttons and the server's invite links let nobody in meanwhile."
        )
    );

    // Every way in is closed.
    let reply = app
        .slash(NEWCOMER, "join", &[("code", json!(year7.code))])
        .await;
    assert!(reply.ephemeral());
    assert!(
        reply.text().contains("Joining this school is paused")
            && reply.text().contains(&format!("<t:{until}:f>")),
        "{reply:#?}"
    );
    let reply = app.press(NEWCOMER, &post, &custom_id).await;
    assert!(
        reply.text().contains("Joining this school is paused"),
        "{reply:#?}"
    );
    assert!(!app.has_role(NEWCOMER, MEMBERS));
    let link = app.fake.try_accept_invite(year7.invite_code(), ARRIVAL);
    assert!(link.is_err(), "Discord refuses the link: {link:?}");
    let info = app.slash(OWNER, "school info", &[]).await;
    let joining = info.field("Joining").unwrap_or_default();
    assert!(
        joining.contains(&format!("paused by <@{OWNER}> until <t:{until}:f>")),
        "{joining}"
    );

    // Resumed: all of it works again, and the log channel says so.
    let reply = app.slash(OWNER, "school resume", &[]).await;
    assert!(reply.text().contains("Joining resumed"), "{reply:#?}");
    assert_eq!(invites_disabled_until(&app), None);
    let line = log_line_with(&app.fake, &["▶️"]).await;
    assert!(
        line.starts_with(&format!("▶️ <@{OWNER}> resumed joining")),
        "{line}"
    );
    let reply = app
        .slash(NEWCOMER, "join", &[("code", json!(year7.code))])
        .await;
    assert!(app.has_role(NEWCOMER, MEMBERS), "{reply:#?}");
    app.fake.accept_invite(year7.invite_code(), ARRIVAL);
    log_line_with(&app.fake, &["📥", &format!("<@{ARRIVAL}>")]).await;
    let reply = app.slash(OWNER, "school resume", &[]).await;
    assert!(reply.text().contains("isn't paused"), "{reply:#?}");
}

#[tokio::test]
async fn a_pause_that_ended_while_porter_was_stopped_ends_at_its_start() {
    let (mut app, year7) = school().await;
    app.slash(OWNER, "school pause", &[("for", json!("1h"))])
        .await;
    let until = invites_disabled_until(&app).expect("Discord's switch is on");
    log_line_with(&app.fake, &["⏸️"]).await;

    app.stop_bot().await;
    app.advance(2 * 3600);
    app.start_bot().await;
    let line = log_line_with(&app.fake, &["▶️ Joining resumed"]).await;
    assert_eq!(
        line,
        format!(
            "▶️ Joining resumed: the pause <@{OWNER}> set ended at <t:{until}:f>. Codes, Join \
             buttons and links work again."
        )
    );
    // Porter lifted the switch it had set.
    app.fake
        .wait_for("the switch lifted", |s| {
            s.requests_to("PUT", &format!("/guilds/{GUILD}/incident-actions"))
                .iter()
                .any(|r| {
                    r.body
                        .as_ref()
                        .is_some_and(|b| b["invites_disabled_until"].is_null())
                })
                .then_some(())
        })
        .await;
    let reply = app
        .slash(NEWCOMER, "join", &[("code", json!(year7.code))])
        .await;
    assert!(app.has_role(NEWCOMER, MEMBERS), "{reply:#?}");
}

#[tokio::test]
async fn a_link_arrival_during_a_pause_has_the_member_role_taken_back() {
    let (app, year7) = school().await;
    // Porter may not switch the server's invites off (no Manage Server for that call).
    app.fake
        .fail("PUT", "/guilds/*/incident-actions", 403, 50013, None);
    let reply = app.slash(OWNER, "school pause", &[]).await;
    assert!(
        reply
            .text()
            .contains("could not pause this server's invite links"),
        "{reply:#?}"
    );
    let line = log_line_with(&app.fake, &["⏸️"]).await;
    assert!(line.contains("until `/school resume`"), "{line}");
    assert!(line.contains("Manage Server"), "{line}");

    // Discord lets the person in with the link's member role; Porter takes it back and
    // counts nothing.
    app.fake.accept_invite(year7.invite_code(), ARRIVAL);
    let line = log_line_with(&app.fake, &["⚠️", &format!("<@{ARRIVAL}>")]).await;
    assert!(line.contains("while joining is paused"), "{line}");
    assert!(line.contains("Porter took the member role back"), "{line}");
    app.fake
        .wait_for("the member role taken back", |s| {
            (!s.has_role(GUILD, ARRIVAL, MEMBERS)).then_some(())
        })
        .await;
    let info = app
        .slash(OWNER, "invite info", &[("code", json!(year7.code))])
        .await;
    assert!(
        info.field("Uses").unwrap_or_default().starts_with('0'),
        "{info:#?}"
    );
}

/// Snowflakes as sent (strings or numbers).
fn ids(list: &serde_json::Value) -> Vec<u64> {
    list.as_array()
        .into_iter()
        .flatten()
        .filter_map(|v| v.as_u64().or_else(|| v.as_str()?.parse().ok()))
        .collect()
}

/// The welcome messages posted in the welcome channel so far.
fn welcomes(app: &TestApp) -> Vec<support::fake_discord::SentMessage> {
    app.fake
        .state()
        .messages_in(WELCOME)
        .into_iter()
        .filter(|m| message_text(m).contains("Welcome"))
        .cloned()
        .collect()
}

#[tokio::test]
async fn the_welcome_message_greets_newcomers_and_pings_only_them() {
    let (app, year7) = school().await;
    let template = "@everyone <@&{MEMBERS}> <@{TEACHER}> Welcome {user} to {school}, invited \
                    by {inviter}!"
        .replace("{MEMBERS}", &MEMBERS.to_string())
        .replace("{TEACHER}", &TEACHER.to_string());

    // An unknown placeholder is refused, and nothing is changed.
    let reply = app
        .slash(
            OWNER,
            "school setup",
            &[
                ("member_role", json!(MEMBERS)),
                ("welcome_message", json!("Hello {name}")),
            ],
        )
        .await;
    assert!(reply.ephemeral());
    assert!(
        reply.text().contains("`{name}`") && reply.text().contains("Nothing was changed"),
        "{reply:#?}"
    );
    let info = app.slash(OWNER, "school info", &[]).await;
    assert!(
        info.field("Welcome message")
            .unwrap_or_default()
            .starts_with("none"),
        "{info:#?}"
    );

    let reply = app
        .slash(
            OWNER,
            "school setup",
            &[
                ("member_role", json!(MEMBERS)),
                ("welcome_message", json!(template)),
            ],
        )
        .await;
    assert!(
        reply
            .field("Welcome message")
            .unwrap_or_default()
            .contains("{user}"),
        "{reply:#?}"
    );

    // By code.
    app.slash(NEWCOMER, "join", &[("code", json!(year7.code))])
        .await;
    let posted = app
        .fake
        .wait_for("a welcome", |s| {
            s.messages_in(WELCOME)
                .into_iter()
                .find(|m| message_text(m).contains(&format!("Welcome <@{NEWCOMER}>")))
                .cloned()
        })
        .await;
    assert_eq!(
        message_text(&posted),
        format!(
            "@everyone <@&{MEMBERS}> <@{TEACHER}> Welcome <@{NEWCOMER}> to Hilltop School, \
             invited by <@{OWNER}>!"
        )
    );
    let mentions = &posted.body["allowed_mentions"];
    assert!(
        mentions["parse"].as_array().is_none_or(Vec::is_empty),
        "no @everyone, role or user parsing: {mentions}"
    );
    assert!(
        mentions["roles"].as_array().is_none_or(Vec::is_empty),
        "{mentions}"
    );
    assert_eq!(ids(&mentions["users"]), [NEWCOMER], "{mentions}");

    // By link.
    app.fake.accept_invite(year7.invite_code(), ARRIVAL);
    let posted = app
        .fake
        .wait_for("a welcome by link", |s| {
            s.messages_in(WELCOME)
                .into_iter()
                .find(|m| message_text(m).contains(&format!("Welcome <@{ARRIVAL}>")))
                .cloned()
        })
        .await;
    assert_eq!(ids(&posted.body["allowed_mentions"]["users"]), [ARRIVAL]);

    // Cleared: the next join is not greeted.
    let reply = app
        .slash(
            OWNER,
            "school setup",
            &[
                ("member_role", json!(MEMBERS)),
                ("welcome_message", json!("off")),
            ],
        )
        .await;
    assert!(
        reply
            .field("Welcome message")
            .unwrap_or_default()
            .starts_with("none"),
        "{reply:#?}"
    );
    let before = welcomes(&app).len();
    app.slash(PARENT, "join", &[("code", json!(year7.code))])
        .await;
    log_line_with(&app.fake, &["📥", &format!("<@{PARENT}>")]).await;
    assert_eq!(welcomes(&app).len(), before);
}
