//! Stopping without cutting work in half. serenity hands every gateway event (commands, Join
//! presses, servers and members arriving, invites) to the framework in a task of its own;
//! [`Draining`] wraps poise's framework so that, once a shutdown began, new events are
//! refused before any work starts, and the shutdown can wait for the ones already running
//! before it closes the gateway and the database.
//!
//! It also bounds how many handlers of gateway events other than interactions run at once
//! ([`AT_ONCE`]). serenity spawns a task per event whatever the load; a handler's state
//! (poise's dispatch and the work) is about 12 KiB and is only allocated once the handler
//! may run, so a burst of member updates waits as the events themselves and memory follows
//! [`AT_ONCE`], not the burst. Interactions never wait for a turn: each must be answered
//! (or deferred) within Discord's 3 seconds, which a handler can only do once it runs, and
//! there are only as many as people press and type. No handler waits for another event to
//! be handled (server queues have tasks of their own), so waiting for a turn cannot
//! deadlock.

use std::sync::{Mutex, PoisonError};
use std::time::Duration;

use poise::serenity_prelude as serenity;
use tokio::sync::Semaphore;
use tokio_util::task::{task_tracker::TaskTrackerToken, TaskTracker};

/// The most handlers of non-interaction events that run at once; later ones wait for a
/// turn, in order.
pub const AT_ONCE: usize = 256;

/// The event handlers running now, and whether new ones may start.
pub struct Handlers {
    tracker: TaskTracker,
    /// Set once the shutdown began. A handler enters under this lock, so it either starts
    /// before the flag is set (and is waited for) or sees the flag and does nothing.
    stopping: Mutex<bool>,
    /// Turns to run, [`AT_ONCE`] of them.
    turns: Semaphore,
}

impl Default for Handlers {
    fn default() -> Self {
        Self {
            tracker: TaskTracker::new(),
            stopping: Mutex::new(false),
            turns: Semaphore::new(AT_ONCE),
        }
    }
}

impl Handlers {
    /// Lets a handler start, unless a shutdown began; the token marks it running until
    /// dropped.
    fn enter(&self) -> Option<TaskTrackerToken> {
        let stopping = self.stopping.lock().unwrap_or_else(PoisonError::into_inner);
        (!*stopping).then(|| self.tracker.token())
    }

    /// Refuses every event from now on; returns how many handlers are still running.
    pub fn stop_taking(&self) -> usize {
        *self.stopping.lock().unwrap_or_else(PoisonError::into_inner) = true;
        self.tracker.close();
        self.tracker.len()
    }

    /// Waits until every handler that started has finished, up to `bound`; whether they all
    /// did. Call [`Handlers::stop_taking`] first.
    pub async fn finish(&self, bound: Duration) -> bool {
        tokio::time::timeout(bound, self.tracker.wait())
            .await
            .is_ok()
    }

    /// How many handlers are running.
    pub fn running(&self) -> usize {
        self.tracker.len()
    }
}

/// A framework whose events stop being handled once a shutdown began (see [`Handlers`]).
pub struct Draining<F> {
    pub inner: F,
    pub handlers: std::sync::Arc<Handlers>,
}

#[serenity::async_trait]
impl<F: serenity::Framework> serenity::Framework for Draining<F> {
    async fn init(&mut self, client: &serenity::Client) {
        self.inner.init(client).await;
    }

    async fn dispatch(&self, ctx: serenity::Context, event: serenity::FullEvent) {
        let Some(_running) = self.handlers.enter() else {
            tracing::debug!(
                event = event.snake_case_name(),
                "shutting down: event ignored"
            );
            return;
        };
        let _turn = match event {
            serenity::FullEvent::InteractionCreate { .. } => None,
            // The semaphore is never closed.
            _ => self.handlers.turns.acquire().await.ok(),
        };
        self.inner.dispatch(ctx, event).await;
    }
}
