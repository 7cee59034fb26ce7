//! Pauses on Discord's side: Porter sets a paused school's `invites_disabled_until` (its
//! incident actions, at most 24 hours ahead), renews it while the pause lasts, lifts it when
//! the pause ends, and says in the log channel when a pause ended by itself. Runs every
//! [`EVERY`] for this process's servers, and for a server as it arrives (at every start), so
//! a pause that ended while Porter was stopped ends at its next start.

use std::time::Duration;

use poise::serenity_prelude as serenity;

use super::notify;
use crate::domain::{Domain, GuildId, LinksOff};

/// How often pauses are looked after.
pub const EVERY: Duration = Duration::from_secs(60);

/// Looks after the pauses of this process's servers (those in the cache).
pub async fn pass(http: &serenity::Http, cache: &serenity::Cache, domain: &Domain) {
    let guilds: Vec<GuildId> = cache.guilds().into_iter().map(GuildId::from).collect();
    look_after(http, domain, &guilds).await;
}

/// Ends a server's pause if it is over, and brings Discord's switch in line with it.
/// Whether Discord's switch is as the pause wants it.
pub async fn guild(http: &serenity::Http, domain: &Domain, guild_id: GuildId) -> bool {
    look_after(http, domain, &[guild_id]).await
}

async fn look_after(http: &serenity::Http, domain: &Domain, guilds: &[GuildId]) -> bool {
    if guilds.is_empty() {
        return true;
    }
    match domain.end_due_pauses(guilds).await {
        Ok(ended) => {
            for end in ended {
                tracing::info!(guild = %end.school.guild_id, "a pause ended");
                if let Some(until) = end.paused.paused_until {
                    notify::log_line(
                        http,
                        &end.school,
                        notify::pause_ended_line(
                            crate::i18n::Lang::ENGLISH,
                            end.paused.paused_by,
                            until,
                        ),
                    )
                    .await;
                }
            }
        }
        Err(e) => tracing::warn!(error = %e, "could not end the pauses that are over"),
    }
    let due = match domain.links_off_due(guilds).await {
        Ok(due) => due,
        Err(e) => {
            tracing::warn!(error = %e, "could not list the pauses to set on Discord");
            return false;
        }
    };
    let mut all_set = true;
    for (guild_id, set) in due {
        let until = match set {
            LinksOff::Until(at) => match serenity::Timestamp::from_unix_timestamp(at) {
                Ok(at) => Some(at.to_string()),
                Err(e) => {
                    tracing::warn!(error = %e, guild = %guild_id, "a pause's end out of range");
                    all_set = false;
                    continue;
                }
            },
            LinksOff::Clear => None,
        };
        let body = serde_json::json!({ "invites_disabled_until": until });
        match http
            .edit_guild_incident_actions(guild_id.into(), &body)
            .await
            .inspect_err(crate::service::metrics::rest_error)
        {
            Ok(_) => {
                if let Err(e) = domain.links_off_set(guild_id, set).await {
                    tracing::warn!(error = %e, guild = %guild_id, "could not note the server's invites switch");
                }
            }
            Err(e) => {
                all_set = false;
                tracing::warn!(error = %e, guild = %guild_id, ?set, "could not set the server's invites switch; retried on the next pass");
            }
        }
    }
    all_set
}
