//! Data retention and erasure. Schools' members include minors, so nothing is kept for ever
//! by accident: when Porter is removed from a school's server the school is marked *left*,
//! kept for a while (Porter may be added back) and then erased; `/school forget` erases a
//! school at once; and old joins and audit entries may be erased after a set time.
//!
//! Erasing a school removes every row of it, in every table, in one write transaction that
//! takes the school's turn ([`crate::db::Db::write`]): two Porter processes erasing the same
//! school one after the other find nothing left the second time, and a school that comes
//! back (its mark cleared in the same turn) before its erasure is not erased. Each table's
//! rows are deleted by the module that owns the table.

use sqlx::FromRow;

use super::{
    approval, arrival, audit, greeting, invitation, join, pending, permission, ratelimit, school,
    share, DiscordLink, Domain, DomainError, GuildId, Timestamp,
};

/// A school as the retention rules see it: its server, and when Porter was removed from it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, FromRow)]
pub struct Presence {
    pub guild_id: GuildId,
    /// When Porter was removed from the server; `None` while Porter is in it.
    pub left_at: Option<Timestamp>,
}

/// What Porter holds about a school: what erasing it removes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SchoolRecords {
    pub invitations: u64,
    /// Channel posts of its invitations (the messages themselves stay in Discord).
    pub posts: u64,
    pub joins: u64,
    /// Lines of its role -> permission map.
    pub permissions: u64,
    pub audit_entries: u64,
    /// Bookkeeping: the invite counts Porter follows, wrong codes tried, the candidates of
    /// unattributed joins, the marks of joins pending, and join requests.
    pub other_rows: u64,
    /// The invitations' links that still work in Discord (Porter has not seen them go):
    /// the Discord side deletes them.
    pub links: Vec<DiscordLink>,
}

/// Rows erased for being older than the retention rules allow.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct OldRows {
    pub joins: u64,
    pub audit_entries: u64,
}

/// The counts of [`SchoolRecords`], as read.
#[derive(FromRow)]
struct Counts {
    invitations: i64,
    posts: i64,
    joins: i64,
    permissions: i64,
    audit_entries: i64,
    other_rows: i64,
}

impl Domain {
    /// Notes that Porter was removed from the school's server (now). A school already marked
    /// keeps its first mark. Whether a school was newly marked.
    pub async fn mark_left(&self, guild_id: GuildId) -> Result<bool, DomainError> {
        let mut tx = self.db.write(guild_id).await?;
        let marked = school::mark_left(&mut tx, guild_id, self.now()).await?;
        tx.commit().await?;
        Ok(marked)
    }

    /// Notes that Porter is in the school's server again: its data is kept. Returns when
    /// Porter had been removed, `None` when the school was not marked left (or there is no
    /// school).
    pub async fn mark_back(&self, guild_id: GuildId) -> Result<Option<Timestamp>, DomainError> {
        // Every GUILD_CREATE asks, for every server at each start: a read first, so that
        // only a school marked left takes its turn to write.
        let marked: Option<i64> =
            sqlx::query_scalar("SELECT 1 FROM schools WHERE guild_id = $1 AND left_at IS NOT NULL")
                .bind(guild_id)
                .fetch_optional(self.db.pool())
                .await?;
        if marked.is_none() {
            return Ok(None);
        }
        let mut tx = self.db.write(guild_id).await?;
        let left_at = school::mark_back(&mut tx, guild_id).await?;
        tx.commit().await?;
        Ok(left_at)
    }

    /// Every school, with when Porter was removed from its server.
    pub async fn presences(&self) -> Result<Vec<Presence>, DomainError> {
        Ok(
            sqlx::query_as("SELECT guild_id, left_at FROM schools ORDER BY guild_id")
                .fetch_all(self.db.pool())
                .await?,
        )
    }

    /// The erasures due: schools whose server Porter was removed from at or before
    /// `left_before`, oldest first.
    pub async fn erasures_due(&self, left_before: Timestamp) -> Result<Vec<Presence>, DomainError> {
        Ok(sqlx::query_as(
            "SELECT guild_id, left_at FROM schools \
             WHERE left_at IS NOT NULL AND left_at <= $1 ORDER BY left_at, guild_id",
        )
        .bind(left_before)
        .fetch_all(self.db.pool())
        .await?)
    }

    /// What Porter holds about the school, as [`Domain::forget_school`] would erase it now.
    pub async fn school_records(&self, guild_id: GuildId) -> Result<SchoolRecords, DomainError> {
        let mut tx = self.db.pool().begin().await?;
        let exists = sqlx::query("SELECT 1 FROM schools WHERE guild_id = $1")
            .bind(guild_id)
            .fetch_optional(&mut *tx)
            .await?
            .is_some();
        if !exists {
            return Err(DomainError::NotASchool);
        }
        let counts: Counts = sqlx::query_as(
            "SELECT \
               (SELECT count(*) FROM invitations WHERE guild_id = $1) AS invitations, \
               (SELECT count(*) FROM invitation_posts WHERE invitation_id IN \
                   (SELECT id FROM invitations WHERE guild_id = $1)) AS posts, \
               (SELECT count(*) FROM joins WHERE guild_id = $1) AS joins, \
               (SELECT count(*) FROM role_permissions WHERE guild_id = $1) AS permissions, \
               (SELECT count(*) FROM audit_log WHERE guild_id = $1) AS audit_entries, \
               (SELECT count(*) FROM join_candidates WHERE join_id IN \
                   (SELECT id FROM joins WHERE guild_id = $1)) \
               + (SELECT count(*) FROM pending_joins WHERE join_id IN \
                   (SELECT id FROM joins WHERE guild_id = $1)) \
               + (SELECT count(*) FROM discord_invite_uses WHERE guild_id = $1) \
               + (SELECT count(*) FROM code_failures WHERE guild_id = $1) \
               + (SELECT count(*) FROM join_requests WHERE guild_id = $1) AS other_rows",
        )
        .bind(guild_id)
        .fetch_one(&mut *tx)
        .await?;
        let links = invitation::live_links(&mut tx, guild_id).await?;
        tx.commit().await?;
        let n = |c: i64| c as u64;
        Ok(SchoolRecords {
            invitations: n(counts.invitations),
            posts: n(counts.posts),
            joins: n(counts.joins),
            permissions: n(counts.permissions),
            audit_entries: n(counts.audit_entries),
            other_rows: n(counts.other_rows),
            links,
        })
    }

    /// Erases the school now (`/school forget`): its settings, invitations and their posts,
    /// joins, permissions, audit trail and bookkeeping, in one transaction. Returns what was
    /// erased, with the links still working in Discord, for the caller to delete.
    pub async fn forget_school(&self, guild_id: GuildId) -> Result<SchoolRecords, DomainError> {
        self.erase(guild_id, None)
            .await?
            .ok_or(DomainError::NotASchool)
    }

    /// Erases the school if Porter was removed from its server at or before `left_before`
    /// and has not come back; `None` (nothing erased) otherwise, e.g. when another process
    /// erased it first or Porter was added back meanwhile.
    pub async fn erase_left_school(
        &self,
        guild_id: GuildId,
        left_before: Timestamp,
    ) -> Result<Option<SchoolRecords>, DomainError> {
        self.erase(guild_id, Some(left_before)).await
    }

    /// Erases every row of the school in one write transaction, if there is one and, given
    /// `left_before`, it was left at or before then.
    async fn erase(
        &self,
        guild_id: GuildId,
        left_before: Option<Timestamp>,
    ) -> Result<Option<SchoolRecords>, DomainError> {
        let mut tx = self.db.write(guild_id).await?;
        let left_at: Option<Option<Timestamp>> =
            sqlx::query_scalar("SELECT left_at FROM schools WHERE guild_id = $1")
                .bind(guild_id)
                .fetch_optional(&mut *tx)
                .await?;
        let Some(left_at) = left_at else {
            return Ok(None);
        };
        // Erasing for having left: only a school still left, since `left_before` or earlier.
        if left_before.is_some_and(|before| left_at.is_none_or(|at| at > before)) {
            return Ok(None);
        }
        let links = invitation::live_links(&mut tx, guild_id).await?;
        let posts = share::erase_school(&mut tx, guild_id).await?;
        let pending = pending::erase_school(&mut tx, guild_id).await?;
        let requests = approval::erase_school(&mut tx, guild_id).await?;
        let (joins, candidates) = join::erase_school(&mut tx, guild_id).await?;
        let invitations = invitation::erase_school(&mut tx, guild_id).await?;
        let permissions = permission::erase_school(&mut tx, guild_id).await?;
        let followed = arrival::erase_school(&mut tx, guild_id).await?;
        let failures = ratelimit::erase_school(&mut tx, guild_id).await?;
        let audit_entries = audit::erase_school(&mut tx, guild_id).await?;
        // `/school forget` keeps the note that Porter greeted the server (it names nobody),
        // so that Porter does not greet it again; an erasure after removal takes it too.
        if left_before.is_some() {
            greeting::erase_school(&mut tx, guild_id).await?;
        }
        school::erase(&mut tx, guild_id).await?;
        tx.commit().await?;
        Ok(Some(SchoolRecords {
            invitations,
            posts,
            joins,
            permissions,
            audit_entries,
            other_rows: pending + candidates + followed + failures + requests,
            links,
        }))
    }

    /// Erases, in every school, joins made at or before `joins_before` and audit entries
    /// written at or before `audit_before` (`None`: keep them). A join still pending, and its
    /// audit entry, are kept until it is resolved. Deleting by age is the same whoever does
    /// it, so several processes may run it at once.
    ///
    /// Caps are unaffected: an invitation's uses are counted on the invitation itself. What
    /// an erased join no longer does is make a second join of the same person through the
    /// same invitation count nothing: someone who joined more than `joins_before` ago, lost
    /// the member role and redeems the code again takes a new use (within the cap).
    pub async fn erase_old_rows(
        &self,
        joins_before: Option<Timestamp>,
        audit_before: Option<Timestamp>,
    ) -> Result<OldRows, DomainError> {
        let mut erased = OldRows::default();
        if joins_before.is_none() && audit_before.is_none() {
            return Ok(erased);
        }
        let mut tx = self.db.begin().await?;
        if let Some(before) = joins_before {
            erased.joins = join::erase_before(&mut tx, before).await?;
        }
        if let Some(before) = audit_before {
            erased.audit_entries = audit::erase_before(&mut tx, before).await?;
        }
        tx.commit().await?;
        Ok(erased)
    }
}
