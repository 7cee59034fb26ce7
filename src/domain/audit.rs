//! The audit trail (table `audit_log`): who did what, and when.

use sqlx::{AnyConnection, FromRow};

use super::{AuditId, Domain, DomainError, GuildId, InvitationId, Timestamp, UserId};

/// One line of the audit trail, to write or as read back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEntry {
    pub guild_id: GuildId,
    pub actor_id: UserId,
    /// `school_setup`, `permission_grant`, `permission_remove`, `invitation_create`,
    /// `invitation_share`, `invitation_revoke`, `join`, `link_refused` or
    /// `link_uses_offline`.
    pub action: String,
    pub invitation_id: Option<InvitationId>,
    /// The user, role or channel the action was about.
    pub target_id: Option<u64>,
    pub detail: Option<String>,
    pub at: Timestamp,
}

/// A row of `audit_log`, as stored.
#[derive(FromRow)]
struct AuditRow {
    guild_id: GuildId,
    actor_id: UserId,
    action: String,
    invitation_id: Option<InvitationId>,
    target_id: Option<i64>,
    detail: Option<String>,
    at: Timestamp,
}

impl From<AuditRow> for AuditEntry {
    fn from(row: AuditRow) -> Self {
        Self {
            guild_id: row.guild_id,
            actor_id: row.actor_id,
            action: row.action,
            invitation_id: row.invitation_id,
            target_id: row.target_id.map(|t| t as u64),
            detail: row.detail,
            at: row.at,
        }
    }
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

    pub(crate) fn invitation(mut self, id: InvitationId) -> Self {
        self.invitation_id = Some(id);
        self
    }

    /// The user, role or channel the action was about (a Discord id).
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
pub(crate) async fn record(conn: &mut AnyConnection, entry: Entry) -> Result<AuditId, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO audit_log (guild_id, actor_id, action, invitation_id, target_id, detail, at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
    )
    .bind(entry.guild_id)
    .bind(entry.actor_id)
    .bind(&entry.action)
    .bind(entry.invitation_id)
    .bind(entry.target_id.map(|t| t as i64))
    .bind(&entry.detail)
    .bind(entry.at)
    .fetch_one(conn)
    .await
}

/// Erases one entry inside the caller's transaction: the record of something undone.
pub(crate) async fn erase(conn: &mut AnyConnection, id: AuditId) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM audit_log WHERE id = $1")
        .bind(id)
        .execute(conn)
        .await?;
    Ok(())
}

/// Erases the school's whole audit trail, inside the caller's transaction.
pub(crate) async fn erase_school(
    conn: &mut AnyConnection,
    guild_id: GuildId,
) -> Result<u64, sqlx::Error> {
    let done = sqlx::query("DELETE FROM audit_log WHERE guild_id = $1")
        .bind(guild_id)
        .execute(conn)
        .await?;
    Ok(done.rows_affected())
}

/// Erases every school's entries written at or before `before`, but not the entry of a join
/// still pending (releasing that join erases it). Returns how many.
pub(crate) async fn erase_before(
    conn: &mut AnyConnection,
    before: Timestamp,
) -> Result<u64, sqlx::Error> {
    let done = sqlx::query(
        "DELETE FROM audit_log WHERE at <= $1 \
           AND id NOT IN (SELECT audit_id FROM pending_joins)",
    )
    .bind(before)
    .execute(conn)
    .await?;
    Ok(done.rows_affected())
}

impl Domain {
    /// The school's audit trail, newest first, at most `limit` entries.
    pub async fn audit_trail(
        &self,
        guild_id: GuildId,
        limit: u32,
    ) -> Result<Vec<AuditEntry>, DomainError> {
        let rows: Vec<AuditRow> = sqlx::query_as(
            "SELECT guild_id, actor_id, action, invitation_id, target_id, detail, at \
             FROM audit_log WHERE guild_id = $1 ORDER BY id DESC LIMIT $2",
        )
        .bind(guild_id)
        .bind(i64::from(limit))
        .fetch_all(self.db.pool())
        .await?;
        Ok(rows.into_iter().map(AuditEntry::from).collect())
    }
}
