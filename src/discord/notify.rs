//! Lines for a school's log channel: joins, revocations and wrong-code warnings.

use poise::serenity_prelude as serenity;

use super::render;
use crate::domain::{FailureAlert, Invitation, JoinMethod, School, UserId};

/// Posts one line to the school's log channel, if it has one. Mentions do not ping.
/// A failure is logged, never shown to the person whose action caused the line.
pub async fn log_line(http: &serenity::Http, school: &School, text: String) {
    let Some(channel) = school.log_channel_id else {
        return;
    };
    post(http, channel, text).await;
}

async fn post(http: &serenity::Http, channel: u64, text: String) {
    let message = serenity::CreateMessage::new()
        .content(text)
        .allowed_mentions(serenity::CreateAllowedMentions::new());
    if let Err(e) = serenity::ChannelId::new(channel)
        .send_message(http, message)
        .await
    {
        tracing::warn!(error = %e, channel, "could not post to the log channel");
    }
}

/// "📥 @user joined through “Year 7” (by @creator) with a code."
pub fn join_line(user: UserId, invitation: Option<&Invitation>, method: JoinMethod) -> String {
    let how = match method {
        JoinMethod::Code => "with the code",
        JoinMethod::Button => "with the Join button",
        JoinMethod::Link => "through the link",
        JoinMethod::Public => "without a code (public school)",
        JoinMethod::Unattributed => "through one of several links",
    };
    match invitation {
        Some(inv) => format!(
            "📥 <@{user}> joined through {} (created by <@{}>) {how}.",
            render::label(inv),
            inv.created_by
        ),
        None => format!("📥 <@{user}> joined {how}."),
    }
}

/// "🚫 @mod revoked “Year 7” (created by @creator; 3 joined through it)."
pub fn revoke_line(moderator: UserId, inv: &Invitation) -> String {
    format!(
        "🚫 <@{moderator}> revoked {} (created by <@{}>; {} joined through it).",
        render::label(inv),
        inv.created_by,
        inv.uses
    )
}

/// Warns the school that many wrong codes were tried.
pub async fn failure_alert(http: &serenity::Http, alert: FailureAlert) {
    let text = format!(
        "⚠️ {} wrong invite codes were tried in this server in the last hour. Someone may be \
         guessing codes; Porter already makes each person wait after 5 wrong tries in 15 \
         minutes. Revoke any invitation you think has leaked with `/invite revoke`.",
        alert.failures
    );
    post(http, alert.log_channel_id, text).await;
}
