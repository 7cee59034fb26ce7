//! Joins a stopped Porter left half-done. A join Porter grants the member role for is
//! counted first and stays *pending* until the grant is seen to succeed (see
//! `Domain::reserve_pending`); if Porter stops in between (killed, crashed, or a shutdown
//! that could not wait for it), the pending join holds its seat until it is resolved here:
//! confirmed when the person holds the member role (the grant went through), released
//! otherwise, exactly as a failed grant is taken back.
//!
//! Several Porter processes may share a database (each running some of the shards). A
//! pending join belongs to the process instance granting it; it is abandoned once that
//! instance was replaced (the process restarted: [`Domain::register`]) or stopped saying it
//! is alive ([`Domain::heartbeat`]).

use sqlx::{AnyConnection, FromRow};

use super::join::undo_join;
use super::{
    AuditId, Domain, DomainError, Gatekeeper, GuildId, InvitationId, JoinId, JoinMethod,
    Membership, School, Timestamp, UserId,
};

/// How recently, in seconds, a process must have said it is alive ([`Domain::heartbeat`])
/// for its pending joins to be taken as still under way.
pub const ALIVE_WITHIN: Timestamp = 120;

/// A join counted while its member role grant was under way, not yet confirmed.
#[derive(Debug, Clone, PartialEq, Eq, FromRow)]
pub struct PendingJoin {
    pub join_id: JoinId,
    pub guild_id: GuildId,
    pub user_id: UserId,
    pub invitation_id: Option<InvitationId>,
    pub method: JoinMethod,
    pub joined_at: Timestamp,
    audit_id: AuditId,
}

/// What became of a pending join.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resolution {
    /// The person holds the member role: the join stands.
    Confirmed,
    /// The person does not hold it (or left the server): the join is undone and its use
    /// given back.
    Released,
    /// It was no longer pending (resolved meanwhile).
    AlreadyResolved,
}

/// Marks a join pending, granted by the process instance `instance`.
pub(super) async fn mark(
    conn: &mut AnyConnection,
    join_id: JoinId,
    audit_id: AuditId,
    instance: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query("INSERT INTO pending_joins (join_id, audit_id, instance) VALUES ($1, $2, $3)")
        .bind(join_id)
        .bind(audit_id)
        .bind(instance)
        .execute(conn)
        .await?;
    Ok(())
}

/// Takes a join's pending mark away; whether it had one.
pub(super) async fn unmark(conn: &mut AnyConnection, join_id: JoinId) -> Result<bool, sqlx::Error> {
    let done = sqlx::query("DELETE FROM pending_joins WHERE join_id = $1")
        .bind(join_id)
        .execute(conn)
        .await?;
    Ok(done.rows_affected() > 0)
}

/// Erases the pending marks of the school's joins, inside the caller's transaction.
pub(super) async fn erase_school(
    conn: &mut AnyConnection,
    guild_id: GuildId,
) -> Result<u64, sqlx::Error> {
    let done = sqlx::query(
        "DELETE FROM pending_joins WHERE join_id IN (SELECT id FROM joins WHERE guild_id = $1)",
    )
    .bind(guild_id)
    .execute(conn)
    .await?;
    Ok(done.rows_affected())
}

impl Domain {
    /// Registers this process as the one running `label` (the shards it runs): a process
    /// that ran them before has stopped, so the joins it left pending are abandoned.
    pub async fn register(&self, label: &str) -> Result<(), DomainError> {
        sqlx::query(
            "INSERT INTO instances (label, instance, seen_at) VALUES ($1, $2, $3) \
             ON CONFLICT (label) DO UPDATE SET instance = $2, seen_at = $3",
        )
        .bind(label)
        .bind(&*self.instance)
        .bind(self.now())
        .execute(self.db.pool())
        .await?;
        Ok(())
    }

    /// Says this process is still alive (at most every [`ALIVE_WITHIN`] / 2 seconds, or its
    /// joins under way may be taken as abandoned).
    pub async fn heartbeat(&self) -> Result<(), DomainError> {
        sqlx::query("UPDATE instances SET seen_at = $1 WHERE instance = $2")
            .bind(self.now())
            .bind(&*self.instance)
            .execute(self.db.pool())
            .await?;
        Ok(())
    }

    /// The school's pending joins that nobody is granting any more, oldest first: those of
    /// a process that restarted since, or that has not said it is alive within
    /// [`ALIVE_WITHIN`] seconds of `now` (and those of a Porter from before processes
    /// registered).
    pub async fn pending_joins(
        &self,
        guild_id: GuildId,
        now: Timestamp,
    ) -> Result<Vec<PendingJoin>, DomainError> {
        Ok(sqlx::query_as(
            "SELECT j.id AS join_id, j.guild_id, j.user_id, j.invitation_id, j.method, \
                    j.joined_at, p.audit_id \
             FROM pending_joins p JOIN joins j ON j.id = p.join_id \
             WHERE j.guild_id = $1 \
               AND NOT EXISTS (SELECT 1 FROM instances i \
                               WHERE i.instance = p.instance AND i.seen_at >= $2) \
             ORDER BY j.id",
        )
        .bind(guild_id)
        .bind(now - ALIVE_WITHIN)
        .fetch_all(self.db.pool())
        .await?)
    }

    /// Looks the person up in the school's server and confirms the pending join if they
    /// hold the member role, or releases it (as a failed grant is taken back) if they do
    /// not or left; in one transaction. A failed look-up leaves it pending.
    pub async fn resolve_pending(
        &self,
        gate: &impl Gatekeeper,
        school: &School,
        pending: &PendingJoin,
    ) -> Result<Resolution, DomainError> {
        let holds_role = match gate.membership(school, pending.user_id).await? {
            Membership::InServer { has_member_role } => has_member_role,
            Membership::NotInServer => false,
        };
        let mut tx = self.db.write(school.guild_id).await?;
        let still_pending = unmark(&mut tx, pending.join_id).await?;
        let resolution = if !still_pending {
            Resolution::AlreadyResolved
        } else if holds_role {
            Resolution::Confirmed
        } else {
            undo_join(
                &mut tx,
                pending.join_id,
                pending.audit_id,
                pending.invitation_id,
            )
            .await?;
            Resolution::Released
        };
        tx.commit().await?;
        Ok(resolution)
    }
}
