//! Joining a school: redeeming codes, the member role grant, and the wrong-code rate limit.

use std::future::Future;

use sqlx::Row;

use super::{
    audit,
    invitation::{active_at, invitation_columns},
    Access, ChannelId, Domain, DomainError, GrantError, GuildId, Invitation, School, Timestamp,
    UserId,
};

/// Wrong codes a person may enter within [`FAILURE_WINDOW`] before being told to wait.
pub const FAILURE_LIMIT: i64 = 5;
/// The window of the per-person limit, in seconds (15 minutes).
pub const FAILURE_WINDOW: i64 = 15 * 60;
/// Wrong codes in one school within [`SCHOOL_ALERT_WINDOW`] that warrant a warning.
pub const SCHOOL_ALERT_THRESHOLD: i64 = 50;
/// The window of the per-school warning, in seconds (an hour).
pub const SCHOOL_ALERT_WINDOW: i64 = 60 * 60;

/// How someone came in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JoinMethod {
    /// `/join` with a code.
    Code,
    /// The Join button under a channel post.
    Button,
    /// Through the invitation's Discord invite link.
    Link,
    /// `/join` without a code in a public school.
    Public,
    /// Arrived through one of several links at once; which one is unknown.
    Unattributed,
}

impl JoinMethod {
    /// The name used in the database and in lists.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Code => "code",
            Self::Button => "button",
            Self::Link => "link",
            Self::Public => "public",
            Self::Unattributed => "unattributed",
        }
    }

    pub(crate) fn parse(s: &str) -> Self {
        match s {
            "button" => Self::Button,
            "link" => Self::Link,
            "public" => Self::Public,
            "unattributed" => Self::Unattributed,
            _ => Self::Code,
        }
    }
}

/// Where a person stands in a school's server.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Membership {
    /// Not in the server at all.
    NotInServer,
    /// In the server, with or without the member role.
    InServer { has_member_role: bool },
}

/// What the domain needs Discord to do during a join. Implemented over Discord's API by
/// the bot, and by fakes in tests.
pub trait Gatekeeper: Sync {
    /// Whether the user is in the school's server and holds its member role.
    fn membership(
        &self,
        school: &School,
        user_id: UserId,
    ) -> impl Future<Output = Result<Membership, GrantError>> + Send;

    /// Gives the user the school's member role.
    fn grant_member_role(
        &self,
        school: &School,
        user_id: UserId,
        invitation: Option<&Invitation>,
    ) -> impl Future<Output = Result<(), GrantError>> + Send;
}

/// A request to join.
#[derive(Debug, Clone, Copy)]
pub struct JoinRequest<'a> {
    pub user_id: UserId,
    /// The server the request came from; `None` in a direct message.
    pub guild_id: Option<GuildId>,
    /// The code as typed; `None` to join a public school without one.
    pub code: Option<&'a str>,
    pub method: JoinMethod,
}

/// What came of a join.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JoinOutcome {
    /// The person got the member role. `counted` is false when they had joined through this
    /// invitation before (and had since lost the role): that is not counted twice.
    Joined {
        school: School,
        invitation: Option<Invitation>,
        counted: bool,
    },
    /// The person already holds the member role; nothing was counted.
    AlreadyMember { school: School },
    /// The code is good but the person is not in the server: they need the link.
    NotInServer {
        school: School,
        invitation: Invitation,
    },
}

/// A warning for a school's log channel: many wrong codes were tried there lately.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FailureAlert {
    pub log_channel_id: ChannelId,
    /// Wrong codes in the last hour.
    pub failures: i64,
}

/// The SQL condition, on a row of `invitations`, for a capped invitation whose remaining
/// seats may all be held by arrivals waiting for the server's invite list.
macro_rules! seats_held {
    () => {
        "max_uses IS NOT NULL AND discord_invite_code IS NOT NULL AND link_gone_at IS NULL \
         AND uses + (SELECT arrivals_unread FROM schools s \
                     WHERE s.guild_id = invitations.guild_id) >= max_uses"
    };
}

/// A join recorded but not yet confirmed by a role grant.
pub(super) struct Reservation {
    join_id: i64,
    audit_id: i64,
    invitation_id: Option<i64>,
}

impl Domain {
    /// Redeems a code (or joins a public school without one) and grants the member role.
    ///
    /// The use is counted in one write transaction that cannot exceed `max_uses`, before
    /// the role grant; if the grant fails the join is taken back, so it consumes nothing.
    pub async fn join(
        &self,
        gate: &impl Gatekeeper,
        request: JoinRequest<'_>,
    ) -> Result<JoinOutcome, DomainError> {
        let Some(code) = request.code else {
            return self.join_public(gate, request).await;
        };
        self.check_failure_limit(request.user_id).await?;
        let invitation = match self.invitation_by_code(code).await? {
            Some(inv)
                if inv.revoked_at.is_none()
                    && request.guild_id.is_none_or(|g| g == inv.guild_id) =>
            {
                inv
            }
            _ => {
                self.record_failure(request.user_id, request.guild_id)
                    .await?;
                return Err(DomainError::NotAValidInvitation);
            }
        };
        invitation.ensure_active(self.now())?;
        let school = self.school(invitation.guild_id).await?;
        match gate.membership(&school, request.user_id).await? {
            Membership::NotInServer => return Ok(JoinOutcome::NotInServer { school, invitation }),
            Membership::InServer {
                has_member_role: true,
            } => return Ok(JoinOutcome::AlreadyMember { school }),
            Membership::InServer { .. } => {}
        }
        let (reservation, invitation) = self
            .reserve_pending(&school, Some(&invitation), request.user_id, request.method)
            .await?;
        let counted = reservation.is_some();
        self.grant_or_cancel(
            gate,
            &school,
            invitation.as_ref(),
            request.user_id,
            reservation,
        )
        .await?;
        Ok(JoinOutcome::Joined {
            school,
            invitation,
            counted,
        })
    }

    /// `/join` without a code: only public schools let people in that way.
    async fn join_public(
        &self,
        gate: &impl Gatekeeper,
        request: JoinRequest<'_>,
    ) -> Result<JoinOutcome, DomainError> {
        let guild_id = request.guild_id.ok_or(DomainError::CodeRequired)?;
        let school = self.school(guild_id).await?;
        if school.access != Access::Public {
            return Err(DomainError::CodeRequired);
        }
        if gate.membership(&school, request.user_id).await?
            == (Membership::InServer {
                has_member_role: true,
            })
        {
            return Ok(JoinOutcome::AlreadyMember { school });
        }
        let (reservation, _) = self
            .reserve_pending(&school, None, request.user_id, JoinMethod::Public)
            .await?;
        self.grant_or_cancel(gate, &school, None, request.user_id, reservation)
            .await?;
        Ok(JoinOutcome::Joined {
            school,
            invitation: None,
            counted: true,
        })
    }

    /// Grants the member role; takes the reserved join back if that fails, and confirms a
    /// pending one once it succeeded.
    pub(super) async fn grant_or_cancel(
        &self,
        gate: &impl Gatekeeper,
        school: &School,
        invitation: Option<&Invitation>,
        user_id: UserId,
        reservation: Option<Reservation>,
    ) -> Result<(), DomainError> {
        if let Err(e) = gate.grant_member_role(school, user_id, invitation).await {
            if let Some(reservation) = reservation {
                self.cancel(reservation).await?;
            }
            return Err(e.into());
        }
        if let Some(reservation) = reservation {
            // The person has the role: a failure here only leaves the join pending, and the
            // next start confirms it.
            match self.confirm(reservation.join_id).await {
                Ok(true) => {}
                Ok(false) => tracing::warn!(
                    join = reservation.join_id,
                    "a join was released while its grant was under way"
                ),
                Err(e) => tracing::warn!(
                    error = %e,
                    join = reservation.join_id,
                    "could not confirm a join; it stays pending until the next start"
                ),
            }
        }
        Ok(())
    }

    /// Counts the join in one write transaction, pending until [`Domain::grant_or_cancel`]
    /// sees the grant succeed, so a Porter that stops in between leaves it for the next
    /// start to resolve instead of losing the use. Returns `None` (and counts nothing) when
    /// the person joined through this invitation before, and the invitation as updated.
    pub(super) async fn reserve_pending(
        &self,
        school: &School,
        invitation: Option<&Invitation>,
        user_id: UserId,
        method: JoinMethod,
    ) -> Result<(Option<Reservation>, Option<Invitation>), DomainError> {
        let now = self.now();
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        let mut updated = None;
        if let Some(inv) = invitation {
            let joined_before =
                sqlx::query("SELECT 1 FROM joins WHERE invitation_id = ? AND user_id = ?")
                    .bind(inv.id)
                    .bind(user_id as i64)
                    .fetch_optional(&mut *tx)
                    .await?
                    .is_some();
            // Arrivals whose link Porter could not yet tell may hold seats of any capped
            // invitation whose link works: codes and buttons leave those seats free.
            let by_hand = matches!(method, JoinMethod::Code | JoinMethod::Button);
            let counted = if joined_before {
                None
            } else {
                sqlx::query(concat!(
                    "UPDATE invitations SET uses = uses + 1 WHERE id = ?1 AND ",
                    active_at!("?2"),
                    " AND NOT (?3 AND ",
                    seats_held!(),
                    ") RETURNING ",
                    invitation_columns!()
                ))
                .bind(inv.id)
                .bind(now)
                .bind(by_hand)
                .fetch_optional(&mut *tx)
                .await?
            };
            let Some(row) = counted else {
                // Joined through it before (nothing to count), or it stopped admitting
                // people since it was read: either way, say how it stands now.
                let current = sqlx::query(concat!(
                    "SELECT ",
                    invitation_columns!(),
                    ", (",
                    seats_held!(),
                    ") AS held FROM invitations WHERE id = ?"
                ))
                .bind(inv.id)
                .fetch_one(&mut *tx)
                .await?;
                let held: bool = current.get("held");
                let current = Invitation::from_row(&current);
                current.ensure_active(now)?;
                return if joined_before {
                    Ok((None, Some(current)))
                } else if by_hand && held {
                    Err(DomainError::Recounting)
                } else {
                    Err(DomainError::NotAValidInvitation)
                };
            };
            updated = Some(Invitation::from_row(&row));
        }
        let join_id: i64 = sqlx::query(
            "INSERT INTO joins (guild_id, user_id, invitation_id, method, joined_at) \
             VALUES (?, ?, ?, ?, ?) RETURNING id",
        )
        .bind(school.guild_id as i64)
        .bind(user_id as i64)
        .bind(invitation.map(|i| i.id))
        .bind(method.as_str())
        .bind(now)
        .fetch_one(&mut *tx)
        .await?
        .get(0);
        let mut entry =
            audit::Entry::new(school.guild_id, user_id, "join", now).detail(method.as_str());
        if let Some(inv) = invitation {
            entry = entry.invitation(inv.id);
        }
        let audit_id = audit::record(&mut tx, entry).await?;
        sqlx::query("INSERT INTO pending_joins (join_id, audit_id) VALUES (?, ?)")
            .bind(join_id)
            .bind(audit_id)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok((
            Some(Reservation {
                join_id,
                audit_id,
                invitation_id: invitation.map(|i| i.id),
            }),
            updated,
        ))
    }

    /// Takes back a reserved join whose role grant failed.
    async fn cancel(&self, reservation: Reservation) -> Result<(), DomainError> {
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        undo_join(
            &mut tx,
            reservation.join_id,
            reservation.audit_id,
            reservation.invitation_id,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Marks a pending join's grant done; `false` when it was no longer pending.
    pub(super) async fn confirm(&self, join_id: i64) -> Result<bool, DomainError> {
        let done = sqlx::query("DELETE FROM pending_joins WHERE join_id = ?")
            .bind(join_id)
            .execute(&self.pool)
            .await?;
        Ok(done.rows_affected() > 0)
    }

    /// Refuses a person who entered too many wrong codes lately.
    async fn check_failure_limit(&self, user_id: UserId) -> Result<(), DomainError> {
        let now = self.now();
        let row = sqlx::query(
            "SELECT count(*) AS n, min(at) AS oldest FROM code_failures \
             WHERE user_id = ? AND at > ?",
        )
        .bind(user_id as i64)
        .bind(now - FAILURE_WINDOW)
        .fetch_one(&self.pool)
        .await?;
        let failures: i64 = row.get("n");
        if failures >= FAILURE_LIMIT {
            let oldest: Option<Timestamp> = row.get("oldest");
            return Err(DomainError::RateLimited {
                retry_at: oldest.unwrap_or(now) + FAILURE_WINDOW,
            });
        }
        Ok(())
    }

    /// Counts a wrong code against the person and the school, and forgets old ones.
    async fn record_failure(
        &self,
        user_id: UserId,
        guild_id: Option<GuildId>,
    ) -> Result<(), DomainError> {
        let now = self.now();
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        sqlx::query("DELETE FROM code_failures WHERE at <= ?")
            .bind(now - FAILURE_WINDOW.max(SCHOOL_ALERT_WINDOW))
            .execute(&mut *tx)
            .await?;
        sqlx::query("INSERT INTO code_failures (user_id, guild_id, at) VALUES (?, ?, ?)")
            .bind(user_id as i64)
            .bind(guild_id.map(|g| g as i64))
            .bind(now)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// After a wrong code in a school: a warning for its log channel when the school saw
    /// [`SCHOOL_ALERT_THRESHOLD`] wrong codes within the hour, at most one an hour.
    pub async fn take_failure_alert(
        &self,
        guild_id: GuildId,
    ) -> Result<Option<FailureAlert>, DomainError> {
        let now = self.now();
        let failures: i64 =
            sqlx::query("SELECT count(*) FROM code_failures WHERE guild_id = ? AND at > ?")
                .bind(guild_id as i64)
                .bind(now - SCHOOL_ALERT_WINDOW)
                .fetch_one(&self.pool)
                .await?
                .get(0);
        if failures < SCHOOL_ALERT_THRESHOLD {
            return Ok(None);
        }
        let log_channel: Option<i64> = sqlx::query(
            "UPDATE schools SET failure_alert_at = ?1 \
             WHERE guild_id = ?2 AND log_channel_id IS NOT NULL \
               AND (failure_alert_at IS NULL OR failure_alert_at <= ?3) \
             RETURNING log_channel_id",
        )
        .bind(now)
        .bind(guild_id as i64)
        .bind(now - SCHOOL_ALERT_WINDOW)
        .fetch_optional(&self.pool)
        .await?
        .map(|row| row.get(0));
        Ok(log_channel.map(|c| FailureAlert {
            log_channel_id: c as u64,
            failures,
        }))
    }
}

/// Undoes a reserved join inside the caller's transaction: the join (and its pending mark),
/// its audit entry, and the use it counted.
pub(super) async fn undo_join(
    conn: &mut sqlx::SqliteConnection,
    join_id: i64,
    audit_id: i64,
    invitation_id: Option<i64>,
) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM pending_joins WHERE join_id = ?")
        .bind(join_id)
        .execute(&mut *conn)
        .await?;
    sqlx::query("DELETE FROM joins WHERE id = ?")
        .bind(join_id)
        .execute(&mut *conn)
        .await?;
    sqlx::query("DELETE FROM audit_log WHERE id = ?")
        .bind(audit_id)
        .execute(&mut *conn)
        .await?;
    if let Some(id) = invitation_id {
        sqlx::query("UPDATE invitations SET uses = uses - 1 WHERE id = ? AND uses > 0")
            .bind(id)
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}
