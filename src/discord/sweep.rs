//! Deleting the Discord invites of invitations that ended. Their links are created with
//! Discord-side `max_age` 0, so Discord keeps them working after an expiry or a cap only
//! Porter knows about, and after a revocation whose delete failed: Porter deletes them when
//! it sees a server (at every start), every few minutes, and as soon as a join uses up an
//! invitation.

use std::time::Duration;

use poise::serenity_prelude as serenity;

use super::links;
use crate::domain::{Domain, Invitation};

/// How often every server's ended invitations are swept.
pub const EVERY: Duration = Duration::from_secs(300);

/// Sweeps every server in the cache every [`EVERY`], forever.
pub async fn run(ctx: serenity::Context, domain: Domain) {
    let mut ticks = tokio::time::interval(EVERY);
    ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    // The first tick is immediate; servers are swept as they arrive instead.
    ticks.tick().await;
    loop {
        ticks.tick().await;
        for guild_id in ctx.cache.guilds() {
            guild(&ctx.http, &domain, guild_id).await;
        }
    }
}

/// Deletes the Discord invites of a school's ended invitations. Failures are logged and
/// retried on the next sweep.
pub async fn guild(http: &serenity::Http, domain: &Domain, guild_id: serenity::GuildId) {
    match domain.ended_with_live_links(guild_id.get()).await {
        Ok(ended) => {
            for inv in &ended {
                end_link(http, domain, inv).await;
            }
        }
        Err(e) => tracing::warn!(error = %e, guild = %guild_id, "could not list ended invitations"),
    }
}

/// Deletes an ended invitation's Discord invite and notes it gone.
pub async fn end_link(http: &serenity::Http, domain: &Domain, inv: &Invitation) {
    let Some(link) = inv.link.as_ref().filter(|_| inv.link_gone_at.is_none()) else {
        return;
    };
    let reason = format!(
        "Porter: invitation #{} is {}",
        inv.id,
        inv.status(domain.now()).as_str()
    );
    let ended = match links::delete(http, link, &reason).await {
        Ok(()) => domain
            .mark_link_gone(inv.id)
            .await
            .map_err(|e| e.to_string()),
        Err(e) => Err(e.to_string()),
    };
    if let Err(e) = ended {
        tracing::warn!(error = %e, invitation = inv.id, "could not delete an ended invitation's invite");
    }
}
