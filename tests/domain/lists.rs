//! Lists a page at a time: `/invite list`'s invitations and `/invite info`'s joins, newest
//! first, with their totals.

use super::*;

on_both_backends! {
    invitations_are_listed_a_page_at_a_time_newest_first,
    an_empty_list_is_one_empty_page,
    joins_are_listed_a_page_at_a_time_with_totals_kept_on_the_invitation,
    an_invitation_of_another_school_has_no_pages,
    a_recent_join_of_a_person_is_found_among_many,
}

/// Runs one statement.
async fn exec(world: &World, sql: &str) {
    sqlx::query(sql)
        .execute(world.domain.db().pool())
        .await
        .unwrap();
}

/// The ids of a page's rows.
fn ids<T>(page: &Page<T>, id: impl Fn(&T) -> i64) -> Vec<i64> {
    page.items.iter().map(id).collect()
}

async fn invitations_are_listed_a_page_at_a_time_newest_first(b: Backend) {
    let world = World::with_school(b, Access::Private).await;
    let d = &world.domain;
    let mut made = Vec::new();
    for _ in 0..23 {
        made.push(world.invite(None, None).await.id.0);
    }
    // Two revoked ones: in the full list, not among the active ones.
    for inv in [made[5], made[17]] {
        let inv = d
            .invitation_by_id(InvitationId(inv))
            .await
            .unwrap()
            .unwrap();
        d.revoke_invitation(GUILD, &admin(), &code_of(&inv))
            .await
            .unwrap();
    }
    let newest_first: Vec<i64> = made.iter().rev().copied().collect();
    let active: Vec<i64> = newest_first
        .iter()
        .copied()
        .filter(|id| ![made[5], made[17]].contains(id))
        .collect();
    let admin = admin();
    let page =
        |include_inactive, at| d.list_invitations(GUILD, &admin, include_inactive, at, PAGE_SIZE);
    let of = |p: &Page<Invitation>| ids(p, |i| i.id.0);

    // All of them: 10, 10 and 3.
    let first = page(true, PageAt::First).await.unwrap();
    assert_eq!(of(&first), newest_first[..10]);
    assert_eq!(first.total, 23);
    assert!(!first.has_previous && first.has_next);
    assert_eq!(first.start(0), 0);
    let middle = page(true, PageAt::After(newest_first[9])).await.unwrap();
    assert_eq!(of(&middle), newest_first[10..20]);
    assert!(middle.has_previous && middle.has_next);
    assert_eq!(middle.start(10), 10);
    let last = page(true, PageAt::After(newest_first[19])).await.unwrap();
    assert_eq!(of(&last), newest_first[20..]);
    assert!(last.has_previous && !last.has_next);
    assert_eq!((last.total, last.start(99)), (23, 20));
    // And back.
    let back = page(true, PageAt::Before(newest_first[20])).await.unwrap();
    assert_eq!(back, middle);
    let back = page(true, PageAt::Before(newest_first[10])).await.unwrap();
    assert_eq!(back, first);
    // Going back from a page that did not start on a page boundary reads the first page.
    let near_start = page(true, PageAt::Before(newest_first[4])).await.unwrap();
    assert_eq!(near_start, first);

    // The active ones only: 21, the revoked ones left out.
    let first = page(false, PageAt::First).await.unwrap();
    assert_eq!(of(&first), active[..10]);
    assert_eq!(first.total, 21);
    let second = page(false, PageAt::After(active[9])).await.unwrap();
    assert_eq!(of(&second), active[10..20]);
    let third = page(false, PageAt::After(active[19])).await.unwrap();
    assert_eq!(of(&third), active[20..]);
    assert!(!third.has_next);
    // Past the end (the last ones revoked meanwhile): the first page again.
    d.revoke_invitation(GUILD, &admin, &code_of(&third.items[0]))
        .await
        .unwrap();
    let gone = page(false, PageAt::After(active[19])).await.unwrap();
    assert_eq!(of(&gone), active[..10]);
    assert_eq!(gone.total, 20);
    assert!(!gone.has_previous);
}

async fn an_empty_list_is_one_empty_page(b: Backend) {
    let world = World::with_school(b, Access::Private).await;
    let d = &world.domain;
    for include_inactive in [false, true] {
        let page = d
            .list_invitations(GUILD, &admin(), include_inactive, PageAt::First, PAGE_SIZE)
            .await
            .unwrap();
        assert_eq!(page.items, []);
        assert_eq!(page.total, 0);
        assert!(!page.has_previous && !page.has_next);
    }
    let inv = world.invite(None, None).await;
    let details = d
        .invitation_details(GUILD, &admin(), &code_of(&inv))
        .await
        .unwrap();
    assert_eq!(details.joins.items, []);
    assert_eq!(
        (details.joins.total, details.joined, details.maybe_joined),
        (0, 0, 0)
    );
    assert!(!details.joins.has_previous && !details.joins.has_next);
}

async fn joins_are_listed_a_page_at_a_time_with_totals_kept_on_the_invitation(b: Backend) {
    let world = World::with_school(b, Access::Private).await;
    let d = &world.domain;
    let users: Vec<u64> = (500..525).collect();
    let gate = FakeGate::with_members(users.iter().copied());
    let inv = world.invite(None, None).await;
    let other = world.invite(None, None).await;
    let code = code_of(&inv);
    for (i, &user) in users.iter().enumerate() {
        // Joins through another invitation are interleaved, and not listed.
        let through = if i % 5 == 4 {
            code_of(&other)
        } else {
            code.clone()
        };
        d.join(&gate, by_code(user, Some(GUILD), &through))
            .await
            .unwrap();
    }
    let mine: Vec<u64> = users
        .iter()
        .enumerate()
        .filter(|(i, _)| i % 5 != 4)
        .map(|(_, &u)| u)
        .rev()
        .collect();
    assert_eq!(mine.len(), 20);
    let people = |d: &InvitationDetails| {
        d.joins
            .items
            .iter()
            .map(|j| j.user_id.get())
            .collect::<Vec<_>>()
    };

    let first = d.invitation_details(GUILD, &admin(), &code).await.unwrap();
    assert_eq!(people(&first), mine[..10]);
    assert_eq!(
        (first.joins.total, first.joined, first.maybe_joined),
        (20, 20, 0)
    );
    assert!(!first.joins.has_previous && first.joins.has_next);
    let after = first.joins.items.last().unwrap().id.0;
    let second = d
        .invitation_details_page(GUILD, &admin(), inv.id, PageAt::After(after), PAGE_SIZE)
        .await
        .unwrap();
    assert_eq!(people(&second), mine[10..]);
    assert!(second.joins.has_previous && !second.joins.has_next);
    let before = second.joins.items[0].id.0;
    let back = d
        .invitation_details_page(GUILD, &admin(), inv.id, PageAt::Before(before), PAGE_SIZE)
        .await
        .unwrap();
    assert_eq!(back, first);

    // Two people arrived through one of several links at once (recorded as the ledger
    // does): they are listed as who may have joined through it, and counted apart.
    let (a, b2) = (u(700), u(701));
    for user in [a, b2] {
        exec(
            &world,
            &format!(
                "INSERT INTO joins (guild_id, user_id, method, joined_at) \
                 VALUES ({GUILD}, {user}, 'unattributed', {START})"
            ),
        )
        .await;
    }
    exec(
        &world,
        &format!(
            "INSERT INTO join_candidates (join_id, invitation_id) \
             SELECT id, {} FROM joins WHERE method = 'unattributed'",
            inv.id
        ),
    )
    .await;
    let now = d.invitation_details(GUILD, &admin(), &code).await.unwrap();
    assert_eq!((now.joins.total, now.joined, now.maybe_joined), (22, 20, 2));
    assert_eq!(people(&now)[..3], [701, 700, mine[0]]);
    assert_eq!(now.joins.items[0].method, JoinMethod::Unattributed);

    // Erasing old joins (retention) takes them off the counts too.
    world.clock.advance(10);
    let erased = d.erase_old_rows(Some(START), None).await.unwrap();
    assert_eq!(erased.joins, 27);
    let after_erasure = d.invitation_details(GUILD, &admin(), &code).await.unwrap();
    assert_eq!(after_erasure.joins.items, []);
    assert_eq!(
        (
            after_erasure.joins.total,
            after_erasure.joined,
            after_erasure.maybe_joined
        ),
        (0, 0, 0)
    );
}

async fn an_invitation_of_another_school_has_no_pages(b: Backend) {
    let world = World::with_school(b, Access::Private).await;
    let d = &world.domain;
    let inv = world.invite(None, None).await;
    d.setup_school(OTHER_GUILD, &admin(), &setup(Access::Private))
        .await
        .unwrap();
    let err = d
        .invitation_details_page(OTHER_GUILD, &admin(), inv.id, PageAt::First, PAGE_SIZE)
        .await
        .unwrap_err();
    assert!(matches!(err, DomainError::NotAValidInvitation), "{err:?}");
    let err = d
        .invitation_details_page(GUILD, &nobody(99), inv.id, PageAt::First, PAGE_SIZE)
        .await
        .unwrap_err();
    assert!(!matches!(err, DomainError::NotAValidInvitation), "{err:?}");
}

async fn a_recent_join_of_a_person_is_found_among_many(b: Backend) {
    let world = World::with_school(b, Access::Private).await;
    let d = &world.domain;
    let inv = world.invite(None, None).await;
    exec(
        &world,
        &format!(
            "WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300) \
             INSERT INTO joins (guild_id, user_id, invitation_id, method, joined_at) \
             SELECT {GUILD}, 1000 + i, {}, 'code', {START} + i FROM n",
            inv.id
        ),
    )
    .await;
    assert!(d.joined_since(GUILD, u(1150), START + 150).await.unwrap());
    assert!(!d.joined_since(GUILD, u(1150), START + 151).await.unwrap());
    assert!(!d.joined_since(GUILD, u(999), START).await.unwrap());
    assert!(!d.joined_since(OTHER_GUILD, u(1150), START).await.unwrap());
    // The counts kept on the invitation follow bulk inserts too.
    let details = d
        .invitation_details(GUILD, &admin(), &code_of(&inv))
        .await
        .unwrap();
    assert_eq!((details.joins.total, details.joined), (300, 300));
}
