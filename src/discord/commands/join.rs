//! `/join`, and the redemption it shares with the Join button.

use std::future::Future;
use std::time::Duration;

use poise::serenity_prelude as serenity;

use super::{guild_name, reply_text};
use crate::discord::{
    approval, error::Error, gate::DiscordGate, lang, notify, render, sweep, Context, Data,
};
use crate::domain::{
    DomainError, Invitation, JoinMethod, JoinOutcome, JoinRequest, Queued, School, Unconfirmed,
};
use crate::i18n::{t, Lang};
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
    let reader = lang::reader(ctx);
    let answered = if deferred {
        app.interaction
            .edit_response(
                ctx.http(),
                serenity::EditInteractionResponse::new().content(redeemed.text(reader)),
            )
            .await
            .map(drop)
            .map_err(Error::from)
    } else {
        reply_text(ctx, redeemed.text(reader)).await
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
    /// The answer for the person joining, in their language: [`Redeemed::text`].
    answer: Answer,
    /// The school's server, and the cache that names it and its roles.
    school: crate::domain::GuildId,
    cache: std::sync::Arc<serenity::Cache>,
    joined: Option<Joined>,
    /// A join put in the school's queue (approval on): its request, to post.
    queued: Option<(School, Option<Invitation>, Queued)>,
}

/// What a redemption tells the person joining, before it is put in their language.
enum Answer {
    /// They joined and have these roles: the member role, then the join's class roles.
    Joined {
        roles: Vec<crate::domain::RoleId>,
    },
    AlreadyMember,
    /// The code is for a server they are not in; its invitation's link, if it still works.
    NotInServer {
        url: Option<String>,
    },
    /// Their join waits for a moderator.
    Queued(Queued),
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
    /// The answer in the language of the person joining.
    pub(crate) fn text(&self, lang: Lang) -> String {
        let name = guild_name(lang, &self.cache, self.school);
        let school = render::plain(&name);
        match &self.answer {
            Answer::Joined { roles } => {
                let mut roles: Vec<String> = roles
                    .iter()
                    .map(|r| format!("**{}**", role_name(lang, &self.cache, self.school, *r)))
                    .collect();
                match roles.pop() {
                    Some(last) if !roles.is_empty() => t!(
                        lang,
                        "join-welcome-roles",
                        school = school,
                        roles = roles.join(", "),
                        last = last,
                    ),
                    last => t!(
                        lang,
                        "join-welcome-role",
                        school = school,
                        role = last.unwrap_or_default(),
                    ),
                }
            }
            Answer::AlreadyMember => t!(lang, "join-already-member", school = school),
            Answer::NotInServer { url: Some(url) } => {
                t!(
                    lang,
                    "join-not-in-server",
                    school = school,
                    url = url.as_str()
                )
            }
            Answer::NotInServer { url: None } => {
                t!(lang, "join-not-in-server-no-link", school = school)
            }
            Answer::Queued(queued) => approval::waiting_text(lang, &name, queued),
        }
    }

    /// Does what need not hold the answer up: confirms the join, closes an invitation that
    /// was just used up, and writes the join to the school's log channel.
    pub(crate) async fn finish(self, ctx: &serenity::Context, data: &Data) {
        if let Some((school, invitation, queued)) = &self.queued {
            approval::post_request(
                &ctx.http,
                &ctx.cache,
                &data.domain,
                school,
                invitation.as_ref(),
                queued,
            )
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
            sweep::close(&ctx.http, &ctx.cache, &data.domain, inv).await;
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
                    lang::of_server(&ctx.cache, joined.school.guild_id),
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
                    Ok(Some(alert)) => {
                        let lang = lang::of_server(&ctx.cache, guild_id);
                        notify::failure_alert(&ctx.http, lang, alert).await;
                    }
                    Ok(None) => {}
                    Err(e) => tracing::warn!(error = %e, "could not check the wrong-code alert"),
                }
            }
            return Err(e.into());
        }
        Err(e) => return Err(e.into()),
    };
    let answer = match &outcome {
        JoinOutcome::Joined {
            school,
            invitation,
            counted,
        } => {
            tracing::info!(guild = %school.guild_id, user = %user, invitation = ?invitation.as_ref().map(|i| i.id), counted, "joined");
            if *counted {
                metrics::join(request.method);
            }
            // The member role, and the class roles the join gave.
            let roles = std::iter::once(school.member_role_id)
                .chain(invitation.iter().flat_map(|i| i.roles.iter().copied()))
                .collect();
            Answer::Joined { roles }
        }
        JoinOutcome::AlreadyMember { .. } => Answer::AlreadyMember,
        JoinOutcome::NotInServer { invitation, .. } => Answer::NotInServer {
            url: invitation.url(),
        },
        JoinOutcome::Queued { school, queued, .. } => {
            tracing::info!(guild = %school.guild_id, user = %user, request = queued.request.id, new = queued.new, "join queued for approval");
            Answer::Queued(queued.clone())
        }
    };
    let school = match &outcome {
        JoinOutcome::Joined { school, .. }
        | JoinOutcome::AlreadyMember { school }
        | JoinOutcome::NotInServer { school, .. }
        | JoinOutcome::Queued { school, .. } => school.guild_id,
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
        answer,
        school,
        cache: ctx.cache.clone(),
        joined,
        queued,
    })
}

/// A role's name for a message (role mentions don't render in DMs).
fn role_name(
    lang: Lang,
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
            || t!(lang, "join-role-unknown"),
            |n| crate::discord::render::plain(&n),
        )
}
