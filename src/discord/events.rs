//! Gateway events Porter acts on besides commands: presses of the Join button, servers
//! arriving (at start-up), and, through the [`super::reception`], invites created and
//! deleted, members arriving or receiving the member role, and members leaving.

use poise::serenity_prelude as serenity;

use super::commands::join::{in_time, redeem};
use super::error::internal;
use super::{approval, paging, retention, sweep};
use super::{render::JOIN_BUTTON_PREFIX, Data, Error};
use crate::domain::{Decision, InviteUses, JoinMethod};

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
            } else if let Some(rest) = press.data.custom_id.strip_prefix(retention::FORGET_PREFIX) {
                retention::forget_pressed(ctx, data, press, rest).await?;
            } else if let Some(rest) = press.data.custom_id.strip_prefix(paging::PAGE_PREFIX) {
                paging::pressed(ctx, data, press, rest).await?;
            } else if let Some(rest) = press.data.custom_id.strip_prefix(approval::APPROVE_PREFIX) {
                approval::pressed(ctx, data, press, rest, Decision::Approve).await?;
            } else if let Some(rest) = press.data.custom_id.strip_prefix(approval::DENY_PREFIX) {
                approval::pressed(ctx, data, press, rest, Decision::Deny).await?;
            }
        }
        serenity::FullEvent::Ready { data_about_bot } => {
            data.keeper
                .shard_ready(&ctx.cache, &data.domain, data_about_bot)
                .await;
        }
        serenity::FullEvent::GuildCreate { guild, .. } => {
            data.keeper.guild_created(&data.domain, guild.id).await;
            data.reception.follow(guild.id).await;
            super::heal::guild(&ctx.http, &ctx.cache, &data.domain, guild.id).await;
            sweep::guild(&ctx.http, &data.domain, guild.id).await;
            super::term::guild(&ctx.http, &ctx.cache, &data.domain, guild.id).await;
            super::pause::guild(&ctx.http, &data.domain, guild.id.into()).await;
            super::greeting::guild_created(ctx, &data.domain, guild).await;
        }
        serenity::FullEvent::GuildDelete { incomplete, .. } => {
            data.keeper
                .guild_deleted(&data.domain, incomplete.id, incomplete.unavailable)
                .await;
            if !incomplete.unavailable {
                super::greeting::removed(&data.domain, incomplete.id).await;
            }
        }
        serenity::FullEvent::GuildMemberAddition { new_member } => {
            data.reception.member_added(new_member).await;
        }
        serenity::FullEvent::GuildMemberRemoval { guild_id, user, .. } => {
            data.reception.member_removed(*guild_id, user).await;
        }
        serenity::FullEvent::GuildMemberUpdate {
            old_if_available,
            event,
            ..
        } => {
            data.reception
                .member_updated(old_if_available.as_ref(), event)
                .await;
        }
        serenity::FullEvent::InviteCreate { data: invite } => {
            if let Some(guild_id) = invite.guild_id {
                let uses = InviteUses {
                    code: invite.code.clone(),
                    uses: u32::try_from(invite.uses).unwrap_or(u32::MAX),
                    max_uses: u32::from(invite.max_uses),
                };
                data.reception.invite_created(guild_id, uses).await;
            }
        }
        serenity::FullEvent::InviteDelete { data: invite } => {
            if let Some(guild_id) = invite.guild_id {
                data.reception
                    .invite_deleted(guild_id, invite.code.clone())
                    .await;
            }
        }
        _ => {}
    }
    Ok(())
}

/// A press of an invitation post's Join button: redeems its code like `/join`, and answers
/// like it: at once when the join is quick, deferred then edited in when it is not.
async fn join_button(
    ctx: &serenity::Context,
    data: &Data,
    press: &serenity::ComponentInteraction,
    code: &str,
) -> Result<(), Error> {
    let work = redeem(
        ctx,
        data,
        press.user.id,
        press.member.as_ref(),
        Some(code),
        JoinMethod::Button,
    );
    let defer = press.create_response(
        &ctx.http,
        serenity::CreateInteractionResponse::Defer(
            serenity::CreateInteractionResponseMessage::new().ephemeral(true),
        ),
    );
    let (redeemed, deferred) = in_time(work, defer).await;
    let (text, redeemed) = match redeemed {
        Ok(redeemed) => (redeemed.text.clone(), Some(redeemed)),
        Err(e) => (
            e.user_message(crate::i18n::Lang::ENGLISH)
                .unwrap_or_else(|| {
                    tracing::error!(error = %crate::logging::Chain(&e), "join button failed");
                    internal(crate::i18n::Lang::ENGLISH)
                }),
            None,
        ),
    };
    let answered = if deferred {
        press
            .edit_response(
                &ctx.http,
                serenity::EditInteractionResponse::new().content(text),
            )
            .await
            .map(drop)
    } else {
        let answer = serenity::CreateInteractionResponseMessage::new()
            .content(text)
            .ephemeral(true);
        press
            .create_response(
                &ctx.http,
                serenity::CreateInteractionResponse::Message(answer),
            )
            .await
    };
    // The member has the role whether or not the answer reached them.
    if let Some(redeemed) = redeemed {
        redeemed.finish(ctx, data).await;
    }
    answered?;
    Ok(())
}
