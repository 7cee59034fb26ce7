//! `porter backup`: a consistent copy of a SQLite database, taken while Porter runs, then
//! opened and checked before it is called a backup.

use std::path::{Path, PathBuf};

use sqlx::sqlite::{SqliteConnectOptions, SqliteConnection};
use sqlx::{ConnectOptions as _, Connection as _};

use crate::db::Backend;

/// Why a backup was not made. Each says what to do instead.
#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    #[error(
        "{url} is a PostgreSQL database: back it up with pg_dump, e.g. \
         `pg_dump --format=custom --file=porter.dump {url}`, and restore with pg_restore"
    )]
    Postgres { url: String },
    #[error("{url} is an in-memory database: there is nothing on disk to back up")]
    InMemory { url: String },
    #[error("there is no SQLite database at {}: check database.url (DATABASE_URL)", .0.display())]
    NoDatabase(PathBuf),
    #[error("{} already exists: choose a new file name, or remove the old backup first", .0.display())]
    Exists(PathBuf),
    #[error("cannot copy the database into {}: {source}", path.display())]
    Copy { path: PathBuf, source: sqlx::Error },
    #[error("the copy in {} failed its check ({reason}); it was removed: try again", path.display())]
    Unsound { path: PathBuf, reason: String },
}

/// What a verified backup holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Backup {
    /// The file written.
    pub path: PathBuf,
    /// Its size in bytes.
    pub bytes: u64,
    /// The newest migration in it.
    pub schema_version: i64,
    /// How many schools and invitations it holds.
    pub schools: i64,
    pub invitations: i64,
}

impl std::fmt::Display for Backup {
    /// "212 KiB; 1 school, 41 invitations; schema 20261128093000".
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let plural = |n: i64| if n == 1 { "" } else { "s" };
        write!(
            f,
            "{} KiB; {} school{}, {} invitation{}; schema {}",
            self.bytes.div_ceil(1024),
            self.schools,
            plural(self.schools),
            self.invitations,
            plural(self.invitations),
            self.schema_version
        )
    }
}

/// Copies the SQLite database at `url` into the new file `to` with `VACUUM INTO` (one read
/// transaction: consistent even while Porter writes), then opens the copy read-only and
/// checks it (`PRAGMA integrity_check`, its schema, its rows). A copy that fails the check
/// is removed.
pub async fn backup(url: &str, to: &Path) -> Result<Backup, BackupError> {
    if Backend::of(url) == Some(Backend::Postgres) {
        return Err(BackupError::Postgres {
            url: crate::db::redacted(url),
        });
    }
    let Some(file) = crate::db::sqlite_file(url) else {
        return Err(BackupError::InMemory {
            url: url.to_owned(),
        });
    };
    if !file.exists() {
        return Err(BackupError::NoDatabase(file));
    }
    if to.exists() {
        return Err(BackupError::Exists(to.to_owned()));
    }
    let copy_error = |source| BackupError::Copy {
        path: to.to_owned(),
        source,
    };
    let mut db = read_only(&file).await.map_err(copy_error)?;
    let copied = sqlx::query("VACUUM INTO $1")
        .bind(to.to_string_lossy().into_owned())
        .execute(&mut db)
        .await;
    let _ = db.close().await;
    copied.map_err(copy_error)?;
    match verify(to).await {
        Ok(backup) => Ok(backup),
        Err(reason) => {
            let _ = std::fs::remove_file(to);
            Err(BackupError::Unsound {
                path: to.to_owned(),
                reason,
            })
        }
    }
}

/// Opens the backup at `path` read-only and reads what it holds; the error says what is
/// wrong with it.
pub async fn verify(path: &Path) -> Result<Backup, String> {
    let mut db = read_only(path)
        .await
        .map_err(|e| format!("it does not open: {e}"))?;
    let read = async {
        let integrity: String = sqlx::query_scalar("PRAGMA integrity_check")
            .fetch_one(&mut db)
            .await?;
        let schema_version: i64 = sqlx::query_scalar(
            "SELECT COALESCE(MAX(version), 0) FROM _sqlx_migrations WHERE success",
        )
        .fetch_one(&mut db)
        .await?;
        let schools: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM schools")
            .fetch_one(&mut db)
            .await?;
        let invitations: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM invitations")
            .fetch_one(&mut db)
            .await?;
        Ok::<_, sqlx::Error>((integrity, schema_version, schools, invitations))
    }
    .await;
    let _ = db.close().await;
    let (integrity, schema_version, schools, invitations) =
        read.map_err(|e| format!("it cannot be read: {e}"))?;
    if integrity != "ok" {
        return Err(format!("integrity check: {integrity}"));
    }
    let bytes = std::fs::metadata(path)
        .map_err(|e| format!("cannot read its size: {e}"))?
        .len();
    Ok(Backup {
        path: path.to_owned(),
        bytes,
        schema_version,
        schools,
        invitations,
    })
}

/// One read-only connection to the SQLite file at `path`, without Porter's settings (which
/// write): enough to copy or check it.
async fn read_only(path: &Path) -> Result<SqliteConnection, sqlx::Error> {
    SqliteConnectOptions::new()
        .filename(path)
        .read_only(true)
        .connect()
        .await
}
