//! Leavers: people Porter let in who leave the server, and come back.

use super::*;

on_both_backends! {
    a_leave_is_noted_on_every_join_and_a_return_clears_it,
    someone_back_through_the_same_invitation_is_not_counted_twice,
    the_school_counts_leavers_of_the_last_week_once_each,
    erasing_old_joins_erases_their_leaves,
}

/// The (user, left_at, back_at) of the invitation's joins, newest first.
async fn presence(
    world: &World,
    invitation: &Invitation,
) -> Vec<(UserId, Option<i64>, Option<i64>)> {
    world
        .domain
        .invitation_details(GUILD, &admin(), &code_of(invitation))
        .await
        .unwrap()
        .joins
        .items
        .iter()
        .map(|j| (j.user_id, j.left_at, j.back_at))
        .collect()
}

async fn a_leave_is_noted_on_every_join_and_a_return_clears_it(b: Backend) {
    let world = World::with_school(b, Access::Private).await;
    let d = &world.domain;
    let gate = FakeGate::with_members([80, 81]);
    let year7 = world.invite(None, None).await;
    let clubs = world.invite(None, None).await;
    d.join(&gate, by_code(80, Some(GUILD), &code_of(&year7)))
        .await
        .unwrap();
    world.clock.advance(60);
    gate.without_role(80);
    d.join(&gate, by_code(80, Some(GUILD), &code_of(&clubs)))
        .await
        .unwrap();
    d.join(&gate, by_code(81, Some(GUILD), &code_of(&year7)))
        .await
        .unwrap();

    world.clock.advance(3 * 24 * 3600);
    let left_at = d.now();
    let left = d.record_leave(GUILD, u(80)).await.unwrap();
    assert_eq!(
        left.iter()
            .map(|j| (j.invitation_id, j.method, j.joined_at))
            .collect::<Vec<_>>(),
        [
            (Some(year7.id), JoinMethod::Code, START),
            (Some(clubs.id), JoinMethod::Code, START + 60),
        ]
    );
    assert_eq!(
        presence(&world, &year7).await,
        [(u(81), None, None), (u(80), Some(left_at), None)]
    );
    // Leaving is noted once; someone Porter never let in, or another server, leaves no mark.
    world.clock.advance(10);
    assert_eq!(d.record_leave(GUILD, u(80)).await.unwrap(), []);
    assert_eq!(d.record_leave(GUILD, u(99)).await.unwrap(), []);
    assert_eq!(d.record_leave(OTHER_GUILD, u(81)).await.unwrap(), []);
    assert_eq!(presence(&world, &year7).await[0], (u(81), None, None));

    // Coming back clears the marks of every join, and says when.
    world.clock.advance(3600);
    let back_at = d.now();
    assert_eq!(d.record_returns(GUILD, &[u(80), u(81)]).await.unwrap(), 2);
    assert_eq!(
        presence(&world, &year7).await,
        [(u(81), None, None), (u(80), None, Some(back_at))]
    );
    assert_eq!(
        presence(&world, &clubs).await,
        [(u(80), None, Some(back_at))]
    );
    assert_eq!(d.record_returns(GUILD, &[u(80)]).await.unwrap(), 0);
    // Leaving again marks them again.
    world.clock.advance(60);
    assert_eq!(d.record_leave(GUILD, u(80)).await.unwrap().len(), 2);
    assert_eq!(
        presence(&world, &clubs).await,
        [(u(80), Some(d.now()), Some(back_at))]
    );
}

async fn someone_back_through_the_same_invitation_is_not_counted_twice(b: Backend) {
    let world = World::with_school(b, Access::Private).await;
    let d = &world.domain;
    let gate = FakeGate::with_members([80, 81]);

    // By code, then by button: the second join through the invitation counts nothing.
    let two = world.invite(Some(2), None).await;
    let code = code_of(&two);
    d.join(&gate, by_code(80, Some(GUILD), &code))
        .await
        .unwrap();
    gate.leaves(80);
    d.record_leave(GUILD, u(80)).await.unwrap();
    // Back in the server (through some other invite), then the code or the button again.
    gate.without_role(80);
    d.record_returns(GUILD, &[u(80)]).await.unwrap();
    for method in [JoinMethod::Code, JoinMethod::Button] {
        gate.without_role(80);
        let again = d
            .join(
                &gate,
                JoinRequest {
                    method,
                    ..by_code(80, Some(GUILD), &code)
                },
            )
            .await
            .unwrap();
        assert!(
            matches!(again, JoinOutcome::Joined { counted: false, .. }),
            "{method:?}: {again:?}"
        );
        assert!(gate.has_role(80));
        assert_eq!(world.uses(&two).await, 1, "{method:?}");
    }
    // The seat the return did not take is still there for someone else.
    d.join(&gate, by_code(81, Some(GUILD), &code))
        .await
        .unwrap();
    assert_eq!(world.uses(&two).await, 2);

    // Through the link: Discord counts every use of it, Porter counts the person once.
    let linked_two = linked(&world, "linkA", Some(2)).await;
    let mut ledger = following(&world, &[("linkA", 0, 2)]).await;
    assert_eq!(
        settle(&world, &mut ledger, &[("linkA", 1, 2)], &[90]).await,
        [Seen::Joined(linked_two.id)]
    );
    d.record_leave(GUILD, u(90)).await.unwrap();
    d.record_returns(GUILD, &[u(90)]).await.unwrap();
    assert_eq!(
        settle(&world, &mut ledger, &[("linkA", 2, 2)], &[90]).await,
        [Seen::Joined(linked_two.id)]
    );
    assert_eq!(world.uses(&linked_two).await, 1);
    let back = presence(&world, &linked_two).await;
    assert_eq!(back.len(), 1);
    assert!(back[0].1.is_none() && back[0].2.is_some(), "{back:?}");
    // Discord deleted the link at its own cap of 2; its last seat is still the code's.
    gate.without_role(81);
    d.join(&gate, by_code(81, Some(GUILD), &code_of(&linked_two)))
        .await
        .unwrap();
    assert_eq!(world.uses(&linked_two).await, 2);
}

async fn the_school_counts_leavers_of_the_last_week_once_each(b: Backend) {
    let world = World::with_school(b, Access::Private).await;
    let d = &world.domain;
    let gate = FakeGate::with_members([80, 81, 82]);
    let year7 = world.invite(None, None).await;
    let clubs = world.invite(None, None).await;
    for (user, invitation) in [(80, &year7), (80, &clubs), (81, &year7), (82, &year7)] {
        gate.without_role(user);
        d.join(&gate, by_code(user, Some(GUILD), &code_of(invitation)))
            .await
            .unwrap();
    }
    d.record_leave(GUILD, u(80)).await.unwrap();
    d.record_leave(GUILD, u(81)).await.unwrap();
    let info = d.school_info(GUILD, &admin()).await.unwrap();
    assert_eq!((info.joins_last_week, info.leaves_last_week), (4, 2));
    // Back again: no longer a leaver.
    d.record_returns(GUILD, &[u(81)]).await.unwrap();
    let info = d.school_info(GUILD, &admin()).await.unwrap();
    assert_eq!((info.joins_last_week, info.leaves_last_week), (4, 1));
    // A week later both counts are down to what happened since.
    world.clock.advance(7 * 24 * 3600);
    d.record_leave(GUILD, u(82)).await.unwrap();
    let info = d.school_info(GUILD, &admin()).await.unwrap();
    assert_eq!((info.joins_last_week, info.leaves_last_week), (0, 1));
    assert_eq!(info.members_joined, 3);
}

async fn erasing_old_joins_erases_their_leaves(b: Backend) {
    let world = World::with_school(b, Access::Private).await;
    let d = &world.domain;
    let gate = FakeGate::with_members([80, 81]);
    let year7 = world.invite(None, None).await;
    d.join(&gate, by_code(80, Some(GUILD), &code_of(&year7)))
        .await
        .unwrap();
    world.clock.advance(100);
    d.join(&gate, by_code(81, Some(GUILD), &code_of(&year7)))
        .await
        .unwrap();
    world.clock.advance(100);
    d.record_leave(GUILD, u(80)).await.unwrap();
    d.record_leave(GUILD, u(81)).await.unwrap();
    // The retention rule counts from the join: the first one goes, with when they left.
    let erased = d.erase_old_rows(Some(START + 50), None).await.unwrap();
    assert_eq!(erased.joins, 1);
    assert_eq!(
        world
            .count("SELECT count(*) FROM joins WHERE left_at IS NOT NULL")
            .await,
        1
    );
    assert_eq!(
        presence(&world, &year7).await,
        [(u(81), Some(START + 200), None)]
    );
    let info = d.school_info(GUILD, &admin()).await.unwrap();
    assert_eq!(info.leaves_last_week, 1);
}
