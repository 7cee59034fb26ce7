//! End to end: `/invite export` and `/school export` attach CSV files to ephemeral replies
//! (multipart uploads, as Discord takes them), read back here from the fake.

use crate::support;

use poise::serenity_prelude::Permissions;
use serde_json::json;
use support::fake_discord::{Role, State};
use support::world::*;
use support::{log_line_with, Reply, TestApp};

const ARRIVAL: u64 = 2_100_000_000_000_021;

fn world() -> State {
    let mut state = standard();
    add_user(&mut state, ARRIVAL, "=cmd|' /C calc'!A0");
    state
}

/// The rows (header first) of the one CSV file attached to a reply, and its file name.
fn csv_of(app: &TestApp, reply: &Reply) -> (String, Vec<Vec<String>>) {
    let attachments = reply.message["attachments"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert_eq!(attachments.len(), 1, "{:?}", reply.message);
    let url = attachments[0]["url"].as_str().expect("a url");
    let bytes = app.fake.state().uploads[url].clone();
    assert_eq!(attachments[0]["size"], bytes.len());
    let rows = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(bytes.as_slice())
        .records()
        .map(|r| r.expect("a CSV record").iter().map(str::to_owned).collect())
        .collect();
    (
        attachments[0]["filename"].as_str().unwrap().to_owned(),
        rows,
    )
}

/// The value of `column` in `row`, by the header.
fn at<'a>(rows: &'a [Vec<String>], row: usize, column: &str) -> &'a str {
    let i = rows[0].iter().position(|h| h == column).expect(column);
    &rows[row][i]
}

#[tokio::test]
async fn joins_and_invitations_export_as_csv_files() {
    let mut app = TestApp::spawn_with(world()).await;
    app.setup_school().await;
    let year7 = app
        .create_invitation(OWNER, &[("label", json!("=HYPERLINK(\"x\") Year 7"))])
        .await;
    let clubs = app
        .create_invitation(OWNER, &[("label", json!("Clubs")), ("max_uses", json!(5))])
        .await;
    app.slash(NEWCOMER, "join", &[("code", json!(year7.code))])
        .await;
    app.fake.accept_invite(clubs.invite_code(), ARRIVAL);
    log_line_with(&app.fake, &["📥", &format!("<@{ARRIVAL}>")]).await;
    app.advance(60);
    app.fake.member_leaves(GUILD, ARRIVAL);
    log_line_with(&app.fake, &["📤", &format!("<@{ARRIVAL}>")]).await;
    app.slash(OWNER, "invite revoke", &[("code", json!(clubs.code))])
        .await;

    // Every join of the school, oldest first.
    let reply = app.slash(OWNER, "invite export", &[]).await;
    assert!(reply.ephemeral());
    assert!(
        app.fake.state().invalid_bodies.is_empty(),
        "{:?}",
        app.fake.state().invalid_bodies
    );
    assert_eq!(reply.content(), "2 joins, attached.");
    let (name, rows) = csv_of(&app, &reply);
    assert_eq!(name, "joins.csv");
    assert_eq!(rows.len(), 3, "{rows:?}");
    assert_eq!(at(&rows, 1, "user_id"), NEWCOMER.to_string());
    assert_eq!(at(&rows, 1, "user_name"), "newcomer");
    assert_eq!(at(&rows, 1, "how"), "code");
    assert_eq!(at(&rows, 1, "invitation_code"), year7.code);
    // A label a spreadsheet would run is written as text.
    assert_eq!(
        at(&rows, 1, "invitation_label"),
        "'=HYPERLINK(\"x\") Year 7"
    );
    assert_eq!(at(&rows, 1, "roles_given"), format!("Members ({MEMBERS})"));
    assert_eq!(at(&rows, 1, "left"), "no");
    assert_eq!(at(&rows, 2, "user_id"), ARRIVAL.to_string());
    assert_eq!(at(&rows, 2, "user_name"), "'=cmd|' /C calc'!A0");
    assert_eq!(at(&rows, 2, "how"), "link");
    assert_eq!(at(&rows, 2, "invitation_label"), "Clubs");
    assert_eq!(at(&rows, 2, "left"), "yes");
    assert!(at(&rows, 2, "left_at").ends_with('Z'), "{rows:?}");
    assert!(at(&rows, 2, "joined_at").ends_with('Z'), "{rows:?}");

    // One invitation's joins.
    let reply = app
        .slash(OWNER, "invite export", &[("code", json!(clubs.code))])
        .await;
    assert_eq!(reply.content(), "1 join, attached.");
    let (name, rows) = csv_of(&app, &reply);
    assert_eq!(name, format!("joins-{}.csv", clubs.code));
    assert_eq!(rows.len(), 2, "{rows:?}");
    assert_eq!(at(&rows, 1, "user_id"), ARRIVAL.to_string());

    // Every invitation, with its state.
    let reply = app.slash(OWNER, "school export", &[]).await;
    assert!(reply.ephemeral());
    assert_eq!(reply.content(), "2 invitations, attached.");
    let (name, rows) = csv_of(&app, &reply);
    assert!(
        name.starts_with("invitations-") && name.ends_with(".csv"),
        "{name}"
    );
    assert_eq!(rows.len(), 3, "{rows:?}");
    assert_eq!(at(&rows, 1, "code"), year7.code);
    assert_eq!(at(&rows, 1, "state"), "active");
    assert_eq!(at(&rows, 1, "joins"), "1");
    assert_eq!(at(&rows, 1, "max_uses"), "");
    assert_eq!(at(&rows, 2, "code"), clubs.code);
    assert_eq!(at(&rows, 2, "label"), "Clubs");
    assert_eq!(at(&rows, 2, "state"), "revoked");
    assert_eq!(at(&rows, 2, "max_uses"), "5");
    assert_eq!(at(&rows, 2, "uses"), "1");
    assert_eq!(at(&rows, 2, "created_by_id"), OWNER.to_string());
    assert_eq!(at(&rows, 2, "revoked_by_id"), OWNER.to_string());

    // The uploads were multipart bodies Discord takes.
    {
        let state = app.fake.state();
        assert!(
            state.invalid_bodies.is_empty(),
            "{:?}",
            state.invalid_bodies
        );
        assert!(
            state.answers_off_spec.is_empty(),
            "{:?}",
            state.answers_off_spec
        );
    }

    // After a restart Porter's cache is empty: the names of members come from Discord's
    // list of them; someone who left is named by id alone.
    app.restart().await;
    let reply = app.slash(OWNER, "invite export", &[]).await;
    let (_, rows) = csv_of(&app, &reply);
    assert_eq!(at(&rows, 1, "user_name"), "newcomer");
    assert_eq!(at(&rows, 2, "user_id"), ARRIVAL.to_string());
    assert_eq!(at(&rows, 2, "user_name"), "");
    assert!(app.count("GET", &format!("/guilds/{GUILD}/members")) >= 1);
}

#[tokio::test]
async fn only_revoke_or_manage_may_export() {
    let app = TestApp::spawn_with(world()).await;
    app.setup_school().await;
    for permission in ["create", "share"] {
        app.slash(
            OWNER,
            "permissions grant",
            &[("role", json!(TEACHERS)), ("permission", json!(permission))],
        )
        .await;
    }
    for command in ["invite export", "school export"] {
        let reply = app.slash(TEACHER, command, &[]).await;
        assert!(reply.ephemeral());
        assert!(
            reply.text().contains("revoke"),
            "{command}: {}",
            reply.text()
        );
        assert!(reply.message["attachments"]
            .as_array()
            .is_none_or(|a| a.is_empty()));
    }
    app.slash(
        OWNER,
        "permissions grant",
        &[("role", json!(TEACHERS)), ("permission", json!("revoke"))],
    )
    .await;
    let reply = app.slash(TEACHER, "invite export", &[]).await;
    assert_eq!(
        reply.content(),
        "No joins yet: the file holds only the header row."
    );
    let (_, rows) = csv_of(&app, &reply);
    assert_eq!(rows.len(), 1);
    // A code of another kind of mistake gets the usual answer.
    let reply = app
        .slash(TEACHER, "invite export", &[("code", json!("ZZZZZ-ZZZZZ"))])
        .await;
    assert!(
        reply.text().contains("not a valid invitation"),
        "{}",
        reply.text()
    );
}

#[tokio::test]
async fn an_export_over_discords_file_limit_comes_in_several_files() {
    const JOINS: i64 = 60_000;
    let app = TestApp::spawn_with(world()).await;
    app.setup_school().await;
    let label = "x".repeat(100);
    let created = app
        .create_invitation(OWNER, &[("label", json!(label))])
        .await;
    // Seeded straight into the database: 60,000 joins of ~200 bytes each make 12 MB.
    let pool = app.domain().db().pool().clone();
    let now = app.fake.state().now;
    let id: i64 = sqlx::query_scalar("SELECT id FROM invitations WHERE code = $1")
        .bind(created.code.replace('-', ""))
        .fetch_one(&pool)
        .await
        .unwrap();
    sqlx::query(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $1) \
         INSERT INTO joins (guild_id, user_id, invitation_id, method, joined_at) \
         SELECT $2, $3 + i, $4, 'code', $5 FROM n",
    )
    .bind(JOINS)
    .bind(GUILD as i64)
    .bind(2_500_000_000_000_000_i64)
    .bind(id)
    .bind(now)
    .execute(&pool)
    .await
    .unwrap();

    let token = support::send_slash(&app.fake, support::HERE, OWNER, "invite export", &[]);
    let messages = app
        .fake
        .wait_for("the export's last file", |s| {
            let log = &s.interactions[&token];
            log.followups
                .iter()
                .any(|m| {
                    m["content"]
                        .as_str()
                        .unwrap_or("")
                        .contains("the last file")
                })
                .then(|| log.followups.clone())
        })
        .await;
    assert_eq!(
        messages.len(),
        2,
        "{:?}",
        messages.iter().map(|m| &m["content"]).collect::<Vec<_>>()
    );
    let mut users = Vec::new();
    for (n, message) in messages.iter().enumerate() {
        let reply = Reply {
            kind: 5,
            flags: 64,
            message: message.clone(),
        };
        let (name, rows) = csv_of(&app, &reply);
        assert_eq!(name, format!("joins-{}.csv", n + 1));
        assert_eq!(rows[0][0], "user_id", "every file has the header row");
        let size = message["attachments"][0]["size"].as_u64().unwrap();
        assert!(size <= 10 * 1024 * 1024, "{size}");
        users.extend(rows[1..].iter().map(|r| r[0].parse::<i64>().unwrap()));
    }
    let first = messages[0]["content"].as_str().unwrap();
    assert!(first.starts_with("Joins 1–"), "{first}");
    assert!(first.contains("more files follow"), "{first}");
    let last = messages[1]["content"].as_str().unwrap();
    assert!(last.ends_with("60,000 in 2 files in all."), "{last}");
    // Every join once, oldest first.
    let expected: Vec<i64> = (1..=JOINS).map(|i| 2_500_000_000_000_000 + i).collect();
    assert_eq!(users, expected);
}

/// A class role of the school, below Porter's.
const YEAR7: u64 = 3_000_000_000_000_070;

#[tokio::test]
async fn exports_name_the_class_roles_given_their_term_and_whom_a_personal_invitation_is_for() {
    let mut state = world();
    state.guilds.get_mut(&GUILD).unwrap().roles.push(Role {
        id: YEAR7,
        name: "Year 7".to_owned(),
        position: 2,
        permissions: Permissions::empty().bits(),
        managed: false,
    });
    let app = TestApp::spawn_with(state).await;
    app.setup_school().await;
    app.slash(OWNER, "school roles add", &[("role", json!(YEAR7))])
        .await;
    let year7 = app
        .create_invitation(
            OWNER,
            &[
                ("label", json!("Year 7")),
                ("role", json!(YEAR7)),
                ("roles_until", json!("7d")),
            ],
        )
        .await;
    let sam = app
        .create_invitation(
            OWNER,
            &[
                ("label", json!("Sam")),
                ("for", json!(PARENT)),
                ("send", json!(false)),
            ],
        )
        .await;
    app.slash(NEWCOMER, "join", &[("code", json!(year7.code))])
        .await;
    app.slash(PARENT, "join", &[("code", json!(sam.code))])
        .await;
    // After the term a join by code gets the member role alone.
    app.advance(8 * 86400);
    app.fake.accept_invite(
        &app.fake.create_invite_by_hand(GUILD, WELCOME, OWNER, 0),
        ARRIVAL,
    );
    app.slash(ARRIVAL, "join", &[("code", json!(year7.code))])
        .await;

    let reply = app.slash(OWNER, "invite export", &[]).await;
    let (_, rows) = csv_of(&app, &reply);
    assert_eq!(rows.len(), 4, "{rows:?}");
    let members = format!("Members ({MEMBERS})");
    assert_eq!(
        at(&rows, 1, "roles_given"),
        format!("{members}; Year 7 ({YEAR7})")
    );
    assert_eq!(at(&rows, 2, "roles_given"), members);
    assert_eq!(at(&rows, 3, "user_id"), ARRIVAL.to_string());
    assert_eq!(at(&rows, 3, "roles_given"), members, "after the term");

    let reply = app.slash(OWNER, "school export", &[]).await;
    let (_, rows) = csv_of(&app, &reply);
    assert_eq!(rows.len(), 3, "{rows:?}");
    assert_eq!(at(&rows, 1, "class_roles"), format!("Year 7 ({YEAR7})"));
    // Seven days after the start of 2026.
    assert_eq!(at(&rows, 1, "roles_until"), "2026-01-08T00:00:00Z");
    assert_eq!(at(&rows, 1, "for_id"), "");
    assert_eq!(at(&rows, 2, "for_id"), PARENT.to_string());
    assert_eq!(at(&rows, 2, "for_name"), "parent");
    assert_eq!(at(&rows, 2, "class_roles"), "");
    assert_eq!(at(&rows, 2, "roles_until"), "");
    app.stop().await;
}
