//! End to end: creating, sharing, revoking and redeeming invitations through the fake
//! Discord, with Porter's real poise framework and event handler.

use crate::support;

use serde_json::json;
use support::world::*;
use support::{log_line_with, log_lines, message_text, TestApp};

/// A set-up school where Teachers may create and share invitations.
async fn school() -> TestApp {
    let app = TestApp::spawn().await;
    app.setup_school().await;
    for permission in ["create", "share"] {
        let reply = app
            .slash(
                OWNER,
                "permissions grant",
                &[("role", json!(TEACHERS)), ("permission", json!(permission))],
            )
            .await;
        assert!(reply.content().contains("can now"), "{reply:#?}");
    }
    app
}

#[tokio::test]
async fn create_without_limits_makes_a_community_invite() {
    let app = school().await;
    let created = app.create_invitation(TEACHER, &[]).await;
    assert_eq!(created.code.len(), 11, "ABCDE-FGHJK: {}", created.code);
    assert!(
        created.link.starts_with("https://discord.gg/"),
        "{}",
        created.link
    );
    assert_eq!(created.reply.field("Uses").as_deref(), Some("0 (no limit)"));
    assert_eq!(created.reply.field("Expires").as_deref(), Some("never"));

    let posts = app.requests("POST", &format!("/channels/{WELCOME}/invites"));
    assert_eq!(posts.len(), 1);
    let body = posts[0].body.clone().expect("a body");
    assert_eq!(body["max_age"], 0);
    assert_eq!(body["max_uses"], 0);
    assert_eq!(body["unique"], true);
    assert_eq!(body["role_ids"], json!([MEMBERS.to_string()]));
    let reason = posts[0].audit_reason().expect("an audit-log reason");
    assert!(
        reason.contains(&format!("created by user {TEACHER}")),
        "{reason}"
    );
    let roles = app.fake.state().invites[created.invite_code()]
        .role_ids
        .clone();
    assert_eq!(roles, vec![MEMBERS]);
    app.stop().await;
}

#[tokio::test]
async fn create_with_limits() {
    let app = school().await;
    let created = app
        .create_invitation(
            TEACHER,
            &[
                ("label", json!("Year 7 parents")),
                ("max_uses", json!(5)),
                ("expires_in", json!("7d")),
            ],
        )
        .await;
    assert_eq!(created.reply.field("Uses").as_deref(), Some("0/5"));
    assert_eq!(
        created.reply.field("Label").as_deref(),
        Some("“Year 7 parents”")
    );
    let expires = created.reply.field("Expires").expect("an expiry");
    assert_eq!(expires, format!("<t:{}:R>", support::START + 7 * 86_400));
    assert_eq!(app.fake.state().invites[created.invite_code()].max_uses, 5);

    // Above Discord's cap of 100, Porter counts alone.
    let big = app
        .create_invitation(TEACHER, &[("max_uses", json!(500))])
        .await;
    assert_eq!(big.reply.field("Uses").as_deref(), Some("0/500"));
    assert_eq!(app.fake.state().invites[big.invite_code()].max_uses, 0);
    app.stop().await;
}

#[tokio::test]
async fn bad_input_is_refused_and_changes_nothing() {
    let app = school().await;
    let long = "x".repeat(101);
    for (opts, says) in [
        (vec![("label", json!(long))], "too long"),
        (
            vec![("expires_in", json!("soon"))],
            "couldn't read that expiry",
        ),
        (vec![("expires_in", json!("400d"))], "365 days"),
    ] {
        let reply = app.slash(TEACHER, "invite create", &opts).await;
        assert!(reply.ephemeral());
        assert!(reply.content().contains(says), "{says}: {reply:#?}");
    }
    assert_eq!(app.count("POST", "/channels/*/invites"), 0);
    let reply = app
        .slash(
            TEACHER,
            "invite share",
            &[("code", json!("nope")), ("dm", json!(PARENT))],
        )
        .await;
    assert!(
        reply.content().contains("not a valid invitation"),
        "{reply:#?}"
    );
    assert!(app.fake.state().dms_to(PARENT).is_empty());
    app.stop().await;
}

#[tokio::test]
async fn labels_lose_invisible_characters_and_may_not_reorder_text() {
    let app = school().await;
    for (label, says) in [
        (
            "\u{200B}\u{2060}\u{3164}",
            "The label has nothing visible in it",
        ),
        (
            "Year 7 \u{202E}stnerap",
            "changes the direction text is shown in (U+202E)",
        ),
    ] {
        let reply = app
            .slash(TEACHER, "invite create", &[("label", json!(label))])
            .await;
        assert!(reply.ephemeral());
        assert!(reply.content().contains(says), "{label:?}: {reply:#?}");
        assert!(
            reply.content().contains("Nothing was created"),
            "{reply:#?}"
        );
    }
    assert_eq!(app.count("POST", "/channels/*/invites"), 0);

    let created = app
        .create_invitation(
            TEACHER,
            &[(
                "label",
                json!("\u{FEFF}Year\u{200B} 7 👨\u{200D}👩\u{200D}👧\u{200D}👦"),
            )],
        )
        .await;
    assert_eq!(
        created.reply.field("Label").as_deref(),
        Some("“Year 7 👨\u{200D}👩\u{200D}👧\u{200D}👦”")
    );
    app.stop().await;
}

#[tokio::test]
async fn create_and_share_by_dm() {
    let app = school().await;
    let created = app
        .create_invitation(
            TEACHER,
            &[("label", json!("Parents")), ("dm", json!(PARENT))],
        )
        .await;
    let shared = created.reply.field("Shared").expect("a Shared field");
    assert!(
        shared.contains(&format!("✅ Sent to <@{PARENT}> in a DM.")),
        "{shared}"
    );
    let dms = app
        .fake
        .state()
        .dms_to(PARENT)
        .into_iter()
        .cloned()
        .collect::<Vec<_>>();
    assert_eq!(dms.len(), 1);
    let text = message_text(&dms[0]);
    for part in [
        "Hilltop School",
        &created.code,
        &created.link,
        &format!("<@{TEACHER}>"),
    ] {
        assert!(text.contains(part), "the DM names {part}: {text}");
    }

    // Someone with DMs closed: Discord answers 50007 and the moderator is told.
    let reply = app
        .slash(
            TEACHER,
            "invite share",
            &[("code", json!(created.code)), ("dm", json!(CLOSED_DMS))],
        )
        .await;
    assert!(reply.ephemeral());
    assert!(
        reply.content().contains("doesn't accept direct messages"),
        "{reply:#?}"
    );
    assert_eq!(
        app.fake
            .state()
            .requests_to("POST", "/channels/*/messages")
            .last()
            .map(|r| r.status),
        Some(403)
    );
    // A bot gets nothing.
    let reply = app
        .slash(
            TEACHER,
            "invite share",
            &[("code", json!(created.code)), ("dm", json!(OTHER_BOT))],
        )
        .await;
    assert!(reply.content().contains("is a bot"), "{reply:#?}");
    assert!(app.fake.state().dms_to(OTHER_BOT).is_empty());
    // Without share, no DM.
    let reply = app
        .slash(
            OWNER,
            "permissions remove",
            &[("role", json!(TEACHERS)), ("permission", json!("share"))],
        )
        .await;
    assert!(reply.content().contains("no longer has"), "{reply:#?}");
    let reply = app
        .slash(TEACHER, "invite create", &[("dm", json!(NEWCOMER))])
        .await;
    assert!(reply.ephemeral());
    assert!(reply.content().contains("**share**"), "{reply:#?}");
    assert!(
        reply.content().contains("nothing was created"),
        "{reply:#?}"
    );
    assert!(app.fake.state().dms_to(NEWCOMER).is_empty());
    let made = app.count("POST", &format!("/channels/{WELCOME}/invites"));
    assert_eq!(
        made, 1,
        "no invite link was made for the refused invitation"
    );
    app.stop().await;
}

#[tokio::test]
async fn channel_post_and_join_button() {
    let app = school().await;
    let created = app
        .create_invitation(TEACHER, &[("label", json!("Open day"))])
        .await;
    let reply = app
        .slash(
            TEACHER,
            "invite share",
            &[("code", json!(created.code)), ("channel", json!(WELCOME))],
        )
        .await;
    assert!(reply.ephemeral());
    assert!(
        reply
            .content()
            .contains(&format!("✅ Posted in <#{WELCOME}>.")),
        "{reply:#?}"
    );
    let post = app.fake.state().messages_in(WELCOME)[0].clone();
    let text = message_text(&post);
    assert!(
        text.contains(&created.code) && text.contains(&created.link),
        "{text}"
    );
    let button = &post.body["components"][0]["components"][0];
    assert_eq!(button["label"], "Join");
    let custom_id = button["custom_id"]
        .as_str()
        .expect("a custom id")
        .to_owned();

    let reply = app.press(NEWCOMER, &post, &custom_id).await;
    assert!(reply.ephemeral(), "{reply:#?}");
    assert_eq!(
        reply.content(),
        "Welcome to **Hilltop School**! You now have the **Members** role."
    );
    assert!(app.has_role(NEWCOMER, MEMBERS));
    let put = app.fake.state().requests_to(
        "PUT",
        &format!("/guilds/{GUILD}/members/{NEWCOMER}/roles/{MEMBERS}"),
    )[0]
    .clone();
    let reason = put.audit_reason().expect("an audit-log reason");
    assert!(
        reason.contains(&format!("created by user {TEACHER}")),
        "{reason}"
    );
    // The log line follows the answer.
    let log = log_line_with(&app.fake, &["📥"]).await;
    let logged = app.fake.state().messages_in(LOG)[0].body.clone();
    assert_eq!(
        logged["allowed_mentions"]["parse"],
        json!([]),
        "log lines ping nobody"
    );
    assert!(
        post.body.get("flags").is_none_or(|f| f == 0),
        "the post is public"
    );
    assert!(
        log.contains(&format!("<@{NEWCOMER}>")) && log.contains("Join button"),
        "{log}"
    );

    // Pressing again counts nothing.
    let reply = app.press(NEWCOMER, &post, &custom_id).await;
    assert!(reply.content().contains("already a member"), "{reply:#?}");
    let info = app
        .slash(TEACHER, "invite info", &[("code", json!(created.code))])
        .await;
    assert!(
        info.field("Uses").is_none_or(|u| u.starts_with('1')),
        "{info:#?}"
    );
    app.stop().await;
}

#[tokio::test]
async fn porter_never_posts_where_the_moderator_cannot() {
    let app = school().await;
    let created = app.create_invitation(TEACHER, &[]).await;
    for channel in [ANNOUNCEMENTS, VOICE] {
        let reply = app
            .slash(
                TEACHER,
                "invite share",
                &[("code", json!(created.code)), ("channel", json!(channel))],
            )
            .await;
        assert!(reply.ephemeral());
        assert!(
            reply.content().contains(&format!("<#{channel}>")),
            "{reply:#?}"
        );
    }
    assert_eq!(app.count("POST", "/channels/*/messages"), 0);
    // Staff may post in #announcements.
    let reply = app
        .slash(
            ADMIN,
            "invite share",
            &[
                ("code", json!(created.code)),
                ("channel", json!(ANNOUNCEMENTS)),
            ],
        )
        .await;
    assert!(reply.content().contains("✅ Posted"), "{reply:#?}");
    app.stop().await;
}

#[tokio::test]
async fn join_with_a_code_in_the_server() {
    let app = school().await;
    let created = app.create_invitation(TEACHER, &[]).await;
    let reply = app
        .slash(PARENT, "join", &[("code", json!(created.code))])
        .await;
    assert!(reply.ephemeral());
    assert!(
        reply.content().starts_with("Welcome to **Hilltop School**"),
        "{reply:#?}"
    );
    assert!(app.has_role(PARENT, MEMBERS));
    // Codes are read generously: lower case, no dash, O for 0, L for 1.
    let sloppy = created
        .code
        .replace('-', " ")
        .to_lowercase()
        .replace('0', "o")
        .replace('1', "l");
    let reply = app
        .slash(NEWCOMER, "join", &[("code", json!(sloppy))])
        .await;
    assert!(
        reply.content().starts_with("Welcome"),
        "{sloppy}: {reply:#?}"
    );
    let reply = app
        .slash(PARENT, "join", &[("code", json!(created.code))])
        .await;
    assert!(reply.content().contains("already a member"), "{reply:#?}");
    let info = app
        .slash(TEACHER, "invite info", &[("code", json!(created.code))])
        .await;
    assert_eq!(
        info.field("Uses").as_deref(),
        Some("2 (no limit)"),
        "{info:#?}"
    );
    assert_eq!(app.count("PUT", "/guilds/*/members/*/roles/*"), 2);
    app.stop().await;
}

#[tokio::test]
async fn join_in_a_dm() {
    let app = school().await;
    let created = app.create_invitation(TEACHER, &[]).await;
    // In the server already: the DM grants the role.
    let reply = app
        .slash_dm(PARENT, "join", &[("code", json!(created.code))])
        .await;
    assert!(
        reply.content().starts_with("Welcome to **Hilltop School**"),
        "{reply:#?}"
    );
    assert!(app.has_role(PARENT, MEMBERS));
    // In a DM the code names the school: without one there is nothing to join.
    let reply = app.slash_dm(NEWCOMER, "join", &[]).await;
    assert!(
        reply.content().contains("You need an invite code"),
        "{reply:#?}"
    );
    // Not in the server: the reply gives the link, and nothing is granted.
    let reply = app
        .slash_dm(OUTSIDER, "join", &[("code", json!(created.code))])
        .await;
    assert!(reply.content().contains(&created.link), "{reply:#?}");
    assert!(reply.content().contains("Hilltop School"), "{reply:#?}");
    assert_eq!(app.count("PUT", "/guilds/*/members/*/roles/*"), 1);
    // Arriving through the link, Discord grants the role itself.
    app.fake.accept_invite(created.invite_code(), OUTSIDER);
    assert!(app.has_role(OUTSIDER, MEMBERS));
    let lookups = app.requests("GET", &format!("/guilds/{GUILD}/members/*"));
    let looked_up: Vec<&str> = lookups.iter().map(|r| r.path.as_str()).collect();
    assert_eq!(
        looked_up,
        [
            format!("/guilds/{GUILD}/members/{PARENT}"),
            format!("/guilds/{GUILD}/members/{OUTSIDER}")
        ]
    );
    // The other commands are registered for servers only, so Discord offers only /join
    // in DMs.
    for name in ["school", "permissions", "invite"] {
        let contexts = app.fake.state().command(name).expect("registered")["contexts"].clone();
        assert_eq!(contexts, json!([0]), "/{name}");
    }
    assert!(app.fake.state().command("join").expect("registered")["contexts"].is_null());
    app.stop().await;
}

/// An invitation shared in #welcome: its code, and the post with its Join button's id.
async fn shared_invitation(app: &TestApp) -> (support::Created, support::SentMessage, String) {
    let created = app.create_invitation(TEACHER, &[]).await;
    let reply = app
        .slash(
            TEACHER,
            "invite share",
            &[("code", json!(created.code)), ("channel", json!(WELCOME))],
        )
        .await;
    assert!(reply.content().contains("Posted"), "{reply:#?}");
    let post = app.fake.state().messages_in(WELCOME)[0].clone();
    let custom_id = post.body["components"][0]["components"][0]["custom_id"]
        .as_str()
        .expect("a Join button")
        .to_owned();
    (created, post, custom_id)
}

const ROLE_PUT: &str = "/guilds/*/members/*/roles/*";

#[tokio::test]
async fn a_quick_join_is_answered_by_one_callback_after_one_role_grant() {
    let app = school().await;
    let (created, post, custom_id) = shared_invitation(&app).await;
    for (user, how) in [(PARENT, "/join"), (NEWCOMER, "the Join button")] {
        let from = app.fake.state().requests.len();
        let token = if how == "/join" {
            support::send_slash(
                &app.fake,
                support::HERE,
                user,
                "join",
                &[("code", json!(created.code))],
            )
        } else {
            support::send_press(&app.fake, user, &post, &custom_id)
        };
        let reply = support::answer(&app.fake, &token, how).await;
        assert!(reply.content().starts_with("Welcome"), "{how}: {reply:#?}");
        // The log line is written once the person has their answer.
        log_line_with(&app.fake, &[&format!("<@{user}>")]).await;
        let state = app.fake.state();
        let answers = &state.interactions[&token];
        assert_eq!(answers.callbacks.len(), 1, "{how}: {answers:#?}");
        assert_eq!(answers.callbacks[0]["type"], 4, "{how}: {answers:#?}");
        assert_eq!(answers.callbacks[0]["data"]["flags"], 64, "ephemeral");
        assert!(
            answers.followups.is_empty() && answers.edits.is_empty(),
            "{how}: {answers:#?}"
        );
        let made: Vec<String> = state.requests[from..]
            .iter()
            .map(|r| format!("{} {}", r.method, r.path))
            .collect();
        assert_eq!(
            made,
            [
                format!("PUT /guilds/{GUILD}/members/{user}/roles/{MEMBERS}"),
                format!("POST /interactions/{0}/{token}/callback", token_id(&token)),
                format!("POST /channels/{LOG}/messages"),
            ],
            "{how}: the role grant, the answer, then the log line; no member or server lookup"
        );
    }
    app.stop().await;
}

/// The interaction id in a token the test support made.
fn token_id(token: &str) -> &str {
    token.rsplit('-').next().expect("an id")
}

#[tokio::test]
async fn a_slow_join_is_deferred_in_time_then_answered() {
    let app = school().await;
    let (created, post, custom_id) = shared_invitation(&app).await;
    app.fake.hold("PUT", ROLE_PUT);
    let by_code = support::send_slash(
        &app.fake,
        support::HERE,
        PARENT,
        "join",
        &[("code", json!(created.code))],
    );
    let by_button = support::send_press(&app.fake, NEWCOMER, &post, &custom_id);
    for token in [&by_code, &by_button] {
        let deferral = app
            .fake
            .wait_for("the deferral of a slow join", |s| {
                s.interactions[token].callbacks.first().cloned()
            })
            .await;
        assert_eq!(deferral["type"], 5, "{deferral:#?}");
        assert_eq!(deferral["data"]["flags"], 64, "ephemeral: {deferral:#?}");
    }
    assert!(!app.has_role(PARENT, MEMBERS));
    app.fake.release_held();
    for (token, user) in [(&by_code, PARENT), (&by_button, NEWCOMER)] {
        let reply = support::answer(&app.fake, token, "a slow join").await;
        assert!(reply.content().starts_with("Welcome"), "{reply:#?}");
        let state = app.fake.state();
        let answers = &state.interactions[token];
        assert_eq!(
            (
                answers.callbacks.len(),
                answers.edits.len(),
                answers.followups.len()
            ),
            (1, 1, 0),
            "deferred, then the answer edited in: {answers:#?}"
        );
        assert!(state.has_role(GUILD, user, MEMBERS));
    }
    // `stop` checks that no first answer came after Discord's 3 seconds.
    app.stop().await;
}

#[tokio::test]
async fn revoke_stops_the_code_and_deletes_the_link() {
    let app = school().await;
    let created = app
        .create_invitation(TEACHER, &[("label", json!("Leaked"))])
        .await;
    let reply = app
        .slash(NEWCOMER, "join", &[("code", json!(created.code))])
        .await;
    assert!(reply.content().starts_with("Welcome"), "{reply:#?}");

    let reply = app
        .slash(
            OWNER,
            "permissions grant",
            &[("role", json!(TEACHERS)), ("permission", json!("revoke"))],
        )
        .await;
    assert!(reply.content().contains("can now"), "{reply:#?}");
    let reply = app
        .slash(TEACHER, "invite revoke", &[("code", json!(created.code))])
        .await;
    assert!(reply.ephemeral());
    let text = reply.content();
    assert!(
        text.contains("Revoked “Leaked”") && text.contains("its link is deleted"),
        "{text}"
    );
    assert!(text.contains("keeps their membership"), "{text}");
    let deletes = app
        .fake
        .state()
        .requests_to("DELETE", &format!("/invites/{}", created.invite_code()))
        .into_iter()
        .cloned()
        .collect::<Vec<_>>();
    assert_eq!(deletes.len(), 1);
    assert_eq!(deletes[0].status, 200);
    assert!(deletes[0]
        .audit_reason()
        .is_some_and(|r| r.contains("revoked")));
    assert!(!app.fake.state().invites.contains_key(created.invite_code()));
    let log = log_line_with(&app.fake, &["🚫"]).await;
    assert!(log.contains(&format!("<@{TEACHER}> revoked")), "{log}");

    // The code is refused like any wrong code; the member keeps the role.
    let reply = app
        .slash(PARENT, "join", &[("code", json!(created.code))])
        .await;
    assert!(
        reply.content().contains("not a valid invitation"),
        "{reply:#?}"
    );
    assert!(!app.has_role(PARENT, MEMBERS));
    assert!(app.has_role(NEWCOMER, MEMBERS));
    assert_eq!(app.count("DELETE", "/guilds/*/members/*/roles/*"), 0);
    let reply = app
        .slash(TEACHER, "invite revoke", &[("code", json!(created.code))])
        .await;
    assert!(reply.content().contains("already revoked"), "{reply:#?}");
    app.stop().await;
}

#[tokio::test]
async fn expired_and_used_up_invitations_say_why() {
    let app = school().await;
    let hour = app
        .create_invitation(TEACHER, &[("expires_in", json!("1h"))])
        .await;
    let once = app
        .create_invitation(TEACHER, &[("max_uses", json!(1))])
        .await;
    app.clock.advance(2 * 3600);
    let reply = app
        .slash(PARENT, "join", &[("code", json!(hour.code))])
        .await;
    assert!(reply.content().contains("expired"), "{reply:#?}");
    assert!(!app.has_role(PARENT, MEMBERS));

    let reply = app
        .slash(PARENT, "join", &[("code", json!(once.code))])
        .await;
    assert!(reply.content().starts_with("Welcome"), "{reply:#?}");
    // Its last use ends its link too (once the answer is sent): Discord would otherwise keep
    // letting people in.
    support::eventually(async || {
        let open = app
            .domain()
            .ended_not_closed(GUILD.into())
            .await
            .expect("a query");
        match open.iter().find(|i| {
            i.link
                .as_ref()
                .is_some_and(|l| l.code == once.invite_code())
        }) {
            Some(inv) => Err(format!("not closed yet: {inv:?}")),
            None => Ok(()),
        }
    })
    .await;
    let deleted = app.fake.state().deleted_invites.clone();
    assert_eq!(deleted, vec![once.invite_code().to_owned()]);
    let info = app
        .slash(TEACHER, "invite info", &[("code", json!(once.code))])
        .await;
    assert_eq!(
        info.field("Link").as_deref(),
        Some("none (the Discord invite is gone)")
    );
    let reply = app
        .slash(NEWCOMER, "join", &[("code", json!(once.code))])
        .await;
    assert!(
        reply.content().contains("used up (all 1 use taken)"),
        "{reply:#?}"
    );
    assert!(!app.has_role(NEWCOMER, MEMBERS));

    let list = app
        .slash(TEACHER, "invite list", &[("include_inactive", json!(true))])
        .await;
    let text = list.text();
    assert!(
        text.contains("expired") && text.contains("used up"),
        "{text}"
    );
    // Uses read as a phrase: "1 of 1 use", "0 uses (no limit)", never "… (no limit) uses".
    assert!(text.contains("· 1 of 1 use"), "{text}");
    assert!(!text.contains(") uses"), "{text}");
    app.stop().await;
}

#[tokio::test]
async fn public_and_private_access() {
    let app = school().await;
    let reply = app.slash(PARENT, "join", &[]).await;
    assert!(
        reply.content().contains("You need an invite code"),
        "{reply:#?}"
    );
    assert!(!app.has_role(PARENT, MEMBERS));

    let reply = app
        .slash(
            OWNER,
            "school setup",
            &[("member_role", json!(MEMBERS)), ("access", json!("public"))],
        )
        .await;
    assert_eq!(
        reply.field("Access").as_deref(),
        Some("public: anyone may `/join`")
    );
    let reply = app.slash(PARENT, "join", &[]).await;
    assert!(reply.content().starts_with("Welcome"), "{reply:#?}");
    let put = app
        .fake
        .state()
        .requests_to("PUT", "/guilds/*/members/*/roles/*")[0]
        .clone();
    assert_eq!(
        put.audit_reason().as_deref(),
        Some("Porter: joined the public school")
    );
    app.stop().await;
}

#[tokio::test]
async fn refused_role_grant_consumes_nothing_and_says_what_to_fix() {
    let app = school().await;
    let created = app
        .create_invitation(TEACHER, &[("max_uses", json!(1))])
        .await;
    let path = format!("/guilds/{GUILD}/members/{PARENT}/roles/{MEMBERS}");
    app.fake.fail("PUT", &path, 403, 50013, Some(1));
    let reply = app
        .slash(PARENT, "join", &[("code", json!(created.code))])
        .await;
    assert!(reply.ephemeral());
    assert!(
        reply
            .content()
            .contains("drag Porter's role above the member role"),
        "{reply:#?}"
    );
    assert!(
        reply.content().contains("Nothing was used up"),
        "{reply:#?}"
    );
    assert!(!app.has_role(PARENT, MEMBERS));
    // Fixed: the single use is still there.
    let reply = app
        .slash(PARENT, "join", &[("code", json!(created.code))])
        .await;
    assert!(reply.content().starts_with("Welcome"), "{reply:#?}");
    app.stop().await;
}

#[tokio::test]
async fn porter_without_manage_roles_is_told_apart() {
    let mut world = standard();
    let guild = world.guilds.get_mut(&GUILD).expect("the server");
    let porter = guild.role_mut(PORTER_ROLE).expect("Porter's role");
    porter.permissions &= !poise::serenity_prelude::Permissions::MANAGE_ROLES.bits();
    let app = TestApp::spawn_with(world).await;
    let reply = app.setup_school().await;
    assert!(
        reply.text().contains("lacks **Manage Roles**"),
        "{reply:#?}"
    );
    let created = app.create_invitation(OWNER, &[]).await;
    let reply = app
        .slash(PARENT, "join", &[("code", json!(created.code))])
        .await;
    assert!(
        reply
            .content()
            .contains("missing the **Manage Roles** permission"),
        "{reply:#?}"
    );
    app.stop().await;
}

#[tokio::test]
async fn member_role_above_porter_is_refused_by_discord() {
    let app = TestApp::spawn().await;
    // Elders sits above Porter's role; the owner may still pick it.
    let reply = app
        .slash(OWNER, "school setup", &[("member_role", json!(ELDERS))])
        .await;
    assert!(
        reply.text().contains("is not below Porter's highest role"),
        "{reply:#?}"
    );
    let created = app.create_invitation(OWNER, &[]).await;
    let reply = app
        .slash(PARENT, "join", &[("code", json!(created.code))])
        .await;
    assert!(
        reply.content().contains("not below Porter's own role"),
        "{reply:#?}"
    );
    assert_eq!(
        app.fake
            .state()
            .requests_to("PUT", "/guilds/*/members/*/roles/*")[0]
            .status,
        403
    );
    app.stop().await;
}

#[tokio::test]
async fn autocomplete_cuts_long_labels_between_emoji() {
    let app = school().await;
    let family = "👨\u{200D}👩\u{200D}👧\u{200D}👦"; // 7 characters, one emoji
    let created = app
        .create_invitation(TEACHER, &[("label", json!(family.repeat(14)))])
        .await;
    let choices = app.autocomplete(TEACHER, "invite share", "code", "").await;
    assert_eq!(choices.len(), 1, "{choices:#?}");
    let name = choices[0]["name"].as_str().expect("a name");
    // The fake checks the name is within Discord's 100 characters.
    let label = name
        .strip_prefix(&format!("{} · ", created.code))
        .and_then(|rest| rest.split(" · ").next())
        .unwrap_or_else(|| panic!("{name}"));
    assert_eq!(label, format!("{}…", family.repeat(8)), "{name}");
    app.stop().await;
}

#[tokio::test]
async fn autocomplete_offers_active_invitations_to_moderators() {
    let app = school().await;
    let a = app
        .create_invitation(TEACHER, &[("label", json!("Alpha"))])
        .await;
    let b = app
        .create_invitation(TEACHER, &[("label", json!("Beta"))])
        .await;
    let choices = app.autocomplete(TEACHER, "invite share", "code", "").await;
    let values: Vec<&str> = choices.iter().filter_map(|c| c["value"].as_str()).collect();
    assert!(
        values.contains(&a.code.as_str()) && values.contains(&b.code.as_str()),
        "{choices:#?}"
    );
    let choices = app
        .autocomplete(TEACHER, "invite revoke", "code", "alp")
        .await;
    assert_eq!(choices.len(), 1, "{choices:#?}");
    assert_eq!(choices[0]["value"], json!(a.code));
    assert!(
        choices[0]["name"]
            .as_str()
            .is_some_and(|n| n.contains("Alpha")),
        "{choices:#?}"
    );
    let choices = app.autocomplete(PARENT, "invite revoke", "code", "").await;
    assert!(choices.is_empty(), "{choices:#?}");
    app.stop().await;
}

#[tokio::test]
async fn list_and_info_show_invitations_and_joins() {
    let app = school().await;
    let created = app
        .create_invitation(TEACHER, &[("label", json!("Year 8"))])
        .await;
    app.slash(PARENT, "join", &[("code", json!(created.code))])
        .await;
    let list = app.slash(TEACHER, "invite list", &[]).await;
    assert!(list.ephemeral());
    assert!(list.text().contains("Year 8"), "{list:#?}");
    let info = app
        .slash(TEACHER, "invite info", &[("code", json!(created.code))])
        .await;
    assert_eq!(info.field("Uses").as_deref(), Some("1 (no limit)"));
    assert!(
        info.field("Joined through it (1)")
            .is_some_and(|j| j.contains(&format!("<@{PARENT}>"))),
        "{info:#?}"
    );
    app.stop().await;
}

#[tokio::test]
async fn wrong_codes_are_rate_limited() {
    let app = school().await;
    for _ in 0..5 {
        let reply = app
            .slash(PARENT, "join", &[("code", json!("AAAAA-AAAAA"))])
            .await;
        assert!(
            reply.content().contains("not a valid invitation"),
            "{reply:#?}"
        );
    }
    let reply = app
        .slash(PARENT, "join", &[("code", json!("AAAAA-AAAAA"))])
        .await;
    assert!(
        reply.content().contains("Too many wrong codes"),
        "{reply:#?}"
    );
    app.stop().await;
}

#[tokio::test]
async fn restart_keeps_invitations_and_joins() {
    let mut app = school().await;
    let kept = app
        .create_invitation(TEACHER, &[("label", json!("Kept")), ("max_uses", json!(2))])
        .await;
    let revoked = app
        .create_invitation(ADMIN, &[("label", json!("Gone"))])
        .await;
    app.slash(PARENT, "join", &[("code", json!(kept.code))])
        .await;
    app.slash(ADMIN, "invite revoke", &[("code", json!(revoked.code))])
        .await;

    app.restart().await;
    assert_eq!(app.fake.state().registrations, 2);
    let info = app
        .slash(TEACHER, "invite info", &[("code", json!(kept.code))])
        .await;
    assert_eq!(info.field("Uses").as_deref(), Some("1/2"), "{info:#?}");
    assert!(info.field("Joined through it (1)").is_some(), "{info:#?}");
    let reply = app
        .slash(NEWCOMER, "join", &[("code", json!(kept.code))])
        .await;
    assert!(reply.content().starts_with("Welcome"), "{reply:#?}");
    let reply = app
        .slash(CLOSED_DMS, "join", &[("code", json!(kept.code))])
        .await;
    assert!(reply.content().contains("used up"), "{reply:#?}");
    let reply = app
        .slash(CLOSED_DMS, "join", &[("code", json!(revoked.code))])
        .await;
    assert!(
        reply.content().contains("not a valid invitation"),
        "{reply:#?}"
    );
    let reply = app.slash(OWNER, "school info", &[]).await;
    assert_eq!(
        reply.field("Members joined").as_deref(),
        Some("2"),
        "{reply:#?}"
    );
    app.stop().await;
}

#[tokio::test]
async fn expired_invitations_lose_their_links_when_porter_starts() {
    let mut app = school().await;
    let hour = app
        .create_invitation(TEACHER, &[("expires_in", json!("1h"))])
        .await;
    let day = app
        .create_invitation(TEACHER, &[("expires_in", json!("1d"))])
        .await;
    app.clock.advance(2 * 3600);
    app.restart().await;
    let path = format!("/invites/{}", hour.invite_code());
    let delete = app
        .fake
        .wait_for("the expired invitation's invite deleted", |s| {
            s.requests_to("DELETE", &path).first().map(|r| (*r).clone())
        })
        .await;
    assert!(
        delete.audit_reason().is_some_and(|r| r.contains("expired")),
        "{delete:?}"
    );
    assert!(app.fake.state().invites.contains_key(day.invite_code()));
    app.until_swept().await;
    let info = app
        .slash(TEACHER, "invite info", &[("code", json!(hour.code))])
        .await;
    assert_eq!(
        info.field("Link").as_deref(),
        Some("none (the Discord invite is gone)")
    );
    app.stop().await;
}

#[tokio::test]
async fn many_wrong_codes_in_a_school_warn_its_log_channel() {
    let (world, guessers) = standard_with_members(2_000_000_000_000_100, 10, "guesser");
    let app = TestApp::spawn_with(world).await;
    app.setup_school().await;
    let threshold = porter::domain::SCHOOL_ALERT_THRESHOLD as usize;
    for n in 0..threshold {
        let guesser = guessers[n / porter::domain::FAILURE_LIMIT as usize];
        let reply = app
            .slash(guesser, "join", &[("code", json!(format!("AAAAA-{n:05}")))])
            .await;
        assert!(
            reply.content().contains("not a valid invitation"),
            "{reply:#?}"
        );
    }
    let warnings = log_lines(&app.fake);
    assert_eq!(warnings.len(), 1, "{warnings:#?}");
    assert!(
        warnings[0].starts_with("⚠️ 50 wrong invite codes"),
        "{warnings:#?}"
    );
    app.stop().await;
}

#[tokio::test]
async fn info_of_a_busy_invitation_fits_in_discord_limits() {
    let (world, joiners) = standard_with_members(2_000_000_000_000_200, 30, "pupil");
    let app = TestApp::spawn_with(world).await;
    app.setup_school().await;
    let created = app
        .create_invitation(OWNER, &[("label", json!("x".repeat(100)))])
        .await;
    for id in &joiners {
        let reply = app
            .slash(*id, "join", &[("code", json!(created.code))])
            .await;
        assert!(reply.content().starts_with("Welcome"), "{reply:#?}");
    }
    let info = app
        .slash(OWNER, "invite info", &[("code", json!(created.code))])
        .await;
    let joined = info
        .field("Joined through it (30)")
        .unwrap_or_else(|| panic!("{info:#?}\n{}", app.fake.summary()));
    assert!(
        joined.contains(&format!("<@{}>", joiners[29])),
        "newest first: {joined}"
    );
    assert!(
        info.embeds()[0]["footer"]["text"] == "Joins 1–10 of 30",
        "{info:#?}"
    );
    let list = app.slash(OWNER, "invite list", &[]).await;
    assert!(list.text().contains("30"), "{list:#?}");
    let choices = app.autocomplete(OWNER, "invite revoke", "code", "").await;
    assert_eq!(choices.len(), 1);
    app.stop().await;
}

#[tokio::test]
async fn codes_and_the_token_never_appear_in_logs() {
    let app = school().await;
    let created = app
        .create_invitation(
            TEACHER,
            &[("dm", json!(PARENT)), ("channel", json!(WELCOME))],
        )
        .await;
    let post = app.fake.state().messages_in(WELCOME)[0].clone();
    let button = post.body["components"][0]["components"][0]["custom_id"]
        .as_str()
        .expect("a button")
        .to_owned();
    app.press(NEWCOMER, &post, &button).await;
    app.slash(
        PARENT,
        "join",
        &[("code", json!(created.code.to_lowercase()))],
    )
    .await;
    app.slash_dm(OUTSIDER, "join", &[("code", json!(created.code))])
        .await;
    app.slash(ADMIN, "invite revoke", &[("code", json!(created.code))])
        .await;
    app.slash(CLOSED_DMS, "join", &[("code", json!(created.code))])
        .await;
    app.stop().await;

    let output = support::logs::output();
    assert!(
        output.contains("invitation created"),
        "Porter's logs are captured"
    );
    let bare = created.code.replace('-', "");
    for secret in [
        created.code.clone(),
        created.code.to_lowercase(),
        bare.clone(),
        bare.to_lowercase(),
        support::TOKEN.to_owned(),
    ] {
        assert!(
            !output.contains(&secret),
            "{secret} is in the logs:\n{output}"
        );
    }
}
