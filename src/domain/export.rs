//! Exports: the record a school keeps outside Discord (`/invite export`, `/school export`).
//! Rows are read oldest first a page at a time, by keyset on their ids (as
//! [`super::page`] does, upwards), so that an export of a school with 100,000 joins never
//! holds more than a page of them.

use std::collections::HashMap;

use sqlx::FromRow;

use super::invitation::{InvitationRow, SELECT_INVITATION};
use super::sql::placeholders;
use super::{
    Actor, Domain, DomainError, GuildId, Invitation, InvitationId, InviteCode, JoinId, JoinMethod,
    Permission, RoleId, School, Timestamp, UserId,
};

/// Who may export: holders of revoke or manage (exports name everyone who joined).
pub const EXPORTERS: &[Permission] = &[Permission::Revoke, Permission::Manage];

/// Rows read per page.
pub const EXPORT_PAGE: u32 = 1000;

/// One join, for an export.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportedJoin {
    pub id: JoinId,
    pub user_id: UserId,
    pub method: JoinMethod,
    pub joined_at: Timestamp,
    pub left_at: Option<Timestamp>,
    pub back_at: Option<Timestamp>,
    /// The invitation's code and label; `None` for public and unattributed joins.
    pub invitation: Option<(InviteCode, Option<String>)>,
    /// For an unattributed join: the codes of the invitations it may have come through.
    pub candidates: Vec<InviteCode>,
    /// The class roles the join gave besides the member role: its invitation's, unless it
    /// came by code or button after their term ended (see [`Domain::terms_due`]).
    pub roles: Vec<RoleId>,
}

#[derive(FromRow)]
struct JoinRow {
    id: JoinId,
    user_id: UserId,
    method: JoinMethod,
    joined_at: Timestamp,
    left_at: Option<Timestamp>,
    back_at: Option<Timestamp>,
    invitation_id: Option<InvitationId>,
    code: Option<InviteCode>,
    label: Option<String>,
    roles_until: Option<Timestamp>,
}

/// One invitation, for an export, with how many joined through it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportedInvitation {
    pub invitation: Invitation,
    /// Joins recorded through it.
    pub joins: u64,
    /// Arrivals that may have come through it (one of several links used at once).
    pub maybe_joins: u64,
}

#[derive(FromRow)]
struct InvitationCounts {
    #[sqlx(flatten)]
    row: InvitationRow,
    join_count: i64,
    candidate_count: i64,
}

impl Domain {
    /// The school, and the invitation `code` names (`None`: the whole school), for an export
    /// by `actor`, who must hold revoke or manage.
    pub async fn export_scope(
        &self,
        guild_id: GuildId,
        actor: &Actor,
        code: Option<&str>,
    ) -> Result<(School, Option<Invitation>), DomainError> {
        let school = self.school(guild_id).await?;
        self.require_any(guild_id, actor, EXPORTERS).await?;
        let invitation = match code {
            Some(code) => Some(self.invitation_in(guild_id, code).await?),
            None => None,
        };
        Ok((school, invitation))
    }

    /// The page of joins after the join `after` (0: from the first), oldest first: the
    /// school's, through `joins_by_guild_id` (guild_id, id), or those through `invitation`
    /// with the unattributed ones that may have come through it, as `/invite info` lists
    /// them.
    pub async fn export_joins_page(
        &self,
        guild_id: GuildId,
        invitation: Option<InvitationId>,
        after: JoinId,
        size: u32,
    ) -> Result<Vec<ExportedJoin>, DomainError> {
        const COLUMNS: &str = "j.id, j.user_id, j.method, j.joined_at, j.left_at, j.back_at, \
                               j.invitation_id, i.code, i.label, i.roles_until";
        let rows: Vec<JoinRow> = match invitation {
            None => {
                sqlx::query_as(&format!(
                "SELECT {COLUMNS} FROM joins j LEFT JOIN invitations i ON i.id = j.invitation_id \
                     WHERE j.guild_id = $1 AND j.id > $2 AND (j.guild_id, j.id) > ($1, $2) \
                     ORDER BY j.guild_id, j.id LIMIT $3"
            ))
                .bind(guild_id)
                .bind(after)
                .bind(i64::from(size))
                .fetch_all(self.db.pool())
                .await?
            }
            Some(id) => {
                sqlx::query_as(&format!(
                    "SELECT {COLUMNS} FROM ( \
                       SELECT * FROM (SELECT id FROM joins \
                                      WHERE invitation_id = $1 AND id > $2 \
                                        AND (invitation_id, id) > ($1, $2) \
                                      ORDER BY invitation_id, id LIMIT $3) AS sure \
                       UNION ALL \
                       SELECT * FROM (SELECT join_id AS id FROM join_candidates \
                                      WHERE invitation_id = $1 AND join_id > $2 \
                                        AND (invitation_id, join_id) > ($1, $2) \
                                      ORDER BY invitation_id, join_id LIMIT $3) AS maybe \
                     ) AS page JOIN joins j ON j.id = page.id \
                     LEFT JOIN invitations i ON i.id = j.invitation_id \
                     WHERE j.guild_id = $4 ORDER BY j.id LIMIT $3"
                ))
                .bind(id)
                .bind(after)
                .bind(i64::from(size))
                .bind(guild_id)
                .fetch_all(self.db.pool())
                .await?
            }
        };
        let unattributed: Vec<JoinId> = rows
            .iter()
            .filter(|r| r.method == JoinMethod::Unattributed)
            .map(|r| r.id)
            .collect();
        let mut candidates = self.candidate_codes(&unattributed).await?;
        let mut invitations: Vec<InvitationId> =
            rows.iter().filter_map(|r| r.invitation_id).collect();
        invitations.sort();
        invitations.dedup();
        let roles = self.roles_of(&invitations).await?;
        Ok(rows
            .into_iter()
            .map(|r| ExportedJoin {
                roles: match r.invitation_id {
                    Some(_)
                        if matches!(r.method, JoinMethod::Code | JoinMethod::Button)
                            && r.roles_until.is_some_and(|until| r.joined_at >= until) =>
                    {
                        Vec::new()
                    }
                    Some(id) => roles.get(&id).cloned().unwrap_or_default(),
                    None => Vec::new(),
                },
                id: r.id,
                user_id: r.user_id,
                method: r.method,
                joined_at: r.joined_at,
                left_at: r.left_at,
                back_at: r.back_at,
                invitation: r.code.map(|code| (code, r.label)),
                candidates: candidates.remove(&r.id).unwrap_or_default(),
            })
            .collect())
    }

    /// The class roles of each of these invitations (those with none are left out).
    async fn roles_of(
        &self,
        invitations: &[InvitationId],
    ) -> Result<HashMap<InvitationId, Vec<RoleId>>, DomainError> {
        let mut found: HashMap<InvitationId, Vec<RoleId>> = HashMap::new();
        for chunk in invitations.chunks(500) {
            let sql = format!(
                "SELECT invitation_id, role_id FROM invitation_roles \
                 WHERE invitation_id IN ({}) ORDER BY invitation_id, role_id",
                placeholders(1, chunk.len())
            );
            let mut query = sqlx::query_as::<_, (InvitationId, RoleId)>(&sql);
            for id in chunk {
                query = query.bind(*id);
            }
            for (invitation, role) in query.fetch_all(self.db.pool()).await? {
                found.entry(invitation).or_default().push(role);
            }
        }
        Ok(found)
    }

    /// The codes of the invitations each of these unattributed joins may have come through.
    async fn candidate_codes(
        &self,
        joins: &[JoinId],
    ) -> Result<HashMap<JoinId, Vec<InviteCode>>, DomainError> {
        let mut found: HashMap<JoinId, Vec<InviteCode>> = HashMap::new();
        for chunk in joins.chunks(500) {
            let sql = format!(
                "SELECT c.join_id, i.code FROM join_candidates c \
                 JOIN invitations i ON i.id = c.invitation_id \
                 WHERE c.join_id IN ({}) ORDER BY c.join_id, i.id",
                placeholders(1, chunk.len())
            );
            let mut query = sqlx::query_as::<_, (JoinId, InviteCode)>(&sql);
            for id in chunk {
                query = query.bind(*id);
            }
            for (join, code) in query.fetch_all(self.db.pool()).await? {
                found.entry(join).or_default().push(code);
            }
        }
        Ok(found)
    }

    /// The page of the school's invitations after the invitation `after` (0: from the
    /// first), oldest first, through `invitations_by_guild_id` (guild_id, id), with how many
    /// joined through each.
    pub async fn export_invitations_page(
        &self,
        guild_id: GuildId,
        after: InvitationId,
        size: u32,
    ) -> Result<Vec<ExportedInvitation>, DomainError> {
        let select = SELECT_INVITATION.replacen(
            " FROM invitations",
            ", join_count, candidate_count FROM invitations",
            1,
        );
        let rows: Vec<InvitationCounts> = sqlx::query_as(&format!(
            "{select} WHERE guild_id = $1 AND id > $2 AND (guild_id, id) > ($1, $2) \
             ORDER BY guild_id, id LIMIT $3"
        ))
        .bind(guild_id)
        .bind(after)
        .bind(i64::from(size))
        .fetch_all(self.db.pool())
        .await?;
        let counts: Vec<(u64, u64)> = rows
            .iter()
            .map(|r| (r.join_count.max(0) as u64, r.candidate_count.max(0) as u64))
            .collect();
        let mut invitations: Vec<Invitation> =
            rows.into_iter().map(|r| Invitation::from(r.row)).collect();
        let mut conn = self.db.pool().acquire().await?;
        super::invitation::roles::load(&mut conn, &mut invitations).await?;
        Ok(invitations
            .into_iter()
            .zip(counts)
            .map(|(invitation, (joins, maybe_joins))| ExportedInvitation {
                invitation,
                joins,
                maybe_joins,
            })
            .collect())
    }
}
