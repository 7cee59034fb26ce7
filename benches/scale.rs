//! Porter at scale: the real binary against the fake Discord with 10,000 schools over 4
//! shards, on SQLite and (when `PORTER_TEST_POSTGRES` names a server) on PostgreSQL:
//!
//! ```sh
//! scripts/with-postgres cargo bench --bench scale
//! ```
//!
//! For each backend it records the time from start to every shard ready and commands
//! registered, the time until every school was followed (its invite list read, its ended
//! invitations swept), the resident memory then and after the joins, and the latency of
//! `/join` as the person sees it (from the interaction to Porter's final answer).
//! Figures go to BENCHMARKS.md.

// The fake Discord of the tests; this benchmark uses a part of it (and, built like a test,
// its own tests are compiled in without a harness to run them).
#[allow(dead_code, unused_imports)]
#[path = "../tests/support/mod.rs"]
mod support;

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use porter::db::{Backend, Db};
use porter::domain::{
    Access, Actor, ChannelId, Domain, GuildId, InvitationRequest, NewInvitation, RoleFacts, RoleId,
    SchoolSetup, UserId,
};
use serde_json::json;
use support::fake_discord::{Channel, FakeDiscord, Guild, Member, Role, State, User};
use support::{answer, send_slash, world, Place, TOKEN};

/// Schools in the benchmark.
const SCHOOLS: u64 = 10_000;
/// Shards Discord recommends.
const SHARDS: u32 = 4;
/// `/join`s timed per backend (one per school, in a row).
const JOINS: u64 = 500;

/// The id of school `i`: spread evenly over the shards (`(id >> 22) % shards`).
fn guild_id(i: u64) -> u64 {
    (1_000_000 + i) << 22
}

/// In school `g`: its member role, Porter's role, its one channel, and a pupil.
fn member_role(g: u64) -> u64 {
    g + 1
}
fn porter_role(g: u64) -> u64 {
    g + 2
}
fn channel(g: u64) -> u64 {
    g + 3
}
fn pupil(g: u64) -> u64 {
    g + 4
}

/// The owner of every school.
const OWNER: u64 = 2_000_000_000_000_001;

/// A fake Discord world of [`SCHOOLS`] servers, each with Porter, its owner and a pupil.
fn world_of_schools() -> State {
    use poise::serenity_prelude::Permissions;
    let mut state = world::standard();
    state.guilds.clear();
    state.shards = SHARDS;
    let everyone = Permissions::VIEW_CHANNEL
        | Permissions::SEND_MESSAGES
        | Permissions::USE_APPLICATION_COMMANDS
        | Permissions::CREATE_INSTANT_INVITE;
    let porter = Permissions::MANAGE_ROLES
        | Permissions::MANAGE_GUILD
        | Permissions::CREATE_INSTANT_INVITE
        | Permissions::VIEW_CHANNEL
        | Permissions::SEND_MESSAGES
        | Permissions::EMBED_LINKS;
    for i in 0..SCHOOLS {
        let g = guild_id(i);
        let role = |id, name: &str, position, permissions: Permissions, managed| Role {
            id,
            name: name.to_owned(),
            position,
            permissions: permissions.bits(),
            managed,
        };
        state.users.insert(
            pupil(g),
            User {
                id: pupil(g),
                name: format!("pupil{i}"),
                bot: false,
                dms_open: true,
                locale: "en-US".to_owned(),
            },
        );
        let member = |roles| Member {
            roles,
            joined_at: None,
        };
        state.guilds.insert(
            g,
            Guild {
                id: g,
                name: format!("School {i}"),
                owner_id: OWNER,
                system_channel_id: Some(channel(g)),
                roles: vec![
                    role(g, "@everyone", 0, everyone, false),
                    role(member_role(g), "Members", 1, Permissions::empty(), false),
                    role(porter_role(g), "Porter", 2, porter, true),
                ],
                channels: vec![Channel {
                    id: channel(g),
                    name: "general".to_owned(),
                    kind: 0,
                    position: 0,
                    overwrites: Vec::new(),
                }],
                members: [
                    (world::PORTER, member(vec![porter_role(g)])),
                    (OWNER, member(vec![])),
                    (pupil(g), member(vec![])),
                ]
                .into_iter()
                .collect(),
                features: Vec::new(),
                verification_level: 0,
                invites_disabled_until: None,
                preferred_locale: "en-US".to_owned(),
            },
        );
    }
    state
}

/// A fresh database of each backend, its schools set up and one invitation each; returns
/// its URL and the invitations' codes.
async fn schools_in(backend: Backend, dir: &tempfile::TempDir) -> (String, Vec<String>) {
    let url = match backend {
        Backend::Sqlite => format!("sqlite://{}", dir.path().join("porter.db").display()),
        Backend::Postgres => support::postgres::fresh_database().await,
    };
    let domain = Domain::new(Db::connect(&url).await.expect("the database"));
    let owner = Actor {
        user_id: UserId::new(OWNER),
        role_ids: Vec::new(),
        discord_admin: true,
    };
    let new = NewInvitation::parse(&InvitationRequest::default()).unwrap();
    let mut codes = Vec::with_capacity(SCHOOLS as usize);
    for i in 0..SCHOOLS {
        let g = guild_id(i);
        let setup = SchoolSetup {
            member_role: RoleFacts {
                id: RoleId::new(member_role(g)),
                position: 1,
                is_everyone: false,
                managed: false,
                privileged: false,
            },
            actor_top_position: None,
            access: Some(Access::Private),
            welcome_channel_id: Some(ChannelId::new(channel(g))),
            log_channel_id: None,
        };
        let guild = GuildId::new(g);
        domain.setup_school(guild, &owner, &setup).await.unwrap();
        let invitation = domain
            .create_invitation(guild, &owner, &new, None)
            .await
            .unwrap();
        codes.push(invitation.code.to_string());
    }
    domain.db().close().await;
    (url, codes)
}

/// The resident memory of process `pid`, in MiB.
fn rss_mib(pid: u32) -> f64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        .map_or(0.0, |kb| kb / 1024.0)
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() - 1) as f64 * p).round() as usize]
}

/// Waits (polling) until `check` holds, up to `limit`; how long that took from `since`.
async fn until(
    fake: &FakeDiscord,
    since: Instant,
    limit: Duration,
    what: &str,
    check: impl Fn(&State) -> bool,
) -> Duration {
    loop {
        if check(&fake.state()) {
            return since.elapsed();
        }
        assert!(since.elapsed() < limit, "{what} took more than {limit:?}");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

async fn measure(backend: Backend) {
    let name = match backend {
        Backend::Sqlite => "SQLite",
        Backend::Postgres => "PostgreSQL",
    };
    let dir = tempfile::tempdir().unwrap();
    let seeded = Instant::now();
    let (url, codes) = schools_in(backend, &dir).await;
    eprintln!("{name}: {SCHOOLS} schools set up in {:?}", seeded.elapsed());
    let fake = FakeDiscord::start(world_of_schools()).await;

    let started = Instant::now();
    let mut child: Child = Command::new(env!("CARGO_BIN_EXE_porter"))
        .current_dir(dir.path())
        .env_clear()
        .env("DISCORD_TOKEN", TOKEN)
        .env("DISCORD_API_URL", fake.url())
        .env("DATABASE_URL", &url)
        .env("RUST_LOG", "warn")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("porter starts");
    let pid = child.id();
    let limit = Duration::from_secs(600);
    let ready = until(&fake, started, limit, "every shard ready", |s| {
        s.registrations > 0
            && s.sessions
                .iter()
                .filter(|x| {
                    x.records
                        .contains(&support::fake_discord::GatewayRecord::Ready)
                })
                .count()
                >= SHARDS as usize
    })
    .await;
    let followed = until(&fake, started, limit, "every school followed", |s| {
        s.requests_to("GET", "/guilds/*/invites").len() >= SCHOOLS as usize
    })
    .await;
    // Let the start-up work that follows the invite lists (sweeps, pending joins) finish.
    tokio::time::sleep(Duration::from_secs(2)).await;
    let rss_ready = rss_mib(pid);

    let mut latencies = Vec::with_capacity(JOINS as usize);
    for i in 0..JOINS {
        let g = guild_id(i * (SCHOOLS / JOINS));
        let place = Place::Guild {
            guild: g,
            channel: channel(g),
        };
        let code = &codes[(i * (SCHOOLS / JOINS)) as usize];
        let sent = Instant::now();
        let token = send_slash(&fake, place, pupil(g), "join", &[("code", json!(code))]);
        let reply = answer(&fake, &token, "/join").await;
        latencies.push(sent.elapsed());
        assert!(reply.content().starts_with("Welcome"), "{reply:#?}");
    }
    latencies.sort();
    let rss_after = rss_mib(pid);

    nix::sys::signal::kill(
        nix::unistd::Pid::from_raw(pid as i32),
        nix::sys::signal::Signal::SIGTERM,
    )
    .unwrap();
    let stopped = Instant::now();
    let status = tokio::task::spawn_blocking(move || child.wait().unwrap())
        .await
        .unwrap();
    assert!(status.success(), "porter exited with {status}");

    println!(
        "{name}: {SCHOOLS} schools, {SHARDS} shards | ready (every shard, commands registered) \
         {:.1} s | every school followed {:.1} s | RSS {:.0} MiB, {:.0} MiB after {JOINS} joins \
         | /join p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms | stop {:.1} s",
        ready.as_secs_f64(),
        followed.as_secs_f64(),
        rss_ready,
        rss_after,
        percentile(&latencies, 0.5).as_secs_f64() * 1e3,
        percentile(&latencies, 0.99).as_secs_f64() * 1e3,
        latencies.last().unwrap().as_secs_f64() * 1e3,
        stopped.elapsed().as_secs_f64(),
    );
}

#[tokio::main]
async fn main() {
    // `cargo bench` passes `--bench`; `cargo test --benches` passes nothing: only measure
    // when asked to bench.
    if !std::env::args().any(|a| a == "--bench") {
        return;
    }
    support::logs::init();
    measure(Backend::Sqlite).await;
    if std::env::var("PORTER_TEST_POSTGRES").is_ok() {
        measure(Backend::Postgres).await;
    } else {
        eprintln!("PORTER_TEST_POSTGRES is not set: measuring SQLite only");
    }
}
