//! What the fake Discord knows: users, servers, invites, messages, and every request and
//! gateway frame it saw.

use std::collections::BTreeMap;

use poise::serenity_prelude::Permissions;
use serde_json::Value;

/// A Discord user.
#[derive(Debug, Clone)]
pub struct User {
    pub id: u64,
    pub name: String,
    pub bot: bool,
    /// Whether the user accepts DMs from the bot (else sending one fails with 50007).
    pub dms_open: bool,
    /// The language of their Discord client, sent as `locale` with their interactions.
    pub locale: String,
}

/// A role of a server.
#[derive(Debug, Clone)]
pub struct Role {
    pub id: u64,
    pub name: String,
    pub position: u16,
    pub permissions: u64,
    pub managed: bool,
}

/// A role's permission overwrite in a channel.
#[derive(Debug, Clone)]
pub struct Overwrite {
    pub role_id: u64,
    pub allow: u64,
    pub deny: u64,
}

/// A channel of a server.
#[derive(Debug, Clone)]
pub struct Channel {
    pub id: u64,
    pub name: String,
    /// Discord's channel type: 0 text, 2 voice, 5 announcement.
    pub kind: u8,
    pub position: u16,
    pub overwrites: Vec<Overwrite>,
}

/// A member of a server.
#[derive(Debug, Clone, Default)]
pub struct Member {
    pub roles: Vec<u64>,
    /// When they joined, in Unix seconds; `None` for long ago (the start of 2026).
    pub joined_at: Option<i64>,
}

impl Member {
    /// Gives (`held`) or takes away a role; whether that changed anything.
    pub fn set_role(&mut self, role: u64, held: bool) -> bool {
        let had = self.roles.contains(&role);
        if held && !had {
            self.roles.push(role);
        } else if !held && had {
            self.roles.retain(|r| *r != role);
        }
        had != held
    }
}

/// A server.
#[derive(Debug, Clone)]
pub struct Guild {
    pub id: u64,
    pub name: String,
    pub owner_id: u64,
    pub system_channel_id: Option<u64>,
    /// Includes `@everyone`, whose id is the server's.
    pub roles: Vec<Role>,
    pub channels: Vec<Channel>,
    pub members: BTreeMap<u64, Member>,
    /// Discord's guild features, e.g. `MEMBER_VERIFICATION_GATE_ENABLED` (Membership
    /// Screening); none by default.
    pub features: Vec<String>,
    /// 0 none (the default), 1 low, 2 medium, 3 high, 4 highest.
    pub verification_level: u8,
    /// Discord's `invites_disabled_until` (incident actions), in Unix seconds: until then
    /// nobody can accept the server's invites.
    pub invites_disabled_until: Option<i64>,
    /// The server's language (`preferred_locale`), sent as `guild_locale` with interactions.
    pub preferred_locale: String,
}

impl Guild {
    pub fn role(&self, id: u64) -> Option<&Role> {
        self.roles.iter().find(|r| r.id == id)
    }

    pub fn role_mut(&mut self, id: u64) -> Option<&mut Role> {
        self.roles.iter_mut().find(|r| r.id == id)
    }

    pub fn channel(&self, id: u64) -> Option<&Channel> {
        self.channels.iter().find(|c| c.id == id)
    }

    /// A member's server-wide permissions, computed as Discord does.
    pub fn permissions_of(&self, user_id: u64) -> u64 {
        if user_id == self.owner_id {
            return Permissions::all().bits();
        }
        let Some(member) = self.members.get(&user_id) else {
            return 0;
        };
        let mut bits = self.role(self.id).map_or(0, |r| r.permissions);
        for r in &member.roles {
            bits |= self.role(*r).map_or(0, |r| r.permissions);
        }
        if bits & Permissions::ADMINISTRATOR.bits() != 0 {
            return Permissions::all().bits();
        }
        bits
    }

    /// A member's permissions in a channel: server-wide ones with the channel's role
    /// overwrites applied (`@everyone` first, then the member's roles together).
    pub fn channel_permissions_of(&self, user_id: u64, channel_id: u64) -> u64 {
        let mut bits = self.permissions_of(user_id);
        if bits & Permissions::ADMINISTRATOR.bits() != 0 || user_id == self.owner_id {
            return Permissions::all().bits();
        }
        let Some(channel) = self.channel(channel_id) else {
            return bits;
        };
        let roles = self.members.get(&user_id).map_or(&[][..], |m| &m.roles[..]);
        if let Some(o) = channel.overwrites.iter().find(|o| o.role_id == self.id) {
            bits = (bits & !o.deny) | o.allow;
        }
        let (mut allow, mut deny) = (0, 0);
        for o in channel
            .overwrites
            .iter()
            .filter(|o| roles.contains(&o.role_id))
        {
            allow |= o.allow;
            deny |= o.deny;
        }
        (bits & !deny) | allow
    }
}

/// A Discord invite.
#[derive(Debug, Clone)]
pub struct Invite {
    pub code: String,
    pub guild_id: u64,
    pub channel_id: u64,
    pub inviter_id: u64,
    pub max_uses: u64,
    pub max_age: u64,
    pub uses: u64,
    /// Roles Discord grants to whoever accepts it (a community invite).
    pub role_ids: Vec<u64>,
}

/// A message the bot sent to a channel or a DM.
#[derive(Debug, Clone)]
pub struct SentMessage {
    pub id: u64,
    pub channel_id: u64,
    /// The DM's recipient, for a direct message.
    pub dm_to: Option<u64>,
    /// The message as it stands: the body the bot sent with its edits merged in.
    pub body: Value,
    /// The bodies of the bot's edits (`PATCH /channels/{c}/messages/{m}`), in order.
    pub edits: Vec<Value>,
}

/// One request the bot made to the REST API.
#[derive(Debug, Clone)]
pub struct Request {
    pub method: String,
    /// The path after `/api/v10`, e.g. `/guilds/1/members/2/roles/3`.
    pub path: String,
    /// Header names in lower case.
    pub headers: BTreeMap<String, String>,
    pub body: Option<Value>,
    /// The parts of a `multipart/form-data` body (whose `payload_json` is `body`).
    pub form: Option<Vec<super::multipart::Part>>,
    /// The status the fake answered.
    pub status: u16,
}

impl Request {
    /// The URL-decoded `X-Audit-Log-Reason` header.
    pub fn audit_reason(&self) -> Option<String> {
        self.headers
            .get("x-audit-log-reason")
            .map(|r| percent_decode(r))
    }
}

/// Decodes `%XX` escapes (serenity URL-encodes audit-log reasons).
pub fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let Some(b) = std::str::from_utf8(&bytes[i + 1..i + 3])
                .ok()
                .and_then(|h| u8::from_str_radix(h, 16).ok())
            {
                out.push(b);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// What an interaction got back from the bot.
#[derive(Debug, Clone, Default)]
pub struct InteractionLog {
    /// Where the interaction happened.
    pub channel_id: u64,
    pub guild_id: Option<u64>,
    /// When the interaction was made: Discord wants the first answer within 3 seconds.
    pub created: Option<std::time::Instant>,
    /// Bodies of `POST /interactions/{id}/{token}/callback`.
    pub callbacks: Vec<Value>,
    /// Bodies of followup messages (`POST /webhooks/{app}/{token}`).
    pub followups: Vec<Value>,
    /// Bodies of edits of the original response.
    pub edits: Vec<Value>,
}

/// A frame or event on the gateway connection.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GatewayRecord {
    Connected,
    /// IDENTIFY, with the intents asked for and whether the token was the bot's.
    Identified {
        intents: u64,
        token_ok: bool,
    },
    /// The fake sent READY and a GUILD_CREATE for each server of the session's shard.
    Ready,
    Heartbeat,
    Resume,
    /// The bot closed the connection with this close code.
    Closed(Option<u16>),
    /// The fake closed the connection with this close code (4014: disallowed intents,
    /// 4010: invalid shard, 4011: sharding required).
    Refused(u16),
}

/// A shard as IDENTIFY names it: `[shard_id, num_shards]`.
pub type Shard = [u32; 2];

/// The shard of a server among `total`, as Discord computes it: `(guild_id >> 22) % total`.
pub fn shard_of(guild_id: u64, total: u32) -> u32 {
    u32::try_from((guild_id >> 22) % u64::from(total.max(1))).expect("below a u32 total")
}

/// One gateway connection.
#[derive(Debug, Clone, Default)]
pub struct Session {
    /// The shard its IDENTIFY named (or the session it resumed had); `None` before either.
    pub shard: Option<Shard>,
    /// The intents of its IDENTIFY.
    pub intents: u64,
    /// The id READY gave it, which a RESUME names; moves to the connection that resumes it.
    pub session_id: Option<String>,
    /// Its frames and events, in order (all sessions' are also in [`State::gateway`]).
    pub records: Vec<GatewayRecord>,
    /// The connection is open.
    pub open: bool,
    /// The last dispatch's sequence number.
    pub(super) seq: u64,
}

impl Session {
    /// Open, and identified (or resumed) as a shard: dispatches can go to it.
    pub fn live(&self) -> bool {
        self.open && self.shard.is_some()
    }
}

/// Which gateway session a dispatch goes to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Route {
    /// The session of this server's shard.
    Guild(u64),
    /// Shard 0's session: DMs and DM interactions, as on Discord.
    Direct,
    /// The session identified as this shard id.
    Shard(u32),
}

impl Route {
    /// Where Discord sends a dispatch: to the shard of the server it names (`guild_id`, or
    /// `id` for the GUILD_* events about a server itself), else to shard 0.
    pub fn of(event: &str, d: &Value) -> Self {
        let id = |v: &Value| {
            v.as_str()
                .and_then(|s| s.parse().ok())
                .or_else(|| v.as_u64())
        };
        match id(&d["guild_id"]) {
            Some(g) => Self::Guild(g),
            None if matches!(event, "GUILD_CREATE" | "GUILD_UPDATE" | "GUILD_DELETE") => {
                id(&d["id"]).map_or(Self::Direct, Self::Guild)
            }
            None => Self::Direct,
        }
    }

    /// Whether a session of `shard` takes this dispatch.
    pub fn takes(self, [id, total]: Shard) -> bool {
        match self {
            Self::Guild(g) => shard_of(g, total) == id,
            Self::Direct => id == 0,
            Self::Shard(s) => id == s,
        }
    }
}

/// A route the fake is told to fail.
#[derive(Debug, Clone)]
pub struct Failure {
    pub method: String,
    /// Path segments; `*` matches any one segment.
    pub path: String,
    pub status: u16,
    pub body: Value,
    /// Seconds for a 429's `Retry-After`.
    pub retry_after: Option<f64>,
    /// How many more requests fail; `None` for all.
    pub remaining: Option<usize>,
}

impl Failure {
    /// Whether this failure applies to a request.
    pub fn matches(&self, method: &str, path: &str) -> bool {
        self.remaining != Some(0) && route_matches(&self.method, &self.path, method, path)
    }
}

/// Whether a request is to a route: same method, and `pattern`'s path segments (`*`: any one)
/// match the path's.
pub fn route_matches(want_method: &str, pattern: &str, method: &str, path: &str) -> bool {
    let want: Vec<&str> = pattern.trim_matches('/').split('/').collect();
    let got: Vec<&str> = path.trim_matches('/').split('/').collect();
    want_method.eq_ignore_ascii_case(method)
        && want.len() == got.len()
        && want.iter().zip(&got).all(|(w, g)| *w == "*" || w == g)
}

/// A request the fake holds unanswered until the test releases it: Discord working on it
/// (or having stopped answering) while the bot waits.
#[derive(Debug, Clone)]
pub struct Held {
    pub id: u64,
    pub method: String,
    /// Let go by the test: the fake answers it as usual.
    pub released: bool,
}

/// Everything the fake knows.
#[derive(Debug, Default)]
pub struct State {
    pub users: BTreeMap<u64, User>,
    pub guilds: BTreeMap<u64, Guild>,
    /// Servers Porter was removed from, as they were, to add it back to.
    pub removed_guilds: BTreeMap<u64, Guild>,
    pub invites: BTreeMap<String, Invite>,
    /// The users who alone may accept a targeted invite, by its link code.
    pub invite_targets: BTreeMap<String, Vec<u64>>,
    /// Invite codes deleted, in order.
    pub deleted_invites: Vec<String>,
    pub messages: Vec<SentMessage>,
    /// DM channel id → the user at the other end.
    pub dm_channels: BTreeMap<u64, u64>,
    /// The commands as last registered, with their ids.
    pub commands: Vec<Value>,
    /// How many times commands were registered.
    pub registrations: usize,
    /// By interaction token.
    pub interactions: BTreeMap<String, InteractionLog>,
    pub requests: Vec<Request>,
    /// Files the bot attached to messages (multipart uploads), by the URL Discord gave them.
    pub uploads: BTreeMap<String, Vec<u8>>,
    /// Files people attached to slash commands (ATTACHMENT options), by attachment id: the
    /// attachment as Discord resolves it; its bytes are in [`State::uploads`] under its URL,
    /// which the fake serves.
    pub user_files: BTreeMap<u64, Value>,
    /// Requests no route matched: `METHOD /path`, with `: Discord has no such route` when
    /// Discord's OpenAPI description lacks it too.
    pub unknown_routes: Vec<String>,
    /// Why bodies over Discord's limits, or unlike its OpenAPI description, were refused.
    pub invalid_bodies: Vec<String>,
    /// The fake's own answers that Discord's OpenAPI description does not allow: what was
    /// wrong where. The fake must answer in Discord's shapes.
    pub answers_off_spec: Vec<String>,
    pub gateway: Vec<GatewayRecord>,
    /// Every gateway connection, in the order they opened, each with its shard and records.
    pub sessions: Vec<Session>,
    /// How many shards `GET /gateway/bot` recommends (1 by default).
    pub shards: u32,
    /// Discord refuses a shard that would hold more servers than this, closing with 4011
    /// (sharding required). 2,500 on Discord.
    pub max_guilds_per_shard: usize,
    /// The heartbeat interval HELLO asks for, in milliseconds (Discord's: 41,250). serenity
    /// sends its first heartbeat, and so knows its latency, one interval after IDENTIFY.
    pub heartbeat_interval: u64,
    pub failures: Vec<Failure>,
    /// Routes (method, path with `*` for any one segment) whose requests are held
    /// unanswered until [`super::FakeDiscord::release_held`].
    pub holds: Vec<(String, String)>,
    /// Requests being held now, in arrival order.
    pub held: Vec<Held>,
    /// Who owns the application.
    pub owner_of_app: u64,
    /// The bot token REST calls must carry (`Authorization: Bot …`); `None`: any.
    pub token: Option<String>,
    /// The intents of the last IDENTIFY (any shard's).
    pub intents: u64,
    /// The application's flags: which privileged intents the Developer Portal enables.
    pub app_flags: u64,
    /// Discord's clock, in Unix seconds: when people who accept an invite join.
    pub now: i64,
    /// When Porter was added to each server (GUILD_CREATE's `joined_at`), by server id, in
    /// Unix seconds; a server not listed had Porter long before any test's clock
    /// ([`super::payloads::ADDED_LONG_AGO`]).
    pub porter_added_at: BTreeMap<u64, i64>,
    next_id: u64,
}

impl State {
    /// A state whose generated ids start above every id a test picks.
    pub fn new(owner_of_app: u64) -> Self {
        Self {
            owner_of_app,
            // GATEWAY_GUILD_MEMBERS_LIMITED: the Server Members intent is switched on.
            app_flags: 1 << 15,
            shards: 1,
            max_guilds_per_shard: 2500,
            heartbeat_interval: 41_250,
            next_id: 800_000_000_000_000_000,
            ..Self::default()
        }
    }

    /// The bot's user id.
    pub fn bot_id(&self) -> u64 {
        super::payloads::APP_ID
    }

    /// A fresh snowflake.
    pub fn next_id(&mut self) -> u64 {
        self.next_id += 1;
        self.next_id
    }

    /// The registered top-level command called `name`.
    pub fn command(&self, name: &str) -> Option<&Value> {
        self.commands.iter().find(|c| c["name"] == name)
    }

    /// Requests with this method whose path matches `path` (`*` for any one segment).
    pub fn requests_to(&self, method: &str, path: &str) -> Vec<&Request> {
        let probe = Failure {
            method: method.to_owned(),
            path: path.to_owned(),
            status: 0,
            body: Value::Null,
            retry_after: None,
            remaining: None,
        };
        self.requests
            .iter()
            .filter(|r| probe.matches(&r.method, &r.path))
            .collect()
    }

    /// Messages sent to a channel.
    pub fn messages_in(&self, channel_id: u64) -> Vec<&SentMessage> {
        self.messages
            .iter()
            .filter(|m| m.channel_id == channel_id)
            .collect()
    }

    /// DMs sent to a user.
    pub fn dms_to(&self, user_id: u64) -> Vec<&SentMessage> {
        self.messages
            .iter()
            .filter(|m| m.dm_to == Some(user_id))
            .collect()
    }

    /// Deletes an invite, noting it in `deleted_invites`.
    pub fn delete_invite(&mut self, code: &str) -> Option<Invite> {
        let invite = self.invites.remove(code)?;
        self.deleted_invites.push(invite.code.clone());
        Some(invite)
    }

    /// Requests held and not yet released.
    pub fn pending(&self) -> impl Iterator<Item = &Held> {
        self.held.iter().filter(|h| !h.released)
    }

    /// Notes a frame or event of the connection `session` (an index of [`State::sessions`]).
    pub fn record(&mut self, session: usize, record: GatewayRecord) {
        self.sessions[session].records.push(record.clone());
        self.gateway.push(record);
    }

    /// The records of every session identified (or resumed) as shard `id`, in order.
    pub fn gateway_of(&self, id: u32) -> Vec<&GatewayRecord> {
        self.sessions
            .iter()
            .filter(|s| s.shard.is_some_and(|[i, _]| i == id))
            .flat_map(|s| &s.records)
            .collect()
    }

    /// The shards IDENTIFY named, in order (one per IDENTIFY).
    pub fn identified(&self) -> Vec<Shard> {
        self.sessions
            .iter()
            .filter(|s| {
                s.records
                    .iter()
                    .any(|r| matches!(r, GatewayRecord::Identified { .. }))
            })
            .filter_map(|s| s.shard)
            .collect()
    }

    /// The servers of a shard.
    pub fn guilds_of(&self, [id, total]: Shard) -> impl Iterator<Item = &Guild> {
        self.guilds
            .values()
            .filter(move |g| shard_of(g.id, total) == id)
    }

    /// The live session a dispatch on `route` goes to: the latest to open, if several.
    pub fn session_for(&self, route: Route) -> Option<usize> {
        self.sessions
            .iter()
            .rposition(|s| s.live() && s.shard.is_some_and(|shard| route.takes(shard)))
    }

    /// Whether a user holds a role in a server.
    pub fn has_role(&self, guild_id: u64, user_id: u64, role_id: u64) -> bool {
        self.guilds[&guild_id]
            .members
            .get(&user_id)
            .is_some_and(|m| m.roles.contains(&role_id))
    }
}

#[cfg(test)]
mod tests {
    use super::{percent_decode, shard_of, GatewayRecord, Route, Session, State};
    use serde_json::json;

    #[test]
    fn dispatches_go_to_the_shard_of_their_server_and_dms_to_shard_0() {
        // The school server of the test world is on shard 1 of 2, and 0 of 1.
        let guild: u64 = 1_000_000_000_000_001;
        assert_eq!(shard_of(guild, 2), 1);
        assert_eq!(shard_of(guild, 1), 0);
        assert_eq!(shard_of(197_038_439_483_310_086, 16), 2);

        let in_guild = json!({"guild_id": guild.to_string()});
        assert_eq!(
            Route::of("INTERACTION_CREATE", &in_guild),
            Route::Guild(guild)
        );
        let created = json!({"id": guild.to_string()});
        assert_eq!(Route::of("GUILD_CREATE", &created), Route::Guild(guild));
        let dm = json!({"id": "5", "channel_id": "6"});
        assert_eq!(Route::of("INTERACTION_CREATE", &dm), Route::Direct);

        let mut s = State::new(1);
        for shard in [[0, 2], [1, 2]] {
            s.sessions.push(Session {
                shard: Some(shard),
                open: true,
                ..Session::default()
            });
        }
        assert_eq!(s.session_for(Route::Guild(guild)), Some(1));
        assert_eq!(s.session_for(Route::Direct), Some(0));
        assert_eq!(s.session_for(Route::Shard(1)), Some(1));
        // A newer session of the same shard takes over; a closed one takes nothing.
        s.sessions.push(Session {
            shard: Some([1, 2]),
            open: true,
            ..Session::default()
        });
        assert_eq!(s.session_for(Route::Guild(guild)), Some(2));
        s.sessions[2].open = false;
        s.sessions[1].open = false;
        assert_eq!(s.session_for(Route::Guild(guild)), None);

        s.record(0, GatewayRecord::Heartbeat);
        assert_eq!(s.gateway_of(0), [&GatewayRecord::Heartbeat]);
        assert!(s.gateway_of(1).is_empty());
        assert_eq!(s.gateway, [GatewayRecord::Heartbeat]);
    }

    #[test]
    fn percent_decoding() {
        assert_eq!(percent_decode("a%20b%3A%20c"), "a b: c");
        assert_eq!(percent_decode("100%"), "100%");
    }
}
