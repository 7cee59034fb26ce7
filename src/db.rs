//! The database: SQLite (the default, one file, nothing to set up) or PostgreSQL (shared by
//! several Porter processes). Both run the same queries through sqlx's `Any` driver; the
//! few things that differ — connection settings, migrations, how a write is serialised —
//! are decided here.

use std::time::Duration;

use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::{Any, AnyPool, Executor, Transaction};

/// The SQLite migrations (`migrations/sqlite/`), compiled into the binary.
pub static SQLITE_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/sqlite");
/// The PostgreSQL migrations (`migrations/postgres/`), compiled into the binary.
pub static POSTGRES_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/postgres");

/// Which database a URL names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    /// The backend of a `sqlite:` or `postgres:`/`postgresql:` URL.
    pub fn of(url: &str) -> Option<Self> {
        if url.starts_with("sqlite:") {
            Some(Self::Sqlite)
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Some(Self::Postgres)
        } else {
            None
        }
    }

    /// Its migrations.
    pub fn migrations(self) -> &'static sqlx::migrate::Migrator {
        match self {
            Self::Sqlite => &SQLITE_MIGRATIONS,
            Self::Postgres => &POSTGRES_MIGRATIONS,
        }
    }
}

/// A pool of connections to Porter's database.
#[derive(Clone)]
pub struct Db {
    pool: AnyPool,
    backend: Backend,
}

/// How often the background checkpoint looks at a SQLite WAL that was written to since it
/// last looked, and at one that was not.
const CHECKPOINT_BUSY: Duration = Duration::from_millis(200);
const CHECKPOINT_IDLE: Duration = Duration::from_secs(2);

/// Copies a SQLite file's write-ahead log into the database while Porter runs, until the pool
/// closes. SQLite's own checkpoint runs inside the commit that grows the log past
/// `wal_autocheckpoint` pages and syncs the file there, holding up that commit (a join's,
/// for instance) for milliseconds. Here it runs beside the writers: a passive checkpoint
/// takes no write lock. The automatic one stays, at 4,096 pages (16 MiB), as a backstop
/// for a log that grows faster than this copies it.
async fn checkpoint_in_background(pool: AnyPool) {
    let closed = pool.close_event();
    tokio::pin!(closed);
    let mut last = None;
    loop {
        // (busy, frames in the log, frames copied): a log whose size changed was written to.
        let checked: Result<(i64, i64, i64), _> = sqlx::query_as("PRAGMA wal_checkpoint(PASSIVE)")
            .fetch_one(&pool)
            .await;
        let wait = match checked {
            Ok((_, frames, _)) if last.replace(frames) != Some(frames) => CHECKPOINT_BUSY,
            Ok(_) => CHECKPOINT_IDLE,
            Err(e) if pool.is_closed() => {
                tracing::debug!(error = %e, "checkpoint stopped: the database closed");
                return;
            }
            Err(e) => {
                tracing::warn!(error = %e, "could not checkpoint the database's write-ahead log");
                CHECKPOINT_IDLE
            }
        };
        tokio::select! {
            () = &mut closed => return,
            () = tokio::time::sleep(wait) => {}
        }
    }
}

impl Db {
    /// Opens the database at `url` (creating a SQLite file if missing) and brings its schema
    /// up to date.
    pub async fn connect(url: &str) -> Result<Self, sqlx::Error> {
        let db = Self::open(url).await?;
        db.backend.migrations().run(&db.pool).await?;
        Ok(db)
    }

    /// Opens the database at `url` without touching its schema.
    pub async fn open(url: &str) -> Result<Self, sqlx::Error> {
        sqlx::any::install_default_drivers();
        let backend = Backend::of(url).ok_or_else(|| {
            sqlx::Error::Configuration(
                "the database URL must start with sqlite: or postgres://".into(),
            )
        })?;
        let pool = match backend {
            Backend::Sqlite => {
                // WAL lets readers go on while one writer writes. `synchronous = NORMAL`
                // (chosen over FULL): a commit is durable across a crash of Porter, but only
                // the checkpoint syncs the WAL to disk, so a power loss (or OS crash) may roll
                // back the transactions committed since the last sync (about two seconds at
                // most: `checkpoint_in_background`), never the file's consistency. FULL would
                // sync at every commit: durable, at one fsync per join, which costs more than
                // the rest of a join together (README, Backups).
                let options: AnyConnectOptions = sqlite_url(url).parse()?;
                let pool = AnyPoolOptions::new()
                    .max_connections(8)
                    // A connection to a local file does not go stale: no ping before each use.
                    .test_before_acquire(false)
                    .after_connect(|conn, _| {
                        Box::pin(async move {
                            conn.execute(
                                "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; \
                                 PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 10000; \
                                 PRAGMA wal_autocheckpoint = 4096;",
                            )
                            .await?;
                            Ok(())
                        })
                    })
                    .connect_with(options)
                    .await?;
                tokio::spawn(checkpoint_in_background(pool.clone()));
                pool
            }
            Backend::Postgres => {
                AnyPoolOptions::new()
                    .max_connections(16)
                    .acquire_timeout(Duration::from_secs(10))
                    .connect(url)
                    .await?
            }
        };
        Ok(Self { pool, backend })
    }

    /// The connections.
    pub fn pool(&self) -> &AnyPool {
        &self.pool
    }

    /// Which database this is.
    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// Starts a transaction that writes a school's rows: writes to one school happen one
    /// at a time, whatever the process. SQLite takes its one write lock at once (`BEGIN
    /// IMMEDIATE`); PostgreSQL takes a transaction-scoped advisory lock on the school, which
    /// every Porter process sharing the database respects.
    pub async fn write(
        &self,
        school: impl Into<i64>,
    ) -> Result<Transaction<'static, Any>, sqlx::Error> {
        match self.backend {
            Backend::Sqlite => self.pool.begin_with("BEGIN IMMEDIATE").await,
            Backend::Postgres => {
                let mut tx = self.pool.begin().await?;
                sqlx::query("SELECT 1 FROM pg_advisory_xact_lock($1)")
                    .bind(school.into())
                    .execute(&mut *tx)
                    .await?;
                Ok(tx)
            }
        }
    }

    /// Starts a transaction for writes that need no school's turn (rows nobody else
    /// changes at the same time).
    pub async fn begin(&self) -> Result<Transaction<'static, Any>, sqlx::Error> {
        match self.backend {
            Backend::Sqlite => self.pool.begin_with("BEGIN IMMEDIATE").await,
            Backend::Postgres => self.pool.begin().await,
        }
    }

    /// How this database's schema stands beside the migrations this Porter carries, without
    /// changing it.
    pub async fn schema(&self) -> Result<Schema, sqlx::Error> {
        let migrated: i64 = sqlx::query_scalar(match self.backend {
            Backend::Sqlite => {
                "SELECT COUNT(*) FROM sqlite_master \
                 WHERE type = 'table' AND name = '_sqlx_migrations'"
            }
            Backend::Postgres => {
                "SELECT COUNT(*) FROM pg_tables \
                 WHERE schemaname = current_schema() AND tablename = '_sqlx_migrations'"
            }
        })
        .fetch_one(&self.pool)
        .await?;
        let applied: Vec<i64> = if migrated > 0 {
            sqlx::query_scalar("SELECT version FROM _sqlx_migrations WHERE success")
                .fetch_all(&self.pool)
                .await?
        } else {
            Vec::new()
        };
        let known: Vec<i64> = self
            .backend
            .migrations()
            .iter()
            .map(|m| m.version)
            .collect();
        Ok(Schema {
            version: applied.iter().copied().max(),
            pending: known.iter().filter(|v| !applied.contains(v)).count(),
            unknown: applied.into_iter().filter(|v| !known.contains(v)).collect(),
        })
    }

    /// Closes every connection.
    pub async fn close(&self) {
        self.pool.close().await;
    }
}

/// Where a database's schema stands ([`Db::schema`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Schema {
    /// The newest migration applied; `None` for a database Porter never started on.
    pub version: Option<i64>,
    /// How many of this Porter's migrations the next start applies.
    pub pending: usize,
    /// Migrations applied by another (newer) Porter that this one does not know: it
    /// refuses to start on such a database.
    pub unknown: Vec<i64>,
}

/// A database URL fit for logs and error messages: a password in it is replaced by `***`.
pub fn redacted(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_owned();
    };
    let (authority, path) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
    match authority.rsplit_once('@') {
        Some((credentials, host)) => {
            let user = credentials.split(':').next().unwrap_or("");
            if credentials.contains(':') {
                format!("{scheme}://{user}:***@{host}{path}")
            } else {
                url.to_owned()
            }
        }
        None => url.to_owned(),
    }
}

impl std::fmt::Debug for Db {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Db")
            .field("backend", &self.backend)
            .finish()
    }
}

/// The file a `sqlite:` URL names; `None` for an in-memory database or another backend.
pub fn sqlite_file(url: &str) -> Option<std::path::PathBuf> {
    let rest = url
        .strip_prefix("sqlite://")
        .or_else(|| url.strip_prefix("sqlite:"))?;
    let path = rest.split('?').next().unwrap_or(rest);
    (!path.is_empty() && !path.starts_with(":memory:")).then(|| path.into())
}

/// A SQLite URL that creates the file when missing (`mode=rwc`), unless it says otherwise.
fn sqlite_url(url: &str) -> String {
    if url.contains("mode=") || url.contains(":memory:") {
        url.to_owned()
    } else if url.contains('?') {
        format!("{url}&mode=rwc")
    } else {
        format!("{url}?mode=rwc")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_name_their_backend_and_lose_their_password_in_logs() {
        assert_eq!(Backend::of("sqlite://porter.db"), Some(Backend::Sqlite));
        assert_eq!(Backend::of("sqlite::memory:"), Some(Backend::Sqlite));
        assert_eq!(Backend::of("postgres://h/db"), Some(Backend::Postgres));
        assert_eq!(Backend::of("postgresql://h/db"), Some(Backend::Postgres));
        assert_eq!(Backend::of("mysql://h/db"), None);
        assert_eq!(
            redacted("postgres://porter:s3cret@db.example:5432/porter"),
            "postgres://porter:***@db.example:5432/porter"
        );
        assert_eq!(redacted("postgres://porter@h/db"), "postgres://porter@h/db");
        assert_eq!(redacted("sqlite://porter.db"), "sqlite://porter.db");
        assert_eq!(sqlite_url("sqlite://a.db"), "sqlite://a.db?mode=rwc");
        assert_eq!(
            sqlite_file("sqlite:///tmp/a.db?mode=ro"),
            Some("/tmp/a.db".into())
        );
        assert_eq!(sqlite_file("sqlite://porter.db"), Some("porter.db".into()));
        assert_eq!(sqlite_file("sqlite::memory:"), None);
        assert_eq!(sqlite_file("postgres://h/db"), None);
        assert_eq!(sqlite_url("sqlite://a.db?mode=ro"), "sqlite://a.db?mode=ro");
    }
}
