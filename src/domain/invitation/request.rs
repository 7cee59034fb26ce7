//! The options of `/invite create`, checked before anything is made on Discord's side.

use std::time::Duration;

use super::label;
use crate::domain::{DomainError, RoleId, Timestamp, UserId};

/// Longest label, in characters.
pub const MAX_LABEL_CHARS: usize = 100;
/// Highest `max_uses`.
pub const MAX_USES: i64 = 10_000;
/// Longest expiry.
pub const MAX_EXPIRY: Duration = Duration::from_secs(365 * 24 * 3600);
/// Shortest expiry.
const MIN_EXPIRY: Duration = Duration::from_secs(60);
/// Longest expiry input worth reading.
const MAX_EXPIRY_INPUT: usize = 64;

/// The options of `/invite create`, as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct InvitationRequest {
    pub label: Option<String>,
    pub max_uses: Option<i64>,
    /// A duration such as `7d`, `12h`, `1w 2d` or `90min`.
    pub expires_in: Option<String>,
}

/// A checked [`InvitationRequest`]: a label of at most 100 characters, `max_uses` in
/// `1..=10000`, an expiry between a minute and a year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewInvitation {
    label: Option<String>,
    max_uses: Option<u32>,
    pub(super) expires_in: Option<Duration>,
    recipient: Option<UserId>,
    /// Extra roles from the school's list (see [`crate::domain::Domain::prepare_class_roles`]).
    pub(super) roles: Vec<RoleId>,
    /// When the extra roles are taken back.
    pub(super) roles_until: Option<Timestamp>,
}

impl NewInvitation {
    /// Checks every option; the first one that is wrong is the error.
    pub fn parse(request: &InvitationRequest) -> Result<Self, DomainError> {
        let label = request.label.as_deref().map(label::clean).transpose()?;
        if label
            .as_ref()
            .is_some_and(|l| l.chars().count() > MAX_LABEL_CHARS)
        {
            return Err(DomainError::LabelTooLong);
        }
        let max_uses = match request.max_uses {
            Some(n) if !(1..=MAX_USES).contains(&n) => {
                return Err(DomainError::MaxUsesOutOfRange(n))
            }
            other => other.map(|n| n as u32),
        };
        let expires_in = request
            .expires_in
            .as_deref()
            .map(parse_expiry)
            .transpose()?;
        Ok(Self {
            label,
            max_uses,
            expires_in,
            recipient: None,
            roles: Vec::new(),
            roles_until: None,
        })
    }

    /// Makes it a personal invitation: only `recipient` may join through it, once. A cap
    /// other than one use is refused ([`DomainError::PersonalUses`]).
    pub fn personal(self, recipient: UserId) -> Result<Self, DomainError> {
        match self.max_uses {
            None | Some(1) => Ok(Self {
                max_uses: Some(1),
                recipient: Some(recipient),
                ..self
            }),
            Some(n) => Err(DomainError::PersonalUses(i64::from(n))),
        }
    }

    /// The one person it is for, when it is personal.
    pub fn recipient(&self) -> Option<UserId> {
        self.recipient
    }

    /// The cap on joins, if any.
    pub fn max_uses(&self) -> Option<u32> {
        self.max_uses
    }

    /// The extra roles it hands out besides the member role.
    pub fn roles(&self) -> &[RoleId] {
        &self.roles
    }

    /// The label, if any.
    pub fn label(&self) -> Option<&str> {
        self.label.as_deref()
    }
}

/// Reads `7d`, `12h`, `1w 2d`, `90min`, `2 days`… into a duration within bounds.
fn parse_expiry(input: &str) -> Result<Duration, DomainError> {
    let input = input.trim();
    if input.is_empty() || input.len() > MAX_EXPIRY_INPUT {
        return Err(DomainError::UnreadableExpiry);
    }
    let duration = humantime::parse_duration(input).map_err(|e| match e {
        humantime::DurationError::NumberOverflow => DomainError::ExpiryOutOfRange,
        _ => DomainError::UnreadableExpiry,
    })?;
    if !(MIN_EXPIRY..=MAX_EXPIRY).contains(&duration) {
        return Err(DomainError::ExpiryOutOfRange);
    }
    Ok(duration)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(
        label: Option<&str>,
        max_uses: Option<i64>,
        expires_in: Option<&str>,
    ) -> InvitationRequest {
        InvitationRequest {
            label: label.map(str::to_owned),
            max_uses,
            expires_in: expires_in.map(str::to_owned),
        }
    }

    #[test]
    fn options_within_bounds_are_accepted() {
        let new = NewInvitation::parse(&request(
            Some("  Year 7\n parents "),
            Some(10_000),
            Some("7d"),
        ))
        .unwrap();
        assert_eq!(new.label(), Some("Year 7 parents"));
        assert_eq!(new.max_uses(), Some(10_000));
        assert_eq!(new.expires_in, Some(Duration::from_secs(7 * 86400)));
        for ok in ["1m", "12h", "1w 2d", "90min", "2 days", "365d"] {
            assert!(
                NewInvitation::parse(&request(None, None, Some(ok))).is_ok(),
                "{ok}"
            );
        }
        let unlabelled = NewInvitation::parse(&request(None, Some(1), None)).unwrap();
        assert_eq!(unlabelled.label(), None);
    }

    fn label(raw: &str) -> Result<Option<String>, DomainError> {
        NewInvitation::parse(&request(Some(raw), None, None)).map(|n| n.label)
    }

    #[test]
    fn labels_with_nothing_visible_are_refused() {
        for blank in [
            " \u{7} ",
            "\u{200B}",
            "\u{200B}\u{200C}\u{200D}\u{2060}\u{FEFF}",
            "\u{00AD}",
            "\u{3164}\u{3164}",
            "\u{115F}\u{1160}\u{FFA0}",
            "\u{2800}",
            "\u{FE0F}",
            " \u{FE0F}\u{E0100} ",
            "\u{E0067}\u{E0062}\u{E007F}",
            "\u{200D} \u{200D}",
        ] {
            assert!(
                matches!(label(blank), Err(DomainError::LabelBlank)),
                "{blank:?}: {:?}",
                label(blank)
            );
        }
    }

    #[test]
    fn labels_with_direction_controls_are_refused() {
        for c in [
            '\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}', '\u{2066}', '\u{2067}',
            '\u{2068}', '\u{2069}', '\u{200E}', '\u{200F}', '\u{061C}',
        ] {
            let raw = format!("Year 7 {c}stnerap");
            assert!(
                matches!(label(&raw), Err(DomainError::LabelDirectionControl(x)) if x == c),
                "{c:?}"
            );
        }
    }

    #[test]
    fn invisible_characters_are_removed_where_they_do_nothing() {
        let cases = [
            ("Year\u{200B} 7", "Year 7"),
            ("\u{FEFF}Year 7\u{2060}", "Year 7"),
            ("par\u{00AD}ents", "parents"),
            ("Year \u{3164} 7", "Year 7"),
            ("\u{200D}Year 7\u{200D}", "Year 7"),
            ("Year\u{200C}\u{200C}7", "Year\u{200C}7"),
            ("\u{FE0F}Year 7", "Year 7"),
            ("a\u{E0061}\u{E0062}b", "ab"),
        ];
        for (raw, clean) in cases {
            assert_eq!(label(raw).unwrap().as_deref(), Some(clean), "{raw:?}");
        }
        // What invisible characters do, they keep doing.
        for kept in [
            "👨\u{200D}👩\u{200D}👧\u{200D}👦 families",
            "👩🏽\u{200D}💻",
            "🏳\u{FE0F}\u{200D}🌈",
            "❤\u{FE0F}",
            "1\u{FE0F}\u{20E3}",
            "🇩🇪 🇫🇷",
            "🏴\u{E0067}\u{E0062}\u{E0077}\u{E006C}\u{E0073}\u{E007F} Wales",
            "می\u{200C}خواهم",
            "Zoe\u{0308} and Noe\u{0308}l",
        ] {
            assert_eq!(label(kept).unwrap().as_deref(), Some(kept), "{kept:?}");
        }
    }

    #[test]
    fn personal_invitations_hold_one_use() {
        let someone = UserId::new(7);
        let new = NewInvitation::parse(&request(None, None, Some("7d")))
            .unwrap()
            .personal(someone)
            .unwrap();
        assert_eq!(new.max_uses(), Some(1));
        assert_eq!(new.recipient(), Some(someone));
        assert_eq!(new.expires_in, Some(Duration::from_secs(7 * 86400)));
        let one = NewInvitation::parse(&request(None, Some(1), None)).unwrap();
        assert_eq!(one.personal(someone).unwrap().max_uses(), Some(1));
        let five = NewInvitation::parse(&request(None, Some(5), None)).unwrap();
        assert!(matches!(
            five.personal(someone),
            Err(DomainError::PersonalUses(5))
        ));
        let anyone = NewInvitation::parse(&request(None, None, None)).unwrap();
        assert_eq!(anyone.recipient(), None);
    }

    #[test]
    fn options_out_of_bounds_are_refused() {
        let long = "x".repeat(MAX_LABEL_CHARS + 1);
        assert!(matches!(
            NewInvitation::parse(&request(Some(&long), None, None)),
            Err(DomainError::LabelTooLong)
        ));
        let hundred = "é".repeat(MAX_LABEL_CHARS);
        assert!(NewInvitation::parse(&request(Some(&hundred), None, None)).is_ok());
        for n in [0, -1, 10_001, i64::MAX] {
            assert!(
                matches!(NewInvitation::parse(&request(None, Some(n), None)), Err(DomainError::MaxUsesOutOfRange(m)) if m == n)
            );
        }
        for bad in ["soon", "", "7", "-1d", "1d; DROP TABLE", &"9".repeat(100)] {
            assert!(
                matches!(
                    NewInvitation::parse(&request(None, None, Some(bad))),
                    Err(DomainError::UnreadableExpiry)
                ),
                "{bad}"
            );
        }
        for out in ["30s", "366d", "99999999999999999999d"] {
            assert!(
                matches!(
                    NewInvitation::parse(&request(None, None, Some(out))),
                    Err(DomainError::ExpiryOutOfRange)
                ),
                "{out}"
            );
        }
    }
}
