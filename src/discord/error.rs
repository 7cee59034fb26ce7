//! Porter's command error, and the one handler that turns every error into a clear,
//! ephemeral reply.

use poise::serenity_prelude as serenity;

use super::{render, Data};
use crate::domain::{
    DomainError, EmailLimitOf, GrantError, Permission, RequestState, Status, MAX_CLASS_ROLES,
    MAX_EXPIRY, MAX_EXTRA_ROLES, MAX_LABEL_CHARS, MAX_ROSTER_ROWS, MAX_USES,
};
use crate::i18n::t;
use crate::logging::Chain;
use crate::service::metrics::{self, CommandOutcome};

/// A command failed. `Domain` and `User` errors are the user's to fix and are told as
/// they are; `Internal` ones are logged and the user gets an apology.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Domain(#[from] DomainError),
    /// A ready-made message for the user (a Discord-side problem with its fix).
    #[error("{0}")]
    User(String),
    /// A message for the user (a Discord-side problem with its fix), told in their language.
    #[error("{}", .0.id())]
    Message(crate::i18n::Msg),
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
pub(crate) fn internal(lang: crate::i18n::Lang) -> String {
    t!(lang, "error-internal")
}

impl Error {
    /// The message for the user; `None` when it is internal and must only be logged.
    pub fn user_message(&self, lang: crate::i18n::Lang) -> Option<String> {
        match self {
            Self::Domain(e) => domain_message(e),
            Self::User(message) => Some(message.clone()),
            Self::Message(message) => Some(message.render(lang)),
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

/// How a domain error reads to a moderator or member; `None` for internal failures.
pub(crate) fn domain_message(e: &DomainError) -> Option<String> {
    Some(match e {
        DomainError::NotASchool => "This server isn't set up as a school yet. Someone with \
            Manage Server can start with `/school setup member_role:@Members`."
            .to_owned(),
        DomainError::Forbidden(needed) => {
            let needs = if needed.len() == Permission::ALL.len() {
                "any of Porter's permissions".to_owned()
            } else {
                let names: Vec<String> = needed.iter().map(|p| format!("**{p}**")).collect();
                format!("Porter's {} permission", names.join(" or "))
            };
            format!(
                "You need {needs} for this. Ask someone with Manage Server to grant it to one \
                 of your roles with `/permissions grant`."
            )
        }
        DomainError::RoleNotBelowYours => "That role is not below your highest role, so you \
            can't change what it may do with Porter: a moderator hands out only what their \
            place in the server allows. Nothing changed. Ask someone whose highest role is \
            above it, a server administrator or the owner."
            .to_owned(),
        DomainError::ManageForEveryone => "**manage** can't be granted to @everyone: every \
            member could then change Porter's settings and permissions. Nothing changed. \
            Grant it to a moderator role instead."
            .to_owned(),
        DomainError::UnsuitableMemberRole(why) => {
            format!(
                "That role can't be the member role: {why}. Pick a plain role such as @Members."
            )
        }
        DomainError::LabelTooLong => {
            format!("The label is too long: keep it to {MAX_LABEL_CHARS} characters.")
        }
        DomainError::LabelBlank => "The label has nothing visible in it: only spaces or \
            invisible characters (such as zero-width spaces). Nothing was created. Type a \
            label people can read, or leave `label` out."
            .to_owned(),
        DomainError::LabelDirectionControl(c) => format!(
            "The label holds an invisible character that changes the direction text is shown \
             in (U+{:04X}), which can make a label read as something else. Nothing was \
             created. Type the label again without it; such characters often come along \
             with pasted text.",
            *c as u32
        ),
        DomainError::MaxUsesOutOfRange(n) => {
            format!("`max_uses` must be a whole number from 1 to {MAX_USES}, not {n}.")
        }
        DomainError::PersonalUses(n) => format!(
            "A personal invitation (`for:`) lets its one person join once, so it can't have \
             `max_uses:{n}`. Nothing was created. Leave `max_uses` out (or make it 1), or \
             leave `for:` out to make an invitation several people can use."
        ),
        DomainError::ForSomeoneElse => "That code is from a personal invitation made for \
            someone else, so it doesn't work for you. Ask a moderator of the school for your \
            own invitation."
            .to_owned(),
        DomainError::PersonalShare => "That is a personal invitation: only the person it \
            was made for can use it, so Porter sends it to them alone and never posts it in a \
            channel. Nothing was shared. Use `/invite share` with `dm:` set to that person, or \
            create an invitation for whoever else needs one."
            .to_owned(),
        DomainError::UnreadableExpiry => "I couldn't read that expiry. Write it like `30m`, \
            `12h`, `7d` or `2w`."
            .to_owned(),
        DomainError::ExpiryOutOfRange => format!(
            "An invitation can expire after 1 minute at the soonest and {} days at the latest.",
            MAX_EXPIRY.as_secs() / 86_400
        ),
        DomainError::NotAValidInvitation => {
            "That is not a valid invitation. Check the code and try again.".to_owned()
        }
        DomainError::JoiningPaused { until } => match until {
            Some(until) => format!(
                "Joining this school is paused for now: the moderators stopped every way in \
                 until {} ({}). Try again then; your code still works afterwards.",
                render::full(*until),
                render::relative(*until)
            ),
            None => "Joining this school is paused for now: the moderators stopped every way \
                in until they resume it. Try again later; your code still works afterwards."
                .to_owned(),
        },
        DomainError::UnreadablePause => "I couldn't read that length. Write it like `30m`, \
            `12h` or `2d`, or leave `for:` out to pause until `/school resume`."
            .to_owned(),
        DomainError::PauseOutOfRange => format!(
            "A pause lasts 1 minute at the shortest and {} days at the longest. Leave `for:` \
             out to pause until `/school resume`.",
            crate::domain::MAX_PAUSE.as_secs() / 86_400
        ),
        DomainError::NotPaused => "Joining isn't paused, so there is nothing to resume. \
            `/school pause` stops every way in."
            .to_owned(),
        DomainError::UnknownPlaceholder(name) => format!(
            "The welcome message holds `{}`, which Porter does not fill in. Use only \
             `{{user}}` (the newcomer), `{{school}}` (the server's name) and `{{inviter}}` \
             (who made the invitation). Nothing was changed.",
            render::inline(name, 40)
        ),
        DomainError::WelcomeTooLong => format!(
            "The welcome message can be at most {} characters long. Nothing was changed.",
            crate::domain::MAX_WELCOME_CHARS
        ),
        DomainError::WelcomeBlank => "The welcome message is empty. Write a message, or \
            `off` to remove it. Nothing was changed."
            .to_owned(),
        DomainError::Expired { at } => format!(
            "That invitation expired {}. Ask whoever invited you for a new one.",
            render::relative(*at)
        ),
        DomainError::UsedUp { max_uses } => format!(
            "That invitation has been used up (all {max_uses} {} taken). Ask whoever invited \
             you for a new one.",
            if *max_uses == 1 { "use" } else { "uses" }
        ),
        DomainError::AlreadyRevoked { at } => {
            format!(
                "That invitation was already revoked {}.",
                render::relative(*at)
            )
        }
        DomainError::Inactive(status) => format!(
            "That invitation is {}, so it can't be shared. Create a new one with `/invite create`.",
            status.as_str()
        ),
        DomainError::Recounting => "Porter is still counting who came in through this \
            invitation's link a moment ago, so it can't tell yet whether a seat is left. Try \
            again in a minute."
            .to_owned(),
        DomainError::CodeRequired => "You need an invite code to join this school. Ask a \
            moderator for one, then run `/join code:ABCDE-FGHJK`."
            .to_owned(),
        DomainError::RateLimited { retry_at } => format!(
            "Too many wrong codes. You can try again {}.",
            render::relative(*retry_at)
        ),
        DomainError::Grant(g) => grant_message(g),
        DomainError::UnsuitableClassRole(why) => format!(
            "That role can't be a class role: {why}. Nothing changed. Pick a plain role such \
             as @Year 7, below Porter's and yours."
        ),
        DomainError::ClassRoleIsMemberRole => "That is the school's member role, which every \
            invitation already gives. Nothing changed."
            .to_owned(),
        DomainError::TooManyClassRoles => format!(
            "The school already has {MAX_CLASS_ROLES} class roles. Nothing changed. Remove one \
             with `/school roles remove` first."
        ),
        DomainError::NotAClassRole(role) => format!(
            "<@&{role}> is not one of this school's class roles. Nothing changed. Someone \
             with **manage** can add it with `/school roles add role:`; `/school roles list` \
             shows the list."
        ),
        DomainError::ClassRoleInUse(invitations) => {
            let names: Vec<String> = invitations
                .iter()
                .map(|i| {
                    format!(
                        "`{}` {}",
                        i.code,
                        render::label(crate::i18n::Lang::ENGLISH, i)
                    )
                })
                .collect();
            format!(
                "Active invitations still give that role, so it stays on the list: {}. \
                 Revoke them with `/invite revoke` first (people who joined keep the role), \
                 then remove it.",
                render::fit_lines(&names, 1200, |n| format!("…and {n} more")).replace('\n', ", ")
            )
        }
        DomainError::TooManyExtraRoles => format!(
            "An invitation gives at most {MAX_EXTRA_ROLES} roles besides the member role. \
             Nothing was created."
        ),
        DomainError::TermWithoutRoles => "`roles_until` says when an invitation's extra roles \
            end, and this one has none. Nothing was created. Add `role:` or leave \
            `roles_until` out."
            .to_owned(),
        DomainError::UnreadableTerm => "I couldn't read `roles_until`. Write a date like \
            `2026-07-15` (midnight UTC), a date and time like `2026-07-15 16:00` (UTC), or a \
            duration like `30d` or `12w`. Nothing was created."
            .to_owned(),
        DomainError::TermOutOfRange => "`roles_until` must be in the future, at least a \
            minute away and at most two years away. Nothing was created."
            .to_owned(),
        DomainError::ClassRoleGrant {
            role,
            error,
            still_held,
        } => {
            let why = match error {
                GrantError::MissingManageRoles => {
                    "Porter is missing the **Manage Roles** permission".to_owned()
                }
                GrantError::RoleAbovePorter => "the role is not below Porter's own role".to_owned(),
                GrantError::RoleGone => "the role no longer exists".to_owned(),
                GrantError::Discord(why) => format!("Discord refused ({why})"),
            };
            let held = if still_held.is_empty() {
                "You got none of the invitation's roles".to_owned()
            } else {
                let roles: Vec<String> = still_held.iter().map(|r| format!("<@&{r}>")).collect();
                format!(
                    "Porter could not take back {} it had just given you: a moderator should \
                     remove {} by hand",
                    roles.join(", "),
                    if still_held.len() == 1 { "it" } else { "them" }
                )
            };
            format!(
                "Porter couldn't give you the class role <@&{role}>: {why}. {held}. Nothing \
                 was used up. Tell a moderator: a server administrator must fix this (Server \
                 Settings → Roles: Porter needs Manage Roles and a role above <@&{role}>), \
                 then try again."
            )
        }
        DomainError::RosterNotText => "That file is not text. Attach a CSV file (in a \
            spreadsheet: File → Download or Save as → CSV) with one person a row: a Discord \
            user id or a username. Nothing was created."
            .to_owned(),
        DomainError::RosterUnreadable(why) => format!(
            "I couldn't read that file as CSV ({why}). Nothing was created. Save it as CSV \
             with one person a row: a Discord user id or a username."
        ),
        DomainError::RosterEmpty => "That file names nobody. Put one person a row: a Discord \
            user id or a username (a header row is fine). Nothing was created."
            .to_owned(),
        DomainError::RosterTooLong(rows) => format!(
            "That file has {rows} rows; a roster takes at most {MAX_ROSTER_ROWS}. Nothing was \
             created. Split it into several files of up to {MAX_ROSTER_ROWS} rows."
        ),
        DomainError::UnknownRoster(id) => format!(
            "This school has no roster {id}. The reply to `/invite roster` says each \
             roster's number."
        ),
        DomainError::RosterRunning(id) => format!(
            "Roster {id} is being worked through right now; its reply shows how far it got. \
             Try `resume:` again once it is done."
        ),
        DomainError::UnknownRequest => "That join request is not in this school's records \
            (its school was erased, or it belongs to another server). Nothing changed."
            .to_owned(),
        DomainError::RequestDecided { state, by } => {
            let who = by.map(|u| format!(" by <@{u}>")).unwrap_or_default();
            match state {
                RequestState::Expired => "That join request expired: nothing was granted. \
                    The person can ask again with their code or link."
                    .to_owned(),
                RequestState::Deciding => {
                    format!("That join request is being approved{who} right now. Nothing changed.")
                }
                state => format!(
                    "That join request was already {}{who}. Nothing changed.",
                    state.as_str()
                ),
            }
        }
        DomainError::RequestInvitationClosed(status) => {
            let why = match status {
                Status::UsedUp => "is full: every use went to approved joins",
                Status::Expired => "has expired",
                _ => "was revoked",
            };
            format!(
                "Can't approve: the invitation they used {why}. The request still waits: \
                 deny it, or create a new invitation and ask them to use it."
            )
        }
        DomainError::RequesterLeft => "Can't approve: the person is no longer in the server. \
            The request still waits; deny it, or approve once they are back."
            .to_owned(),
        DomainError::EmailLimit {
            of,
            limit,
            retry_at,
        } => format!(
            "{} Porter sent {limit} invitation emails in the last 24 hours, the most {} may. \
             Nothing was emailed. One more can go {}; until then share the code or link \
             another way (`dm:` or `channel:`), or ask whoever runs Porter to raise \
             `{}` under [email] in its config.",
            match of {
                EmailLimitOf::Moderator => "For you,",
                EmailLimitOf::School => "For this school,",
            },
            match of {
                EmailLimitOf::Moderator => "one moderator",
                EmailLimitOf::School => "one school",
            },
            render::relative(*retry_at),
            match of {
                EmailLimitOf::Moderator => "daily_per_moderator",
                EmailLimitOf::School => "daily_per_school",
            }
        ),
        DomainError::NoFreeCode | DomainError::Database(_) => return None,
    })
}

fn grant_message(e: &GrantError) -> String {
    let fix = match e {
        GrantError::MissingManageRoles => "Porter is missing the **Manage Roles** permission. \
            A server administrator must give Porter's role Manage Roles (Server Settings → Roles)."
            .to_owned(),
        GrantError::RoleAbovePorter => "the member role is not below Porter's own role. A \
            server administrator must drag Porter's role above the member role (Server \
            Settings → Roles)."
            .to_owned(),
        GrantError::RoleGone => "the school's member role no longer exists. A server \
            administrator must pick a new one with `/school setup member_role:`."
            .to_owned(),
        GrantError::Discord(why) => format!(
            "Discord refused ({why}). If this keeps happening, tell a server administrator."
        ),
    };
    format!("Porter couldn't give you the member role: {fix} Nothing was used up; try again once it's fixed.")
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
            (
                poise::Context::Application(ctx),
                internal(crate::i18n::Lang::ENGLISH),
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
        _ => "Discord could not be reached".to_owned(),
    }
}

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
