//! Whether this process serves: every gateway shard it runs is connected and the database
//! answers. `/healthz` answers with it, and the systemd watchdog is fed only while it holds.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use poise::serenity_prelude as serenity;

use crate::domain::Domain;

/// How long a check waits for the database (and for serenity's shard list) before calling
/// it unhealthy: a health check must answer even when the database hangs.
pub const CHECK_BOUND: Duration = Duration::from_secs(2);

/// What a health check looks at.
pub struct Health {
    shards: Arc<serenity::ShardManager>,
    /// The shards this process runs, `first..=last`.
    first: u32,
    last: u32,
    domain: Domain,
    stopping: AtomicBool,
}

impl Health {
    /// The health of a process running shards `first..=last` through `shards`, on `domain`'s
    /// database.
    pub fn new(shards: Arc<serenity::ShardManager>, first: u32, last: u32, domain: Domain) -> Self {
        Self {
            shards,
            first,
            last,
            domain,
            stopping: AtomicBool::new(false),
        }
    }

    /// From now on the process is shutting down, and so not healthy.
    pub fn stopping(&self) {
        self.stopping.store(true, Ordering::SeqCst);
    }

    /// `Ok` when every shard of this process is connected and the database answers; else
    /// every reason it is not, one per line, e.g. `shard 1: not started`. Takes at most
    /// [`CHECK_BOUND`] (and a little).
    pub async fn check(&self) -> Result<(), Vec<String>> {
        if self.stopping.load(Ordering::SeqCst) {
            return Err(vec!["shutting down".to_owned()]);
        }
        let (shards, database) = tokio::join!(self.shard_problems(), self.database_problem());
        let mut problems = shards;
        problems.extend(database);
        if problems.is_empty() {
            Ok(())
        } else {
            Err(problems)
        }
    }

    /// Each shard of this process that is not connected, and why.
    async fn shard_problems(&self) -> Vec<String> {
        let Ok(runners) = tokio::time::timeout(CHECK_BOUND, self.shards.runners.lock()).await
        else {
            return vec!["the gateway shards' state could not be read in time".to_owned()];
        };
        (self.first..=self.last)
            .filter_map(|id| match runners.get(&serenity::ShardId(id)) {
                None => Some(format!("shard {id}: not started")),
                Some(runner) if runner.stage != serenity::ConnectionStage::Connected => {
                    Some(format!("shard {id}: {}", runner.stage))
                }
                Some(_) => None,
            })
            .collect()
    }

    /// Why the database does not answer, if it does not.
    async fn database_problem(&self) -> Option<String> {
        let query = sqlx::query("SELECT 1").execute(self.domain.db().pool());
        match tokio::time::timeout(CHECK_BOUND, query).await {
            Ok(Ok(_)) => None,
            Ok(Err(e)) => Some(format!("database: {e}")),
            Err(_) => Some(format!("database: no answer within {CHECK_BOUND:?}")),
        }
    }

    /// Brings the gauges read from outside up to date: each shard's gateway latency and the
    /// active invitations. Bounded like [`Health::check`]; what cannot be read keeps its
    /// last value.
    pub async fn refresh_metrics(&self) {
        if let Ok(runners) = tokio::time::timeout(CHECK_BOUND, self.shards.runners.lock()).await {
            for (id, runner) in runners.iter() {
                if let Some(latency) = runner.latency {
                    super::metrics::gateway_latency(id.0, latency);
                }
            }
        }
        match tokio::time::timeout(CHECK_BOUND, self.domain.active_invitations()).await {
            Ok(Ok(count)) => super::metrics::active_invitations(count),
            Ok(Err(e)) => tracing::debug!(error = %e, "could not count the active invitations"),
            Err(_) => tracing::debug!("counting the active invitations took too long"),
        }
    }
}
