//! The Discord side of Porter: slash commands, the Join button and start-up, over poise and
//! serenity. Commands read their options, call the [`crate::domain`], and render the reply.

mod actor;
mod approval;
mod chart;
mod commands;
mod drain;
mod error;
mod events;
mod gate;
mod greeting;
mod heal;
mod ids;
mod lang;
mod links;
mod notify;
mod paging;
mod pause;
mod ratelimits;
mod reception;
mod render;
mod retention;
pub mod shards;
mod sweep;
mod term;
mod welcome;

use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;

use anyhow::Context as _;
use poise::serenity_prelude as serenity;
use tokio::task::JoinHandle;

use crate::config::Config;
use crate::domain::Domain;
use crate::service::health::Health;
use crate::service::metrics::{self, CommandOutcome};

pub use error::Error;

/// What every command and event handler can reach.
pub struct Data {
    pub domain: Domain,
    /// Whether Discord sends member events (the Server Members intent is enabled).
    pub member_events: bool,
    reception: reception::Reception,
    /// How long schools' data is kept, and which of this process's shards are ready.
    keeper: std::sync::Arc<retention::Keeper>,
    /// Sends invitations by email (`[email]`); `None`: email is off.
    pub mailer: Option<crate::email::Mailer>,
}

/// The poise context of Porter's commands.
pub type Context<'a> = poise::Context<'a, Data, Error>;

/// The gateway intents Porter asks for: guilds (servers, roles and channels for the cache),
/// invites (to follow the use counts of invitation links) and, when the application may
/// have it, the privileged Server Members intent (to see who arrives through a link).
pub fn intents(member_events: bool) -> serenity::GatewayIntents {
    let base = serenity::GatewayIntents::GUILDS | serenity::GatewayIntents::GUILD_INVITES;
    if member_events {
        base | serenity::GatewayIntents::GUILD_MEMBERS
    } else {
        base
    }
}

/// Every slash command Porter registers, described in every shipped language.
pub fn commands() -> Vec<poise::Command<Data, Error>> {
    let mut commands = vec![
        commands::school::school(),
        commands::permissions::permissions(),
        commands::invite::invite(),
        commands::join::join(),
        commands::help::help(),
    ];
    lang::localize_commands(&mut commands);
    commands
}

/// A running bot: its gateway shards, the task driving them, the event handlers running,
/// the background sweep of ended invitations' links (started once connected), its health
/// and the HTTP listener serving it, if configured.
pub struct Bot {
    shard_manager: std::sync::Arc<serenity::ShardManager>,
    /// How many shards this process runs.
    shards: usize,
    task: JoinHandle<Result<(), serenity::Error>>,
    handlers: std::sync::Arc<drain::Handlers>,
    sweeper: std::sync::Arc<std::sync::Mutex<Option<JoinHandle<()>>>>,
    /// What applying the retention rules needs (see [`Bot::apply_retention`]).
    retention: (
        std::sync::Arc<retention::Keeper>,
        std::sync::Arc<serenity::Cache>,
        Domain,
    ),
    health: Arc<Health>,
    /// The REST client, for [`Bot::end_terms`].
    rest: Arc<serenity::Http>,
    /// Becomes `true` once commands are registered.
    registered: tokio::sync::watch::Receiver<bool>,
    listener: Option<Listener>,
    /// Days a join request waits before it expires (`[approval] expire_days`).
    expire_days: u32,
}

/// The HTTP listener of `/healthz` and `/metrics`.
struct Listener {
    address: SocketAddr,
    task: JoinHandle<()>,
    /// Dropped to stop it.
    stop: tokio::sync::oneshot::Sender<()>,
}

impl Bot {
    /// Connects to Discord (or the REST base in `config.api_url`) with the shards
    /// `config.shards` names and starts handling events in the background, on an already
    /// migrated database.
    pub async fn start(config: &Config, db: crate::db::Db) -> anyhow::Result<Self> {
        Self::start_with(config, Domain::new(db)).await
    }

    /// [`Bot::start`] with a ready-made domain (a test may give it a manual clock).
    pub async fn start_with(config: &Config, domain: Domain) -> anyhow::Result<Self> {
        Self::start_with_commands(config, domain, Vec::new()).await
    }

    /// [`Bot::start_with`], registering `extra` commands besides Porter's own (the
    /// end-to-end benchmark adds a command that only replies, as the floor).
    pub async fn start_with_commands(
        config: &Config,
        domain: Domain,
        extra: Vec<poise::Command<Data, Error>>,
    ) -> anyhow::Result<Self> {
        // Taken first, so that a busy address stops Porter before it connects.
        let listening = match config.http_listen {
            Some(address) => Some(
                tokio::net::TcpListener::bind(address)
                    .await
                    .with_context(|| format!("cannot listen on {address} (http.listen)"))?,
            ),
            None => None,
        };
        let http = http(config);
        check_connection(&http, config.api_url.as_deref()).await?;
        let member_events = members_intent_enabled(&http).await?;
        let plan = shards::plan(&http, config.shards).await?;
        tracing::info!(
            first = plan.first,
            last = plan.last,
            total = plan.total,
            "this process runs {plan}"
        );
        // Joins a process that ran these shards before left pending are now abandoned.
        domain
            .register(&format!(
                "shards {}-{} of {}",
                plan.first, plan.last, plan.total
            ))
            .await
            .context("could not register this process in the database")?;
        let keeper = std::sync::Arc::new(retention::Keeper::new(config.retention));
        let expire_days = config.approval.expire_days;
        let mailer = config
            .email
            .clone()
            .map(crate::email::Mailer::new)
            .transpose()
            .context("could not set up email ([email])")?;
        let (retention_keeper, retention_domain) = (keeper.clone(), domain.clone());
        let sweeper = std::sync::Arc::new(std::sync::Mutex::new(None));
        let sweeper_slot = sweeper.clone();
        let (registered_tx, registered) = tokio::sync::watch::channel(false);
        let health_domain = domain.clone();
        let framework = poise::Framework::builder()
            .options(poise::FrameworkOptions {
                commands: commands().into_iter().chain(extra).collect(),
                on_error: |error| Box::pin(error::on_error(error)),
                pre_command: |ctx| Box::pin(command_started(ctx)),
                post_command: |ctx| Box::pin(command_finished(ctx, CommandOutcome::Ok)),
                event_handler: |framework, event| {
                    if let serenity::FullEvent::Ready { data_about_bot } = event {
                        let shard = framework.serenity_context.shard_id;
                        tracing::info!(
                            shard = shard.0,
                            guilds = data_about_bot.guilds.len(),
                            "shard {shard} connected"
                        );
                    }
                    Box::pin(events::handle(
                        framework.serenity_context,
                        event,
                        framework.user_data,
                    ))
                },
                ..Default::default()
            })
            // poise runs this once, at the first shard's READY; the other shards' events wait
            // for it. So commands are registered, and the sweep and the reception started,
            // once per process.
            .setup(move |ctx, ready, framework| {
                Box::pin(async move {
                    poise::builtins::register_globally(ctx, &framework.options().commands).await?;
                    let sweep = tokio::spawn(sweep::run(
                        ctx.clone(),
                        domain.clone(),
                        keeper.clone(),
                        expire_days,
                    ));
                    if let Some(old) = sweeper_slot
                        .lock()
                        .unwrap_or_else(std::sync::PoisonError::into_inner)
                        .replace(sweep)
                    {
                        old.abort();
                    }
                    tracing::info!(
                        user = %ready.user.name,
                        "connected to Discord and registered commands"
                    );
                    registered_tx.send_replace(true);
                    Ok(Data {
                        reception: reception::Reception::new(ctx, domain.clone(), member_events),
                        domain,
                        member_events,
                        keeper,
                        mailer,
                    })
                })
            })
            .build();
        let handlers = std::sync::Arc::new(drain::Handlers::default());
        let framework = drain::Draining {
            inner: framework,
            handlers: handlers.clone(),
        };
        let mut client = serenity::ClientBuilder::new_with_http(http, intents(member_events))
            .framework(framework)
            .await
            .context("could not build the Discord client")?;
        let shard_manager = client.shard_manager.clone();
        let rest = client.http.clone();
        let health = Arc::new(Health::new(
            shard_manager.clone(),
            plan.first,
            plan.last,
            health_domain,
        ));
        let listener = match listening {
            Some(listening) => Some(serve(listening, health.clone())?),
            None => None,
        };
        let retention = (retention_keeper, client.cache.clone(), retention_domain);
        // serenity counts the range's end in (`4..7` starts shards 4 to 7).
        let task = tokio::spawn(async move {
            client
                .start_shard_range(plan.first..plan.last, plan.total)
                .await
        });
        Ok(Self {
            shard_manager,
            shards: (plan.last - plan.first + 1) as usize,
            task,
            handlers,
            sweeper,
            health,
            rest,
            registered,
            listener,
            retention,
            expire_days,
        })
    }

    /// Where `/healthz` and `/metrics` are served (`http.listen`, with the port the system
    /// chose for port 0); `None` without a listener.
    pub fn http_address(&self) -> Option<SocketAddr> {
        self.listener.as_ref().map(|l| l.address)
    }

    /// This process's health, as `/healthz` tells it.
    pub fn health(&self) -> Arc<Health> {
        self.health.clone()
    }

    /// Completes once Porter is connected and has registered its commands.
    pub fn registered(&self) -> impl Future<Output = ()> + Send + 'static {
        let mut registered = self.registered.clone();
        async move {
            // An error means the bot is gone: it will never register; wait forever.
            if registered.wait_for(|done| *done).await.is_err() {
                std::future::pending::<()>().await;
            }
        }
    }

    /// Applies the retention rules now, as the periodic work does hourly (see
    /// [`sweep::run`]): erases the schools of this process's ready shards left long enough
    /// ago, and joins and audit entries older than configured. Lets a test (or an operator's
    /// tool) apply them without waiting.
    pub async fn apply_retention(&self) {
        let (keeper, cache, domain) = &self.retention;
        keeper.pass(cache, domain).await;
    }

    /// Ends the terms that are due now, as the periodic work does every minute (see
    /// [`sweep::run`]): takes class roles back from the people who got them through an
    /// invitation whose `roles_until` has passed. Lets a test apply it without waiting.
    pub async fn end_terms(&self) {
        let (_, cache, domain) = &self.retention;
        term::pass(&self.rest, cache, domain).await;
    }

    /// Expires the join requests left waiting `[approval] expire_days` days, as the
    /// periodic work does every minute (see [`sweep::run`]), editing their messages. Lets a
    /// test apply it without waiting.
    pub async fn expire_requests(&self) {
        let (_, cache, domain) = &self.retention;
        approval::expire(&self.rest, cache, domain, self.expire_days).await;
    }

    /// Looks after pauses now, as the periodic work does every minute (see [`sweep::run`]):
    /// ends those whose `for:` passed and keeps Discord's invites switch in line. Lets a test
    /// apply it without waiting.
    pub async fn look_after_pauses(&self) {
        let (_, cache, domain) = &self.retention;
        pause::pass(&self.rest, cache, domain).await;
    }

    /// Runs until the gateway connection ends for good or `shutdown` completes, then
    /// stops cleanly (see [`Bot::shutdown`]). Once this returns no handler uses the database.
    pub async fn run_until(mut self, shutdown: impl Future<Output = ()>) -> anyhow::Result<()> {
        tokio::select! {
            ended = &mut self.task => {
                self.finish_handlers(DRAIN_BOUND).await;
                self.stop_listener().await;
                ended.context("the Discord client task panicked")?
                    .context("the Discord connection failed")?;
                Ok(())
            }
            () = shutdown => {
                tracing::info!("shutting down");
                self.shutdown().await
            }
        }
    }

    /// Stops taking events, lets the handlers already running finish (up to
    /// [`DRAIN_BOUND`]), then closes every shard and waits for the client to stop. Each event
    /// is thus either handled to the end or not started at all, and the database may be
    /// closed once this returns.
    pub async fn shutdown(self) -> anyhow::Result<()> {
        self.shutdown_within(DRAIN_BOUND).await
    }

    /// [`Bot::shutdown`], waiting at most `drain` for the handlers under way.
    pub async fn shutdown_within(mut self, drain: std::time::Duration) -> anyhow::Result<()> {
        self.finish_handlers(drain).await;
        self.until_shards_started().await;
        self.shard_manager.shutdown_all().await;
        // serenity's client only notices a shutdown once a shard has connected; one still
        // trying to connect is stopped by ending its task.
        match tokio::time::timeout(SHUTDOWN_GRACE, &mut self.task).await {
            Ok(ended) => {
                ended
                    .context("the Discord client task panicked")?
                    .context("the Discord connection failed")?;
            }
            Err(_) => {
                tracing::warn!("the gateway connection did not close in time; stopping it");
                self.task.abort();
            }
        }
        self.stop_listener().await;
        Ok(())
    }

    /// Stops the HTTP listener, letting a request under way finish (briefly).
    async fn stop_listener(&mut self) {
        if let Some(Listener { task, stop, .. }) = self.listener.take() {
            drop(stop);
            let abort = task.abort_handle();
            if tokio::time::timeout(SHUTDOWN_GRACE, task).await.is_err() {
                abort.abort();
            }
        }
    }

    /// While serenity is still starting this process's shards (one every 5 seconds), waits
    /// for the rest to start, so that the shutdown closes them all: serenity's shard queue
    /// takes a shutdown only after the starts queued before it, and a shard it is asked to
    /// stop meanwhile is never closed. Gives up when no shard started for
    /// [`SHARD_START_GAP`] (one that cannot connect); none started yet is the case the
    /// client task's end covers.
    async fn until_shards_started(&self) {
        let count = || async { self.shard_manager.shards_instantiated().await.len() };
        let mut started = count().await;
        if started == 0 || started >= self.shards {
            return;
        }
        tracing::info!(
            started,
            shards = self.shards,
            "waiting for the shards still starting, to close them cleanly"
        );
        let mut deadline = tokio::time::Instant::now() + SHARD_START_GAP;
        while started < self.shards && tokio::time::Instant::now() < deadline {
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
            let now = count().await;
            if now > started {
                started = now;
                deadline = tokio::time::Instant::now() + SHARD_START_GAP;
            }
        }
        if started < self.shards {
            tracing::warn!(
                started,
                shards = self.shards,
                "shards still starting after {SHARD_START_GAP:?}; stopping without them"
            );
        }
    }

    /// Stops taking events and the background sweep, and waits (up to `bound`) for the
    /// event handlers still running. `/healthz` says it is shutting down from here on.
    async fn finish_handlers(&self, bound: std::time::Duration) {
        self.health.stopping();
        let running = self.handlers.stop_taking();
        self.stop_sweeper();
        tracing::info!(
            running,
            "no longer taking events; finishing those under way"
        );
        if !self.handlers.finish(bound).await {
            tracing::warn!(
                running = self.handlers.running(),
                "event handlers still running after {bound:?}; stopping without them"
            );
        }
    }

    /// Stops the background sweep of ended invitations' links.
    fn stop_sweeper(&self) {
        let sweep = self
            .sweeper
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .take();
        if let Some(sweep) = sweep {
            sweep.abort();
        }
    }
}

/// A REST client for Discord (or the REST base in `config.api_url`) with the bot token.
pub fn http(config: &Config) -> serenity::Http {
    match &config.api_url {
        // serenity's rate limiter ignores the proxy setting, so it must be off; the proxy
        // then owns rate limiting.
        Some(url) => serenity::HttpBuilder::new(&config.token)
            .proxy(url.clone())
            .ratelimiter_disabled(true)
            .build(),
        None => serenity::Http::new(&config.token),
    }
}

/// Whether the application may receive the privileged Server Members intent, from its
/// flags (`GET /applications/@me`).
pub fn members_intent(app: &serenity::CurrentApplicationInfo) -> bool {
    app.flags.is_some_and(|f| {
        f.intersects(
            serenity::ApplicationFlags::GATEWAY_GUILD_MEMBERS
                | serenity::ApplicationFlags::GATEWAY_GUILD_MEMBERS_LIMITED,
        )
    })
}

/// What Porter cannot do without the Server Members intent, and how to turn it on.
pub const MEMBERS_INTENT_OFF: &str = "the Server Members intent is off: Porter cannot see who \
    arrives through an invitation link, count those joins or welcome arrivals in public \
    schools. Turn on Developer Portal → your application → Bot → Server Members Intent, then \
    restart Porter";

/// Serves `/healthz` and `/metrics` on `listening` (installing the metrics recorder).
fn serve(listening: tokio::net::TcpListener, health: Arc<Health>) -> anyhow::Result<Listener> {
    let address = listening
        .local_addr()
        .context("cannot read the HTTP listener's address")?;
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let task = tokio::spawn(crate::service::http::serve(
        listening,
        health,
        metrics::install(),
        async move {
            let _ = stopped.await;
        },
    ));
    tracing::info!(%address, "serving /healthz and /metrics");
    Ok(Listener {
        address,
        task,
        stop,
    })
}

/// When a command started running, for its latency (poise's invocation data).
struct Started(std::time::Instant);

/// poise's `pre_command`: notes when the command started.
async fn command_started(ctx: Context<'_>) {
    ctx.set_invocation_data(Started(std::time::Instant::now()))
        .await;
}

/// Counts a command that ended with `outcome`, with its latency when it got to start.
pub(crate) async fn command_finished(ctx: Context<'_>, outcome: CommandOutcome) {
    let took = ctx
        .invocation_data::<Started>()
        .await
        .map(|started| started.0.elapsed());
    metrics::command(&ctx.command().qualified_name, outcome, took);
}

/// Whether the Server Members intent is enabled for the application in the Developer
/// Portal. Asking for it otherwise makes Discord close the connection (4014), so Porter then
/// runs without member events and says what that costs.
async fn members_intent_enabled(http: &serenity::Http) -> anyhow::Result<bool> {
    let app = http
        .get_current_application_info()
        .await
        .context("could not read the application's settings")?;
    let enabled = members_intent(&app);
    if !enabled {
        tracing::warn!("{MEMBERS_INTENT_OFF}");
    }
    Ok(enabled)
}

/// How long a shutdown waits for the event handlers under way to finish.
pub const DRAIN_BOUND: std::time::Duration = std::time::Duration::from_secs(10);

/// How long a shutdown waits for serenity to start the next shard: it starts one every 5
/// seconds, then connects.
const SHARD_START_GAP: std::time::Duration = std::time::Duration::from_secs(8);

/// How long a shutdown waits for the gateway connection to close.
const SHUTDOWN_GRACE: std::time::Duration = std::time::Duration::from_secs(5);

/// Fails early, with a clear message, when the token is refused or the API unreachable:
/// otherwise serenity retries forever, and without a working `/gateway` answer it would
/// quietly bypass a configured proxy for Discord's own gateway.
pub async fn check_connection(http: &serenity::Http, api_url: Option<&str>) -> anyhow::Result<()> {
    let place = api_url.map_or_else(
        || "Discord's API".to_owned(),
        |u| format!("the Discord API at {u}"),
    );
    if let Err(e) = http
        .get_current_user()
        .await
        .inspect_err(metrics::rest_error)
    {
        return Err(match error::http_status(&e) {
            Some(401) => anyhow::anyhow!(
                "Discord rejected the bot token (401 Unauthorized): check DISCORD_TOKEN or \
                 `token` under [discord]"
            ),
            // One line, each cause once: serenity and reqwest repeat themselves.
            _ => anyhow::anyhow!("cannot reach {place}: {}", crate::logging::Chain(&e)),
        });
    }
    if api_url.is_some() {
        http.get_gateway()
            .await
            .with_context(|| format!("{place} did not answer GET /gateway"))?;
    }
    Ok(())
}
