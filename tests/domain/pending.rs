//! Joins left pending by a Porter that stopped mid-grant.

use super::*;

on_both_backends! {
    a_join_cut_short_is_pending_and_confirmed_when_the_member_holds_the_role,
    releasing_a_join_cut_short_frees_its_seat_for_someone_else,
    a_join_cut_short_of_someone_who_left_is_released,
    joins_that_finished_are_never_pending,
    a_join_answered_first_stays_pending_until_confirmed,
    a_repeated_join_or_a_full_invitation_writes_nothing,
    only_joins_nobody_is_granting_any_more_are_resolved,
}

/// Redeems `code` for `user` and gives up once the member role grant is under way, as a
/// Porter killed at that moment does: the join is counted, the grant never confirmed.
pub(super) async fn join_cut_short(world: &World, gate: &FakeGate, user: u64, code: &str) {
    *gate.hang.lock().unwrap() = true;
    tokio::select! {
        result = world.domain.join(gate, by_code(user, Some(GUILD), code)) => {
            panic!("the join finished: {result:?}")
        }
        () = gate.hanging.notified() => {}
    }
    *gate.hang.lock().unwrap() = false;
}

async fn a_join_cut_short_is_pending_and_confirmed_when_the_member_holds_the_role(b: Backend) {
    let world = World::with_school(b, Access::Private).await;
    let d = &world.domain;
    let school = d.school(GUILD).await.unwrap();
    let inv = world.invite(Some(1), None).await;
    let gate = FakeGate::with_members([30]);
    join_cut_short(&world, &gate, 30, &code_of(&inv)).await;
    assert_eq!(world.uses(&inv).await, 1, "the seat is held");
    let pending = d.pending_joins(GUILD, d.now()).await.unwrap();
    assert_eq!(pending.len(), 1);
    assert_eq!(
        (
            pending[0].user_id,
            pending[0].invitation_id,
            pending[0].method
        ),
        (u(30), Some(inv.id), JoinMethod::Code)
    );
    assert!(d
        .pending_joins(OTHER_GUILD, d.now())
        .await
        .unwrap()
        .is_empty());

    // Discord carried the grant out before Porter died.
    gate.with_role(30);
    assert_eq!(
        d.resolve_pending(&gate, &school, &pending[0])
            .await
            .unwrap(),
        Resolution::Confirmed
    );
    assert!(d.pending_joins(GUILD, d.now()).await.unwrap().is_empty());
    assert_eq!(world.uses(&inv).await, 1);
    assert_eq!(world.count("SELECT count(*) FROM joins").await, 1);
    assert_eq!(
        world
            .count("SELECT count(*) FROM audit_log WHERE action = 'join'")
            .await,
        1
    );
    // Resolving it again changes nothing.
    assert_eq!(
        d.resolve_pending(&gate, &school, &pending[0])
            .await
            .unwrap(),
        Resolution::AlreadyResolved
    );
    assert_eq!(world.uses(&inv).await, 1);
    assert_eq!(world.count("SELECT count(*) FROM joins").await, 1);
}

async fn releasing_a_join_cut_short_frees_its_seat_for_someone_else(b: Backend) {
    let world = World::with_school(b, Access::Private).await;
    let d = &world.domain;
    let school = d.school(GUILD).await.unwrap();
    let inv = world.invite(Some(1), None).await;
    let gate = FakeGate::with_members([31, 32]);

    join_cut_short(&world, &gate, 31, &code_of(&inv)).await;
    assert!(matches!(
        d.join(&gate, by_code(32, Some(GUILD), &code_of(&inv)))
            .await,
        Err(DomainError::UsedUp { max_uses: 1 })
    ));
    let pending = d.pending_joins(GUILD, d.now()).await.unwrap();
    assert_eq!(pending.len(), 1);
    // The grant never reached Discord: 31 has no member role.
    assert_eq!(
        d.resolve_pending(&gate, &school, &pending[0])
            .await
            .unwrap(),
        Resolution::Released
    );
    assert_eq!(world.uses(&inv).await, 0);
    assert_eq!(world.count("SELECT count(*) FROM joins").await, 0);
    assert_eq!(
        world
            .count("SELECT count(*) FROM audit_log WHERE action = 'join'")
            .await,
        0
    );
    assert!(d.pending_joins(GUILD, d.now()).await.unwrap().is_empty());

    let joined = d
        .join(&gate, by_code(32, Some(GUILD), &code_of(&inv)))
        .await
        .unwrap();
    assert!(matches!(joined, JoinOutcome::Joined { counted: true, .. }));
    assert_eq!(world.uses(&inv).await, 1);
    assert!(
        d.pending_joins(GUILD, d.now()).await.unwrap().is_empty(),
        "a join whose grant went through is confirmed"
    );
}

async fn a_join_cut_short_of_someone_who_left_is_released(b: Backend) {
    let world = World::with_school(b, Access::Public).await;
    let d = &world.domain;
    let school = d.school(GUILD).await.unwrap();
    let gate = FakeGate::with_members([33]);
    *gate.hang.lock().unwrap() = true;
    let public = JoinRequest {
        user_id: u(33),
        guild_id: Some(GUILD),
        code: None,
        method: JoinMethod::Public,
    };
    tokio::select! {
        result = d.join(&gate, public) => panic!("the join finished: {result:?}"),
        () = gate.hanging.notified() => {}
    }
    gate.leaves(33);

    let pending = d.pending_joins(GUILD, d.now()).await.unwrap();
    assert_eq!((pending.len(), pending[0].method), (1, JoinMethod::Public));
    assert_eq!(
        d.resolve_pending(&gate, &school, &pending[0])
            .await
            .unwrap(),
        Resolution::Released
    );
    assert_eq!(world.count("SELECT count(*) FROM joins").await, 0);
}

async fn joins_that_finished_are_never_pending(b: Backend) {
    let world = World::with_school(b, Access::Private).await;
    let d = &world.domain;
    let inv = world.invite(Some(5), None).await;
    let gate = FakeGate::with_members([34, 35]);

    // Granted: confirmed at once.
    d.join(&gate, by_code(34, Some(GUILD), &code_of(&inv)))
        .await
        .unwrap();
    // Refused: taken back, nothing left.
    gate.refuse(Some(GrantError::RoleAbovePorter));
    assert!(d
        .join(&gate, by_code(35, Some(GUILD), &code_of(&inv)))
        .await
        .is_err());
    gate.refuse(None);
    // Arrived through a link holding the role Discord gave: no grant, confirmed.
    let linked = linked(&world, "link", None).await;
    let mut ledger = following(&world, &[("link", 0, 0)]).await;
    let seen = settle(&world, &mut ledger, &[("link", 1, 0)], &[36]).await;
    assert_eq!(seen, [Seen::Joined(linked.id)]);
    assert!(d.pending_joins(GUILD, d.now()).await.unwrap().is_empty());
    assert_eq!(world.uses(&inv).await, 1);
    assert_eq!(world.count("SELECT count(*) FROM joins").await, 2);
    assert_eq!(world.count("SELECT count(*) FROM pending_joins").await, 0);
}

/// `join_unconfirmed` leaves the join pending (the bot answers the person first), and
/// `confirm_join` then confirms it.
async fn a_join_answered_first_stays_pending_until_confirmed(b: Backend) {
    let world = World::with_school(b, Access::Private).await;
    let d = &world.domain;
    let inv = world.invite(Some(5), None).await;
    let gate = FakeGate::with_members([37]);
    let (outcome, unconfirmed) = d
        .join_unconfirmed(&gate, by_code(37, Some(GUILD), &code_of(&inv)))
        .await
        .unwrap();
    assert!(matches!(outcome, JoinOutcome::Joined { counted: true, .. }));
    assert!(gate.has_role(37));
    assert_eq!(world.count("SELECT count(*) FROM pending_joins").await, 1);
    d.confirm_join(unconfirmed.expect("a counted join to confirm"))
        .await;
    assert_eq!(world.count("SELECT count(*) FROM pending_joins").await, 0);
    assert_eq!(world.uses(&inv).await, 1);
    // Already a member: nothing to confirm.
    let (_, unconfirmed) = d
        .join_unconfirmed(&gate, by_code(37, Some(GUILD), &code_of(&inv)))
        .await
        .unwrap();
    assert!(unconfirmed.is_none());
}

/// A second join through the same invitation, and a join refused by a used-up invitation,
/// leave no row behind (the join is written before the seat is taken, then taken back).
async fn a_repeated_join_or_a_full_invitation_writes_nothing(b: Backend) {
    let world = World::with_school(b, Access::Private).await;
    let d = &world.domain;
    let inv = world.invite(Some(1), None).await;
    let gate = FakeGate::with_members([38, 39]);
    d.join(&gate, by_code(38, Some(GUILD), &code_of(&inv)))
        .await
        .unwrap();
    gate.without_role(38);
    let again = d
        .join(&gate, by_code(38, Some(GUILD), &code_of(&inv)))
        .await;
    assert!(
        matches!(again, Err(DomainError::UsedUp { max_uses: 1 })),
        "{again:?}"
    );
    let full = d
        .join(&gate, by_code(39, Some(GUILD), &code_of(&inv)))
        .await;
    assert!(
        matches!(full, Err(DomainError::UsedUp { max_uses: 1 })),
        "{full:?}"
    );
    assert_eq!(world.uses(&inv).await, 1);
    assert_eq!(world.count("SELECT count(*) FROM joins").await, 1);
    assert_eq!(
        world
            .count("SELECT count(*) FROM audit_log WHERE action = 'join'")
            .await,
        1
    );
    assert_eq!(world.count("SELECT count(*) FROM pending_joins").await, 0);
}

/// Two Porter processes share the database (shards 0 and 1): each one's joins under way
/// are left alone while it lives; a restart or a silence hands them over.
async fn only_joins_nobody_is_granting_any_more_are_resolved(b: Backend) {
    let world = World::with_school(b, Access::Private).await;
    let inv = world.invite(None, None).await;
    let gate = FakeGate::with_members([40, 41]);
    let first = &world.domain;
    first.register("shards 0-0 of 2").await.unwrap();
    let second = open(&world.url, world.clock.clone()).await;
    second.register("shards 1-1 of 2").await.unwrap();

    join_cut_short(&world, &gate, 40, &code_of(&inv)).await;
    for d in [first, &second] {
        assert!(
            d.pending_joins(GUILD, d.now()).await.unwrap().is_empty(),
            "a live process's join is under way"
        );
    }
    // The first process restarts: what it left pending is nobody's any more.
    let restarted = open(&world.url, world.clock.clone()).await;
    restarted.register("shards 0-0 of 2").await.unwrap();
    let pending = second.pending_joins(GUILD, second.now()).await.unwrap();
    assert_eq!(
        pending.iter().map(|p| p.user_id).collect::<Vec<_>>(),
        [u(40)]
    );

    // A process that stops for good is heard from no more.
    let gate2 = FakeGate::with_members([41]);
    *gate2.hang.lock().unwrap() = true;
    let code = code_of(&inv);
    let cut = second.join(&gate2, by_code(41, Some(GUILD), &code));
    tokio::select! {
        result = cut => panic!("the join finished: {result:?}"),
        () = gate2.hanging.notified() => {}
    }
    restarted.heartbeat().await.unwrap();
    assert_eq!(
        restarted
            .pending_joins(GUILD, restarted.now())
            .await
            .unwrap()
            .len(),
        1,
        "only the restarted process's old join"
    );
    world.clock.advance(porter::domain::ALIVE_WITHIN + 1);
    restarted.heartbeat().await.unwrap();
    let pending = restarted
        .pending_joins(GUILD, restarted.now())
        .await
        .unwrap();
    assert_eq!(
        pending.iter().map(|p| p.user_id).collect::<Vec<_>>(),
        [u(40), u(41)],
        "the silent process's join too"
    );
}
