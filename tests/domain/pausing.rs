//! Pausing a school (`/school pause`, `/school resume`) and its welcome message.

use std::time::Duration;

use porter::domain::{parse_welcome, LinksOff, WelcomeChange, LINKS_OFF_MAX};

use super::*;

on_both_backends! {
    a_pause_refuses_codes_and_public_joins_until_resumed,
    a_pause_set_while_a_join_is_under_way_stops_it,
    a_pause_for_a_while_ends_by_itself_once,
    discords_switch_is_set_renewed_and_cleared,
    a_link_arrival_during_a_pause_is_refused_and_counts_nothing,
    the_welcome_message_is_set_and_cleared_by_managers_only,
}

async fn a_pause_refuses_codes_and_public_joins_until_resumed(b: Backend) {
    let world = World::with_school(b, Access::Private).await;
    let d = &world.domain;
    let gate = FakeGate::with_members([80, 81]);
    let invitation = world.invite(Some(5), None).await;
    let code = code_of(&invitation);

    assert!(matches!(
        d.pause_school(GUILD, &moderator(), None).await,
        Err(DomainError::Forbidden(_))
    ));
    assert!(matches!(
        d.resume_school(GUILD, &admin()).await,
        Err(DomainError::NotPaused)
    ));
    let paused = d.pause_school(GUILD, &admin(), None).await.unwrap();
    assert_eq!(paused.paused_at, Some(START));
    assert_eq!(paused.paused_by, Some(ADMIN));
    assert_eq!(paused.paused_until, None);
    assert!(d.school_info(GUILD, &admin()).await.unwrap().paused);

    let refused = d.join(&gate, by_code(80, Some(GUILD), &code)).await;
    assert!(
        matches!(refused, Err(DomainError::JoiningPaused { until: None })),
        "{refused:?}"
    );
    assert!(!gate.has_role(80));
    assert_eq!(world.uses(&invitation).await, 0);
    // A wrong code is still a wrong code, paused or not.
    assert!(matches!(
        d.join(&gate, by_code(80, Some(GUILD), "AAAAAAAAAA")).await,
        Err(DomainError::NotAValidInvitation)
    ));

    let resumed = d.resume_school(GUILD, &admin()).await.unwrap();
    assert_eq!(resumed.paused_by, Some(ADMIN), "the pause as it was");
    assert!(!d.school(GUILD).await.unwrap().paused(d.now()));
    let joined = d
        .join(&gate, by_code(80, Some(GUILD), &code))
        .await
        .unwrap();
    assert!(matches!(joined, JoinOutcome::Joined { counted: true, .. }));
    assert_eq!(world.uses(&invitation).await, 1);
    assert_eq!(
        world
            .count(
                "SELECT count(*) FROM audit_log WHERE action IN ('school_pause', 'school_resume')"
            )
            .await,
        2
    );

    // A public school's joins without a code stop too.
    d.setup_school(GUILD, &admin(), &setup(Access::Public))
        .await
        .unwrap();
    d.pause_school(GUILD, &admin(), Some(Duration::from_secs(3600)))
        .await
        .unwrap();
    let public = porter::domain::JoinRequest {
        user_id: u(81),
        guild_id: Some(GUILD),
        code: None,
        method: JoinMethod::Public,
    };
    assert!(matches!(
        d.join(&gate, public).await,
        Err(DomainError::JoiningPaused { until: Some(t) }) if t == START + 3600
    ));
    assert!(!gate.has_role(81));
}

/// A pause set after a join checked the school but before it wrote anything (here: while it
/// asks Discord who the person is) still stops it: nothing is counted or granted.
async fn a_pause_set_while_a_join_is_under_way_stops_it(b: Backend) {
    let world = World::with_school(b, Access::Private).await;
    let d = &world.domain;
    let gate = FakeGate::with_members([80]);
    let invitation = world.invite(Some(5), None).await;
    let code = code_of(&invitation);
    let elsewhere = d.clone();
    *gate.at_lookup.lock().unwrap() = Some(Box::pin(async move {
        elsewhere.pause_school(GUILD, &admin(), None).await.unwrap();
    }));

    let refused = d.join(&gate, by_code(80, Some(GUILD), &code)).await;
    assert!(
        matches!(refused, Err(DomainError::JoiningPaused { until: None })),
        "{refused:?}"
    );
    assert!(!gate.has_role(80));
    assert_eq!(world.uses(&invitation).await, 0);
    assert_eq!(world.count("SELECT count(*) FROM joins").await, 0);
}

async fn a_pause_for_a_while_ends_by_itself_once(b: Backend) {
    let world = World::with_school(b, Access::Private).await;
    let d = &world.domain;
    let gate = FakeGate::with_members([80]);
    let code = code_of(&world.invite(None, None).await);
    d.pause_school(GUILD, &admin(), Some(Duration::from_secs(7200)))
        .await
        .unwrap();

    world.clock.advance(3600);
    assert!(d.end_due_pauses(&[GUILD]).await.unwrap().is_empty());
    assert!(matches!(
        d.join(&gate, by_code(80, Some(GUILD), &code)).await,
        Err(DomainError::JoiningPaused { .. })
    ));

    // Past its end the pause holds nobody back, even before Porter notes that it ended
    // (Porter was stopped then).
    world.clock.advance(3601);
    assert!(!d.school_info(GUILD, &admin()).await.unwrap().paused);
    let ended = d.end_due_pauses(&[GUILD, OTHER_GUILD]).await.unwrap();
    assert_eq!(ended.len(), 1);
    assert_eq!(ended[0].paused.paused_until, Some(START + 7200));
    assert_eq!(ended[0].paused.paused_by, Some(ADMIN));
    assert_eq!(ended[0].school.paused_at, None);
    assert!(d.end_due_pauses(&[GUILD]).await.unwrap().is_empty(), "once");
    assert_eq!(
        world
            .count("SELECT count(*) FROM audit_log WHERE action = 'school_pause_ended'")
            .await,
        1
    );
    assert!(matches!(
        d.resume_school(GUILD, &admin()).await,
        Err(DomainError::NotPaused)
    ));
    assert!(d.join(&gate, by_code(80, Some(GUILD), &code)).await.is_ok());
}

async fn discords_switch_is_set_renewed_and_cleared(b: Backend) {
    let world = World::with_school(b, Access::Private).await;
    let d = &world.domain;
    assert!(d.links_off_due(&[GUILD]).await.unwrap().is_empty());

    // A short pause: Discord's switch until its end.
    d.pause_school(GUILD, &admin(), Some(Duration::from_secs(3600)))
        .await
        .unwrap();
    let due = d.links_off_due(&[GUILD]).await.unwrap();
    assert_eq!(due, [(GUILD, LinksOff::Until(START + 3600))]);
    d.links_off_set(GUILD, LinksOff::Until(START + 3600))
        .await
        .unwrap();
    assert!(d.links_off_due(&[GUILD]).await.unwrap().is_empty());

    // Paused until resumed: 24 hours at a time, renewed once less than half is left.
    d.pause_school(GUILD, &admin(), None).await.unwrap();
    let day = START + LINKS_OFF_MAX;
    assert_eq!(
        d.links_off_due(&[GUILD]).await.unwrap(),
        [(GUILD, LinksOff::Until(day))]
    );
    d.links_off_set(GUILD, LinksOff::Until(day)).await.unwrap();
    world.clock.advance(6 * 3600);
    assert!(d.links_off_due(&[GUILD]).await.unwrap().is_empty());
    world.clock.advance(7 * 3600);
    let renewed = START + 13 * 3600 + LINKS_OFF_MAX;
    assert_eq!(
        d.links_off_due(&[GUILD]).await.unwrap(),
        [(GUILD, LinksOff::Until(renewed))]
    );
    d.links_off_set(GUILD, LinksOff::Until(renewed))
        .await
        .unwrap();

    // Resumed: the switch is lifted, once.
    d.resume_school(GUILD, &admin()).await.unwrap();
    assert_eq!(
        d.links_off_due(&[GUILD]).await.unwrap(),
        [(GUILD, LinksOff::Clear)]
    );
    d.links_off_set(GUILD, LinksOff::Clear).await.unwrap();
    assert!(d.links_off_due(&[GUILD]).await.unwrap().is_empty());
}

async fn a_link_arrival_during_a_pause_is_refused_and_counts_nothing(b: Backend) {
    let world = World::with_school(b, Access::Private).await;
    let d = &world.domain;
    let inv = linked(&world, "link1", Some(3)).await;
    let mut ledger = following(&world, &[("link1", 0, 0)]).await;
    d.pause_school(GUILD, &admin(), None).await.unwrap();

    let seen = settle(&world, &mut ledger, &[("link1", 1, 0)], &[80]).await;
    assert_eq!(seen, [Seen::Refused(inv.id, Refusal::Paused)]);
    assert_eq!(world.uses(&inv).await, 0);

    d.resume_school(GUILD, &admin()).await.unwrap();
    let seen = settle(&world, &mut ledger, &[("link1", 2, 0)], &[81]).await;
    assert_eq!(seen, [Seen::Joined(inv.id)]);
    assert_eq!(world.uses(&inv).await, 1);
}

async fn the_welcome_message_is_set_and_cleared_by_managers_only(b: Backend) {
    let world = World::with_school(b, Access::Private).await;
    let d = &world.domain;
    let change = parse_welcome("Welcome {user} to {school}!").unwrap();
    assert!(matches!(
        d.set_welcome_message(GUILD, &moderator(), &change).await,
        Err(DomainError::Forbidden(_))
    ));
    assert_eq!(d.school(GUILD).await.unwrap().welcome_message, None);
    d.set_welcome_message(GUILD, &admin(), &change)
        .await
        .unwrap();
    assert_eq!(
        d.school(GUILD).await.unwrap().welcome_message.as_deref(),
        Some("Welcome {user} to {school}!")
    );
    d.set_welcome_message(GUILD, &admin(), &WelcomeChange::Clear)
        .await
        .unwrap();
    assert_eq!(d.school(GUILD).await.unwrap().welcome_message, None);
    assert!(matches!(
        d.set_welcome_message(OTHER_GUILD, &admin(), &change).await,
        Err(DomainError::NotASchool) | Err(DomainError::Forbidden(_))
    ));
}
