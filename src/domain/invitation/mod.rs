//! Invitations (table `invitations`): creating, finding, listing and revoking them.

mod label;
mod request;
pub(crate) mod roles;

use sqlx::{AnyConnection, FromRow};

pub use request::{InvitationRequest, NewInvitation, MAX_EXPIRY, MAX_LABEL_CHARS, MAX_USES};
pub use roles::{ClassRole, ClassRoleRequest, MAX_CLASS_ROLES, MAX_EXTRA_ROLES};

use super::{
    audit, Actor, ChannelId, Domain, DomainError, GuildId, InvitationId, InviteCode, Page, PageAt,
    Permission, RoleId, School, Timestamp, UserId,
};

/// How often a fresh code is drawn when it collides with an existing one.
const CODE_ATTEMPTS: usize = 8;

/// The Discord invite behind an invitation's link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DiscordLink {
    /// The link code, as in `https://discord.gg/<link code>`.
    pub code: String,
    /// The channel the invite leads to.
    pub channel_id: ChannelId,
}

impl DiscordLink {
    /// The invite URL.
    pub fn url(&self) -> String {
        format!("https://discord.gg/{}", self.code)
    }
}

/// Where an invitation can stand: only `Active` ones admit anyone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Active,
    Revoked,
    Expired,
    UsedUp,
}

impl Status {
    /// A word for lists.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Active => "active",
            Self::Revoked => "revoked",
            Self::Expired => "expired",
            Self::UsedUp => "used up",
        }
    }
}

/// One invitation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invitation {
    pub id: InvitationId,
    pub guild_id: GuildId,
    pub code: InviteCode,
    pub label: Option<String>,
    pub created_by: UserId,
    pub created_at: Timestamp,
    pub expires_at: Option<Timestamp>,
    pub max_uses: Option<u32>,
    pub uses: u32,
    pub revoked_at: Option<Timestamp>,
    pub revoked_by: Option<UserId>,
    pub link: Option<DiscordLink>,
    /// When the Discord invite behind the link stopped existing.
    pub link_gone_at: Option<Timestamp>,
    /// The one person a personal invitation is for; `None` when anyone may use it.
    pub recipient: Option<UserId>,
    /// The extra roles (class roles) it hands out besides the member role. Read by the
    /// queries that show or grant them (by code, by id, lists, creation); empty elsewhere.
    pub roles: Vec<RoleId>,
    /// When its extra roles are taken back from the people who got them through it.
    pub roles_until: Option<Timestamp>,
}

impl Invitation {
    /// Where the invitation stands at `now`. Revoked wins over expired, expired over used up.
    pub fn status(&self, now: Timestamp) -> Status {
        if self.revoked_at.is_some() {
            Status::Revoked
        } else if self.expires_at.is_some_and(|at| at <= now) {
            Status::Expired
        } else if self.max_uses.is_some_and(|max| self.uses >= max) {
            Status::UsedUp
        } else {
            Status::Active
        }
    }

    /// The extra roles a join at `now` gets: none once its term has ended.
    pub fn roles_at(&self, now: Timestamp) -> &[RoleId] {
        match self.roles_until {
            Some(until) if until <= now => &[],
            _ => &self.roles,
        }
    }

    /// The invite URL, while the Discord invite exists.
    pub fn url(&self) -> Option<String> {
        match (&self.link, self.link_gone_at) {
            (Some(link), None) => Some(link.url()),
            _ => None,
        }
    }

    /// Whether its remaining seats may all be held by `unread` arrivals waiting for the
    /// server's invite list: a capped invitation whose link still works.
    pub(crate) fn seats_held(&self, unread: i64) -> bool {
        self.max_uses.is_some_and(|max| {
            self.url().is_some() && i64::from(self.uses) + unread >= i64::from(max)
        })
    }

    /// Whether `user` may join through it: anyone, unless it is personal.
    pub fn admits(&self, user: UserId) -> bool {
        self.recipient.is_none_or(|r| r == user)
    }

    /// Refuses the invitation with the reason a holder of its code may learn.
    pub(crate) fn ensure_active(&self, now: Timestamp) -> Result<(), DomainError> {
        match self.status(now) {
            Status::Active => Ok(()),
            Status::Revoked => Err(DomainError::NotAValidInvitation),
            Status::Expired => Err(DomainError::Expired {
                at: self.expires_at.unwrap_or(now),
            }),
            Status::UsedUp => Err(DomainError::UsedUp {
                max_uses: self.max_uses.unwrap_or(self.uses),
            }),
        }
    }
}

/// A row of `invitations`, as stored.
#[derive(FromRow)]
pub(crate) struct InvitationRow {
    id: InvitationId,
    guild_id: GuildId,
    code: InviteCode,
    label: Option<String>,
    created_by: UserId,
    created_at: Timestamp,
    expires_at: Option<Timestamp>,
    max_uses: Option<i64>,
    uses: i64,
    revoked_at: Option<Timestamp>,
    revoked_by: Option<UserId>,
    discord_invite_code: Option<String>,
    discord_channel_id: Option<ChannelId>,
    link_gone_at: Option<Timestamp>,
    recipient_id: Option<UserId>,
    roles_until: Option<Timestamp>,
}

impl From<InvitationRow> for Invitation {
    fn from(row: InvitationRow) -> Self {
        let link = match (row.discord_invite_code, row.discord_channel_id) {
            (Some(code), Some(channel_id)) => Some(DiscordLink { code, channel_id }),
            _ => None,
        };
        Self {
            id: row.id,
            guild_id: row.guild_id,
            code: row.code,
            label: row.label,
            created_by: row.created_by,
            created_at: row.created_at,
            expires_at: row.expires_at,
            max_uses: row.max_uses.map(|m| m as u32),
            uses: row.uses as u32,
            revoked_at: row.revoked_at,
            revoked_by: row.revoked_by,
            link,
            link_gone_at: row.link_gone_at,
            recipient: row.recipient_id,
            roles: Vec::new(),
            roles_until: row.roles_until,
        }
    }
}

/// The columns of [`InvitationRow`].
macro_rules! invitation_columns {
    () => {
        "id, guild_id, code, label, created_by, created_at, expires_at, max_uses, uses, \
         revoked_at, revoked_by, discord_invite_code, discord_channel_id, link_gone_at, \
         recipient_id, roles_until"
    };
}

/// The SQL condition for an invitation that still admits people, with `$now` the
/// placeholder of the current time.
macro_rules! active_at {
    ($now:literal) => {
        concat!(
            "revoked_at IS NULL AND (expires_at IS NULL OR expires_at > ",
            $now,
            ") AND (max_uses IS NULL OR uses < max_uses)"
        )
    };
}

pub(crate) use active_at;

pub(crate) const SELECT_INVITATION: &str =
    concat!("SELECT ", invitation_columns!(), " FROM invitations");

/// One invitation with its class roles, in one statement: a row per role (one with no role
/// when it has none). Ordered by role, as [`roles::load`] reads them.
macro_rules! select_with_roles {
    ($by:literal) => {
        concat!(
            "SELECT ",
            invitation_columns!(),
            ", r.role_id AS class_role FROM invitations \
             LEFT JOIN invitation_roles r ON r.invitation_id = invitations.id \
             WHERE ",
            $by,
            " = $1 ORDER BY r.role_id"
        )
    };
}
const SELECT_WITH_ROLES_BY_CODE: &str = select_with_roles!("code");
const SELECT_WITH_ROLES_BY_ID: &str = select_with_roles!("id");

/// A row of [`select_with_roles`].
#[derive(FromRow)]
struct WithClassRole {
    #[sqlx(flatten)]
    row: InvitationRow,
    class_role: Option<RoleId>,
}

impl WithClassRole {
    /// The invitation the rows are of, with its roles; `None` for no rows.
    fn fold(rows: Vec<Self>) -> Option<Invitation> {
        let roles = rows.iter().filter_map(|r| r.class_role).collect();
        let first = rows.into_iter().next()?;
        Some(Invitation {
            roles,
            ..Invitation::from(first.row)
        })
    }
}

/// The SQL condition, on a row of `invitations`, for a capped invitation whose remaining
/// seats may all be held by arrivals waiting for the server's invite list (see
/// [`Invitation::seats_held`]).
macro_rules! seats_held {
    () => {
        "max_uses IS NOT NULL AND discord_invite_code IS NOT NULL AND link_gone_at IS NULL \
         AND uses + (SELECT arrivals_unread FROM schools s \
                     WHERE s.guild_id = invitations.guild_id) >= max_uses"
    };
}

/// Who may see invitations: creators, revokers and managers.
pub(super) const VIEWERS: &[Permission] =
    &[Permission::Create, Permission::Revoke, Permission::Manage];

/// `text` made safe to find inside a `LIKE … ESCAPE '\'` pattern.
fn like_escaped(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '\\' | '%' | '_') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

impl Domain {
    /// Checks that `actor` may create invitations in this school and that the options are
    /// good, before anything is made on Discord's side.
    pub async fn prepare_invitation(
        &self,
        guild_id: GuildId,
        actor: &Actor,
        request: &InvitationRequest,
    ) -> Result<(School, NewInvitation), DomainError> {
        let school = self.school(guild_id).await?;
        self.require(guild_id, actor, Permission::Create).await?;
        Ok((school, NewInvitation::parse(request)?))
    }

    /// Stores a new invitation with a fresh code and the Discord invite made for it.
    pub async fn create_invitation(
        &self,
        guild_id: GuildId,
        actor: &Actor,
        new: &NewInvitation,
        link: Option<DiscordLink>,
    ) -> Result<Invitation, DomainError> {
        self.school(guild_id).await?;
        self.require(guild_id, actor, Permission::Create).await?;
        let mut tx = self.db.write(guild_id).await?;
        let invitation = insert(&mut tx, guild_id, actor, new, link.as_ref(), self.now()).await?;
        tx.commit().await?;
        Ok(invitation)
    }

    /// Looks up an invitation of this school by code, as typed, for a moderator who may see
    /// invitations. Unknown and malformed codes, and other schools' codes, are all
    /// [`DomainError::NotAValidInvitation`].
    pub async fn invitation(
        &self,
        guild_id: GuildId,
        actor: &Actor,
        code: &str,
    ) -> Result<Invitation, DomainError> {
        self.school(guild_id).await?;
        self.require_any(guild_id, actor, VIEWERS).await?;
        self.invitation_in(guild_id, code).await
    }

    /// An invitation of this school by typed code, without a permission check.
    pub(super) async fn invitation_in(
        &self,
        guild_id: GuildId,
        code: &str,
    ) -> Result<Invitation, DomainError> {
        match self.invitation_by_code(code).await? {
            Some(inv) if inv.guild_id == guild_id => Ok(inv),
            _ => Err(DomainError::NotAValidInvitation),
        }
    }

    /// Any school's invitation by typed code; `None` for unknown or malformed codes.
    pub(crate) async fn invitation_by_code(
        &self,
        code: &str,
    ) -> Result<Option<Invitation>, DomainError> {
        let Ok(code) = InviteCode::parse(code) else {
            return Ok(None);
        };
        let rows: Vec<WithClassRole> = sqlx::query_as(SELECT_WITH_ROLES_BY_CODE)
            .bind(&code)
            .fetch_all(self.db.pool())
            .await?;
        Ok(WithClassRole::fold(rows))
    }

    /// One invitation by its id.
    pub async fn invitation_by_id(
        &self,
        id: InvitationId,
    ) -> Result<Option<Invitation>, DomainError> {
        let rows: Vec<WithClassRole> = sqlx::query_as(SELECT_WITH_ROLES_BY_ID)
            .bind(id)
            .fetch_all(self.db.pool())
            .await?;
        Ok(WithClassRole::fold(rows))
    }

    /// A page of the school's invitations, newest first: only active ones unless
    /// `include_inactive`; with how many there are in all.
    ///
    /// The page is read by keyset through `invitations_by_guild_id` (guild_id, id). The
    /// total is a count of the school's rows in that index (with all of them) or of its
    /// active ones (which reads their rows: whether an invitation is active depends on the
    /// time, so no stored count can follow it).
    pub async fn list_invitations(
        &self,
        guild_id: GuildId,
        actor: &Actor,
        include_inactive: bool,
        at: PageAt,
        size: u32,
    ) -> Result<Page<Invitation>, DomainError> {
        self.school(guild_id).await?;
        self.require_any(guild_id, actor, VIEWERS).await?;
        let now = self.now();
        // With only the active ones, $2 is the time and the keyset's placeholders follow.
        let (filter, key) = if include_inactive {
            ("", 2)
        } else {
            (concat!(" AND ", active_at!("$2")), 3)
        };
        let count = format!("SELECT count(*) FROM invitations WHERE guild_id = $1{filter}");
        let mut count = sqlx::query_scalar::<_, i64>(&count).bind(guild_id);
        if !include_inactive {
            count = count.bind(now);
        }
        let total = count.fetch_one(self.db.pool()).await? as u64;
        let read = |at: PageAt| async move {
            let ks = at.keyset(size);
            let (op, order) = (ks.op, ks.order);
            // The row comparison repeats the bound for PostgreSQL's planner: with it only
            // (guild_id, id) serves both bound and order, where the primary key alone would
            // seem as good and walk other schools' newer invitations (see `page`).
            let sql = format!(
                "{SELECT_INVITATION} WHERE guild_id = $1{filter} AND id {op} ${key} \
                   AND (guild_id, id) {op} ($1, ${key}) \
                 ORDER BY guild_id {order}, id {order} LIMIT ${}",
                key + 1
            );
            let mut query = sqlx::query_as::<_, InvitationRow>(&sql).bind(guild_id);
            if !include_inactive {
                query = query.bind(now);
            }
            let rows = query
                .bind(ks.key)
                .bind(ks.limit)
                .fetch_all(self.db.pool())
                .await?;
            let mut invitations: Vec<Invitation> = rows.into_iter().map(Invitation::from).collect();
            let mut conn = self.db.pool().acquire().await?;
            roles::load(&mut conn, &mut invitations).await?;
            Ok::<_, DomainError>(invitations)
        };
        if let Some(page) = at.finish(size, read(at).await?, total) {
            return Ok(page);
        }
        let first = read(PageAt::First).await?;
        Ok(PageAt::First
            .finish(size, first, total)
            .expect("the first page is always a page"))
    }

    /// How many invitations are active now, across every school in the database (every
    /// process's, when several share one): a cheap count for the service metrics.
    pub async fn active_invitations(&self) -> Result<i64, DomainError> {
        let (count,): (i64,) = sqlx::query_as(concat!(
            "SELECT count(*) FROM invitations WHERE ",
            active_at!("$1")
        ))
        .bind(self.now())
        .fetch_one(self.db.pool())
        .await?;
        Ok(count)
    }

    /// Active invitations whose code or label contains `partial`, newest first, for
    /// autocomplete. Empty for anyone who may not revoke or share invitations.
    pub async fn suggest_invitations(
        &self,
        guild_id: GuildId,
        actor: &Actor,
        partial: &str,
        limit: u32,
    ) -> Result<Vec<Invitation>, DomainError> {
        let held = self.permissions_of(guild_id, actor).await?;
        if !(held.allows(Permission::Revoke) || held.allows(Permission::Share)) {
            return Ok(Vec::new());
        }
        let partial: String = partial.chars().take(MAX_LABEL_CHARS).collect();
        let code_part: String = partial
            .chars()
            .filter(|c| c.is_ascii_alphanumeric())
            .map(|c| c.to_ascii_uppercase())
            .collect();
        let rows: Vec<InvitationRow> = sqlx::query_as(&format!(
            "{SELECT_INVITATION} WHERE guild_id = $1 AND {} \
               AND (code LIKE $3 ESCAPE '\\' \
                    OR lower(coalesce(label, '')) LIKE lower($4) ESCAPE '\\') \
             ORDER BY id DESC LIMIT $5",
            active_at!("$2")
        ))
        .bind(guild_id)
        .bind(self.now())
        .bind(format!("%{}%", like_escaped(&code_part)))
        .bind(format!("%{}%", like_escaped(&partial)))
        .bind(i64::from(limit))
        .fetch_all(self.db.pool())
        .await?;
        Ok(rows.into_iter().map(Invitation::from).collect())
    }

    /// Revokes an invitation: its code stops working at once. Returns it as revoked; the
    /// caller then deletes its Discord invite and calls [`Domain::mark_link_gone`].
    pub async fn revoke_invitation(
        &self,
        guild_id: GuildId,
        actor: &Actor,
        code: &str,
    ) -> Result<Invitation, DomainError> {
        self.school(guild_id).await?;
        self.require(guild_id, actor, Permission::Revoke).await?;
        let Ok(code) = InviteCode::parse(code) else {
            return Err(DomainError::NotAValidInvitation);
        };
        let now = self.now();
        let mut tx = self.db.write(guild_id).await?;
        let row: InvitationRow = sqlx::query_as(&format!(
            "{SELECT_INVITATION} WHERE code = $1 AND guild_id = $2"
        ))
        .bind(&code)
        .bind(guild_id)
        .fetch_optional(&mut *tx)
        .await?
        .ok_or(DomainError::NotAValidInvitation)?;
        let mut invitation = Invitation::from(row);
        roles::load(&mut tx, std::slice::from_mut(&mut invitation)).await?;
        if let Some(at) = invitation.revoked_at {
            return Err(DomainError::AlreadyRevoked { at });
        }
        sqlx::query("UPDATE invitations SET revoked_at = $1, revoked_by = $2 WHERE id = $3")
            .bind(now)
            .bind(actor.user_id)
            .bind(invitation.id)
            .execute(&mut *tx)
            .await?;
        audit::record(
            &mut tx,
            audit::Entry::new(guild_id, actor.user_id, "invitation_revoke", now)
                .invitation(invitation.id),
        )
        .await?;
        tx.commit().await?;
        invitation.revoked_at = Some(now);
        invitation.revoked_by = Some(actor.user_id);
        Ok(invitation)
    }

    /// The school's ended invitations (revoked, expired or used up) that Discord does not
    /// yet show as ended: their invite still exists, or a channel post of theirs still
    /// offers a working Join button.
    pub async fn ended_not_closed(
        &self,
        guild_id: GuildId,
    ) -> Result<Vec<Invitation>, DomainError> {
        let rows: Vec<InvitationRow> = sqlx::query_as(&format!(
            "{SELECT_INVITATION} WHERE guild_id = $1 AND NOT ({}) \
               AND ((discord_invite_code IS NOT NULL AND link_gone_at IS NULL) \
                 OR EXISTS (SELECT 1 FROM invitation_posts p \
                            WHERE p.invitation_id = invitations.id AND p.closed_at IS NULL)) \
             ORDER BY id",
            active_at!("$2")
        ))
        .bind(guild_id)
        .bind(self.now())
        .fetch_all(self.db.pool())
        .await?;
        Ok(rows.into_iter().map(Invitation::from).collect())
    }

    /// Notes that Porter deleted the invitation's Discord invite. Discord's INVITE_DELETE
    /// tells the arrivals' ledger, which may still match someone who got in at the last
    /// moment to it.
    pub async fn mark_link_gone(&self, invitation_id: InvitationId) -> Result<(), DomainError> {
        let mut conn = self.db.pool().acquire().await?;
        note_link_gone(&mut conn, invitation_id, self.now()).await
    }
}

/// Stores a new invitation with a fresh code, its extra roles and its audit entry, inside
/// the caller's write transaction.
pub(super) async fn insert(
    conn: &mut AnyConnection,
    guild_id: GuildId,
    actor: &Actor,
    new: &NewInvitation,
    link: Option<&DiscordLink>,
    now: Timestamp,
) -> Result<Invitation, DomainError> {
    let expires_at = new.expires_in.map(|d| now + d.as_secs() as i64);
    for _ in 0..CODE_ATTEMPTS {
        let code = InviteCode::generate();
        let inserted: Option<InvitationRow> = sqlx::query_as(concat!(
            "INSERT INTO invitations (guild_id, code, label, created_by, created_at, \
                 expires_at, max_uses, discord_invite_code, discord_channel_id, \
                 recipient_id) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) \
             ON CONFLICT (code) DO NOTHING RETURNING ",
            invitation_columns!()
        ))
        .bind(guild_id)
        .bind(&code)
        .bind(new.label())
        .bind(actor.user_id)
        .bind(now)
        .bind(expires_at)
        .bind(new.max_uses().map(i64::from))
        .bind(link.map(|l| l.code.as_str()))
        .bind(link.map(|l| l.channel_id))
        .bind(new.recipient())
        .fetch_optional(&mut *conn)
        .await?;
        let Some(row) = inserted else {
            continue; // the code is taken: draw another
        };
        let mut invitation = Invitation::from(row);
        roles::store(conn, &mut invitation, new).await?;
        let mut entry = audit::Entry::new(guild_id, actor.user_id, "invitation_create", now)
            .invitation(invitation.id);
        if let Some(recipient) = invitation.recipient {
            entry = entry.target(recipient.get()).detail("personal");
        }
        audit::record(conn, entry).await?;
        return Ok(invitation);
    }
    Err(DomainError::NoFreeCode)
}

/// Takes one seat of the invitation, inside the caller's transaction, if it still admits
/// people at `now` and, for a join `by_hand` (code or button), no seat left is held for
/// arrivals not yet counted; the invitation as updated, `None` when it took none.
pub(super) async fn take_seat(
    conn: &mut AnyConnection,
    id: InvitationId,
    now: Timestamp,
    by_hand: bool,
) -> Result<Option<Invitation>, DomainError> {
    let row: Option<InvitationRow> = sqlx::query_as(concat!(
        "UPDATE invitations SET uses = uses + 1 WHERE id = $1 AND ",
        active_at!("$2"),
        " AND NOT ($3 AND ",
        seats_held!(),
        ") RETURNING ",
        invitation_columns!()
    ))
    .bind(id)
    .bind(now)
    .bind(by_hand)
    .fetch_optional(conn)
    .await?;
    Ok(row.map(Invitation::from))
}

/// Counts `n` uses of the invitation's link (the caller kept them within its cap).
pub(super) async fn count_link_uses(
    conn: &mut AnyConnection,
    id: InvitationId,
    n: u32,
) -> Result<(), DomainError> {
    sqlx::query("UPDATE invitations SET uses = uses + $1 WHERE id = $2")
        .bind(i64::from(n))
        .bind(id)
        .execute(conn)
        .await?;
    Ok(())
}

/// Gives back the seat of a join that did not happen.
pub(super) async fn give_back_seat(
    conn: &mut AnyConnection,
    id: InvitationId,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE invitations SET uses = uses - 1 WHERE id = $1 AND uses > 0")
        .bind(id)
        .execute(conn)
        .await?;
    Ok(())
}

/// One invitation by its id, inside the caller's transaction.
pub(super) async fn by_id(
    conn: &mut AnyConnection,
    id: InvitationId,
) -> Result<Invitation, DomainError> {
    let row: InvitationRow = sqlx::query_as(&format!("{SELECT_INVITATION} WHERE id = $1"))
        .bind(id)
        .fetch_one(conn)
        .await?;
    Ok(Invitation::from(row))
}

/// The links of the school's invitations that Porter has not seen disappear (whether the
/// invitation is active or not), inside the caller's transaction.
pub(super) async fn live_links(
    conn: &mut AnyConnection,
    guild_id: GuildId,
) -> Result<Vec<DiscordLink>, sqlx::Error> {
    let rows: Vec<(String, ChannelId)> = sqlx::query_as(
        "SELECT discord_invite_code, discord_channel_id FROM invitations \
         WHERE guild_id = $1 AND discord_invite_code IS NOT NULL \
           AND discord_channel_id IS NOT NULL AND link_gone_at IS NULL ORDER BY id",
    )
    .bind(guild_id)
    .fetch_all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(code, channel_id)| DiscordLink { code, channel_id })
        .collect())
}

/// Erases the school's invitations, inside the caller's transaction (their posts, joins and
/// candidates first). Returns how many.
pub(super) async fn erase_school(
    conn: &mut AnyConnection,
    guild_id: GuildId,
) -> Result<u64, sqlx::Error> {
    let done = sqlx::query("DELETE FROM invitations WHERE guild_id = $1")
        .bind(guild_id)
        .execute(conn)
        .await?;
    Ok(done.rows_affected())
}

/// Notes, inside a transaction, that an invitation's Discord invite no longer exists.
pub(super) async fn note_link_gone(
    conn: &mut AnyConnection,
    invitation_id: InvitationId,
    now: Timestamp,
) -> Result<(), DomainError> {
    sqlx::query("UPDATE invitations SET link_gone_at = $1 WHERE id = $2 AND link_gone_at IS NULL")
        .bind(now)
        .bind(invitation_id)
        .execute(conn)
        .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn like_patterns_find_wildcards_as_text() {
        assert_eq!(super::like_escaped("50%_a\\b"), "50\\%\\_a\\\\b");
    }
}
