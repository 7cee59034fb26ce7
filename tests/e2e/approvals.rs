//! End to end: approval before admitting (issue 13, item 2) through the fake Discord:
//! codes, buttons and link arrivals wait in a queue; Approve / Deny buttons in the
//! approval channel decide; requests expire; buttons work after a restart.

use crate::support;

use serde_json::json;
use support::fake_discord::SentMessage;
use support::world::*;
use support::{log_line_with, message_text, Created, TestApp};

/// Someone not in the server yet, who arrives through a link.
const ARRIVAL: u64 = 2_100_000_000_000_101;

/// A school with approval on, requests going to the announcements channel; Teachers may
/// create and approve.
async fn approving_school() -> TestApp {
    let mut state = standard();
    add_user(&mut state, ARRIVAL, "amira");
    let app = TestApp::spawn_with(state).await;
    app.setup_school().await;
    let reply = app
        .slash(
            OWNER,
            "school setup",
            &[
                ("member_role", json!(MEMBERS)),
                ("approval", json!("on")),
                ("approval_channel", json!(ANNOUNCEMENTS)),
            ],
        )
        .await;
    let approval = reply.field("Approval").unwrap_or_default();
    assert!(
        approval.starts_with("on:") && approval.contains(&format!("<#{ANNOUNCEMENTS}>")),
        "{reply:#?}"
    );
    for permission in ["create", "approve"] {
        let reply = app
            .slash(
                OWNER,
                "permissions grant",
                &[("role", json!(TEACHERS)), ("permission", json!(permission))],
            )
            .await;
        assert!(!reply.content().contains("need"), "{reply:#?}");
    }
    app
}

/// The request message about `user` in the approval channel, once posted.
async fn request_message(app: &TestApp, user: u64) -> SentMessage {
    let mention = format!("<@{user}> asks to join");
    app.fake
        .wait_for("a join request", |s| {
            s.messages_in(ANNOUNCEMENTS)
                .into_iter()
                .find(|m| message_text(m).contains(&mention))
                .cloned()
        })
        .await
}

/// The custom id of the request message's button `label`.
fn button(message: &SentMessage, label: &str) -> String {
    message.body["components"][0]["components"]
        .as_array()
        .expect("buttons")
        .iter()
        .find(|b| b["label"] == label)
        .and_then(|b| b["custom_id"].as_str())
        .unwrap_or_else(|| panic!("no {label} button in {:#?}", message.body))
        .to_owned()
}

/// Waits until the request message about `user` was edited to say `says`, buttons gone.
async fn settled(app: &TestApp, user: u64, says: &str) -> String {
    let mention = format!("<@{user}> asks to join");
    app.fake
        .wait_for(&format!("the request edited to say {says}"), |s| {
            s.messages_in(ANNOUNCEMENTS)
                .into_iter()
                .find(|m| message_text(m).contains(&mention))
                .filter(|m| message_text(m).contains(says))
                .filter(|m| m.body["components"].as_array().is_none_or(|c| c.is_empty()))
                .map(message_text)
        })
        .await
}

/// Waits for a DM to `user` containing `needle`.
async fn dm_with(app: &TestApp, user: u64, needle: &str) -> String {
    app.fake
        .wait_for(&format!("a DM with {needle}"), |s| {
            s.dms_to(user)
                .into_iter()
                .map(message_text)
                .find(|t| t.contains(needle))
        })
        .await
}

/// The uses Porter counted on the invitation.
async fn uses(app: &TestApp, created: &Created) -> i64 {
    let domain = app.domain();
    sqlx::query_scalar("SELECT uses FROM invitations WHERE discord_invite_code = $1")
        .bind(created.invite_code())
        .fetch_one(domain.db().pool())
        .await
        .unwrap()
}

#[tokio::test]
async fn a_code_join_waits_and_an_approval_grants_the_role_and_counts_the_use() {
    let app = approving_school().await;
    let created = app
        .create_invitation(TEACHER, &[("max_uses", json!(1))])
        .await;
    let reply = app
        .slash(NEWCOMER, "join", &[("code", json!(created.code))])
        .await;
    assert!(reply.ephemeral());
    assert!(
        reply.content().contains("approves every newcomer first"),
        "{reply:#?}"
    );
    assert!(!app.has_role(NEWCOMER, MEMBERS));
    let request = request_message(&app, NEWCOMER).await;
    assert_eq!(uses(&app, &created).await, 0, "waiting counts nothing");
    // Asking again: still waiting, no second request.
    let reply = app
        .slash(NEWCOMER, "join", &[("code", json!(created.code))])
        .await;
    assert!(reply.content().contains("already asked"), "{reply:#?}");

    // Someone without approve may not decide.
    let reply = app
        .press(PARENT, &request, &button(&request, "Approve"))
        .await;
    assert!(reply.ephemeral());
    assert!(reply.content().contains("**approve**"), "{reply:#?}");
    assert!(!app.has_role(NEWCOMER, MEMBERS));

    let reply = app
        .press(TEACHER, &request, &button(&request, "Approve"))
        .await;
    assert!(reply.ephemeral());
    assert!(reply.content().starts_with("Approved"), "{reply:#?}");
    assert!(app.has_role(NEWCOMER, MEMBERS));
    assert_eq!(
        uses(&app, &created).await,
        1,
        "the approved join is counted"
    );
    let text = settled(&app, NEWCOMER, "Approved by").await;
    assert!(text.contains(&format!("<@{TEACHER}>")), "{text}");
    dm_with(&app, NEWCOMER, "was approved").await;
    log_line_with(&app.fake, &[&format!("<@{NEWCOMER}>"), "📥"]).await;

    // A second decision finds the request decided.
    let reply = app.press(OWNER, &request, &button(&request, "Deny")).await;
    assert!(reply.content().contains("already approved"), "{reply:#?}");
    app.stop().await;
}

#[tokio::test]
async fn caps_count_approved_joins_only_and_a_denial_is_told_by_dm() {
    let app = approving_school().await;
    let created = app
        .create_invitation(TEACHER, &[("max_uses", json!(1))])
        .await;
    for user in [NEWCOMER, PARENT] {
        let reply = app
            .slash(user, "join", &[("code", json!(created.code))])
            .await;
        assert!(
            reply.content().contains("approves every newcomer first"),
            "{reply:#?}"
        );
    }
    let first = request_message(&app, NEWCOMER).await;
    let second = request_message(&app, PARENT).await;
    app.press(TEACHER, &first, &button(&first, "Approve")).await;
    let reply = app
        .press(TEACHER, &second, &button(&second, "Approve"))
        .await;
    assert!(reply.content().contains("is full"), "{reply:#?}");
    assert!(!app.has_role(PARENT, MEMBERS));
    assert_eq!(uses(&app, &created).await, 1);

    let reply = app.press(TEACHER, &second, &button(&second, "Deny")).await;
    assert!(reply.content().starts_with("Denied"), "{reply:#?}");
    settled(&app, PARENT, "Denied by").await;
    dm_with(&app, PARENT, "was denied").await;
    assert!(!app.has_role(PARENT, MEMBERS));
    assert_eq!(uses(&app, &created).await, 1);
    // A second press of the settled request finds it decided.
    let reply = app.press(OWNER, &second, &button(&second, "Approve")).await;
    assert!(reply.content().contains("already denied"), "{reply:#?}");
    assert!(!app.has_role(PARENT, MEMBERS));
    app.stop().await;
}

#[tokio::test]
async fn buttons_work_after_a_restart_and_requests_expire() {
    let mut app = approving_school().await;
    let created = app.create_invitation(TEACHER, &[]).await;
    for user in [NEWCOMER, PARENT] {
        app.slash(user, "join", &[("code", json!(created.code))])
            .await;
    }
    let first = request_message(&app, NEWCOMER).await;
    request_message(&app, PARENT).await;
    app.restart().await;
    let reply = app.press(TEACHER, &first, &button(&first, "Approve")).await;
    assert!(reply.content().starts_with("Approved"), "{reply:#?}");
    assert!(app.has_role(NEWCOMER, MEMBERS));

    // Seven days on (the default), the other request expires and its message says so.
    app.advance(7 * 24 * 3600);
    app.expire_requests().await;
    settled(&app, PARENT, "Expired").await;
    assert!(!app.has_role(PARENT, MEMBERS));
    app.stop().await;
}

#[tokio::test]
async fn links_made_with_approval_on_grant_nothing_and_older_links_are_taken_back() {
    let mut state = standard();
    add_user(&mut state, ARRIVAL, "amira");
    add_user(&mut state, ARRIVAL + 1, "bruno");
    let app = TestApp::spawn_with(state).await;
    app.setup_school().await;
    // A link made before approval is on carries the member role.
    let before = app.create_invitation(OWNER, &[]).await;
    let reply = app
        .slash(
            OWNER,
            "school setup",
            &[
                ("member_role", json!(MEMBERS)),
                ("approval", json!("on")),
                ("approval_channel", json!(ANNOUNCEMENTS)),
            ],
        )
        .await;
    assert!(reply.field("Approval").is_some(), "{reply:#?}");
    let after = app.create_invitation(OWNER, &[]).await;
    let role_ids = |created: &Created| {
        app.fake.state().invites[created.invite_code()]
            .role_ids
            .clone()
    };
    assert_eq!(role_ids(&before), vec![MEMBERS]);
    assert!(
        role_ids(&after).is_empty(),
        "a link made now grants nothing"
    );

    // Through the new link: nothing granted, the person waits and is told by DM.
    app.fake.accept_invite(after.invite_code(), ARRIVAL);
    let request = request_message(&app, ARRIVAL).await;
    assert!(message_text(&request).contains("through its link"));
    dm_with(&app, ARRIVAL, "approves every newcomer first").await;
    assert!(!app.has_role(ARRIVAL, MEMBERS));
    assert_eq!(uses(&app, &after).await, 0);

    // Through the old link: Discord granted the member role; Porter takes it back.
    app.fake.accept_invite(before.invite_code(), ARRIVAL + 1);
    request_message(&app, ARRIVAL + 1).await;
    app.fake
        .wait_for("the role taken back", |s| {
            (!s.has_role(GUILD, ARRIVAL + 1, MEMBERS)).then_some(())
        })
        .await;
    assert_eq!(uses(&app, &before).await, 0);

    let reply = app
        .press(OWNER, &request, &button(&request, "Approve"))
        .await;
    assert!(reply.content().starts_with("Approved"), "{reply:#?}");
    assert!(app.has_role(ARRIVAL, MEMBERS));
    assert_eq!(uses(&app, &after).await, 1);
    app.stop().await;
}
