//! What can go wrong in the domain. The Discord layer turns each into a message for people.

use super::{Invitation, Permission, RequestState, RoleId, Status, Timestamp, UserId};

/// A domain operation refused or failed. Nothing was changed when one is returned.
#[derive(Debug, thiserror::Error)]
pub enum DomainError {
    #[error("this server is not set up as a school")]
    NotASchool,
    #[error("missing permission (needs one of {0:?})")]
    Forbidden(Vec<Permission>),
    /// A permission change about a role at or above the moderator's own highest role.
    #[error("the role is not below the moderator's highest role")]
    RoleNotBelowYours,
    #[error("manage cannot be granted to @everyone")]
    ManageForEveryone,
    #[error("the member role is unsuitable: {0}")]
    UnsuitableMemberRole(crate::domain::Unsuitable),
    #[error("the class role is unsuitable: {0}")]
    UnsuitableClassRole(crate::domain::Unsuitable),
    #[error("the member role cannot also be a class role")]
    ClassRoleIsMemberRole,
    #[error("the school's list of class roles is full")]
    TooManyClassRoles,
    /// A role that is not on the school's list of class roles.
    #[error("role {0} is not one of the school's class roles")]
    NotAClassRole(RoleId),
    /// Taking a role off the list while these active invitations hand it out.
    #[error("the class role is handed out by {} active invitations", .0.len())]
    ClassRoleInUse(Vec<Invitation>),
    #[error("more than {max} extra roles", max = super::MAX_EXTRA_ROLES)]
    TooManyExtraRoles,
    #[error("roles_until without extra roles")]
    TermWithoutRoles,
    #[error("unreadable roles_until")]
    UnreadableTerm,
    #[error("roles_until is in the past or too far ahead")]
    TermOutOfRange,
    /// Discord refused one of the invitation's extra roles during a join: nothing was
    /// counted; `still_held` are the roles Porter granted and could not take back.
    #[error("granting the class role {role} failed: {error}")]
    ClassRoleGrant {
        role: RoleId,
        error: GrantError,
        still_held: Vec<RoleId>,
    },
    #[error("the label is longer than {max} characters", max = super::MAX_LABEL_CHARS)]
    LabelTooLong,
    /// Nothing visible is left once spaces and invisible characters are removed.
    #[error("the label has nothing visible in it")]
    LabelBlank,
    /// The label holds a character that reorders the text around it (U+202E…).
    #[error("the label holds the direction control U+{:04X}", *.0 as u32)]
    LabelDirectionControl(char),
    #[error("max_uses {0} is outside 1..={max}", max = super::MAX_USES)]
    MaxUsesOutOfRange(i64),
    /// A personal invitation holds one use; this many were asked for.
    #[error("a personal invitation holds one use, not {0}")]
    PersonalUses(i64),
    /// A real personal invitation's code, typed by someone it is not for.
    #[error("the invitation is for someone else")]
    ForSomeoneElse,
    /// A moderator asked to post a personal invitation in a channel, or to DM it to someone
    /// other than its recipient.
    #[error("a personal invitation goes to its recipient only")]
    PersonalShare,
    #[error("unreadable expiry")]
    UnreadableExpiry,
    #[error("expiry too short or too long")]
    ExpiryOutOfRange,
    /// Unknown, revoked, malformed or another school's code: all look the same.
    #[error("not a valid invitation")]
    NotAValidInvitation,
    #[error("the invitation expired")]
    Expired { at: Timestamp },
    /// Joining is paused (`/school pause`) until then (`None`: until resumed).
    #[error("joining is paused")]
    JoiningPaused { until: Option<Timestamp> },
    #[error("unreadable pause length")]
    UnreadablePause,
    #[error("the pause length is out of range")]
    PauseOutOfRange,
    /// `/school resume` while joining is not paused.
    #[error("joining is not paused")]
    NotPaused,
    /// A welcome message naming a placeholder Porter does not know.
    #[error("unknown placeholder {0} in the welcome message")]
    UnknownPlaceholder(String),
    #[error("the welcome message is longer than {max} characters", max = super::welcome::MAX_WELCOME_CHARS)]
    WelcomeTooLong,
    #[error("the welcome message is empty")]
    WelcomeBlank,
    #[error("the invitation is used up")]
    UsedUp { max_uses: u32 },
    #[error("the invitation was already revoked")]
    AlreadyRevoked { at: Timestamp },
    /// A moderator asked to share an invitation that no longer admits anyone.
    #[error("the invitation is {}", .0.as_str())]
    Inactive(Status),
    /// Someone may have taken the last seats through the invitation's link a moment ago,
    /// and Porter cannot read Discord's counts yet to tell.
    #[error("the invitation's link uses are still being counted")]
    Recounting,
    #[error("this school needs an invite code to join")]
    CodeRequired,
    #[error("too many wrong codes")]
    RateLimited { retry_at: Timestamp },
    #[error("the role grant failed: {0}")]
    Grant(#[from] GrantError),
    #[error("the code space is exhausted")]
    NoFreeCode,
    /// A roster file that is not UTF-8 text.
    #[error("the roster file is not text")]
    RosterNotText,
    /// A roster file the CSV reader could not read (why).
    #[error("the roster file is not CSV: {0}")]
    RosterUnreadable(String),
    #[error("the roster file names nobody")]
    RosterEmpty,
    /// A roster file with this many rows, over [`super::MAX_ROSTER_ROWS`].
    #[error("the roster file has {0} rows")]
    RosterTooLong(usize),
    #[error("no roster {0} in this school")]
    UnknownRoster(i64),
    /// A run of the roster is under way in this process.
    #[error("roster {0} is being worked through")]
    RosterRunning(i64),
    /// No join request by that id in this school.
    #[error("no such join request")]
    UnknownRequest,
    /// The join request was decided (or expired) already: by whom, when decided.
    #[error("the join request is already {}", .state.as_str())]
    RequestDecided {
        state: RequestState,
        by: Option<UserId>,
    },
    /// Approving a request whose invitation no longer admits anyone (full, expired,
    /// revoked): the request keeps waiting.
    #[error("the request's invitation is {}", .0.as_str())]
    RequestInvitationClosed(Status),
    /// Approving someone who has left the server since they asked.
    #[error("the person who asked is no longer in the server")]
    RequesterLeft,
    /// The moderator or the school sent `limit` invitation emails in the last 24 hours;
    /// one more may go at `retry_at`.
    #[error("the daily email limit of {limit} is reached")]
    EmailLimit {
        of: super::EmailLimitOf,
        limit: u32,
        retry_at: Timestamp,
    },
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
}

/// Why Discord would not give someone the member role.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum GrantError {
    #[error("Porter lacks the Manage Roles permission")]
    MissingManageRoles,
    #[error("the member role is not below Porter's highest role")]
    RoleAbovePorter,
    #[error("the member role no longer exists")]
    RoleGone,
    #[error("Discord refused: {0}")]
    Discord(String),
}
