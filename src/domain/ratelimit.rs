//! The wrong-code rate limit (table `code_failures`): per person, and a warning for a school
//! where many wrong codes are tried.

use sqlx::FromRow;

use super::{ChannelId, Domain, DomainError, GuildId, Timestamp, UserId};

/// Wrong codes a person may enter within [`FAILURE_WINDOW`] before being told to wait.
pub const FAILURE_LIMIT: i64 = 5;
/// The window of the per-person limit, in seconds (15 minutes).
pub const FAILURE_WINDOW: i64 = 15 * 60;
/// Wrong codes in one school within [`SCHOOL_ALERT_WINDOW`] that warrant a warning.
pub const SCHOOL_ALERT_THRESHOLD: i64 = 50;
/// The window of the per-school warning, in seconds (an hour).
pub const SCHOOL_ALERT_WINDOW: i64 = 60 * 60;

/// A warning for a school's log channel: many wrong codes were tried there lately.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FailureAlert {
    pub log_channel_id: ChannelId,
    /// Wrong codes in the last hour.
    pub failures: i64,
}

/// A person's recent wrong codes.
#[derive(FromRow)]
struct Recent {
    n: i64,
    oldest: Option<Timestamp>,
}

/// Erases the wrong codes tried in the school, inside the caller's transaction.
pub(super) async fn erase_school(
    conn: &mut sqlx::AnyConnection,
    guild_id: GuildId,
) -> Result<u64, sqlx::Error> {
    let done = sqlx::query("DELETE FROM code_failures WHERE guild_id = $1")
        .bind(guild_id)
        .execute(conn)
        .await?;
    Ok(done.rows_affected())
}

impl Domain {
    /// Refuses a person who entered too many wrong codes lately.
    pub(super) async fn check_failure_limit(&self, user_id: UserId) -> Result<(), DomainError> {
        let now = self.now();
        let recent: Recent = sqlx::query_as(
            "SELECT count(*) AS n, min(at) AS oldest FROM code_failures \
             WHERE user_id = $1 AND at > $2",
        )
        .bind(user_id)
        .bind(now - FAILURE_WINDOW)
        .fetch_one(self.db.pool())
        .await?;
        if recent.n >= FAILURE_LIMIT {
            return Err(DomainError::RateLimited {
                retry_at: recent.oldest.unwrap_or(now) + FAILURE_WINDOW,
            });
        }
        Ok(())
    }

    /// Counts a wrong code against the person and the school, and forgets old ones.
    pub(super) async fn record_failure(
        &self,
        user_id: UserId,
        guild_id: Option<GuildId>,
    ) -> Result<(), DomainError> {
        let now = self.now();
        let mut tx = self.db.begin().await?;
        sqlx::query("DELETE FROM code_failures WHERE at <= $1")
            .bind(now - FAILURE_WINDOW.max(SCHOOL_ALERT_WINDOW))
            .execute(&mut *tx)
            .await?;
        sqlx::query("INSERT INTO code_failures (user_id, guild_id, at) VALUES ($1, $2, $3)")
            .bind(user_id)
            .bind(guild_id)
            .bind(now)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// After a wrong code in a school: a warning for its log channel when the school saw
    /// [`SCHOOL_ALERT_THRESHOLD`] wrong codes within the hour, at most one an hour (whatever
    /// the number of Porter processes: the one whose update wins sends it).
    pub async fn take_failure_alert(
        &self,
        guild_id: GuildId,
    ) -> Result<Option<FailureAlert>, DomainError> {
        let now = self.now();
        let failures: i64 = sqlx::query_scalar(
            "SELECT count(*) FROM code_failures WHERE guild_id = $1 AND at > $2",
        )
        .bind(guild_id)
        .bind(now - SCHOOL_ALERT_WINDOW)
        .fetch_one(self.db.pool())
        .await?;
        if failures < SCHOOL_ALERT_THRESHOLD {
            return Ok(None);
        }
        let log_channel = self
            .claim_failure_alert(guild_id, now, now - SCHOOL_ALERT_WINDOW)
            .await?;
        Ok(log_channel.map(|log_channel_id| FailureAlert {
            log_channel_id,
            failures,
        }))
    }
}
