//! Schools (table `schools`): the servers where Porter has been set up, and their settings.

use std::fmt;

use sqlx::FromRow;

use super::invitation::active_at;
use super::sql::text_enum;

use super::{
    audit, Actor, ChannelId, Domain, DomainError, GuildId, Permission, RoleId, Timestamp, UserId,
};

/// Who may come in without an invitation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Access {
    /// The member role comes only through an invitation.
    #[default]
    Private,
    /// Anyone in the server may `/join` without a code.
    Public,
}

impl Access {
    /// The name used in commands and the database.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Private => "private",
            Self::Public => "public",
        }
    }

    fn parse(s: &str) -> Option<Self> {
        match s {
            "private" => Some(Self::Private),
            "public" => Some(Self::Public),
            _ => None,
        }
    }
}

text_enum!(Access);

impl fmt::Display for Access {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A school's settings.
#[derive(Debug, Clone, PartialEq, Eq, FromRow)]
pub struct School {
    pub guild_id: GuildId,
    pub member_role_id: RoleId,
    pub access: Access,
    pub welcome_channel_id: Option<ChannelId>,
    pub log_channel_id: Option<ChannelId>,
    pub created_by: UserId,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    /// When joining was paused (`/school pause`); `None` when it is not.
    pub paused_at: Option<Timestamp>,
    /// Who paused it.
    pub paused_by: Option<UserId>,
    /// When the pause ends by itself; `None` for a pause until `/school resume`.
    pub paused_until: Option<Timestamp>,
    /// Posted in the welcome channel when someone joins (see [`super::welcome`]).
    pub welcome_message: Option<String>,
    /// 1 when a moderator approves each newcomer first (see [`School::approves`]).
    approval: i64,
}

impl School {
    /// Whether newcomers wait for a moderator's approval (`/school setup approval:On`).
    pub fn approves(&self) -> bool {
        self.approval != 0
    }

    /// Whether joining is paused at `now`: a pause whose end has passed no longer holds
    /// anyone back, even before Porter notes that it ended.
    pub fn paused(&self, now: Timestamp) -> bool {
        self.paused_at.is_some() && self.paused_until.is_none_or(|until| until > now)
    }
}

/// What Discord says about a role offered as the member role.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoleFacts {
    pub id: RoleId,
    /// The role's place in the server's role list (higher is more powerful).
    pub position: u16,
    /// `@everyone`, which every member already has.
    pub is_everyone: bool,
    /// Managed by an integration or bot: nobody can grant it by hand.
    pub managed: bool,
    /// Carries a moderator-grade Discord permission (Administrator, Manage Server, Manage
    /// Roles, Manage Channels, Kick/Ban/Timeout Members, Manage Webhooks…).
    pub privileged: bool,
}

/// Why newcomers must not be handed a role. Shown in English in Porter's own log; the
/// Discord layer words each reason in the reader's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum Unsuitable {
    #[error("everyone already has @everyone")]
    Everyone,
    #[error("it is managed by an integration, so nobody can grant it")]
    Managed,
    #[error("it carries moderator permissions, which newcomers must not get")]
    Privileged,
    #[error("it is not below your highest role, so you could not grant it yourself")]
    AboveYou,
    #[error("it is not below Porter's highest role, so Porter could not grant it")]
    AbovePorter,
}

impl RoleFacts {
    /// Why newcomers must not be handed this role, if they must not: `@everyone`, a managed
    /// role, one with moderator-grade permissions, or one at or above `actor_top` (the
    /// moderator's highest role position; `None` for the server owner). The member role and
    /// class roles are held to this alike.
    pub fn unsuitable(&self, actor_top: Option<u16>) -> Option<Unsuitable> {
        if self.is_everyone {
            Some(Unsuitable::Everyone)
        } else if self.managed {
            Some(Unsuitable::Managed)
        } else if self.privileged {
            Some(Unsuitable::Privileged)
        } else if actor_top.is_some_and(|top| self.position >= top) {
            Some(Unsuitable::AboveYou)
        } else {
            None
        }
    }
}

/// The options of `/school setup`. Options left out keep their current value on an update.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SchoolSetup {
    pub member_role: RoleFacts,
    /// The highest position among the moderator's roles; `None` for the server owner,
    /// whom Discord's role hierarchy does not limit.
    pub actor_top_position: Option<u16>,
    pub access: Option<Access>,
    pub welcome_channel_id: Option<ChannelId>,
    pub log_channel_id: Option<ChannelId>,
}

/// What `/school info` shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SchoolInfo {
    pub school: School,
    /// People who joined, by any way, ever.
    pub members_joined: i64,
    /// Joins in the last seven days.
    pub joins_last_week: i64,
    /// People who left the server in the last seven days and have not come back.
    pub leaves_last_week: i64,
    /// Invitations that can still be used.
    pub active_invitations: i64,
    /// The school's class roles (`/school roles`), oldest first.
    pub class_roles: Vec<RoleId>,
    /// Joining is paused now (`/school pause`).
    pub paused: bool,
}

pub(super) const SELECT_SCHOOL: &str = "SELECT guild_id, member_role_id, access, \
     welcome_channel_id, log_channel_id, created_by, created_at, updated_at, paused_at, \
     paused_by, paused_until, welcome_message, approval FROM schools WHERE guild_id = $1";

/// The counts of `/school info`.
#[derive(FromRow)]
struct Counts {
    members_joined: i64,
    joins_last_week: i64,
    leaves_last_week: i64,
    active_invitations: i64,
}

/// Arrivals of the school waiting for its invite list to be read (their seats held).
pub(super) async fn arrivals_unread(
    conn: &mut sqlx::AnyConnection,
    guild_id: GuildId,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("SELECT arrivals_unread FROM schools WHERE guild_id = $1")
        .bind(guild_id)
        .fetch_one(conn)
        .await
}

/// Notes that the school's invite list was read at `now`: `resolved` of the arrivals that
/// waited for it are counted now; `None`: all of them (Porter started following anew).
pub(super) async fn invites_read(
    conn: &mut sqlx::AnyConnection,
    guild_id: GuildId,
    now: Timestamp,
    resolved: Option<u32>,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE schools SET invites_seen_at = $1, \
             arrivals_unread = CASE WHEN $2 IS NULL OR arrivals_unread <= $2 THEN 0 \
                                    ELSE arrivals_unread - $2 END \
         WHERE guild_id = $3",
    )
    .bind(now)
    .bind(resolved.map(i64::from))
    .bind(guild_id)
    .execute(conn)
    .await?;
    Ok(())
}

/// Marks the school as left at `now` (Porter was removed from its server), unless it is
/// already; whether a school was newly marked.
pub(super) async fn mark_left(
    conn: &mut sqlx::AnyConnection,
    guild_id: GuildId,
    now: Timestamp,
) -> Result<bool, sqlx::Error> {
    let marked =
        sqlx::query("UPDATE schools SET left_at = $1 WHERE guild_id = $2 AND left_at IS NULL")
            .bind(now)
            .bind(guild_id)
            .execute(conn)
            .await?;
    Ok(marked.rows_affected() > 0)
}

/// Clears the school's left mark (Porter is back in its server); when it was set, `None`
/// when it was not (or the server is not a school).
pub(super) async fn mark_back(
    conn: &mut sqlx::AnyConnection,
    guild_id: GuildId,
) -> Result<Option<Timestamp>, sqlx::Error> {
    let left_at: Option<Option<Timestamp>> =
        sqlx::query_scalar("SELECT left_at FROM schools WHERE guild_id = $1")
            .bind(guild_id)
            .fetch_optional(&mut *conn)
            .await?;
    let Some(Some(left_at)) = left_at else {
        return Ok(None);
    };
    sqlx::query("UPDATE schools SET left_at = NULL WHERE guild_id = $1")
        .bind(guild_id)
        .execute(conn)
        .await?;
    Ok(Some(left_at))
}

/// Erases the school's row (its settings), inside the caller's transaction.
pub(super) async fn erase(
    conn: &mut sqlx::AnyConnection,
    guild_id: GuildId,
) -> Result<u64, sqlx::Error> {
    let done = sqlx::query("DELETE FROM schools WHERE guild_id = $1")
        .bind(guild_id)
        .execute(conn)
        .await?;
    Ok(done.rows_affected())
}

impl Domain {
    /// Holds `n` seats of the school's capped invitations with working links for arrivals
    /// waiting for the invite list, which could not be read: until they are matched, code
    /// and button joins leave those seats free, in case they came through a link.
    pub async fn note_unread_arrivals(&self, guild_id: GuildId, n: u32) -> Result<(), DomainError> {
        sqlx::query(
            "UPDATE schools SET arrivals_unread = arrivals_unread + $1 WHERE guild_id = $2",
        )
        .bind(i64::from(n))
        .bind(guild_id)
        .execute(self.db.pool())
        .await?;
        Ok(())
    }

    /// Claims the school's hourly wrong-code warning at `now` (none since `last_before`):
    /// its log channel, or `None` when it has none or the warning was already sent.
    pub(super) async fn claim_failure_alert(
        &self,
        guild_id: GuildId,
        now: Timestamp,
        last_before: Timestamp,
    ) -> Result<Option<ChannelId>, DomainError> {
        Ok(sqlx::query_scalar(
            "UPDATE schools SET failure_alert_at = $1 \
             WHERE guild_id = $2 AND log_channel_id IS NOT NULL \
               AND (failure_alert_at IS NULL OR failure_alert_at <= $3) \
             RETURNING log_channel_id",
        )
        .bind(now)
        .bind(guild_id)
        .bind(last_before)
        .fetch_optional(self.db.pool())
        .await?)
    }

    /// The school of a server, or [`DomainError::NotASchool`].
    pub async fn school(&self, guild_id: GuildId) -> Result<School, DomainError> {
        self.find_school(guild_id)
            .await?
            .ok_or(DomainError::NotASchool)
    }

    /// The school of a server, if it has one.
    pub async fn find_school(&self, guild_id: GuildId) -> Result<Option<School>, DomainError> {
        Ok(sqlx::query_as(SELECT_SCHOOL)
            .bind(guild_id)
            .fetch_optional(self.db.pool())
            .await?)
    }

    /// Creates the school, or updates its settings. Returns the school and whether it is new.
    ///
    /// Refuses a member role that nobody could or should hand out: `@everyone`, a managed
    /// role, one with moderator-grade permissions, or one at or above the moderator's own
    /// highest role.
    pub async fn setup_school(
        &self,
        guild_id: GuildId,
        actor: &Actor,
        setup: &SchoolSetup,
    ) -> Result<(School, bool), DomainError> {
        self.require(guild_id, actor, Permission::Manage).await?;
        let role = &setup.member_role;
        if let Some(why) = role.unsuitable(setup.actor_top_position) {
            return Err(DomainError::UnsuitableMemberRole(why));
        }

        let now = self.now();
        let mut tx = self.db.write(guild_id).await?;
        let existed = sqlx::query("SELECT 1 FROM schools WHERE guild_id = $1")
            .bind(guild_id)
            .fetch_optional(&mut *tx)
            .await?
            .is_some();
        sqlx::query(
            "INSERT INTO schools (guild_id, member_role_id, access, welcome_channel_id, \
                 log_channel_id, created_by, created_at, updated_at) \
             VALUES ($1, $2, coalesce($3, 'private'), $4, $5, $6, $7, $7) \
             ON CONFLICT (guild_id) DO UPDATE SET \
                 member_role_id = excluded.member_role_id, \
                 access = coalesce($3, schools.access), \
                 welcome_channel_id = coalesce($4, schools.welcome_channel_id), \
                 log_channel_id = coalesce($5, schools.log_channel_id), \
                 updated_at = excluded.updated_at",
        )
        .bind(guild_id)
        .bind(role.id)
        .bind(setup.access)
        .bind(setup.welcome_channel_id)
        .bind(setup.log_channel_id)
        .bind(actor.user_id)
        .bind(now)
        .execute(&mut *tx)
        .await?;
        let school: School = sqlx::query_as(SELECT_SCHOOL)
            .bind(guild_id)
            .fetch_one(&mut *tx)
            .await?;
        let detail = format!(
            "member_role={} access={} welcome={:?} log={:?}",
            school.member_role_id,
            school.access,
            school.welcome_channel_id.map(ChannelId::get),
            school.log_channel_id.map(ChannelId::get)
        );
        audit::record(
            &mut tx,
            audit::Entry::new(guild_id, actor.user_id, "school_setup", now).detail(detail),
        )
        .await?;
        tx.commit().await?;
        Ok((school, !existed))
    }

    /// Settings and counts, for anyone who holds at least one of Porter's permissions.
    pub async fn school_info(
        &self,
        guild_id: GuildId,
        actor: &Actor,
    ) -> Result<SchoolInfo, DomainError> {
        let school = self.school(guild_id).await?;
        if !self.permissions_of(guild_id, actor).await?.any() {
            return Err(DomainError::Forbidden(Permission::ALL.to_vec()));
        }
        let now = self.now();
        let counts: Counts = sqlx::query_as(concat!(
            "SELECT \
               (SELECT count(DISTINCT user_id) FROM joins WHERE guild_id = $1) AS members_joined, \
               (SELECT count(*) FROM joins WHERE guild_id = $1 AND joined_at > $2) AS joins_last_week, \
               (SELECT count(DISTINCT user_id) FROM joins WHERE guild_id = $1 AND left_at > $2) \
                 AS leaves_last_week, \
               (SELECT count(*) FROM invitations WHERE guild_id = $1 AND ",
            active_at!("$3"),
            ") AS active_invitations"
        ))
        .bind(guild_id)
        .bind(now - 7 * 24 * 3600)
        .bind(now)
        .fetch_one(self.db.pool())
        .await?;
        let class_roles: Vec<RoleId> = sqlx::query_scalar(
            "SELECT role_id FROM class_roles WHERE guild_id = $1 ORDER BY added_at, role_id",
        )
        .bind(guild_id)
        .fetch_all(self.db.pool())
        .await?;
        Ok(SchoolInfo {
            class_roles,
            paused: school.paused(now),
            school,
            members_joined: counts.members_joined,
            joins_last_week: counts.joins_last_week,
            leaves_last_week: counts.leaves_last_week,
            active_invitations: counts.active_invitations,
        })
    }
}
