//! Invitations sent by email: the daily limits, and the audit entry that records each
//! email with its address masked and hashed (table `email_keys` holds each school's key).

use hmac::{Hmac, Mac};
use sha2::Sha256;

use super::{audit, Actor, AuditId, Domain, DomainError, GuildId, Invitation, Timestamp};

/// The audit action of an invitation sent by email.
pub const EMAIL_ACTION: &str = "invitation_email";
/// The window the daily limits count over: the last 24 hours.
pub const EMAIL_WINDOW: Timestamp = 24 * 60 * 60;

/// How many invitation emails may go out in 24 hours.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EmailLimits {
    pub per_moderator: u32,
    pub per_school: u32,
}

/// Whose daily limit an email would pass.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EmailLimitOf {
    Moderator,
    School,
}

/// An email counted and recorded before it is sent (see [`Domain::reserve_email`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmailReservation {
    pub guild_id: GuildId,
    audit_id: AuditId,
    /// The address as the audit log keeps it, e.g. `j***@example.org`.
    pub masked: String,
    /// The school's keyed hash of the address (16 hex digits).
    pub hash: String,
}

/// The address with its local part hidden but for its first character:
/// `jo.smith@example.org` → `j***@example.org`. The domain is kept, lowercased.
pub fn mask_address(address: &str) -> String {
    let address = address.trim();
    match address.rsplit_once('@') {
        Some((local, domain)) => {
            let first = local.chars().next().map_or(String::new(), String::from);
            format!("{first}***@{}", domain.to_lowercase())
        }
        None => "***".to_owned(),
    }
}

/// The keyed hash of an address (HMAC-SHA-256 of the lowercased address, first 8 bytes in
/// hex): the same address gives the same hash under the same key.
pub fn hash_address(key: &[u8], address: &str) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(key).expect("HMAC takes a key of any length");
    mac.update(address.trim().to_lowercase().as_bytes());
    hex(&mac.finalize().into_bytes()[..8])
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn unhex(text: &str) -> Option<Vec<u8>> {
    text.len()
        .is_multiple_of(2)
        .then(|| {
            (0..text.len())
                .step_by(2)
                .map(|i| u8::from_str_radix(text.get(i..i + 2)?, 16).ok())
                .collect()
        })
        .flatten()
}

impl Domain {
    /// Counts and records an email of the invitation to `address` by `actor`, before it is
    /// sent: refused with [`DomainError::EmailLimit`] when the moderator or the school sent
    /// their `limits` in the last 24 hours. The count and the record are one transaction in
    /// the school's turn, so the limits hold across processes and restarts. The audit entry
    /// keeps the address masked and hashed with the school's key; undo it with
    /// [`Domain::cancel_email`] if the email does not go out.
    pub async fn reserve_email(
        &self,
        invitation: &Invitation,
        actor: &Actor,
        address: &str,
        limits: EmailLimits,
    ) -> Result<EmailReservation, DomainError> {
        let guild_id = invitation.guild_id;
        let now = self.now();
        let since = now - EMAIL_WINDOW;
        let mut tx = self.db.write(guild_id).await?;
        let school_sent: Vec<(Timestamp, super::UserId)> = sqlx::query_as(
            "SELECT at, actor_id FROM audit_log \
             WHERE guild_id = $1 AND action = $2 AND at > $3 ORDER BY at",
        )
        .bind(guild_id)
        .bind(EMAIL_ACTION)
        .bind(since)
        .fetch_all(&mut *tx)
        .await?;
        let moderator_sent: Vec<Timestamp> = school_sent
            .iter()
            .filter(|(_, by)| *by == actor.user_id)
            .map(|(at, _)| *at)
            .collect();
        let school_sent: Vec<Timestamp> = school_sent.into_iter().map(|(at, _)| at).collect();
        let counts = [
            (
                EmailLimitOf::Moderator,
                limits.per_moderator,
                moderator_sent,
            ),
            (EmailLimitOf::School, limits.per_school, school_sent),
        ];
        for (of, limit, sent) in counts {
            if sent.len() >= limit as usize {
                // One more may go once the oldest that counts is 24 hours old.
                let oldest = sent[sent.len() - limit as usize];
                return Err(DomainError::EmailLimit {
                    of,
                    limit,
                    retry_at: oldest + EMAIL_WINDOW,
                });
            }
        }
        let key: Option<String> =
            sqlx::query_scalar("SELECT hash_key FROM email_keys WHERE guild_id = $1")
                .bind(guild_id)
                .fetch_optional(&mut *tx)
                .await?;
        let key = match key.as_deref().and_then(unhex) {
            Some(key) => key,
            None => {
                let key = rand::random::<[u8; 32]>().to_vec();
                sqlx::query(
                    "INSERT INTO email_keys (guild_id, hash_key, created_at) VALUES ($1, $2, $3)",
                )
                .bind(guild_id)
                .bind(hex(&key))
                .bind(now)
                .execute(&mut *tx)
                .await?;
                key
            }
        };
        let masked = mask_address(address);
        let hash = hash_address(&key, address);
        let entry = audit::Entry::new(guild_id, actor.user_id, EMAIL_ACTION, now)
            .invitation(invitation.id)
            .detail(format!("{masked} #{hash}"));
        let audit_id = audit::record(&mut tx, entry).await?;
        tx.commit().await?;
        Ok(EmailReservation {
            guild_id,
            audit_id,
            masked,
            hash,
        })
    }

    /// Undoes [`Domain::reserve_email`] for an email that did not go out: it no longer
    /// counts, and the audit log does not say it was sent.
    pub async fn cancel_email(&self, reservation: &EmailReservation) -> Result<(), DomainError> {
        let mut tx = self.db.write(reservation.guild_id).await?;
        audit::erase(&mut tx, reservation.audit_id).await?;
        tx.commit().await?;
        Ok(())
    }

    /// The keyed hash the school's audit log would show for `address` (`None` before the
    /// school's first email).
    pub async fn email_hash(
        &self,
        guild_id: GuildId,
        address: &str,
    ) -> Result<Option<String>, DomainError> {
        let key: Option<String> =
            sqlx::query_scalar("SELECT hash_key FROM email_keys WHERE guild_id = $1")
                .bind(guild_id)
                .fetch_optional(self.db.pool())
                .await?;
        Ok(key
            .as_deref()
            .and_then(unhex)
            .map(|key| hash_address(&key, address)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_are_masked_and_hashed() {
        assert_eq!(mask_address("jo.smith@Example.ORG"), "j***@example.org");
        assert_eq!(mask_address("a@b.c"), "a***@b.c");
        assert_eq!(mask_address("nothing"), "***");
        let key = [7u8; 32];
        let hash = hash_address(&key, "Jo@Example.org");
        assert_eq!(hash.len(), 16);
        assert_eq!(hash, hash_address(&key, " jo@example.org"));
        assert_ne!(hash, hash_address(&[8u8; 32], "jo@example.org"));
        assert_ne!(hash, hash_address(&key, "al@example.org"));
        assert_eq!(unhex(&hex(&key)).unwrap(), key.to_vec());
    }
}
