//! End to end: data retention and erasure. `/school forget` with its Confirm and Cancel
//! buttons; Porter removed from a server (GUILD_DELETE) and added back (GUILD_CREATE), an
//! outage, and erasure once the school was left long enough ago; old joins and audit
//! entries by age.
//!
//! The periodic work runs hourly, too slowly for a test: a test moves the clock and then
//! either calls [`TestApp::apply_retention`] (the bot's `apply_retention`, which is what the
//! hourly work runs, awaited to its end) or restarts Porter (the new READY looks after the
//! schools of its shard, and the start-up pass, the periodic work's first and immediate
//! run, erases old joins and audit entries).

use crate::support;

use poise::serenity_prelude::Permissions;
use porter::domain::{Actor, GuildId, RoleFacts, RoleId, SchoolSetup, UserId};
use serde_json::{json, Value};
use support::fake_discord::Role;
use support::world::*;
use support::{eventually, Reply, SentMessage, TestApp};

const DAY: i64 = 24 * 3600;
/// Holds Discord's Administrator permission through the Principals role.
const PRINCIPAL: u64 = 2_000_000_000_000_101;
const PRINCIPALS: u64 = 3_000_000_000_000_101;

/// The standard world with [`PRINCIPAL`], a server administrator who does not own it.
fn with_principal() -> support::State {
    let mut state = standard();
    state
        .guilds
        .get_mut(&GUILD)
        .expect("the school's server")
        .roles
        .push(Role {
            id: PRINCIPALS,
            name: "Principals".to_owned(),
            position: 3,
            permissions: Permissions::ADMINISTRATOR.bits(),
            managed: false,
        });
    add_member(&mut state, PRINCIPAL, "principal", vec![PRINCIPALS]);
    state
}

/// Each table's rows of the school's server.
async fn rows_of_school(app: &TestApp) -> Vec<(&'static str, i64)> {
    support::rows::school_rows(app.domain().db(), GUILD).await
}

/// When Porter was removed from the school's server, per its database; `None` while it is
/// in it (or there is no school).
async fn left_at(app: &TestApp) -> Option<i64> {
    app.domain()
        .presences()
        .await
        .expect("a query")
        .into_iter()
        .find(|p| p.guild_id == GuildId::new(GUILD))
        .and_then(|p| p.left_at)
}

/// A school with rows in most tables: set up, a permission granted, two invitations with
/// links (one posted in a channel), a join by code and a wrong code. Returns the links'
/// codes.
async fn busy_school(app: &TestApp) -> Vec<String> {
    app.setup_school().await;
    app.slash(
        OWNER,
        "permissions grant",
        &[("role", json!(TEACHERS)), ("permission", json!("create"))],
    )
    .await;
    let first = app
        .create_invitation(OWNER, &[("channel", json!(WELCOME))])
        .await;
    let second = app
        .create_invitation(OWNER, &[("max_uses", json!(3))])
        .await;
    let reply = app
        .slash(PARENT, "join", &[("code", json!(first.code))])
        .await;
    assert!(reply.content().starts_with("Welcome"), "{reply:#?}");
    let reply = app
        .slash(NEWCOMER, "join", &[("code", json!("ZZZZZ-ZZZZZ"))])
        .await;
    assert!(
        reply.content().contains("not a valid invitation"),
        "{reply:#?}"
    );
    let links = vec![
        first.invite_code().to_owned(),
        second.invite_code().to_owned(),
    ];
    settled(app, &links).await;
    links
}

/// Waits for the rows Porter writes after its replies, so that a count of the school's rows
/// taken now stays true: the links followed (their INVITE_CREATE, handled when it comes)
/// and the join by code confirmed (after its answer, its pending mark is taken off).
async fn settled(app: &TestApp, links: &[String]) {
    eventually(async || {
        let db = app.domain().db().clone();
        let followed: i64 = sqlx::query_scalar(&format!(
            "SELECT count(*) FROM discord_invite_uses WHERE guild_id = {GUILD} AND code IN ('{}')",
            links.join("', '")
        ))
        .fetch_one(db.pool())
        .await
        .expect("a count");
        let pending: i64 = sqlx::query_scalar(&format!(
            "SELECT count(*) FROM pending_joins WHERE join_id IN \
             (SELECT id FROM joins WHERE guild_id = {GUILD})"
        ))
        .fetch_one(db.pool())
        .await
        .expect("a count");
        if followed == links.len() as i64 && pending == 0 {
            Ok(())
        } else {
            Err(format!(
                "links followed: {followed}, joins pending: {pending}"
            ))
        }
    })
    .await
}

/// The message a reply shows, to press its buttons.
fn shown(reply: &Reply) -> SentMessage {
    SentMessage {
        id: 900_000_000_000_000_001,
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

/// A reply's buttons are gone.
fn no_buttons(message: &Value) -> bool {
    message["components"]
        .as_array()
        .is_none_or(|rows| rows.is_empty())
}

#[tokio::test]
async fn forget_with_confirm_erases_everything_and_deletes_the_links() {
    let app = TestApp::spawn().await;
    let links = busy_school(&app).await;
    assert!(rows_of_school(&app).await.iter().any(|(_, n)| *n > 0));

    let ask = app.slash(OWNER, "school forget", &[]).await;
    assert!(ask.ephemeral(), "{ask:#?}");
    let text = ask.text();
    for counted in [
        "**2 invitations**",
        "**2 links**",
        "**1 join**",
        "**1 grant**",
        "cannot be undone",
    ] {
        assert!(text.contains(counted), "{counted} in {text}");
    }
    assert!(
        app.domain()
            .find_school(GUILD.into())
            .await
            .unwrap()
            .is_some(),
        "not yet"
    );

    let done = app
        .press(OWNER, &shown(&ask), &button(&ask, "Erase everything"))
        .await;
    assert_eq!(done.kind, 6, "the press is acknowledged at once: {done:#?}");
    let text = done.text();
    assert!(
        text.contains("School data erased") && text.contains("deleted 2 of its 2 links"),
        "{text}"
    );
    assert!(no_buttons(&done.message), "{done:#?}");

    // Every row of the school is gone, and its links in Discord.
    for (table, n) in rows_of_school(&app).await {
        assert_eq!(n, 0, "{table} still has rows of the school");
    }
    {
        let state = app.fake.state();
        for link in &links {
            assert!(!state.invites.contains_key(link), "{link} still works");
            assert!(state.deleted_invites.contains(link), "{link}");
        }
    }
    let info = app.slash(OWNER, "school info", &[]).await;
    assert!(
        info.content().contains("isn't set up as a school yet"),
        "{info:#?}"
    );
    // A second press (a double click) finds nothing left to erase.
    let again = app
        .press(OWNER, &shown(&ask), &button(&ask, "Erase everything"))
        .await;
    assert!(again.text().contains("already erased"), "{again:#?}");
    app.stop().await;
}

#[tokio::test]
async fn forget_can_be_cancelled_and_its_question_expires() {
    let app = TestApp::spawn().await;
    let links = busy_school(&app).await;
    let before = rows_of_school(&app).await;

    let ask = app.slash(OWNER, "school forget", &[]).await;
    let cancelled = app
        .press(OWNER, &shown(&ask), &button(&ask, "Cancel"))
        .await;
    assert_eq!(
        cancelled.kind, 7,
        "the question is replaced: {cancelled:#?}"
    );
    assert_eq!(cancelled.content(), "Cancelled: nothing was erased.");
    assert!(cancelled.embeds().is_empty() && no_buttons(&cancelled.message));

    // Confirming after the question expired erases nothing either.
    let ask = app.slash(OWNER, "school forget", &[]).await;
    app.advance(121);
    let late = app
        .press(OWNER, &shown(&ask), &button(&ask, "Erase everything"))
        .await;
    assert!(
        late.content().contains("expired, so nothing was erased"),
        "{late:#?}"
    );
    assert!(no_buttons(&late.message));

    assert_eq!(rows_of_school(&app).await, before);
    assert!(links
        .iter()
        .all(|l| app.fake.state().invites.contains_key(l)));
    assert_eq!(app.count("DELETE", "/invites/*"), 0);
    app.stop().await;
}

#[tokio::test]
async fn only_an_administrator_may_forget_and_only_they_may_answer() {
    let app = TestApp::spawn_with(with_principal()).await;
    busy_school(&app).await;
    let before = rows_of_school(&app).await;

    // Manage Server (ADMIN, through Staff) is not enough, nor Porter's own permissions.
    for user in [ADMIN, TEACHER] {
        let refused = app.slash(user, "school forget", &[]).await;
        assert!(refused.ephemeral());
        assert!(
            refused.content().contains("Only a server administrator")
                && refused
                    .content()
                    .contains("Manage Server alone is not enough"),
            "{refused:#?}"
        );
        assert!(refused.message["components"]
            .as_array()
            .is_none_or(|c| c.is_empty()));
    }

    // An administrator who does not own the server may.
    let ask = app.slash(PRINCIPAL, "school forget", &[]).await;
    assert!(ask.text().contains("Erase this school's data?"), "{ask:#?}");
    // Anyone else pressing is refused, even the owner, and the question stays.
    for user in [OWNER, ADMIN] {
        let other = app
            .press(user, &shown(&ask), &button(&ask, "Erase everything"))
            .await;
        assert_eq!(other.kind, 4, "{other:#?}");
        assert!(other.ephemeral());
        assert!(
            other
                .content()
                .contains(&format!("Only <@{PRINCIPAL}>, who ran `/school forget`")),
            "{other:#?}"
        );
    }
    // Who is no longer an administrator by the time they confirm is refused too.
    app.fake.update(|s| {
        s.guilds
            .get_mut(&GUILD)
            .unwrap()
            .members
            .get_mut(&PRINCIPAL)
            .unwrap()
            .set_role(PRINCIPALS, false);
    });
    let demoted = app
        .press(PRINCIPAL, &shown(&ask), &button(&ask, "Erase everything"))
        .await;
    assert!(
        demoted
            .content()
            .contains("no longer a server administrator"),
        "{demoted:#?}"
    );
    assert_eq!(rows_of_school(&app).await, before);
    assert_eq!(app.count("DELETE", "/invites/*"), 0);
    app.stop().await;
}

#[tokio::test]
async fn porter_removed_and_added_back_within_the_window_keeps_everything() {
    let app = TestApp::spawn().await;
    let links = busy_school(&app).await;
    let before = rows_of_school(&app).await;

    app.fake.remove_bot(GUILD);
    eventually(async || match left_at(&app).await {
        Some(at) => Ok(at),
        None => Err("the school is not marked left".to_owned()),
    })
    .await;
    assert_eq!(left_at(&app).await, Some(support::START));

    app.advance(29 * DAY);
    app.fake.add_bot_back(GUILD);
    eventually(async || match left_at(&app).await {
        None => Ok(()),
        Some(at) => Err(format!("still marked left at {at}")),
    })
    .await;
    assert_eq!(rows_of_school(&app).await, before);
    assert!(links
        .iter()
        .all(|l| app.fake.state().invites.contains_key(l)));
    let info = app.slash(OWNER, "school info", &[]).await;
    assert_eq!(
        info.field("Members joined").as_deref(),
        Some("1"),
        "{info:#?}"
    );
    app.stop().await;
}

#[tokio::test]
async fn a_school_left_past_the_window_is_erased() {
    let mut state = standard();
    with_second_server(&mut state);
    let mut app = TestApp::spawn_with(state).await;
    let links = busy_school(&app).await;
    let before = rows_of_school(&app).await;
    // A second school, whose server Porter will be removed from while it is offline.
    let second = GuildId::new(SECOND_GUILD);
    let owner = Actor {
        user_id: UserId::new(OWNER),
        role_ids: Vec::new(),
        discord_admin: true,
    };
    let setup = SchoolSetup {
        member_role: RoleFacts {
            id: RoleId::new(SECOND_MEMBERS),
            position: 1,
            is_everyone: false,
            managed: false,
            privileged: false,
        },
        actor_top_position: None,
        access: None,
        welcome_channel_id: None,
        log_channel_id: None,
    };
    app.domain()
        .setup_school(second, &owner, &setup)
        .await
        .expect("the second school");

    app.fake.remove_bot(GUILD);
    eventually(async || left_at(&app).await.ok_or("not marked left".to_owned())).await;

    // A second short of the window: a start (READY without the server) keeps the school.
    app.advance(30 * DAY - 1);
    app.stop_bot().await;
    app.fake.remove_bot(SECOND_GUILD);
    app.start_bot().await;
    // The READY looks after the schools in order of server id: once it marked the second
    // school left, it has decided about the first.
    let second_left = eventually(async || {
        let presences = app.domain().presences().await.expect("a query");
        presences
            .iter()
            .find(|p| p.guild_id == second)
            .and_then(|p| p.left_at)
            .ok_or("the second school is not marked left".to_owned())
    })
    .await;
    assert_eq!(second_left, support::START + 30 * DAY - 1);
    assert_eq!(rows_of_school(&app).await, before, "kept a second short");

    // Due: the next start erases it, and only it.
    app.advance(1);
    app.restart().await;
    eventually(async || {
        let left: Vec<_> = rows_of_school(&app)
            .await
            .into_iter()
            .filter(|(_, n)| *n > 0)
            .collect();
        if left.is_empty() {
            Ok(())
        } else {
            Err(format!("rows left: {left:?}"))
        }
    })
    .await;
    assert!(app.domain().find_school(second).await.unwrap().is_some());
    // Porter is not in the server to delete the links: it does not try.
    assert_eq!(app.count("DELETE", "/invites/*"), 0);
    assert!(links
        .iter()
        .all(|l| app.fake.state().invites.contains_key(l)));

    // Added back later, it finds no school.
    app.fake.add_bot_back(GUILD);
    let info = app.slash(OWNER, "school info", &[]).await;
    assert!(
        info.content().contains("isn't set up as a school yet"),
        "{info:#?}"
    );
    app.stop().await;
}

#[tokio::test]
async fn the_hourly_work_erases_a_school_removed_during_an_outage_once_due() {
    let app = TestApp::spawn().await;
    let links = busy_school(&app).await;
    let before = rows_of_school(&app).await;
    // The server is unavailable, then Porter is removed from it: serenity's cache still
    // lists it (as unavailable), but the school is left all the same.
    app.fake.outage(GUILD);
    app.fake.remove_bot(GUILD);
    eventually(async || left_at(&app).await.ok_or("not marked left".to_owned())).await;

    // The hourly work, a second short of the window, keeps it.
    app.advance(30 * DAY - 1);
    app.apply_retention().await;
    assert_eq!(rows_of_school(&app).await, before, "kept a second short");
    // Due: it is erased, without a restart.
    app.advance(1);
    app.apply_retention().await;
    for (table, n) in rows_of_school(&app).await {
        assert_eq!(n, 0, "{table} still has rows of the school");
    }
    // Applied again (another process, or the next hour), it finds nothing to do.
    app.apply_retention().await;
    assert_eq!(app.count("DELETE", "/invites/*"), 0);
    assert!(links
        .iter()
        .all(|l| app.fake.state().invites.contains_key(l)));
    app.stop().await;
}

#[tokio::test]
async fn porter_removed_while_offline_notices_at_its_next_start() {
    let mut app = TestApp::spawn().await;
    busy_school(&app).await;
    let before = rows_of_school(&app).await;
    app.stop_bot().await;
    app.advance(DAY);
    app.fake.remove_bot(GUILD);
    app.start_bot().await;
    eventually(async || left_at(&app).await.ok_or("not marked left".to_owned())).await;
    assert_eq!(left_at(&app).await, Some(support::START + DAY));
    assert_eq!(rows_of_school(&app).await, before, "kept for now");

    app.fake.add_bot_back(GUILD);
    eventually(async || match left_at(&app).await {
        None => Ok(()),
        Some(at) => Err(format!("still marked left at {at}")),
    })
    .await;
    app.stop().await;
}

#[tokio::test]
async fn an_outage_changes_nothing() {
    let app = TestApp::spawn().await;
    busy_school(&app).await;
    let before = rows_of_school(&app).await;
    app.fake.outage(GUILD);
    eventually(async || {
        support::logs::output()
            .contains("a server is unavailable (a Discord outage)")
            .then_some(())
            .ok_or("Porter has not seen the outage yet".to_owned())
    })
    .await;
    assert_eq!(left_at(&app).await, None);
    app.fake.outage_over(GUILD);
    let info = app.slash(OWNER, "school info", &[]).await;
    assert_eq!(
        info.field("Members joined").as_deref(),
        Some("1"),
        "{info:#?}"
    );
    assert_eq!(left_at(&app).await, None);
    assert_eq!(rows_of_school(&app).await, before);
    app.stop().await;
}

#[tokio::test]
async fn old_joins_and_audit_entries_go_when_configured() {
    let mut app = TestApp::spawn().await;
    busy_school(&app).await;
    let count = async |app: &TestApp, table: &str| -> i64 {
        sqlx::query_scalar(&format!("SELECT count(*) FROM {table}"))
            .fetch_one(app.domain().db().pool())
            .await
            .expect("a count")
    };
    assert_eq!(count(&app, "joins").await, 1);
    let audit = count(&app, "audit_log").await;

    app.advance(400 * DAY);
    app.retention.joins_days = Some(365);
    app.retention.audit_days = Some(365);
    // Both configured: the start-up pass erases them.
    app.restart().await;
    eventually(async || {
        let (joins, entries) = (count(&app, "joins").await, count(&app, "audit_log").await);
        if joins == 0 && entries == 0 {
            Ok(())
        } else {
            Err(format!("{joins} joins and {entries} audit entries left"))
        }
    })
    .await;
    assert!(audit > 0);
    let info = app.slash(OWNER, "school info", &[]).await;
    assert_eq!(
        info.field("Members joined").as_deref(),
        Some("0"),
        "{info:#?}"
    );
    assert!(
        info.field("Active invitations").is_some_and(|n| n != "0"),
        "invitations stay: {info:#?}"
    );
    app.stop().await;
}
