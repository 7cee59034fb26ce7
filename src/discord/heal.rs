//! Resolving, when Porter sees a server, the joins an earlier Porter left pending: counted,
//! with the member role grant under way when it stopped (see [`crate::domain::PendingJoin`]).
//! Each is confirmed if the person holds the member role, released otherwise.
//!
//! Only joins nobody is granting any more are touched: those of a process that restarted
//! or stopped ([`crate::domain::Domain::pending_joins`]). A join this process or another
//! live one is granting is left alone, even when a server is seen again mid-run (GUILD_CREATE
//! after a reconnect), or when the join was a `/join` in a DM for a school of another
//! process (DMs reach the process of shard 0). Runs when Porter sees a server and with
//! every sweep, so the joins of a process that stopped for good are resolved too.

use poise::serenity_prelude as serenity;

use super::{gate::DiscordGate, notify};
use crate::domain::{Domain, Resolution};

/// Resolves the school's joins left pending by a Porter that stopped. Failures are logged
/// and leave the join pending, to be tried again at the next sweep.
pub async fn guild(
    http: &serenity::Http,
    cache: &serenity::Cache,
    domain: &Domain,
    guild_id: serenity::GuildId,
) {
    let pending = match domain.pending_joins(guild_id.into(), domain.now()).await {
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
        http,
        cache,
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
                    http,
                    &school,
                    notify::join_line(
                        crate::i18n::Lang::ENGLISH,
                        join.user_id,
                        invitation.as_ref(),
                        join.method,
                    ),
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
