//! Joins a stopped Porter left half-done. A join Porter grants the member role for is
//! counted first and stays *pending* until the grant is seen to succeed (see
//! `Domain::reserve_pending`); if Porter stops in between (killed, crashed, or a shutdown
//! that could not wait for it), the pending join holds its seat until it is resolved here:
//! confirmed when the person holds the member role (the grant went through), released
//! otherwise, exactly as a failed grant is taken back.

use sqlx::Row;

use super::join::undo_join;
use super::{
    Domain, DomainError, Gatekeeper, GuildId, JoinMethod, Membership, School, Timestamp, UserId,
};

/// A point in the sequence of joins: every join reserved later comes after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct JoinMark(i64);

/// A join counted while its member role grant was under way, not yet confirmed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PendingJoin {
    pub join_id: i64,
    pub guild_id: GuildId,
    pub user_id: UserId,
    pub invitation_id: Option<i64>,
    pub method: JoinMethod,
    pub joined_at: Timestamp,
    audit_id: i64,
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

impl Domain {
    /// Where the joins stand now: pending joins up to this mark were reserved before it.
    pub async fn join_mark(&self) -> Result<JoinMark, DomainError> {
        let last: i64 = sqlx::query("SELECT coalesce(max(id), 0) FROM joins")
            .fetch_one(&self.pool)
            .await?
            .get(0);
        Ok(JoinMark(last))
    }

    /// The school's pending joins reserved up to `mark`, oldest first.
    pub async fn pending_joins(
        &self,
        guild_id: GuildId,
        mark: JoinMark,
    ) -> Result<Vec<PendingJoin>, DomainError> {
        let rows = sqlx::query(
            "SELECT j.id, j.guild_id, j.user_id, j.invitation_id, j.method, j.joined_at, \
                    p.audit_id \
             FROM pending_joins p JOIN joins j ON j.id = p.join_id \
             WHERE j.guild_id = ? AND j.id <= ? ORDER BY j.id",
        )
        .bind(guild_id as i64)
        .bind(mark.0)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .iter()
            .map(|row| PendingJoin {
                join_id: row.get(0),
                guild_id: row.get::<i64, _>(1) as GuildId,
                user_id: row.get::<i64, _>(2) as UserId,
                invitation_id: row.get(3),
                method: JoinMethod::parse(row.get(4)),
                joined_at: row.get(5),
                audit_id: row.get(6),
            })
            .collect())
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
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        let still_pending = sqlx::query("DELETE FROM pending_joins WHERE join_id = ?")
            .bind(pending.join_id)
            .execute(&mut *tx)
            .await?
            .rows_affected()
            > 0;
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
