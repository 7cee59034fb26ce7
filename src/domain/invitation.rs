//! Invitations: creating, finding, listing, sharing and revoking them.

use std::time::Duration;

use sqlx::{sqlite::SqliteRow, Row};

use super::{
    audit, label, Actor, ChannelId, Domain, DomainError, GuildId, InviteCode, JoinMethod,
    Permission, School, Timestamp, UserId,
};

/// Longest label, in characters.
pub const MAX_LABEL_CHARS: usize = 100;
/// Highest `max_uses`.
pub const MAX_USES: i64 = 10_000;
/// Longest expiry.
pub const MAX_EXPIRY: Duration = Duration::from_secs(365 * 24 * 3600);
/// Shortest expiry.
const MIN_EXPIRY: Duration = Duration::from_secs(60);
/// Longest expiry input worth reading.
const MAX_EXPIRY_INPUT: usize = 64;
/// How often a fresh code is drawn when it collides with an existing one.
const CODE_ATTEMPTS: usize = 8;

/// The Discord invite behind an invitation's link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DiscordLink {
    /// The invite's code, as in `https://discord.gg/<code>`.
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
    pub id: i64,
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

    /// The invite URL, while the Discord invite exists.
    pub fn url(&self) -> Option<String> {
        match (&self.link, self.link_gone_at) {
            (Some(link), None) => Some(link.url()),
            _ => None,
        }
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

    pub(crate) fn from_row(row: &SqliteRow) -> Self {
        let link = match (
            row.get::<Option<String>, _>("discord_invite_code"),
            row.get::<Option<i64>, _>("discord_channel_id"),
        ) {
            (Some(code), Some(channel)) => Some(DiscordLink {
                code,
                channel_id: channel as u64,
            }),
            _ => None,
        };
        Self {
            id: row.get("id"),
            guild_id: row.get::<i64, _>("guild_id") as u64,
            code: InviteCode::from_stored(row.get("code")),
            label: row.get("label"),
            created_by: row.get::<i64, _>("created_by") as u64,
            created_at: row.get("created_at"),
            expires_at: row.get("expires_at"),
            max_uses: row.get::<Option<i64>, _>("max_uses").map(|m| m as u32),
            uses: row.get::<i64, _>("uses") as u32,
            revoked_at: row.get("revoked_at"),
            revoked_by: row.get::<Option<i64>, _>("revoked_by").map(|u| u as u64),
            link,
            link_gone_at: row.get("link_gone_at"),
        }
    }
}

/// The columns [`Invitation::from_row`] reads.
macro_rules! invitation_columns {
    () => {
        "id, guild_id, code, label, created_by, created_at, expires_at, max_uses, uses, \
         revoked_at, revoked_by, discord_invite_code, discord_channel_id, link_gone_at"
    };
}

pub(crate) use invitation_columns;

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

/// The options of `/invite create`, as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct InvitationRequest {
    pub label: Option<String>,
    pub max_uses: Option<i64>,
    /// A duration such as `7d`, `12h`, `1w 2d` or `90min`.
    pub expires_in: Option<String>,
}

/// A checked [`InvitationRequest`]: a label of at most 100 characters, `max_uses` in
/// `1..=10000`, an expiry between a minute and a year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewInvitation {
    label: Option<String>,
    max_uses: Option<u32>,
    expires_in: Option<Duration>,
}

impl NewInvitation {
    /// Checks every option; the first one that is wrong is the error.
    pub fn parse(request: &InvitationRequest) -> Result<Self, DomainError> {
        let label = request.label.as_deref().map(label::clean).transpose()?;
        if label
            .as_ref()
            .is_some_and(|l| l.chars().count() > MAX_LABEL_CHARS)
        {
            return Err(DomainError::LabelTooLong);
        }
        let max_uses = match request.max_uses {
            Some(n) if !(1..=MAX_USES).contains(&n) => {
                return Err(DomainError::MaxUsesOutOfRange(n))
            }
            other => other.map(|n| n as u32),
        };
        let expires_in = request
            .expires_in
            .as_deref()
            .map(parse_expiry)
            .transpose()?;
        Ok(Self {
            label,
            max_uses,
            expires_in,
        })
    }

    /// The cap on joins, if any.
    pub fn max_uses(&self) -> Option<u32> {
        self.max_uses
    }

    /// The label, if any.
    pub fn label(&self) -> Option<&str> {
        self.label.as_deref()
    }
}

/// Reads `7d`, `12h`, `1w 2d`, `90min`, `2 days`… into a duration within bounds.
fn parse_expiry(input: &str) -> Result<Duration, DomainError> {
    let input = input.trim();
    if input.is_empty() || input.len() > MAX_EXPIRY_INPUT {
        return Err(DomainError::UnreadableExpiry);
    }
    let duration = humantime::parse_duration(input).map_err(|e| match e {
        humantime::DurationError::NumberOverflow => DomainError::ExpiryOutOfRange,
        _ => DomainError::UnreadableExpiry,
    })?;
    if !(MIN_EXPIRY..=MAX_EXPIRY).contains(&duration) {
        return Err(DomainError::ExpiryOutOfRange);
    }
    Ok(duration)
}

/// Where an invitation was shared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShareTarget {
    /// Sent in a direct message to this user.
    Dm(UserId),
    /// Posted as this message in this channel.
    Channel {
        channel_id: ChannelId,
        message_id: u64,
    },
}

/// A channel post of an invitation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub channel_id: ChannelId,
    pub message_id: u64,
}

/// Someone who joined through an invitation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JoinRecord {
    pub user_id: UserId,
    pub method: JoinMethod,
    pub joined_at: Timestamp,
}

/// An invitation and who joined through it, for `/invite info`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvitationDetails {
    pub invitation: Invitation,
    pub joins: Vec<JoinRecord>,
}

/// Who may see invitations: creators, revokers and managers.
const VIEWERS: &[Permission] = &[Permission::Create, Permission::Revoke, Permission::Manage];

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
        let now = self.now();
        let expires_at = new.expires_in.map(|d| now + d.as_secs() as i64);
        for _ in 0..CODE_ATTEMPTS {
            let code = InviteCode::generate();
            let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
            let inserted = sqlx::query(concat!(
                "INSERT INTO invitations (guild_id, code, label, created_by, created_at, \
                     expires_at, max_uses, discord_invite_code, discord_channel_id) \
                 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) \
                 ON CONFLICT (code) DO NOTHING RETURNING ",
                invitation_columns!()
            ))
            .bind(guild_id as i64)
            .bind(code.as_str())
            .bind(&new.label)
            .bind(actor.user_id as i64)
            .bind(now)
            .bind(expires_at)
            .bind(new.max_uses.map(i64::from))
            .bind(link.as_ref().map(|l| l.code.as_str()))
            .bind(link.as_ref().map(|l| l.channel_id as i64))
            .fetch_optional(&mut *tx)
            .await?;
            let Some(row) = inserted else {
                continue; // the code is taken: draw another
            };
            let invitation = Invitation::from_row(&row);
            audit::record(
                &mut tx,
                audit::Entry::new(guild_id, actor.user_id, "invitation_create", now)
                    .invitation(invitation.id),
            )
            .await?;
            tx.commit().await?;
            return Ok(invitation);
        }
        Err(DomainError::NoFreeCode)
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
    async fn invitation_in(
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
        Ok(sqlx::query(&format!("{SELECT_INVITATION} WHERE code = ?"))
            .bind(code.as_str())
            .fetch_optional(&self.pool)
            .await?
            .map(|row| Invitation::from_row(&row)))
    }

    /// One invitation by its id.
    pub async fn invitation_by_id(&self, id: i64) -> Result<Option<Invitation>, DomainError> {
        Ok(sqlx::query(&format!("{SELECT_INVITATION} WHERE id = ?"))
            .bind(id)
            .fetch_optional(&self.pool)
            .await?
            .map(|row| Invitation::from_row(&row)))
    }

    /// An invitation and everyone who joined through it, oldest join first.
    pub async fn invitation_details(
        &self,
        guild_id: GuildId,
        actor: &Actor,
        code: &str,
    ) -> Result<InvitationDetails, DomainError> {
        let invitation = self.invitation(guild_id, actor, code).await?;
        // Arrivals that could not be told apart count as "maybe" for each candidate.
        let joins = sqlx::query(
            "SELECT user_id, method, joined_at FROM joins WHERE invitation_id = ?1 \
                OR (invitation_id IS NULL AND guild_id = ?2 \
                    AND instr(',' || candidates || ',', ',' || ?1 || ',') > 0) \
             ORDER BY id",
        )
        .bind(invitation.id)
        .bind(guild_id as i64)
        .fetch_all(&self.pool)
        .await?
        .into_iter()
        .map(|r| JoinRecord {
            user_id: r.get::<i64, _>("user_id") as u64,
            method: JoinMethod::parse(r.get("method")),
            joined_at: r.get("joined_at"),
        })
        .collect();
        Ok(InvitationDetails { invitation, joins })
    }

    /// The school's invitations, newest first: only active ones unless `include_inactive`.
    pub async fn list_invitations(
        &self,
        guild_id: GuildId,
        actor: &Actor,
        include_inactive: bool,
    ) -> Result<Vec<Invitation>, DomainError> {
        self.school(guild_id).await?;
        self.require_any(guild_id, actor, VIEWERS).await?;
        let active_only = if include_inactive {
            ""
        } else {
            concat!(" AND ", active_at!("?2"))
        };
        let rows = sqlx::query(&format!(
            "{SELECT_INVITATION} WHERE guild_id = ?1{active_only} ORDER BY id DESC"
        ))
        .bind(guild_id as i64)
        .bind(self.now())
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.iter().map(Invitation::from_row).collect())
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
        let rows = sqlx::query(&format!(
            "{SELECT_INVITATION} WHERE guild_id = ?1 AND {} \
               AND (instr(code, ?3) > 0 OR instr(lower(coalesce(label, '')), lower(?4)) > 0) \
             ORDER BY id DESC LIMIT ?5",
            active_at!("?2")
        ))
        .bind(guild_id as i64)
        .bind(self.now())
        .bind(code_part)
        .bind(partial)
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.iter().map(Invitation::from_row).collect())
    }

    /// Checks that `actor` may share the invitation and that it still admits people
    /// ([`DomainError::Inactive`] otherwise: a moderator may learn why).
    pub async fn prepare_share(
        &self,
        guild_id: GuildId,
        actor: &Actor,
        code: &str,
    ) -> Result<(School, Invitation), DomainError> {
        let school = self.school(guild_id).await?;
        self.require(guild_id, actor, Permission::Share).await?;
        let invitation = self.invitation_in(guild_id, code).await?;
        match invitation.status(self.now()) {
            Status::Active => Ok((school, invitation)),
            inactive => Err(DomainError::Inactive(inactive)),
        }
    }

    /// Records that `actor` shared the invitation (after Porter sent it).
    pub async fn record_share(
        &self,
        invitation: &Invitation,
        actor: &Actor,
        target: ShareTarget,
    ) -> Result<(), DomainError> {
        let now = self.now();
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        let entry = audit::Entry::new(invitation.guild_id, actor.user_id, "invitation_share", now)
            .invitation(invitation.id);
        let entry = match target {
            ShareTarget::Dm(user) => entry.target(user).detail("dm"),
            ShareTarget::Channel {
                channel_id,
                message_id,
            } => {
                sqlx::query(
                    "INSERT INTO invitation_posts (invitation_id, channel_id, message_id, \
                         posted_by, posted_at) VALUES (?, ?, ?, ?, ?)",
                )
                .bind(invitation.id)
                .bind(channel_id as i64)
                .bind(message_id as i64)
                .bind(actor.user_id as i64)
                .bind(now)
                .execute(&mut *tx)
                .await?;
                entry.target(channel_id).detail("channel")
            }
        };
        audit::record(&mut tx, entry).await?;
        tx.commit().await?;
        Ok(())
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
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        let row = sqlx::query(&format!(
            "{SELECT_INVITATION} WHERE code = ? AND guild_id = ?"
        ))
        .bind(code.as_str())
        .bind(guild_id as i64)
        .fetch_optional(&mut *tx)
        .await?
        .ok_or(DomainError::NotAValidInvitation)?;
        let mut invitation = Invitation::from_row(&row);
        if let Some(at) = invitation.revoked_at {
            return Err(DomainError::AlreadyRevoked { at });
        }
        sqlx::query("UPDATE invitations SET revoked_at = ?, revoked_by = ? WHERE id = ?")
            .bind(now)
            .bind(actor.user_id as i64)
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
        let rows = sqlx::query(&format!(
            "{SELECT_INVITATION} WHERE guild_id = ?1 AND NOT ({}) \
               AND ((discord_invite_code IS NOT NULL AND link_gone_at IS NULL) \
                 OR EXISTS (SELECT 1 FROM invitation_posts p \
                            WHERE p.invitation_id = invitations.id AND p.closed_at IS NULL)) \
             ORDER BY id",
            active_at!("?2")
        ))
        .bind(guild_id as i64)
        .bind(self.now())
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.iter().map(Invitation::from_row).collect())
    }

    /// The invitation's channel posts not yet edited to say it ended.
    pub async fn open_posts(&self, invitation_id: i64) -> Result<Vec<Post>, DomainError> {
        let rows = sqlx::query(
            "SELECT channel_id, message_id FROM invitation_posts \
             WHERE invitation_id = ? AND closed_at IS NULL ORDER BY posted_at",
        )
        .bind(invitation_id)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .iter()
            .map(|r| Post {
                channel_id: r.get::<i64, _>("channel_id") as u64,
                message_id: r.get::<i64, _>("message_id") as u64,
            })
            .collect())
    }

    /// Notes that a post now says its invitation ended (or no longer exists to say it).
    pub async fn close_post(&self, post: Post) -> Result<(), DomainError> {
        sqlx::query(
            "UPDATE invitation_posts SET closed_at = ? \
             WHERE channel_id = ? AND message_id = ? AND closed_at IS NULL",
        )
        .bind(self.now())
        .bind(post.channel_id as i64)
        .bind(post.message_id as i64)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Notes that Porter deleted the invitation's Discord invite. Discord's INVITE_DELETE
    /// tells the arrivals' ledger, which may still match someone who got in at the last
    /// moment to it.
    pub async fn mark_link_gone(&self, invitation_id: i64) -> Result<(), DomainError> {
        let mut conn = self.pool.acquire().await?;
        note_link_gone(&mut conn, invitation_id, self.now()).await
    }
}

/// Notes, inside a transaction, that an invitation's Discord invite no longer exists.
pub(super) async fn note_link_gone(
    conn: &mut sqlx::SqliteConnection,
    invitation_id: i64,
    now: Timestamp,
) -> Result<(), DomainError> {
    sqlx::query("UPDATE invitations SET link_gone_at = ? WHERE id = ? AND link_gone_at IS NULL")
        .bind(now)
        .bind(invitation_id)
        .execute(conn)
        .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(
        label: Option<&str>,
        max_uses: Option<i64>,
        expires_in: Option<&str>,
    ) -> InvitationRequest {
        InvitationRequest {
            label: label.map(str::to_owned),
            max_uses,
            expires_in: expires_in.map(str::to_owned),
        }
    }

    #[test]
    fn options_within_bounds_are_accepted() {
        let new = NewInvitation::parse(&request(
            Some("  Year 7\n parents "),
            Some(10_000),
            Some("7d"),
        ))
        .unwrap();
        assert_eq!(new.label(), Some("Year 7 parents"));
        assert_eq!(new.max_uses(), Some(10_000));
        assert_eq!(new.expires_in, Some(Duration::from_secs(7 * 86400)));
        for ok in ["1m", "12h", "1w 2d", "90min", "2 days", "365d"] {
            assert!(
                NewInvitation::parse(&request(None, None, Some(ok))).is_ok(),
                "{ok}"
            );
        }
        let unlabelled = NewInvitation::parse(&request(None, Some(1), None)).unwrap();
        assert_eq!(unlabelled.label(), None);
    }

    fn label(raw: &str) -> Result<Option<String>, DomainError> {
        NewInvitation::parse(&request(Some(raw), None, None)).map(|n| n.label)
    }

    #[test]
    fn labels_with_nothing_visible_are_refused() {
        for blank in [
            " \u{7} ",
            "\u{200B}",
            "\u{200B}\u{200C}\u{200D}\u{2060}\u{FEFF}",
            "\u{00AD}",
            "\u{3164}\u{3164}",
            "\u{115F}\u{1160}\u{FFA0}",
            "\u{2800}",
            "\u{FE0F}",
            " \u{FE0F}\u{E0100} ",
            "\u{E0067}\u{E0062}\u{E007F}",
            "\u{200D} \u{200D}",
        ] {
            assert!(
                matches!(label(blank), Err(DomainError::LabelBlank)),
                "{blank:?}: {:?}",
                label(blank)
            );
        }
    }

    #[test]
    fn labels_with_direction_controls_are_refused() {
        for c in [
            '\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}', '\u{2066}', '\u{2067}',
            '\u{2068}', '\u{2069}', '\u{200E}', '\u{200F}', '\u{061C}',
        ] {
            let raw = format!("Year 7 {c}stnerap");
            assert!(
                matches!(label(&raw), Err(DomainError::LabelDirectionControl(x)) if x == c),
                "{c:?}"
            );
        }
    }

    #[test]
    fn invisible_characters_are_removed_where_they_do_nothing() {
        let cases = [
            ("Year\u{200B} 7", "Year 7"),
            ("\u{FEFF}Year 7\u{2060}", "Year 7"),
            ("par\u{00AD}ents", "parents"),
            ("Year \u{3164} 7", "Year 7"),
            ("\u{200D}Year 7\u{200D}", "Year 7"),
            ("Year\u{200C}\u{200C}7", "Year\u{200C}7"),
            ("\u{FE0F}Year 7", "Year 7"),
            ("a\u{E0061}\u{E0062}b", "ab"),
        ];
        for (raw, clean) in cases {
            assert_eq!(label(raw).unwrap().as_deref(), Some(clean), "{raw:?}");
        }
        // What invisible characters do, they keep doing.
        for kept in [
            "👨\u{200D}👩\u{200D}👧\u{200D}👦 families",
            "👩🏽\u{200D}💻",
            "🏳\u{FE0F}\u{200D}🌈",
            "❤\u{FE0F}",
            "1\u{FE0F}\u{20E3}",
            "🇩🇪 🇫🇷",
            "🏴\u{E0067}\u{E0062}\u{E0077}\u{E006C}\u{E0073}\u{E007F} Wales",
            "می\u{200C}خواهم",
            "Zoe\u{0308} and Noe\u{0308}l",
        ] {
            assert_eq!(label(kept).unwrap().as_deref(), Some(kept), "{kept:?}");
        }
    }

    #[test]
    fn options_out_of_bounds_are_refused() {
        let long = "x".repeat(MAX_LABEL_CHARS + 1);
        assert!(matches!(
            NewInvitation::parse(&request(Some(&long), None, None)),
            Err(DomainError::LabelTooLong)
        ));
        let hundred = "é".repeat(MAX_LABEL_CHARS);
        assert!(NewInvitation::parse(&request(Some(&hundred), None, None)).is_ok());
        for n in [0, -1, 10_001, i64::MAX] {
            assert!(
                matches!(NewInvitation::parse(&request(None, Some(n), None)), Err(DomainError::MaxUsesOutOfRange(m)) if m == n)
            );
        }
        for bad in ["soon", "", "7", "-1d", "1d; DROP TABLE", &"9".repeat(100)] {
            assert!(
                matches!(
                    NewInvitation::parse(&request(None, None, Some(bad))),
                    Err(DomainError::UnreadableExpiry)
                ),
                "{bad}"
            );
        }
        for out in ["30s", "366d", "99999999999999999999d"] {
            assert!(
                matches!(
                    NewInvitation::parse(&request(None, None, Some(out))),
                    Err(DomainError::ExpiryOutOfRange)
                ),
                "{out}"
            );
        }
    }
}
