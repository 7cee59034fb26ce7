//! End to end: rosters (`/invite roster file:`), one personal invitation per row of a CSV
//! file, DMed to each, through the fake Discord (which serves the attached file and
//! searches members by username, as Discord does).

use crate::support;

use poise::serenity_prelude::Permissions;
use serde_json::{json, Value};
use support::fake_discord::{Role, State};
use support::world::*;
use support::{send_slash, TestApp, HERE};

/// A class role, below Porter's.
const YEAR7: u64 = 3_000_000_000_000_070;
/// A plain role, not on the school's list.
const CHOIR: u64 = 3_000_000_000_000_071;
/// An id no Discord user has.
const NOBODY: u64 = 299_999_999_999_999_999;

fn with_classes(mut state: State) -> State {
    let guild = state.guilds.get_mut(&GUILD).expect("the school's server");
    for (id, name) in [(YEAR7, "Year 7"), (CHOIR, "Choir")] {
        guild.roles.push(Role {
            id,
            name: name.to_owned(),
            position: 2,
            permissions: Permissions::empty().bits(),
            managed: false,
        });
    }
    state
}

/// Porter in `state` (with the roles Year 7 and Choir), its school set up with Year 7 on
/// the list of class roles.
async fn school(state: State) -> TestApp {
    let app = TestApp::spawn_with(with_classes(state)).await;
    app.setup_school().await;
    let added = app
        .slash(OWNER, "school roles add", &[("role", json!(YEAR7))])
        .await;
    assert!(added.text().contains("is now a class role"), "{added:#?}");
    app
}

/// Sends `/invite roster` by the owner with `file` attached as `name`; returns the token.
fn roster(app: &TestApp, name: &str, file: &str, more: &[support::Opt<'_>]) -> String {
    let id = app.fake.user_file(name, Some("text/csv"), file.as_bytes());
    let mut opts = vec![("file", json!(id))];
    opts.extend(more.iter().cloned());
    send_slash(&app.fake, HERE, OWNER, "invite roster", &opts)
}

/// The end of a roster run: the reply's last edit once it says how many rows were done.
async fn end_of(app: &TestApp, token: &str) -> Value {
    app.fake
        .wait_for("the end of the roster", |s| {
            s.interactions[token]
                .edits
                .iter()
                .rev()
                .find(|e| {
                    e["content"]
                        .as_str()
                        .is_some_and(|c| c.contains("rows done."))
                })
                .cloned()
        })
        .await
}

/// The rows of the results file attached to `end`, by the header's names.
fn results(app: &TestApp, end: &Value) -> Vec<std::collections::BTreeMap<String, String>> {
    let url = end["attachments"][0]["url"]
        .as_str()
        .unwrap_or_else(|| panic!("a results file in {end:#}"));
    assert!(url.ends_with("-results.csv"), "{url}");
    let bytes = app.fake.state().uploads[url].clone();
    let mut reader = csv::Reader::from_reader(bytes.as_slice());
    let header: Vec<String> = reader
        .headers()
        .expect("a header")
        .iter()
        .map(str::to_owned)
        .collect();
    reader
        .records()
        .map(|r| {
            header
                .iter()
                .cloned()
                .zip(r.expect("a record").iter().map(str::to_owned))
                .collect()
        })
        .collect()
}

fn content(edit: &Value) -> &str {
    edit["content"].as_str().unwrap_or("")
}

#[tokio::test]
async fn a_roster_makes_a_personal_invitation_per_row_dms_each_and_reports_every_row() {
    let app = school(standard()).await;
    let file = format!(
        "username,class\n\
         {NEWCOMER},Year 7\n\
         parent\n\
         {CLOSED_DMS}\n\
         {OUTSIDER}\n\
         ghost\n\
         {NOBODY}\n\
         {OTHER_BOT}\n\
         ,\n\
         {TEACHER},Choir\n"
    );
    let token = roster(&app, "year_7.csv", &file, &[("expires_in", json!("14d"))]);
    let end = end_of(&app, &token).await;
    let text = content(&end);
    assert!(
        text.contains("**Roster 1** (`year_7.csv`): 9 of 9 rows done."),
        "{text}"
    );
    assert!(text.contains("✅ 2 sent by DM."), "{text}");
    assert!(text.contains("⚠️ 2 DMs closed"), "{text}");
    assert!(text.contains("**Pass those on yourself**"), "{text}");
    assert!(text.contains("❓ 2 unknown users (rows 6, 7)"), "{text}");
    assert!(
        text.contains("❌ 3 bad rows skipped (rows 8, 9, 10)"),
        "{text}"
    );
    let first = app.fake.state().interactions[&token].callbacks[0].clone();
    assert_eq!(first["type"], 5, "deferred");
    assert_eq!(first["data"]["flags"], 64, "ephemeral");

    let rows = results(&app, &end);
    let outcome = |line: &str| {
        let row = rows.iter().find(|r| r["row"] == line).expect("the row");
        (row["outcome"].as_str(), row["detail"].clone())
    };
    let seen: Vec<(&str, &str)> = rows
        .iter()
        .map(|r| (r["row"].as_str(), r["outcome"].as_str()))
        .collect();
    assert_eq!(
        seen,
        [
            ("2", "sent"),
            ("3", "sent"),
            ("4", "dm_closed"),
            ("5", "dm_closed"),
            ("6", "unknown_user"),
            ("7", "unknown_user"),
            ("8", "bad_row"),
            ("9", "bad_row"),
            ("10", "bad_row"),
        ]
    );
    assert!(outcome("6").1.contains("can only be named by user id"));
    assert!(outcome("8").1.contains("a bot"));
    assert!(outcome("9").1.contains("empty"));
    assert!(
        outcome("10").1.contains("`Choir` is not one of"),
        "{rows:?}"
    );
    // The username row names the member Discord's search found.
    let parent = rows.iter().find(|r| r["row"] == "3").unwrap();
    assert_eq!(parent["user_id"], PARENT.to_string());
    assert_eq!(parent["user_name"], "parent");
    assert!(app.count("GET", "/guilds/*/members/search") >= 2);

    // Each made row: a personal invitation with its code and targeted link, DMed when
    // Discord delivers it; undelivered ones have theirs in the file to pass on.
    let mut made = 0;
    for row in rows.iter().filter(|r| !r["code"].is_empty()) {
        made += 1;
        let user: u64 = row["user_id"].parse().unwrap();
        let link_code = row["link"].rsplit('/').next().unwrap();
        let state = app.fake.state();
        assert_eq!(state.invite_targets[link_code], [user], "{row:?}");
        let dms: Vec<String> = state
            .dms_to(user)
            .iter()
            .map(|m| support::message_text(m))
            .collect();
        if row["outcome"] == "sent" {
            assert!(dms.iter().any(|d| d.contains(&row["code"])), "{dms:?}");
        } else {
            assert!(dms.is_empty(), "{dms:?}");
        }
    }
    assert_eq!(made, 4);
    let newcomer = rows.iter().find(|r| r["row"] == "2").unwrap();
    assert_eq!(newcomer["roles"], YEAR7.to_string());
    let link_code = newcomer["link"].rsplit('/').next().unwrap().to_owned();
    let roles = app.fake.state().invites[&link_code].role_ids.clone();
    assert_eq!(roles, [MEMBERS, YEAR7]);

    // The code works for its person, once: they get the member role and Year 7.
    let joined = app
        .slash(NEWCOMER, "join", &[("code", json!(newcomer["code"]))])
        .await;
    assert!(app.has_role(NEWCOMER, MEMBERS), "{joined:#?}");
    assert!(app.has_role(NEWCOMER, YEAR7));

    // `resume:` on a finished roster shows what it did again, and makes nothing more.
    let invites = app.count("POST", "/channels/*/invites");
    let again = send_slash(
        &app.fake,
        HERE,
        OWNER,
        "invite roster",
        &[("resume", json!(1))],
    );
    let end = end_of(&app, &again).await;
    assert!(content(&end).contains("✅ 2 sent by DM."), "{end:#}");
    assert_eq!(results(&app, &end).len(), 9);
    assert_eq!(app.count("POST", "/channels/*/invites"), invites);
    app.stop().await;
}

#[tokio::test]
async fn files_too_large_not_text_or_too_long_are_refused_before_anything_is_made() {
    let app = school(standard()).await;
    let ask = async |id: u64, more: &[support::Opt<'_>]| {
        let mut opts = vec![("file", json!(id))];
        opts.extend(more.iter().cloned());
        let token = send_slash(&app.fake, HERE, OWNER, "invite roster", &opts);
        support::answer(&app.fake, &token, "/invite roster").await
    };
    // Too large: refused from the size Discord gives, before downloading it.
    let big = app
        .fake
        .user_file("big.csv", Some("text/csv"), &vec![b'1'; 129 * 1024]);
    let reply = ask(big, &[]).await;
    assert!(reply.ephemeral());
    assert!(
        reply.content().contains("may be at most 128 KB"),
        "{reply:#?}"
    );
    assert_eq!(app.count("GET", "/attachments/*/*"), 0, "not downloaded");
    // Not a CSV file.
    let photo = app
        .fake
        .user_file("class.png", Some("image/png"), b"\x89PNG\r\n");
    let reply = ask(photo, &[]).await;
    assert!(reply.content().contains("is not a CSV file"), "{reply:#?}");
    // Not text, though named .csv.
    let binary = app
        .fake
        .user_file("class.csv", Some("text/csv"), &[0xff, 0xfe, 0, 1]);
    let reply = ask(binary, &[]).await;
    assert!(
        reply.content().contains("That file is not text"),
        "{reply:#?}"
    );
    // More than 500 rows.
    let long: String = (0..501)
        .map(|i| format!("{}\n", 200_000_000_000_000_000u64 + i))
        .collect();
    let long = app
        .fake
        .user_file("all.csv", Some("text/csv"), long.as_bytes());
    let reply = ask(long, &[]).await;
    assert!(
        reply
            .content()
            .contains("That file has 501 rows; a roster takes at most 500"),
        "{reply:#?}"
    );
    // A role the school does not offer, for every row.
    let one = app
        .fake
        .user_file("one.csv", Some("text/csv"), NEWCOMER.to_string().as_bytes());
    let reply = ask(one, &[("role", json!(CHOIR))]).await;
    assert!(
        reply
            .content()
            .contains("is not one of this school's class roles"),
        "{reply:#?}"
    );
    // No file, a file with resume:, an unknown roster, someone who may not create.
    let reply = app.slash(OWNER, "invite roster", &[]).await;
    assert!(
        reply.content().contains("Attach the list as `file:`"),
        "{reply:#?}"
    );
    let reply = ask(one, &[("resume", json!(1))]).await;
    assert!(
        reply.content().contains("Give `resume:` alone"),
        "{reply:#?}"
    );
    let reply = app
        .slash(OWNER, "invite roster", &[("resume", json!(99))])
        .await;
    assert!(reply.content().contains("no roster 99"), "{reply:#?}");
    let token = send_slash(
        &app.fake,
        HERE,
        NEWCOMER,
        "invite roster",
        &[("file", json!(one))],
    );
    let reply = support::answer(&app.fake, &token, "/invite roster").await;
    assert!(reply.ephemeral());
    assert!(reply.content().contains("create"), "{reply:#?}");

    let rosters: i64 = sqlx::query_scalar("SELECT count(*) FROM rosters")
        .fetch_one(app.domain().db().pool())
        .await
        .unwrap();
    assert_eq!(rosters, 0);
    assert_eq!(app.count("POST", "/channels/*/invites"), 0);
    app.stop().await;
}

#[tokio::test]
async fn long_lists_show_progress_and_a_stopped_roster_resumes_without_a_second_invitation() {
    let (state, pupils) = standard_with_members(5_000_000_000_000_000, 60, "pupil");
    let app = school(state).await;
    let file: String = pupils.iter().map(|p| format!("{p}\n")).collect();
    // Discord fails the first five invites: Porter stops rather than hammer it.
    app.fake
        .fail("POST", "/channels/*/invites", 500, 0, Some(5));
    let token = roster(&app, "pupils.csv", &file, &[]);
    let end = end_of(&app, &token).await;
    let text = content(&end);
    assert!(text.contains("0 of 60 rows done."), "{text}");
    assert!(
        text.contains("🔁 60 not done yet (5 failed: rows 1, 2, 3, 4, 5)"),
        "{text}"
    );
    assert!(
        text.contains("Porter stopped after 5 rows in a row failed"),
        "{text}"
    );
    assert!(text.contains("`/invite roster resume:1`"), "{text}");
    assert_eq!(app.count("POST", "/channels/*/invites"), 5);

    let token = send_slash(
        &app.fake,
        HERE,
        OWNER,
        "invite roster",
        &[("resume", json!(1))],
    );
    let end = end_of(&app, &token).await;
    assert!(content(&end).contains("60 of 60 rows done."), "{end:#}");
    assert!(content(&end).contains("✅ 60 sent by DM."), "{end:#}");
    // Progress along the way, every 25 rows at most: not an edit per row.
    let edits: Vec<String> = app.fake.state().interactions[&token]
        .edits
        .iter()
        .map(|e| content(e).to_owned())
        .collect();
    assert!(edits[0].contains("0/60"), "{edits:#?}");
    assert!(edits.iter().any(|e| e.contains("25/60")), "{edits:#?}");
    assert!(edits.len() <= 60 / 25 + 3, "{edits:#?}");
    // One invitation a person, each sent once.
    let personal: i64 = sqlx::query_scalar("SELECT count(DISTINCT recipient_id) FROM invitations")
        .fetch_one(app.domain().db().pool())
        .await
        .unwrap();
    assert_eq!(personal, 60);
    assert_eq!(app.count("POST", "/channels/*/invites"), 65);
    for pupil in &pupils {
        assert_eq!(app.fake.state().dms_to(*pupil).len(), 1);
    }
    app.stop().await;
}

#[tokio::test]
async fn a_roster_cut_short_by_a_restart_is_taken_up_and_no_row_gets_two_invitations() {
    let (state, pupils) = standard_with_members(5_000_000_000_000_100, 3, "pupil");
    let mut app = school(state).await;
    let file: String = pupils.iter().map(|p| format!("{p}\n")).collect();
    // The first DM never comes back: Porter stops while it waits.
    app.fake.hold("POST", "/channels/*/messages");
    roster(&app, "pupils.csv", &file, &[("send", json!(true))]);
    app.fake
        .wait_for("the first DM under way", |s| {
            (s.pending().count() == 1).then_some(())
        })
        .await;
    app.stop_bot_within(std::time::Duration::from_millis(200))
        .await;
    app.fake.stop_holding();
    app.start_bot().await;

    let token = send_slash(
        &app.fake,
        HERE,
        OWNER,
        "invite roster",
        &[("resume", json!(1))],
    );
    let end = end_of(&app, &token).await;
    assert!(content(&end).contains("3 of 3 rows done."), "{end:#}");
    assert!(content(&end).contains("✅ 3 sent by DM."), "{end:#}");
    let rows = results(&app, &end);
    assert!(rows.iter().all(|r| r["outcome"] == "sent"), "{rows:?}");
    // The row made before the stop kept its invitation: it was sent, not made again.
    assert_eq!(app.count("POST", "/channels/*/invites"), 3);
    let invitations: i64 = sqlx::query_scalar("SELECT count(*) FROM invitations")
        .fetch_one(app.domain().db().pool())
        .await
        .unwrap();
    assert_eq!(invitations, 3);
    for pupil in &pupils {
        assert_eq!(app.fake.state().dms_to(*pupil).len(), 1, "{pupil}");
    }
}

#[tokio::test]
async fn discord_rate_limits_on_invites_are_waited_out_not_counted_as_failures() {
    let (state, pupils) = standard_with_members(5_000_000_000_000_200, 2, "pupil");
    let app = school(state).await;
    let file: String = pupils.iter().map(|p| format!("{p}\n")).collect();
    // Targeted invites go out beside serenity's rate limiter: Porter waits as Discord asks.
    app.fake
        .rate_limit("POST", "/channels/*/invites", 0.2, Some(1));
    let token = roster(&app, "pupils.csv", &file, &[]);
    let end = end_of(&app, &token).await;
    assert!(content(&end).contains("✅ 2 sent by DM."), "{end:#}");
    let statuses: Vec<u16> = app
        .requests("POST", "/channels/*/invites")
        .iter()
        .map(|r| r.status)
        .collect();
    assert_eq!(statuses, [429, 200, 200]);
    app.stop().await;
}
