//! Class roles (tables `class_roles` and `invitation_roles`): the school's list of roles its
//! invitations may hand out besides the member role, and the ones each invitation hands out.
//!
//! A role joins the list only if it could be the member role (see [`RoleFacts::unsuitable`])
//! and Porter can grant it. An invitation hands out up to [`MAX_EXTRA_ROLES`] of them, until
//! its `roles_until` if it has one (see [`crate::domain::Domain::terms_due`]). A role leaves
//! the list only while no active invitation hands it out, so an invitation never promises a
//! role the school no longer offers; a role deleted in Discord leaves the list and every
//! invitation at once ([`crate::domain::Domain::drop_class_role`]).

use sqlx::{AnyConnection, FromRow};

use super::{Invitation, InvitationId, NewInvitation, SELECT_INVITATION};
use crate::domain::{
    audit, Actor, Domain, DomainError, GuildId, Permission, RoleFacts, RoleId, Timestamp,
    Unsuitable, UserId,
};

/// Most extra roles one invitation hands out.
pub const MAX_EXTRA_ROLES: usize = 3;
/// Most roles on a school's list (Discord shows at most 25 choices in a list).
pub const MAX_CLASS_ROLES: usize = 25;
/// The latest end of term, from now.
const MAX_TERM: i64 = 2 * 365 * 24 * 3600;

/// One role of the school's list.
#[derive(Debug, Clone, PartialEq, Eq, FromRow)]
pub struct ClassRole {
    pub role_id: RoleId,
    pub added_by: UserId,
    pub added_at: Timestamp,
}

/// A role offered for the school's list, as Discord describes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClassRoleRequest {
    pub role: RoleFacts,
    /// The highest position among the moderator's roles; `None` for the server owner.
    pub actor_top_position: Option<u16>,
    /// The highest position among Porter's roles; `None` when Porter owns the server.
    pub porter_top_position: Option<u16>,
}

/// Who may see the school's list: whoever may create invitations, and managers.
const LIST_VIEWERS: &[Permission] = &[Permission::Create, Permission::Manage];

impl Domain {
    /// Adds a role to the school's list; `false` when it was on it already. The role is
    /// checked as the member role is, and must also be below Porter's highest role (else
    /// every join through an invitation handing it out would fail).
    pub async fn add_class_role(
        &self,
        guild_id: GuildId,
        actor: &Actor,
        request: &ClassRoleRequest,
    ) -> Result<bool, DomainError> {
        let school = self.school(guild_id).await?;
        self.require(guild_id, actor, Permission::Manage).await?;
        let role = &request.role;
        if role.id == school.member_role_id {
            return Err(DomainError::ClassRoleIsMemberRole);
        }
        if let Some(why) = role.unsuitable(request.actor_top_position) {
            return Err(DomainError::UnsuitableClassRole(why));
        }
        if request
            .porter_top_position
            .is_some_and(|top| role.position >= top)
        {
            return Err(DomainError::UnsuitableClassRole(Unsuitable::AbovePorter));
        }
        let now = self.now();
        let mut tx = self.db.write(guild_id).await?;
        let listed: i64 =
            sqlx::query_scalar("SELECT count(*) FROM class_roles WHERE guild_id = $1")
                .bind(guild_id)
                .fetch_one(&mut *tx)
                .await?;
        let added = sqlx::query(
            "INSERT INTO class_roles (guild_id, role_id, added_by, added_at) \
             VALUES ($1, $2, $3, $4) ON CONFLICT (guild_id, role_id) DO NOTHING",
        )
        .bind(guild_id)
        .bind(role.id)
        .bind(actor.user_id)
        .bind(now)
        .execute(&mut *tx)
        .await?
        .rows_affected()
            > 0;
        if !added {
            return Ok(false);
        }
        if listed as usize >= MAX_CLASS_ROLES {
            return Err(DomainError::TooManyClassRoles);
        }
        audit::record(
            &mut tx,
            audit::Entry::new(guild_id, actor.user_id, "class_role_add", now).target(role.id.get()),
        )
        .await?;
        tx.commit().await?;
        Ok(true)
    }

    /// Takes a role off the school's list. Refused while an active invitation hands it out
    /// ([`DomainError::ClassRoleInUse`], naming them): revoke those first. Members keep it.
    pub async fn remove_class_role(
        &self,
        guild_id: GuildId,
        actor: &Actor,
        role_id: RoleId,
    ) -> Result<(), DomainError> {
        self.school(guild_id).await?;
        self.require(guild_id, actor, Permission::Manage).await?;
        let now = self.now();
        let mut tx = self.db.write(guild_id).await?;
        let rows: Vec<super::InvitationRow> = sqlx::query_as(&format!(
            "{SELECT_INVITATION} WHERE guild_id = $1 AND {} \
               AND id IN (SELECT invitation_id FROM invitation_roles WHERE role_id = $3) \
             ORDER BY id DESC",
            super::active_at!("$2")
        ))
        .bind(guild_id)
        .bind(now)
        .bind(role_id)
        .fetch_all(&mut *tx)
        .await?;
        if !rows.is_empty() {
            return Err(DomainError::ClassRoleInUse(
                rows.into_iter().map(Invitation::from).collect(),
            ));
        }
        let removed = sqlx::query("DELETE FROM class_roles WHERE guild_id = $1 AND role_id = $2")
            .bind(guild_id)
            .bind(role_id)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        if removed == 0 {
            return Err(DomainError::NotAClassRole(role_id));
        }
        audit::record(
            &mut tx,
            audit::Entry::new(guild_id, actor.user_id, "class_role_remove", now)
                .target(role_id.get()),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The school's list, oldest first, for whoever may create invitations.
    pub async fn class_roles(
        &self,
        guild_id: GuildId,
        actor: &Actor,
    ) -> Result<Vec<ClassRole>, DomainError> {
        self.school(guild_id).await?;
        self.require_any(guild_id, actor, LIST_VIEWERS).await?;
        Ok(sqlx::query_as(
            "SELECT role_id, added_by, added_at FROM class_roles WHERE guild_id = $1 \
             ORDER BY added_at, role_id",
        )
        .bind(guild_id)
        .fetch_all(self.db.pool())
        .await?)
    }

    /// A role that no longer exists in Discord leaves the school's list and every
    /// invitation handing it out; how many invitations handed it out.
    pub async fn drop_class_role(
        &self,
        guild_id: GuildId,
        role_id: RoleId,
    ) -> Result<u64, DomainError> {
        let mut tx = self.db.write(guild_id).await?;
        let carried = sqlx::query(
            "DELETE FROM invitation_roles WHERE role_id = $1 \
               AND invitation_id IN (SELECT id FROM invitations WHERE guild_id = $2)",
        )
        .bind(role_id)
        .bind(guild_id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        sqlx::query("DELETE FROM class_roles WHERE guild_id = $1 AND role_id = $2")
            .bind(guild_id)
            .bind(role_id)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(carried)
    }

    /// Adds extra roles (and when they end) to a checked new invitation: at most
    /// [`MAX_EXTRA_ROLES`] different ones, each on the school's list; `roles_until` a
    /// duration like `expires_in` (`30d`) or a date (`2026-07-15`, UTC midnight, or
    /// `2026-07-15 16:00`), in the future, within two years, and only with extra roles.
    pub async fn prepare_class_roles(
        &self,
        guild_id: GuildId,
        mut new: NewInvitation,
        roles: &[RoleId],
        roles_until: Option<&str>,
    ) -> Result<NewInvitation, DomainError> {
        let mut unique: Vec<RoleId> = Vec::new();
        for role in roles {
            if !unique.contains(role) {
                unique.push(*role);
            }
        }
        if unique.len() > MAX_EXTRA_ROLES {
            return Err(DomainError::TooManyExtraRoles);
        }
        let listed: Vec<RoleId> =
            sqlx::query_scalar("SELECT role_id FROM class_roles WHERE guild_id = $1")
                .bind(guild_id)
                .fetch_all(self.db.pool())
                .await?;
        if let Some(role) = unique.iter().find(|r| !listed.contains(r)) {
            return Err(DomainError::NotAClassRole(*role));
        }
        let until = match roles_until.map(str::trim).filter(|u| !u.is_empty()) {
            None => None,
            Some(_) if unique.is_empty() => return Err(DomainError::TermWithoutRoles),
            Some(input) => Some(parse_until(input, self.now())?),
        };
        new.roles = unique;
        new.roles_until = until;
        Ok(new)
    }
}

/// Reads an end of term: a date (`2026-07-15`, midnight UTC), a date and time
/// (`2026-07-15 16:00`, UTC), or a duration from `now` (`30d`, `12w`).
fn parse_until(input: &str, now: Timestamp) -> Result<Timestamp, DomainError> {
    if input.len() > 64 {
        return Err(DomainError::UnreadableTerm);
    }
    let as_date = if input.len() == 10 {
        format!("{input} 00:00:00")
    } else if input.len() == 16 {
        format!("{input}:00")
    } else {
        input.to_owned()
    };
    let at = match humantime::parse_rfc3339_weak(&as_date) {
        Ok(time) => time
            .duration_since(std::time::UNIX_EPOCH)
            .map_err(|_| DomainError::TermOutOfRange)?
            .as_secs() as Timestamp,
        Err(_) => match humantime::parse_duration(input) {
            Ok(d) if d.as_secs() >= 60 => {
                now.saturating_add(d.as_secs().min(i64::MAX as u64) as i64)
            }
            Ok(_) => return Err(DomainError::TermOutOfRange),
            Err(humantime::DurationError::NumberOverflow) => {
                return Err(DomainError::TermOutOfRange)
            }
            Err(_) => return Err(DomainError::UnreadableTerm),
        },
    };
    if at <= now || at > now + MAX_TERM {
        return Err(DomainError::TermOutOfRange);
    }
    Ok(at)
}

/// Stores a new invitation's extra roles and end of term, inside its transaction. A role
/// taken off the school's list since [`Domain::prepare_class_roles`] fails it.
pub(super) async fn store(
    conn: &mut AnyConnection,
    invitation: &mut Invitation,
    new: &NewInvitation,
) -> Result<(), DomainError> {
    for role in &new.roles {
        let stored = sqlx::query(
            "INSERT INTO invitation_roles (invitation_id, role_id) \
             SELECT $1, role_id FROM class_roles WHERE guild_id = $2 AND role_id = $3",
        )
        .bind(invitation.id)
        .bind(invitation.guild_id)
        .bind(*role)
        .execute(&mut *conn)
        .await?;
        if stored.rows_affected() == 0 {
            return Err(DomainError::NotAClassRole(*role));
        }
    }
    if new.roles_until.is_some() {
        sqlx::query("UPDATE invitations SET roles_until = $1 WHERE id = $2")
            .bind(new.roles_until)
            .bind(invitation.id)
            .execute(&mut *conn)
            .await?;
    }
    invitation.roles = new.roles.clone();
    invitation.roles_until = new.roles_until;
    Ok(())
}

/// Fills in the extra roles of `invitations` (one query for all of them).
pub(crate) async fn load(
    conn: &mut AnyConnection,
    invitations: &mut [Invitation],
) -> Result<(), sqlx::Error> {
    if invitations.is_empty() {
        return Ok(());
    }
    let ids: Vec<InvitationId> = invitations.iter().map(|i| i.id).collect();
    let sql = format!(
        "SELECT invitation_id, role_id FROM invitation_roles WHERE invitation_id IN ({}) \
         ORDER BY role_id",
        crate::domain::placeholders(1, ids.len())
    );
    let mut query = sqlx::query_as::<_, (InvitationId, RoleId)>(&sql);
    for id in &ids {
        query = query.bind(*id);
    }
    let rows = query.fetch_all(conn).await?;
    for inv in invitations.iter_mut() {
        inv.roles = rows
            .iter()
            .filter(|(id, _)| *id == inv.id)
            .map(|(_, role)| *role)
            .collect();
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: Timestamp = 1_800_000_000; // 2027-01-15T08:00:00Z

    #[test]
    fn terms_read_as_dates_or_durations() {
        assert_eq!(parse_until("30d", NOW).unwrap(), NOW + 30 * 86400);
        assert_eq!(parse_until("2027-07-15", NOW).unwrap(), 1_815_609_600);
        assert_eq!(parse_until("2027-07-15 16:30", NOW).unwrap(), 1_815_669_000);
        assert!(matches!(
            parse_until("2020-01-01", NOW),
            Err(DomainError::TermOutOfRange)
        ));
        assert!(matches!(
            parse_until("3y", NOW),
            Err(DomainError::TermOutOfRange)
        ));
        assert!(matches!(
            parse_until("10s", NOW),
            Err(DomainError::TermOutOfRange)
        ));
        assert!(matches!(
            parse_until("next summer", NOW),
            Err(DomainError::UnreadableTerm)
        ));
    }
}
