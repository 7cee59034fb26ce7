//! End to end: `/school info` and `/invite info` attach a PNG chart of joins per day, shown
//! as the embed's image (a multipart upload, as Discord takes it), read back from the fake.

use crate::support;

use serde_json::json;
use support::world::*;
use support::{Reply, SentMessage, TestApp};

/// The one chart attached to a reply: its PNG's size and RGB pixels. Checks the embed
/// shows it as its image.
fn chart_of(app: &TestApp, reply: &Reply) -> (u32, u32, Vec<u8>) {
    let attachments = reply.message["attachments"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert_eq!(attachments.len(), 1, "{:#?}", reply.message);
    assert_eq!(attachments[0]["filename"], "joins.png");
    assert_eq!(
        reply.embeds()[0]["image"]["url"],
        "attachment://joins.png",
        "the embed shows the chart: {:#?}",
        reply.message
    );
    let url = attachments[0]["url"].as_str().expect("a url");
    let bytes = app.fake.state().uploads[url].clone();
    let mut reader = png::Decoder::new(std::io::Cursor::new(bytes))
        .read_info()
        .expect("a PNG");
    let mut pixels = vec![0; reader.output_buffer_size().expect("a size")];
    let info = reader.next_frame(&mut pixels).expect("its pixels");
    pixels.truncate(info.buffer_size());
    (info.width, info.height, pixels)
}

fn no_chart(reply: &Reply) -> bool {
    reply.message["attachments"]
        .as_array()
        .is_none_or(|a| a.is_empty())
        && reply.embeds().iter().all(|e| e["image"].is_null())
}

#[tokio::test]
async fn school_info_shows_a_chart_of_the_joins_per_day() {
    let app = TestApp::spawn().await;
    app.setup_school().await;
    let before = app.slash(OWNER, "school info", &[]).await;
    assert!(before.ephemeral(), "{before:#?}");
    let (w, h, empty) = chart_of(&app, &before);
    assert_eq!((w, h), (800, 400));

    let created = app.create_invitation(OWNER, &[]).await;
    let joined = app
        .slash(NEWCOMER, "join", &[("code", json!(created.code))])
        .await;
    assert!(app.has_role(NEWCOMER, MEMBERS), "{joined:#?}");
    let after = app.slash(OWNER, "school info", &[]).await;
    let (w, h, one) = chart_of(&app, &after);
    assert_eq!((w, h), (800, 400));
    assert_ne!(empty, one, "the chart draws the join");
    assert!(after.text().contains("Members joined"), "{after:#?}");
}

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

/// The custom id of the button labelled `label` under a reply.
fn button(reply: &Reply, label: &str) -> String {
    reply.message["components"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|row| row["components"].as_array().cloned().unwrap_or_default())
        .find(|b| b["label"] == label)
        .and_then(|b| b["custom_id"].as_str().map(str::to_owned))
        .unwrap_or_else(|| panic!("no {label} button in {reply:#?}"))
}

#[tokio::test]
async fn invite_info_shows_a_chart_once_someone_joined_through_it() {
    let app = TestApp::spawn().await;
    app.setup_school().await;
    let created = app.create_invitation(OWNER, &[]).await;
    let nobody = app
        .slash(OWNER, "invite info", &[("code", json!(created.code))])
        .await;
    assert!(nobody.ephemeral(), "{nobody:#?}");
    assert!(nobody.field("Code").is_some(), "{nobody:#?}");
    assert!(no_chart(&nobody), "no chart without joins: {nobody:#?}");

    app.slash(NEWCOMER, "join", &[("code", json!(created.code))])
        .await;
    let one = app
        .slash(OWNER, "invite info", &[("code", json!(created.code))])
        .await;
    let (w, h, _) = chart_of(&app, &one);
    assert_eq!((w, h), (800, 400));

    // Eleven more joins (recorded straight in the database) make a second page; turning
    // to it keeps the chart, drawn again with them.
    let domain = app.domain();
    let owner = porter::domain::Actor {
        user_id: OWNER.into(),
        role_ids: Vec::new(),
        discord_admin: true,
    };
    let invitation = domain
        .invitation(GUILD.into(), &owner, &created.code)
        .await
        .unwrap();
    sqlx::query(
        "WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 11) \
         INSERT INTO joins (guild_id, user_id, invitation_id, method, joined_at) \
         SELECT $1, 10000000 + i, $2, 'link', $3 FROM n",
    )
    .bind(GUILD as i64)
    .bind(invitation.id.0)
    .bind(domain.now())
    .execute(domain.db().pool())
    .await
    .unwrap();
    let first = app
        .slash(OWNER, "invite info", &[("code", json!(created.code))])
        .await;
    let (_, _, first_pixels) = chart_of(&app, &first);
    let next = app
        .press(OWNER, &shown(&first), &button(&first, "Next"))
        .await;
    assert_eq!(next.kind, 7, "the page turns in place: {next:#?}");
    let (w, h, next_pixels) = chart_of(&app, &next);
    assert_eq!((w, h), (800, 400));
    assert_eq!(first_pixels, next_pixels, "the same chart on every page");
    let (_, _, one_pixels) = chart_of(&app, &one);
    assert_ne!(one_pixels, first_pixels, "the chart follows the joins");
}

#[tokio::test]
async fn the_chart_is_drawn_in_the_readers_language() {
    let app = TestApp::spawn().await;
    app.setup_school().await;
    let english = app.slash(OWNER, "school info", &[]).await;
    let (_, _, english) = chart_of(&app, &english);
    for locale in ["de", "es-ES"] {
        app.fake
            .update(|s| s.users.get_mut(&OWNER).expect("the owner").locale = locale.to_owned());
        let reply = app.slash(OWNER, "school info", &[]).await;
        let (w, h, pixels) = chart_of(&app, &reply);
        assert_eq!((w, h), (800, 400));
        assert_ne!(pixels, english, "the words of {locale} differ from English");
    }
}
