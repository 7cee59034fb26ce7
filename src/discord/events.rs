//! Gateway events Porter acts on besides commands: presses of the Join button, servers
//! arriving (at start-up), invites created and deleted, and members arriving or receiving
//! the member role.

use poise::serenity_prelude as serenity;

use super::commands::join::redeem;
use super::error::INTERNAL;
use super::{arrivals, notify, sweep};
use super::{render::JOIN_BUTTON_PREFIX, Data, Error};
use crate::domain::{InviteUses, JoinMethod};

/// Poise's event hook.
pub async fn handle(
    ctx: &serenity::Context,
    event: &serenity::FullEvent,
    data: &Data,
) -> Result<(), Error> {
    match event {
        serenity::FullEvent::InteractionCreate {
            interaction: serenity::Interaction::Component(press),
        } => {
            if let Some(code) = press.data.custom_id.strip_prefix(JOIN_BUTTON_PREFIX) {
                join_button(ctx, data, press, code).await?;
            }
        }
        serenity::FullEvent::GuildCreate { guild, .. } => {
            arrivals::snapshot(&ctx.http, data, guild.id).await;
            super::heal::guild(ctx, data, guild.id).await;
            sweep::guild(&ctx.http, &data.domain, guild.id).await;
        }
        serenity::FullEvent::GuildMemberAddition { new_member } => {
            arrivals::member_added(ctx, data, new_member).await;
        }
        serenity::FullEvent::GuildMemberUpdate {
            old_if_available,
            event,
            ..
        } => {
            arrivals::member_updated(ctx, data, old_if_available.as_ref(), event).await;
        }
        serenity::FullEvent::InviteCreate { data: invite } => {
            if let Some(guild_id) = invite.guild_id {
                let uses = InviteUses {
                    code: invite.code.clone(),
                    uses: u32::try_from(invite.uses).unwrap_or(u32::MAX),
                    max_uses: u32::from(invite.max_uses),
                };
                data.domain.invite_created(guild_id.get(), &uses).await?;
            }
        }
        serenity::FullEvent::InviteDelete { data: invite } => {
            if let Some(guild_id) = invite.guild_id {
                invite_deleted(ctx, data, guild_id, &invite.code).await?;
            }
        }
        _ => {}
    }
    Ok(())
}

/// A press of an invitation post's Join button: redeems its code like `/join`.
async fn join_button(
    ctx: &serenity::Context,
    data: &Data,
    press: &serenity::ComponentInteraction,
    code: &str,
) -> Result<(), Error> {
    let defer = serenity::CreateInteractionResponse::Defer(
        serenity::CreateInteractionResponseMessage::new().ephemeral(true),
    );
    press.create_response(&ctx.http, defer).await?;
    let text = match redeem(
        ctx,
        data,
        press.user.id,
        press.member.as_ref(),
        Some(code),
        JoinMethod::Button,
    )
    .await
    {
        Ok(text) => text,
        Err(e) => e.user_message().unwrap_or_else(|| {
            tracing::error!(error = %format!("{e:#}"), "join button failed");
            INTERNAL.to_owned()
        }),
    };
    press
        .edit_response(
            &ctx.http,
            serenity::EditInteractionResponse::new().content(text),
        )
        .await?;
    Ok(())
}

/// An invite was deleted. If it was the live link of an invitation, it was deleted by hand
/// or used up on Discord's side: `/invite info` shows the link gone, and an invitation that
/// is still active tells the log channel.
async fn invite_deleted(
    ctx: &serenity::Context,
    data: &Data,
    guild_id: serenity::GuildId,
    code: &str,
) -> Result<(), Error> {
    let domain = &data.domain;
    let Some(inv) = domain.invite_deleted(guild_id.get(), code).await? else {
        return Ok(());
    };
    tracing::info!(guild = %guild_id, invitation = inv.id, "an invitation's link was deleted in Discord");
    if inv.status(domain.now()) == crate::domain::Status::Active {
        let school = domain.school(guild_id.get()).await?;
        notify::log_line(&ctx.http, &school, notify::link_gone_line(&inv)).await;
    }
    Ok(())
}
