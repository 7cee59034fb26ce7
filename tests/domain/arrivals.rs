//! Arrivals through invitation links: counting their uses and telling who came through which.

use super::*;

on_both_backends! {
    a_link_arrival_is_counted_recorded_and_survives_a_reload,
    simultaneous_arrivals_through_capped_links_count_toward_each_cap,
    an_ended_invitations_vanished_link_never_makes_another_arrival_ambiguous,
    a_revoked_invitations_surviving_link_never_admits_anyone,
    a_link_used_up_at_its_discord_cap_explains_its_last_arrivals,
    a_link_deleted_in_discord_is_announced_when_it_cannot_have_been_used_up,
    the_cap_holds_across_a_restart,
    code_joins_leave_seats_for_arrivals_porter_could_not_count_yet,
}

async fn a_link_arrival_is_counted_recorded_and_survives_a_reload(b: Backend) {
    let world = World::with_school(b, Access::Private).await;
    let d = &world.domain;
    let a = linked(&world, "linkA", None).await;
    let _b = linked(&world, "linkB", None).await;
    let mut ledger = following(&world, &[("linkA", 0, 0), ("linkB", 0, 0), ("mods", 4, 0)]).await;

    let seen = settle(
        &world,
        &mut ledger,
        &[("linkA", 1, 0), ("linkB", 0, 0), ("mods", 4, 0)],
        &[300],
    )
    .await;
    assert_eq!(seen, [Seen::Joined(a.id)]);
    assert_eq!(world.uses(&a).await, 1);
    let details = d
        .invitation_details(GUILD, &admin(), &code_of(&a))
        .await
        .unwrap();
    assert_eq!(
        details
            .joins
            .items
            .iter()
            .map(|j| (j.user_id, j.method))
            .collect::<Vec<_>>(),
        [(u(300), JoinMethod::Link)]
    );
    // What the ledger holds is what the database holds.
    assert_eq!(d.ledger(GUILD).await.unwrap().unwrap(), {
        let mut stored = ledger.clone();
        d.expire_invites(GUILD, &mut stored).await.unwrap();
        stored
    });
    // The same person through the same link again: Discord counts the use, but the join is
    // kept once and takes one seat.
    let seen = settle(
        &world,
        &mut ledger,
        &[("linkA", 2, 0), ("linkB", 0, 0), ("mods", 4, 0)],
        &[300],
    )
    .await;
    assert_eq!(seen, [Seen::Joined(a.id)]);
    assert_eq!(world.uses(&a).await, 1);
    let details = d
        .invitation_details(GUILD, &admin(), &code_of(&a))
        .await
        .unwrap();
    assert_eq!(details.joins.items.len(), 1);
    // A server that is not a school has no ledger.
    assert_eq!(d.ledger(OTHER_GUILD).await.unwrap(), None);
}

async fn simultaneous_arrivals_through_capped_links_count_toward_each_cap(b: Backend) {
    let world = World::with_school(b, Access::Private).await;
    let d = &world.domain;
    let a = linked(&world, "linkA", Some(1)).await;
    let b = linked(&world, "linkB", Some(1)).await;
    let mut ledger = following(&world, &[("linkA", 0, 1), ("linkB", 0, 1)]).await;
    // Discord removed both at their caps; their counts never showed, but their arrivals did.
    let both = [("linkA", 1, 1), ("linkB", 1, 1)];
    assert_eq!(
        settle(&world, &mut ledger, &both, &[301, 302]).await,
        [Seen::Maybe(vec![a.id, b.id]), Seen::Maybe(vec![a.id, b.id])]
    );
    for inv in [&a, &b] {
        assert_eq!(world.uses(inv).await, 1, "how many is never ambiguous");
        let details = d
            .invitation_details(GUILD, &admin(), &code_of(inv))
            .await
            .unwrap();
        assert_eq!(
            details
                .joins
                .items
                .iter()
                .map(|j| (j.user_id, j.method))
                .collect::<Vec<_>>(),
            [
                (u(302), JoinMethod::Unattributed),
                (u(301), JoinMethod::Unattributed)
            ]
        );
    }
    let gate = FakeGate::with_members([303]);
    assert!(matches!(
        d.join(&gate, by_code(303, Some(GUILD), &code_of(&a))).await,
        Err(DomainError::UsedUp { max_uses: 1 })
    ));
}

async fn an_ended_invitations_vanished_link_never_makes_another_arrival_ambiguous(b: Backend) {
    let world = World::with_school(b, Access::Private).await;
    let d = &world.domain;
    let pair = linked(&world, "pair", Some(2)).await;
    let class = linked(&world, "class", Some(30)).await;
    let year7 = linked(&world, "year7", None).await;
    let mut ledger = following(&world, &[("pair", 0, 2), ("class", 0, 30), ("year7", 0, 0)]).await;
    // "Pair" is used up by codes and "Class of 30" revoked; Porter deletes both links.
    let gate = FakeGate::with_members([310, 311]);
    for user in [310, 311] {
        d.join(&gate, by_code(user, Some(GUILD), &code_of(&pair)))
            .await
            .unwrap();
    }
    d.revoke_invitation(GUILD, &admin(), &code_of(&class))
        .await
        .unwrap();
    for (inv, code) in [(&pair, "pair"), (&class, "class")] {
        d.mark_link_gone(inv.id).await.unwrap();
        assert!(d
            .invite_deleted(GUILD, &mut ledger, code)
            .await
            .unwrap()
            .is_empty());
    }
    // Someone arrives through "Year 7": only its count rose.
    let seen = settle(&world, &mut ledger, &[("year7", 1, 0)], &[312]).await;
    assert_eq!(seen, [Seen::Joined(year7.id)]);
    let details = d
        .invitation_details(GUILD, &admin(), &code_of(&year7))
        .await
        .unwrap();
    assert_eq!(
        details
            .joins
            .items
            .iter()
            .map(|j| j.method)
            .collect::<Vec<_>>(),
        [JoinMethod::Link]
    );
    assert_eq!(world.uses(&year7).await, 1);
}

async fn a_revoked_invitations_surviving_link_never_admits_anyone(b: Backend) {
    let world = World::with_school(b, Access::Private).await;
    let d = &world.domain;
    let pair = linked(&world, "pair", Some(1)).await;
    let old = linked(&world, "old", None).await;
    let mut ledger = following(&world, &[("pair", 0, 1), ("old", 0, 0)]).await;
    // A vanished capped link earlier...
    let gate = FakeGate::with_members([320]);
    d.join(&gate, by_code(320, Some(GUILD), &code_of(&pair)))
        .await
        .unwrap();
    d.mark_link_gone(pair.id).await.unwrap();
    d.invite_deleted(GUILD, &mut ledger, "pair").await.unwrap();
    // ...then "old" is revoked, but deleting its link failed, and someone uses it.
    d.revoke_invitation(GUILD, &admin(), &code_of(&old))
        .await
        .unwrap();
    let seen = settle(&world, &mut ledger, &[("old", 1, 0)], &[321]).await;
    assert_eq!(seen, [Seen::Refused(old.id, Refusal::Revoked)]);
    assert_eq!(world.uses(&old).await, 0);
    let details = d
        .invitation_details(GUILD, &admin(), &code_of(&old))
        .await
        .unwrap();
    assert!(details.joins.items.is_empty());
}

async fn a_link_used_up_at_its_discord_cap_explains_its_last_arrivals(b: Backend) {
    let world = World::with_school(b, Access::Private).await;
    let d = &world.domain;
    let two = linked(&world, "two", Some(2)).await;
    let mut ledger = following(&world, &[("two", 0, 2), ("open", 3, 0)]).await;
    let gate = FakeGate::with_members([330]);
    d.join(&gate, by_code(330, Some(GUILD), &code_of(&two)))
        .await
        .unwrap();
    // Two people open the link at once; Discord, counting only its own uses, lets both in
    // and removes the link at its cap of 2.
    let seen = settle(&world, &mut ledger, &[("open", 3, 0)], &[331, 332]).await;
    assert_eq!(
        seen,
        [Seen::Joined(two.id), Seen::Refused(two.id, Refusal::Full)]
    );
    assert_eq!(world.uses(&two).await, 2, "never past the cap");
    // Removed at its cap, not deleted by hand: nothing to announce, now or later.
    assert!(d
        .invite_deleted(GUILD, &mut ledger, "two")
        .await
        .unwrap()
        .is_empty());
    world.clock.advance(porter::domain::GONE_GRACE + 1);
    assert!(d
        .expire_invites(GUILD, &mut ledger)
        .await
        .unwrap()
        .is_empty());
}

async fn a_link_deleted_in_discord_is_announced_when_it_cannot_have_been_used_up(b: Backend) {
    let world = World::with_school(b, Access::Private).await;
    let d = &world.domain;
    let open = linked(&world, "open", None).await;
    let capped = linked(&world, "capped", Some(5)).await;
    let mut ledger = following(&world, &[("open", 0, 0), ("capped", 1, 5)]).await;
    // Without a Discord cap it was deleted by hand: said at once.
    let deleted = d.invite_deleted(GUILD, &mut ledger, "open").await.unwrap();
    assert_eq!(deleted.iter().map(|i| i.id).collect::<Vec<_>>(), [open.id]);
    let open = d.invitation_by_id(open.id).await.unwrap().unwrap();
    assert_eq!(open.url(), None);
    assert_eq!(open.status(d.now()), Status::Active, "the code still works");
    // With seats left on Discord it may have been used up: said once nobody came through.
    assert!(d
        .invite_deleted(GUILD, &mut ledger, "capped")
        .await
        .unwrap()
        .is_empty());
    assert!(d
        .expire_invites(GUILD, &mut ledger)
        .await
        .unwrap()
        .is_empty());
    world.clock.advance(porter::domain::GONE_GRACE + 1);
    let deleted = d.expire_invites(GUILD, &mut ledger).await.unwrap();
    assert_eq!(
        deleted.iter().map(|i| i.id).collect::<Vec<_>>(),
        [capped.id]
    );
    assert_eq!(
        d.invite_deleted(GUILD, &mut ledger, "someone-elses")
            .await
            .unwrap(),
        []
    );
}

async fn the_cap_holds_across_a_restart(b: Backend) {
    let world = World::with_school(b, Access::Private).await;
    let d = &world.domain;
    let two = linked(&world, "two", Some(2)).await;
    let open = linked(&world, "open", None).await;
    let gone = linked(&world, "gone", None).await;
    following(&world, &[("two", 0, 2), ("open", 0, 0), ("gone", 0, 0)]).await;
    let gate = FakeGate::with_members([340]);
    d.join(&gate, by_code(340, Some(GUILD), &code_of(&two)))
        .await
        .unwrap();
    // Porter stops. Two people come in through "two" (Discord removes it at its cap of 2),
    // three through "open", and "gone" is deleted by hand.
    world.clock.advance(60);
    let mut ledger = d.ledger(GUILD).await.unwrap().unwrap();
    let offline = d
        .snapshot_invites(GUILD, &mut ledger, &listed(&[("open", 3, 0)]))
        .await
        .unwrap();
    assert_eq!(offline.since, Some(START));
    let seen: Vec<(InvitationId, OfflineHow, u32, u32, u32)> = offline
        .uses
        .iter()
        .map(|(i, u)| (i.id, u.how, u.uses, u.admitted, i.uses))
        .collect();
    assert_eq!(
        seen,
        [
            (open.id, OfflineHow::Rose, 3, 3, 3),
            (two.id, OfflineHow::VanishedAtCap, 2, 1, 2),
            (gone.id, OfflineHow::Deleted, 0, 0, 0),
        ]
    );
    assert_eq!(offline.people(), 5);
    let two = d.invitation_by_id(two.id).await.unwrap().unwrap();
    assert_eq!(two.status(d.now()), Status::UsedUp);
    assert!(two.link_gone_at.is_some());
    assert!(matches!(
        d.join(&gate, by_code(341, Some(GUILD), &code_of(&two)))
            .await,
        Err(DomainError::UsedUp { .. })
    ));
    // Who came in: members who joined since, with the member role and no join Porter knows.
    let named = d
        .record_offline_arrivals(GUILD, &offline, &[u(340), u(342), u(343)])
        .await
        .unwrap();
    assert_eq!(named, [u(342), u(343)], "340 joined by code before");
    let details = d
        .invitation_details(GUILD, &admin(), &code_of(&open))
        .await
        .unwrap();
    assert_eq!(
        details
            .joins
            .items
            .iter()
            .map(|j| (j.user_id, j.method))
            .collect::<Vec<_>>(),
        [
            (u(343), JoinMethod::Unattributed),
            (u(342), JoinMethod::Unattributed)
        ],
        "two invitations were used: either may be theirs (newest first)"
    );
}

async fn code_joins_leave_seats_for_arrivals_porter_could_not_count_yet(b: Backend) {
    let world = World::with_school(b, Access::Private).await;
    let d = &world.domain;
    let two = linked(&world, "two", Some(2)).await;
    let unlinked = world.invite(Some(1), None).await;
    let mut ledger = following(&world, &[("two", 0, 2)]).await;
    let gate = FakeGate::with_members([350, 351, 352]);
    d.join(&gate, by_code(350, Some(GUILD), &code_of(&two)))
        .await
        .unwrap();
    // Someone arrived, and the invite list could not be read: they may hold the last seat.
    d.note_unread_arrivals(GUILD, 1).await.unwrap();
    assert!(matches!(
        d.join(&gate, by_code(351, Some(GUILD), &code_of(&two)))
            .await,
        Err(DomainError::Recounting)
    ));
    assert_eq!(world.uses(&two).await, 1);
    // An invitation without a link cannot have been used by them.
    d.join(&gate, by_code(351, Some(GUILD), &code_of(&unlinked)))
        .await
        .unwrap();
    // The list is read: they came through "two", which is now used up.
    let arrivals = [arrival(&world, 353)];
    let settled = d
        .settle_arrivals(GUILD, &mut ledger, &listed(&[("two", 1, 2)]), &arrivals, 1)
        .await
        .unwrap();
    assert!(matches!(settled.outcomes[0].1, Outcome::Joined { .. }));
    assert_eq!(
        settled.used_up.iter().map(|i| i.id).collect::<Vec<_>>(),
        [two.id]
    );
    assert!(matches!(
        d.join(&gate, by_code(352, Some(GUILD), &code_of(&two)))
            .await,
        Err(DomainError::UsedUp { max_uses: 2 })
    ));
}
