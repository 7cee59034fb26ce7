//! Class roles (invitations that give roles besides the member role) and the end of their
//! term.

use super::*;
use porter::domain::{ClassRoleRequest, NewInvitation};

on_both_backends! {
    class_roles_are_checked_like_the_member_role,
    invitations_give_up_to_three_roles_from_the_list,
    a_join_grants_the_class_roles_and_a_member_joins_a_class,
    a_refused_class_role_consumes_no_use_and_takes_back_what_was_granted,
    a_class_role_deleted_in_discord_leaves_the_list_at_the_next_join,
    a_class_role_leaves_the_list_only_once_no_active_invitation_gives_it,
    terms_end_for_the_people_who_got_the_roles_through_the_invitation,
    a_leaver_back_by_code_gets_the_class_roles_again_even_once_used_up,
    a_term_leaves_out_people_who_left_until_they_come_back,
}

const YEAR7: RoleId = RoleId::new(70);
const CHOIR: RoleId = RoleId::new(71);
const CHESS: RoleId = RoleId::new(72);
const DRAMA: RoleId = RoleId::new(73);

fn facts(id: RoleId, position: u16) -> RoleFacts {
    RoleFacts {
        id,
        position,
        is_everyone: false,
        managed: false,
        privileged: false,
    }
}

fn plain(id: RoleId) -> ClassRoleRequest {
    ClassRoleRequest {
        role: facts(id, 2),
        actor_top_position: None,
        porter_top_position: Some(10),
    }
}

async fn with_class_roles(b: Backend, roles: &[RoleId]) -> World {
    let world = World::with_school(b, Access::Private).await;
    for role in roles {
        assert!(world
            .domain
            .add_class_role(GUILD, &admin(), &plain(*role))
            .await
            .unwrap());
    }
    world
}

/// Creates an invitation giving `roles` until `until`.
async fn class_invite(world: &World, roles: &[RoleId], until: Option<&str>) -> Invitation {
    let new = prepare(world, roles, until).await.unwrap();
    world
        .domain
        .create_invitation(GUILD, &admin(), &new, None)
        .await
        .unwrap()
}

async fn prepare(
    world: &World,
    roles: &[RoleId],
    until: Option<&str>,
) -> Result<NewInvitation, DomainError> {
    let request = InvitationRequest {
        label: Some("Year 7".into()),
        max_uses: Some(30),
        expires_in: None,
    };
    let (_, new) = world
        .domain
        .prepare_invitation(GUILD, &admin(), &request)
        .await
        .unwrap();
    world
        .domain
        .prepare_class_roles(GUILD, new, roles, until)
        .await
}

async fn class_invitation_code(world: &World, roles: &[RoleId], until: Option<&str>) -> String {
    code_of(&class_invite(world, roles, until).await)
}

async fn class_roles_are_checked_like_the_member_role(b: Backend) {
    let world = World::with_school(b, Access::Private).await;
    let d = &world.domain;
    let refused = |request: ClassRoleRequest| async move {
        match d.add_class_role(GUILD, &admin(), &request).await {
            Err(DomainError::UnsuitableClassRole(why)) => why.to_string(),
            other => panic!("expected a refusal, got {other:?}"),
        }
    };
    let mut everyone = plain(YEAR7);
    everyone.role.is_everyone = true;
    assert!(refused(everyone).await.contains("@everyone"));
    let mut managed = plain(YEAR7);
    managed.role.managed = true;
    assert!(refused(managed).await.contains("managed"));
    let mut privileged = plain(YEAR7);
    privileged.role.privileged = true;
    assert!(refused(privileged).await.contains("moderator permissions"));
    let mut above_me = plain(YEAR7);
    above_me.actor_top_position = Some(2);
    assert!(refused(above_me).await.contains("your highest role"));
    let mut above_porter = plain(YEAR7);
    above_porter.porter_top_position = Some(2);
    assert!(refused(above_porter)
        .await
        .contains("Porter's highest role"));
    assert!(matches!(
        d.add_class_role(GUILD, &admin(), &plain(MEMBER_ROLE)).await,
        Err(DomainError::ClassRoleIsMemberRole)
    ));
    // Only managers change the list.
    assert!(matches!(
        d.add_class_role(GUILD, &moderator(), &plain(YEAR7)).await,
        Err(DomainError::Forbidden(_))
    ));
    assert!(d.class_roles(GUILD, &admin()).await.unwrap().is_empty());

    assert!(d
        .add_class_role(GUILD, &admin(), &plain(YEAR7))
        .await
        .unwrap());
    assert!(!d
        .add_class_role(GUILD, &admin(), &plain(YEAR7))
        .await
        .unwrap());
    let listed = d.class_roles(GUILD, &admin()).await.unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!((listed[0].role_id, listed[0].added_by), (YEAR7, ADMIN));
    // The member role's own check is the same one.
    let mut setup = setup(Access::Private);
    setup.member_role.privileged = true;
    assert!(matches!(
        d.setup_school(GUILD, &admin(), &setup).await,
        Err(DomainError::UnsuitableMemberRole(why)) if why.to_string().contains("moderator permissions")
    ));
}

async fn invitations_give_up_to_three_roles_from_the_list(b: Backend) {
    let world = with_class_roles(b, &[YEAR7, CHOIR, CHESS, DRAMA]).await;
    assert!(matches!(
        prepare(&world, &[RoleId::new(99)], None).await,
        Err(DomainError::NotAClassRole(r)) if r == RoleId::new(99)
    ));
    assert!(matches!(
        prepare(&world, &[YEAR7, CHOIR, CHESS, DRAMA], None).await,
        Err(DomainError::TooManyExtraRoles)
    ));
    assert!(matches!(
        prepare(&world, &[], Some("30d")).await,
        Err(DomainError::TermWithoutRoles)
    ));
    assert!(matches!(
        prepare(&world, &[YEAR7], Some("last summer")).await,
        Err(DomainError::UnreadableTerm)
    ));
    // The same role twice is one role.
    let new = prepare(&world, &[YEAR7, YEAR7, CHOIR], Some("30d"))
        .await
        .unwrap();
    assert_eq!(new.roles(), [YEAR7, CHOIR]);
    let inv = world
        .domain
        .create_invitation(GUILD, &admin(), &new, None)
        .await
        .unwrap();
    assert_eq!(inv.roles, [YEAR7, CHOIR]);
    assert_eq!(inv.roles_until, Some(START + 30 * 86400));
    let read = world
        .domain
        .invitation_by_id(inv.id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (read.roles, read.roles_until),
        (inv.roles.clone(), inv.roles_until)
    );
    let page = world
        .domain
        .list_invitations(GUILD, &admin(), false, PageAt::First, PAGE_SIZE)
        .await
        .unwrap();
    assert_eq!(page.items[0].roles, [YEAR7, CHOIR]);
    // A plain invitation gives none.
    assert!(world.invite(None, None).await.roles.is_empty());
}

async fn a_join_grants_the_class_roles_and_a_member_joins_a_class(b: Backend) {
    let world = with_class_roles(b, &[YEAR7, CHOIR]).await;
    let d = &world.domain;
    let gate = FakeGate::with_members([300, 301]);
    let code = class_invitation_code(&world, &[YEAR7, CHOIR], None).await;
    let outcome = d
        .join(&gate, by_code(300, Some(GUILD), &code))
        .await
        .unwrap();
    let JoinOutcome::Joined {
        invitation: Some(inv),
        counted: true,
        ..
    } = outcome
    else {
        panic!("expected a counted join, got {outcome:?}");
    };
    assert_eq!(inv.roles, [YEAR7, CHOIR]);
    assert!(gate.has_role(300));
    assert_eq!(gate.extra_roles(300), [YEAR7, CHOIR]);

    // A member of the school joins a class: they get its roles, counted once.
    gate.with_role(301);
    let outcome = d
        .join(&gate, by_code(301, Some(GUILD), &code))
        .await
        .unwrap();
    assert!(
        matches!(outcome, JoinOutcome::Joined { counted: true, .. }),
        "{outcome:?}"
    );
    assert_eq!(gate.extra_roles(301), [YEAR7, CHOIR]);
    // An invitation without class roles still has nothing for them.
    let plain_code = code_of(&world.invite(None, None).await);
    let outcome = d
        .join(&gate, by_code(301, Some(GUILD), &plain_code))
        .await
        .unwrap();
    assert!(matches!(outcome, JoinOutcome::AlreadyMember { .. }));
}

async fn a_refused_class_role_consumes_no_use_and_takes_back_what_was_granted(b: Backend) {
    let world = with_class_roles(b, &[YEAR7, CHOIR]).await;
    let d = &world.domain;
    let gate = FakeGate::with_members([310, 311]);
    let inv = class_invite(&world, &[YEAR7, CHOIR], None).await;
    let code = code_of(&inv);
    *gate.refuse_extra.lock().unwrap() = Some((CHOIR, GrantError::RoleAbovePorter));

    let refused = d.join(&gate, by_code(310, Some(GUILD), &code)).await;
    assert!(
        matches!(
            &refused,
            Err(DomainError::ClassRoleGrant { role, error: GrantError::RoleAbovePorter, still_held })
                if *role == CHOIR && still_held.is_empty()
        ),
        "{refused:?}"
    );
    assert_eq!(world.uses(&inv).await, 0, "no use consumed");
    assert!(!gate.has_role(310), "the member role was taken back");
    assert!(gate.extra_roles(310).is_empty(), "YEAR7 was taken back");
    assert_eq!(
        world
            .count("SELECT count(*) FROM joins WHERE user_id = 310")
            .await,
        0
    );

    // When taking back fails too, the error names exactly what the person still holds.
    *gate.refuse_removal.lock().unwrap() = true;
    let refused = d.join(&gate, by_code(311, Some(GUILD), &code)).await;
    match refused {
        Err(DomainError::ClassRoleGrant { still_held, .. }) => {
            assert_eq!(still_held, [YEAR7, MEMBER_ROLE]);
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(world.uses(&inv).await, 0);

    // Once Discord grants it, the join goes through.
    *gate.refuse_extra.lock().unwrap() = None;
    *gate.refuse_removal.lock().unwrap() = false;
    d.join(&gate, by_code(310, Some(GUILD), &code))
        .await
        .unwrap();
    assert_eq!(world.uses(&inv).await, 1);
    assert_eq!(gate.extra_roles(310), [YEAR7, CHOIR]);
}

async fn a_class_role_deleted_in_discord_leaves_the_list_at_the_next_join(b: Backend) {
    let world = with_class_roles(b, &[YEAR7, CHOIR]).await;
    let d = &world.domain;
    let gate = FakeGate::with_members([320]);
    let inv = class_invite(&world, &[YEAR7, CHOIR], None).await;
    *gate.refuse_extra.lock().unwrap() = Some((CHOIR, GrantError::RoleGone));

    let outcome = d
        .join(&gate, by_code(320, Some(GUILD), &code_of(&inv)))
        .await
        .unwrap();
    let JoinOutcome::Joined {
        invitation: Some(joined),
        counted: true,
        ..
    } = outcome
    else {
        panic!("{outcome:?}");
    };
    assert_eq!(joined.roles, [YEAR7], "the join says which roles it gave");
    assert_eq!(gate.extra_roles(320), [YEAR7]);
    let listed: Vec<RoleId> = d
        .class_roles(GUILD, &admin())
        .await
        .unwrap()
        .into_iter()
        .map(|r| r.role_id)
        .collect();
    assert_eq!(listed, [YEAR7]);
    let read = d.invitation_by_id(inv.id).await.unwrap().unwrap();
    assert_eq!(read.roles, [YEAR7]);
}

async fn a_class_role_leaves_the_list_only_once_no_active_invitation_gives_it(b: Backend) {
    let world = with_class_roles(b, &[YEAR7]).await;
    let d = &world.domain;
    let inv = class_invite(&world, &[YEAR7], None).await;
    match d.remove_class_role(GUILD, &admin(), YEAR7).await {
        Err(DomainError::ClassRoleInUse(invitations)) => {
            assert_eq!(invitations.len(), 1);
            assert_eq!(invitations[0].id, inv.id);
        }
        other => panic!("{other:?}"),
    }
    d.revoke_invitation(GUILD, &admin(), inv.code.as_str())
        .await
        .unwrap();
    d.remove_class_role(GUILD, &admin(), YEAR7).await.unwrap();
    assert!(d.class_roles(GUILD, &admin()).await.unwrap().is_empty());
    assert!(matches!(
        d.remove_class_role(GUILD, &admin(), YEAR7).await,
        Err(DomainError::NotAClassRole(r)) if r == YEAR7
    ));
    // The revoked invitation still says what it gave.
    let read = d.invitation_by_id(inv.id).await.unwrap().unwrap();
    assert_eq!(read.roles, [YEAR7]);
    assert!(matches!(
        prepare(&world, &[YEAR7], None).await,
        Err(DomainError::NotAClassRole(_))
    ));
}

async fn terms_end_for_the_people_who_got_the_roles_through_the_invitation(b: Backend) {
    let world = with_class_roles(b, &[YEAR7, CHOIR]).await;
    let d = &world.domain;
    let gate = FakeGate::with_members([330, 331, 332]);
    let term = class_invite(&world, &[YEAR7, CHOIR], Some("7d")).await;
    let lasting = class_invite(&world, &[YEAR7], None).await;
    for user in [330, 331] {
        d.join(&gate, by_code(user, Some(GUILD), &code_of(&term)))
            .await
            .unwrap();
    }
    // 331 also holds Year 7 through an invitation whose term goes on: they keep it.
    gate.with_role(331);
    d.join(&gate, by_code(331, Some(GUILD), &code_of(&lasting)))
        .await
        .unwrap();
    assert!(d.terms_due(&[GUILD]).await.unwrap().is_empty(), "not yet");

    world.clock.advance(7 * 86400);
    // After the term a join gets the member role only, and nothing is taken from them.
    let outcome = d
        .join(&gate, by_code(332, Some(GUILD), &code_of(&term)))
        .await
        .unwrap();
    assert!(
        matches!(&outcome, JoinOutcome::Joined { invitation: Some(i), .. } if i.roles.is_empty()),
        "{outcome:?}"
    );
    assert!(gate.extra_roles(332).is_empty());

    assert!(
        d.terms_due(&[OTHER_GUILD]).await.unwrap().is_empty(),
        "another process's school"
    );
    let due = d.terms_due(&[GUILD]).await.unwrap();
    assert_eq!(due.len(), 1);
    let end = &due[0];
    assert_eq!(end.invitation.id, term.id);
    let mut removals = end.removals.clone();
    removals.sort();
    assert_eq!(
        removals,
        [(u(330), YEAR7), (u(330), CHOIR), (u(331), CHOIR)]
    );
    assert_eq!(end.people(), 2);
    assert!(!removals.iter().any(|(_, r)| *r == MEMBER_ROLE));

    // Not marked until done: a restart in between finds the same work.
    let again = d.terms_due(&[GUILD]).await.unwrap();
    assert_eq!(again, due);
    assert!(d.finish_term(end).await.unwrap());
    assert!(d.terms_due(&[GUILD]).await.unwrap().is_empty());
    assert_eq!(
        world
            .count("SELECT count(*) FROM audit_log WHERE action = 'term_end'")
            .await,
        1
    );
}

async fn a_leaver_back_by_code_gets_the_class_roles_again_even_once_used_up(b: Backend) {
    let world = with_class_roles(b, &[YEAR7]).await;
    let d = &world.domain;
    let gate = FakeGate::with_members([340, 341]);
    let request = InvitationRequest {
        label: Some("Sam".into()),
        max_uses: Some(1),
        expires_in: None,
    };
    let (_, new) = d
        .prepare_invitation(GUILD, &admin(), &request)
        .await
        .unwrap();
    let new = d
        .prepare_class_roles(GUILD, new, &[YEAR7], None)
        .await
        .unwrap();
    let one = d
        .create_invitation(GUILD, &admin(), &new, None)
        .await
        .unwrap();
    let code = code_of(&one);
    d.join(&gate, by_code(340, Some(GUILD), &code))
        .await
        .unwrap();
    assert_eq!(gate.extra_roles(340), [YEAR7]);
    assert_eq!(world.uses(&one).await, 1, "used up");

    // They leave (Discord drops every role), come back through some other invite, and
    // type the code again: their seat is theirs still, so they get both roles back.
    gate.leaves(340);
    d.record_leave(GUILD, u(340)).await.unwrap();
    gate.without_role(340);
    d.record_returns(GUILD, &[u(340)]).await.unwrap();
    let again = d
        .join(&gate, by_code(340, Some(GUILD), &code))
        .await
        .unwrap();
    assert!(
        matches!(&again, JoinOutcome::Joined { counted: false, invitation: Some(i), .. }
            if i.roles == [YEAR7]),
        "{again:?}"
    );
    assert!(gate.has_role(340));
    assert_eq!(gate.extra_roles(340), [YEAR7]);
    assert_eq!(world.uses(&one).await, 1, "no second seat");

    // Anyone else still finds it used up.
    assert!(matches!(
        d.join(&gate, by_code(341, Some(GUILD), &code)).await,
        Err(DomainError::UsedUp { max_uses: 1 })
    ));
    assert!(!gate.has_role(341));
    // A revoked invitation lets nobody back in.
    d.revoke_invitation(GUILD, &admin(), one.code.as_str())
        .await
        .unwrap();
    gate.leaves(340);
    gate.without_role(340);
    assert!(matches!(
        d.join(&gate, by_code(340, Some(GUILD), &code)).await,
        Err(DomainError::NotAValidInvitation)
    ));
}

async fn a_term_leaves_out_people_who_left_until_they_come_back(b: Backend) {
    let world = with_class_roles(b, &[YEAR7]).await;
    let d = &world.domain;
    let gate = FakeGate::with_members([350, 351]);
    let term = class_invite(&world, &[YEAR7], Some("7d")).await;
    for user in [350, 351] {
        d.join(&gate, by_code(user, Some(GUILD), &code_of(&term)))
            .await
            .unwrap();
    }
    // Discord took every role from the leaver: nothing to ask of it.
    d.record_leave(GUILD, u(351)).await.unwrap();
    world.clock.advance(7 * 86400);
    let due = d.terms_due(&[GUILD]).await.unwrap();
    assert_eq!(due[0].removals, [(u(350), YEAR7)]);
    // Back in the server (through the link, which gives the role again): asked for again.
    d.record_returns(GUILD, &[u(351)]).await.unwrap();
    let due = d.terms_due(&[GUILD]).await.unwrap();
    assert_eq!(due[0].removals, [(u(350), YEAR7), (u(351), YEAR7)]);
}
