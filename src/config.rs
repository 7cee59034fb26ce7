//! Configuration: `config.toml`, then environment variables (after `.env` is loaded).

use std::path::{Path, PathBuf};

use serde::Deserialize;

/// The database used when neither the file nor `DATABASE_URL` names one: a SQLite file in
/// the working directory, created on first start.
pub const DEFAULT_DATABASE_URL: &str = "sqlite://porter.db";
/// The config file read when `--config` is not given. It may be absent.
pub const DEFAULT_CONFIG_PATH: &str = "config.toml";
/// The log filter used when neither the file nor `RUST_LOG` sets one.
pub const DEFAULT_LOG_FILTER: &str = "info";

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
}

impl std::fmt::Debug for Config {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Config")
            .field("token", &"<redacted>")
            .field("api_url", &self.api_url)
            .field("database_url", &crate::db::redacted(&self.database_url))
            .field("log_filter", &self.log_filter)
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
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct DiscordSection {
    token: Option<String>,
    api_url: Option<String>,
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
}

impl Config {
    /// Reads the config file and applies the process environment on top.
    ///
    /// `path` is the `--config` argument: a file named there must exist, while the default
    /// `config.toml` may be missing (everything can come from the environment).
    pub fn load(path: Option<&Path>) -> Result<Self, ConfigError> {
        Self::load_with(path, |key| std::env::var(key).ok())
    }

    /// [`Config::load`] with the environment given as a lookup function.
    pub fn load_with(
        path: Option<&Path>,
        env: impl Fn(&str) -> Option<String>,
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
        let env = |key: &str| env(key).filter(|v| !v.trim().is_empty());

        let token = env("DISCORD_TOKEN")
            .or(file.discord.token)
            .map(|t| t.trim().to_owned())
            .filter(|t| !t.is_empty())
            .ok_or_else(|| ConfigError::MissingToken { path: path.clone() })?;
        let origin = |from_env: bool, key: &str| {
            if from_env {
                format!("the environment ({key})")
            } else {
                path.display().to_string()
            }
        };

        let api_env = env("DISCORD_API_URL");
        let api_from_env = api_env.is_some();
        let api_url = api_env.or(file.discord.api_url);
        if let Some(url) = &api_url {
            if !(url.starts_with("http://") || url.starts_with("https://")) {
                return Err(ConfigError::Invalid {
                    key: "discord.api_url",
                    origin: origin(api_from_env, "DISCORD_API_URL"),
                    expected: "an http:// or https:// URL",
                    value: url.clone(),
                });
            }
        }

        let db_env = env("DATABASE_URL");
        let db_from_env = db_env.is_some();
        let database_url = db_env
            .or(file.database.url)
            .unwrap_or_else(|| DEFAULT_DATABASE_URL.to_owned());
        if crate::db::Backend::of(&database_url).is_none() {
            return Err(ConfigError::Invalid {
                key: "database.url",
                origin: origin(db_from_env, "DATABASE_URL"),
                expected: "a sqlite: URL such as sqlite://porter.db, or a postgres:// URL",
                value: database_url,
            });
        }

        let log_filter = env("RUST_LOG")
            .or(file.log.filter)
            .unwrap_or_else(|| DEFAULT_LOG_FILTER.to_owned());

        Ok(Self {
            token,
            api_url: api_url.map(|u| u.trim_end_matches('/').to_owned()),
            database_url,
            log_filter,
        })
    }
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
        let c = Config::load_with(Some(&path), env(&[])).unwrap();
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
        )
        .unwrap();
        assert_eq!(c.token, "env-token");
        assert_eq!(c.database_url, "sqlite::memory:");
        assert_eq!(c.log_filter, "warn");
        assert!(!format!("{c:?}").contains("env-token"));
    }

    #[test]
    fn a_missing_default_file_is_fine_but_a_named_one_is_not() {
        let c = Config::load_with(None, env(&[("DISCORD_TOKEN", "t")]));
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
        let err = Config::load_with(Some(&path), env(&[]))
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("tokn") && err.contains(&path.display().to_string()),
            "{err}"
        );
        assert!(err.contains("line 2"), "{err}");

        let (_dir, path) = write("[discord]\n");
        let err = Config::load_with(Some(&path), env(&[]))
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("DISCORD_TOKEN") && err.contains(&path.display().to_string()),
            "{err}"
        );

        let (_dir, path) = write("[database]\nurl = \"mysql://x\"\n");
        let err = Config::load_with(Some(&path), env(&[("DISCORD_TOKEN", "t")]))
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
        )
        .unwrap_err()
        .to_string();
        assert!(err.contains("DISCORD_API_URL"), "{err}");

        let (_dir, path) = write("[discord]\ntoken = \"t\"\n[database]\nurl = 1\n");
        let err = Config::load_with(Some(&path), env(&[]))
            .unwrap_err()
            .to_string();
        assert!(err.contains("line 4") && err.contains("`url = 1`"), "{err}");

        let (_dir, path) = write("[discord\n");
        let err = Config::load_with(Some(&path), env(&[]))
            .unwrap_err()
            .to_string();
        assert!(err.contains("malformed") && err.contains("line 1"), "{err}");
    }
}
