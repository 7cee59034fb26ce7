//! The domain against real databases, migrated as in production: every test runs once on
//! SQLite (a temporary file) and once on PostgreSQL (a fresh database in the cluster named
//! by `PORTER_TEST_POSTGRES`; `scripts/with-postgres cargo test` starts a throwaway one),
//! with a clock the tests move and a fake [`Gatekeeper`] standing in for Discord.
//!
//! The tests are divided by capability, one module each; this file holds what they share.

use std::collections::HashMap;
use std::future::Future;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use porter::db::{Backend, Db};
use porter::domain::{
    Access, Actor, Arrival, ChannelId, Domain, DomainError, GrantError, GuildId, Invitation,
    InvitationDetails, InvitationId, InvitationRequest, InviteCode, InviteUses, JoinMethod,
    JoinOutcome, JoinRequest, Ledger, ManualClock, Membership, MessageId, OfflineHow, Outcome,
    Page, PageAt, Permission, PermissionTarget, Refusal, Resolution, RoleFacts, RoleId, School,
    SchoolSetup, ShareTarget, Status, FAILURE_LIMIT, FAILURE_WINDOW, PAGE_SIZE,
    SCHOOL_ALERT_THRESHOLD,
};
use porter::domain::{Gatekeeper, UserId};
use sqlx::Connection;

/// Turns each `async fn name(b: Backend)` of the module into two tests, `name::sqlite` and
/// `name::postgres`, running it on each backend. A name may be followed by the arguments of
/// `#[tokio::test]` in brackets: `name [flavor = "multi_thread", worker_threads = 4]`.
macro_rules! on_both_backends {
    ($($name:ident $([$($runtime:tt)*])?),* $(,)?) => {$(
        mod $name {
            sqlite_test!($name $([$($runtime)*])?);
            postgres_test!($name $([$($runtime)*])?);
        }
    )*};
}

/// [`on_both_backends`] for tests about SQLite alone: `name::sqlite`.
macro_rules! on_sqlite {
    ($($name:ident $([$($runtime:tt)*])?),* $(,)?) => {$(
        mod $name {
            sqlite_test!($name $([$($runtime)*])?);
        }
    )*};
}

/// [`on_both_backends`] for tests about PostgreSQL alone: `name::postgres`.
macro_rules! on_postgres {
    ($($name:ident $([$($runtime:tt)*])?),* $(,)?) => {$(
        mod $name {
            postgres_test!($name $([$($runtime)*])?);
        }
    )*};
}

macro_rules! sqlite_test {
    ($name:ident $([$($runtime:tt)*])?) => {
        #[tokio::test $(($($runtime)*))?]
        async fn sqlite() {
            super::$name(porter::db::Backend::Sqlite).await
        }
    };
}

macro_rules! postgres_test {
    ($name:ident $([$($runtime:tt)*])?) => {
        #[tokio::test $(($($runtime)*))?]
        async fn postgres() {
            crate::run_on_postgres(super::$name).await
        }
    };
}

mod approvals;
mod arrivals;
mod charts;
mod classes;
mod concurrency;
mod email;
mod greetings;
mod invitations;
mod joins;
mod leavers;
mod lists;
mod pausing;
mod pending;
mod permissions;
mod personal;
mod port;
mod rate_limit;
mod retention;
mod rosters;
#[path = "../support/rows.rs"]
mod rows;
mod schools;
mod storage;

const GUILD: GuildId = GuildId::new(1_000);
const OTHER_GUILD: GuildId = GuildId::new(2_000);
const MEMBER_ROLE: RoleId = RoleId::new(10);
const MOD_ROLE: RoleId = RoleId::new(20);
const START: i64 = 1_800_000_000;
const ADMIN: UserId = UserId::new(1);
const MODERATOR: UserId = UserId::new(2);

/// A user.
fn u(id: u64) -> UserId {
    UserId::new(id)
}

/// A role.
fn r(id: u64) -> RoleId {
    RoleId::new(id)
}

/// A channel.
fn ch(id: u64) -> ChannelId {
    ChannelId::new(id)
}

/// Discord as the domain sees it during a join: who is in the server, who holds the member
/// role, and whether granting it works.
#[derive(Default)]
struct FakeGate {
    /// user -> holds the member role; absent users are not in the server.
    members: Mutex<HashMap<UserId, bool>>,
    refuse: Mutex<Option<GrantError>>,
    grants: Mutex<Vec<UserId>>,
    /// Grants never finish, as when Porter dies while Discord works on one.
    hang: Mutex<bool>,
    /// Notified when a grant that hangs has started.
    hanging: tokio::sync::Notify,
    /// The extra roles each user holds.
    extra: Mutex<HashMap<UserId, Vec<RoleId>>>,
    /// An extra role Discord refuses to grant, and why.
    refuse_extra: Mutex<Option<(RoleId, GrantError)>>,
    /// Removals Discord refuses.
    refuse_removal: Mutex<bool>,
    /// Every removal asked for.
    removals: Mutex<Vec<(UserId, RoleId)>>,
    /// Work done once, at the next membership lookup: something that happens elsewhere
    /// while a join asks Discord who the person is.
    at_lookup: Mutex<Option<std::pin::Pin<Box<dyn std::future::Future<Output = ()> + Send>>>>,
}

impl FakeGate {
    fn with_members(users: impl IntoIterator<Item = impl Into<UserId>>) -> Self {
        let gate = Self::default();
        gate.members
            .lock()
            .unwrap()
            .extend(users.into_iter().map(|u| (u.into(), false)));
        gate
    }

    /// Puts the user in the server without the member role (joining it, or losing the role).
    fn without_role(&self, user: impl Into<UserId>) {
        self.members.lock().unwrap().insert(user.into(), false);
    }

    /// Gives the user the member role, as Discord does outside Porter.
    fn with_role(&self, user: impl Into<UserId>) {
        self.members.lock().unwrap().insert(user.into(), true);
    }

    /// Takes the user out of the server: like Discord, with every role they held.
    fn leaves(&self, user: impl Into<UserId>) {
        let user = user.into();
        self.members.lock().unwrap().remove(&user);
        self.extra.lock().unwrap().remove(&user);
    }

    fn has_role(&self, user: impl Into<UserId>) -> bool {
        self.members.lock().unwrap().get(&user.into()) == Some(&true)
    }

    fn refuse(&self, error: Option<GrantError>) {
        *self.refuse.lock().unwrap() = error;
    }

    /// The extra roles the user holds.
    fn extra_roles(&self, user: impl Into<UserId>) -> Vec<RoleId> {
        let mut roles = self
            .extra
            .lock()
            .unwrap()
            .get(&user.into())
            .cloned()
            .unwrap_or_default();
        roles.sort();
        roles
    }
}

impl Gatekeeper for FakeGate {
    async fn membership(&self, _: &School, user_id: UserId) -> Result<Membership, GrantError> {
        let meanwhile = self.at_lookup.lock().unwrap().take();
        if let Some(meanwhile) = meanwhile {
            meanwhile.await;
        }
        Ok(match self.members.lock().unwrap().get(&user_id) {
            None => Membership::NotInServer,
            Some(&has_member_role) => Membership::InServer { has_member_role },
        })
    }

    async fn grant_member_role(
        &self,
        _: &School,
        user_id: UserId,
        _: Option<&Invitation>,
    ) -> Result<(), GrantError> {
        if let Some(error) = self.refuse.lock().unwrap().clone() {
            return Err(error);
        }
        if *self.hang.lock().unwrap() {
            self.hanging.notify_one();
            std::future::pending::<()>().await;
        }
        self.members.lock().unwrap().insert(user_id, true);
        self.grants.lock().unwrap().push(user_id);
        Ok(())
    }

    async fn grant_role(
        &self,
        _: &School,
        user_id: UserId,
        role_id: RoleId,
        _: &Invitation,
    ) -> Result<(), GrantError> {
        if let Some((role, error)) = self.refuse_extra.lock().unwrap().clone() {
            if role == role_id {
                return Err(error);
            }
        }
        let mut extra = self.extra.lock().unwrap();
        let held = extra.entry(user_id).or_default();
        if !held.contains(&role_id) {
            held.push(role_id);
        }
        Ok(())
    }

    async fn remove_role(
        &self,
        school: &School,
        user_id: UserId,
        role_id: RoleId,
        _: &str,
    ) -> Result<(), GrantError> {
        self.removals.lock().unwrap().push((user_id, role_id));
        if *self.refuse_removal.lock().unwrap() {
            return Err(GrantError::RoleAbovePorter);
        }
        if role_id == school.member_role_id {
            if let Some(held) = self.members.lock().unwrap().get_mut(&user_id) {
                *held = false;
            }
        } else if let Some(held) = self.extra.lock().unwrap().get_mut(&user_id) {
            held.retain(|r| *r != role_id);
        }
        Ok(())
    }
}

/// A migrated database, a domain over it and its clock: a SQLite file in a temporary
/// directory, or a fresh PostgreSQL database.
struct World {
    domain: Domain,
    clock: Arc<ManualClock>,
    /// The database's URL, to open it again as a restarted Porter (or another one) would.
    url: String,
    /// The SQLite file; `None` on PostgreSQL.
    path: Option<PathBuf>,
    _dir: Option<tempfile::TempDir>,
}

impl World {
    async fn new(backend: Backend) -> Self {
        let clock = Arc::new(ManualClock::new(START));
        let (url, path, dir) = match backend {
            Backend::Sqlite => {
                let dir = tempfile::tempdir().unwrap();
                let path = dir.path().join("porter.db");
                (
                    format!("sqlite://{}", path.display()),
                    Some(path),
                    Some(dir),
                )
            }
            Backend::Postgres => (fresh_postgres_database().await, None, None),
        };
        let domain = open(&url, clock.clone()).await;
        assert_eq!(domain.db().backend(), backend);
        Self {
            domain,
            clock,
            url,
            path,
            _dir: dir,
        }
    }

    /// A world with a school in [`GUILD`], set up by [`ADMIN`].
    async fn with_school(backend: Backend, access: Access) -> Self {
        let world = Self::new(backend).await;
        world
            .domain
            .setup_school(GUILD, &admin(), &setup(access))
            .await
            .unwrap();
        world
    }

    /// Creates an invitation as [`ADMIN`].
    async fn invite(&self, max_uses: Option<i64>, expires_in: Option<&str>) -> Invitation {
        self.invite_in(GUILD, max_uses, expires_in).await
    }

    async fn invite_in(
        &self,
        guild: GuildId,
        max_uses: Option<i64>,
        expires_in: Option<&str>,
    ) -> Invitation {
        let request = InvitationRequest {
            label: Some("Year 7".into()),
            max_uses,
            expires_in: expires_in.map(str::to_owned),
        };
        let (_, new) = self
            .domain
            .prepare_invitation(guild, &admin(), &request)
            .await
            .unwrap();
        self.domain
            .create_invitation(guild, &admin(), &new, None)
            .await
            .unwrap()
    }

    /// The one number `sql` selects.
    async fn count(&self, sql: &str) -> i64 {
        sqlx::query_scalar(sql)
            .fetch_one(self.domain.db().pool())
            .await
            .unwrap()
    }

    async fn uses(&self, invitation: &Invitation) -> u32 {
        self.domain
            .invitation_by_id(invitation.id)
            .await
            .unwrap()
            .unwrap()
            .uses
    }
}

/// Opens (and migrates) the database at `url`, as Porter does when it starts.
async fn open(url: &str, clock: Arc<ManualClock>) -> Domain {
    let db = Db::connect(url).await.unwrap();
    Domain::with_clock(db, clock)
}

tokio::task_local! {
    /// The PostgreSQL databases the running test created, to drop once it ended.
    static CREATED: Arc<Mutex<Vec<String>>>;
}

/// The URL of the PostgreSQL cluster's admin database, where test databases are created.
fn postgres_admin_url() -> String {
    match std::env::var("PORTER_TEST_POSTGRES") {
        Ok(url) if !url.is_empty() => url,
        _ => panic!(
            "the PostgreSQL tests need a PostgreSQL server: run them with \
             `scripts/with-postgres cargo test` (it starts a throwaway one), or set \
             PORTER_TEST_POSTGRES to the URL of a database where they may create others \
             (e.g. postgres://postgres@127.0.0.1:5432/postgres)"
        ),
    }
}

/// `admin_url` with its database replaced by `database` (its query string is kept).
fn with_database(admin_url: &str, database: &str) -> String {
    let (base, query) = match admin_url.split_once('?') {
        Some((base, query)) => (base, Some(query)),
        None => (admin_url, None),
    };
    let authority_at = base.find("://").map_or(0, |i| i + 3);
    let host_end = base[authority_at..]
        .find('/')
        .map_or(base.len(), |i| authority_at + i);
    let mut url = format!("{}/{database}", &base[..host_end]);
    if let Some(query) = query {
        url.push('?');
        url.push_str(query);
    }
    url
}

/// Creates an empty database `porter_test_<random>` in the test cluster and returns its
/// URL. Inside [`run_on_postgres`] it is dropped when the test ends.
async fn fresh_postgres_database() -> String {
    let admin_url = postgres_admin_url();
    let name = format!("porter_test_{:016x}", rand::random::<u64>());
    let mut admin = sqlx::PgConnection::connect(&admin_url)
        .await
        .unwrap_or_else(|e| panic!("cannot connect to PORTER_TEST_POSTGRES: {e}"));
    sqlx::query(&format!("CREATE DATABASE {name}"))
        .execute(&mut admin)
        .await
        .unwrap();
    let _ = CREATED.try_with(|created| created.lock().unwrap().push(name.clone()));
    admin.close().await.unwrap();
    with_database(&admin_url, &name)
}

/// Runs `test` on PostgreSQL, then drops the databases it created, whether it passed or
/// failed (the disk of a development cluster is not endless); its failure is the test's.
async fn run_on_postgres<F, Fut>(test: F)
where
    F: FnOnce(Backend) -> Fut,
    Fut: Future<Output = ()> + Send + 'static,
{
    let admin_url = postgres_admin_url();
    let created = Arc::new(Mutex::new(Vec::new()));
    let outcome = tokio::spawn(CREATED.scope(created.clone(), test(Backend::Postgres))).await;
    let names = std::mem::take(&mut *created.lock().unwrap());
    if !names.is_empty() {
        match sqlx::PgConnection::connect(&admin_url).await {
            Ok(mut admin) => {
                for name in names {
                    // FORCE: connections the test left open go with the database.
                    let drop = format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)");
                    if let Err(e) = sqlx::query(&drop).execute(&mut admin).await {
                        eprintln!("could not drop the test database {name}: {e}");
                    }
                }
                let _ = admin.close().await;
            }
            Err(e) => eprintln!("could not drop the test databases {names:?}: {e}"),
        }
    }
    if let Err(e) = outcome {
        std::panic::resume_unwind(e.into_panic());
    }
}

#[test]
fn test_database_urls_keep_the_server_and_the_options_of_the_admin_url() {
    assert_eq!(
        with_database("postgres://postgres@127.0.0.1:5432/postgres", "t"),
        "postgres://postgres@127.0.0.1:5432/t"
    );
    assert_eq!(
        with_database("postgresql://u:p@db.example/admin?sslmode=disable", "t"),
        "postgresql://u:p@db.example/t?sslmode=disable"
    );
    assert_eq!(with_database("postgres://h:1", "t"), "postgres://h:1/t");
    assert_eq!(
        with_database("postgres:///postgres?host=/run/pg", "t"),
        "postgres:///t?host=/run/pg"
    );
}

fn admin() -> Actor {
    Actor {
        user_id: ADMIN,
        role_ids: vec![],
        discord_admin: true,
    }
}

fn moderator() -> Actor {
    Actor {
        user_id: MODERATOR,
        role_ids: vec![MOD_ROLE],
        discord_admin: false,
    }
}

fn nobody(user_id: u64) -> Actor {
    Actor {
        user_id: u(user_id),
        role_ids: vec![MEMBER_ROLE],
        discord_admin: false,
    }
}

/// A role the map may change: `actor_top_position: None`, as for the owner.
fn role(role_id: RoleId) -> PermissionTarget {
    PermissionTarget {
        role_id,
        role_position: 1,
        actor_top_position: None,
    }
}

fn member_role() -> RoleFacts {
    RoleFacts {
        id: MEMBER_ROLE,
        position: 1,
        is_everyone: false,
        managed: false,
        privileged: false,
    }
}

fn setup(access: Access) -> SchoolSetup {
    SchoolSetup {
        member_role: member_role(),
        actor_top_position: None,
        access: Some(access),
        welcome_channel_id: Some(ch(500)),
        log_channel_id: Some(ch(600)),
    }
}

fn by_code(user_id: impl Into<UserId>, guild: Option<GuildId>, code: &str) -> JoinRequest<'_> {
    JoinRequest {
        user_id: user_id.into(),
        guild_id: guild,
        code: Some(code),
        method: JoinMethod::Code,
    }
}

fn code_of(invitation: &Invitation) -> String {
    invitation.code.to_string()
}

// --- links and arrivals --------------------------------------------------------------

/// An invitation as [`ADMIN`] whose Discord invite has the code `link`.
async fn linked(world: &World, link: &str, max_uses: Option<i64>) -> Invitation {
    let new = porter::domain::NewInvitation::parse(&InvitationRequest {
        max_uses,
        ..Default::default()
    })
    .unwrap();
    let link = porter::domain::DiscordLink {
        code: link.to_owned(),
        channel_id: ch(500),
    };
    world
        .domain
        .create_invitation(GUILD, &admin(), &new, Some(link))
        .await
        .unwrap()
}

/// Discord's invite list: `(code, uses, max_uses)`.
fn listed(invites: &[(&str, u32, u32)]) -> Vec<InviteUses> {
    invites
        .iter()
        .map(|&(code, uses, max_uses)| InviteUses {
            code: code.to_owned(),
            uses,
            max_uses,
        })
        .collect()
}

/// Someone arriving now, holding the member role Discord's link gave them.
fn arrival(world: &World, user_id: u64) -> Arrival {
    Arrival {
        user_id: u(user_id),
        has_member_role: true,
        received_at: world.domain.now(),
    }
}

/// The school's ledger after Porter started following `invites`.
async fn following(world: &World, invites: &[(&str, u32, u32)]) -> Ledger {
    let d = &world.domain;
    let mut ledger = d.ledger(GUILD).await.unwrap().expect("a school");
    let offline = d
        .snapshot_invites(GUILD, &mut ledger, &listed(invites))
        .await
        .unwrap();
    assert!(offline.uses.is_empty(), "{offline:?}");
    ledger
}

/// How each arrival was explained, by invitation ids: `Joined(id)`, `Refused(id)`,
/// `Maybe(candidates)` or `None`.
#[derive(Debug, PartialEq, Eq)]
enum Seen {
    Joined(InvitationId),
    Refused(InvitationId, Refusal),
    Maybe(Vec<InvitationId>),
    Nothing,
}

async fn settle(
    world: &World,
    ledger: &mut Ledger,
    invites: &[(&str, u32, u32)],
    users: &[u64],
) -> Vec<Seen> {
    let arrivals: Vec<Arrival> = users.iter().map(|&u| arrival(world, u)).collect();
    let settled = world
        .domain
        .settle_arrivals(GUILD, ledger, &listed(invites), &arrivals, 0)
        .await
        .unwrap();
    settled
        .outcomes
        .into_iter()
        .map(|(_, outcome)| match outcome {
            Outcome::Joined { invitation, .. } => Seen::Joined(invitation.id),
            Outcome::Refused { invitation, why } => Seen::Refused(invitation.id, why),
            Outcome::Unattributed { candidates, .. } => {
                Seen::Maybe(candidates.iter().map(|i| i.id).collect())
            }
            Outcome::Elsewhere => Seen::Nothing,
        })
        .collect()
}
