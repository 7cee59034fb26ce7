//! A fake Discord for end-to-end tests: gateway v10 over a websocket and the REST routes
//! Porter calls, on 127.0.0.1, with real state and a record of every request.

mod gateway;
mod limits;
pub mod payloads;
mod rest;
pub mod state;

use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use serde_json::Value;
use tokio::sync::{mpsc, watch};

pub use state::{
    Channel, Failure, GatewayRecord, Guild, Invite, Member, Overwrite, Request, Role, SentMessage,
    State, User,
};

/// How long a test waits for anything before failing.
pub const WAIT: Duration = Duration::from_secs(10);

/// The gateway intent that carries member events.
const GUILD_MEMBERS_INTENT: u64 = 1 << 1;
/// The gateway intent that carries invite events.
const GUILD_INVITES_INTENT: u64 = 1 << 6;

pub(crate) struct Inner {
    state: Mutex<State>,
    changed: watch::Sender<()>,
    /// The open gateway session's outgoing frames.
    session: Mutex<Option<mpsc::UnboundedSender<String>>>,
    url: String,
}

/// A running fake Discord. Cloning shares it.
#[derive(Clone)]
pub struct FakeDiscord {
    inner: Arc<Inner>,
    server: Arc<tokio::task::JoinHandle<()>>,
}

impl FakeDiscord {
    /// Starts a fake on a free port of 127.0.0.1 with this state.
    pub async fn start(state: State) -> Self {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind the fake Discord");
        let addr = listener.local_addr().expect("its address");
        let inner = Arc::new(Inner {
            state: Mutex::new(state),
            changed: watch::channel(()).0,
            session: Mutex::new(None),
            url: format!("http://{addr}"),
        });
        let app = axum::Router::new()
            .route("/gateway-ws", axum::routing::get(gateway::upgrade))
            .fallback(rest::handle)
            .with_state(inner.clone());
        let server = tokio::spawn(async move {
            axum::serve(listener, app).await.expect("the fake Discord");
        });
        Self {
            inner,
            server: Arc::new(server),
        }
    }

    /// The REST base to hand to Porter (`DISCORD_API_URL`).
    pub fn url(&self) -> String {
        self.inner.url.clone()
    }

    /// Reads the state.
    pub fn state(&self) -> MutexGuard<'_, State> {
        self.inner.lock()
    }

    /// Changes the state and wakes whoever waits on it.
    pub fn update<T>(&self, f: impl FnOnce(&mut State) -> T) -> T {
        self.inner.update(f)
    }

    /// Waits until `f` returns `Some`, re-checking on every change; panics after [`WAIT`]
    /// with what it waited for and the requests seen so far.
    pub async fn wait_for<T>(&self, what: &str, mut f: impl FnMut(&State) -> Option<T>) -> T {
        let mut rx = self.inner.changed.subscribe();
        let deadline = tokio::time::Instant::now() + WAIT;
        loop {
            rx.borrow_and_update();
            if let Some(found) = f(&self.inner.lock()) {
                return found;
            }
            if tokio::time::timeout_at(deadline, rx.changed())
                .await
                .is_err()
            {
                panic!(
                    "timed out after {WAIT:?} waiting for {what}\n{}",
                    self.summary()
                );
            }
        }
    }

    /// Every request so far, one line each, for failure messages.
    pub fn summary(&self) -> String {
        let state = self.inner.lock();
        let mut lines: Vec<String> = state
            .requests
            .iter()
            .map(|r| format!("  {} {} -> {}", r.method, r.path, r.status))
            .collect();
        lines.push(format!("  gateway: {:?}", state.gateway));
        lines.push(format!("  refused bodies: {:?}", state.invalid_bodies));
        lines.push(format!("  unknown routes: {:?}", state.unknown_routes));
        format!("requests:\n{}", lines.join("\n"))
    }

    /// Makes requests matching `method` and `path` (`*` for any one segment) fail with
    /// `status` and Discord's error JSON `{code, message}`, `times` times (`None`: always).
    pub fn fail(&self, method: &str, path: &str, status: u16, code: u32, times: Option<usize>) {
        let message = match code {
            10006 => "Unknown Invite",
            50007 => "Cannot send messages to this user",
            50013 => "Missing Permissions",
            _ => "Error",
        };
        self.update(|s| {
            s.failures.push(Failure {
                method: method.to_owned(),
                path: path.to_owned(),
                status,
                body: payloads::error(code, message),
                retry_after: None,
                remaining: times,
            });
        });
    }

    /// Makes requests matching `method` and `path` answer 429 with `Retry-After`.
    pub fn rate_limit(&self, method: &str, path: &str, retry_after: f64, times: Option<usize>) {
        self.update(|s| {
            s.failures.push(Failure {
                method: method.to_owned(),
                path: path.to_owned(),
                status: 429,
                body: serde_json::json!({
                    "message": "You are being rate limited.",
                    "retry_after": retry_after,
                    "global": false,
                    "code": 0,
                }),
                retry_after: Some(retry_after),
                remaining: times,
            });
        });
    }

    /// Sends a dispatch (`op` 0) on the open gateway session; panics when none is open.
    pub fn dispatch(&self, event: &str, d: Value) {
        self.inner.dispatch(event, d);
    }

    /// Asks the bot to reconnect (op 7), as Discord does now and then; it should resume.
    pub fn request_reconnect(&self) {
        self.inner
            .session
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .as_ref()
            .expect("an open gateway session")
            .send(gateway::reconnect())
            .expect("the gateway session is alive");
    }

    /// Someone accepts a Discord invite: they become a member holding its roles, its use
    /// counter goes up, and GUILD_MEMBER_ADD goes out if the bot asked for member events.
    pub fn accept_invite(&self, code: &str, user_id: u64) {
        let event = self.update(|s| {
            let inv = s.invites.get_mut(code).expect("an existing invite");
            inv.uses += 1;
            let (guild_id, roles) = (inv.guild_id, inv.role_ids.clone());
            s.guilds
                .get_mut(&guild_id)
                .expect("the invite's server")
                .members
                .insert(user_id, Member { roles });
            (s.intents & GUILD_MEMBERS_INTENT != 0)
                .then(|| payloads::member_add_event(s, guild_id, user_id))
        });
        if let Some(d) = event {
            self.dispatch("GUILD_MEMBER_ADD", d);
        }
    }
}

impl Drop for FakeDiscord {
    fn drop(&mut self) {
        if Arc::strong_count(&self.server) == 1 {
            self.server.abort();
        }
    }
}

impl Inner {
    fn lock(&self) -> MutexGuard<'_, State> {
        self.state
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    fn update<T>(&self, f: impl FnOnce(&mut State) -> T) -> T {
        let out = f(&mut self.lock());
        self.changed.send_replace(());
        out
    }

    /// Where the gateway lives.
    fn gateway_url(&self) -> String {
        format!("{}/gateway-ws", self.url.replacen("http://", "ws://", 1))
    }

    fn dispatch(&self, event: &str, d: Value) {
        let seq = self.update(|s| {
            s.seq += 1;
            s.seq
        });
        let frame = payloads::frame(0, d, Some(event), Some(seq)).to_string();
        let session = self
            .session
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        session
            .as_ref()
            .expect("an open gateway session")
            .send(frame)
            .expect("the gateway session is alive");
    }

    /// Sends an invite event if the bot asked for invite events and is connected.
    fn invite_event(&self, event: &str, d: Value) {
        let wanted = self.lock().intents & GUILD_INVITES_INTENT != 0;
        let connected = self
            .session
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .as_ref()
            .is_some_and(|s| !s.is_closed());
        if wanted && connected {
            self.dispatch(event, d);
        }
    }
}
