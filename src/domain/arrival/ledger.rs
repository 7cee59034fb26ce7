//! Which link each arrival used, decided from what Porter knew of the server's invites and
//! what Discord lists now. Pure: no database and no Discord. [`super`] loads what a decision
//! needs, stores what it decides, and keeps the [`Ledger`] between decisions.
//!
//! Discord does not say which invite a newcomer accepted, but it does count every invite's
//! uses. So *how many* came through each link is never in doubt: every use Discord shows is
//! counted to its invitation the moment Porter reads it, within the invitation's cap, and
//! uses past the cap (or through the link of an invitation that ended) are refused. Only
//! *who* came through which link can be unclear: uses read but not yet matched to an
//! arrival wait in a pool, and each arrival takes one. When the pool holds the uses of one
//! invite only, the arrival came through it; when it holds several, the arrival is
//! *unattributed*, with those invites as candidates.
//!
//! An invite that vanished from Discord's list shows no count: Discord removes a capped
//! invite the moment it lets its last person in, and a moderator may delete one by hand. A
//! vanished link with seats left under its Discord cap may therefore explain an arrival
//! that no count explains, if that arrival reached Porter within [`GONE_GRACE`] of Porter
//! learning the link was gone; one without seats left, or learned of earlier, explains
//! nothing, and never makes another arrival ambiguous.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use super::super::{InvitationId, Status, Timestamp, UserId};

/// How long, in seconds, uses Porter read but could not match to an arrival wait for their
/// arrival before Porter stops expecting it.
pub const AMBIGUITY_WINDOW: Timestamp = 120;
/// How long, in seconds, after Porter learned that a capped link vanished it may still
/// explain an arrival: the arrival that used its last seat may reach Porter a moment after
/// the deletion does.
pub const GONE_GRACE: Timestamp = 5;

/// One of the server's Discord invites, as Discord lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InviteUses {
    pub code: String,
    pub uses: u32,
    /// Discord's own cap on the invite; 0 for none.
    pub max_uses: u32,
}

/// Someone who arrived in the server, or who received the member role from an invite while
/// already in it: a member event Porter has yet to explain.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Arrival {
    pub user_id: UserId,
    /// Whether the event shows them holding the member role. Every invitation link grants
    /// it, so someone without it did not come through one.
    pub has_member_role: bool,
    /// When Porter received the event.
    pub received_at: Timestamp,
}

/// What a decision needs to know of the invitation behind a link.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LinkFacts {
    pub invitation_id: InvitationId,
    /// Where the invitation stood before this decision.
    pub status: Status,
    /// Seats left under its cap; `None` when it has no cap.
    pub room: Option<u32>,
    /// The school is paused (`/school pause`): the link lets nobody in.
    pub paused: bool,
}

/// Why an invitation's link could not let someone in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    Revoked,
    Expired,
    /// Every seat under the cap was already taken, by code, button or link.
    Full,
    /// Joining was paused (`/school pause`) and Discord let the person in all the same.
    Paused,
}

/// An invite as Porter last accounted for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Followed {
    /// Its use count, as last read (or as Porter counted it since).
    pub uses: u32,
    /// Discord's own cap on it; 0 for none.
    pub max_uses: u32,
    /// When Porter learned that it no longer exists, while it may still explain an arrival.
    pub gone_at: Option<Timestamp>,
}

impl Followed {
    /// Uses Discord would still have allowed before removing it at its cap.
    fn seats_left(&self) -> u32 {
        self.max_uses.saturating_sub(self.uses)
    }
}

/// How one arrival is explained, by invitation id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// Through this invitation's link, within its cap.
    Admitted { invitation_id: InvitationId },
    /// Through this invitation's link, which could not let them in.
    Refused {
        invitation_id: InvitationId,
        why: Refusal,
    },
    /// Through one of several invites used at the same moment: these invitations' links, or
    /// `other_invites` invites that are not Porter's. `refusals` names the candidates that
    /// could not let anyone in: when there are any, this arrival may be one of those.
    Unattributed {
        candidates: Vec<InvitationId>,
        other_invites: usize,
        refusals: Vec<(InvitationId, Refusal)>,
    },
    /// Through no invite Porter follows: another of the server's invites, a vanity URL, or a
    /// role given by hand.
    Elsewhere,
}

/// What a decision changes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Settlement {
    /// One per arrival, in their order.
    pub verdicts: Vec<Verdict>,
    /// Uses to count to each invitation (those within its cap).
    pub counted: BTreeMap<InvitationId, u32>,
    /// Followed invites whose record changed: `None` to forget one.
    pub changed: BTreeMap<String, Option<Followed>>,
    /// Invitations whose link no longer exists.
    pub links_gone: BTreeSet<InvitationId>,
    /// Invitations whose link was deleted in Discord rather than used up at its cap.
    pub links_deleted: BTreeSet<InvitationId>,
    /// Uses read earlier whose arrival never came, now no longer expected.
    pub unmatched_dropped: u32,
}

/// Uses of the server's invites while Porter was not following them, found at start-up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OfflineUse {
    pub invitation_id: InvitationId,
    pub how: OfflineHow,
    /// Uses through the link while Porter was away.
    pub uses: u32,
    /// Of those, the ones within the invitation's cap, now counted to it.
    pub admitted: u32,
    /// Why the others could not be let in.
    pub refused: Option<Refusal>,
}

/// How Porter learned of uses while it was away.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OfflineHow {
    /// The link's count rose.
    Rose,
    /// The capped link vanished: Discord removes a capped invite at its cap, so every seat it
    /// had left is taken as used (if a moderator deleted it instead, the invitation closes
    /// early, which a new invitation mends; a seat given away cannot be taken back).
    VanishedAtCap,
    /// The link without a cap vanished: it was deleted, not used.
    Deleted,
}

/// Uses of one invite that no arrival was matched to yet.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Unmatched {
    admitted: u32,
    refused: u32,
    /// The invitation whose link the invite is, and why its refused uses were refused.
    link: Option<(InvitationId, Option<Refusal>)>,
}

impl Unmatched {
    fn total(&self) -> u32 {
        self.admitted + self.refused
    }
}

/// What Porter knows of one server's invites between decisions: the use counts it
/// accounted for, and the uses it read but has not matched to an arrival yet.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Ledger {
    /// When Discord's list was last read: `None` until Porter has a count to compare with.
    seen_at: Option<Timestamp>,
    followed: HashMap<String, Followed>,
    pool: BTreeMap<String, Unmatched>,
    /// Arrivals matched to the pool without knowing which invite's use they took.
    guesses: u32,
    pool_opened_at: Timestamp,
}

/// Seats left per invitation while a decision counts uses.
struct Seats(HashMap<InvitationId, Option<u32>>);

impl Seats {
    fn new(facts: &HashMap<String, LinkFacts>) -> Self {
        Self(facts.values().map(|f| (f.invitation_id, f.room)).collect())
    }

    /// Splits `n` uses of a link into those let in and those refused, taking seats.
    fn admit(&mut self, facts: &LinkFacts, n: u32) -> (u32, u32, Option<Refusal>) {
        let why = match facts.status {
            Status::Revoked => return (0, n, Some(Refusal::Revoked)),
            Status::Expired => return (0, n, Some(Refusal::Expired)),
            Status::UsedUp => return (0, n, Some(Refusal::Full)),
            Status::Active if facts.paused => return (0, n, Some(Refusal::Paused)),
            Status::Active => Refusal::Full,
        };
        let room = self.0.entry(facts.invitation_id).or_insert(facts.room);
        let admitted = room.map_or(n, |left| left.min(n));
        if let Some(left) = room {
            *left -= admitted;
        }
        let refused = n - admitted;
        (admitted, refused, (refused > 0).then_some(why))
    }
}

impl Ledger {
    /// A ledger of these invites, as read at `seen_at`, with nothing waiting to be matched.
    pub fn new(
        followed: impl IntoIterator<Item = (String, Followed)>,
        seen_at: Option<Timestamp>,
    ) -> Self {
        Self {
            seen_at,
            followed: followed.into_iter().collect(),
            ..Self::default()
        }
    }

    /// When Discord's list was last read; `None` before the first time.
    pub fn seen_at(&self) -> Option<Timestamp> {
        self.seen_at
    }

    /// The vanished invites that may still explain an arrival.
    pub fn pending_gone(&self) -> Vec<String> {
        self.followed
            .iter()
            .filter(|(_, f)| f.gone_at.is_some())
            .map(|(code, _)| code.clone())
            .collect()
    }

    /// An invite as Porter last accounted for it.
    pub fn followed(&self, code: &str) -> Option<&Followed> {
        self.followed.get(code)
    }

    /// How many invites are followed.
    pub fn len(&self) -> usize {
        self.followed.len()
    }

    /// Whether no invite is followed.
    pub fn is_empty(&self) -> bool {
        self.followed.is_empty()
    }

    /// The invites whose invitation a decision on `listed` may need to know about: those
    /// whose count rose, those that vanished, and vanished ones that may still explain an
    /// arrival.
    pub fn involved(&self, listed: &[InviteUses]) -> Vec<String> {
        let mut codes: BTreeSet<&str> = BTreeSet::new();
        let mut present = HashSet::with_capacity(listed.len());
        for invite in listed {
            present.insert(invite.code.as_str());
            match self.followed.get(&invite.code) {
                Some(f) if f.gone_at.is_none() && invite.uses <= f.uses => {}
                _ => {
                    codes.insert(&invite.code);
                }
            }
        }
        for (code, f) in &self.followed {
            if f.gone_at.is_some() || !present.contains(code.as_str()) {
                codes.insert(code);
            }
        }
        codes.into_iter().map(str::to_owned).collect()
    }

    /// Starts following an invite created in the server.
    pub fn follow(&mut self, invite: &InviteUses) -> Option<Followed> {
        if self.followed.contains_key(&invite.code) {
            return None;
        }
        let followed = Followed {
            uses: invite.uses,
            max_uses: invite.max_uses,
            gone_at: None,
        };
        self.followed.insert(invite.code.clone(), followed.clone());
        Some(followed)
    }

    /// Notes that an invite no longer exists (Discord said so, or its list lacks it).
    pub fn gone(
        &mut self,
        code: &str,
        facts: &HashMap<String, LinkFacts>,
        now: Timestamp,
    ) -> Settlement {
        let mut out = Settlement::default();
        self.mark_gone(code, facts.get(code), now, &mut out);
        out
    }

    /// Forgets what time has settled: pool uses whose arrival never came, and vanished links
    /// that may no longer explain an arrival.
    pub fn expire(&mut self, facts: &HashMap<String, LinkFacts>, now: Timestamp) -> Settlement {
        let mut out = Settlement::default();
        self.expire_into(facts, now, &mut out);
        out
    }

    /// The next moment [`Ledger::expire`] would change something, if any.
    pub fn next_expiry(&self) -> Option<Timestamp> {
        let gone = self
            .followed
            .values()
            .filter_map(|f| f.gone_at.map(|at| at + GONE_GRACE + 1));
        let pool = (!self.pool.is_empty()).then_some(self.pool_opened_at + AMBIGUITY_WINDOW + 1);
        gone.chain(pool).min()
    }

    /// Reads Discord's current list against what Porter accounted for, counts the new uses
    /// to their invitations, and tells which invite each of `arrivals` (in the order Porter
    /// received them) came through. `facts` holds the invitations behind the
    /// [`Ledger::involved`] invites that are links.
    pub fn settle(
        &mut self,
        listed: &[InviteUses],
        facts: &HashMap<String, LinkFacts>,
        arrivals: &[Arrival],
        now: Timestamp,
    ) -> Settlement {
        let mut out = Settlement::default();
        self.expire_into(facts, now, &mut out);
        self.seen_at = Some(now);
        let mut seats = Seats::new(facts);

        let mut present = HashSet::with_capacity(listed.len());
        for invite in listed {
            present.insert(invite.code.as_str());
            let before = self.followed.get(&invite.code);
            let risen = match before {
                Some(f)
                    if f.gone_at.is_none()
                        && invite.uses == f.uses
                        && invite.max_uses == f.max_uses =>
                {
                    continue
                }
                Some(f) => invite.uses.saturating_sub(f.uses),
                None => invite.uses,
            };
            let followed = Followed {
                uses: invite.uses.max(before.map_or(0, |f| f.uses)),
                max_uses: invite.max_uses,
                gone_at: None,
            };
            self.followed.insert(invite.code.clone(), followed.clone());
            out.changed.insert(invite.code.clone(), Some(followed));
            if risen > 0 {
                self.pool_uses(
                    &invite.code,
                    risen,
                    facts.get(&invite.code),
                    &mut seats,
                    &mut out,
                    now,
                );
            }
        }
        let vanished: Vec<String> = self
            .followed
            .iter()
            .filter(|(code, f)| f.gone_at.is_none() && !present.contains(code.as_str()))
            .map(|(code, _)| code.clone())
            .collect();
        for code in vanished {
            self.mark_gone(&code, facts.get(&code), now, &mut out);
        }

        for arrival in arrivals {
            let verdict = self
                .match_pool(arrival)
                .unwrap_or_else(|| self.match_vanished(arrival, facts, &mut seats, &mut out));
            out.verdicts.push(verdict);
        }
        out
    }

    /// Forgets every use waiting for its arrival.
    fn clear_pool(&mut self) {
        self.pool.clear();
        self.guesses = 0;
        self.pool_opened_at = 0;
    }

    /// Adds uses read on Discord to the pool, counting those within the invitation's cap.
    fn pool_uses(
        &mut self,
        code: &str,
        n: u32,
        facts: Option<&LinkFacts>,
        seats: &mut Seats,
        out: &mut Settlement,
        now: Timestamp,
    ) {
        if self.pool.is_empty() {
            self.pool_opened_at = now;
        }
        let entry = self.pool.entry(code.to_owned()).or_default();
        match facts {
            Some(facts) => {
                let (admitted, refused, why) = seats.admit(facts, n);
                entry.admitted += admitted;
                entry.refused += refused;
                let known_why = entry.link.and_then(|(_, w)| w);
                entry.link = Some((facts.invitation_id, why.or(known_why)));
                if admitted > 0 {
                    *out.counted.entry(facts.invitation_id).or_default() += admitted;
                }
            }
            None => entry.admitted += n,
        }
    }

    /// Matches an arrival to a use waiting in the pool; `None` when none may be theirs.
    fn match_pool(&mut self, arrival: &Arrival) -> Option<Verdict> {
        let eligible: Vec<(&String, &Unmatched)> = self
            .pool
            .iter()
            .filter(|(_, u)| u.total() > 0 && (arrival.has_member_role || u.link.is_none()))
            .collect();
        if eligible.is_empty() {
            return None;
        }
        let verdict = if self.guesses == 0 && eligible.len() == 1 {
            let code = eligible[0].0.clone();
            let unmatched = self.pool.get_mut(&code).expect("an eligible use");
            let refused = unmatched.admitted == 0;
            if refused {
                unmatched.refused -= 1;
            } else {
                unmatched.admitted -= 1;
            }
            match unmatched.link {
                None => Verdict::Elsewhere,
                Some((invitation_id, _)) if !refused => Verdict::Admitted { invitation_id },
                Some((invitation_id, why)) => Verdict::Refused {
                    invitation_id,
                    why: why.unwrap_or(Refusal::Full),
                },
            }
        } else {
            let mut candidates: Vec<InvitationId> = eligible
                .iter()
                .filter_map(|(_, u)| u.link.map(|l| l.0))
                .collect();
            candidates.sort_unstable();
            let mut refusals: Vec<(InvitationId, Refusal)> = eligible
                .iter()
                .filter(|(_, u)| u.refused > 0)
                .filter_map(|(_, u)| u.link.map(|(id, why)| (id, why.unwrap_or(Refusal::Full))))
                .collect();
            refusals.sort_unstable_by_key(|(id, _)| *id);
            let other_invites = eligible.len() - candidates.len();
            self.guesses += 1;
            if candidates.is_empty() {
                Verdict::Elsewhere
            } else {
                Verdict::Unattributed {
                    candidates,
                    other_invites,
                    refusals,
                }
            }
        };
        let left: u32 = self.pool.values().map(Unmatched::total).sum();
        self.pool.retain(|_, u| u.total() > 0);
        if left <= self.guesses {
            self.clear_pool();
        }
        Some(verdict)
    }

    /// Matches an arrival that no count explains to a capped link that vanished just
    /// before it reached Porter and had seats left on Discord.
    fn match_vanished(
        &mut self,
        arrival: &Arrival,
        facts: &HashMap<String, LinkFacts>,
        seats: &mut Seats,
        out: &mut Settlement,
    ) -> Verdict {
        if !arrival.has_member_role {
            return Verdict::Elsewhere;
        }
        let mut candidates: Vec<(&String, &LinkFacts)> = self
            .followed
            .iter()
            .filter(|(_, f)| {
                f.gone_at
                    .is_some_and(|at| arrival.received_at <= at + GONE_GRACE)
                    && f.seats_left() > 0
            })
            .filter_map(|(code, _)| facts.get(code).map(|l| (code, l)))
            .collect();
        candidates.sort_by_key(|(_, l)| l.invitation_id);
        match candidates.as_slice() {
            [] => Verdict::Elsewhere,
            [(code, link)] => {
                let (code, link) = ((*code).clone(), **link);
                let followed = self.followed.get_mut(&code).expect("a followed invite");
                followed.uses += 1;
                if followed.seats_left() == 0 {
                    // Used up at its cap: it explains nothing more.
                    self.followed.remove(&code);
                    out.changed.insert(code, None);
                } else {
                    out.changed.insert(code, Some(followed.clone()));
                }
                match seats.admit(&link, 1) {
                    (1, _, _) => {
                        *out.counted.entry(link.invitation_id).or_default() += 1;
                        Verdict::Admitted {
                            invitation_id: link.invitation_id,
                        }
                    }
                    (_, _, why) => Verdict::Refused {
                        invitation_id: link.invitation_id,
                        why: why.unwrap_or(Refusal::Full),
                    },
                }
            }
            several => {
                let refusals = several
                    .iter()
                    .filter_map(|(_, l)| refusal_of(l.status).map(|why| (l.invitation_id, why)))
                    .collect();
                Verdict::Unattributed {
                    candidates: several.iter().map(|(_, l)| l.invitation_id).collect(),
                    other_invites: 0,
                    refusals,
                }
            }
        }
    }

    /// Records that an invite no longer exists. A link without a Discord cap was deleted; one
    /// with no seat left was used up; one with seats left may yet explain an arrival.
    fn mark_gone(
        &mut self,
        code: &str,
        link: Option<&LinkFacts>,
        now: Timestamp,
        out: &mut Settlement,
    ) {
        let Some(followed) = self.followed.get_mut(code) else {
            if let Some(link) = link {
                out.links_gone.insert(link.invitation_id);
            }
            return;
        };
        if followed.gone_at.is_some() {
            return;
        }
        if let Some(link) = link {
            out.links_gone.insert(link.invitation_id);
            if followed.max_uses == 0 {
                out.links_deleted.insert(link.invitation_id);
            }
        }
        if link.is_some() && followed.seats_left() > 0 {
            followed.gone_at = Some(now);
            out.changed.insert(code.to_owned(), Some(followed.clone()));
        } else {
            self.followed.remove(code);
            out.changed.insert(code.to_owned(), None);
        }
    }

    fn expire_into(
        &mut self,
        facts: &HashMap<String, LinkFacts>,
        now: Timestamp,
        out: &mut Settlement,
    ) {
        if !self.pool.is_empty() && self.pool_opened_at + AMBIGUITY_WINDOW < now {
            let left: u32 = self.pool.values().map(Unmatched::total).sum();
            out.unmatched_dropped += left.saturating_sub(self.guesses);
            self.clear_pool();
        }
        let settled: Vec<String> = self
            .followed
            .iter()
            .filter(|(_, f)| f.gone_at.is_some_and(|at| at + GONE_GRACE < now))
            .map(|(code, _)| code.clone())
            .collect();
        for code in settled {
            let followed = self.followed.remove(&code).expect("a followed invite");
            out.changed.insert(code.clone(), None);
            if let Some(link) = facts.get(&code) {
                if followed.seats_left() > 0 {
                    // No arrival used its last seats: it was deleted, not used up.
                    out.links_deleted.insert(link.invitation_id);
                }
            }
        }
    }

    /// Compares Discord's list, read as Porter starts following the server again, with what
    /// Porter accounted for before: the uses of each invitation's link while Porter was away
    /// are counted (within the invitation's cap), and the list becomes the new ledger.
    pub fn snapshot(
        &self,
        listed: &[InviteUses],
        facts: &HashMap<String, LinkFacts>,
        now: Timestamp,
    ) -> (Ledger, Settlement, Vec<OfflineUse>) {
        let mut out = Settlement::default();
        let mut offline = Vec::new();
        let mut seats = Seats::new(facts);
        let mut present = HashSet::with_capacity(listed.len());
        for invite in listed {
            present.insert(invite.code.as_str());
            let (Some(before), Some(link)) =
                (self.followed.get(&invite.code), facts.get(&invite.code))
            else {
                continue;
            };
            let uses = invite.uses.saturating_sub(before.uses);
            if uses > 0 {
                let (admitted, _, refused) = seats.admit(link, uses);
                offline.push(OfflineUse {
                    invitation_id: link.invitation_id,
                    how: OfflineHow::Rose,
                    uses,
                    admitted,
                    refused,
                });
            }
        }
        let mut vanished: Vec<(&String, &Followed, &LinkFacts)> = self
            .followed
            .iter()
            .filter(|(code, _)| !present.contains(code.as_str()))
            .filter_map(|(code, f)| facts.get(code).map(|l| (code, f, l)))
            .collect();
        vanished.sort_by_key(|(_, _, l)| l.invitation_id);
        for (_, followed, link) in vanished {
            out.links_gone.insert(link.invitation_id);
            if link.status != Status::Active {
                continue;
            }
            if followed.max_uses == 0 {
                offline.push(OfflineUse {
                    invitation_id: link.invitation_id,
                    how: OfflineHow::Deleted,
                    uses: 0,
                    admitted: 0,
                    refused: None,
                });
            } else if followed.seats_left() > 0 {
                let uses = followed.seats_left();
                let (admitted, _, refused) = seats.admit(link, uses);
                offline.push(OfflineUse {
                    invitation_id: link.invitation_id,
                    how: OfflineHow::VanishedAtCap,
                    uses,
                    admitted,
                    refused,
                });
            }
        }
        for used in &offline {
            if used.admitted > 0 {
                *out.counted.entry(used.invitation_id).or_default() += used.admitted;
            }
        }
        let ledger = Ledger::new(
            listed.iter().map(|i| {
                (
                    i.code.clone(),
                    Followed {
                        uses: i.uses,
                        max_uses: i.max_uses,
                        gone_at: None,
                    },
                )
            }),
            Some(now),
        );
        (ledger, out, offline)
    }
}

/// Why an invitation in this state refuses everyone, if it does.
fn refusal_of(status: Status) -> Option<Refusal> {
    match status {
        Status::Active => None,
        Status::Revoked => Some(Refusal::Revoked),
        Status::Expired => Some(Refusal::Expired),
        Status::UsedUp => Some(Refusal::Full),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An invitation's id.
    fn i(n: i64) -> InvitationId {
        InvitationId(n)
    }

    const NOW: Timestamp = 1_000_000;

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

    /// A ledger that last read `invites`.
    fn ledger(invites: &[(&str, u32, u32)]) -> Ledger {
        let (ledger, _, _) = Ledger::default().snapshot(&listed(invites), &HashMap::new(), NOW);
        ledger
    }

    /// Facts of invitation links: `(code, invitation id, status, seats left)`.
    fn facts(links: &[(&str, InvitationId, Status, Option<u32>)]) -> HashMap<String, LinkFacts> {
        links
            .iter()
            .map(|&(code, invitation_id, status, room)| {
                (
                    code.to_owned(),
                    LinkFacts {
                        invitation_id,
                        status,
                        room,
                        paused: false,
                    },
                )
            })
            .collect()
    }

    fn with_role(user: u64) -> Arrival {
        Arrival {
            user_id: UserId::new(user),
            has_member_role: true,
            received_at: NOW,
        }
    }

    fn without_role(user: u64) -> Arrival {
        Arrival {
            has_member_role: false,
            ..with_role(user)
        }
    }

    fn admitted(n: i64) -> Verdict {
        Verdict::Admitted {
            invitation_id: i(n),
        }
    }

    fn counted(pairs: &[(i64, u32)]) -> BTreeMap<InvitationId, u32> {
        pairs.iter().map(|&(n, c)| (i(n), c)).collect()
    }

    #[test]
    fn the_one_invite_whose_count_rose_is_the_one_used() {
        let mut l = ledger(&[("a", 0, 0), ("b", 0, 0), ("mods", 4, 0)]);
        let f = facts(&[
            ("a", i(1), Status::Active, None),
            ("b", i(2), Status::Active, None),
        ]);
        let out = l.settle(
            &listed(&[("a", 1, 0), ("b", 0, 0), ("mods", 4, 0)]),
            &f,
            &[with_role(10)],
            NOW,
        );
        assert_eq!(out.verdicts, [admitted(1)]);
        assert_eq!(out.counted, counted(&[(1, 1)]));
        // Someone else's invite, then a vanity URL: not an invitation.
        let out = l.settle(
            &listed(&[("a", 1, 0), ("b", 0, 0), ("mods", 5, 0)]),
            &f,
            &[without_role(11), without_role(12)],
            NOW,
        );
        assert_eq!(out.verdicts, [Verdict::Elsewhere, Verdict::Elsewhere]);
        assert!(out.counted.is_empty());
    }

    #[test]
    fn arrivals_through_the_same_link_at_once_each_take_a_use() {
        let mut l = ledger(&[("a", 0, 0)]);
        let f = facts(&[("a", i(1), Status::Active, None)]);
        // Both used it before Porter read the counts for the first of them.
        let out = l.settle(&listed(&[("a", 2, 0)]), &f, &[with_role(10)], NOW);
        assert_eq!(out.verdicts, [admitted(1)]);
        assert_eq!(out.counted, counted(&[(1, 2)]), "both uses count at once");
        let out = l.settle(
            &listed(&[("a", 2, 0)]),
            &f,
            &[with_role(11), with_role(12)],
            NOW,
        );
        assert_eq!(out.verdicts, [admitted(1), Verdict::Elsewhere]);
        assert!(out.counted.is_empty(), "counted once");
    }

    #[test]
    fn simultaneous_arrivals_through_two_links_are_counted_but_not_guessed() {
        let mut l = ledger(&[("a", 0, 2), ("b", 0, 2), ("mods", 0, 0)]);
        let f = facts(&[
            ("a", i(1), Status::Active, Some(2)),
            ("b", i(2), Status::Active, Some(2)),
        ]);
        let both = listed(&[("a", 1, 2), ("b", 1, 2), ("mods", 0, 0)]);
        let unattributed = Verdict::Unattributed {
            candidates: vec![i(1), i(2)],
            other_invites: 0,
            refusals: vec![],
        };
        let out = l.settle(&both, &f, &[with_role(10)], NOW);
        assert_eq!(out.verdicts, std::slice::from_ref(&unattributed));
        assert_eq!(
            out.counted,
            counted(&[(1, 1), (2, 1)]),
            "how many is never ambiguous"
        );
        let out = l.settle(&both, &f, &[with_role(11)], NOW);
        assert_eq!(out.verdicts, [unattributed]);
        // Both arrivals of that moment were seen: the next stands alone again.
        let out = l.settle(
            &listed(&[("a", 1, 2), ("b", 2, 2), ("mods", 0, 0)]),
            &f,
            &[with_role(12)],
            NOW,
        );
        assert_eq!(out.verdicts, [admitted(2)]);
        // A link and someone else's invite at once.
        let mixed = listed(&[("a", 2, 2), ("b", 2, 2), ("mods", 1, 0)]);
        let out = l.settle(&mixed, &f, &[with_role(13)], NOW);
        assert_eq!(
            out.verdicts,
            [Verdict::Unattributed {
                candidates: vec![i(1)],
                other_invites: 1,
                refusals: vec![],
            }]
        );
    }

    #[test]
    fn an_arrival_without_the_member_role_did_not_come_through_a_link() {
        let mut l = ledger(&[("a", 0, 0), ("mods", 0, 0)]);
        let f = facts(&[("a", i(1), Status::Active, None)]);
        let out = l.settle(
            &listed(&[("a", 1, 0), ("mods", 1, 0)]),
            &f,
            &[without_role(10), with_role(11)],
            NOW,
        );
        assert_eq!(out.verdicts, [Verdict::Elsewhere, admitted(1)]);
    }

    #[test]
    fn uses_past_the_cap_are_refused_in_order_of_arrival() {
        let mut l = ledger(&[("two", 0, 2)]);
        // One seat was taken by a code before two people opened the link at once.
        let f = facts(&[("two", i(1), Status::Active, Some(1))]);
        let out = l.settle(
            &listed(&[("two", 2, 2)]),
            &f,
            &[with_role(10), with_role(11)],
            NOW,
        );
        assert_eq!(
            out.verdicts,
            [
                admitted(1),
                Verdict::Refused {
                    invitation_id: i(1),
                    why: Refusal::Full
                }
            ]
        );
        assert_eq!(out.counted, counted(&[(1, 1)]), "never past the cap");
    }

    #[test]
    fn a_revoked_links_use_is_always_refused() {
        // "Class of 30" was revoked and its link deleted; "Old" was revoked but its delete
        // failed, and someone uses it.
        let mut l = ledger(&[("class", 0, 30), ("old", 0, 0), ("y7", 0, 0)]);
        let f = facts(&[
            ("class", i(1), Status::Revoked, Some(30)),
            ("old", i(2), Status::Revoked, None),
            ("y7", i(3), Status::Active, None),
        ]);
        let out = l.gone("class", &f, NOW);
        assert!(out.links_deleted.is_empty() && out.links_gone.contains(&i(1)));
        let out = l.settle(
            &listed(&[("old", 1, 0), ("y7", 0, 0)]),
            &f,
            &[with_role(10)],
            NOW,
        );
        assert_eq!(
            out.verdicts,
            [Verdict::Refused {
                invitation_id: i(2),
                why: Refusal::Revoked
            }]
        );
        assert!(out.counted.is_empty());
    }

    #[test]
    fn a_vanished_link_never_makes_a_counted_arrival_ambiguous() {
        // "Pair" (cap 2, one seat taken by code) is used up by a second code join and Porter
        // deletes its link; at once someone arrives through "Year 7".
        let mut l = ledger(&[("pair", 0, 2), ("y7", 0, 0)]);
        let f = facts(&[
            ("pair", i(1), Status::UsedUp, Some(0)),
            ("y7", i(2), Status::Active, None),
        ]);
        l.gone("pair", &f, NOW);
        let out = l.settle(&listed(&[("y7", 1, 0)]), &f, &[with_role(10)], NOW);
        assert_eq!(out.verdicts, [admitted(2)]);
        assert_eq!(out.counted, counted(&[(2, 1)]));
    }

    #[test]
    fn a_link_that_vanished_at_its_cap_explains_the_arrivals_just_before() {
        let mut l = ledger(&[("two", 0, 2), ("open", 3, 0)]);
        // A code took one seat; two people open the link at once and Discord removes it.
        let f = facts(&[("two", i(1), Status::Active, Some(1))]);
        let out = l.settle(&listed(&[("open", 3, 0)]), &f, &[with_role(10)], NOW);
        assert_eq!(out.verdicts, [admitted(1)]);
        assert_eq!(out.counted, counted(&[(1, 1)]));
        assert!(out.links_gone.contains(&i(1)) && out.links_deleted.is_empty());
        let f = facts(&[("two", i(1), Status::UsedUp, Some(0))]);
        let out = l.gone("two", &f, NOW);
        assert_eq!(out, Settlement::default(), "already known gone");
        let out = l.settle(&listed(&[("open", 3, 0)]), &f, &[with_role(11)], NOW + 1);
        assert_eq!(
            out.verdicts,
            [Verdict::Refused {
                invitation_id: i(1),
                why: Refusal::Full
            }]
        );
        // Its two Discord seats are spent: nothing more is explained by it.
        let out = l.settle(&listed(&[("open", 3, 0)]), &f, &[with_role(12)], NOW + 2);
        assert_eq!(out.verdicts, [Verdict::Elsewhere]);
        assert!(l.followed("two").is_none());
    }

    #[test]
    fn a_vanished_link_explains_nothing_that_reached_porter_later() {
        let mut l = ledger(&[("cap", 0, 5)]);
        let f = facts(&[("cap", i(1), Status::Active, Some(5))]);
        let out = l.gone("cap", &f, NOW);
        assert!(
            out.links_deleted.is_empty(),
            "it may have been used up at its cap"
        );
        assert_eq!(l.next_expiry(), Some(NOW + GONE_GRACE + 1));
        let late = Arrival {
            received_at: NOW + GONE_GRACE + 1,
            ..with_role(10)
        };
        let out = l.settle(&[], &f, &[late], NOW + GONE_GRACE + 1);
        assert_eq!(out.verdicts, [Verdict::Elsewhere]);
        assert_eq!(
            out.links_deleted,
            BTreeSet::from([i(1)]),
            "seats were left: deleted by hand, not used up"
        );
        assert_eq!(l.next_expiry(), None);
    }

    #[test]
    fn a_link_without_a_discord_cap_that_vanishes_was_deleted() {
        let mut l = ledger(&[("open", 4, 0), ("full", 2, 2)]);
        let f = facts(&[
            ("open", i(1), Status::Active, None),
            ("full", i(2), Status::UsedUp, Some(0)),
        ]);
        let out = l.gone("open", &f, NOW);
        assert_eq!(out.links_deleted, BTreeSet::from([i(1)]));
        let out = l.gone("full", &f, NOW);
        assert!(out.links_deleted.is_empty(), "used up at its cap");
        assert!(l.is_empty());
    }

    #[test]
    fn uses_whose_arrival_never_comes_are_not_waited_for_forever() {
        let mut l = ledger(&[("a", 0, 0), ("b", 0, 0)]);
        let f = facts(&[
            ("a", i(1), Status::Active, None),
            ("b", i(2), Status::Active, None),
        ]);
        let out = l.settle(
            &listed(&[("a", 1, 0), ("b", 1, 0)]),
            &f,
            &[with_role(10)],
            NOW,
        );
        assert!(matches!(out.verdicts[0], Verdict::Unattributed { .. }));
        // The other arrival of that moment never showed (its event was lost).
        let later = NOW + AMBIGUITY_WINDOW + 1;
        let out = l.settle(
            &listed(&[("a", 2, 0), ("b", 1, 0)]),
            &f,
            &[Arrival {
                received_at: later,
                ..with_role(11)
            }],
            later,
        );
        assert_eq!(out.unmatched_dropped, 1);
        assert_eq!(out.verdicts, [admitted(1)]);
    }

    #[test]
    fn an_ambiguous_arrival_that_may_have_used_a_refusing_link_says_so() {
        let mut l = ledger(&[("old", 0, 0), ("y7", 0, 0)]);
        let f = facts(&[
            ("old", i(1), Status::Revoked, None),
            ("y7", i(2), Status::Active, None),
        ]);
        let out = l.settle(
            &listed(&[("old", 1, 0), ("y7", 1, 0)]),
            &f,
            &[with_role(10)],
            NOW,
        );
        assert_eq!(
            out.verdicts,
            [Verdict::Unattributed {
                candidates: vec![i(1), i(2)],
                other_invites: 0,
                refusals: vec![(i(1), Refusal::Revoked)],
            }]
        );
        assert_eq!(out.counted, counted(&[(2, 1)]));
    }

    #[test]
    fn uses_while_away_are_counted_within_the_cap_and_vanished_caps_taken_as_reached() {
        let before = ledger(&[
            ("open", 0, 0),
            ("two", 0, 2),
            ("pair", 0, 2),
            ("hand", 0, 0),
            ("old", 0, 0),
        ]);
        let f = facts(&[
            ("open", i(1), Status::Active, None),
            ("two", i(2), Status::Active, Some(1)),
            ("pair", i(3), Status::Active, Some(1)),
            ("hand", i(4), Status::Active, None),
            ("old", i(5), Status::Revoked, None),
        ]);
        // "two" rose by 2 with one seat left; "pair" vanished; "hand" was deleted.
        let (after, out, offline) = before.snapshot(
            &listed(&[("open", 3, 0), ("two", 2, 2), ("old", 1, 0)]),
            &f,
            NOW,
        );
        let seen: Vec<(i64, OfflineHow, u32, u32)> = offline
            .iter()
            .map(|u| (u.invitation_id.0, u.how, u.uses, u.admitted))
            .collect();
        assert_eq!(
            seen,
            [
                (1, OfflineHow::Rose, 3, 3),
                (2, OfflineHow::Rose, 2, 1),
                (5, OfflineHow::Rose, 1, 0),
                (3, OfflineHow::VanishedAtCap, 2, 1),
                (4, OfflineHow::Deleted, 0, 0),
            ]
        );
        assert_eq!(out.counted, counted(&[(1, 3), (2, 1), (3, 1)]));
        assert_eq!(out.links_gone, BTreeSet::from([i(3), i(4)]));
        assert_eq!(after.len(), 3);
        assert_eq!(after.seen_at(), Some(NOW));
        // The same list again finds nothing new.
        let (_, out, offline) = after.snapshot(
            &listed(&[("open", 3, 0), ("two", 2, 2), ("old", 1, 0)]),
            &f,
            NOW,
        );
        assert!(offline.is_empty() && out.counted.is_empty());
    }
}
