//! End to end: `/school` and `/permissions`, and who may run which command, through the
//! fake Discord.

use crate::support;

use poise::serenity_prelude::{self as serenity, Permissions};
use serde_json::json;
use support::fake_discord::GatewayRecord;
use support::world::*;
use support::{Opt, TestApp};

#[tokio::test]
async fn owner_sets_up_the_school_and_sees_its_info() {
    let app = TestApp::spawn().await;
    let reply = app.slash(ADMIN, "school info", &[]).await;
    assert!(
        reply.content().contains("isn't set up as a school yet"),
        "{reply:#?}"
    );

    let reply = app.setup_school().await;
    assert!(reply.ephemeral());
    assert_eq!(reply.embeds()[0]["title"], "School set up");
    assert_eq!(
        reply.field("Access").as_deref(),
        Some("private: invitation only")
    );
    assert_eq!(
        reply.field("Welcome channel"),
        Some(format!("<#{WELCOME}>"))
    );
    assert_eq!(reply.field("Log channel"), Some(format!("<#{LOG}>")));
    assert!(reply.field("Next").is_some(), "{reply:#?}");

    // Options left out keep their value.
    let reply = app
        .slash(
            ADMIN,
            "school setup",
            &[("member_role", json!(MEMBERS)), ("access", json!("public"))],
        )
        .await;
    assert_eq!(reply.embeds()[0]["title"], "School updated");
    assert_eq!(
        reply.field("Welcome channel"),
        Some(format!("<#{WELCOME}>"))
    );

    let reply = app.slash(ADMIN, "school info", &[]).await;
    assert!(reply.ephemeral());
    assert_eq!(reply.embeds()[0]["title"], "School: Hilltop School");
    assert_eq!(reply.field("Members joined").as_deref(), Some("0"));
    assert_eq!(reply.field("Active invitations").as_deref(), Some("0"));
    app.stop().await;
}

#[tokio::test]
async fn setup_refuses_unsuitable_member_roles_and_channels() {
    let app = TestApp::spawn().await;
    for (role, says) in [
        (STAFF, "can't be the member role"),
        (EVERYONE, "can't be the member role"),
        (PORTER_ROLE, "can't be the member role"),
    ] {
        let reply = app
            .slash(OWNER, "school setup", &[("member_role", json!(role))])
            .await;
        assert!(reply.ephemeral());
        assert!(reply.content().contains(says), "role {role}: {reply:#?}");
    }
    // A manager may not pick a role above their own highest role.
    app.setup_school().await;
    let reply = app
        .slash(
            OWNER,
            "permissions grant",
            &[("role", json!(TEACHERS)), ("permission", json!("manage"))],
        )
        .await;
    assert!(reply.content().contains("can now **manage**"), "{reply:#?}");
    let reply = app
        .slash(TEACHER, "school setup", &[("member_role", json!(ELDERS))])
        .await;
    assert!(
        reply.content().contains("can't be the member role"),
        "{reply:#?}"
    );
    // Nor a voice channel, nor a channel they could not post in.
    for channel in [VOICE, ANNOUNCEMENTS] {
        let reply = app
            .slash(
                TEACHER,
                "school setup",
                &[
                    ("member_role", json!(MEMBERS)),
                    ("log_channel", json!(channel)),
                ],
            )
            .await;
        assert!(
            reply.content().contains(&format!("<#{channel}>")),
            "{reply:#?}"
        );
    }
    let reply = app
        .slash(TEACHER, "school setup", &[("member_role", json!(MEMBERS))])
        .await;
    assert_eq!(reply.embeds()[0]["title"], "School updated", "{reply:#?}");
    app.stop().await;
}

#[tokio::test]
async fn permission_map_grant_list_remove() {
    let app = TestApp::spawn().await;
    app.setup_school().await;
    let reply = app.slash(TEACHER, "invite create", &[]).await;
    assert!(
        reply
            .content()
            .contains("You need Porter's **create** permission"),
        "{reply:#?}"
    );

    let reply = app
        .slash(
            ADMIN,
            "permissions grant",
            &[("role", json!(TEACHERS)), ("permission", json!("create"))],
        )
        .await;
    assert!(reply.ephemeral());
    assert_eq!(
        reply.content(),
        format!("<@&{TEACHERS}> can now **create** (create invitations).")
    );
    let reply = app
        .slash(
            ADMIN,
            "permissions grant",
            &[("role", json!(TEACHERS)), ("permission", json!("create"))],
        )
        .await;
    assert!(reply.content().contains("already had"), "{reply:#?}");
    let reply = app.slash(ADMIN, "permissions list", &[]).await;
    assert!(
        reply.text().contains(&format!("<@&{TEACHERS}>: create")),
        "{reply:#?}"
    );

    let created = app.create_invitation(TEACHER, &[]).await;
    assert!(!created.code.is_empty());
    // create alone does not let a teacher revoke or manage.
    let reply = app
        .slash(TEACHER, "invite revoke", &[("code", json!(created.code))])
        .await;
    assert!(reply.content().contains("**revoke**"), "{reply:#?}");
    let reply = app.slash(TEACHER, "permissions list", &[]).await;
    assert!(reply.content().contains("**manage**"), "{reply:#?}");

    let reply = app
        .slash(
            ADMIN,
            "permissions remove",
            &[("role", json!(TEACHERS)), ("permission", json!("create"))],
        )
        .await;
    assert_eq!(
        reply.content(),
        format!("<@&{TEACHERS}> no longer has **create**.")
    );
    let reply = app.slash(TEACHER, "invite create", &[]).await;
    assert!(reply.content().contains("**create**"), "{reply:#?}");
    assert_eq!(app.count("POST", "/channels/*/invites"), 1);
    app.stop().await;
}

#[tokio::test]
async fn a_grant_to_everyone_reaches_members_without_roles() {
    let app = TestApp::spawn().await;
    app.setup_school().await;
    let reply = app.slash(PARENT, "invite create", &[]).await;
    assert!(reply.content().contains("**create**"), "{reply:#?}");

    let reply = app
        .slash(
            ADMIN,
            "permissions grant",
            &[("role", json!(EVERYONE)), ("permission", json!("create"))],
        )
        .await;
    assert!(reply.ephemeral());
    assert_eq!(
        reply.content(),
        "@everyone can now **create** (create invitations)."
    );
    assert_eq!(reply.message["allowed_mentions"]["parse"], json!([]));
    // PARENT has no role at all: Discord lists none, not even @everyone.
    assert!(app.fake.state().guilds[&GUILD].members[&PARENT]
        .roles
        .is_empty());
    let created = app.create_invitation(PARENT, &[]).await;
    assert!(!created.code.is_empty());
    // create only: no revoke.
    let reply = app
        .slash(PARENT, "invite revoke", &[("code", json!(created.code))])
        .await;
    assert!(reply.content().contains("**revoke**"), "{reply:#?}");

    let reply = app.slash(ADMIN, "permissions list", &[]).await;
    let text = reply.text();
    assert!(text.contains("@everyone: create"), "{reply:#?}");
    assert!(!text.contains(&format!("<@&{EVERYONE}>")), "{reply:#?}");

    let reply = app
        .slash(
            ADMIN,
            "permissions remove",
            &[("role", json!(EVERYONE)), ("permission", json!("create"))],
        )
        .await;
    assert_eq!(reply.content(), "@everyone no longer has **create**.");
    let reply = app.slash(PARENT, "invite create", &[]).await;
    assert!(reply.content().contains("**create**"), "{reply:#?}");
    app.stop().await;
}

/// `/permissions grant` or `remove` of `permission` to `role` by `user`; the reply's text.
async fn change(app: &TestApp, user: u64, verb: &str, role: u64, permission: &str) -> String {
    let reply = app
        .slash(
            user,
            &format!("permissions {verb}"),
            &[("role", json!(role)), ("permission", json!(permission))],
        )
        .await;
    assert!(reply.ephemeral(), "{reply:#?}");
    reply.content().to_owned()
}

#[tokio::test]
async fn nobody_grants_or_removes_above_their_own_highest_role() {
    const DEPUTIES: u64 = 3_000_000_000_000_006;
    const DEPUTY: u64 = 2_000_000_000_000_009;
    let mut world = standard();
    let guild = world.guilds.get_mut(&GUILD).expect("the server");
    guild.role_mut(ELDERS).expect("Elders").position = 7;
    guild.roles.push(support::fake_discord::Role {
        id: DEPUTIES,
        name: "Deputies".to_owned(),
        position: 6,
        permissions: Permissions::ADMINISTRATOR.bits(),
        managed: false,
    });
    add_member(&mut world, DEPUTY, "deputy", vec![DEPUTIES]);
    let app = TestApp::spawn_with(world).await;
    app.setup_school().await;
    let not_below = "is not below your highest role";

    // ADMIN holds Manage Server through Staff (position 3): that gives Porter's manage,
    // not a place above Staff, Porter's role or Elders.
    for role in [STAFF, ELDERS] {
        for permission in ["create", "manage"] {
            let text = change(&app, ADMIN, "grant", role, permission).await;
            assert!(text.contains(not_below), "{role} {permission}: {text}");
            assert!(text.contains("Nothing changed"), "{text}");
        }
    }
    // A teacher given manage cannot lift Staff, or their own role, to it.
    let text = change(&app, OWNER, "grant", TEACHERS, "manage").await;
    assert!(text.contains("can now **manage**"), "{text}");
    for role in [STAFF, TEACHERS] {
        let text = change(&app, TEACHER, "grant", role, "manage").await;
        assert!(text.contains(not_below), "{role}: {text}");
    }
    let text = change(&app, TEACHER, "grant", MEMBERS, "create").await;
    assert!(text.contains("can now **create**"), "{text}");
    // Nor take away what a role above them may do.
    let text = change(&app, TEACHER, "remove", TEACHERS, "manage").await;
    assert!(text.contains(not_below), "{text}");
    let text = change(&app, ADMIN, "remove", TEACHERS, "manage").await;
    assert!(text.contains("no longer has **manage**"), "{text}");

    // The owner and a Discord administrator are not limited by the role order.
    let text = change(&app, OWNER, "grant", ELDERS, "create").await;
    assert!(text.contains("can now **create**"), "{text}");
    let text = change(&app, ADMIN, "remove", ELDERS, "create").await;
    assert!(text.contains(not_below), "{text}");
    let text = change(&app, DEPUTY, "remove", ELDERS, "create").await;
    assert!(text.contains("no longer has **create**"), "{text}");

    // manage goes to @everyone for nobody.
    for user in [ADMIN, DEPUTY, OWNER] {
        let text = change(&app, user, "grant", EVERYONE, "manage").await;
        assert!(
            text.contains("**manage** can't be granted to @everyone"),
            "{user}: {text}"
        );
    }
    let reply = app.slash(OWNER, "permissions list", &[]).await;
    let text = reply.text();
    assert!(text.contains(&format!("<@&{MEMBERS}>: create")), "{text}");
    for role in [
        format!("<@&{STAFF}>"),
        format!("<@&{ELDERS}>"),
        "@everyone".into(),
    ] {
        assert!(!text.contains(&format!("{role}:")), "{role}: {text}");
    }
    let reply = app.slash(PARENT, "invite create", &[]).await;
    assert!(reply.content().contains("**create**"), "{reply:#?}");
    app.stop().await;
}

#[tokio::test]
async fn a_member_without_permission_is_refused_every_moderator_command() {
    let app = TestApp::spawn().await;
    app.setup_school().await;
    let created = app.create_invitation(OWNER, &[]).await;
    let code = json!(created.code);
    let commands: Vec<(&str, Vec<Opt<'_>>)> = vec![
        ("school setup", vec![("member_role", json!(MEMBERS))]),
        ("school info", vec![]),
        ("school check", vec![]),
        (
            "permissions grant",
            vec![("role", json!(TEACHERS)), ("permission", json!("create"))],
        ),
        (
            "permissions remove",
            vec![("role", json!(TEACHERS)), ("permission", json!("create"))],
        ),
        ("permissions list", vec![]),
        ("invite create", vec![("label", json!("mine"))]),
        (
            "invite share",
            vec![("code", code.clone()), ("dm", json!(NEWCOMER))],
        ),
        ("invite revoke", vec![("code", code.clone())]),
        ("invite list", vec![]),
        ("invite info", vec![("code", code.clone())]),
    ];
    let before = app.fake.state().requests.len();
    for (command, opts) in &commands {
        let reply = app.slash(PARENT, command, opts).await;
        assert!(reply.ephemeral(), "/{command}: {reply:#?}");
        assert!(
            reply.content().starts_with("You need") && reply.content().contains("permission"),
            "/{command}: {reply:#?}"
        );
        assert!(
            !reply.text().contains(&created.code),
            "/{command} leaked the code"
        );
    }
    // Porter did nothing on Discord but answer.
    let acted: Vec<String> = app.fake.state().requests[before..]
        .iter()
        .filter(|r| !r.path.starts_with("/interactions/") && !r.path.starts_with("/webhooks/"))
        .map(|r| format!("{} {}", r.method, r.path))
        .collect();
    assert!(acted.is_empty(), "{acted:?}");
    // The invitation still works.
    let reply = app.slash(PARENT, "join", &[("code", code)]).await;
    assert!(reply.content().starts_with("Welcome"), "{reply:#?}");
    app.stop().await;
}

#[tokio::test]
async fn commands_outside_a_school_say_so() {
    let app = TestApp::spawn().await;
    for command in ["invite create", "invite list", "permissions list"] {
        let reply = app.slash(OWNER, command, &[]).await;
        assert!(reply.ephemeral());
        assert!(
            reply.content().contains("isn't set up as a school yet"),
            "/{command}: {reply:#?}"
        );
    }
    let reply = app.slash(PARENT, "join", &[]).await;
    assert!(
        reply.content().contains("isn't set up as a school yet"),
        "{reply:#?}"
    );
    assert_eq!(app.count("POST", "/channels/*/invites"), 0);
    app.stop().await;
}

#[tokio::test]
async fn school_check_lists_what_to_fix() {
    let mut world = standard();
    let guild = world.guilds.get_mut(&GUILD).expect("the server");
    let porter = guild.role_mut(PORTER_ROLE).expect("Porter's role");
    porter.permissions &= !(Permissions::MANAGE_ROLES | Permissions::MANAGE_GUILD).bits();
    deny_porter(&mut world, WELCOME, Permissions::CREATE_INSTANT_INVITE);
    let app = TestApp::spawn_with(world).await;

    let reply = app.slash(OWNER, "school check", &[]).await;
    assert!(reply.ephemeral());
    assert!(reply.text().contains("isn't a school yet"), "{reply:#?}");
    app.setup_school().await;
    let reply = app.slash(PARENT, "school check", &[]).await;
    assert!(reply.content().contains("**manage**"), "{reply:#?}");

    let reply = app.slash(OWNER, "school check", &[]).await;
    let text = reply.text();
    for problem in [
        "lacks **Manage Roles**",
        "lacks **Manage Server**",
        "may not create invites",
    ] {
        assert!(text.contains(problem), "{problem}: {reply:#?}");
    }
    app.stop().await;
}

#[tokio::test]
async fn without_the_server_members_intent_porter_starts_and_check_says_what_it_costs() {
    let mut world = standard();
    world.app_flags = 0; // the intent is off in the Developer Portal
    let guild = world.guilds.get_mut(&GUILD).expect("the server");
    let porter = guild.role(PORTER_ROLE).expect("Porter's role").position;
    guild.role_mut(MEMBERS).expect("Members").position = porter + 1;
    deny_porter(&mut world, LOG, Permissions::SEND_MESSAGES);
    let app = TestApp::spawn_with(world).await;
    let identified = app.fake.state().gateway.iter().find_map(|g| match g {
        GatewayRecord::Identified { intents, .. } => Some(*intents),
        _ => None,
    });
    let members = serenity::GatewayIntents::GUILD_MEMBERS.bits();
    assert_eq!(identified.map(|i| i & members), Some(0), "not asked for");

    app.slash(
        OWNER,
        "school setup",
        &[("member_role", json!(MEMBERS)), ("log_channel", json!(LOG))],
    )
    .await;
    let reply = app.slash(OWNER, "school check", &[]).await;
    let text = reply.text();
    for problem in [
        "**Server Members** intent is off",
        "Server Members Intent) and restart",
        &format!("<@&{MEMBERS}> is not below Porter's highest role"),
        &format!("Porter cannot post in <#{LOG}>"),
    ] {
        assert!(text.contains(problem), "{problem}: {reply:#?}");
    }
    app.stop().await;
}

#[tokio::test]
async fn school_check_warns_that_links_skip_screening_and_the_verification_level() {
    for (screening, level, says) in [
        (
            true,
            2,
            "accept its rules (Membership Screening) and meet its verification level \
             (Medium: a verified email and an account older than 5 minutes)",
        ),
        (true, 0, "accept its rules (Membership Screening) before"),
        (
            false,
            4,
            "meet its verification level (Highest: a verified phone)",
        ),
    ] {
        let mut world = standard();
        let guild = world.guilds.get_mut(&GUILD).expect("the server");
        if screening {
            guild.features = vec![
                "COMMUNITY".to_owned(),
                "MEMBER_VERIFICATION_GATE_ENABLED".to_owned(),
            ];
        }
        guild.verification_level = level;
        let app = TestApp::spawn_with(world).await;
        app.setup_school().await;
        let reply = app.slash(OWNER, "school check", &[]).await;
        assert!(reply.ephemeral());
        let text = reply.text();
        assert!(!text.contains("Nothing to fix"), "{text}");
        assert!(text.contains(says), "{says}: {text}");
        assert!(
            text.contains("Discord lets anyone who holds a role skip that"),
            "{text}"
        );
        assert!(
            text.contains("give the member role only what someone who has not passed"),
            "{text}"
        );
        app.stop().await;
    }
}

#[tokio::test]
async fn school_check_passes_when_all_is_well() {
    let app = TestApp::spawn().await;
    app.setup_school().await;
    let reply = app.slash(ADMIN, "school check", &[]).await;
    assert!(reply.text().contains("✅ Nothing to fix"), "{reply:#?}");
    app.stop().await;
}

#[tokio::test]
async fn a_long_permission_map_fits_in_discord_limits() {
    let app = TestApp::spawn().await;
    app.setup_school().await;
    let owner = porter::domain::Actor {
        user_id: OWNER.into(),
        role_ids: Vec::new(),
        discord_admin: true,
    };
    let domain = app.domain();
    for role in 0..200 {
        domain
            .grant_permission(
                GUILD.into(),
                &owner,
                porter::domain::PermissionTarget {
                    role_id: (5_000_000_000_000_000 + role).into(),
                    role_position: 1,
                    actor_top_position: None,
                },
                porter::domain::Permission::Create,
            )
            .await
            .expect("a grant");
    }
    let reply = app.slash(OWNER, "permissions list", &[]).await;
    let description = reply.embeds()[0]["description"]
        .as_str()
        .unwrap_or("")
        .to_owned();
    assert!(description.contains("more roles."), "{description}");
    assert!(
        description.ends_with("hold every permission."),
        "{description}"
    );
    app.stop().await;
}
