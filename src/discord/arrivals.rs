//! Newcomers: which invitation's link they used (from the server's invite use counts), the
//! member role in public schools, and a line in the log channel for each.

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex, PoisonError};

use poise::serenity_prelude as serenity;
use serde::Deserialize;

use super::{gate::DiscordGate, notify, sweep, Data};
use crate::domain::{
    Access, Arrival, DomainError, Invitation, InviteUses, JoinMethod, JoinOutcome, JoinRequest,
    School,
};

/// How recent a join Porter made itself must be for a member update to be its echo.
const OWN_GRANT_ECHO: i64 = 60;

/// Per-server order for reading invite counts, so two arrivals never compare against the
/// same baseline at once; and the members already looked at after a role update.
#[derive(Default)]
pub struct Arrivals {
    locks: Mutex<HashMap<u64, Arc<tokio::sync::Mutex<()>>>>,
    checked: Mutex<HashSet<(u64, u64)>>,
}

impl Arrivals {
    fn lock_for(&self, guild_id: u64) -> Arc<tokio::sync::Mutex<()>> {
        self.locks
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .entry(guild_id)
            .or_default()
            .clone()
    }
}

/// One invite of `GET /guilds/{id}/invites`, read without serenity's `RichInvite` (which
/// cannot read invites that target a user).
#[derive(Deserialize)]
struct ListedInvite {
    code: String,
    #[serde(default)]
    uses: u32,
    #[serde(default)]
    max_uses: u32,
}

/// The server's invites with their use counts. Needs Manage Server.
async fn fetch_invites(
    http: &serenity::Http,
    guild_id: serenity::GuildId,
) -> Result<Vec<InviteUses>, serenity::Error> {
    let listed: Vec<ListedInvite> = http
        .fire(serenity::http::Request::new(
            serenity::http::Route::GuildInvites { guild_id },
            serenity::http::LightMethod::Get,
        ))
        .await?;
    Ok(listed
        .into_iter()
        .map(|i| InviteUses {
            code: i.code,
            uses: i.uses,
            max_uses: i.max_uses,
        })
        .collect())
}

/// Takes the server's invite counts as the baseline (at start-up and at school setup), and
/// logs invitation links used while Porter was away.
pub(crate) async fn snapshot(http: &serenity::Http, data: &Data, guild_id: serenity::GuildId) {
    let lock = data.arrivals.lock_for(guild_id.get());
    let _turn = lock.lock().await;
    let Some(school) = school_of(data, guild_id).await else {
        return;
    };
    let invites = match fetch_invites(http, guild_id).await {
        Ok(invites) => invites,
        Err(e) => {
            tracing::warn!(error = %e, guild = %guild_id, "could not read the server's invites (Porter needs Manage Server); link arrivals will not be attributed");
            return;
        }
    };
    match data.domain.snapshot_invites(guild_id.get(), &invites).await {
        Ok(offline) => {
            for used in offline {
                notify::log_line(http, &school, notify::offline_line(&used)).await;
            }
        }
        Err(e) => {
            tracing::warn!(error = %e, guild = %guild_id, "could not store the server's invites")
        }
    }
}

/// Someone joined the server (GUILD_MEMBER_ADD).
pub async fn member_added(ctx: &serenity::Context, data: &Data, member: &serenity::Member) {
    if member.user.bot {
        return;
    }
    let Some(school) = school_of(data, member.guild_id).await else {
        return;
    };
    let arrival = attribute(&ctx.http, data, member.guild_id).await;
    record(ctx, data, &school, member, arrival).await;
}

/// A member's roles changed (GUILD_MEMBER_UPDATE). When the member role was just added and
/// Porter did not add it, an invitation's link may have: someone already in the server
/// accepted it.
pub async fn member_updated(
    ctx: &serenity::Context,
    data: &Data,
    old: Option<&serenity::Member>,
    event: &serenity::GuildMemberUpdateEvent,
) {
    // Most updates (nicknames, other roles) concern no role Porter cares about: skip them
    // before any query.
    if event.user.bot || old.is_some_and(|o| o.roles == event.roles) {
        return;
    }
    let Some(school) = school_of(data, event.guild_id).await else {
        return;
    };
    let role = serenity::RoleId::new(school.member_role_id);
    if !event.roles.contains(&role) || old.is_some_and(|o| o.roles.contains(&role)) {
        return;
    }
    let key = (event.guild_id.get(), event.user.id.get());
    if old.is_none()
        && !data
            .arrivals
            .checked
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .insert(key)
    {
        return; // looked at once already: the role is not new
    }
    let since = data.domain.now() - OWN_GRANT_ECHO;
    match data
        .domain
        .joined_since(school.guild_id, event.user.id.get(), since)
        .await
    {
        Ok(false) => {}
        Ok(true) => return, // Porter's own grant, or an arrival already recorded
        Err(e) => {
            tracing::warn!(error = %e, "could not read recent joins");
            return;
        }
    }
    let arrival = attribute(&ctx.http, data, event.guild_id).await;
    if arrival == Arrival::Elsewhere {
        return; // someone gave the role by hand
    }
    let mut member = serenity::Member::default();
    member.user = event.user.clone();
    member.guild_id = event.guild_id;
    member.roles = event.roles.clone();
    record(ctx, data, &school, &member, arrival).await;
}

async fn school_of(data: &Data, guild_id: serenity::GuildId) -> Option<School> {
    match data.domain.find_school(guild_id.get()).await {
        Ok(school) => school,
        Err(e) => {
            tracing::warn!(error = %e, guild = %guild_id, "could not read the school");
            None
        }
    }
}

/// Which invite an arrival used, compared under the server's lock.
async fn attribute(http: &serenity::Http, data: &Data, guild_id: serenity::GuildId) -> Arrival {
    let lock = data.arrivals.lock_for(guild_id.get());
    let _turn = lock.lock().await;
    let invites = match fetch_invites(http, guild_id).await {
        Ok(invites) => invites,
        Err(e) => {
            tracing::warn!(error = %e, guild = %guild_id, "could not read the server's invites (Porter needs Manage Server); the arrival is not attributed");
            return Arrival::Elsewhere;
        }
    };
    data.domain
        .attribute_arrival(guild_id.get(), &invites)
        .await
        .unwrap_or_else(|e| {
            tracing::warn!(error = %e, guild = %guild_id, "could not attribute an arrival");
            Arrival::Elsewhere
        })
}

/// Records the arrival, makes sure the person holds the member role if they should (and
/// not if they should not), and tells the log channel.
async fn record(
    ctx: &serenity::Context,
    data: &Data,
    school: &School,
    member: &serenity::Member,
    arrival: Arrival,
) {
    let domain = &data.domain;
    let user = member.user.id.get();
    let has_role = member
        .roles
        .contains(&serenity::RoleId::new(school.member_role_id));
    let gate = DiscordGate {
        http: &ctx.http,
        cache: &ctx.cache,
        known: Some(member),
    };
    let line = match arrival {
        Arrival::Link(inv) => match domain.link_join(&gate, school, &inv, user, has_role).await {
            Ok(joined) => {
                tracing::info!(
                    guild = school.guild_id,
                    user,
                    invitation = inv.id,
                    counted = joined.counted,
                    "arrived through a link"
                );
                // After its last use the link must stop letting people in too.
                sweep::close(&ctx.http, domain, &joined.invitation).await;
                joined
                    .counted
                    .then(|| notify::join_line(user, Some(&joined.invitation), JoinMethod::Link))
            }
            Err(
                e @ (DomainError::Expired { .. }
                | DomainError::UsedUp { .. }
                | DomainError::NotAValidInvitation),
            ) => {
                tracing::info!(guild = school.guild_id, user, invitation = inv.id, error = %e, "arrived through an ended invitation's link");
                sweep::close(&ctx.http, domain, &inv).await;
                match school.access {
                    Access::Public => public_join(&gate, data, school, user, has_role).await,
                    // Without the role they did not come through a link of Porter's.
                    Access::Private if !has_role => None,
                    Access::Private => {
                        Some(take_back(&ctx.http, school, &inv, user, domain.now()).await)
                    }
                }
            }
            Err(e) => Some(grant_failed(user, e)),
        },
        Arrival::Unattributed {
            candidates,
            other_invites,
        } => match domain
            .unattributed_join(&gate, school, &candidates, user, has_role)
            .await
        {
            Ok(()) => {
                tracing::info!(
                    guild = school.guild_id,
                    user,
                    candidates = candidates.len(),
                    other_invites,
                    "arrival not attributed"
                );
                Some(notify::unattributed_line(user, &candidates, other_invites))
            }
            Err(e) => Some(grant_failed(user, e)),
        },
        Arrival::Elsewhere if school.access == Access::Public => {
            public_join(&gate, data, school, user, has_role).await
        }
        Arrival::Elsewhere => None,
    };
    if let Some(line) = line {
        notify::log_line(&ctx.http, school, line).await;
    }
}

/// Gives someone who arrived in a public school the member role (if Discord did not) and
/// records the join; the log line, if one is due.
async fn public_join(
    gate: &DiscordGate<'_>,
    data: &Data,
    school: &School,
    user: u64,
    has_role: bool,
) -> Option<String> {
    if has_role {
        return None; // another community invite gave it
    }
    let request = JoinRequest {
        user_id: user,
        guild_id: Some(school.guild_id),
        code: None,
        method: JoinMethod::Public,
    };
    match data.domain.join(gate, request).await {
        Ok(JoinOutcome::Joined { .. }) => Some(notify::join_line(user, None, JoinMethod::Public)),
        Ok(_) => None,
        Err(e) => Some(grant_failed(user, e)),
    }
}

/// Takes the member role back from someone Discord let in through the link of an invitation
/// that had ended (before Porter could delete the link); the log line.
async fn take_back(
    http: &serenity::Http,
    school: &School,
    inv: &Invitation,
    user: u64,
    now: i64,
) -> String {
    let status = inv.status(now).as_str();
    let reason = format!("Porter: invitation #{} is {status}", inv.id);
    let taken = http
        .remove_member_role(
            serenity::GuildId::new(school.guild_id),
            serenity::UserId::new(user),
            serenity::RoleId::new(school.member_role_id),
            Some(&reason),
        )
        .await;
    if let Err(e) = &taken {
        tracing::warn!(error = %e, user, invitation = inv.id, "could not take back the member role");
    }
    notify::ended_link_line(user, inv, status, taken.is_ok())
}

/// The log line for an arrival Porter could not give the member role.
fn grant_failed(user: u64, e: DomainError) -> String {
    tracing::warn!(error = %e, user, "an arrival could not be recorded");
    let why = super::Error::from(e)
        .user_message()
        .unwrap_or_else(|| "Porter hit an internal error; see its logs.".to_owned());
    format!("⚠️ <@{user}> arrived, but Porter could not give them the member role. {why}")
}
