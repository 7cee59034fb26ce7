//! Posting the school's welcome message (`/school setup welcome_message:`) when someone
//! joins, by code, button or link. Only the newcomer may be pinged: the message's allowed
//! mentions name them alone, whatever its text holds (@everyone, roles, other people).

use poise::serenity_prelude as serenity;

use super::commands::guild_name;
use crate::domain::{render_welcome, Invitation, School, UserId};

/// Posts the welcome message for `user`, if the school has one, in its welcome channel (or
/// the server's system channel). A failure is logged, never shown to the newcomer.
pub async fn post(
    http: &serenity::Http,
    cache: &serenity::Cache,
    school: &School,
    user: UserId,
    invitation: Option<&Invitation>,
) {
    let Some(template) = &school.welcome_message else {
        return;
    };
    let channel = school
        .welcome_channel_id
        .map(serenity::ChannelId::from)
        .or_else(|| {
            cache
                .guild(serenity::GuildId::from(school.guild_id))
                .and_then(|g| g.system_channel_id)
        });
    let Some(channel) = channel else {
        tracing::info!(guild = %school.guild_id, "no welcome channel to post the welcome message in");
        return;
    };
    let text = render_welcome(
        template,
        user.get(),
        &guild_name(crate::i18n::Lang::ENGLISH, cache, school.guild_id),
        invitation.map(|i| i.created_by.get()),
    );
    let message = serenity::CreateMessage::new()
        .content(text)
        .allowed_mentions(
            serenity::CreateAllowedMentions::new().users([serenity::UserId::from(user)]),
        );
    if let Err(e) = channel
        .send_message(http, message)
        .await
        .inspect_err(crate::service::metrics::rest_error)
    {
        tracing::warn!(error = %e, %channel, "could not post the welcome message");
    }
}
