//! Newcomers arriving through invite links: following the server's invite use counts,
//! counting each link's uses to its invitation, and telling which link each arrival used.
//!
//! The decisions are [`ledger`]'s, made without a database; this module loads what they
//! need and stores what they decide, each in one short write transaction. One task per
//! server owns that server's [`Ledger`] between decisions (the Discord side's reception), so
//! a decision reads from the database only the invitations behind the invites whose count
//! changed.
//!
//! Every method taking `&mut Ledger` moves it on as it decides: when one fails (the
//! transaction rolled back), the ledger no longer matches the database and must be loaded
//! again with [`Domain::ledger`].

mod ledger;

use std::collections::HashMap;

use sqlx::{Any, AnyConnection, FromRow, Transaction};

pub use ledger::{
    Arrival, Followed, InviteUses, Ledger, LinkFacts, OfflineHow, OfflineUse, Refusal, Settlement,
    Verdict, AMBIGUITY_WINDOW, GONE_GRACE,
};

use super::join::insert_join;
use super::sql::placeholders;
use super::{
    audit, invitation,
    invitation::{InvitationRow, SELECT_INVITATION},
    school, Domain, DomainError, GuildId, Invitation, InvitationId, JoinId, JoinMethod, Status,
    Timestamp, UserId,
};

/// A row of `discord_invite_uses`, as stored.
#[derive(FromRow)]
struct FollowedRow {
    code: String,
    uses: i64,
    max_uses: i64,
    gone_at: Option<Timestamp>,
}

/// How one arrival was explained, with its invitations in full.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Joined through this invitation's link. `join_id` is the join's new record; `None`
    /// when they had joined through it before (Discord counts the use again; Porter gives
    /// that seat back, so a person takes one seat however often they come back).
    Joined {
        invitation: Invitation,
        join_id: Option<JoinId>,
    },
    /// Came in through the link of an invitation that could not let them in.
    Refused {
        invitation: Invitation,
        why: Refusal,
    },
    /// Came in through one of several invites used at the same moment (see
    /// [`Verdict::Unattributed`]); `join_id` is the record listing the candidates.
    Unattributed {
        candidates: Vec<Invitation>,
        other_invites: usize,
        refusals: Vec<(Invitation, Refusal)>,
        join_id: JoinId,
    },
    /// Through no invitation's link.
    Elsewhere,
}

/// What came of a group of arrivals read against one invite list.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Settled {
    /// Each arrival and how it was explained, in their order.
    pub outcomes: Vec<(Arrival, Outcome)>,
    /// Active invitations whose link was deleted in Discord (their code still works).
    pub links_deleted: Vec<Invitation>,
    /// Invitations that the uses counted here used up.
    pub used_up: Vec<Invitation>,
}

/// Uses of invitation links while Porter was not following the server.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Offline {
    /// When Porter last read the server's invites before this; `None` if never.
    pub since: Option<Timestamp>,
    /// Each invitation whose link was used or vanished, as it stands now, and how.
    pub uses: Vec<(Invitation, OfflineUse)>,
}

impl Offline {
    /// People who came in through the links, counted or not.
    pub fn people(&self) -> u32 {
        self.uses.iter().map(|(_, u)| u.uses).sum()
    }
}

/// Erases the invite counts Porter follows in the school's server, inside the caller's
/// transaction.
pub(super) async fn erase_school(
    conn: &mut AnyConnection,
    guild_id: GuildId,
) -> Result<u64, sqlx::Error> {
    let done = sqlx::query("DELETE FROM discord_invite_uses WHERE guild_id = $1")
        .bind(guild_id)
        .execute(conn)
        .await?;
    Ok(done.rows_affected())
}

impl Domain {
    /// The school's invites as Porter last accounted for them; `None` for a server that is
    /// not a school.
    pub async fn ledger(&self, guild_id: GuildId) -> Result<Option<Ledger>, DomainError> {
        let seen_at: Option<Option<Timestamp>> =
            sqlx::query_scalar("SELECT invites_seen_at FROM schools WHERE guild_id = $1")
                .bind(guild_id)
                .fetch_optional(self.db.pool())
                .await?;
        let Some(seen_at) = seen_at else {
            return Ok(None);
        };
        let rows: Vec<FollowedRow> = sqlx::query_as(
            "SELECT code, uses, max_uses, gone_at FROM discord_invite_uses WHERE guild_id = $1",
        )
        .bind(guild_id)
        .fetch_all(self.db.pool())
        .await?;
        let followed = rows.into_iter().map(|r| {
            (
                r.code,
                Followed {
                    uses: r.uses as u32,
                    max_uses: r.max_uses as u32,
                    gone_at: r.gone_at,
                },
            )
        });
        Ok(Some(Ledger::new(followed, seen_at)))
    }

    /// Takes Discord's list of the server's invites as the new baseline, when Porter starts
    /// following the server (at start-up, or when the school is set up). Uses of invitation
    /// links since the last baseline happened while Porter was away: they are counted to
    /// their invitations (within their caps), and a capped link that vanished is taken to
    /// have reached its Discord cap.
    pub async fn snapshot_invites(
        &self,
        guild_id: GuildId,
        ledger: &mut Ledger,
        listed: &[InviteUses],
    ) -> Result<Offline, DomainError> {
        let now = self.now();
        let mut tx = self.db.write(guild_id).await?;
        let facts = link_facts(&mut tx, guild_id, &ledger.involved(listed), now).await?;
        let (next, out, offline) = ledger.snapshot(listed, &facts, now);
        store(&mut tx, guild_id, &out, now).await?;
        sqlx::query("DELETE FROM discord_invite_uses WHERE guild_id = $1")
            .bind(guild_id)
            .execute(&mut *tx)
            .await?;
        for invite in listed {
            upsert_followed(
                &mut tx,
                guild_id,
                &invite.code,
                &Followed {
                    uses: invite.uses,
                    max_uses: invite.max_uses,
                    gone_at: None,
                },
                now,
            )
            .await?;
        }
        for used in &offline {
            let creator = invitation_creator(&mut tx, used.invitation_id).await?;
            audit::record(
                &mut tx,
                audit::Entry::new(guild_id, creator, "link_uses_offline", now)
                    .invitation(used.invitation_id)
                    .detail(format!(
                        "{:?}: {} used, {} counted",
                        used.how, used.uses, used.admitted
                    )),
            )
            .await?;
        }
        school::invites_read(&mut tx, guild_id, now, None).await?;
        let ids: Vec<InvitationId> = offline.iter().map(|u| u.invitation_id).collect();
        let invitations = invitations_by_id(&mut tx, &ids).await?;
        tx.commit().await?;
        let since = ledger.seen_at();
        *ledger = next;
        Ok(Offline {
            since,
            uses: offline
                .into_iter()
                .filter_map(|u| invitations.get(&u.invitation_id).cloned().map(|i| (i, u)))
                .collect(),
        })
    }

    /// Reads Discord's current list of the server's invites against the ledger: new uses are
    /// counted to their invitations, and each of `arrivals` (in the order Porter received
    /// them) is matched to the link it came through, its join recorded. `unread` is how many
    /// of them waited while the list could not be read ([`Domain::note_unread_arrivals`]).
    pub async fn settle_arrivals(
        &self,
        guild_id: GuildId,
        ledger: &mut Ledger,
        listed: &[InviteUses],
        arrivals: &[Arrival],
        unread: u32,
    ) -> Result<Settled, DomainError> {
        if ledger.seen_at().is_none() {
            // Nothing to compare with yet: this list becomes the baseline.
            self.snapshot_invites(guild_id, ledger, listed).await?;
            return Ok(Settled {
                outcomes: arrivals.iter().map(|a| (*a, Outcome::Elsewhere)).collect(),
                ..Settled::default()
            });
        }
        let now = self.now();
        let mut tx = self.db.write(guild_id).await?;
        let facts = link_facts(&mut tx, guild_id, &ledger.involved(listed), now).await?;
        let out = ledger.settle(listed, &facts, arrivals, now);
        store(&mut tx, guild_id, &out, now).await?;
        let mut joins = Vec::with_capacity(arrivals.len());
        for (arrival, verdict) in arrivals.iter().zip(&out.verdicts) {
            let join_id = record_verdict(&mut tx, guild_id, arrival, verdict, now).await?;
            if let (Verdict::Admitted { invitation_id }, None) = (verdict, join_id) {
                // Back through a link they joined through before (after leaving): Discord
                // counted the use, but the person holds their first seat still, so the
                // one just counted is given back; they are not counted twice.
                invitation::give_back_seat(&mut tx, *invitation_id).await?;
            }
            joins.push(join_id);
        }
        school::invites_read(&mut tx, guild_id, now, Some(unread)).await?;
        let mut ids: Vec<InvitationId> = out.links_deleted.iter().copied().collect();
        ids.extend(out.counted.keys());
        for verdict in &out.verdicts {
            match verdict {
                Verdict::Admitted { invitation_id } | Verdict::Refused { invitation_id, .. } => {
                    ids.push(*invitation_id)
                }
                Verdict::Unattributed { candidates, .. } => ids.extend(candidates),
                Verdict::Elsewhere => {}
            }
        }
        let invitations = invitations_by_id(&mut tx, &ids).await?;
        tx.commit().await?;
        let links_deleted = active_only(&out, &invitations, now);
        let used_up = out
            .counted
            .keys()
            .filter_map(|id| invitations.get(id))
            .filter(|inv| inv.status(now) == Status::UsedUp)
            .cloned()
            .collect();
        let inv = |id: &InvitationId| invitations.get(id).cloned();
        let outcomes = arrivals
            .iter()
            .zip(out.verdicts)
            .zip(joins)
            .map(|((arrival, verdict), join_id)| {
                let outcome = match verdict {
                    Verdict::Admitted { invitation_id } => {
                        inv(&invitation_id).map(|invitation| Outcome::Joined {
                            invitation,
                            join_id,
                        })
                    }
                    Verdict::Refused { invitation_id, why } => {
                        inv(&invitation_id).map(|invitation| Outcome::Refused { invitation, why })
                    }
                    Verdict::Unattributed {
                        candidates,
                        other_invites,
                        refusals,
                    } => join_id.map(|join_id| Outcome::Unattributed {
                        candidates: candidates.iter().filter_map(inv).collect(),
                        other_invites,
                        refusals: refusals
                            .iter()
                            .filter_map(|(id, why)| inv(id).map(|i| (i, *why)))
                            .collect(),
                        join_id,
                    }),
                    Verdict::Elsewhere => None,
                };
                (*arrival, outcome.unwrap_or(Outcome::Elsewhere))
            })
            .collect();
        Ok(Settled {
            outcomes,
            links_deleted,
            used_up,
        })
    }

    /// Starts following an invite created in the server.
    pub async fn invite_created(
        &self,
        guild_id: GuildId,
        ledger: &mut Ledger,
        invite: &InviteUses,
    ) -> Result<(), DomainError> {
        let Some(followed) = ledger.follow(invite) else {
            return Ok(());
        };
        let mut conn = self.db.pool().acquire().await?;
        upsert_followed(&mut conn, guild_id, &invite.code, &followed, self.now()).await?;
        Ok(())
    }

    /// An invite of the server was deleted (by Porter, by hand, or by Discord once it was
    /// used up). Returns the active invitations whose link was deleted rather than used up:
    /// their code still works, and their creators should know.
    pub async fn invite_deleted(
        &self,
        guild_id: GuildId,
        ledger: &mut Ledger,
        code: &str,
    ) -> Result<Vec<Invitation>, DomainError> {
        self.ledger_step(guild_id, ledger, &[code.to_owned()], |next, facts, now| {
            let mut out = next.expire(facts, now);
            let gone = next.gone(code, facts, now);
            out.changed.extend(gone.changed);
            out.links_gone.extend(gone.links_gone);
            out.links_deleted.extend(gone.links_deleted);
            out
        })
        .await
    }

    /// Lets time settle the ledger (see [`Ledger::expire`]). Returns the active invitations
    /// whose link turned out to have been deleted rather than used up.
    pub async fn expire_invites(
        &self,
        guild_id: GuildId,
        ledger: &mut Ledger,
    ) -> Result<Vec<Invitation>, DomainError> {
        self.ledger_step(guild_id, ledger, &[], |next, facts, now| {
            next.expire(facts, now)
        })
        .await
    }

    /// One change to the ledger outside a reading of Discord's list, stored in one
    /// transaction; returns the active invitations whose link was deleted.
    async fn ledger_step(
        &self,
        guild_id: GuildId,
        ledger: &mut Ledger,
        codes: &[String],
        step: impl FnOnce(&mut Ledger, &HashMap<String, LinkFacts>, Timestamp) -> Settlement,
    ) -> Result<Vec<Invitation>, DomainError> {
        let now = self.now();
        let mut involved = ledger.pending_gone();
        involved.extend_from_slice(codes);
        let mut tx = self.db.write(guild_id).await?;
        let facts = link_facts(&mut tx, guild_id, &involved, now).await?;
        let out = step(ledger, &facts, now);
        store(&mut tx, guild_id, &out, now).await?;
        let ids: Vec<InvitationId> = out.links_deleted.iter().copied().collect();
        let invitations = invitations_by_id(&mut tx, &ids).await?;
        tx.commit().await?;
        Ok(active_only(&out, &invitations, now))
    }

    /// Of `members` (who hold the member role and joined the server while Porter was away),
    /// those Porter has no join record of in this school: the people who came in through
    /// the links of `offline` while it was away, as far as Porter can tell. They are recorded
    /// as joins: through the one invitation's link when only one was used and the numbers
    /// agree, else as unattributed with the invitations as candidates.
    pub async fn record_offline_arrivals(
        &self,
        guild_id: GuildId,
        offline: &Offline,
        members: &[UserId],
    ) -> Result<Vec<UserId>, DomainError> {
        let now = self.now();
        let mut tx = self.db.write(guild_id).await?;
        let mut unknown = Vec::new();
        for &user in members {
            let known = sqlx::query("SELECT 1 FROM joins WHERE guild_id = $1 AND user_id = $2")
                .bind(guild_id)
                .bind(user)
                .fetch_optional(&mut *tx)
                .await?
                .is_some();
            if !known {
                unknown.push(user);
            }
        }
        let used: Vec<&Invitation> = offline
            .uses
            .iter()
            .filter(|(_, u)| u.uses > 0)
            .map(|(i, _)| i)
            .collect();
        let single = match used.as_slice() {
            [one] if unknown.len() as u32 == offline.people() => Some(*one),
            _ => None,
        };
        for &user in &unknown {
            let (invitation, method, candidates) = match single {
                Some(inv) => (Some(inv.id), JoinMethod::Link, Vec::new()),
                None => (
                    None,
                    JoinMethod::Unattributed,
                    used.iter().map(|i| i.id).collect(),
                ),
            };
            insert_join(
                &mut tx,
                guild_id,
                user,
                invitation,
                method,
                &candidates,
                now,
            )
            .await?;
        }
        tx.commit().await?;
        Ok(unknown)
    }
}

/// What the decisions need of the school's invitations whose links are among `codes`.
async fn link_facts(
    tx: &mut Transaction<'_, Any>,
    guild_id: GuildId,
    codes: &[String],
    now: Timestamp,
) -> Result<HashMap<String, LinkFacts>, DomainError> {
    let mut facts = HashMap::with_capacity(codes.len());
    let pause: Option<(Option<Timestamp>, Option<Timestamp>)> =
        sqlx::query_as("SELECT paused_at, paused_until FROM schools WHERE guild_id = $1")
            .bind(guild_id)
            .fetch_optional(&mut **tx)
            .await?;
    let paused = pause.is_some_and(|(at, until)| at.is_some() && until.is_none_or(|u| u > now));
    // SQLite takes at most 32766 parameters, PostgreSQL 65535; stay well below.
    for chunk in codes.chunks(500) {
        let sql = format!(
            "{SELECT_INVITATION} WHERE guild_id = $1 AND discord_invite_code IN ({})",
            placeholders(2, chunk.len())
        );
        let mut query = sqlx::query_as::<_, InvitationRow>(&sql).bind(guild_id);
        for code in chunk {
            query = query.bind(code);
        }
        for row in query.fetch_all(&mut **tx).await? {
            let inv = Invitation::from(row);
            let Some(link) = inv.link.as_ref() else {
                continue;
            };
            facts.insert(
                link.code.clone(),
                LinkFacts {
                    invitation_id: inv.id,
                    status: inv.status(now),
                    room: inv.max_uses.map(|max| max.saturating_sub(inv.uses)),
                    paused,
                },
            );
        }
    }
    Ok(facts)
}

/// Stores what a decision changed: counted uses, followed invites, links gone.
async fn store(
    tx: &mut Transaction<'_, Any>,
    guild_id: GuildId,
    out: &Settlement,
    now: Timestamp,
) -> Result<(), DomainError> {
    for (&id, &n) in &out.counted {
        invitation::count_link_uses(tx, id, n).await?;
    }
    for (code, followed) in &out.changed {
        match followed {
            Some(f) => upsert_followed(tx, guild_id, code, f, now).await?,
            None => {
                sqlx::query("DELETE FROM discord_invite_uses WHERE guild_id = $1 AND code = $2")
                    .bind(guild_id)
                    .bind(code)
                    .execute(&mut **tx)
                    .await?;
            }
        }
    }
    for &id in &out.links_gone {
        super::invitation::note_link_gone(tx, id, now).await?;
    }
    Ok(())
}

async fn upsert_followed(
    conn: &mut AnyConnection,
    guild_id: GuildId,
    code: &str,
    f: &Followed,
    now: Timestamp,
) -> Result<(), DomainError> {
    sqlx::query(
        "INSERT INTO discord_invite_uses (guild_id, code, uses, max_uses, gone_at, seen_at) \
         VALUES ($1, $2, $3, $4, $5, $6) \
         ON CONFLICT (guild_id, code) DO UPDATE \
         SET uses = $3, max_uses = $4, gone_at = $5, seen_at = $6",
    )
    .bind(guild_id)
    .bind(code)
    .bind(i64::from(f.uses))
    .bind(i64::from(f.max_uses))
    .bind(f.gone_at)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(())
}

/// Records the join an arrival's verdict makes, with its audit line; returns its id.
async fn record_verdict(
    tx: &mut Transaction<'_, Any>,
    guild_id: GuildId,
    arrival: &Arrival,
    verdict: &Verdict,
    now: Timestamp,
) -> Result<Option<JoinId>, DomainError> {
    let user = arrival.user_id;
    let (invitation, method, candidates) = match verdict {
        Verdict::Admitted { invitation_id } => (Some(*invitation_id), JoinMethod::Link, &[][..]),
        Verdict::Unattributed { candidates, .. } => {
            (None, JoinMethod::Unattributed, candidates.as_slice())
        }
        Verdict::Refused { invitation_id, why } => {
            audit::record(
                tx,
                audit::Entry::new(guild_id, user, "link_refused", now)
                    .invitation(*invitation_id)
                    .detail(format!("{why:?}")),
            )
            .await?;
            return Ok(None);
        }
        Verdict::Elsewhere => return Ok(None),
    };
    let joined = insert_join(tx, guild_id, user, invitation, method, candidates, now).await?;
    Ok(joined.map(|(join_id, _)| join_id))
}

/// The invitations with these ids, by id.
async fn invitations_by_id(
    tx: &mut Transaction<'_, Any>,
    ids: &[InvitationId],
) -> Result<HashMap<InvitationId, Invitation>, DomainError> {
    let mut found = HashMap::with_capacity(ids.len());
    for chunk in ids.chunks(500) {
        let sql = format!(
            "{SELECT_INVITATION} WHERE id IN ({})",
            placeholders(1, chunk.len())
        );
        let mut query = sqlx::query_as::<_, InvitationRow>(&sql);
        for id in chunk {
            query = query.bind(*id);
        }
        let mut invitations: Vec<Invitation> = query
            .fetch_all(&mut **tx)
            .await?
            .into_iter()
            .map(Invitation::from)
            .collect();
        // Their class roles, for the log lines (one query for the chunk).
        invitation::roles::load(tx, &mut invitations).await?;
        found.extend(invitations.into_iter().map(|inv| (inv.id, inv)));
    }
    Ok(found)
}

async fn invitation_creator(
    tx: &mut Transaction<'_, Any>,
    invitation_id: InvitationId,
) -> Result<UserId, DomainError> {
    Ok(
        sqlx::query_scalar("SELECT created_by FROM invitations WHERE id = $1")
            .bind(invitation_id)
            .fetch_one(&mut **tx)
            .await?,
    )
}

/// The invitations of `out.links_deleted` that still admit people.
fn active_only(
    out: &Settlement,
    invitations: &HashMap<InvitationId, Invitation>,
    now: Timestamp,
) -> Vec<Invitation> {
    out.links_deleted
        .iter()
        .filter_map(|id| invitations.get(id))
        .filter(|inv| inv.status(now) == Status::Active)
        .cloned()
        .collect()
}
