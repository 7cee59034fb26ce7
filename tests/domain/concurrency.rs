//! Concurrency and restarts: caps under concurrent redemption, and what a restart keeps.

use super::*;

on_both_backends! {
    max_uses_holds_under_concurrent_redemption [flavor = "multi_thread", worker_threads = 4],
    one_person_redeeming_at_once_many_times_counts_once [flavor = "multi_thread", worker_threads = 4],
    concurrent_creation_and_revocation_stay_consistent [flavor = "multi_thread", worker_threads = 4],
    everything_survives_a_restart,
    foreign_keys_hold,
}

on_postgres! {
    max_uses_holds_across_processes_sharing_the_database [flavor = "multi_thread", worker_threads = 4],
    both_schemas_have_the_same_tables_and_columns,
}

on_sqlite! {
    the_database_is_in_wal_mode_with_foreign_keys_on,
}

async fn max_uses_holds_under_concurrent_redemption(b: Backend) {
    let world = World::with_school(b, Access::Private).await;
    let invitation = world.invite(Some(10), None).await;
    let code = code_of(&invitation);
    let gate = Arc::new(FakeGate::with_members(1..=100));

    let tasks: Vec<_> = (1..=100u64)
        .map(|user| {
            let (domain, gate, code) = (world.domain.clone(), gate.clone(), code.clone());
            tokio::spawn(
                async move { domain.join(&*gate, by_code(user, Some(GUILD), &code)).await },
            )
        })
        .collect();
    let mut joined = 0;
    let mut used_up = 0;
    for task in tasks {
        match task.await.unwrap() {
            Ok(JoinOutcome::Joined { counted: true, .. }) => joined += 1,
            Err(DomainError::UsedUp { max_uses: 10 }) => used_up += 1,
            other => panic!("unexpected outcome {other:?}"),
        }
    }
    assert_eq!((joined, used_up), (10, 90));
    assert_eq!(world.uses(&invitation).await, 10);
    assert_eq!(world.count("SELECT count(*) FROM joins").await, 10);
    assert_eq!(gate.grants.lock().unwrap().len(), 10);
}

async fn one_person_redeeming_at_once_many_times_counts_once(b: Backend) {
    let world = World::with_school(b, Access::Private).await;
    let invitation = world.invite(Some(5), None).await;
    let code = code_of(&invitation);
    let gate = Arc::new(FakeGate::with_members([140]));

    let tasks: Vec<_> = (0..20)
        .map(|_| {
            let (domain, gate, code) = (world.domain.clone(), gate.clone(), code.clone());
            tokio::spawn(async move { domain.join(&*gate, by_code(140, Some(GUILD), &code)).await })
        })
        .collect();
    let mut counted = 0;
    for task in tasks {
        match task.await.unwrap() {
            Ok(JoinOutcome::Joined { counted: c, .. }) => counted += usize::from(c),
            Ok(JoinOutcome::AlreadyMember { .. }) => {}
            other => panic!("unexpected outcome {other:?}"),
        }
    }
    assert_eq!(counted, 1);
    assert_eq!(world.uses(&invitation).await, 1);
    assert_eq!(world.count("SELECT count(*) FROM joins").await, 1);
}

async fn concurrent_creation_and_revocation_stay_consistent(b: Backend) {
    let world = World::with_school(b, Access::Private).await;
    let tasks: Vec<_> = (0..40)
        .map(|_| {
            let domain = world.domain.clone();
            tokio::spawn(async move {
                let (_, new) = domain
                    .prepare_invitation(GUILD, &admin(), &InvitationRequest::default())
                    .await?;
                let created = domain
                    .create_invitation(GUILD, &admin(), &new, None)
                    .await?;
                domain
                    .revoke_invitation(GUILD, &admin(), created.code.as_str())
                    .await
            })
        })
        .collect();
    for task in tasks {
        task.await.unwrap().unwrap();
    }
    assert_eq!(
        world
            .count("SELECT count(*) FROM invitations WHERE revoked_at IS NOT NULL")
            .await,
        40
    );
    assert_eq!(
        world
            .count("SELECT count(*) FROM audit_log WHERE action LIKE 'invitation_%'")
            .await,
        80
    );
}

async fn everything_survives_a_restart(b: Backend) {
    let world = World::with_school(b, Access::Private).await;
    let gate = FakeGate::with_members([150]);
    let invitation = world.invite(Some(3), Some("2d")).await;
    world
        .domain
        .join(&gate, by_code(150, Some(GUILD), &code_of(&invitation)))
        .await
        .unwrap();
    world
        .domain
        .grant_permission(GUILD, &admin(), role(MOD_ROLE), Permission::Revoke)
        .await
        .unwrap();
    world.domain.db().close().await;

    let reopened = open(&world.url, world.clock.clone()).await;
    let school = reopened.school(GUILD).await.unwrap();
    assert_eq!(school.member_role_id, MEMBER_ROLE);
    let details = reopened
        .invitation_details(GUILD, &moderator(), &code_of(&invitation))
        .await
        .unwrap();
    assert_eq!(details.invitation.uses, 1);
    assert_eq!(details.invitation.max_uses, Some(3));
    assert_eq!(details.invitation.expires_at, invitation.expires_at);
    assert_eq!(details.joins.items.len(), 1);
    assert_eq!(details.joins.items[0].user_id, u(150));
    // The same person is still counted once after the restart.
    gate.without_role(150);
    let again = reopened
        .join(&gate, by_code(150, Some(GUILD), &code_of(&invitation)))
        .await
        .unwrap();
    assert!(matches!(again, JoinOutcome::Joined { counted: false, .. }));
}

async fn the_database_is_in_wal_mode_with_foreign_keys_on(b: Backend) {
    let world = World::new(b).await;
    let pool = world.domain.db().pool();
    let mode: String = sqlx::query_scalar("PRAGMA journal_mode")
        .fetch_one(pool)
        .await
        .unwrap();
    assert_eq!(mode, "wal");
    let fks: i64 = sqlx::query_scalar("PRAGMA foreign_keys")
        .fetch_one(pool)
        .await
        .unwrap();
    assert_eq!(fks, 1);
    assert!(world.path.as_ref().unwrap().exists());
}

/// Rows that point at nothing are refused, on every connection of the pool (SQLite checks
/// foreign keys only on connections that turned them on).
async fn foreign_keys_hold(b: Backend) {
    let world = World::with_school(b, Access::Private).await;
    let mut connections = Vec::new();
    for _ in 0..4 {
        connections.push(world.domain.db().pool().acquire().await.unwrap());
    }
    for conn in &mut connections {
        let dangling = [
            "INSERT INTO invitations (guild_id, code, created_by, created_at) \
             VALUES (2000, 'ABCDEFGHJK', 1, 0)",
            "INSERT INTO joins (guild_id, user_id, invitation_id, method, joined_at) \
             VALUES (1000, 5, 999, 'code', 0)",
            "INSERT INTO pending_joins (join_id, audit_id) VALUES (999, 1)",
        ];
        for sql in dangling {
            let refused = sqlx::query(sql).execute(&mut **conn).await;
            assert!(
                matches!(&refused, Err(sqlx::Error::Database(e))
                    if e.kind() == sqlx::error::ErrorKind::ForeignKeyViolation),
                "{sql}: {refused:?}"
            );
        }
    }
    drop(connections);
    assert_eq!(world.count("SELECT count(*) FROM invitations").await, 0);
    assert_eq!(world.count("SELECT count(*) FROM joins").await, 0);
    assert_eq!(world.count("SELECT count(*) FROM pending_joins").await, 0);
}

/// Several Porter processes sharing one PostgreSQL database, each with its own pool: 100
/// people redeem a code of 10 seats at once, spread over them.
async fn max_uses_holds_across_processes_sharing_the_database(b: Backend) {
    const PROCESSES: usize = 4;
    let world = World::with_school(b, Access::Private).await;
    let invitation = world.invite(Some(10), None).await;
    let code = code_of(&invitation);
    let gate = Arc::new(FakeGate::with_members(1..=100));
    let mut processes = vec![world.domain.clone()];
    for _ in 1..PROCESSES {
        processes.push(open(&world.url, world.clock.clone()).await);
    }

    let tasks: Vec<_> = (1..=100u64)
        .map(|user| {
            let domain = processes[user as usize % PROCESSES].clone();
            let (gate, code) = (gate.clone(), code.clone());
            tokio::spawn(
                async move { domain.join(&*gate, by_code(user, Some(GUILD), &code)).await },
            )
        })
        .collect();
    let mut joined = 0;
    let mut used_up = 0;
    for task in tasks {
        match task.await.unwrap() {
            Ok(JoinOutcome::Joined { counted: true, .. }) => joined += 1,
            Err(DomainError::UsedUp { max_uses: 10 }) => used_up += 1,
            other => panic!("unexpected outcome {other:?}"),
        }
    }
    assert_eq!((joined, used_up), (10, 90));
    assert_eq!(world.uses(&invitation).await, 10);
    assert_eq!(world.count("SELECT count(*) FROM joins").await, 10);
    assert_eq!(world.count("SELECT count(*) FROM pending_joins").await, 0);
    assert_eq!(gate.grants.lock().unwrap().len(), 10);
    for process in &processes[1..] {
        process.db().close().await;
    }
}

/// PostgreSQL's schema is written as SQLite's stands after all of its migrations: the same
/// tables, with the same columns, each required (NOT NULL) on both or on neither.
async fn both_schemas_have_the_same_tables_and_columns(b: Backend) {
    let postgres = World::new(b).await;
    let sqlite = World::new(Backend::Sqlite).await;
    let columns = |rows: Vec<(String, String, i64)>| {
        rows.into_iter()
            .filter(|(table, _, _)| table != "_sqlx_migrations")
            .map(|(table, column, required)| (table, column, required == 1))
            .collect::<std::collections::BTreeSet<_>>()
    };
    // SQLite reports the INTEGER PRIMARY KEY (the row id) as nullable, but it never is.
    let on_sqlite: Vec<(String, String, i64)> = sqlx::query_as(
        "SELECT m.name, c.name, CAST(c.\"notnull\" = 1 OR (c.pk = 1 AND c.type = 'INTEGER') AS INTEGER) \
         FROM sqlite_master m, pragma_table_info(m.name) c \
         WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'",
    )
    .fetch_all(sqlite.domain.db().pool())
    .await
    .unwrap();
    let on_postgres: Vec<(String, String, i64)> = sqlx::query_as(
        "SELECT table_name::text, column_name::text, (is_nullable = 'NO')::int::bigint \
         FROM information_schema.columns WHERE table_schema = current_schema()",
    )
    .fetch_all(postgres.domain.db().pool())
    .await
    .unwrap();
    let (on_sqlite, on_postgres) = (columns(on_sqlite), columns(on_postgres));
    assert!(on_sqlite.len() > 40, "{on_sqlite:?}");
    assert_eq!(
        on_postgres.difference(&on_sqlite).collect::<Vec<_>>(),
        Vec::<&(String, String, bool)>::new(),
        "on PostgreSQL only"
    );
    assert_eq!(
        on_sqlite.difference(&on_postgres).collect::<Vec<_>>(),
        Vec::<&(String, String, bool)>::new(),
        "on SQLite only"
    );
}
