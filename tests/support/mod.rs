//! End-to-end test support: a fake Discord, and Porter's real bot (the poise framework and
//! event handler production runs) started against it on a temporary database.

pub mod binary;
pub mod fake_discord;
pub mod http;
pub mod interactions;
pub mod logs;
pub mod postgres;
pub mod rows;
pub mod smtp;
pub mod world;

use std::sync::Arc;

use porter::config::{Config, Retention, Shards};
use porter::db::Db;
use porter::discord::Bot;
use porter::domain::{Domain, ManualClock};
use serde_json::{json, Value};

use fake_discord::payloads;
use fake_discord::state::InteractionLog;
pub use fake_discord::{FakeDiscord, SentMessage, State};
pub use interactions::{Opt, Place};

/// The token the bot is started with.
pub const TOKEN: &str = "fake-token";
/// How long a test waits for a shard that serenity starts after others (5 seconds apart
/// each), on a busy machine.
pub const SHARD_WAIT: std::time::Duration = std::time::Duration::from_secs(40);
/// Where the manual clock starts (2026-01-01T00:00:00Z).
pub const START: i64 = 1_767_225_600;

/// The server channel commands run in by default.
pub const HERE: Place = Place::Guild {
    guild: world::GUILD,
    channel: world::GENERAL,
};

/// A fake Discord, Porter running against it, and Porter's database and clock.
pub struct TestApp {
    pub fake: FakeDiscord,
    pub clock: Arc<ManualClock>,
    pub database_url: String,
    _dir: tempfile::TempDir,
    /// The shards the bot runs (from the next [`TestApp::start_bot`] on).
    pub shards: Shards,
    /// Where the bot serves `/healthz` and `/metrics` (from the next start on); port 0
    /// takes a free one, see [`TestApp::http_address`].
    pub http_listen: Option<std::net::SocketAddr>,
    /// How long the bot keeps data (from the next [`TestApp::start_bot`] on).
    pub retention: Retention,
    /// The `[email]` settings (from the next [`TestApp::start_bot`] on); `None`: email off.
    pub email: Option<porter::email::EmailConfig>,
    db: Option<Db>,
    bot: Option<Bot>,
}

impl TestApp {
    /// Porter in the standard world ([`world::standard`]).
    pub async fn spawn() -> Self {
        Self::spawn_with(world::standard()).await
    }

    /// Porter in the world `state`.
    pub async fn spawn_with(state: State) -> Self {
        Self::spawn_sharded(state, Shards::Recommended).await
    }

    /// Porter running `shards` in the world `state`. Returns once it registered its
    /// commands, which it does at its first shard's READY: later shards start 5 seconds
    /// apart (see [`TestApp::wait_for_shard`]).
    pub async fn spawn_sharded(state: State, shards: Shards) -> Self {
        Self::spawn_full(state, shards, None).await
    }

    /// Porter running `shards` in the world `state`, serving `/healthz` and `/metrics` on a
    /// free port of 127.0.0.1 (see [`TestApp::http_address`]).
    pub async fn spawn_serving(state: State, shards: Shards) -> Self {
        let any_port = std::net::SocketAddr::from(([127, 0, 0, 1], 0));
        Self::spawn_full(state, shards, Some(any_port)).await
    }

    async fn spawn_full(
        state: State,
        shards: Shards,
        http_listen: Option<std::net::SocketAddr>,
    ) -> Self {
        logs::init();
        let fake = FakeDiscord::start(state).await;
        let dir = tempfile::tempdir().expect("a temporary directory");
        let database_url = format!("sqlite://{}", dir.path().join("porter.db").display());
        let mut app = Self {
            fake,
            clock: Arc::new(ManualClock::new(START)),
            database_url,
            _dir: dir,
            shards,
            http_listen,
            retention: Retention::default(),
            email: None,
            db: None,
            bot: None,
        };
        app.start_bot().await;
        app
    }

    /// Opens the database and starts the bot; returns once it registered its commands.
    pub async fn start_bot(&mut self) {
        let registrations = self.fake.state().registrations;
        let db = Db::connect(&self.database_url)
            .await
            .expect("the test database");
        let config = Config {
            token: TOKEN.to_owned(),
            api_url: Some(self.fake.url()),
            database_url: self.database_url.clone(),
            log_filter: "info".to_owned(),
            log_format: porter::logging::LogFormat::Text,
            shards: self.shards,
            http_listen: self.http_listen,
            retention: self.retention,
            approval: Default::default(),
            email: self.email.clone(),
        };
        let domain = Domain::with_clock(db.clone(), self.clock.clone());
        let bot = Bot::start_with(&config, domain)
            .await
            .expect("Porter starts");
        self.db = Some(db);
        self.bot = Some(bot);
        self.fake
            .wait_for("command registration", |s| {
                (s.registrations > registrations).then_some(())
            })
            .await;
    }

    /// Waits until shard `id` has received all its servers: the fake sent their GUILD_CREATE
    /// on a session identified as that shard. serenity starts a process's shards 5 seconds
    /// apart, so this waits longer than [`fake_discord::WAIT`].
    pub async fn wait_for_shard(&self, id: u32) -> fake_discord::Shard {
        self.fake
            .wait_for_within(&format!("shard {id}'s servers"), SHARD_WAIT, |s| {
                s.sessions.iter().find_map(|session| {
                    let shard = session.shard.filter(|[i, _]| *i == id)?;
                    let sent = session
                        .records
                        .contains(&fake_discord::GatewayRecord::Ready);
                    sent.then_some(shard)
                })
            })
            .await
    }

    /// Where the running bot serves `/healthz` and `/metrics`.
    pub fn http_address(&self) -> std::net::SocketAddr {
        self.bot
            .as_ref()
            .and_then(Bot::http_address)
            .expect("a running bot with an HTTP listener")
    }

    /// Closes the running bot's database connections, as a database going away would; the
    /// bot goes on without them.
    pub async fn close_database(&self) {
        self.db.as_ref().expect("a running bot").close().await;
    }

    /// Moves Porter's clock and Discord's together.
    pub fn advance(&self, seconds: i64) {
        self.clock.advance(seconds);
        self.fake.update(|s| s.now += seconds);
    }

    /// Porter's domain over the running bot's database and clock, to seed data fast.
    pub fn domain(&self) -> Domain {
        let db = self.db.clone().expect("a running bot");
        Domain::with_clock(db, self.clock.clone())
    }

    /// Waits until every ended invitation of the school is closed on Discord's side (link
    /// deleted, posts edited) and Porter has noted it.
    pub async fn until_swept(&self) {
        eventually(async || {
            let left = self
                .domain()
                .ended_not_closed(world::GUILD.into())
                .await
                .expect("a query");
            if left.is_empty() {
                Ok(())
            } else {
                Err(format!("still not closed: {left:?}"))
            }
        })
        .await
    }

    /// Has the running bot apply the retention rules now, as its hourly work does
    /// ([`Bot::apply_retention`]); returns once they are applied.
    pub async fn apply_retention(&self) {
        self.bot
            .as_ref()
            .expect("a running bot")
            .apply_retention()
            .await;
    }

    /// Has the running bot end the terms due now, as its work every minute does
    /// ([`Bot::end_terms`]); returns once they are ended.
    pub async fn end_terms(&self) {
        self.bot.as_ref().expect("a running bot").end_terms().await;
    }

    /// Has the running bot expire the join requests waiting too long now, as its work every
    /// minute does ([`Bot::expire_requests`]); returns once they are expired.
    pub async fn expire_requests(&self) {
        self.bot
            .as_ref()
            .expect("a running bot")
            .expire_requests()
            .await;
    }

    /// Stops the bot and its database, then starts them again on the same database file.
    pub async fn restart(&mut self) {
        self.stop_bot().await;
        self.start_bot().await;
    }

    /// Stops the bot and its database until [`TestApp::start_bot`]; Discord goes on.
    pub async fn stop_bot(&mut self) {
        if let Some(bot) = self.bot.take() {
            bot.shutdown().await.expect("Porter shuts down cleanly");
        }
        if let Some(db) = self.db.take() {
            db.close().await;
        }
    }

    /// Stops the bot, waiting at most `drain` for its handlers under way, and its database.
    pub async fn stop_bot_within(&mut self, drain: std::time::Duration) {
        if let Some(bot) = self.bot.take() {
            bot.shutdown_within(drain)
                .await
                .expect("Porter shuts down cleanly");
        }
        if let Some(db) = self.db.take() {
            db.close().await;
        }
    }

    /// Stops Porter, then checks the run: no request to a route the fake lacks, no body
    /// over Discord's limits or unlike its OpenAPI description, no answer of the fake unlike
    /// that description, no payload serenity failed to parse.
    pub async fn stop(mut self) {
        self.stop_bot().await;
        let invalid = self.fake.state().invalid_bodies.clone();
        assert!(
            invalid.is_empty(),
            "Discord would refuse these bodies: {invalid:?}"
        );
        let unknown = self.fake.state().unknown_routes.clone();
        assert!(
            unknown.is_empty(),
            "Porter called routes the fake lacks: {unknown:?}"
        );
        let off_spec = self.fake.state().answers_off_spec.clone();
        assert!(
            off_spec.is_empty(),
            "the fake answered unlike Discord's OpenAPI description: {off_spec:#?}"
        );
        logs::assert_clean();
    }

    /// `/path` with `opts` by `user` in the server's #general.
    pub async fn slash(&self, user: u64, path: &str, opts: &[Opt<'_>]) -> Reply {
        self.slash_in(HERE, user, path, opts).await
    }

    /// `/path` with `opts` by `user` in a DM with Porter.
    pub async fn slash_dm(&self, user: u64, path: &str, opts: &[Opt<'_>]) -> Reply {
        let place = Place::Dm {
            channel: self.dm_channel(user),
        };
        self.slash_in(place, user, path, opts).await
    }

    /// `/path` with `opts` by `user` at `place`; waits for Porter's answer.
    pub async fn slash_in(&self, place: Place, user: u64, path: &str, opts: &[Opt<'_>]) -> Reply {
        ask(&self.fake, place, user, path, opts).await
    }

    /// The autocomplete choices Porter offers `user` typing `partial` into `option`.
    pub async fn autocomplete(
        &self,
        user: u64,
        path: &str,
        option: &str,
        partial: &str,
    ) -> Vec<Value> {
        let token = send_interaction(&self.fake, HERE, |s, id| {
            interactions::autocomplete(s, id, user, HERE, path, &[(option, json!(partial))], option)
        });
        let reply = answer(&self.fake, &token, &format!("autocomplete of /{path}")).await;
        assert_eq!(reply.kind, 8, "an autocomplete result");
        reply.message["choices"]
            .as_array()
            .cloned()
            .unwrap_or_default()
    }

    /// `user` presses the button `custom_id` under Porter's message `message`.
    pub async fn press(&self, user: u64, message: &SentMessage, custom_id: &str) -> Reply {
        let token = send_press(&self.fake, user, message, custom_id);
        answer(&self.fake, &token, &format!("button {custom_id}")).await
    }

    /// The DM channel between Porter and `user`, opened if need be.
    pub fn dm_channel(&self, user: u64) -> u64 {
        self.fake.update(|s| {
            if let Some((c, _)) = s.dm_channels.iter().find(|(_, u)| **u == user) {
                return *c;
            }
            let c = s.next_id();
            s.dm_channels.insert(c, user);
            c
        })
    }

    /// `/school setup` by the owner: member role Members, welcome and log channels set.
    pub async fn setup_school(&self) -> Reply {
        let reply = self
            .slash(
                world::OWNER,
                "school setup",
                &[
                    ("member_role", json!(world::MEMBERS)),
                    ("welcome_channel", json!(world::WELCOME)),
                    ("log_channel", json!(world::LOG)),
                ],
            )
            .await;
        assert_eq!(
            reply.field("Member role").as_deref(),
            Some(format!("<@&{}>", world::MEMBERS).as_str()),
            "{reply:#?}"
        );
        reply
    }

    /// `/invite create` by `user`; returns the new invitation's code and link.
    pub async fn create_invitation(&self, user: u64, opts: &[Opt<'_>]) -> Created {
        let reply = self.slash(user, "invite create", opts).await;
        assert!(
            reply.ephemeral(),
            "a reply with a code is ephemeral: {reply:#?}"
        );
        let code = reply
            .field("Code")
            .unwrap_or_else(|| panic!("no code in {reply:#?}"))
            .trim_matches('`')
            .to_owned();
        let link = reply.field("Link").expect("a link");
        Created { code, link, reply }
    }

    /// Whether `user` holds `role` in the school's server, per the fake.
    pub fn has_role(&self, user: u64, role: u64) -> bool {
        self.fake.state().has_role(world::GUILD, user, role)
    }

    /// Every request with `method` to a path matching `path` (`*`: any one segment).
    pub fn requests(&self, method: &str, path: &str) -> Vec<fake_discord::Request> {
        self.fake
            .state()
            .requests_to(method, path)
            .into_iter()
            .cloned()
            .collect()
    }

    /// How many requests with `method` went to a path matching `path` (`*`: any segment).
    pub fn count(&self, method: &str, path: &str) -> usize {
        self.fake.state().requests_to(method, path).len()
    }
}

/// Sends Porter `/path` with `opts` by `user` at `place`; returns the interaction's token at
/// once, without waiting for Porter's answer (see [`answer`]).
pub fn send_slash(
    fake: &FakeDiscord,
    place: Place,
    user: u64,
    path: &str,
    opts: &[Opt<'_>],
) -> String {
    send_interaction(fake, place, |s, id| {
        interactions::command(s, id, user, place, path, opts)
    })
}

/// `user` presses the button `custom_id` under Porter's message `message`; returns the
/// interaction's token at once, without waiting for Porter's answer (see [`answer`]).
pub fn send_press(fake: &FakeDiscord, user: u64, message: &SentMessage, custom_id: &str) -> String {
    let place = Place::Guild {
        guild: world::GUILD,
        channel: message.channel_id,
    };
    send_interaction(fake, place, |s, id| {
        let shown = payloads::message(
            s,
            message.id,
            message.channel_id,
            Some(world::GUILD),
            &message.body,
        );
        interactions::button(s, id, user, place, shown, custom_id)
    })
}

/// Dispatches the interaction `build` makes from a fresh id and token, at `place`, once the
/// fake knows the token (so it records Porter's answers under it); returns the token.
fn send_interaction(
    fake: &FakeDiscord,
    place: Place,
    build: impl FnOnce(&State, (u64, &str)) -> Value,
) -> String {
    let (token, payload) = fake.update(|s| {
        let id = s.next_id();
        let token = format!("interaction-token-{id}");
        let (channel_id, guild_id) = match place {
            Place::Guild { guild, channel } => (channel, Some(guild)),
            Place::Dm { channel } => (channel, None),
        };
        s.interactions.insert(
            token.clone(),
            InteractionLog {
                channel_id,
                guild_id,
                created: Some(std::time::Instant::now()),
                ..InteractionLog::default()
            },
        );
        let payload = build(s, (id, &token));
        (token, payload)
    });
    fake.dispatch("INTERACTION_CREATE", payload);
    token
}

/// Waits for what the user sees of Porter's answer to the interaction `token` (`what`, for
/// a failure message): the reply, or after a deferral the first followup or edit of the
/// original response.
pub async fn answer(fake: &FakeDiscord, token: &str, what: &str) -> Reply {
    fake.wait_for(&format!("Porter's answer to {what}"), |s| {
        Reply::from_log(&s.interactions[token])
    })
    .await
}

/// Sends the slash command `path` with `opts` as `user` in `place` and waits for what the
/// user sees of Porter's answer (a bot in-process or the compiled binary).
pub async fn ask(
    fake: &FakeDiscord,
    place: Place,
    user: u64,
    path: &str,
    opts: &[Opt<'_>],
) -> Reply {
    let token = send_slash(fake, place, user, path, opts);
    answer(fake, &token, &format!("/{path}")).await
}

/// The owner runs `/school setup` with the member role [`world::MEMBERS`] and the log
/// channel [`world::LOG`]; Porter's answer.
pub async fn set_up_school(fake: &FakeDiscord) -> Reply {
    ask(
        fake,
        HERE,
        world::OWNER,
        "school setup",
        &[
            ("member_role", json!(world::MEMBERS)),
            ("log_channel", json!(world::LOG)),
        ],
    )
    .await
}

/// Waits for a line in the school's log channel holding every one of `needles`; returns
/// its text.
pub async fn log_line_with(fake: &FakeDiscord, needles: &[&str]) -> String {
    fake.wait_for(&format!("a log line with {needles:?}"), |s| {
        s.messages_in(world::LOG)
            .iter()
            .map(|m| message_text(m))
            .find(|t| needles.iter().all(|n| t.contains(n)))
    })
    .await
}

/// The school's log-channel lines so far.
pub fn log_lines(fake: &FakeDiscord) -> Vec<String> {
    fake.state()
        .messages_in(world::LOG)
        .iter()
        .map(|m| message_text(m))
        .collect()
}

/// Runs `check` every 20 ms until it gives `Ok`, and returns that; fails with its last
/// `Err` after [`fake_discord::WAIT`]. For what the fake cannot wake a test on: Porter's
/// database, its log, a process's output.
pub async fn eventually<T>(mut check: impl AsyncFnMut() -> Result<T, String>) -> T {
    let deadline = tokio::time::Instant::now() + fake_discord::WAIT;
    loop {
        let why = match check().await {
            Ok(found) => return found,
            Err(why) => why,
        };
        assert!(
            tokio::time::Instant::now() < deadline,
            "after {:?}: {why}",
            fake_discord::WAIT
        );
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
}

/// A new invitation, as its creator saw it.
#[derive(Debug)]
pub struct Created {
    pub code: String,
    pub link: String,
    pub reply: Reply,
}

impl Created {
    /// The Discord invite code behind the link.
    pub fn invite_code(&self) -> &str {
        self.link.rsplit('/').next().expect("a link with a code")
    }
}

/// What a user sees of Porter's answer to an interaction.
#[derive(Debug, Clone)]
pub struct Reply {
    /// The callback type: 4 message, 5 deferred message, 8 autocomplete result.
    pub kind: u64,
    /// The callback's flags (64: ephemeral). After a deferral, the deferral's flags.
    pub flags: u64,
    /// The message shown: the callback's data, or the followup or edit after a deferral.
    pub message: Value,
}

impl Reply {
    /// What the user sees of an interaction's answers so far; `None` before the first.
    pub fn from_log(log: &InteractionLog) -> Option<Self> {
        let callback = log.callbacks.first()?;
        let kind = callback["type"].as_u64().unwrap_or(0);
        let flags = callback["data"]["flags"].as_u64().unwrap_or(0);
        let message = match kind {
            5 | 6 => log.edits.first().or(log.followups.first())?.clone(),
            _ => callback["data"].clone(),
        };
        Some(Self {
            kind,
            flags,
            message,
        })
    }

    /// Only the person who asked sees it.
    pub fn ephemeral(&self) -> bool {
        self.flags & 64 != 0
    }

    /// The message's text content.
    pub fn content(&self) -> &str {
        self.message["content"].as_str().unwrap_or("")
    }

    pub fn embeds(&self) -> Vec<Value> {
        self.message["embeds"]
            .as_array()
            .cloned()
            .unwrap_or_default()
    }

    /// The content and every embed's title, description and fields, as one text.
    pub fn text(&self) -> String {
        let mut out = self.content().to_owned();
        for e in self.embeds() {
            out.push('\n');
            out.push_str(&embed_text(&e));
        }
        out
    }

    /// The value of the first embed field called `name`.
    pub fn field(&self, name: &str) -> Option<String> {
        embed_field(&self.embeds(), name)
    }
}

/// An embed's title, description and fields, as one text.
pub fn embed_text(embed: &Value) -> String {
    let mut out = String::new();
    for key in ["title", "description"] {
        if let Some(t) = embed[key].as_str() {
            out.push_str(t);
            out.push('\n');
        }
    }
    for f in embed["fields"].as_array().into_iter().flatten() {
        out.push_str(&format!(
            "{}: {}\n",
            f["name"].as_str().unwrap_or(""),
            f["value"].as_str().unwrap_or("")
        ));
    }
    out
}

/// The value of the first field called `name` among `embeds`.
pub fn embed_field(embeds: &[Value], name: &str) -> Option<String> {
    embeds
        .iter()
        .flat_map(|e| e["fields"].as_array().cloned().unwrap_or_default())
        .find(|f| f["name"] == name)
        .and_then(|f| f["value"].as_str().map(str::to_owned))
}

/// A message's text: content and embeds.
pub fn message_text(message: &SentMessage) -> String {
    let mut out = message.body["content"].as_str().unwrap_or("").to_owned();
    for e in message.body["embeds"].as_array().into_iter().flatten() {
        out.push('\n');
        out.push_str(&embed_text(e));
    }
    out
}
