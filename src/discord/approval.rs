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
use super::{lang, notify, render, sweep, Data, Error};
use crate::domain::{
    Decided, Decision, Domain, Invitation, JoinMethod, JoinRequestRecord, Queued, RequestState,
    School, UserId,
};
use crate::i18n::{t, Lang};
use crate::service::metrics;

/// The custom id of a request's Approve button, before the request's id.
pub const APPROVE_PREFIX: &str = "porter:approve:";
/// The custom id of a request's Deny button, before the request's id.
pub const DENY_PREFIX: &str = "porter:deny:";

/// What the person is told when their join waits for a moderator.
pub fn waiting_text(lang: Lang, school_name: &str, queued: &Queued) -> String {
    let school = render::plain(school_name);
    if queued.new {
        t!(lang, "approval-waiting", school = school)
    } else {
        t!(lang, "approval-waiting-again", school = school)
    }
}

/// The request message's text: who asks, through which invitation, and how.
fn request_text(
    lang: Lang,
    request: &JoinRequestRecord,
    invitation: Option<&Invitation>,
) -> String {
    let user = format!("<@{}>", request.user_id);
    let how = match request.method {
        JoinMethod::Code => "code",
        JoinMethod::Button => "button",
        JoinMethod::Link | JoinMethod::Unattributed => "link",
        JoinMethod::Public => "public",
    };
    match invitation {
        Some(inv) => t!(
            lang,
            "approval-request",
            user = user,
            invitation = render::label_for(lang, inv),
            creator = format!("<@{}>", inv.created_by),
            how = how
        ),
        None => t!(lang, "approval-request-public", user = user),
    }
}

/// The line added to the request message once it is settled.
fn settled_text(lang: Lang, request: &JoinRequestRecord) -> String {
    let by = request.decided_by.map(|u| format!("<@{u}>"));
    match (request.state, by) {
        (RequestState::Approved, Some(by)) => t!(lang, "approval-approved-by", moderator = by),
        (RequestState::Approved, None) => t!(lang, "approval-approved"),
        (RequestState::Denied, Some(by)) => t!(lang, "approval-denied-by", moderator = by),
        (RequestState::Denied, None) => t!(lang, "approval-denied"),
        (RequestState::Expired, _) => t!(lang, "approval-expired"),
        (RequestState::Waiting | RequestState::Deciding, _) => t!(lang, "approval-pending"),
    }
}

fn buttons(lang: Lang, request_id: i64) -> Vec<serenity::CreateActionRow> {
    vec![serenity::CreateActionRow::Buttons(vec![
        serenity::CreateButton::new(format!("{APPROVE_PREFIX}{request_id}"))
            .label(t!(lang, "approval-approve-button"))
            .style(serenity::ButtonStyle::Success),
        serenity::CreateButton::new(format!("{DENY_PREFIX}{request_id}"))
            .label(t!(lang, "approval-deny-button"))
            .style(serenity::ButtonStyle::Danger),
    ])]
}

/// Posts a new request with its buttons to the approval channel (or the log channel), and
/// notes where. A request already waiting was posted before: nothing is posted again.
pub async fn post_request(
    http: &serenity::Http,
    cache: &serenity::Cache,
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
    let lang = lang::of_server(cache, school.guild_id);
    let message = serenity::CreateMessage::new()
        .content(request_text(lang, request, invitation))
        .components(buttons(lang, request.id))
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

/// Edits a settled request's message: what was decided, by whom, and no more buttons; in
/// the server's language `lang`.
async fn edit_request_message(
    http: &serenity::Http,
    domain: &Domain,
    lang: Lang,
    request: &JoinRequestRecord,
) {
    let (Some(channel), Some(message)) = (request.channel_id, request.message_id) else {
        return;
    };
    let invitation = match request.invitation_id {
        Some(id) => domain.invitation_by_id(id).await.ok().flatten(),
        None => None,
    };
    let text = format!(
        "{}\n{}",
        request_text(lang, request, invitation.as_ref()),
        settled_text(lang, request)
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
    let lang = lang::of_server(cache, queued.request.guild_id);
    let name = guild_name(lang, cache, queued.request.guild_id);
    tell(
        http,
        queued.request.user_id,
        waiting_text(lang, &name, queued),
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
        return t!(lang::of_press(press), "approval-not-in-server");
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
        Ok(decided) => settle(ctx, data, press, &decided).await,
        Err(e) => {
            if let crate::domain::DomainError::RequestDecided { .. } = &e {
                // Show the settled state (another moderator was first, or it expired).
                if let Ok(request) = data.domain.join_request(guild_id.into(), request_id).await {
                    let server = lang::server_of_press(&ctx.cache, press);
                    edit_request_message(&ctx.http, &data.domain, server, &request).await;
                }
            }
            let e = Error::from(e);
            let reader = lang::of_press(press);
            e.user_message(reader).unwrap_or_else(|| {
                tracing::error!(error = %crate::logging::Chain(&e), "a join request decision failed");
                internal(reader)
            })
        }
    }
}

/// After a decision: the request message edited, the person told, the join logged; the
/// answer to the moderator who pressed.
async fn settle(
    ctx: &serenity::Context,
    data: &Data,
    press: &serenity::ComponentInteraction,
    decided: &Decided,
) -> String {
    let request = &decided.request;
    let user = request.user_id;
    let mention = format!("<@{user}>");
    let http = &ctx.http;
    let (reader, server) = (
        lang::of_press(press),
        lang::server_of_press(&ctx.cache, press),
    );
    edit_request_message(http, &data.domain, server, request).await;
    let school = render::plain(&guild_name(server, &ctx.cache, request.guild_id));
    match request.state {
        RequestState::Approved => {
            tracing::info!(guild = %request.guild_id, user = %user, request = request.id, counted = decided.counted, "join request approved");
            if decided.counted {
                metrics::join(request.method);
                notify::log_line(
                    http,
                    &decided.school,
                    notify::join_line(server, user, decided.invitation.as_ref(), request.method),
                )
                .await;
            }
            if let Some(inv) = &decided.invitation {
                // Its last approved use ends it: the link stops letting people in too.
                sweep::close(http, &ctx.cache, &data.domain, inv).await;
            }
            tell(
                http,
                user,
                t!(server, "approval-dm-approved", school = school),
            )
            .await;
            t!(reader, "approval-approved-reply", user = mention)
        }
        _ => {
            tracing::info!(guild = %request.guild_id, user = %user, request = request.id, "join request denied");
            let told = tell(
                http,
                user,
                t!(server, "approval-dm-denied", school = school),
            )
            .await;
            if told {
                t!(reader, "approval-denied-reply", user = mention)
            } else {
                t!(reader, "approval-denied-untold-reply", user = mention)
            }
        }
    }
}

/// Expires the requests left waiting `expire_days` days, editing their messages.
pub async fn expire(
    http: &serenity::Http,
    cache: &serenity::Cache,
    domain: &Domain,
    expire_days: u32,
) {
    match domain.expire_requests(expire_days).await {
        Ok(expired) => {
            for request in &expired {
                tracing::info!(guild = %request.guild_id, request = request.id, "join request expired");
                let lang = lang::of_server(cache, request.guild_id);
                edit_request_message(http, domain, lang, request).await;
            }
        }
        Err(e) => tracing::warn!(error = %e, "could not expire join requests"),
    }
}
