//! Reception: everything that touches a school's invite counts — people arriving, invites
//! created and deleted, Porter starting to follow the server — goes through one queue per
//! server, taken in the order received by one task that owns the server's
//! [`Ledger`](crate::domain::Ledger). Arrivals that queue up while Discord's invite list is
//! being read share the next read, and a read that fails is retried, with the arrivals
//! waiting, until it works.

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use poise::serenity_prelude as serenity;
use serde::Deserialize;
use tokio::sync::{mpsc, oneshot};

use super::error::{http_status, refusal};
use super::{approval, gate::DiscordGate, notify, sweep};
use crate::domain::{
    Access, Arrival, Domain, DomainError, Invitation, InviteUses, JoinMethod, JoinOutcome,
    JoinRequest, Ledger, Offline, Outcome, Refusal, School, Settled, UserId,
};
use crate::service::metrics::{self, ArrivalOutcome};

/// How recent a join Porter made itself must be for a member update to be its echo.
const OWN_GRANT_ECHO: i64 = 60;
/// The first wait before reading the invite list again after a failure; it doubles up to
/// [`RETRY_MAX`].
const RETRY_FIRST: Duration = Duration::from_millis(500);
const RETRY_MAX: Duration = Duration::from_secs(30);
/// A server's task ends after this long without work (its ledger is reloaded when needed).
const IDLE: Duration = Duration::from_secs(600);
/// Members read per request when naming who came in while Porter was away, and the most
/// pages read.
const MEMBER_PAGE: u64 = 1000;
const MEMBER_PAGES: usize = 10;

/// Work for a server's task.
enum Job {
    /// Start following the server's invites (take Discord's list as the baseline).
    Follow,
    Arrive(Arrival),
    /// Someone left the server: noted on their joins.
    Leave(UserId),
    InviteCreated(InviteUses),
    InviteDeleted(String),
}

struct Queued {
    job: Job,
    done: oneshot::Sender<()>,
}

/// What every server's task needs.
#[derive(Clone)]
struct Desk {
    domain: Domain,
    http: Arc<serenity::Http>,
    cache: Arc<serenity::Cache>,
    /// Whether Discord sends member events (so members can be listed too).
    member_events: bool,
}

/// The queues of every server Porter follows.
pub struct Reception {
    desk: Desk,
    queues: Arc<Mutex<HashMap<u64, mpsc::UnboundedSender<Queued>>>>,
    /// Members whose role update was looked at once already (when serenity's cache did not
    /// know their roles before the update).
    checked: Mutex<HashSet<(u64, u64)>>,
}

impl Reception {
    /// A reception over Discord's API and cache.
    pub fn new(ctx: &serenity::Context, domain: Domain, member_events: bool) -> Self {
        Self {
            desk: Desk {
                domain,
                http: ctx.http.clone(),
                cache: ctx.cache.clone(),
                member_events,
            },
            queues: Arc::default(),
            checked: Mutex::default(),
        }
    }

    /// Queues a job for the server's task (starting it if need be) and waits until it is
    /// done.
    async fn submit(&self, guild_id: serenity::GuildId, job: Job) {
        let (done, finished) = oneshot::channel();
        let arriving = match &job {
            Job::Arrive(arrival) => Some(arrival.user_id),
            _ => None,
        };
        {
            let mut queues = self.queues.lock().unwrap_or_else(PoisonError::into_inner);
            let tx = queues.entry(guild_id.into()).or_insert_with(|| {
                let (tx, rx) = mpsc::unbounded_channel();
                let task = Task {
                    desk: self.desk.clone(),
                    guild_id,
                    rx,
                    queues: self.queues.clone(),
                    held: None,
                    ledger: None,
                };
                tokio::spawn(task.run());
                tx
            });
            if tx.send(Queued { job, done }).is_err() {
                tracing::warn!(guild = %guild_id, "a server's arrival queue had stopped");
                queues.remove(&guild_id.into());
                return;
            }
        }
        if let Some(user) = arriving {
            tracing::info!(guild = %guild_id, user = %user, "arrival queued");
        }
        if finished.await.is_err() {
            tracing::warn!(guild = %guild_id, "a server's arrival task stopped before its work was done");
        }
    }

    /// Starts following the server's invites: at start-up and when a school is set up.
    pub async fn follow(&self, guild_id: serenity::GuildId) {
        self.submit(guild_id, Job::Follow).await;
    }

    /// An invite was created in the server (INVITE_CREATE).
    pub async fn invite_created(&self, guild_id: serenity::GuildId, invite: InviteUses) {
        self.submit(guild_id, Job::InviteCreated(invite)).await;
    }

    /// An invite of the server was deleted (INVITE_DELETE).
    pub async fn invite_deleted(&self, guild_id: serenity::GuildId, code: String) {
        self.submit(guild_id, Job::InviteDeleted(code)).await;
    }

    /// Someone joined the server (GUILD_MEMBER_ADD).
    pub async fn member_added(&self, member: &serenity::Member) {
        if member.user.bot {
            return;
        }
        let Some(school) = self.desk.school(member.guild_id).await else {
            return;
        };
        // While the school approves joins first, the links Porter makes grant no role: an
        // arrival without the member role may have come through one of them, so it is
        // matched as if Discord had given it (taking back a role not held is harmless).
        let approves = school.approves();
        let arrival = Arrival {
            user_id: member.user.id.into(),
            has_member_role: approves
                || member
                    .roles
                    .contains(&serenity::RoleId::from(school.member_role_id)),
            received_at: self.desk.domain.now(),
        };
        self.submit(member.guild_id, Job::Arrive(arrival)).await;
    }

    /// Someone left the server, or was kicked or banned (GUILD_MEMBER_REMOVE). Queued like
    /// arrivals, so that a leave and a return are noted in the order Discord sent them.
    pub async fn member_removed(&self, guild_id: serenity::GuildId, user: &serenity::User) {
        if user.bot {
            return;
        }
        self.submit(guild_id, Job::Leave(user.id.into())).await;
    }

    /// A member's roles changed (GUILD_MEMBER_UPDATE). When the member role was just added
    /// and Porter did not add it, an invitation's link may have: someone already in the
    /// server accepted it.
    pub async fn member_updated(
        &self,
        old: Option<&serenity::Member>,
        event: &serenity::GuildMemberUpdateEvent,
    ) {
        // Most updates (nicknames, other roles) concern no role Porter cares about: skip them
        // before any query.
        if event.user.bot || old.is_some_and(|o| o.roles == event.roles) {
            return;
        }
        let Some(school) = self.desk.school(event.guild_id).await else {
            return;
        };
        let role = serenity::RoleId::from(school.member_role_id);
        if !event.roles.contains(&role) || old.is_some_and(|o| o.roles.contains(&role)) {
            return;
        }
        let key = (event.guild_id.into(), event.user.id.get());
        if old.is_none()
            && !self
                .checked
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .insert(key)
        {
            return; // looked at once already: the role is not new
        }
        let domain = &self.desk.domain;
        let since = domain.now() - OWN_GRANT_ECHO;
        match domain
            .joined_since(school.guild_id, event.user.id.into(), since)
            .await
        {
            Ok(false) => {}
            Ok(true) => return, // Porter's own grant, or an arrival already recorded
            Err(e) => {
                tracing::warn!(error = %e, "could not read recent joins");
                return;
            }
        }
        let arrival = Arrival {
            user_id: event.user.id.into(),
            has_member_role: true,
            received_at: domain.now(),
        };
        self.submit(event.guild_id, Job::Arrive(arrival)).await;
    }
}

impl Desk {
    async fn school(&self, guild_id: serenity::GuildId) -> Option<School> {
        match self.domain.find_school(guild_id.into()).await {
            Ok(school) => school,
            Err(e) => {
                tracing::warn!(error = %e, guild = %guild_id, "could not read the school");
                None
            }
        }
    }
}

/// One server's task: takes its queue in order and owns its ledger.
struct Task {
    desk: Desk,
    guild_id: serenity::GuildId,
    rx: mpsc::UnboundedReceiver<Queued>,
    queues: Arc<Mutex<HashMap<u64, mpsc::UnboundedSender<Queued>>>>,
    /// A job taken from the queue while gathering arrivals, to do next.
    held: Option<Queued>,
    /// Loaded with the first job; `None` also for a server that is not a school.
    ledger: Option<Ledger>,
}

impl Task {
    async fn run(mut self) {
        loop {
            let Some(next) = self.next().await else {
                return;
            };
            if let Job::Leave(user) = next.job {
                // One update, before anything else is read: most people leaving a server
                // were never let in by Porter, and most servers are not schools.
                self.leave(user).await;
                let _ = next.done.send(());
                continue;
            }
            let Some(school) = self.desk.school(self.guild_id).await else {
                // Not a school, or no longer (erased): a ledger loaded before is stale.
                self.ledger = None;
                let _ = next.done.send(());
                continue;
            };
            if self.ledger.is_none() {
                match self.desk.domain.ledger(school.guild_id).await {
                    Ok(ledger) => self.ledger = ledger,
                    Err(e) => {
                        tracing::warn!(error = %e, guild = %self.guild_id, "could not load the server's invites")
                    }
                }
            }
            if self.ledger.is_none() {
                let _ = next.done.send(());
                continue;
            }
            let due = self.ledger.as_ref().and_then(Ledger::next_expiry);
            if due.is_some_and(|at| at <= self.desk.domain.now()) {
                self.expire().await;
            }
            match next.job {
                Job::Arrive(arrival) => {
                    let mut batch = vec![(arrival, next.done)];
                    self.gather(&mut batch);
                    self.arrivals(&school, batch).await;
                }
                Job::Leave(_) => unreachable!("leaves are taken above"),
                Job::Follow => {
                    self.follow(&school).await;
                    let _ = next.done.send(());
                }
                Job::InviteCreated(invite) => {
                    let ledger = self.ledger.as_mut().expect("a loaded ledger");
                    if let Err(e) = self
                        .desk
                        .domain
                        .invite_created(school.guild_id, ledger, &invite)
                        .await
                    {
                        tracing::warn!(error = %e, guild = %self.guild_id, "could not follow a new invite");
                        self.ledger = None; // out of step with the database: reload it
                    }
                    let _ = next.done.send(());
                }
                Job::InviteDeleted(code) => {
                    let ledger = self.ledger.as_mut().expect("a loaded ledger");
                    match self
                        .desk
                        .domain
                        .invite_deleted(school.guild_id, ledger, &code)
                        .await
                    {
                        Ok(deleted) => self.links_deleted(&school, &deleted).await,
                        Err(e) => {
                            tracing::warn!(error = %e, guild = %self.guild_id, "could not note a deleted invite");
                            self.ledger = None;
                        }
                    }
                    let _ = next.done.send(());
                }
            }
        }
    }

    /// The next job: the held one, else the next in the queue. While waiting, lets time
    /// settle the ledger when it has something to settle, and ends the task when it has
    /// been idle long enough (`None`).
    async fn next(&mut self) -> Option<Queued> {
        if let Some(held) = self.held.take() {
            return Some(held);
        }
        loop {
            let expiry = self.ledger.as_ref().and_then(Ledger::next_expiry);
            let wait = match expiry {
                Some(at) => Duration::from_secs((at - self.desk.domain.now()).max(1) as u64),
                None => IDLE,
            };
            match tokio::time::timeout(wait, self.rx.recv()).await {
                Ok(next) => return next,
                Err(_) if expiry.is_some() => self.expire().await,
                Err(_) => {
                    let mut queues = self.queues.lock().unwrap_or_else(PoisonError::into_inner);
                    if self.rx.is_empty() {
                        queues.remove(&self.guild_id.into());
                        return None;
                    }
                }
            }
        }
    }

    /// Adds the arrivals queued right behind to the batch; holds the first other job.
    fn gather(&mut self, batch: &mut Vec<(Arrival, oneshot::Sender<()>)>) {
        if self.held.is_some() {
            return;
        }
        while let Ok(queued) = self.rx.try_recv() {
            match queued.job {
                Job::Arrive(arrival) => batch.push((arrival, queued.done)),
                _ => {
                    self.held = Some(queued);
                    return;
                }
            }
        }
    }

    /// Reads the server's invite list, retrying with a growing wait while Discord fails.
    /// `batch` (arrivals waiting for it) grows with those queued meanwhile; `unread` counts
    /// the ones noted as waiting. `None` when the list cannot be read at all (Porter lacks
    /// Manage Server, or the server is gone).
    async fn read_invites(
        &mut self,
        mut batch: Option<&mut Vec<(Arrival, oneshot::Sender<()>)>>,
        unread: &mut u32,
    ) -> Option<Vec<InviteUses>> {
        let mut wait = RETRY_FIRST;
        loop {
            let error = match fetch_invites(&self.desk.http, self.guild_id).await {
                Ok(invites) => return Some(invites),
                Err(e) => {
                    metrics::rest_error(&e);
                    e
                }
            };
            let status = http_status(&error);
            if matches!(status, Some(400..=428 | 430..=499)) {
                let why = if status == Some(403) {
                    "Porter lacks Manage Server".to_owned()
                } else {
                    format!("Discord refused: {}", refusal(&error))
                };
                tracing::warn!(guild = %self.guild_id, %why, "cannot read the server's invites, so link arrivals are not counted or attributed; /school check says what to fix");
                return None;
            }
            let waiting = batch.as_ref().map_or(0, |b| b.len()) as u32;
            tracing::warn!(
                guild = %self.guild_id,
                why = %match status {
                    Some(429) => "Discord is rate limiting Porter (429)".to_owned(),
                    Some(s) => format!("Discord answered {s}: {}", refusal(&error)),
                    None => format!("Discord could not be reached ({error})"),
                },
                waiting,
                retry_in = ?wait,
                "could not read the server's invites; trying again"
            );
            if waiting > *unread {
                if let Err(e) = self
                    .desk
                    .domain
                    .note_unread_arrivals(self.guild_id.into(), waiting - *unread)
                    .await
                {
                    tracing::warn!(error = %e, "could not note arrivals waiting to be counted");
                } else {
                    *unread = waiting;
                }
            }
            tokio::time::sleep(wait).await;
            wait = (wait * 2).min(RETRY_MAX);
            if let Some(batch) = batch.as_deref_mut() {
                self.gather(batch);
            }
        }
    }

    /// Takes Discord's list as the baseline; logs the uses of invitation links while Porter
    /// was away, naming who came in where it can.
    async fn follow(&mut self, school: &School) {
        let mut unread = 0;
        let Some(invites) = self.read_invites(None, &mut unread).await else {
            return;
        };
        let ledger = self.ledger.as_mut().expect("a loaded ledger");
        let offline = match self
            .desk
            .domain
            .snapshot_invites(school.guild_id, ledger, &invites)
            .await
        {
            Ok(offline) => offline,
            Err(e) => {
                tracing::warn!(error = %e, guild = %self.guild_id, "could not store the server's invites");
                return;
            }
        };
        let http = &self.desk.http;
        for (invitation, used) in &offline.uses {
            notify::log_line(
                http,
                school,
                notify::offline_line(crate::i18n::Lang::ENGLISH, invitation, used),
            )
            .await;
            sweep::close(http, &self.desk.domain, invitation).await;
        }
        if offline.people() > 0 {
            let line = self.name_offline_arrivals(school, &offline).await;
            notify::log_line(http, school, line).await;
        }
    }

    /// Who came in through invitation links while Porter was away, as far as Discord's
    /// member list tells: members who joined since, hold the member role and have no join.
    async fn name_offline_arrivals(&self, school: &School, offline: &Offline) -> String {
        let people = offline.people();
        let past_cap = offline
            .uses
            .iter()
            .map(|(_, u)| u.uses - u.admitted)
            .sum::<u32>();
        let found = if self.desk.member_events {
            match self.recent_members(school, offline.since).await {
                Ok(members) => match self
                    .desk
                    .domain
                    .record_offline_arrivals(school.guild_id, offline, &members)
                    .await
                {
                    Ok(named) => Ok(named),
                    Err(e) => Err(e.to_string()),
                },
                Err(e) => Err(e),
            }
        } else {
            Err("the Server Members intent is off".to_owned())
        };
        if let Err(e) = &found {
            tracing::warn!(guild = %school.guild_id, error = %e, "could not tell who came in while Porter was offline");
        }
        notify::offline_people_line(
            crate::i18n::Lang::ENGLISH,
            people,
            past_cap,
            found.ok().as_deref(),
        )
    }

    /// Members who joined the server since `since`, hold the member role and are not bots.
    async fn recent_members(
        &self,
        school: &School,
        since: Option<i64>,
    ) -> Result<Vec<UserId>, String> {
        let role = serenity::RoleId::from(school.member_role_id);
        let mut found = Vec::new();
        let mut after = None;
        for _ in 0..MEMBER_PAGES {
            let page = self
                .desk
                .http
                .get_guild_members(self.guild_id, Some(MEMBER_PAGE), after)
                .await
                .inspect_err(metrics::rest_error)
                .map_err(|e| refusal(&e))?;
            let full = page.len() as u64 == MEMBER_PAGE;
            after = page.last().map(|m| m.user.id.get());
            found.extend(
                page.iter()
                    .filter(|m| !m.user.bot && m.roles.contains(&role))
                    .filter(|m| {
                        m.joined_at
                            .is_some_and(|at| since.is_none_or(|s| at.unix_timestamp() >= s))
                    })
                    .map(|m| UserId::from(m.user.id)),
            );
            if !full {
                return Ok(found);
            }
        }
        Err(format!(
            "the server has more than {} members",
            MEMBER_PAGE as usize * MEMBER_PAGES
        ))
    }

    /// Notes that someone left on their joins, and tells the log channel when Porter had let
    /// them in.
    async fn leave(&self, user: UserId) {
        let domain = &self.desk.domain;
        let left = match domain.record_leave(self.guild_id.into(), user).await {
            Ok(left) if left.is_empty() => return,
            Ok(left) => left,
            Err(e) => {
                tracing::warn!(error = %e, guild = %self.guild_id, "could not note that someone left");
                return;
            }
        };
        tracing::info!(guild = %self.guild_id, user = %user, joins = left.len(), "someone Porter let in left");
        let Some(school) = self.desk.school(self.guild_id).await else {
            return;
        };
        if school.log_channel_id.is_none() {
            return;
        }
        let mut joins = Vec::with_capacity(left.len());
        for join in left {
            let invitation = match join.invitation_id {
                Some(id) => domain.invitation_by_id(id).await.unwrap_or_else(|e| {
                    tracing::warn!(error = %e, "could not read a leaver's invitation");
                    None
                }),
                None => None,
            };
            joins.push((join, invitation));
        }
        let line = notify::leave_line(crate::i18n::Lang::ENGLISH, user, &joins, domain.now());
        notify::log_line(&self.desk.http, &school, line).await;
    }

    /// Matches a batch of arrivals to the links they came through, then acts on each:
    /// gives the member role where Discord did not, takes it back where a link should not
    /// have let someone in, and tells the log channel.
    async fn arrivals(&mut self, school: &School, mut batch: Vec<(Arrival, oneshot::Sender<()>)>) {
        let mut unread = 0;
        let invites = self.read_invites(Some(&mut batch), &mut unread).await;
        let arrivals: Vec<Arrival> = batch.iter().map(|(a, _)| *a).collect();
        // Those who had left and came back are in the server again.
        let users: Vec<UserId> = arrivals.iter().map(|a| a.user_id).collect();
        if let Err(e) = self
            .desk
            .domain
            .record_returns(school.guild_id, &users)
            .await
        {
            tracing::warn!(error = %e, guild = %self.guild_id, "could not note people coming back");
        }
        let settled = match invites {
            Some(invites) => {
                let ledger = self.ledger.as_mut().expect("a loaded ledger");
                self.desk
                    .domain
                    .settle_arrivals(school.guild_id, ledger, &invites, &arrivals, unread)
                    .await
                    .unwrap_or_else(|e| {
                        tracing::warn!(error = %e, guild = %self.guild_id, "could not match arrivals to links");
                        self.ledger = None;
                        elsewhere(&arrivals)
                    })
            }
            None => elsewhere(&arrivals),
        };
        // A link must stop letting people in once its invitation is used up.
        for invitation in &settled.used_up {
            sweep::close(&self.desk.http, &self.desk.domain, invitation).await;
        }
        for ((arrival, outcome), (_, done)) in settled.outcomes.into_iter().zip(batch) {
            self.act(school, &arrival, outcome).await;
            let _ = done.send(());
        }
        self.links_deleted(school, &settled.links_deleted).await;
    }

    /// Gives effect to how an arrival was explained, and tells the log channel.
    async fn act(&self, school: &School, arrival: &Arrival, outcome: Outcome) {
        let domain = &self.desk.domain;
        let http = &self.desk.http;
        let user = arrival.user_id;
        let gate = DiscordGate {
            http,
            cache: &self.desk.cache,
            known: None,
        };
        let line = match outcome {
            Outcome::Joined {
                invitation,
                join_id,
            } => {
                tracing::info!(
                    guild = %school.guild_id,
                    user = %user,
                    invitation = %invitation.id,
                    "arrived through a link"
                );
                metrics::arrival(ArrivalOutcome::Attributed);
                if let Some(join_id) = join_id {
                    if school.approves() {
                        self.queue_arrival(&gate, school, arrival, &invitation, join_id)
                            .await;
                        return;
                    }
                }
                match self
                    .give_role(&gate, school, arrival, Some(&invitation))
                    .await
                {
                    Err(e) => {
                        if let Some(id) = join_id {
                            if let Err(e) = domain.undo_link_join(id).await {
                                tracing::warn!(error = %e, "could not take back a join record");
                            }
                        }
                        Some(grant_failed(user, e))
                    }
                    Ok(()) if join_id.is_some() => {
                        metrics::join(JoinMethod::Link);
                        super::welcome::post(
                            http,
                            &self.desk.cache,
                            school,
                            user,
                            Some(&invitation),
                        )
                        .await;
                        Some(notify::join_line(
                            crate::i18n::Lang::ENGLISH,
                            user,
                            Some(&invitation),
                            JoinMethod::Link,
                        ))
                    }
                    Ok(()) => Some(notify::back_line(
                        crate::i18n::Lang::ENGLISH,
                        user,
                        &invitation,
                    )),
                }
            }
            Outcome::Refused { invitation, why } => {
                tracing::info!(
                    guild = %school.guild_id,
                    user = %user,
                    invitation = %invitation.id,
                    ?why,
                    "arrived through a link that could not let them in"
                );
                metrics::arrival(ArrivalOutcome::Refused);
                sweep::close(http, domain, &invitation).await;
                match school.access {
                    // A pause refuses everyone, in a public school too.
                    Access::Public if why != Refusal::Paused => {
                        self.public_join(&gate, school, arrival).await
                    }
                    Access::Public | Access::Private => {
                        let taken = self.take_back(school, user, &invitation, why).await;
                        Some(notify::refused_line(
                            crate::i18n::Lang::ENGLISH,
                            user,
                            &invitation,
                            why,
                            taken,
                        ))
                    }
                }
            }
            Outcome::Unattributed {
                candidates,
                other_invites,
                refusals,
                ..
            } => {
                tracing::info!(
                    guild = %school.guild_id,
                    user = %user,
                    candidates = candidates.len(),
                    other_invites,
                    refusals = refusals.len(),
                    "arrival not attributed"
                );
                metrics::arrival(ArrivalOutcome::Unattributed);
                metrics::join(JoinMethod::Unattributed);
                for (invitation, _) in &refusals {
                    sweep::close(http, domain, invitation).await;
                }
                let mut line = notify::unattributed_line(
                    crate::i18n::Lang::ENGLISH,
                    user,
                    &candidates,
                    other_invites,
                );
                match school.access {
                    Access::Private if !refusals.is_empty() && arrival.has_member_role => {
                        let (invitation, why) = &refusals[0];
                        let taken = self.take_back(school, user, invitation, *why).await;
                        line.push(' ');
                        line.push_str(&notify::unattributed_refusal(
                            crate::i18n::Lang::ENGLISH,
                            user,
                            &refusals,
                            taken,
                        ));
                    }
                    Access::Public if !arrival.has_member_role => {
                        if let Err(e) = self.give_role(&gate, school, arrival, None).await {
                            line = grant_failed(user, e);
                        }
                    }
                    _ => {}
                }
                Some(line)
            }
            Outcome::Elsewhere => {
                metrics::arrival(ArrivalOutcome::Elsewhere);
                match school.access {
                    Access::Public => self.public_join(&gate, school, arrival).await,
                    Access::Private => None,
                }
            }
        };
        if let Some(line) = line {
            notify::log_line(http, school, line).await;
        }
    }

    /// Someone arrived through an invitation's link while the school approves joins first:
    /// takes back the roles a link made before approval was turned on had Discord grant
    /// (links made since grant none), takes the join and its use back, queues them, posts
    /// the request and tells them by DM.
    async fn queue_arrival(
        &self,
        gate: &DiscordGate<'_>,
        school: &School,
        arrival: &Arrival,
        invitation: &Invitation,
        join_id: crate::domain::JoinId,
    ) {
        use crate::domain::Gatekeeper as _;
        let user = arrival.user_id;
        let reason = "Porter: joins wait for a moderator's approval";
        // (`has_member_role` is set for every arrival while approval is on: see
        // `member_added`; taking back a role not held changes nothing.)
        let roles = std::iter::once(school.member_role_id)
            .filter(|_| arrival.has_member_role)
            .chain(invitation.roles.iter().copied());
        for role in roles {
            if let Err(e) = gate.remove_role(school, user, role, reason).await {
                tracing::warn!(error = %e, guild = %school.guild_id, user = %user, role = %role, "could not take back a role Discord granted through a link");
            }
        }
        let domain = &self.desk.domain;
        match domain
            .queue_link_arrival(school, invitation, user, join_id)
            .await
        {
            Ok(queued) => {
                let http = &self.desk.http;
                approval::post_request(http, domain, school, Some(invitation), &queued).await;
                approval::tell_waiting(http, &self.desk.cache, &queued).await;
            }
            Err(e) => {
                tracing::warn!(error = %e, guild = %school.guild_id, user = %user, "could not queue a link arrival")
            }
        }
    }

    /// Gives the member role to someone who arrived without it (Discord usually gives it).
    async fn give_role(
        &self,
        gate: &DiscordGate<'_>,
        school: &School,
        arrival: &Arrival,
        invitation: Option<&Invitation>,
    ) -> Result<(), DomainError> {
        use crate::domain::Gatekeeper as _;
        if arrival.has_member_role {
            return Ok(());
        }
        gate.grant_member_role(school, arrival.user_id, invitation)
            .await
            .map_err(DomainError::from)
    }

    /// Gives someone who arrived in a public school the member role (if Discord did not) and
    /// records the join; the log line, if one is due.
    async fn public_join(
        &self,
        gate: &DiscordGate<'_>,
        school: &School,
        arrival: &Arrival,
    ) -> Option<String> {
        if arrival.has_member_role {
            return None; // another community invite gave it
        }
        let user = arrival.user_id;
        let request = JoinRequest {
            user_id: user,
            guild_id: Some(school.guild_id),
            code: None,
            method: JoinMethod::Public,
        };
        match self.desk.domain.join(gate, request).await {
            Ok(JoinOutcome::Joined { .. }) => {
                metrics::join(JoinMethod::Public);
                super::welcome::post(&self.desk.http, &self.desk.cache, school, user, None).await;
                Some(notify::join_line(
                    crate::i18n::Lang::ENGLISH,
                    user,
                    None,
                    JoinMethod::Public,
                ))
            }
            Ok(JoinOutcome::Queued { queued, .. }) => {
                let http = &self.desk.http;
                approval::post_request(http, &self.desk.domain, school, None, &queued).await;
                approval::tell_waiting(http, &self.desk.cache, &queued).await;
                None
            }
            Ok(_) => None,
            Err(e) => Some(grant_failed(user, e)),
        }
    }

    /// Takes the member role back from someone Discord let in through a link that should
    /// not have; whether that worked.
    async fn take_back(
        &self,
        school: &School,
        user: UserId,
        invitation: &Invitation,
        why: Refusal,
    ) -> bool {
        let reason = format!(
            "Porter: invitation #{} {}",
            invitation.id,
            notify::refusal_words(crate::i18n::Lang::ENGLISH, invitation, why)
        );
        let taken = self
            .desk
            .http
            .remove_member_role(
                serenity::GuildId::from(school.guild_id),
                serenity::UserId::from(user),
                serenity::RoleId::from(school.member_role_id),
                Some(&reason),
            )
            .await;
        match &taken {
            Ok(()) => metrics::role_taken_back(),
            Err(e) => {
                metrics::rest_error(e);
                tracing::warn!(error = %refusal(e), user = %user, invitation = %invitation.id, "could not take back the member role");
            }
        }
        taken.is_ok()
    }

    /// Tells the log channel about active invitations whose link was deleted in Discord.
    async fn links_deleted(&self, school: &School, invitations: &[Invitation]) {
        for invitation in invitations {
            tracing::info!(
                guild = %school.guild_id,
                invitation = %invitation.id,
                "an invitation's link was deleted in Discord"
            );
            notify::log_line(
                &self.desk.http,
                school,
                notify::link_gone_line(crate::i18n::Lang::ENGLISH, invitation),
            )
            .await;
        }
    }

    /// Lets time settle the ledger.
    async fn expire(&mut self) {
        let Some(ledger) = self.ledger.as_mut() else {
            return;
        };
        match self
            .desk
            .domain
            .expire_invites(self.guild_id.into(), ledger)
            .await
        {
            Ok(deleted) if !deleted.is_empty() => {
                if let Some(school) = self.desk.school(self.guild_id).await {
                    self.links_deleted(&school, &deleted).await;
                }
            }
            Ok(_) => {}
            Err(e) => {
                tracing::warn!(error = %e, guild = %self.guild_id, "could not settle the server's invites");
                self.ledger = None;
            }
        }
    }
}

/// Every arrival explained by nothing, when the invite list could not be used.
fn elsewhere(arrivals: &[Arrival]) -> Settled {
    Settled {
        outcomes: arrivals.iter().map(|a| (*a, Outcome::Elsewhere)).collect(),
        ..Settled::default()
    }
}

/// One invite of `GET /guilds/{id}/invites`, read without serenity's `RichInvite` (which
/// cannot read invites that target a user).
#[derive(Deserialize)]
struct ListedInvite {
    code: String,
    #[serde(default)]
    uses: u32,
    #[serde(default)]
    max_uses: u32,
}

/// The server's invites with their use counts. Needs Manage Server.
async fn fetch_invites(
    http: &serenity::Http,
    guild_id: serenity::GuildId,
) -> Result<Vec<InviteUses>, serenity::Error> {
    let listed: Vec<ListedInvite> = http
        .fire(serenity::http::Request::new(
            serenity::http::Route::GuildInvites { guild_id },
            serenity::http::LightMethod::Get,
        ))
        .await?;
    Ok(listed
        .into_iter()
        .map(|i| InviteUses {
            code: i.code,
            uses: i.uses,
            max_uses: i.max_uses,
        })
        .collect())
}

/// The log line for an arrival Porter could not give the member role.
fn grant_failed(user: UserId, e: DomainError) -> String {
    tracing::warn!(error = %e, user = %user, "an arrival could not be given the member role");
    let why = super::Error::from(e)
        .user_message(crate::i18n::Lang::ENGLISH)
        .unwrap_or_else(|| "Porter hit an internal error; see its logs.".to_owned());
    format!("⚠️ <@{user}> arrived, but Porter could not give them the member role. {why}")
}
