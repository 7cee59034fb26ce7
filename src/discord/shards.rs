//! Gateway shards: which ones this process runs, and Discord refusing one.
//!
//! Discord sends each server's events to one shard, `(server id >> 22) % total` (DMs to
//! shard 0), and refuses a shard that would hold more than 2,500 servers: it closes the
//! connection with code 4011, "sharding required". By default Porter asks Discord how many
//! shards to run (`GET /gateway/bot`) and runs them all; `discord.shards` and
//! `discord.shard_total` run part of them, other processes running the rest. serenity
//! starts a process's shards one after the other, 5 seconds apart (Discord's IDENTIFY rate
//! limit), in one client: one cache, so the sweep and everything run per server see only
//! this process's servers.

use std::fmt;

use anyhow::Context as _;
use poise::serenity_prelude as serenity;
use tokio::sync::watch;
use tracing::field::{Field, Visit};
use tracing::{Event, Level, Subscriber};
use tracing_subscriber::filter::{filter_fn, Filtered};
use tracing_subscriber::layer::{Context, Layer};

use crate::config::Shards;

/// The shards this process runs: `first..=last` of `total`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Plan {
    pub first: u32,
    pub last: u32,
    pub total: u32,
    /// The total is the one Discord recommends.
    pub recommended: bool,
}

impl fmt::Display for Plan {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let range = Shards::Range {
            first: self.first,
            last: self.last,
            total: self.total,
        };
        write!(f, "{range}")?;
        if self.recommended {
            f.write_str(" (as many as Discord recommends)")?;
        }
        Ok(())
    }
}

/// The shards to run: those configured, or all of those Discord recommends.
pub async fn plan(http: &serenity::Http, shards: Shards) -> anyhow::Result<Plan> {
    match shards {
        Shards::Range { first, last, total } => Ok(Plan {
            first,
            last,
            total,
            recommended: false,
        }),
        Shards::Recommended => {
            let gateway = http
                .get_bot_gateway()
                .await
                .context("could not ask Discord how many shards to run (GET /gateway/bot)")?;
            let total = gateway.shards.max(1);
            let limit = gateway.session_start_limit;
            if limit.remaining < u64::from(total) {
                tracing::warn!(
                    shards = total,
                    remaining = limit.remaining,
                    reset_after_ms = limit.reset_after,
                    "Discord allows fewer new gateway sessions than there are shards to start \
                     before its daily limit resets"
                );
            }
            Ok(Plan {
                first: 0,
                last: total - 1,
                total,
                recommended: true,
            })
        }
    }
}

/// Discord refused one of this process's shards for good (close code 4011): it would hold
/// more servers than one shard may.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Refusal {
    /// `(id, total)`, when serenity said which shard.
    pub shard: Option<(u32, u32)>,
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Discord refused ")?;
        match self.shard {
            Some((id, total)) => write!(f, "shard {id} of {total}")?,
            None => f.write_str("a shard")?,
        }
        f.write_str(
            " with close code 4011 (sharding required): it would hold more servers than one \
             shard may (2,500). Run more shards: leave discord.shards and discord.shard_total \
             (PORTER_SHARDS, PORTER_SHARD_TOTAL, --shards, --shard-total) unset to run as many \
             as Discord recommends, or raise the total across your processes",
        )
    }
}

impl Refusal {
    /// The refusal a serenity gateway error line reports, if it is one: serenity 0.12 logs
    /// `[ShardInfo { id: ShardId(N), total: T }] Shard has too many guilds.`, then
    /// `Shard handler received err: Gateway(OverloadedShard)`, and tries the shard again.
    fn from_serenity(message: &str) -> Option<Self> {
        if message.contains("Shard has too many guilds") {
            Some(Self {
                shard: shard_info(message),
            })
        } else if message.contains("OverloadedShard") {
            Some(Self { shard: None })
        } else {
            None
        }
    }
}

/// `(id, total)` from serenity's `ShardInfo { id: ShardId(N), total: T }`.
fn shard_info(message: &str) -> Option<(u32, u32)> {
    let number = |after: &str| -> Option<u32> {
        let rest = &message[message.find(after)? + after.len()..];
        let end = rest
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(rest.len());
        rest[..end].parse().ok()
    };
    Some((number("ShardId(")?, number("total: ")?))
}

/// Where the refusals seen by [`watch_refusals`]'s layer arrive.
pub struct Refusals(watch::Receiver<Option<Refusal>>);

impl Refusals {
    /// Waits for the first refusal (forever if none comes).
    pub async fn next(&mut self) -> Refusal {
        match self.0.wait_for(Option::is_some).await {
            Ok(refusal) => refusal.expect("waited for one"),
            Err(_) => std::future::pending().await,
        }
    }
}

/// A logging layer that notices Discord refusing a shard with close code 4011, and where
/// the refusals arrive.
///
/// serenity 0.12 does not report that refusal to the program: it logs an error and starts
/// the shard again, which Discord refuses again, forever. Its error lines are the only
/// sign, so the process's log subscriber carries this layer (it sees serenity's gateway
/// errors whatever the log filter) and `porter` stops with a message naming sharding. The
/// log is the whole process's, so this is for a process running one bot.
pub fn watch_refusals<S>() -> (impl Layer<S>, Refusals)
where
    S: Subscriber + for<'a> tracing_subscriber::registry::LookupSpan<'a>,
{
    let (tx, rx) = watch::channel(None);
    let layer: Filtered<_, _, S> = Watch(tx).with_filter(filter_fn(|meta| {
        *meta.level() == Level::ERROR && meta.target().starts_with("serenity::gateway")
    }));
    (layer, Refusals(rx))
}

struct Watch(watch::Sender<Option<Refusal>>);

impl<S: Subscriber> Layer<S> for Watch {
    fn on_event(&self, event: &Event<'_>, _ctx: Context<'_, S>) {
        let mut message = Message(String::new());
        event.record(&mut message);
        if let Some(refusal) = Refusal::from_serenity(&message.0) {
            // The first line names the shard; keep it.
            self.0.send_if_modified(|seen| {
                let first = seen.is_none();
                if first {
                    *seen = Some(refusal);
                }
                first
            });
        }
    }
}

/// An event's `message` field, as text.
struct Message(String);

impl Visit for Message {
    fn record_debug(&mut self, field: &Field, value: &dyn fmt::Debug) {
        if field.name() == "message" {
            self.0 = format!("{value:?}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tracing_subscriber::layer::SubscriberExt as _;

    #[test]
    fn plans_say_which_shards() {
        let plan = |first, last, total, recommended| {
            Plan {
                first,
                last,
                total,
                recommended,
            }
            .to_string()
        };
        assert_eq!(
            plan(0, 0, 1, true),
            "shard 0 of 1 (as many as Discord recommends)"
        );
        assert_eq!(
            plan(0, 1, 2, true),
            "shards 0-1 of 2 (as many as Discord recommends)"
        );
        assert_eq!(plan(1, 1, 2, false), "shard 1 of 2");
        assert_eq!(plan(4, 7, 16, false), "shards 4-7 of 16");
    }

    #[test]
    fn serenitys_lines_about_a_refused_shard_are_recognised() {
        let info = serenity::ShardInfo {
            id: serenity::ShardId(3),
            total: 8,
        };
        // The lines as serenity 0.12.5 writes them (gateway/shard.rs, shard_runner.rs).
        let named = format!("[{info:?}] Shard has too many guilds.");
        assert_eq!(
            Refusal::from_serenity(&named),
            Some(Refusal {
                shard: Some((3, 8))
            })
        );
        let error = serenity::Error::Gateway(serenity::GatewayError::OverloadedShard);
        let unnamed = format!("Shard handler received err: {error:?}");
        assert_eq!(
            Refusal::from_serenity(&unnamed),
            Some(Refusal { shard: None })
        );
        let intents = serenity::Error::Gateway(serenity::GatewayError::DisallowedGatewayIntents);
        assert_eq!(
            Refusal::from_serenity(&format!("Shard handler received err: {intents:?}")),
            None
        );
        let text = Refusal {
            shard: Some((0, 1)),
        }
        .to_string();
        assert!(
            text.contains("shard 0 of 1") && text.contains("4011") && text.contains("sharding"),
            "{text}"
        );
    }

    #[tokio::test]
    async fn the_layer_sees_serenitys_gateway_errors_whatever_the_log_filter() {
        let (layer, mut refusals) = watch_refusals();
        let subscriber = tracing_subscriber::registry()
            .with(
                tracing_subscriber::fmt::layer()
                    .with_writer(std::io::sink)
                    .with_filter(tracing_subscriber::EnvFilter::new("off")),
            )
            .with(layer);
        tracing::subscriber::with_default(subscriber, || {
            // Not serenity's gateway: ignored.
            tracing::error!(target: "porter", "Shard has too many guilds");
            tracing::warn!(target: "serenity::gateway::shard", "Shard has too many guilds");
            tracing::error!(
                target: "serenity::gateway::shard",
                "[ShardInfo {{ id: ShardId(1), total: 2 }}] Shard has too many guilds."
            );
            tracing::error!(
                target: "serenity::gateway::bridge::shard_runner",
                "Shard handler received err: Gateway(OverloadedShard)"
            );
        });
        assert_eq!(
            refusals.next().await,
            Refusal {
                shard: Some((1, 2))
            }
        );
    }
}
