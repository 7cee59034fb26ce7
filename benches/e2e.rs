//! Porter end to end: the real bot (in-process, release) against the in-process fake
//! Discord, on a SQLite file in WAL mode as in production:
//!
//! ```sh
//! cargo bench --bench e2e
//! ```
//!
//! Each figure is the time until the reply the user reads: from sending the interaction to
//! the fake receiving the answer that carries the text (the callback, or after a deferral
//! the first followup or edit of the original response). It prints, in one run, p50 and p99
//! of:
//!
//! - the floor: `/ping`, a command compiled into this benchmark only, that only replies;
//! - `/join` by code and by the Join button, `/invite create`, `/invite info` on an
//!   invitation with 5,000 joins and `/invite list` with 1,000 active invitations, each
//!   also as a ratio to the floor;
//! - paced `/join`: 2,000 people at 500/s on an invitation capped at 1,500 (achieved rate,
//!   p50/p99, and exactly the cap admitted).
//!
//! Figures go to BENCHMARKS.md.

// The fake Discord of the tests; this benchmark uses a part of it (and, built like a test,
// its own tests are compiled in without a harness to run them).
#[allow(dead_code, unused_imports)]
#[path = "../tests/support/mod.rs"]
mod support;

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use porter::config::{Config, Retention, Shards};
use porter::db::Db;
use porter::discord::{Bot, Context, Error};
use porter::domain::{
    Actor, Domain, Gatekeeper, GrantError, GuildId, Invitation, InvitationRequest, JoinMethod,
    JoinRequest, Membership, NewInvitation, RoleId, School, UserId,
};
use serde_json::json;
use support::fake_discord::FakeDiscord;
use support::{answer, send_press, send_slash, world, Reply, HERE, TOKEN};

/// Ids of the people who join in the benchmark: `PEOPLE + i`.
const PEOPLE: u64 = 5_000_000_000_000_000;
/// Timed runs of each sequential measure, after [`WARMUP`] untimed ones.
const RUNS: usize = 1_000;
/// Timed runs of the slower list measures.
const LIST_RUNS: usize = 300;
const WARMUP: usize = 50;
/// Joins recorded on the invitation `/invite info` shows.
const INFO_JOINS: u64 = 5_000;
/// Active invitations when `/invite list` is timed.
const LIST_INVITATIONS: usize = 1_000;
/// The paced run: people, pace and the invitation's cap.
const PACED_PEOPLE: u64 = 2_000;
const PACED_RATE: u64 = 500;
const PACED_CAP: u32 = 1_500;

/// The floor: a command that only replies (ephemeral, as Porter's replies are).
#[poise::command(slash_command)]
async fn ping(ctx: Context<'_>) -> Result<(), Error> {
    ctx.send(
        poise::CreateReply::default()
            .content("pong")
            .ephemeral(true),
    )
    .await?;
    Ok(())
}

/// Hands out fresh people, each joining once.
struct People(u64);

impl People {
    fn next(&mut self) -> u64 {
        self.0 += 1;
        PEOPLE + self.0 - 1
    }
}

/// A gate that says everyone is in the server without the member role and grants it: seeds
/// joins through the domain without Discord.
struct Admit;

impl Gatekeeper for Admit {
    async fn membership(&self, _: &School, _: UserId) -> Result<Membership, GrantError> {
        Ok(Membership::InServer {
            has_member_role: false,
        })
    }

    async fn grant_member_role(
        &self,
        _: &School,
        _: UserId,
        _: Option<&Invitation>,
    ) -> Result<(), GrantError> {
        Ok(())
    }

    async fn grant_role(
        &self,
        _: &School,
        _: UserId,
        _: RoleId,
        _: &Invitation,
    ) -> Result<(), GrantError> {
        Ok(())
    }

    async fn remove_role(
        &self,
        _: &School,
        _: UserId,
        _: RoleId,
        _: &str,
    ) -> Result<(), GrantError> {
        Ok(())
    }
}

/// The fake Discord and Porter running against it on a SQLite file.
struct Setup {
    fake: FakeDiscord,
    domain: Domain,
    bot: Bot,
    _dir: tempfile::TempDir,
}

impl Setup {
    async fn start(people: u64) -> Self {
        let fake =
            FakeDiscord::start(world::standard_with_members(PEOPLE, people, "person").0).await;
        let dir = tempfile::tempdir().expect("a temporary directory");
        let database_url = format!("sqlite://{}", dir.path().join("porter.db").display());
        let db = Db::connect(&database_url).await.expect("the database");
        let config = Config {
            token: TOKEN.to_owned(),
            api_url: Some(fake.url()),
            database_url,
            log_filter: "info".to_owned(),
            log_format: porter::logging::LogFormat::Text,
            shards: Shards::Recommended,
            http_listen: None,
            retention: Retention::default(),
            approval: Default::default(),
            email: None,
        };
        let domain = Domain::new(db);
        let bot = Bot::start_with_commands(&config, domain.clone(), vec![ping()])
            .await
            .expect("Porter starts");
        fake.wait_for("command registration", |s| {
            (s.registrations > 0).then_some(())
        })
        .await;
        Self {
            fake,
            domain,
            bot,
            _dir: dir,
        }
    }

    /// `/path` by `user` in #general; the reply and how long it took.
    async fn slash(&self, user: u64, path: &str, opts: &[support::Opt<'_>]) -> (Reply, Duration) {
        let sent = Instant::now();
        let token = send_slash(&self.fake, HERE, user, path, opts);
        let reply = answer(&self.fake, &token, path).await;
        (reply, sent.elapsed())
    }
}

fn owner() -> Actor {
    Actor {
        user_id: UserId::new(world::OWNER),
        role_ids: Vec::new(),
        discord_admin: true,
    }
}

/// p50 and p99 of some latencies.
#[derive(Clone, Copy)]
struct Figures {
    runs: usize,
    p50: Duration,
    p99: Duration,
}

impl Figures {
    fn of(mut latencies: Vec<Duration>) -> Self {
        latencies.sort();
        let at = |p: f64| latencies[((latencies.len() - 1) as f64 * p).round() as usize];
        Self {
            runs: latencies.len(),
            p50: at(0.5),
            p99: at(0.99),
        }
    }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

/// Runs `once` [`WARMUP`] times untimed, then `runs` times; the timed runs' figures.
async fn measure<F>(runs: usize, mut once: impl FnMut() -> F) -> Figures
where
    F: std::future::Future<Output = Duration>,
{
    for _ in 0..WARMUP {
        once().await;
    }
    let mut latencies = Vec::with_capacity(runs);
    for _ in 0..runs {
        latencies.push(once().await);
    }
    Figures::of(latencies)
}

fn assert_welcome(reply: &Reply) {
    assert!(reply.content().starts_with("Welcome"), "{reply:#?}");
}

/// An invitation made through the domain (no link), by the owner; its code.
async fn invitation(domain: &Domain, max_uses: Option<u32>) -> Invitation {
    let request = InvitationRequest {
        max_uses: max_uses.map(i64::from),
        ..InvitationRequest::default()
    };
    let new = NewInvitation::parse(&request).expect("good options");
    domain
        .create_invitation(world::GUILD.into(), &owner(), &new, None)
        .await
        .expect("an invitation")
}

/// The paced run: [`PACED_PEOPLE`] `/join`s at [`PACED_RATE`] per second on an invitation
/// capped at [`PACED_CAP`]. Returns the achieved rate (answers per second), the figures of
/// every answer, and how many were admitted.
async fn paced(setup: &Setup, people: &mut People) -> (f64, f64, Figures, usize) {
    let fake = &setup.fake;
    let capped = invitation(&setup.domain, Some(PACED_CAP)).await;
    let code = capped.code.to_string();
    // Sent and not yet answered: token → when it was sent.
    let waiting: Arc<Mutex<HashMap<String, Instant>>> = Arc::default();
    let mut answers: Vec<(Duration, bool)> = Vec::with_capacity(PACED_PEOPLE as usize);
    let started = Instant::now();
    let sender = {
        let fake = fake.clone();
        let waiting = waiting.clone();
        let who: Vec<u64> = (0..PACED_PEOPLE).map(|_| people.next()).collect();
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(Duration::from_micros(1_000_000 / PACED_RATE));
            tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Burst);
            for user in who {
                tick.tick().await;
                let at = Instant::now();
                let token = send_slash(&fake, HERE, user, "join", &[("code", json!(code))]);
                waiting.lock().unwrap().insert(token, at);
                // The answer may have come before the token was noted: check again.
                fake.update(|_| ());
            }
            started.elapsed()
        })
    };
    // One waiter notes every answer as the fake receives it.
    fake.wait_for_within("every paced /join answered", Duration::from_secs(60), |s| {
        let mut waiting = waiting.lock().unwrap();
        waiting.retain(
            |token, sent| match Reply::from_log(&s.interactions[token]) {
                Some(reply) => {
                    let welcome = reply.content().starts_with("Welcome");
                    answers.push((sent.elapsed(), welcome));
                    false
                }
                None => true,
            },
        );
        (answers.len() == PACED_PEOPLE as usize).then_some(())
    })
    .await;
    let all_answered = started.elapsed();
    let sending = sender.await.expect("the sender");
    let admitted = answers.iter().filter(|(_, welcome)| *welcome).count();
    let counted = setup
        .domain
        .invitation_by_id(capped.id)
        .await
        .expect("the invitation")
        .expect("the invitation")
        .uses;
    assert_eq!(admitted, PACED_CAP as usize, "admitted exactly the cap");
    assert_eq!(counted, PACED_CAP, "counted exactly the cap");
    let sent_rate = PACED_PEOPLE as f64 / sending.as_secs_f64();
    let answered_rate = PACED_PEOPLE as f64 / all_answered.as_secs_f64();
    let figures = Figures::of(answers.into_iter().map(|(d, _)| d).collect());
    (sent_rate, answered_rate, figures, admitted)
}

async fn run() {
    let total = Instant::now();
    let people_needed = (WARMUP + RUNS) as u64 * 2 + PACED_PEOPLE;
    let setup = Setup::start(people_needed).await;
    let fake = &setup.fake;
    let mut people = People(0);
    let (reply, _) = setup
        .slash(
            world::OWNER,
            "school setup",
            &[
                ("member_role", json!(world::MEMBERS)),
                ("welcome_channel", json!(world::WELCOME)),
                ("log_channel", json!(world::LOG)),
            ],
        )
        .await;
    assert!(reply.field("Member role").is_some(), "{reply:#?}");

    let mut rows: Vec<(String, Figures)> = Vec::new();

    let floor = measure(RUNS, || async {
        let (reply, took) = setup.slash(world::NEWCOMER, "ping", &[]).await;
        assert_eq!(reply.content(), "pong");
        took
    })
    .await;
    rows.push(("/ping (floor)".to_owned(), floor));

    // An invitation with a link and a channel post with its Join button.
    let (created, _) = setup
        .slash(
            world::OWNER,
            "invite create",
            &[("channel", json!(world::WELCOME))],
        )
        .await;
    let code = created
        .field("Code")
        .expect("a code")
        .trim_matches('`')
        .to_owned();
    let post = fake.state().messages_in(world::WELCOME)[0].clone();
    let button = post.body["components"][0]["components"][0]["custom_id"]
        .as_str()
        .expect("a Join button")
        .to_owned();

    let by_code = measure(RUNS, || {
        let user = people.next();
        let code = code.clone();
        let setup = &setup;
        async move {
            let (reply, took) = setup.slash(user, "join", &[("code", json!(code))]).await;
            assert_welcome(&reply);
            took
        }
    })
    .await;
    rows.push(("/join by code".to_owned(), by_code));

    let by_button = measure(RUNS, || {
        let user = people.next();
        let (fake, post, button) = (fake, &post, &button);
        async move {
            let sent = Instant::now();
            let token = send_press(fake, user, post, button);
            let reply = answer(fake, &token, "the Join button").await;
            assert_welcome(&reply);
            sent.elapsed()
        }
    })
    .await;
    rows.push(("/join by the Join button".to_owned(), by_button));

    let create = measure(LIST_RUNS, || async {
        let (reply, took) = setup.slash(world::OWNER, "invite create", &[]).await;
        assert!(reply.field("Code").is_some(), "{reply:#?}");
        took
    })
    .await;
    rows.push(("/invite create".to_owned(), create));

    // Seeded through the domain: an invitation with 5,000 joins, then as many invitations
    // as make 1,000 active.
    let seeding = Instant::now();
    let busy = invitation(&setup.domain, None).await;
    let busy_code = busy.code.to_string();
    let gate = Admit;
    for i in 0..INFO_JOINS {
        setup
            .domain
            .join(
                &gate,
                JoinRequest {
                    user_id: UserId::new(PEOPLE + 1_000_000 + i),
                    guild_id: Some(GuildId::new(world::GUILD)),
                    code: Some(&busy_code),
                    method: JoinMethod::Code,
                },
            )
            .await
            .expect("a seeded join");
    }
    let active = setup.domain.active_invitations().await.expect("a count") as usize;
    for _ in active..LIST_INVITATIONS {
        invitation(&setup.domain, None).await;
    }
    eprintln!(
        "seeded {INFO_JOINS} joins and {} invitations in {:.1} s",
        LIST_INVITATIONS.saturating_sub(active),
        seeding.elapsed().as_secs_f64()
    );

    let info = measure(LIST_RUNS, || {
        let busy_code = busy_code.clone();
        let setup = &setup;
        async move {
            let (reply, took) = setup
                .slash(world::OWNER, "invite info", &[("code", json!(busy_code))])
                .await;
            assert!(reply.text().contains(&busy_code), "{reply:#?}");
            took
        }
    })
    .await;
    rows.push((format!("/invite info, {INFO_JOINS} joins"), info));

    let list = measure(LIST_RUNS, || async {
        let (reply, took) = setup.slash(world::OWNER, "invite list", &[]).await;
        assert!(!reply.text().is_empty(), "{reply:#?}");
        took
    })
    .await;
    rows.push((
        format!("/invite list, {LIST_INVITATIONS} active invitations"),
        list,
    ));

    let (sent_rate, answered_rate, paced_figures, admitted) = paced(&setup, &mut people).await;

    println!();
    println!("Porter end to end (in-process bot and fake Discord, SQLite WAL file)");
    println!();
    println!("| what | runs | p50 ms | p99 ms | p50 / floor | p99 / floor |");
    println!("| --- | ---: | ---: | ---: | ---: | ---: |");
    for (what, f) in &rows {
        println!(
            "| {what} | {} | {:.2} | {:.2} | {:.1}× | {:.1}× |",
            f.runs,
            ms(f.p50),
            ms(f.p99),
            ms(f.p50) / ms(floor.p50),
            ms(f.p99) / ms(floor.p99),
        );
    }
    println!(
        "| paced /join, {PACED_PEOPLE} people at {PACED_RATE}/s, cap {PACED_CAP} | {} | {:.2} \
         | {:.2} | {:.1}× | {:.1}× |",
        paced_figures.runs,
        ms(paced_figures.p50),
        ms(paced_figures.p99),
        ms(paced_figures.p50) / ms(floor.p50),
        ms(paced_figures.p99) / ms(floor.p99),
    );
    println!();
    println!(
        "paced /join: sent at {sent_rate:.0}/s, answered at {answered_rate:.0}/s (all \
         {PACED_PEOPLE} answers within {:.2} s of the first), admitted {admitted} = cap \
         {PACED_CAP}",
        PACED_PEOPLE as f64 / answered_rate
    );
    println!("whole run: {:.1} s", total.elapsed().as_secs_f64());

    setup.bot.shutdown().await.expect("Porter shuts down");
    setup.domain.db().close().await;
}

#[tokio::main]
async fn main() {
    // `cargo bench` passes `--bench`; `cargo test --benches` passes nothing: only measure
    // when asked to bench.
    if !std::env::args().any(|a| a == "--bench") {
        return;
    }
    init_logs();
    run().await;
}

/// Porter's production logging at its default level, `info`, written nowhere (its cost is
/// part of each figure); warnings and errors also go to stderr.
fn init_logs() {
    use tracing_subscriber::layer::SubscriberExt as _;
    use tracing_subscriber::util::SubscriberInitExt as _;
    let info = porter::logging::filter("info").expect("a filter");
    let warn =
        porter::logging::filter(&std::env::var("RUST_LOG").unwrap_or_else(|_| "warn".to_owned()))
            .expect("a filter");
    tracing_subscriber::registry()
        .with(porter::logging::layer(info, std::io::sink, TOKEN, false))
        .with(porter::logging::layer(warn, std::io::stderr, TOKEN, false))
        .init();
}
