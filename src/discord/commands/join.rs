//! `/join`, and the redemption it shares with the Join button.

use std::future::Future;
use std::time::Duration;

use poise::serenity_prelude as serenity;

use super::{guild_name, reply_text};
use crate::discord::{approval, error::Error, gate::DiscordGate, notify, sweep, Context, Data};
use crate::domain::{
    DomainError, Invitation, JoinMethod, JoinOutcome, JoinRequest, Queued, School, Unconfirmed,
};
use crate::service::metrics;

/// How long a join may run before Porter defers its answer: well within Discord's 3 seconds
/// for the first answer to an interaction, so that the deferral itself arrives in time.
pub(crate) const DEFER_AFTER: Duration = Duration::from_secs(2);

/// Join a school with an invite code (in a public school the code may be left out)
#[poise::command(slash_command)]
pub async fn join(
    ctx: Context<'_>,
    #[description = "Your invite code, like ABCDE-FGHJK"] code: Option<String>,
) -> Result<(), Error> {
    let poise::Context::Application(app) = ctx else {
        return Ok(());
    };
    let work = redeem(
        ctx.serenity_context(),
        ctx.data(),
        ctx.author().id,
        app.interaction.member.as_deref(),
        code.as_deref(),
        JoinMethod::Code,
    );
    let (redeemed, deferred) = in_time(work, ctx.defer_ephemeral()).await;
    let redeemed = redeemed?;
    let answered = if deferred {
        app.interaction
            .edit_response(
                ctx.http(),
                serenity::EditInteractionResponse::new().content(redeemed.text.clone()),
            )
            .await
            .map(drop)
            .map_err(Error::from)
    } else {
        reply_text(ctx, redeemed.text.clone()).await
    };
    // The member has the role whether or not the answer reached them.
    redeemed.finish(ctx.serenity_context(), ctx.data()).await;
    answered
}

/// Runs `work`, and when it is still running after [`DEFER_AFTER`], sends `defer` (the
/// deferral of the interaction's answer) and goes on waiting. A quick piece of work is thus
/// answered with one callback carrying the answer; a slow one is deferred in time and its
/// answer edited in. Returns the work's result and whether the answer was deferred.
pub(crate) async fn in_time<T, D>(
    work: impl Future<Output = T>,
    defer: impl Future<Output = Result<D, serenity::Error>>,
) -> (T, bool) {
    let work = std::pin::pin!(work);
    let mut work = work;
    tokio::select! {
        biased;
        done = &mut work => (done, false),
        () = tokio::time::sleep(DEFER_AFTER) => {
            if let Err(e) = defer.await {
                metrics::rest_error(&e);
                tracing::warn!(error = %crate::logging::Chain(&e), "could not defer an answer");
            }
            (work.await, true)
        }
    }
}

/// A redemption's answer, and what is left to do once the person has it.
pub(crate) struct Redeemed {
    /// The answer, in words for the person joining.
    pub text: String,
    joined: Option<Joined>,
    /// A join put in the school's queue (approval on): its request, to post.
    queued: Option<(School, Option<Invitation>, Queued)>,
}

/// A join done: what remains once its answer is sent.
struct Joined {
    user: serenity::UserId,
    school: School,
    invitation: Option<Invitation>,
    counted: bool,
    method: JoinMethod,
    unconfirmed: Option<Unconfirmed>,
}

impl Redeemed {
    /// Does what need not hold the answer up: confirms the join, closes an invitation that
    /// was just used up, and writes the join to the school's log channel.
    pub(crate) async fn finish(self, ctx: &serenity::Context, data: &Data) {
        if let Some((school, invitation, queued)) = &self.queued {
            approval::post_request(&ctx.http, &data.domain, school, invitation.as_ref(), queued)
                .await;
        }
        let Some(joined) = self.joined else {
            return;
        };
        if let Some(unconfirmed) = joined.unconfirmed {
            data.domain.confirm_join(unconfirmed).await;
        }
        if let Some(inv) = &joined.invitation {
            // After its last use the link must stop letting people in too.
            sweep::close(&ctx.http, &data.domain, inv).await;
        }
        if joined.counted {
            crate::discord::welcome::post(
                &ctx.http,
                &ctx.cache,
                &joined.school,
                joined.user.into(),
                joined.invitation.as_ref(),
            )
            .await;
            notify::log_line(
                &ctx.http,
                &joined.school,
                notify::join_line(
                    crate::i18n::Lang::ENGLISH,
                    joined.user.into(),
                    joined.invitation.as_ref(),
                    joined.method,
                ),
            )
            .await;
        }
    }
}

/// Redeems a code for `user` (`member` is set when asked from inside a server) and says
/// what happened, in words for the person joining; logs wrong-code warnings to the school's
/// log channel. What need not hold the answer up is left to [`Redeemed::finish`].
pub(crate) async fn redeem(
    ctx: &serenity::Context,
    data: &Data,
    user: serenity::UserId,
    member: Option<&serenity::Member>,
    code: Option<&str>,
    method: JoinMethod,
) -> Result<Redeemed, Error> {
    let gate = DiscordGate {
        http: &ctx.http,
        cache: &ctx.cache,
        known: member,
    };
    let guild_id = member.map(|m| m.guild_id.into());
    let request = JoinRequest {
        user_id: user.into(),
        guild_id,
        code: code.map(str::trim).filter(|c| !c.is_empty()),
        method: if code.is_some() {
            method
        } else {
            JoinMethod::Public
        },
    };
    let (outcome, unconfirmed) = match data.domain.join_unconfirmed(&gate, request).await {
        Ok(joined) => joined,
        Err(e @ (DomainError::NotAValidInvitation | DomainError::ForSomeoneElse)) => {
            if let Some(guild_id) = guild_id {
                match data.domain.take_failure_alert(guild_id).await {
                    Ok(Some(alert)) => notify::failure_alert(&ctx.http, alert).await,
                    Ok(None) => {}
                    Err(e) => tracing::warn!(error = %e, "could not check the wrong-code alert"),
                }
            }
            return Err(e.into());
        }
        Err(e) => return Err(e.into()),
    };
    let text = match &outcome {
        JoinOutcome::Joined {
            school,
            invitation,
            counted,
        } => {
            let name = guild_name(crate::i18n::Lang::ENGLISH, &ctx.cache, school.guild_id);
            tracing::info!(guild = %school.guild_id, user = %user, invitation = ?invitation.as_ref().map(|i| i.id), counted, "joined");
            if *counted {
                metrics::join(request.method);
            }
            // The member role, and the class roles the join gave.
            let roles: Vec<String> = std::iter::once(school.member_role_id)
                .chain(invitation.iter().flat_map(|i| i.roles.iter().copied()))
                .map(|r| format!("**{}**", role_name(&ctx.cache, school.guild_id, r)))
                .collect();
            let roles = match roles.split_last() {
                Some((last, rest)) if !rest.is_empty() => {
                    format!("the {} and {last} roles", rest.join(", "))
                }
                _ => format!("the {} role", roles.concat()),
            };
            format!(
                "Welcome to **{}**! You now have {roles}.",
                crate::discord::render::plain(&name)
            )
        }
        JoinOutcome::AlreadyMember { school } => format!(
            "You're already a member of **{}**, so nothing changed.",
            crate::discord::render::plain(&guild_name(
                crate::i18n::Lang::ENGLISH,
                &ctx.cache,
                school.guild_id
            ))
        ),
        JoinOutcome::NotInServer { school, invitation } => {
            let name = crate::discord::render::plain(&guild_name(
                crate::i18n::Lang::ENGLISH,
                &ctx.cache,
                school.guild_id,
            ));
            match invitation.url() {
                Some(url) => format!(
                    "That code is for **{name}**, and you're not in that server yet. Join \
                     through {url} and you'll get the member role as you arrive."
                ),
                None => format!(
                    "That code is for **{name}**, and you're not in that server yet. Its link \
                     no longer works: ask whoever invited you for a new one."
                ),
            }
        }
        JoinOutcome::Queued { school, queued, .. } => {
            tracing::info!(guild = %school.guild_id, user = %user, request = queued.request.id, new = queued.new, "join queued for approval");
            approval::waiting_text(
                crate::i18n::Lang::ENGLISH,
                &guild_name(crate::i18n::Lang::ENGLISH, &ctx.cache, school.guild_id),
                queued,
            )
        }
    };
    let mut queued = None;
    let joined = match outcome {
        JoinOutcome::Queued {
            school,
            invitation,
            queued: request,
        } => {
            queued = Some((school, invitation, request));
            None
        }
        JoinOutcome::Joined {
            school,
            invitation,
            counted,
        } => Some(Joined {
            user,
            school,
            invitation,
            counted,
            method: request.method,
            unconfirmed,
        }),
        _ => None,
    };
    Ok(Redeemed {
        text,
        joined,
        queued,
    })
}

/// A role's name for a message (role mentions don't render in DMs).
fn role_name(
    cache: &serenity::Cache,
    guild_id: crate::domain::GuildId,
    role_id: crate::domain::RoleId,
) -> String {
    cache
        .guild(serenity::GuildId::from(guild_id))
        .and_then(|g| {
            g.roles
                .get(&serenity::RoleId::from(role_id))
                .map(|r| r.name.clone())
        })
        .map_or_else(
            || "member".to_owned(),
            |n| crate::discord::render::plain(&n),
        )
}
