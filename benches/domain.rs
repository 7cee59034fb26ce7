//! How fast the domain answers, on a real SQLite file and, when `PORTER_TEST_POSTGRES`
//! names a PostgreSQL server (`scripts/with-postgres cargo bench --bench domain`), on
//! PostgreSQL too. Figures are recorded in BENCHMARKS.md.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion};
use porter::db::{Backend, Db};
use porter::domain::{
    Access, Actor, Arrival, DiscordLink, Domain, Gatekeeper, GrantError, GuildId, Invitation,
    InvitationRequest, InviteCode, InviteUses, JoinMethod, JoinRequest, LinkFacts, Membership,
    NewInvitation, Outcome, PageAt, Permission, PermissionTarget, RoleFacts, RoleId, School,
    SchoolSetup, UserId, Verdict, PAGE_SIZE,
};
use tokio::runtime::Runtime;

const GUILD: GuildId = GuildId::new(1);

/// Everyone is in the server without the member role, and every grant succeeds at once, so
/// the figures are the domain's own cost.
struct OpenDoor;

impl Gatekeeper for OpenDoor {
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

fn admin() -> Actor {
    Actor {
        user_id: UserId::new(1),
        role_ids: vec![],
        discord_admin: true,
    }
}

/// The backends to measure: SQLite always, PostgreSQL when a server is given.
fn backends() -> Vec<Backend> {
    let mut backends = vec![Backend::Sqlite];
    if std::env::var("PORTER_TEST_POSTGRES").is_ok() {
        backends.push(Backend::Postgres);
    } else {
        eprintln!("PORTER_TEST_POSTGRES is not set: measuring SQLite only");
    }
    backends
}

fn name(backend: Backend) -> &'static str {
    match backend {
        Backend::Sqlite => "sqlite",
        Backend::Postgres => "postgres",
    }
}

/// A fresh, migrated database: a file in `dir`, or a new database on the PostgreSQL server.
async fn fresh(backend: Backend, dir: &tempfile::TempDir) -> Db {
    match backend {
        Backend::Sqlite => {
            let url = format!("sqlite://{}", dir.path().join("bench.db").display());
            Db::connect(&url).await.unwrap()
        }
        Backend::Postgres => {
            let admin = std::env::var("PORTER_TEST_POSTGRES").unwrap();
            let db = format!("porter_bench_{}", rand::random::<u32>());
            let server = Db::open(&admin).await.unwrap();
            sqlx::query(&format!("CREATE DATABASE {db}"))
                .execute(server.pool())
                .await
                .unwrap();
            server.close().await;
            let (base, _) = admin.rsplit_once('/').unwrap();
            Db::connect(&format!("{base}/{db}")).await.unwrap()
        }
    }
}

/// A school on a fresh database, with three roles mapped to permissions.
async fn school(backend: Backend, dir: &tempfile::TempDir) -> Domain {
    let domain = Domain::new(fresh(backend, dir).await);
    let setup = SchoolSetup {
        member_role: RoleFacts {
            id: RoleId::new(10),
            position: 1,
            is_everyone: false,
            managed: false,
            privileged: false,
        },
        actor_top_position: None,
        access: Some(Access::Private),
        welcome_channel_id: None,
        log_channel_id: None,
    };
    domain.setup_school(GUILD, &admin(), &setup).await.unwrap();
    for (role, permission) in [
        (20, Permission::Create),
        (21, Permission::Share),
        (22, Permission::Revoke),
    ] {
        domain
            .grant_permission(
                GUILD,
                &admin(),
                PermissionTarget {
                    role_id: RoleId::new(role),
                    role_position: 1,
                    actor_top_position: None,
                },
                permission,
            )
            .await
            .unwrap();
    }
    domain
}

async fn invitation(domain: &Domain, max_uses: Option<i64>) -> Invitation {
    let new = NewInvitation::parse(&InvitationRequest {
        max_uses,
        ..Default::default()
    })
    .unwrap();
    domain
        .create_invitation(GUILD, &admin(), &new, None)
        .await
        .unwrap()
}

fn codes(c: &mut Criterion) {
    c.bench_function("code/generate", |b| b.iter(InviteCode::generate));
    let typed = InviteCode::generate().to_string().to_lowercase();
    c.bench_function("code/parse", |b| b.iter(|| InviteCode::parse(&typed)));
}

fn database(c: &mut Criterion) {
    let rt = Runtime::new().unwrap();
    for backend in backends() {
        let dir = tempfile::tempdir().unwrap();
        let domain = rt.block_on(school(backend, &dir));
        let open = rt.block_on(invitation(&domain, None));
        let code = open.code.to_string();
        let moderator = Actor {
            user_id: UserId::new(2),
            role_ids: [20, 21, 22, 23].into_iter().map(RoleId::new).collect(),
            discord_admin: false,
        };
        let next_user = AtomicU64::new(1_000);
        let on = name(backend);

        c.bench_function(&format!("{on}/permissions_of/4 roles"), |b| {
            b.to_async(&rt)
                .iter(|| domain.permissions_of(GUILD, &moderator))
        });
        c.bench_function(&format!("{on}/invitation/lookup by code"), |b| {
            b.to_async(&rt)
                .iter(|| domain.invitation(GUILD, &moderator, &code))
        });
        c.bench_function(&format!("{on}/invitation/create"), |b| {
            let new = NewInvitation::parse(&InvitationRequest::default()).unwrap();
            b.to_async(&rt)
                .iter(|| domain.create_invitation(GUILD, &moderator, &new, None))
        });
        c.bench_function(&format!("{on}/join/one counted join"), |b| {
            b.to_async(&rt).iter(|| {
                let user = UserId::new(next_user.fetch_add(1, Ordering::Relaxed));
                domain.join(
                    &OpenDoor,
                    JoinRequest {
                        user_id: user,
                        guild_id: Some(GUILD),
                        code: Some(&code),
                        method: JoinMethod::Code,
                    },
                )
            })
        });

        let mut burst = c.benchmark_group(format!("{on}/join/100 at once on max_uses 10"));
        burst
            .sample_size(20)
            .measurement_time(Duration::from_secs(8));
        burst.bench_function("burst", |b| {
            // Each round makes a fresh invitation (one insert) and sends 100 people at it.
            b.to_async(&rt).iter(|| {
                let domain = domain.clone();
                let first = next_user.fetch_add(100, Ordering::Relaxed);
                async move {
                    let code = Arc::new(invitation(&domain, Some(10)).await.code.to_string());
                    let tasks: Vec<_> = (first..first + 100)
                        .map(|user| {
                            let (domain, code) = (domain.clone(), code.clone());
                            tokio::spawn(async move {
                                let request = JoinRequest {
                                    user_id: UserId::new(user),
                                    guild_id: Some(GUILD),
                                    code: Some(&code),
                                    method: JoinMethod::Code,
                                };
                                domain.join(&OpenDoor, request).await.is_ok()
                            })
                        })
                        .collect();
                    let mut joined = 0;
                    for task in tasks {
                        joined += usize::from(task.await.unwrap());
                    }
                    assert_eq!(joined, 10);
                }
            })
        });
        burst.finish();
    }
}

/// Telling which link an arrival used, in servers with 10, 500 and 1,000 invites, each the
/// link of an invitation: each iteration one link's count goes up by one and one arrival is
/// matched to it and recorded (`settle`), or only decided in memory (`decide`).
fn arrivals(c: &mut Criterion) {
    let rt = Runtime::new().unwrap();
    for backend in backends() {
        let mut group = c.benchmark_group(format!("{}/arrival", name(backend)));
        for n in [10_usize, 500, 1000] {
            let dir = tempfile::tempdir().unwrap();
            let domain = rt.block_on(school(backend, &dir));
            let new = NewInvitation::parse(&InvitationRequest::default()).unwrap();
            let mut invites = Vec::with_capacity(n);
            for i in 0..n {
                let link = DiscordLink {
                    code: format!("invite{i}"),
                    channel_id: 5.into(),
                };
                rt.block_on(domain.create_invitation(GUILD, &admin(), &new, Some(link)))
                    .unwrap();
                invites.push(InviteUses {
                    code: format!("invite{i}"),
                    uses: 0,
                    max_uses: 0,
                });
            }
            let mut ledger = rt.block_on(domain.ledger(GUILD)).unwrap().unwrap();
            rt.block_on(domain.snapshot_invites(GUILD, &mut ledger, &invites))
                .unwrap();
            let state = tokio::sync::Mutex::new((ledger.clone(), invites.clone()));
            let next = AtomicU64::new(0);
            group.bench_function(format!("settle one among {n} invites"), |b| {
                b.to_async(&rt).iter(|| async {
                    let mut state = state.lock().await;
                    let (ledger, list) = &mut *state;
                    let k = next.fetch_add(1, Ordering::Relaxed);
                    list[k as usize % n].uses += 1;
                    let arrival = Arrival {
                        user_id: UserId::new(1_000 + k),
                        has_member_role: true,
                        received_at: domain.now(),
                    };
                    let settled = domain
                        .settle_arrivals(GUILD, ledger, list, &[arrival], 0)
                        .await
                        .unwrap();
                    assert!(matches!(settled.outcomes[0].1, Outcome::Joined { .. }));
                })
            });
            if backend != Backend::Sqlite {
                continue;
            }
            // The same decision without the database: what a reading of the list costs in
            // memory (the same on every backend).
            let facts: HashMap<String, LinkFacts> = HashMap::new();
            let mut list = invites.clone();
            let mut k = 0;
            group.bench_function(format!("decide one among {n} invites"), |b| {
                b.iter(|| {
                    list[k % n].uses += 1;
                    k += 1;
                    let arrival = Arrival {
                        user_id: UserId::new(7),
                        has_member_role: false,
                        received_at: 0,
                    };
                    let out = ledger.settle(&list, &facts, &[arrival], 0);
                    assert_eq!(out.verdicts, [Verdict::Elsewhere]);
                })
            });
        }
        group.finish();
    }
}

/// Adds `n` active invitations to the school at once (a few multi-row inserts), without
/// links: what `/invite list` reads.
async fn many_invitations(domain: &Domain, n: usize) {
    let codes: Vec<InviteCode> = (0..n).map(|_| InviteCode::generate()).collect();
    for chunk in codes.chunks(500) {
        let rows: Vec<String> = (0..chunk.len())
            .map(|r| format!("($1, ${}, 1, {r})", r + 2))
            .collect();
        let sql = format!(
            "INSERT INTO invitations (guild_id, code, created_by, created_at) VALUES {}",
            rows.join(", ")
        );
        let mut insert = sqlx::query(&sql).bind(GUILD);
        for code in chunk {
            insert = insert.bind(code);
        }
        insert.execute(domain.db().pool()).await.unwrap();
    }
}

/// Records `n` joins through the invitation at once (one insert), as code joins of people
/// 1,000,000 onwards.
async fn many_joins(domain: &Domain, invitation: &Invitation, n: usize) {
    sqlx::query(
        "WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $1) \
         INSERT INTO joins (guild_id, user_id, invitation_id, method, joined_at) \
         SELECT $2, 1000000 + i, $3, 'code', i FROM n",
    )
    .bind(n as i64)
    .bind(GUILD)
    .bind(invitation.id)
    .execute(domain.db().pool())
    .await
    .unwrap();
}

/// What `/invite info` and `/invite list` read, from 10 to 10,000 joins and invitations:
/// the reply shows one page, so the cost should not grow with the school.
fn lists(c: &mut Criterion) {
    let rt = Runtime::new().unwrap();
    let owner = admin();
    for backend in backends() {
        let on = name(backend);
        let mut info = c.benchmark_group(format!("{on}/invite info"));
        for n in [10_usize, 1_000, 10_000] {
            let dir = tempfile::tempdir().unwrap();
            let domain = rt.block_on(school(backend, &dir));
            let joined = rt.block_on(invitation(&domain, None));
            rt.block_on(many_joins(&domain, &joined, n));
            let empty = rt.block_on(invitation(&domain, None));
            for (what, inv) in [("joins", &joined), ("joins, on an empty one", &empty)] {
                let code = inv.code.to_string();
                info.bench_function(format!("{n} {what}"), |b| {
                    b.to_async(&rt)
                        .iter(|| domain.invitation_details(GUILD, &owner, &code))
                });
            }
        }
        info.finish();
        let mut list = c.benchmark_group(format!("{on}/invite list"));
        for n in [10_usize, 1_000, 10_000] {
            let dir = tempfile::tempdir().unwrap();
            let domain = rt.block_on(school(backend, &dir));
            rt.block_on(many_invitations(&domain, n));
            list.bench_function(format!("{n} active invitations"), |b| {
                b.to_async(&rt).iter(|| {
                    domain.list_invitations(GUILD, &owner, false, PageAt::First, PAGE_SIZE)
                })
            });
        }
        list.finish();
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default().measurement_time(Duration::from_secs(3));
    targets = codes, database, arrivals, lists
}
criterion_main!(benches);
