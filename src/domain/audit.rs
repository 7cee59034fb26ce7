//! The audit trail: who did what, and when.

use sqlx::{Row, SqliteConnection};

use super::{Domain, DomainError, GuildId, Timestamp, UserId};

/// One line of the audit trail, to write or as read back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEntry {
    pub guild_id: GuildId,
    pub actor_id: UserId,
    /// `school_setup`, `permission_grant`, `permission_remove`, `invitation_create`,
    /// `invitation_share`, `invitation_revoke` or `join`.
    pub action: String,
    pub invitation_id: Option<i64>,
    /// The user, role or channel the action was about.
    pub target_id: Option<u64>,
    pub detail: Option<String>,
    pub at: Timestamp,
}

pub(crate) type Entry = AuditEntry;

impl AuditEntry {
    pub(crate) fn new(guild_id: GuildId, actor_id: UserId, action: &str, at: Timestamp) -> Self {
        Self {
            guild_id,
            actor_id,
            action: action.to_owned(),
            invitation_id: None,
            target_id: None,
            detail: None,
            at,
        }
    }

    pub(crate) fn invitation(mut self, id: i64) -> Self {
        self.invitation_id = Some(id);
        self
    }

    pub(crate) fn target(mut self, id: u64) -> Self {
        self.target_id = Some(id);
        self
    }

    pub(crate) fn detail(mut self, detail: impl Into<String>) -> Self {
        self.detail = Some(detail.into());
        self
    }
}

/// Writes one entry inside the caller's transaction, so it lands with what it records.
pub(crate) async fn record(conn: &mut SqliteConnection, entry: Entry) -> Result<i64, sqlx::Error> {
    let id = sqlx::query(
        "INSERT INTO audit_log (guild_id, actor_id, action, invitation_id, target_id, detail, at) \
         VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
    )
    .bind(entry.guild_id as i64)
    .bind(entry.actor_id as i64)
    .bind(&entry.action)
    .bind(entry.invitation_id)
    .bind(entry.target_id.map(|t| t as i64))
    .bind(&entry.detail)
    .bind(entry.at)
    .fetch_one(conn)
    .await?
    .get(0);
    Ok(id)
}

impl Domain {
    /// The school's audit trail, newest first, at most `limit` entries.
    pub async fn audit_trail(
        &self,
        guild_id: GuildId,
        limit: u32,
    ) -> Result<Vec<AuditEntry>, DomainError> {
        let rows = sqlx::query(
            "SELECT guild_id, actor_id, action, invitation_id, target_id, detail, at \
             FROM audit_log WHERE guild_id = ? ORDER BY id DESC LIMIT ?",
        )
        .bind(guild_id as i64)
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|r| AuditEntry {
                guild_id: r.get::<i64, _>("guild_id") as u64,
                actor_id: r.get::<i64, _>("actor_id") as u64,
                action: r.get("action"),
                invitation_id: r.get("invitation_id"),
                target_id: r.get::<Option<i64>, _>("target_id").map(|t| t as u64),
                detail: r.get("detail"),
                at: r.get("at"),
            })
            .collect())
    }
}
