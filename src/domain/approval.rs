//! Approval before admitting (table `join_requests`, columns `schools.approval` and
//! `schools.approval_channel_id`): with approval on, a code, a button or a link arrival puts
//! the person in a queue; a moderator with manage or approve decides.
//!
//! A request changes state only from `waiting` (or from an approval interrupted long ago,
//! see [`DECIDING_STALE`]), in one statement: two moderators pressing at once, exactly one
//! decision wins. Approving counts the use then (caps count approved joins only) and grants
//! the member role and the invitation's class roles; denying counts nothing. Every decision,
//! and every expiry, is a line of the audit trail.

use sqlx::{AnyConnection, FromRow};

use super::join::{Membership, Unconfirmed};
use super::sql::text_enum;
use super::{
    audit, invitation, Actor, ChannelId, Domain, DomainError, Gatekeeper, GuildId, Invitation,
    InvitationId, JoinId, JoinMethod, MessageId, Permission, School, Status, Timestamp, UserId,
};

/// How long an approval may stay under way before another moderator's decision may take
/// the request over (Porter stopped in the middle of it): seconds.
pub const DECIDING_STALE: Timestamp = 600;

/// The default number of days a request waits before it expires (`[approval] expire_days`).
pub const DEFAULT_EXPIRE_DAYS: u32 = 7;

/// Who may decide join requests: approve, or manage (which implies it).
pub const APPROVERS: &[Permission] = &[Permission::Approve];

/// Where a request stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RequestState {
    Waiting,
    /// An approval under way: the use is being counted and the roles granted.
    Deciding,
    Approved,
    Denied,
    Expired,
}

impl RequestState {
    /// The name used in the database.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Waiting => "waiting",
            Self::Deciding => "deciding",
            Self::Approved => "approved",
            Self::Denied => "denied",
            Self::Expired => "expired",
        }
    }

    fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "waiting" => Self::Waiting,
            "deciding" => Self::Deciding,
            "approved" => Self::Approved,
            "denied" => Self::Denied,
            "expired" => Self::Expired,
            _ => return None,
        })
    }
}

text_enum!(RequestState);

/// A school's approval settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ApprovalSettings {
    /// Whether joins wait for a moderator.
    pub on: bool,
    /// Where requests are posted; `None`: the school's log channel.
    pub channel_id: Option<ChannelId>,
}

/// A request to join, waiting for (or past) a moderator's decision.
#[derive(Debug, Clone, PartialEq, Eq, FromRow)]
pub struct JoinRequestRecord {
    pub id: i64,
    pub guild_id: GuildId,
    pub user_id: UserId,
    /// The invitation used; `None` for a public school's `/join`.
    pub invitation_id: Option<InvitationId>,
    pub method: JoinMethod,
    pub requested_at: Timestamp,
    pub state: RequestState,
    pub decided_by: Option<UserId>,
    pub decided_at: Option<Timestamp>,
    /// The request message with its buttons, once posted.
    pub channel_id: Option<ChannelId>,
    pub message_id: Option<MessageId>,
}

/// A request just put in the queue (or the one already there for the person).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Queued {
    pub request: JoinRequestRecord,
    /// False when the person already had a request waiting: nothing new was written.
    pub new: bool,
}

/// A moderator's decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    Approve,
    Deny,
}

/// What came of a decision.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decided {
    pub request: JoinRequestRecord,
    pub school: School,
    /// The invitation, its `roles` naming the class roles given (approved).
    pub invitation: Option<Invitation>,
    /// Approved and counted as a use (false: they had joined through it before).
    pub counted: bool,
}

const SELECT_REQUEST: &str = "SELECT id, guild_id, user_id, invitation_id, method, \
     requested_at, state, decided_by, decided_at, channel_id, message_id FROM join_requests";

const RETURNING: &str = "RETURNING id, guild_id, user_id, invitation_id, method, \
     requested_at, state, decided_by, decided_at, channel_id, message_id";

/// Erases the school's join requests, inside the caller's transaction.
pub(super) async fn erase_school(
    conn: &mut AnyConnection,
    guild_id: GuildId,
) -> Result<u64, sqlx::Error> {
    let done = sqlx::query("DELETE FROM join_requests WHERE guild_id = $1")
        .bind(guild_id)
        .execute(conn)
        .await?;
    Ok(done.rows_affected())
}

/// Puts the person in the school's queue inside the caller's write transaction (see
/// [`Domain::queue_join`]).
async fn queue(
    conn: &mut AnyConnection,
    guild_id: GuildId,
    invitation: Option<&Invitation>,
    user_id: UserId,
    method: JoinMethod,
    now: Timestamp,
) -> Result<Queued, DomainError> {
    let open: Option<JoinRequestRecord> = sqlx::query_as(&format!(
        "{SELECT_REQUEST} WHERE guild_id = $1 AND user_id = $2 \
             AND state IN ('waiting', 'deciding')"
    ))
    .bind(guild_id)
    .bind(user_id)
    .fetch_optional(&mut *conn)
    .await?;
    if let Some(request) = open {
        return Ok(Queued {
            request,
            new: false,
        });
    }
    let request: JoinRequestRecord = sqlx::query_as(&format!(
        "INSERT INTO join_requests (guild_id, user_id, invitation_id, method, \
             requested_at, state) VALUES ($1, $2, $3, $4, $5, 'waiting') {RETURNING}"
    ))
    .bind(guild_id)
    .bind(user_id)
    .bind(invitation.map(|i| i.id))
    .bind(method)
    .bind(now)
    .fetch_one(&mut *conn)
    .await?;
    let mut entry =
        audit::Entry::new(guild_id, user_id, "join_request", now).detail(method.as_str());
    if let Some(inv) = invitation {
        entry = entry.invitation(inv.id);
    }
    audit::record(conn, entry).await?;
    Ok(Queued { request, new: true })
}

impl Domain {
    /// The school's approval settings (off for a server that is not a school).
    pub async fn approval_settings(
        &self,
        guild_id: GuildId,
    ) -> Result<ApprovalSettings, DomainError> {
        let row: Option<(i64, Option<ChannelId>)> =
            sqlx::query_as("SELECT approval, approval_channel_id FROM schools WHERE guild_id = $1")
                .bind(guild_id)
                .fetch_optional(self.db.pool())
                .await?;
        Ok(row
            .map(|(on, channel_id)| ApprovalSettings {
                on: on != 0,
                channel_id,
            })
            .unwrap_or_default())
    }

    /// Turns approval on or off and/or sets where requests are posted (manage). Options
    /// left out keep their value. Requests already waiting stay decidable either way.
    pub async fn set_approval(
        &self,
        guild_id: GuildId,
        actor: &Actor,
        on: Option<bool>,
        channel_id: Option<ChannelId>,
    ) -> Result<ApprovalSettings, DomainError> {
        self.school(guild_id).await?;
        self.require(guild_id, actor, Permission::Manage).await?;
        let now = self.now();
        let mut tx = self.db.write(guild_id).await?;
        sqlx::query(
            "UPDATE schools SET approval = coalesce($1, approval), \
                 approval_channel_id = coalesce($2, approval_channel_id), updated_at = $3 \
             WHERE guild_id = $4",
        )
        .bind(on.map(i64::from))
        .bind(channel_id)
        .bind(now)
        .bind(guild_id)
        .execute(&mut *tx)
        .await?;
        let (on, channel_id): (i64, Option<ChannelId>) =
            sqlx::query_as("SELECT approval, approval_channel_id FROM schools WHERE guild_id = $1")
                .bind(guild_id)
                .fetch_one(&mut *tx)
                .await?;
        let settings = ApprovalSettings {
            on: on != 0,
            channel_id,
        };
        audit::record(
            &mut tx,
            audit::Entry::new(guild_id, actor.user_id, "approval_setup", now).detail(format!(
                "approval={} channel={:?}",
                if settings.on { "on" } else { "off" },
                settings.channel_id.map(ChannelId::get)
            )),
        )
        .await?;
        tx.commit().await?;
        Ok(settings)
    }

    /// Puts the person in the school's queue, through `invitation` (`None`: a public
    /// school's `/join`); the request already waiting for them if there is one. Counts
    /// nothing: caps count approved joins only.
    pub async fn queue_join(
        &self,
        school: &School,
        invitation: Option<&Invitation>,
        user_id: UserId,
        method: JoinMethod,
    ) -> Result<Queued, DomainError> {
        let mut tx = self.db.write(school.guild_id).await?;
        let queued = queue(
            &mut tx,
            school.guild_id,
            invitation,
            user_id,
            method,
            self.now(),
        )
        .await?;
        tx.commit().await?;
        Ok(queued)
    }

    /// Someone arrived through `invitation`'s link while the school approves joins first:
    /// the join the arrival recorded (`join_id`) is taken back with the use it counted
    /// (caps count approved joins only), and the person is queued, in one transaction.
    pub async fn queue_link_arrival(
        &self,
        school: &School,
        invitation: &Invitation,
        user_id: UserId,
        join_id: JoinId,
    ) -> Result<Queued, DomainError> {
        let mut tx = self.db.write(school.guild_id).await?;
        sqlx::query("DELETE FROM join_candidates WHERE join_id = $1")
            .bind(join_id)
            .execute(&mut *tx)
            .await?;
        let taken = sqlx::query("DELETE FROM joins WHERE id = $1 AND invitation_id = $2")
            .bind(join_id)
            .bind(invitation.id)
            .execute(&mut *tx)
            .await?;
        if taken.rows_affected() == 1 {
            invitation::give_back_seat(&mut tx, invitation.id).await?;
        }
        let queued = queue(
            &mut tx,
            school.guild_id,
            Some(invitation),
            user_id,
            JoinMethod::Link,
            self.now(),
        )
        .await?;
        tx.commit().await?;
        Ok(queued)
    }

    /// Notes where the request's message (with its buttons) was posted.
    pub async fn set_request_message(
        &self,
        request_id: i64,
        channel_id: ChannelId,
        message_id: MessageId,
    ) -> Result<(), DomainError> {
        sqlx::query("UPDATE join_requests SET channel_id = $1, message_id = $2 WHERE id = $3")
            .bind(channel_id)
            .bind(message_id)
            .bind(request_id)
            .execute(self.db.pool())
            .await?;
        Ok(())
    }

    /// A request of this school by id.
    pub async fn join_request(
        &self,
        guild_id: GuildId,
        request_id: i64,
    ) -> Result<JoinRequestRecord, DomainError> {
        sqlx::query_as(&format!("{SELECT_REQUEST} WHERE id = $1 AND guild_id = $2"))
            .bind(request_id)
            .bind(guild_id)
            .fetch_optional(self.db.pool())
            .await?
            .ok_or(DomainError::UnknownRequest)
    }

    /// The school's requests still waiting, oldest first.
    pub async fn waiting_requests(
        &self,
        guild_id: GuildId,
    ) -> Result<Vec<JoinRequestRecord>, DomainError> {
        Ok(sqlx::query_as(&format!(
            "{SELECT_REQUEST} WHERE guild_id = $1 AND state = 'waiting' ORDER BY id"
        ))
        .bind(guild_id)
        .fetch_all(self.db.pool())
        .await?)
    }

    /// Approves or denies a request (manage or approve). Exactly one decision wins: a
    /// request already decided (or expired) is [`DomainError::RequestDecided`].
    ///
    /// Approving counts the use in the invitation's cap (a full, expired or revoked
    /// invitation refuses with [`DomainError::RequestInvitationClosed`], and the request
    /// keeps waiting), then grants the member role and the invitation's class roles; if a
    /// grant fails the use is given back and the request waits again.
    pub async fn decide_request(
        &self,
        gate: &impl Gatekeeper,
        guild_id: GuildId,
        actor: &Actor,
        request_id: i64,
        decision: Decision,
    ) -> Result<Decided, DomainError> {
        let school = self.school(guild_id).await?;
        self.require_any(guild_id, actor, APPROVERS).await?;
        let now = self.now();
        let mut tx = self.db.write(guild_id).await?;
        let state = match decision {
            Decision::Approve => RequestState::Deciding,
            Decision::Deny => RequestState::Denied,
        };
        let claimed: Option<JoinRequestRecord> = sqlx::query_as(&format!(
            "UPDATE join_requests SET state = $1, decided_by = $2, decided_at = $3 \
             WHERE id = $4 AND guild_id = $5 \
               AND (state = 'waiting' OR (state = 'deciding' AND decided_at <= $6)) \
             {RETURNING}"
        ))
        .bind(state)
        .bind(actor.user_id)
        .bind(now)
        .bind(request_id)
        .bind(guild_id)
        .bind(now - DECIDING_STALE)
        .fetch_optional(&mut *tx)
        .await?;
        let Some(request) = claimed else {
            tx.rollback().await?;
            let current = self.join_request(guild_id, request_id).await?;
            return Err(DomainError::RequestDecided {
                state: current.state,
                by: current.decided_by,
            });
        };
        if decision == Decision::Deny {
            let mut entry = audit::Entry::new(guild_id, actor.user_id, "join_deny", now)
                .target(request.user_id.get());
            if let Some(inv) = request.invitation_id {
                entry = entry.invitation(inv);
            }
            audit::record(&mut tx, entry).await?;
            tx.commit().await?;
            let invitation = match request.invitation_id {
                Some(id) => self.invitation_by_id(id).await?,
                None => None,
            };
            return Ok(Decided {
                request,
                school,
                invitation,
                counted: false,
            });
        }
        tx.commit().await?;
        match self.approve(gate, &school, actor, &request).await {
            Ok((invitation, counted, unconfirmed)) => {
                if let Some(unconfirmed) = unconfirmed {
                    self.confirm_join(unconfirmed).await;
                }
                let request = JoinRequestRecord {
                    state: RequestState::Approved,
                    ..request
                };
                Ok(Decided {
                    request,
                    school,
                    invitation,
                    counted,
                })
            }
            Err(e) => {
                // Nothing was counted or granted: the request waits again.
                sqlx::query(
                    "UPDATE join_requests SET state = 'waiting', decided_by = NULL, \
                         decided_at = NULL WHERE id = $1 AND state = 'deciding'",
                )
                .bind(request.id)
                .execute(self.db.pool())
                .await?;
                Err(e)
            }
        }
    }

    /// The approval of a claimed request: counts the use and grants the roles, then marks
    /// it approved with its audit line.
    async fn approve(
        &self,
        gate: &impl Gatekeeper,
        school: &School,
        actor: &Actor,
        request: &JoinRequestRecord,
    ) -> Result<(Option<Invitation>, bool, Option<Unconfirmed>), DomainError> {
        let now = self.now();
        let invitation = match request.invitation_id {
            Some(id) => {
                let inv = self
                    .invitation_by_id(id)
                    .await?
                    .ok_or(DomainError::RequestInvitationClosed(Status::Revoked))?;
                match inv.status(now) {
                    Status::Active => {}
                    status => return Err(DomainError::RequestInvitationClosed(status)),
                }
                Some(inv)
            }
            None => None,
        };
        let had_member_role = match gate.membership(school, request.user_id).await? {
            Membership::NotInServer => return Err(DomainError::RequesterLeft),
            Membership::InServer { has_member_role } => has_member_role,
        };
        let (reservation, mut updated) = match self
            .reserve_pending(school, invitation.as_ref(), request.user_id, request.method)
            .await
        {
            Ok(reserved) => reserved,
            Err(DomainError::UsedUp { .. }) | Err(DomainError::Recounting) => {
                return Err(DomainError::RequestInvitationClosed(Status::UsedUp))
            }
            Err(e) => return Err(e),
        };
        let counted = reservation.is_some();
        let unconfirmed = self
            .grant_or_cancel(
                gate,
                school,
                updated.as_mut(),
                request.user_id,
                reservation,
                had_member_role,
            )
            .await?;
        let mut tx = self.db.write(school.guild_id).await?;
        sqlx::query(
            "UPDATE join_requests SET state = 'approved', decided_by = $1, decided_at = $2 \
             WHERE id = $3",
        )
        .bind(actor.user_id)
        .bind(now)
        .bind(request.id)
        .execute(&mut *tx)
        .await?;
        let mut entry = audit::Entry::new(school.guild_id, actor.user_id, "join_approve", now)
            .target(request.user_id.get())
            .detail(if counted { "counted" } else { "not counted" });
        if let Some(inv) = request.invitation_id {
            entry = entry.invitation(inv);
        }
        audit::record(&mut tx, entry).await?;
        tx.commit().await?;
        Ok((updated, counted, unconfirmed))
    }

    /// Marks every request waiting since `expire_days` days or more as expired, with an
    /// audit line each (actor: the person who asked); returns them, for their messages to
    /// be edited.
    pub async fn expire_requests(
        &self,
        expire_days: u32,
    ) -> Result<Vec<JoinRequestRecord>, DomainError> {
        let now = self.now();
        let before = now - i64::from(expire_days) * 24 * 3600;
        let mut tx = self.db.begin().await?;
        let expired: Vec<JoinRequestRecord> = sqlx::query_as(&format!(
            "UPDATE join_requests SET state = 'expired', decided_at = $1 \
             WHERE state = 'waiting' AND requested_at <= $2 {RETURNING}"
        ))
        .bind(now)
        .bind(before)
        .fetch_all(&mut *tx)
        .await?;
        for request in &expired {
            let mut entry = audit::Entry::new(
                request.guild_id,
                request.user_id,
                "join_request_expire",
                now,
            );
            if let Some(inv) = request.invitation_id {
                entry = entry.invitation(inv);
            }
            audit::record(&mut tx, entry).await?;
        }
        tx.commit().await?;
        Ok(expired)
    }
}
