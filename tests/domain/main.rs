//! The domain against a real SQLite database (a temporary file, migrated as in production),
//! with a clock the tests move and a fake [`Gatekeeper`] standing in for Discord.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use porter::domain::{
    Access, Actor, Arrival, Domain, DomainError, GrantError, Invitation, InvitationRequest,
    InviteCode, InviteUses, JoinMethod, JoinOutcome, JoinRequest, Ledger, ManualClock, Membership,
    OfflineHow, Outcome, Permission, PermissionTarget, Refusal, Resolution, RoleFacts, School,
    SchoolSetup, ShareTarget, Status, FAILURE_LIMIT, FAILURE_WINDOW, SCHOOL_ALERT_THRESHOLD,
};
use porter::domain::{Gatekeeper, UserId};
use sqlx::Row;

const GUILD: u64 = 1_000;
const OTHER_GUILD: u64 = 2_000;
const MEMBER_ROLE: u64 = 10;
const MOD_ROLE: u64 = 20;
const START: i64 = 1_800_000_000;
const ADMIN: u64 = 1;
const MODERATOR: u64 = 2;

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
}

impl FakeGate {
    fn with_members(users: impl IntoIterator<Item = UserId>) -> Self {
        let gate = Self::default();
        gate.members
            .lock()
            .unwrap()
            .extend(users.into_iter().map(|u| (u, false)));
        gate
    }

    /// Puts the user in the server without the member role (joining it, or losing the role).
    fn without_role(&self, user: UserId) {
        self.members.lock().unwrap().insert(user, false);
    }

    fn has_role(&self, user: UserId) -> bool {
        self.members.lock().unwrap().get(&user) == Some(&true)
    }

    fn refuse(&self, error: Option<GrantError>) {
        *self.refuse.lock().unwrap() = error;
    }
}

impl Gatekeeper for FakeGate {
    async fn membership(&self, _: &School, user_id: UserId) -> Result<Membership, GrantError> {
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
}

/// A migrated database in a temporary directory, a domain over it and its clock.
struct World {
    domain: Domain,
    clock: Arc<ManualClock>,
    path: PathBuf,
    _dir: tempfile::TempDir,
}

impl World {
    async fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("porter.db");
        let clock = Arc::new(ManualClock::new(START));
        let domain = open(&path, clock.clone()).await;
        Self {
            domain,
            clock,
            path,
            _dir: dir,
        }
    }

    /// A world with a school in [`GUILD`], set up by [`ADMIN`].
    async fn with_school(access: Access) -> Self {
        let world = Self::new().await;
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
        guild: u64,
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

    async fn count(&self, sql: &str) -> i64 {
        sqlx::query(sql)
            .fetch_one(self.domain.pool())
            .await
            .unwrap()
            .get(0)
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

async fn open(path: &std::path::Path, clock: Arc<ManualClock>) -> Domain {
    let pool = porter::db::connect(&format!("sqlite://{}", path.display()))
        .await
        .unwrap();
    Domain::with_clock(pool, clock)
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

fn nobody(user_id: UserId) -> Actor {
    Actor {
        user_id,
        role_ids: vec![MEMBER_ROLE],
        discord_admin: false,
    }
}

/// A role the map may change: `actor_top_position: None`, as for the owner.
fn role(role_id: u64) -> PermissionTarget {
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
        welcome_channel_id: Some(500),
        log_channel_id: Some(600),
    }
}

fn by_code(user_id: UserId, guild: Option<u64>, code: &str) -> JoinRequest<'_> {
    JoinRequest {
        user_id,
        guild_id: guild,
        code: Some(code),
        method: JoinMethod::Code,
    }
}

fn code_of(invitation: &Invitation) -> String {
    invitation.code.to_string()
}

// --- schools -------------------------------------------------------------------------

#[tokio::test]
async fn setting_up_a_school_needs_manage_and_a_suitable_role() {
    let world = World::new().await;
    let d = &world.domain;

    let refused = d
        .setup_school(GUILD, &moderator(), &setup(Access::Private))
        .await;
    assert!(matches!(refused, Err(DomainError::Forbidden(p)) if p == [Permission::Manage]));

    let unsuitable = [
        RoleFacts {
            is_everyone: true,
            ..member_role()
        },
        RoleFacts {
            managed: true,
            ..member_role()
        },
        RoleFacts {
            privileged: true,
            ..member_role()
        },
    ];
    for role in unsuitable {
        let bad = SchoolSetup {
            member_role: role,
            ..setup(Access::Private)
        };
        let result = d.setup_school(GUILD, &admin(), &bad).await;
        assert!(matches!(result, Err(DomainError::UnsuitableMemberRole(_))));
    }
    // A role at or above the moderator's own highest role.
    let above = SchoolSetup {
        member_role: RoleFacts {
            position: 5,
            ..member_role()
        },
        actor_top_position: Some(5),
        ..setup(Access::Private)
    };
    assert!(matches!(
        d.setup_school(GUILD, &admin(), &above).await,
        Err(DomainError::UnsuitableMemberRole(_))
    ));
    assert!(
        d.find_school(GUILD).await.unwrap().is_none(),
        "nothing written"
    );
    assert_eq!(world.count("SELECT count(*) FROM audit_log").await, 0);

    let (school, new) = d
        .setup_school(GUILD, &admin(), &setup(Access::Public))
        .await
        .unwrap();
    assert!(new);
    assert_eq!(school.member_role_id, MEMBER_ROLE);
    assert_eq!(school.access, Access::Public);
    assert_eq!(school.welcome_channel_id, Some(500));
    assert_eq!(school.log_channel_id, Some(600));
    assert_eq!(school.created_by, ADMIN);

    // An update changes what is given and keeps the rest.
    world.clock.advance(60);
    let update = SchoolSetup {
        member_role: RoleFacts {
            id: 11,
            ..member_role()
        },
        actor_top_position: Some(3),
        access: None,
        welcome_channel_id: None,
        log_channel_id: Some(601),
    };
    let (school, new) = d.setup_school(GUILD, &admin(), &update).await.unwrap();
    assert!(!new);
    assert_eq!(school.member_role_id, 11);
    assert_eq!(school.access, Access::Public);
    assert_eq!(school.welcome_channel_id, Some(500));
    assert_eq!(school.log_channel_id, Some(601));
    assert_eq!(school.created_at, START);
    assert_eq!(school.updated_at, START + 60);

    let trail = d.audit_trail(GUILD, 10).await.unwrap();
    assert_eq!(trail.len(), 2);
    assert!(trail.iter().all(|e| e.action == "school_setup"));
}

#[tokio::test]
async fn every_command_outside_a_school_is_refused() {
    let world = World::new().await;
    let d = &world.domain;
    let a = admin();
    let request = InvitationRequest::default();
    let not_a_school = |r: Result<(), DomainError>| matches!(r, Err(DomainError::NotASchool));

    assert!(not_a_school(d.school(GUILD).await.map(drop)));
    assert!(not_a_school(d.school_info(GUILD, &a).await.map(drop)));
    assert!(not_a_school(
        d.prepare_invitation(GUILD, &a, &request).await.map(drop)
    ));
    assert!(not_a_school(
        d.list_invitations(GUILD, &a, true).await.map(drop)
    ));
    assert!(not_a_school(
        d.invitation(GUILD, &a, "ABCDE-FGHJK").await.map(drop)
    ));
    assert!(not_a_school(
        d.revoke_invitation(GUILD, &a, "ABCDE-FGHJK")
            .await
            .map(drop)
    ));
    assert!(not_a_school(
        d.prepare_share(GUILD, &a, "ABCDE-FGHJK").await.map(drop)
    ));
    assert!(not_a_school(
        d.grant_permission(GUILD, &a, role(MOD_ROLE), Permission::Create)
            .await
            .map(drop)
    ));
    assert!(not_a_school(d.list_permissions(GUILD, &a).await.map(drop)));
    let public_join = JoinRequest {
        user_id: 9,
        guild_id: Some(GUILD),
        code: None,
        method: JoinMethod::Public,
    };
    assert!(not_a_school(
        d.join(&FakeGate::with_members([9]), public_join)
            .await
            .map(drop)
    ));
}

// --- permissions ---------------------------------------------------------------------

#[tokio::test]
async fn roles_hold_the_permissions_granted_to_them() {
    let world = World::with_school(Access::Private).await;
    let d = &world.domain;
    let m = moderator();

    assert!(!d.permissions_of(GUILD, &m).await.unwrap().any());
    assert!(d
        .grant_permission(GUILD, &admin(), role(MOD_ROLE), Permission::Create)
        .await
        .unwrap());
    assert!(
        !d.grant_permission(GUILD, &admin(), role(MOD_ROLE), Permission::Create)
            .await
            .unwrap(),
        "granting twice changes nothing"
    );
    let held = d.permissions_of(GUILD, &m).await.unwrap();
    assert!(held.allows(Permission::Create));
    assert!(!held.allows(Permission::Revoke));
    assert!(!held.allows(Permission::Share));

    // Only managers change the map; a member's permissions are the union of their roles.
    let refused = d
        .grant_permission(GUILD, &m, role(MOD_ROLE), Permission::Manage)
        .await;
    assert!(matches!(refused, Err(DomainError::Forbidden(_))));
    d.grant_permission(GUILD, &admin(), role(21), Permission::Revoke)
        .await
        .unwrap();
    let two_roles = Actor {
        role_ids: vec![MOD_ROLE, 21],
        ..moderator()
    };
    let held = d.permissions_of(GUILD, &two_roles).await.unwrap();
    assert!(held.allows(Permission::Create) && held.allows(Permission::Revoke));
    // The map is per school.
    let elsewhere = d.permissions_of(OTHER_GUILD, &m).await.unwrap();
    assert!(!elsewhere.any());

    // Manage implies the rest.
    d.grant_permission(GUILD, &admin(), role(22), Permission::Manage)
        .await
        .unwrap();
    let manager = Actor {
        role_ids: vec![22],
        ..moderator()
    };
    let held = d.permissions_of(GUILD, &manager).await.unwrap();
    assert!(Permission::ALL.iter().all(|&p| held.allows(p)));

    let map = d.list_permissions(GUILD, &admin()).await.unwrap();
    let roles: Vec<u64> = map.iter().map(|g| g.role_id).collect();
    assert_eq!(roles, [MOD_ROLE, 21, 22]);
    assert_eq!(
        map[0].permissions.iter().collect::<Vec<_>>(),
        [Permission::Create]
    );
    assert!(matches!(
        d.list_permissions(GUILD, &m).await,
        Err(DomainError::Forbidden(_))
    ));

    assert!(d
        .remove_permission(GUILD, &manager, role(MOD_ROLE), Permission::Create)
        .await
        .unwrap());
    assert!(!d
        .remove_permission(GUILD, &manager, role(MOD_ROLE), Permission::Create)
        .await
        .unwrap());
    assert!(!d.permissions_of(GUILD, &m).await.unwrap().any());

    let actions: Vec<String> = d
        .audit_trail(GUILD, 10)
        .await
        .unwrap()
        .into_iter()
        .map(|e| e.action)
        .collect();
    assert_eq!(
        actions,
        [
            "permission_remove",
            "permission_grant",
            "permission_grant",
            "permission_grant",
            "school_setup"
        ]
    );
}

#[tokio::test]
async fn every_member_holds_what_everyone_was_granted() {
    let world = World::with_school(Access::Private).await;
    let d = &world.domain;
    // Discord never lists @everyone among a member's roles.
    let roleless = Actor {
        user_id: 60,
        role_ids: vec![],
        discord_admin: false,
    };
    assert!(!d.permissions_of(GUILD, &roleless).await.unwrap().any());

    // @everyone's role id is the server's id.
    for p in [Permission::Create, Permission::Share] {
        assert!(d
            .grant_permission(GUILD, &admin(), role(GUILD), p)
            .await
            .unwrap());
    }
    for member in [roleless.clone(), nobody(61)] {
        let held = d.permissions_of(GUILD, &member).await.unwrap();
        assert!(held.allows(Permission::Create), "{member:?}");
        assert!(held.allows(Permission::Share), "{member:?}");
        assert!(!held.allows(Permission::Revoke), "{member:?}");
        assert!(!held.allows(Permission::Manage), "{member:?}");
    }
    assert!(d
        .prepare_invitation(GUILD, &roleless, &InvitationRequest::default())
        .await
        .is_ok());
    // Another server's @everyone is another id.
    assert!(!d
        .permissions_of(OTHER_GUILD, &roleless)
        .await
        .unwrap()
        .any());
    // The map shows @everyone as the role it is.
    let map = d.list_permissions(GUILD, &admin()).await.unwrap();
    assert_eq!(map.len(), 1);
    assert_eq!(map[0].role_id, GUILD);

    assert!(d
        .remove_permission(GUILD, &admin(), role(GUILD), Permission::Create)
        .await
        .unwrap());
    let held = d.permissions_of(GUILD, &roleless).await.unwrap();
    assert!(!held.allows(Permission::Create) && held.allows(Permission::Share));
}

#[tokio::test]
async fn managers_change_only_roles_below_their_own_highest_role() {
    let world = World::with_school(Access::Private).await;
    let d = &world.domain;
    // The moderator holds manage through MOD_ROLE, at position 5.
    d.grant_permission(GUILD, &admin(), role(MOD_ROLE), Permission::Manage)
        .await
        .unwrap();
    let m = moderator();
    let at = |role_id: u64, role_position: u16| PermissionTarget {
        role_id,
        role_position,
        actor_top_position: Some(5),
    };
    let audit = "SELECT count(*) FROM audit_log";
    let entries = world.count(audit).await;

    // At or above their highest role: refused, for grants and removals alike.
    for target in [at(MOD_ROLE, 5), at(30, 6)] {
        for p in Permission::ALL {
            assert!(matches!(
                d.grant_permission(GUILD, &m, target, p).await,
                Err(DomainError::RoleNotBelowYours)
            ));
        }
    }
    d.grant_permission(GUILD, &admin(), role(30), Permission::Create)
        .await
        .unwrap();
    let entries = entries + 1;
    assert!(matches!(
        d.remove_permission(GUILD, &m, at(30, 6), Permission::Create)
            .await,
        Err(DomainError::RoleNotBelowYours)
    ));
    assert!(matches!(
        d.remove_permission(GUILD, &m, at(MOD_ROLE, 5), Permission::Manage)
            .await,
        Err(DomainError::RoleNotBelowYours)
    ));
    assert_eq!(world.count(audit).await, entries, "nothing written");
    let map = d.list_permissions(GUILD, &admin()).await.unwrap();
    assert_eq!(
        map.iter().map(|g| g.role_id).collect::<Vec<_>>(),
        [MOD_ROLE, 30]
    );

    // Below it: allowed, manage included.
    assert!(d
        .grant_permission(GUILD, &m, at(31, 4), Permission::Manage)
        .await
        .unwrap());
    assert!(d
        .remove_permission(GUILD, &m, at(31, 4), Permission::Manage)
        .await
        .unwrap());
    // The owner and Discord administrators (no top position) are not limited.
    assert!(d
        .remove_permission(GUILD, &m, role(30), Permission::Create)
        .await
        .unwrap());
}

#[tokio::test]
async fn manage_is_never_granted_to_everyone() {
    let world = World::with_school(Access::Private).await;
    let d = &world.domain;
    let everyone = PermissionTarget {
        role_id: GUILD,
        role_position: 0,
        actor_top_position: None,
    };
    // Not even by the owner.
    assert!(matches!(
        d.grant_permission(GUILD, &admin(), everyone, Permission::Manage)
            .await,
        Err(DomainError::ManageForEveryone)
    ));
    assert!(d
        .list_permissions(GUILD, &admin())
        .await
        .unwrap()
        .is_empty());
    let roleless = Actor {
        role_ids: vec![],
        ..moderator()
    };
    assert!(!d.permissions_of(GUILD, &roleless).await.unwrap().any());
    // The rest may go to @everyone, from a manager whose highest role is above it.
    let from_moderator = PermissionTarget {
        actor_top_position: Some(5),
        ..everyone
    };
    d.grant_permission(GUILD, &admin(), role(MOD_ROLE), Permission::Manage)
        .await
        .unwrap();
    for p in [Permission::Create, Permission::Share, Permission::Revoke] {
        assert!(d
            .grant_permission(GUILD, &moderator(), from_moderator, p)
            .await
            .unwrap());
    }
    let held = d.permissions_of(GUILD, &roleless).await.unwrap();
    assert!(held.allows(Permission::Revoke) && !held.allows(Permission::Manage));
}

#[tokio::test]
async fn grants_of_manage_to_everyone_made_before_the_rule_are_removed() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("porter.db").display());
    // The database as the versions before the rule left it.
    let options: sqlx::sqlite::SqliteConnectOptions = url.parse().unwrap();
    let pool = sqlx::SqlitePool::connect_with(options.create_if_missing(true))
        .await
        .unwrap();
    let before = sqlx::migrate::Migrator {
        migrations: porter::db::MIGRATOR
            .migrations
            .iter()
            .filter(|m| m.version < 20261126120000)
            .cloned()
            .collect(),
        ..sqlx::migrate::Migrator::DEFAULT
    };
    before.run(&pool).await.unwrap();
    sqlx::query(
        "INSERT INTO schools (guild_id, member_role_id, created_by, created_at, updated_at) \
         VALUES (?1, ?2, 1, 0, 0)",
    )
    .bind(GUILD as i64)
    .bind(MEMBER_ROLE as i64)
    .execute(&pool)
    .await
    .unwrap();
    for (role, permission) in [(GUILD, "manage"), (GUILD, "create"), (MOD_ROLE, "manage")] {
        sqlx::query(
            "INSERT INTO role_permissions (guild_id, role_id, permission, granted_by, granted_at) \
             VALUES (?, ?, ?, 1, 0)",
        )
        .bind(GUILD as i64)
        .bind(role as i64)
        .bind(permission)
        .execute(&pool)
        .await
        .unwrap();
    }
    pool.close().await;

    let pool = porter::db::connect(&url).await.unwrap();
    let domain = Domain::new(pool);
    let map = domain.list_permissions(GUILD, &admin()).await.unwrap();
    let lines: Vec<(u64, Vec<Permission>)> = map
        .iter()
        .map(|g| (g.role_id, g.permissions.iter().collect()))
        .collect();
    assert_eq!(
        lines,
        [
            (MOD_ROLE, vec![Permission::Manage]),
            (GUILD, vec![Permission::Create]),
        ]
    );
}

#[tokio::test]
async fn members_without_permission_are_refused_every_moderator_action() {
    let world = World::with_school(Access::Private).await;
    let d = &world.domain;
    let invitation = world.invite(None, None).await;
    let code = code_of(&invitation);
    let n = nobody(50);
    let forbidden = |r: Result<(), DomainError>| matches!(r, Err(DomainError::Forbidden(_)));

    assert!(forbidden(d.school_info(GUILD, &n).await.map(drop)));
    assert!(forbidden(
        d.setup_school(GUILD, &n, &setup(Access::Public))
            .await
            .map(drop)
    ));
    assert!(forbidden(
        d.prepare_invitation(GUILD, &n, &InvitationRequest::default())
            .await
            .map(drop)
    ));
    let new = d
        .prepare_invitation(GUILD, &admin(), &InvitationRequest::default())
        .await
        .unwrap()
        .1;
    assert!(forbidden(
        d.create_invitation(GUILD, &n, &new, None).await.map(drop)
    ));
    assert!(forbidden(d.prepare_share(GUILD, &n, &code).await.map(drop)));
    assert!(forbidden(
        d.revoke_invitation(GUILD, &n, &code).await.map(drop)
    ));
    assert!(forbidden(
        d.list_invitations(GUILD, &n, false).await.map(drop)
    ));
    assert!(forbidden(
        d.invitation_details(GUILD, &n, &code).await.map(drop)
    ));
    assert!(forbidden(d.list_permissions(GUILD, &n).await.map(drop)));
    assert!(forbidden(
        d.remove_permission(GUILD, &n, role(MOD_ROLE), Permission::Create)
            .await
            .map(drop)
    ));
    assert!(d
        .suggest_invitations(GUILD, &n, "", 25)
        .await
        .unwrap()
        .is_empty());

    // Share alone does not let one create, revoke or list.
    d.grant_permission(GUILD, &admin(), role(MOD_ROLE), Permission::Share)
        .await
        .unwrap();
    let sharer = moderator();
    assert!(d.prepare_share(GUILD, &sharer, &code).await.is_ok());
    assert!(forbidden(
        d.revoke_invitation(GUILD, &sharer, &code).await.map(drop)
    ));
    assert!(forbidden(
        d.list_invitations(GUILD, &sharer, false).await.map(drop)
    ));
    assert_eq!(
        world.count("SELECT count(*) FROM invitations").await,
        1,
        "nothing was created"
    );
    assert!(
        d.invitation_by_id(invitation.id)
            .await
            .unwrap()
            .unwrap()
            .revoked_at
            .is_none(),
        "nothing was revoked"
    );
}

// --- invitations ---------------------------------------------------------------------

#[tokio::test]
async fn bad_options_are_refused_and_write_nothing() {
    let world = World::with_school(Access::Private).await;
    let d = &world.domain;
    let bad = [
        InvitationRequest {
            label: Some("x".repeat(101)),
            ..Default::default()
        },
        InvitationRequest {
            max_uses: Some(0),
            ..Default::default()
        },
        InvitationRequest {
            max_uses: Some(10_001),
            ..Default::default()
        },
        InvitationRequest {
            expires_in: Some("next tuesday".into()),
            ..Default::default()
        },
        InvitationRequest {
            expires_in: Some("400d".into()),
            ..Default::default()
        },
    ];
    for request in &bad {
        assert!(d
            .prepare_invitation(GUILD, &admin(), request)
            .await
            .is_err());
    }
    assert_eq!(world.count("SELECT count(*) FROM invitations").await, 0);
    assert_eq!(
        world
            .count("SELECT count(*) FROM audit_log WHERE action != 'school_setup'")
            .await,
        0
    );
}

#[tokio::test]
async fn an_invitation_is_found_by_its_code_however_it_is_typed() {
    let world = World::with_school(Access::Private).await;
    let d = &world.domain;
    let invitation = world.invite(Some(30), Some("7d")).await;
    assert_eq!(invitation.max_uses, Some(30));
    assert_eq!(invitation.expires_at, Some(START + 7 * 86_400));
    assert_eq!(invitation.label.as_deref(), Some("Year 7"));
    assert_eq!(invitation.created_by, ADMIN);
    assert_eq!(invitation.status(START), Status::Active);

    let shown = code_of(&invitation); // ABCDE-FGHJK
    let plain = invitation.code.as_str().to_owned();
    let typed = [
        shown.clone(),
        plain.to_lowercase(),
        format!(" {} {} ", &plain[..5], &plain[5..]),
        plain.replace('0', "O").replace('1', "l"),
        plain.replace('1', "I").to_lowercase(),
        plain.chars().flat_map(|c| [c, '-']).collect(),
    ];
    for input in &typed {
        let found = d.invitation(GUILD, &admin(), input).await.unwrap();
        assert_eq!(found.id, invitation.id, "{input:?}");
    }
    for wrong in ["", "ABCDE", "ABCDE-FGHJK-M", "ABCDE-FGHJU", "ÄBCDE-FGHJK"] {
        assert!(matches!(
            d.invitation(GUILD, &admin(), wrong).await,
            Err(DomainError::NotAValidInvitation)
        ));
    }

    // Another school's code is not valid here.
    d.setup_school(OTHER_GUILD, &admin(), &setup(Access::Private))
        .await
        .unwrap();
    assert!(matches!(
        d.invitation(OTHER_GUILD, &admin(), &shown).await,
        Err(DomainError::NotAValidInvitation)
    ));
}

#[tokio::test]
async fn codes_are_unique_and_well_formed() {
    let world = World::with_school(Access::Private).await;
    let mut seen = std::collections::HashSet::new();
    for _ in 0..300 {
        let invitation = world.invite(None, None).await;
        assert_eq!(
            InviteCode::parse(invitation.code.as_str()).unwrap(),
            invitation.code
        );
        assert!(seen.insert(invitation.code.as_str().to_owned()));
    }
    assert_eq!(
        world
            .count("SELECT count(*) FROM audit_log WHERE action = 'invitation_create'")
            .await,
        300
    );
}

#[tokio::test]
async fn lists_show_active_invitations_newest_first() {
    let world = World::with_school(Access::Private).await;
    let d = &world.domain;
    let first = world.invite(None, None).await;
    let short = world.invite(None, Some("1h")).await;
    let revoked = world.invite(None, None).await;
    d.revoke_invitation(GUILD, &admin(), &code_of(&revoked))
        .await
        .unwrap();
    world.clock.advance(3600);

    let ids = |list: Vec<Invitation>| list.into_iter().map(|i| i.id).collect::<Vec<_>>();
    assert_eq!(
        ids(d.list_invitations(GUILD, &admin(), false).await.unwrap()),
        [first.id]
    );
    assert_eq!(
        ids(d.list_invitations(GUILD, &admin(), true).await.unwrap()),
        [revoked.id, short.id, first.id]
    );

    // Autocomplete: active ones matching part of the code or the label.
    let part = &first.code.as_str()[2..6];
    let suggested = d
        .suggest_invitations(GUILD, &admin(), &part.to_lowercase(), 25)
        .await
        .unwrap();
    assert_eq!(ids(suggested), [first.id]);
    let by_label = d
        .suggest_invitations(GUILD, &admin(), "year", 25)
        .await
        .unwrap();
    assert_eq!(ids(by_label), [first.id]);
    d.grant_permission(GUILD, &admin(), role(MOD_ROLE), Permission::Share)
        .await
        .unwrap();
    let sharer = d
        .suggest_invitations(GUILD, &moderator(), "", 25)
        .await
        .unwrap();
    assert_eq!(ids(sharer), [first.id]);
}

#[tokio::test]
async fn revoking_stops_the_code_at_once_and_members_keep_their_join() {
    let world = World::with_school(Access::Private).await;
    let d = &world.domain;
    let gate = FakeGate::with_members([70, 71]);
    let invitation = world.invite(None, None).await;
    let code = code_of(&invitation);
    d.join(&gate, by_code(70, Some(GUILD), &code))
        .await
        .unwrap();

    d.grant_permission(GUILD, &admin(), role(MOD_ROLE), Permission::Revoke)
        .await
        .unwrap();
    world.clock.advance(10);
    let revoked = d
        .revoke_invitation(GUILD, &moderator(), &code.to_lowercase())
        .await
        .unwrap();
    assert_eq!(revoked.revoked_at, Some(START + 10));
    assert_eq!(revoked.revoked_by, Some(MODERATOR));
    assert_eq!(revoked.status(START + 10), Status::Revoked);
    assert!(matches!(
        d.revoke_invitation(GUILD, &admin(), &code).await,
        Err(DomainError::AlreadyRevoked { at }) if at == START + 10
    ));
    assert!(matches!(
        d.revoke_invitation(GUILD, &admin(), "ABCDE-FGHJK").await,
        Err(DomainError::NotAValidInvitation)
    ));

    // A revoked code looks exactly like an unknown one, and cannot be shared.
    assert!(matches!(
        d.join(&gate, by_code(71, Some(GUILD), &code)).await,
        Err(DomainError::NotAValidInvitation)
    ));
    assert!(matches!(
        d.prepare_share(GUILD, &admin(), &code).await,
        Err(DomainError::Inactive(Status::Revoked))
    ));
    assert!(!gate.has_role(71));
    assert!(gate.has_role(70), "the member who joined keeps the role");
    let details = d.invitation_details(GUILD, &admin(), &code).await.unwrap();
    assert_eq!(details.joins.len(), 1);
    assert_eq!(details.joins[0].user_id, 70);
}

#[tokio::test]
async fn shares_are_recorded() {
    let world = World::with_school(Access::Private).await;
    let d = &world.domain;
    let invitation = world.invite(None, None).await;
    let (_, ready) = d
        .prepare_share(GUILD, &admin(), &code_of(&invitation))
        .await
        .unwrap();
    d.record_share(&ready, &admin(), ShareTarget::Dm(77))
        .await
        .unwrap();
    d.record_share(
        &ready,
        &admin(),
        ShareTarget::Channel {
            channel_id: 500,
            message_id: 9_000,
        },
    )
    .await
    .unwrap();
    let shares: Vec<(Option<u64>, Option<String>)> = d
        .audit_trail(GUILD, 10)
        .await
        .unwrap()
        .into_iter()
        .filter(|e| e.action == "invitation_share")
        .map(|e| (e.target_id, e.detail))
        .collect();
    assert_eq!(
        shares,
        [
            (Some(500), Some("channel".into())),
            (Some(77), Some("dm".into()))
        ]
    );
    assert_eq!(
        world
            .count("SELECT count(*) FROM invitation_posts WHERE message_id = 9000")
            .await,
        1
    );
}

// --- joins ---------------------------------------------------------------------------

#[tokio::test]
async fn a_good_code_grants_the_role_and_counts_once() {
    let world = World::with_school(Access::Private).await;
    let d = &world.domain;
    let gate = FakeGate::with_members([80]);
    let invitation = world.invite(Some(5), None).await;
    let code = code_of(&invitation);

    let outcome = d
        .join(&gate, by_code(80, Some(GUILD), &code))
        .await
        .unwrap();
    let JoinOutcome::Joined {
        invitation: Some(joined),
        counted: true,
        ..
    } = outcome
    else {
        panic!("expected a counted join, got {outcome:?}");
    };
    assert_eq!(joined.uses, 1);
    assert!(gate.has_role(80));

    // Joining again while holding the role says so and counts nothing.
    let again = d
        .join(&gate, by_code(80, Some(GUILD), &code))
        .await
        .unwrap();
    assert!(matches!(again, JoinOutcome::AlreadyMember { .. }));
    assert_eq!(world.uses(&invitation).await, 1);

    // Lost the role since: it is given back, but the join is not counted twice.
    gate.without_role(80);
    let regrant = d
        .join(&gate, by_code(80, Some(GUILD), &code))
        .await
        .unwrap();
    assert!(matches!(
        regrant,
        JoinOutcome::Joined { counted: false, .. }
    ));
    assert!(gate.has_role(80));
    assert_eq!(world.uses(&invitation).await, 1);

    let details = d.invitation_details(GUILD, &admin(), &code).await.unwrap();
    assert_eq!(details.joins.len(), 1);
    assert_eq!(details.joins[0].method, JoinMethod::Code);
    assert_eq!(details.joins[0].joined_at, START);
    let joins = d
        .audit_trail(GUILD, 20)
        .await
        .unwrap()
        .into_iter()
        .filter(|e| e.action == "join")
        .collect::<Vec<_>>();
    assert_eq!(joins.len(), 1);
    assert_eq!(joins[0].actor_id, 80);
    assert_eq!(joins[0].invitation_id, Some(invitation.id));

    let info = d.school_info(GUILD, &admin()).await.unwrap();
    assert_eq!(info.members_joined, 1);
    assert_eq!(info.joins_last_week, 1);
    assert_eq!(info.active_invitations, 1);
}

#[tokio::test]
async fn a_code_in_a_direct_message_names_its_school() {
    let world = World::with_school(Access::Private).await;
    let d = &world.domain;
    let gate = FakeGate::with_members([81]);
    let invitation = world.invite(None, None).await;
    let code = code_of(&invitation);

    let outcome = d.join(&gate, by_code(81, None, &code)).await.unwrap();
    assert!(
        matches!(outcome, JoinOutcome::Joined { ref school, counted: true, .. } if school.guild_id == GUILD)
    );

    // Someone not in the server gets the invitation back (for its link), counted nothing.
    let outside = d.join(&gate, by_code(82, None, &code)).await.unwrap();
    assert!(
        matches!(outside, JoinOutcome::NotInServer { ref invitation, .. } if invitation.uses == 1)
    );
    assert_eq!(world.uses(&invitation).await, 1);

    // In another server, this school's code is not valid.
    d.setup_school(OTHER_GUILD, &admin(), &setup(Access::Private))
        .await
        .unwrap();
    gate.without_role(83);
    assert!(matches!(
        d.join(&gate, by_code(83, Some(OTHER_GUILD), &code)).await,
        Err(DomainError::NotAValidInvitation)
    ));
}

#[tokio::test]
async fn expired_and_used_up_invitations_say_why() {
    let world = World::with_school(Access::Private).await;
    let d = &world.domain;
    let gate = FakeGate::with_members([90, 91, 92]);

    let once = world.invite(Some(1), None).await;
    d.join(&gate, by_code(90, Some(GUILD), &code_of(&once)))
        .await
        .unwrap();
    assert!(matches!(
        d.join(&gate, by_code(91, Some(GUILD), &code_of(&once)))
            .await,
        Err(DomainError::UsedUp { max_uses: 1 })
    ));

    let hour = world.invite(None, Some("1h")).await;
    world.clock.advance(3600);
    assert!(matches!(
        d.join(&gate, by_code(92, Some(GUILD), &code_of(&hour))).await,
        Err(DomainError::Expired { at }) if at == START + 3600
    ));
    assert!(matches!(
        d.prepare_share(GUILD, &admin(), &code_of(&hour)).await,
        Err(DomainError::Inactive(Status::Expired))
    ));
    assert!(matches!(
        d.prepare_share(GUILD, &admin(), &code_of(&once)).await,
        Err(DomainError::Inactive(Status::UsedUp))
    ));
    assert!(!gate.has_role(91) && !gate.has_role(92));
    assert_eq!(world.count("SELECT count(*) FROM joins").await, 1);
}

#[tokio::test]
async fn a_failed_role_grant_consumes_nothing() {
    let world = World::with_school(Access::Private).await;
    let d = &world.domain;
    let gate = FakeGate::with_members([100]);
    let invitation = world.invite(Some(1), None).await;
    let code = code_of(&invitation);

    for error in [GrantError::MissingManageRoles, GrantError::RoleAbovePorter] {
        gate.refuse(Some(error.clone()));
        let result = d.join(&gate, by_code(100, Some(GUILD), &code)).await;
        assert!(matches!(result, Err(DomainError::Grant(e)) if e == error));
        assert_eq!(world.uses(&invitation).await, 0);
        assert_eq!(world.count("SELECT count(*) FROM joins").await, 0);
        assert_eq!(
            world
                .count("SELECT count(*) FROM audit_log WHERE action = 'join'")
                .await,
            0
        );
    }

    // Once an administrator fixes Discord, the same single-use code works.
    gate.refuse(None);
    let outcome = d
        .join(&gate, by_code(100, Some(GUILD), &code))
        .await
        .unwrap();
    assert!(matches!(outcome, JoinOutcome::Joined { counted: true, .. }));
    assert_eq!(world.uses(&invitation).await, 1);
}

#[tokio::test]
async fn public_schools_admit_without_a_code_and_private_ones_do_not() {
    let private = World::with_school(Access::Private).await;
    let gate = FakeGate::with_members([110]);
    let no_code = |guild| JoinRequest {
        user_id: 110,
        guild_id: guild,
        code: None,
        method: JoinMethod::Public,
    };
    assert!(matches!(
        private.domain.join(&gate, no_code(Some(GUILD))).await,
        Err(DomainError::CodeRequired)
    ));
    assert!(matches!(
        private.domain.join(&gate, no_code(None)).await,
        Err(DomainError::CodeRequired)
    ));
    assert!(!gate.has_role(110));

    let public = World::with_school(Access::Public).await;
    let outcome = public
        .domain
        .join(&gate, no_code(Some(GUILD)))
        .await
        .unwrap();
    assert!(matches!(
        outcome,
        JoinOutcome::Joined {
            invitation: None,
            counted: true,
            ..
        }
    ));
    assert!(gate.has_role(110));
    assert!(matches!(
        public.domain.join(&gate, no_code(Some(GUILD))).await,
        Ok(JoinOutcome::AlreadyMember { .. })
    ));
    assert_eq!(
        public
            .count("SELECT count(*) FROM joins WHERE method = 'public'")
            .await,
        1
    );
    // Invitations still work in a public school.
    gate.without_role(111);
    let invitation = public.invite(None, None).await;
    let outcome = public
        .domain
        .join(&gate, by_code(111, Some(GUILD), &code_of(&invitation)))
        .await
        .unwrap();
    assert!(matches!(outcome, JoinOutcome::Joined { counted: true, .. }));
}

// --- the wrong-code rate limit -------------------------------------------------------

#[tokio::test]
async fn wrong_codes_are_rate_limited_per_person() {
    let world = World::with_school(Access::Private).await;
    let d = &world.domain;
    let gate = FakeGate::with_members([120, 121]);
    let invitation = world.invite(None, None).await;
    let good = code_of(&invitation);
    let revoked = world.invite(None, None).await;
    d.revoke_invitation(GUILD, &admin(), &code_of(&revoked))
        .await
        .unwrap();

    // Unknown, malformed and revoked codes all count, and all get the same answer.
    let wrong = [
        "ABCDE-FGHJK".to_owned(),
        "not a code".to_owned(),
        code_of(&revoked),
        "ZZZZZ-ZZZZZ".to_owned(),
        "00000-00000".to_owned(),
    ];
    assert_eq!(wrong.len() as i64, FAILURE_LIMIT);
    for (i, code) in wrong.iter().enumerate() {
        world.clock.advance(10);
        let result = d.join(&gate, by_code(120, Some(GUILD), code)).await;
        assert!(
            matches!(result, Err(DomainError::NotAValidInvitation)),
            "attempt {i}: {result:?}"
        );
    }
    let first_failure = START + 10;
    // Now even the right code waits, and the person is told until when.
    let limited = d.join(&gate, by_code(120, Some(GUILD), &good)).await;
    assert!(
        matches!(limited, Err(DomainError::RateLimited { retry_at }) if retry_at == first_failure + FAILURE_WINDOW)
    );
    assert!(!gate.has_role(120));
    // Someone else is not held back.
    assert!(d
        .join(&gate, by_code(121, Some(GUILD), &good))
        .await
        .is_ok());

    world
        .clock
        .advance(first_failure + FAILURE_WINDOW - world.domain.now());
    let outcome = d
        .join(&gate, by_code(120, Some(GUILD), &good))
        .await
        .unwrap();
    assert!(matches!(outcome, JoinOutcome::Joined { counted: true, .. }));
}

#[tokio::test]
async fn expired_and_used_up_codes_are_not_wrong_codes() {
    let world = World::with_school(Access::Private).await;
    let d = &world.domain;
    let gate = FakeGate::with_members([130, 131]);
    let once = world.invite(Some(1), None).await;
    d.join(&gate, by_code(130, Some(GUILD), &code_of(&once)))
        .await
        .unwrap();
    for _ in 0..FAILURE_LIMIT + 2 {
        assert!(matches!(
            d.join(&gate, by_code(131, Some(GUILD), &code_of(&once)))
                .await,
            Err(DomainError::UsedUp { .. })
        ));
    }
    let fresh = world.invite(None, None).await;
    assert!(d
        .join(&gate, by_code(131, Some(GUILD), &code_of(&fresh)))
        .await
        .is_ok());
}

#[tokio::test]
async fn many_wrong_codes_in_a_school_warn_its_log_channel_once_an_hour() {
    let world = World::with_school(Access::Private).await;
    let d = &world.domain;
    let gate = FakeGate::default();
    for user in 0..SCHOOL_ALERT_THRESHOLD - 1 {
        let _ = d
            .join(
                &gate,
                by_code(1_000 + user as u64, Some(GUILD), "ABCDE-FGHJK"),
            )
            .await;
    }
    assert_eq!(d.take_failure_alert(GUILD).await.unwrap(), None);
    let _ = d
        .join(&gate, by_code(5_000, Some(GUILD), "ABCDE-FGHJK"))
        .await;
    let alert = d.take_failure_alert(GUILD).await.unwrap().unwrap();
    assert_eq!(alert.log_channel_id, 600);
    assert_eq!(alert.failures, SCHOOL_ALERT_THRESHOLD);
    assert_eq!(
        d.take_failure_alert(GUILD).await.unwrap(),
        None,
        "at most one warning an hour"
    );

    world.clock.advance(3600);
    for user in 0..SCHOOL_ALERT_THRESHOLD {
        let _ = d
            .join(
                &gate,
                by_code(6_000 + user as u64, Some(GUILD), "ABCDE-FGHJK"),
            )
            .await;
    }
    assert!(d.take_failure_alert(GUILD).await.unwrap().is_some());
}

// --- concurrency and restarts --------------------------------------------------------

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn max_uses_holds_under_concurrent_redemption() {
    let world = World::with_school(Access::Private).await;
    let invitation = world.invite(Some(10), None).await;
    let code = code_of(&invitation);
    let gate = Arc::new(FakeGate::with_members(1..=100));

    let tasks: Vec<_> = (1..=100u64)
        .map(|user| {
            let (domain, gate, code) = (world.domain.clone(), gate.clone(), code.clone());
            tokio::spawn(
                async move { domain.join(&*gate, by_code(user, Some(GUILD), &code)).await },
            )
        })
        .collect();
    let mut joined = 0;
    let mut used_up = 0;
    for task in tasks {
        match task.await.unwrap() {
            Ok(JoinOutcome::Joined { counted: true, .. }) => joined += 1,
            Err(DomainError::UsedUp { max_uses: 10 }) => used_up += 1,
            other => panic!("unexpected outcome {other:?}"),
        }
    }
    assert_eq!((joined, used_up), (10, 90));
    assert_eq!(world.uses(&invitation).await, 10);
    assert_eq!(world.count("SELECT count(*) FROM joins").await, 10);
    assert_eq!(gate.grants.lock().unwrap().len(), 10);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn one_person_redeeming_at_once_many_times_counts_once() {
    let world = World::with_school(Access::Private).await;
    let invitation = world.invite(Some(5), None).await;
    let code = code_of(&invitation);
    let gate = Arc::new(FakeGate::with_members([140]));

    let tasks: Vec<_> = (0..20)
        .map(|_| {
            let (domain, gate, code) = (world.domain.clone(), gate.clone(), code.clone());
            tokio::spawn(async move { domain.join(&*gate, by_code(140, Some(GUILD), &code)).await })
        })
        .collect();
    let mut counted = 0;
    for task in tasks {
        match task.await.unwrap() {
            Ok(JoinOutcome::Joined { counted: c, .. }) => counted += usize::from(c),
            Ok(JoinOutcome::AlreadyMember { .. }) => {}
            other => panic!("unexpected outcome {other:?}"),
        }
    }
    assert_eq!(counted, 1);
    assert_eq!(world.uses(&invitation).await, 1);
    assert_eq!(world.count("SELECT count(*) FROM joins").await, 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_creation_and_revocation_stay_consistent() {
    let world = World::with_school(Access::Private).await;
    let tasks: Vec<_> = (0..40)
        .map(|_| {
            let domain = world.domain.clone();
            tokio::spawn(async move {
                let (_, new) = domain
                    .prepare_invitation(GUILD, &admin(), &InvitationRequest::default())
                    .await?;
                let created = domain
                    .create_invitation(GUILD, &admin(), &new, None)
                    .await?;
                domain
                    .revoke_invitation(GUILD, &admin(), created.code.as_str())
                    .await
            })
        })
        .collect();
    for task in tasks {
        task.await.unwrap().unwrap();
    }
    assert_eq!(
        world
            .count("SELECT count(*) FROM invitations WHERE revoked_at IS NOT NULL")
            .await,
        40
    );
    assert_eq!(
        world
            .count("SELECT count(*) FROM audit_log WHERE action LIKE 'invitation_%'")
            .await,
        80
    );
}

#[tokio::test]
async fn everything_survives_a_restart() {
    let world = World::with_school(Access::Private).await;
    let gate = FakeGate::with_members([150]);
    let invitation = world.invite(Some(3), Some("2d")).await;
    world
        .domain
        .join(&gate, by_code(150, Some(GUILD), &code_of(&invitation)))
        .await
        .unwrap();
    world
        .domain
        .grant_permission(GUILD, &admin(), role(MOD_ROLE), Permission::Revoke)
        .await
        .unwrap();
    world.domain.pool().close().await;

    let reopened = open(&world.path, world.clock.clone()).await;
    let school = reopened.school(GUILD).await.unwrap();
    assert_eq!(school.member_role_id, MEMBER_ROLE);
    let details = reopened
        .invitation_details(GUILD, &moderator(), &code_of(&invitation))
        .await
        .unwrap();
    assert_eq!(details.invitation.uses, 1);
    assert_eq!(details.invitation.max_uses, Some(3));
    assert_eq!(details.invitation.expires_at, invitation.expires_at);
    assert_eq!(details.joins.len(), 1);
    assert_eq!(details.joins[0].user_id, 150);
    // The same person is still counted once after the restart.
    gate.without_role(150);
    let again = reopened
        .join(&gate, by_code(150, Some(GUILD), &code_of(&invitation)))
        .await
        .unwrap();
    assert!(matches!(again, JoinOutcome::Joined { counted: false, .. }));
}

#[tokio::test]
async fn the_database_is_in_wal_mode_with_foreign_keys_on() {
    let world = World::new().await;
    let pool = world.domain.pool();
    let mode: String = sqlx::query("PRAGMA journal_mode")
        .fetch_one(pool)
        .await
        .unwrap()
        .get(0);
    assert_eq!(mode, "wal");
    let fks: i64 = sqlx::query("PRAGMA foreign_keys")
        .fetch_one(pool)
        .await
        .unwrap()
        .get(0);
    assert_eq!(fks, 1);
    assert!(world.path.exists());
}

#[tokio::test]
async fn ended_invitations_with_live_links_are_found_for_the_sweep() {
    let world = World::with_school(Access::Private).await;
    let d = &world.domain;
    let gate = FakeGate::with_members([160]);
    let mut with_link = Vec::new();
    for (i, (max_uses, expires_in)) in [(None, None), (Some(1), None), (None, Some("1h"))]
        .into_iter()
        .enumerate()
    {
        let new = porter::domain::NewInvitation::parse(&InvitationRequest {
            max_uses,
            expires_in: expires_in.map(str::to_owned),
            ..Default::default()
        })
        .unwrap();
        let link = porter::domain::DiscordLink {
            code: format!("link{i}"),
            channel_id: 500,
        };
        with_link.push(
            d.create_invitation(GUILD, &admin(), &new, Some(link))
                .await
                .unwrap(),
        );
    }
    let [open, capped, hourly] = &with_link[..] else {
        unreachable!()
    };
    let unlinked = world.invite(None, Some("1h")).await;
    assert!(d.ended_not_closed(GUILD).await.unwrap().is_empty());

    d.join(&gate, by_code(160, Some(GUILD), &code_of(capped)))
        .await
        .unwrap();
    world.clock.advance(3600);
    let ids = |list: Vec<Invitation>| list.into_iter().map(|i| i.id).collect::<Vec<_>>();
    assert_eq!(
        ids(d.ended_not_closed(GUILD).await.unwrap()),
        [capped.id, hourly.id],
        "used up and expired, not the open one nor the one without a link ({})",
        unlinked.id
    );
    d.mark_link_gone(capped.id).await.unwrap();
    d.revoke_invitation(GUILD, &admin(), &code_of(open))
        .await
        .unwrap();
    assert_eq!(
        ids(d.ended_not_closed(GUILD).await.unwrap()),
        [open.id, hourly.id]
    );
    assert!(d.ended_not_closed(OTHER_GUILD).await.unwrap().is_empty());
}

/// An invitation as [`ADMIN`] whose Discord invite has the code `link`.
async fn linked(world: &World, link: &str, max_uses: Option<i64>) -> Invitation {
    let new = porter::domain::NewInvitation::parse(&InvitationRequest {
        max_uses,
        ..Default::default()
    })
    .unwrap();
    let link = porter::domain::DiscordLink {
        code: link.to_owned(),
        channel_id: 500,
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
fn arrival(world: &World, user_id: UserId) -> Arrival {
    Arrival {
        user_id,
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
    Joined(i64),
    Refused(i64, Refusal),
    Maybe(Vec<i64>),
    Nothing,
}

async fn settle(
    world: &World,
    ledger: &mut Ledger,
    invites: &[(&str, u32, u32)],
    users: &[UserId],
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

#[tokio::test]
async fn a_link_arrival_is_counted_recorded_and_survives_a_reload() {
    let world = World::with_school(Access::Private).await;
    let d = &world.domain;
    let a = linked(&world, "linkA", None).await;
    let _b = linked(&world, "linkB", None).await;
    let mut ledger = following(&world, &[("linkA", 0, 0), ("linkB", 0, 0), ("mods", 4, 0)]).await;

    let seen = settle(
        &world,
        &mut ledger,
        &[("linkA", 1, 0), ("linkB", 0, 0), ("mods", 4, 0)],
        &[300],
    )
    .await;
    assert_eq!(seen, [Seen::Joined(a.id)]);
    assert_eq!(world.uses(&a).await, 1);
    let details = d
        .invitation_details(GUILD, &admin(), &code_of(&a))
        .await
        .unwrap();
    assert_eq!(
        details
            .joins
            .iter()
            .map(|j| (j.user_id, j.method))
            .collect::<Vec<_>>(),
        [(300, JoinMethod::Link)]
    );
    // What the ledger holds is what the database holds.
    assert_eq!(d.ledger(GUILD).await.unwrap().unwrap(), {
        let mut stored = ledger.clone();
        d.expire_invites(GUILD, &mut stored).await.unwrap();
        stored
    });
    // The same person through the same link again: Discord counts the use, the join is kept
    // once.
    let seen = settle(
        &world,
        &mut ledger,
        &[("linkA", 2, 0), ("linkB", 0, 0), ("mods", 4, 0)],
        &[300],
    )
    .await;
    assert_eq!(seen, [Seen::Joined(a.id)]);
    assert_eq!(world.uses(&a).await, 2);
    let details = d
        .invitation_details(GUILD, &admin(), &code_of(&a))
        .await
        .unwrap();
    assert_eq!(details.joins.len(), 1);
    // A server that is not a school has no ledger.
    assert_eq!(d.ledger(OTHER_GUILD).await.unwrap(), None);
}

#[tokio::test]
async fn simultaneous_arrivals_through_capped_links_count_toward_each_cap() {
    let world = World::with_school(Access::Private).await;
    let d = &world.domain;
    let a = linked(&world, "linkA", Some(1)).await;
    let b = linked(&world, "linkB", Some(1)).await;
    let mut ledger = following(&world, &[("linkA", 0, 1), ("linkB", 0, 1)]).await;
    // Discord removed both at their caps; their counts never showed, but their arrivals did.
    let both = [("linkA", 1, 1), ("linkB", 1, 1)];
    assert_eq!(
        settle(&world, &mut ledger, &both, &[301, 302]).await,
        [Seen::Maybe(vec![a.id, b.id]), Seen::Maybe(vec![a.id, b.id])]
    );
    for inv in [&a, &b] {
        assert_eq!(world.uses(inv).await, 1, "how many is never ambiguous");
        let details = d
            .invitation_details(GUILD, &admin(), &code_of(inv))
            .await
            .unwrap();
        assert_eq!(
            details
                .joins
                .iter()
                .map(|j| (j.user_id, j.method))
                .collect::<Vec<_>>(),
            [
                (301, JoinMethod::Unattributed),
                (302, JoinMethod::Unattributed)
            ]
        );
    }
    let gate = FakeGate::with_members([303]);
    assert!(matches!(
        d.join(&gate, by_code(303, Some(GUILD), &code_of(&a))).await,
        Err(DomainError::UsedUp { max_uses: 1 })
    ));
}

#[tokio::test]
async fn an_ended_invitations_vanished_link_never_makes_another_arrival_ambiguous() {
    let world = World::with_school(Access::Private).await;
    let d = &world.domain;
    let pair = linked(&world, "pair", Some(2)).await;
    let class = linked(&world, "class", Some(30)).await;
    let year7 = linked(&world, "year7", None).await;
    let mut ledger = following(&world, &[("pair", 0, 2), ("class", 0, 30), ("year7", 0, 0)]).await;
    // "Pair" is used up by codes and "Class of 30" revoked; Porter deletes both links.
    let gate = FakeGate::with_members([310, 311]);
    for user in [310, 311] {
        d.join(&gate, by_code(user, Some(GUILD), &code_of(&pair)))
            .await
            .unwrap();
    }
    d.revoke_invitation(GUILD, &admin(), &code_of(&class))
        .await
        .unwrap();
    for (inv, code) in [(&pair, "pair"), (&class, "class")] {
        d.mark_link_gone(inv.id).await.unwrap();
        assert!(d
            .invite_deleted(GUILD, &mut ledger, code)
            .await
            .unwrap()
            .is_empty());
    }
    // Someone arrives through "Year 7": only its count rose.
    let seen = settle(&world, &mut ledger, &[("year7", 1, 0)], &[312]).await;
    assert_eq!(seen, [Seen::Joined(year7.id)]);
    let details = d
        .invitation_details(GUILD, &admin(), &code_of(&year7))
        .await
        .unwrap();
    assert_eq!(
        details.joins.iter().map(|j| j.method).collect::<Vec<_>>(),
        [JoinMethod::Link]
    );
    assert_eq!(world.uses(&year7).await, 1);
}

#[tokio::test]
async fn a_revoked_invitations_surviving_link_never_admits_anyone() {
    let world = World::with_school(Access::Private).await;
    let d = &world.domain;
    let pair = linked(&world, "pair", Some(1)).await;
    let old = linked(&world, "old", None).await;
    let mut ledger = following(&world, &[("pair", 0, 1), ("old", 0, 0)]).await;
    // A vanished capped link earlier...
    let gate = FakeGate::with_members([320]);
    d.join(&gate, by_code(320, Some(GUILD), &code_of(&pair)))
        .await
        .unwrap();
    d.mark_link_gone(pair.id).await.unwrap();
    d.invite_deleted(GUILD, &mut ledger, "pair").await.unwrap();
    // ...then "old" is revoked, but deleting its link failed, and someone uses it.
    d.revoke_invitation(GUILD, &admin(), &code_of(&old))
        .await
        .unwrap();
    let seen = settle(&world, &mut ledger, &[("old", 1, 0)], &[321]).await;
    assert_eq!(seen, [Seen::Refused(old.id, Refusal::Revoked)]);
    assert_eq!(world.uses(&old).await, 0);
    let details = d
        .invitation_details(GUILD, &admin(), &code_of(&old))
        .await
        .unwrap();
    assert!(details.joins.is_empty());
}

#[tokio::test]
async fn a_link_used_up_at_its_discord_cap_explains_its_last_arrivals() {
    let world = World::with_school(Access::Private).await;
    let d = &world.domain;
    let two = linked(&world, "two", Some(2)).await;
    let mut ledger = following(&world, &[("two", 0, 2), ("open", 3, 0)]).await;
    let gate = FakeGate::with_members([330]);
    d.join(&gate, by_code(330, Some(GUILD), &code_of(&two)))
        .await
        .unwrap();
    // Two people open the link at once; Discord, counting only its own uses, lets both in
    // and removes the link at its cap of 2.
    let seen = settle(&world, &mut ledger, &[("open", 3, 0)], &[331, 332]).await;
    assert_eq!(
        seen,
        [Seen::Joined(two.id), Seen::Refused(two.id, Refusal::Full)]
    );
    assert_eq!(world.uses(&two).await, 2, "never past the cap");
    // Removed at its cap, not deleted by hand: nothing to announce, now or later.
    assert!(d
        .invite_deleted(GUILD, &mut ledger, "two")
        .await
        .unwrap()
        .is_empty());
    world.clock.advance(porter::domain::GONE_GRACE + 1);
    assert!(d
        .expire_invites(GUILD, &mut ledger)
        .await
        .unwrap()
        .is_empty());
}

#[tokio::test]
async fn a_link_deleted_in_discord_is_announced_when_it_cannot_have_been_used_up() {
    let world = World::with_school(Access::Private).await;
    let d = &world.domain;
    let open = linked(&world, "open", None).await;
    let capped = linked(&world, "capped", Some(5)).await;
    let mut ledger = following(&world, &[("open", 0, 0), ("capped", 1, 5)]).await;
    // Without a Discord cap it was deleted by hand: said at once.
    let deleted = d.invite_deleted(GUILD, &mut ledger, "open").await.unwrap();
    assert_eq!(deleted.iter().map(|i| i.id).collect::<Vec<_>>(), [open.id]);
    let open = d.invitation_by_id(open.id).await.unwrap().unwrap();
    assert_eq!(open.url(), None);
    assert_eq!(open.status(d.now()), Status::Active, "the code still works");
    // With seats left on Discord it may have been used up: said once nobody came through.
    assert!(d
        .invite_deleted(GUILD, &mut ledger, "capped")
        .await
        .unwrap()
        .is_empty());
    assert!(d
        .expire_invites(GUILD, &mut ledger)
        .await
        .unwrap()
        .is_empty());
    world.clock.advance(porter::domain::GONE_GRACE + 1);
    let deleted = d.expire_invites(GUILD, &mut ledger).await.unwrap();
    assert_eq!(
        deleted.iter().map(|i| i.id).collect::<Vec<_>>(),
        [capped.id]
    );
    assert_eq!(
        d.invite_deleted(GUILD, &mut ledger, "someone-elses")
            .await
            .unwrap(),
        []
    );
}

#[tokio::test]
async fn the_cap_holds_across_a_restart() {
    let world = World::with_school(Access::Private).await;
    let d = &world.domain;
    let two = linked(&world, "two", Some(2)).await;
    let open = linked(&world, "open", None).await;
    let gone = linked(&world, "gone", None).await;
    following(&world, &[("two", 0, 2), ("open", 0, 0), ("gone", 0, 0)]).await;
    let gate = FakeGate::with_members([340]);
    d.join(&gate, by_code(340, Some(GUILD), &code_of(&two)))
        .await
        .unwrap();
    // Porter stops. Two people come in through "two" (Discord removes it at its cap of 2),
    // three through "open", and "gone" is deleted by hand.
    world.clock.advance(60);
    let mut ledger = d.ledger(GUILD).await.unwrap().unwrap();
    let offline = d
        .snapshot_invites(GUILD, &mut ledger, &listed(&[("open", 3, 0)]))
        .await
        .unwrap();
    assert_eq!(offline.since, Some(START));
    let seen: Vec<(i64, OfflineHow, u32, u32, u32)> = offline
        .uses
        .iter()
        .map(|(i, u)| (i.id, u.how, u.uses, u.admitted, i.uses))
        .collect();
    assert_eq!(
        seen,
        [
            (open.id, OfflineHow::Rose, 3, 3, 3),
            (two.id, OfflineHow::VanishedAtCap, 2, 1, 2),
            (gone.id, OfflineHow::Deleted, 0, 0, 0),
        ]
    );
    assert_eq!(offline.people(), 5);
    let two = d.invitation_by_id(two.id).await.unwrap().unwrap();
    assert_eq!(two.status(d.now()), Status::UsedUp);
    assert!(two.link_gone_at.is_some());
    assert!(matches!(
        d.join(&gate, by_code(341, Some(GUILD), &code_of(&two)))
            .await,
        Err(DomainError::UsedUp { .. })
    ));
    // Who came in: members who joined since, with the member role and no join Porter knows.
    let named = d
        .record_offline_arrivals(GUILD, &offline, &[340, 342, 343])
        .await
        .unwrap();
    assert_eq!(named, [342, 343], "340 joined by code before");
    let details = d
        .invitation_details(GUILD, &admin(), &code_of(&open))
        .await
        .unwrap();
    assert_eq!(
        details
            .joins
            .iter()
            .map(|j| (j.user_id, j.method))
            .collect::<Vec<_>>(),
        [
            (342, JoinMethod::Unattributed),
            (343, JoinMethod::Unattributed)
        ],
        "two invitations were used: either may be theirs"
    );
}

#[tokio::test]
async fn code_joins_leave_seats_for_arrivals_porter_could_not_count_yet() {
    let world = World::with_school(Access::Private).await;
    let d = &world.domain;
    let two = linked(&world, "two", Some(2)).await;
    let unlinked = world.invite(Some(1), None).await;
    let mut ledger = following(&world, &[("two", 0, 2)]).await;
    let gate = FakeGate::with_members([350, 351, 352]);
    d.join(&gate, by_code(350, Some(GUILD), &code_of(&two)))
        .await
        .unwrap();
    // Someone arrived, and the invite list could not be read: they may hold the last seat.
    d.note_unread_arrivals(GUILD, 1).await.unwrap();
    assert!(matches!(
        d.join(&gate, by_code(351, Some(GUILD), &code_of(&two)))
            .await,
        Err(DomainError::Recounting)
    ));
    assert_eq!(world.uses(&two).await, 1);
    // An invitation without a link cannot have been used by them.
    d.join(&gate, by_code(351, Some(GUILD), &code_of(&unlinked)))
        .await
        .unwrap();
    // The list is read: they came through "two", which is now used up.
    let arrivals = [arrival(&world, 353)];
    let settled = d
        .settle_arrivals(GUILD, &mut ledger, &listed(&[("two", 1, 2)]), &arrivals, 1)
        .await
        .unwrap();
    assert!(matches!(settled.outcomes[0].1, Outcome::Joined { .. }));
    assert_eq!(
        settled.used_up.iter().map(|i| i.id).collect::<Vec<_>>(),
        [two.id]
    );
    assert!(matches!(
        d.join(&gate, by_code(352, Some(GUILD), &code_of(&two)))
            .await,
        Err(DomainError::UsedUp { max_uses: 2 })
    ));
}

// --- joins left pending by a Porter that stopped mid-grant ------------------------------

/// Redeems `code` for `user` and gives up once the member role grant is under way, as a
/// Porter killed at that moment does: the join is counted, the grant never confirmed.
async fn join_cut_short(world: &World, gate: &FakeGate, user: UserId, code: &str) {
    *gate.hang.lock().unwrap() = true;
    tokio::select! {
        result = world.domain.join(gate, by_code(user, Some(GUILD), code)) => {
            panic!("the join finished: {result:?}")
        }
        () = gate.hanging.notified() => {}
    }
    *gate.hang.lock().unwrap() = false;
}

#[tokio::test]
async fn a_join_cut_short_is_pending_and_confirmed_when_the_member_holds_the_role() {
    let world = World::with_school(Access::Private).await;
    let d = &world.domain;
    let school = d.school(GUILD).await.unwrap();
    let inv = world.invite(Some(1), None).await;
    let gate = FakeGate::with_members([30]);
    let before = d.join_mark().await.unwrap();

    join_cut_short(&world, &gate, 30, &code_of(&inv)).await;
    assert_eq!(world.uses(&inv).await, 1, "the seat is held");
    assert!(
        d.pending_joins(GUILD, before).await.unwrap().is_empty(),
        "joins after the mark are not listed"
    );
    let mark = d.join_mark().await.unwrap();
    let pending = d.pending_joins(GUILD, mark).await.unwrap();
    assert_eq!(pending.len(), 1);
    assert_eq!(
        (
            pending[0].user_id,
            pending[0].invitation_id,
            pending[0].method
        ),
        (30, Some(inv.id), JoinMethod::Code)
    );
    assert!(d.pending_joins(OTHER_GUILD, mark).await.unwrap().is_empty());

    // Discord carried the grant out before Porter died.
    gate.members.lock().unwrap().insert(30, true);
    assert_eq!(
        d.resolve_pending(&gate, &school, &pending[0])
            .await
            .unwrap(),
        Resolution::Confirmed
    );
    assert!(d.pending_joins(GUILD, mark).await.unwrap().is_empty());
    assert_eq!(world.uses(&inv).await, 1);
    assert_eq!(world.count("SELECT count(*) FROM joins").await, 1);
    assert_eq!(
        world
            .count("SELECT count(*) FROM audit_log WHERE action = 'join'")
            .await,
        1
    );
    // Resolving it again changes nothing.
    assert_eq!(
        d.resolve_pending(&gate, &school, &pending[0])
            .await
            .unwrap(),
        Resolution::AlreadyResolved
    );
    assert_eq!(world.uses(&inv).await, 1);
    assert_eq!(world.count("SELECT count(*) FROM joins").await, 1);
}

#[tokio::test]
async fn releasing_a_join_cut_short_frees_its_seat_for_someone_else() {
    let world = World::with_school(Access::Private).await;
    let d = &world.domain;
    let school = d.school(GUILD).await.unwrap();
    let inv = world.invite(Some(1), None).await;
    let gate = FakeGate::with_members([31, 32]);

    join_cut_short(&world, &gate, 31, &code_of(&inv)).await;
    assert!(matches!(
        d.join(&gate, by_code(32, Some(GUILD), &code_of(&inv)))
            .await,
        Err(DomainError::UsedUp { max_uses: 1 })
    ));

    let mark = d.join_mark().await.unwrap();
    let pending = d.pending_joins(GUILD, mark).await.unwrap();
    assert_eq!(pending.len(), 1);
    // The grant never reached Discord: 31 has no member role.
    assert_eq!(
        d.resolve_pending(&gate, &school, &pending[0])
            .await
            .unwrap(),
        Resolution::Released
    );
    assert_eq!(world.uses(&inv).await, 0);
    assert_eq!(world.count("SELECT count(*) FROM joins").await, 0);
    assert_eq!(
        world
            .count("SELECT count(*) FROM audit_log WHERE action = 'join'")
            .await,
        0
    );
    assert!(d.pending_joins(GUILD, mark).await.unwrap().is_empty());

    let joined = d
        .join(&gate, by_code(32, Some(GUILD), &code_of(&inv)))
        .await
        .unwrap();
    assert!(matches!(joined, JoinOutcome::Joined { counted: true, .. }));
    assert_eq!(world.uses(&inv).await, 1);
    let mark = d.join_mark().await.unwrap();
    assert!(
        d.pending_joins(GUILD, mark).await.unwrap().is_empty(),
        "a join whose grant went through is confirmed"
    );
}

#[tokio::test]
async fn a_join_cut_short_of_someone_who_left_is_released() {
    let world = World::with_school(Access::Public).await;
    let d = &world.domain;
    let school = d.school(GUILD).await.unwrap();
    let gate = FakeGate::with_members([33]);
    *gate.hang.lock().unwrap() = true;
    let public = JoinRequest {
        user_id: 33,
        guild_id: Some(GUILD),
        code: None,
        method: JoinMethod::Public,
    };
    tokio::select! {
        result = d.join(&gate, public) => panic!("the join finished: {result:?}"),
        () = gate.hanging.notified() => {}
    }
    gate.members.lock().unwrap().remove(&33);

    let pending = d
        .pending_joins(GUILD, d.join_mark().await.unwrap())
        .await
        .unwrap();
    assert_eq!((pending.len(), pending[0].method), (1, JoinMethod::Public));
    assert_eq!(
        d.resolve_pending(&gate, &school, &pending[0])
            .await
            .unwrap(),
        Resolution::Released
    );
    assert_eq!(world.count("SELECT count(*) FROM joins").await, 0);
}

#[tokio::test]
async fn joins_that_finished_are_never_pending() {
    let world = World::with_school(Access::Private).await;
    let d = &world.domain;
    let inv = world.invite(Some(5), None).await;
    let gate = FakeGate::with_members([34, 35]);

    // Granted: confirmed at once.
    d.join(&gate, by_code(34, Some(GUILD), &code_of(&inv)))
        .await
        .unwrap();
    // Refused: taken back, nothing left.
    gate.refuse(Some(GrantError::RoleAbovePorter));
    assert!(d
        .join(&gate, by_code(35, Some(GUILD), &code_of(&inv)))
        .await
        .is_err());
    gate.refuse(None);
    // Arrived through a link holding the role Discord gave: no grant, confirmed.
    let linked = linked(&world, "link", None).await;
    let mut ledger = following(&world, &[("link", 0, 0)]).await;
    let seen = settle(&world, &mut ledger, &[("link", 1, 0)], &[36]).await;
    assert_eq!(seen, [Seen::Joined(linked.id)]);

    let mark = d.join_mark().await.unwrap();
    assert!(d.pending_joins(GUILD, mark).await.unwrap().is_empty());
    assert_eq!(world.uses(&inv).await, 1);
    assert_eq!(world.count("SELECT count(*) FROM joins").await, 2);
    assert_eq!(world.count("SELECT count(*) FROM pending_joins").await, 0);
}
