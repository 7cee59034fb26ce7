//! Approval before admitting: with approval on, joins wait in a queue; a moderator with
//! manage or approve decides; caps count approved joins only.

use std::sync::Arc;

use super::*;
use porter::domain::{Decision, JoinRequestRecord, RequestState};

on_both_backends! {
    with_approval_on_a_code_join_waits_and_counts_nothing,
    approving_grants_the_roles_counts_the_use_and_is_audited,
    only_manage_or_approve_may_decide,
    caps_count_approved_joins_only,
    denying_counts_nothing_and_settles_the_request,
    two_moderators_at_once_exactly_one_decision_wins [flavor = "multi_thread", worker_threads = 4],
    requests_expire_after_the_configured_days,
    a_public_school_queues_a_join_without_code,
    requests_survive_a_restart,
}

/// A school with approval on, requests posted in channel 700.
async fn approving_school(b: Backend, access: Access) -> World {
    let world = World::with_school(b, access).await;
    let settings = world
        .domain
        .set_approval(GUILD, &admin(), Some(true), Some(ch(700)))
        .await
        .unwrap();
    assert!(settings.on);
    assert_eq!(settings.channel_id, Some(ch(700)));
    world
}

/// Joins by code and expects the person to be queued; their request.
async fn queued(world: &World, gate: &FakeGate, user: u64, inv: &Invitation) -> JoinRequestRecord {
    match world
        .domain
        .join(gate, by_code(user, Some(GUILD), &code_of(inv)))
        .await
        .unwrap()
    {
        JoinOutcome::Queued { queued, .. } => queued.request,
        other => panic!("expected a queued join, got {other:?}"),
    }
}

async fn with_approval_on_a_code_join_waits_and_counts_nothing(b: Backend) {
    let world = approving_school(b, Access::Private).await;
    let inv = world.invite(Some(1), None).await;
    let gate = FakeGate::with_members([300]);
    let request = queued(&world, &gate, 300, &inv).await;
    assert_eq!(request.state, RequestState::Waiting);
    assert_eq!(request.user_id, u(300));
    assert_eq!(request.invitation_id, Some(inv.id));
    assert!(!gate.has_role(300), "nothing granted");
    assert_eq!(world.uses(&inv).await, 0, "nothing counted");
    assert_eq!(world.count("SELECT count(*) FROM joins").await, 0);
    // Asking again finds the same request.
    match world
        .domain
        .join(&gate, by_code(300, Some(GUILD), &code_of(&inv)))
        .await
        .unwrap()
    {
        JoinOutcome::Queued { queued, .. } => {
            assert!(!queued.new);
            assert_eq!(queued.request.id, request.id);
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(
        world.count("SELECT count(*) FROM join_requests").await,
        1,
        "one request per person"
    );
    // Approval off again: the next join is admitted at once.
    world
        .domain
        .set_approval(GUILD, &admin(), Some(false), None)
        .await
        .unwrap();
    let gate = FakeGate::with_members([301]);
    let outcome = world
        .domain
        .join(&gate, by_code(301, Some(GUILD), &code_of(&inv)))
        .await
        .unwrap();
    assert!(matches!(outcome, JoinOutcome::Joined { .. }), "{outcome:?}");
}

async fn approving_grants_the_roles_counts_the_use_and_is_audited(b: Backend) {
    let world = approving_school(b, Access::Private).await;
    let d = &world.domain;
    // A class role handed out by the invitation.
    let class = porter::domain::ClassRoleRequest {
        role: RoleFacts {
            id: r(70),
            position: 2,
            is_everyone: false,
            managed: false,
            privileged: false,
        },
        actor_top_position: None,
        porter_top_position: None,
    };
    d.add_class_role(GUILD, &admin(), &class).await.unwrap();
    let (_, new) = d
        .prepare_invitation(GUILD, &admin(), &InvitationRequest::default())
        .await
        .unwrap();
    let new = d
        .prepare_class_roles(GUILD, new, &[r(70)], None)
        .await
        .unwrap();
    let inv = d
        .create_invitation(GUILD, &admin(), &new, None)
        .await
        .unwrap();
    let gate = FakeGate::with_members([300]);
    let request = queued(&world, &gate, 300, &inv).await;
    assert!(gate.extra_roles(300).is_empty());

    d.grant_permission(GUILD, &admin(), role(MOD_ROLE), Permission::Approve)
        .await
        .unwrap();
    let decided = d
        .decide_request(&gate, GUILD, &moderator(), request.id, Decision::Approve)
        .await
        .unwrap();
    assert_eq!(decided.request.state, RequestState::Approved);
    assert!(decided.counted);
    assert_eq!(decided.invitation.unwrap().roles, vec![r(70)]);
    assert!(gate.has_role(300), "member role granted");
    assert_eq!(gate.extra_roles(300), vec![r(70)], "class role granted");
    assert_eq!(world.uses(&inv).await, 1);
    let stored = d.join_request(GUILD, request.id).await.unwrap();
    assert_eq!(stored.state, RequestState::Approved);
    assert_eq!(stored.decided_by, Some(MODERATOR));
    assert_eq!(
        world
            .count("SELECT count(*) FROM audit_log WHERE action = 'join_approve' AND actor_id = 2")
            .await,
        1
    );
    assert_eq!(
        world.count("SELECT count(*) FROM pending_joins").await,
        0,
        "the join is confirmed"
    );
    assert_eq!(
        world
            .count("SELECT count(*) FROM joins WHERE user_id = 300")
            .await,
        1
    );
}

async fn only_manage_or_approve_may_decide(b: Backend) {
    let world = approving_school(b, Access::Private).await;
    let d = &world.domain;
    let inv = world.invite(None, None).await;
    let gate = FakeGate::with_members([300]);
    let request = queued(&world, &gate, 300, &inv).await;
    // The moderator may create invitations, not decide requests.
    d.grant_permission(GUILD, &admin(), role(MOD_ROLE), Permission::Create)
        .await
        .unwrap();
    let refused = d
        .decide_request(&gate, GUILD, &moderator(), request.id, Decision::Approve)
        .await;
    assert!(
        matches!(refused, Err(DomainError::Forbidden(ref p)) if p == &[Permission::Approve]),
        "{refused:?}"
    );
    // Only manage turns approval on.
    assert!(matches!(
        d.set_approval(GUILD, &moderator(), Some(false), None).await,
        Err(DomainError::Forbidden(_))
    ));
    assert!(!gate.has_role(300));
    // Manage implies approve.
    d.grant_permission(GUILD, &admin(), role(MOD_ROLE), Permission::Manage)
        .await
        .unwrap();
    d.decide_request(&gate, GUILD, &moderator(), request.id, Decision::Approve)
        .await
        .unwrap();
    assert!(gate.has_role(300));
    // Another school's request is unknown here.
    assert!(matches!(
        d.join_request(OTHER_GUILD, request.id).await,
        Err(DomainError::UnknownRequest)
    ));
}

async fn caps_count_approved_joins_only(b: Backend) {
    let world = approving_school(b, Access::Private).await;
    let d = &world.domain;
    let inv = world.invite(Some(1), None).await;
    let gate = FakeGate::with_members([300, 301]);
    // Both wait: queueing counts nothing, so a one-use invitation takes two requests.
    let first = queued(&world, &gate, 300, &inv).await;
    let second = queued(&world, &gate, 301, &inv).await;
    d.decide_request(&gate, GUILD, &admin(), first.id, Decision::Approve)
        .await
        .unwrap();
    assert_eq!(world.uses(&inv).await, 1);
    // The invitation is full: the second approval is refused, and the request still waits.
    let refused = d
        .decide_request(&gate, GUILD, &admin(), second.id, Decision::Approve)
        .await;
    assert!(
        matches!(
            refused,
            Err(DomainError::RequestInvitationClosed(Status::UsedUp))
        ),
        "{refused:?}"
    );
    assert!(!gate.has_role(301));
    assert_eq!(world.uses(&inv).await, 1);
    let still = d.join_request(GUILD, second.id).await.unwrap();
    assert_eq!(still.state, RequestState::Waiting);
    assert_eq!(still.decided_by, None);
    // It can still be denied.
    d.decide_request(&gate, GUILD, &admin(), second.id, Decision::Deny)
        .await
        .unwrap();
}

async fn denying_counts_nothing_and_settles_the_request(b: Backend) {
    let world = approving_school(b, Access::Private).await;
    let d = &world.domain;
    let inv = world.invite(Some(5), None).await;
    let gate = FakeGate::with_members([300]);
    let request = queued(&world, &gate, 300, &inv).await;
    let decided = d
        .decide_request(&gate, GUILD, &admin(), request.id, Decision::Deny)
        .await
        .unwrap();
    assert_eq!(decided.request.state, RequestState::Denied);
    assert!(!decided.counted);
    assert!(!gate.has_role(300));
    assert_eq!(world.uses(&inv).await, 0);
    assert_eq!(
        world
            .count("SELECT count(*) FROM audit_log WHERE action = 'join_deny'")
            .await,
        1
    );
    // A later approval finds it decided, and by whom.
    let late = d
        .decide_request(&gate, GUILD, &admin(), request.id, Decision::Approve)
        .await;
    assert!(
        matches!(
            late,
            Err(DomainError::RequestDecided {
                state: RequestState::Denied,
                by: Some(ADMIN)
            })
        ),
        "{late:?}"
    );
    assert!(!gate.has_role(300));
    // Asking again makes a new request.
    let again = queued(&world, &gate, 300, &inv).await;
    assert_ne!(again.id, request.id);
}

async fn two_moderators_at_once_exactly_one_decision_wins(b: Backend) {
    let world = approving_school(b, Access::Private).await;
    let inv = world.invite(Some(10), None).await;
    let gate = Arc::new(FakeGate::with_members(300..310u64));
    let mut requests = Vec::new();
    for user in 300..310u64 {
        requests.push(queued(&world, &gate, user, &inv).await);
    }
    for request in requests {
        let tasks: Vec<_> = [Decision::Approve, Decision::Deny, Decision::Approve]
            .into_iter()
            .map(|decision| {
                let (d, gate) = (world.domain.clone(), gate.clone());
                tokio::spawn(async move {
                    d.decide_request(&*gate, GUILD, &admin(), request.id, decision)
                        .await
                        .map(|done| done.request.state)
                })
            })
            .collect();
        let mut won = Vec::new();
        for task in tasks {
            match task.await.unwrap() {
                Ok(state) => won.push(state),
                Err(DomainError::RequestDecided { .. }) => {}
                Err(e) => panic!("{e}"),
            }
        }
        assert_eq!(won.len(), 1, "exactly one decision: {won:?}");
        let stored = world.domain.join_request(GUILD, request.id).await.unwrap();
        assert_eq!(stored.state, won[0]);
        assert_eq!(
            gate.has_role(request.user_id),
            won[0] == RequestState::Approved
        );
    }
    let approved = world
        .count("SELECT count(*) FROM join_requests WHERE state = 'approved'")
        .await;
    assert_eq!(i64::from(world.uses(&inv).await), approved);
    assert_eq!(
        world
            .count("SELECT count(*) FROM audit_log WHERE action IN ('join_approve', 'join_deny')")
            .await,
        10
    );
}

async fn requests_expire_after_the_configured_days(b: Backend) {
    let world = approving_school(b, Access::Private).await;
    let d = &world.domain;
    let inv = world.invite(None, None).await;
    let gate = FakeGate::with_members([300, 301]);
    let old = queued(&world, &gate, 300, &inv).await;
    world.clock.advance(2 * 24 * 3600);
    let young = queued(&world, &gate, 301, &inv).await;
    world.clock.advance(24 * 3600 - 1);
    assert!(d.expire_requests(3).await.unwrap().is_empty());
    world.clock.advance(1);
    let expired = d.expire_requests(3).await.unwrap();
    assert_eq!(expired.len(), 1);
    assert_eq!(expired[0].id, old.id);
    assert_eq!(expired[0].state, RequestState::Expired);
    assert!(d.expire_requests(3).await.unwrap().is_empty(), "once");
    let late = d
        .decide_request(&gate, GUILD, &admin(), old.id, Decision::Approve)
        .await;
    assert!(
        matches!(
            late,
            Err(DomainError::RequestDecided {
                state: RequestState::Expired,
                ..
            })
        ),
        "{late:?}"
    );
    assert!(!gate.has_role(300));
    assert_eq!(
        world
            .count("SELECT count(*) FROM audit_log WHERE action = 'join_request_expire'")
            .await,
        1
    );
    assert_eq!(
        d.waiting_requests(GUILD).await.unwrap(),
        vec![d.join_request(GUILD, young.id).await.unwrap()]
    );
}

async fn a_public_school_queues_a_join_without_code(b: Backend) {
    let world = approving_school(b, Access::Public).await;
    let gate = FakeGate::with_members([300]);
    let request = JoinRequest {
        user_id: u(300),
        guild_id: Some(GUILD),
        code: None,
        method: JoinMethod::Public,
    };
    let JoinOutcome::Queued { queued, .. } = world.domain.join(&gate, request).await.unwrap()
    else {
        panic!("expected a queued join");
    };
    assert_eq!(queued.request.invitation_id, None);
    assert!(!gate.has_role(300));
    world
        .domain
        .decide_request(&gate, GUILD, &admin(), queued.request.id, Decision::Approve)
        .await
        .unwrap();
    assert!(gate.has_role(300));
}

async fn requests_survive_a_restart(b: Backend) {
    let world = approving_school(b, Access::Private).await;
    let inv = world.invite(None, None).await;
    let gate = FakeGate::with_members([300]);
    let request = queued(&world, &gate, 300, &inv).await;
    world
        .domain
        .set_request_message(request.id, ch(700), MessageId::new(900))
        .await
        .unwrap();
    // A new Porter on the same database.
    let restarted = open(&world.url, world.clock.clone()).await;
    let stored = restarted.join_request(GUILD, request.id).await.unwrap();
    assert_eq!(stored.message_id, Some(MessageId::new(900)));
    assert_eq!(stored.channel_id, Some(ch(700)));
    assert!(restarted.approval_settings(GUILD).await.unwrap().on);
    restarted
        .decide_request(&gate, GUILD, &admin(), request.id, Decision::Approve)
        .await
        .unwrap();
    assert!(gate.has_role(300));
}
