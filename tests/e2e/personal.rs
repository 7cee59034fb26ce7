//! End to end: personal invitations (`/invite create for:@user`), whose code and link work
//! for one person only, through the fake Discord.

use crate::support;

use serde_json::json;
use support::world::*;
use support::{log_line_with, message_text, TestApp};

/// A set-up school where Teachers may create and share invitations.
async fn school() -> TestApp {
    let app = TestApp::spawn().await;
    app.setup_school().await;
    for permission in ["create", "share"] {
        grant(&app, permission).await;
    }
    app
}

async fn grant(app: &TestApp, permission: &str) {
    let reply = app
        .slash(
            OWNER,
            "permissions grant",
            &[("role", json!(TEACHERS)), ("permission", json!(permission))],
        )
        .await;
    assert!(reply.content().contains("can now"), "{reply:#?}");
}

#[tokio::test]
async fn a_personal_invitation_is_a_targeted_invite_its_person_alone_can_use() {
    let app = school().await;
    let created = app
        .create_invitation(
            TEACHER,
            &[("label", json!("Sam's place")), ("for", json!(PARENT))],
        )
        .await;
    let reply = &created.reply;
    assert_eq!(
        reply.field("For"),
        Some(format!("<@{PARENT}>")),
        "{reply:#?}"
    );
    assert_eq!(reply.field("Uses").as_deref(), Some("0/1"));
    let shared = reply.field("Shared").expect("a Shared field");
    assert!(
        shared.contains(&format!("✅ Sent to <@{PARENT}> in a DM.")),
        "{shared}"
    );

    // The link is a targeted invite: a multipart body, its options in payload_json and the
    // one user who may accept it in target_users_file.
    let posts = app.requests("POST", &format!("/channels/{WELCOME}/invites"));
    assert_eq!(posts.len(), 1);
    let body = posts[0].body.clone().expect("a payload_json");
    assert_eq!(body["max_uses"], 1);
    assert_eq!(body["max_age"], 0);
    assert_eq!(body["unique"], true);
    assert_eq!(body["role_ids"], json!([MEMBERS.to_string()]));
    let form = posts[0].form.clone().expect("a multipart body");
    let file = form
        .iter()
        .find(|p| p.name == "target_users_file")
        .expect("a target_users_file part");
    assert!(file.filename.is_some(), "sent as a file: {file:?}");
    assert_eq!(file.data, format!("{PARENT}\n").into_bytes());
    let reason = posts[0].audit_reason().expect("an audit-log reason");
    assert!(
        reason.contains(&format!("created by user {TEACHER}")),
        "{reason}"
    );
    assert_eq!(
        app.fake.state().invite_targets[created.invite_code()],
        vec![PARENT]
    );

    // The DM says it is theirs alone, with the code and the link.
    let dms = app.fake.state().dms_to(PARENT).len();
    assert_eq!(dms, 1);
    let dm = message_text(app.fake.state().dms_to(PARENT)[0]);
    for part in [&created.code, &created.link, "for you alone"] {
        assert!(dm.contains(part), "the DM holds {part}: {dm}");
    }

    // Discord lets nobody else through the link.
    assert!(app
        .fake
        .try_accept_invite(created.invite_code(), NEWCOMER)
        .is_err());
    assert!(!app.has_role(NEWCOMER, MEMBERS));

    // Anyone else typing the code is told it is someone else's, without whose.
    let reply = app
        .slash(NEWCOMER, "join", &[("code", json!(created.code))])
        .await;
    assert!(reply.ephemeral());
    assert!(reply.content().contains("for someone else"), "{reply:#?}");
    assert!(!reply.content().contains(&PARENT.to_string()), "{reply:#?}");
    assert!(!reply.content().contains("parent"), "{reply:#?}");
    assert!(!app.has_role(NEWCOMER, MEMBERS));

    // Its person joins with it, once; the log line says whom it was for.
    let reply = app
        .slash(PARENT, "join", &[("code", json!(created.code))])
        .await;
    assert!(reply.content().starts_with("Welcome"), "{reply:#?}");
    assert!(app.has_role(PARENT, MEMBERS));
    log_line_with(
        &app.fake,
        &[
            &format!("📥 <@{PARENT}> joined with “Sam's place” for <@{PARENT}>"),
            "by typing its code",
        ],
    )
    .await;

    // /invite info and /invite list show whom it is for.
    let info = app
        .slash(TEACHER, "invite info", &[("code", json!(created.code))])
        .await;
    assert_eq!(
        info.field("For"),
        Some(format!("<@{PARENT}> (personal)")),
        "{info:#?}"
    );
    assert_eq!(info.field("Uses").as_deref(), Some("1/1"));
    let list = app
        .slash(TEACHER, "invite list", &[("include_inactive", json!(true))])
        .await;
    assert!(
        list.text()
            .contains(&format!("“Sam's place” for <@{PARENT}>")),
        "{list:#?}"
    );
    app.stop().await;
}

#[tokio::test]
async fn someone_else_with_the_code_counts_as_a_wrong_code() {
    let app = school().await;
    let created = app
        .create_invitation(TEACHER, &[("for", json!(PARENT))])
        .await;
    for _ in 0..5 {
        let reply = app
            .slash(NEWCOMER, "join", &[("code", json!(created.code))])
            .await;
        assert!(reply.content().contains("for someone else"), "{reply:#?}");
    }
    let reply = app
        .slash(NEWCOMER, "join", &[("code", json!(created.code))])
        .await;
    assert!(
        reply.content().contains("Too many wrong codes"),
        "{reply:#?}"
    );
    // In a DM too, the code is not theirs.
    let reply = app
        .slash_dm(OUTSIDER, "join", &[("code", json!(created.code))])
        .await;
    assert!(reply.content().contains("for someone else"), "{reply:#?}");
    assert!(!reply.content().contains(&created.link), "{reply:#?}");
    assert_eq!(app.count("PUT", "/guilds/*/members/*/roles/*"), 0);
    app.stop().await;
}

#[tokio::test]
async fn someone_not_yet_in_the_server_gets_the_code_and_link_from_the_moderator() {
    let app = school().await;
    // Discord lets Porter DM only people who share a server with it: OUTSIDER doesn't.
    let created = app
        .create_invitation(TEACHER, &[("for", json!(OUTSIDER))])
        .await;
    let shared = created.reply.field("Shared").expect("a Shared field");
    assert!(
        shared.contains(&format!("couldn't send it to <@{OUTSIDER}>")),
        "{shared}"
    );
    assert!(shared.contains("Pass its code and link on"), "{shared}");
    assert!(created.link.starts_with("https://discord.gg/"));
    assert!(app.fake.state().dms_to(OUTSIDER).is_empty());
    assert_eq!(
        app.fake
            .state()
            .requests_to("POST", "/channels/*/messages")
            .last()
            .map(|r| r.status),
        Some(403)
    );

    // In a DM with Porter, the code gives its person the link.
    let reply = app
        .slash_dm(OUTSIDER, "join", &[("code", json!(created.code))])
        .await;
    assert!(reply.content().contains(&created.link), "{reply:#?}");
    // Only they can arrive through it, and their arrival is counted as a link join.
    assert!(app
        .fake
        .try_accept_invite(created.invite_code(), NEWCOMER)
        .is_err());
    app.fake.accept_invite(created.invite_code(), OUTSIDER);
    assert!(app.has_role(OUTSIDER, MEMBERS));
    log_line_with(
        &app.fake,
        &[
            &format!("<@{OUTSIDER}> joined with"),
            &format!("for <@{OUTSIDER}>"),
            "by opening its link",
        ],
    )
    .await;
    let info = app
        .slash(TEACHER, "invite info", &[("code", json!(created.code))])
        .await;
    assert_eq!(info.field("Uses").as_deref(), Some("1/1"), "{info:#?}");
    app.stop().await;
}

#[tokio::test]
async fn options_that_do_not_fit_a_personal_invitation_are_refused() {
    let app = school().await;
    let refusals: [(&[(&str, serde_json::Value)], &str); 5] = [
        (
            &[("for", json!(PARENT)), ("max_uses", json!(5))],
            "can't have `max_uses:5`",
        ),
        (
            &[("for", json!(PARENT)), ("channel", json!(GENERAL))],
            "doesn't post it in a channel",
        ),
        (
            &[("for", json!(PARENT)), ("dm", json!(NEWCOMER))],
            "not to someone else",
        ),
        (&[("for", json!(OTHER_BOT))], "is a bot"),
        (&[("send", json!(false))], "`send:` goes with `for:`"),
    ];
    for (opts, says) in refusals {
        let reply = app.slash(TEACHER, "invite create", opts).await;
        assert!(reply.ephemeral());
        assert!(reply.content().contains(says), "{opts:?}: {reply:#?}");
        assert!(
            reply.content().contains("Nothing was created"),
            "{opts:?}: {reply:#?}"
        );
    }
    assert_eq!(
        app.count("POST", &format!("/channels/{WELCOME}/invites")),
        0
    );

    // send:False: made, not sent, and the moderator is told to pass it on.
    let created = app
        .create_invitation(TEACHER, &[("for", json!(PARENT)), ("send", json!(false))])
        .await;
    let shared = created.reply.field("Shared").expect("a Shared field");
    assert!(shared.contains("Not sent, as you asked"), "{shared}");
    assert!(app.fake.state().dms_to(PARENT).is_empty());

    // It is never posted, nor sent to anyone but its person.
    for (opts, says) in [
        (
            vec![("channel", json!(GENERAL))],
            "never posts it in a channel",
        ),
        (vec![("dm", json!(NEWCOMER))], "Nothing was shared"),
    ] {
        let mut opts = opts;
        opts.push(("code", json!(created.code)));
        let reply = app.slash(TEACHER, "invite share", &opts).await;
        assert!(reply.content().contains(says), "{reply:#?}");
    }
    assert!(app.fake.state().messages_in(GENERAL).is_empty());
    assert!(app.fake.state().dms_to(NEWCOMER).is_empty());
    let reply = app
        .slash(
            TEACHER,
            "invite share",
            &[("code", json!(created.code)), ("dm", json!(PARENT))],
        )
        .await;
    assert!(
        reply.content().contains(&format!("✅ Sent to <@{PARENT}>")),
        "{reply:#?}"
    );

    // Without share, the invitation is made but not sent, and the moderator is told why.
    let reply = app
        .slash(
            OWNER,
            "permissions remove",
            &[("role", json!(TEACHERS)), ("permission", json!("share"))],
        )
        .await;
    assert!(reply.content().contains("no longer has"), "{reply:#?}");
    let created = app
        .create_invitation(TEACHER, &[("for", json!(NEWCOMER))])
        .await;
    let shared = created.reply.field("Shared").expect("a Shared field");
    assert!(shared.contains("**share** permission"), "{shared}");
    assert!(app.fake.state().dms_to(NEWCOMER).is_empty());
    let reply = app
        .slash(
            TEACHER,
            "invite create",
            &[("for", json!(NEWCOMER)), ("send", json!(true))],
        )
        .await;
    assert!(reply.content().contains("nothing was"), "{reply:#?}");
    assert!(reply.content().contains("`send:False`"), "{reply:#?}");
    app.stop().await;
}
