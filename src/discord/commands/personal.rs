//! `/invite create for:@user`: the options of a personal invitation, and what the moderator
//! is told about its delivery.

use poise::serenity_prelude as serenity;

use crate::discord::Error;
use crate::i18n::{msg, t, Lang};

/// Refuses options that do not go with `for:` before anything is made: a bot as the
/// recipient, a channel post, or a DM to someone else.
pub(super) fn check_create(
    user: &serenity::User,
    dm: Option<&serenity::User>,
    in_channel: bool,
) -> Result<(), Error> {
    if user.bot {
        return Err(Error::User(msg!(
            "invite-personal-bot",
            user = format!("<@{}>", user.id)
        )));
    }
    if in_channel {
        return Err(Error::User(msg!("invite-personal-channel")));
    }
    if dm.is_some_and(|d| d.id != user.id) {
        return Err(Error::User(msg!(
            "invite-personal-other-dm",
            user = format!("<@{}>", user.id)
        )));
    }
    Ok(())
}

/// `send:` given without `for:`.
pub(super) fn send_without_for() -> Error {
    Error::User(msg!("invite-personal-send-without-for"))
}

/// Whom to DM a personal invitation for `user`, and, when it is not sent, the line (in
/// `lang`, the moderator's) that says why and what to do. `send` is the moderator's choice
/// (default: send); `may_share` whether they hold the share permission, which sending takes.
pub(super) fn delivery(
    lang: Lang,
    user: &serenity::User,
    send: Option<bool>,
    may_share: bool,
) -> Result<(Option<serenity::User>, Option<String>), Error> {
    let mention = format!("<@{}>", user.id);
    match (send, may_share) {
        (Some(false), _) => Ok((
            None,
            Some(t!(lang, "invite-personal-not-sent", user = mention)),
        )),
        (Some(true), false) => Err(Error::User(msg!("invite-personal-may-not-send"))),
        (None, false) => Ok((
            None,
            Some(t!(
                lang,
                "invite-personal-not-sent-no-share",
                user = mention
            )),
        )),
        (_, true) => Ok((Some(user.clone()), None)),
    }
}

/// The line for a personal invitation whose DM Discord refused: the recipient closed their
/// DMs, or is in no server with Porter yet (Discord lets a bot DM only people it shares a
/// server with).
pub(super) fn undelivered(lang: Lang, user: serenity::UserId) -> String {
    t!(
        lang,
        "invite-personal-undelivered",
        user = format!("<@{user}>")
    )
}
