//! Porter's side of data retention: noticing that Porter was removed from a school's server
//! (GUILD_DELETE that is not an outage, or the server missing from its shard's READY after
//! Porter was offline) and that it came back (GUILD_CREATE); erasing the schools whose server
//! Porter left long enough ago, and old joins and audit entries; and `/school forget`'s
//! Confirm / Cancel buttons.
//!
//! Which servers Porter is in is known only for the shards this process runs, once each
//! shard's READY came (its servers are then all in serenity's cache). So a process marks
//! and erases only the schools of its own ready shards whose server is not in its cache:
//! when several processes share the database, each school is looked after by the process of
//! its shard. Erasing is one write transaction that first checks the school is still left
//! and due, so a school erased twice (a process restarting mid-way) is erased once, and one
//! Porter is added back to first is kept.

use std::collections::{BTreeSet, HashSet};
use std::sync::{Mutex, PoisonError};

use poise::serenity_prelude as serenity;

use super::error::internal;
use super::{actor, links, render, Data, Error};
use crate::config::Retention;
use crate::domain::{Domain, DomainError, GuildId, Presence, SchoolRecords, Timestamp};
use crate::logging::Chain;

/// A day, in seconds.
const DAY: Timestamp = 24 * 3600;
/// How long `/school forget`'s buttons may be answered.
pub const FORGET_EXPIRY: Timestamp = 120;
/// Custom ids of `/school forget`'s buttons start with this:
/// `porter:forget:<confirm|cancel>:<user id>:<expiry>`.
pub const FORGET_PREFIX: &str = "porter:forget:";
/// The colour of a warning that something is about to be erased.
const RED: u32 = 0xe7_4c_3c;

/// Keeps schools' data as long as the retention rules say, and no longer.
pub struct Keeper {
    rules: Retention,
    /// The shard total, and the shards of this process whose READY came.
    ready: Mutex<(u32, BTreeSet<u32>)>,
    /// Servers Porter was removed from since this process started, until it is added back.
    /// serenity's cache keeps listing a server removed during an outage (as unavailable),
    /// so the cache alone would keep its school for ever.
    removed: Mutex<HashSet<u64>>,
}

/// The shard of a server among `total`, as Discord computes it.
fn shard_of(guild_id: GuildId, total: u32) -> u32 {
    ((guild_id.get() >> 22) % u64::from(total.max(1))) as u32
}

impl Keeper {
    pub fn new(rules: Retention) -> Self {
        Self {
            rules,
            ready: Mutex::new((1, BTreeSet::new())),
            removed: Mutex::new(HashSet::new()),
        }
    }

    /// GUILD_DELETE. `unavailable`: Discord lost the server for a while (an outage), which
    /// changes nothing. Otherwise Porter was removed from it: its school (if any) is marked
    /// left, to be erased after [`Retention::left_days`] unless Porter comes back.
    pub async fn guild_deleted(
        &self,
        domain: &Domain,
        guild_id: serenity::GuildId,
        unavailable: bool,
    ) {
        if unavailable {
            tracing::info!(guild = %guild_id, "a server is unavailable (a Discord outage): its school is kept as it is");
            return;
        }
        self.removed
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .insert(guild_id.get());
        match domain.mark_left(guild_id.into()).await {
            Ok(true) => tracing::info!(
                guild = %guild_id,
                days = self.rules.left_days,
                "Porter was removed from a school's server: its data is kept for {} days, then erased, unless Porter is added back",
                self.rules.left_days
            ),
            Ok(false) => {
                tracing::info!(guild = %guild_id, "Porter was removed from a server that is not a school (or already marked left)")
            }
            Err(e) => {
                tracing::warn!(error = %e, guild = %guild_id, "could not mark a school left; it is marked at this shard's next start")
            }
        }
    }

    /// GUILD_CREATE: Porter is in the server. A school it had been removed from is kept.
    pub async fn guild_created(&self, domain: &Domain, guild_id: serenity::GuildId) {
        self.removed
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .remove(&guild_id.get());
        match domain.mark_back(guild_id.into()).await {
            Ok(Some(left_at)) => tracing::info!(
                guild = %guild_id,
                left_at,
                "Porter is back in a school's server it was removed from {} ago: its data is kept",
                days_ago(domain.now() - left_at)
            ),
            Ok(None) => {}
            Err(e) => {
                tracing::warn!(error = %e, guild = %guild_id, "could not note Porter back in a school's server")
            }
        }
    }

    /// READY: the shard's servers are all known (in the cache). Schools of the shard whose
    /// server is not among them lost Porter while it was offline: they are marked left, and
    /// those left long enough ago erased.
    pub async fn shard_ready(
        &self,
        cache: &serenity::Cache,
        domain: &Domain,
        ready: &serenity::Ready,
    ) {
        let (id, total) = ready.shard.map_or((0, 1), |s| (s.id.0, s.total));
        {
            let mut shards = self.ready.lock().unwrap_or_else(PoisonError::into_inner);
            if shards.0 != total {
                *shards = (total, BTreeSet::new());
            }
            shards.1.insert(id);
        }
        self.look_after(cache, domain, Some(id)).await;
    }

    /// The periodic work: the schools of this process's ready shards whose server Porter is
    /// not in are marked left, or erased when due; then joins and audit entries older than
    /// the rules allow are erased.
    pub async fn pass(&self, cache: &serenity::Cache, domain: &Domain) {
        self.look_after(cache, domain, None).await;
        let before = |days: Option<u32>| days.map(|d| domain.now() - i64::from(d) * DAY);
        match domain
            .erase_old_rows(before(self.rules.joins_days), before(self.rules.audit_days))
            .await
        {
            Ok(erased) if erased.joins + erased.audit_entries > 0 => tracing::info!(
                joins = erased.joins,
                audit_entries = erased.audit_entries,
                joins_days = ?self.rules.joins_days,
                audit_days = ?self.rules.audit_days,
                "erased joins and audit entries older than the retention settings allow"
            ),
            Ok(_) => {}
            Err(e) => {
                tracing::warn!(error = %e, "could not erase old joins and audit entries; trying again at the next pass")
            }
        }
    }

    /// Marks left, or erases when due, the schools of `only` (else of every ready shard of
    /// this process) whose server is not in the cache.
    async fn look_after(&self, cache: &serenity::Cache, domain: &Domain, only: Option<u32>) {
        let (total, shards) = self
            .ready
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone();
        let presences = match domain.presences().await {
            Ok(presences) => presences,
            Err(e) => {
                tracing::warn!(error = %e, "could not list the schools to look after");
                return;
            }
        };
        let present: HashSet<u64> = {
            let removed = self.removed.lock().unwrap_or_else(PoisonError::into_inner);
            cache
                .guilds()
                .into_iter()
                .map(|g| g.get())
                .filter(|g| !removed.contains(g))
                .collect()
        };
        let cutoff = domain.now() - i64::from(self.rules.left_days) * DAY;
        for Presence { guild_id, left_at } in presences {
            let shard = shard_of(guild_id, total);
            if !shards.contains(&shard)
                || only.is_some_and(|o| o != shard)
                || present.contains(&guild_id.get())
            {
                continue;
            }
            match left_at {
                None => match domain.mark_left(guild_id).await {
                    Ok(true) => tracing::info!(
                        guild = %guild_id,
                        days = self.rules.left_days,
                        "Porter is no longer in a school's server (removed while it was offline): its data is kept for {} days, then erased, unless Porter is added back",
                        self.rules.left_days
                    ),
                    Ok(false) => {}
                    Err(e) => {
                        tracing::warn!(error = %e, guild = %guild_id, "could not mark a school left")
                    }
                },
                Some(at) if at <= cutoff => self.erase(domain, guild_id, at, cutoff).await,
                Some(_) => {}
            }
        }
    }

    /// Erases a school left at `left_at`, if it still is and was by `cutoff`.
    async fn erase(
        &self,
        domain: &Domain,
        guild_id: GuildId,
        left_at: Timestamp,
        cutoff: Timestamp,
    ) {
        match domain.erase_left_school(guild_id, cutoff).await {
            Ok(Some(erased)) => tracing::info!(
                guild = %guild_id,
                left_at,
                invitations = erased.invitations,
                joins = erased.joins,
                permissions = erased.permissions,
                audit_entries = erased.audit_entries,
                links_left_in_discord = erased.links.len(),
                "erased the data of a school whose server Porter was removed from {} ago",
                days_ago(domain.now() - left_at)
            ),
            // Erased by another process meanwhile, or Porter is back.
            Ok(None) => {}
            Err(e) => {
                tracing::warn!(error = %e, guild = %guild_id, "could not erase a school Porter left; trying again at the next pass")
            }
        }
    }
}

/// "3 days" for a span of seconds (whole days, at least 0).
fn days_ago(seconds: Timestamp) -> String {
    match seconds.max(0) / DAY {
        1 => "1 day".to_owned(),
        n => format!("{n} days"),
    }
}

/// "1 invitation", "3 invitations".
fn count(n: u64, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// A button of `/school forget`'s warning, as its custom id says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct ForgetButton {
    confirm: bool,
    /// Who ran `/school forget`: only they may answer.
    user: u64,
    /// When the buttons stop working.
    expires_at: Timestamp,
}

impl ForgetButton {
    fn id(self) -> String {
        let answer = if self.confirm { "confirm" } else { "cancel" };
        format!("{FORGET_PREFIX}{answer}:{}:{}", self.user, self.expires_at)
    }

    /// The button of a custom id's part after [`FORGET_PREFIX`].
    fn parse(rest: &str) -> Option<Self> {
        let mut parts = rest.split(':');
        let confirm = match parts.next()? {
            "confirm" => true,
            "cancel" => false,
            _ => return None,
        };
        let user = parts.next()?.parse().ok()?;
        let expires_at = parts.next()?.parse().ok()?;
        parts.next().is_none().then_some(Self {
            confirm,
            user,
            expires_at,
        })
    }
}

/// `/school forget`: warns an administrator of what erasing the school removes, with
/// Confirm and Cancel buttons that only they may press, for [`FORGET_EXPIRY`] seconds.
pub async fn ask_to_forget(ctx: super::Context<'_>) -> Result<(), Error> {
    let (guild_id, actor) =
        actor::guild_administrator(ctx, "erase everything Porter holds about this server")?;
    let domain = &ctx.data().domain;
    let records = domain.school_records(guild_id.into()).await?;
    let expires_at = domain.now() + FORGET_EXPIRY;
    let button = |confirm| ForgetButton {
        confirm,
        user: actor.user_id.get(),
        expires_at,
    };
    let buttons = serenity::CreateActionRow::Buttons(vec![
        serenity::CreateButton::new(button(true).id())
            .label("Erase everything")
            .style(serenity::ButtonStyle::Danger),
        serenity::CreateButton::new(button(false).id())
            .label("Cancel")
            .style(serenity::ButtonStyle::Secondary),
    ]);
    let reply = poise::CreateReply::default()
        .embed(warning(&records, expires_at))
        .components(vec![buttons])
        .ephemeral(true);
    ctx.send(reply).await?;
    Ok(())
}

/// What `/school forget` will erase, counted.
fn warning(r: &SchoolRecords, expires_at: Timestamp) -> serenity::CreateEmbed {
    let links = r.links.len() as u64;
    let description = format!(
        "This cannot be undone. Porter erases, for good, everything it holds about this \
         server:\n\
         • the school's settings (member role, access, welcome and log channels)\n\
         • **{}** and their codes; the **{}** still working in Discord are deleted\n\
         • **{}** (who joined, when and how)\n\
         • **{}** of Porter's permissions to roles\n\
         • **{}**\n\
         • its bookkeeping: invite counts Porter follows and wrong codes tried ({})\n\n\
         Members keep the roles they have, and Porter's posts of invitations stay in their \
         channels (their Join buttons stop working). Answer {}.",
        count(r.invitations, "invitation", "invitations"),
        count(links, "link", "links"),
        count(r.joins, "join", "joins"),
        count(r.permissions, "grant", "grants"),
        count(r.audit_entries, "audit entry", "audit entries"),
        count(r.other_rows, "row", "rows"),
        render::relative(expires_at)
    );
    serenity::CreateEmbed::new()
        .title("Erase this school's data?")
        .colour(RED)
        .description(description)
}

/// A press of one of `/school forget`'s buttons (`rest`: its custom id after
/// [`FORGET_PREFIX`]).
pub async fn forget_pressed(
    ctx: &serenity::Context,
    data: &Data,
    press: &serenity::ComponentInteraction,
    rest: &str,
) -> Result<(), Error> {
    let answer = |text: String| {
        serenity::CreateInteractionResponse::UpdateMessage(
            serenity::CreateInteractionResponseMessage::new()
                .content(text)
                .embeds(Vec::new())
                .components(Vec::new()),
        )
    };
    let (Some(button), Some(guild_id)) = (ForgetButton::parse(rest), press.guild_id) else {
        press
            .create_response(
                &ctx.http,
                answer("This button no longer works. Nothing was erased.".to_owned()),
            )
            .await?;
        return Ok(());
    };
    if press.user.id.get() != button.user {
        let refusal = serenity::CreateInteractionResponse::Message(
            serenity::CreateInteractionResponseMessage::new()
                .content(format!(
                    "Only <@{}>, who ran `/school forget`, can answer this. Nothing was erased.",
                    button.user
                ))
                .ephemeral(true),
        );
        press.create_response(&ctx.http, refusal).await?;
        return Ok(());
    }
    let domain = &data.domain;
    let text = if domain.now() > button.expires_at {
        Some("This question expired, so nothing was erased. Run `/school forget` again if you still want to erase the school's data.".to_owned())
    } else if !button.confirm {
        Some("Cancelled: nothing was erased.".to_owned())
    } else if !press
        .member
        .as_ref()
        .is_some_and(|m| actor::is_administrator(&ctx.cache, guild_id, m))
    {
        Some("You are no longer a server administrator here, so nothing was erased.".to_owned())
    } else {
        None
    };
    if let Some(text) = text {
        press.create_response(&ctx.http, answer(text)).await?;
        return Ok(());
    }
    // Deleting the links may take a while: say so at once, then tell what was done.
    press
        .create_response(&ctx.http, serenity::CreateInteractionResponse::Acknowledge)
        .await?;
    let (text, embed) = match domain.forget_school(guild_id.into()).await {
        Ok(erased) => {
            let failed = delete_links(&ctx.http, &erased).await;
            tracing::info!(
                guild = %guild_id,
                user = %press.user.id,
                invitations = erased.invitations,
                joins = erased.joins,
                permissions = erased.permissions,
                audit_entries = erased.audit_entries,
                links = erased.links.len(),
                links_not_deleted = failed.len(),
                "erased a school's data at its administrator's request (/school forget)"
            );
            (String::new(), Some(erased_embed(&erased, &failed)))
        }
        Err(DomainError::NotASchool) => (
            "This server's school data was already erased: there is nothing left to erase."
                .to_owned(),
            None,
        ),
        Err(e) => {
            tracing::error!(error = %Chain(&e), guild = %guild_id, "/school forget failed");
            (
                format!(
                    "{} Nothing was erased.",
                    internal(crate::i18n::Lang::ENGLISH)
                ),
                None,
            )
        }
    };
    let edit = serenity::EditInteractionResponse::new()
        .content(text)
        .embeds(embed.into_iter().collect())
        .components(Vec::new());
    press.edit_response(&ctx.http, edit).await?;
    Ok(())
}

/// Deletes the erased school's links in Discord; returns the links it could not delete.
async fn delete_links<'a>(
    http: &serenity::Http,
    erased: &'a SchoolRecords,
) -> Vec<&'a crate::domain::DiscordLink> {
    let mut failed = Vec::new();
    for link in &erased.links {
        let reason = "Porter: the school's data was erased (/school forget)";
        if let Err(e) = links::delete(http, link, reason).await {
            tracing::warn!(error = %Chain(&e), "could not delete the link of an erased school's invitation");
            failed.push(link);
        }
    }
    failed
}

/// What `/school forget` erased.
fn erased_embed(
    r: &SchoolRecords,
    failed: &[&crate::domain::DiscordLink],
) -> serenity::CreateEmbed {
    let links = r.links.len() as u64;
    let mut description = format!(
        "Porter erased everything it held about this server: the school's settings, {}, {}, \
         {} of permissions and {}. It deleted {} of its {} in Discord.",
        count(r.invitations, "invitation", "invitations"),
        count(r.joins, "join", "joins"),
        count(r.permissions, "grant", "grants"),
        count(r.audit_entries, "audit entry", "audit entries"),
        links - failed.len() as u64,
        count(links, "link", "links"),
    );
    if !failed.is_empty() {
        let urls: Vec<String> = failed.iter().map(|l| l.url()).collect();
        description.push_str(&format!(
            "\n\n**Porter could not delete {}**; anyone who opens it still gets the member \
             role. Delete it in Server Settings → Invites:\n{}",
            count(failed.len() as u64, "link", "links"),
            render::fit_lines(&urls, 1500, |n| format!("… and {n} more"))
        ));
    }
    description.push_str("\n\nTo use Porter here again, start with `/school setup`.");
    serenity::CreateEmbed::new()
        .title("School data erased")
        .colour(render::GREY)
        .description(description)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forget_button_ids_read_back_and_fit_discord() {
        for confirm in [true, false] {
            let button = ForgetButton {
                confirm,
                user: u64::MAX,
                expires_at: 1_800_000_000,
            };
            let id = button.id();
            assert!(id.len() <= 100, "{id}");
            let rest = id.strip_prefix(FORGET_PREFIX).unwrap();
            assert_eq!(ForgetButton::parse(rest), Some(button));
        }
        for bad in [
            "",
            "confirm",
            "erase:1:2",
            "confirm:x:2",
            "cancel:1:2:3",
            "confirm:1:",
        ] {
            assert_eq!(ForgetButton::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn servers_are_on_the_shard_discord_sends_their_events_to() {
        assert_eq!(shard_of(GuildId::new(1_000_000_000_000_001), 2), 1);
        assert_eq!(shard_of(GuildId::new(1_200_000_000_000_001), 2), 0);
        assert_eq!(shard_of(GuildId::new(197_038_439_483_310_086), 16), 2);
        assert_eq!(shard_of(GuildId::new(42), 0), 0);
    }

    #[test]
    fn spans_read_in_days() {
        assert_eq!(days_ago(0), "0 days");
        assert_eq!(days_ago(DAY + 5), "1 day");
        assert_eq!(days_ago(31 * DAY), "31 days");
        assert_eq!(days_ago(-5), "0 days");
    }
}
