//! `porter`: runs the bot until SIGINT or SIGTERM.

use std::path::PathBuf;
use std::process::ExitCode;

use porter::config::Config;
use porter::discord::Bot;

const USAGE: &str = "usage: porter [--config PATH]

Runs the Porter Discord bot. Settings come from config.toml (or PATH), then from the
environment (DISCORD_TOKEN, DATABASE_URL, DISCORD_API_URL, RUST_LOG), after .env is loaded.";

fn main() -> ExitCode {
    let config_path = match parse_args(std::env::args().skip(1)) {
        Ok(Some(path)) => path,
        Ok(None) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(message) => {
            eprintln!("porter: {message}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match dotenvy::dotenv() {
        Ok(_) => {}
        Err(e) if e.not_found() => {}
        Err(e) => {
            eprintln!("porter: cannot read .env: {e}");
            return ExitCode::from(2);
        }
    }
    let config = match Config::load(config_path.as_deref()) {
        Ok(config) => config,
        Err(e) => {
            eprintln!("porter: {e}");
            return ExitCode::from(2);
        }
    };
    let filter = porter::logging::filter(&config.log_filter).unwrap_or_else(|e| {
        eprintln!(
            "porter: ignoring the log filter {:?} ({e}); using \"info\"",
            config.log_filter
        );
        tracing_subscriber::EnvFilter::new("info")
    });
    porter::logging::init(filter, &config.token);

    let runtime = match tokio::runtime::Runtime::new() {
        Ok(runtime) => runtime,
        Err(e) => {
            eprintln!("porter: cannot start the async runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(config)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("porter: {e:#}");
            ExitCode::FAILURE
        }
    }
}

/// `Ok(Some(path))` to run with that config file (`None` inside: the default),
/// `Ok(None)` for `--help`.
fn parse_args(mut args: impl Iterator<Item = String>) -> Result<Option<Option<PathBuf>>, String> {
    let mut path = None;
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "-h" | "--help" => return Ok(None),
            "-c" | "--config" => {
                path = Some(PathBuf::from(
                    args.next().ok_or("--config needs a file path")?,
                ));
            }
            other => match other.strip_prefix("--config=") {
                Some(p) => path = Some(PathBuf::from(p)),
                None => return Err(format!("unknown argument {other:?}")),
            },
        }
    }
    Ok(Some(path))
}

async fn run(config: Config) -> anyhow::Result<()> {
    use anyhow::Context as _;
    let db = porter::db::Db::connect(&config.database_url)
        .await
        .with_context(|| {
            format!(
                "cannot open the database {}",
                porter::db::redacted(&config.database_url)
            )
        })?;
    tracing::info!(
        database = %porter::db::redacted(&config.database_url),
        "database ready"
    );
    let bot = Bot::start(&config, db.clone()).await?;
    let result = bot.run_until(shutdown_signal()).await;
    db.close().await;
    result
}

/// Completes on SIGINT (Ctrl-C) or SIGTERM.
async fn shutdown_signal() {
    let ctrl_c = async {
        if let Err(e) = tokio::signal::ctrl_c().await {
            tracing::warn!(error = %e, "cannot listen for Ctrl-C");
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(e) => {
                tracing::warn!(error = %e, "cannot listen for SIGTERM");
                std::future::pending::<()>().await;
            }
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {}
        () = term => {}
    }
}
