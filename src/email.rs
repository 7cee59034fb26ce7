//! Invitations by email: the `[email]` settings, the message (plain text with an HTML
//! alternative) and its delivery over SMTP through lettre.

use std::time::Duration;

use lettre::message::{Mailbox, MultiPart};
use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Tls, TlsParameters};
use lettre::{Address, AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

use crate::i18n::{msg, t, Lang, Msg};

/// The environment variable that holds the SMTP password (never in the config file).
pub const PASSWORD_VAR: &str = "PORTER_SMTP_PASSWORD";
/// Emails one moderator may have Porter send in 24 hours, unless set.
pub const DEFAULT_DAILY_PER_MODERATOR: u32 = 20;
/// Emails one school may have Porter send in 24 hours, unless set.
pub const DEFAULT_DAILY_PER_SCHOOL: u32 = 200;
/// The longest address Porter sends to (RFC 5321's limit on a forward path).
pub const MAX_ADDRESS_LEN: usize = 254;
/// How long one SMTP exchange may take.
const SMTP_TIMEOUT: Duration = Duration::from_secs(20);

/// How the SMTP connection is secured.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TlsMode {
    /// Plain connection upgraded with STARTTLS, which must succeed (port 587 by default).
    Starttls,
    /// TLS from the first byte (port 465 by default).
    Tls,
    /// No encryption at all (port 25 by default): only for a relay on the same host.
    None,
}

impl TlsMode {
    pub fn parse(text: &str) -> Option<Self> {
        match text.trim().to_ascii_lowercase().as_str() {
            "starttls" => Some(Self::Starttls),
            "tls" => Some(Self::Tls),
            "none" => Some(Self::None),
            _ => None,
        }
    }

    /// The port used when none is set.
    pub fn default_port(self) -> u16 {
        match self {
            Self::Starttls => 587,
            Self::Tls => 465,
            Self::None => 25,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Starttls => "starttls",
            Self::Tls => "tls",
            Self::None => "none",
        }
    }
}

/// The `[email]` settings.
#[derive(Clone, PartialEq, Eq)]
pub struct EmailConfig {
    pub host: String,
    pub port: u16,
    pub tls: TlsMode,
    /// The SMTP login; with it, the password from [`PASSWORD_VAR`].
    pub user: Option<String>,
    /// Never printed.
    pub password: Option<String>,
    /// The sender, e.g. `Porter <porter@school.example>`.
    pub from: Mailbox,
    pub daily_per_moderator: u32,
    pub daily_per_school: u32,
}

impl std::fmt::Debug for EmailConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("EmailConfig")
            .field("host", &self.host)
            .field("port", &self.port)
            .field("tls", &self.tls)
            .field("user", &self.user)
            .field("password", &self.password.as_ref().map(|_| "<redacted>"))
            .field("from", &self.from.to_string())
            .field("daily_per_moderator", &self.daily_per_moderator)
            .field("daily_per_school", &self.daily_per_school)
            .finish()
    }
}

impl EmailConfig {
    /// One line for `porter check` and the logs, without the password.
    pub fn describe(&self) -> String {
        format!(
            "SMTP {}:{} ({}{}), from {}, at most {} a moderator and {} a school per 24 hours",
            self.host,
            self.port,
            self.tls.as_str(),
            match &self.user {
                Some(user) => format!(", as {user}"),
                None => ", no login".to_owned(),
            },
            self.from,
            self.daily_per_moderator,
            self.daily_per_school
        )
    }
}

/// Reads an address a moderator typed: lettre's parser, and no longer than
/// [`MAX_ADDRESS_LEN`]. `None` for anything else (a name with it, spaces, a list...).
pub fn parse_address(text: &str) -> Option<Address> {
    let text = text.trim();
    if text.is_empty() || text.len() > MAX_ADDRESS_LEN || text.chars().any(char::is_control) {
        return None;
    }
    text.parse::<Address>().ok()
}

/// Why an email did not go out.
#[derive(Debug, thiserror::Error)]
pub enum SendError {
    #[error("the message could not be built: {0}")]
    Build(#[from] lettre::error::Error),
    #[error("{0}")]
    Smtp(#[from] lettre::transport::smtp::Error),
    #[error("the server closed the connection at once")]
    Closed,
}

impl SendError {
    /// A few words for a moderator, in English (for the logs): see [`SendError::reason`].
    pub fn for_people(&self) -> String {
        self.reason().render(Lang::ENGLISH)
    }

    /// A few words for a moderator, to render in their language: what the mail server
    /// said, or that it was unreachable.
    pub fn reason(&self) -> Msg {
        match self {
            Self::Build(_) => msg!("email-failed-build"),
            Self::Closed => msg!("email-failed-closed"),
            Self::Smtp(e) if e.is_permanent() => match e.status() {
                Some(code) => msg!("email-failed-permanent-code", code = code.to_string()),
                None => msg!("email-failed-permanent"),
            },
            Self::Smtp(e) if e.is_transient() => match e.status() {
                Some(code) => msg!("email-failed-transient-code", code = code.to_string()),
                None => msg!("email-failed-transient"),
            },
            Self::Smtp(e) if e.is_timeout() => msg!("email-failed-timeout"),
            Self::Smtp(_) => msg!("email-failed-unreachable"),
        }
    }
}

/// What an invitation email says.
#[derive(Debug, Clone)]
pub struct InvitationMail<'a> {
    pub school: &'a str,
    pub inviter: &'a str,
    pub code: &'a str,
    /// The Discord invite link, when the invitation has one.
    pub link: Option<&'a str>,
    /// When it stops working, in words (e.g. `2026-12-01 10:00 UTC`); `None`: until revoked.
    pub expires: Option<String>,
    /// The invitation's label, if any.
    pub label: Option<&'a str>,
    /// The language it is written in: the school's (its server's).
    pub lang: Lang,
}

impl InvitationMail<'_> {
    pub fn subject(&self) -> String {
        t!(self.lang, "email-subject", school = one_line(self.school))
    }

    /// The plain-text part.
    pub fn text(&self) -> String {
        let lang = self.lang;
        let school = one_line(self.school);
        let inviter = one_line(self.inviter);
        let mut lines = vec![
            t!(lang, "email-intro", inviter = inviter, school = school),
            String::new(),
        ];
        if let Some(label) = self.label {
            lines.push(t!(lang, "email-invitation", label = one_line(label)));
        }
        lines.push(t!(lang, "email-code", code = self.code));
        if let Some(link) = self.link {
            lines.push(t!(lang, "email-link", link = link));
        }
        lines.push(match &self.expires {
            Some(at) => t!(lang, "email-valid-until", until = at.as_str()),
            None => t!(lang, "email-valid-until-revoked"),
        });
        lines.push(String::new());
        lines.push(t!(lang, "email-how"));
        let join = format!("/join code:{}", self.code);
        lines.push(match self.link {
            Some(link) => t!(lang, "email-how-link", link = link, join = join),
            None => t!(lang, "email-how-code", join = join),
        });
        lines.push(String::new());
        lines.push(t!(lang, "email-ignore"));
        lines.push(String::new());
        lines.join("\n")
    }

    /// The HTML part: the same, every value escaped.
    pub fn html(&self) -> String {
        let lang = self.lang;
        let school = escape(&one_line(self.school));
        let inviter = escape(&one_line(self.inviter));
        let code = escape(self.code);
        let mut out = format!(
            "<!DOCTYPE html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\"><title>{}</title></head><body>\n<p>{}</p>\n<ul>\n",
            lang.id(),
            escape(&self.subject()),
            t!(
                lang,
                "email-intro",
                inviter = format!("<strong>{inviter}</strong>"),
                school = format!("<strong>{school}</strong>"),
            )
        );
        let mut item = |text: String| out.push_str(&format!("<li>{text}</li>\n"));
        if let Some(label) = self.label {
            item(t!(
                lang,
                "email-invitation",
                label = escape(&one_line(label))
            ));
        }
        item(t!(
            lang,
            "email-code",
            code = format!("<code>{code}</code>")
        ));
        if let Some(link) = self.link {
            let link = escape(link);
            item(t!(
                lang,
                "email-link",
                link = format!("<a href=\"{link}\">{link}</a>")
            ));
        }
        item(match &self.expires {
            Some(at) => t!(lang, "email-valid-until", until = escape(at)),
            None => t!(lang, "email-valid-until-revoked"),
        });
        let join = format!("<code>/join code:{code}</code>");
        let how = match self.link {
            Some(link) => t!(
                lang,
                "email-how-link",
                link = format!("<a href=\"{0}\">{0}</a>", escape(link)),
                join = join,
            ),
            None => t!(lang, "email-how-code", join = join),
        };
        out.push_str(&format!(
            "</ul>\n<p>{}</p>\n<p>{how}</p>\n<p>{}</p>\n</body></html>\n",
            t!(lang, "email-how"),
            t!(lang, "email-ignore"),
        ));
        out
    }
}

/// Text on one line (no header injection through a school's or a person's name).
fn one_line(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

/// Escapes text for HTML content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Sends email through the configured SMTP server.
#[derive(Clone)]
pub struct Mailer {
    config: EmailConfig,
    transport: AsyncSmtpTransport<Tokio1Executor>,
}

impl std::fmt::Debug for Mailer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Mailer")
            .field("config", &self.config)
            .finish()
    }
}

impl Mailer {
    pub fn new(config: EmailConfig) -> Result<Self, SendError> {
        let tls = |wrap: bool| -> Result<Tls, SendError> {
            let parameters = TlsParameters::new(config.host.clone())?;
            Ok(if wrap {
                Tls::Wrapper(parameters)
            } else {
                Tls::Required(parameters)
            })
        };
        let mut builder = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(&config.host)
            .port(config.port)
            .timeout(Some(SMTP_TIMEOUT));
        builder = match config.tls {
            TlsMode::Starttls => builder.tls(tls(false)?),
            TlsMode::Tls => builder.tls(tls(true)?),
            TlsMode::None => builder.tls(Tls::None),
        };
        if let (Some(user), Some(password)) = (&config.user, &config.password) {
            builder = builder.credentials(Credentials::new(user.clone(), password.clone()));
        }
        Ok(Self {
            transport: builder.build(),
            config,
        })
    }

    pub fn config(&self) -> &EmailConfig {
        &self.config
    }

    /// Connects, greets (EHLO), secures and logs in as configured, then quits: sends
    /// nothing.
    pub async fn test_connection(&self) -> Result<(), SendError> {
        match self.transport.test_connection().await? {
            true => Ok(()),
            false => Err(SendError::Closed),
        }
    }

    /// Builds the invitation email to `to`.
    pub fn message(&self, to: &Address, mail: &InvitationMail<'_>) -> Result<Message, SendError> {
        Ok(Message::builder()
            .from(self.config.from.clone())
            .to(Mailbox::new(None, to.clone()))
            .subject(mail.subject())
            .multipart(MultiPart::alternative_plain_html(mail.text(), mail.html()))?)
    }

    /// Sends the invitation email to `to`.
    pub async fn send(&self, to: &Address, mail: &InvitationMail<'_>) -> Result<(), SendError> {
        let message = self.message(to, mail)?;
        self.transport.send(message).await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_are_read_strictly() {
        assert!(parse_address("jo@example.org").is_some());
        assert!(parse_address("  jo.smith+tag@sub.example.org ").is_some());
        for bad in [
            "",
            "jo",
            "jo@",
            "@example.org",
            "Jo <jo@example.org>",
            "jo@example.org, al@example.org",
            "jo @example.org",
            "jo@example.org\r\nBcc: x@example.org",
        ] {
            assert!(parse_address(bad).is_none(), "{bad:?}");
        }
        let long = format!("{}@example.org", "a".repeat(250));
        assert!(parse_address(&long).is_none());
    }

    #[test]
    fn the_html_part_escapes_everything() {
        let mail = InvitationMail {
            school: "<b>Hill & Dale</b>",
            inviter: "Ms \"O'Hara\"",
            code: "ABCDE12345",
            link: Some("https://discord.gg/abc?x=1&y=<2>"),
            expires: None,
            label: Some("<script>alert(1)</script>"),
            lang: Lang::ENGLISH,
        };
        let html = mail.html();
        assert!(
            html.contains("&lt;b&gt;Hill &amp; Dale&lt;/b&gt;"),
            "{html}"
        );
        assert!(html.contains("Ms &quot;O&#39;Hara&quot;"), "{html}");
        assert!(html.contains("&lt;script&gt;"), "{html}");
        assert!(
            !html.contains("<script>") && !html.contains("<b>Hill"),
            "{html}"
        );
        assert!(
            html.contains("https://discord.gg/abc?x=1&amp;y=&lt;2&gt;"),
            "{html}"
        );
        let text = mail.text();
        assert!(text.contains("<b>Hill & Dale</b>") && text.contains("ABCDE12345"));
    }

    #[test]
    fn the_password_is_never_printed() {
        let config = EmailConfig {
            host: "smtp.example.org".to_owned(),
            port: 587,
            tls: TlsMode::Starttls,
            user: Some("porter".to_owned()),
            password: Some("hunter2-secret".to_owned()),
            from: "Porter <porter@example.org>".parse().unwrap(),
            daily_per_moderator: 1,
            daily_per_school: 2,
        };
        assert!(!format!("{config:?}").contains("hunter2"));
        assert!(!config.describe().contains("hunter2"));
        let mailer = Mailer::new(config).unwrap();
        assert!(!format!("{mailer:?}").contains("hunter2"));
    }
}
