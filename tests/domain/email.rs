//! Invitations by email: the daily limits (per moderator, per school) held in the database,
//! and the audit entry that keeps the address masked and hashed, never in clear.

use porter::domain::{EmailLimitOf, EmailLimits, EMAIL_ACTION, EMAIL_WINDOW};

use super::*;

on_both_backends! {
    the_daily_limits_count_per_moderator_and_per_school_and_survive_a_restart,
    an_email_that_did_not_go_out_counts_nothing_and_leaves_no_entry,
    the_audit_log_keeps_the_address_masked_and_hashed_never_in_clear,
    two_processes_sending_at_once_keep_the_limit,
}

const LIMITS: EmailLimits = EmailLimits {
    per_moderator: 2,
    per_school: 3,
};

async fn emails_in_audit(world: &World) -> Vec<porter::domain::AuditEntry> {
    world
        .domain
        .audit_trail(GUILD, 1000)
        .await
        .unwrap()
        .into_iter()
        .filter(|e| e.action == EMAIL_ACTION)
        .collect()
}

async fn the_daily_limits_count_per_moderator_and_per_school_and_survive_a_restart(b: Backend) {
    let world = World::with_school(b, Access::Private).await;
    let d = &world.domain;
    let invitation = world.invite(None, None).await;
    d.reserve_email(&invitation, &admin(), "a@example.org", LIMITS)
        .await
        .unwrap();
    world.clock.advance(60);
    d.reserve_email(&invitation, &admin(), "b@example.org", LIMITS)
        .await
        .unwrap();
    // The admin's third in 24 hours: refused, one more may go when the first is a day old.
    let err = d
        .reserve_email(&invitation, &admin(), "c@example.org", LIMITS)
        .await
        .unwrap_err();
    assert!(
        matches!(
            err,
            DomainError::EmailLimit { of: EmailLimitOf::Moderator, limit: 2, retry_at }
                if retry_at == START + EMAIL_WINDOW
        ),
        "{err:?}"
    );
    // Another moderator still may, until the school's limit.
    d.reserve_email(&invitation, &moderator(), "d@example.org", LIMITS)
        .await
        .unwrap();
    let err = d
        .reserve_email(&invitation, &moderator(), "e@example.org", LIMITS)
        .await
        .unwrap_err();
    assert!(
        matches!(
            err,
            DomainError::EmailLimit { of: EmailLimitOf::School, limit: 3, retry_at }
                if retry_at == START + EMAIL_WINDOW
        ),
        "{err:?}"
    );
    assert_eq!(emails_in_audit(&world).await.len(), 3);

    // A restarted Porter reads the same counts from the database.
    let reopened = open(&world.url, world.clock.clone()).await;
    let err = reopened
        .reserve_email(&invitation, &admin(), "c@example.org", LIMITS)
        .await
        .unwrap_err();
    assert!(matches!(err, DomainError::EmailLimit { .. }), "{err:?}");

    // A day after the first, one more may go; the rest wait for theirs.
    world.clock.advance(EMAIL_WINDOW - 60);
    reopened
        .reserve_email(&invitation, &admin(), "c@example.org", LIMITS)
        .await
        .unwrap();
    let err = reopened
        .reserve_email(&invitation, &admin(), "f@example.org", LIMITS)
        .await
        .unwrap_err();
    assert!(
        matches!(
            err,
            DomainError::EmailLimit { of: EmailLimitOf::Moderator, retry_at, .. }
                if retry_at == START + 60 + EMAIL_WINDOW
        ),
        "{err:?}"
    );
}

async fn an_email_that_did_not_go_out_counts_nothing_and_leaves_no_entry(b: Backend) {
    let world = World::with_school(b, Access::Private).await;
    let d = &world.domain;
    let invitation = world.invite(None, None).await;
    let one = EmailLimits {
        per_moderator: 1,
        per_school: 1,
    };
    let reservation = d
        .reserve_email(&invitation, &admin(), "jo@example.org", one)
        .await
        .unwrap();
    assert_eq!(emails_in_audit(&world).await.len(), 1);
    d.cancel_email(&reservation).await.unwrap();
    assert!(emails_in_audit(&world).await.is_empty());
    d.reserve_email(&invitation, &admin(), "jo@example.org", one)
        .await
        .unwrap();
    assert_eq!(emails_in_audit(&world).await.len(), 1);
}

async fn the_audit_log_keeps_the_address_masked_and_hashed_never_in_clear(b: Backend) {
    let world = World::with_school(b, Access::Private).await;
    let d = &world.domain;
    assert_eq!(d.email_hash(GUILD, "jo@example.org").await.unwrap(), None);
    let invitation = world.invite(None, None).await;
    let first = d
        .reserve_email(&invitation, &admin(), "Jo.Smith@Example.org", LIMITS)
        .await
        .unwrap();
    assert_eq!(first.masked, "J***@example.org");
    assert_eq!(first.hash.len(), 16);
    // The same address, written otherwise, gets the same hash; another one does not.
    let again = d
        .reserve_email(&invitation, &admin(), "jo.smith@example.org", LIMITS)
        .await
        .unwrap();
    assert_eq!(again.hash, first.hash);
    assert_eq!(
        d.email_hash(GUILD, "JO.SMITH@example.org").await.unwrap(),
        Some(first.hash.clone())
    );
    let other = d
        .reserve_email(&invitation, &moderator(), "al@example.org", LIMITS)
        .await
        .unwrap();
    assert_ne!(other.hash, first.hash);

    let entries = emails_in_audit(&world).await;
    let details: Vec<&str> = entries
        .iter()
        .map(|e| e.detail.as_deref().unwrap())
        .collect();
    assert_eq!(
        details,
        [
            format!("a***@example.org #{}", other.hash),
            format!("j***@example.org #{}", first.hash),
            format!("J***@example.org #{}", first.hash),
        ]
    );
    assert!(entries
        .iter()
        .all(|e| e.invitation_id == Some(invitation.id)));
    // Nowhere in the audit log is the address in clear.
    let clear = world
        .count("SELECT COUNT(*) FROM audit_log WHERE LOWER(detail) LIKE '%smith%'")
        .await;
    assert_eq!(clear, 0);
    // One key, the school's.
    assert_eq!(world.count("SELECT COUNT(*) FROM email_keys").await, 1);
}

async fn two_processes_sending_at_once_keep_the_limit(b: Backend) {
    let world = World::with_school(b, Access::Private).await;
    let invitation = world.invite(None, None).await;
    let other = open(&world.url, world.clock.clone()).await;
    let one = EmailLimits {
        per_moderator: 1,
        per_school: 1,
    };
    let (admin, moderator) = (admin(), moderator());
    let (a, b) = tokio::join!(
        world
            .domain
            .reserve_email(&invitation, &admin, "a@example.org", one),
        other.reserve_email(&invitation, &moderator, "b@example.org", one),
    );
    assert!(a.is_ok() != b.is_ok(), "exactly one may go: {a:?} / {b:?}");
    assert_eq!(emails_in_audit(&world).await.len(), 1);
}
