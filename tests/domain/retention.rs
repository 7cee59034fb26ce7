//! Data retention and erasure: schools Porter was removed from, kept for a while then erased;
//! `/school forget`'s erasure at once; old joins and audit entries erased by age.

use super::*;
use porter::domain::{Presence, SchoolRecords};
use rows::school_rows;

on_both_backends! {
    a_school_left_is_marked_once_and_porter_coming_back_clears_the_mark,
    forgetting_a_school_erases_its_rows_in_every_table_and_nothing_else,
    a_left_school_is_erased_only_once_due_and_not_once_porter_is_back,
    two_processes_erasing_a_school_at_once_erase_it_once [flavor = "multi_thread", worker_threads = 2],
    a_school_coming_back_while_it_is_erased_is_either_kept_whole_or_gone [flavor = "multi_thread", worker_threads = 2],
    old_joins_and_audit_entries_are_erased_only_when_configured,
    two_processes_erasing_old_rows_at_once_erase_each_once [flavor = "multi_thread", worker_threads = 2],
}

const DAY: i64 = 24 * 3600;

/// How many rows of `table` match `condition`.
async fn rows(world: &World, table: &str, condition: &str) -> i64 {
    world
        .count(&format!("SELECT count(*) FROM {table} WHERE {condition}"))
        .await
}

/// Each table's rows that belong to `guild`.
async fn rows_of(world: &World, guild: GuildId) -> Vec<(&'static str, i64)> {
    school_rows(world.domain.db(), guild.get()).await
}

async fn presence(world: &World, guild: GuildId) -> Option<Presence> {
    world
        .domain
        .presences()
        .await
        .unwrap()
        .into_iter()
        .find(|p| p.guild_id == guild)
}

async fn a_school_left_is_marked_once_and_porter_coming_back_clears_the_mark(b: Backend) {
    let world = World::with_school(b, Access::Private).await;
    let d = &world.domain;
    let invitation = world.invite(None, None).await;
    assert_eq!(
        presence(&world, GUILD).await,
        Some(Presence {
            guild_id: GUILD,
            left_at: None
        })
    );

    assert!(d.mark_left(GUILD).await.unwrap());
    // A second removal (a repeated GUILD_DELETE) keeps the first time.
    world.clock.advance(DAY);
    assert!(!d.mark_left(GUILD).await.unwrap());
    assert_eq!(presence(&world, GUILD).await.unwrap().left_at, Some(START));
    assert!(d.erasures_due(START - 1).await.unwrap().is_empty());
    assert_eq!(
        d.erasures_due(START).await.unwrap(),
        [Presence {
            guild_id: GUILD,
            left_at: Some(START)
        }]
    );

    // Back: the mark goes, everything stays.
    assert_eq!(d.mark_back(GUILD).await.unwrap(), Some(START));
    assert_eq!(presence(&world, GUILD).await.unwrap().left_at, None);
    assert_eq!(d.mark_back(GUILD).await.unwrap(), None);
    assert!(d.erasures_due(START + DAY).await.unwrap().is_empty());
    assert_eq!(
        d.invitation_by_id(invitation.id).await.unwrap(),
        Some(invitation)
    );
    assert_eq!(d.audit_trail(GUILD, 10).await.unwrap().len(), 2);

    // A server that is not a school has nothing to mark.
    assert!(!d.mark_left(OTHER_GUILD).await.unwrap());
    assert_eq!(d.mark_back(OTHER_GUILD).await.unwrap(), None);
    assert_eq!(presence(&world, OTHER_GUILD).await, None);
}

async fn forgetting_a_school_erases_its_rows_in_every_table_and_nothing_else(b: Backend) {
    let world = World::with_school(b, Access::Private).await;
    let d = &world.domain;
    // Rows in every table for GUILD (see the port test), one of its links already gone.
    let invitations = super::port::fill(&world).await;
    d.mark_link_gone(invitations[1].id).await.unwrap();
    // Another school with rows of its own, and a wrong code in a DM (no school).
    d.setup_school(OTHER_GUILD, &admin(), &setup(Access::Private))
        .await
        .unwrap();
    d.grant_permission(OTHER_GUILD, &admin(), role(MOD_ROLE), Permission::Share)
        .await
        .unwrap();
    let other = world.invite_in(OTHER_GUILD, Some(3), None).await;
    let gate = FakeGate::with_members([400]);
    d.join(&gate, by_code(400, Some(OTHER_GUILD), &code_of(&other)))
        .await
        .unwrap();
    assert!(d
        .join(&gate, by_code(401, Some(OTHER_GUILD), "ZZZZZ-ZZZZY"))
        .await
        .is_err());
    assert!(d
        .join(&gate, by_code(402, None, "ZZZZZ-ZZZZX"))
        .await
        .is_err());

    let before = rows_of(&world, GUILD).await;
    for (table, n) in &before {
        assert!(*n > 0, "{table} has no row of the school");
    }
    let others = rows_of(&world, OTHER_GUILD).await;
    let dm_failures = rows(&world, "code_failures", "guild_id IS NULL").await;
    assert_eq!(dm_failures, 1);

    let records = d.school_records(GUILD).await.unwrap();
    let count = |table: &str| before.iter().find(|(t, _)| *t == table).unwrap().1 as u64;
    assert_eq!(
        records,
        SchoolRecords {
            invitations: 3,
            posts: 1,
            joins: count("joins"),
            permissions: 1,
            audit_entries: count("audit_log"),
            other_rows: count("join_candidates")
                + count("pending_joins")
                + count("discord_invite_uses")
                + count("code_failures")
                + count("join_requests"),
            links: vec![porter::domain::DiscordLink {
                code: "linkA".into(),
                channel_id: ch(500),
            }],
        },
        "the live links only: linkB is gone"
    );

    let erased = d.forget_school(GUILD).await.unwrap();
    assert_eq!(erased, records, "what was shown is what was erased");
    for (table, n) in rows_of(&world, GUILD).await {
        assert_eq!(n, 0, "{table} still has rows of the school");
    }
    assert_eq!(
        rows_of(&world, OTHER_GUILD).await,
        others,
        "the other school"
    );
    assert_eq!(
        rows(&world, "code_failures", "guild_id IS NULL").await,
        dm_failures
    );
    assert_eq!(rows(&world, "instances", "1 = 1").await, 1);

    // Gone for good: not a school, its codes unknown; set up anew it starts empty.
    assert!(matches!(
        d.forget_school(GUILD).await,
        Err(DomainError::NotASchool)
    ));
    assert!(matches!(
        d.school_records(GUILD).await,
        Err(DomainError::NotASchool)
    ));
    assert!(matches!(
        d.school_info(GUILD, &admin()).await,
        Err(DomainError::NotASchool)
    ));
    let gate = FakeGate::with_members([300]);
    assert!(matches!(
        d.join(&gate, by_code(300, None, &code_of(&invitations[0])))
            .await,
        Err(DomainError::NotAValidInvitation)
    ));
    d.setup_school(GUILD, &admin(), &setup(Access::Private))
        .await
        .unwrap();
    let info = d.school_info(GUILD, &admin()).await.unwrap();
    assert_eq!((info.members_joined, info.active_invitations), (0, 0));
    assert!(d
        .list_permissions(GUILD, &admin())
        .await
        .unwrap()
        .is_empty());
    assert_eq!(d.audit_trail(GUILD, 10).await.unwrap().len(), 1);
}

async fn a_left_school_is_erased_only_once_due_and_not_once_porter_is_back(b: Backend) {
    let world = World::with_school(b, Access::Private).await;
    let d = &world.domain;
    let invitation = linked(&world, "linkA", None).await;
    let keep = 30 * DAY;

    // Never left: never erased by the retention rules.
    assert_eq!(
        d.erase_left_school(GUILD, START + keep).await.unwrap(),
        None
    );

    d.mark_left(GUILD).await.unwrap();
    world.clock.advance(keep - 1);
    let cutoff = d.now() - keep;
    assert!(d.erasures_due(cutoff).await.unwrap().is_empty());
    assert_eq!(d.erase_left_school(GUILD, cutoff).await.unwrap(), None);

    world.clock.advance(1);
    let cutoff = d.now() - keep;
    assert_eq!(d.erasures_due(cutoff).await.unwrap().len(), 1);
    // Porter came back between the listing and the erasure: nothing is erased.
    d.mark_back(GUILD).await.unwrap();
    assert_eq!(d.erase_left_school(GUILD, cutoff).await.unwrap(), None);
    assert!(d.invitation_by_id(invitation.id).await.unwrap().is_some());

    // Removed again: the time counts from the new removal.
    d.mark_left(GUILD).await.unwrap();
    let left_again = d.now();
    world.clock.advance(keep);
    let cutoff = d.now() - keep;
    assert_eq!(cutoff, left_again);
    let erased = d.erase_left_school(GUILD, cutoff).await.unwrap().unwrap();
    assert_eq!(erased.invitations, 1);
    assert_eq!(erased.links.len(), 1);
    assert_eq!(erased.links[0].code, "linkA");
    assert_eq!(d.find_school(GUILD).await.unwrap(), None);
    assert_eq!(d.erase_left_school(GUILD, cutoff).await.unwrap(), None);
    assert!(d.erasures_due(cutoff).await.unwrap().is_empty());
}

async fn two_processes_erasing_a_school_at_once_erase_it_once(b: Backend) {
    let world = World::with_school(b, Access::Private).await;
    world.invite(Some(5), None).await;
    world.domain.mark_left(GUILD).await.unwrap();
    world.clock.advance(31 * DAY);
    let cutoff = world.domain.now() - 30 * DAY;
    let other = open(&world.url, world.clock.clone()).await;
    let (a, b) = tokio::join!(
        world.domain.erase_left_school(GUILD, cutoff),
        other.erase_left_school(GUILD, cutoff)
    );
    let (a, b) = (a.unwrap(), b.unwrap());
    assert!(
        a.is_some() != b.is_some(),
        "exactly one erases it: {a:?} {b:?}"
    );
    assert_eq!(a.or(b).unwrap().invitations, 1);
    for (table, n) in rows_of(&world, GUILD).await {
        assert_eq!(n, 0, "{table}");
    }
    other.db().close().await;
}

async fn a_school_coming_back_while_it_is_erased_is_either_kept_whole_or_gone(b: Backend) {
    let world = World::with_school(b, Access::Private).await;
    let invitation = world.invite(None, None).await;
    world.domain.mark_left(GUILD).await.unwrap();
    world.clock.advance(31 * DAY);
    let cutoff = world.domain.now() - 30 * DAY;
    let other = open(&world.url, world.clock.clone()).await;
    let (erased, back) = tokio::join!(
        world.domain.erase_left_school(GUILD, cutoff),
        other.mark_back(GUILD)
    );
    match (erased.unwrap(), back.unwrap()) {
        // Erased first: nothing was left to bring back.
        (Some(_), None) => {
            for (table, n) in rows_of(&world, GUILD).await {
                assert_eq!(n, 0, "{table}");
            }
        }
        // Back first: kept whole.
        (None, Some(left_at)) => {
            assert_eq!(left_at, START);
            assert_eq!(presence(&world, GUILD).await.unwrap().left_at, None);
            assert!(world
                .domain
                .invitation_by_id(invitation.id)
                .await
                .unwrap()
                .is_some());
        }
        other => panic!("half of each: {other:?}"),
    }
    other.db().close().await;
}

async fn old_joins_and_audit_entries_are_erased_only_when_configured(b: Backend) {
    let world = World::with_school(b, Access::Private).await;
    let d = &world.domain;
    let capped = world.invite(Some(2), None).await;
    let open_ended = world.invite(None, None).await;
    let gate = FakeGate::with_members([300, 301, 302, 303, 304]);
    // Long ago: 300 through the capped invitation, 302 through the open one, and 303's
    // join cut short (pending, as a Porter stopped mid-grant leaves it).
    for (user, inv) in [(300, &capped), (302, &open_ended)] {
        d.join(&gate, by_code(user, Some(GUILD), &code_of(inv)))
            .await
            .unwrap();
    }
    super::pending::join_cut_short(&world, &gate, 303, &code_of(&open_ended)).await;
    let long_ago = d.now();
    world.clock.advance(100 * DAY);
    // Lately: 301 takes the capped invitation's last seat.
    d.join(&gate, by_code(301, Some(GUILD), &code_of(&capped)))
        .await
        .unwrap();
    let joins = world.count("SELECT count(*) FROM joins").await;
    let audit = world.count("SELECT count(*) FROM audit_log").await;
    assert_eq!(joins, 4);

    // Nothing configured: nothing erased.
    let none = d.erase_old_rows(None, None).await.unwrap();
    assert_eq!((none.joins, none.audit_entries), (0, 0));
    assert_eq!(world.count("SELECT count(*) FROM joins").await, joins);

    // Joins up to `long_ago`: 300's and 302's go; the pending one and 301's stay.
    let erased = d.erase_old_rows(Some(long_ago), None).await.unwrap();
    assert_eq!((erased.joins, erased.audit_entries), (2, 0));
    let users: Vec<i64> = sqlx::query_scalar("SELECT user_id FROM joins ORDER BY user_id")
        .fetch_all(d.db().pool())
        .await
        .unwrap();
    assert_eq!(users, [301, 303]);
    assert_eq!(d.pending_joins(GUILD, d.now()).await.unwrap().len(), 1);
    assert_eq!(world.count("SELECT count(*) FROM audit_log").await, audit);
    // Uses are counted on the invitations: the cap still holds.
    assert_eq!(world.uses(&capped).await, 2);
    assert_eq!(world.uses(&open_ended).await, 2);
    assert!(matches!(
        d.join(&gate, by_code(304, Some(GUILD), &code_of(&capped)))
            .await,
        Err(DomainError::UsedUp { max_uses: 2 })
    ));
    gate.without_role(300);
    assert!(matches!(
        d.join(&gate, by_code(300, Some(GUILD), &code_of(&capped)))
            .await,
        Err(DomainError::UsedUp { .. })
    ));
    // What an erased join no longer does: someone who lost the role and joins again
    // through the same (uncapped) invitation is counted again.
    gate.without_role(302);
    let again = d
        .join(&gate, by_code(302, Some(GUILD), &code_of(&open_ended)))
        .await
        .unwrap();
    assert!(matches!(again, JoinOutcome::Joined { counted: true, .. }));
    assert_eq!(world.uses(&open_ended).await, 3);

    // Audit entries up to `long_ago`: all but the pending join's go; later ones stay.
    let old_audit = world
        .count(&format!(
            "SELECT count(*) FROM audit_log WHERE at <= {long_ago}"
        ))
        .await;
    let erased = d.erase_old_rows(None, Some(long_ago)).await.unwrap();
    assert_eq!(erased.audit_entries as i64, old_audit - 1);
    let left: Vec<(String, i64)> =
        sqlx::query_as("SELECT action, at FROM audit_log WHERE at <= $1")
            .bind(long_ago)
            .fetch_all(d.db().pool())
            .await
            .unwrap();
    assert_eq!(
        left,
        [("join".to_owned(), long_ago)],
        "the pending join's entry"
    );
    // Running it again (another process, say) finds nothing more.
    let again = d
        .erase_old_rows(Some(long_ago), Some(long_ago))
        .await
        .unwrap();
    assert_eq!((again.joins, again.audit_entries), (0, 0));
}

async fn two_processes_erasing_old_rows_at_once_erase_each_once(b: Backend) {
    let world = World::with_school(b, Access::Private).await;
    let d = &world.domain;
    let invitation = world.invite(None, None).await;
    let users: Vec<u64> = (400..430).collect();
    let gate = FakeGate::with_members(users.clone());
    for user in &users {
        d.join(&gate, by_code(*user, Some(GUILD), &code_of(&invitation)))
            .await
            .unwrap();
    }
    let audit = world.count("SELECT count(*) FROM audit_log").await;
    let before = d.now();
    world.clock.advance(DAY);
    let other = open(&world.url, world.clock.clone()).await;
    let (a, b) = tokio::join!(
        d.erase_old_rows(Some(before), Some(before)),
        other.erase_old_rows(Some(before), Some(before))
    );
    let (a, b) = (a.unwrap(), b.unwrap());
    // Each row is erased by one of them: the counts add up, nothing old is left.
    assert_eq!(a.joins + b.joins, users.len() as u64, "{a:?} {b:?}");
    assert_eq!(
        (a.audit_entries + b.audit_entries) as i64,
        audit,
        "{a:?} {b:?}"
    );
    assert_eq!(world.count("SELECT count(*) FROM joins").await, 0);
    assert_eq!(world.count("SELECT count(*) FROM audit_log").await, 0);
    // The uses stay counted on the invitation.
    assert_eq!(world.uses(&invitation).await as usize, users.len());
    other.db().close().await;
}
