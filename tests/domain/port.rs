//! Moving up: a SQLite database with rows in every table, copied into PostgreSQL.

use super::*;
use porter::port::{port, PortError};

on_postgres! {
    a_sqlite_database_moves_into_an_empty_postgresql_one,
}

/// Every table of the schema, with a row count in each after [`fill`].
const TABLES: [&str; 18] = [
    "schools",
    "email_keys",
    "greetings",
    "role_permissions",
    "invitations",
    "class_roles",
    "invitation_roles",
    "invitation_posts",
    "rosters",
    "roster_rows",
    "joins",
    "join_candidates",
    "join_requests",
    "pending_joins",
    "discord_invite_uses",
    "code_failures",
    "instances",
    "audit_log",
];

/// Puts rows in every table of a SQLite world: a school, a permission, invitations with
/// links, a post, joins by code, a join left pending, an unattributed arrival, followed
/// invites, a wrong code and the audit lines of it all.
pub(super) async fn fill(world: &World) -> Vec<Invitation> {
    let d = &world.domain;
    d.register("shards 0-0 of 1").await.unwrap();
    d.grant_permission(GUILD, &admin(), role(MOD_ROLE), Permission::Create)
        .await
        .unwrap();
    let a = linked(world, "linkA", Some(5)).await;
    let b = linked(world, "linkB", None).await;
    d.record_share(
        &a,
        &admin(),
        ShareTarget::Channel {
            channel_id: ch(500),
            message_id: MessageId::new(600),
        },
    )
    .await
    .unwrap();
    let gate = FakeGate::with_members([300, 301]);
    d.join(&gate, by_code(300, Some(GUILD), &code_of(&a)))
        .await
        .unwrap();
    let mut ledger = following(world, &[("linkA", 0, 5), ("linkB", 0, 0)]).await;
    let seen = settle(
        world,
        &mut ledger,
        &[("linkA", 1, 5), ("linkB", 1, 0)],
        &[302],
    )
    .await;
    assert_eq!(seen, [Seen::Maybe(vec![a.id, b.id])]);
    // A join whose grant never finished, as a stopped Porter leaves it.
    sqlx::query(
        "INSERT INTO joins (guild_id, user_id, invitation_id, method, joined_at) \
         VALUES ($1, $2, $3, 'code', $4)",
    )
    .bind(GUILD)
    .bind(u(303))
    .bind(b.id)
    .bind(START)
    .execute(d.db().pool())
    .await
    .unwrap();
    sqlx::query(
        "INSERT INTO pending_joins (join_id, audit_id) \
         SELECT max(id), 1 FROM joins",
    )
    .execute(d.db().pool())
    .await
    .unwrap();
    assert!(d
        .join(&gate, by_code(301, Some(GUILD), "ZZZZZ-ZZZZZ"))
        .await
        .is_err());
    // A join request waiting for a moderator (approval on, then off again).
    d.set_approval(GUILD, &admin(), Some(true), Some(ch(501)))
        .await
        .unwrap();
    let gate_304 = FakeGate::with_members([304]);
    d.join(&gate_304, by_code(304, Some(GUILD), &code_of(&b)))
        .await
        .unwrap();
    d.set_approval(GUILD, &admin(), Some(false), None)
        .await
        .unwrap();
    // A class role, and an invitation giving it until the end of term.
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
        .prepare_class_roles(GUILD, new, &[r(70)], Some("30d"))
        .await
        .unwrap();
    let c = d
        .create_invitation(GUILD, &admin(), &new, None)
        .await
        .unwrap();
    // A roster of two rows, the first one's invitation made and sent (the last one, as
    // if the roster had made it: fill's invitations stay three).
    let roster = porter::domain::RosterOptions {
        file_name: "year7.csv".into(),
        label: None,
        expires_in: None,
        roles_until: None,
        send: true,
    };
    let lines = porter::domain::read_roster(
        format!("{}\nsam\n", 200_000_000_000_000_310u64).as_bytes(),
        &[],
        &[],
    )
    .unwrap();
    let roster = d
        .create_roster(GUILD, &admin(), &roster, &lines)
        .await
        .unwrap();
    sqlx::query(
        "UPDATE roster_rows SET invitation_id = $1, outcome = 'sent' \
         WHERE roster_id = $2 AND line = 1",
    )
    .bind(c.id)
    .bind(roster.id)
    .execute(d.db().pool())
    .await
    .unwrap();
    // An invitation emailed: the school's key for hashing addresses.
    let limits = porter::domain::EmailLimits {
        per_moderator: 1,
        per_school: 1,
    };
    d.reserve_email(&a, &admin(), "jo@example.org", limits)
        .await
        .unwrap();
    // A server greeted when Porter was added to it, not a school (yet).
    assert!(d.claim_greeting(GREETED, START).await.unwrap());
    vec![a, b, c]
}

/// A server that had Porter's getting-started message, in [`fill`].
pub(super) const GREETED: GuildId = GuildId::new(3_000);

async fn a_sqlite_database_moves_into_an_empty_postgresql_one(b: Backend) {
    assert_eq!(b, Backend::Postgres);
    let sqlite = World::with_school(Backend::Sqlite, Access::Private).await;
    let invitations = fill(&sqlite).await;
    for table in TABLES {
        let rows = sqlite.count(&format!("SELECT count(*) FROM {table}")).await;
        assert!(rows > 0, "{table} is empty");
    }

    let target = World::new(Backend::Postgres).await;
    let copied = port(sqlite.domain.db(), target.domain.db()).await.unwrap();
    assert_eq!(
        copied.iter().map(|(t, _)| *t).collect::<Vec<_>>(),
        TABLES,
        "every table, parents first"
    );
    for (table, rows) in &copied {
        let there = target.count(&format!("SELECT count(*) FROM {table}")).await;
        assert_eq!(there, *rows, "{table}");
    }

    // The same school answers the same on PostgreSQL.
    let d = &target.domain;
    for inv in &invitations {
        let there = d.invitation_by_id(inv.id).await.unwrap().unwrap();
        let here = sqlite
            .domain
            .invitation_by_id(inv.id)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(there, here);
    }
    let details = d
        .invitation_details(GUILD, &admin(), &code_of(&invitations[0]))
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
            (u(300), JoinMethod::Code)
        ]
    );
    assert_eq!(
        d.permissions_of(GUILD, &moderator())
            .await
            .unwrap()
            .iter()
            .collect::<Vec<_>>(),
        [Permission::Create]
    );
    let pending = d.pending_joins(GUILD, d.now()).await.unwrap();
    assert_eq!(pending.len(), 1);
    // New rows are numbered after the copied ones.
    let fresh = target.invite(None, None).await;
    assert!(
        invitations.iter().all(|i| fresh.id > i.id),
        "{:?} after {:?}",
        fresh.id,
        invitations.iter().map(|i| i.id).collect::<Vec<_>>()
    );
    let gate = FakeGate::with_members([304]);
    d.join(&gate, by_code(304, Some(GUILD), &code_of(&fresh)))
        .await
        .unwrap();

    // A target that is not empty, or the wrong way round, is refused.
    assert!(matches!(
        port(sqlite.domain.db(), target.domain.db()).await,
        Err(PortError::TargetNotEmpty {
            table: "schools",
            ..
        })
    ));
    assert!(matches!(
        port(target.domain.db(), sqlite.domain.db()).await,
        Err(PortError::SourceNotSqlite)
    ));
}
