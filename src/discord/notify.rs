//! Lines for a school's log channel: joins, leaves, revocations and wrong-code warnings.

use poise::serenity_prelude as serenity;

use super::render;
use crate::domain::{
    ChannelId, FailureAlert, Invitation, JoinMethod, LeftJoin, OfflineHow, OfflineUse, Refusal,
    School, Timestamp, UserId,
};
use crate::i18n::{self, t, Lang};

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

/// How a join came in, as the log messages select it.
fn method_key(method: JoinMethod) -> &'static str {
    match method {
        JoinMethod::Code => "code",
        JoinMethod::Button => "button",
        JoinMethod::Link | JoinMethod::Unattributed => "link",
        JoinMethod::Public => "public",
    }
}

/// "📥 @user joined with “Year 7” (created by @creator) by opening its link."
pub fn join_line(
    lang: Lang,
    user: UserId,
    invitation: Option<&Invitation>,
    method: JoinMethod,
) -> String {
    let user = format!("<@{user}>");
    match invitation {
        Some(inv) if !inv.roles.is_empty() => t!(
            lang,
            "log-join-roles",
            user = user,
            invitation = render::label_for(lang, inv),
            creator = format!("<@{}>", inv.created_by),
            method = method_key(method),
            roles = super::term::roles_text(inv),
        ),
        Some(inv) => t!(
            lang,
            "log-join",
            user = user,
            invitation = render::label_for(lang, inv),
            creator = format!("<@{}>", inv.created_by),
            method = method_key(method),
        ),
        None => t!(lang, "log-join-public", user = user),
    }
}

/// "🎓 The term of “Year 7” ended: Porter took @Year 7 back from 12 people…"
pub fn term_line(lang: Lang, inv: &Invitation, people: usize) -> String {
    t!(
        lang,
        "log-term",
        invitation = render::label(lang, inv),
        creator = format!("<@{}>", inv.created_by),
        roles = super::term::roles_text(inv),
        people = people,
    )
}

/// "📥 @user is back through the link of “Year 7”…": someone who joined through it before
/// (and left, or lost the member role) used its link again; nothing was counted.
pub fn back_line(lang: Lang, user: UserId, invitation: &Invitation) -> String {
    t!(
        lang,
        "log-back",
        user = format!("<@{user}>"),
        invitation = render::label_for(lang, invitation),
        creator = format!("<@{}>", invitation.created_by),
    )
}

/// "📤 @user left; they joined 3 days ago with “Year 7” by typing its code." One clause per
/// join of theirs in the school, oldest first, with its invitation when Porter still has it.
pub fn leave_line(
    lang: Lang,
    user: UserId,
    joins: &[(LeftJoin, Option<Invitation>)],
    now: Timestamp,
) -> String {
    let joins = joins
        .iter()
        .map(|(join, invitation)| {
            let when = if now - join.joined_at < 60 {
                t!(lang, "log-leave-just-now")
            } else {
                render::relative(join.joined_at)
            };
            match (invitation, join.method) {
                (_, JoinMethod::Public) => t!(lang, "log-leave-public", when = when),
                (_, JoinMethod::Unattributed) => t!(lang, "log-leave-unattributed", when = when),
                (Some(inv), method) => t!(
                    lang,
                    "log-leave-with",
                    when = when,
                    invitation = render::label_for(lang, inv),
                    method = method_key(method),
                ),
                (None, method) => t!(
                    lang,
                    "log-leave-erased",
                    when = when,
                    method = method_key(method),
                ),
            }
        })
        .reduce(|first, next| t!(lang, "log-leave-and", first = first, next = next))
        .unwrap_or_default();
    t!(
        lang,
        "log-leave",
        user = format!("<@{user}>"),
        joins = joins
    )
}

/// "🚫 @mod revoked “Year 7” (created by @creator; 3 joined through it)."
pub fn revoke_line(lang: Lang, moderator: UserId, inv: &Invitation) -> String {
    let moderator = format!("<@{moderator}>");
    let invitation = render::label_for(lang, inv);
    let creator = format!("<@{}>", inv.created_by);
    let uses = i18n::number(lang, u64::from(inv.uses));
    if inv.roles.is_empty() {
        return t!(
            lang,
            "log-revoke",
            moderator = moderator,
            invitation = invitation,
            creator = creator,
            uses = uses,
        );
    }
    let roles = super::term::roles_text(inv);
    match inv.roles_until {
        Some(at) => t!(
            lang,
            "log-revoke-keep-until",
            moderator = moderator,
            invitation = invitation,
            creator = creator,
            uses = uses,
            roles = roles,
            until = render::full(at),
        ),
        None => t!(
            lang,
            "log-revoke-keep",
            moderator = moderator,
            invitation = invitation,
            creator = creator,
            uses = uses,
            roles = roles,
        ),
    }
}

/// "❔ @user arrived through one of several invites used at the same moment…"
pub fn unattributed_line(
    lang: Lang,
    user: UserId,
    candidates: &[Invitation],
    other_invites: usize,
) -> String {
    let mut names: Vec<String> = candidates.iter().map(|c| render::label(lang, c)).collect();
    if other_invites > 0 {
        names.push(t!(lang, "log-unattributed-others", count = other_invites));
    }
    t!(
        lang,
        "log-unattributed",
        user = format!("<@{user}>"),
        invites = names.join(", "),
    )
}

/// What an invitation's link should not have done, in a few words: "was revoked".
pub fn refusal_words(lang: Lang, inv: &Invitation, why: Refusal) -> String {
    match why {
        Refusal::Revoked => t!(lang, "log-refusal-revoked"),
        Refusal::Expired => t!(lang, "log-refusal-expired"),
        Refusal::Paused => t!(lang, "log-refusal-paused"),
        Refusal::Full => match inv.max_uses {
            Some(max) => t!(lang, "log-refusal-full-of", max = max),
            None => t!(lang, "log-refusal-full"),
        },
    }
}

/// The refusal as the messages that hold it whole select it.
fn refusal_key(inv: &Invitation, why: Refusal) -> &'static str {
    match (why, inv.max_uses) {
        (Refusal::Revoked, _) => "revoked",
        (Refusal::Expired, _) => "expired",
        (Refusal::Paused, _) => "paused",
        (Refusal::Full, Some(_)) => "full-of",
        (Refusal::Full, None) => "full",
    }
}

/// What follows an attempt to take the member role back.
fn after_take_back(lang: Lang, taken: bool) -> String {
    if taken {
        t!(lang, "log-taken-back")
    } else {
        t!(lang, "log-not-taken-back")
    }
}

/// "⚠️ @user came in through the link of “Two seats” after all its 2 seats were taken…"
pub fn refused_line(
    lang: Lang,
    user: UserId,
    inv: &Invitation,
    why: Refusal,
    taken_back: bool,
) -> String {
    let user = format!("<@{user}>");
    let invitation = render::label(lang, inv);
    let after = after_take_back(lang, taken_back);
    match (why, inv.max_uses) {
        (Refusal::Full, Some(max)) => t!(
            lang,
            "log-refused-full-of",
            user = user,
            invitation = invitation,
            max = max,
            after = after,
        ),
        (Refusal::Full, None) => t!(
            lang,
            "log-refused-full",
            user = user,
            invitation = invitation,
            after = after,
        ),
        (Refusal::Paused, _) => t!(
            lang,
            "log-refused-paused",
            user = user,
            invitation = invitation,
            after = after,
        ),
        (Refusal::Revoked | Refusal::Expired, _) => t!(
            lang,
            "log-refused-ended",
            user = user,
            invitation = invitation,
            why = refusal_key(inv, why),
            after = after,
        ),
    }
}

/// The end of an unattributed arrival's line when one of the candidates could not let
/// anyone in: "“Old class” was revoked, and Porter can't tell…"
pub fn unattributed_refusal(
    lang: Lang,
    user: UserId,
    refusals: &[(Invitation, Refusal)],
    taken_back: bool,
) -> String {
    let which: Vec<String> = refusals
        .iter()
        .map(|(inv, why)| {
            t!(
                lang,
                "log-refused-one",
                invitation = render::label(lang, inv),
                why = refusal_words(lang, inv, *why),
            )
        })
        .collect();
    t!(
        lang,
        "log-unattributed-refusal",
        refusals = which.join("; "),
        user = format!("<@{user}>"),
        count = refusals.len(),
        after = after_take_back(lang, taken_back),
    )
}

/// A line about an invitation's link while Porter was offline: people who came in through
/// it (some perhaps past its cap), or the link vanishing.
pub fn offline_line(lang: Lang, inv: &Invitation, used: &OfflineUse) -> String {
    let invitation = render::label(lang, inv);
    let creator = format!("<@{}>", inv.created_by);
    let past = used.uses - used.admitted;
    match used.how {
        OfflineHow::Rose if past == 0 => t!(
            lang,
            "log-offline-joined",
            people = used.uses,
            invitation = invitation,
            creator = creator,
        ),
        OfflineHow::Rose => t!(
            lang,
            "log-offline-past-cap",
            people = used.uses,
            invitation = invitation,
            creator = creator,
            all = if past == used.uses { "yes" } else { "no" },
            past = past,
            why = refusal_key(inv, used.refused.unwrap_or(Refusal::Full)),
            max = inv.max_uses.unwrap_or(0),
        ),
        OfflineHow::VanishedAtCap => t!(
            lang,
            "log-offline-vanished",
            invitation = invitation,
            creator = creator,
            uses = used.uses,
            past = past,
        ),
        OfflineHow::Deleted => t!(
            lang,
            "log-offline-deleted",
            invitation = invitation,
            creator = creator,
        ),
    }
}

/// Most people named in one log line.
const NAMED_AT_MOST: usize = 40;

/// Who came in through invitation links while Porter was offline, as far as it can tell:
/// `named` are the members it found (`None` when it could not look).
pub fn offline_people_line(
    lang: Lang,
    total: u32,
    past_cap: u32,
    named: Option<&[UserId]>,
) -> String {
    let mut sentences = vec![t!(lang, "log-offline-people", people = total)];
    match named {
        Some([]) => sentences.push(t!(lang, "log-offline-people-nobody")),
        Some(named) => {
            let mut mentions: Vec<String> = named
                .iter()
                .take(NAMED_AT_MOST)
                .map(|u| format!("<@{u}>"))
                .collect();
            if named.len() > NAMED_AT_MOST {
                mentions.push(t!(
                    lang,
                    "log-offline-people-more",
                    count = named.len() - NAMED_AT_MOST
                ));
            }
            sentences.push(t!(
                lang,
                "log-offline-people-named",
                people = mentions.join(", ")
            ));
            let unnamed = (total as usize).saturating_sub(named.len());
            if unnamed > 0 {
                sentences.push(t!(lang, "log-offline-people-unnamed", count = unnamed));
            }
        }
        None => sentences.push(t!(lang, "log-offline-people-unknown")),
    }
    if past_cap > 0 {
        sentences.push(t!(lang, "log-offline-people-past-cap", count = past_cap));
    }
    sentences.join(" ")
}

/// "🔗 The link of “Year 7” was deleted in Discord…"
pub fn link_gone_line(lang: Lang, inv: &Invitation) -> String {
    t!(
        lang,
        "log-link-gone",
        invitation = render::label(lang, inv),
        creator = format!("<@{}>", inv.created_by),
    )
}

/// Warns the school, in its language, that many wrong codes were tried.
pub async fn failure_alert(http: &serenity::Http, lang: Lang, alert: FailureAlert) {
    let text = t!(
        lang,
        "log-failure-alert",
        count = i18n::number(lang, u64::try_from(alert.failures).unwrap_or(0)),
    );
    post(http, alert.log_channel_id, text).await;
}

/// "⏸️ @mod paused joining until <t:…:f> (<t:…:R>)…", saying whether Discord's own switch
/// that stops the server's invite links is on.
pub fn pause_line(
    lang: Lang,
    moderator: UserId,
    until: Option<Timestamp>,
    links_off: bool,
) -> String {
    let moderator = format!("<@{moderator}>");
    let links = if links_off { "off" } else { "on" };
    match until {
        Some(until) => t!(
            lang,
            "log-pause",
            moderator = moderator,
            until = render::full(until),
            relative = render::relative(until),
            links = links,
        ),
        None => t!(lang, "log-pause-open", moderator = moderator, links = links),
    }
}

/// "▶️ @mod resumed joining: codes, Join buttons and links work again."
pub fn resume_line(lang: Lang, moderator: UserId) -> String {
    t!(lang, "log-resume", moderator = format!("<@{moderator}>"))
}

/// "▶️ Joining resumed: the pause @mod set ended at <t:…:f>."
pub fn pause_ended_line(lang: Lang, paused_by: Option<UserId>, until: Timestamp) -> String {
    match paused_by {
        Some(by) => t!(
            lang,
            "log-pause-ended-by",
            moderator = format!("<@{by}>"),
            until = render::full(until),
        ),
        None => t!(lang, "log-pause-ended", until = render::full(until)),
    }
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

    /// Every line renders whole in every shipped language, whatever it selects: no
    /// placeable left unfilled, no variant missing (rendering panics on either in tests).
    #[test]
    fn every_line_renders_in_every_language_with_every_variant() {
        use crate::domain::{InvitationId, OfflineHow, OfflineUse, RoleId};
        let mut with_roles = personal();
        with_roles.roles = vec![RoleId::new(9)];
        with_roles.roles_until = Some(100);
        let mut uncapped = personal();
        uncapped.max_uses = None;
        let user = UserId::new(3);
        for lang in Lang::all() {
            let mut lines = Vec::new();
            for method in [
                JoinMethod::Code,
                JoinMethod::Button,
                JoinMethod::Link,
                JoinMethod::Unattributed,
                JoinMethod::Public,
            ] {
                lines.push(join_line(lang, user, Some(&personal()), method));
                lines.push(join_line(lang, user, Some(&with_roles), method));
                let joins = [
                    (
                        LeftJoin {
                            invitation_id: Some(InvitationId(7)),
                            method,
                            joined_at: 0,
                        },
                        Some(personal()),
                    ),
                    (
                        LeftJoin {
                            invitation_id: None,
                            method,
                            joined_at: 0,
                        },
                        None,
                    ),
                ];
                lines.push(leave_line(lang, user, &joins, 1000));
            }
            lines.push(join_line(lang, user, None, JoinMethod::Public));
            lines.push(term_line(lang, &with_roles, 1));
            lines.push(term_line(lang, &with_roles, 12));
            lines.push(back_line(lang, user, &personal()));
            for inv in [personal(), with_roles.clone(), uncapped.clone()] {
                lines.push(revoke_line(lang, user, &inv));
                lines.push(link_gone_line(lang, &inv));
                for why in [
                    Refusal::Revoked,
                    Refusal::Expired,
                    Refusal::Paused,
                    Refusal::Full,
                ] {
                    for taken in [true, false] {
                        lines.push(refused_line(lang, user, &inv, why, taken));
                        lines.push(unattributed_refusal(
                            lang,
                            user,
                            &[(inv.clone(), why), (personal(), Refusal::Revoked)],
                            taken,
                        ));
                    }
                    for (how, uses, admitted) in [
                        (OfflineHow::Rose, 3, 3),
                        (OfflineHow::Rose, 3, 1),
                        (OfflineHow::Rose, 1, 0),
                        (OfflineHow::VanishedAtCap, 1, 1),
                        (OfflineHow::VanishedAtCap, 4, 2),
                        (OfflineHow::Deleted, 0, 0),
                    ] {
                        let used = OfflineUse {
                            invitation_id: inv.id,
                            how,
                            uses,
                            admitted,
                            refused: Some(why),
                        };
                        lines.push(offline_line(lang, &inv, &used));
                    }
                }
            }
            for others in [0, 1, 2] {
                lines.push(unattributed_line(lang, user, &[personal()], others));
            }
            let many: Vec<UserId> = (1..=45).map(UserId::new).collect();
            for named in [None, Some(&[][..]), Some(&many[..2]), Some(&many[..])] {
                lines.push(offline_people_line(lang, 50, 0, named));
                lines.push(offline_people_line(lang, 1, 1, named));
            }
            for links_off in [true, false] {
                lines.push(pause_line(lang, user, Some(100), links_off));
                lines.push(pause_line(lang, user, None, links_off));
            }
            lines.push(resume_line(lang, user));
            lines.push(pause_ended_line(lang, Some(user), 100));
            lines.push(pause_ended_line(lang, None, 100));
            for line in &lines {
                assert!(
                    !line.contains('{') && !line.contains("log-") && line.len() > 10,
                    "{}: {line}",
                    lang.id()
                );
            }
        }
    }
}
