//! Gateway events Porter acts on besides commands: presses of the Join button, and
//! servers arriving (at start-up), whose ended invitations' links are then swept.

use poise::serenity_prelude as serenity;

use super::commands::join::redeem;
use super::error::INTERNAL;
use super::sweep;
use super::{render::JOIN_BUTTON_PREFIX, Data, Error};
use crate::domain::JoinMethod;

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
            sweep::guild(&ctx.http, &data.domain, guild.id).await;
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
