//! End to end: the getting-started message Porter posts once in a server it was just added
//! to, and `/help`, through the fake Discord.

use crate::support;

use poise::serenity_prelude::Permissions;
use serde_json::json;
use support::world::*;
use support::{FakeDiscord, TestApp, START};

/// The getting-started message's title.
const GREETING: &str = "Porter is here";

/// Porter's getting-started messages in `channel` so far.
fn greetings_in(fake: &FakeDiscord, channel: u64) -> Vec<String> {
    fake.state()
        .messages_in(channel)
        .iter()
        .map(|m| support::message_text(m))
        .filter(|t| t.contains(GREETING))
        .collect()
}

/// Porter's getting-started messages sent to `user` by DM so far.
fn greetings_to(fake: &FakeDiscord, user: u64) -> Vec<String> {
    fake.state()
        .dms_to(user)
        .iter()
        .map(|m| support::message_text(m))
        .filter(|t| t.contains(GREETING))
        .collect()
}

/// Waits for a getting-started message in `channel`; returns its text.
async fn greeting_in(fake: &FakeDiscord, channel: u64) -> String {
    fake.wait_for("the getting-started message", |s| {
        s.messages_in(channel)
            .iter()
            .map(|m| support::message_text(m))
            .find(|t| t.contains(GREETING))
    })
    .await
}

/// The standard world, Porter just added to its server (at the test clock's start), and
/// the second server ("Valley School") ready to add Porter to later with
/// [`FakeDiscord::add_bot_back`] (see [`settle`]).
fn just_added() -> support::State {
    let mut state = standard();
    state.porter_added_at.insert(GUILD, START);
    with_second_server(&mut state);
    let second = state
        .guilds
        .remove(&SECOND_GUILD)
        .expect("the second server");
    state.removed_guilds.insert(SECOND_GUILD, second);
    state.porter_added_at.insert(SECOND_GUILD, START);
    state
}

/// Porter is added to the second server now and greets it, then stops: the handlers of
/// the events sent before on the same shard had started by then (one shard, events in
/// order), and stopping waits for them to finish. Returns whether [`GUILD`] is marked
/// greeted in the database, as it is left.
async fn settle(app: &mut TestApp) -> bool {
    app.fake.add_bot_back(SECOND_GUILD);
    greeting_in(&app.fake, SECOND_GENERAL).await;
    app.stop_bot().await;
    let db = porter::db::Db::connect(&app.database_url)
        .await
        .expect("the database");
    let greeted = porter::domain::Domain::new(db.clone())
        .greeted(GUILD.into())
        .await
        .expect("a query");
    db.close().await;
    greeted
}

#[tokio::test]
async fn a_new_server_is_greeted_once_in_its_system_channel() {
    let mut app = TestApp::spawn_with(just_added()).await;
    let text = greeting_in(&app.fake, GENERAL).await;
    for needle in [
        "Hilltop School",
        "/school setup member_role:@Members",
        "/school check",
        "/help",
    ] {
        assert!(text.contains(needle), "{needle} in {text}");
    }
    assert!(
        greetings_to(&app.fake, OWNER).is_empty(),
        "the system channel was enough"
    );

    // A restart, then a second GUILD_CREATE on the same connection (after an outage).
    app.restart().await;
    app.fake.outage(GUILD);
    app.fake.outage_over(GUILD);
    assert!(settle(&mut app).await);
    assert_eq!(greetings_in(&app.fake, GENERAL).len(), 1, "greeted once");
    assert!(greetings_to(&app.fake, OWNER).is_empty());
    app.stop().await;
}

#[tokio::test]
async fn a_server_that_removes_porter_and_adds_it_back_is_greeted_again() {
    let app = TestApp::spawn_with(just_added()).await;
    greeting_in(&app.fake, GENERAL).await;
    // Removed from a server that is not a school: nothing is kept about it.
    app.fake.remove_bot(GUILD);
    support::eventually(async || match app.domain().greeted(GUILD.into()).await {
        Ok(false) => Ok(()),
        other => Err(format!("still greeted: {other:?}")),
    })
    .await;
    app.fake
        .update(|s| s.porter_added_at.insert(GUILD, START + 60));
    app.advance(60);
    app.fake.add_bot_back(GUILD);
    app.fake
        .wait_for("a second greeting", |s| {
            let n = s
                .messages_in(GENERAL)
                .iter()
                .filter(|m| support::message_text(m).contains(GREETING))
                .count();
            (n == 2).then_some(())
        })
        .await;
    app.stop().await;
}

#[tokio::test]
async fn the_owner_is_greeted_by_dm_when_porter_may_not_post_in_the_system_channel() {
    for denied in [Permissions::SEND_MESSAGES, Permissions::EMBED_LINKS] {
        let mut state = just_added();
        deny_porter(&mut state, GENERAL, denied);
        let mut app = TestApp::spawn_with(state).await;
        let text = app
            .fake
            .wait_for("the getting-started DM", |s| {
                s.dms_to(OWNER)
                    .iter()
                    .map(|m| support::message_text(m))
                    .find(|t| t.contains(GREETING))
            })
            .await;
        assert!(text.contains("Hilltop School"), "the DM names the server");
        assert!(
            app.count("POST", &format!("/channels/{GENERAL}/messages")) == 0,
            "Porter never tried #general ({denied:?} denied)"
        );
        assert!(settle(&mut app).await);
        assert_eq!(greetings_to(&app.fake, OWNER).len(), 1);
        app.stop().await;
    }
}

#[tokio::test]
async fn a_school_and_a_server_porter_was_in_long_before_are_not_greeted() {
    // Porter was in the server long before (the standard world): no greeting at start.
    let mut state = just_added();
    state.porter_added_at.remove(&GUILD);
    let mut app = TestApp::spawn_with(state).await;
    app.setup_school().await;
    // Added again recently (a GUILD_CREATE saying so), but a school by now.
    app.fake.update(|s| s.porter_added_at.insert(GUILD, START));
    app.fake.outage(GUILD);
    app.fake.outage_over(GUILD);
    assert!(!settle(&mut app).await);
    assert!(greetings_in(&app.fake, GENERAL).is_empty());
    assert!(greetings_to(&app.fake, OWNER).is_empty());
    app.stop().await;
}

/// The commands an overview shows, by name (`/invite create`…), sorted.
fn shown(reply: &support::Reply) -> Vec<String> {
    let text = reply.text();
    let mut names = Vec::new();
    for part in text.split('`').skip(1).step_by(2) {
        if part.starts_with('/') && !part.contains(':') && !names.iter().any(|n| n == part) {
            names.push(part.to_owned());
        }
    }
    names.sort();
    names
}

/// Grants `permission` to the Teachers role, as the owner.
async fn grant_teachers(app: &TestApp, permission: &str) {
    let reply = app
        .slash(
            OWNER,
            "permissions grant",
            &[("role", json!(TEACHERS)), ("permission", json!(permission))],
        )
        .await;
    assert!(reply.ephemeral(), "{reply:#?}");
}

#[tokio::test]
async fn help_shows_each_member_the_commands_they_may_use() {
    let app = TestApp::spawn().await;
    app.setup_school().await;

    // A plain member: /join and /help, in the server and in a DM.
    for reply in [
        app.slash(PARENT, "help", &[]).await,
        app.slash_dm(PARENT, "help", &[]).await,
    ] {
        assert!(reply.ephemeral(), "{reply:#?}");
        assert_eq!(shown(&reply), ["/help", "/join"], "{}", reply.text());
        assert!(
            reply.text().contains("/join code:ABCDE-FGHJK"),
            "an example"
        );
    }
    // Even the owner sees only those in a DM.
    let reply = app.slash_dm(OWNER, "help", &[]).await;
    assert_eq!(shown(&reply), ["/help", "/join"], "{}", reply.text());

    // A moderator whose role may create and share.
    grant_teachers(&app, "create").await;
    grant_teachers(&app, "share").await;
    let reply = app.slash(TEACHER, "help", &[]).await;
    let names = shown(&reply);
    for name in [
        "/join",
        "/help",
        "/invite create",
        "/invite share",
        "/invite list",
        "/invite info",
        "/invite roster",
        "/school info",
        "/school roles list",
    ] {
        assert!(names.iter().any(|n| n == name), "{name} in {names:?}");
    }
    for name in [
        "/invite revoke",
        "/invite export",
        "/school setup",
        "/school check",
        "/school pause",
        "/school forget",
        "/permissions grant",
        "/permissions list",
    ] {
        assert!(!names.iter().any(|n| n == name), "{name} in {names:?}");
    }

    // Manage Server (the admin): every command but /school forget, which takes Discord's
    // Administrator; the owner sees that too.
    let admin = shown(&app.slash(ADMIN, "help", &[]).await);
    assert!(admin.iter().any(|n| n == "/permissions grant"), "{admin:?}");
    assert!(admin.iter().any(|n| n == "/school check"), "{admin:?}");
    assert!(admin.iter().any(|n| n == "/invite revoke"), "{admin:?}");
    assert!(!admin.iter().any(|n| n == "/school forget"), "{admin:?}");
    let owner = shown(&app.slash(OWNER, "help", &[]).await);
    assert_eq!(owner.len(), admin.len() + 1, "{owner:?}");
    assert!(owner.iter().any(|n| n == "/school forget"), "{owner:?}");
    app.stop().await;
}

#[tokio::test]
async fn help_explains_one_command_the_member_may_use_and_refuses_the_others() {
    let app = TestApp::spawn().await;
    app.setup_school().await;
    grant_teachers(&app, "create").await;

    let reply = app
        .slash(TEACHER, "help", &[("command", json!("/invite create"))])
        .await;
    assert!(reply.ephemeral(), "{reply:#?}");
    let embed = &reply.embeds()[0];
    assert_eq!(embed["title"], "/invite create");
    let description = embed["description"].as_str().unwrap();
    for needle in [
        "code and link",
        "**Options**",
        "`max_uses` (optional) · How many people may join with it",
        "`for` (optional)",
    ] {
        assert!(description.contains(needle), "{needle} in {description}");
    }
    assert_eq!(
        reply.field("Example").as_deref(),
        Some("`/invite create label:Year 7 parents max_uses:30 expires_in:2w`")
    );
    assert!(reply
        .field("Who may use it")
        .unwrap()
        .contains("**create**"));

    // A command the member may not use: refused, saying what it needs.
    let reply = app
        .slash(TEACHER, "help", &[("command", json!("invite revoke"))])
        .await;
    assert!(reply.ephemeral());
    assert!(
        reply
            .content()
            .contains("You can't use `/invite revoke`: it needs the **revoke** permission"),
        "{reply:#?}"
    );
    let reply = app
        .slash(PARENT, "help", &[("command", json!("school setup"))])
        .await;
    assert!(reply.content().contains("**manage**"), "{reply:#?}");
    // In a DM, a server command is refused with where it works.
    let reply = app
        .slash_dm(OWNER, "help", &[("command", json!("invite create"))])
        .await;
    assert!(
        reply.content().contains("works only in a school's server"),
        "{reply:#?}"
    );
    let reply = app
        .slash(PARENT, "help", &[("command", json!("join"))])
        .await;
    assert_eq!(reply.embeds()[0]["title"], "/join");
    let reply = app
        .slash(PARENT, "help", &[("command", json!("dance"))])
        .await;
    assert!(
        reply.content().contains("Porter has no command `/dance`"),
        "{reply:#?}"
    );

    // Autocomplete offers the commands the member may use.
    let choices = app.autocomplete(TEACHER, "help", "command", "invite").await;
    let values: Vec<&str> = choices.iter().filter_map(|c| c["value"].as_str()).collect();
    assert!(values.contains(&"invite create"), "{values:?}");
    assert!(values.contains(&"invite list"), "{values:?}");
    assert!(!values.contains(&"invite revoke"), "{values:?}");
    let choices = app.autocomplete(PARENT, "help", "command", "").await;
    let values: Vec<&str> = choices.iter().filter_map(|c| c["value"].as_str()).collect();
    assert_eq!(values, ["join", "help"]);
    app.stop().await;
}

#[tokio::test]
async fn the_greeting_speaks_the_server_s_language_and_help_the_member_s() {
    let mut state = just_added();
    state.guilds.get_mut(&GUILD).unwrap().preferred_locale = "de".to_owned();
    state.users.get_mut(&PARENT).unwrap().locale = "es-419".to_owned();
    let app = TestApp::spawn_with(state).await;
    let greeting = app
        .fake
        .wait_for("the getting-started message in German", |s| {
            s.messages_in(GENERAL)
                .iter()
                .map(|m| support::message_text(m))
                .find(|t| t.contains("Porter ist da"))
        })
        .await;
    assert!(
        greeting.contains("`/school setup member_role:@Members`")
            && greeting.contains("Dann prüfen"),
        "{greeting}"
    );

    // The member reads Spanish, whatever the server's language.
    let reply = app.slash(PARENT, "help", &[]).await;
    assert_eq!(reply.embeds()[0]["title"], "Porter: lo que puedes hacer");
    assert!(
        reply
            .text()
            .contains("Unirse a una escuela con el código de una invitación."),
        "{}",
        reply.text()
    );
    let reply = app
        .slash(PARENT, "help", &[("command", json!("join"))])
        .await;
    let text = reply.text();
    for needle in [
        "**Opciones**",
        "`code` (opcional) · Tu código de invitación",
        "Quién puede usarlo",
    ] {
        assert!(text.contains(needle), "{needle} in {text}");
    }
    let reply = app
        .slash(PARENT, "help", &[("command", json!("invite revoke"))])
        .await;
    assert!(
        reply
            .content()
            .starts_with("No puedes usar `/invite revoke`"),
        "{reply:#?}"
    );
    app.stop().await;
}
