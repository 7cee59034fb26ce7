//! End of term on Discord's side: taking an invitation's extra roles back from the people
//! who got them through it once its `roles_until` has passed (see [`Domain::terms_due`]).
//! Runs every [`EVERY`] for this process's servers, and for a server as it arrives (at every
//! start), so a term that ended while Porter was stopped ends at its next start.

use std::time::Duration;

use poise::serenity_prelude as serenity;

use super::gate::DiscordGate;
use super::notify;
use crate::domain::{Domain, Gatekeeper as _, GuildId, TermEnd};

/// How often ended terms are looked for.
pub const EVERY: Duration = Duration::from_secs(60);

/// Ends the due terms of this process's servers (those in the cache).
pub async fn pass(http: &serenity::Http, cache: &serenity::Cache, domain: &Domain) {
    let guilds: Vec<GuildId> = cache.guilds().into_iter().map(GuildId::from).collect();
    end_terms(http, cache, domain, &guilds).await;
}

/// Ends the due terms of one server.
pub async fn guild(
    http: &serenity::Http,
    cache: &serenity::Cache,
    domain: &Domain,
    guild_id: serenity::GuildId,
) {
    end_terms(http, cache, domain, &[guild_id.into()]).await;
}

async fn end_terms(
    http: &serenity::Http,
    cache: &serenity::Cache,
    domain: &Domain,
    guilds: &[GuildId],
) {
    if guilds.is_empty() {
        return;
    }
    let due = match domain.terms_due(guilds).await {
        Ok(due) => due,
        Err(e) => {
            tracing::warn!(error = %e, "could not list the invitations whose term ended");
            return;
        }
    };
    for end in due {
        end_term(http, cache, domain, &end).await;
    }
}

/// Takes back one invitation's extra roles; marks its term ended once all went through,
/// else leaves it due for the next pass.
async fn end_term(http: &serenity::Http, cache: &serenity::Cache, domain: &Domain, end: &TermEnd) {
    let inv = &end.invitation;
    let school = match domain.find_school(inv.guild_id).await {
        Ok(Some(school)) => school,
        Ok(None) => return,
        Err(e) => {
            tracing::warn!(error = %e, invitation = %inv.id, "could not read the school of an ended term");
            return;
        }
    };
    let gate = DiscordGate {
        http,
        cache,
        known: None,
    };
    let reason = format!("Porter: the term of invitation #{} ended", inv.id);
    let mut failed = 0;
    for (user, role) in &end.removals {
        if let Err(e) = gate.remove_role(&school, *user, *role, &reason).await {
            failed += 1;
            tracing::warn!(error = %e, invitation = %inv.id, user = %user, role = %role, "could not take a class role back at the end of term; trying again at the next pass");
        }
    }
    if failed > 0 {
        return;
    }
    match domain.finish_term(end).await {
        Ok(true) => {
            tracing::info!(
                guild = %inv.guild_id,
                invitation = %inv.id,
                people = end.people(),
                roles = ?inv.roles,
                "the term of an invitation ended: its class roles were taken back"
            );
            notify::log_line(
                http,
                &school,
                notify::term_line(crate::i18n::Lang::ENGLISH, inv, end.people()),
            )
            .await;
        }
        // Someone joined through it meanwhile: the next pass covers them too.
        Ok(false) => {}
        Err(e) => {
            tracing::warn!(error = %e, invitation = %inv.id, "could not note a term ended; it is done again at the next pass")
        }
    }
}

/// The roles an ended term takes back, for the log line.
pub fn roles_text(inv: &crate::domain::Invitation) -> String {
    let roles: Vec<String> = inv.roles.iter().map(|r| format!("<@&{r}>")).collect();
    if roles.is_empty() {
        "its class roles".to_owned()
    } else {
        roles.join(", ")
    }
}
