//! Joining a school (tables `joins` and `join_candidates`): redeeming codes, the member
//! role grant, and who joined through an invitation.

mod leave;

pub use leave::LeftJoin;

use std::future::Future;

use sqlx::{AnyConnection, FromRow};

use super::sql::text_enum;
use super::{
    audit, invitation, pending, school, Access, Actor, AuditId, Domain, DomainError, GrantError,
    GuildId, Invitation, InvitationId, JoinId, Page, PageAt, Queued, RoleId, School, Status,
    Timestamp, UserId, PAGE_SIZE,
};

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

    fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "code" => Self::Code,
            "button" => Self::Button,
            "link" => Self::Link,
            "public" => Self::Public,
            "unattributed" => Self::Unattributed,
            _ => return None,
        })
    }
}

text_enum!(JoinMethod);

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

    /// Gives the user one of the invitation's extra roles (a class role).
    /// [`GrantError::RoleGone`] when the role no longer exists.
    fn grant_role(
        &self,
        school: &School,
        user_id: UserId,
        role_id: RoleId,
        invitation: &Invitation,
    ) -> impl Future<Output = Result<(), GrantError>> + Send;

    /// Takes a role from the user: a grant taken back, or an extra role at the end of
    /// term. Someone no longer in the server, or a role that no longer exists, leaves
    /// nothing to take: that is `Ok`.
    fn remove_role(
        &self,
        school: &School,
        user_id: UserId,
        role_id: RoleId,
        reason: &str,
    ) -> impl Future<Output = Result<(), GrantError>> + Send;
}

/// [`DomainError::JoiningPaused`] while the school is paused (`/school pause`).
fn ensure_not_paused(school: &School, now: Timestamp) -> Result<(), DomainError> {
    if school.paused(now) {
        return Err(DomainError::JoiningPaused {
            until: school.paused_until,
        });
    }
    Ok(())
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
    /// The person got the member role, and the extra roles the invitation's `roles` name
    /// (none after its term; a role found deleted in Discord is left out). `counted` is false when
    /// they had joined through this invitation before (and had since lost the role, or came
    /// back for its extra roles): that is not counted twice.
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
    /// The school approves joins first: the person waits in its queue (a request new or
    /// already waiting). Nothing was counted or granted.
    Queued {
        school: School,
        invitation: Option<Invitation>,
        queued: Queued,
    },
}

/// Someone who joined through an invitation.
#[derive(Debug, Clone, PartialEq, Eq, FromRow)]
pub struct JoinRecord {
    pub id: JoinId,
    pub user_id: UserId,
    pub method: JoinMethod,
    pub joined_at: Timestamp,
    /// When they left the server, if they have not come back since.
    pub left_at: Option<Timestamp>,
    /// When they last came back after leaving.
    pub back_at: Option<Timestamp>,
}

/// An invitation and a page of who joined through it, for `/invite info`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvitationDetails {
    pub invitation: Invitation,
    /// Newest first; its total counts both kinds below.
    pub joins: Page<JoinRecord>,
    /// How many joins were recorded through it.
    pub joined: u64,
    /// How many arrivals that could not be told apart may have come through it.
    pub maybe_joined: u64,
}

/// A join recorded but not yet confirmed by a role grant.
pub(super) struct Reservation {
    join_id: JoinId,
    audit_id: AuditId,
    invitation_id: Option<InvitationId>,
}

/// A counted join whose member role was granted, still pending in the database: confirm it
/// with [`Domain::confirm_join`] once the person has their answer. Left unconfirmed (Porter
/// stopped first), the next start confirms it, since the person holds the member role.
#[derive(Debug)]
#[must_use = "a join left unconfirmed stays pending until the next start"]
pub struct Unconfirmed(JoinId);

impl Domain {
    /// Redeems a code (or joins a public school without one) and grants the member role.
    ///
    /// The use is counted in one write transaction that cannot exceed `max_uses`, before
    /// the role grant; if the grant fails the join is taken back, so it consumes nothing.
    /// The join is confirmed before this returns: see [`Domain::join_unconfirmed`] to
    /// answer the person first.
    pub async fn join(
        &self,
        gate: &impl Gatekeeper,
        request: JoinRequest<'_>,
    ) -> Result<JoinOutcome, DomainError> {
        let (outcome, unconfirmed) = self.join_unconfirmed(gate, request).await?;
        if let Some(unconfirmed) = unconfirmed {
            self.confirm_join(unconfirmed).await;
        }
        Ok(outcome)
    }

    /// [`Domain::join`], leaving a counted join pending: the caller answers the person,
    /// then confirms it ([`Domain::confirm_join`]), so that the answer waits for one write
    /// transaction and one role grant only.
    pub async fn join_unconfirmed(
        &self,
        gate: &impl Gatekeeper,
        request: JoinRequest<'_>,
    ) -> Result<(JoinOutcome, Option<Unconfirmed>), DomainError> {
        let Some(code) = request.code else {
            return self.join_public(gate, request).await;
        };
        // The three reads a join needs, at once: one database round trip's wait, not three.
        // The school is read ahead only when the server is known; what it is read for is
        // used only once the invitation turns out to be that server's.
        let (limited, found, school) = tokio::join!(
            self.check_failure_limit(request.user_id),
            self.invitation_by_code(code),
            async {
                match request.guild_id {
                    Some(guild_id) => Some(self.find_school(guild_id).await),
                    None => None,
                }
            },
        );
        limited?;
        let invitation = match found? {
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
        // A personal invitation's code is a wrong code in anyone else's hands: told apart
        // (without the name of whom it is for), and counted towards the limit.
        if !invitation.admits(request.user_id) {
            self.record_failure(request.user_id, request.guild_id)
                .await?;
            return Err(DomainError::ForSomeoneElse);
        }
        // A used-up invitation still lets back someone whose seat it is who left the server
        // (Discord took their roles) and returned: they take no second one. Someone who
        // only lost the member role while staying (a moderator took it) is not let back.
        if !(invitation.status(self.now()) == Status::UsedUp
            && self.returned_through(&invitation, request.user_id).await?)
        {
            invitation.ensure_active(self.now())?;
        }
        let school = match school {
            Some(read) => read?,
            None => self.find_school(invitation.guild_id).await?,
        }
        .ok_or(DomainError::NotASchool)?;
        ensure_not_paused(&school, self.now())?;
        // A member already in the school still joins through an invitation with extra
        // roles (a class): they get its roles.
        let had_member_role = match gate.membership(&school, request.user_id).await? {
            Membership::NotInServer => {
                return Ok((JoinOutcome::NotInServer { school, invitation }, None))
            }
            Membership::InServer { has_member_role }
                if has_member_role && invitation.roles_at(self.now()).is_empty() =>
            {
                return Ok((JoinOutcome::AlreadyMember { school }, None))
            }
            Membership::InServer { has_member_role } => has_member_role,
        };
        if school.approves() {
            let queued = self
                .queue_join(&school, Some(&invitation), request.user_id, request.method)
                .await?;
            return Ok((
                JoinOutcome::Queued {
                    school,
                    invitation: Some(invitation),
                    queued,
                },
                None,
            ));
        }
        let (reservation, mut invitation) = self
            .reserve_pending(&school, Some(&invitation), request.user_id, request.method)
            .await?;
        let counted = reservation.is_some();
        let unconfirmed = self
            .grant_or_cancel(
                gate,
                &school,
                invitation.as_mut(),
                request.user_id,
                reservation,
                had_member_role,
            )
            .await?;
        Ok((
            JoinOutcome::Joined {
                school,
                invitation,
                counted,
            },
            unconfirmed,
        ))
    }

    /// Marks a counted join's grant done (see [`Unconfirmed`]). A failure only leaves it
    /// pending, for the next start to confirm: it is logged, not returned.
    pub async fn confirm_join(&self, unconfirmed: Unconfirmed) {
        let join_id = unconfirmed.0;
        match self.confirm(join_id).await {
            Ok(true) => {}
            Ok(false) => tracing::warn!(
                join = %join_id,
                "a join was released while its grant was under way"
            ),
            Err(e) => tracing::warn!(
                error = %e,
                join = %join_id,
                "could not confirm a join; it stays pending until the next start"
            ),
        }
    }

    /// `/join` without a code: only public schools let people in that way.
    async fn join_public(
        &self,
        gate: &impl Gatekeeper,
        request: JoinRequest<'_>,
    ) -> Result<(JoinOutcome, Option<Unconfirmed>), DomainError> {
        let guild_id = request.guild_id.ok_or(DomainError::CodeRequired)?;
        let school = self.school(guild_id).await?;
        if school.access != Access::Public {
            return Err(DomainError::CodeRequired);
        }
        ensure_not_paused(&school, self.now())?;
        if gate.membership(&school, request.user_id).await?
            == (Membership::InServer {
                has_member_role: true,
            })
        {
            return Ok((JoinOutcome::AlreadyMember { school }, None));
        }
        if school.approves() {
            let queued = self
                .queue_join(&school, None, request.user_id, JoinMethod::Public)
                .await?;
            return Ok((
                JoinOutcome::Queued {
                    school,
                    invitation: None,
                    queued,
                },
                None,
            ));
        }
        let (reservation, _) = self
            .reserve_pending(&school, None, request.user_id, JoinMethod::Public)
            .await?;
        let unconfirmed = self
            .grant_or_cancel(gate, &school, None, request.user_id, reservation, false)
            .await?;
        Ok((
            JoinOutcome::Joined {
                school,
                invitation: None,
                counted: true,
            },
            unconfirmed,
        ))
    }

    /// Grants the member role, then the invitation's extra roles; takes the reserved join
    /// back if any grant fails, with the roles granted so far (and the member role, unless
    /// the person `had_member_role`), so nothing is counted or left half-granted; what could
    /// not be taken back is named in the error. An extra role deleted in Discord is dropped
    /// from the school's list and its invitations instead. `invitation.roles` ends up naming
    /// the extra roles given.
    /// A reserved join whose grants succeeded is returned unconfirmed, for the caller to
    /// confirm.
    pub(super) async fn grant_or_cancel(
        &self,
        gate: &impl Gatekeeper,
        school: &School,
        invitation: Option<&mut Invitation>,
        user_id: UserId,
        reservation: Option<Reservation>,
        had_member_role: bool,
    ) -> Result<Option<Unconfirmed>, DomainError> {
        let granted = gate
            .grant_member_role(school, user_id, invitation.as_deref())
            .await;
        if let Err(e) = granted {
            if let Some(reservation) = reservation {
                self.cancel(reservation).await?;
            }
            return Err(e.into());
        }
        if let Some(inv) = invitation {
            let extras = inv.roles_at(self.now()).to_vec();
            let mut given = Vec::new();
            for role in extras {
                match gate.grant_role(school, user_id, role, inv).await {
                    Ok(()) => given.push(role),
                    Err(GrantError::RoleGone) => {
                        let carried = self.drop_class_role(school.guild_id, role).await?;
                        tracing::warn!(
                            guild = %school.guild_id,
                            role = %role,
                            invitations = carried,
                            "a class role no longer exists in Discord: it left the school's list and its invitations"
                        );
                    }
                    Err(error) => {
                        let mut still_held = Vec::new();
                        let reason = "Porter: a role of this join could not be granted";
                        for role in given {
                            if gate
                                .remove_role(school, user_id, role, reason)
                                .await
                                .is_err()
                            {
                                still_held.push(role);
                            }
                        }
                        if !had_member_role
                            && gate
                                .remove_role(school, user_id, school.member_role_id, reason)
                                .await
                                .is_err()
                        {
                            still_held.push(school.member_role_id);
                        }
                        if let Some(reservation) = reservation {
                            self.cancel(reservation).await?;
                        }
                        return Err(DomainError::ClassRoleGrant {
                            role,
                            error,
                            still_held,
                        });
                    }
                }
            }
            inv.roles = given;
        }
        Ok(reservation.map(|r| Unconfirmed(r.join_id)))
    }

    /// Counts the join in one write transaction, pending until the grant is seen to succeed
    /// ([`Domain::confirm_join`]), so a Porter that stops in between leaves it for the next
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
        let mut tx = self.db.write(school.guild_id).await?;
        // A pause takes the school's turn too: one set since `school` was read is seen here,
        // before anything is written.
        let current: School = sqlx::query_as(super::school::SELECT_SCHOOL)
            .bind(school.guild_id)
            .fetch_one(&mut *tx)
            .await?;
        if let Err(paused) = ensure_not_paused(&current, now) {
            tx.rollback().await?;
            return Err(paused);
        }
        // The join is written first: the insert itself finds a person who joined through
        // this invitation before (it keeps the first record), with no read ahead of it.
        let Some((join_id, audit_id)) = insert_join(
            &mut tx,
            school.guild_id,
            user_id,
            invitation.map(|i| i.id),
            method,
            &[],
            now,
        )
        .await?
        else {
            // Joined through it before: nothing to count, nothing written; say how it
            // stands now.
            let inv = invitation.expect("only joins through an invitation can repeat");
            let mut current = invitation::by_id(&mut tx, inv.id).await?;
            tx.rollback().await?;
            // Their seat is among its uses: used up, it still lets them back.
            if current.status(now) != Status::UsedUp {
                current.ensure_active(now)?;
            }
            current.roles = inv.roles.clone();
            return Ok((None, Some(current)));
        };
        let mut updated = None;
        if let Some(inv) = invitation {
            // Arrivals whose link Porter could not yet tell may hold seats of any capped
            // invitation whose link works: codes and buttons leave those seats free.
            let by_hand = matches!(method, JoinMethod::Code | JoinMethod::Button);
            let Some(taken) = invitation::take_seat(&mut tx, inv.id, now, by_hand).await? else {
                // It stopped admitting people since it was read: say why, and take the join
                // back (nothing is written).
                let current = invitation::by_id(&mut tx, inv.id).await?;
                let unread = school::arrivals_unread(&mut tx, school.guild_id).await?;
                tx.rollback().await?;
                current.ensure_active(now)?;
                return Err(if by_hand && current.seats_held(unread) {
                    DomainError::Recounting
                } else {
                    DomainError::NotAValidInvitation
                });
            };
            updated = Some(Invitation {
                roles: inv.roles.clone(),
                ..taken
            });
        }
        pending::mark(&mut tx, join_id, audit_id, &self.instance).await?;
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
        let mut tx = self.db.begin().await?;
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
    pub(super) async fn confirm(&self, join_id: JoinId) -> Result<bool, DomainError> {
        let mut conn = self.db.pool().acquire().await?;
        Ok(pending::unmark(&mut conn, join_id).await?)
    }

    /// Takes back the record of a link join whose member role Porter could not give.
    pub async fn undo_link_join(&self, join_id: JoinId) -> Result<(), DomainError> {
        sqlx::query("DELETE FROM joins WHERE id = $1")
            .bind(join_id)
            .execute(self.db.pool())
            .await?;
        Ok(())
    }

    /// An invitation and the first page of who joined through it (see
    /// [`Domain::invitation_details_page`]).
    pub async fn invitation_details(
        &self,
        guild_id: GuildId,
        actor: &Actor,
        code: &str,
    ) -> Result<InvitationDetails, DomainError> {
        let invitation = self.invitation(guild_id, actor, code).await?;
        self.details(invitation, PageAt::First, PAGE_SIZE).await
    }

    /// An invitation of this school by id, and a page of who joined through it, newest
    /// first, for a moderator who may see invitations. Arrivals that could not be told apart
    /// are listed under each invitation they may have used.
    pub async fn invitation_details_page(
        &self,
        guild_id: GuildId,
        actor: &Actor,
        id: InvitationId,
        at: PageAt,
        size: u32,
    ) -> Result<InvitationDetails, DomainError> {
        self.school(guild_id).await?;
        self.require_any(guild_id, actor, invitation::VIEWERS)
            .await?;
        match self.invitation_by_id(id).await? {
            Some(invitation) if invitation.guild_id == guild_id => {
                self.details(invitation, at, size).await
            }
            _ => Err(DomainError::NotAValidInvitation),
        }
    }

    /// A page of the joins through `invitation`: read by keyset through
    /// `joins_by_invitation` (invitation_id, id) and `join_candidates_by_invitation_join`
    /// (invitation_id, join_id), its totals from the counts the database keeps on the
    /// invitation's row (triggers of the migration `20261129000000_lists`). The row
    /// comparisons repeat the bounds for PostgreSQL's planner, as in
    /// [`Domain::list_invitations`].
    async fn details(
        &self,
        invitation: Invitation,
        at: PageAt,
        size: u32,
    ) -> Result<InvitationDetails, DomainError> {
        let (joined, maybe_joined): (i64, i64) =
            sqlx::query_as("SELECT join_count, candidate_count FROM invitations WHERE id = $1")
                .bind(invitation.id)
                .fetch_one(self.db.pool())
                .await?;
        let (joined, maybe_joined) = (joined.max(0) as u64, maybe_joined.max(0) as u64);
        let total = joined + maybe_joined;
        let read = |at: PageAt| async move {
            let ks = at.keyset(size);
            let (op, order) = (ks.op, ks.order);
            let sql = format!(
                "SELECT id, user_id, method, joined_at, left_at, back_at FROM ( \
                   SELECT * FROM (SELECT id, user_id, method, joined_at, left_at, back_at \
                                  FROM joins \
                                  WHERE invitation_id = $1 AND id {op} $2 \
                                    AND (invitation_id, id) {op} ($1, $2) \
                                  ORDER BY invitation_id {order}, id {order} LIMIT $3) AS sure \
                   UNION ALL \
                   SELECT * FROM (SELECT j.id, j.user_id, j.method, j.joined_at, j.left_at, \
                                         j.back_at \
                                  FROM join_candidates c JOIN joins j ON j.id = c.join_id \
                                  WHERE c.invitation_id = $1 AND c.join_id {op} $2 \
                                    AND (c.invitation_id, c.join_id) {op} ($1, $2) \
                                  ORDER BY c.invitation_id {order}, c.join_id {order} \
                                  LIMIT $3) AS maybe \
                 ) AS page ORDER BY id {order} LIMIT $3"
            );
            sqlx::query_as::<_, JoinRecord>(&sql)
                .bind(invitation.id)
                .bind(ks.key)
                .bind(ks.limit)
                .fetch_all(self.db.pool())
                .await
        };
        let joins = match at.finish(size, read(at).await?, total) {
            Some(page) => page,
            None => PageAt::First
                .finish(size, read(PageAt::First).await?, total)
                .expect("the first page is always a page"),
        };
        Ok(InvitationDetails {
            invitation,
            joins,
            joined,
            maybe_joined,
        })
    }

    /// Whether the person joined through this invitation before and has left the server
    /// since (and perhaps come back): one lookup in the unique index on (invitation_id,
    /// user_id).
    async fn returned_through(
        &self,
        invitation: &Invitation,
        user_id: UserId,
    ) -> Result<bool, DomainError> {
        Ok(sqlx::query(
            "SELECT 1 FROM joins WHERE invitation_id = $1 AND user_id = $2 \
                 AND (left_at IS NOT NULL OR back_at IS NOT NULL)",
        )
        .bind(invitation.id)
        .bind(user_id)
        .fetch_optional(self.db.pool())
        .await?
        .is_some())
    }

    /// Whether Porter recorded a join of this person in the school since `since`: one
    /// lookup in `joins_by_user_time` (guild_id, user_id, joined_at).
    pub async fn joined_since(
        &self,
        guild_id: GuildId,
        user_id: UserId,
        since: Timestamp,
    ) -> Result<bool, DomainError> {
        Ok(sqlx::query(
            "SELECT 1 FROM joins WHERE guild_id = $1 AND user_id = $2 AND joined_at >= $3",
        )
        .bind(guild_id)
        .bind(user_id)
        .bind(since)
        .fetch_optional(self.db.pool())
        .await?
        .is_some())
    }
}

/// Writes a join, its candidates and its audit line; returns their ids. A second join of
/// the same person through the same invitation keeps the first record and returns `None`.
pub(super) async fn insert_join(
    conn: &mut AnyConnection,
    guild_id: GuildId,
    user_id: UserId,
    invitation_id: Option<InvitationId>,
    method: JoinMethod,
    candidates: &[InvitationId],
    now: Timestamp,
) -> Result<Option<(JoinId, AuditId)>, DomainError> {
    let inserted: Option<JoinId> = sqlx::query_scalar(
        "INSERT INTO joins (guild_id, user_id, invitation_id, method, joined_at) \
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (invitation_id, user_id) DO NOTHING \
         RETURNING id",
    )
    .bind(guild_id)
    .bind(user_id)
    .bind(invitation_id)
    .bind(method)
    .bind(now)
    .fetch_optional(&mut *conn)
    .await?;
    let Some(join_id) = inserted else {
        return Ok(None);
    };
    for candidate in candidates {
        sqlx::query("INSERT INTO join_candidates (join_id, invitation_id) VALUES ($1, $2)")
            .bind(join_id)
            .bind(*candidate)
            .execute(&mut *conn)
            .await?;
    }
    let mut entry = audit::Entry::new(guild_id, user_id, "join", now).detail(method.as_str());
    if let Some(inv) = invitation_id {
        entry = entry.invitation(inv);
    }
    let audit_id = audit::record(conn, entry).await?;
    Ok(Some((join_id, audit_id)))
}

/// Erases the school's joins and the candidates of its unattributed ones, inside the
/// caller's transaction (their pending marks first: [`pending::erase_school`]). Returns how
/// many joins, and how many candidates.
pub(super) async fn erase_school(
    conn: &mut AnyConnection,
    guild_id: GuildId,
) -> Result<(u64, u64), sqlx::Error> {
    let candidates = sqlx::query(
        "DELETE FROM join_candidates WHERE join_id IN (SELECT id FROM joins WHERE guild_id = $1)",
    )
    .bind(guild_id)
    .execute(&mut *conn)
    .await?;
    let joins = sqlx::query("DELETE FROM joins WHERE guild_id = $1")
        .bind(guild_id)
        .execute(conn)
        .await?;
    Ok((joins.rows_affected(), candidates.rows_affected()))
}

/// Erases every school's joins made at or before `before`, with their candidates, but not a
/// join still pending (it is confirmed or released first). The uses they counted stay on
/// their invitations, so caps hold; a person whose join through an invitation is erased
/// would be counted again if they joined through it again. Returns how many joins.
pub(super) async fn erase_before(
    conn: &mut AnyConnection,
    before: Timestamp,
) -> Result<u64, sqlx::Error> {
    const OLD: &str = "SELECT id FROM joins WHERE joined_at <= $1 \
                       AND id NOT IN (SELECT join_id FROM pending_joins)";
    sqlx::query(&format!(
        "DELETE FROM join_candidates WHERE join_id IN ({OLD})"
    ))
    .bind(before)
    .execute(&mut *conn)
    .await?;
    let joins = sqlx::query(&format!("DELETE FROM joins WHERE id IN ({OLD})"))
        .bind(before)
        .execute(conn)
        .await?;
    Ok(joins.rows_affected())
}

/// Undoes a reserved join inside the caller's transaction: the join (and its pending mark),
/// its audit entry, and the use it counted.
pub(super) async fn undo_join(
    conn: &mut AnyConnection,
    join_id: JoinId,
    audit_id: AuditId,
    invitation_id: Option<InvitationId>,
) -> Result<(), sqlx::Error> {
    pending::unmark(&mut *conn, join_id).await?;
    sqlx::query("DELETE FROM joins WHERE id = $1")
        .bind(join_id)
        .execute(&mut *conn)
        .await?;
    audit::erase(&mut *conn, audit_id).await?;
    if let Some(id) = invitation_id {
        invitation::give_back_seat(&mut *conn, id).await?;
    }
    Ok(())
}
