//! Keeping serenity's rate-limit table small. serenity keeps one entry per rate-limit
//! bucket it has sent a request to, forever, and an interaction's answer has a bucket of its
//! own (its interaction id): without pruning the table grows by one entry per command and
//! Join press. [`forget_idle`] drops the entries nothing waits on and whose limit window is
//! over; a later request to that bucket starts a fresh entry, as the first one did.

use std::sync::Arc;
use std::time::SystemTime;

use poise::serenity_prelude as serenity;

/// How often [`forget_idle`] runs.
pub const EVERY: std::time::Duration = std::time::Duration::from_secs(60);

/// Drops the rate-limit entries that no request holds and whose window has ended; returns
/// how many are left.
pub async fn forget_idle(ratelimiter: &serenity::Ratelimiter) -> usize {
    let routes = ratelimiter.routes();
    let mut routes = routes.write().await;
    let now = SystemTime::now();
    routes.retain(|_, limit| {
        // A request in flight holds a clone; a locked entry is in use.
        Arc::strong_count(limit) > 1
            || limit
                .try_lock()
                .map_or(true, |l| l.reset().is_some_and(|reset| reset > now))
    });
    routes.len()
}

#[cfg(test)]
mod tests {
    use super::{forget_idle, serenity, Arc};
    use serenity::{InteractionId, Ratelimit, Route};

    fn bucket(id: u64) -> serenity::RatelimitingBucket {
        Route::InteractionResponse {
            interaction_id: InteractionId::new(id),
            token: "t",
        }
        .ratelimiting_bucket()
    }

    #[tokio::test]
    async fn answered_interactions_leave_the_table_and_held_buckets_stay() {
        let ratelimiter = serenity::Ratelimiter::new(reqwest::Client::new(), "token");
        let held = {
            let routes = ratelimiter.routes();
            let mut routes = routes.write().await;
            for id in 1..=1000 {
                routes.insert(bucket(id), Arc::new(Default::default()));
            }
            Arc::clone(&routes[&bucket(7)])
        };
        assert_eq!(ratelimiter.routes().read().await.len(), 1000);
        assert_eq!(forget_idle(&ratelimiter).await, 1);
        assert!(ratelimiter.routes().read().await.contains_key(&bucket(7)));
        let _: &tokio::sync::Mutex<Ratelimit> = &held;
        drop(held);
        assert_eq!(forget_idle(&ratelimiter).await, 0);
    }
}
