//! The database itself, as `porter check` and `porter backup` see it: where its schema
//! stands, and a copy taken while Porter writes.

use super::*;
use porter::backup::{backup, BackupError};

on_both_backends! {
    the_schema_is_read_without_being_changed,
}

on_sqlite! {
    a_database_never_migrated_has_every_migration_pending,
    a_backup_taken_during_writes_is_a_checked_consistent_copy,
    a_backup_refuses_what_it_cannot_copy,
    writes_reach_the_database_file_without_waiting_for_a_commit_to_copy_them,
}

async fn the_schema_is_read_without_being_changed(b: Backend) {
    let world = World::new(b).await;
    let db = Db::open(&world.url).await.unwrap();
    let newest = b.migrations().iter().map(|m| m.version).max();
    let schema = db.schema().await.unwrap();
    assert_eq!(schema.version, newest);
    assert_eq!(schema.pending, 0);
    assert!(schema.unknown.is_empty());

    // A newer Porter ran here: its migration is one this Porter does not know.
    sqlx::query(
        "INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time) \
         VALUES (99990101000000, 'from the future', TRUE, $1, 0)",
    )
    .bind(vec![0u8; 48])
    .execute(db.pool())
    .await
    .unwrap();
    let schema = db.schema().await.unwrap();
    assert_eq!(schema.version, Some(99_990_101_000_000));
    assert_eq!(schema.unknown, vec![99_990_101_000_000]);
    assert_eq!(schema.pending, 0);
    db.close().await;
}

async fn a_database_never_migrated_has_every_migration_pending(b: Backend) {
    let dir = tempfile::tempdir().unwrap();
    let db = Db::open(&format!("sqlite://{}", dir.path().join("new.db").display()))
        .await
        .unwrap();
    let schema = db.schema().await.unwrap();
    assert_eq!(schema.version, None);
    assert_eq!(schema.pending, b.migrations().iter().count());
    assert!(schema.unknown.is_empty());
    db.close().await;
}

async fn a_backup_taken_during_writes_is_a_checked_consistent_copy(b: Backend) {
    let world = World::with_school(b, Access::Public).await;
    world.invite(Some(5), None).await;
    let dir = tempfile::tempdir().unwrap();
    let to = dir.path().join("backup.db");

    // Invitations keep being created while the copy is taken.
    let writer = {
        let domain = world.domain.clone();
        tokio::spawn(async move {
            let request = InvitationRequest {
                label: None,
                max_uses: None,
                expires_in: None,
            };
            for _ in 0..40 {
                let (_, new) = domain
                    .prepare_invitation(GUILD, &admin(), &request)
                    .await
                    .unwrap();
                domain
                    .create_invitation(GUILD, &admin(), &new, None)
                    .await
                    .unwrap();
            }
        })
    };
    let copy = backup(&world.url, &to).await.unwrap();
    writer.await.unwrap();

    assert_eq!(copy.path, to);
    assert_eq!(copy.schools, 1);
    assert!(
        (1..=41).contains(&copy.invitations),
        "{} invitations",
        copy.invitations
    );
    assert_eq!(
        Some(copy.schema_version),
        b.migrations().iter().map(|m| m.version).max()
    );
    assert_eq!(copy.bytes, std::fs::metadata(&to).unwrap().len());

    // The copy is a database Porter starts on, holding what the original held when copied:
    // every invitation with its audit line, none half-written.
    let restored = open(&format!("sqlite://{}", to.display()), world.clock.clone()).await;
    let invitations: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM invitations")
        .fetch_one(restored.db().pool())
        .await
        .unwrap();
    let created: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'invitation_create'")
            .fetch_one(restored.db().pool())
            .await
            .unwrap();
    assert_eq!((invitations, created), (copy.invitations, copy.invitations));
    restored.school(GUILD).await.unwrap();
}

async fn a_backup_refuses_what_it_cannot_copy(b: Backend) {
    let world = World::new(b).await;
    let dir = tempfile::tempdir().unwrap();
    let to = dir.path().join("backup.db");
    backup(&world.url, &to).await.unwrap();

    let again = backup(&world.url, &to).await.unwrap_err();
    assert!(matches!(again, BackupError::Exists(_)), "{again}");
    assert!(again.to_string().contains("already exists"), "{again}");

    let missing = format!("sqlite://{}", dir.path().join("none.db").display());
    let none = backup(&missing, &dir.path().join("b2.db"))
        .await
        .unwrap_err();
    assert!(matches!(none, BackupError::NoDatabase(_)), "{none}");
    assert!(!dir.path().join("none.db").exists(), "nothing is created");

    let postgres = backup(
        "postgres://porter:s3cret@db.example/porter",
        &dir.path().join("b3.db"),
    )
    .await
    .unwrap_err();
    let text = postgres.to_string();
    assert!(
        text.contains("pg_dump") && !text.contains("s3cret"),
        "{text}"
    );
}

/// Porter copies the write-ahead log into the database file in the background, rather than
/// inside whichever commit grows the log past SQLite's threshold (4,096 pages): writes far
/// below that reach the file by themselves, with no further statement from anyone.
async fn writes_reach_the_database_file_without_waiting_for_a_commit_to_copy_them(_: Backend) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("porter.db");
    let db = Db::open(&format!("sqlite://{}", file.display()))
        .await
        .unwrap();
    let mut tx = db.pool().begin().await.unwrap();
    sqlx::query("CREATE TABLE filler (bytes BLOB)")
        .execute(&mut *tx)
        .await
        .unwrap();
    for _ in 0..200 {
        sqlx::query("INSERT INTO filler (bytes) VALUES (zeroblob(4000))")
            .execute(&mut *tx)
            .await
            .unwrap();
    }
    tx.commit().await.unwrap();
    let size = || std::fs::metadata(&file).map_or(0, |m| m.len());
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while size() < 200 * 4000 {
        assert!(
            std::time::Instant::now() < deadline,
            "the file stayed at {} bytes: the log was not copied into it",
            size()
        );
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    db.close().await;
}
