//! End to end: Discord refusing or failing Porter's calls, and concurrent joins, through
//! the fake Discord.

use crate::support;

use serde_json::json;
use support::fake_discord::GatewayRecord;
use support::world::*;
use support::TestApp;

/// A set-up school.
async fn school() -> TestApp {
    let app = TestApp::spawn().await;
    app.setup_school().await;
    app
}

#[tokio::test]
async fn refused_invite_creation_says_what_to_fix_and_saves_nothing() {
    let app = school().await;
    app.fake
        .fail("POST", "/channels/*/invites", 403, 50013, Some(1));
    let reply = app.slash(OWNER, "invite create", &[]).await;
    assert!(reply.ephemeral());
    assert!(
        reply.content().contains(&format!(
            "Porter may not create invite links in <#{WELCOME}>"
        )),
        "{reply:#?}"
    );
    // Discord failing or busy: the user is told so, and what to do.
    app.fake
        .fail("POST", "/channels/*/invites", 500, 0, Some(1));
    let reply = app.slash(OWNER, "invite create", &[]).await;
    assert!(reply.ephemeral());
    assert_eq!(
        reply.content(),
        "Discord would not create the invite link (Discord had an error of its own, 500), \
         so nothing was created. Try again in a minute; if it keeps failing, run \
         `/school check` to see whether Porter is missing a permission."
    );
    app.fake
        .rate_limit("POST", "/channels/*/invites", 1.0, Some(1));
    let reply = app.slash(OWNER, "invite create", &[]).await;
    assert!(
        reply.content().starts_with(
            "Discord would not create the invite link (Discord is limiting how fast Porter \
             may make invites), so nothing was created."
        ),
        "{reply:#?}"
    );
    assert_eq!(app.count("POST", "/channels/*/invites"), 3);
    assert!(
        support::logs::lines()
            .iter()
            .any(|l| l.contains("Discord would not create an invite")),
        "logged"
    );
    let list = app
        .slash(OWNER, "invite list", &[("include_inactive", json!(true))])
        .await;
    assert!(list.text().contains("(0)"), "{list:#?}");
    app.stop().await;
}

#[tokio::test]
async fn without_a_welcome_channel_links_lead_to_the_system_channel() {
    let app = TestApp::spawn().await;
    app.slash(OWNER, "school setup", &[("member_role", json!(MEMBERS))])
        .await;
    let created = app.create_invitation(OWNER, &[]).await;
    assert_eq!(
        app.fake.state().invites[created.invite_code()].channel_id,
        GENERAL
    );
    app.stop().await;
}

#[tokio::test]
async fn refused_dm_and_post_are_reported_not_fatal() {
    let app = school().await;
    let created = app.create_invitation(OWNER, &[]).await;
    app.fake
        .rate_limit("POST", "/channels/*/messages", 1.0, Some(1));
    app.fake.fail(
        "POST",
        &format!("/channels/{WELCOME}/messages"),
        403,
        50001,
        Some(1),
    );
    let reply = app
        .slash(
            OWNER,
            "invite share",
            &[
                ("code", json!(created.code)),
                ("dm", json!(PARENT)),
                ("channel", json!(WELCOME)),
            ],
        )
        .await;
    let text = reply.content();
    assert!(
        text.contains(&format!("Discord refused the DM to <@{PARENT}> (429")),
        "{text}"
    );
    assert!(
        text.contains(&format!("Porter can't post in <#{WELCOME}>")),
        "{text}"
    );
    assert!(app.fake.state().messages.is_empty());
    assert!(
        support::logs::lines()
            .iter()
            .any(|l| l.contains("sending an invitation DM failed")),
        "Porter's warnings are captured"
    );
    // Sharing again works once Discord does.
    let reply = app
        .slash(
            OWNER,
            "invite share",
            &[("code", json!(created.code)), ("dm", json!(PARENT))],
        )
        .await;
    assert!(reply.content().contains("✅ Sent"), "{reply:#?}");
    app.stop().await;
}

#[tokio::test]
async fn revoke_whose_link_delete_fails_is_retried_at_start() {
    let mut app = school().await;
    let created = app.create_invitation(OWNER, &[]).await;
    let path = format!("/invites/{}", created.invite_code());
    // Every delete fails while Porter runs: its start-up sweep of the server (GUILD_CREATE)
    // may come late on a busy machine, after the revocation, and would retry the delete.
    app.fake.fail("DELETE", &path, 403, 50013, None);
    let reply = app
        .slash(OWNER, "invite revoke", &[("code", json!(created.code))])
        .await;
    assert!(
        reply.content().contains("couldn't delete its link"),
        "{reply:#?}"
    );
    let reply = app
        .slash(PARENT, "join", &[("code", json!(created.code))])
        .await;
    assert!(
        reply.content().contains("not a valid invitation"),
        "{reply:#?}"
    );
    assert!(app.fake.state().invites.contains_key(created.invite_code()));

    // Discord lets Porter delete it again only once this run (and its handlers) stopped.
    app.stop_bot().await;
    app.fake.update(|s| s.failures.clear());
    app.start_bot().await;
    app.fake
        .wait_for("the revoked invitation's invite deleted", |s| {
            s.deleted_invites
                .contains(&created.invite_code().to_owned())
                .then_some(())
        })
        .await;
    app.stop().await;
}

#[tokio::test]
async fn an_invite_already_gone_on_discord_counts_as_deleted() {
    let app = school().await;
    let created = app.create_invitation(OWNER, &[]).await;
    app.fake.fail(
        "DELETE",
        &format!("/invites/{}", created.invite_code()),
        404,
        10006,
        None,
    );
    let reply = app
        .slash(OWNER, "invite revoke", &[("code", json!(created.code))])
        .await;
    assert!(
        reply.content().contains("its link is deleted"),
        "{reply:#?}"
    );
    let info = app
        .slash(OWNER, "invite info", &[("code", json!(created.code))])
        .await;
    assert_eq!(
        info.field("Link").as_deref(),
        Some("none (the Discord invite is gone)")
    );
    app.stop().await;
}

#[tokio::test]
async fn a_deleted_member_role_is_named() {
    let app = school().await;
    let created = app.create_invitation(OWNER, &[]).await;
    app.fake
        .fail("PUT", "/guilds/*/members/*/roles/*", 404, 10011, None);
    let reply = app
        .slash(PARENT, "join", &[("code", json!(created.code))])
        .await;
    assert!(
        reply.content().contains("member role no longer exists"),
        "{reply:#?}"
    );
    let info = app
        .slash(OWNER, "invite info", &[("code", json!(created.code))])
        .await;
    assert_eq!(info.field("Uses").as_deref(), Some("0 (no limit)"));
    app.stop().await;
}

#[tokio::test]
async fn a_failing_log_channel_does_not_spoil_a_join() {
    let app = school().await;
    let created = app.create_invitation(OWNER, &[]).await;
    app.fake.fail(
        "POST",
        &format!("/channels/{LOG}/messages"),
        403,
        50013,
        None,
    );
    let reply = app
        .slash(PARENT, "join", &[("code", json!(created.code))])
        .await;
    assert!(reply.content().starts_with("Welcome"), "{reply:#?}");
    assert!(app.has_role(PARENT, MEMBERS));
    app.stop().await;
}

#[tokio::test]
async fn concurrent_joins_never_exceed_max_uses() {
    let app = school().await;
    let created = app
        .create_invitation(OWNER, &[("max_uses", json!(2))])
        .await;
    let code = [("code", json!(created.code))];
    let (a, b, c, d, e) = tokio::join!(
        app.slash(PARENT, "join", &code),
        app.slash(NEWCOMER, "join", &code),
        app.slash(CLOSED_DMS, "join", &code),
        app.slash(TEACHER, "join", &code),
        app.slash(ADMIN, "join", &code),
    );
    let replies = [a, b, c, d, e];
    let welcomed = replies
        .iter()
        .filter(|r| r.content().starts_with("Welcome"))
        .count();
    let used_up = replies
        .iter()
        .filter(|r| r.content().contains("used up"))
        .count();
    assert_eq!((welcomed, used_up), (2, 3), "{replies:#?}");
    assert_eq!(app.count("PUT", "/guilds/*/members/*/roles/*"), 2);
    let holders = [PARENT, NEWCOMER, CLOSED_DMS, TEACHER, ADMIN]
        .into_iter()
        .filter(|u| app.has_role(*u, MEMBERS))
        .count();
    assert_eq!(holders, 2);
    app.stop().await;
}

#[tokio::test]
async fn porter_resumes_after_discord_asks_it_to_reconnect() {
    let app = school().await;
    let created = app.create_invitation(OWNER, &[]).await;
    app.fake.request_reconnect();
    app.fake
        .wait_for("a RESUME", |s| {
            s.gateway.contains(&GatewayRecord::Resume).then_some(())
        })
        .await;
    let reply = app
        .slash(PARENT, "join", &[("code", json!(created.code))])
        .await;
    assert!(reply.content().starts_with("Welcome"), "{reply:#?}");
    let identifies = app
        .fake
        .state()
        .gateway
        .iter()
        .filter(|g| matches!(g, GatewayRecord::Identified { .. }))
        .count();
    assert_eq!(identifies, 1, "resumed, not identified again");
    assert_eq!(app.fake.state().registrations, 1);
    app.stop().await;
}
