//! Newcomers arriving through invite links: following the server's invite use counts and
//! telling which invitation's link each arrival used.
//!
//! Discord does not say which invite a newcomer accepted. Porter keeps every invite's use
//! count as last accounted for and, at each arrival, compares Discord's current counts: the
//! one invite whose count went up is the one used. When several went up at once the
//! arrivals cannot be told apart; each of them is then *unattributed*, with the invites it
//! may have used, until every use of that moment has been matched to an arrival.

use std::collections::{BTreeMap, BTreeSet, HashSet};

use sqlx::{Row, Sqlite, Transaction};

use super::{
    audit,
    invitation::{invitation_columns, note_link_gone, SELECT_INVITATION},
    Domain, DomainError, Gatekeeper, GuildId, Invitation, JoinMethod, School, Timestamp, UserId,
};

/// How long an invite seen deleted may still explain an arrival, in seconds: one that
/// reaches its Discord-side cap disappears the moment it lets its last person in.
pub const GONE_GRACE: Timestamp = 120;
/// How long, in seconds, Porter waits for the rest of a group of arrivals it could not
/// tell apart before it stops expecting them.
pub const AMBIGUITY_WINDOW: Timestamp = 120;

/// One of the server's Discord invites, as Discord reports it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InviteUses {
    pub code: String,
    pub uses: u32,
    /// Discord's own cap on the invite; 0 for none.
    pub max_uses: u32,
}

/// Which way someone arrived.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arrival {
    /// Through this invitation's link.
    Link(Invitation),
    /// Through one of several invites used at the same moment: these invitations' links,
    /// or `other_invites` invites that are not Porter's.
    Unattributed {
        candidates: Vec<Invitation>,
        other_invites: usize,
    },
    /// Through no invite Porter could see used: another of the server's invites it cannot
    /// count, a vanity URL, or a server that is not a school.
    Elsewhere,
}

/// Uses of an invitation's link while Porter was not connected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OfflineUses {
    pub invitation: Invitation,
    /// Uses counted to the invitation (at most what was left of its cap).
    pub counted: u32,
}

/// What happened to an invitation whose link arrival was recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkJoin {
    /// The invitation after the join.
    pub invitation: Invitation,
    /// False when the person had joined through this invitation before.
    pub counted: bool,
}

/// An invite as Porter last accounted for it.
struct Tracked {
    uses: i64,
    max_uses: i64,
    settle_to: Option<i64>,
}

impl Tracked {
    /// The count arrivals are measured from.
    fn baseline(&self) -> i64 {
        self.settle_to.unwrap_or(self.uses)
    }
}

/// Arrivals of one moment not yet all seen.
struct Ambiguity {
    candidates: BTreeSet<String>,
    expected: i64,
    seen: i64,
    opened_at: Timestamp,
}

impl Domain {
    /// Takes Discord's list of the server's invites as the new baseline (when Porter sees
    /// the server at start-up, or the school is set up). Uses of invitation links since the
    /// last baseline that no arrival explained happened while Porter was away: they are
    /// counted to their invitations. Links missing from the list are marked gone.
    pub async fn snapshot_invites(
        &self,
        guild_id: GuildId,
        invites: &[InviteUses],
    ) -> Result<Vec<OfflineUses>, DomainError> {
        let now = self.now();
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        if !school_exists(&mut tx, guild_id).await? {
            return Ok(Vec::new());
        }
        let tracked = load_tracked(&mut tx, guild_id).await?;
        let current: BTreeMap<&str, &InviteUses> =
            invites.iter().map(|i| (i.code.as_str(), i)).collect();
        let links = sqlx::query(&format!(
            "{SELECT_INVITATION} WHERE guild_id = ? AND discord_invite_code IS NOT NULL \
               AND link_gone_at IS NULL"
        ))
        .bind(guild_id as i64)
        .fetch_all(&mut *tx)
        .await?;
        let mut offline = Vec::new();
        for row in &links {
            let inv = Invitation::from_row(row);
            let link = inv.link.as_ref().map(|l| l.code.as_str()).unwrap_or("");
            let Some(now_uses) = current.get(link) else {
                note_link_gone(&mut tx, inv.id, now).await?;
                continue;
            };
            let Some(before) = tracked.get(link) else {
                continue; // never counted: nothing to compare with
            };
            let unexplained = i64::from(now_uses.uses) - before.baseline();
            if unexplained <= 0 || inv.revoked_at.is_some() {
                continue;
            }
            let room = inv.max_uses.map_or(i64::MAX, |m| i64::from(m - inv.uses));
            let counted = unexplained.min(room);
            if counted <= 0 {
                continue;
            }
            let updated = sqlx::query(&format!(
                "UPDATE invitations SET uses = uses + ? WHERE id = ? RETURNING {}",
                invitation_columns!()
            ))
            .bind(counted)
            .bind(inv.id)
            .fetch_one(&mut *tx)
            .await?;
            audit::record(
                &mut tx,
                audit::Entry::new(guild_id, inv.created_by, "link_uses_offline", now)
                    .invitation(inv.id)
                    .detail(counted.to_string()),
            )
            .await?;
            offline.push(OfflineUses {
                invitation: Invitation::from_row(&updated),
                counted: counted as u32,
            });
        }
        replace_baseline(&mut tx, guild_id, invites, now).await?;
        tx.commit().await?;
        Ok(offline)
    }

    /// Starts following an invite created in the server.
    pub async fn invite_created(
        &self,
        guild_id: GuildId,
        invite: &InviteUses,
    ) -> Result<(), DomainError> {
        sqlx::query(
            "INSERT INTO discord_invite_uses (guild_id, code, uses, max_uses, seen_at) \
             SELECT ?1, ?2, ?3, ?4, ?5 WHERE EXISTS (SELECT 1 FROM schools WHERE guild_id = ?1) \
             ON CONFLICT (guild_id, code) DO NOTHING",
        )
        .bind(guild_id as i64)
        .bind(&invite.code)
        .bind(i64::from(invite.uses))
        .bind(i64::from(invite.max_uses))
        .bind(self.now())
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// An invite of the server was deleted (by Porter, by hand, or by Discord once it was
    /// used up). Returns the invitation whose link it was, if that link was live until now:
    /// its link is now marked gone.
    pub async fn invite_deleted(
        &self,
        guild_id: GuildId,
        code: &str,
    ) -> Result<Option<Invitation>, DomainError> {
        let now = self.now();
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        sqlx::query(
            "UPDATE discord_invite_uses SET gone_at = ? \
             WHERE guild_id = ? AND code = ? AND gone_at IS NULL",
        )
        .bind(now)
        .bind(guild_id as i64)
        .bind(code)
        .execute(&mut *tx)
        .await?;
        let invitation = sqlx::query(&format!(
            "UPDATE invitations SET link_gone_at = ? \
             WHERE guild_id = ? AND discord_invite_code = ? AND link_gone_at IS NULL \
             RETURNING {}",
            invitation_columns!()
        ))
        .bind(now)
        .bind(guild_id as i64)
        .bind(code)
        .fetch_optional(&mut *tx)
        .await?
        .map(|row| Invitation::from_row(&row));
        tx.commit().await?;
        Ok(invitation)
    }

    /// Tells which invite someone who just arrived (or just received the member role from
    /// an invite, already being in the server) used, from Discord's current invite list.
    pub async fn attribute_arrival(
        &self,
        guild_id: GuildId,
        invites: &[InviteUses],
    ) -> Result<Arrival, DomainError> {
        let now = self.now();
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        let seen_before: Option<Option<Timestamp>> =
            sqlx::query("SELECT invites_seen_at FROM schools WHERE guild_id = ?")
                .bind(guild_id as i64)
                .fetch_optional(&mut *tx)
                .await?
                .map(|row| row.get(0));
        match seen_before {
            None => return Ok(Arrival::Elsewhere),
            Some(None) => {
                // Nothing to compare with yet: this list becomes the baseline.
                replace_baseline(&mut tx, guild_id, invites, now).await?;
                tx.commit().await?;
                return Ok(Arrival::Elsewhere);
            }
            Some(Some(_)) => {}
        }
        sqlx::query(
            "DELETE FROM discord_invite_uses WHERE guild_id = ? AND gone_at IS NOT NULL \
               AND gone_at < ? AND settle_to IS NULL",
        )
        .bind(guild_id as i64)
        .bind(now - GONE_GRACE)
        .execute(&mut *tx)
        .await?;
        let mut ambiguity = load_ambiguity(&mut tx, guild_id).await?;
        if ambiguity
            .as_ref()
            .is_some_and(|a| a.opened_at < now - AMBIGUITY_WINDOW)
        {
            // The rest of that group never showed up: stop waiting for them.
            settle(&mut tx, guild_id).await?;
            ambiguity = None;
        }
        let tracked = load_tracked(&mut tx, guild_id).await?;
        let surplus = surplus(&tracked, invites);
        let used: Vec<String> = match (ambiguity, surplus.len()) {
            (None, 0) => {
                tx.commit().await?;
                return Ok(Arrival::Elsewhere);
            }
            (None, 1) => {
                let (code, seen) = surplus.into_iter().next().expect("one invite");
                let base = tracked.get(&code).map_or(0, Tracked::baseline);
                sqlx::query(
                    "INSERT INTO discord_invite_uses (guild_id, code, uses, max_uses, seen_at) \
                     VALUES (?1, ?2, ?3, ?4, ?5) \
                     ON CONFLICT (guild_id, code) DO UPDATE SET uses = ?3, seen_at = ?5",
                )
                .bind(guild_id as i64)
                .bind(&code)
                .bind(base + 1)
                .bind(seen.max_uses)
                .bind(now)
                .execute(&mut *tx)
                .await?;
                vec![code]
            }
            (Some(a), 0) if a.seen >= a.expected => {
                tx.commit().await?;
                return Ok(Arrival::Elsewhere);
            }
            (ambiguity, _) => {
                let mut group = ambiguity.unwrap_or(Ambiguity {
                    candidates: BTreeSet::new(),
                    expected: 0,
                    seen: 0,
                    opened_at: now,
                });
                for (code, seen) in &surplus {
                    let base = tracked.get(code).map_or(0, Tracked::baseline);
                    sqlx::query(
                        "INSERT INTO discord_invite_uses \
                             (guild_id, code, uses, max_uses, seen_at, settle_to) \
                         VALUES (?1, ?2, 0, ?3, ?4, ?5) \
                         ON CONFLICT (guild_id, code) DO UPDATE SET settle_to = ?5, seen_at = ?4",
                    )
                    .bind(guild_id as i64)
                    .bind(code)
                    .bind(seen.max_uses)
                    .bind(now)
                    .bind(base + seen.extra)
                    .execute(&mut *tx)
                    .await?;
                    group.candidates.insert(code.clone());
                    group.expected += seen.extra;
                }
                group.seen += 1;
                let candidates: Vec<String> = group.candidates.iter().cloned().collect();
                if group.seen >= group.expected {
                    settle(&mut tx, guild_id).await?;
                } else {
                    sqlx::query(
                        "INSERT INTO arrival_ambiguities \
                             (guild_id, candidates, expected, seen, opened_at) \
                         VALUES (?1, ?2, ?3, ?4, ?5) \
                         ON CONFLICT (guild_id) DO UPDATE \
                         SET candidates = ?2, expected = ?3, seen = ?4",
                    )
                    .bind(guild_id as i64)
                    .bind(candidates.join(","))
                    .bind(group.expected)
                    .bind(group.seen)
                    .bind(group.opened_at)
                    .execute(&mut *tx)
                    .await?;
                }
                candidates
            }
        };
        let invitations = invitations_by_link(&mut tx, guild_id, &used).await?;
        tx.commit().await?;
        Ok(match (used.len(), invitations.len()) {
            (1, 1) => Arrival::Link(invitations.into_iter().next().expect("one invitation")),
            (1, _) => Arrival::Elsewhere,
            (n, _) => Arrival::Unattributed {
                other_invites: n - invitations.len(),
                candidates: invitations,
            },
        })
    }

    /// Records someone who arrived through an invitation's link: counts the use (once per
    /// person) and gives them the member role if Discord did not. An invitation that stopped
    /// admitting people refuses, as its code would (the caller takes back Discord's grant).
    pub async fn link_join(
        &self,
        gate: &impl Gatekeeper,
        school: &School,
        invitation: &Invitation,
        user_id: UserId,
        has_member_role: bool,
    ) -> Result<LinkJoin, DomainError> {
        invitation.ensure_active(self.now())?;
        let (reservation, updated) = self
            .reserve(school, Some(invitation), &[], user_id, JoinMethod::Link)
            .await?;
        let counted = reservation.is_some();
        if !has_member_role {
            self.grant_or_cancel(gate, school, Some(invitation), user_id, reservation)
                .await?;
        }
        Ok(LinkJoin {
            invitation: updated.unwrap_or_else(|| invitation.clone()),
            counted,
        })
    }

    /// Records an arrival that could have come through any of `candidates` (their ids are
    /// kept with the join). In a public school the person gets the member role if Discord
    /// did not give it.
    pub async fn unattributed_join(
        &self,
        gate: &impl Gatekeeper,
        school: &School,
        candidates: &[Invitation],
        user_id: UserId,
        has_member_role: bool,
    ) -> Result<(), DomainError> {
        let (reservation, _) = self
            .reserve(school, None, candidates, user_id, JoinMethod::Unattributed)
            .await?;
        if school.access == super::Access::Public && !has_member_role {
            self.grant_or_cancel(gate, school, None, user_id, reservation)
                .await?;
        }
        Ok(())
    }

    /// Whether Porter recorded a join of this person in the school since `since`.
    pub async fn joined_since(
        &self,
        guild_id: GuildId,
        user_id: UserId,
        since: Timestamp,
    ) -> Result<bool, DomainError> {
        Ok(
            sqlx::query(
                "SELECT 1 FROM joins WHERE guild_id = ? AND user_id = ? AND joined_at >= ?",
            )
            .bind(guild_id as i64)
            .bind(user_id as i64)
            .bind(since)
            .fetch_optional(&self.pool)
            .await?
            .is_some(),
        )
    }
}

/// Uses an invite shows beyond those accounted for, and its Discord-side cap.
struct Surplus {
    extra: i64,
    max_uses: i64,
}

/// The invites that show more uses than accounted for. An invite gone from the list that
/// had a Discord-side cap may have been used up by the arrival: it counts up to its cap.
fn surplus(
    tracked: &BTreeMap<String, Tracked>,
    invites: &[InviteUses],
) -> BTreeMap<String, Surplus> {
    let mut surplus = BTreeMap::new();
    for invite in invites {
        let extra = i64::from(invite.uses) - tracked.get(&invite.code).map_or(0, Tracked::baseline);
        if extra > 0 {
            let max_uses = i64::from(invite.max_uses);
            surplus.insert(invite.code.clone(), Surplus { extra, max_uses });
        }
    }
    let listed: HashSet<&str> = invites.iter().map(|i| i.code.as_str()).collect();
    for (code, t) in tracked {
        let extra = t.max_uses - t.baseline();
        if t.max_uses > 0 && extra > 0 && !listed.contains(code.as_str()) {
            let max_uses = t.max_uses;
            surplus.insert(code.clone(), Surplus { extra, max_uses });
        }
    }
    surplus
}

async fn school_exists(
    tx: &mut Transaction<'_, Sqlite>,
    guild_id: GuildId,
) -> Result<bool, DomainError> {
    Ok(sqlx::query("SELECT 1 FROM schools WHERE guild_id = ?")
        .bind(guild_id as i64)
        .fetch_optional(&mut **tx)
        .await?
        .is_some())
}

async fn load_tracked(
    tx: &mut Transaction<'_, Sqlite>,
    guild_id: GuildId,
) -> Result<BTreeMap<String, Tracked>, DomainError> {
    let rows = sqlx::query(
        "SELECT code, uses, max_uses, settle_to FROM discord_invite_uses \
         WHERE guild_id = ?",
    )
    .bind(guild_id as i64)
    .fetch_all(&mut **tx)
    .await?;
    Ok(rows
        .iter()
        .map(|r| {
            (
                r.get("code"),
                Tracked {
                    uses: r.get("uses"),
                    max_uses: r.get("max_uses"),
                    settle_to: r.get("settle_to"),
                },
            )
        })
        .collect())
}

async fn load_ambiguity(
    tx: &mut Transaction<'_, Sqlite>,
    guild_id: GuildId,
) -> Result<Option<Ambiguity>, DomainError> {
    Ok(sqlx::query(
        "SELECT candidates, expected, seen, opened_at FROM arrival_ambiguities WHERE guild_id = ?",
    )
    .bind(guild_id as i64)
    .fetch_optional(&mut **tx)
    .await?
    .map(|r| Ambiguity {
        candidates: r
            .get::<String, _>("candidates")
            .split(',')
            .filter(|c| !c.is_empty())
            .map(str::to_owned)
            .collect(),
        expected: r.get("expected"),
        seen: r.get("seen"),
        opened_at: r.get("opened_at"),
    }))
}

/// Every arrival of an ambiguous group was seen (or stopped being waited for): the invites'
/// counts move to where the group left them.
async fn settle(tx: &mut Transaction<'_, Sqlite>, guild_id: GuildId) -> Result<(), DomainError> {
    sqlx::query(
        "UPDATE discord_invite_uses SET uses = settle_to, settle_to = NULL \
         WHERE guild_id = ? AND settle_to IS NOT NULL",
    )
    .bind(guild_id as i64)
    .execute(&mut **tx)
    .await?;
    forget_ambiguity(tx, guild_id).await
}

async fn forget_ambiguity(
    tx: &mut Transaction<'_, Sqlite>,
    guild_id: GuildId,
) -> Result<(), DomainError> {
    sqlx::query("DELETE FROM arrival_ambiguities WHERE guild_id = ?")
        .bind(guild_id as i64)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Replaces the school's followed invites with Discord's list.
async fn replace_baseline(
    tx: &mut Transaction<'_, Sqlite>,
    guild_id: GuildId,
    invites: &[InviteUses],
    now: Timestamp,
) -> Result<(), DomainError> {
    sqlx::query("DELETE FROM discord_invite_uses WHERE guild_id = ?")
        .bind(guild_id as i64)
        .execute(&mut **tx)
        .await?;
    forget_ambiguity(tx, guild_id).await?;
    for invite in invites {
        sqlx::query(
            "INSERT INTO discord_invite_uses (guild_id, code, uses, max_uses, seen_at) \
             VALUES (?, ?, ?, ?, ?)",
        )
        .bind(guild_id as i64)
        .bind(&invite.code)
        .bind(i64::from(invite.uses))
        .bind(i64::from(invite.max_uses))
        .bind(now)
        .execute(&mut **tx)
        .await?;
    }
    sqlx::query("UPDATE schools SET invites_seen_at = ? WHERE guild_id = ?")
        .bind(now)
        .bind(guild_id as i64)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// The school's invitations whose links are among `codes`.
async fn invitations_by_link(
    tx: &mut Transaction<'_, Sqlite>,
    guild_id: GuildId,
    codes: &[String],
) -> Result<Vec<Invitation>, DomainError> {
    let mut found = Vec::new();
    for code in codes {
        if let Some(row) = sqlx::query(&format!(
            "{SELECT_INVITATION} WHERE guild_id = ? AND discord_invite_code = ?"
        ))
        .bind(guild_id as i64)
        .bind(code)
        .fetch_optional(&mut **tx)
        .await?
        {
            found.push(Invitation::from_row(&row));
        }
    }
    found.sort_by_key(|i| i.id);
    Ok(found)
}
