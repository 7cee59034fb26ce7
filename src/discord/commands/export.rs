//! `/invite export [code]` and `/school export`: CSV files of joins and of invitations,
//! attached to ephemeral replies, for holders of revoke or manage.
//!
//! Rows are read from the database a page at a time and written straight into the file.
//! Discord takes files of up to [`FILE_LIMIT`] bytes (in a server without boosts): a
//! longer export goes out as several files, each with the header row, in one reply each,
//! up to [`MAX_FILES`] of them; past that it stops and says where, and how to export less.
//! Cells a spreadsheet would read as a formula (starting with `=`, `+`, `-`, `@`, a tab
//! or a carriage return) get a leading `'`, as OWASP recommends against CSV injection.

use std::collections::HashMap;

use poise::serenity_prelude as serenity;

use super::guild_name;
use crate::discord::actor::guild_actor;
use crate::discord::render::{self, number};
use crate::discord::{Context, Error};
use crate::domain::{
    ExportedInvitation, ExportedJoin, InvitationId, JoinId, JoinMethod, RoleId, Timestamp, UserId,
    EXPORT_PAGE,
};

/// Discord's limit on a file a bot uploads in a server without boosts (10 MiB).
pub const FILE_LIMIT: usize = 10 * 1024 * 1024;
/// Most files one export sends.
pub const MAX_FILES: usize = 10;

const JOIN_HEADER: [&str; 10] = [
    "user_id",
    "user_name",
    "joined_at",
    "how",
    "invitation_code",
    "invitation_label",
    "roles_given",
    "left",
    "left_at",
    "back_at",
];

const INVITATION_HEADER: [&str; 17] = [
    "code",
    "label",
    "created_by_id",
    "created_by_name",
    "created_at",
    "expires_at",
    "max_uses",
    "uses",
    "joins",
    "maybe_joins",
    "state",
    "revoked_at",
    "revoked_by_id",
    "for_id",
    "for_name",
    "class_roles",
    "roles_until",
];

/// A cell as written: text a spreadsheet would take for a formula gets a leading `'`.
pub fn cell(text: &str) -> String {
    match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{text}"),
        _ => text.to_owned(),
    }
}

/// One CSV record, with its line end.
fn record(cells: &[String]) -> Vec<u8> {
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    let safe: Vec<String> = cells.iter().map(|c| cell(c)).collect();
    // Writing into memory cannot fail.
    writer
        .write_record(&safe)
        .expect("a CSV record into memory");
    writer.into_inner().expect("a CSV record into memory")
}

/// A file being filled: its header and rows, within `limit` bytes.
pub struct Sheet {
    header: Vec<u8>,
    limit: usize,
    bytes: Vec<u8>,
    rows: u64,
}

impl Sheet {
    pub fn new(header: &[&str], limit: usize) -> Self {
        let header = record(&header.iter().map(|h| (*h).to_owned()).collect::<Vec<_>>());
        Self {
            bytes: header.clone(),
            header,
            limit,
            rows: 0,
        }
    }

    /// Adds a row. When it would take the file past the limit, the file so far is returned
    /// (with its row count) and the row starts the next one. A single row over the limit
    /// cannot happen: rows are a few hundred bytes.
    pub fn push(&mut self, cells: &[String]) -> Option<(Vec<u8>, u64)> {
        let row = record(cells);
        let full = self.rows > 0 && self.bytes.len() + row.len() > self.limit;
        let done = full.then(|| {
            let bytes = std::mem::replace(&mut self.bytes, self.header.clone());
            (bytes, std::mem::take(&mut self.rows))
        });
        self.bytes.extend_from_slice(&row);
        self.rows += 1;
        done
    }

    /// The last file and its row count.
    pub fn finish(self) -> (Vec<u8>, u64) {
        (self.bytes, self.rows)
    }
}

/// A time as ISO 8601 in UTC to the second, for spreadsheets.
fn iso(at: Timestamp) -> String {
    // serenity writes milliseconds, always .000 for whole seconds.
    serenity::Timestamp::from_unix_timestamp(at)
        .map_or_else(|_| at.to_string(), |t| t.to_string().replace(".000Z", "Z"))
}

fn opt_iso(at: Option<Timestamp>) -> String {
    at.map(iso).unwrap_or_default()
}

/// Members listed per request, and the most requests an export makes: servers of up to
/// 10,000 members are listed whole.
const MEMBER_PAGE: u64 = 1000;
const MEMBER_PAGES: usize = 10;

/// Names of people and of the school's roles: the server's members as Discord lists them
/// (with the Server Members intent, in servers of up to 10,000), else Porter's cache.
struct Names<'a> {
    cache: &'a serenity::Cache,
    guild_id: serenity::GuildId,
    members: HashMap<serenity::UserId, String>,
}

impl<'a> Names<'a> {
    async fn load(ctx: Context<'a>, guild_id: serenity::GuildId) -> Self {
        let mut members = HashMap::new();
        if ctx.data().member_events {
            let mut after = None;
            for _ in 0..MEMBER_PAGES {
                match ctx
                    .http()
                    .get_guild_members(guild_id, Some(MEMBER_PAGE), after)
                    .await
                {
                    Ok(page) => {
                        let full = page.len() as u64 == MEMBER_PAGE;
                        after = page.last().map(|m| m.user.id.get());
                        members.extend(page.into_iter().map(|m| (m.user.id, m.user.name)));
                        if !full {
                            break;
                        }
                    }
                    Err(e) => {
                        crate::service::metrics::rest_error(&e);
                        tracing::warn!(error = %e, guild = %guild_id, "could not list members for an export; names come from the cache");
                        break;
                    }
                }
            }
        }
        Self {
            cache: ctx.cache(),
            guild_id,
            members,
        }
    }

    /// The person's Discord username, when Discord listed them or the cache knows them
    /// (people seen since Porter started); empty otherwise.
    fn user(&self, user: UserId) -> String {
        let id = serenity::UserId::from(user);
        if let Some(name) = self.members.get(&id) {
            return name.clone();
        }
        if let Some(member) = self
            .cache
            .guild(self.guild_id)
            .and_then(|g| g.members.get(&id).map(|m| m.user.name.clone()))
        {
            return member;
        }
        self.cache
            .user(id)
            .map(|u| u.name.clone())
            .unwrap_or_default()
    }

    /// "Members (123)": the role's name when known, and its id.
    fn role(&self, role: RoleId) -> String {
        let id = serenity::RoleId::from(role);
        match self
            .cache
            .guild(self.guild_id)
            .and_then(|g| g.roles.get(&id).map(|r| r.name.clone()))
        {
            Some(name) => format!("{name} ({id})"),
            None => id.to_string(),
        }
    }
}

fn join_row(join: &ExportedJoin, names: &Names<'_>, member_role: RoleId) -> Vec<String> {
    let (code, label) = match (&join.invitation, join.method) {
        (Some((code, label)), _) => (code.to_string(), label.clone().unwrap_or_default()),
        (None, JoinMethod::Unattributed) => (
            join.candidates
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(" or "),
            "one of several links used at once".to_owned(),
        ),
        (None, _) => (String::new(), String::new()),
    };
    vec![
        join.user_id.to_string(),
        names.user(join.user_id),
        iso(join.joined_at),
        join.method.as_str().to_owned(),
        code,
        label,
        std::iter::once(member_role)
            .chain(join.roles.iter().copied())
            .map(|r| names.role(r))
            .collect::<Vec<_>>()
            .join("; "),
        if join.left_at.is_some() { "yes" } else { "no" }.to_owned(),
        opt_iso(join.left_at),
        opt_iso(join.back_at),
    ]
}

fn invitation_row(e: &ExportedInvitation, names: &Names<'_>, now: Timestamp) -> Vec<String> {
    let inv = &e.invitation;
    vec![
        inv.code.to_string(),
        inv.label.clone().unwrap_or_default(),
        inv.created_by.to_string(),
        names.user(inv.created_by),
        iso(inv.created_at),
        opt_iso(inv.expires_at),
        inv.max_uses.map(|m| m.to_string()).unwrap_or_default(),
        inv.uses.to_string(),
        e.joins.to_string(),
        e.maybe_joins.to_string(),
        inv.status(now).as_str().to_owned(),
        opt_iso(inv.revoked_at),
        inv.revoked_by.map(|u| u.to_string()).unwrap_or_default(),
        inv.recipient.map(|u| u.to_string()).unwrap_or_default(),
        inv.recipient.map(|u| names.user(u)).unwrap_or_default(),
        inv.roles
            .iter()
            .map(|r| names.role(*r))
            .collect::<Vec<_>>()
            .join("; "),
        opt_iso(inv.roles_until),
    ]
}

/// Sends the files of an export as they fill, one ephemeral reply each.
struct Sender<'a> {
    ctx: Context<'a>,
    /// The file name without `.csv`.
    stem: String,
    what: &'static str,
    sent_files: usize,
    sent_rows: u64,
}

impl Sender<'_> {
    async fn send(&mut self, bytes: Vec<u8>, rows: u64, last: bool) -> Result<(), Error> {
        self.sent_files += 1;
        let name = if last && self.sent_files == 1 {
            format!("{}.csv", self.stem)
        } else {
            format!("{}-{}.csv", self.stem, self.sent_files)
        };
        let first = self.sent_rows + 1;
        self.sent_rows += rows;
        let text = if last && self.sent_files == 1 {
            match rows {
                0 => format!("No {} yet: the file holds only the header row.", self.what),
                // "1 join", "2 joins".
                1 => format!("1 {}, attached.", self.what.trim_end_matches('s')),
                _ => format!(
                    "{} {}, attached.",
                    number(crate::i18n::Lang::ENGLISH, rows),
                    self.what
                ),
            }
        } else if last {
            format!(
                "{} {}–{} (the last file): {} in {} files in all.",
                capitalized(self.what),
                number(crate::i18n::Lang::ENGLISH, first),
                number(crate::i18n::Lang::ENGLISH, self.sent_rows),
                number(crate::i18n::Lang::ENGLISH, self.sent_rows),
                self.sent_files
            )
        } else {
            format!(
                "{} {}–{}: Discord takes files of up to 10 MB, so more files follow.",
                capitalized(self.what),
                number(crate::i18n::Lang::ENGLISH, first),
                number(crate::i18n::Lang::ENGLISH, self.sent_rows)
            )
        };
        self.attach(text, bytes, name).await
    }

    async fn attach(&self, text: String, bytes: Vec<u8>, name: String) -> Result<(), Error> {
        self.ctx
            .send(
                poise::CreateReply::default()
                    .content(text)
                    .attachment(serenity::CreateAttachment::bytes(bytes, name))
                    .ephemeral(true),
            )
            .await?;
        Ok(())
    }

    /// Whether another file may go out; if not, says where the export stopped.
    async fn room(&self, advice: &str) -> Result<bool, Error> {
        if self.sent_files < MAX_FILES {
            return Ok(true);
        }
        let text = format!(
            "The export stopped after {MAX_FILES} files ({} {}). {advice}",
            number(crate::i18n::Lang::ENGLISH, self.sent_rows),
            self.what
        );
        self.ctx
            .send(poise::CreateReply::default().content(text).ephemeral(true))
            .await?;
        Ok(false)
    }
}

/// Export joins as a CSV file: everyone's, or one invitation's (needs revoke or manage)
#[poise::command(slash_command, guild_only, rename = "export")]
pub async fn invite_export(
    ctx: Context<'_>,
    #[description = "Only the joins through this invitation (default: every join)"]
    #[autocomplete = "super::invite::autocomplete_code"]
    code: Option<String>,
) -> Result<(), Error> {
    let (guild_id, actor) = guild_actor(ctx)?;
    let domain = &ctx.data().domain;
    let (school, invitation) = domain
        .export_scope(guild_id.into(), &actor, code.as_deref())
        .await?;
    ctx.defer_ephemeral().await?;
    tracing::info!(guild = %guild_id, by = %actor.user_id, invitation = ?invitation.as_ref().map(|i| i.id), "joins exported");
    let names = Names::load(ctx, guild_id).await;
    let stem = match &invitation {
        Some(inv) => format!("joins-{}", inv.code),
        None => "joins".to_owned(),
    };
    let mut sender = Sender {
        ctx,
        stem,
        what: "joins",
        sent_files: 0,
        sent_rows: 0,
    };
    let advice = "Export one invitation at a time with `/invite export code:`.";
    let mut sheet = Sheet::new(&JOIN_HEADER, FILE_LIMIT);
    let mut after = JoinId(0);
    loop {
        let page = domain
            .export_joins_page(
                guild_id.into(),
                invitation.as_ref().map(|i| i.id),
                after,
                EXPORT_PAGE,
            )
            .await?;
        let Some(last) = page.last() else { break };
        after = last.id;
        for join in &page {
            let row = join_row(join, &names, school.member_role_id);
            if let Some((bytes, rows)) = sheet.push(&row) {
                sender.send(bytes, rows, false).await?;
                if !sender.room(advice).await? {
                    return Ok(());
                }
            }
        }
    }
    let (bytes, rows) = sheet.finish();
    sender.send(bytes, rows, true).await
}

/// Export this school's invitations as a CSV file (needs revoke or manage)
#[poise::command(slash_command, guild_only, rename = "export")]
pub async fn school_export(ctx: Context<'_>) -> Result<(), Error> {
    let (guild_id, actor) = guild_actor(ctx)?;
    let domain = &ctx.data().domain;
    domain.export_scope(guild_id.into(), &actor, None).await?;
    ctx.defer_ephemeral().await?;
    tracing::info!(guild = %guild_id, by = %actor.user_id, "invitations exported");
    let names = Names::load(ctx, guild_id).await;
    let now = domain.now();
    let mut sender = Sender {
        ctx,
        stem: format!(
            "invitations-{}",
            file_safe(&guild_name(
                crate::i18n::Lang::ENGLISH,
                ctx.cache(),
                guild_id
            ))
        ),
        what: "invitations",
        sent_files: 0,
        sent_rows: 0,
    };
    let mut sheet = Sheet::new(&INVITATION_HEADER, FILE_LIMIT);
    let mut after = InvitationId(0);
    loop {
        let page = domain
            .export_invitations_page(guild_id.into(), after, EXPORT_PAGE)
            .await?;
        let Some(last) = page.last() else { break };
        after = last.invitation.id;
        for invitation in &page {
            if let Some((bytes, rows)) = sheet.push(&invitation_row(invitation, &names, now)) {
                sender.send(bytes, rows, false).await?;
                if !sender
                    .room("Revoked and ended invitations are all listed too.")
                    .await?
                {
                    return Ok(());
                }
            }
        }
    }
    let (bytes, rows) = sheet.finish();
    sender.send(bytes, rows, true).await
}

/// "Joins" of "joins".
fn capitalized(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// A server name as part of a file name: letters, digits and dashes, at most 40.
fn file_safe(name: &str) -> String {
    let safe: String = name
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .take(40)
        .collect();
    let safe = safe.trim_matches('-').to_owned();
    if safe.is_empty() {
        "school".to_owned()
    } else {
        render::inline(&safe, 40).replace('…', "")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(bytes: &[u8]) -> Vec<Vec<String>> {
        csv::Reader::from_reader(bytes)
            .records()
            .map(|r| r.unwrap().iter().map(str::to_owned).collect())
            .collect()
    }

    #[test]
    fn cells_that_spreadsheets_would_run_are_quoted() {
        for (text, written) in [
            ("=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")"),
            ("+1", "'+1"),
            ("-2+3", "'-2+3"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tx", "'\tx"),
            ("\rx", "'\rx"),
            ("Year 7", "Year 7"),
            ("a=b", "a=b"),
            ("", ""),
        ] {
            assert_eq!(cell(text), written, "{text:?}");
        }
        // Commas, quotes and line breaks stay inside their cell.
        let bytes = record(&["a,b".into(), "say \"hi\"".into(), "two\nlines".into()]);
        assert_eq!(
            read(&[b"x,y,z\r\n".as_slice(), &bytes].concat()),
            [["a,b", "say \"hi\"", "two\nlines"]]
        );
    }

    #[test]
    fn a_long_export_is_cut_into_files_within_the_limit() {
        let row = |i: u32| vec![i.to_string(), "x".repeat(20)];
        let mut sheet = Sheet::new(&["n", "text"], 100);
        let mut files = Vec::new();
        for i in 0..10 {
            if let Some(done) = sheet.push(&row(i)) {
                files.push(done);
            }
        }
        files.push(sheet.finish());
        let mut seen = Vec::new();
        for (bytes, rows) in &files {
            assert!(bytes.len() <= 100, "{} bytes", bytes.len());
            assert!(bytes.starts_with(b"n,text\r\n"));
            let read = read(bytes);
            assert_eq!(read.len() as u64, *rows);
            seen.extend(read.into_iter().map(|r| r[0].clone()));
        }
        assert!(files.len() > 1);
        assert_eq!(seen, (0..10).map(|i| i.to_string()).collect::<Vec<_>>());
        // Nothing to export: the header alone.
        let (bytes, rows) = Sheet::new(&["n"], 100).finish();
        assert_eq!((bytes.as_slice(), rows), (b"n\r\n".as_slice(), 0));
    }

    #[test]
    fn times_read_as_iso_dates_in_utc() {
        assert_eq!(iso(1_800_000_000), "2027-01-15T08:00:00Z");
        assert_eq!(opt_iso(None), "");
    }

    #[test]
    fn file_names_keep_letters_and_digits() {
        assert_eq!(file_safe("St. Mary's School"), "St--Mary-s-School");
        assert_eq!(file_safe("🎒"), "school");
    }
}
