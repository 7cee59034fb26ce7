//! Configuration: `config.toml`, then environment variables (after `.env` is loaded).

use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use serde::Deserialize;

/// The database used when neither the file nor `DATABASE_URL` names one: a SQLite file in
/// the working directory, created on first start.
pub const DEFAULT_DATABASE_URL: &str = "sqlite://porter.db";
/// The config file read when `--config` is not given. It may be absent.
pub const DEFAULT_CONFIG_PATH: &str = "config.toml";
/// The log filter used when neither the file nor `RUST_LOG` sets one.
pub const DEFAULT_LOG_FILTER: &str = "info";
/// Days a school's data is kept after Porter is removed from its server, unless set.
pub const DEFAULT_LEFT_DAYS: u32 = 30;
/// The most days any retention setting may name (a hundred years).
const MAX_DAYS: u32 = 36_500;

/// Everything Porter needs to start.
#[derive(Clone)]
pub struct Config {
    /// The bot token. Never printed.
    pub token: String,
    /// A REST base for Discord's API (an HTTP proxy, or a fake in tests). `None` talks to
    /// Discord directly with serenity's own rate limiter.
    pub api_url: Option<String>,
    /// A `sqlite:` URL (the default) or a `postgres://` one.
    pub database_url: String,
    /// A `tracing` filter such as `info` or `porter=debug,serenity=warn`.
    pub log_filter: String,
    /// Lines for people (the default) or JSON lines for log collectors.
    pub log_format: crate::logging::LogFormat,
    /// The gateway shards this process runs.
    pub shards: Shards,
    /// Where `/healthz` and `/metrics` are served; `None` (the default): not at all. Port 0
    /// takes any free port (see [`crate::discord::Bot::http_address`]).
    pub http_listen: Option<SocketAddr>,
    /// How long data is kept.
    pub retention: Retention,
    /// Where invitations are emailed from (`[email]`); `None`: email is off.
    pub email: Option<crate::email::EmailConfig>,
    /// Join requests of schools that approve joins first (`[approval]`).
    pub approval: Approval,
}

/// Join requests (`[approval]`): how long one waits for a moderator before it expires.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Approval {
    /// Days a request waits before it expires (`expire_days`, default 7).
    pub expire_days: u32,
}

impl Default for Approval {
    fn default() -> Self {
        Self {
            expire_days: crate::domain::DEFAULT_EXPIRE_DAYS,
        }
    }
}

/// How long Porter keeps data (`[retention]`): a school's, once Porter is removed from its
/// server, and optionally joins and audit entries by age.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Retention {
    /// Days a school's data is kept after Porter is removed from its server; then it is
    /// erased. Porter added back within that time keeps everything.
    pub left_days: u32,
    /// Days joins are kept; `None`: for as long as their school.
    pub joins_days: Option<u32>,
    /// Days audit entries are kept; `None`: for as long as their school.
    pub audit_days: Option<u32>,
}

impl Default for Retention {
    fn default() -> Self {
        Self {
            left_days: DEFAULT_LEFT_DAYS,
            joins_days: None,
            audit_days: None,
        }
    }
}

/// Which of the bot's gateway shards a process runs. Discord sends each server's events to
/// one shard, `(server id >> 22) % total`, and refuses a shard with more than 2,500 servers.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Shards {
    /// As many as Discord recommends (`GET /gateway/bot`), all in this process.
    #[default]
    Recommended,
    /// Shards `first..=last` of `total`; other processes run the rest.
    Range { first: u32, last: u32, total: u32 },
}

impl std::fmt::Display for Shards {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            Self::Recommended => f.write_str("as many shards as Discord recommends"),
            Self::Range { first, last, total } if first == last => {
                write!(f, "shard {first} of {total}")
            }
            Self::Range { first, last, total } => write!(f, "shards {first}-{last} of {total}"),
        }
    }
}

/// A setting given to `porter` itself, on its command line or through the environment
/// variable that stands for the flag, with where it came from (for error messages), e.g.
/// "the flag --shards" or "the environment (PORTER_SHARDS)".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Given {
    pub value: String,
    pub origin: String,
}

/// The settings `porter`'s command line carries (flags, or their environment variables).
/// They win over the config file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Args {
    /// `--shards` / `PORTER_SHARDS`: `discord.shards`.
    pub shards: Option<Given>,
    /// `--shard-total` / `PORTER_SHARD_TOTAL`: `discord.shard_total`.
    pub shard_total: Option<Given>,
}

impl std::fmt::Debug for Config {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Config")
            .field("token", &"<redacted>")
            .field("api_url", &self.api_url)
            .field("database_url", &crate::db::redacted(&self.database_url))
            .field("log_filter", &self.log_filter)
            .field("log_format", &self.log_format)
            .field("shards", &self.shards)
            .field("http_listen", &self.http_listen)
            .field("retention", &self.retention)
            .field("email", &self.email)
            .finish()
    }
}

/// Why the configuration could not be loaded. Each names the file or the key to fix.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read config file {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("config file {path} is malformed: {message}")]
    Malformed { path: PathBuf, message: String },
    #[error("no bot token: set DISCORD_TOKEN in the environment or .env, or `token` under [discord] in {path}")]
    MissingToken { path: PathBuf },
    #[error("{key} in {origin} must be {expected}, not {value:?}")]
    Invalid {
        key: &'static str,
        origin: String,
        expected: &'static str,
        value: String,
    },
    /// A setting that another one needs (`[email]` without a host or a sender...).
    #[error("{key} is missing in {origin}: {what}")]
    Missing {
        key: &'static str,
        origin: String,
        what: &'static str,
    },
    #[error(
        "discord.shards in {origin} needs the total number of shards across every process: \
         set discord.shard_total (PORTER_SHARD_TOTAL, --shard-total) too, or leave both out to \
         run as many shards as Discord recommends"
    )]
    ShardsWithoutTotal { origin: String },
    #[error(
        "discord.shards in {origin} names shard {last}, but discord.shard_total in \
         {total_origin} is {total}: shards are numbered from 0 to {}", total - 1
    )]
    ShardPastTotal {
        origin: String,
        last: u32,
        total: u32,
        total_origin: String,
    },
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileConfig {
    #[serde(default)]
    discord: DiscordSection,
    #[serde(default)]
    database: DatabaseSection,
    #[serde(default)]
    log: LogSection,
    #[serde(default)]
    http: HttpSection,
    #[serde(default)]
    retention: RetentionSection,
    email: Option<EmailSection>,
    #[serde(default)]
    approval: ApprovalSection,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct ApprovalSection {
    expire_days: Option<toml::Value>,
}

/// `[email]`: the SMTP server invitations are emailed through. The password comes from
/// the environment only ([`crate::email::PASSWORD_VAR`]).
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct EmailSection {
    host: Option<String>,
    port: Option<toml::Value>,
    tls: Option<String>,
    user: Option<String>,
    from: Option<String>,
    daily_per_moderator: Option<toml::Value>,
    daily_per_school: Option<toml::Value>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct DiscordSection {
    token: Option<String>,
    api_url: Option<String>,
    /// A shard id or an inclusive range, as text (`"0-3"`) or a number (`2`).
    shards: Option<toml::Value>,
    shard_total: Option<toml::Value>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct DatabaseSection {
    url: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct LogSection {
    filter: Option<String>,
    format: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct HttpSection {
    listen: Option<String>,
}

/// Numbers of days, as numbers (`30`) or text (`"30"`).
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RetentionSection {
    left_days: Option<toml::Value>,
    joins_days: Option<toml::Value>,
    audit_days: Option<toml::Value>,
}

impl Config {
    /// Reads the config file and applies the process environment, then the command line's
    /// `args`, on top.
    ///
    /// `path` is the `--config` argument: a file named there must exist, while the default
    /// `config.toml` may be missing (everything can come from the environment).
    pub fn load(path: Option<&Path>, args: &Args) -> Result<Self, ConfigError> {
        Self::load_with(path, |key| std::env::var(key).ok(), args)
    }

    /// [`Config::load`] with the environment given as a lookup function.
    pub fn load_with(
        path: Option<&Path>,
        env: impl Fn(&str) -> Option<String>,
        args: &Args,
    ) -> Result<Self, ConfigError> {
        let explicit = path.is_some();
        let path = path.unwrap_or(Path::new(DEFAULT_CONFIG_PATH)).to_path_buf();
        let file = match std::fs::read_to_string(&path) {
            Ok(text) => {
                toml::from_str::<FileConfig>(&text).map_err(|e| ConfigError::Malformed {
                    path: path.clone(),
                    message: e.message().to_owned()
                        + &e.span()
                            .map(|s| format!(" (at {})", line_col(&text, s.start)))
                            .unwrap_or_default(),
                })?
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound && !explicit => {
                FileConfig::default()
            }
            Err(source) => return Err(ConfigError::Read { path, source }),
        };
        let sources = Sources {
            env: |key: &str| env(key).filter(|v| !v.trim().is_empty()),
            path: &path,
        };

        let token = sources
            .text("DISCORD_TOKEN", file.discord.token)
            .map(|t| t.value.trim().to_owned())
            .filter(|t| !t.is_empty())
            .ok_or_else(|| ConfigError::MissingToken { path: path.clone() })?;
        let api_url = sources
            .text("DISCORD_API_URL", file.discord.api_url)
            .map(|url| {
                url.parse("discord.api_url", "an http:// or https:// URL", |v| {
                    (v.starts_with("http://") || v.starts_with("https://"))
                        .then(|| v.trim_end_matches('/').to_owned())
                })
            })
            .transpose()?;
        let database_url = match sources.text("DATABASE_URL", file.database.url) {
            Some(url) => url.parse(
                "database.url",
                "a sqlite: URL such as sqlite://porter.db, or a postgres:// URL",
                |v| crate::db::Backend::of(v).map(|_| v.to_owned()),
            )?,
            None => DEFAULT_DATABASE_URL.to_owned(),
        };
        let log_filter = sources
            .text("RUST_LOG", file.log.filter)
            .map_or_else(|| DEFAULT_LOG_FILTER.to_owned(), |f| f.value);
        let log_format = sources
            .text("PORTER_LOG_FORMAT", file.log.format)
            .map(|f| {
                f.parse(
                    "log.format",
                    "text or json",
                    crate::logging::LogFormat::parse,
                )
            })
            .transpose()?
            .unwrap_or_default();
        let http_listen = sources
            .text("PORTER_HTTP_LISTEN", file.http.listen)
            .map(|l| {
                l.parse(
                    "http.listen",
                    "an IP address and port such as 127.0.0.1:9100",
                    |v| v.trim().parse::<SocketAddr>().ok(),
                )
            })
            .transpose()?;

        // The flags (or their environment variables, which clap reads) win over the file.
        let given = |arg: &Option<Given>| arg.clone().filter(|g| !g.value.trim().is_empty());
        let shards = match given(&args.shards) {
            Some(shards) => Some(shards),
            None => sources.number("discord.shards", None, file.discord.shards)?,
        };
        let shard_total = match given(&args.shard_total) {
            Some(total) => Some(total),
            None => sources.number("discord.shard_total", None, file.discord.shard_total)?,
        };
        let shards = shards_of(shards.as_ref(), shard_total.as_ref())?;

        let days = |key: &'static str, var: &str, in_file: Option<toml::Value>, min: u32| {
            let expected = if min == 0 {
                "a whole number of days from 0 to 36500"
            } else {
                "a whole number of days from 1 to 36500 (leave it out to keep them)"
            };
            sources
                .number(key, Some(var), in_file)?
                .map(|d| {
                    d.parse(key, expected, |v| {
                        v.trim()
                            .parse::<u32>()
                            .ok()
                            .filter(|d| (min..=MAX_DAYS).contains(d))
                    })
                })
                .transpose()
        };
        let retention = Retention {
            left_days: days(
                "retention.left_days",
                "PORTER_RETENTION_LEFT_DAYS",
                file.retention.left_days,
                0,
            )?
            .unwrap_or(DEFAULT_LEFT_DAYS),
            joins_days: days(
                "retention.joins_days",
                "PORTER_RETENTION_JOINS_DAYS",
                file.retention.joins_days,
                1,
            )?,
            audit_days: days(
                "retention.audit_days",
                "PORTER_RETENTION_AUDIT_DAYS",
                file.retention.audit_days,
                1,
            )?,
        };

        let approval = Approval {
            expire_days: sources
                .number(
                    "approval.expire_days",
                    Some("PORTER_APPROVAL_EXPIRE_DAYS"),
                    file.approval.expire_days,
                )?
                .map(|d| {
                    d.parse(
                        "approval.expire_days",
                        "a whole number of days from 1 to 36500",
                        |v| {
                            v.trim()
                                .parse::<u32>()
                                .ok()
                                .filter(|d| (1..=MAX_DAYS).contains(d))
                        },
                    )
                })
                .transpose()?
                .unwrap_or(crate::domain::DEFAULT_EXPIRE_DAYS),
        };
        let email = email_of(&sources, file.email)?;

        Ok(Self {
            token,
            api_url,
            database_url,
            log_filter,
            log_format,
            shards,
            http_listen,
            retention,
            approval,
            email,
        })
    }
}

/// The `[email]` settings (each also from a `PORTER_SMTP_*` variable): `None` unless a host
/// is given.
fn email_of<E: Fn(&str) -> Option<String>>(
    sources: &Sources<'_, E>,
    section: Option<EmailSection>,
) -> Result<Option<crate::email::EmailConfig>, ConfigError> {
    use crate::email::{TlsMode, DEFAULT_DAILY_PER_MODERATOR, DEFAULT_DAILY_PER_SCHOOL};
    let in_file = section.is_some();
    let section = section.unwrap_or_default();
    let Some(host) = sources.text("PORTER_SMTP_HOST", section.host) else {
        if in_file {
            return Err(ConfigError::Missing {
                key: "email.host",
                origin: sources.path.display().to_string(),
                what: "name the SMTP server (or set PORTER_SMTP_HOST), or remove [email] to \
                       turn email off",
            });
        }
        return Ok(None);
    };
    let host = host.parse("email.host", "a host name such as smtp.example.org", |v| {
        let v = v.trim();
        (!v.is_empty() && !v.contains(char::is_whitespace) && !v.contains('/'))
            .then(|| v.to_owned())
    })?;
    let tls = sources
        .text("PORTER_SMTP_TLS", section.tls)
        .map(|t| t.parse("email.tls", "starttls, tls or none", TlsMode::parse))
        .transpose()?
        .unwrap_or(TlsMode::Starttls);
    let port = sources
        .number("email.port", Some("PORTER_SMTP_PORT"), section.port)?
        .map(|p| {
            p.parse("email.port", "a port number from 1 to 65535", |v| {
                v.trim().parse::<u16>().ok().filter(|p| *p > 0)
            })
        })
        .transpose()?
        .unwrap_or(tls.default_port());
    let user = sources
        .text("PORTER_SMTP_USER", section.user)
        .map(|u| u.value.trim().to_owned())
        .filter(|u| !u.is_empty());
    let password = (sources.env)(crate::email::PASSWORD_VAR);
    if user.is_some() && password.is_none() {
        return Err(ConfigError::Missing {
            key: "the SMTP password",
            origin: "the environment".to_owned(),
            what: "email.user is set, so set PORTER_SMTP_PASSWORD to its password (it is \
                   never read from the config file)",
        });
    }
    let from = match sources.text("PORTER_SMTP_FROM", section.from) {
        Some(from) => from.parse(
            "email.from",
            "a sender address such as \"Porter <porter@school.example>\"",
            |v| v.trim().parse::<lettre::message::Mailbox>().ok(),
        )?,
        None => {
            return Err(ConfigError::Missing {
                key: "email.from",
                origin: sources.path.display().to_string(),
                what: "set the sender address with email.host (or PORTER_SMTP_FROM), such as \
                       \"Porter <porter@school.example>\"",
            })
        }
    };
    let limit = |key: &'static str, var: &str, in_file: Option<toml::Value>, default: u32| {
        Ok::<_, ConfigError>(
            sources
                .number(key, Some(var), in_file)?
                .map(|d| {
                    d.parse(key, "a whole number of emails from 1 to 100000", |v| {
                        v.trim()
                            .parse::<u32>()
                            .ok()
                            .filter(|n| (1..=100_000).contains(n))
                    })
                })
                .transpose()?
                .unwrap_or(default),
        )
    };
    Ok(Some(crate::email::EmailConfig {
        host,
        port,
        tls,
        user,
        password,
        from,
        daily_per_moderator: limit(
            "email.daily_per_moderator",
            "PORTER_EMAIL_DAILY_PER_MODERATOR",
            section.daily_per_moderator,
            DEFAULT_DAILY_PER_MODERATOR,
        )?,
        daily_per_school: limit(
            "email.daily_per_school",
            "PORTER_EMAIL_DAILY_PER_SCHOOL",
            section.daily_per_school,
            DEFAULT_DAILY_PER_SCHOOL,
        )?,
    }))
}

/// Where a setting is looked up: its environment variable, then the config file.
struct Sources<'a, E> {
    env: E,
    path: &'a Path,
}

impl<E: Fn(&str) -> Option<String>> Sources<'_, E> {
    /// The setting in the environment variable `var` if it is set, else `in_file`.
    fn text(&self, var: &str, in_file: Option<String>) -> Option<Given> {
        match (self.env)(var) {
            Some(value) => Some(Given {
                value,
                origin: format!("the environment ({var})"),
            }),
            None => in_file.map(|value| self.file_given(value)),
        }
    }

    /// [`Sources::text`] for `key`, which the file may hold as a number (`30`) or a text
    /// (`"30"`); without `var`, the file alone.
    fn number(
        &self,
        key: &'static str,
        var: Option<&str>,
        in_file: Option<toml::Value>,
    ) -> Result<Option<Given>, ConfigError> {
        let in_file = in_file
            .map(|v| match v {
                toml::Value::String(s) => Ok(s),
                toml::Value::Integer(n) => Ok(n.to_string()),
                other => Err(self
                    .file_given(other.to_string())
                    .invalid(key, "a number or a text")),
            })
            .transpose()?;
        Ok(match var {
            Some(var) => self.text(var, in_file),
            None => in_file.map(|value| self.file_given(value)),
        })
    }

    /// `value`, read from the config file.
    fn file_given(&self, value: String) -> Given {
        Given {
            value,
            origin: self.path.display().to_string(),
        }
    }
}

impl Given {
    /// The value read by `read`, or an error naming `key`, where the value came from and
    /// what it must be.
    fn parse<T>(
        &self,
        key: &'static str,
        expected: &'static str,
        read: impl FnOnce(&str) -> Option<T>,
    ) -> Result<T, ConfigError> {
        read(&self.value).ok_or_else(|| self.invalid(key, expected))
    }

    fn invalid(&self, key: &'static str, expected: &'static str) -> ConfigError {
        ConfigError::Invalid {
            key,
            origin: self.origin.clone(),
            expected,
            value: self.value.clone(),
        }
    }
}

/// The shards to run from `discord.shards` (an id or an inclusive range) and
/// `discord.shard_total`. A total alone runs all its shards; neither runs as many as
/// Discord recommends.
fn shards_of(range: Option<&Given>, total: Option<&Given>) -> Result<Shards, ConfigError> {
    let total = total
        .map(|t| {
            t.parse(
                "discord.shard_total",
                "a whole number of shards, at least 1",
                |v| v.trim().parse::<u32>().ok().filter(|n| *n > 0),
            )
            .map(|n| (n, t))
        })
        .transpose()?;
    let Some(range) = range else {
        return Ok(
            total.map_or(Shards::Recommended, |(total, _)| Shards::Range {
                first: 0,
                last: total - 1,
                total,
            }),
        );
    };
    let invalid = |expected| range.invalid("discord.shards", expected);
    let id = |s: &str| s.trim().parse::<u32>();
    let (first, last) = match range.value.split_once('-') {
        Some((a, b)) => (id(a), id(b)),
        None => (id(&range.value), id(&range.value)),
    };
    let (Ok(first), Ok(last)) = (first, last) else {
        return Err(invalid(
            "a shard id such as 2, or an inclusive range such as 0-3",
        ));
    };
    if first > last {
        return Err(invalid(
            "a range whose first shard is not above its last, such as 2-4",
        ));
    }
    let Some((total, total_given)) = total else {
        return Err(ConfigError::ShardsWithoutTotal {
            origin: range.origin.clone(),
        });
    };
    if last >= total {
        return Err(ConfigError::ShardPastTotal {
            origin: range.origin.clone(),
            last,
            total,
            total_origin: total_given.origin.clone(),
        });
    }
    Ok(Shards::Range { first, last, total })
}

/// "line L, column C: `the line`" of a byte offset, for error messages.
fn line_col(text: &str, offset: usize) -> String {
    let offset = offset.min(text.len());
    let line_start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[offset..].find('\n').map_or(text.len(), |i| offset + i);
    let line = text[..offset].matches('\n').count() + 1;
    let column = text[line_start..offset].chars().count() + 1;
    format!(
        "line {line}, column {column}: `{}`",
        text[line_start..line_end].trim()
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn write(text: &str) -> (tempfile::TempDir, PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        std::fs::write(&path, text).unwrap();
        (dir, path)
    }

    /// The one-line error of loading `text` as config.toml with `vars` and `args`, and the
    /// file's path (errors name it).
    fn load_error(
        text: &str,
        vars: impl Fn(&str) -> Option<String>,
        args: &Args,
    ) -> (String, String) {
        let (_dir, path) = write(text);
        let err = Config::load_with(Some(&path), vars, args)
            .unwrap_err()
            .to_string();
        assert!(!err.contains('\n'), "one line: {err}");
        (err, path.display().to_string())
    }

    fn env(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let map: HashMap<String, String> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        move |k| map.get(k).cloned()
    }

    #[test]
    fn file_values_are_read_and_environment_overrides_them() {
        let (_dir, path) = write(
            "[discord]\ntoken = \"file-token\"\napi_url = \"http://127.0.0.1:9/\"\n\
             [database]\nurl = \"sqlite://file.db\"\n[log]\nfilter = \"debug\"\n",
        );
        let c = Config::load_with(Some(&path), env(&[]), &Args::default()).unwrap();
        assert_eq!(c.token, "file-token");
        assert_eq!(c.api_url.as_deref(), Some("http://127.0.0.1:9"));
        assert_eq!(c.database_url, "sqlite://file.db");
        assert_eq!(c.log_filter, "debug");

        let c = Config::load_with(
            Some(&path),
            env(&[
                ("DISCORD_TOKEN", "env-token"),
                ("DATABASE_URL", "sqlite::memory:"),
                ("RUST_LOG", "warn"),
            ]),
            &Args::default(),
        )
        .unwrap();
        assert_eq!(c.token, "env-token");
        assert_eq!(c.database_url, "sqlite::memory:");
        assert_eq!(c.log_filter, "warn");
        assert!(!format!("{c:?}").contains("env-token"));
    }

    #[test]
    fn a_missing_default_file_is_fine_but_a_named_one_is_not() {
        let c = Config::load_with(None, env(&[("DISCORD_TOKEN", "t")]), &Args::default());
        // The default path is relative to the working directory; a test must not rely on
        // it being absent, so only check the named-file case strictly.
        if !Path::new(DEFAULT_CONFIG_PATH).exists() {
            let c = c.unwrap();
            assert_eq!(c.database_url, DEFAULT_DATABASE_URL);
            assert_eq!(c.log_filter, DEFAULT_LOG_FILTER);
        }
        let err = Config::load_with(
            Some(Path::new("/nonexistent/porter.toml")),
            env(&[("DISCORD_TOKEN", "t")]),
            &Args::default(),
        )
        .unwrap_err();
        assert!(
            err.to_string().contains("/nonexistent/porter.toml"),
            "{err}"
        );
    }

    #[test]
    fn errors_name_the_key_and_the_file() {
        let (_dir, path) = write("[discord]\ntokn = \"x\"\n");
        let err = Config::load_with(Some(&path), env(&[]), &Args::default())
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("tokn") && err.contains(&path.display().to_string()),
            "{err}"
        );
        assert!(err.contains("line 2"), "{err}");

        let (_dir, path) = write("[discord]\n");
        let err = Config::load_with(Some(&path), env(&[]), &Args::default())
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("DISCORD_TOKEN") && err.contains(&path.display().to_string()),
            "{err}"
        );

        let (_dir, path) = write("[database]\nurl = \"mysql://x\"\n");
        let err = Config::load_with(
            Some(&path),
            env(&[("DISCORD_TOKEN", "t")]),
            &Args::default(),
        )
        .unwrap_err()
        .to_string();
        assert!(
            err.contains("database.url") && err.contains(&path.display().to_string()),
            "{err}"
        );

        let err = Config::load_with(
            Some(&path),
            env(&[
                ("DISCORD_TOKEN", "t"),
                ("DISCORD_API_URL", "ftp://x"),
                ("DATABASE_URL", "sqlite://a.db"),
            ]),
            &Args::default(),
        )
        .unwrap_err()
        .to_string();
        assert!(err.contains("DISCORD_API_URL"), "{err}");

        let (_dir, path) = write("[discord]\ntoken = \"t\"\n[database]\nurl = 1\n");
        let err = Config::load_with(Some(&path), env(&[]), &Args::default())
            .unwrap_err()
            .to_string();
        assert!(err.contains("line 4") && err.contains("`url = 1`"), "{err}");

        let (_dir, path) = write("[discord\n");
        let err = Config::load_with(Some(&path), env(&[]), &Args::default())
            .unwrap_err()
            .to_string();
        assert!(err.contains("malformed") && err.contains("line 1"), "{err}");
    }

    #[test]
    fn the_http_listener_and_the_log_format_are_off_and_text_unless_set() {
        let token = env(&[("DISCORD_TOKEN", "t")]);
        let (_dir, path) = write("");
        let c = Config::load_with(Some(&path), &token, &Args::default()).unwrap();
        assert_eq!(c.http_listen, None);
        assert_eq!(c.log_format, crate::logging::LogFormat::Text);

        let (_dir, path) = write("[http]\nlisten = \"127.0.0.1:9100\"\n[log]\nformat = \"json\"\n");
        let c = Config::load_with(Some(&path), &token, &Args::default()).unwrap();
        assert_eq!(c.http_listen, Some("127.0.0.1:9100".parse().unwrap()));
        assert_eq!(c.log_format, crate::logging::LogFormat::Json);

        let c = Config::load_with(
            Some(&path),
            env(&[
                ("DISCORD_TOKEN", "t"),
                ("PORTER_HTTP_LISTEN", "[::1]:0"),
                ("PORTER_LOG_FORMAT", "TEXT"),
            ]),
            &Args::default(),
        )
        .unwrap();
        assert_eq!(c.http_listen, Some("[::1]:0".parse().unwrap()));
        assert_eq!(c.log_format, crate::logging::LogFormat::Text);
    }

    #[test]
    fn a_bad_listen_address_or_log_format_names_the_key_and_where_it_came_from() {
        let (_dir, path) = write("[http]\nlisten = \"localhost\"\n");
        let err = Config::load_with(
            Some(&path),
            env(&[("DISCORD_TOKEN", "t")]),
            &Args::default(),
        )
        .unwrap_err()
        .to_string();
        assert!(
            err.contains(&format!("http.listen in {}", path.display()))
                && err.contains("\"localhost\"")
                && !err.contains('\n'),
            "{err}"
        );
        let err = Config::load_with(
            Some(&path),
            env(&[("DISCORD_TOKEN", "t"), ("PORTER_HTTP_LISTEN", "9100")]),
            &Args::default(),
        )
        .unwrap_err()
        .to_string();
        assert!(
            err.contains("http.listen in the environment (PORTER_HTTP_LISTEN)"),
            "{err}"
        );
        let (_dir, path) = write("[log]\nformat = \"json\"\n");
        let err = Config::load_with(
            Some(&path),
            env(&[("DISCORD_TOKEN", "t"), ("PORTER_LOG_FORMAT", "yaml")]),
            &Args::default(),
        )
        .unwrap_err()
        .to_string();
        assert!(
            err.contains("log.format in the environment (PORTER_LOG_FORMAT)")
                && err.contains("text or json"),
            "{err}"
        );
    }

    fn given(value: &str, origin: &str) -> Option<Given> {
        Some(Given {
            value: value.to_owned(),
            origin: origin.to_owned(),
        })
    }

    #[test]
    fn shards_come_from_the_file_and_the_command_line_wins() {
        let token = env(&[("DISCORD_TOKEN", "t")]);
        let shards = |text: &str, args: &Args| {
            let (_dir, path) = write(text);
            Config::load_with(Some(&path), &token, args).unwrap().shards
        };
        let none = Args::default();
        assert_eq!(shards("", &none), Shards::Recommended);
        let range = shards("[discord]\nshards = \"0-3\"\nshard_total = 16\n", &none);
        assert_eq!(
            range,
            Shards::Range {
                first: 0,
                last: 3,
                total: 16
            }
        );
        assert_eq!(range.to_string(), "shards 0-3 of 16");
        let one = shards("[discord]\nshards = 2\nshard_total = \"4\"\n", &none);
        assert_eq!(one.to_string(), "shard 2 of 4");
        let all = shards("[discord]\nshard_total = 4\n", &none);
        assert_eq!(all.to_string(), "shards 0-3 of 4");

        let args = Args {
            shards: given(" 4 - 7 ", "the flag --shards"),
            shard_total: None,
        };
        let mixed = shards("[discord]\nshards = \"0-3\"\nshard_total = 16\n", &args);
        assert_eq!(mixed.to_string(), "shards 4-7 of 16");
        // An empty flag or variable counts as not given.
        let args = Args {
            shards: given("", "the environment (PORTER_SHARDS)"),
            shard_total: given(" ", "the environment (PORTER_SHARD_TOTAL)"),
        };
        let kept = shards("[discord]\nshards = \"1\"\nshard_total = 2\n", &args);
        assert_eq!(kept.to_string(), "shard 1 of 2");
    }

    #[test]
    fn approval_expiry_defaults_to_seven_days_and_is_checked() {
        let load = |text: &str, vars: &[(&str, &str)]| {
            let (_dir, path) = write(text);
            let mut all = vec![("DISCORD_TOKEN", "t")];
            all.extend_from_slice(vars);
            Config::load_with(Some(&path), env(&all), &Args::default())
                .map(|c| c.approval.expire_days)
                .map_err(|e| e.to_string())
        };
        assert_eq!(load("", &[]), Ok(7));
        assert_eq!(load("[approval]\nexpire_days = 3\n", &[]), Ok(3));
        assert_eq!(
            load(
                "[approval]\nexpire_days = 3\n",
                &[("PORTER_APPROVAL_EXPIRE_DAYS", "14")]
            ),
            Ok(14)
        );
        let err = load("[approval]\nexpire_days = 0\n", &[]).unwrap_err();
        assert!(err.contains("approval.expire_days"), "{err}");
    }

    #[test]
    fn retention_defaults_come_from_the_file_and_the_environment_wins() {
        let load = |text: &str, vars: &[(&str, &str)]| {
            let (_dir, path) = write(text);
            let mut all = vec![("DISCORD_TOKEN", "t")];
            all.extend_from_slice(vars);
            Config::load_with(Some(&path), env(&all), &Args::default())
                .unwrap()
                .retention
        };
        assert_eq!(
            load("", &[]),
            Retention {
                left_days: 30,
                joins_days: None,
                audit_days: None
            }
        );
        let file = "[retention]\nleft_days = 7\njoins_days = \"365\"\naudit_days = 730\n";
        assert_eq!(
            load(file, &[]),
            Retention {
                left_days: 7,
                joins_days: Some(365),
                audit_days: Some(730)
            }
        );
        let vars = [
            ("PORTER_RETENTION_LEFT_DAYS", "0"),
            ("PORTER_RETENTION_JOINS_DAYS", " 90 "),
            // Empty counts as not given: the file's value stands.
            ("PORTER_RETENTION_AUDIT_DAYS", ""),
        ];
        assert_eq!(
            load(file, &vars),
            Retention {
                left_days: 0,
                joins_days: Some(90),
                audit_days: Some(730)
            }
        );
    }

    #[test]
    fn the_example_config_keeps_the_default_retention() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("config.example.toml");
        let config = Config::load_with(
            Some(&path),
            env(&[("DISCORD_TOKEN", "t")]),
            &Args::default(),
        )
        .unwrap();
        assert_eq!(config.retention, Retention::default());
    }

    #[test]
    fn retention_errors_name_the_key_and_where_it_came_from() {
        let error = |text: &str, vars: &[(&str, &str)]| {
            let mut all = vec![("DISCORD_TOKEN", "t")];
            all.extend_from_slice(vars);
            load_error(text, env(&all), &Args::default())
        };
        for bad in ["-1", "\"a month\"", "36501", "1.5", "true"] {
            let (err, path) = error(&format!("[retention]\nleft_days = {bad}\n"), &[]);
            assert!(
                err.contains(&format!("retention.left_days in {path}")),
                "{bad}: {err}"
            );
        }
        // Keeping no joins or audit at all would break Porter's own bookkeeping: 1 day at least.
        let (err, path) = error("[retention]\njoins_days = 0\n", &[]);
        assert!(
            err.contains(&format!("retention.joins_days in {path}"))
                && err.contains("from 1 to 36500"),
            "{err}"
        );
        let (err, _) = error("", &[("PORTER_RETENTION_AUDIT_DAYS", "forever")]);
        assert!(
            err.contains("retention.audit_days in the environment (PORTER_RETENTION_AUDIT_DAYS)")
                && err.contains("\"forever\""),
            "{err}"
        );
        let (err, path) = error("[retention]\nleft_dayz = 3\n", &[]);
        assert!(err.contains("left_dayz") && err.contains(&path), "{err}");
    }

    #[test]
    fn email_is_off_unless_a_host_is_given_and_the_environment_wins() {
        use crate::email::TlsMode;
        let load = |text: &str, vars: &[(&str, &str)]| {
            let (_dir, path) = write(text);
            let mut all = vec![("DISCORD_TOKEN", "t")];
            all.extend_from_slice(vars);
            Config::load_with(Some(&path), env(&all), &Args::default()).map(|c| c.email)
        };
        assert_eq!(load("", &[]).unwrap(), None);
        let file = "[email]\nhost = \"smtp.example.org\"\nuser = \"porter\"\n\
                    from = \"Porter <porter@example.org>\"\n";
        let email = load(file, &[("PORTER_SMTP_PASSWORD", "s3cret-pass")])
            .unwrap()
            .expect("email on");
        assert_eq!(email.host, "smtp.example.org");
        assert_eq!((email.tls, email.port), (TlsMode::Starttls, 587));
        assert_eq!(email.user.as_deref(), Some("porter"));
        assert_eq!(email.password.as_deref(), Some("s3cret-pass"));
        assert_eq!(email.from.to_string(), "Porter <porter@example.org>");
        assert_eq!(
            (email.daily_per_moderator, email.daily_per_school),
            (20, 200)
        );
        let config = {
            let (_dir, path) = write(file);
            Config::load_with(
                Some(&path),
                env(&[
                    ("DISCORD_TOKEN", "t"),
                    ("PORTER_SMTP_PASSWORD", "s3cret-pass"),
                ]),
                &Args::default(),
            )
            .unwrap()
        };
        assert!(!format!("{config:?}").contains("s3cret"));

        let file = "[email]\nhost = \"smtp.example.org\"\ntls = \"tls\"\nport = 2465\n\
                    from = \"porter@example.org\"\ndaily_per_moderator = 5\n\
                    daily_per_school = \"50\"\n";
        let email = load(file, &[]).unwrap().unwrap();
        assert_eq!((email.tls, email.port), (TlsMode::Tls, 2465));
        assert_eq!((email.daily_per_moderator, email.daily_per_school), (5, 50));
        assert_eq!(email.user, None);
        let email = load(
            file,
            &[
                ("PORTER_SMTP_HOST", "relay.local"),
                ("PORTER_SMTP_TLS", "none"),
                ("PORTER_SMTP_PORT", "2525"),
                ("PORTER_EMAIL_DAILY_PER_SCHOOL", "7"),
            ],
        )
        .unwrap()
        .unwrap();
        assert_eq!(
            (email.host.as_str(), email.tls, email.port),
            ("relay.local", TlsMode::None, 2525)
        );
        assert_eq!(email.daily_per_school, 7);
        // The environment alone turns it on.
        let email = load(
            "",
            &[
                ("PORTER_SMTP_HOST", "relay.local"),
                ("PORTER_SMTP_FROM", "p@example.org"),
            ],
        )
        .unwrap()
        .unwrap();
        assert_eq!((email.tls, email.port), (TlsMode::Starttls, 587));
    }

    #[test]
    fn email_errors_name_the_key_and_what_to_do() {
        let error = |text: &str, vars: &[(&str, &str)]| {
            let mut all = vec![("DISCORD_TOKEN", "t")];
            all.extend_from_slice(vars);
            load_error(text, env(&all), &Args::default())
        };
        let (err, path) = error("[email]\nfrom = \"p@example.org\"\n", &[]);
        assert!(
            err.contains(&format!("email.host is missing in {path}")),
            "{err}"
        );
        let (err, _) = error("[email]\nhost = \"smtp.example.org\"\n", &[]);
        assert!(err.contains("email.from is missing"), "{err}");
        let base = "[email]\nhost = \"smtp.example.org\"\nfrom = \"p@example.org\"\n";
        let (err, _) = error(&format!("{base}user = \"porter\"\n"), &[]);
        assert!(err.contains("PORTER_SMTP_PASSWORD"), "{err}");
        let (err, path) = error(&format!("{base}tls = \"ssl\"\n"), &[]);
        assert!(
            err.contains(&format!("email.tls in {path}")) && err.contains("starttls, tls or none"),
            "{err}"
        );
        let (err, _) = error(base, &[("PORTER_SMTP_PORT", "70000")]);
        assert!(
            err.contains("email.port in the environment (PORTER_SMTP_PORT)"),
            "{err}"
        );
        let (err, path) = error(&format!("{base}daily_per_school = 0\n"), &[]);
        assert!(
            err.contains(&format!("email.daily_per_school in {path}")),
            "{err}"
        );
        let (err, path) = error("[email]\nhost = \"h\"\nfrom = \"not an address\"\n", &[]);
        assert!(err.contains(&format!("email.from in {path}")), "{err}");
        // The password is never read from the file.
        let (err, _) = error(&format!("{base}password = \"x\"\n"), &[]);
        assert!(err.contains("password"), "{err}");
    }

    #[test]
    fn shard_errors_name_the_key_and_where_it_came_from() {
        let error =
            |text: &str, args: &Args| load_error(text, env(&[("DISCORD_TOKEN", "t")]), args);
        let none = Args::default();

        let args = Args {
            shards: given("0-3", "the environment (PORTER_SHARDS)"),
            shard_total: None,
        };
        let (err, _) = error("", &args);
        assert!(
            err.contains("discord.shards in the environment (PORTER_SHARDS)")
                && err.contains("shard_total"),
            "{err}"
        );

        let args = Args {
            shards: None,
            shard_total: given("2", "the flag --shard-total"),
        };
        let (err, path) = error("[discord]\nshards = \"0-3\"\n", &args);
        assert!(
            err.contains(&format!("discord.shards in {path} names shard 3"))
                && err.contains("discord.shard_total in the flag --shard-total is 2"),
            "{err}"
        );

        let args = Args {
            shards: given("4-2", "the flag --shards"),
            shard_total: given("8", "the flag --shard-total"),
        };
        let (err, _) = error("", &args);
        assert!(
            err.contains("discord.shards in the flag --shards") && err.contains("\"4-2\""),
            "{err}"
        );

        let (err, path) = error("[discord]\nshards = \"0\"\nshard_total = 0\n", &none);
        assert!(
            err.contains(&format!("discord.shard_total in {path}")) && err.contains("\"0\""),
            "{err}"
        );

        for bad in ["\"a-b\"", "\"1-\"", "\"-1\"", "\"\"", "-2"] {
            let (err, path) = error(
                &format!("[discord]\nshards = {bad}\nshard_total = 4\n"),
                &none,
            );
            assert!(
                err.contains(&format!("discord.shards in {path}")),
                "{bad}: {err}"
            );
        }
        let (err, path) = error("[discord]\nshards = true\n", &none);
        assert!(err.contains(&format!("discord.shards in {path}")), "{err}");
        let (err, path) = error("[discord]\nshard_total = \"many\"\n", &none);
        assert!(
            err.contains(&format!("discord.shard_total in {path}")),
            "{err}"
        );
    }
}
