//! End to end: `porter`'s commands for operators, run as the compiled binary against the
//! fake Discord — `--version`, `check` (what would stop Porter, one line each, with its
//! fix) and `backup` (a checked copy of the database taken while Porter runs).

use crate::support;

use std::path::Path;

use support::binary::Porter;
use support::fake_discord::FakeDiscord;
use support::world::{self, OWNER};
use support::{HERE, TOKEN};

/// Runs `porter args` to its end against `fake` with the database `database_url`; its exit
/// status and what it printed.
async fn run(
    fake: &FakeDiscord,
    database_url: &str,
    args: &[&str],
    env: &[(&str, &str)],
) -> (bool, String) {
    let (status, output) = Porter::start(fake, database_url, args, env).exit().await;
    (status.success(), output)
}

/// A SQLite database in `dir`.
fn sqlite(dir: &Path, name: &str) -> String {
    format!("sqlite://{}", dir.join(name).display())
}

#[tokio::test]
async fn version_and_help_name_the_commands() {
    let fake = FakeDiscord::start(world::standard()).await;
    let (ok, out) = run(&fake, "sqlite::memory:", &["--version"], &[]).await;
    assert!(ok, "{out}");
    assert_eq!(out, format!("porter {}\n", env!("CARGO_PKG_VERSION")));
    let (ok, out) = run(&fake, "sqlite::memory:", &["--help"], &[]).await;
    assert!(ok, "{out}");
    for command in ["check", "backup", "port-db", "--version"] {
        assert!(out.contains(command), "{command} in {out}");
    }
}

#[tokio::test]
async fn check_reports_each_thing_it_looked_at_and_changes_nothing() {
    let fake = FakeDiscord::start(world::standard()).await;
    let dir = tempfile::tempdir().unwrap();
    let database = sqlite(dir.path(), "porter.db");
    let (ok, out) = run(&fake, &database, &["check"], &[]).await;
    assert!(ok, "{out}");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines,
        [
            format!(
                "ok: database: {database} does not exist yet: Porter creates it on first start"
            )
            .as_str(),
            &format!(
                "ok: discord: the token works: Porter logs in as Porter ({})",
                world::PORTER
            ),
            "ok: discord: the Server Members intent is on",
            "ok: discord: this process runs as many shards as Discord recommends; Discord \
             recommends 1 and allows 1000 more session starts today",
            "ok: email: off: /invite's email: option is unavailable; add an [email] section \
             (host, port, tls, user, from; the password in PORTER_SMTP_PASSWORD) to send \
             invitations by email",
        ],
        "{out}"
    );
    assert!(!dir.path().join("porter.db").exists(), "nothing is created");
    {
        let s = fake.state();
        assert!(s.gateway.is_empty(), "no gateway session is opened");
        assert_eq!(s.registrations, 0, "no command is registered");
    }

    // Once Porter ran, the database answers with its schema.
    let porter = Porter::start(&fake, &database, &[], &[]);
    fake.wait_for("command registration", |s| {
        (s.registrations > 0).then_some(())
    })
    .await;
    let (ok, out) = run(&fake, &database, &["check"], &[]).await;
    assert!(ok, "{out}");
    assert!(
        out.starts_with(&format!(
            "ok: database: {database} answers; its schema is up to date"
        )),
        "{out}"
    );
    drop(porter);
}

#[tokio::test]
async fn check_says_what_is_wrong_and_how_to_fix_it() {
    let fake = FakeDiscord::start(world::standard()).await;
    let dir = tempfile::tempdir().unwrap();
    let database = sqlite(dir.path(), "porter.db");

    let (ok, out) = run(&fake, &database, &["check"], &[("DISCORD_TOKEN", "wrong")]).await;
    assert!(!ok, "{out}");
    assert!(
        out.contains("problem: discord: Discord rejected the bot token (401 Unauthorized): check DISCORD_TOKEN"),
        "{out}"
    );
    assert!(!out.contains("wrong"), "the token is never printed: {out}");

    let (ok, out) = run(&fake, &database, &["check"], &[("DISCORD_TOKEN", "")]).await;
    assert!(!ok, "{out}");
    assert!(
        out.starts_with("problem: config: no bot token: set DISCORD_TOKEN"),
        "{out}"
    );
    assert_eq!(out.lines().count(), 1, "{out}");

    let nowhere = sqlite(&dir.path().join("missing"), "porter.db");
    let (ok, out) = run(&fake, &nowhere, &["check"], &[]).await;
    assert!(!ok, "{out}");
    assert!(
        out.contains(&format!(
            "problem: database: cannot create {nowhere}: the directory {} does not exist",
            dir.path().join("missing").display()
        )) && out.contains("ok: discord: the token works"),
        "one line per finding, the others still checked: {out}"
    );

    // Nothing answers at the API's address: one line, each cause once.
    let (ok, out) = run(
        &fake,
        &database,
        &["check"],
        &[("DISCORD_API_URL", "http://127.0.0.1:1")],
    )
    .await;
    assert!(!ok, "{out}");
    let line = out
        .lines()
        .find(|l| l.starts_with("problem: discord: "))
        .unwrap_or_else(|| panic!("a discord problem in {out}"));
    assert!(
        line.starts_with(
            "problem: discord: cannot reach the Discord API at http://127.0.0.1:1: Error while \
             sending HTTP request.: error sending request: "
        ) && line.contains("Connection refused"),
        "{out}"
    );

    // A database a newer Porter migrated.
    let db = porter::db::Db::connect(&database).await.unwrap();
    sqlx::query(
        "INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time) \
         VALUES (99990101000000, 'from the future', TRUE, x'00', 0)",
    )
    .execute(db.pool())
    .await
    .unwrap();
    db.close().await;
    let (ok, out) = run(&fake, &database, &["check"], &[]).await;
    assert!(!ok, "{out}");
    assert!(
        out.contains(&format!(
            "problem: database: {database} was migrated by a newer Porter (migration \
             99990101000000 is unknown to Porter {})",
            env!("CARGO_PKG_VERSION")
        )),
        "{out}"
    );
}

#[tokio::test]
async fn check_warns_when_the_members_intent_is_off() {
    let mut state = world::standard();
    state.app_flags = 0;
    let fake = FakeDiscord::start(state).await;
    let (ok, out) = run(&fake, "sqlite::memory:", &["check"], &[]).await;
    assert!(ok, "a warning is no failure: {out}");
    assert!(
        out.contains(
            "warning: discord: the Server Members intent is off: Porter cannot see who arrives"
        ) && out.contains("Turn on Developer Portal"),
        "{out}"
    );
}

#[tokio::test]
async fn backup_copies_the_database_while_porter_runs() {
    let fake = FakeDiscord::start(world::standard()).await;
    let dir = tempfile::tempdir().unwrap();
    let database = sqlite(dir.path(), "porter.db");
    let running = Porter::start(&fake, &database, &[], &[]);
    fake.wait_for("command registration", |s| {
        (s.registrations > 0).then_some(())
    })
    .await;
    support::set_up_school(&fake).await;
    support::ask(&fake, HERE, OWNER, "invite create", &[]).await;

    let file = dir.path().join("backup.db");
    let path = file.to_str().unwrap();
    let (ok, out) = run(&fake, &database, &["backup", path], &[]).await;
    assert!(ok, "{out}");
    assert!(
        out.starts_with(&format!("Backed up {database} to {path} (")),
        "{out}"
    );
    assert!(
        out.contains("1 school, 1 invitation; schema ")
            && out.contains("passed SQLite's integrity check")
            && out.contains("To restore: stop Porter"),
        "{out}"
    );
    drop(running);

    // The copy is a database Porter runs on.
    let restored = Porter::start(&fake, &sqlite(dir.path(), "backup.db"), &["check"], &[]);
    let (status, out) = restored.exit().await;
    assert!(status.success(), "{out}");
    assert!(out.contains("its schema is up to date"), "{out}");

    let (ok, out) = run(&fake, &database, &["backup", path], &[]).await;
    assert!(!ok, "{out}");
    assert!(
        out.contains(&format!(
            "{path} already exists: choose a new file name, or remove the old backup first"
        )),
        "{out}"
    );

    let postgres = "postgres://porter:s3cret@127.0.0.1:9/porter";
    let (ok, out) = run(&fake, postgres, &["backup", "x.db"], &[]).await;
    assert!(!ok, "{out}");
    assert!(
        out.contains("pg_dump") && !out.contains("s3cret") && !out.contains(TOKEN),
        "{out}"
    );
}
