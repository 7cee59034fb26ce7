//! Porter's domain: schools, permissions, invitations and joins, stored in SQLite.
//!
//! Nothing here knows about Discord's libraries. Discord facts come in as plain ids and
//! flags ([`Actor`], [`RoleFacts`]), and the one thing the domain needs Discord to do
//! during a join (look up and grant a role) goes through the [`Gatekeeper`] trait.

mod arrival;
mod audit;
mod clock;
mod code;
mod error;
mod invitation;
mod join;
mod label;
mod pending;
mod permission;
mod school;

use sqlx::SqlitePool;
use std::sync::Arc;

pub use arrival::{
    Arrival, Followed, InviteUses, Ledger, LinkFacts, Offline, OfflineHow, OfflineUse, Outcome,
    Refusal, Settled, Settlement, Verdict, AMBIGUITY_WINDOW, GONE_GRACE,
};
pub use audit::AuditEntry;
pub use clock::{Clock, ManualClock, SystemClock};
pub use code::{InviteCode, MalformedCode, CODE_LEN};
pub use error::{DomainError, GrantError};
pub use invitation::{
    DiscordLink, Invitation, InvitationDetails, InvitationRequest, JoinRecord, NewInvitation, Post,
    ShareTarget, Status, MAX_EXPIRY, MAX_LABEL_CHARS, MAX_USES,
};
pub use join::{
    FailureAlert, Gatekeeper, JoinMethod, JoinOutcome, JoinRequest, Membership, FAILURE_LIMIT,
    FAILURE_WINDOW, SCHOOL_ALERT_THRESHOLD, SCHOOL_ALERT_WINDOW,
};
pub use pending::{JoinMark, PendingJoin, Resolution};
pub use permission::{everyone, Permission, PermissionTarget, Permissions, RoleGrant};
pub use school::{Access, RoleFacts, School, SchoolInfo, SchoolSetup};

/// A Discord server id.
pub type GuildId = u64;
/// A Discord user id.
pub type UserId = u64;
/// A Discord role id.
pub type RoleId = u64;
/// A Discord channel id.
pub type ChannelId = u64;
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
    pool: SqlitePool,
    clock: Arc<dyn Clock>,
}

impl Domain {
    /// A domain on `pool` (already migrated), telling time by the system clock.
    pub fn new(pool: SqlitePool) -> Self {
        Self::with_clock(pool, Arc::new(SystemClock))
    }

    /// A domain telling time by `clock`, for tests that move time.
    pub fn with_clock(pool: SqlitePool, clock: Arc<dyn Clock>) -> Self {
        Self { pool, clock }
    }

    /// The database behind the domain.
    pub fn pool(&self) -> &SqlitePool {
        &self.pool
    }

    /// The current time by this domain's clock.
    pub fn now(&self) -> Timestamp {
        self.clock.now()
    }
}
