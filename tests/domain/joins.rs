//! Joins: redeeming codes, and public schools.

use super::*;

on_both_backends! {
    a_good_code_grants_the_role_and_counts_once,
    a_code_in_a_direct_message_names_its_school,
    expired_and_used_up_invitations_say_why,
    a_failed_role_grant_consumes_nothing,
    public_schools_admit_without_a_code_and_private_ones_do_not,
}

async fn a_good_code_grants_the_role_and_counts_once(b: Backend) {
    let world = World::with_school(b, Access::Private).await;
    let d = &world.domain;
    let gate = FakeGate::with_members([80]);
    let invitation = world.invite(Some(5), None).await;
    let code = code_of(&invitation);

    let outcome = d
        .join(&gate, by_code(80, Some(GUILD), &code))
        .await
        .unwrap();
    let JoinOutcome::Joined {
        invitation: Some(joined),
        counted: true,
        ..
    } = outcome
    else {
        panic!("expected a counted join, got {outcome:?}");
    };
    assert_eq!(joined.uses, 1);
    assert!(gate.has_role(80));

    // Joining again while holding the role says so and counts nothing.
    let again = d
        .join(&gate, by_code(80, Some(GUILD), &code))
        .await
        .unwrap();
    assert!(matches!(again, JoinOutcome::AlreadyMember { .. }));
    assert_eq!(world.uses(&invitation).await, 1);

    // Lost the role since: it is given back, but the join is not counted twice.
    gate.without_role(80);
    let regrant = d
        .join(&gate, by_code(80, Some(GUILD), &code))
        .await
        .unwrap();
    assert!(matches!(
        regrant,
        JoinOutcome::Joined { counted: false, .. }
    ));
    assert!(gate.has_role(80));
    assert_eq!(world.uses(&invitation).await, 1);

    let details = d.invitation_details(GUILD, &admin(), &code).await.unwrap();
    assert_eq!(details.joins.items.len(), 1);
    assert_eq!(details.joins.items[0].method, JoinMethod::Code);
    assert_eq!(details.joins.items[0].joined_at, START);
    let joins = d
        .audit_trail(GUILD, 20)
        .await
        .unwrap()
        .into_iter()
        .filter(|e| e.action == "join")
        .collect::<Vec<_>>();
    assert_eq!(joins.len(), 1);
    assert_eq!(joins[0].actor_id, u(80));
    assert_eq!(joins[0].invitation_id, Some(invitation.id));

    let info = d.school_info(GUILD, &admin()).await.unwrap();
    assert_eq!(info.members_joined, 1);
    assert_eq!(info.joins_last_week, 1);
    assert_eq!(info.active_invitations, 1);
}

async fn a_code_in_a_direct_message_names_its_school(b: Backend) {
    let world = World::with_school(b, Access::Private).await;
    let d = &world.domain;
    let gate = FakeGate::with_members([81]);
    let invitation = world.invite(None, None).await;
    let code = code_of(&invitation);

    let outcome = d.join(&gate, by_code(81, None, &code)).await.unwrap();
    assert!(
        matches!(outcome, JoinOutcome::Joined { ref school, counted: true, .. } if school.guild_id == GUILD)
    );

    // Someone not in the server gets the invitation back (for its link), counted nothing.
    let outside = d.join(&gate, by_code(82, None, &code)).await.unwrap();
    assert!(
        matches!(outside, JoinOutcome::NotInServer { ref invitation, .. } if invitation.uses == 1)
    );
    assert_eq!(world.uses(&invitation).await, 1);

    // In another server, this school's code is not valid.
    d.setup_school(OTHER_GUILD, &admin(), &setup(Access::Private))
        .await
        .unwrap();
    gate.without_role(83);
    assert!(matches!(
        d.join(&gate, by_code(83, Some(OTHER_GUILD), &code)).await,
        Err(DomainError::NotAValidInvitation)
    ));
}

async fn expired_and_used_up_invitations_say_why(b: Backend) {
    let world = World::with_school(b, Access::Private).await;
    let d = &world.domain;
    let gate = FakeGate::with_members([90, 91, 92]);

    let once = world.invite(Some(1), None).await;
    d.join(&gate, by_code(90, Some(GUILD), &code_of(&once)))
        .await
        .unwrap();
    assert!(matches!(
        d.join(&gate, by_code(91, Some(GUILD), &code_of(&once)))
            .await,
        Err(DomainError::UsedUp { max_uses: 1 })
    ));

    let hour = world.invite(None, Some("1h")).await;
    world.clock.advance(3600);
    assert!(matches!(
        d.join(&gate, by_code(92, Some(GUILD), &code_of(&hour))).await,
        Err(DomainError::Expired { at }) if at == START + 3600
    ));
    assert!(matches!(
        d.prepare_share(GUILD, &admin(), &code_of(&hour)).await,
        Err(DomainError::Inactive(Status::Expired))
    ));
    assert!(matches!(
        d.prepare_share(GUILD, &admin(), &code_of(&once)).await,
        Err(DomainError::Inactive(Status::UsedUp))
    ));
    assert!(!gate.has_role(91) && !gate.has_role(92));
    assert_eq!(world.count("SELECT count(*) FROM joins").await, 1);
}

async fn a_failed_role_grant_consumes_nothing(b: Backend) {
    let world = World::with_school(b, Access::Private).await;
    let d = &world.domain;
    let gate = FakeGate::with_members([100]);
    let invitation = world.invite(Some(1), None).await;
    let code = code_of(&invitation);

    for error in [GrantError::MissingManageRoles, GrantError::RoleAbovePorter] {
        gate.refuse(Some(error.clone()));
        let result = d.join(&gate, by_code(100, Some(GUILD), &code)).await;
        assert!(matches!(result, Err(DomainError::Grant(e)) if e == error));
        assert_eq!(world.uses(&invitation).await, 0);
        assert_eq!(world.count("SELECT count(*) FROM joins").await, 0);
        assert_eq!(
            world
                .count("SELECT count(*) FROM audit_log WHERE action = 'join'")
                .await,
            0
        );
    }

    // Once an administrator fixes Discord, the same single-use code works.
    gate.refuse(None);
    let outcome = d
        .join(&gate, by_code(100, Some(GUILD), &code))
        .await
        .unwrap();
    assert!(matches!(outcome, JoinOutcome::Joined { counted: true, .. }));
    assert_eq!(world.uses(&invitation).await, 1);
}

async fn public_schools_admit_without_a_code_and_private_ones_do_not(b: Backend) {
    let private = World::with_school(b, Access::Private).await;
    let gate = FakeGate::with_members([110]);
    let no_code = |guild| JoinRequest {
        user_id: u(110),
        guild_id: guild,
        code: None,
        method: JoinMethod::Public,
    };
    assert!(matches!(
        private.domain.join(&gate, no_code(Some(GUILD))).await,
        Err(DomainError::CodeRequired)
    ));
    assert!(matches!(
        private.domain.join(&gate, no_code(None)).await,
        Err(DomainError::CodeRequired)
    ));
    assert!(!gate.has_role(110));

    let public = World::with_school(b, Access::Public).await;
    let outcome = public
        .domain
        .join(&gate, no_code(Some(GUILD)))
        .await
        .unwrap();
    assert!(matches!(
        outcome,
        JoinOutcome::Joined {
            invitation: None,
            counted: true,
            ..
        }
    ));
    assert!(gate.has_role(110));
    assert!(matches!(
        public.domain.join(&gate, no_code(Some(GUILD))).await,
        Ok(JoinOutcome::AlreadyMember { .. })
    ));
    assert_eq!(
        public
            .count("SELECT count(*) FROM joins WHERE method = 'public'")
            .await,
        1
    );
    // Invitations still work in a public school.
    gate.without_role(111);
    let invitation = public.invite(None, None).await;
    let outcome = public
        .domain
        .join(&gate, by_code(111, Some(GUILD), &code_of(&invitation)))
        .await
        .unwrap();
    assert!(matches!(outcome, JoinOutcome::Joined { counted: true, .. }));
}
