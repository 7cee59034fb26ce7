//! The Discord side of Porter: slash commands, the Join button and start-up, over poise and
//! serenity. Commands read their options, call the [`crate::domain`], and render the reply.

mod actor;
mod commands;
mod error;
mod events;
mod gate;
mod links;
mod notify;
mod render;

use std::future::Future;

use anyhow::Context as _;
use poise::serenity_prelude as serenity;
use sqlx::SqlitePool;
use tokio::task::JoinHandle;

use crate::config::Config;
use crate::domain::Domain;

pub use error::Error;

/// What every command and event handler can reach.
pub struct Data {
    pub domain: Domain,
}

/// The poise context of Porter's commands.
pub type Context<'a> = poise::Context<'a, Data, Error>;

/// The gateway intents Porter asks for: guilds (servers, roles and channels for the cache)
/// and invites (to follow the Discord invites behind invitation links). Neither is
/// privileged, so nothing needs enabling in the Developer Portal.
pub fn intents() -> serenity::GatewayIntents {
    serenity::GatewayIntents::GUILDS | serenity::GatewayIntents::GUILD_INVITES
}

/// Every slash command Porter registers.
pub fn commands() -> Vec<poise::Command<Data, Error>> {
    vec![
        commands::school::school(),
        commands::permissions::permissions(),
        commands::invite::invite(),
        commands::join::join(),
    ]
}

/// A running bot: its gateway connection and the task driving it.
pub struct Bot {
    shard_manager: std::sync::Arc<serenity::ShardManager>,
    task: JoinHandle<Result<(), serenity::Error>>,
}

impl Bot {
    /// Connects to Discord (or the REST base in `config.api_url`) and starts handling
    /// events in the background, on an already migrated database.
    pub async fn start(config: &Config, pool: SqlitePool) -> anyhow::Result<Self> {
        Self::start_with(config, Domain::new(pool)).await
    }

    /// [`Bot::start`] with a ready-made domain (a test may give it a manual clock).
    pub async fn start_with(config: &Config, domain: Domain) -> anyhow::Result<Self> {
        let http = match &config.api_url {
            // serenity's rate limiter ignores the proxy setting, so it must be off; the
            // proxy then owns rate limiting.
            Some(url) => serenity::HttpBuilder::new(&config.token)
                .proxy(url.clone())
                .ratelimiter_disabled(true)
                .build(),
            None => serenity::Http::new(&config.token),
        };
        let framework = poise::Framework::builder()
            .options(poise::FrameworkOptions {
                commands: commands(),
                on_error: |error| Box::pin(error::on_error(error)),
                event_handler: |framework, event| {
                    Box::pin(events::handle(
                        framework.serenity_context,
                        event,
                        framework.user_data,
                    ))
                },
                ..Default::default()
            })
            .setup(move |ctx, ready, framework| {
                Box::pin(async move {
                    poise::builtins::register_globally(ctx, &framework.options().commands).await?;
                    tracing::info!(
                        user = %ready.user.name,
                        guilds = ready.guilds.len(),
                        "connected to Discord and registered commands"
                    );
                    Ok(Data { domain })
                })
            })
            .build();
        let mut client = serenity::ClientBuilder::new_with_http(http, intents())
            .framework(framework)
            .await
            .context("could not build the Discord client")?;
        let shard_manager = client.shard_manager.clone();
        let task = tokio::spawn(async move { client.start().await });
        Ok(Self {
            shard_manager,
            task,
        })
    }

    /// Runs until the gateway connection ends for good or `shutdown` completes, then
    /// closes the connection cleanly.
    pub async fn run_until(mut self, shutdown: impl Future<Output = ()>) -> anyhow::Result<()> {
        tokio::select! {
            ended = &mut self.task => {
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

    /// Closes every shard and waits for the client to stop.
    pub async fn shutdown(self) -> anyhow::Result<()> {
        self.shard_manager.shutdown_all().await;
        self.task
            .await
            .context("the Discord client task panicked")?
            .context("the Discord connection failed")?;
        Ok(())
    }
}
