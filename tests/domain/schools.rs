//! Schools: setting one up, and what is refused outside one.

use super::*;

on_both_backends! {
    setting_up_a_school_needs_manage_and_a_suitable_role,
    every_command_outside_a_school_is_refused,
}

async fn setting_up_a_school_needs_manage_and_a_suitable_role(b: Backend) {
    let world = World::new(b).await;
    let d = &world.domain;

    let refused = d
        .setup_school(GUILD, &moderator(), &setup(Access::Private))
        .await;
    assert!(matches!(refused, Err(DomainError::Forbidden(p)) if p == [Permission::Manage]));

    let unsuitable = [
        RoleFacts {
            is_everyone: true,
            ..member_role()
        },
        RoleFacts {
            managed: true,
            ..member_role()
        },
        RoleFacts {
            privileged: true,
            ..member_role()
        },
    ];
    for role in unsuitable {
        let bad = SchoolSetup {
            member_role: role,
            ..setup(Access::Private)
        };
        let result = d.setup_school(GUILD, &admin(), &bad).await;
        assert!(matches!(result, Err(DomainError::UnsuitableMemberRole(_))));
    }
    // A role at or above the moderator's own highest role.
    let above = SchoolSetup {
        member_role: RoleFacts {
            position: 5,
            ..member_role()
        },
        actor_top_position: Some(5),
        ..setup(Access::Private)
    };
    assert!(matches!(
        d.setup_school(GUILD, &admin(), &above).await,
        Err(DomainError::UnsuitableMemberRole(_))
    ));
    assert!(
        d.find_school(GUILD).await.unwrap().is_none(),
        "nothing written"
    );
    assert_eq!(world.count("SELECT count(*) FROM audit_log").await, 0);

    let (school, new) = d
        .setup_school(GUILD, &admin(), &setup(Access::Public))
        .await
        .unwrap();
    assert!(new);
    assert_eq!(school.member_role_id, MEMBER_ROLE);
    assert_eq!(school.access, Access::Public);
    assert_eq!(school.welcome_channel_id, Some(ch(500)));
    assert_eq!(school.log_channel_id, Some(ch(600)));
    assert_eq!(school.created_by, ADMIN);

    // An update changes what is given and keeps the rest.
    world.clock.advance(60);
    let update = SchoolSetup {
        member_role: RoleFacts {
            id: r(11),
            ..member_role()
        },
        actor_top_position: Some(3),
        access: None,
        welcome_channel_id: None,
        log_channel_id: Some(ch(601)),
    };
    let (school, new) = d.setup_school(GUILD, &admin(), &update).await.unwrap();
    assert!(!new);
    assert_eq!(school.member_role_id, r(11));
    assert_eq!(school.access, Access::Public);
    assert_eq!(school.welcome_channel_id, Some(ch(500)));
    assert_eq!(school.log_channel_id, Some(ch(601)));
    assert_eq!(school.created_at, START);
    assert_eq!(school.updated_at, START + 60);

    let trail = d.audit_trail(GUILD, 10).await.unwrap();
    assert_eq!(trail.len(), 2);
    assert!(trail.iter().all(|e| e.action == "school_setup"));
}

async fn every_command_outside_a_school_is_refused(b: Backend) {
    let world = World::new(b).await;
    let d = &world.domain;
    let a = admin();
    let request = InvitationRequest::default();
    let not_a_school = |r: Result<(), DomainError>| matches!(r, Err(DomainError::NotASchool));

    assert!(not_a_school(d.school(GUILD).await.map(drop)));
    assert!(not_a_school(d.school_info(GUILD, &a).await.map(drop)));
    assert!(not_a_school(
        d.prepare_invitation(GUILD, &a, &request).await.map(drop)
    ));
    assert!(not_a_school(
        d.list_invitations(GUILD, &a, true, PageAt::First, PAGE_SIZE)
            .await
            .map(drop)
    ));
    assert!(not_a_school(
        d.invitation(GUILD, &a, "ABCDE-FGHJK").await.map(drop)
    ));
    assert!(not_a_school(
        d.revoke_invitation(GUILD, &a, "ABCDE-FGHJK")
            .await
            .map(drop)
    ));
    assert!(not_a_school(
        d.prepare_share(GUILD, &a, "ABCDE-FGHJK").await.map(drop)
    ));
    assert!(not_a_school(
        d.grant_permission(GUILD, &a, role(MOD_ROLE), Permission::Create)
            .await
            .map(drop)
    ));
    assert!(not_a_school(d.list_permissions(GUILD, &a).await.map(drop)));
    let public_join = JoinRequest {
        user_id: u(9),
        guild_id: Some(GUILD),
        code: None,
        method: JoinMethod::Public,
    };
    assert!(not_a_school(
        d.join(&FakeGate::with_members([9]), public_join)
            .await
            .map(drop)
    ));
}
