//! Invitations: options, codes, lists, revocation, shares and the sweep of ended ones.

use super::*;

on_both_backends! {
    bad_options_are_refused_and_write_nothing,
    an_invitation_is_found_by_its_code_however_it_is_typed,
    codes_are_unique_and_well_formed,
    lists_show_active_invitations_newest_first,
    revoking_stops_the_code_at_once_and_members_keep_their_join,
    shares_are_recorded,
    ended_invitations_with_live_links_are_found_for_the_sweep,
}

async fn bad_options_are_refused_and_write_nothing(b: Backend) {
    let world = World::with_school(b, Access::Private).await;
    let d = &world.domain;
    let bad = [
        InvitationRequest {
            label: Some("x".repeat(101)),
            ..Default::default()
        },
        InvitationRequest {
            max_uses: Some(0),
            ..Default::default()
        },
        InvitationRequest {
            max_uses: Some(10_001),
            ..Default::default()
        },
        InvitationRequest {
            expires_in: Some("next tuesday".into()),
            ..Default::default()
        },
        InvitationRequest {
            expires_in: Some("400d".into()),
            ..Default::default()
        },
    ];
    for request in &bad {
        assert!(d
            .prepare_invitation(GUILD, &admin(), request)
            .await
            .is_err());
    }
    assert_eq!(world.count("SELECT count(*) FROM invitations").await, 0);
    assert_eq!(
        world
            .count("SELECT count(*) FROM audit_log WHERE action != 'school_setup'")
            .await,
        0
    );
}

async fn an_invitation_is_found_by_its_code_however_it_is_typed(b: Backend) {
    let world = World::with_school(b, Access::Private).await;
    let d = &world.domain;
    let invitation = world.invite(Some(30), Some("7d")).await;
    assert_eq!(invitation.max_uses, Some(30));
    assert_eq!(invitation.expires_at, Some(START + 7 * 86_400));
    assert_eq!(invitation.label.as_deref(), Some("Year 7"));
    assert_eq!(invitation.created_by, ADMIN);
    assert_eq!(invitation.status(START), Status::Active);

    let shown = code_of(&invitation); // ABCDE-FGHJK
    let plain = invitation.code.as_str().to_owned();
    let typed = [
        shown.clone(),
        plain.to_lowercase(),
        format!(" {} {} ", &plain[..5], &plain[5..]),
        plain.replace('0', "O").replace('1', "l"),
        plain.replace('1', "I").to_lowercase(),
        plain.chars().flat_map(|c| [c, '-']).collect(),
    ];
    for input in &typed {
        let found = d.invitation(GUILD, &admin(), input).await.unwrap();
        assert_eq!(found.id, invitation.id, "{input:?}");
    }
    for wrong in ["", "ABCDE", "ABCDE-FGHJK-M", "ABCDE-FGHJU", "ÄBCDE-FGHJK"] {
        assert!(matches!(
            d.invitation(GUILD, &admin(), wrong).await,
            Err(DomainError::NotAValidInvitation)
        ));
    }

    // Another school's code is not valid here.
    d.setup_school(OTHER_GUILD, &admin(), &setup(Access::Private))
        .await
        .unwrap();
    assert!(matches!(
        d.invitation(OTHER_GUILD, &admin(), &shown).await,
        Err(DomainError::NotAValidInvitation)
    ));
}

async fn codes_are_unique_and_well_formed(b: Backend) {
    let world = World::with_school(b, Access::Private).await;
    let mut seen = std::collections::HashSet::new();
    for _ in 0..300 {
        let invitation = world.invite(None, None).await;
        assert_eq!(
            InviteCode::parse(invitation.code.as_str()).unwrap(),
            invitation.code
        );
        assert!(seen.insert(invitation.code.as_str().to_owned()));
    }
    assert_eq!(
        world
            .count("SELECT count(*) FROM audit_log WHERE action = 'invitation_create'")
            .await,
        300
    );
}

async fn lists_show_active_invitations_newest_first(b: Backend) {
    let world = World::with_school(b, Access::Private).await;
    let d = &world.domain;
    let first = world.invite(None, None).await;
    let short = world.invite(None, Some("1h")).await;
    let revoked = world.invite(None, None).await;
    assert_eq!(d.active_invitations().await.unwrap(), 3);
    d.revoke_invitation(GUILD, &admin(), &code_of(&revoked))
        .await
        .unwrap();
    assert_eq!(d.active_invitations().await.unwrap(), 2);
    world.clock.advance(3600);
    assert_eq!(d.active_invitations().await.unwrap(), 1);

    let ids = |list: Vec<Invitation>| list.into_iter().map(|i| i.id).collect::<Vec<_>>();
    assert_eq!(
        ids(d
            .list_invitations(GUILD, &admin(), false, PageAt::First, PAGE_SIZE)
            .await
            .unwrap()
            .items),
        [first.id]
    );
    assert_eq!(
        ids(d
            .list_invitations(GUILD, &admin(), true, PageAt::First, PAGE_SIZE)
            .await
            .unwrap()
            .items),
        [revoked.id, short.id, first.id]
    );

    // Autocomplete: active ones matching part of the code or the label.
    let part = &first.code.as_str()[2..6];
    let suggested = d
        .suggest_invitations(GUILD, &admin(), &part.to_lowercase(), 25)
        .await
        .unwrap();
    assert_eq!(ids(suggested), [first.id]);
    let by_label = d
        .suggest_invitations(GUILD, &admin(), "year", 25)
        .await
        .unwrap();
    assert_eq!(ids(by_label), [first.id]);
    d.grant_permission(GUILD, &admin(), role(MOD_ROLE), Permission::Share)
        .await
        .unwrap();
    let sharer = d
        .suggest_invitations(GUILD, &moderator(), "", 25)
        .await
        .unwrap();
    assert_eq!(ids(sharer), [first.id]);
}

async fn revoking_stops_the_code_at_once_and_members_keep_their_join(b: Backend) {
    let world = World::with_school(b, Access::Private).await;
    let d = &world.domain;
    let gate = FakeGate::with_members([70, 71]);
    let invitation = world.invite(None, None).await;
    let code = code_of(&invitation);
    d.join(&gate, by_code(70, Some(GUILD), &code))
        .await
        .unwrap();

    d.grant_permission(GUILD, &admin(), role(MOD_ROLE), Permission::Revoke)
        .await
        .unwrap();
    world.clock.advance(10);
    let revoked = d
        .revoke_invitation(GUILD, &moderator(), &code.to_lowercase())
        .await
        .unwrap();
    assert_eq!(revoked.revoked_at, Some(START + 10));
    assert_eq!(revoked.revoked_by, Some(MODERATOR));
    assert_eq!(revoked.status(START + 10), Status::Revoked);
    assert!(matches!(
        d.revoke_invitation(GUILD, &admin(), &code).await,
        Err(DomainError::AlreadyRevoked { at }) if at == START + 10
    ));
    assert!(matches!(
        d.revoke_invitation(GUILD, &admin(), "ABCDE-FGHJK").await,
        Err(DomainError::NotAValidInvitation)
    ));

    // A revoked code looks exactly like an unknown one, and cannot be shared.
    assert!(matches!(
        d.join(&gate, by_code(71, Some(GUILD), &code)).await,
        Err(DomainError::NotAValidInvitation)
    ));
    assert!(matches!(
        d.prepare_share(GUILD, &admin(), &code).await,
        Err(DomainError::Inactive(Status::Revoked))
    ));
    assert!(!gate.has_role(71));
    assert!(gate.has_role(70), "the member who joined keeps the role");
    let details = d.invitation_details(GUILD, &admin(), &code).await.unwrap();
    assert_eq!(details.joins.items.len(), 1);
    assert_eq!(details.joins.items[0].user_id, u(70));
}

async fn shares_are_recorded(b: Backend) {
    let world = World::with_school(b, Access::Private).await;
    let d = &world.domain;
    let invitation = world.invite(None, None).await;
    let (_, ready) = d
        .prepare_share(GUILD, &admin(), &code_of(&invitation))
        .await
        .unwrap();
    d.record_share(&ready, &admin(), ShareTarget::Dm(u(77)))
        .await
        .unwrap();
    d.record_share(
        &ready,
        &admin(),
        ShareTarget::Channel {
            channel_id: ch(500),
            message_id: MessageId::new(9_000),
        },
    )
    .await
    .unwrap();
    let shares: Vec<(Option<u64>, Option<String>)> = d
        .audit_trail(GUILD, 10)
        .await
        .unwrap()
        .into_iter()
        .filter(|e| e.action == "invitation_share")
        .map(|e| (e.target_id, e.detail))
        .collect();
    assert_eq!(
        shares,
        [
            (Some(500), Some("channel".into())),
            (Some(77), Some("dm".into()))
        ]
    );
    assert_eq!(
        world
            .count("SELECT count(*) FROM invitation_posts WHERE message_id = 9000")
            .await,
        1
    );
}

async fn ended_invitations_with_live_links_are_found_for_the_sweep(b: Backend) {
    let world = World::with_school(b, Access::Private).await;
    let d = &world.domain;
    let gate = FakeGate::with_members([160]);
    let mut with_link = Vec::new();
    for (i, (max_uses, expires_in)) in [(None, None), (Some(1), None), (None, Some("1h"))]
        .into_iter()
        .enumerate()
    {
        let new = porter::domain::NewInvitation::parse(&InvitationRequest {
            max_uses,
            expires_in: expires_in.map(str::to_owned),
            ..Default::default()
        })
        .unwrap();
        let link = porter::domain::DiscordLink {
            code: format!("link{i}"),
            channel_id: ch(500),
        };
        with_link.push(
            d.create_invitation(GUILD, &admin(), &new, Some(link))
                .await
                .unwrap(),
        );
    }
    let [open, capped, hourly] = &with_link[..] else {
        unreachable!()
    };
    let unlinked = world.invite(None, Some("1h")).await;
    assert!(d.ended_not_closed(GUILD).await.unwrap().is_empty());

    d.join(&gate, by_code(160, Some(GUILD), &code_of(capped)))
        .await
        .unwrap();
    world.clock.advance(3600);
    let ids = |list: Vec<Invitation>| list.into_iter().map(|i| i.id).collect::<Vec<_>>();
    assert_eq!(
        ids(d.ended_not_closed(GUILD).await.unwrap()),
        [capped.id, hourly.id],
        "used up and expired, not the open one nor the one without a link ({})",
        unlinked.id
    );
    d.mark_link_gone(capped.id).await.unwrap();
    d.revoke_invitation(GUILD, &admin(), &code_of(open))
        .await
        .unwrap();
    assert_eq!(
        ids(d.ended_not_closed(GUILD).await.unwrap()),
        [open.id, hourly.id]
    );
    assert!(d.ended_not_closed(OTHER_GUILD).await.unwrap().is_empty());
}
