//! The welcome message (`/school setup welcome_message:`): posted in the welcome channel when
//! someone joins, with `{user}`, `{school}` and `{inviter}` filled in.

use super::{audit, Actor, Domain, DomainError, GuildId, Permission};

/// The longest welcome message, before its placeholders are filled in.
pub const MAX_WELCOME_CHARS: usize = 1000;
/// Discord's limit on a message's content: a filled-in message is cut there.
const MAX_MESSAGE_CHARS: usize = 2000;
/// The placeholders a welcome message may hold.
const PLACEHOLDERS: [&str; 3] = ["user", "school", "inviter"];
/// What `welcome_message:` takes to remove the message.
const CLEAR: &str = "off";

/// What `welcome_message:` asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WelcomeChange {
    Set(String),
    Clear,
}

/// Reads `welcome_message:`: `off` clears it; otherwise a text of at most
/// [`MAX_WELCOME_CHARS`] whose every `{…}` is one of `{user}`, `{school}`, `{inviter}`.
pub fn parse_welcome(input: &str) -> Result<WelcomeChange, DomainError> {
    let text = input.trim();
    if text.eq_ignore_ascii_case(CLEAR) {
        return Ok(WelcomeChange::Clear);
    }
    if text.is_empty() {
        return Err(DomainError::WelcomeBlank);
    }
    if text.chars().count() > MAX_WELCOME_CHARS {
        return Err(DomainError::WelcomeTooLong);
    }
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let Some(close) = after
            .find(['}', '{'])
            .filter(|&c| after[c..].starts_with('}'))
        else {
            let shown: String = rest[open..].chars().take(20).collect();
            return Err(DomainError::UnknownPlaceholder(shown));
        };
        let name = &after[..close];
        if !PLACEHOLDERS.contains(&name) {
            let shown: String = name.chars().take(20).collect();
            return Err(DomainError::UnknownPlaceholder(format!("{{{shown}}}")));
        }
        rest = &after[close + 1..];
    }
    Ok(WelcomeChange::Set(text.to_owned()))
}

/// Fills in a welcome message: `{user}` mentions the newcomer, `{school}` is the server's
/// name, `{inviter}` mentions whoever made the invitation (`no_inviter`, the server's words
/// for "the school", after a public join). Cut at Discord's 2000 characters.
pub fn render_welcome(
    template: &str,
    user: u64,
    school: &str,
    inviter: Option<u64>,
    no_inviter: &str,
) -> String {
    let inviter = inviter.map_or_else(|| no_inviter.to_owned(), |id| format!("<@{id}>"));
    let filled = template
        .replace("{user}", &format!("<@{user}>"))
        .replace("{inviter}", &inviter)
        .replace("{school}", school);
    if filled.chars().count() <= MAX_MESSAGE_CHARS {
        return filled;
    }
    let mut cut: String = filled.chars().take(MAX_MESSAGE_CHARS - 1).collect();
    cut.push('…');
    cut
}

impl Domain {
    /// Sets or clears the school's welcome message (needs manage).
    pub async fn set_welcome_message(
        &self,
        guild_id: GuildId,
        actor: &Actor,
        change: &WelcomeChange,
    ) -> Result<(), DomainError> {
        self.require(guild_id, actor, Permission::Manage).await?;
        let now = self.now();
        let (text, detail) = match change {
            WelcomeChange::Set(text) => (
                Some(text.as_str()),
                format!("set {} characters", text.chars().count()),
            ),
            WelcomeChange::Clear => (None, "cleared".to_owned()),
        };
        let mut tx = self.db.write(guild_id).await?;
        let done = sqlx::query(
            "UPDATE schools SET welcome_message = $1, updated_at = $2 WHERE guild_id = $3",
        )
        .bind(text)
        .bind(now)
        .bind(guild_id)
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() == 0 {
            return Err(DomainError::NotASchool);
        }
        audit::record(
            &mut tx,
            audit::Entry::new(guild_id, actor.user_id, "welcome_message", now).detail(detail),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_placeholders_pass_and_unknown_ones_are_named() {
        assert_eq!(
            parse_welcome(" Welcome {user} to {school}, invited by {inviter}! ").unwrap(),
            WelcomeChange::Set("Welcome {user} to {school}, invited by {inviter}!".to_owned())
        );
        assert_eq!(parse_welcome("OFF").unwrap(), WelcomeChange::Clear);
        match parse_welcome("Hi {name}!") {
            Err(DomainError::UnknownPlaceholder(p)) => assert_eq!(p, "{name}"),
            other => panic!("{other:?}"),
        }
        match parse_welcome("Hi {user") {
            Err(DomainError::UnknownPlaceholder(p)) => assert_eq!(p, "{user"),
            other => panic!("{other:?}"),
        }
        assert!(matches!(
            parse_welcome("  "),
            Err(DomainError::WelcomeBlank)
        ));
        let long = "a".repeat(MAX_WELCOME_CHARS + 1);
        assert!(matches!(
            parse_welcome(&long),
            Err(DomainError::WelcomeTooLong)
        ));
    }

    #[test]
    fn a_filled_message_mentions_and_stays_within_discords_limit() {
        assert_eq!(
            render_welcome(
                "Hi {user}, welcome to {school} ({inviter})",
                7,
                "Oak",
                Some(9),
                "the school"
            ),
            "Hi <@7>, welcome to Oak (<@9>)"
        );
        assert_eq!(
            render_welcome("{inviter}", 7, "Oak", None, "la escuela"),
            "la escuela"
        );
        let big = render_welcome(&"{school}".repeat(125), 7, &"x".repeat(100), None, "");
        assert_eq!(big.chars().count(), MAX_MESSAGE_CHARS);
    }
}
