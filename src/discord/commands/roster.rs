//! `/invite roster`: one personal invitation per row of a CSV file, each DMed to its person,
//! with the reply edited as rows are done and a CSV of results at the end.
//!
//! The roster and its rows are stored before the first invitation is made (see
//! [`crate::domain::Roster`]), so a run cut short is taken up again with `resume:` and
//! never makes a second invitation for a row. People are named by user id, or by username
//! for people already in the server (Discord's member search finds only those).

use std::time::{Duration, Instant};

use poise::serenity_prelude as serenity;

use super::export::{Sheet, FILE_LIMIT};
use super::guild_name;
use super::invite::{dm_invitation, Dm};
use crate::discord::error::{code, discord_code, http_status, refusal};
use crate::discord::render::number;
use crate::discord::{actor::guild_actor, lang, links, Context, Error};
use crate::domain::{
    read_roster, Actor, Invitation, Permission, Person, RoleId, Roster, RosterCounts, RosterEntry,
    RosterOptions, RowOutcome, UserId,
};
use crate::i18n::{msg, t, Lang};
use crate::logging::Chain;
use crate::service::metrics;

/// The largest roster file Porter reads (500 rows of ids and role names fit many times).
pub const MAX_FILE_BYTES: u32 = 128 * 1024;
/// The reply is edited with progress after this many rows…
const PROGRESS_ROWS: u32 = 25;
/// …or this long after the last edit, whichever comes first.
const PROGRESS_EVERY: Duration = Duration::from_secs(3);
/// A run stops after this many rows in a row whose invitation Discord would not make: the
/// cause (a missing permission, Discord down) is likely the same for the rest.
const FAILURES_IN_A_ROW: u32 = 5;
/// How long the download of a roster file may take.
const DOWNLOAD_TIMEOUT: Duration = Duration::from_secs(30);

const RESULT_HEADER: [&str; 9] = [
    "row",
    "entry",
    "user_id",
    "user_name",
    "roles",
    "outcome",
    "detail",
    "code",
    "link",
];

/// Make personal invitations for a list of people (a CSV file) and DM each (needs create)
#[poise::command(slash_command, guild_only)]
#[allow(clippy::too_many_arguments)] // one argument per option of the slash command
pub async fn roster(
    ctx: Context<'_>,
    #[description = "A CSV file: a user id or username a row, then class roles (optional)"]
    file: Option<serenity::Attachment>,
    #[description = "A name for these invitations (default: the file's name)"] label: Option<
        String,
    >,
    #[description = "How long they work, e.g. 7d, 2w (default: until revoked)"] expires_in: Option<
        String,
    >,
    #[description = "Also give everyone this class role (from /school roles list)"] role: Option<
        serenity::Role,
    >,
    #[description = "Also give everyone this class role"] role2: Option<serenity::Role>,
    #[description = "Also give everyone this class role"] role3: Option<serenity::Role>,
    #[description = "When the class roles end, e.g. 2026-07-15 or 12w (default: never)"]
    roles_until: Option<String>,
    #[description = "Send each invitation to its person in a DM (default: yes, with share)"]
    send: Option<bool>,
    #[description = "Take up roster number … where it stopped (or see what it did)"]
    #[min = 1]
    resume: Option<i64>,
) -> Result<(), Error> {
    let (guild_id, actor) = guild_actor(ctx)?;
    let domain = &ctx.data().domain;
    if let Some(id) = resume {
        let given = file.is_some()
            || label.is_some()
            || expires_in.is_some()
            || role.is_some()
            || role2.is_some()
            || role3.is_some()
            || roles_until.is_some()
            || send.is_some();
        if given {
            return Err(Error::User(msg!("roster-resume-alone")));
        }
        let roster = domain.roster(guild_id.into(), &actor, id).await?;
        if roster.options.send {
            domain
                .require(guild_id.into(), &actor, Permission::Share)
                .await?;
        }
        let run = domain.claim_roster(&roster)?;
        ctx.defer_ephemeral().await?;
        tracing::info!(guild = %guild_id, roster = roster.id, by = %actor.user_id, "roster resumed");
        let outcome = work_through(ctx, &actor, &roster).await;
        drop(run);
        return outcome;
    }
    let Some(file) = file else {
        domain.roster_viewer(guild_id.into(), &actor).await?;
        let unfinished: Vec<String> = domain
            .unfinished_rosters(guild_id.into())
            .await?
            .iter()
            .map(|r| {
                format!(
                    "`resume:{}` (`{}`)",
                    r.id,
                    crate::discord::render::inline(&r.options.file_name, 40)
                )
            })
            .collect();
        let reader = lang::reader(ctx);
        return Err(Error::User(match unfinished.as_slice() {
            [] => msg!("roster-no-file"),
            list => msg!(
                "roster-no-file-unfinished",
                rosters = crate::discord::render::fit_lines(list, 800, |n| t!(
                    reader,
                    "roster-more",
                    count = n
                ))
                .replace('\n', ", ")
            ),
        }));
    };
    check_file(&file)?;
    let label = label.or_else(|| Some(file_stem(&file.filename)));
    let request = crate::domain::InvitationRequest {
        label: label.clone(),
        max_uses: None,
        expires_in: expires_in.clone(),
    };
    let (_, new) = domain
        .prepare_invitation(guild_id.into(), &actor, &request)
        .await?;
    let common = super::roles::picked([role, role2, role3]);
    // The options every invitation gets, checked once before anything is made.
    let checked = domain
        .prepare_class_roles(guild_id.into(), new, &common, roles_until.as_deref())
        .await?;
    let common = checked.roles().to_vec();
    let may_share = domain
        .permissions_of(guild_id.into(), &actor)
        .await?
        .allows(Permission::Share);
    let send = match (send, may_share) {
        (Some(true), false) => return Err(Error::User(msg!("roster-no-share"))),
        (Some(send), _) => send,
        (None, may_share) => may_share,
    };
    ctx.defer_ephemeral().await?;
    let bytes = download(&file).await?;
    let class_roles = class_role_names(ctx, guild_id, &actor).await?;
    let lines = read_roster(&bytes, &class_roles, &common)?;
    let options = RosterOptions {
        file_name: file.filename.clone(),
        label,
        expires_in,
        roles_until: roles_until.filter(|_| !common.is_empty() || has_row_roles(&lines)),
        send,
    };
    let roster = domain
        .create_roster(guild_id.into(), &actor, &options, &lines)
        .await?;
    tracing::info!(guild = %guild_id, roster = roster.id, by = %actor.user_id, rows = lines.len(), "roster created");
    let run = domain.claim_roster(&roster)?;
    let outcome = work_through(ctx, &actor, &roster).await;
    drop(run);
    outcome
}

fn has_row_roles(lines: &[crate::domain::RosterLine]) -> bool {
    lines.iter().any(|l| !l.roles.is_empty())
}

/// Refuses, before downloading it, a file too large or not text.
fn check_file(file: &serenity::Attachment) -> Result<(), Error> {
    let name = file.filename.to_lowercase();
    let text_type = file
        .content_type
        .as_deref()
        .is_some_and(|t| t.starts_with("text/"));
    if !(name.ends_with(".csv") || name.ends_with(".txt") || text_type) {
        return Err(Error::User(msg!(
            "roster-not-csv",
            file = crate::discord::render::inline(&file.filename, 60)
        )));
    }
    if file.size > MAX_FILE_BYTES {
        // In the reader's language when the error is shown: the sizes are small numbers.
        return Err(Error::User(msg!(
            "roster-too-large",
            size = u64::from(file.size).div_ceil(1024),
            max = MAX_FILE_BYTES / 1024,
        )));
    }
    Ok(())
}

/// The file's name without its extension, as a label.
fn file_stem(name: &str) -> String {
    let stem = name.rsplit_once('.').map_or(name, |(stem, _)| stem);
    stem.chars()
        .map(|c| if c == '_' { ' ' } else { c })
        .take(crate::domain::MAX_LABEL_CHARS)
        .collect()
}

/// Downloads the attachment from the address Discord gave it, at most [`MAX_FILE_BYTES`].
async fn download(file: &serenity::Attachment) -> Result<Vec<u8>, Error> {
    let failed = |why: String| {
        tracing::warn!(%why, "could not download a roster file");
        Error::User(msg!("roster-download-failed", why = why))
    };
    // Not serenity's client: the file's address is Discord's CDN, which takes no token.
    let client = reqwest::Client::builder()
        .timeout(DOWNLOAD_TIMEOUT)
        .build()
        .map_err(|e| failed(e.to_string()))?;
    let mut response = client
        .get(&file.url)
        .send()
        .await
        .and_then(reqwest::Response::error_for_status)
        .map_err(|e| failed(e.without_url().to_string()))?;
    let mut bytes = Vec::new();
    while let Some(chunk) = response
        .chunk()
        .await
        .map_err(|e| failed(e.without_url().to_string()))?
    {
        bytes.extend_from_slice(&chunk);
        if bytes.len() > MAX_FILE_BYTES as usize {
            return Err(failed("the file is larger than Discord said".to_owned()));
        }
    }
    Ok(bytes)
}

/// The school's class roles with their names (from the cache), to read role names in rows.
async fn class_role_names(
    ctx: Context<'_>,
    guild_id: serenity::GuildId,
    actor: &Actor,
) -> Result<Vec<(RoleId, String)>, Error> {
    let listed = ctx
        .data()
        .domain
        .class_roles(guild_id.into(), actor)
        .await?;
    let guild = ctx.cache().guild(guild_id);
    Ok(listed
        .into_iter()
        .map(|c| {
            let name = guild
                .as_ref()
                .and_then(|g| {
                    g.roles
                        .get(&serenity::RoleId::from(c.role_id))
                        .map(|r| r.name.clone())
                })
                .unwrap_or_default();
            (c.role_id, name)
        })
        .collect())
}

/// Who a row's person is, as Discord says.
enum Found {
    User {
        id: UserId,
        name: String,
        bot: bool,
    },
    Unknown(String),
    /// Discord did not answer; the next run asks again.
    NotNow(String),
}

/// Finds a row's person: by id (any Discord user), or by username among the server's
/// members (exactly, else a unique display name or nickname).
async fn find(ctx: Context<'_>, guild_id: serenity::GuildId, person: &Person) -> Found {
    match person {
        Person::Id(id) => {
            let user_id = serenity::UserId::from(*id);
            if let Some(user) = ctx.cache().user(user_id).map(|u| u.clone()) {
                return Found::User {
                    id: *id,
                    name: user.name,
                    bot: user.bot,
                };
            }
            match ctx
                .http()
                .get_user(user_id)
                .await
                .inspect_err(metrics::rest_error)
            {
                Ok(user) => Found::User {
                    id: *id,
                    name: user.name,
                    bot: user.bot,
                },
                Err(e)
                    if discord_code(&e) == Some(code::UNKNOWN_USER)
                        || http_status(&e) == Some(404) =>
                {
                    Found::Unknown("Discord has no user with this id".to_owned())
                }
                Err(e) => {
                    Found::NotNow(format!("Discord did not say who this is ({})", refusal(&e)))
                }
            }
        }
        Person::Name(name) => {
            let members = match ctx
                .http()
                .search_guild_members(guild_id, name, Some(100))
                .await
                .inspect_err(metrics::rest_error)
            {
                Ok(members) => members,
                Err(e) => {
                    return Found::NotNow(format!(
                        "Discord did not search the members ({})",
                        refusal(&e)
                    ))
                }
            };
            let exact = members
                .iter()
                .find(|m| m.user.name.eq_ignore_ascii_case(name));
            let shown: Vec<&serenity::Member> = members
                .iter()
                .filter(|m| {
                    m.nick
                        .as_deref()
                        .is_some_and(|n| n.eq_ignore_ascii_case(name))
                        || m.user
                            .global_name
                            .as_deref()
                            .is_some_and(|n| n.eq_ignore_ascii_case(name))
                })
                .collect();
            match (exact, shown.as_slice()) {
                (Some(m), _) | (None, &[m]) => Found::User {
                    id: m.user.id.into(),
                    name: m.user.name.clone(),
                    bot: m.user.bot,
                },
                (None, []) => Found::Unknown(
                    "nobody in the server has this username; someone not in the server yet \
                     can only be named by user id"
                        .to_owned(),
                ),
                (None, _) => Found::Unknown(
                    "several members go by this name; name them by username or user id".to_owned(),
                ),
            }
        }
    }
}

/// Works through the roster's rows still to do, editing the reply with progress, then
/// ends it with the counts and the results file.
async fn work_through(ctx: Context<'_>, actor: &Actor, roster: &Roster) -> Result<(), Error> {
    let domain = &ctx.data().domain;
    let guild_id = serenity::GuildId::from(roster.guild_id);
    domain.start_roster_run(roster).await?;
    let mut entries = domain.roster_entries(roster.id).await?;
    let school = domain.school(roster.guild_id).await?;
    let mut progress = Progress::new(ctx, roster, RosterCounts::of(&entries));
    progress.show(true).await;
    let mut failures_in_a_row = 0;
    let mut stopped = None;
    for i in 0..entries.len() {
        if !entries[i].outcome.to_do() {
            continue;
        }
        let row = entries[i].clone();
        let done = do_row(ctx, actor, roster, &school, &entries, row).await?;
        failures_in_a_row = match done.outcome {
            RowOutcome::Failed if done.invitation_id.is_none() => failures_in_a_row + 1,
            _ => 0,
        };
        entries[i] = done;
        progress.counts = RosterCounts::of(&entries);
        if failures_in_a_row >= FAILURES_IN_A_ROW {
            stopped = entries[i].detail.clone();
            break;
        }
        progress.show(false).await;
    }
    if stopped.is_none() {
        domain.finish_roster(roster).await?;
    }
    let counts = RosterCounts::of(&entries);
    tracing::info!(guild = %guild_id, roster = roster.id, sent = counts.sent, dm_closed = counts.dm_closed, unknown = counts.unknown_users, bad = counts.bad_rows, failed = counts.failed, left = counts.to_do, "roster run ended");
    let text = summary(
        lang::reader(ctx),
        roster,
        &entries,
        &counts,
        stopped.as_deref(),
    );
    let results = results_file(ctx, &entries).await?;
    let name = format!("roster-{}-results.csv", roster.id);
    progress.finish(text, results, name).await
}

/// Does one row: finds its person, makes its invitation, sends it. Returns the row as it
/// now stands (stored).
async fn do_row(
    ctx: Context<'_>,
    actor: &Actor,
    roster: &Roster,
    school: &crate::domain::School,
    entries: &[RosterEntry],
    mut row: RosterEntry,
) -> Result<RosterEntry, Error> {
    let domain = &ctx.data().domain;
    let guild_id = serenity::GuildId::from(roster.guild_id);
    let set = async |row: &mut RosterEntry, outcome: RowOutcome, detail: Option<String>| {
        row.outcome = outcome;
        row.detail = detail;
        domain
            .roster_outcome(roster, row.line, outcome, row.detail.as_deref())
            .await
    };
    if row.invitation_id.is_none() {
        if row.user_name.is_none() {
            match find(ctx, guild_id, &row.person()).await {
                Found::User { id, name, bot } => {
                    domain.roster_person(roster, row.line, id, &name).await?;
                    row.user_id = Some(id);
                    row.user_name = Some(name);
                    if bot {
                        set(
                            &mut row,
                            RowOutcome::BadRow,
                            Some("a bot; bots can't join with invitations".to_owned()),
                        )
                        .await?;
                        return Ok(row);
                    }
                }
                Found::Unknown(why) => {
                    set(&mut row, RowOutcome::UnknownUser, Some(why)).await?;
                    return Ok(row);
                }
                Found::NotNow(why) => {
                    set(&mut row, RowOutcome::Failed, Some(why)).await?;
                    return Ok(row);
                }
            }
        }
        let user = row.user_id.expect("a person found");
        // A username may name someone another row names by id or username.
        if let Some(earlier) = entries.iter().find(|e| {
            e.line < row.line && e.user_id == Some(user) && e.outcome != RowOutcome::BadRow
        }) {
            let why = format!("the same person as row {}", earlier.line);
            set(&mut row, RowOutcome::BadRow, Some(why)).await?;
            return Ok(row);
        }
        match make_invitation(ctx, actor, roster, school, &row, user).await {
            Ok(Some(invitation)) => {
                row.invitation_id = Some(invitation.id);
                row.outcome = RowOutcome::Created;
                row.detail = None;
            }
            Ok(None) => {
                // Another run made it meanwhile: this row is that run's to finish.
                return Ok(row);
            }
            Err(why) => {
                set(&mut row, RowOutcome::Failed, Some(why)).await?;
                return Ok(row);
            }
        }
    }
    let Some(invitation_id) = row.invitation_id else {
        return Ok(row);
    };
    if !roster.options.send {
        set(&mut row, RowOutcome::NotSent, None).await?;
        return Ok(row);
    }
    let Some(invitation) = domain.invitation_by_id(invitation_id).await? else {
        set(
            &mut row,
            RowOutcome::Failed,
            Some("its invitation was erased".to_owned()),
        )
        .await?;
        return Ok(row);
    };
    let user = row.user_id.expect("an invitation's person");
    match dm_invitation(ctx, actor, &invitation, user.into()).await? {
        Dm::Sent => set(&mut row, RowOutcome::Sent, None).await?,
        Dm::Closed => {
            let why = "doesn't accept DMs from Porter, or isn't in a server with Porter yet: \
                       pass the code and link on";
            set(&mut row, RowOutcome::DmClosed, Some(why.to_owned())).await?
        }
        Dm::Refused(why) => {
            let why = format!("Discord refused the DM ({why}): pass the code and link on");
            set(&mut row, RowOutcome::DmClosed, Some(why)).await?
        }
    }
    Ok(row)
}

/// Makes the row's personal invitation: its targeted link, then the invitation stored on
/// the row. `Ok(None)` when the row had one already (the new link is deleted); `Err` says
/// why none was made.
async fn make_invitation(
    ctx: Context<'_>,
    actor: &Actor,
    roster: &Roster,
    school: &crate::domain::School,
    row: &RosterEntry,
    user: UserId,
) -> Result<Option<Invitation>, String> {
    let domain = &ctx.data().domain;
    // A row's detail is data in the results file, like its outcome: in English.
    let said = |e: Error| match e.user_message(Lang::ENGLISH) {
        Some(message) => message,
        None => {
            tracing::error!(error = %Chain(&e), roster = roster.id, "a roster row failed");
            "Porter had an internal error".to_owned()
        }
    };
    let new = domain
        .prepare_roster_invitation(roster, actor, &row.roles, user)
        .await
        .map_err(|e| said(e.into()))?;
    let reason = t!(
        lang::server(ctx),
        "roster-reason-created",
        user = actor.user_id.to_string(),
        id = roster.id.to_string(),
    );
    // Read again for each row: approval may be turned on while a long roster runs.
    let school = domain
        .school(school.guild_id)
        .await
        .map_err(|e| said(e.into()))?;
    let link = links::create(
        ctx.http(),
        ctx.cache(),
        &school,
        new.max_uses(),
        new.recipient(),
        new.roles(),
        &reason,
    )
    .await
    .map_err(said)?;
    let made = domain
        .create_roster_invitation(roster, row.line, actor, &new, Some(link.clone()))
        .await;
    match made {
        Ok(Some(invitation)) => {
            tracing::info!(guild = %roster.guild_id, invitation = %invitation.id, roster = roster.id, by = %actor.user_id, recipient = ?invitation.recipient, roles = ?invitation.roles, "invitation created");
            Ok(Some(invitation))
        }
        Ok(None) | Err(_) => {
            let reason = t!(lang::server(ctx), "roster-reason-not-saved");
            if let Err(de) = links::delete(ctx.http(), &link, &reason).await {
                tracing::warn!(error = %Chain(&de), "could not delete the invite of an unsaved invitation");
            }
            made.map_err(|e| said(e.into()))
        }
    }
}

/// The reply of a run: edited as rows are done, at most every [`PROGRESS_ROWS`] rows or
/// [`PROGRESS_EVERY`].
struct Progress<'a> {
    ctx: Context<'a>,
    roster: &'a Roster,
    counts: RosterCounts,
    shown_done: u32,
    shown_at: Instant,
    /// The interaction's token expired (15 minutes): the end goes to the moderator by DM.
    gone: bool,
}

impl<'a> Progress<'a> {
    fn new(ctx: Context<'a>, roster: &'a Roster, counts: RosterCounts) -> Self {
        Self {
            ctx,
            roster,
            counts,
            shown_done: counts.done(),
            shown_at: Instant::now(),
            gone: false,
        }
    }

    fn text(&self) -> String {
        let c = &self.counts;
        let lang = lang::reader(self.ctx);
        t!(
            lang,
            "roster-progress",
            id = self.roster.id.to_string(),
            file = crate::discord::render::inline(&self.roster.options.file_name, 60),
            done = number(lang, u64::from(c.done())),
            rows = number(lang, u64::from(c.rows)),
            send = if self.roster.options.send {
                "yes"
            } else {
                "no"
            },
        )
    }

    /// Edits the reply when it is time (`now`: at once).
    async fn show(&mut self, now: bool) {
        let done = self.counts.done();
        let due = done >= self.shown_done + PROGRESS_ROWS
            || (done > self.shown_done && self.shown_at.elapsed() >= PROGRESS_EVERY);
        if self.gone || !(now || due) || done == self.counts.rows {
            return;
        }
        self.shown_done = done;
        self.shown_at = Instant::now();
        let edit = serenity::EditInteractionResponse::new().content(self.text());
        if let Err(e) = self.edit(edit).await {
            tracing::warn!(error = %e, roster = self.roster.id, "could not show a roster's progress");
            self.gone = true;
        }
    }

    async fn edit(&self, edit: serenity::EditInteractionResponse) -> Result<(), serenity::Error> {
        let poise::Context::Application(app) = self.ctx else {
            return Ok(());
        };
        app.interaction
            .edit_response(self.ctx.http(), edit)
            .await
            .map(|_| ())
    }

    /// Ends the reply with `text` and the results file; if the reply can no longer be
    /// edited, sends them to the moderator by DM.
    async fn finish(self, text: String, results: Vec<u8>, name: String) -> Result<(), Error> {
        let file = serenity::CreateAttachment::bytes(results, name);
        if !self.gone {
            let edit = serenity::EditInteractionResponse::new()
                .content(text.clone())
                .new_attachment(file.clone());
            match self.edit(edit).await {
                Ok(()) => return Ok(()),
                Err(e) => {
                    tracing::warn!(error = %e, roster = self.roster.id, "could not end a roster's reply; sending it by DM")
                }
            }
        }
        let lang = lang::reader(self.ctx);
        let school = guild_name(lang, self.ctx.cache(), self.roster.guild_id);
        let message = serenity::CreateMessage::new()
            .content(format!(
                "{text}\n{}",
                t!(lang, "roster-by-dm", school = school)
            ))
            .add_file(file);
        self.ctx
            .author()
            .id
            .direct_message(self.ctx.http(), message)
            .await
            .inspect_err(metrics::rest_error)?;
        Ok(())
    }
}

/// "rows 3, 7, 12" (at most 20, then "and 8 more").
fn rows_named(lang: Lang, entries: &[RosterEntry], outcome: RowOutcome) -> String {
    let lines: Vec<String> = entries
        .iter()
        .filter(|e| e.outcome == outcome)
        .map(|e| e.line.to_string())
        .collect();
    let shown = lines.len().min(20);
    let rows = lines[..shown].join(", ");
    if lines.len() > shown {
        t!(
            lang,
            "roster-rows-more",
            count = lines.len(),
            rows = rows,
            more = lines.len() - shown,
        )
    } else {
        t!(lang, "roster-rows", count = lines.len(), rows = rows)
    }
}

/// The end of a run: the counts, what the moderator must do, and how to take it up again.
fn summary(
    lang: Lang,
    roster: &Roster,
    entries: &[RosterEntry],
    c: &RosterCounts,
    stopped: Option<&str>,
) -> String {
    let n = |n: u32| number(lang, u64::from(n));
    let id = roster.id.to_string();
    let mut lines = vec![t!(
        lang,
        "roster-summary-head",
        id = id.clone(),
        file = crate::discord::render::inline(&roster.options.file_name, 60),
        done = n(c.done()),
        rows = n(c.rows),
    )];
    if roster.options.send {
        lines.push(t!(lang, "roster-summary-sent", count = n(c.sent)));
    }
    if c.not_sent > 0 {
        lines.push(t!(lang, "roster-summary-not-sent", count = n(c.not_sent)));
    }
    if c.dm_closed > 0 {
        lines.push(t!(lang, "roster-summary-dm-closed", count = n(c.dm_closed)));
    }
    if c.unknown_users > 0 {
        lines.push(t!(
            lang,
            "roster-summary-unknown",
            count = n(c.unknown_users),
            rows = rows_named(lang, entries, RowOutcome::UnknownUser),
        ));
    }
    if c.bad_rows > 0 {
        lines.push(t!(
            lang,
            "roster-summary-bad",
            count = n(c.bad_rows),
            rows = rows_named(lang, entries, RowOutcome::BadRow),
        ));
    }
    if c.failed > 0 || c.to_do > 0 {
        let failed = if c.failed > 0 {
            t!(
                lang,
                "roster-summary-failed",
                count = n(c.failed),
                rows = rows_named(lang, entries, RowOutcome::Failed),
            )
        } else {
            String::new()
        };
        lines.push(match stopped {
            Some(why) => t!(
                lang,
                "roster-summary-left-stopped",
                count = n(c.failed + c.to_do),
                failed = failed,
                max = FAILURES_IN_A_ROW,
                why = why,
                id = id.clone(),
            ),
            None => t!(
                lang,
                "roster-summary-left",
                count = n(c.failed + c.to_do),
                failed = failed,
                id = id.clone(),
            ),
        });
    }
    lines.push(t!(lang, "roster-summary-file", id = id));
    crate::discord::render::fit_lines(&lines, 1900, |n| {
        t!(lang, "roster-summary-more-lines", count = n)
    })
}

/// The results file: a row per row of the roster, with its invitation's code and link.
async fn results_file(ctx: Context<'_>, entries: &[RosterEntry]) -> Result<Vec<u8>, Error> {
    let domain = &ctx.data().domain;
    let mut sheet = Sheet::new(&RESULT_HEADER, FILE_LIMIT);
    for e in entries {
        let invitation = match e.invitation_id {
            Some(id) => domain.invitation_by_id(id).await?,
            None => None,
        };
        let roles: Vec<String> = e.roles.iter().map(ToString::to_string).collect();
        let cells = vec![
            e.line.to_string(),
            e.entry.clone(),
            e.user_id.map(|u| u.to_string()).unwrap_or_default(),
            e.user_name.clone().unwrap_or_default(),
            roles.join(" "),
            e.outcome.as_str().to_owned(),
            e.detail.clone().unwrap_or_default(),
            invitation
                .as_ref()
                .map(|i| i.code.to_string())
                .unwrap_or_default(),
            invitation
                .as_ref()
                .and_then(Invitation::url)
                .unwrap_or_default(),
        ];
        // 500 rows of a few hundred bytes never reach Discord's file limit.
        let _ = sheet.push(&cells);
    }
    Ok(sheet.finish().0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_come_from_file_names() {
        assert_eq!(file_stem("year_7.csv"), "year 7");
        assert_eq!(file_stem("list"), "list");
    }
}
