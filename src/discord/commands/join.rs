//! `/join`, and the redemption it shares with the Join button.

use poise::serenity_prelude as serenity;

use super::{guild_name, reply_text};
use crate::discord::{error::Error, gate::DiscordGate, notify, sweep, Context, Data};
use crate::domain::{DomainError, JoinMethod, JoinOutcome, JoinRequest};
use crate::service::metrics;

/// Join a school with an invite code (in a public school the code may be left out)
#[poise::command(slash_command)]
pub async fn join(
    ctx: Context<'_>,
    #[description = "Your invite code, like ABCDE-FGHJK"] code: Option<String>,
) -> Result<(), Error> {
    let poise::Context::Application(app) = ctx else {
        return Ok(());
    };
    ctx.defer_ephemeral().await?;
    let text = redeem(
        ctx.serenity_context(),
        ctx.data(),
        ctx.author().id,
        app.interaction.member.as_deref(),
        code.as_deref(),
        JoinMethod::Code,
    )
    .await?;
    reply_text(ctx, text).await
}

/// Redeems a code for `user` (`member` is set when asked from inside a server) and says
/// what happened, in words for the person joining. Logs joins and wrong-code warnings to
/// the school's log channel.
pub(crate) async fn redeem(
    ctx: &serenity::Context,
    data: &Data,
    user: serenity::UserId,
    member: Option<&serenity::Member>,
    code: Option<&str>,
    method: JoinMethod,
) -> Result<String, Error> {
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
    let outcome = match data.domain.join(&gate, request).await {
        Ok(outcome) => outcome,
        Err(DomainError::NotAValidInvitation) => {
            if let Some(guild_id) = guild_id {
                match data.domain.take_failure_alert(guild_id).await {
                    Ok(Some(alert)) => notify::failure_alert(&ctx.http, alert).await,
                    Ok(None) => {}
                    Err(e) => tracing::warn!(error = %e, "could not check the wrong-code alert"),
                }
            }
            return Err(DomainError::NotAValidInvitation.into());
        }
        Err(e) => return Err(e.into()),
    };
    Ok(match outcome {
        JoinOutcome::Joined {
            school,
            invitation,
            counted,
        } => {
            let name = guild_name(&ctx.cache, school.guild_id);
            tracing::info!(guild = %school.guild_id, user = %user, invitation = ?invitation.as_ref().map(|i| i.id), counted, "joined");
            if let Some(inv) = &invitation {
                // After its last use the link must stop letting people in too.
                sweep::close(&ctx.http, &data.domain, inv).await;
            }
            if counted {
                metrics::join(request.method);
                notify::log_line(
                    &ctx.http,
                    &school,
                    notify::join_line(user.into(), invitation.as_ref(), request.method),
                )
                .await;
            }
            let role = role_name(&ctx.cache, school.guild_id, school.member_role_id);
            format!(
                "Welcome to **{}**! You now have the **{role}** role.",
                crate::discord::render::plain(&name)
            )
        }
        JoinOutcome::AlreadyMember { school } => format!(
            "You're already a member of **{}**, so nothing changed.",
            crate::discord::render::plain(&guild_name(&ctx.cache, school.guild_id))
        ),
        JoinOutcome::NotInServer { school, invitation } => {
            let name = crate::discord::render::plain(&guild_name(&ctx.cache, school.guild_id));
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
