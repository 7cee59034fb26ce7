//! End of term (column `invitations.roles_until`): once an invitation's term has ended, the
//! extra roles it handed out are taken back from the people who got them through it, never
//! the member role.
//!
//! An invitation is due while `roles_until` has passed and `roles_ended_at` is unset. Taking
//! roles back is done by Discord one person at a time and may stop half-way (a restart, an
//! error): nothing is marked until every removal went through, and removing a role someone
//! no longer holds changes nothing, so the next pass simply does it again. A join recorded
//! through the invitation later (someone arriving through its link, which Discord still
//! lets hand out the roles) makes it due again (trigger `joins_reopen_term`).

use sqlx::FromRow;

use super::invitation::{InvitationRow, SELECT_INVITATION};
use super::{audit, Domain, DomainError, GuildId, Invitation, JoinId, RoleId, Timestamp, UserId};

/// Most invitations one pass looks at.
const PER_PASS: i64 = 100;

/// The roles to take back at the end of an invitation's term.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TermEnd {
    /// The invitation, with its extra roles.
    pub invitation: Invitation,
    /// Who loses which role, by person.
    pub removals: Vec<(UserId, RoleId)>,
    /// The newest join through it that the removals cover.
    through: Option<JoinId>,
}

impl TermEnd {
    /// How many people lose a role.
    pub fn people(&self) -> usize {
        let mut users: Vec<UserId> = self.removals.iter().map(|(u, _)| *u).collect();
        users.sort();
        users.dedup();
        users.len()
    }
}

#[derive(FromRow)]
struct Removal {
    join_id: JoinId,
    user_id: UserId,
    role_id: RoleId,
}

impl Domain {
    /// Invitations whose term has ended and whose extra roles are still to be taken back,
    /// in the schools of `guilds` (this process's servers), oldest term first.
    pub async fn terms_due(&self, guilds: &[GuildId]) -> Result<Vec<TermEnd>, DomainError> {
        let rows: Vec<InvitationRow> = sqlx::query_as(&format!(
            "{SELECT_INVITATION} WHERE roles_until IS NOT NULL AND roles_ended_at IS NULL \
               AND roles_until <= $1 ORDER BY roles_until, id LIMIT $2"
        ))
        .bind(self.now())
        .bind(PER_PASS)
        .fetch_all(self.db.pool())
        .await?;
        let mut due: Vec<Invitation> = rows
            .into_iter()
            .map(Invitation::from)
            .filter(|i| guilds.contains(&i.guild_id))
            .collect();
        let mut conn = self.db.pool().acquire().await?;
        super::invitation::roles::load(&mut conn, &mut due).await?;
        drop(conn);
        let mut ends = Vec::with_capacity(due.len());
        for invitation in due {
            ends.push(self.term_end(invitation).await?);
        }
        Ok(ends)
    }

    /// Who loses which of the invitation's extra roles: everyone who joined through it,
    /// except people who came by code or button after the term ended (they got none),
    /// people who left the server (Discord took every role they held; coming back clears
    /// the mark), and roles the person also got through another invitation whose term goes
    /// on. Someone who left unseen (while Porter was stopped) is asked for, and Discord's
    /// Unknown Member leaves nothing to take (see [`super::Gatekeeper::remove_role`]). Arrivals
    /// Porter could not attribute to one link keep what Discord gave them. The member role
    /// is never among them.
    async fn term_end(&self, invitation: Invitation) -> Result<TermEnd, DomainError> {
        let until = invitation.roles_until.unwrap_or(Timestamp::MIN);
        let rows: Vec<Removal> = sqlx::query_as(
            "SELECT j.id AS join_id, j.user_id, r.role_id \
             FROM joins j JOIN invitation_roles r ON r.invitation_id = j.invitation_id \
             JOIN schools s ON s.guild_id = j.guild_id \
             WHERE j.invitation_id = $1 AND r.role_id <> s.member_role_id \
               AND j.left_at IS NULL \
               AND NOT (j.method IN ('code', 'button') AND j.joined_at >= $2) \
               AND NOT EXISTS ( \
                   SELECT 1 FROM joins o \
                   JOIN invitation_roles oro ON oro.invitation_id = o.invitation_id \
                   JOIN invitations oi ON oi.id = o.invitation_id \
                   WHERE o.guild_id = j.guild_id AND o.user_id = j.user_id \
                     AND o.invitation_id <> j.invitation_id AND oro.role_id = r.role_id \
                     AND (oi.roles_until IS NULL OR oi.roles_until > $3)) \
             ORDER BY j.id, r.role_id",
        )
        .bind(invitation.id)
        .bind(until)
        .bind(self.now())
        .fetch_all(self.db.pool())
        .await?;
        let through: Option<JoinId> =
            sqlx::query_scalar("SELECT max(id) FROM joins WHERE invitation_id = $1")
                .bind(invitation.id)
                .fetch_one(self.db.pool())
                .await?;
        Ok(TermEnd {
            invitation,
            removals: rows.iter().map(|r| (r.user_id, r.role_id)).collect(),
            through: through.or(rows.iter().map(|r| r.join_id).max()),
        })
    }

    /// Notes that every removal of `end` went through; `false` (still due) when someone
    /// joined through the invitation meanwhile, for the next pass to cover them too.
    pub async fn finish_term(&self, end: &TermEnd) -> Result<bool, DomainError> {
        let guild_id: GuildId = end.invitation.guild_id;
        let now = self.now();
        let mut tx = self.db.write(guild_id).await?;
        let done = sqlx::query(
            "UPDATE invitations SET roles_ended_at = $1 \
             WHERE id = $2 AND roles_ended_at IS NULL \
               AND NOT EXISTS (SELECT 1 FROM joins WHERE invitation_id = $2 AND id > $3)",
        )
        .bind(now)
        .bind(end.invitation.id)
        .bind(end.through.map_or(0, |j| j.0))
        .execute(&mut *tx)
        .await?
        .rows_affected()
            > 0;
        if done {
            audit::record(
                &mut tx,
                audit::Entry::new(guild_id, end.invitation.created_by, "term_end", now)
                    .invitation(end.invitation.id)
                    .detail(format!(
                        "{} roles taken back from {} people",
                        end.removals.len(),
                        end.people()
                    )),
            )
            .await?;
        }
        tx.commit().await?;
        Ok(done)
    }
}
