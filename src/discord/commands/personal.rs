//! `/invite create for:@user`: the options of a personal invitation, and what the moderator
//! is told about its delivery.

use poise::serenity_prelude as serenity;

use crate::discord::Error;

/// Refuses options that do not go with `for:` before anything is made: a bot as the
/// recipient, a channel post, or a DM to someone else.
pub(super) fn check_create(
    user: &serenity::User,
    dm: Option<&serenity::User>,
    in_channel: bool,
) -> Result<(), Error> {
    if user.bot {
        return Err(Error::User(format!(
            "<@{}> is a bot; bots can't join with invitations. Nothing was created.",
            user.id
        )));
    }
    if in_channel {
        return Err(Error::User(
            "A personal invitation (`for:`) works for one person only, so Porter doesn't post \
             it in a channel. Nothing was created. Leave `channel:` out (Porter sends it to \
             that person in a DM), or leave `for:` out to make an invitation for the channel."
                .to_owned(),
        ));
    }
    if dm.is_some_and(|d| d.id != user.id) {
        return Err(Error::User(format!(
            "A personal invitation works only for the person in `for:`, so Porter sends it to \
             <@{}> alone, not to someone else. Nothing was created. Leave `dm:` out.",
            user.id
        )));
    }
    Ok(())
}

/// `send:` given without `for:`.
pub(super) fn send_without_for() -> Error {
    Error::User(
        "`send:` goes with `for:` (a personal invitation). Nothing was created. To have Porter \
         DM an invitation to someone, use `dm:`."
            .to_owned(),
    )
}

/// Whom to DM a personal invitation for `user`, and, when it is not sent, the line that
/// says why and what to do. `send` is the moderator's choice (default: send); `may_share`
/// whether they hold the share permission, which sending takes.
pub(super) fn delivery(
    user: &serenity::User,
    send: Option<bool>,
    may_share: bool,
) -> Result<(Option<serenity::User>, Option<String>), Error> {
    match (send, may_share) {
        (Some(false), _) => Ok((
            None,
            Some(format!(
                "Not sent, as you asked (`send:False`). Pass its code and link on to <@{}>; \
                 they work for them alone.",
                user.id
            )),
        )),
        (Some(true), false) => Err(Error::User(
            "You may create invitations but not have Porter share them, so nothing was \
             created. Run `/invite create` again with `send:False` and pass the code on \
             yourself, or ask someone with Manage Server to grant one of your roles the \
             **share** permission."
                .to_owned(),
        )),
        (None, false) => Ok((
            None,
            Some(format!(
                "Not sent: Porter sends invitations only for people with the **share** \
                 permission. Pass its code and link on to <@{}>; they work for them alone.",
                user.id
            )),
        )),
        (_, true) => Ok((Some(user.clone()), None)),
    }
}

/// The line for a personal invitation whose DM Discord refused: the recipient closed their
/// DMs, or is in no server with Porter yet (Discord lets a bot DM only people it shares a
/// server with).
pub(super) fn undelivered(user: serenity::UserId) -> String {
    format!(
        "⚠️ Porter couldn't send it to <@{user}>: they don't accept direct messages from \
         Porter, or aren't in a server with Porter yet. Pass its code and link on to them \
         another way (`/invite info` shows them); they work for them alone."
    )
}
