//! Personal invitations: made for one person, whose code works for them alone, once.

use super::*;

on_both_backends! {
    a_personal_invitation_admits_its_person_once,
    anyone_else_is_told_it_is_for_someone_else_and_it_counts_as_a_wrong_code,
    a_personal_invitation_holds_one_use_and_remembers_its_person,
    a_personal_invitation_is_shared_with_its_person_alone,
}

/// The person the personal invitations of these tests are for.
const RECIPIENT: u64 = 300;

/// A personal invitation for [`RECIPIENT`], created by [`ADMIN`].
async fn personal(world: &World, max_uses: Option<i64>) -> Result<Invitation, DomainError> {
    let request = InvitationRequest {
        label: Some("For Sam".into()),
        max_uses,
        expires_in: None,
    };
    let (_, new) = world
        .domain
        .prepare_invitation(GUILD, &admin(), &request)
        .await?;
    let new = new.personal(u(RECIPIENT))?;
    world
        .domain
        .create_invitation(GUILD, &admin(), &new, None)
        .await
}

async fn a_personal_invitation_admits_its_person_once(b: Backend) {
    let world = World::with_school(b, Access::Private).await;
    let d = &world.domain;
    let gate = FakeGate::with_members([RECIPIENT]);
    let invitation = personal(&world, None).await.unwrap();
    let code = code_of(&invitation);

    let outcome = d
        .join(&gate, by_code(RECIPIENT, Some(GUILD), &code))
        .await
        .unwrap();
    assert!(
        matches!(outcome, JoinOutcome::Joined { counted: true, .. }),
        "{outcome:?}"
    );
    assert!(gate.has_role(RECIPIENT));
    let used = d.invitation_by_id(invitation.id).await.unwrap().unwrap();
    assert_eq!((used.uses, used.status(START)), (1, Status::UsedUp));

    // Not in the server yet (asked in a DM): the code names the link to arrive through.
    let world = World::with_school(b, Access::Private).await;
    let invitation = personal(&world, None).await.unwrap();
    let outside = FakeGate::default();
    let outcome = world
        .domain
        .join(&outside, by_code(RECIPIENT, None, &code_of(&invitation)))
        .await
        .unwrap();
    assert!(
        matches!(outcome, JoinOutcome::NotInServer { .. }),
        "{outcome:?}"
    );
    assert_eq!(world.uses(&invitation).await, 0);
}

async fn anyone_else_is_told_it_is_for_someone_else_and_it_counts_as_a_wrong_code(b: Backend) {
    let world = World::with_school(b, Access::Private).await;
    let d = &world.domain;
    let gate = FakeGate::with_members([RECIPIENT, 301]);
    let invitation = personal(&world, None).await.unwrap();
    let code = code_of(&invitation);

    // Someone else, in the server or in a DM: refused, nothing granted or counted.
    for guild in [Some(GUILD), None] {
        let refused = d.join(&gate, by_code(301, guild, &code)).await;
        assert!(
            matches!(refused, Err(DomainError::ForSomeoneElse)),
            "{refused:?}"
        );
    }
    assert!(!gate.has_role(301));
    assert_eq!(world.uses(&invitation).await, 0);
    assert_eq!(
        world
            .count("SELECT count(*) FROM code_failures WHERE user_id = 301")
            .await,
        2
    );
    // Each try is a wrong code: at the limit the person waits, even with the code.
    for _ in 2..FAILURE_LIMIT {
        world.clock.advance(1);
        let refused = d.join(&gate, by_code(301, Some(GUILD), &code)).await;
        assert!(matches!(refused, Err(DomainError::ForSomeoneElse)));
    }
    let limited = d.join(&gate, by_code(301, Some(GUILD), &code)).await;
    assert!(
        matches!(limited, Err(DomainError::RateLimited { .. })),
        "{limited:?}"
    );
    // Its person is not held back, and joins.
    let joined = d
        .join(&gate, by_code(RECIPIENT, Some(GUILD), &code))
        .await
        .unwrap();
    assert!(matches!(joined, JoinOutcome::Joined { counted: true, .. }));
    // Once it is used up, someone else still learns only that it is not theirs.
    let refused = d
        .join(
            &FakeGate::with_members([302]),
            by_code(302, Some(GUILD), &code),
        )
        .await;
    assert!(
        matches!(refused, Err(DomainError::ForSomeoneElse)),
        "{refused:?}"
    );
}

async fn a_personal_invitation_holds_one_use_and_remembers_its_person(b: Backend) {
    let world = World::with_school(b, Access::Private).await;
    let d = &world.domain;
    let refused = personal(&world, Some(3)).await;
    assert!(
        matches!(refused, Err(DomainError::PersonalUses(3))),
        "{refused:?}"
    );
    assert_eq!(world.count("SELECT count(*) FROM invitations").await, 0);

    let one = personal(&world, Some(1)).await.unwrap();
    assert_eq!(one.max_uses, Some(1));
    let invitation = personal(&world, None).await.unwrap();
    assert_eq!(invitation.max_uses, Some(1));
    assert_eq!(invitation.recipient, Some(u(RECIPIENT)));
    assert!(invitation.admits(u(RECIPIENT)));
    assert!(!invitation.admits(u(301)));
    // Read back every way the bot reads invitations.
    let by_code = d
        .invitation(GUILD, &admin(), &code_of(&invitation))
        .await
        .unwrap();
    assert_eq!(by_code.recipient, Some(u(RECIPIENT)));
    let page = d
        .list_invitations(GUILD, &admin(), false, PageAt::First, PAGE_SIZE)
        .await
        .unwrap();
    assert!(page.items.iter().all(|i| i.recipient == Some(u(RECIPIENT))));
    let details = d
        .invitation_details(GUILD, &admin(), &code_of(&invitation))
        .await
        .unwrap();
    assert_eq!(details.invitation.recipient, Some(u(RECIPIENT)));
    // An ordinary invitation is for anyone.
    let open = world.invite(None, None).await;
    assert_eq!(open.recipient, None);
    assert!(open.admits(u(301)));
    // The audit trail names whom it was made for.
    let trail = d.audit_trail(GUILD, 10).await.unwrap();
    let created = trail
        .iter()
        .find(|e| e.action == "invitation_create" && e.invitation_id == Some(invitation.id))
        .expect("its create entry");
    assert_eq!(created.target_id, Some(RECIPIENT));
    assert_eq!(created.detail.as_deref(), Some("personal"));
}

async fn a_personal_invitation_is_shared_with_its_person_alone(b: Backend) {
    let world = World::with_school(b, Access::Private).await;
    let d = &world.domain;
    let invitation = personal(&world, None).await.unwrap();
    let (_, shared) = d
        .prepare_share(GUILD, &admin(), &code_of(&invitation))
        .await
        .unwrap();
    assert!(shared.ensure_shareable(Some(u(RECIPIENT)), false).is_ok());
    for (dm, in_channel) in [
        (Some(u(301)), false),
        (None, true),
        (Some(u(RECIPIENT)), true),
    ] {
        assert!(
            matches!(
                shared.ensure_shareable(dm, in_channel),
                Err(DomainError::PersonalShare)
            ),
            "{dm:?} {in_channel}"
        );
    }
    let open = world.invite(None, None).await;
    assert!(open.ensure_shareable(Some(u(301)), true).is_ok());
}
