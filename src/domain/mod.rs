//! Porter's domain: schools, permissions, invitations and joins, stored in SQLite or
//! PostgreSQL ([`crate::db`]). Each table has one module that writes it.
//!
//! Nothing here knows about Discord's libraries. Discord facts come in as plain ids and
//! flags ([`Actor`], [`RoleFacts`]), and the one thing the domain needs Discord to do
//! during a join (look up and grant a role) goes through the [`Gatekeeper`] trait.

mod approval;
mod arrival;
mod audit;
mod chart;
mod clock;
mod code;
mod email;
mod error;
mod export;
mod greeting;
mod ids;
mod invitation;
mod join;
mod page;
mod pause;
mod pending;
mod permission;
mod ratelimit;
mod retention;
mod roster;
mod school;
mod share;
mod sql;
mod term;
mod welcome;

use std::sync::Arc;

use crate::db::Db;

pub use approval::{
    ApprovalSettings, Decided, Decision, JoinRequestRecord, Queued, RequestState, APPROVERS,
    DECIDING_STALE, DEFAULT_EXPIRE_DAYS,
};
pub use arrival::{
    Arrival, Followed, InviteUses, Ledger, LinkFacts, Offline, OfflineHow, OfflineUse, Outcome,
    Refusal, Settled, Settlement, Verdict, AMBIGUITY_WINDOW, GONE_GRACE,
};
pub use audit::AuditEntry;
pub use chart::{ChartOf, DayCounts, JoinsPerDay, CHART_DAYS};
pub use clock::{Clock, ManualClock, SystemClock};
pub use code::{InviteCode, MalformedCode, CODE_LEN};
pub use email::{
    hash_address, mask_address, EmailLimitOf, EmailLimits, EmailReservation, EMAIL_ACTION,
    EMAIL_WINDOW,
};
pub use error::{DomainError, GrantError};
pub use export::{ExportedInvitation, ExportedJoin, EXPORTERS, EXPORT_PAGE};
pub use greeting::GREET_WITHIN;
pub use ids::{AuditId, ChannelId, GuildId, InvitationId, JoinId, MessageId, RoleId, UserId};
pub use invitation::{
    ClassRole, ClassRoleRequest, DiscordLink, Invitation, InvitationRequest, NewInvitation, Status,
    MAX_CLASS_ROLES, MAX_EXPIRY, MAX_EXTRA_ROLES, MAX_LABEL_CHARS, MAX_USES,
};
pub use join::{
    Gatekeeper, InvitationDetails, JoinMethod, JoinOutcome, JoinRecord, JoinRequest, LeftJoin,
    Membership, Unconfirmed,
};
pub use page::{Page, PageAt, PAGE_SIZE};
pub use pause::{parse_pause_for, EndedPause, LinksOff, LINKS_OFF_MAX, MAX_PAUSE, MIN_PAUSE};
pub use pending::{PendingJoin, Resolution, ALIVE_WITHIN};
pub use permission::{Permission, PermissionTarget, Permissions, RoleGrant};
pub use ratelimit::{
    FailureAlert, FAILURE_LIMIT, FAILURE_WINDOW, SCHOOL_ALERT_THRESHOLD, SCHOOL_ALERT_WINDOW,
};
pub use retention::{OldRows, Presence, SchoolRecords};
pub use roster::{
    read_roster, Person, Roster, RosterCounts, RosterEntry, RosterId, RosterLine, RosterOptions,
    RosterRun, RowOutcome, MAX_ROSTER_ROWS,
};
pub use school::{Access, RoleFacts, School, SchoolInfo, SchoolSetup, Unsuitable};
pub use share::{Post, ShareTarget};
pub use sql::placeholders;
pub use term::TermEnd;
pub use welcome::{parse_welcome, render_welcome, WelcomeChange, MAX_WELCOME_CHARS};

/// Seconds since the Unix epoch, UTC.
pub type Timestamp = i64;

/// Who is asking, as Discord describes them in the school's server.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    pub user_id: UserId,
    /// The member's roles in the server.
    pub role_ids: Vec<RoleId>,
    /// Holds Discord's Administrator or Manage Server permission (or owns the server):
    /// such a member holds all of Porter's permissions.
    pub discord_admin: bool,
}

/// Porter's domain: every operation on schools, invitations and joins.
#[derive(Clone)]
pub struct Domain {
    db: Db,
    clock: Arc<dyn Clock>,
    /// This process's instance id (see [`Domain::register`]), drawn anew at each start.
    instance: Arc<str>,
}

impl Domain {
    /// A domain on `db` (already migrated), telling time by the system clock.
    pub fn new(db: Db) -> Self {
        Self::with_clock(db, Arc::new(SystemClock))
    }

    /// A domain telling time by `clock`, for tests that move time.
    pub fn with_clock(db: Db, clock: Arc<dyn Clock>) -> Self {
        let instance = format!("{:016x}", rand::random::<u64>());
        Self {
            db,
            clock,
            instance: instance.into(),
        }
    }

    /// The database behind the domain.
    pub fn db(&self) -> &Db {
        &self.db
    }

    /// The current time by this domain's clock.
    pub fn now(&self) -> Timestamp {
        self.clock.now()
    }
}
