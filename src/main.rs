//! `porter`: runs the bot until SIGINT or SIGTERM.

use std::ffi::OsString;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::parser::ValueSource;
use clap::{CommandFactory as _, FromArgMatches as _, Parser};
use porter::config::{Args, Config, Given};
use porter::discord::{shards, Bot};

/// mimalloc instead of glibc's malloc: after a burst of joins glibc keeps most of the freed
/// memory in its arenas, mimalloc gives it back to the system within seconds (BENCHMARKS.md,
/// "Memory").
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Runs the Porter Discord bot.
#[derive(Debug, Parser)]
#[command(
    name = "porter",
    version,
    after_help = "Settings come from config.toml (or PATH), then from the environment \
                  (DISCORD_TOKEN, DATABASE_URL, DISCORD_API_URL, RUST_LOG, PORTER_LOG_FORMAT, \
                  PORTER_HTTP_LISTEN, PORTER_SHARDS, PORTER_SHARD_TOTAL), then from these flags, \
                  after .env is loaded."
)]
struct Cli {
    /// Read the settings from PATH instead of config.toml
    #[arg(short, long, value_name = "PATH")]
    config: Option<PathBuf>,
    /// The shards this process runs: one id (2) or an inclusive range (0-3), of
    /// --shard-total [default: all of them]
    #[arg(long, env = "PORTER_SHARDS", value_name = "RANGE")]
    shards: Option<String>,
    /// How many shards the bot runs across every process [default: as many as Discord
    /// recommends]
    #[arg(long, env = "PORTER_SHARD_TOTAL", value_name = "N")]
    shard_total: Option<String>,
    #[command(subcommand)]
    command: Option<Command>,
}

/// What `porter` does besides running the bot.
#[derive(Debug, Clone, PartialEq, Eq, clap::Subcommand)]
enum Command {
    /// Check the settings, the database and the token without starting the bot: one line
    /// per finding, and a non-zero exit status when something would stop Porter
    Check,
    /// Copy the SQLite database into FILE while Porter runs, and verify the copy (for
    /// PostgreSQL, use pg_dump)
    Backup {
        /// The new file to write, e.g. porter-2026-11-25.db
        #[arg(value_name = "FILE")]
        file: PathBuf,
    },
    /// Copy a SQLite database (schools, permissions, invitations, joins, audit) into an
    /// empty PostgreSQL database, to move a school onto a shared PostgreSQL
    PortDb {
        /// The SQLite database, e.g. sqlite://porter.db
        #[arg(long, value_name = "URL")]
        from: String,
        /// The empty PostgreSQL database, e.g. postgres://porter@db/porter
        #[arg(long, value_name = "URL")]
        to: String,
    },
}

fn main() -> ExitCode {
    // Loaded first so that its PORTER_SHARDS and PORTER_SHARD_TOTAL count as the flags'
    // values; a broken .env is reported after --help had its chance.
    let dotenv = dotenvy::dotenv();
    let (config_path, args, command) = match parse_args(std::env::args_os()) {
        Ok(parsed) => parsed,
        Err(e) => {
            // --help to standard output with status 0; a wrong argument to standard error
            // with status 2.
            let _ = e.print();
            return ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2));
        }
    };
    match dotenv {
        Ok(_) => {}
        Err(e) if e.not_found() => {}
        Err(e) => {
            eprintln!("porter: cannot read .env: {e}");
            return ExitCode::from(2);
        }
    }
    if let Some(Command::PortDb { from, to }) = &command {
        return block_on(port_db(from, to));
    }
    let config = match Config::load(config_path.as_deref(), &args) {
        Ok(config) => config,
        Err(e) if command == Some(Command::Check) => {
            println!("problem: config: {e}");
            return ExitCode::FAILURE;
        }
        Err(e) => {
            eprintln!("porter: {e}");
            return ExitCode::from(2);
        }
    };
    match command {
        Some(Command::Check) => return block_on(check(config)),
        Some(Command::Backup { file }) => return block_on(backup(config, file)),
        Some(Command::PortDb { .. }) | None => {}
    }
    let filter = porter::logging::filter(&config.log_filter).unwrap_or_else(|e| {
        eprintln!(
            "porter: ignoring the log filter {:?} ({e}); using \"info\"",
            config.log_filter
        );
        tracing_subscriber::EnvFilter::new("info")
    });
    let refusals = init_logging(filter, &config.token, config.log_format);
    block_on(async {
        match run(config, refusals).await {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("porter: {e:#}");
                ExitCode::FAILURE
            }
        }
    })
}

/// Returns the memory a runtime worker freed to the system, once a minute at most, when the
/// worker goes idle. mimalloc gives freed pages back only as it allocates again, so after a
/// burst of joins the pages freed stay with the workers while Porter is quiet (BENCHMARKS.md,
/// "Memory").
fn give_back_memory() {
    use std::cell::Cell;
    use std::sync::LazyLock;
    use std::time::Instant;
    static START: LazyLock<Instant> = LazyLock::new(Instant::now);
    thread_local! {
        static COLLECTED_IN: Cell<u64> = const { Cell::new(0) };
    }
    let minute = START.elapsed().as_secs() / 60 + 1;
    if COLLECTED_IN.get() != minute {
        COLLECTED_IN.set(minute);
        // SAFETY: mi_collect only returns memory mimalloc holds free; it may be called from
        // any thread at any time.
        unsafe { libmimalloc_sys::mi_collect(true) };
    }
}

/// Runs `task` to its end on a new async runtime.
fn block_on(task: impl std::future::Future<Output = ExitCode>) -> ExitCode {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .on_thread_park(give_back_memory)
        .build();
    let runtime = match runtime {
        Ok(runtime) => runtime,
        Err(e) => {
            eprintln!("porter: cannot start the async runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    let status = runtime.block_on(task);
    // Everything Porter started has stopped; what serenity may leave behind is not waited
    // for: a shard Discord refused with 4011 spins in a loop that never yields, which would
    // hold a plain drop of the runtime forever.
    runtime.shutdown_timeout(std::time::Duration::from_secs(1));
    status
}

/// Porter's logging ([`porter::logging::init`]), with the watch for shards Discord refuses
/// beside it; returns where those refusals arrive.
fn init_logging(
    filter: tracing_subscriber::EnvFilter,
    token: &str,
    format: porter::logging::LogFormat,
) -> shards::Refusals {
    use tracing_subscriber::layer::SubscriberExt as _;
    use tracing_subscriber::util::SubscriberInitExt as _;
    let (watch, refusals) = shards::watch_refusals();
    tracing_subscriber::registry()
        .with(porter::logging::layer_as(
            format,
            filter,
            std::io::stdout,
            token,
            std::io::IsTerminal::is_terminal(&std::io::stdout()),
        ))
        .with(watch)
        .init();
    refusals
}

/// The `--config` path (`None`: the default) and the settings the command line carries,
/// each with where it came from: the flag, or the environment variable standing for it.
fn parse_args(
    args: impl IntoIterator<Item = impl Into<OsString> + Clone>,
) -> Result<(Option<PathBuf>, Args, Option<Command>), clap::Error> {
    let matches = Cli::command().try_get_matches_from(args)?;
    let cli = Cli::from_arg_matches(&matches)?;
    let given = |id: &str, flag: &str, var: &str, value: Option<String>| {
        value.map(|value| Given {
            value,
            origin: match matches.value_source(id) {
                Some(ValueSource::EnvVariable) => format!("the environment ({var})"),
                _ => format!("the flag {flag}"),
            },
        })
    };
    let args = Args {
        shards: given("shards", "--shards", "PORTER_SHARDS", cli.shards),
        shard_total: given(
            "shard_total",
            "--shard-total",
            "PORTER_SHARD_TOTAL",
            cli.shard_total,
        ),
    };
    Ok((cli.config, args, cli.command))
}

/// `porter port-db`: copies the SQLite database `from` into the empty PostgreSQL database
/// `to` (migrating both first) and says what it copied.
async fn port_db(from: &str, to: &str) -> ExitCode {
    let result = async {
        use anyhow::Context as _;
        use porter::db::Backend;
        anyhow::ensure!(
            Backend::of(from) == Some(Backend::Sqlite),
            "--from must be a SQLite database, such as sqlite://porter.db"
        );
        anyhow::ensure!(
            Backend::of(to) == Some(Backend::Postgres),
            "--to must be a PostgreSQL database, such as postgres://porter@localhost/porter"
        );
        if let Some(path) = porter::db::sqlite_file(from) {
            anyhow::ensure!(
                path.exists(),
                "there is no SQLite database at {}",
                path.display()
            );
        }
        let source = porter::db::Db::connect(from)
            .await
            .with_context(|| format!("cannot open {}", porter::db::redacted(from)))?;
        let target = porter::db::Db::connect(to)
            .await
            .with_context(|| format!("cannot open {}", porter::db::redacted(to)))?;
        let copied = porter::port::port(&source, &target).await?;
        source.close().await;
        target.close().await;
        anyhow::Ok(copied)
    }
    .await;
    match result {
        Ok(copied) => {
            for (table, rows) in copied {
                println!("{table}: {rows} rows");
            }
            println!(
                "Copied into {}. Point DATABASE_URL at it and start Porter.",
                porter::db::redacted(to)
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("porter: {e:#}");
            ExitCode::FAILURE
        }
    }
}

/// `porter check`: prints one line per finding; fails when one is a problem.
async fn check(config: Config) -> ExitCode {
    let findings = porter::check::check(&config).await;
    for finding in &findings {
        println!("{finding}");
    }
    if findings
        .iter()
        .any(|f| f.level == porter::check::Level::Problem)
    {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// `porter backup FILE`: copies the SQLite database into `file` and says what it holds.
async fn backup(config: Config, file: PathBuf) -> ExitCode {
    match porter::backup::backup(&config.database_url, &file).await {
        Ok(backup) => {
            println!(
                "Backed up {} to {} ({backup}); the copy passed SQLite's integrity check. \
                 To restore: stop Porter, put the file in place of the database, start Porter.",
                porter::db::redacted(&config.database_url),
                backup.path.display(),
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("porter: {e}");
            ExitCode::FAILURE
        }
    }
}

async fn run(config: Config, mut refusals: shards::Refusals) -> anyhow::Result<()> {
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
    // READY=1 once commands are registered, then the watchdog, when systemd asks for them.
    let systemd = tokio::spawn(porter::service::systemd::run(
        bot.registered(),
        bot.health(),
    ));
    // serenity retries a shard Discord refused for good (4011, sharding required) forever;
    // Porter stops instead and says how to fix it.
    let mut refused = None;
    let result = bot
        .run_until(async {
            tokio::select! {
                () = shutdown_signal() => {}
                refusal = refusals.next() => {
                    exit_if_stuck(refusal.to_string());
                    refused = Some(refusal);
                }
            }
            porter::service::systemd::stopping();
        })
        .await;
    systemd.abort();
    db.close().await;
    match refused {
        Some(refusal) => Err(anyhow::anyhow!(refusal)),
        None => result,
    }
}

/// How long Porter may take to stop after Discord refused a shard before it exits anyway.
const REFUSED_EXIT_GRACE: std::time::Duration = std::time::Duration::from_secs(10);

/// Exits with `refusal` after [`REFUSED_EXIT_GRACE`] if Porter has not stopped by then:
/// serenity's runner of a refused shard may spin without yielding and starve the async
/// runtime's workers, timers included, so only a thread of its own can end the process.
fn exit_if_stuck(refusal: String) {
    std::thread::spawn(move || {
        std::thread::sleep(REFUSED_EXIT_GRACE);
        eprintln!("porter: {refusal}");
        std::process::exit(1);
    });
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

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Result<(Option<PathBuf>, Args, Option<Command>), clap::Error> {
        parse_args(std::iter::once("porter").chain(args.iter().copied()))
    }

    #[test]
    fn config_paths() {
        assert_eq!(parse(&[]).unwrap().0, None);
        for args in [
            &["--config", "a.toml"][..],
            &["--config=a.toml"],
            &["-c", "a.toml"],
        ] {
            assert_eq!(
                parse(args).unwrap().0,
                Some(PathBuf::from("a.toml")),
                "{args:?}"
            );
        }
    }

    #[test]
    fn shard_flags_say_they_came_from_the_command_line() {
        let (_, args, _) = parse(&["--shards", "0-3", "--shard-total=16"]).unwrap();
        let given = |value: &str, flag: &str| {
            Some(Given {
                value: value.to_owned(),
                origin: format!("the flag {flag}"),
            })
        };
        assert_eq!(args.shards, given("0-3", "--shards"));
        assert_eq!(args.shard_total, given("16", "--shard-total"));
    }

    #[test]
    fn port_db_names_both_databases() {
        let (_, _, command) = parse(&[
            "port-db",
            "--from",
            "sqlite://a.db",
            "--to",
            "postgres://h/p",
        ])
        .unwrap();
        assert_eq!(
            command,
            Some(Command::PortDb {
                from: "sqlite://a.db".to_owned(),
                to: "postgres://h/p".to_owned(),
            })
        );
    }

    #[test]
    fn help_succeeds_and_a_wrong_argument_fails_with_status_2() {
        let help = parse(&["--help"]).unwrap_err();
        assert_eq!(help.kind(), clap::error::ErrorKind::DisplayHelp);
        assert_eq!(help.exit_code(), 0);
        let text = help.render().to_string();
        for flag in [
            "--config",
            "--shards",
            "--shard-total",
            "PORTER_SHARDS",
            "PORTER_SHARD_TOTAL",
        ] {
            assert!(text.contains(flag), "{flag} in {text}");
        }
        assert_eq!(parse(&["-h"]).unwrap_err().exit_code(), 0);
        for args in [&["--bogus"][..], &["--config"], &["extra"], &["port-db"]] {
            let e = parse(args).unwrap_err();
            assert_eq!(e.exit_code(), 2, "{args:?}: {e}");
        }
    }
}
