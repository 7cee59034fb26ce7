//! The getting-started message Porter posts once in a server that is not yet a school
//! (table `greetings`): which servers had it, so that restarts, reconnects, shard resumes
//! and other processes never post it twice.
//!
//! A server is greeted when Porter was added to it recently ([`GREET_WITHIN`]): serenity's
//! `GuildCreate { is_new }` is only a cache hint (true for every server after a restart),
//! so the server's row here decides, and the time Porter joined the server keeps servers
//! it was in before this feature existed from being greeted out of the blue.
//!
//! The row outlives `/school forget` (it names nobody, and keeping it is what stops Porter
//! greeting the server again at its next start); it goes when Porter is removed from a
//! server that is not a school, or with the school's data once that is erased after Porter
//! was removed. A server that adds Porter back after that is greeted again.

use super::{Domain, DomainError, GuildId, Timestamp};

/// How long after Porter was added to a server it still greets it (7 days): a start after
/// a longer time offline greets no server it was added to meanwhile, and an upgrade greets
/// none of the servers Porter was already in.
pub const GREET_WITHIN: i64 = 7 * 24 * 60 * 60;

impl Domain {
    /// Claims the getting-started message of the server Porter was added to at `added_at`:
    /// `true` for exactly one caller, whatever the concurrency (across shards and
    /// processes), and only when the server is not a school and Porter was added within
    /// [`GREET_WITHIN`]. The caller that wins posts it; the claim stays even if posting
    /// fails, so a server is never greeted twice.
    pub async fn claim_greeting(
        &self,
        guild_id: GuildId,
        added_at: Timestamp,
    ) -> Result<bool, DomainError> {
        let now = self.now();
        if now - added_at > GREET_WITHIN {
            return Ok(false);
        }
        // Every GUILD_CREATE asks: a read first, so that only a server never greeted takes
        // its turn to write.
        let seen: Option<i64> = sqlx::query_scalar(
            "SELECT 1 FROM greetings WHERE guild_id = $1 \
             UNION ALL SELECT 1 FROM schools WHERE guild_id = $1",
        )
        .bind(guild_id)
        .fetch_optional(self.db.pool())
        .await?;
        if seen.is_some() {
            return Ok(false);
        }
        let mut tx = self.db.write(guild_id).await?;
        let claimed = sqlx::query(
            "INSERT INTO greetings (guild_id, greeted_at) SELECT $1, $2 \
             WHERE NOT EXISTS (SELECT 1 FROM schools WHERE guild_id = $1) \
             ON CONFLICT (guild_id) DO NOTHING",
        )
        .bind(guild_id)
        .bind(now)
        .execute(&mut *tx)
        .await?
        .rows_affected()
            == 1;
        tx.commit().await?;
        Ok(claimed)
    }

    /// Whether the server has had its getting-started message (or a process claimed it).
    pub async fn greeted(&self, guild_id: GuildId) -> Result<bool, DomainError> {
        let row: Option<i64> = sqlx::query_scalar("SELECT 1 FROM greetings WHERE guild_id = $1")
            .bind(guild_id)
            .fetch_optional(self.db.pool())
            .await?;
        Ok(row.is_some())
    }

    /// Porter was removed from the server: if it is not a school, nothing else is kept about
    /// it, so its greeting goes too (a school's goes with the school's data, see
    /// [`erase_school`]). Whether a row was erased.
    pub async fn removed_from(&self, guild_id: GuildId) -> Result<bool, DomainError> {
        if !self.greeted(guild_id).await? {
            return Ok(false);
        }
        let mut tx = self.db.write(guild_id).await?;
        let erased = sqlx::query(
            "DELETE FROM greetings WHERE guild_id = $1 \
             AND NOT EXISTS (SELECT 1 FROM schools WHERE guild_id = $1)",
        )
        .bind(guild_id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        tx.commit().await?;
        Ok(erased == 1)
    }
}

/// Erases the server's greeting, inside the caller's transaction (a school erased after
/// Porter was removed from its server).
pub(super) async fn erase_school(
    conn: &mut sqlx::AnyConnection,
    guild_id: GuildId,
) -> Result<u64, sqlx::Error> {
    let done = sqlx::query("DELETE FROM greetings WHERE guild_id = $1")
        .bind(guild_id)
        .execute(conn)
        .await?;
    Ok(done.rows_affected())
}
