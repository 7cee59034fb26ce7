//! Lines for a school's log channel: joins, revocations and wrong-code warnings.

use poise::serenity_prelude as serenity;

use super::render;
use crate::domain::{FailureAlert, Invitation, JoinMethod, OfflineUses, School, UserId};

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

/// "📥 @user joined with “Year 7” (created by @creator) by opening its link."
pub fn join_line(user: UserId, invitation: Option<&Invitation>, method: JoinMethod) -> String {
    let how = match method {
        JoinMethod::Code => "by typing its code",
        JoinMethod::Button => "by pressing its Join button",
        JoinMethod::Link | JoinMethod::Unattributed => "by opening its link",
        JoinMethod::Public => "without a code",
    };
    match invitation {
        Some(inv) => format!(
            "📥 <@{user}> joined with {} (created by <@{}>) {how}.",
            render::label(inv),
            inv.created_by
        ),
        None => format!("📥 <@{user}> joined the public school and got the member role."),
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

/// "❔ @user arrived through one of several invites used at the same moment…"
pub fn unattributed_line(user: UserId, candidates: &[Invitation], other_invites: usize) -> String {
    let mut names: Vec<String> = candidates.iter().map(render::label).collect();
    match other_invites {
        0 => {}
        1 => names.push("an invite that isn't Porter's".to_owned()),
        n => names.push(format!("{n} invites that aren't Porter's")),
    }
    format!(
        "❔ <@{user}> arrived through one of several invites used at the same moment ({}). \
         Porter can't tell which, so the join is not counted to any invitation.",
        names.join(", ")
    )
}

/// "📥 2 people joined through the link of “Year 7” while Porter was offline."
pub fn offline_line(used: &OfflineUses) -> String {
    let who = if used.counted == 1 {
        "1 person".to_owned()
    } else {
        format!("{} people", used.counted)
    };
    format!(
        "📥 {who} joined through the link of {} (created by <@{}>) while Porter was offline.",
        render::label(&used.invitation),
        used.invitation.created_by
    )
}

/// "⚠️ @user came in through the link of “Year 7”, which is used up…"
pub fn ended_link_line(user: UserId, inv: &Invitation, status: &str, taken_back: bool) -> String {
    let then = if taken_back {
        "Porter took the member role back. If they should be in, share a working invitation \
         with them."
    } else {
        "Porter could not take the member role back: remove it by hand if they should not have \
         it, and check `/school check`."
    };
    format!(
        "⚠️ <@{user}> came in through the link of {}, which is {status}, before Porter could \
         delete the link. {then}",
        render::label(inv)
    )
}

/// "🔗 The link of “Year 7” was deleted in Discord…"
pub fn link_gone_line(inv: &Invitation) -> String {
    format!(
        "🔗 The link of {} (created by <@{}>) was deleted in Discord. Its code still works; \
         for a new link, create a new invitation.",
        render::label(inv),
        inv.created_by
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
