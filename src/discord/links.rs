//! Invitation links: the Discord invites Porter creates and deletes for invitations.

use std::sync::OnceLock;

use ::serenity::http::{ErrorResponse, HttpError};
use poise::serenity_prelude as serenity;

use super::error::{code, discord_code, http_status, refusal};
use super::Error;
use crate::domain::{DiscordLink, RoleId, School, UserId};
use crate::i18n::{msg, Msg};
use crate::service::metrics;

/// Discord caps an invite's own `max_uses` at 100; above that Porter enforces the cap alone.
const DISCORD_MAX_USES: u32 = 100;

/// Creates the Discord invite behind a new invitation's link: a community invite whose
/// `role_ids` hold the member role and the invitation's extra roles (`roles`), so Discord
/// itself grants them on arrival. For a personal invitation (`recipient` set) it is a
/// *targeted* invite, which only the recipient can accept.
///
/// While the school approves joins first ([`School::approves`]), `role_ids` is left empty, so Discord
/// grants nothing on arrival: the person waits in the queue, and approval grants the roles.
#[allow(clippy::too_many_arguments)]
pub async fn create(
    http: &serenity::Http,
    cache: &serenity::Cache,
    school: &School,
    max_uses: Option<u32>,
    recipient: Option<UserId>,
    roles: &[RoleId],
    reason: &str,
) -> Result<DiscordLink, Error> {
    let channel = invite_channel(cache, school)?;
    let role_ids: Vec<String> = std::iter::once(school.member_role_id)
        .chain(roles.iter().copied())
        .filter(|_| !school.approves())
        .map(|r| r.to_string())
        .collect();
    let body = serde_json::json!({
        "max_age": 0,
        "max_uses": max_uses.filter(|&m| m <= DISCORD_MAX_USES).unwrap_or(0),
        "unique": true,
        "role_ids": role_ids,
    });
    let made = match recipient {
        None => http
            .create_invite(channel, &body, Some(reason))
            .await
            .map(|invite| invite.code),
        Some(recipient) => create_targeted(http, channel, &body, recipient, reason).await,
    };
    let code = made
        .inspect_err(metrics::rest_error)
        .map_err(|e| match discord_code(&e) {
            Some(code::MISSING_PERMISSIONS | code::MISSING_ACCESS) => Error::User(msg!(
                "error-link-no-permission",
                channel = format!("<#{channel}>")
            )),
            Some(code::UNKNOWN_CHANNEL) => Error::User(msg!(
                "error-link-channel-gone",
                channel = format!("<#{channel}>")
            )),
            _ => {
                tracing::warn!(%channel, error = %e, "Discord would not create an invite");
                Error::User(msg!("error-link-failed", why = failure(&e)))
            }
        })?;
    Ok(DiscordLink {
        code,
        channel_id: channel.into(),
    })
}

/// `POST /channels/{id}/invites` for a targeted invite: Discord takes the users who may
/// accept it only as a file, `target_users_file` (a CSV with one column of user ids), in a
/// multipart body beside the JSON options (`payload_json`). serenity's multipart requests
/// name their file part `file`, so this one goes through its HTTP client directly, to the
/// same REST base (Discord or `discord.api_url`) with the same token and audit-log reason.
/// Returns the invite's link code; failures come back as serenity's errors, as Discord
/// gave them.
async fn create_targeted(
    http: &serenity::Http,
    channel: serenity::ChannelId,
    options: &serde_json::Value,
    recipient: UserId,
    reason: &str,
) -> Result<String, serenity::Error> {
    static CLIENT: OnceLock<reqwest::Client> = OnceLock::new();
    let client = CLIENT.get_or_init(reqwest::Client::new);
    let base = http
        .proxy
        .as_deref()
        .unwrap_or(DISCORD)
        .trim_end_matches('/');
    let url = format!("{base}/api/v10/channels/{channel}/invites");
    // This request bypasses serenity's rate limiter: a 429 is waited out here (as Discord
    // asks, up to [`MAX_RETRY_AFTER`]) a few times before it counts as a failure.
    let mut attempts = 0;
    let response = loop {
        attempts += 1;
        let users = reqwest::multipart::Part::bytes(target_users_csv(&[recipient]).into_bytes())
            .file_name("target_users.csv")
            .mime_str("text/csv")?;
        let form = reqwest::multipart::Form::new()
            .text("payload_json", options.to_string())
            .part("target_users_file", users);
        let response = client
            .post(&url)
            .header(reqwest::header::AUTHORIZATION, http.token())
            .header(
                reqwest::header::USER_AGENT,
                ::serenity::constants::USER_AGENT,
            )
            .header("X-Audit-Log-Reason", audit_reason(reason))
            .multipart(form)
            .send()
            .await?;
        if response.status() != reqwest::StatusCode::TOO_MANY_REQUESTS || attempts >= 3 {
            break response;
        }
        let wait = response
            .headers()
            .get(reqwest::header::RETRY_AFTER)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.parse::<f64>().ok())
            .filter(|s| s.is_finite() && *s >= 0.0)
            .map_or(MAX_RETRY_AFTER, |s| {
                std::time::Duration::from_secs_f64(s).min(MAX_RETRY_AFTER)
            });
        tracing::info!(
            wait_ms = wait.as_millis() as u64,
            "Discord asked Porter to slow down making invites"
        );
        tokio::time::sleep(wait).await;
    };
    if !response.status().is_success() {
        let method = reqwest::Method::POST;
        return Err(serenity::Error::Http(HttpError::UnsuccessfulRequest(
            ErrorResponse::from_response(response, method).await,
        )));
    }
    // Read as raw JSON: serenity's invite types do not all take a targeted invite.
    #[derive(serde::Deserialize)]
    struct Made {
        code: String,
    }
    let made: Made = serde_json::from_slice(&response.bytes().await?)?;
    Ok(made.code)
}

/// The longest wait for Discord's rate limit on a targeted invite before trying again.
const MAX_RETRY_AFTER: std::time::Duration = std::time::Duration::from_secs(30);

/// Discord's REST base, when no `discord.api_url` is set.
const DISCORD: &str = "https://discord.com";

/// The `target_users_file` of a targeted invite: a CSV with one column, a user id a line.
fn target_users_csv(users: &[UserId]) -> String {
    users.iter().map(|u| format!("{u}\n")).collect()
}

/// An audit-log reason as Discord takes it in its header: URL-encoded, every byte but
/// letters and digits, as serenity does for its own requests.
fn audit_reason(reason: &str) -> String {
    let mut out = String::with_capacity(reason.len() * 3);
    for byte in reason.bytes() {
        if byte.is_ascii_alphanumeric() {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// Why Discord made no invite, in a few words: busy, broken, or its own refusal.
fn failure(e: &serenity::Error) -> Msg {
    match http_status(e) {
        Some(429) => msg!("error-link-why-rate-limited"),
        Some(status) if status >= 500 => {
            msg!("error-link-why-discord-error", status = status.to_string())
        }
        Some(_) => msg!("error-link-why-refused", why = refusal(e)),
        None => msg!("error-discord-unreachable"),
    }
}

/// Deletes an invitation's Discord invite. One that is already gone counts as deleted.
pub async fn delete(
    http: &serenity::Http,
    link: &DiscordLink,
    reason: &str,
) -> Result<(), serenity::Error> {
    match http
        .delete_invite(&link.code, Some(reason))
        .await
        .inspect_err(metrics::rest_error)
    {
        Ok(_) => Ok(()),
        Err(e) if discord_code(&e) == Some(code::UNKNOWN_INVITE) => Ok(()),
        Err(e) => Err(e),
    }
}

/// The channel invite links lead to: the school's welcome channel, else the server's
/// system channel, else the first text channel Porter may create invites in.
fn invite_channel(cache: &serenity::Cache, school: &School) -> Result<serenity::ChannelId, Error> {
    if let Some(welcome) = school.welcome_channel_id {
        return Ok(serenity::ChannelId::from(welcome));
    }
    let guild_id = serenity::GuildId::from(school.guild_id);
    let Some(guild) = cache.guild(guild_id) else {
        return Err(Error::Internal(anyhow::anyhow!(
            "guild {guild_id} is not in the cache"
        )));
    };
    let me = cache.current_user().id;
    let can_invite = |channel: &serenity::GuildChannel| {
        guild.members.get(&me).is_none_or(|member| {
            guild.user_permissions_in(channel, member).contains(
                serenity::Permissions::CREATE_INSTANT_INVITE | serenity::Permissions::VIEW_CHANNEL,
            )
        })
    };
    if let Some(system) = guild
        .system_channel_id
        .and_then(|id| guild.channels.get(&id))
    {
        if can_invite(system) {
            return Ok(system.id);
        }
    }
    let mut text: Vec<&serenity::GuildChannel> = guild
        .channels
        .values()
        .filter(|c| {
            matches!(
                c.kind,
                serenity::ChannelType::Text | serenity::ChannelType::News
            )
        })
        .collect();
    text.sort_by_key(|c| (c.position, c.id));
    text.into_iter()
        .find(|c| can_invite(c))
        .map(|c| c.id)
        .ok_or_else(|| Error::User(msg!("error-link-no-channel")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn target_users_are_one_id_a_line() {
        let users = [UserId::new(2_000_000_000_000_004), UserId::new(7)];
        assert_eq!(target_users_csv(&users), "2000000000000004\n7\n");
    }

    #[test]
    fn audit_reasons_are_url_encoded() {
        assert_eq!(
            audit_reason("Porter: by user 1"),
            "Porter%3A%20by%20user%201"
        );
        assert_eq!(audit_reason("é"), "%C3%A9");
    }
}
