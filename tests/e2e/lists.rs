//! End to end: `/invite list` and `/invite info` show one page at a time, with where it
//! stands in the list and Previous / Next buttons only the moderator who asked may press.

use crate::support;

use serde_json::{json, Value};
use support::world::*;
use support::{Reply, SentMessage, TestApp};

/// The message a reply shows, to press its buttons.
fn shown(reply: &Reply) -> SentMessage {
    SentMessage {
        id: 900_000_000_000_000_002,
        channel_id: GENERAL,
        dm_to: None,
        body: reply.message.clone(),
        edits: Vec::new(),
    }
}

/// The button labelled `label` under a reply.
fn button(reply: &Reply, label: &str) -> Value {
    reply.message["components"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|row| row["components"].as_array().cloned().unwrap_or_default())
        .find(|b| b["label"] == label)
        .unwrap_or_else(|| panic!("no {label} button in {reply:#?}"))
}

/// Presses the button labelled `label` under `reply`, as `user`.
async fn press(app: &TestApp, user: u64, reply: &Reply, label: &str) -> Reply {
    let id = button(reply, label)["custom_id"]
        .as_str()
        .unwrap()
        .to_owned();
    app.press(user, &shown(reply), &id).await
}

/// Whether the button labelled `label` may be pressed.
fn enabled(reply: &Reply, label: &str) -> bool {
    !button(reply, label)["disabled"].as_bool().unwrap_or(false)
}

/// Where the page stands, as its footer says.
fn position(reply: &Reply) -> String {
    reply.embeds()[0]["footer"]["text"]
        .as_str()
        .unwrap_or("")
        .to_owned()
}

fn no_buttons(reply: &Reply) -> bool {
    reply.message["components"]
        .as_array()
        .is_none_or(|rows| rows.is_empty())
}

/// The server's owner, as the domain sees them.
fn owner() -> porter::domain::Actor {
    porter::domain::Actor {
        user_id: OWNER.into(),
        role_ids: Vec::new(),
        discord_admin: true,
    }
}

/// The people a page of `/invite info` lists, in order.
fn people(reply: &Reply) -> Vec<u64> {
    let field = reply
        .embeds()
        .first()
        .and_then(|e| e["fields"].as_array().cloned())
        .unwrap_or_default()
        .into_iter()
        .find(|f| {
            f["name"]
                .as_str()
                .unwrap_or("")
                .starts_with("Joined through it")
        })
        .unwrap_or_else(|| panic!("no joins field in {reply:#?}"));
    field["value"]
        .as_str()
        .unwrap()
        .lines()
        .filter_map(|l| l.strip_prefix("<@")?.split('>').next()?.parse().ok())
        .collect()
}

#[tokio::test]
async fn invite_info_pages_through_the_joins_with_its_buttons() {
    let app = TestApp::spawn().await;
    app.setup_school().await;
    let created = app.create_invitation(OWNER, &[]).await;
    // 23 people joined through it, 10,000,001 onwards (recorded straight in the database).
    let domain = app.domain();
    let invitation = domain
        .invitation(GUILD.into(), &owner(), &created.code)
        .await
        .unwrap();
    sqlx::query(
        "WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 23) \
         INSERT INTO joins (guild_id, user_id, invitation_id, method, joined_at) \
         SELECT $1, 10000000 + i, $2, 'code', $3 FROM n",
    )
    .bind(GUILD as i64)
    .bind(invitation.id.0)
    .bind(domain.now())
    .execute(domain.db().pool())
    .await
    .unwrap();
    let newest_first: Vec<u64> = (1..=23).rev().map(|i| 10_000_000 + i).collect();

    let first = app
        .slash(OWNER, "invite info", &[("code", json!(created.code))])
        .await;
    assert!(first.ephemeral(), "{first:#?}");
    assert!(
        first.field("Joined through it (23)").is_some(),
        "{first:#?}"
    );
    assert_eq!(people(&first), newest_first[..10]);
    assert_eq!(position(&first), "Joins 1–10 of 23");
    assert!(!enabled(&first, "Previous") && enabled(&first, "Next"));

    let second = press(&app, OWNER, &first, "Next").await;
    assert_eq!(second.kind, 7, "the page turns in place: {second:#?}");
    assert_eq!(people(&second), newest_first[10..20]);
    assert_eq!(position(&second), "Joins 11–20 of 23");
    assert!(enabled(&second, "Previous") && enabled(&second, "Next"));
    let last = press(&app, OWNER, &second, "Next").await;
    assert_eq!(people(&last), newest_first[20..]);
    assert_eq!(position(&last), "Joins 21–23 of 23");
    assert!(enabled(&last, "Previous") && !enabled(&last, "Next"));
    let back = press(&app, OWNER, &last, "Previous").await;
    assert_eq!(people(&back), newest_first[10..20]);
    assert_eq!(position(&back), "Joins 11–20 of 23");
    let start = press(&app, OWNER, &back, "Previous").await;
    assert_eq!(people(&start), newest_first[..10]);
    assert_eq!(position(&start), "Joins 1–10 of 23");

    // Anyone else is refused, and the page stays.
    let other = press(&app, ADMIN, &back, "Next").await;
    assert_eq!(other.kind, 4, "{other:#?}");
    assert!(other.ephemeral());
    assert!(
        other
            .content()
            .contains(&format!("Only <@{OWNER}>, who ran `/invite info`")),
        "{other:#?}"
    );

    // The buttons stop working after ten minutes: the page stays, without them.
    app.advance(601);
    let late = press(&app, OWNER, &back, "Next").await;
    assert_eq!(late.kind, 7, "{late:#?}");
    assert!(late.content().contains("expired"), "{late:#?}");
    assert!(late.content().contains("/invite info"), "{late:#?}");
    assert!(no_buttons(&late), "{late:#?}");
    app.stop().await;
}

#[tokio::test]
async fn invite_list_pages_through_the_invitations_with_its_buttons() {
    let app = TestApp::spawn().await;
    app.setup_school().await;
    let domain = app.domain();
    let new = porter::domain::NewInvitation::parse(&Default::default()).unwrap();
    let mut codes = Vec::new();
    for _ in 0..25 {
        let inv = domain
            .create_invitation(GUILD.into(), &owner(), &new, None)
            .await
            .unwrap();
        codes.push(inv.code.to_string());
    }
    codes.reverse(); // newest first
    let listed = |reply: &Reply| -> Vec<String> {
        reply.embeds()[0]["description"]
            .as_str()
            .unwrap_or("")
            .lines()
            .filter_map(|l| Some(l.strip_prefix('`')?.split('`').next()?.to_owned()))
            .collect()
    };

    for include_inactive in [false, true] {
        let first = app
            .slash(
                OWNER,
                "invite list",
                &[("include_inactive", json!(include_inactive))],
            )
            .await;
        assert!(first.ephemeral(), "{first:#?}");
        assert!(first.text().contains("(25)"), "{first:#?}");
        assert_eq!(listed(&first), codes[..10]);
        assert_eq!(position(&first), "Invitations 1–10 of 25");
        assert!(!enabled(&first, "Previous") && enabled(&first, "Next"));
        let second = press(&app, OWNER, &first, "Next").await;
        assert_eq!(listed(&second), codes[10..20]);
        assert_eq!(position(&second), "Invitations 11–20 of 25");
        let last = press(&app, OWNER, &second, "Next").await;
        assert_eq!(listed(&last), codes[20..]);
        assert_eq!(position(&last), "Invitations 21–25 of 25");
        assert!(!enabled(&last, "Next"));
        let back = press(&app, OWNER, &last, "Previous").await;
        assert_eq!(listed(&back), codes[10..20]);
        let other = press(&app, TEACHER, &back, "Previous").await;
        assert!(
            other.ephemeral()
                && other
                    .content()
                    .contains(&format!("Only <@{OWNER}>, who ran `/invite list`")),
            "{other:#?}"
        );
    }
    app.stop().await;
}

#[tokio::test]
async fn a_list_that_fits_on_one_page_has_no_buttons() {
    let app = TestApp::spawn().await;
    app.setup_school().await;
    let created = app.create_invitation(OWNER, &[]).await;
    let list = app.slash(OWNER, "invite list", &[]).await;
    assert!(list.text().contains("Active invitations (1)"), "{list:#?}");
    assert!(no_buttons(&list) && position(&list).is_empty(), "{list:#?}");
    let info = app
        .slash(OWNER, "invite info", &[("code", json!(created.code))])
        .await;
    assert!(info.field("Joined through it (0)").is_some(), "{info:#?}");
    assert!(no_buttons(&info) && position(&info).is_empty(), "{info:#?}");
    app.stop().await;
}
