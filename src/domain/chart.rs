//! Joins per day for the chart under `/school info` and `/invite info`: the last
//! [`CHART_DAYS`] UTC days, today included, counted by how people came in.

use sqlx::FromRow;

use super::{Domain, DomainError, GuildId, InvitationId, JoinMethod, Timestamp};

/// How many days a chart covers, today included.
pub const CHART_DAYS: usize = 30;

const DAY: Timestamp = 24 * 3600;

/// The joins of one UTC day (or of a whole chart), by how people came in.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DayCounts {
    pub code: u32,
    pub button: u32,
    /// Through a link; arrivals that could have come through one of several links at once
    /// (unattributed) came through a link too, and are counted here.
    pub link: u32,
    pub public: u32,
}

impl DayCounts {
    /// Every join of the day, however it came in.
    pub fn total(&self) -> u32 {
        self.code + self.button + self.link + self.public
    }

    fn add(&mut self, method: JoinMethod, n: u32) {
        let slot = match method {
            JoinMethod::Code => &mut self.code,
            JoinMethod::Button => &mut self.button,
            JoinMethod::Link | JoinMethod::Unattributed => &mut self.link,
            JoinMethod::Public => &mut self.public,
        };
        *slot += n;
    }
}

/// Joins per day over the last [`CHART_DAYS`] UTC days, oldest first, today last.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JoinsPerDay {
    /// The first day shown, in days since 1970-01-01 (UTC).
    pub first_day: i64,
    /// One entry per day from `first_day`, [`CHART_DAYS`] of them.
    pub days: Vec<DayCounts>,
    /// The sums over all days shown.
    pub totals: DayCounts,
}

impl JoinsPerDay {
    /// A chart of [`CHART_DAYS`] days ending with the day `now` falls in, from counts of
    /// `(day since 1970-01-01, method, joins)`; days outside the chart are left out.
    pub fn from_counts(
        now: Timestamp,
        counts: impl IntoIterator<Item = (i64, JoinMethod, u32)>,
    ) -> Self {
        let first_day = now.div_euclid(DAY) - (CHART_DAYS as i64 - 1);
        let mut days = vec![DayCounts::default(); CHART_DAYS];
        let mut totals = DayCounts::default();
        for (day, method, n) in counts {
            let Some(slot) = usize::try_from(day - first_day)
                .ok()
                .and_then(|i| days.get_mut(i))
            else {
                continue;
            };
            slot.add(method, n);
            totals.add(method, n);
        }
        Self {
            first_day,
            days,
            totals,
        }
    }

    /// No join on any day shown.
    pub fn is_empty(&self) -> bool {
        self.totals.total() == 0
    }

    /// The start of the first day shown, as a timestamp.
    pub fn since(&self) -> Timestamp {
        self.first_day * DAY
    }
}

/// Which joins a chart counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChartOf {
    /// Every join of the school.
    School,
    /// The joins through one of the school's invitations.
    Invitation(InvitationId),
}

#[derive(FromRow)]
struct DayRow {
    day: i64,
    method: JoinMethod,
    joins: i64,
}

impl Domain {
    /// The school's joins (or one invitation's) per day over the last [`CHART_DAYS`] days,
    /// in one query that reads only those days through an index (`joins_by_guild`, or
    /// `joins_by_invitation_time`). The caller has already checked that the asking member
    /// may see the school's counts (`/school info`) or the invitation (`/invite info`).
    pub async fn joins_per_day(
        &self,
        guild_id: GuildId,
        of: ChartOf,
    ) -> Result<JoinsPerDay, DomainError> {
        let now = self.now();
        let since = JoinsPerDay::from_counts(now, []).since();
        let query = match of {
            ChartOf::School => sqlx::query_as::<_, DayRow>(
                "SELECT joined_at / 86400 AS day, method, count(*) AS joins FROM joins \
                 WHERE guild_id = $1 AND joined_at >= $2 \
                 GROUP BY joined_at / 86400, method",
            )
            .bind(guild_id)
            .bind(since),
            ChartOf::Invitation(id) => sqlx::query_as::<_, DayRow>(
                "SELECT joined_at / 86400 AS day, method, count(*) AS joins FROM joins \
                 WHERE invitation_id = $1 AND joined_at >= $2 AND guild_id = $3 \
                 GROUP BY joined_at / 86400, method",
            )
            .bind(id)
            .bind(since)
            .bind(guild_id),
        };
        let rows = query.fetch_all(self.db.pool()).await?;
        Ok(JoinsPerDay::from_counts(
            now,
            rows.into_iter().map(|r| {
                let joins = u32::try_from(r.joins).unwrap_or(u32::MAX);
                (r.day, r.method, joins)
            }),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_run_from_29_days_ago_to_today_and_others_are_left_out() {
        // 2026-11-26 13:00 UTC.
        let now = 1_795_698_000;
        let today = now / DAY;
        let chart = JoinsPerDay::from_counts(
            now,
            [
                (today, JoinMethod::Code, 2),
                (today, JoinMethod::Unattributed, 1),
                (today, JoinMethod::Link, 3),
                (today - 29, JoinMethod::Public, 4),
                (today - 30, JoinMethod::Button, 5),
                (today + 1, JoinMethod::Button, 6),
            ],
        );
        assert_eq!(chart.days.len(), CHART_DAYS);
        assert_eq!(chart.first_day, today - 29);
        assert_eq!(chart.since(), (today - 29) * DAY);
        assert_eq!(
            chart.days[29],
            DayCounts {
                code: 2,
                button: 0,
                link: 4,
                public: 0
            }
        );
        assert_eq!(chart.days[0].public, 4);
        assert_eq!(chart.totals.total(), 10);
        assert_eq!(chart.totals.button, 0);
        assert!(!chart.is_empty());
        assert!(JoinsPerDay::from_counts(now, []).is_empty());
    }
}
