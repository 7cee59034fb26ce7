//! Leavers: people Porter let in who left the server (GUILD_MEMBER_REMOVE), and their
//! return. A leave is noted on each of the person's joins in the school (`left_at`); coming
//! back clears the mark and notes when (`back_at`), so `/invite info` and exports tell who
//! is still there. A person who comes back through an invitation they joined through before
//! keeps that first join: nothing is counted twice (see [`super::insert_join`]).

use sqlx::FromRow;

use super::super::{
    sql::placeholders, Domain, DomainError, GuildId, InvitationId, JoinMethod, Timestamp, UserId,
};

/// One of a leaver's joins, as it was recorded.
#[derive(Debug, Clone, PartialEq, Eq, FromRow)]
pub struct LeftJoin {
    /// `None` for a public join, or an arrival through one of several links.
    pub invitation_id: Option<InvitationId>,
    pub method: JoinMethod,
    pub joined_at: Timestamp,
}

impl Domain {
    /// Notes that `user_id` left the school's server, on each of their joins there not
    /// marked yet; returns those joins, oldest first (none for someone Porter never let in).
    ///
    /// One statement through `joins_by_user_time` (guild_id, user_id, joined_at), for every
    /// member leaving every server: no transaction of its own, no read before it.
    pub async fn record_leave(
        &self,
        guild_id: GuildId,
        user_id: UserId,
    ) -> Result<Vec<LeftJoin>, DomainError> {
        let mut left: Vec<LeftJoin> = sqlx::query_as(
            "UPDATE joins SET left_at = $3 \
             WHERE guild_id = $1 AND user_id = $2 AND left_at IS NULL \
             RETURNING invitation_id, method, joined_at",
        )
        .bind(guild_id)
        .bind(user_id)
        .bind(self.now())
        .fetch_all(self.db.pool())
        .await?;
        left.sort_by_key(|j| j.joined_at);
        Ok(left)
    }

    /// Notes that these people arrived in the school's server again: the joins of any of
    /// them marked as left are marked back. Returns how many joins were marked back.
    pub async fn record_returns(
        &self,
        guild_id: GuildId,
        users: &[UserId],
    ) -> Result<u64, DomainError> {
        let now = self.now();
        let mut back = 0;
        for chunk in users.chunks(500) {
            let sql = format!(
                "UPDATE joins SET left_at = NULL, back_at = $2 \
                 WHERE guild_id = $1 AND left_at IS NOT NULL AND user_id IN ({})",
                placeholders(3, chunk.len())
            );
            let mut query = sqlx::query(&sql).bind(guild_id).bind(now);
            for user in chunk {
                query = query.bind(*user);
            }
            back += query.execute(self.db.pool()).await?.rows_affected();
        }
        Ok(back)
    }
}
