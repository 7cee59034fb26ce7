//! `/school pause [for:]` and `/school resume`: one switch for every way in.

use poise::serenity_prelude as serenity;

use super::reply_embed;
use crate::discord::actor::guild_actor;
use crate::discord::{lang, notify, pause, render, Context, Error};
use crate::domain::parse_pause_for;
use crate::i18n::t;

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
    let links_off = pause::guild(ctx.http(), ctx.cache(), domain, guild_id.into()).await;
    tracing::info!(guild = %guild_id, until = ?school.paused_until, links_off, "joining paused");
    notify::log_line(
        ctx.http(),
        &school,
        notify::pause_line(
            lang::server(ctx),
            actor.user_id,
            school.paused_until,
            links_off,
        ),
    )
    .await;
    let lang = lang::reader(ctx);
    let joining = render::joining_text(lang, &school, true);
    let links = if links_off {
        t!(lang, "pause-links-off")
    } else {
        t!(lang, "pause-links-still-on")
    };
    let embed = serenity::CreateEmbed::new()
        .title(t!(lang, "pause-title"))
        .colour(render::GREY)
        .description(t!(lang, "pause-paused", joining = joining))
        .field(t!(lang, "pause-links-field"), links, false);
    reply_embed(ctx, embed).await
}

/// Open every way in again after /school pause (needs manage)
#[poise::command(slash_command, guild_only)]
pub async fn resume(ctx: Context<'_>) -> Result<(), Error> {
    let (guild_id, actor) = guild_actor(ctx)?;
    let domain = &ctx.data().domain;
    let school = domain.resume_school(guild_id.into(), &actor).await?;
    let links_on = pause::guild(ctx.http(), ctx.cache(), domain, guild_id.into()).await;
    tracing::info!(guild = %guild_id, links_on, "joining resumed");
    notify::log_line(
        ctx.http(),
        &school,
        notify::resume_line(lang::server(ctx), actor.user_id),
    )
    .await;
    let lang = lang::reader(ctx);
    let description = if links_on {
        t!(lang, "pause-resumed")
    } else {
        t!(lang, "pause-resumed-links-pending")
    };
    reply_embed(
        ctx,
        serenity::CreateEmbed::new()
            .title(t!(lang, "pause-resumed-title"))
            .colour(render::GREEN)
            .description(description),
    )
    .await
}
