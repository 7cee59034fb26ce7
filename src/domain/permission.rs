//! What a member may do in a school (table `role_permissions`): the five permissions and
//! the role -> permission map.

use std::fmt;

use super::sql::{placeholders, text_enum};
use super::{audit, Actor, Domain, DomainError, GuildId, RoleId};

/// One thing a role can be allowed to do with Porter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Permission {
    /// Create invitations.
    Create,
    /// Have Porter DM an invitation or post it in a channel.
    Share,
    /// Revoke invitations.
    Revoke,
    /// School settings and the role -> permission map; implies the others.
    Manage,
    /// Approve or deny join requests (a school with approval on).
    Approve,
}

impl Permission {
    /// All five, in display order.
    pub const ALL: [Permission; 5] = [
        Self::Create,
        Self::Share,
        Self::Revoke,
        Self::Manage,
        Self::Approve,
    ];

    /// The name used in commands and the database.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Create => "create",
            Self::Share => "share",
            Self::Revoke => "revoke",
            Self::Manage => "manage",
            Self::Approve => "approve",
        }
    }

    fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.as_str() == s)
    }

    fn bit(self) -> u8 {
        1 << self as u8
    }
}

text_enum!(Permission);

impl fmt::Display for Permission {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A set of permissions, as held by a member (the union over their roles).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Permissions(u8);

impl Permissions {
    /// No permission at all.
    pub const NONE: Self = Self(0);
    /// Every permission.
    pub const ALL: Self = Self(0b1_1111);

    /// Whether the set allows `permission` (`manage` allows everything).
    pub fn allows(self, permission: Permission) -> bool {
        self.0 & (permission.bit() | Permission::Manage.bit()) != 0
    }

    /// Whether the set allows anything at all.
    pub fn any(self) -> bool {
        self.0 != 0
    }

    /// Adds one permission to the set.
    pub fn insert(&mut self, permission: Permission) {
        self.0 |= permission.bit();
    }

    /// The permissions granted outright (not implied), in display order.
    pub fn iter(self) -> impl Iterator<Item = Permission> {
        Permission::ALL
            .into_iter()
            .filter(move |p| self.0 & p.bit() != 0)
    }
}

/// The role a permission change is about, with its place in the server's role order and
/// the place of the moderator asking: the Discord facts that decide whether they may.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PermissionTarget {
    pub role_id: RoleId,
    /// The role's place in the server's role list (higher is more powerful).
    pub role_position: u16,
    /// The highest position among the moderator's roles; `None` for the server owner and
    /// members with Discord's Administrator permission, whom the role order does not limit.
    pub actor_top_position: Option<u16>,
}

/// One line of the role -> permission map.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoleGrant {
    pub role_id: RoleId,
    pub permissions: Permissions,
}

/// Erases the school's role -> permission map, inside the caller's transaction.
pub(super) async fn erase_school(
    conn: &mut sqlx::AnyConnection,
    guild_id: GuildId,
) -> Result<u64, sqlx::Error> {
    let done = sqlx::query("DELETE FROM role_permissions WHERE guild_id = $1")
        .bind(guild_id)
        .execute(conn)
        .await?;
    Ok(done.rows_affected())
}

impl Domain {
    /// The permissions `actor` holds in the school: everything for Discord administrators,
    /// otherwise the union over their roles and `@everyone`.
    ///
    /// Discord never lists `@everyone` among a member's roles; its role id is the server's
    /// id, so what was granted to that id is held by every member. Only create, share and
    /// revoke come through `@everyone`: manage given to every member would make everyone a
    /// manager, so it never counts there.
    pub async fn permissions_of(
        &self,
        guild_id: GuildId,
        actor: &Actor,
    ) -> Result<Permissions, DomainError> {
        if actor.discord_admin {
            return Ok(Permissions::ALL);
        }
        let roles = if actor.role_ids.is_empty() {
            String::new()
        } else {
            format!("role_id IN ({}) OR ", placeholders(3, actor.role_ids.len()))
        };
        let sql = format!(
            "SELECT DISTINCT permission FROM role_permissions \
             WHERE guild_id = $1 AND ({roles}(role_id = $2 AND permission <> 'manage'))"
        );
        let mut query = sqlx::query_scalar(&sql)
            .bind(guild_id)
            .bind(guild_id.everyone());
        for role in &actor.role_ids {
            query = query.bind(*role);
        }
        let granted: Vec<Permission> = query.fetch_all(self.db.pool()).await?;
        let mut held = Permissions::NONE;
        for p in granted {
            held.insert(p);
        }
        Ok(held)
    }

    /// Fails with [`DomainError::Forbidden`] unless `actor` holds `permission`.
    pub async fn require(
        &self,
        guild_id: GuildId,
        actor: &Actor,
        permission: Permission,
    ) -> Result<(), DomainError> {
        self.require_any(guild_id, actor, &[permission]).await
    }

    /// Fails with [`DomainError::Forbidden`] unless `actor` holds one of `permissions`.
    pub async fn require_any(
        &self,
        guild_id: GuildId,
        actor: &Actor,
        permissions: &[Permission],
    ) -> Result<(), DomainError> {
        let held = self.permissions_of(guild_id, actor).await?;
        if permissions.iter().any(|&p| held.allows(p)) {
            Ok(())
        } else {
            Err(DomainError::Forbidden(permissions.to_vec()))
        }
    }

    /// Lets `target`'s role do `permission`. Returns false when it already could.
    pub async fn grant_permission(
        &self,
        guild_id: GuildId,
        actor: &Actor,
        target: PermissionTarget,
        permission: Permission,
    ) -> Result<bool, DomainError> {
        self.change_permission(guild_id, actor, target, permission, true)
            .await
    }

    /// Takes `permission` away from `target`'s role. Returns false when it did not have it.
    pub async fn remove_permission(
        &self,
        guild_id: GuildId,
        actor: &Actor,
        target: PermissionTarget,
        permission: Permission,
    ) -> Result<bool, DomainError> {
        self.change_permission(guild_id, actor, target, permission, false)
            .await
    }

    /// Grants or removes one line of the map, with its audit entry. Returns whether the
    /// map changed.
    ///
    /// Needs manage, and follows the rule of the member-role choice: a manager changes only
    /// what roles below their own highest role may do, so nobody hands out (or takes away)
    /// more than their place in the server allows. Manage is never granted to `@everyone`.
    async fn change_permission(
        &self,
        guild_id: GuildId,
        actor: &Actor,
        target: PermissionTarget,
        permission: Permission,
        grant: bool,
    ) -> Result<bool, DomainError> {
        self.school(guild_id).await?;
        self.require(guild_id, actor, Permission::Manage).await?;
        let role_id = target.role_id;
        if grant && permission == Permission::Manage && role_id == guild_id.everyone() {
            return Err(DomainError::ManageForEveryone);
        }
        if target
            .actor_top_position
            .is_some_and(|top| target.role_position >= top)
        {
            return Err(DomainError::RoleNotBelowYours);
        }
        let now = self.now();
        let (query, action) = if grant {
            let insert = sqlx::query(
                "INSERT INTO role_permissions \
                     (guild_id, role_id, permission, granted_by, granted_at) \
                 VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING",
            )
            .bind(guild_id)
            .bind(role_id)
            .bind(permission)
            .bind(actor.user_id)
            .bind(now);
            (insert, "permission_grant")
        } else {
            let delete = sqlx::query(
                "DELETE FROM role_permissions \
                 WHERE guild_id = $1 AND role_id = $2 AND permission = $3",
            )
            .bind(guild_id)
            .bind(role_id)
            .bind(permission);
            (delete, "permission_remove")
        };
        let mut tx = self.db.write(guild_id).await?;
        let changed = query.execute(&mut *tx).await?.rows_affected() == 1;
        if changed {
            audit::record(
                &mut tx,
                audit::Entry::new(guild_id, actor.user_id, action, now)
                    .target(role_id.get())
                    .detail(permission.as_str()),
            )
            .await?;
        }
        tx.commit().await?;
        Ok(changed)
    }

    /// The whole role -> permission map of a school, one entry per role.
    pub async fn list_permissions(
        &self,
        guild_id: GuildId,
        actor: &Actor,
    ) -> Result<Vec<RoleGrant>, DomainError> {
        self.school(guild_id).await?;
        self.require(guild_id, actor, Permission::Manage).await?;
        let rows: Vec<(RoleId, Permission)> = sqlx::query_as(
            "SELECT role_id, permission FROM role_permissions WHERE guild_id = $1 \
             ORDER BY role_id",
        )
        .bind(guild_id)
        .fetch_all(self.db.pool())
        .await?;
        let mut grants: Vec<RoleGrant> = Vec::new();
        for (role_id, p) in rows {
            match grants.last_mut() {
                Some(last) if last.role_id == role_id => last.permissions.insert(p),
                _ => {
                    let mut permissions = Permissions::NONE;
                    permissions.insert(p);
                    grants.push(RoleGrant {
                        role_id,
                        permissions,
                    });
                }
            }
        }
        Ok(grants)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn manage_implies_everything() {
        let mut set = Permissions::NONE;
        set.insert(Permission::Manage);
        assert!(Permission::ALL.iter().all(|&p| set.allows(p)));
    }

    #[test]
    fn other_permissions_imply_only_themselves() {
        for granted in [
            Permission::Create,
            Permission::Share,
            Permission::Revoke,
            Permission::Approve,
        ] {
            let mut set = Permissions::NONE;
            set.insert(granted);
            for p in Permission::ALL {
                assert_eq!(set.allows(p), p == granted, "{granted} allows {p}?");
            }
        }
        assert!(!Permissions::NONE.any());
    }
}
