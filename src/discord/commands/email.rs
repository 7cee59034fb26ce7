//! The `email:` option of `/invite create` and `/invite share`: an invitation sent by email
//! through the `[email]` SMTP server (see [`crate::email`]).

use lettre::Address;

use super::guild_name;
use crate::discord::{lang, Context, Error};
use crate::domain::{Actor, EmailLimits, Invitation};
use crate::email::{parse_address, InvitationMail, Mailer, MAX_ADDRESS_LEN};
use crate::i18n::{msg, t};

/// The mailer and the address a moderator typed in `email:`, checked before anything is
/// created: email must be on and the address valid.
pub(super) fn check<'a>(
    ctx: Context<'a>,
    email: Option<&str>,
) -> Result<Option<(&'a Mailer, Address)>, Error> {
    let Some(text) = email else {
        return Ok(None);
    };
    let Some(mailer) = ctx.data().mailer.as_ref() else {
        return Err(Error::User(msg!("invite-email-off")));
    };
    match parse_address(text) {
        Some(address) => Ok(Some((mailer, address))),
        None => Err(Error::User(msg!(
            "invite-email-bad-address",
            max = MAX_ADDRESS_LEN
        ))),
    }
}

/// Emails the invitation to `address`, counted against the daily limits first. Returns a
/// line saying how it went; a refused or failed delivery is reported, not an error.
pub(super) async fn send(
    ctx: Context<'_>,
    actor: &Actor,
    invitation: &Invitation,
    mailer: &Mailer,
    address: &Address,
) -> Result<String, Error> {
    let domain = &ctx.data().domain;
    let config = mailer.config();
    let limits = EmailLimits {
        per_moderator: config.daily_per_moderator,
        per_school: config.daily_per_school,
    };
    let reservation = domain
        .reserve_email(invitation, actor, address.as_ref(), limits)
        .await?;
    // The email goes to someone who did not ask: the server's language.
    let school = guild_name(lang::server(ctx), ctx.cache(), invitation.guild_id);
    let reader = lang::reader(ctx);
    let author = ctx.author();
    let inviter = author.global_name.as_deref().unwrap_or(&author.name);
    let link = invitation.url();
    // As Porter shows codes everywhere else: `ABCDE-FGHJK`.
    let code = invitation.code.to_string();
    let mail = InvitationMail {
        school: &school,
        inviter,
        code: &code,
        link: link.as_deref(),
        expires: invitation.expires_at.map(when),
        label: invitation.label.as_deref(),
        lang: crate::discord::lang::server(ctx),
    };
    let shown = crate::discord::render::inline(&reservation.masked, 80);
    match mailer.send(address, &mail).await {
        Ok(()) => {
            tracing::info!(guild = %invitation.guild_id, invitation = %invitation.id, by = %actor.user_id, to = %reservation.masked, hash = %reservation.hash, "invitation emailed");
            Ok(t!(reader, "invite-email-sent", address = shown))
        }
        Err(e) => {
            // The server's own words may repeat the address: only what it amounts to.
            tracing::warn!(guild = %invitation.guild_id, invitation = %invitation.id, to = %reservation.masked, error = %e.for_people(), "emailing an invitation failed");
            domain.cancel_email(&reservation).await?;
            Ok(t!(
                reader,
                "invite-email-failed",
                address = shown,
                why = e.for_people()
            ))
        }
    }
}

/// A moment for people who may read the email anywhere: `2026-12-01 10:00 UTC`.
fn when(at: crate::domain::Timestamp) -> String {
    let time = std::time::UNIX_EPOCH + std::time::Duration::from_secs(at.max(0) as u64);
    let text = humantime::format_rfc3339_seconds(time).to_string();
    // 2026-12-01T10:00:00Z
    format!("{} {} UTC", &text[..10], &text[11..16])
}
