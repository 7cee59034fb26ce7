//! Porter's command error, and the one handler that turns every error into a clear,
//! ephemeral reply.

use poise::serenity_prelude as serenity;

use super::{render, Data};
use crate::domain::{
    DomainError, EmailLimitOf, GrantError, Invitation, Permission, RequestState, RoleId, Status,
    Unsuitable, UserId, MAX_CLASS_ROLES, MAX_EXPIRY, MAX_EXTRA_ROLES, MAX_LABEL_CHARS, MAX_PAUSE,
    MAX_ROSTER_ROWS, MAX_USES, MAX_WELCOME_CHARS,
};
use crate::i18n::{t, Lang};
use crate::logging::Chain;
use crate::service::metrics::{self, CommandOutcome};

/// A command failed. `Domain` and `User` errors are the user's to fix and are told as
/// they are; `Internal` ones are logged and the user gets an apology.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Domain(#[from] DomainError),
    /// A message for the user (a Discord-side problem with its fix), told in their language.
    #[error("{}", .0.id())]
    User(crate::i18n::Msg),
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl From<serenity::Error> for Error {
    fn from(e: serenity::Error) -> Self {
        Self::Internal(e.into())
    }
}

impl From<sqlx::Error> for Error {
    fn from(e: sqlx::Error) -> Self {
        Self::Domain(e.into())
    }
}

/// What went wrong, told to the person who asked, when it was on Porter's side.
pub(crate) fn internal(lang: Lang) -> String {
    t!(lang, "error-internal")
}

impl Error {
    /// The message for the user; `None` when it is internal and must only be logged.
    pub fn user_message(&self, lang: Lang) -> Option<String> {
        match self {
            Self::Domain(e) => domain_message(lang, e),
            Self::User(message) => Some(message.render(lang)),
            Self::Internal(_) => None,
        }
    }

    /// Counts the Discord REST failure behind an internal error, if one is.
    fn count_rest_error(&self) {
        if let Self::Internal(e) = self {
            if let Some(e) = e.downcast_ref::<serenity::Error>() {
                metrics::rest_error(e);
            }
        }
    }
}

/// How a domain error reads to a moderator or member, in their language; `None` for
/// internal failures.
pub(crate) fn domain_message(lang: Lang, e: &DomainError) -> Option<String> {
    Some(match e {
        DomainError::NotASchool => t!(lang, "error-not-a-school"),
        DomainError::Forbidden(needed) => forbidden(lang, needed),
        DomainError::RoleNotBelowYours => t!(lang, "error-role-not-below-yours"),
        DomainError::ManageForEveryone => t!(lang, "error-manage-for-everyone"),
        DomainError::UnsuitableMemberRole(why) => t!(
            lang,
            "error-unsuitable-member-role",
            why = role_unsuitable(lang, *why)
        ),
        DomainError::LabelTooLong => t!(lang, "error-label-too-long", max = MAX_LABEL_CHARS),
        DomainError::LabelBlank => t!(lang, "error-label-blank"),
        DomainError::LabelDirectionControl(c) => t!(
            lang,
            "error-label-direction-control",
            character = format!("U+{:04X}", *c as u32)
        ),
        DomainError::MaxUsesOutOfRange(n) => t!(
            lang,
            "error-max-uses-out-of-range",
            max = MAX_USES.to_string(),
            value = n.to_string()
        ),
        DomainError::PersonalUses(n) => t!(lang, "error-personal-uses", value = n.to_string()),
        DomainError::ForSomeoneElse => t!(lang, "error-for-someone-else"),
        DomainError::PersonalShare => t!(lang, "error-personal-share"),
        DomainError::UnreadableExpiry => t!(lang, "error-unreadable-expiry"),
        DomainError::ExpiryOutOfRange => t!(
            lang,
            "error-expiry-out-of-range",
            days = MAX_EXPIRY.as_secs() / 86_400
        ),
        DomainError::NotAValidInvitation => t!(lang, "error-not-a-valid-invitation"),
        DomainError::JoiningPaused { until: Some(until) } => t!(
            lang,
            "error-joining-paused-until",
            until = render::full(*until),
            when = render::relative(*until)
        ),
        DomainError::JoiningPaused { until: None } => t!(lang, "error-joining-paused"),
        DomainError::UnreadablePause => t!(lang, "error-unreadable-pause"),
        DomainError::PauseOutOfRange => t!(
            lang,
            "error-pause-out-of-range",
            days = MAX_PAUSE.as_secs() / 86_400
        ),
        DomainError::NotPaused => t!(lang, "error-not-paused"),
        DomainError::UnknownPlaceholder(name) => t!(
            lang,
            "error-unknown-placeholder",
            placeholder = render::inline(name, 40)
        ),
        DomainError::WelcomeTooLong => {
            t!(lang, "error-welcome-too-long", max = MAX_WELCOME_CHARS)
        }
        DomainError::WelcomeBlank => t!(lang, "error-welcome-blank"),
        DomainError::Expired { at } => t!(lang, "error-expired", when = render::relative(*at)),
        DomainError::UsedUp { max_uses } => t!(lang, "error-used-up", count = *max_uses),
        DomainError::AlreadyRevoked { at } => {
            t!(lang, "error-already-revoked", when = render::relative(*at))
        }
        DomainError::Inactive(status) => {
            t!(lang, "error-inactive", status = status_key(*status))
        }
        DomainError::Recounting => t!(lang, "error-recounting"),
        DomainError::CodeRequired => t!(lang, "error-code-required"),
        DomainError::RateLimited { retry_at } => {
            t!(
                lang,
                "error-rate-limited",
                when = render::relative(*retry_at)
            )
        }
        DomainError::Grant(g) => grant_message(lang, g),
        DomainError::UnsuitableClassRole(why) => t!(
            lang,
            "error-unsuitable-class-role",
            why = role_unsuitable(lang, *why)
        ),
        DomainError::ClassRoleIsMemberRole => t!(lang, "error-class-role-is-member-role"),
        DomainError::TooManyClassRoles => {
            t!(lang, "error-too-many-class-roles", max = MAX_CLASS_ROLES)
        }
        DomainError::NotAClassRole(role) => {
            t!(lang, "error-not-a-class-role", role = format!("<@&{role}>"))
        }
        DomainError::ClassRoleInUse(invitations) => class_role_in_use(lang, invitations),
        DomainError::TooManyExtraRoles => {
            t!(lang, "error-too-many-extra-roles", max = MAX_EXTRA_ROLES)
        }
        DomainError::TermWithoutRoles => t!(lang, "error-term-without-roles"),
        DomainError::UnreadableTerm => t!(lang, "error-unreadable-term"),
        DomainError::TermOutOfRange => t!(lang, "error-term-out-of-range"),
        DomainError::ClassRoleGrant {
            role,
            error,
            still_held,
        } => class_role_grant(lang, *role, error, still_held),
        DomainError::RosterNotText => t!(lang, "error-roster-not-text"),
        DomainError::RosterUnreadable(why) => {
            t!(lang, "error-roster-unreadable", why = why.clone())
        }
        DomainError::RosterEmpty => t!(lang, "error-roster-empty"),
        DomainError::RosterTooLong(rows) => t!(
            lang,
            "error-roster-too-long",
            rows = *rows,
            max = MAX_ROSTER_ROWS
        ),
        DomainError::UnknownRoster(id) => {
            t!(lang, "error-unknown-roster", roster = id.to_string())
        }
        DomainError::RosterRunning(id) => {
            t!(lang, "error-roster-running", roster = id.to_string())
        }
        DomainError::UnknownRequest => t!(lang, "error-unknown-request"),
        DomainError::RequestDecided { state, by } => request_decided(lang, *state, *by),
        DomainError::RequestInvitationClosed(status) => t!(
            lang,
            "error-request-invitation-closed",
            status = match status {
                Status::UsedUp => "used-up",
                Status::Expired => "expired",
                _ => "revoked",
            }
        ),
        DomainError::RequesterLeft => t!(lang, "error-requester-left"),
        DomainError::EmailLimit {
            of: EmailLimitOf::Moderator,
            limit,
            retry_at,
        } => t!(
            lang,
            "error-email-limit-moderator",
            limit = *limit,
            when = render::relative(*retry_at)
        ),
        DomainError::EmailLimit {
            of: EmailLimitOf::School,
            limit,
            retry_at,
        } => t!(
            lang,
            "error-email-limit-school",
            limit = *limit,
            when = render::relative(*retry_at)
        ),
        DomainError::NoFreeCode | DomainError::Database(_) => return None,
    })
}

/// "You need Porter's **create** or **manage** permission…".
fn forbidden(lang: Lang, needed: &[Permission]) -> String {
    if needed.len() == Permission::ALL.len() {
        return t!(lang, "error-forbidden-any");
    }
    let names: Vec<String> = needed.iter().map(|p| format!("**{p}**")).collect();
    let or = t!(lang, "error-forbidden-or");
    t!(lang, "error-forbidden", permissions = names.join(&or))
}

/// An invitation's status as its messages select on it: `revoked`, `expired`, `used-up`
/// or `active`.
fn status_key(status: Status) -> &'static str {
    match status {
        Status::Active => "active",
        Status::Revoked => "revoked",
        Status::Expired => "expired",
        Status::UsedUp => "used-up",
    }
}

/// Why a role can't be handed to newcomers, from the domain's reason
/// ([`crate::domain::RoleFacts::unsuitable`]), in `lang`; a reason this does not know is
/// shown as the domain gives it.
fn role_unsuitable(lang: Lang, why: Unsuitable) -> String {
    match why {
        Unsuitable::Everyone => t!(lang, "error-role-why-everyone"),
        Unsuitable::Managed => t!(lang, "error-role-why-managed"),
        Unsuitable::Privileged => t!(lang, "error-role-why-privileged"),
        Unsuitable::AboveYou => t!(lang, "error-role-why-above-you"),
        Unsuitable::AbovePorter => t!(lang, "error-role-why-above-porter"),
    }
}

/// Discord's reason for a refusal ([`refusal`]), in `lang` when it is Porter's own words.
fn discord_reason(lang: Lang, why: &str) -> String {
    if why == UNREACHABLE {
        t!(lang, "error-discord-unreachable")
    } else {
        why.to_owned()
    }
}

/// The active invitations that still hand out a class role, by code and label.
fn class_role_in_use(lang: Lang, invitations: &[Invitation]) -> String {
    let names: Vec<String> = invitations
        .iter()
        .map(|i| format!("`{}` {}", i.code, render::label(lang, i)))
        .collect();
    let more = |n: usize| t!(lang, "error-class-role-in-use-more", count = n);
    t!(
        lang,
        "error-class-role-in-use",
        invitations = render::fit_lines(&names, 1200, more).replace('\n', ", ")
    )
}

/// A class role Discord would not grant during a join, and the roles Porter could not take
/// back afterwards.
fn class_role_grant(lang: Lang, role: RoleId, error: &GrantError, still_held: &[RoleId]) -> String {
    let why = match error {
        GrantError::MissingManageRoles => t!(lang, "error-class-role-why-manage-roles"),
        GrantError::RoleAbovePorter => t!(lang, "error-class-role-why-above-porter"),
        GrantError::RoleGone => t!(lang, "error-class-role-why-gone"),
        GrantError::Discord(why) => t!(
            lang,
            "error-class-role-why-discord",
            why = discord_reason(lang, why)
        ),
    };
    let role = format!("<@&{role}>");
    if still_held.is_empty() {
        return t!(lang, "error-class-role-grant", role = role, why = why);
    }
    let roles: Vec<String> = still_held.iter().map(|r| format!("<@&{r}>")).collect();
    t!(
        lang,
        "error-class-role-grant-held",
        role = role,
        why = why,
        roles = roles.join(", "),
        count = still_held.len()
    )
}

/// A join request that was decided (or expired) before this decision.
fn request_decided(lang: Lang, state: RequestState, by: Option<UserId>) -> String {
    let by = by.map(|u| format!("<@{u}>"));
    match (state, by) {
        (RequestState::Expired, _) => t!(lang, "error-request-expired"),
        (RequestState::Deciding, None) => t!(lang, "error-request-deciding"),
        (RequestState::Deciding, Some(by)) => t!(lang, "error-request-deciding-by", by = by),
        (state, None) => t!(lang, "error-request-decided", state = state.as_str()),
        (state, Some(by)) => t!(
            lang,
            "error-request-decided-by",
            state = state.as_str(),
            by = by
        ),
    }
}

fn grant_message(lang: Lang, e: &GrantError) -> String {
    match e {
        GrantError::MissingManageRoles => t!(lang, "error-grant-manage-roles"),
        GrantError::RoleAbovePorter => t!(lang, "error-grant-above-porter"),
        GrantError::RoleGone => t!(lang, "error-grant-role-gone"),
        GrantError::Discord(why) => {
            t!(lang, "error-grant-discord", why = discord_reason(lang, why))
        }
    }
}

/// Poise's error hook: every failure becomes an ephemeral reply; internal ones are logged.
/// Each failed command is counted with its outcome.
pub async fn on_error(error: poise::FrameworkError<'_, Data, Error>) {
    let (ctx, message, outcome) = match error {
        poise::FrameworkError::Command { error, ctx, .. } => {
            error.count_rest_error();
            match error.user_message(super::lang::reader(ctx)) {
                Some(message) => (ctx, message, CommandOutcome::UserError),
                None => {
                    tracing::error!(
                        command = %ctx.command().qualified_name,
                        error = %Chain(&error),
                        "command failed"
                    );
                    (
                        ctx,
                        internal(super::lang::reader(ctx)),
                        CommandOutcome::InternalError,
                    )
                }
            }
        }
        poise::FrameworkError::ArgumentParse {
            ctx, input, error, ..
        } => {
            tracing::debug!(%error, "argument parse failed");
            let lang = super::lang::reader(ctx);
            let message = match input {
                Some(input) => t!(
                    lang,
                    "error-unreadable-option",
                    input = render::inline(&input, 50)
                ),
                None => t!(lang, "error-missing-option"),
            };
            (ctx, message, CommandOutcome::UserError)
        }
        poise::FrameworkError::GuildOnly { ctx, .. } => (
            ctx,
            t!(super::lang::reader(ctx), "error-guild-only"),
            CommandOutcome::UserError,
        ),
        poise::FrameworkError::CommandStructureMismatch {
            ctx, description, ..
        } => {
            tracing::warn!(%description, "command structure mismatch; commands may need re-registering");
            let ctx = poise::Context::Application(ctx);
            (
                ctx,
                internal(super::lang::reader(ctx)),
                CommandOutcome::InternalError,
            )
        }
        poise::FrameworkError::CommandPanic { ctx, payload, .. } => {
            tracing::error!(payload = ?payload, "command panicked");
            (
                ctx,
                internal(super::lang::reader(ctx)),
                CommandOutcome::InternalError,
            )
        }
        // poise's own handler would print the error's causes with reqwest's URLs in them.
        poise::FrameworkError::EventHandler { error, event, .. } => {
            error.count_rest_error();
            tracing::error!(
                event = event.snake_case_name(),
                error = %Chain(&error),
                "handling a Discord event failed"
            );
            return;
        }
        other => {
            // Any other refusal of a command (a check, a cooldown) is the user's to fix.
            if let Some(ctx) = other.ctx() {
                super::command_finished(ctx, CommandOutcome::UserError).await;
            }
            if let Err(e) = poise::builtins::on_error(other).await {
                tracing::error!(error = %e, "error while handling an error");
            }
            return;
        }
    };
    let reply = poise::CreateReply::default()
        .content(message)
        .ephemeral(true);
    if let Err(e) = ctx.send(reply).await {
        metrics::rest_error(&e);
        tracing::warn!(error = %e, "could not send an error reply");
    }
    super::command_finished(ctx, outcome).await;
}

/// Discord's JSON error code of a failed REST call (50013 Missing Permissions…), if any.
pub(crate) fn discord_code(e: &serenity::Error) -> Option<isize> {
    match e {
        serenity::Error::Http(serenity::HttpError::UnsuccessfulRequest(r)) => Some(r.error.code),
        _ => None,
    }
}

/// The HTTP status of a failed REST call, if it got that far.
pub(crate) fn http_status(e: &serenity::Error) -> Option<u16> {
    match e {
        serenity::Error::Http(serenity::HttpError::UnsuccessfulRequest(r)) => {
            Some(r.status_code.as_u16())
        }
        _ => None,
    }
}

/// Discord's reason for refusing a call, in a few words fit to show a user.
pub(crate) fn refusal(e: &serenity::Error) -> String {
    match e {
        serenity::Error::Http(serenity::HttpError::UnsuccessfulRequest(r)) => {
            format!("{}: {}", r.status_code.as_u16(), r.error.message)
        }
        _ => UNREACHABLE.to_owned(),
    }
}

/// [`refusal`] when Discord gave no answer ([`discord_reason`] tells it in the reader's
/// language).
const UNREACHABLE: &str = "Discord could not be reached";

/// Discord's error codes that Porter tells apart.
pub(crate) mod code {
    pub const UNKNOWN_CHANNEL: isize = 10003;
    pub const UNKNOWN_INVITE: isize = 10006;
    pub const UNKNOWN_MESSAGE: isize = 10008;
    pub const UNKNOWN_MEMBER: isize = 10007;
    pub const UNKNOWN_ROLE: isize = 10011;
    pub const UNKNOWN_USER: isize = 10013;
    pub const MISSING_ACCESS: isize = 50001;
    pub const CANNOT_DM: isize = 50007;
    pub const MISSING_PERMISSIONS: isize = 50013;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Invitation, InvitationId, InviteCode, RoleId, UserId, MAX_USES};

    fn invitation(id: i64, label: Option<&str>) -> Invitation {
        Invitation {
            id: InvitationId(id),
            guild_id: 1.into(),
            code: InviteCode::parse("ABCDE-FGHJK").unwrap(),
            label: label.map(str::to_owned),
            created_by: UserId::new(5),
            created_at: 0,
            expires_at: None,
            max_uses: None,
            uses: 0,
            revoked_at: None,
            revoked_by: None,
            link: None,
            link_gone_at: None,
            recipient: None,
            roles: Vec::new(),
            roles_until: None,
        }
    }

    /// Every reason a role may not be handed to newcomers.
    const UNSUITABLE: [Unsuitable; 5] = [
        Unsuitable::Everyone,
        Unsuitable::Managed,
        Unsuitable::Privileged,
        Unsuitable::AboveYou,
        Unsuitable::AbovePorter,
    ];

    /// One error of every kind a user can meet, each kind in each of its forms.
    fn samples() -> Vec<DomainError> {
        use DomainError as E;
        let mut all = vec![
            E::NotASchool,
            E::Forbidden(Permission::ALL.to_vec()),
            E::Forbidden(vec![Permission::Manage]),
            E::Forbidden(vec![Permission::Create, Permission::Manage]),
            E::RoleNotBelowYours,
            E::ManageForEveryone,
            E::LabelTooLong,
            E::LabelBlank,
            E::LabelDirectionControl('\u{202E}'),
            E::MaxUsesOutOfRange(MAX_USES + 1),
            E::PersonalUses(3),
            E::ForSomeoneElse,
            E::PersonalShare,
            E::UnreadableExpiry,
            E::ExpiryOutOfRange,
            E::NotAValidInvitation,
            E::JoiningPaused {
                until: Some(1_700_000_000),
            },
            E::JoiningPaused { until: None },
            E::UnreadablePause,
            E::PauseOutOfRange,
            E::NotPaused,
            E::UnknownPlaceholder("{nme`}".to_owned()),
            E::WelcomeTooLong,
            E::WelcomeBlank,
            E::Expired { at: 1_700_000_000 },
            E::UsedUp { max_uses: 1 },
            E::UsedUp { max_uses: 10_000 },
            E::AlreadyRevoked { at: 1_700_000_000 },
            E::Inactive(Status::Revoked),
            E::Inactive(Status::Expired),
            E::Inactive(Status::UsedUp),
            E::Recounting,
            E::CodeRequired,
            E::RateLimited {
                retry_at: 1_700_000_000,
            },
            E::Grant(GrantError::MissingManageRoles),
            E::Grant(GrantError::RoleAbovePorter),
            E::Grant(GrantError::RoleGone),
            E::Grant(GrantError::Discord("403: Missing Access".to_owned())),
            E::Grant(GrantError::Discord(refusal(&serenity::Error::Other("x")))),
            E::ClassRoleIsMemberRole,
            E::TooManyClassRoles,
            E::NotAClassRole(RoleId::new(77)),
            E::ClassRoleInUse(vec![invitation(3, None), invitation(4, Some("Year *7*"))]),
            E::ClassRoleInUse(
                (1..200)
                    .map(|i| invitation(i, Some("a long label for the list")))
                    .collect(),
            ),
            E::TooManyExtraRoles,
            E::TermWithoutRoles,
            E::UnreadableTerm,
            E::TermOutOfRange,
            E::RosterNotText,
            E::RosterUnreadable("CSV error: record 2".to_owned()),
            E::RosterEmpty,
            E::RosterTooLong(501),
            E::UnknownRoster(12),
            E::RosterRunning(12),
            E::UnknownRequest,
            E::RequestDecided {
                state: RequestState::Expired,
                by: None,
            },
            E::RequesterLeft,
            E::RequestInvitationClosed(Status::UsedUp),
            E::RequestInvitationClosed(Status::Expired),
            E::RequestInvitationClosed(Status::Revoked),
        ];
        for state in [
            RequestState::Deciding,
            RequestState::Approved,
            RequestState::Denied,
            RequestState::Waiting,
        ] {
            for by in [None, Some(UserId::new(42))] {
                all.push(E::RequestDecided { state, by });
            }
        }
        for of in [EmailLimitOf::Moderator, EmailLimitOf::School] {
            all.push(E::EmailLimit {
                of,
                limit: 20,
                retry_at: 1_700_000_000,
            });
        }
        for why in UNSUITABLE {
            all.push(E::UnsuitableMemberRole(why));
            all.push(E::UnsuitableClassRole(why));
        }
        for error in [
            GrantError::MissingManageRoles,
            GrantError::RoleAbovePorter,
            GrantError::RoleGone,
            GrantError::Discord("500: Internal".to_owned()),
            GrantError::Discord(refusal(&serenity::Error::Other("x"))),
        ] {
            for still_held in [
                vec![],
                vec![RoleId::new(8)],
                vec![RoleId::new(8), RoleId::new(9)],
            ] {
                all.push(E::ClassRoleGrant {
                    role: RoleId::new(7),
                    error: error.clone(),
                    still_held,
                });
            }
        }
        all
    }

    /// Every error a user can meet reads in every shipped language: its own words, with
    /// no English reason (a role's, Discord's) and no placeholder left over.
    #[test]
    fn every_domain_error_reads_in_every_shipped_language() {
        let mut reasons: Vec<String> = UNSUITABLE.iter().map(ToString::to_string).collect();
        reasons.push(UNREACHABLE.to_owned());
        for e in samples() {
            let english = domain_message(Lang::ENGLISH, &e).expect("a message for the user");
            for lang in Lang::all().skip(1) {
                let text = domain_message(lang, &e).unwrap();
                let language = lang.id();
                assert_ne!(text, english, "{e:?} in {language}");
                assert!(
                    !text.contains("{ $") && !text.contains("{$"),
                    "{language}: {text}"
                );
                for left in &reasons {
                    assert!(!text.contains(left.as_str()), "{e:?} in {language}: {text}");
                }
            }
        }
    }
}
