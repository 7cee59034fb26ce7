//! Permissions: the role -> permission map and who may change it.

use super::*;

on_both_backends! {
    roles_hold_the_permissions_granted_to_them,
    every_member_holds_what_everyone_was_granted,
    managers_change_only_roles_below_their_own_highest_role,
    manage_is_never_granted_to_everyone,
    members_without_permission_are_refused_every_moderator_action,
}

// PostgreSQL has no migrations from before the rule: its schema starts where SQLite's is now.
on_sqlite! {
    grants_of_manage_to_everyone_made_before_the_rule_are_removed,
}

async fn roles_hold_the_permissions_granted_to_them(b: Backend) {
    let world = World::with_school(b, Access::Private).await;
    let d = &world.domain;
    let m = moderator();

    assert!(!d.permissions_of(GUILD, &m).await.unwrap().any());
    assert!(d
        .grant_permission(GUILD, &admin(), role(MOD_ROLE), Permission::Create)
        .await
        .unwrap());
    assert!(
        !d.grant_permission(GUILD, &admin(), role(MOD_ROLE), Permission::Create)
            .await
            .unwrap(),
        "granting twice changes nothing"
    );
    let held = d.permissions_of(GUILD, &m).await.unwrap();
    assert!(held.allows(Permission::Create));
    assert!(!held.allows(Permission::Revoke));
    assert!(!held.allows(Permission::Share));

    // Only managers change the map; a member's permissions are the union of their roles.
    let refused = d
        .grant_permission(GUILD, &m, role(MOD_ROLE), Permission::Manage)
        .await;
    assert!(matches!(refused, Err(DomainError::Forbidden(_))));
    d.grant_permission(GUILD, &admin(), role(r(21)), Permission::Revoke)
        .await
        .unwrap();
    let two_roles = Actor {
        role_ids: vec![MOD_ROLE, r(21)],
        ..moderator()
    };
    let held = d.permissions_of(GUILD, &two_roles).await.unwrap();
    assert!(held.allows(Permission::Create) && held.allows(Permission::Revoke));
    // The map is per school.
    let elsewhere = d.permissions_of(OTHER_GUILD, &m).await.unwrap();
    assert!(!elsewhere.any());

    // Manage implies the rest.
    d.grant_permission(GUILD, &admin(), role(r(22)), Permission::Manage)
        .await
        .unwrap();
    let manager = Actor {
        role_ids: vec![r(22)],
        ..moderator()
    };
    let held = d.permissions_of(GUILD, &manager).await.unwrap();
    assert!(Permission::ALL.iter().all(|&p| held.allows(p)));

    let map = d.list_permissions(GUILD, &admin()).await.unwrap();
    let roles: Vec<RoleId> = map.iter().map(|g| g.role_id).collect();
    assert_eq!(roles, [MOD_ROLE, r(21), r(22)]);
    assert_eq!(
        map[0].permissions.iter().collect::<Vec<_>>(),
        [Permission::Create]
    );
    assert!(matches!(
        d.list_permissions(GUILD, &m).await,
        Err(DomainError::Forbidden(_))
    ));

    assert!(d
        .remove_permission(GUILD, &manager, role(MOD_ROLE), Permission::Create)
        .await
        .unwrap());
    assert!(!d
        .remove_permission(GUILD, &manager, role(MOD_ROLE), Permission::Create)
        .await
        .unwrap());
    assert!(!d.permissions_of(GUILD, &m).await.unwrap().any());

    let actions: Vec<String> = d
        .audit_trail(GUILD, 10)
        .await
        .unwrap()
        .into_iter()
        .map(|e| e.action)
        .collect();
    assert_eq!(
        actions,
        [
            "permission_remove",
            "permission_grant",
            "permission_grant",
            "permission_grant",
            "school_setup"
        ]
    );
}

async fn every_member_holds_what_everyone_was_granted(b: Backend) {
    let world = World::with_school(b, Access::Private).await;
    let d = &world.domain;
    // Discord never lists @everyone among a member's roles.
    let roleless = Actor {
        user_id: u(60),
        role_ids: vec![],
        discord_admin: false,
    };
    assert!(!d.permissions_of(GUILD, &roleless).await.unwrap().any());

    // @everyone's role id is the server's id.
    for p in [Permission::Create, Permission::Share] {
        assert!(d
            .grant_permission(GUILD, &admin(), role(GUILD.everyone()), p)
            .await
            .unwrap());
    }
    for member in [roleless.clone(), nobody(61)] {
        let held = d.permissions_of(GUILD, &member).await.unwrap();
        assert!(held.allows(Permission::Create), "{member:?}");
        assert!(held.allows(Permission::Share), "{member:?}");
        assert!(!held.allows(Permission::Revoke), "{member:?}");
        assert!(!held.allows(Permission::Manage), "{member:?}");
    }
    assert!(d
        .prepare_invitation(GUILD, &roleless, &InvitationRequest::default())
        .await
        .is_ok());
    // Another server's @everyone is another id.
    assert!(!d
        .permissions_of(OTHER_GUILD, &roleless)
        .await
        .unwrap()
        .any());
    // The map shows @everyone as the role it is.
    let map = d.list_permissions(GUILD, &admin()).await.unwrap();
    assert_eq!(map.len(), 1);
    assert_eq!(map[0].role_id, GUILD.everyone());

    assert!(d
        .remove_permission(GUILD, &admin(), role(GUILD.everyone()), Permission::Create)
        .await
        .unwrap());
    let held = d.permissions_of(GUILD, &roleless).await.unwrap();
    assert!(!held.allows(Permission::Create) && held.allows(Permission::Share));
}

async fn managers_change_only_roles_below_their_own_highest_role(b: Backend) {
    let world = World::with_school(b, Access::Private).await;
    let d = &world.domain;
    // The moderator holds manage through MOD_ROLE, at position 5.
    d.grant_permission(GUILD, &admin(), role(MOD_ROLE), Permission::Manage)
        .await
        .unwrap();
    let m = moderator();
    let at = |role_id: RoleId, role_position: u16| PermissionTarget {
        role_id,
        role_position,
        actor_top_position: Some(5),
    };
    let audit = "SELECT count(*) FROM audit_log";
    let entries = world.count(audit).await;

    // At or above their highest role: refused, for grants and removals alike.
    for target in [at(MOD_ROLE, 5), at(r(30), 6)] {
        for p in Permission::ALL {
            assert!(matches!(
                d.grant_permission(GUILD, &m, target, p).await,
                Err(DomainError::RoleNotBelowYours)
            ));
        }
    }
    d.grant_permission(GUILD, &admin(), role(r(30)), Permission::Create)
        .await
        .unwrap();
    let entries = entries + 1;
    assert!(matches!(
        d.remove_permission(GUILD, &m, at(r(30), 6), Permission::Create)
            .await,
        Err(DomainError::RoleNotBelowYours)
    ));
    assert!(matches!(
        d.remove_permission(GUILD, &m, at(MOD_ROLE, 5), Permission::Manage)
            .await,
        Err(DomainError::RoleNotBelowYours)
    ));
    assert_eq!(world.count(audit).await, entries, "nothing written");
    let map = d.list_permissions(GUILD, &admin()).await.unwrap();
    assert_eq!(
        map.iter().map(|g| g.role_id).collect::<Vec<_>>(),
        [MOD_ROLE, r(30)]
    );

    // Below it: allowed, manage included.
    assert!(d
        .grant_permission(GUILD, &m, at(r(31), 4), Permission::Manage)
        .await
        .unwrap());
    assert!(d
        .remove_permission(GUILD, &m, at(r(31), 4), Permission::Manage)
        .await
        .unwrap());
    // The owner and Discord administrators (no top position) are not limited.
    assert!(d
        .remove_permission(GUILD, &m, role(r(30)), Permission::Create)
        .await
        .unwrap());
}

async fn manage_is_never_granted_to_everyone(b: Backend) {
    let world = World::with_school(b, Access::Private).await;
    let d = &world.domain;
    let everyone = PermissionTarget {
        role_id: GUILD.everyone(),
        role_position: 0,
        actor_top_position: None,
    };
    // Not even by the owner.
    assert!(matches!(
        d.grant_permission(GUILD, &admin(), everyone, Permission::Manage)
            .await,
        Err(DomainError::ManageForEveryone)
    ));
    assert!(d
        .list_permissions(GUILD, &admin())
        .await
        .unwrap()
        .is_empty());
    let roleless = Actor {
        role_ids: vec![],
        ..moderator()
    };
    assert!(!d.permissions_of(GUILD, &roleless).await.unwrap().any());
    // The rest may go to @everyone, from a manager whose highest role is above it.
    let from_moderator = PermissionTarget {
        actor_top_position: Some(5),
        ..everyone
    };
    d.grant_permission(GUILD, &admin(), role(MOD_ROLE), Permission::Manage)
        .await
        .unwrap();
    for p in [Permission::Create, Permission::Share, Permission::Revoke] {
        assert!(d
            .grant_permission(GUILD, &moderator(), from_moderator, p)
            .await
            .unwrap());
    }
    let held = d.permissions_of(GUILD, &roleless).await.unwrap();
    assert!(held.allows(Permission::Revoke) && !held.allows(Permission::Manage));
}

async fn grants_of_manage_to_everyone_made_before_the_rule_are_removed(_: Backend) {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("porter.db").display());
    // The database as the versions before the rule left it.
    let options: sqlx::sqlite::SqliteConnectOptions = url.parse().unwrap();
    let pool = sqlx::SqlitePool::connect_with(options.create_if_missing(true))
        .await
        .unwrap();
    let before = sqlx::migrate::Migrator {
        migrations: porter::db::SQLITE_MIGRATIONS
            .migrations
            .iter()
            .filter(|m| m.version < 20261126120000)
            .cloned()
            .collect(),
        ..sqlx::migrate::Migrator::DEFAULT
    };
    before.run(&pool).await.unwrap();
    sqlx::query(
        "INSERT INTO schools (guild_id, member_role_id, created_by, created_at, updated_at) \
         VALUES (?1, ?2, 1, 0, 0)",
    )
    .bind(GUILD)
    .bind(MEMBER_ROLE)
    .execute(&pool)
    .await
    .unwrap();
    for (role, permission) in [
        (GUILD.everyone(), "manage"),
        (GUILD.everyone(), "create"),
        (MOD_ROLE, "manage"),
    ] {
        sqlx::query(
            "INSERT INTO role_permissions (guild_id, role_id, permission, granted_by, granted_at) \
             VALUES (?, ?, ?, 1, 0)",
        )
        .bind(GUILD)
        .bind(role)
        .bind(permission)
        .execute(&pool)
        .await
        .unwrap();
    }
    pool.close().await;

    let domain = Domain::new(Db::connect(&url).await.unwrap());
    let map = domain.list_permissions(GUILD, &admin()).await.unwrap();
    let lines: Vec<(RoleId, Vec<Permission>)> = map
        .iter()
        .map(|g| (g.role_id, g.permissions.iter().collect()))
        .collect();
    assert_eq!(
        lines,
        [
            (MOD_ROLE, vec![Permission::Manage]),
            (GUILD.everyone(), vec![Permission::Create]),
        ]
    );
}

async fn members_without_permission_are_refused_every_moderator_action(b: Backend) {
    let world = World::with_school(b, Access::Private).await;
    let d = &world.domain;
    let invitation = world.invite(None, None).await;
    let code = code_of(&invitation);
    let n = nobody(50);
    let forbidden = |r: Result<(), DomainError>| matches!(r, Err(DomainError::Forbidden(_)));

    assert!(forbidden(d.school_info(GUILD, &n).await.map(drop)));
    assert!(forbidden(
        d.setup_school(GUILD, &n, &setup(Access::Public))
            .await
            .map(drop)
    ));
    assert!(forbidden(
        d.prepare_invitation(GUILD, &n, &InvitationRequest::default())
            .await
            .map(drop)
    ));
    let new = d
        .prepare_invitation(GUILD, &admin(), &InvitationRequest::default())
        .await
        .unwrap()
        .1;
    assert!(forbidden(
        d.create_invitation(GUILD, &n, &new, None).await.map(drop)
    ));
    assert!(forbidden(d.prepare_share(GUILD, &n, &code).await.map(drop)));
    assert!(forbidden(
        d.revoke_invitation(GUILD, &n, &code).await.map(drop)
    ));
    assert!(forbidden(
        d.list_invitations(GUILD, &n, false, PageAt::First, PAGE_SIZE)
            .await
            .map(drop)
    ));
    assert!(forbidden(
        d.invitation_details(GUILD, &n, &code).await.map(drop)
    ));
    assert!(forbidden(d.list_permissions(GUILD, &n).await.map(drop)));
    assert!(forbidden(
        d.remove_permission(GUILD, &n, role(MOD_ROLE), Permission::Create)
            .await
            .map(drop)
    ));
    assert!(d
        .suggest_invitations(GUILD, &n, "", 25)
        .await
        .unwrap()
        .is_empty());

    // Share alone does not let one create, revoke or list.
    d.grant_permission(GUILD, &admin(), role(MOD_ROLE), Permission::Share)
        .await
        .unwrap();
    let sharer = moderator();
    assert!(d.prepare_share(GUILD, &sharer, &code).await.is_ok());
    assert!(forbidden(
        d.revoke_invitation(GUILD, &sharer, &code).await.map(drop)
    ));
    assert!(forbidden(
        d.list_invitations(GUILD, &sharer, false, PageAt::First, PAGE_SIZE)
            .await
            .map(drop)
    ));
    assert_eq!(
        world.count("SELECT count(*) FROM invitations").await,
        1,
        "nothing was created"
    );
    assert!(
        d.invitation_by_id(invitation.id)
            .await
            .unwrap()
            .unwrap()
            .revoked_at
            .is_none(),
        "nothing was revoked"
    );
}
