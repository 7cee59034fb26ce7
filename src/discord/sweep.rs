//! Making Discord show that invitations ended. Links are created with Discord-side
//! `max_age` 0, so Discord keeps them working after an expiry or a cap only Porter knows
//! about, and after a revocation whose delete failed; channel posts keep their Join button.
//! Porter deletes the links and edits the posts as soon as an invitation ends through it
//! (revocation, last use), when it sees a server (at every start), and every few minutes.

use std::time::Duration;

use poise::serenity_prelude as serenity;

use super::error::{code, discord_code};
use super::retention::Keeper;
use super::{links, render};
use crate::domain::{Domain, Invitation, Status};
use crate::logging::Chain;

/// How often every server's ended invitations are swept.
pub const EVERY: Duration = Duration::from_secs(300);
/// How often this process says it is alive (see [`Domain::heartbeat`]).
const HEARTBEAT: Duration = Duration::from_secs(30);
/// How often the retention rules are applied (see [`Keeper::pass`]).
const RETENTION: Duration = Duration::from_secs(3600);

/// Every [`EVERY`], forever, sweeps every server in the cache (this process's servers) and
/// resolves the joins stopped Porters left pending there; says every [`HEARTBEAT`] that this
/// process is alive; applies the retention rules at once and every [`RETENTION`]; expires
/// join requests left waiting `expire_days` days, every minute; prunes serenity's rate-limit
/// table every [`super::ratelimits::EVERY`].
pub async fn run(
    ctx: serenity::Context,
    domain: Domain,
    keeper: std::sync::Arc<Keeper>,
    expire_days: u32,
) {
    let mut sweeps = tokio::time::interval(EVERY);
    sweeps.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    let mut beats = tokio::time::interval(HEARTBEAT);
    beats.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    // The first tick is immediate: old rows go at start-up. Schools are looked after as
    // each shard's READY comes, too.
    let mut terms = tokio::time::interval(super::term::EVERY);
    terms.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    let mut pauses = tokio::time::interval(super::pause::EVERY);
    pauses.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    let mut retention = tokio::time::interval(RETENTION);
    retention.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    let mut ratelimits = tokio::time::interval(super::ratelimits::EVERY);
    ratelimits.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    // The first sweep tick is immediate; servers are swept as they arrive instead.
    sweeps.tick().await;
    loop {
        tokio::select! {
            _ = beats.tick() => {
                if let Err(e) = domain.heartbeat().await {
                    tracing::warn!(error = %e, "could not tell the database this process is alive");
                }
            }
            _ = retention.tick() => keeper.pass(&ctx.cache, &domain).await,
            _ = terms.tick() => {
                super::term::pass(&ctx.http, &ctx.cache, &domain).await;
                super::approval::expire(&ctx.http, &domain, expire_days).await;
            }
            _ = ratelimits.tick() => {
                if let Some(ratelimiter) = &ctx.http.ratelimiter {
                    let left = super::ratelimits::forget_idle(ratelimiter).await;
                    tracing::debug!(left, "rate-limit entries kept");
                }
            }
            _ = pauses.tick() => super::pause::pass(&ctx.http, &ctx.cache, &domain).await,
            _ = sweeps.tick() => {
                for guild_id in ctx.cache.guilds() {
                    guild(&ctx.http, &domain, guild_id).await;
                    super::heal::guild(&ctx.http, &ctx.cache, &domain, guild_id).await;
                }
            }
        }
    }
}

/// Ends, on Discord's side, every ended invitation of a school. Failures are logged and
/// retried on the next sweep.
pub async fn guild(http: &serenity::Http, domain: &Domain, guild_id: serenity::GuildId) {
    match domain.ended_not_closed(guild_id.into()).await {
        Ok(ended) => {
            for inv in &ended {
                close(http, domain, inv).await;
            }
        }
        Err(e) => tracing::warn!(error = %e, guild = %guild_id, "could not list ended invitations"),
    }
}

/// Makes Discord show that an invitation ended, if it did (an active one costs nothing):
/// deletes its link and edits its channel posts to say why, their Join button disabled.
pub async fn close(http: &serenity::Http, domain: &Domain, inv: &Invitation) {
    let now = domain.now();
    let status = inv.status(now);
    if status == Status::Active {
        return;
    }
    if let Some(link) = inv.link.as_ref().filter(|_| inv.link_gone_at.is_none()) {
        let reason = format!("Porter: invitation #{} is {}", inv.id, status.as_str());
        let deleted = match links::delete(http, link, &reason).await {
            Ok(()) => domain
                .mark_link_gone(inv.id)
                .await
                .map_err(|e| e.to_string()),
            Err(e) => Err(Chain(&e).to_string()),
        };
        if let Err(e) = deleted {
            tracing::warn!(error = %e, invitation = %inv.id, "could not delete an ended invitation's invite");
        }
    }
    close_posts(http, domain, inv).await;
}

/// Edits an ended invitation's channel posts to say why it ended, their Join button
/// disabled. A post deleted by hand counts as done.
pub async fn close_posts(http: &serenity::Http, domain: &Domain, inv: &Invitation) {
    let now = domain.now();
    let posts = match domain.open_posts(inv.id).await {
        Ok(posts) => posts,
        Err(e) => {
            tracing::warn!(error = %e, invitation = %inv.id, "could not list an invitation's posts");
            return;
        }
    };
    for post in posts {
        let edit = serenity::EditMessage::new()
            .embed(render::closed_post(crate::i18n::Lang::ENGLISH, inv, now))
            .components(vec![render::closed_join_button(
                crate::i18n::Lang::ENGLISH,
                inv,
                now,
            )]);
        let edited = serenity::ChannelId::from(post.channel_id)
            .edit_message(http, serenity::MessageId::from(post.message_id), edit)
            .await
            .inspect_err(crate::service::metrics::rest_error);
        match edited {
            Ok(_) => {}
            // Deleted by hand: nothing left to correct.
            Err(e)
                if matches!(
                    discord_code(&e),
                    Some(code::UNKNOWN_MESSAGE | code::UNKNOWN_CHANNEL)
                ) => {}
            Err(e) => {
                tracing::warn!(error = %e, invitation = %inv.id, channel = %post.channel_id, "could not edit an ended invitation's post");
                continue;
            }
        }
        if let Err(e) = domain.close_post(post).await {
            tracing::warn!(error = %e, invitation = %inv.id, "could not note a post closed");
        }
    }
}
