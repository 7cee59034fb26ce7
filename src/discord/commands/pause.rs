//! `/school pause [for:]` and `/school resume`: one switch for every way in.

use poise::serenity_prelude as serenity;

use super::reply_embed;
use crate::discord::actor::guild_actor;
use crate::discord::{notify, pause, render, Context, Error};
use crate::domain::parse_pause_for;

/// Stop every way in (codes, Join buttons, links) until /school resume or for: ends (needs manage)
#[poise::command(slash_command, guild_only)]
pub async fn pause(
    ctx: Context<'_>,
    #[rename = "for"]
    #[description = "How long, like 30m, 6h or 2d (default: until /school resume)"]
    length: Option<String>,
) -> Result<(), Error> {
    let (guild_id, actor) = guild_actor(ctx)?;
    let length = length.as_deref().map(parse_pause_for).transpose()?;
    let domain = &ctx.data().domain;
    let school = domain.pause_school(guild_id.into(), &actor, length).await?;
    let links_off = pause::guild(ctx.http(), domain, guild_id.into()).await;
    tracing::info!(guild = %guild_id, until = ?school.paused_until, links_off, "joining paused");
    notify::log_line(
        ctx.http(),
        &school,
        notify::pause_line(
            crate::i18n::Lang::ENGLISH,
            actor.user_id,
            school.paused_until,
            links_off,
        ),
    )
    .await;
    let mut embed = serenity::CreateEmbed::new()
        .title("Joining paused")
        .colour(render::GREY)
        .description(format!(
            "{}. Codes and Join buttons tell people that joining is paused and until when. \
             `/school resume` opens everything again.",
            render::joining_text(crate::i18n::Lang::ENGLISH, &school, true)
        ));
    embed = if links_off {
        embed.field(
            "Links",
            "Discord lets nobody in through this server's invite links meanwhile (all of \
             them, not only Porter's). They work again, unchanged, when the pause ends.",
            false,
        )
    } else {
        embed.field(
            "Links",
            "Porter could not pause this server's invite links on Discord: it needs **Manage \
             Server** (see `/school check`). Until then anyone who arrives through one of \
             Porter's links has the member role taken back and is not counted.",
            false,
        )
    };
    reply_embed(ctx, embed).await
}

/// Open every way in again after /school pause (needs manage)
#[poise::command(slash_command, guild_only)]
pub async fn resume(ctx: Context<'_>) -> Result<(), Error> {
    let (guild_id, actor) = guild_actor(ctx)?;
    let domain = &ctx.data().domain;
    let school = domain.resume_school(guild_id.into(), &actor).await?;
    let links_on = pause::guild(ctx.http(), domain, guild_id.into()).await;
    tracing::info!(guild = %guild_id, links_on, "joining resumed");
    notify::log_line(
        ctx.http(),
        &school,
        notify::resume_line(crate::i18n::Lang::ENGLISH, actor.user_id),
    )
    .await;
    let description = if links_on {
        "Codes, Join buttons and links work again."
    } else {
        "Codes and Join buttons work again. Porter could not switch the server's invite \
         links back on yet; it tries again every minute, and Discord switches them back on by \
         itself within 24 hours."
    };
    reply_embed(
        ctx,
        serenity::CreateEmbed::new()
            .title("Joining resumed")
            .colour(render::GREEN)
            .description(description),
    )
    .await
}
