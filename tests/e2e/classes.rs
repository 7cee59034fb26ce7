//! End to end: class roles (`/school roles`, invitations that give roles besides the member
//! role) and the end of their term (`roles_until:`).

use crate::support;

use poise::serenity_prelude::Permissions;
use serde_json::json;
use support::fake_discord::{Role, State};
use support::world::*;
use support::{log_line_with, message_text, TestApp};

/// A class role, below Porter's.
const YEAR7: u64 = 3_000_000_000_000_070;
/// Another plain role, not on the school's list.
const CHOIR: u64 = 3_000_000_000_000_071;

/// The standard world with the roles Year 7 and Choir (plain, below Porter's).
fn world_with_classes() -> State {
    let mut state = standard();
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

/// A school with Year 7 on its list of class roles.
async fn school_with_year7() -> TestApp {
    let app = TestApp::spawn_with(world_with_classes()).await;
    app.setup_school().await;
    let added = app
        .slash(OWNER, "school roles add", &[("role", json!(YEAR7))])
        .await;
    assert!(added.ephemeral());
    assert!(
        added.text().contains("is now a class role"),
        "{}",
        added.text()
    );
    app
}

#[tokio::test]
async fn class_roles_are_checked_listed_and_given_by_code_and_link_until_the_end_of_term() {
    let app = school_with_year7().await;

    // Checked like the member role: not above Porter's, not the member role.
    let above = app
        .slash(OWNER, "school roles add", &[("role", json!(ELDERS))])
        .await;
    assert!(
        above.text().contains("not below Porter's highest role"),
        "{}",
        above.text()
    );
    let member = app
        .slash(OWNER, "school roles add", &[("role", json!(MEMBERS))])
        .await;
    assert!(member.text().contains("member role"), "{}", member.text());
    let list = app.slash(OWNER, "school roles list", &[]).await;
    assert!(
        list.text().contains(&format!("<@&{YEAR7}>")),
        "{}",
        list.text()
    );
    assert!(!list.text().contains(&format!("<@&{ELDERS}>")));

    // Only roles on the list.
    let refused = app
        .slash(OWNER, "invite create", &[("role", json!(CHOIR))])
        .await;
    assert!(
        refused
            .text()
            .contains("is not one of this school's class roles"),
        "{}",
        refused.text()
    );
    let before = app.count("POST", "/channels/*/invites");

    let created = app
        .create_invitation(
            OWNER,
            &[
                ("label", json!("Year 7")),
                ("role", json!(YEAR7)),
                ("roles_until", json!("7d")),
            ],
        )
        .await;
    let roles = created.reply.field("Roles").expect("a Roles field");
    assert!(roles.contains(&format!("<@&{YEAR7}>")), "{roles}");
    assert!(roles.contains("until"), "{roles}");
    // The link carries the member role and the class role.
    let made = app.requests("POST", "/channels/*/invites");
    assert_eq!(made.len(), before + 1, "nothing made for the refused one");
    let body = made.last().unwrap().body.clone().unwrap();
    assert_eq!(
        body["role_ids"],
        json!([MEMBERS.to_string(), YEAR7.to_string()])
    );

    // By code: both roles.
    let joined = app
        .slash(NEWCOMER, "join", &[("code", json!(created.code))])
        .await;
    assert!(joined.text().contains("Welcome"), "{}", joined.text());
    assert!(app.has_role(NEWCOMER, MEMBERS) && app.has_role(NEWCOMER, YEAR7));
    log_line_with(
        &app.fake,
        &[&format!("<@{NEWCOMER}>"), &format!("and got <@&{YEAR7}>")],
    )
    .await;
    // By link: Discord gives both.
    app.fake.accept_invite(created.invite_code(), OUTSIDER);
    assert!(app.has_role(OUTSIDER, MEMBERS) && app.has_role(OUTSIDER, YEAR7));
    let owner = porter::domain::Actor {
        user_id: OWNER.into(),
        role_ids: Vec::new(),
        discord_admin: true,
    };
    let id = app
        .domain()
        .invitation(GUILD.into(), &owner, &created.code)
        .await
        .unwrap()
        .id;
    support::eventually(async || {
        let inv = app.domain().invitation_by_id(id).await.unwrap().unwrap();
        if inv.uses == 2 {
            Ok(())
        } else {
            Err(format!("{} uses", inv.uses))
        }
    })
    .await;

    // Shown in lists and details.
    let info = app
        .slash(OWNER, "invite info", &[("code", json!(created.code))])
        .await;
    assert!(info
        .field("Roles")
        .is_some_and(|r| r.contains(&format!("<@&{YEAR7}>"))));
    let list = app.slash(OWNER, "invite list", &[]).await;
    assert!(
        list.text().contains(&format!("also <@&{YEAR7}>")),
        "{}",
        list.text()
    );

    // End of term: the class role goes, the member role stays.
    app.end_terms().await;
    assert!(app.has_role(NEWCOMER, YEAR7), "not yet");
    app.advance(7 * 86400);
    app.end_terms().await;
    for user in [NEWCOMER, OUTSIDER] {
        assert!(!app.has_role(user, YEAR7), "{user} lost the class role");
        assert!(app.has_role(user, MEMBERS), "{user} keeps the member role");
    }
    let removed = app.requests("DELETE", "/guilds/*/members/*/roles/*");
    assert_eq!(removed.len(), 2, "{removed:?}");
    assert!(removed
        .iter()
        .all(|r| r.path.ends_with(&format!("/roles/{YEAR7}"))));
    let line = log_line_with(&app.fake, &["🎓", "Year 7"]).await;
    assert!(line.contains("2 people"), "{line}");
    // Done once.
    app.end_terms().await;
    assert_eq!(app.count("DELETE", "/guilds/*/members/*/roles/*"), 2);
    app.stop().await;
}

#[tokio::test]
async fn a_class_role_discord_refuses_leaves_nothing_granted_and_uses_nothing() {
    let app = school_with_year7().await;
    let created = app
        .create_invitation(OWNER, &[("role", json!(YEAR7)), ("max_uses", json!(1))])
        .await;
    app.fake.fail(
        "PUT",
        &format!("/guilds/*/members/*/roles/{YEAR7}"),
        403,
        50013,
        Some(1),
    );
    let refused = app
        .slash(NEWCOMER, "join", &[("code", json!(created.code))])
        .await;
    assert!(refused.ephemeral());
    assert!(
        refused
            .text()
            .contains(&format!("couldn't give you the class role <@&{YEAR7}>")),
        "{}",
        refused.text()
    );
    assert!(refused.text().contains("Nothing was used up"));
    assert!(
        !app.has_role(NEWCOMER, MEMBERS),
        "the member role was taken back"
    );
    assert!(!app.has_role(NEWCOMER, YEAR7));
    // The one seat is still free.
    let joined = app
        .slash(NEWCOMER, "join", &[("code", json!(created.code))])
        .await;
    assert!(joined.text().contains("Welcome"), "{}", joined.text());
    assert!(app.has_role(NEWCOMER, MEMBERS) && app.has_role(NEWCOMER, YEAR7));
    app.stop().await;
}

#[tokio::test]
async fn a_term_that_ended_while_porter_was_stopped_ends_at_its_next_start() {
    let mut app = school_with_year7().await;
    let created = app
        .create_invitation(
            OWNER,
            &[("role", json!(YEAR7)), ("roles_until", json!("1h"))],
        )
        .await;
    app.slash(PARENT, "join", &[("code", json!(created.code))])
        .await;
    assert!(app.has_role(PARENT, YEAR7));
    app.stop_bot().await;
    app.advance(2 * 3600);
    app.start_bot().await;
    // Nobody asks for it: the start does it.
    app.fake
        .wait_for("the class role taken back", |s| {
            (!s.has_role(GUILD, PARENT, YEAR7)).then_some(())
        })
        .await;
    assert!(app.has_role(PARENT, MEMBERS));
    log_line_with(&app.fake, &["🎓", "1 person"]).await;
    app.stop().await;
}

#[tokio::test]
async fn a_class_role_leaves_the_list_once_unused_and_a_deleted_one_at_once() {
    let app = school_with_year7().await;
    app.slash(OWNER, "school roles add", &[("role", json!(CHOIR))])
        .await;
    let created = app
        .create_invitation(
            OWNER,
            &[
                ("label", json!("Year 7")),
                ("role", json!(YEAR7)),
                ("role2", json!(CHOIR)),
            ],
        )
        .await;
    let refused = app
        .slash(OWNER, "school roles remove", &[("role", json!(YEAR7))])
        .await;
    assert!(
        refused
            .text()
            .contains("Active invitations still give that role")
            && refused.text().contains(&created.code),
        "{}",
        refused.text()
    );

    // Choir is deleted in Discord: the next join gives the rest and drops it.
    app.fake.delete_role_by_hand(GUILD, CHOIR);
    let joined = app
        .slash(NEWCOMER, "join", &[("code", json!(created.code))])
        .await;
    assert!(joined.text().contains("Welcome"), "{}", joined.text());
    assert!(app.has_role(NEWCOMER, YEAR7));
    let list = app.slash(OWNER, "school roles list", &[]).await;
    assert!(
        !list.text().contains(&format!("<@&{CHOIR}>")),
        "{}",
        list.text()
    );

    // Revoked, the invitation no longer holds Year 7 on the list; members keep it.
    let revoked = app
        .slash(OWNER, "invite revoke", &[("code", json!(created.code))])
        .await;
    assert!(
        revoked
            .text()
            .contains(&format!("keeps their membership and <@&{YEAR7}>")),
        "{}",
        revoked.text()
    );
    let removed = app
        .slash(OWNER, "school roles remove", &[("role", json!(YEAR7))])
        .await;
    assert!(
        removed.text().contains("no longer a class role"),
        "{}",
        removed.text()
    );
    assert!(app.has_role(NEWCOMER, YEAR7));
    app.stop().await;
}

#[tokio::test]
async fn a_personal_invitation_with_a_class_role_gives_both_also_to_its_person_back_after_leaving()
{
    let app = school_with_year7().await;
    let created = app
        .create_invitation(
            OWNER,
            &[
                ("label", json!("Sam")),
                ("for", json!(PARENT)),
                ("role", json!(YEAR7)),
            ],
        )
        .await;
    let reply = &created.reply;
    assert_eq!(
        reply.field("For"),
        Some(format!("<@{PARENT}>")),
        "{reply:#?}"
    );
    assert_eq!(reply.field("Uses").as_deref(), Some("0/1"));
    let roles = reply.field("Roles").expect("a Roles field");
    assert!(roles.contains(&format!("<@&{YEAR7}>")), "{roles}");
    assert!(
        reply
            .field("Shared")
            .is_some_and(|s| s.contains(&format!("Sent to <@{PARENT}> in a DM"))),
        "{reply:#?}"
    );

    // Its link is a targeted invite carrying both roles.
    let posts = app.requests("POST", &format!("/channels/{WELCOME}/invites"));
    let body = posts.last().unwrap().body.clone().expect("a payload_json");
    assert_eq!(
        body["role_ids"],
        json!([MEMBERS.to_string(), YEAR7.to_string()])
    );
    assert_eq!(body["max_uses"], 1);
    let form = posts
        .last()
        .unwrap()
        .form
        .clone()
        .expect("a multipart body");
    let file = form
        .iter()
        .find(|p| p.name == "target_users_file")
        .expect("a target_users_file part");
    assert_eq!(file.data, format!("{PARENT}\n").into_bytes());

    // The DM: theirs alone, with the code, the link and the class role it gives (by name:
    // role mentions do not show in DMs).
    let dm = message_text(app.fake.state().dms_to(PARENT)[0]);
    for part in [
        created.code.as_str(),
        created.link.as_str(),
        "for you alone",
        "It also gives you the **Year 7** role.",
    ] {
        assert!(dm.contains(part), "the DM holds {part}: {dm}");
    }
    assert!(!dm.contains("<@&"), "{dm}");

    // The code gives both; the log line names the person and the class role.
    let joined = app
        .slash(PARENT, "join", &[("code", json!(created.code))])
        .await;
    assert_eq!(
        joined.text(),
        "Welcome to **Hilltop School**! You now have the **Members** and **Year 7** roles."
    );
    assert!(app.has_role(PARENT, MEMBERS) && app.has_role(PARENT, YEAR7));
    log_line_with(
        &app.fake,
        &[&format!(
            "📥 <@{PARENT}> joined with “Sam” for <@{PARENT}> (created by <@{OWNER}>) by \
             typing its code, and got <@&{YEAR7}>."
        )],
    )
    .await;

    // They leave (Discord drops every role), come back through another invite, and type
    // the code again: both roles come back, and the one seat stays theirs.
    app.fake.member_leaves(GUILD, PARENT);
    let line = log_line_with(&app.fake, &["📤", &format!("<@{PARENT}>")]).await;
    assert!(
        line.contains(&format!("with “Sam” for <@{PARENT}> by typing its code")),
        "{line}"
    );
    let plain = app.fake.create_invite_by_hand(GUILD, WELCOME, OWNER, 0);
    app.fake.accept_invite(&plain, PARENT);
    assert!(!app.has_role(PARENT, MEMBERS) && !app.has_role(PARENT, YEAR7));
    let back = app
        .slash(PARENT, "join", &[("code", json!(created.code))])
        .await;
    assert!(back.ephemeral());
    assert!(back.text().starts_with("Welcome"), "{}", back.text());
    assert!(app.has_role(PARENT, MEMBERS) && app.has_role(PARENT, YEAR7));
    let info = app
        .slash(OWNER, "invite info", &[("code", json!(created.code))])
        .await;
    assert_eq!(info.field("Uses").as_deref(), Some("1/1"));
    // Anyone else is still told it is someone else's.
    let other = app
        .slash(NEWCOMER, "join", &[("code", json!(created.code))])
        .await;
    assert!(
        other.text().contains("for someone else"),
        "{}",
        other.text()
    );
    app.stop().await;
}

#[tokio::test]
async fn a_link_join_line_names_the_class_roles_and_school_info_lists_them() {
    let app = school_with_year7().await;
    let created = app
        .create_invitation(OWNER, &[("label", json!("Year 7")), ("role", json!(YEAR7))])
        .await;
    app.fake.accept_invite(created.invite_code(), OUTSIDER);
    log_line_with(
        &app.fake,
        &[&format!(
            "📥 <@{OUTSIDER}> joined with “Year 7” (created by <@{OWNER}>) by opening its \
             link, and got <@&{YEAR7}>."
        )],
    )
    .await;
    let info = app.slash(OWNER, "school info", &[]).await;
    assert_eq!(
        info.field("Class roles"),
        Some(format!("<@&{YEAR7}>")),
        "{info:#?}"
    );
    app.stop().await;
}

#[tokio::test]
async fn a_term_ends_also_when_some_who_got_the_roles_have_left() {
    let app = school_with_year7().await;
    let created = app
        .create_invitation(
            OWNER,
            &[
                ("label", json!("Year 7")),
                ("role", json!(YEAR7)),
                ("roles_until", json!("1h")),
            ],
        )
        .await;
    for user in [NEWCOMER, PARENT, TEACHER] {
        app.slash(user, "join", &[("code", json!(created.code))])
            .await;
        assert!(app.has_role(user, YEAR7));
    }
    // Parent leaves, and Porter sees it; Teacher leaves unseen (as while Porter was
    // stopped). Discord dropped both their roles.
    app.fake.member_leaves(GUILD, PARENT);
    log_line_with(&app.fake, &["📤", &format!("<@{PARENT}>")]).await;
    app.fake.update(|s| {
        s.guilds.get_mut(&GUILD).unwrap().members.remove(&TEACHER);
    });
    app.advance(2 * 3600);
    app.end_terms().await;
    assert!(!app.has_role(NEWCOMER, YEAR7));
    assert!(app.has_role(NEWCOMER, MEMBERS));
    // Nothing asked of Discord for the leaver Porter knows of; Teacher's removal is answered
    // Unknown Member, which leaves nothing to take.
    let removed: Vec<String> = app
        .requests("DELETE", "/guilds/*/members/*/roles/*")
        .into_iter()
        .map(|r| r.path)
        .collect();
    assert!(
        !removed.iter().any(|p| p.contains(&PARENT.to_string())),
        "{removed:?}"
    );
    assert!(
        removed.iter().any(|p| p.contains(&TEACHER.to_string())),
        "{removed:?}"
    );
    let line = log_line_with(&app.fake, &["🎓", "Year 7"]).await;
    assert!(line.contains("2 people"), "{line}");
    // Done: the next pass has nothing left to do.
    let removals = app.count("DELETE", "/guilds/*/members/*/roles/*");
    app.end_terms().await;
    assert_eq!(app.count("DELETE", "/guilds/*/members/*/roles/*"), removals);
    app.stop().await;
}
