//! `porter check`: what would stop Porter from starting, found before it starts — the
//! database, the token, the application's settings and the shard plan — each finding one
//! line that says what to do.

use std::fmt;
use std::path::Path;

use poise::serenity_prelude as serenity;

use crate::config::{Config, Shards};
use crate::db::{redacted, sqlite_file, Db};

/// How one thing `porter check` looked at stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    /// It works.
    Ok,
    /// Porter starts, but does less than it could.
    Warning,
    /// Porter does not start, or fails once started.
    Problem,
}

/// One line of `porter check`'s report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub level: Level,
    /// What was looked at: `config`, `database` or `discord`.
    pub subject: &'static str,
    /// What was found and, short of [`Level::Ok`], what to do about it.
    pub text: String,
}

impl Finding {
    fn new(level: Level, subject: &'static str, text: impl Into<String>) -> Self {
        Self {
            level,
            subject,
            text: text.into(),
        }
    }
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let level = match self.level {
            Level::Ok => "ok",
            Level::Warning => "warning",
            Level::Problem => "problem",
        };
        write!(f, "{level}: {}: {}", self.subject, self.text)
    }
}

/// Checks the database and Discord as `config` names them, without changing either.
pub async fn check(config: &Config) -> Vec<Finding> {
    let mut findings = vec![database(&config.database_url).await];
    findings.extend(discord(config).await);
    findings.push(email(config.email.as_ref()).await);
    findings
}

/// The `[email]` settings and whether the SMTP server takes Porter: connects, greets,
/// secures and logs in as configured, then quits without sending anything.
pub async fn email(config: Option<&crate::email::EmailConfig>) -> Finding {
    let Some(config) = config else {
        return Finding::new(
            Level::Ok,
            "email",
            "off: /invite's email: option is unavailable; add an [email] section (host, port, \
             tls, user, from; the password in PORTER_SMTP_PASSWORD) to send invitations by email",
        );
    };
    let tried = match crate::email::Mailer::new(config.clone()) {
        Ok(mailer) => mailer.test_connection().await,
        Err(e) => Err(e),
    };
    match tried {
        Ok(()) => Finding::new(
            Level::Ok,
            "email",
            format!(
                "{}: the server took Porter's connection{}; nothing was sent",
                config.describe(),
                if config.user.is_some() {
                    " and login"
                } else {
                    ""
                }
            ),
        ),
        Err(e) => Finding::new(
            Level::Problem,
            "email",
            format!(
                "{}: {e}: check email.host, email.port, email.tls and email.user (and \
                 PORTER_SMTP_PASSWORD), or remove [email] to turn email off",
                config.describe()
            ),
        ),
    }
}

/// Whether the database answers and its schema is one this Porter can run on.
pub async fn database(url: &str) -> Finding {
    let shown = redacted(url);
    let problem = |text: String| Finding::new(Level::Problem, "database", text);
    if let Some(file) = sqlite_file(url) {
        if !file.exists() {
            return match creatable(&file) {
                Ok(()) => Finding::new(
                    Level::Ok,
                    "database",
                    format!("{shown} does not exist yet: Porter creates it on first start"),
                ),
                Err(why) => problem(format!(
                    "cannot create {shown}: {why}: create the directory, or point \
                     database.url (DATABASE_URL) somewhere Porter may write"
                )),
            };
        }
    }
    let db = match Db::open(url).await {
        Ok(db) => db,
        Err(e) => {
            return problem(format!(
                "cannot open {shown}: {e}: check database.url (DATABASE_URL), its password \
                 and that the database server is running"
            ))
        }
    };
    let schema = db.schema().await;
    db.close().await;
    match schema {
        Err(e) => problem(format!("{shown} answers but cannot be read: {e}")),
        Ok(schema) if !schema.unknown.is_empty() => problem(format!(
            "{shown} was migrated by a newer Porter (migration {} is unknown to Porter {}): \
             run that newer Porter, or restore the backup taken before the upgrade",
            schema.unknown.iter().max().unwrap_or(&0),
            env!("CARGO_PKG_VERSION"),
        )),
        Ok(schema) => Finding::new(
            Level::Ok,
            "database",
            match (schema.version, schema.pending) {
                (None, _) => format!("{shown} answers; Porter sets up its tables on first start"),
                (Some(version), 0) => {
                    format!("{shown} answers; its schema is up to date ({version})")
                }
                (Some(version), pending) => format!(
                    "{shown} answers; its schema is at {version} and the next start applies \
                     {pending} migration{}: take a backup first (porter backup FILE)",
                    if pending == 1 { "" } else { "s" }
                ),
            },
        ),
    }
}

/// Whether a file can be created at `path`: its directory exists and takes a new file.
fn creatable(path: &Path) -> Result<(), String> {
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    if !dir.is_dir() {
        return Err(format!("the directory {} does not exist", dir.display()));
    }
    probe(dir).map_err(|e| format!("{} does not take new files ({e})", dir.display()))
}

/// Creates and removes a probe file in `dir`.
fn probe(dir: &Path) -> std::io::Result<()> {
    let probe = dir.join(format!(".porter-check-{}", std::process::id()));
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&probe)?;
    std::fs::remove_file(probe)
}

/// Whether Discord takes the token, how the application is set up and whether the shard
/// plan can start.
pub async fn discord(config: &Config) -> Vec<Finding> {
    let http = crate::discord::http(config);
    let problem = |text: String| Finding::new(Level::Problem, "discord", text);
    if let Err(e) = crate::discord::check_connection(&http, config.api_url.as_deref()).await {
        return vec![problem(format!("{e:#}"))];
    }
    let mut findings = Vec::new();
    match http.get_current_user().await {
        Ok(me) => findings.push(Finding::new(
            Level::Ok,
            "discord",
            format!("the token works: Porter logs in as {} ({})", me.name, me.id),
        )),
        Err(e) => findings.push(problem(format!("cannot read the bot's own user: {e}"))),
    }
    match http.get_current_application_info().await {
        Ok(app) if crate::discord::members_intent(&app) => findings.push(Finding::new(
            Level::Ok,
            "discord",
            "the Server Members intent is on",
        )),
        Ok(_) => findings.push(Finding::new(
            Level::Warning,
            "discord",
            crate::discord::MEMBERS_INTENT_OFF,
        )),
        Err(e) => findings.push(problem(format!(
            "cannot read the application's settings (GET /applications/@me): {e}"
        ))),
    }
    findings.push(shards(&http, config.shards).await);
    findings
}

/// Whether the configured shards can start: Discord's recommendation and today's
/// remaining session starts.
async fn shards(http: &serenity::Http, shards: Shards) -> Finding {
    let gateway = match http.get_bot_gateway().await {
        Ok(gateway) => gateway,
        Err(e) => {
            return Finding::new(
                Level::Problem,
                "discord",
                format!("cannot ask Discord how many shards to run (GET /gateway/bot): {e}"),
            )
        }
    };
    let (starts, total) = match shards {
        Shards::Recommended => (gateway.shards.max(1), gateway.shards.max(1)),
        Shards::Range { first, last, total } => (last - first + 1, total),
    };
    let limit = gateway.session_start_limit;
    if limit.remaining < u64::from(starts) {
        return Finding::new(
            Level::Problem,
            "discord",
            format!(
                "Discord allows {} more gateway session starts today and this process starts \
                 {starts} shards: wait {} for the limit to reset",
                limit.remaining,
                humantime::format_duration(std::time::Duration::from_secs(
                    limit.reset_after / 1000
                )),
            ),
        );
    }
    if total < gateway.shards {
        return Finding::new(
            Level::Warning,
            "discord",
            format!(
                "Discord recommends {} shards and discord.shard_total is {total}: Discord \
                 refuses a shard with more than 2,500 servers, so raise shard_total (and split \
                 discord.shards between processes) before it does",
                gateway.shards
            ),
        );
    }
    Finding::new(
        Level::Ok,
        "discord",
        format!(
            "this process runs {shards}; Discord recommends {} and allows {} more session \
             starts today",
            gateway.shards, limit.remaining
        ),
    )
}
