//! End to end: people arriving through invitation links. Discord (the fake) gives the
//! member role of a community invite to whoever accepts it; Porter tells which invitation's
//! link they used, counts and logs the join, enforces caps and expiry on the link, and
//! closes the channel posts of ended invitations.

use crate::support;

use serde_json::json;
use support::fake_discord::State;
use support::world::*;
use support::{eventually, log_line_with, log_lines, message_text, Created, TestApp};

/// People who are not in the server yet.
const ARRIVAL_1: u64 = 2_100_000_000_000_001;
const ARRIVAL_2: u64 = 2_100_000_000_000_002;
const ARRIVAL_3: u64 = 2_100_000_000_000_003;

/// The standard world with the [`ARRIVAL_1`]… users, not in the server.
fn world() -> State {
    let mut state = standard();
    for (id, name) in [
        (ARRIVAL_1, "amira"),
        (ARRIVAL_2, "bruno"),
        (ARRIVAL_3, "chen"),
    ] {
        add_user(&mut state, id, name);
    }
    state
}

/// A set-up school (private unless `public`) where Teachers may create and share
/// invitations.
async fn school(public: bool) -> TestApp {
    let app = TestApp::spawn_with(world()).await;
    app.setup_school().await;
    if public {
        app.slash(
            OWNER,
            "school setup",
            &[("member_role", json!(MEMBERS)), ("access", json!("public"))],
        )
        .await;
    }
    for permission in ["create", "share"] {
        app.slash(
            OWNER,
            "permissions grant",
            &[("role", json!(TEACHERS)), ("permission", json!(permission))],
        )
        .await;
    }
    app
}

async fn create(app: &TestApp, label: &str, max_uses: Option<u32>) -> Created {
    let mut opts = vec![("label", json!(label))];
    if let Some(max) = max_uses {
        opts.push(("max_uses", json!(max)));
    }
    app.create_invitation(TEACHER, &opts).await
}

/// Waits for a log-channel line mentioning `user` and containing `needle`.
async fn log_line(app: &TestApp, user: u64, needle: &str) -> String {
    log_line_with(&app.fake, &[&format!("<@{user}>"), needle]).await
}

/// `/invite info` as the owner: (Uses field, the "Joined through it" field).
async fn info(app: &TestApp, created: &Created) -> (String, String) {
    let reply = app
        .slash(OWNER, "invite info", &[("code", json!(created.code))])
        .await;
    let joined = reply
        .embeds()
        .first()
        .and_then(|e| e["fields"].as_array().cloned())
        .unwrap_or_default()
        .into_iter()
        .find(|f| f["name"].as_str().is_some_and(|n| n.starts_with("Joined")))
        .map(|f| format!("{}: {}", f["name"], f["value"]))
        .unwrap_or_default();
    (reply.field("Uses").unwrap_or_default(), joined)
}

/// Restarts Porter and waits until it has started reading the server's invites, which it
/// does before handling any arrival.
async fn restart(app: &mut TestApp) {
    let reads = app.count("GET", &format!("/guilds/{GUILD}/invites"));
    app.restart().await;
    settle(app, reads + 1).await;
}

/// Waits until Porter has read the server's invites `n` times (once per arrival it looked
/// at, once per start), then for one command round trip: for checks that nothing happened.
async fn settle(app: &TestApp, n: usize) {
    let path = format!("/guilds/{GUILD}/invites");
    app.fake
        .wait_for(&format!("{n} reads of the invites"), |s| {
            (s.requests_to("GET", &path).len() >= n).then_some(())
        })
        .await;
    let reply = app.slash(OWNER, "school info", &[]).await;
    assert!(reply.ephemeral());
}

#[tokio::test]
async fn a_link_arrival_is_attributed_counted_and_logged() {
    let app = school(false).await;
    let created = create(&app, "Open day", None).await;

    app.fake.accept_invite(created.invite_code(), ARRIVAL_1);
    let line = log_line(&app, ARRIVAL_1, "📥").await;
    assert_eq!(
        line,
        format!(
            "📥 <@{ARRIVAL_1}> joined with “Open day” (created by <@{TEACHER}>) by opening its \
             link."
        )
    );
    assert!(app.has_role(ARRIVAL_1, MEMBERS), "Discord gave the role");
    assert_eq!(
        app.count(
            "PUT",
            &format!("/guilds/{GUILD}/members/{ARRIVAL_1}/roles/*")
        ),
        0,
        "Porter had nothing to grant"
    );
    let (uses, joined) = info(&app, &created).await;
    assert!(uses.starts_with("1 "), "{uses}");
    assert!(joined.contains("(1)"), "{joined}");
    assert!(
        joined.contains(&format!("<@{ARRIVAL_1}> · link · ")),
        "{joined}"
    );
    let school = app.slash(OWNER, "school info", &[]).await;
    assert_eq!(
        school.field("Joins in the last 7 days").as_deref(),
        Some("1")
    );

    // Someone already in the server who accepts the link receives the role from Discord:
    // that is a join through it too.
    app.fake.accept_invite(created.invite_code(), NEWCOMER);
    log_line(&app, NEWCOMER, "by opening its link").await;
    let (uses, _) = info(&app, &created).await;
    assert!(uses.starts_with("2 "), "{uses}");
    app.stop().await;
}

#[tokio::test]
async fn two_people_through_two_links_at_once_are_counted_but_not_guessed() {
    let app = school(false).await;
    let year7 = create(&app, "Year 7", Some(5)).await;
    let year8 = create(&app, "Year 8", Some(5)).await;

    app.fake.accept_invites_at_once(&[
        (year7.invite_code(), ARRIVAL_1),
        (year8.invite_code(), ARRIVAL_2),
    ]);
    for user in [ARRIVAL_1, ARRIVAL_2] {
        let line = log_line(&app, user, "❔").await;
        assert_eq!(
            line,
            format!(
                "❔ <@{user}> arrived through one of several invites used at the same moment \
                 (“Year 7”, “Year 8”). Discord's counts say how many came through each, and \
                 Porter counted them; it can't tell who came through which."
            )
        );
        assert!(app.has_role(user, MEMBERS));
    }
    for created in [&year7, &year8] {
        let (uses, joined) = info(&app, created).await;
        assert!(
            uses.starts_with("1/5"),
            "how many is never ambiguous: {uses}"
        );
        assert!(joined.contains("(0, and 2 who may have)"), "{joined}");
        for user in [ARRIVAL_1, ARRIVAL_2] {
            assert!(
                joined.contains(&format!("<@{user}> · link? (one of several used at once)")),
                "{joined}"
            );
        }
    }
    // The next arrival stands alone again.
    app.fake.accept_invite(year8.invite_code(), ARRIVAL_3);
    log_line(&app, ARRIVAL_3, "“Year 8”").await;
    app.stop().await;
}

#[tokio::test]
async fn two_people_through_the_same_link_at_once_are_both_counted() {
    let app = school(false).await;
    let created = create(&app, "Open day", None).await;
    app.fake.accept_invites_at_once(&[
        (created.invite_code(), ARRIVAL_1),
        (created.invite_code(), ARRIVAL_2),
    ]);
    for user in [ARRIVAL_1, ARRIVAL_2] {
        log_line(&app, user, "by opening its link").await;
    }
    let (uses, joined) = info(&app, &created).await;
    assert!(uses.starts_with("2 "), "{uses}");
    assert!(joined.contains("(2)"), "{joined}");
    app.stop().await;
}

#[tokio::test]
async fn a_restart_between_creation_and_arrival_loses_nothing() {
    let mut app = school(false).await;
    let created = create(&app, "Open day", None).await;
    restart(&mut app).await;
    app.fake.accept_invite(created.invite_code(), ARRIVAL_1);
    log_line(&app, ARRIVAL_1, "by opening its link").await;

    // Arrivals while Porter is down are counted when it comes back (the people unknown).
    app.stop_bot().await;
    app.fake.accept_invite(created.invite_code(), ARRIVAL_2);
    app.fake.accept_invite(created.invite_code(), ARRIVAL_3);
    app.start_bot().await;
    let line = log_line_with(&app.fake, &["📥", "while Porter was offline"]).await;
    assert_eq!(
        line,
        format!(
            "📥 2 people joined through the link of “Open day” (created by <@{TEACHER}>) while \
             Porter was offline."
        )
    );
    let line = log_line_with(&app.fake, &["👥"]).await;
    assert_eq!(
        line,
        format!(
            "👥 2 people came in through invitation links while Porter was offline. They are \
             <@{ARRIVAL_2}>, <@{ARRIVAL_3}>: they joined the server while Porter was away and \
             hold the member role, with no join Porter knows of."
        )
    );
    let (uses, _) = info(&app, &created).await;
    assert!(uses.starts_with("3 "), "{uses}");
    app.stop().await;
}

#[tokio::test]
async fn code_and_link_joins_share_the_cap_which_deletes_the_link_and_closes_the_post() {
    let app = school(false).await;
    let created = create(&app, "Two seats", Some(2)).await;
    app.slash(
        TEACHER,
        "invite share",
        &[("code", json!(created.code)), ("channel", json!(WELCOME))],
    )
    .await;
    let reply = app
        .slash(NEWCOMER, "join", &[("code", json!(created.code))])
        .await;
    assert!(reply.content().starts_with("Welcome"), "{reply:#?}");

    app.fake.accept_invite(created.invite_code(), ARRIVAL_1);
    log_line(&app, ARRIVAL_1, "by opening its link").await;
    app.fake
        .wait_for("the used-up link deleted", |s| {
            s.deleted_invites
                .iter()
                .any(|c| c == created.invite_code())
                .then_some(())
        })
        .await;
    let post = app
        .fake
        .wait_for("the post closed", |s| {
            s.messages_in(WELCOME)
                .first()
                .filter(|m| !m.edits.is_empty())
                .map(|m| (*m).clone())
        })
        .await;
    let text = message_text(&post);
    assert!(
        text.contains("“Two seats” has ended") && text.contains("used up (2/2)"),
        "{text}"
    );
    assert!(
        !text.contains(&created.code),
        "the dead code is gone: {text}"
    );
    let button = &post.body["components"][0]["components"][0];
    assert_eq!(button["disabled"], true);
    assert_eq!(button["label"], "Join (used up)");

    let reply = app
        .slash(PARENT, "join", &[("code", json!(created.code))])
        .await;
    assert!(reply.content().contains("used up"), "{reply:#?}");
    app.stop().await;
}

#[tokio::test]
async fn a_last_moment_arrival_past_the_cap_has_the_role_taken_back() {
    let app = school(false).await;
    let created = create(&app, "Two seats", Some(2)).await;
    app.slash(NEWCOMER, "join", &[("code", json!(created.code))])
        .await;
    // Discord counts only link uses (its cap is 2): both get in, and it deletes the invite.
    app.fake.accept_invites_at_once(&[
        (created.invite_code(), ARRIVAL_1),
        (created.invite_code(), ARRIVAL_2),
    ]);
    // Whichever Porter looks at first is the second use; the other is past the cap.
    let warning = log_line_with(&app.fake, &["⚠️"]).await;
    let (late, first) = if warning.contains(&format!("<@{ARRIVAL_1}>")) {
        (ARRIVAL_1, ARRIVAL_2)
    } else {
        (ARRIVAL_2, ARRIVAL_1)
    };
    assert_eq!(
        warning,
        format!(
            "⚠️ <@{late}> came in through the link of “Two seats” after all its 2 seats were \
             taken: Discord counts only the link's own uses, so it let them in. Porter took the \
             member role back. If they should be in, share a working invitation with them."
        )
    );
    log_line(&app, first, "by opening its link").await;
    assert!(app.has_role(first, MEMBERS));
    assert!(!app.has_role(late, MEMBERS));
    let (uses, _) = info(&app, &created).await;
    assert!(uses.starts_with("2/2"), "never past the cap: {uses}");
    app.stop().await;
}

#[tokio::test]
async fn revoked_and_expired_invitations_close_their_posts_and_links() {
    let mut app = school(false).await;
    let revoked = create(&app, "Revoked", None).await;
    let hourly = app
        .create_invitation(
            TEACHER,
            &[("label", json!("Hourly")), ("expires_in", json!("1h"))],
        )
        .await;
    for created in [&revoked, &hourly] {
        app.slash(
            TEACHER,
            "invite share",
            &[("code", json!(created.code)), ("channel", json!(WELCOME))],
        )
        .await;
    }
    app.slash(OWNER, "invite revoke", &[("code", json!(revoked.code))])
        .await;
    let post = app.fake.state().messages_in(WELCOME)[0].clone();
    assert_eq!(post.edits.len(), 1, "closed as the revocation is answered");
    assert!(message_text(&post).contains("was revoked"), "{post:?}");
    assert_eq!(
        post.body["components"][0]["components"][0]["label"],
        "Join (revoked)"
    );

    // An hour later the sweep (at start-up here; every 5 minutes otherwise) ends the other.
    app.clock.advance(3600);
    restart(&mut app).await;
    let post = app
        .fake
        .wait_for("the expired post closed", |s| {
            s.messages_in(WELCOME)
                .get(1)
                .filter(|m| !m.edits.is_empty())
                .map(|m| (*m).clone())
        })
        .await;
    assert!(message_text(&post).contains("expired"), "{post:?}");
    assert_eq!(
        post.body["components"][0]["components"][0]["disabled"],
        true
    );
    assert!(app
        .fake
        .state()
        .deleted_invites
        .iter()
        .any(|c| c == hourly.invite_code()));
    // Closed for good: nothing is left for the next sweep.
    app.until_swept().await;
    app.stop().await;
}

#[tokio::test]
async fn a_link_deleted_by_hand_shows_as_gone_and_the_code_still_works() {
    let app = school(false).await;
    let created = create(&app, "Open day", None).await;
    app.fake.delete_invite_by_hand(created.invite_code());
    let line = log_line_with(&app.fake, &["🔗"]).await;
    assert_eq!(
        line,
        format!(
            "🔗 The link of “Open day” (created by <@{TEACHER}>) was deleted in Discord. Its \
             code still works; for a new link, create a new invitation."
        )
    );
    let reply = app
        .slash(OWNER, "invite info", &[("code", json!(created.code))])
        .await;
    assert_eq!(
        reply.field("Link").as_deref(),
        Some("none (the Discord invite is gone)")
    );
    let reply = app
        .slash(NEWCOMER, "join", &[("code", json!(created.code))])
        .await;
    assert!(reply.content().starts_with("Welcome"), "{reply:#?}");
    app.stop().await;
}

#[tokio::test]
async fn public_schools_welcome_every_arrival_and_private_ones_nobody_else() {
    let app = school(true).await;
    let own = app.fake.create_invite_by_hand(GUILD, GENERAL, OWNER, 0);
    app.fake.accept_invite(&own, ARRIVAL_1);
    let line = log_line(&app, ARRIVAL_1, "📥").await;
    assert_eq!(
        line,
        format!("📥 <@{ARRIVAL_1}> joined the public school and got the member role.")
    );
    assert!(app.has_role(ARRIVAL_1, MEMBERS), "Porter gave it");
    app.stop().await;

    let app = school(false).await;
    let own = app.fake.create_invite_by_hand(GUILD, GENERAL, OWNER, 0);
    let reads = app.count("GET", &format!("/guilds/{GUILD}/invites"));
    app.fake.accept_invite(&own, ARRIVAL_1);
    settle(&app, reads + 1).await;
    assert!(!app.has_role(ARRIVAL_1, MEMBERS));
    assert!(
        !log_lines(&app.fake)
            .iter()
            .any(|l| l.contains(&format!("<@{ARRIVAL_1}>"))),
        "{:?}",
        log_lines(&app.fake)
    );
    app.stop().await;
}

/// Waits until Porter has queued `user`'s arrival (it says so in its log).
async fn until_queued(user: u64) {
    let needle = user.to_string();
    eventually(async || {
        let queued = support::logs::output()
            .lines()
            .any(|l| l.contains("arrival queued") && l.contains(&needle));
        if queued {
            Ok(())
        } else {
            Err(format!("{user}'s arrival was never queued"))
        }
    })
    .await
}

/// Waits until Porter has noted that the invitation's link is gone.
async fn until_link_gone(app: &TestApp, created: &Created) {
    let domain = app.domain();
    eventually(async || {
        let gone: Option<i64> = sqlx::query_scalar(
            "SELECT link_gone_at FROM invitations WHERE discord_invite_code = ?",
        )
        .bind(created.invite_code())
        .fetch_one(domain.db().pool())
        .await
        .unwrap();
        match gone {
            Some(_) => Ok(()),
            None => Err("the link was never noted gone".to_owned()),
        }
    })
    .await
}

/// The owner revokes an invitation.
async fn revoke(app: &TestApp, created: &Created) {
    let reply = app
        .slash(OWNER, "invite revoke", &[("code", json!(created.code))])
        .await;
    assert!(reply.content().starts_with("Revoked"), "{reply:#?}");
}

#[tokio::test]
async fn an_ended_invitations_deleted_link_does_not_make_the_next_arrival_ambiguous() {
    let app = school(false).await;
    let pair = create(&app, "Pair", Some(2)).await;
    let class = create(&app, "Class of 30", Some(30)).await;
    let year7 = create(&app, "Year 7", None).await;
    // "Pair" is used up by codes, so Porter deletes its link; "Class of 30" is revoked.
    for user in [NEWCOMER, PARENT] {
        let reply = app.slash(user, "join", &[("code", json!(pair.code))]).await;
        assert!(reply.content().starts_with("Welcome"), "{reply:#?}");
    }
    revoke(&app, &class).await;
    app.until_swept().await;
    // Within seconds, someone arrives through the link of "Year 7".
    app.fake.accept_invite(year7.invite_code(), ARRIVAL_1);
    let line = log_line(&app, ARRIVAL_1, "📥").await;
    assert!(line.contains("“Year 7”"), "{line}");
    let (uses, joined) = info(&app, &year7).await;
    assert!(uses.starts_with("1 "), "{uses}");
    assert!(joined.contains("Joined through it (1)\""), "{joined}");
    assert!(!log_lines(&app.fake).iter().any(|l| l.contains("❔")));
    app.stop().await;
}

#[tokio::test]
async fn a_revoked_invitations_surviving_link_admits_nobody() {
    let app = school(false).await;
    let pair = create(&app, "Pair", Some(1)).await;
    let old = create(&app, "Old class", None).await;
    // A capped link vanished a moment before (the poison of old)...
    app.slash(NEWCOMER, "join", &[("code", json!(pair.code))])
        .await;
    app.until_swept().await;
    // ...and deleting the revoked invitation's link fails.
    app.fake.fail(
        "DELETE",
        &format!("/invites/{}", old.invite_code()),
        500,
        0,
        None,
    );
    let reply = app
        .slash(OWNER, "invite revoke", &[("code", json!(old.code))])
        .await;
    assert!(
        reply.content().contains("couldn't delete its link"),
        "{reply:#?}"
    );
    app.fake.accept_invite(old.invite_code(), ARRIVAL_1);
    let line = log_line(&app, ARRIVAL_1, "⚠️").await;
    assert_eq!(
        line,
        format!(
            "⚠️ <@{ARRIVAL_1}> came in through the link of “Old class”, which was revoked, \
             before Porter could delete the link. Porter took the member role back. If they \
             should be in, share a working invitation with them."
        )
    );
    app.fake
        .wait_for("the role taken back", |s| {
            (!s.has_role(GUILD, ARRIVAL_1, MEMBERS)).then_some(())
        })
        .await;
    app.fake.update(|s| s.failures.clear());
    app.stop().await;
}

#[tokio::test]
async fn a_link_discord_removed_at_its_cap_is_not_reported_deleted_but_one_deleted_by_hand_is() {
    let app = school(false).await;
    let single = create(&app, "Single", Some(1)).await;
    let capped = create(&app, "Capped", Some(5)).await;
    app.fake.accept_invite(single.invite_code(), ARRIVAL_1);
    log_line(&app, ARRIVAL_1, "by opening its link").await;
    app.fake.delete_invite_by_hand(capped.invite_code());
    until_link_gone(&app, &capped).await;
    // Once nobody can have used its last seats, the capped one is known deleted by hand;
    // any event for the server lets Porter see that time has passed.
    app.advance(porter::domain::GONE_GRACE + 1);
    app.fake.create_invite_by_hand(GUILD, GENERAL, OWNER, 0);
    let line = log_line_with(&app.fake, &["🔗"]).await;
    assert!(
        line.contains("“Capped”") && line.contains("Its code still works"),
        "{line}"
    );
    assert!(
        !log_lines(&app.fake)
            .iter()
            .any(|l| l.contains("🔗") && l.contains("“Single”")),
        "{:?}",
        log_lines(&app.fake)
    );
    let (uses, _) = info(&app, &single).await;
    assert!(uses.starts_with("1/1"), "{uses}");
    app.stop().await;
}

#[tokio::test]
async fn the_cap_holds_across_a_restart() {
    let mut app = school(false).await;
    let created = create(&app, "Two seats", Some(2)).await;
    let reply = app
        .slash(NEWCOMER, "join", &[("code", json!(created.code))])
        .await;
    assert!(reply.content().starts_with("Welcome"), "{reply:#?}");
    // Porter stops; two people come in through the link and Discord removes it at its cap.
    app.stop_bot().await;
    app.advance(60);
    app.fake.accept_invite(created.invite_code(), ARRIVAL_1);
    app.fake.accept_invite(created.invite_code(), ARRIVAL_2);
    app.start_bot().await;
    let line = log_line_with(&app.fake, &["🔗", "while Porter was offline"]).await;
    assert_eq!(
        line,
        format!(
            "🔗 The link of “Two seats” (created by <@{TEACHER}>) disappeared while Porter was \
             offline. Discord removes a link once its last use is taken, so Porter counts the 2 \
             uses it had left as taken (1 of them past the invitation's cap). If someone \
             deleted the link by hand instead, create a new invitation for whoever still needs \
             one."
        )
    );
    let line = log_line_with(&app.fake, &["👥"]).await;
    assert_eq!(
        line,
        format!(
            "👥 2 people came in through invitation links while Porter was offline. They are \
             <@{ARRIVAL_1}>, <@{ARRIVAL_2}>: they joined the server while Porter was away and \
             hold the member role, with no join Porter knows of. 1 of them came in past an \
             invitation's cap or after it ended; Porter can't tell which, so it took no role \
             back: check them, and remove the member role from anyone who should not have it."
        )
    );
    let reply = app
        .slash(OWNER, "invite info", &[("code", json!(created.code))])
        .await;
    assert_eq!(reply.field("Uses").as_deref(), Some("2/2"));
    assert_eq!(reply.field("Status").as_deref(), Some("used up"));
    let reply = app
        .slash(PARENT, "join", &[("code", json!(created.code))])
        .await;
    assert!(reply.content().contains("used up"), "{reply:#?}");
    app.stop().await;
}

#[tokio::test]
async fn arrivals_that_queue_up_share_one_read_of_the_invites() {
    let app = school(false).await;
    let created = create(&app, "Open day", None).await;
    let path = format!("/guilds/{GUILD}/invites");
    let reads = app.count("GET", &path);
    // Discord is slow to list the invites: the first arrival waits for the list while the
    // others queue up behind it.
    app.fake.hold("GET", &path);
    app.fake.accept_invite(created.invite_code(), ARRIVAL_1);
    app.fake
        .wait_for("the first read held", |s| {
            (s.pending().count() == 1).then_some(())
        })
        .await;
    app.fake.accept_invite(created.invite_code(), ARRIVAL_2);
    app.fake.accept_invite(created.invite_code(), ARRIVAL_3);
    app.fake.accept_invite(created.invite_code(), NEWCOMER);
    for user in [ARRIVAL_2, ARRIVAL_3, NEWCOMER] {
        until_queued(user).await;
    }
    app.fake.release_held();
    for user in [ARRIVAL_1, ARRIVAL_2, ARRIVAL_3, NEWCOMER] {
        log_line(&app, user, "by opening its link").await;
    }
    let (uses, _) = info(&app, &created).await;
    assert!(uses.starts_with("4 "), "{uses}");
    let made = app.count("GET", &path) - reads;
    assert!(made <= 2, "4 arrivals made {made} reads of the invite list");
    app.stop().await;
}

#[tokio::test]
async fn a_failed_read_of_the_invites_loses_nobody_and_holds_the_seat() {
    let app = school(false).await;
    let created = create(&app, "Two seats", Some(2)).await;
    let path = format!("/guilds/{GUILD}/invites");
    app.fake.fail("GET", &path, 500, 0, None);
    app.fake.accept_invite(created.invite_code(), ARRIVAL_1);
    // Porter cannot read the counts yet: the arrival may hold a seat.
    let domain = app.domain();
    let deadline = tokio::time::Instant::now() + support::fake_discord::WAIT;
    loop {
        let unread: i64 = sqlx::query_scalar("SELECT arrivals_unread FROM schools")
            .fetch_one(domain.db().pool())
            .await
            .unwrap();
        if unread == 1 {
            break;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "the arrival never waited"
        );
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    let reply = app
        .slash(NEWCOMER, "join", &[("code", json!(created.code))])
        .await;
    assert!(reply.content().starts_with("Welcome"), "{reply:#?}");
    let reply = app
        .slash(PARENT, "join", &[("code", json!(created.code))])
        .await;
    assert_eq!(
        reply.content(),
        "Porter is still counting who came in through this invitation's link a moment ago, so \
         it can't tell yet whether a seat is left. Try again in a minute."
    );
    // Discord answers again: the arrival is counted and the seats add up.
    app.fake.update(|s| s.failures.clear());
    log_line(&app, ARRIVAL_1, "by opening its link").await;
    let reply = app
        .slash(PARENT, "join", &[("code", json!(created.code))])
        .await;
    assert!(reply.content().contains("used up"), "{reply:#?}");
    assert!(
        support::logs::lines()
            .iter()
            .any(|l| l.contains("could not read the server's invites")
                && l.contains("Discord answered 500")),
        "{:?}",
        support::logs::lines()
    );
    app.stop().await;
}

#[tokio::test]
async fn someone_who_may_have_used_a_revoked_link_at_the_same_moment_does_not_keep_the_role() {
    let app = school(false).await;
    let old = create(&app, "Old class", None).await;
    let year7 = create(&app, "Year 7", None).await;
    app.fake.fail(
        "DELETE",
        &format!("/invites/{}", old.invite_code()),
        500,
        0,
        None,
    );
    revoke(&app, &old).await;
    app.fake.accept_invites_at_once(&[
        (old.invite_code(), ARRIVAL_1),
        (year7.invite_code(), ARRIVAL_2),
    ]);
    for user in [ARRIVAL_1, ARRIVAL_2] {
        let line = log_line(&app, user, "❔").await;
        assert!(
            line.ends_with(&format!(
                "“Old class” was revoked, and Porter can't tell whether <@{user}> came through \
                 it. Porter took the member role back. If they should be in, share a working \
                 invitation with them."
            )),
            "{line}"
        );
    }
    app.fake
        .wait_for("both roles taken back", |s| {
            (!s.has_role(GUILD, ARRIVAL_1, MEMBERS) && !s.has_role(GUILD, ARRIVAL_2, MEMBERS))
                .then_some(())
        })
        .await;
    // Discord's counts still say one came through "Year 7".
    let (uses, _) = info(&app, &year7).await;
    assert!(uses.starts_with("1 "), "{uses}");
    app.fake.update(|s| s.failures.clear());
    app.stop().await;
}
