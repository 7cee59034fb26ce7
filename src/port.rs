//! Moving a school database from SQLite to PostgreSQL (`porter port-db`), as Synapse's
//! `synapse_port_db` does for Matrix: every table copied in one transaction into an empty,
//! migrated PostgreSQL database, then each table's row count checked.

use sqlx::{Any, AnyConnection, Row};

use crate::db::{Backend, Db};

/// What a column holds: the schema has only integers and text.
#[derive(Clone, Copy)]
enum Kind {
    Int,
    Text,
}

use Kind::{Int, Text};

/// Every table, parents before children, with its columns.
const TABLES: &[(&str, &[(&str, Kind)])] = &[
    (
        "schools",
        &[
            ("guild_id", Int),
            ("member_role_id", Int),
            ("access", Text),
            ("welcome_channel_id", Int),
            ("log_channel_id", Int),
            ("failure_alert_at", Int),
            ("created_by", Int),
            ("created_at", Int),
            ("updated_at", Int),
            ("invites_seen_at", Int),
            ("arrivals_unread", Int),
            ("left_at", Int),
            ("approval", Int),
            ("approval_channel_id", Int),
            ("paused_at", Int),
            ("paused_by", Int),
            ("paused_until", Int),
            ("links_off_until", Int),
            ("welcome_message", Text),
        ],
    ),
    (
        "email_keys",
        &[("guild_id", Int), ("hash_key", Text), ("created_at", Int)],
    ),
    ("greetings", &[("guild_id", Int), ("greeted_at", Int)]),
    (
        "role_permissions",
        &[
            ("guild_id", Int),
            ("role_id", Int),
            ("permission", Text),
            ("granted_by", Int),
            ("granted_at", Int),
        ],
    ),
    (
        "invitations",
        &[
            ("id", Int),
            ("guild_id", Int),
            ("code", Text),
            ("label", Text),
            ("created_by", Int),
            ("created_at", Int),
            ("expires_at", Int),
            ("max_uses", Int),
            ("uses", Int),
            ("revoked_at", Int),
            ("revoked_by", Int),
            ("discord_invite_code", Text),
            ("discord_channel_id", Int),
            ("link_gone_at", Int),
            ("recipient_id", Int),
            ("roles_until", Int),
            ("roles_ended_at", Int),
        ],
    ),
    (
        "class_roles",
        &[
            ("guild_id", Int),
            ("role_id", Int),
            ("added_by", Int),
            ("added_at", Int),
        ],
    ),
    (
        "invitation_roles",
        &[("invitation_id", Int), ("role_id", Int)],
    ),
    (
        "invitation_posts",
        &[
            ("invitation_id", Int),
            ("channel_id", Int),
            ("message_id", Int),
            ("posted_by", Int),
            ("posted_at", Int),
            ("closed_at", Int),
        ],
    ),
    (
        "rosters",
        &[
            ("id", Int),
            ("guild_id", Int),
            ("created_by", Int),
            ("created_at", Int),
            ("file_name", Text),
            ("label", Text),
            ("expires_in", Text),
            ("roles_until", Text),
            ("send", Int),
            ("finished_at", Int),
        ],
    ),
    (
        "roster_rows",
        &[
            ("roster_id", Int),
            ("line", Int),
            ("entry", Text),
            ("user_id", Int),
            ("user_name", Text),
            ("roles", Text),
            ("outcome", Text),
            ("detail", Text),
            ("invitation_id", Int),
        ],
    ),
    (
        "joins",
        &[
            ("id", Int),
            ("guild_id", Int),
            ("user_id", Int),
            ("invitation_id", Int),
            ("method", Text),
            ("joined_at", Int),
            ("left_at", Int),
            ("back_at", Int),
        ],
    ),
    (
        "join_candidates",
        &[("join_id", Int), ("invitation_id", Int)],
    ),
    (
        "join_requests",
        &[
            ("id", Int),
            ("guild_id", Int),
            ("user_id", Int),
            ("invitation_id", Int),
            ("method", Text),
            ("requested_at", Int),
            ("state", Text),
            ("decided_by", Int),
            ("decided_at", Int),
            ("channel_id", Int),
            ("message_id", Int),
        ],
    ),
    (
        "pending_joins",
        &[("join_id", Int), ("audit_id", Int), ("instance", Text)],
    ),
    (
        "discord_invite_uses",
        &[
            ("guild_id", Int),
            ("code", Text),
            ("uses", Int),
            ("seen_at", Int),
            ("max_uses", Int),
            ("gone_at", Int),
        ],
    ),
    (
        "code_failures",
        &[
            ("id", Int),
            ("user_id", Int),
            ("guild_id", Int),
            ("at", Int),
        ],
    ),
    (
        "instances",
        &[("label", Text), ("instance", Text), ("seen_at", Int)],
    ),
    (
        "audit_log",
        &[
            ("id", Int),
            ("guild_id", Int),
            ("actor_id", Int),
            ("action", Text),
            ("invitation_id", Int),
            ("target_id", Int),
            ("detail", Text),
            ("at", Int),
        ],
    ),
];

/// Tables whose `id` PostgreSQL numbers itself: its sequence must go on after the copy.
const NUMBERED: &[&str] = &[
    "invitations",
    "rosters",
    "joins",
    "join_requests",
    "code_failures",
    "audit_log",
];

/// Rows sent per INSERT.
const BATCH: usize = 200;

/// Why a port did not happen.
#[derive(Debug, thiserror::Error)]
pub enum PortError {
    #[error("the source must be a SQLite database (sqlite://…)")]
    SourceNotSqlite,
    #[error("the target must be a PostgreSQL database (postgres://…)")]
    TargetNotPostgres,
    #[error("the target database is not empty: table {table} has {rows} rows; port into a new, empty database")]
    TargetNotEmpty { table: &'static str, rows: i64 },
    #[error(
        "after the copy, table {table} has {postgres} rows in PostgreSQL but {sqlite} in SQLite"
    )]
    Mismatch {
        table: &'static str,
        sqlite: i64,
        postgres: i64,
    },
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

/// Rows copied, per table, in copy order.
pub type Copied = Vec<(&'static str, i64)>;

/// Copies every row of the SQLite database `from` into the empty PostgreSQL database `to`
/// (both already migrated to the same version), in one transaction.
pub async fn port(from: &Db, to: &Db) -> Result<Copied, PortError> {
    if from.backend() != Backend::Sqlite {
        return Err(PortError::SourceNotSqlite);
    }
    if to.backend() != Backend::Postgres {
        return Err(PortError::TargetNotPostgres);
    }
    for (table, _) in TABLES {
        let rows = count(to.pool(), table).await?;
        if rows > 0 {
            return Err(PortError::TargetNotEmpty { table, rows });
        }
    }
    let mut source = from.pool().acquire().await?;
    let mut tx = to.pool().begin().await?;
    let mut copied = Vec::with_capacity(TABLES.len());
    for &(table, columns) in TABLES {
        let n = copy_table(&mut source, &mut tx, table, columns).await?;
        copied.push((table, n));
    }
    for table in NUMBERED {
        sqlx::query(&format!(
            "SELECT setval(pg_get_serial_sequence('{table}', 'id'), \
                    coalesce(max(id), 1), max(id) IS NOT NULL) FROM {table}"
        ))
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    for &(table, sqlite) in &copied {
        let postgres = count(to.pool(), table).await?;
        if postgres != sqlite {
            return Err(PortError::Mismatch {
                table,
                sqlite,
                postgres,
            });
        }
    }
    Ok(copied)
}

async fn count(pool: &sqlx::AnyPool, table: &str) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(&format!("SELECT count(*) FROM {table}"))
        .fetch_one(pool)
        .await
}

/// Copies one table; returns how many rows.
async fn copy_table(
    source: &mut AnyConnection,
    target: &mut sqlx::Transaction<'_, Any>,
    table: &str,
    columns: &[(&str, Kind)],
) -> Result<i64, sqlx::Error> {
    let names: Vec<&str> = columns.iter().map(|(name, _)| *name).collect();
    let rows = sqlx::query(&format!("SELECT {} FROM {table}", names.join(", ")))
        .fetch_all(&mut *source)
        .await?;
    for batch in rows.chunks(BATCH) {
        let tuples: Vec<String> = (0..batch.len())
            .map(|r| {
                let first = r * columns.len() + 1;
                format!("({})", crate::domain::placeholders(first, columns.len()))
            })
            .collect();
        let sql = format!(
            "INSERT INTO {table} ({}) VALUES {}",
            names.join(", "),
            tuples.join(", ")
        );
        let mut insert = sqlx::query(&sql);
        for row in batch {
            for (i, (_, kind)) in columns.iter().enumerate() {
                insert = match kind {
                    Int => insert.bind(row.try_get::<Option<i64>, _>(i)?),
                    Text => insert.bind(row.try_get::<Option<String>, _>(i)?),
                };
            }
        }
        insert.execute(&mut **target).await?;
    }
    Ok(rows.len() as i64)
}
