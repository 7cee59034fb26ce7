//! Slash commands, one module per command group.

mod email;
pub mod export;
pub mod help;
pub mod invite;
pub mod join;
mod pause;
pub mod permissions;
mod personal;
pub mod roles;
mod roster;
pub mod school;

use poise::serenity_prelude as serenity;

use super::{Context, Error};
use crate::i18n::{msg, t, Lang};

/// The server's name, for replies and DMs.
pub(crate) fn guild_name(
    lang: Lang,
    cache: &serenity::Cache,
    guild_id: impl Into<serenity::GuildId>,
) -> String {
    cache
        .guild(guild_id.into())
        .map_or_else(|| t!(lang, "error-unknown-school-name"), |g| g.name.clone())
}

/// Sends an ephemeral reply made of one embed.
pub(crate) async fn reply_embed(
    ctx: Context<'_>,
    embed: serenity::CreateEmbed,
) -> Result<(), Error> {
    ctx.send(poise::CreateReply::default().embed(embed).ephemeral(true))
        .await?;
    Ok(())
}

/// Sends an ephemeral text reply.
pub(crate) async fn reply_text(ctx: Context<'_>, text: impl Into<String>) -> Result<(), Error> {
    ctx.send(poise::CreateReply::default().content(text).ephemeral(true))
        .await?;
    Ok(())
}

/// Refuses a channel the moderator could not post in themselves: Porter never posts for
/// someone where they could not. Uses the permissions Discord resolved for the moderator.
pub(crate) fn ensure_moderator_can_post(channel: &serenity::PartialChannel) -> Result<(), Error> {
    let needed = serenity::Permissions::VIEW_CHANNEL | serenity::Permissions::SEND_MESSAGES;
    match channel.permissions {
        Some(p) if p.contains(needed) || p.administrator() => Ok(()),
        _ => Err(Error::User(msg!(
            "error-moderator-cannot-post",
            channel = format!("<#{}>", channel.id)
        ))),
    }
}

/// Refuses a channel that is not a text or announcement channel.
pub(crate) fn ensure_text_channel(channel: &serenity::PartialChannel) -> Result<(), Error> {
    if matches!(
        channel.kind,
        serenity::ChannelType::Text | serenity::ChannelType::News
    ) {
        Ok(())
    } else {
        Err(Error::User(msg!(
            "error-not-text-channel",
            channel = format!("<#{}>", channel.id)
        )))
    }
}
