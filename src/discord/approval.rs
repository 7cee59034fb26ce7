//! Join requests in Discord (issue 13, item 2): the request message with its Approve / Deny
//! buttons, in the approval channel or else the log channel; the presses; the DMs to the
//! person; and the expiry of requests left waiting. Requests live in the database and a
//! button names its request by id, so the buttons work after a restart.

use poise::serenity_prelude as serenity;

use super::actor::member_actor;
use super::commands::guild_name;
use super::commands::join::in_time;
use super::error::internal;
use super::gate::DiscordGate;
use super::{notify, render, sweep, Data, Error};
use crate::domain::{
    Decided, Decision, Domain, Invitation, JoinMethod, JoinRequestRecord, Queued, RequestState,
    School, UserId,
};
use crate::service::metrics;

/// The custom id of a request's Approve button, before the request's id.
pub const APPROVE_PREFIX: &str = "porter:approve:";
/// The custom id of a request's Deny button, before the request's id.
pub const DENY_PREFIX: &str = "porter:deny:";

/// What the person is told when their join waits for a moderator.
pub fn waiting_text(_lang: crate::i18n::Lang, school_name: &str, queued: &Queued) -> String {
    let school_name = render::plain(school_name);
    if queued.new {
        format!(
            "**{school_name}** approves every newcomer first: your request went to its \
             moderators. You'll get a DM once someone decides. Nothing was used up."
        )
    } else {
        format!(
            "You already asked to join **{school_name}**: your request is waiting for a \
             moderator. You'll get a DM once someone decides."
        )
    }
}

/// The request message's text: who asks, through which invitation, and how.
fn request_text(request: &JoinRequestRecord, invitation: Option<&Invitation>) -> String {
    let user = request.user_id;
    let how = match request.method {
        JoinMethod::Code => "by typing its code",
        JoinMethod::Button => "by pressing its Join button",
        JoinMethod::Link | JoinMethod::Unattributed => "through its link",
        JoinMethod::Public => "without a code",
    };
    match invitation {
        Some(inv) => format!(
            "🙋 <@{user}> asks to join with {} (created by <@{}>) {how}.",
            render::label_for(crate::i18n::Lang::ENGLISH, inv),
            inv.created_by
        ),
        None => format!("🙋 <@{user}> asks to join the public school."),
    }
}

/// The line added to the request message once it is settled.
fn settled_text(request: &JoinRequestRecord) -> String {
    let by = request
        .decided_by
        .map(|u| format!(" by <@{u}>"))
        .unwrap_or_default();
    match request.state {
        RequestState::Approved => format!("✅ Approved{by}."),
        RequestState::Denied => format!("⛔ Denied{by}."),
        RequestState::Expired => "⌛ Expired: nobody decided in time.".to_owned(),
        RequestState::Waiting | RequestState::Deciding => "Waiting.".to_owned(),
    }
}

fn buttons(request_id: i64) -> Vec<serenity::CreateActionRow> {
    vec![serenity::CreateActionRow::Buttons(vec![
        serenity::CreateButton::new(format!("{APPROVE_PREFIX}{request_id}"))
            .label("Approve")
            .style(serenity::ButtonStyle::Success),
        serenity::CreateButton::new(format!("{DENY_PREFIX}{request_id}"))
            .label("Deny")
            .style(serenity::ButtonStyle::Danger),
    ])]
}

/// Posts a new request with its buttons to the approval channel (or the log channel), and
/// notes where. A request already waiting was posted before: nothing is posted again.
pub async fn post_request(
    http: &serenity::Http,
    domain: &Domain,
    school: &School,
    invitation: Option<&Invitation>,
    queued: &Queued,
) {
    if !queued.new {
        return;
    }
    let request = &queued.request;
    let channel = match domain.approval_settings(school.guild_id).await {
        Ok(settings) => settings.channel_id.or(school.log_channel_id),
        Err(e) => {
            tracing::warn!(error = %e, request = request.id, "could not read the approval settings");
            school.log_channel_id
        }
    };
    let Some(channel) = channel else {
        tracing::warn!(
            guild = %school.guild_id,
            request = request.id,
            "a join request has no channel to go to; /school setup approval_channel: names one"
        );
        return;
    };
    let message = serenity::CreateMessage::new()
        .content(request_text(request, invitation))
        .components(buttons(request.id))
        .allowed_mentions(serenity::CreateAllowedMentions::new());
    match serenity::ChannelId::from(channel)
        .send_message(http, message)
        .await
        .inspect_err(metrics::rest_error)
    {
        Ok(posted) => {
            if let Err(e) = domain
                .set_request_message(request.id, channel, posted.id.into())
                .await
            {
                tracing::warn!(error = %e, request = request.id, "could not note the request message");
            }
        }
        Err(e) => {
            tracing::warn!(error = %e, %channel, request = request.id, "could not post a join request")
        }
    }
}

/// Edits a settled request's message: what was decided, by whom, and no more buttons.
async fn edit_request_message(http: &serenity::Http, domain: &Domain, request: &JoinRequestRecord) {
    let (Some(channel), Some(message)) = (request.channel_id, request.message_id) else {
        return;
    };
    let invitation = match request.invitation_id {
        Some(id) => domain.invitation_by_id(id).await.ok().flatten(),
        None => None,
    };
    let text = format!(
        "{}\n{}",
        request_text(request, invitation.as_ref()),
        settled_text(request)
    );
    let edit = serenity::EditMessage::new()
        .content(text)
        .components(Vec::new())
        .allowed_mentions(serenity::CreateAllowedMentions::new());
    if let Err(e) = serenity::ChannelId::from(channel)
        .edit_message(http, serenity::MessageId::from(message), edit)
        .await
        .inspect_err(metrics::rest_error)
    {
        tracing::warn!(error = %e, %channel, request = request.id, "could not edit a join request message");
    }
}

/// DMs the person; whether it reached them.
async fn tell(http: &serenity::Http, user: UserId, text: String) -> bool {
    let message = serenity::CreateMessage::new().content(text);
    match serenity::UserId::from(user)
        .direct_message(http, message)
        .await
        .inspect_err(metrics::rest_error)
    {
        Ok(_) => true,
        Err(e) => {
            tracing::info!(error = %e, "could not DM the person about their join request");
            false
        }
    }
}

/// Tells someone who arrived through a link that they wait for a moderator (a DM, if they
/// accept DMs).
pub async fn tell_waiting(http: &serenity::Http, cache: &serenity::Cache, queued: &Queued) {
    let name = guild_name(
        crate::i18n::Lang::ENGLISH,
        cache,
        serenity::GuildId::from(queued.request.guild_id),
    );
    tell(
        http,
        queued.request.user_id,
        waiting_text(crate::i18n::Lang::ENGLISH, &name, queued),
    )
    .await;
}

/// A press of a request's Approve or Deny button (`rest`: the request's id).
pub async fn pressed(
    ctx: &serenity::Context,
    data: &Data,
    press: &serenity::ComponentInteraction,
    rest: &str,
    decision: Decision,
) -> Result<(), Error> {
    let work = decide(ctx, data, press, rest, decision);
    let defer = press.create_response(
        &ctx.http,
        serenity::CreateInteractionResponse::Defer(
            serenity::CreateInteractionResponseMessage::new().ephemeral(true),
        ),
    );
    let (text, deferred) = in_time(work, defer).await;
    if deferred {
        press
            .edit_response(
                &ctx.http,
                serenity::EditInteractionResponse::new().content(text),
            )
            .await?;
    } else {
        let answer = serenity::CreateInteractionResponseMessage::new()
            .content(text)
            .ephemeral(true)
            .allowed_mentions(serenity::CreateAllowedMentions::new());
        press
            .create_response(
                &ctx.http,
                serenity::CreateInteractionResponse::Message(answer),
            )
            .await?;
    }
    Ok(())
}

/// Decides the request and does what follows; the moderator's answer.
async fn decide(
    ctx: &serenity::Context,
    data: &Data,
    press: &serenity::ComponentInteraction,
    rest: &str,
    decision: Decision,
) -> String {
    let (Some(guild_id), Some(member), Ok(request_id)) =
        (press.guild_id, press.member.as_ref(), rest.parse::<i64>())
    else {
        return "That button belongs to a join request of a server; press it there.".to_owned();
    };
    let actor = member_actor(member);
    let gate = DiscordGate {
        http: &ctx.http,
        cache: &ctx.cache,
        known: None,
    };
    let decided = data
        .domain
        .decide_request(&gate, guild_id.into(), &actor, request_id, decision)
        .await;
    match decided {
        Ok(decided) => settle(ctx, data, &decided).await,
        Err(e) => {
            if let crate::domain::DomainError::RequestDecided { .. } = &e {
                // Show the settled state (another moderator was first, or it expired).
                if let Ok(request) = data.domain.join_request(guild_id.into(), request_id).await {
                    edit_request_message(&ctx.http, &data.domain, &request).await;
                }
            }
            let e = Error::from(e);
            e.user_message(crate::i18n::Lang::ENGLISH).unwrap_or_else(|| {
                tracing::error!(error = %crate::logging::Chain(&e), "a join request decision failed");
                internal(crate::i18n::Lang::ENGLISH)
            })
        }
    }
}

/// After a decision: the request message edited, the person told, the join logged.
async fn settle(ctx: &serenity::Context, data: &Data, decided: &Decided) -> String {
    let request = &decided.request;
    let user = request.user_id;
    let http = &ctx.http;
    edit_request_message(http, &data.domain, request).await;
    let name = render::plain(&guild_name(
        crate::i18n::Lang::ENGLISH,
        &ctx.cache,
        serenity::GuildId::from(request.guild_id),
    ));
    match request.state {
        RequestState::Approved => {
            tracing::info!(guild = %request.guild_id, user = %user, request = request.id, counted = decided.counted, "join request approved");
            if decided.counted {
                metrics::join(request.method);
                notify::log_line(
                    http,
                    &decided.school,
                    notify::join_line(
                        crate::i18n::Lang::ENGLISH,
                        user,
                        decided.invitation.as_ref(),
                        request.method,
                    ),
                )
                .await;
            }
            if let Some(inv) = &decided.invitation {
                // Its last approved use ends it: the link stops letting people in too.
                sweep::close(http, &data.domain, inv).await;
            }
            tell(
                http,
                user,
                format!("Your request to join **{name}** was approved: welcome! You now have its member role."),
            )
            .await;
            format!("Approved: <@{user}> now has the member role.")
        }
        _ => {
            tracing::info!(guild = %request.guild_id, user = %user, request = request.id, "join request denied");
            let told = tell(
                http,
                user,
                format!(
                    "Your request to join **{name}** was denied by its moderators. Nothing was \
                     used up; if you think this is a mistake, ask whoever invited you."
                ),
            )
            .await;
            if told {
                format!("Denied: <@{user}> was told by DM.")
            } else {
                format!("Denied. <@{user}> doesn't accept DMs from Porter, so they were not told.")
            }
        }
    }
}

/// Expires the requests left waiting `expire_days` days, editing their messages.
pub async fn expire(http: &serenity::Http, domain: &Domain, expire_days: u32) {
    match domain.expire_requests(expire_days).await {
        Ok(expired) => {
            for request in &expired {
                tracing::info!(guild = %request.guild_id, request = request.id, "join request expired");
                edit_request_message(http, domain, request).await;
            }
        }
        Err(e) => tracing::warn!(error = %e, "could not expire join requests"),
    }
}
