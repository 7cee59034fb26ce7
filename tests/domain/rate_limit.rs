//! The wrong-code rate limit.

use super::*;

on_both_backends! {
    wrong_codes_are_rate_limited_per_person,
    expired_and_used_up_codes_are_not_wrong_codes,
    many_wrong_codes_in_a_school_warn_its_log_channel_once_an_hour,
}

async fn wrong_codes_are_rate_limited_per_person(b: Backend) {
    let world = World::with_school(b, Access::Private).await;
    let d = &world.domain;
    let gate = FakeGate::with_members([120, 121]);
    let invitation = world.invite(None, None).await;
    let good = code_of(&invitation);
    let revoked = world.invite(None, None).await;
    d.revoke_invitation(GUILD, &admin(), &code_of(&revoked))
        .await
        .unwrap();

    // Unknown, malformed and revoked codes all count, and all get the same answer.
    let wrong = [
        "ABCDE-FGHJK".to_owned(),
        "not a code".to_owned(),
        code_of(&revoked),
        "ZZZZZ-ZZZZZ".to_owned(),
        "00000-00000".to_owned(),
    ];
    assert_eq!(wrong.len() as i64, FAILURE_LIMIT);
    for (i, code) in wrong.iter().enumerate() {
        world.clock.advance(10);
        let result = d.join(&gate, by_code(120, Some(GUILD), code)).await;
        assert!(
            matches!(result, Err(DomainError::NotAValidInvitation)),
            "attempt {i}: {result:?}"
        );
    }
    let first_failure = START + 10;
    // Now even the right code waits, and the person is told until when.
    let limited = d.join(&gate, by_code(120, Some(GUILD), &good)).await;
    assert!(
        matches!(limited, Err(DomainError::RateLimited { retry_at }) if retry_at == first_failure + FAILURE_WINDOW)
    );
    assert!(!gate.has_role(120));
    // Someone else is not held back.
    assert!(d
        .join(&gate, by_code(121, Some(GUILD), &good))
        .await
        .is_ok());

    world
        .clock
        .advance(first_failure + FAILURE_WINDOW - world.domain.now());
    let outcome = d
        .join(&gate, by_code(120, Some(GUILD), &good))
        .await
        .unwrap();
    assert!(matches!(outcome, JoinOutcome::Joined { counted: true, .. }));
}

async fn expired_and_used_up_codes_are_not_wrong_codes(b: Backend) {
    let world = World::with_school(b, Access::Private).await;
    let d = &world.domain;
    let gate = FakeGate::with_members([130, 131]);
    let once = world.invite(Some(1), None).await;
    d.join(&gate, by_code(130, Some(GUILD), &code_of(&once)))
        .await
        .unwrap();
    for _ in 0..FAILURE_LIMIT + 2 {
        assert!(matches!(
            d.join(&gate, by_code(131, Some(GUILD), &code_of(&once)))
                .await,
            Err(DomainError::UsedUp { .. })
        ));
    }
    let fresh = world.invite(None, None).await;
    assert!(d
        .join(&gate, by_code(131, Some(GUILD), &code_of(&fresh)))
        .await
        .is_ok());
}

async fn many_wrong_codes_in_a_school_warn_its_log_channel_once_an_hour(b: Backend) {
    let world = World::with_school(b, Access::Private).await;
    let d = &world.domain;
    let gate = FakeGate::default();
    for user in 0..SCHOOL_ALERT_THRESHOLD - 1 {
        let _ = d
            .join(
                &gate,
                by_code(1_000 + user as u64, Some(GUILD), "ABCDE-FGHJK"),
            )
            .await;
    }
    assert_eq!(d.take_failure_alert(GUILD).await.unwrap(), None);
    let _ = d
        .join(&gate, by_code(5_000, Some(GUILD), "ABCDE-FGHJK"))
        .await;
    let alert = d.take_failure_alert(GUILD).await.unwrap().unwrap();
    assert_eq!(alert.log_channel_id, ch(600));
    assert_eq!(alert.failures, SCHOOL_ALERT_THRESHOLD);
    assert_eq!(
        d.take_failure_alert(GUILD).await.unwrap(),
        None,
        "at most one warning an hour"
    );

    world.clock.advance(3600);
    for user in 0..SCHOOL_ALERT_THRESHOLD {
        let _ = d
            .join(
                &gate,
                by_code(6_000 + user as u64, Some(GUILD), "ABCDE-FGHJK"),
            )
            .await;
    }
    assert!(d.take_failure_alert(GUILD).await.unwrap().is_some());
}
