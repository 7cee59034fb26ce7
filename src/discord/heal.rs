//! Resolving, when Porter sees a server, the joins an earlier Porter left pending: counted,
//! with the member role grant under way when it stopped (see [`crate::domain::PendingJoin`]).
//! Each is confirmed if the person holds the member role, released otherwise.
//!
//! Only joins reserved before this process started are touched ([`Data::joins_at_start`]):
//! a join this process reserved may still have its grant under way, and a server can be
//! seen again mid-run (GUILD_CREATE after a reconnect). Several Porter processes may share a
//! PostgreSQL database, and another one may be granting a join of this school right now (a
//! `/join` in a DM reaches the process of shard 0), so only joins older than
//! [`ABANDONED_AFTER`] are taken as abandoned: no grant takes that long.

use poise::serenity_prelude as serenity;

use super::{gate::DiscordGate, notify, Data};
use crate::domain::Resolution;

/// How old, in seconds, a pending join must be to be taken as abandoned.
pub const ABANDONED_AFTER: i64 = 60;

/// Resolves the school's joins left pending by an earlier Porter. Failures are logged and
/// leave the join pending, to be tried again when the server is next seen.
pub async fn guild(ctx: &serenity::Context, data: &Data, guild_id: serenity::GuildId) {
    let domain = &data.domain;
    let pending = match domain
        .pending_joins(
            guild_id.into(),
            data.joins_at_start,
            domain.now() - ABANDONED_AFTER,
        )
        .await
    {
        Ok(pending) if pending.is_empty() => return,
        Ok(pending) => pending,
        Err(e) => {
            tracing::warn!(error = %e, guild = %guild_id, "could not list the joins left pending");
            return;
        }
    };
    let school = match domain.school(guild_id.into()).await {
        Ok(school) => school,
        Err(e) => {
            tracing::warn!(error = %e, guild = %guild_id, "could not read the school of pending joins");
            return;
        }
    };
    let gate = DiscordGate {
        http: &ctx.http,
        cache: &ctx.cache,
        known: None,
    };
    for join in &pending {
        match domain.resolve_pending(&gate, &school, join).await {
            Ok(Resolution::Confirmed) => {
                tracing::info!(guild = %guild_id, user = %join.user_id, invitation = ?join.invitation_id, "a join left pending is confirmed: the member holds the role");
                // Porter stopped before it could post the join: post it now.
                let invitation = match join.invitation_id {
                    Some(id) => domain.invitation_by_id(id).await.ok().flatten(),
                    None => None,
                };
                notify::log_line(
                    &ctx.http,
                    &school,
                    notify::join_line(join.user_id, invitation.as_ref(), join.method),
                )
                .await;
            }
            Ok(Resolution::Released) => {
                tracing::info!(guild = %guild_id, user = %join.user_id, invitation = ?join.invitation_id, "a join left pending is released: the member does not hold the role");
            }
            Ok(Resolution::AlreadyResolved) => {}
            Err(e) => {
                tracing::warn!(error = %e, guild = %guild_id, user = %join.user_id, "could not resolve a join left pending; it stays pending");
            }
        }
    }
}
