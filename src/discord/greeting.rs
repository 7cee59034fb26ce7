//! The getting-started message: when Porter is added to a server that is not yet a school,
//! it says what it does, the one command to run and what `/school check` tells, once (see
//! [`crate::domain::Domain::claim_greeting`]). In the server's system channel if Porter may
//! post there, else by DM to the server's owner, else only a line in the log.

use poise::serenity_prelude as serenity;

use super::render;
use crate::domain::Domain;
use crate::i18n::{t, Lang};
use crate::service::metrics;

/// What Porter needs in a channel to post the message there.
const POST_HERE: serenity::Permissions = serenity::Permissions::VIEW_CHANNEL
    .union(serenity::Permissions::SEND_MESSAGES)
    .union(serenity::Permissions::EMBED_LINKS);

/// GUILD_CREATE: greets the server if it is new to Porter and not a school, and no other
/// shard or process greeted it first.
pub async fn guild_created(ctx: &serenity::Context, domain: &Domain, guild: &serenity::Guild) {
    let added_at = guild.joined_at.unix_timestamp();
    match domain.claim_greeting(guild.id.into(), added_at).await {
        Ok(true) => {}
        Ok(false) => return,
        Err(e) => {
            tracing::warn!(error = %e, guild = %guild.id, "could not tell whether a server had the getting-started message; not posting it");
            return;
        }
    }
    // What the whole server reads, and a DM Porter sends unasked: the server's language.
    let lang = Lang::from_locale(&guild.preferred_locale);
    let message = || serenity::CreateMessage::new().embed(embed(lang, &guild.name));
    if let Some(channel) = system_channel(ctx, guild) {
        match channel
            .send_message(&ctx.http, message())
            .await
            .inspect_err(metrics::rest_error)
        {
            Ok(_) => {
                tracing::info!(guild = %guild.id, %channel, "posted the getting-started message in the system channel");
                return;
            }
            Err(e) => {
                tracing::info!(error = %e, guild = %guild.id, %channel, "could not post the getting-started message in the system channel; sending it to the owner");
            }
        }
    }
    match guild
        .owner_id
        .direct_message(&ctx.http, message())
        .await
        .inspect_err(metrics::rest_error)
    {
        Ok(_) => {
            tracing::info!(guild = %guild.id, "sent the getting-started message to the server's owner");
        }
        Err(e) => {
            tracing::info!(error = %e, guild = %guild.id, "could not send the getting-started message to the server's owner either; not greeting this server");
        }
    }
}

/// The server's system channel, if Porter may post an embed there (from the cache's view of
/// the server: Porter's roles and the channel's overwrites).
fn system_channel(ctx: &serenity::Context, guild: &serenity::Guild) -> Option<serenity::ChannelId> {
    let channel = guild.channels.get(&guild.system_channel_id?)?;
    let me = guild.members.get(&ctx.cache.current_user().id)?;
    guild
        .user_permissions_in(channel, me)
        .contains(POST_HERE)
        .then_some(channel.id)
}

/// The message: what Porter does, the one command to run and what `/school check` tells,
/// in `lang`. It names the server, since a DM to the owner has no other context.
fn embed(lang: Lang, server: &str) -> serenity::CreateEmbed {
    serenity::CreateEmbed::new()
        .title(t!(lang, "greeting-title"))
        .colour(render::BLUE)
        .description(t!(lang, "greeting-about", server = render::plain(server)))
        .field(
            t!(lang, "greeting-start-name"),
            t!(lang, "greeting-start"),
            false,
        )
        .field(
            t!(lang, "greeting-check-name"),
            t!(lang, "greeting-check"),
            false,
        )
}

/// GUILD_DELETE for a removal (not an outage): a server that is not a school loses its
/// greeting with Porter, so that adding Porter back greets it again.
pub async fn removed(domain: &Domain, guild_id: serenity::GuildId) {
    if let Err(e) = domain.removed_from(guild_id.into()).await {
        tracing::warn!(error = %e, guild = %guild_id, "could not erase the getting-started note of a server Porter was removed from");
    }
}
