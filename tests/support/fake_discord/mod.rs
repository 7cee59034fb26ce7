//! A fake Discord for end-to-end tests: gateway v10 over a websocket and the REST routes
//! Porter calls, on 127.0.0.1, with real state and a record of every request.

mod gateway;
mod limits;
pub mod multipart;
pub mod openapi;
pub mod payloads;
mod rest;
pub mod state;

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use serde_json::Value;
use tokio::sync::{mpsc, watch};

pub use state::{
    Channel, Failure, GatewayRecord, Guild, Invite, Member, Overwrite, Request, Role, Route,
    SentMessage, Shard, State, User,
};

/// How long a test waits for anything before failing. Waits end as soon as what they wait
/// for happens, so this only bounds a failure: it is long enough for a 2-core machine
/// running the whole suite beside several builds (10 s was seen to run out there).
pub const WAIT: Duration = Duration::from_secs(20);

/// The gateway intent that carries member events.
const GUILD_MEMBERS_INTENT: u64 = 1 << 1;
/// The gateway intent that carries invite events.
const GUILD_INVITES_INTENT: u64 = 1 << 6;

/// `GET /attachments/…`: a file at the CDN address Discord gave it, as Discord's CDN serves
/// it (no token needed); recorded among the requests.
async fn download(
    axum::extract::State(inner): axum::extract::State<Arc<Inner>>,
    uri: axum::http::Uri,
) -> axum::response::Response {
    use axum::response::IntoResponse;
    let address = format!("{}{}", inner.url, uri.path());
    let found = inner.update(|s| {
        let found = s.uploads.get(&address).cloned();
        s.requests.push(Request {
            method: "GET".to_owned(),
            path: uri.path().to_owned(),
            headers: BTreeMap::new(),
            body: None,
            form: None,
            status: if found.is_some() { 200 } else { 404 },
        });
        found
    });
    match found {
        Some(bytes) => bytes.into_response(),
        None => axum::http::StatusCode::NOT_FOUND.into_response(),
    }
}

pub(crate) struct Inner {
    state: Mutex<State>,
    changed: watch::Sender<()>,
    /// The outgoing frames of each open gateway connection, by its index in
    /// [`State::sessions`]. Taken before the state when both are needed, so that frames go
    /// out in the order they are numbered.
    senders: Mutex<BTreeMap<usize, mpsc::UnboundedSender<String>>>,
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
        // Fails here, naming the file, when Discord's description is missing.
        openapi::spec();
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind the fake Discord");
        let addr = listener.local_addr().expect("its address");
        let inner = Arc::new(Inner {
            state: Mutex::new(state),
            changed: watch::channel(()).0,
            senders: Mutex::new(BTreeMap::new()),
            url: format!("http://{addr}"),
        });
        let app = axum::Router::new()
            .route("/gateway-ws", axum::routing::get(gateway::upgrade))
            .route("/attachments/{*file}", axum::routing::get(download))
            .fallback(rest::handle)
            // Discord takes up to 10 files of [`rest::UPLOAD_LIMIT`] in one message; the fake
            // refuses a file over it as Discord does, not the whole body before reading it.
            .layer(axum::extract::DefaultBodyLimit::max(
                11 * rest::UPLOAD_LIMIT,
            ))
            .with_state(inner.clone());
        let server = tokio::spawn(async move {
            axum::serve(listener, app).await.expect("the fake Discord");
        });
        Self {
            inner,
            server: Arc::new(server),
        }
    }

    /// A file someone attaches to a slash command: returns the attachment's id, to give as
    /// the value of an ATTACHMENT option. Discord keeps it at a CDN address, which the fake
    /// serves (`GET /attachments/…`, recorded among the requests).
    pub fn user_file(&self, filename: &str, content_type: Option<&str>, bytes: &[u8]) -> u64 {
        let url = self.url();
        self.update(|s| {
            let id = s.next_id();
            let address = format!("{url}/attachments/{id}/{filename}");
            s.uploads.insert(address.clone(), bytes.to_vec());
            let mut attachment = serde_json::json!({
                "id": id.to_string(),
                "filename": filename,
                "size": bytes.len(),
                "url": address,
                "proxy_url": address,
                "ephemeral": true,
            });
            if let Some(t) = content_type {
                attachment["content_type"] = serde_json::json!(t);
            }
            s.user_files.insert(id, attachment);
            id
        })
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
    pub async fn wait_for<T>(&self, what: &str, f: impl FnMut(&State) -> Option<T>) -> T {
        self.wait_for_within(what, WAIT, f).await
    }

    /// [`FakeDiscord::wait_for`], panicking after `wait`.
    pub async fn wait_for_within<T>(
        &self,
        what: &str,
        wait: Duration,
        mut f: impl FnMut(&State) -> Option<T>,
    ) -> T {
        let mut rx = self.inner.changed.subscribe();
        let deadline = tokio::time::Instant::now() + wait;
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
                    "timed out after {wait:?} waiting for {what}\n{}",
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
        for (i, session) in state.sessions.iter().enumerate() {
            lines.push(format!(
                "  gateway session {i} (shard {:?}, open: {}): {:?}",
                session.shard, session.open, session.records
            ));
        }
        lines.push(format!("  refused bodies: {:?}", state.invalid_bodies));
        lines.push(format!("  unknown routes: {:?}", state.unknown_routes));
        lines.push(format!("  answers off spec: {:?}", state.answers_off_spec));
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

    /// Holds requests matching `method` and `path` (`*` for any one segment) unanswered, as
    /// a Discord that is slow or stopped answering, until [`FakeDiscord::release_held`].
    /// [`State::pending`] lists those waiting.
    pub fn hold(&self, method: &str, path: &str) {
        self.update(|s| s.holds.push((method.to_owned(), path.to_owned())));
    }

    /// Stops holding new requests; those held stay unanswered for good, as requests a
    /// Discord that stopped answering dropped.
    pub fn stop_holding(&self) {
        self.update(|s| s.holds.clear());
    }

    /// Stops holding requests, and answers every held one as usual.
    pub fn release_held(&self) {
        self.update(|s| {
            s.holds.clear();
            for h in &mut s.held {
                h.released = true;
            }
        });
    }

    /// Sends a dispatch (`op` 0) to the session of the shard Discord would send it on: the
    /// shard of the server it names, shard 0 for a DM (see [`Route::of`]); panics when that
    /// shard has no open session.
    pub fn dispatch(&self, event: &str, d: Value) {
        self.dispatch_on(Route::of(event, &d), event, d);
    }

    /// Sends a dispatch to the session `route` names; panics when there is none.
    pub fn dispatch_on(&self, route: Route, event: &str, d: Value) {
        if let Err(e) = self.inner.send_on(route, event, d, 0) {
            panic!(
                "cannot dispatch {event} to {route:?}: {e}\n{}",
                self.summary()
            );
        }
    }

    /// Asks every open session to reconnect (op 7), as Discord does now and then; each
    /// should resume. Panics when none is open.
    pub fn request_reconnect(&self) {
        let live: Vec<usize> = {
            let state = self.state();
            (0..state.sessions.len())
                .filter(|i| state.sessions[*i].live())
                .collect()
        };
        assert!(!live.is_empty(), "no open gateway session");
        for conn in live {
            self.inner.send_raw(conn, gateway::reconnect());
        }
    }

    /// Someone accepts a Discord invite: see [`FakeDiscord::try_accept_invite`]; panics
    /// if the invite or the user does not exist.
    pub fn accept_invite(&self, code: &str, user_id: u64) {
        self.try_accept_invite(code, user_id)
            .unwrap_or_else(|e| panic!("user {user_id} cannot accept invite {code:?}: {e}"));
    }

    /// Someone accepts a Discord invite. A newcomer becomes a member holding its roles
    /// (GUILD_MEMBER_ADD); a member gains the roles they lack (GUILD_MEMBER_UPDATE if any).
    /// Its use counter goes up; at `max_uses` Discord deletes it (INVITE_DELETE, after the
    /// member event). `Err("Unknown Invite")` for an invite that does not exist.
    pub fn try_accept_invite(&self, code: &str, user_id: u64) -> Result<(), String> {
        let events = self.update(|s| accept(s, code, user_id))?;
        self.send_events(events);
        Ok(())
    }

    /// People accept invites at the same moment: every change to the state is made before
    /// the first event goes out, so the bot sees all the uses from its first event on.
    pub fn accept_invites_at_once(&self, accepts: &[(&str, u64)]) {
        let events = self.update(|s| {
            let mut events = Vec::new();
            for (code, user) in accepts {
                match accept(s, code, *user) {
                    Ok(more) => events.extend(more),
                    Err(e) => {
                        return Err(format!("user {user} cannot accept invite {code:?}: {e}"))
                    }
                }
            }
            Ok(events)
        });
        self.send_events(events.unwrap_or_else(|e| panic!("{e}")));
    }

    /// A moderator deletes a role in Discord's app: it leaves the server, its members and
    /// the invites that gave it, and GUILD_ROLE_DELETE goes out.
    pub fn delete_role_by_hand(&self, guild_id: u64, role_id: u64) {
        self.update(|s| {
            let g = s.guilds.get_mut(&guild_id).expect("the server");
            g.roles.retain(|r| r.id != role_id);
            for member in g.members.values_mut() {
                member.roles.retain(|r| *r != role_id);
            }
            for invite in s.invites.values_mut() {
                invite.role_ids.retain(|r| *r != role_id);
            }
        });
        self.inner.event(
            "GUILD_ROLE_DELETE",
            serde_json::json!({
                "guild_id": guild_id.to_string(),
                "role_id": role_id.to_string(),
            }),
        );
    }

    /// A member leaves the server (or is kicked or banned): they are no longer a member,
    /// their roles gone with them, and GUILD_MEMBER_REMOVE goes out. Panics if they are not
    /// a member.
    pub fn member_leaves(&self, guild_id: u64, user_id: u64) {
        let d = self.update(|s| {
            let left = s
                .guilds
                .get_mut(&guild_id)
                .and_then(|g| g.members.remove(&user_id));
            assert!(left.is_some(), "{user_id} is not a member of {guild_id}");
            payloads::member_remove_event(s, guild_id, user_id)
        });
        self.inner.event("GUILD_MEMBER_REMOVE", d);
    }

    /// A moderator deletes an invite in Discord's app: INVITE_DELETE goes out.
    pub fn delete_invite_by_hand(&self, code: &str) {
        let invite = self
            .update(|s| s.delete_invite(code))
            .unwrap_or_else(|| panic!("no invite {code:?} to delete"));
        self.inner
            .event("INVITE_DELETE", payloads::invite_delete_event(&invite));
    }

    /// A moderator makes an ordinary invite (no roles) in Discord's app, lasting 7 days:
    /// INVITE_CREATE goes out. Returns its code.
    pub fn create_invite_by_hand(
        &self,
        guild_id: u64,
        channel_id: u64,
        inviter_id: u64,
        max_uses: u64,
    ) -> String {
        let made = self.update(|s| {
            if !s.users.contains_key(&inviter_id) {
                return Err(format!("no user {inviter_id}"));
            }
            if s.guilds
                .get(&guild_id)
                .and_then(|g| g.channel(channel_id))
                .is_none()
            {
                return Err(format!("no channel {channel_id} in server {guild_id}"));
            }
            let code = format!("hand{}", s.next_id() % 1_000_000);
            let invite = Invite {
                code: code.clone(),
                guild_id,
                channel_id,
                inviter_id,
                max_uses,
                max_age: 604_800,
                uses: 0,
                role_ids: Vec::new(),
            };
            let event = payloads::invite_create_event(s, &invite);
            s.invites.insert(code.clone(), invite);
            Ok((code, event))
        });
        let (code, event) = made.unwrap_or_else(|e| panic!("cannot create an invite: {e}"));
        self.inner.event("INVITE_CREATE", event);
        code
    }

    /// Someone removes Porter from the server (kicks it, or takes the app off the server):
    /// Discord sends GUILD_DELETE without `unavailable`, and the server is no longer among
    /// Porter's at its next IDENTIFY. Its invites stay. Done while Porter is stopped, it
    /// finds out only at its next start. [`FakeDiscord::add_bot_back`] undoes it.
    pub fn remove_bot(&self, guild_id: u64) {
        self.update(|s| {
            let guild = s
                .guilds
                .remove(&guild_id)
                .unwrap_or_else(|| panic!("Porter is not in server {guild_id}"));
            s.removed_guilds.insert(guild_id, guild);
        });
        self.inner.event(
            "GUILD_DELETE",
            payloads::guild_delete_event(guild_id, false),
        );
    }

    /// Someone adds Porter back to a server it was removed from, as it was: GUILD_CREATE.
    pub fn add_bot_back(&self, guild_id: u64) {
        let created = self.update(|s| {
            let guild = s
                .removed_guilds
                .remove(&guild_id)
                .unwrap_or_else(|| panic!("Porter was not removed from server {guild_id}"));
            let created = payloads::guild_create(s, &guild);
            s.guilds.insert(guild_id, guild);
            created
        });
        self.inner.event("GUILD_CREATE", created);
    }

    /// Discord loses the server for a while (an outage): GUILD_DELETE with `unavailable`.
    pub fn outage(&self, guild_id: u64) {
        assert!(
            self.state().guilds.contains_key(&guild_id),
            "no server {guild_id}"
        );
        self.inner
            .event("GUILD_DELETE", payloads::guild_delete_event(guild_id, true));
    }

    /// The outage is over: the server comes back with GUILD_CREATE.
    pub fn outage_over(&self, guild_id: u64) {
        let created = {
            let s = self.state();
            payloads::guild_create(&s, &s.guilds[&guild_id])
        };
        self.inner.event("GUILD_CREATE", created);
    }

    /// Sends events, each only if the bot asked for its intent.
    fn send_events(&self, events: Vec<Event>) {
        for (event, d) in events {
            self.inner.event(event, d);
        }
    }
}

/// A gateway event: its name and `d`.
pub(crate) type Event = (&'static str, Value);

/// Someone accepts an invite, on the state; returns the events that follow, in order.
fn accept(s: &mut State, code: &str, user_id: u64) -> Result<Vec<Event>, String> {
    if !s.users.contains_key(&user_id) {
        return Err("Unknown User".to_owned());
    }
    // Discord shows a targeted invite as invalid to anyone it is not for.
    if s.invite_targets
        .get(code)
        .is_some_and(|users| !users.contains(&user_id))
    {
        return Err("Unknown Invite (a targeted invite, not for this user)".to_owned());
    }
    let disabled_until = s
        .invites
        .get(code)
        .and_then(|i| s.guilds.get(&i.guild_id))
        .and_then(|g| g.invites_disabled_until);
    if disabled_until.is_some_and(|until| until > s.now) {
        return Err("Invites are paused in this server (invites_disabled_until)".to_owned());
    }
    let invite = s.invites.get_mut(code).ok_or("Unknown Invite")?;
    invite.uses += 1;
    let invite = invite.clone();
    let guild_id = invite.guild_id;
    let members = &mut s
        .guilds
        .get_mut(&guild_id)
        .expect("the invite's server")
        .members;
    let mut events = Vec::new();
    if let Some(member) = members.get_mut(&user_id) {
        let mut changed = false;
        for role in &invite.role_ids {
            changed |= member.set_role(*role, true);
        }
        if changed {
            let d = payloads::member_update_event(s, guild_id, user_id);
            events.push(("GUILD_MEMBER_UPDATE", d));
        }
    } else {
        let member = Member {
            roles: invite.role_ids.clone(),
            joined_at: Some(s.now),
        };
        members.insert(user_id, member);
        events.push((
            "GUILD_MEMBER_ADD",
            payloads::member_add_event(s, guild_id, user_id),
        ));
    }
    if invite.max_uses > 0 && invite.uses >= invite.max_uses {
        s.delete_invite(code);
        events.push(("INVITE_DELETE", payloads::invite_delete_event(&invite)));
    }
    Ok(events)
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

    fn senders(&self) -> MutexGuard<'_, BTreeMap<usize, mpsc::UnboundedSender<String>>> {
        self.senders
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Sends a frame that is not a dispatch (no sequence number) on the connection `conn`,
    /// if it is open.
    fn send_raw(&self, conn: usize, frame: String) {
        if let Some(tx) = self.senders().get(&conn) {
            let _ = tx.send(frame);
        }
    }

    /// Sends on the connection `conn` the dispatches `build` makes from the state, numbered
    /// after the session's last one; returns what `build` returns beside them.
    fn send_dispatches<T>(
        &self,
        conn: usize,
        build: impl FnOnce(&mut State) -> (Vec<Event>, T),
    ) -> T {
        let senders = self.senders();
        let (frames, out) = self.update(|s| {
            let (events, out) = build(s);
            let session = &mut s.sessions[conn];
            let frames: Vec<String> = events
                .into_iter()
                .map(|(t, d)| {
                    session.seq += 1;
                    payloads::frame(0, d, Some(t), Some(session.seq)).to_string()
                })
                .collect();
            (frames, out)
        });
        if let Some(tx) = senders.get(&conn) {
            for frame in frames {
                let _ = tx.send(frame);
            }
        }
        out
    }

    /// Sends a dispatch to the live session `route` names, if it asked for `intent` (0:
    /// none needed).
    fn send_on(&self, route: Route, event: &str, d: Value, intent: u64) -> Result<(), String> {
        let senders = self.senders();
        let frame = self.update(|s| -> Result<_, String> {
            let conn = s
                .session_for(route)
                .ok_or_else(|| "no open gateway session for it".to_owned())?;
            let session = &mut s.sessions[conn];
            if intent != 0 && session.intents & intent == 0 {
                return Ok(None);
            }
            session.seq += 1;
            let frame = payloads::frame(0, d, Some(event), Some(session.seq)).to_string();
            Ok(Some((conn, frame)))
        })?;
        let Some((conn, frame)) = frame else {
            return Ok(());
        };
        senders
            .get(&conn)
            .ok_or_else(|| "its connection closed".to_owned())?
            .send(frame)
            .map_err(|_| "its connection closed".to_owned())
    }

    /// Sends an event if the bot has a session for its shard that asked for its intent:
    /// invite events need GUILD_INVITES, member events GUILD_MEMBERS.
    fn event(&self, event: &str, d: Value) {
        let intent = if event.starts_with("INVITE_") {
            GUILD_INVITES_INTENT
        } else if event.starts_with("GUILD_MEMBER_") {
            GUILD_MEMBERS_INTENT
        } else {
            0
        };
        let _ = self.send_on(Route::of(event, &d), event, d, intent);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::support::world::{self, GUILD};

    fn with_invite(max_uses: u64) -> State {
        let mut s = world::standard();
        s.invites.insert(
            "code".into(),
            Invite {
                code: "code".into(),
                guild_id: GUILD,
                channel_id: world::WELCOME,
                inviter_id: s.bot_id(),
                max_uses,
                max_age: 0,
                uses: 0,
                role_ids: vec![world::MEMBERS, world::TEACHERS],
            },
        );
        s
    }

    fn names(events: &[Event]) -> Vec<&str> {
        events.iter().map(|(t, _)| *t).collect()
    }

    #[test]
    fn accepting_an_invite() {
        let mut s = with_invite(2);
        let events = accept(&mut s, "code", world::OUTSIDER).expect("accepted");
        assert_eq!(names(&events), ["GUILD_MEMBER_ADD"]);
        assert!(s.has_role(GUILD, world::OUTSIDER, world::MEMBERS));
        // A member keeps their roles and gains the invite's; the last use deletes it.
        let events = accept(&mut s, "code", world::ADMIN).expect("accepted");
        assert_eq!(names(&events), ["GUILD_MEMBER_UPDATE", "INVITE_DELETE"]);
        let admin = &s.guilds[&GUILD].members[&world::ADMIN].roles;
        assert_eq!(admin, &[world::STAFF, world::MEMBERS, world::TEACHERS]);
        assert!(s.invites.is_empty());
        assert_eq!(s.deleted_invites, ["code"]);
        assert_eq!(
            accept(&mut s, "code", world::PARENT),
            Err("Unknown Invite".to_owned())
        );
    }

    #[test]
    fn accepting_without_new_roles_only_counts() {
        let mut s = with_invite(0);
        world::add_member(&mut s, 7, "both", vec![world::MEMBERS, world::TEACHERS]);
        assert!(accept(&mut s, "code", 7).expect("accepted").is_empty());
        assert_eq!(s.invites["code"].uses, 1);
    }
}
