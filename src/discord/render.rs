//! How Porter's replies, DMs and posts look.

use poise::serenity_prelude as serenity;
use unicode_segmentation::UnicodeSegmentation as _;

use crate::domain::{
    Invitation, InvitationDetails, JoinMethod, Page, RoleId, School, SchoolInfo, Status, Timestamp,
};
use crate::i18n::{t, Lang};

/// Embed colours.
pub const GREEN: u32 = 0x2e_cc_71;
pub const BLUE: u32 = 0x34_98_db;
pub const GREY: u32 = 0x95_a5_a6;
/// Discord's limit on an embed's description.
pub const DESCRIPTION_LIMIT: usize = 4000;
/// Discord's limit on an embed field's value.
const FIELD_LIMIT: usize = 1024;

/// Joins `lines` with newlines, as many as fit in `limit` characters with room for a last
/// line `more(n)` naming the `n` left out, which ends the text when any are.
pub fn fit_lines(lines: &[String], limit: usize, more: impl Fn(usize) -> String) -> String {
    let mut text = String::new();
    let mut used = 0;
    for (shown, line) in lines.iter().enumerate() {
        let tail = more(lines.len() - shown);
        let line_chars = line.chars().count();
        if used + line_chars + 2 + tail.chars().count() > limit {
            if !text.is_empty() {
                text.push('\n');
            }
            text.push_str(&tail);
            break;
        }
        if !text.is_empty() {
            text.push('\n');
            used += 1;
        }
        text.push_str(line);
        used += line_chars;
    }
    text
}

/// A time as Discord shows it to each reader in their own zone: "in 3 days", "2 hours ago".
pub fn relative(at: Timestamp) -> String {
    format!("<t:{at}:R>")
}

/// A date and time in the reader's zone.
pub fn full(at: Timestamp) -> String {
    format!("<t:{at}:f>")
}

/// User text made safe to show inside inline code: no backticks or line breaks, and cut
/// to at most `max` characters, then "…".
///
/// Discord counts characters as Unicode code points (`char`s), so limits are counted that
/// way; the cut falls between grapheme clusters, never inside an emoji sequence (👨‍👩‍👧‍👦,
/// 🇩🇪) or between a letter and its combining marks.
pub fn inline(text: &str, max: usize) -> String {
    let cleaned: String = text
        .chars()
        .map(|c| if c == '`' || c.is_control() { '\'' } else { c })
        .collect();
    if cleaned.chars().count() <= max {
        return cleaned;
    }
    let mut cut = String::new();
    let mut used = 0;
    for grapheme in cleaned.graphemes(true) {
        let chars = grapheme.chars().count();
        if used + chars > max {
            break;
        }
        cut.push_str(grapheme);
        used += chars;
    }
    cut + "…"
}

/// User text made safe to show as plain markdown: markdown and mentions neutralised.
pub fn plain(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '*' | '_' | '`' | '~' | '|' | '>' | '#' | '[' | ']' | '(' | ')' | '<' | '@' | '\\'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// The invitation's label, or a stand-in.
pub fn label(lang: Lang, inv: &Invitation) -> String {
    inv.label.as_deref().map_or_else(
        || t!(lang, "render-label-none", id = inv.id.to_string()),
        |l| t!(lang, "render-label", label = plain(l)),
    )
}

/// The invitation's label, followed by whom it is for when it is personal:
/// "“Year 7” for @person".
pub fn label_for(lang: Lang, inv: &Invitation) -> String {
    match inv.recipient {
        Some(user) => t!(
            lang,
            "render-label-for",
            label = label(lang, inv),
            user = format!("<@{user}>")
        ),
        None => label(lang, inv),
    }
}

/// "3 of 10 uses", "1 use (no limit)": [`uses`] in a sentence.
pub fn uses_text(lang: Lang, inv: &Invitation) -> String {
    match inv.max_uses {
        Some(max) => t!(lang, "render-uses-of", uses = inv.uses, max = max),
        None => t!(lang, "render-uses-no-limit", uses = inv.uses),
    }
}

/// "3/10" or "3 (no limit)".
pub fn uses(lang: Lang, inv: &Invitation) -> String {
    match inv.max_uses {
        Some(max) => format!("{}/{max}", inv.uses),
        None => t!(lang, "render-uses-short-no-limit", uses = inv.uses),
    }
}

/// "in 3 days", "expired 2 hours ago" or "never".
pub fn expiry(lang: Lang, inv: &Invitation, now: Timestamp) -> String {
    match inv.expires_at {
        Some(at) if at <= now => t!(lang, "render-expired", when = relative(at)),
        Some(at) => relative(at),
        None => t!(lang, "render-never"),
    }
}

/// The extra roles an invitation gives besides the member role, with when they end:
/// "<@&1>, <@&2> until <t:…:f>"; `None` when it gives none.
pub fn extra_roles(lang: Lang, inv: &Invitation, now: Timestamp) -> Option<String> {
    if inv.roles.is_empty() {
        return None;
    }
    let roles: Vec<String> = inv.roles.iter().map(|r| format!("<@&{r}>")).collect();
    let roles = roles.join(", ");
    Some(match inv.roles_until {
        Some(at) if at <= now => t!(
            lang,
            "render-roles-ended",
            roles = roles,
            when = relative(at)
        ),
        Some(at) => t!(lang, "render-roles-until", roles = roles, until = full(at)),
        None => roles,
    })
}

/// The link, or why there is none.
pub fn link(lang: Lang, inv: &Invitation) -> String {
    inv.url().unwrap_or_else(|| t!(lang, "render-no-link"))
}

/// A status as people read it: "active", "used up".
fn status_text(lang: Lang, status: Status) -> String {
    match status {
        Status::Active => t!(lang, "render-status-active"),
        Status::Revoked => t!(lang, "render-status-revoked"),
        Status::Expired => t!(lang, "render-status-expired"),
        Status::UsedUp => t!(lang, "render-status-used-up"),
    }
}

/// The reply to the moderator who created an invitation.
pub fn created(lang: Lang, inv: &Invitation, now: Timestamp) -> serenity::CreateEmbed {
    let code = inv.code.to_string();
    let description = match inv.recipient {
        Some(user) => t!(
            lang,
            "render-created-personal",
            user = format!("<@{user}>"),
            code = code
        ),
        None => t!(lang, "render-created-shared", code = code),
    };
    let mut embed = serenity::CreateEmbed::new()
        .title(t!(lang, "render-created-title"))
        .colour(GREEN)
        .description(description);
    if let Some(user) = inv.recipient {
        embed = embed.field(t!(lang, "render-field-for"), format!("<@{user}>"), true);
    }
    embed
        .field(
            t!(lang, "render-field-code"),
            format!("`{}`", inv.code),
            true,
        )
        .field(t!(lang, "render-field-link"), link(lang, inv), true)
        .field(t!(lang, "render-field-label"), label(lang, inv), true)
        .field(t!(lang, "render-field-uses"), uses(lang, inv), true)
        .field(
            t!(lang, "render-field-expires"),
            expiry(lang, inv, now),
            true,
        )
        .fields(roles_field(lang, inv, now))
}

/// The "Roles" field of an invitation with extra roles: the member role and them.
fn roles_field(lang: Lang, inv: &Invitation, now: Timestamp) -> Option<(String, String, bool)> {
    extra_roles(lang, inv, now).map(|extra| {
        (
            t!(lang, "render-field-roles"),
            t!(lang, "render-roles-value", extra = extra),
            false,
        )
    })
}

/// The DM sent to someone invited by a moderator. `class_roles` are the names of the class
/// roles a join gets now (role mentions do not show in DMs).
pub fn dm(
    lang: Lang,
    inv: &Invitation,
    school_name: &str,
    inviter: serenity::UserId,
    class_roles: &[String],
) -> serenity::CreateEmbed {
    let code = inv.code.to_string();
    let how = match inv.url() {
        Some(url) => t!(lang, "render-dm-how-link", url = url, code = code),
        None => t!(lang, "render-dm-how-code", code = code),
    };
    let mut intro = t!(
        lang,
        "render-dm-intro",
        inviter = format!("<@{inviter}>"),
        school = plain(school_name)
    );
    if inv.recipient.is_some() {
        intro.push(' ');
        intro.push_str(&t!(lang, "render-dm-personal"));
    }
    if let Some(roles) = dm_roles(lang, inv, class_roles) {
        intro.push(' ');
        intro.push_str(&roles);
    }
    serenity::CreateEmbed::new()
        .title(t!(lang, "render-dm-title", school = plain(school_name)))
        .colour(BLUE)
        .description(format!("{intro}\n\n{how}"))
        .field(
            t!(lang, "render-field-invite-code"),
            format!("`{}`", inv.code),
            true,
        )
        .field(t!(lang, "render-field-invite-link"), link(lang, inv), true)
}

/// "It also gives you the **Year 7** role (until …)." for a DM; `None` without class roles.
fn dm_roles(lang: Lang, inv: &Invitation, names: &[String]) -> Option<String> {
    let names: Vec<String> = names.iter().map(|n| format!("**{}**", plain(n))).collect();
    let (last, rest) = names.split_last()?;
    let roles = match rest {
        [] => last.clone(),
        _ => t!(
            lang,
            "render-list-and",
            rest = rest.join(", "),
            last = last.clone()
        ),
    };
    Some(match inv.roles_until {
        Some(at) => t!(
            lang,
            "render-dm-roles-until",
            count = names.len(),
            roles = roles,
            until = full(at)
        ),
        None => t!(lang, "render-dm-roles", count = names.len(), roles = roles),
    })
}

/// A channel post of an invitation; its Join button comes from [`join_button`].
pub fn post(
    lang: Lang,
    inv: &Invitation,
    school_name: &str,
    poster: serenity::UserId,
    now: Timestamp,
) -> serenity::CreateEmbed {
    let how = t!(lang, "render-post-how", code = inv.code.to_string());
    let shared = t!(lang, "render-post-shared", poster = format!("<@{poster}>"));
    serenity::CreateEmbed::new()
        .title(t!(lang, "render-post-title", school = plain(school_name)))
        .colour(BLUE)
        .description(format!("{how}\n\n{shared}"))
        .field(
            t!(lang, "render-field-invite-code"),
            format!("`{}`", inv.code),
            true,
        )
        .field(t!(lang, "render-field-invite-link"), link(lang, inv), true)
        .field(
            t!(lang, "render-field-expires"),
            expiry(lang, inv, now),
            true,
        )
        .fields(roles_field(lang, inv, now))
}

/// The custom id of an invitation's Join button.
pub fn join_button_id(inv: &Invitation) -> String {
    format!("{JOIN_BUTTON_PREFIX}{}", inv.code.as_str())
}

/// Custom ids of Join buttons start with this; the code follows.
pub const JOIN_BUTTON_PREFIX: &str = "porter:join:";

/// The row with the Join button of a channel post.
pub fn join_button(lang: Lang, inv: &Invitation) -> serenity::CreateActionRow {
    serenity::CreateActionRow::Buttons(vec![serenity::CreateButton::new(join_button_id(inv))
        .label(t!(lang, "render-join-button"))
        .style(serenity::ButtonStyle::Success)])
}

/// A channel post of an ended invitation: why it ended and what to do instead.
pub fn closed_post(lang: Lang, inv: &Invitation, now: Timestamp) -> serenity::CreateEmbed {
    let why = match inv.status(now) {
        Status::Revoked => t!(
            lang,
            "render-closed-revoked",
            when = relative(inv.revoked_at.unwrap_or(now))
        ),
        Status::Expired => t!(
            lang,
            "render-closed-expired",
            when = relative(inv.expires_at.unwrap_or(now))
        ),
        Status::UsedUp => t!(lang, "render-closed-used-up", uses = uses(lang, inv)),
        Status::Active => t!(lang, "render-closed-active"),
    };
    serenity::CreateEmbed::new()
        .title(t!(lang, "render-closed-title", label = label(lang, inv)))
        .colour(GREY)
        .description(t!(lang, "render-closed-body", why = why))
}

/// The disabled Join button of an ended invitation's post, naming why.
pub fn closed_join_button(
    lang: Lang,
    inv: &Invitation,
    now: Timestamp,
) -> serenity::CreateActionRow {
    let status = status_text(lang, inv.status(now));
    serenity::CreateActionRow::Buttons(vec![serenity::CreateButton::new(join_button_id(inv))
        .label(t!(lang, "render-join-closed", status = status))
        .style(serenity::ButtonStyle::Secondary)
        .disabled(true)])
}

/// One line of `/invite list`.
fn list_line(lang: Lang, inv: &Invitation, now: Timestamp) -> String {
    let status = inv.status(now);
    let mut line = t!(
        lang,
        "list-line",
        code = inv.code.to_string(),
        label = label_for(lang, inv),
        creator = format!("<@{}>", inv.created_by),
        uses = uses_text(lang, inv)
    );
    if let (Status::Active, Some(at)) = (status, inv.expires_at) {
        line.push_str(" · ");
        line.push_str(&t!(lang, "list-expires", when = relative(at)));
    }
    if let Some(roles) = extra_roles(lang, inv, now) {
        line.push_str(" · ");
        line.push_str(&t!(lang, "list-also", roles = roles));
    }
    if status != Status::Active {
        line.push_str(&format!(" · **{}**", status_text(lang, status)));
    }
    line
}

/// A number as people read it: "5,000".
pub fn number(lang: Lang, n: u64) -> String {
    crate::i18n::number(lang, n)
}

/// Which list a page is of, for [`position`].
#[derive(Clone, Copy)]
enum Listed {
    Invitations,
    Joins,
}

/// Where a page shown from `start` stands in its list, "Joins 11–20 of 5,000", when the
/// list has more than that page.
fn position<T>(lang: Lang, what: Listed, page: &Page<T>, start: u64) -> Option<String> {
    (page.has_previous || page.has_next).then(|| {
        let from = number(lang, start + 1);
        let to = number(lang, start + page.items.len() as u64);
        let total = number(lang, page.total);
        match what {
            Listed::Invitations => t!(
                lang,
                "list-position-invitations",
                from = from,
                to = to,
                total = total
            ),
            Listed::Joins => t!(
                lang,
                "list-position-joins",
                from = from,
                to = to,
                total = total
            ),
        }
    })
}

/// The last line of a list cut short: "…and 3 more.".
fn more(lang: Lang) -> impl Fn(usize) -> String {
    move |n| t!(lang, "list-more", count = n)
}

/// `/invite list`: a page of invitations, the first shown at `start` in the list.
pub fn list(
    lang: Lang,
    page: &Page<Invitation>,
    start: u64,
    include_inactive: bool,
    now: Timestamp,
) -> serenity::CreateEmbed {
    let count = number(lang, page.total);
    let title = if include_inactive {
        t!(lang, "list-title-all", count = count)
    } else {
        t!(lang, "list-title-active", count = count)
    };
    let description = if !page.items.is_empty() {
        let lines: Vec<String> = page.items.iter().map(|i| list_line(lang, i, now)).collect();
        fit_lines(&lines, DESCRIPTION_LIMIT, more(lang))
    } else if include_inactive {
        t!(lang, "list-empty-all")
    } else {
        t!(lang, "list-empty-active")
    };
    let mut embed = serenity::CreateEmbed::new()
        .title(title)
        .colour(BLUE)
        .description(description);
    if let Some(position) = position(lang, Listed::Invitations, page, start) {
        embed = embed.footer(serenity::CreateEmbedFooter::new(position));
    }
    embed
}

/// How someone joined, for `/invite info`.
fn how_text(lang: Lang, method: JoinMethod) -> String {
    match method {
        JoinMethod::Code => t!(lang, "render-how-code"),
        JoinMethod::Button => t!(lang, "render-how-button"),
        JoinMethod::Link => t!(lang, "render-how-link"),
        JoinMethod::Public => t!(lang, "render-how-public"),
        JoinMethod::Unattributed => t!(lang, "render-how-unattributed"),
    }
}

/// The invitation's status for `/invite info`: "revoked 2 days ago by @mod", "active".
fn details_status(lang: Lang, inv: &Invitation, now: Timestamp) -> String {
    match inv.status(now) {
        Status::Revoked => {
            let when = relative(inv.revoked_at.unwrap_or(now));
            match inv.revoked_by {
                Some(u) => t!(
                    lang,
                    "render-revoked-when-by",
                    when = when,
                    user = format!("<@{u}>")
                ),
                None => t!(lang, "render-revoked-when", when = when),
            }
        }
        other => status_text(lang, other),
    }
}

/// `/invite info`: the invitation and a page of who joined through it, the first shown at
/// `start` in the list.
pub fn details(
    lang: Lang,
    d: &InvitationDetails,
    start: u64,
    now: Timestamp,
) -> serenity::CreateEmbed {
    let inv = &d.invitation;
    // Newest first, one page: ten lines fit in one field.
    let lines: Vec<String> = d
        .joins
        .items
        .iter()
        .map(|j| {
            let presence = match (j.left_at, j.back_at) {
                (Some(left), _) => {
                    format!(" · {}", t!(lang, "render-join-left", when = relative(left)))
                }
                (None, Some(back)) => {
                    format!(" · {}", t!(lang, "render-join-back", when = relative(back)))
                }
                (None, None) => String::new(),
            };
            format!(
                "<@{}> · {} · {}{presence}",
                j.user_id,
                how_text(lang, j.method),
                full(j.joined_at)
            )
        })
        .collect();
    let mut joins = fit_lines(&lines, FIELD_LIMIT, more(lang));
    if joins.is_empty() {
        joins = t!(lang, "render-nobody-yet");
    }
    let mut embed = serenity::CreateEmbed::new()
        .title(t!(lang, "render-details-title", label = label(lang, inv)))
        .colour(if inv.status(now) == Status::Active {
            GREEN
        } else {
            GREY
        });
    if let Some(user) = inv.recipient {
        embed = embed.field(
            t!(lang, "render-field-for"),
            t!(lang, "render-for-personal", user = format!("<@{user}>")),
            true,
        );
    }
    let created = t!(
        lang,
        "render-created-by",
        when = full(inv.created_at),
        user = format!("<@{}>", inv.created_by)
    );
    embed = embed
        .field(
            t!(lang, "render-field-code"),
            format!("`{}`", inv.code),
            true,
        )
        .field(t!(lang, "render-field-link"), link(lang, inv), true)
        .field(
            t!(lang, "render-field-status"),
            details_status(lang, inv, now),
            true,
        )
        .field(t!(lang, "render-field-created"), created, true)
        .field(t!(lang, "render-field-uses"), uses(lang, inv), true)
        .field(
            t!(lang, "render-field-expires"),
            expiry(lang, inv, now),
            true,
        )
        .fields(roles_field(lang, inv, now))
        .field(joined_title(lang, d.joined, d.maybe_joined), joins, false);
    if let Some(position) = position(lang, Listed::Joins, &d.joins, start) {
        embed = embed.footer(serenity::CreateEmbedFooter::new(position));
    }
    embed
}

/// "Joined through it (3)", with those who may have (arrivals that could not be told
/// apart) shown separately.
fn joined_title(lang: Lang, sure: u64, maybe: u64) -> String {
    match maybe {
        0 => t!(lang, "render-joined", count = number(lang, sure)),
        _ => t!(
            lang,
            "render-joined-maybe",
            count = number(lang, sure),
            maybe = number(lang, maybe)
        ),
    }
}

/// `/school info`.
pub fn school_info(lang: Lang, info: &SchoolInfo, name: &str) -> serenity::CreateEmbed {
    let s = &info.school;
    // Counts are never negative.
    let count = |n: i64| number(lang, u64::try_from(n).unwrap_or_default());
    serenity::CreateEmbed::new()
        .title(t!(lang, "render-school-title", name = plain(name)))
        .colour(BLUE)
        .field(
            t!(lang, "render-field-member-role"),
            format!("<@&{}>", s.member_role_id),
            true,
        )
        .field(t!(lang, "render-field-access"), access_text(lang, s), true)
        .field(
            t!(lang, "render-field-welcome-channel"),
            channel_or(
                s.welcome_channel_id,
                t!(lang, "render-welcome-channel-default"),
            ),
            true,
        )
        .field(
            t!(lang, "render-field-log-channel"),
            channel_or(s.log_channel_id, t!(lang, "render-none")),
            true,
        )
        .field(
            t!(lang, "render-field-members-joined"),
            count(info.members_joined),
            true,
        )
        .field(
            t!(lang, "render-field-joins-week"),
            count(info.joins_last_week),
            true,
        )
        .field(
            t!(lang, "render-field-left-week"),
            count(info.leaves_last_week),
            true,
        )
        .field(
            t!(lang, "render-field-active-invitations"),
            count(info.active_invitations),
            true,
        )
        .field(
            t!(lang, "render-field-class-roles"),
            class_roles_text(lang, &info.class_roles),
            false,
        )
        .field(
            t!(lang, "render-field-joining"),
            joining_text(lang, s, info.paused),
            false,
        )
        .field(
            t!(lang, "render-field-welcome-message"),
            welcome_text(lang, s),
            false,
        )
}

/// Whether joining is paused, by whom and until when, for `/school info`.
pub fn joining_text(lang: Lang, s: &School, paused: bool) -> String {
    if !paused {
        return t!(lang, "render-joining-open");
    }
    let by = s.paused_by.map(|by| format!("<@{by}>"));
    match (s.paused_until, by) {
        (Some(until), Some(user)) => t!(
            lang,
            "render-paused-by-until",
            user = user,
            until = full(until),
            when = relative(until)
        ),
        (Some(until), None) => t!(
            lang,
            "render-paused-until",
            until = full(until),
            when = relative(until)
        ),
        (None, Some(user)) => t!(lang, "render-paused-by-resume", user = user),
        (None, None) => t!(lang, "render-paused-resume"),
    }
}

/// The welcome message as set, for `/school info`.
fn welcome_text(lang: Lang, s: &School) -> String {
    match &s.welcome_message {
        Some(text) => format!("`{}`", inline(text, 300)),
        None => t!(lang, "render-welcome-none"),
    }
}

/// The school's class roles for `/school info`: "<@&1>, <@&2>", or how to add one.
fn class_roles_text(lang: Lang, roles: &[RoleId]) -> String {
    if roles.is_empty() {
        return t!(lang, "render-class-roles-none");
    }
    let roles: Vec<String> = roles.iter().map(|r| format!("<@&{r}>")).collect();
    roles.join(", ")
}

/// The school's settings after `/school setup`.
pub fn school_settings(lang: Lang, school: &School, created: bool) -> serenity::CreateEmbed {
    serenity::CreateEmbed::new()
        .title(if created {
            t!(lang, "render-school-set-up")
        } else {
            t!(lang, "render-school-updated")
        })
        .colour(GREEN)
        .field(
            t!(lang, "render-field-member-role"),
            format!("<@&{}>", school.member_role_id),
            true,
        )
        .field(
            t!(lang, "render-field-access"),
            access_text(lang, school),
            true,
        )
        .field(
            t!(lang, "render-field-welcome-channel"),
            channel_or(school.welcome_channel_id, t!(lang, "render-not-set")),
            true,
        )
        .field(
            t!(lang, "render-field-log-channel"),
            channel_or(school.log_channel_id, t!(lang, "render-not-set")),
            true,
        )
        .field(
            t!(lang, "render-field-welcome-message"),
            welcome_text(lang, school),
            false,
        )
}

fn access_text(lang: Lang, school: &School) -> String {
    match school.access {
        crate::domain::Access::Private => t!(lang, "render-access-private"),
        crate::domain::Access::Public => t!(lang, "render-access-public"),
    }
}

fn channel_or(channel: Option<crate::domain::ChannelId>, otherwise: String) -> String {
    channel.map_or(otherwise, |c| format!("<#{c}>"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_text_cannot_break_out_of_code_spans() {
        assert_eq!(inline("a`b\nc", 10), "a'b'c");
        assert_eq!(inline("abcdef", 3), "abc…");
    }

    #[test]
    fn inline_text_is_cut_between_graphemes_within_the_limit() {
        let family = "👨\u{200D}👩\u{200D}👧\u{200D}👦"; // 7 chars, one grapheme
        let flag = "🇩🇪"; // 2 chars
        let accented = "e\u{0301}\u{0323}"; // 3 chars
        for (text, max, cut) in [
            (format!("ab{family}"), 8, "ab…".to_owned()),
            (format!("ab{family}"), 9, format!("ab{family}")),
            (
                format!("{family}{family}x"),
                14,
                format!("{family}{family}…"),
            ),
            (format!("{flag}{flag}{flag}"), 5, format!("{flag}{flag}…")),
            (format!("{flag}{flag}{flag}"), 3, format!("{flag}…")),
            (format!("{accented}{accented}"), 5, format!("{accented}…")),
            (format!("x{accented}"), 2, "x…".to_owned()),
        ] {
            let got = inline(&text, max);
            assert_eq!(got, cut, "{text:?} to {max}");
            assert!(got.chars().count() <= max + 1, "{got:?}");
        }
    }

    #[test]
    fn numbers_read_in_thousands() {
        for (n, text) in [
            (0, "0"),
            (999, "999"),
            (1_000, "1,000"),
            (51_000, "51,000"),
            (1_234_567, "1,234,567"),
        ] {
            assert_eq!(number(Lang::ENGLISH, n), text);
        }
    }

    #[test]
    fn plain_text_cannot_mention_or_format() {
        assert_eq!(plain("@everyone **x**"), "\\@everyone \\*\\*x\\*\\*");
        assert_eq!(plain("<@&1>"), "\\<\\@&1\\>");
    }

    #[test]
    fn lines_fit_within_the_limit_with_a_count_of_the_rest() {
        let more = |n: usize| format!("+{n}");
        let lines: Vec<String> = (0..5).map(|i| format!("line{i}")).collect();
        assert_eq!(fit_lines(&lines, 100, more), lines.join("\n"));
        let cut = fit_lines(&lines, 20, more);
        assert_eq!(cut, "line0\nline1\nline2\n+2");
        assert!(cut.chars().count() <= 20);
        assert_eq!(fit_lines(&lines, 3, more), "+5");
        assert_eq!(fit_lines(&[], 10, more), "");
    }

    #[test]
    fn lines_are_counted_in_code_points_and_never_cut() {
        // Discord counts code points: a family emoji is 7, a flag 2.
        let family = "👨\u{200D}👩\u{200D}👧\u{200D}👦".to_owned();
        let flags = "🇩🇪🇫🇷".to_owned();
        let lines = vec![family.clone(), flags.clone(), "e\u{0301}".to_owned()];
        let more = |n: usize| format!("+{n}");
        assert_eq!(fit_lines(&lines, 20, more), lines.join("\n"));
        let cut = fit_lines(&lines, 17, more);
        assert_eq!(cut, format!("{family}\n{flags}\n+1"));
        assert_eq!(cut.chars().count(), 15);
        assert_eq!(fit_lines(&lines, 14, more), format!("{family}\n+2"));
        assert_eq!(fit_lines(&lines, 10, more), "+3");
    }
}
