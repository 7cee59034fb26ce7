//! Pausing a school (`/school pause [for:]`, `/school resume`): while paused, codes and Join
//! buttons refuse everyone, and arrivals through Porter's links are refused like those of an
//! ended invitation (see the arrival ledger). On Discord's side Porter sets the server's
//! `invites_disabled_until` (held at most [`LINKS_OFF_MAX`]), renewing it while the pause
//! lasts; [`Domain::links_off_due`] says which servers need it set or cleared.

use std::time::Duration;

use super::school::SELECT_SCHOOL;
use super::{audit, Actor, Domain, DomainError, GuildId, Permission, School, Timestamp};

/// The shortest and longest pause a moderator may ask for with `for:`.
pub const MIN_PAUSE: Duration = Duration::from_secs(60);
pub const MAX_PAUSE: Duration = Duration::from_secs(30 * 86_400);
/// How far ahead Discord lets a server's invites be disabled.
pub const LINKS_OFF_MAX: i64 = 24 * 3600;
/// A pause's Discord-side switch is renewed once less than this is left of it.
const RENEW_WITHIN: i64 = 12 * 3600;
/// Longest `for:` input read.
const MAX_PAUSE_INPUT: usize = 64;

/// What Discord's `invites_disabled_until` of a server should become.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinksOff {
    /// Disable invites until then (the pause's end, or [`LINKS_OFF_MAX`] ahead).
    Until(Timestamp),
    /// Enable them again: the pause is over.
    Clear,
}

/// A pause that ended by itself, as noted by [`Domain::end_due_pauses`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EndedPause {
    /// The school, no longer paused.
    pub school: School,
    /// The pause as it was.
    pub paused: School,
}

/// Reads `for:` (`30m`, `2h`, `1d`…) into a duration within [`MIN_PAUSE`]..=[`MAX_PAUSE`].
pub fn parse_pause_for(input: &str) -> Result<Duration, DomainError> {
    let input = input.trim();
    if input.is_empty() || input.len() > MAX_PAUSE_INPUT {
        return Err(DomainError::UnreadablePause);
    }
    let duration = humantime::parse_duration(input).map_err(|e| match e {
        humantime::DurationError::NumberOverflow => DomainError::PauseOutOfRange,
        _ => DomainError::UnreadablePause,
    })?;
    if !(MIN_PAUSE..=MAX_PAUSE).contains(&duration) {
        return Err(DomainError::PauseOutOfRange);
    }
    Ok(duration)
}

impl Domain {
    /// Pauses joining (needs manage), for `length` or until resumed. Pausing a paused
    /// school replaces its end. Returns the school as paused.
    pub async fn pause_school(
        &self,
        guild_id: GuildId,
        actor: &Actor,
        length: Option<Duration>,
    ) -> Result<School, DomainError> {
        self.require(guild_id, actor, Permission::Manage).await?;
        let now = self.now();
        let until = length.map(|d| now + d.as_secs() as Timestamp);
        let mut tx = self.db.write(guild_id).await?;
        let done = sqlx::query(
            "UPDATE schools SET paused_at = $1, paused_by = $2, paused_until = $3 \
             WHERE guild_id = $4",
        )
        .bind(now)
        .bind(actor.user_id)
        .bind(until)
        .bind(guild_id)
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() == 0 {
            return Err(DomainError::NotASchool);
        }
        let school: School = sqlx::query_as(SELECT_SCHOOL)
            .bind(guild_id)
            .fetch_one(&mut *tx)
            .await?;
        let detail = match until {
            Some(until) => format!("until={until}"),
            None => "until=resume".to_owned(),
        };
        audit::record(
            &mut tx,
            audit::Entry::new(guild_id, actor.user_id, "school_pause", now).detail(detail),
        )
        .await?;
        tx.commit().await?;
        Ok(school)
    }

    /// Ends a pause now (needs manage): [`DomainError::NotPaused`] when the school is not
    /// paused (or its pause already ended). Returns the school as it was paused.
    pub async fn resume_school(
        &self,
        guild_id: GuildId,
        actor: &Actor,
    ) -> Result<School, DomainError> {
        self.require(guild_id, actor, Permission::Manage).await?;
        let now = self.now();
        let mut tx = self.db.write(guild_id).await?;
        let paused: School = sqlx::query_as(SELECT_SCHOOL)
            .bind(guild_id)
            .fetch_optional(&mut *tx)
            .await?
            .ok_or(DomainError::NotASchool)?;
        if !paused.paused(now) {
            return Err(DomainError::NotPaused);
        }
        clear(&mut tx, guild_id).await?;
        audit::record(
            &mut tx,
            audit::Entry::new(guild_id, actor.user_id, "school_resume", now),
        )
        .await?;
        tx.commit().await?;
        Ok(paused)
    }

    /// Notes the end of the pauses of these servers whose `for:` has passed (at every start
    /// too, so a pause that ended while Porter was stopped ends then). Each is audited under
    /// the moderator who paused.
    pub async fn end_due_pauses(&self, guilds: &[GuildId]) -> Result<Vec<EndedPause>, DomainError> {
        let now = self.now();
        let due: Vec<GuildId> = sqlx::query_scalar(
            "SELECT guild_id FROM schools WHERE paused_at IS NOT NULL AND paused_until <= $1",
        )
        .bind(now)
        .fetch_all(self.db.pool())
        .await?;
        let mut ended = Vec::new();
        for guild_id in due.into_iter().filter(|g| guilds.contains(g)) {
            let mut tx = self.db.write(guild_id).await?;
            let Some(paused) = sqlx::query_as::<_, School>(SELECT_SCHOOL)
                .bind(guild_id)
                .fetch_optional(&mut *tx)
                .await?
            else {
                continue;
            };
            let (Some(_), Some(until), Some(by)) =
                (paused.paused_at, paused.paused_until, paused.paused_by)
            else {
                continue;
            };
            if until > now {
                continue;
            }
            clear(&mut tx, guild_id).await?;
            audit::record(
                &mut tx,
                audit::Entry::new(guild_id, by, "school_pause_ended", now)
                    .detail(format!("until={until}")),
            )
            .await?;
            let school: School = sqlx::query_as(SELECT_SCHOOL)
                .bind(guild_id)
                .fetch_one(&mut *tx)
                .await?;
            tx.commit().await?;
            ended.push(EndedPause { school, paused });
        }
        Ok(ended)
    }

    /// What Discord's `invites_disabled_until` of each of these servers should be set to
    /// now: paused schools whose switch is unset, ends within [`RENEW_WITHIN`] (and not at
    /// the pause's end already) or outlasts the pause, and schools no longer paused that
    /// Porter left it set on.
    pub async fn links_off_due(
        &self,
        guilds: &[GuildId],
    ) -> Result<Vec<(GuildId, LinksOff)>, DomainError> {
        let now = self.now();
        type Row = (
            GuildId,
            Option<Timestamp>,
            Option<Timestamp>,
            Option<Timestamp>,
        );
        let rows: Vec<Row> = sqlx::query_as(
            "SELECT guild_id, paused_at, paused_until, links_off_until FROM schools \
             WHERE paused_at IS NOT NULL OR links_off_until IS NOT NULL ORDER BY guild_id",
        )
        .fetch_all(self.db.pool())
        .await?;
        let mut due = Vec::new();
        for (guild_id, paused_at, paused_until, links_off) in rows {
            if !guilds.contains(&guild_id) {
                continue;
            }
            let paused = paused_at.is_some() && paused_until.is_none_or(|u| u > now);
            if !paused {
                if links_off.is_some() {
                    due.push((guild_id, LinksOff::Clear));
                }
                continue;
            }
            let wanted = match paused_until {
                Some(until) => until.min(now + LINKS_OFF_MAX),
                None => now + LINKS_OFF_MAX,
            };
            let renew = match links_off {
                None => true,
                // Renewed as it nears its end, or cut to a pause made shorter.
                Some(off) => (off < wanted && off - now < RENEW_WITHIN) || off > wanted,
            };
            if renew {
                due.push((guild_id, LinksOff::Until(wanted)));
            }
        }
        Ok(due)
    }

    /// Notes what Porter set Discord's `invites_disabled_until` of a server to (`None`:
    /// cleared). A pause started or ended meanwhile keeps its own value.
    pub async fn links_off_set(&self, guild_id: GuildId, set: LinksOff) -> Result<(), DomainError> {
        let until = match set {
            LinksOff::Until(until) => Some(until),
            LinksOff::Clear => None,
        };
        let paused_now = if until.is_some() {
            "paused_at IS NOT NULL"
        } else {
            "paused_at IS NULL"
        };
        sqlx::query(&format!(
            "UPDATE schools SET links_off_until = $1 WHERE guild_id = $2 AND {paused_now}"
        ))
        .bind(until)
        .bind(guild_id)
        .execute(self.db.pool())
        .await?;
        Ok(())
    }
}

/// Takes the pause off a school; `links_off_until` stays, for Porter to clear on Discord.
async fn clear(conn: &mut sqlx::AnyConnection, guild_id: GuildId) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE schools SET paused_at = NULL, paused_by = NULL, paused_until = NULL \
         WHERE guild_id = $1",
    )
    .bind(guild_id)
    .execute(conn)
    .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pause_lengths_within_bounds_are_read() {
        assert_eq!(parse_pause_for("2h").unwrap(), Duration::from_secs(7200));
        assert_eq!(
            parse_pause_for(" 1d ").unwrap(),
            Duration::from_secs(86_400)
        );
        for out in ["30s", "31d"] {
            assert!(matches!(
                parse_pause_for(out),
                Err(DomainError::PauseOutOfRange)
            ));
        }
        for bad in ["soon", ""] {
            assert!(matches!(
                parse_pause_for(bad),
                Err(DomainError::UnreadablePause)
            ));
        }
    }
}
