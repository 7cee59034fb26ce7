//! How Porter's replies, DMs and posts look.

use poise::serenity_prelude as serenity;
use unicode_segmentation::UnicodeSegmentation as _;

use crate::domain::{
    Invitation, InvitationDetails, JoinMethod, Page, RoleId, School, SchoolInfo, Status, Timestamp,
};

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
pub fn label(_lang: crate::i18n::Lang, inv: &Invitation) -> String {
    inv.label.as_deref().map_or_else(
        || format!("invitation #{}", inv.id),
        |l| format!("“{}”", plain(l)),
    )
}

/// The invitation's label, followed by whom it is for when it is personal:
/// "“Year 7” for @person".
pub fn label_for(_lang: crate::i18n::Lang, inv: &Invitation) -> String {
    match inv.recipient {
        Some(user) => format!("{} for <@{user}>", label(crate::i18n::Lang::ENGLISH, inv)),
        None => label(crate::i18n::Lang::ENGLISH, inv),
    }
}

/// "3 of 10 uses", "1 use (no limit)": [`uses`] in a sentence.
pub fn uses_text(_lang: crate::i18n::Lang, inv: &Invitation) -> String {
    let noun = |n: u32| if n == 1 { "use" } else { "uses" };
    match inv.max_uses {
        Some(max) => format!("{} of {max} {}", inv.uses, noun(max)),
        None => format!("{} {} (no limit)", inv.uses, noun(inv.uses)),
    }
}

/// "3/10" or "3 (no limit)".
pub fn uses(_lang: crate::i18n::Lang, inv: &Invitation) -> String {
    match inv.max_uses {
        Some(max) => format!("{}/{max}", inv.uses),
        None => format!("{} (no limit)", inv.uses),
    }
}

/// "in 3 days", "expired 2 hours ago" or "never".
pub fn expiry(_lang: crate::i18n::Lang, inv: &Invitation, now: Timestamp) -> String {
    match inv.expires_at {
        Some(at) if at <= now => format!("expired {}", relative(at)),
        Some(at) => relative(at),
        None => "never".to_owned(),
    }
}

/// The extra roles an invitation gives besides the member role, with when they end:
/// "<@&1>, <@&2> until <t:…:f>"; `None` when it gives none.
pub fn extra_roles(_lang: crate::i18n::Lang, inv: &Invitation, now: Timestamp) -> Option<String> {
    if inv.roles.is_empty() {
        return None;
    }
    let roles: Vec<String> = inv.roles.iter().map(|r| format!("<@&{r}>")).collect();
    let roles = roles.join(", ");
    Some(match inv.roles_until {
        Some(at) if at <= now => format!("{roles} (ended {}, taken back)", relative(at)),
        Some(at) => format!("{roles} until {}", full(at)),
        None => roles,
    })
}

/// The link, or why there is none.
pub fn link(inv: &Invitation) -> String {
    inv.url()
        .unwrap_or_else(|| "none (the Discord invite is gone)".to_owned())
}

/// The reply to the moderator who created an invitation.
pub fn created(
    _lang: crate::i18n::Lang,
    inv: &Invitation,
    now: Timestamp,
) -> serenity::CreateEmbed {
    let description = match inv.recipient {
        Some(user) => format!(
            "A personal invitation: only <@{user}> can use its code or link, once. If they \
             are already in the server they join with `/join code:{code}`; they can also \
             send that to Porter in a DM.",
            code = inv.code
        ),
        None => format!(
            "Share the link or the code. Someone already in the server joins with \
             `/join code:{code}`; anyone can also send that to Porter in a DM.",
            code = inv.code
        ),
    };
    let mut embed = serenity::CreateEmbed::new()
        .title("Invitation created")
        .colour(GREEN)
        .description(description);
    if let Some(user) = inv.recipient {
        embed = embed.field("For", format!("<@{user}>"), true);
    }
    embed
        .field("Code", format!("`{}`", inv.code), true)
        .field("Link", link(inv), true)
        .field("Label", label(crate::i18n::Lang::ENGLISH, inv), true)
        .field("Uses", uses(crate::i18n::Lang::ENGLISH, inv), true)
        .field(
            "Expires",
            expiry(crate::i18n::Lang::ENGLISH, inv, now),
            true,
        )
        .fields(roles_field(inv, now))
}

/// The "Roles" field of an invitation with extra roles: the member role and them.
fn roles_field(inv: &Invitation, now: Timestamp) -> Option<(&'static str, String, bool)> {
    extra_roles(crate::i18n::Lang::ENGLISH, inv, now)
        .map(|extra| ("Roles", format!("the member role, and {extra}"), false))
}

/// The DM sent to someone invited by a moderator. `class_roles` are the names of the class
/// roles a join gets now (role mentions do not show in DMs).
pub fn dm(
    _lang: crate::i18n::Lang,
    inv: &Invitation,
    school_name: &str,
    inviter: serenity::UserId,
    class_roles: &[String],
) -> serenity::CreateEmbed {
    let how = match inv.url() {
        Some(url) => format!(
            "Open {url} to join, or if you are already in the server, use `/join code:{code}` there or here.",
            code = inv.code
        ),
        None => format!("Use `/join code:{}` in the server or here.", inv.code),
    };
    serenity::CreateEmbed::new()
        .title(format!("You're invited to {}", plain(school_name)))
        .colour(BLUE)
        .description(format!(
            "<@{inviter}> invited you to join **{}**.{}{}\n\n{how}",
            plain(school_name),
            if inv.recipient.is_some() {
                " This invitation is for you alone: its code and link work only for you."
            } else {
                ""
            },
            dm_roles(inv, class_roles)
        ))
        .field("Invite code", format!("`{}`", inv.code), true)
        .field("Invite link", link(inv), true)
}

/// " It also gives you the **Year 7** role (until …)." for a DM; empty without class roles.
fn dm_roles(inv: &Invitation, names: &[String]) -> String {
    let names: Vec<String> = names.iter().map(|n| format!("**{}**", plain(n))).collect();
    let (last, rest) = match names.split_last() {
        None => return String::new(),
        Some(split) => split,
    };
    let roles = match rest {
        [] => format!("the {last} role"),
        _ => format!("the {} and {last} roles", rest.join(", ")),
    };
    let until = inv
        .roles_until
        .map(|at| format!(", until {}", full(at)))
        .unwrap_or_default();
    format!(" It also gives you {roles}{until}.")
}

/// A channel post of an invitation; its Join button comes from [`join_button`].
pub fn post(
    _lang: crate::i18n::Lang,
    inv: &Invitation,
    school_name: &str,
    poster: serenity::UserId,
    now: Timestamp,
) -> serenity::CreateEmbed {
    serenity::CreateEmbed::new()
        .title(format!("Join {}", plain(school_name)))
        .colour(BLUE)
        .description(format!(
            "Press **Join** below to get the member role, or use `/join code:{code}`. \
             Not in the server yet? Open the link.\n\nShared by <@{poster}>.",
            code = inv.code
        ))
        .field("Invite code", format!("`{}`", inv.code), true)
        .field("Invite link", link(inv), true)
        .field(
            "Expires",
            expiry(crate::i18n::Lang::ENGLISH, inv, now),
            true,
        )
        .fields(roles_field(inv, now))
}

/// The custom id of an invitation's Join button.
pub fn join_button_id(inv: &Invitation) -> String {
    format!("{JOIN_BUTTON_PREFIX}{}", inv.code.as_str())
}

/// Custom ids of Join buttons start with this; the code follows.
pub const JOIN_BUTTON_PREFIX: &str = "porter:join:";

/// The row with the Join button of a channel post.
pub fn join_button(_lang: crate::i18n::Lang, inv: &Invitation) -> serenity::CreateActionRow {
    serenity::CreateActionRow::Buttons(vec![serenity::CreateButton::new(join_button_id(inv))
        .label("Join")
        .style(serenity::ButtonStyle::Success)])
}

/// A channel post of an ended invitation: why it ended and what to do instead.
pub fn closed_post(
    _lang: crate::i18n::Lang,
    inv: &Invitation,
    now: Timestamp,
) -> serenity::CreateEmbed {
    let why = match inv.status(now) {
        Status::Revoked => format!(
            "This invitation was revoked {}.",
            relative(inv.revoked_at.unwrap_or(now))
        ),
        Status::Expired => format!(
            "This invitation expired {}.",
            relative(inv.expires_at.unwrap_or(now))
        ),
        Status::UsedUp => format!(
            "This invitation has been used up ({}).",
            uses(crate::i18n::Lang::ENGLISH, inv)
        ),
        Status::Active => "This invitation still works.".to_owned(),
    };
    serenity::CreateEmbed::new()
        .title(format!(
            "Invitation {} has ended",
            label(crate::i18n::Lang::ENGLISH, inv)
        ))
        .colour(GREY)
        .description(format!(
            "{why} Its code and link no longer let anyone in; ask a moderator for a new \
             invitation."
        ))
}

/// The disabled Join button of an ended invitation's post, naming why.
pub fn closed_join_button(
    _lang: crate::i18n::Lang,
    inv: &Invitation,
    now: Timestamp,
) -> serenity::CreateActionRow {
    serenity::CreateActionRow::Buttons(vec![serenity::CreateButton::new(join_button_id(inv))
        .label(format!("Join ({})", inv.status(now).as_str()))
        .style(serenity::ButtonStyle::Secondary)
        .disabled(true)])
}

/// One line of `/invite list`.
fn list_line(inv: &Invitation, now: Timestamp) -> String {
    let status = inv.status(now);
    let state = if status == Status::Active {
        String::new()
    } else {
        format!(" · **{}**", status.as_str())
    };
    let expires = match (status, inv.expires_at) {
        (Status::Active, Some(at)) => format!(" · expires {}", relative(at)),
        _ => String::new(),
    };
    let roles = extra_roles(crate::i18n::Lang::ENGLISH, inv, now)
        .map(|r| format!(" · also {r}"))
        .unwrap_or_default();
    format!(
        "`{}` {} · by <@{}> · {}{expires}{roles}{state}",
        inv.code,
        label_for(crate::i18n::Lang::ENGLISH, inv),
        inv.created_by,
        uses_text(crate::i18n::Lang::ENGLISH, inv)
    )
}

/// A number as people read it: "5,000".
pub fn number(_lang: crate::i18n::Lang, n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

/// Where a page shown from `start` stands in its list, "Joins 11–20 of 5,000", when the
/// list has more than that page.
fn position<T>(what: &str, page: &Page<T>, start: u64) -> Option<String> {
    (page.has_previous || page.has_next).then(|| {
        format!(
            "{what} {}–{} of {}",
            number(crate::i18n::Lang::ENGLISH, start + 1),
            number(crate::i18n::Lang::ENGLISH, start + page.items.len() as u64),
            number(crate::i18n::Lang::ENGLISH, page.total)
        )
    })
}

/// `/invite list`: a page of invitations, the first shown at `start` in the list.
pub fn list(
    _lang: crate::i18n::Lang,
    page: &Page<Invitation>,
    start: u64,
    include_inactive: bool,
    now: Timestamp,
) -> serenity::CreateEmbed {
    let title = if include_inactive {
        "Invitations"
    } else {
        "Active invitations"
    };
    let description = if !page.items.is_empty() {
        let lines: Vec<String> = page.items.iter().map(|i| list_line(i, now)).collect();
        fit_lines(&lines, DESCRIPTION_LIMIT, |n| format!("…and {n} more."))
    } else if include_inactive {
        "No invitations yet. Create one with `/invite create`.".to_owned()
    } else {
        "No active invitations. Create one with `/invite create`, or add \
         `include_inactive:True` to see revoked, expired and used-up ones."
            .to_owned()
    };
    let mut embed = serenity::CreateEmbed::new()
        .title(format!(
            "{title} ({})",
            number(crate::i18n::Lang::ENGLISH, page.total)
        ))
        .colour(BLUE)
        .description(description);
    if let Some(position) = position("Invitations", page, start) {
        embed = embed.footer(serenity::CreateEmbedFooter::new(position));
    }
    embed
}

/// `/invite info`: the invitation and a page of who joined through it, the first shown at
/// `start` in the list.
pub fn details(
    _lang: crate::i18n::Lang,
    d: &InvitationDetails,
    start: u64,
    now: Timestamp,
) -> serenity::CreateEmbed {
    let inv = &d.invitation;
    let status = match inv.status(now) {
        Status::Revoked => format!(
            "revoked {}{}",
            relative(inv.revoked_at.unwrap_or(now)),
            inv.revoked_by
                .map(|u| format!(" by <@{u}>"))
                .unwrap_or_default()
        ),
        other => other.as_str().to_owned(),
    };
    // Newest first, one page: ten lines fit in one field.
    let lines: Vec<String> = d
        .joins
        .items
        .iter()
        .map(|j| {
            let how = match j.method {
                JoinMethod::Code => "code",
                JoinMethod::Button => "Join button",
                JoinMethod::Link => "link",
                JoinMethod::Public => "public",
                JoinMethod::Unattributed => "link? (one of several used at once)",
            };
            let presence = match (j.left_at, j.back_at) {
                (Some(left), _) => format!(" · **left** {}", relative(left)),
                (None, Some(back)) => format!(" · back {}", relative(back)),
                (None, None) => String::new(),
            };
            format!("<@{}> · {how} · {}{presence}", j.user_id, full(j.joined_at))
        })
        .collect();
    let mut joins = fit_lines(&lines, FIELD_LIMIT, |n| format!("…and {n} more."));
    if joins.is_empty() {
        joins = "Nobody yet.".to_owned();
    }
    let mut embed = serenity::CreateEmbed::new()
        .title(format!(
            "Invitation {}",
            label(crate::i18n::Lang::ENGLISH, inv)
        ))
        .colour(if inv.status(now) == Status::Active {
            GREEN
        } else {
            GREY
        });
    if let Some(user) = inv.recipient {
        embed = embed.field("For", format!("<@{user}> (personal)"), true);
    }
    embed = embed
        .field("Code", format!("`{}`", inv.code), true)
        .field("Link", link(inv), true)
        .field("Status", status, true)
        .field(
            "Created",
            format!("{} by <@{}>", full(inv.created_at), inv.created_by),
            true,
        )
        .field("Uses", uses(crate::i18n::Lang::ENGLISH, inv), true)
        .field(
            "Expires",
            expiry(crate::i18n::Lang::ENGLISH, inv, now),
            true,
        )
        .fields(roles_field(inv, now))
        .field(joined_title(d.joined, d.maybe_joined), joins, false);
    if let Some(position) = position("Joins", &d.joins, start) {
        embed = embed.footer(serenity::CreateEmbedFooter::new(position));
    }
    embed
}

/// "Joined through it (3)", with those who may have (arrivals that could not be told
/// apart) shown separately.
fn joined_title(sure: u64, maybe: u64) -> String {
    match maybe {
        0 => format!(
            "Joined through it ({})",
            number(crate::i18n::Lang::ENGLISH, sure)
        ),
        _ => format!(
            "Joined through it ({}, and {} who may have)",
            number(crate::i18n::Lang::ENGLISH, sure),
            number(crate::i18n::Lang::ENGLISH, maybe)
        ),
    }
}

/// `/school info`.
pub fn school_info(
    _lang: crate::i18n::Lang,
    info: &SchoolInfo,
    name: &str,
) -> serenity::CreateEmbed {
    let s = &info.school;
    serenity::CreateEmbed::new()
        .title(format!("School: {}", plain(name)))
        .colour(BLUE)
        .field("Member role", format!("<@&{}>", s.member_role_id), true)
        .field("Access", access_text(s), true)
        .field(
            "Welcome channel",
            channel_or(
                s.welcome_channel_id,
                "system channel, or the first Porter may invite to",
            ),
            true,
        )
        .field("Log channel", channel_or(s.log_channel_id, "none"), true)
        .field("Members joined", info.members_joined.to_string(), true)
        .field(
            "Joins in the last 7 days",
            info.joins_last_week.to_string(),
            true,
        )
        .field(
            "Left in the last 7 days",
            info.leaves_last_week.to_string(),
            true,
        )
        .field(
            "Active invitations",
            info.active_invitations.to_string(),
            true,
        )
        .field("Class roles", class_roles_text(&info.class_roles), false)
        .field(
            "Joining",
            joining_text(crate::i18n::Lang::ENGLISH, s, info.paused),
            false,
        )
        .field("Welcome message", welcome_text(s), false)
}

/// Whether joining is paused, by whom and until when, for `/school info`.
pub fn joining_text(_lang: crate::i18n::Lang, s: &School, paused: bool) -> String {
    if !paused {
        return "open (stop every way in with `/school pause`)".to_owned();
    }
    let by = s
        .paused_by
        .map_or_else(String::new, |by| format!(" by <@{by}>"));
    match s.paused_until {
        Some(until) => format!("⏸️ paused{by} until {} ({})", full(until), relative(until)),
        None => format!("⏸️ paused{by} until `/school resume`"),
    }
}

/// The welcome message as set, for `/school info`.
fn welcome_text(s: &School) -> String {
    match &s.welcome_message {
        Some(text) => format!("`{}`", inline(text, 300)),
        None => "none (set one with `/school setup welcome_message:`)".to_owned(),
    }
}

/// The school's class roles for `/school info`: "<@&1>, <@&2>", or how to add one.
fn class_roles_text(roles: &[RoleId]) -> String {
    if roles.is_empty() {
        return "none (add them with `/school roles add`)".to_owned();
    }
    let roles: Vec<String> = roles.iter().map(|r| format!("<@&{r}>")).collect();
    roles.join(", ")
}

/// The school's settings after `/school setup`.
pub fn school_settings(
    _lang: crate::i18n::Lang,
    school: &School,
    created: bool,
) -> serenity::CreateEmbed {
    serenity::CreateEmbed::new()
        .title(if created {
            "School set up"
        } else {
            "School updated"
        })
        .colour(GREEN)
        .field(
            "Member role",
            format!("<@&{}>", school.member_role_id),
            true,
        )
        .field("Access", access_text(school), true)
        .field(
            "Welcome channel",
            channel_or(school.welcome_channel_id, "not set"),
            true,
        )
        .field(
            "Log channel",
            channel_or(school.log_channel_id, "not set"),
            true,
        )
        .field("Welcome message", welcome_text(school), false)
}

fn access_text(school: &School) -> String {
    match school.access {
        crate::domain::Access::Private => "private: invitation only".to_owned(),
        crate::domain::Access::Public => "public: anyone may `/join`".to_owned(),
    }
}

fn channel_or(channel: Option<crate::domain::ChannelId>, otherwise: &str) -> String {
    channel.map_or_else(|| otherwise.to_owned(), |c| format!("<#{c}>"))
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
            assert_eq!(number(crate::i18n::Lang::ENGLISH, n), text);
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
