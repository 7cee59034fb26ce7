//! Lines for a school's log channel: joins, leaves, revocations and wrong-code warnings.

use poise::serenity_prelude as serenity;

use super::render;
use crate::domain::{
    ChannelId, FailureAlert, Invitation, JoinMethod, LeftJoin, OfflineHow, OfflineUse, Refusal,
    School, Timestamp, UserId,
};

/// Posts one line to the school's log channel, if it has one. Mentions do not ping.
/// A failure is logged, never shown to the person whose action caused the line.
pub async fn log_line(http: &serenity::Http, school: &School, text: String) {
    let Some(channel) = school.log_channel_id else {
        return;
    };
    post(http, channel, text).await;
}

async fn post(http: &serenity::Http, channel: ChannelId, text: String) {
    let message = serenity::CreateMessage::new()
        .content(text)
        .allowed_mentions(serenity::CreateAllowedMentions::new());
    if let Err(e) = serenity::ChannelId::from(channel)
        .send_message(http, message)
        .await
        .inspect_err(crate::service::metrics::rest_error)
    {
        tracing::warn!(error = %e, %channel, "could not post to the log channel");
    }
}

/// "📥 @user joined with “Year 7” (created by @creator) by opening its link."
pub fn join_line(
    _lang: crate::i18n::Lang,
    user: UserId,
    invitation: Option<&Invitation>,
    method: JoinMethod,
) -> String {
    let how = match method {
        JoinMethod::Code => "by typing its code",
        JoinMethod::Button => "by pressing its Join button",
        JoinMethod::Link | JoinMethod::Unattributed => "by opening its link",
        JoinMethod::Public => "without a code",
    };
    match invitation {
        Some(inv) if !inv.roles.is_empty() => format!(
            "📥 <@{user}> joined with {} (created by <@{}>) {how}, and got {}.",
            render::label_for(crate::i18n::Lang::ENGLISH, inv),
            inv.created_by,
            super::term::roles_text(inv)
        ),
        Some(inv) => format!(
            "📥 <@{user}> joined with {} (created by <@{}>) {how}.",
            render::label_for(crate::i18n::Lang::ENGLISH, inv),
            inv.created_by
        ),
        None => format!("📥 <@{user}> joined the public school and got the member role."),
    }
}

/// "🎓 The term of “Year 7” ended: Porter took @Year 7 back from 12 people…"
pub fn term_line(_lang: crate::i18n::Lang, inv: &Invitation, people: usize) -> String {
    format!(
        "🎓 The term of {} (created by <@{}>) ended: Porter took {} back from {}, who \
         keep the member role.",
        render::label(crate::i18n::Lang::ENGLISH, inv),
        inv.created_by,
        super::term::roles_text(inv),
        match people {
            1 => "1 person".to_owned(),
            n => format!("{n} people"),
        }
    )
}

/// "📥 @user is back through the link of “Year 7”…": someone who joined through it before
/// (and left, or lost the member role) used its link again; nothing was counted.
pub fn back_line(_lang: crate::i18n::Lang, user: UserId, invitation: &Invitation) -> String {
    format!(
        "📥 <@{user}> is back through the link of {} (created by <@{}>). They joined through \
         it before, so it is not counted again.",
        render::label_for(crate::i18n::Lang::ENGLISH, invitation),
        invitation.created_by
    )
}

/// "📤 @user left; they joined 3 days ago with “Year 7” by typing its code." One clause per
/// join of theirs in the school, oldest first, with its invitation when Porter still has it.
pub fn leave_line(
    _lang: crate::i18n::Lang,
    user: UserId,
    joins: &[(LeftJoin, Option<Invitation>)],
    now: Timestamp,
) -> String {
    let clauses: Vec<String> = joins
        .iter()
        .map(|(join, invitation)| {
            let when = if now - join.joined_at < 60 {
                "just now".to_owned()
            } else {
                render::relative(join.joined_at)
            };
            let how = match join.method {
                JoinMethod::Code => "by typing its code",
                JoinMethod::Button => "by pressing its Join button",
                JoinMethod::Link => "by opening its link",
                JoinMethod::Unattributed => "through one of several links used at once",
                JoinMethod::Public => "without a code",
            };
            match (invitation, join.method) {
                (_, JoinMethod::Public) => format!("{when} without a code (public school)"),
                (_, JoinMethod::Unattributed) => format!("{when} {how}"),
                (Some(inv), _) => format!(
                    "{when} with {} {how}",
                    render::label_for(crate::i18n::Lang::ENGLISH, inv)
                ),
                (None, _) => format!("{when} with an invitation since erased {how}"),
            }
        })
        .collect();
    format!("📤 <@{user}> left; they joined {}.", clauses.join(", and "))
}

/// "🚫 @mod revoked “Year 7” (created by @creator; 3 joined through it)."
pub fn revoke_line(_lang: crate::i18n::Lang, moderator: UserId, inv: &Invitation) -> String {
    let keep = if inv.roles.is_empty() {
        String::new()
    } else {
        format!(
            " They keep {}{}.",
            super::term::roles_text(inv),
            match inv.roles_until {
                Some(at) => format!(" until {}", render::full(at)),
                None => String::new(),
            }
        )
    };
    format!(
        "🚫 <@{moderator}> revoked {} (created by <@{}>; {} joined through it).{keep}",
        render::label_for(crate::i18n::Lang::ENGLISH, inv),
        inv.created_by,
        inv.uses
    )
}

/// "❔ @user arrived through one of several invites used at the same moment…"
pub fn unattributed_line(
    _lang: crate::i18n::Lang,
    user: UserId,
    candidates: &[Invitation],
    other_invites: usize,
) -> String {
    let mut names: Vec<String> = candidates
        .iter()
        .map(|c| render::label(crate::i18n::Lang::ENGLISH, c))
        .collect();
    match other_invites {
        0 => {}
        1 => names.push("an invite that isn't Porter's".to_owned()),
        n => names.push(format!("{n} invites that aren't Porter's")),
    }
    format!(
        "❔ <@{user}> arrived through one of several invites used at the same moment ({}). \
         Discord's counts say how many came through each, and Porter counted them; it can't \
         tell who came through which.",
        names.join(", ")
    )
}

/// What an invitation's link should not have done, in a few words: "was revoked".
pub fn refusal_words(_lang: crate::i18n::Lang, inv: &Invitation, why: Refusal) -> String {
    match why {
        Refusal::Revoked => "was revoked".to_owned(),
        Refusal::Expired => "had expired".to_owned(),
        Refusal::Paused => "was paused with every other way in (`/school pause`)".to_owned(),
        Refusal::Full => match inv.max_uses {
            Some(max) => format!("had no seat left (all {max} taken)"),
            None => "had no seat left".to_owned(),
        },
    }
}

/// What follows an attempt to take the member role back.
fn after_take_back(taken: bool) -> &'static str {
    if taken {
        "Porter took the member role back. If they should be in, share a working invitation \
         with them."
    } else {
        "Porter could not take the member role back: remove it by hand if they should not \
         have it, and run `/school check`."
    }
}

/// "⚠️ @user came in through the link of “Two seats” after all its 2 seats were taken…"
pub fn refused_line(
    _lang: crate::i18n::Lang,
    user: UserId,
    inv: &Invitation,
    why: Refusal,
    taken_back: bool,
) -> String {
    let label = render::label(crate::i18n::Lang::ENGLISH, inv);
    let what = match (why, inv.max_uses) {
        (Refusal::Full, Some(max)) => format!(
            "{label} after all its {max} seats were taken: Discord counts only the link's own \
             uses, so it let them in"
        ),
        (Refusal::Full, None) => format!("{label} after its seats were taken"),
        (Refusal::Paused, _) => format!(
            "{label} while joining is paused: Discord let them in all the same, so Porter \
             counted nothing"
        ),
        (Refusal::Revoked | Refusal::Expired, _) => format!(
            "{label}, which {}, before Porter could delete the link",
            refusal_words(crate::i18n::Lang::ENGLISH, inv, why)
        ),
    };
    format!(
        "⚠️ <@{user}> came in through the link of {what}. {}",
        after_take_back(taken_back)
    )
}

/// The end of an unattributed arrival's line when one of the candidates could not let
/// anyone in: "“Old class” was revoked, and Porter can't tell…"
pub fn unattributed_refusal(
    _lang: crate::i18n::Lang,
    user: UserId,
    refusals: &[(Invitation, Refusal)],
    taken_back: bool,
) -> String {
    let which: Vec<String> = refusals
        .iter()
        .map(|(inv, why)| {
            format!(
                "{} {}",
                render::label(crate::i18n::Lang::ENGLISH, inv),
                refusal_words(crate::i18n::Lang::ENGLISH, inv, *why)
            )
        })
        .collect();
    format!(
        "{}, and Porter can't tell whether <@{user}> came through {}. {}",
        which.join("; "),
        if refusals.len() == 1 {
            "it"
        } else {
            "one of those"
        },
        after_take_back(taken_back)
    )
}

/// "1 person" or "3 people".
fn people(n: u32) -> String {
    if n == 1 {
        "1 person".to_owned()
    } else {
        format!("{n} people")
    }
}

/// A line about an invitation's link while Porter was offline: people who came in through
/// it (some perhaps past its cap), or the link vanishing.
pub fn offline_line(_lang: crate::i18n::Lang, inv: &Invitation, used: &OfflineUse) -> String {
    let name = format!(
        "{} (created by <@{}>)",
        render::label(crate::i18n::Lang::ENGLISH, inv),
        inv.created_by
    );
    let past = used.uses - used.admitted;
    match used.how {
        OfflineHow::Rose if past == 0 => format!(
            "📥 {} joined through the link of {name} while Porter was offline.",
            people(used.uses)
        ),
        OfflineHow::Rose => format!(
            "⚠️ {} came in through the link of {name} while Porter was offline; {} after it \
             {}.",
            people(used.uses),
            if past == used.uses {
                "all of them".to_owned()
            } else {
                format!("{past} of them")
            },
            refusal_words(
                crate::i18n::Lang::ENGLISH,
                inv,
                used.refused.unwrap_or(Refusal::Full)
            )
        ),
        OfflineHow::VanishedAtCap => {
            let past = if past > 0 {
                format!(" ({past} of them past the invitation's cap)")
            } else {
                String::new()
            };
            format!(
                "🔗 The link of {name} disappeared while Porter was offline. Discord removes a \
                 link once its last use is taken, so Porter counts the {} it had left as \
                 taken{past}. If someone deleted the link by hand instead, create a new \
                 invitation for whoever still needs one.",
                if used.uses == 1 {
                    "1 use".to_owned()
                } else {
                    format!("{} uses", used.uses)
                }
            )
        }
        OfflineHow::Deleted => format!(
            "🔗 The link of {name} was deleted in Discord while Porter was offline. Its code \
             still works; for a new link, create a new invitation."
        ),
    }
}

/// Most people named in one log line.
const NAMED_AT_MOST: usize = 40;

/// Who came in through invitation links while Porter was offline, as far as it can tell:
/// `named` are the members it found (`None` when it could not look).
pub fn offline_people_line(
    _lang: crate::i18n::Lang,
    total: u32,
    past_cap: u32,
    named: Option<&[UserId]>,
) -> String {
    let mut line = format!(
        "👥 {} came in through invitation links while Porter was offline.",
        people(total)
    );
    match named {
        Some([]) => line.push_str(
            " Porter can't tell who: no member who joined while it was away holds the member \
             role without a join it knows of.",
        ),
        Some(named) => {
            let mut mentions: Vec<String> = named
                .iter()
                .take(NAMED_AT_MOST)
                .map(|u| format!("<@{u}>"))
                .collect();
            if named.len() > NAMED_AT_MOST {
                mentions.push(format!("and {} more", named.len() - NAMED_AT_MOST));
            }
            line.push_str(&format!(
                " They are {}: they joined the server while Porter was away and hold the \
                 member role, with no join Porter knows of.",
                mentions.join(", ")
            ));
            let unnamed = (total as usize).saturating_sub(named.len());
            if unnamed > 0 {
                line.push_str(&format!(
                    " Porter can't name the other {unnamed}: they were already in the server."
                ));
            }
        }
        None => {
            line.push_str(" Porter can't tell who they were: it could not read the member list.")
        }
    }
    if past_cap > 0 {
        line.push_str(&format!(
            " {past_cap} of them came in past an invitation's cap or after it ended; Porter \
             can't tell which, so it took no role back: check them, and remove the member role \
             from anyone who should not have it."
        ));
    }
    line
}

/// "🔗 The link of “Year 7” was deleted in Discord…"
pub fn link_gone_line(_lang: crate::i18n::Lang, inv: &Invitation) -> String {
    format!(
        "🔗 The link of {} (created by <@{}>) was deleted in Discord. Its code still works; \
         for a new link, create a new invitation.",
        render::label(crate::i18n::Lang::ENGLISH, inv),
        inv.created_by
    )
}

/// Warns the school that many wrong codes were tried.
pub async fn failure_alert(http: &serenity::Http, alert: FailureAlert) {
    let text = format!(
        "⚠️ {} wrong invite codes were tried in this server in the last hour. Someone may be \
         guessing codes; Porter already makes each person wait after 5 wrong tries in 15 \
         minutes. Revoke any invitation you think has leaked with `/invite revoke`.",
        alert.failures
    );
    post(http, alert.log_channel_id, text).await;
}

/// "⏸️ @mod paused joining until <t:…:f> (<t:…:R>)…", saying whether Discord's own switch
/// that stops the server's invite links is on.
pub fn pause_line(
    _lang: crate::i18n::Lang,
    moderator: UserId,
    until: Option<Timestamp>,
    links_off: bool,
) -> String {
    let until = match until {
        Some(until) => format!(
            "until {} ({})",
            render::full(until),
            render::relative(until)
        ),
        None => "until `/school resume`".to_owned(),
    };
    let links = if links_off {
        "Codes, Join buttons and the server's invite links let nobody in meanwhile."
    } else {
        "Codes and Join buttons let nobody in meanwhile, but Porter could not pause the \
         server's invite links on Discord (it needs **Manage Server**): anyone who arrives \
         through one of Porter's links has the member role taken back."
    };
    format!("⏸️ <@{moderator}> paused joining {until}. {links}")
}

/// "▶️ @mod resumed joining: codes, Join buttons and links work again."
pub fn resume_line(_lang: crate::i18n::Lang, moderator: UserId) -> String {
    format!("▶️ <@{moderator}> resumed joining: codes, Join buttons and links work again.")
}

/// "▶️ Joining resumed: the pause @mod set ended at <t:…:f>."
pub fn pause_ended_line(
    _lang: crate::i18n::Lang,
    paused_by: Option<UserId>,
    until: Timestamp,
) -> String {
    let who = paused_by.map_or_else(String::new, |by| format!(" <@{by}> set"));
    format!(
        "▶️ Joining resumed: the pause{who} ended at {}. Codes, Join buttons and links work \
         again.",
        render::full(until)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{GuildId, InvitationId, InviteCode};

    fn personal() -> Invitation {
        Invitation {
            id: InvitationId(7),
            guild_id: GuildId::new(1),
            code: InviteCode::generate(),
            label: Some("Sam".to_owned()),
            created_by: UserId::new(2),
            created_at: 0,
            expires_at: None,
            max_uses: Some(1),
            uses: 1,
            revoked_at: None,
            revoked_by: None,
            link: None,
            link_gone_at: None,
            recipient: Some(UserId::new(3)),
            roles: Vec::new(),
            roles_until: None,
        }
    }

    #[test]
    fn leave_and_back_lines_name_whom_a_personal_invitation_is_for() {
        let inv = personal();
        let left = LeftJoin {
            invitation_id: Some(inv.id),
            method: JoinMethod::Code,
            joined_at: 0,
        };
        let line = leave_line(
            crate::i18n::Lang::ENGLISH,
            UserId::new(3),
            &[(left, Some(inv.clone()))],
            30,
        );
        assert_eq!(
            line,
            "📤 <@3> left; they joined just now with “Sam” for <@3> by typing its code."
        );
        assert!(
            back_line(crate::i18n::Lang::ENGLISH, UserId::new(3), &inv).starts_with(
                "📥 <@3> is back through the link of “Sam” for <@3> (created by <@2>)"
            ),
            "{}",
            back_line(crate::i18n::Lang::ENGLISH, UserId::new(3), &inv)
        );
    }
}
