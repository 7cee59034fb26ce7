//! Rosters (tables `rosters` and `roster_rows`): one personal invitation per row of a file.
//!
//! A roster and all its rows are stored before the first invitation is made; each row then
//! moves on as it is reached (`waiting` → `created` → `sent` / `dm_closed`, or `not_sent`,
//! `unknown_user`, `failed`), each step committed. A run cut short (a crash, a restart)
//! leaves rows `waiting`, `failed` or `created` (made, DM not yet sent), which
//! the next run takes up ([`RowOutcome::to_do`]); the rest stays as it was, so a
//! roster always shows what was done. A row holds at most one invitation: the transaction
//! that stores an invitation sets it on the row only while the row has none.

mod file;

use std::collections::HashSet;
use std::sync::{Mutex, OnceLock};

use sqlx::FromRow;

pub use file::{read as read_roster, Person, RosterLine};

use super::invitation::{self, NewInvitation};
use super::{
    audit, Actor, Domain, DomainError, GuildId, Invitation, InvitationId, Permission, RoleId,
    Timestamp, UserId, MAX_EXTRA_ROLES,
};

/// Most people one roster file may list.
pub const MAX_ROSTER_ROWS: usize = 500;

/// A roster's id.
pub type RosterId = i64;

/// Where a row of a roster stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowOutcome {
    /// Not reached yet.
    Waiting,
    /// Skipped: the row is wrong (see its detail).
    BadRow,
    /// Discord knows nobody by that id, or nobody in the server by that username.
    UnknownUser,
    /// Making its invitation failed (see its detail); the next run tries again.
    Failed,
    /// Its invitation is made; the DM is still to send.
    Created,
    /// Its invitation was sent to the person by DM.
    Sent,
    /// Its invitation is made but Discord would not deliver the DM: pass it on by hand.
    DmClosed,
    /// Its invitation is made and, as asked, not sent.
    NotSent,
}

impl RowOutcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Waiting => "waiting",
            Self::BadRow => "bad_row",
            Self::UnknownUser => "unknown_user",
            Self::Failed => "failed",
            Self::Created => "created",
            Self::Sent => "sent",
            Self::DmClosed => "dm_closed",
            Self::NotSent => "not_sent",
        }
    }

    fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "waiting" => Self::Waiting,
            "bad_row" => Self::BadRow,
            "unknown_user" => Self::UnknownUser,
            "failed" => Self::Failed,
            "created" => Self::Created,
            "sent" => Self::Sent,
            "dm_closed" => Self::DmClosed,
            "not_sent" => Self::NotSent,
            _ => return None,
        })
    }

    /// Whether a run still has something to do for the row.
    pub fn to_do(self) -> bool {
        matches!(self, Self::Waiting | Self::Failed | Self::Created)
    }
}

super::sql::text_enum!(RowOutcome);

/// The options every invitation of a roster is made with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RosterOptions {
    pub file_name: String,
    pub label: Option<String>,
    pub expires_in: Option<String>,
    pub roles_until: Option<String>,
    /// Whether each person gets their invitation by DM.
    pub send: bool,
}

/// A stored roster.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Roster {
    pub id: RosterId,
    pub guild_id: GuildId,
    pub created_by: UserId,
    pub created_at: Timestamp,
    pub options: RosterOptions,
    pub finished_at: Option<Timestamp>,
}

#[derive(FromRow)]
struct RosterRow {
    id: RosterId,
    guild_id: GuildId,
    created_by: UserId,
    created_at: Timestamp,
    file_name: String,
    label: Option<String>,
    expires_in: Option<String>,
    roles_until: Option<String>,
    send: i64,
    finished_at: Option<Timestamp>,
}

impl From<RosterRow> for Roster {
    fn from(r: RosterRow) -> Self {
        Self {
            id: r.id,
            guild_id: r.guild_id,
            created_by: r.created_by,
            created_at: r.created_at,
            options: RosterOptions {
                file_name: r.file_name,
                label: r.label,
                expires_in: r.expires_in,
                roles_until: r.roles_until,
                send: r.send != 0,
            },
            finished_at: r.finished_at,
        }
    }
}

const SELECT_ROSTER: &str = "SELECT id, guild_id, created_by, created_at, file_name, label, \
     expires_in, roles_until, send, finished_at FROM rosters";

/// One row of a roster, as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RosterEntry {
    pub line: u32,
    /// The person as written: an id or a username.
    pub entry: String,
    pub user_id: Option<UserId>,
    pub user_name: Option<String>,
    pub roles: Vec<RoleId>,
    pub outcome: RowOutcome,
    pub detail: Option<String>,
    pub invitation_id: Option<InvitationId>,
}

impl RosterEntry {
    /// The person the row names, as written.
    pub fn person(&self) -> Person {
        match (self.user_id, self.entry.parse::<u64>()) {
            (Some(id), _) => Person::Id(id),
            (None, Ok(id)) => Person::Id(id.into()),
            (None, Err(_)) => Person::Name(self.entry.clone()),
        }
    }
}

#[derive(FromRow)]
struct EntryRow {
    line: i64,
    entry: String,
    user_id: Option<UserId>,
    user_name: Option<String>,
    roles: String,
    outcome: RowOutcome,
    detail: Option<String>,
    invitation_id: Option<InvitationId>,
}

impl From<EntryRow> for RosterEntry {
    fn from(r: EntryRow) -> Self {
        Self {
            line: r.line as u32,
            entry: r.entry,
            user_id: r.user_id,
            user_name: r.user_name,
            roles: r
                .roles
                .split_whitespace()
                .filter_map(|r| r.parse::<u64>().ok())
                .map(RoleId::new)
                .collect(),
            outcome: r.outcome,
            detail: r.detail,
            invitation_id: r.invitation_id,
        }
    }
}

const SELECT_ENTRY: &str = "SELECT line, entry, user_id, user_name, roles, outcome, detail, \
     invitation_id FROM roster_rows";

/// How many rows of a roster stand where.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RosterCounts {
    pub rows: u32,
    pub sent: u32,
    pub dm_closed: u32,
    pub not_sent: u32,
    pub unknown_users: u32,
    pub bad_rows: u32,
    pub failed: u32,
    /// Not reached yet, or made and not yet sent.
    pub to_do: u32,
}

impl RosterCounts {
    /// Counts `rows`.
    pub fn of(rows: &[RosterEntry]) -> Self {
        let mut c = Self {
            rows: rows.len() as u32,
            ..Self::default()
        };
        for row in rows {
            match row.outcome {
                RowOutcome::Sent => c.sent += 1,
                RowOutcome::DmClosed => c.dm_closed += 1,
                RowOutcome::NotSent => c.not_sent += 1,
                RowOutcome::UnknownUser => c.unknown_users += 1,
                RowOutcome::BadRow => c.bad_rows += 1,
                RowOutcome::Failed => c.failed += 1,
                RowOutcome::Waiting | RowOutcome::Created => c.to_do += 1,
            }
        }
        c
    }

    /// Rows done with: all but those not reached, not yet sent, or failed.
    pub fn done(&self) -> u32 {
        self.rows - self.to_do - self.failed
    }
}

/// Rosters being run by a process, by the domain's instance and roster id: one run of a
/// roster at a time per process.
fn running() -> &'static Mutex<HashSet<(String, RosterId)>> {
    static RUNNING: OnceLock<Mutex<HashSet<(String, RosterId)>>> = OnceLock::new();
    RUNNING.get_or_init(Mutex::default)
}

/// A run of a roster by this process; the roster is free again when it is dropped.
#[derive(Debug)]
pub struct RosterRun {
    key: (String, RosterId),
}

impl Drop for RosterRun {
    fn drop(&mut self) {
        running()
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .remove(&self.key);
    }
}

impl Domain {
    /// Stores a new roster and all its rows (bad ones as `bad_row` with why), for a
    /// moderator who may create invitations (and share them, to have them sent). The
    /// options were checked by [`Domain::prepare_invitation`] and
    /// [`Domain::prepare_class_roles`] before.
    pub async fn create_roster(
        &self,
        guild_id: GuildId,
        actor: &Actor,
        options: &RosterOptions,
        lines: &[RosterLine],
    ) -> Result<Roster, DomainError> {
        self.school(guild_id).await?;
        self.require(guild_id, actor, Permission::Create).await?;
        if options.send {
            self.require(guild_id, actor, Permission::Share).await?;
        }
        let now = self.now();
        let mut tx = self.db.write(guild_id).await?;
        let row: RosterRow = sqlx::query_as(&format!(
            "INSERT INTO rosters (guild_id, created_by, created_at, file_name, label, \
                 expires_in, roles_until, send) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING {}",
            SELECT_ROSTER
                .trim_start_matches("SELECT ")
                .trim_end_matches(" FROM rosters")
        ))
        .bind(guild_id)
        .bind(actor.user_id)
        .bind(now)
        .bind(&options.file_name)
        .bind(options.label.as_deref())
        .bind(options.expires_in.as_deref())
        .bind(options.roles_until.as_deref())
        .bind(i64::from(options.send))
        .fetch_one(&mut *tx)
        .await?;
        let roster = Roster::from(row);
        for line in lines {
            let (entry, user_id, outcome, detail) = match &line.person {
                Ok(person @ Person::Id(id)) => {
                    (person.entry(), Some(*id), RowOutcome::Waiting, None)
                }
                Ok(person @ Person::Name(_)) => (person.entry(), None, RowOutcome::Waiting, None),
                Err(why) => (
                    line.written.clone(),
                    None,
                    RowOutcome::BadRow,
                    Some(why.clone()),
                ),
            };
            let roles: Vec<String> = line.roles.iter().map(ToString::to_string).collect();
            sqlx::query(
                "INSERT INTO roster_rows (roster_id, line, entry, user_id, roles, outcome, detail) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7)",
            )
            .bind(roster.id)
            .bind(i64::from(line.line))
            .bind(entry)
            .bind(user_id)
            .bind(roles.join(" "))
            .bind(outcome)
            .bind(detail)
            .execute(&mut *tx)
            .await?;
        }
        audit::record(
            &mut tx,
            audit::Entry::new(guild_id, actor.user_id, "roster_create", now)
                .target(roster.id as u64)
                .detail(format!("{} rows", lines.len())),
        )
        .await?;
        tx.commit().await?;
        Ok(roster)
    }

    /// A roster of this school, for whoever may create invitations; `UnknownRoster` for
    /// another school's or none.
    pub async fn roster(
        &self,
        guild_id: GuildId,
        actor: &Actor,
        id: RosterId,
    ) -> Result<Roster, DomainError> {
        self.school(guild_id).await?;
        self.require(guild_id, actor, Permission::Create).await?;
        let row: Option<RosterRow> =
            sqlx::query_as(&format!("{SELECT_ROSTER} WHERE id = $1 AND guild_id = $2"))
                .bind(id)
                .bind(guild_id)
                .fetch_optional(self.db.pool())
                .await?;
        row.map(Roster::from).ok_or(DomainError::UnknownRoster(id))
    }

    /// Checks that `actor` may see and run this school's rosters: whoever may create
    /// invitations.
    pub async fn roster_viewer(&self, guild_id: GuildId, actor: &Actor) -> Result<(), DomainError> {
        self.school(guild_id).await?;
        self.require(guild_id, actor, Permission::Create).await
    }

    /// The school's rosters that a run left unfinished, oldest first.
    pub async fn unfinished_rosters(&self, guild_id: GuildId) -> Result<Vec<Roster>, DomainError> {
        let rows: Vec<RosterRow> = sqlx::query_as(&format!(
            "{SELECT_ROSTER} WHERE guild_id = $1 AND finished_at IS NULL ORDER BY id"
        ))
        .bind(guild_id)
        .fetch_all(self.db.pool())
        .await?;
        Ok(rows.into_iter().map(Roster::from).collect())
    }

    /// Claims the roster for a run by this process; `RosterRunning` while another run of
    /// this process has it.
    pub fn claim_roster(&self, roster: &Roster) -> Result<RosterRun, DomainError> {
        let key = (self.instance.to_string(), roster.id);
        let mut running = running().lock().unwrap_or_else(|e| e.into_inner());
        if !running.insert(key.clone()) {
            return Err(DomainError::RosterRunning(roster.id));
        }
        Ok(RosterRun { key })
    }

    /// Every row of the roster, in file order.
    pub async fn roster_entries(&self, id: RosterId) -> Result<Vec<RosterEntry>, DomainError> {
        let rows: Vec<EntryRow> = sqlx::query_as(&format!(
            "{SELECT_ENTRY} WHERE roster_id = $1 ORDER BY line"
        ))
        .bind(id)
        .fetch_all(self.db.pool())
        .await?;
        Ok(rows.into_iter().map(RosterEntry::from).collect())
    }

    /// Notes who a row's person is, once Discord said.
    pub async fn roster_person(
        &self,
        roster: &Roster,
        line: u32,
        user_id: UserId,
        user_name: &str,
    ) -> Result<(), DomainError> {
        sqlx::query(
            "UPDATE roster_rows SET user_id = $1, user_name = $2 \
             WHERE roster_id = $3 AND line = $4",
        )
        .bind(user_id)
        .bind(user_name)
        .bind(roster.id)
        .bind(i64::from(line))
        .execute(self.db.pool())
        .await?;
        Ok(())
    }

    /// Sets where a row stands (not `created`: see [`Domain::create_roster_invitation`]).
    pub async fn roster_outcome(
        &self,
        roster: &Roster,
        line: u32,
        outcome: RowOutcome,
        detail: Option<&str>,
    ) -> Result<(), DomainError> {
        sqlx::query(
            "UPDATE roster_rows SET outcome = $1, detail = $2 WHERE roster_id = $3 AND line = $4",
        )
        .bind(outcome)
        .bind(detail)
        .bind(roster.id)
        .bind(i64::from(line))
        .execute(self.db.pool())
        .await?;
        Ok(())
    }

    /// The invitation for a row: checks the roster's options and the row's roles as
    /// `/invite create for:` would (a role taken off the school's list since fails it).
    pub async fn prepare_roster_invitation(
        &self,
        roster: &Roster,
        actor: &Actor,
        roles: &[RoleId],
        recipient: UserId,
    ) -> Result<NewInvitation, DomainError> {
        let request = super::InvitationRequest {
            label: roster.options.label.clone(),
            max_uses: None,
            expires_in: roster.options.expires_in.clone(),
        };
        let (_, new) = self
            .prepare_invitation(roster.guild_id, actor, &request)
            .await?;
        let roles_until = if roles.is_empty() {
            None
        } else {
            roster.options.roles_until.as_deref()
        };
        debug_assert!(roles.len() <= MAX_EXTRA_ROLES);
        let new = self
            .prepare_class_roles(roster.guild_id, new, roles, roles_until)
            .await?;
        new.personal(recipient)
    }

    /// Stores a row's invitation and marks the row `created`, in one transaction; `None`
    /// (and nothing stored) when the row has an invitation already: the caller deletes the
    /// link it made for it.
    pub async fn create_roster_invitation(
        &self,
        roster: &Roster,
        line: u32,
        actor: &Actor,
        new: &NewInvitation,
        link: Option<super::DiscordLink>,
    ) -> Result<Option<Invitation>, DomainError> {
        let guild_id = roster.guild_id;
        self.require(guild_id, actor, Permission::Create).await?;
        let now = self.now();
        let mut tx = self.db.write(guild_id).await?;
        let free: Option<Option<InvitationId>> = sqlx::query_scalar(
            "SELECT invitation_id FROM roster_rows WHERE roster_id = $1 AND line = $2",
        )
        .bind(roster.id)
        .bind(i64::from(line))
        .fetch_optional(&mut *tx)
        .await?;
        if !matches!(free, Some(None)) {
            return Ok(None);
        }
        let invitation =
            invitation::insert(&mut tx, guild_id, actor, new, link.as_ref(), now).await?;
        sqlx::query(
            "UPDATE roster_rows SET invitation_id = $1, outcome = $2, detail = NULL \
             WHERE roster_id = $3 AND line = $4 AND invitation_id IS NULL",
        )
        .bind(invitation.id)
        .bind(RowOutcome::Created)
        .bind(roster.id)
        .bind(i64::from(line))
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(Some(invitation))
    }

    /// Notes that a run went through every row it could.
    pub async fn finish_roster(&self, roster: &Roster) -> Result<(), DomainError> {
        sqlx::query("UPDATE rosters SET finished_at = $1 WHERE id = $2")
            .bind(self.now())
            .bind(roster.id)
            .execute(self.db.pool())
            .await?;
        Ok(())
    }

    /// Notes that a run started: the roster is unfinished until it ends.
    pub async fn start_roster_run(&self, roster: &Roster) -> Result<(), DomainError> {
        sqlx::query("UPDATE rosters SET finished_at = NULL WHERE id = $1")
            .bind(roster.id)
            .execute(self.db.pool())
            .await?;
        Ok(())
    }
}
