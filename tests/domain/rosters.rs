//! Rosters: one personal invitation per row of a file, every row stored before the first
//! invitation is made, so a roster cut short is taken up where it stopped.

use super::*;
use porter::domain::{
    read_roster, ClassRoleRequest, Person, Roster, RosterCounts, RosterOptions, RowOutcome,
};

on_both_backends! {
    a_roster_stores_every_row_and_gives_a_row_one_invitation_at_most,
    a_roster_cut_short_is_taken_up_where_it_stopped,
    rosters_belong_to_their_school_and_need_create_and_share_to_send,
}

const YEAR7: RoleId = RoleId::new(70);
const CHOIR: RoleId = RoleId::new(71);

const SAM: u64 = 200_000_000_000_000_001;
const KIM: u64 = 200_000_000_000_000_002;
const ALEX: u64 = 200_000_000_000_000_003;

/// A school with Year 7 and Choir on its list of class roles.
async fn school_with_classes(b: Backend) -> World {
    let world = World::with_school(b, Access::Private).await;
    for role in [YEAR7, CHOIR] {
        let request = ClassRoleRequest {
            role: RoleFacts {
                id: role,
                position: 2,
                is_everyone: false,
                managed: false,
                privileged: false,
            },
            actor_top_position: None,
            porter_top_position: Some(10),
        };
        world
            .domain
            .add_class_role(GUILD, &admin(), &request)
            .await
            .unwrap();
    }
    world
}

fn options(send: bool) -> RosterOptions {
    RosterOptions {
        file_name: "year7.csv".into(),
        label: Some("Year 7".into()),
        expires_in: Some("14d".into()),
        roles_until: None,
        send,
    }
}

/// The roster of `file`, stored by [`ADMIN`], every row getting Year 7.
async fn stored(world: &World, file: &str) -> Roster {
    let classes = [(YEAR7, "Year 7".to_owned()), (CHOIR, "Choir".to_owned())];
    let lines = read_roster(file.as_bytes(), &classes, &[YEAR7]).unwrap();
    world
        .domain
        .create_roster(GUILD, &admin(), &options(true), &lines)
        .await
        .unwrap()
}

/// Makes the invitation of the roster's row `line`, for `user` (as a run does once Discord
/// made its link).
async fn make(world: &World, roster: &Roster, line: u32, user: u64) -> Option<Invitation> {
    let entries = world.domain.roster_entries(roster.id).await.unwrap();
    let row = entries.iter().find(|e| e.line == line).unwrap();
    let new = world
        .domain
        .prepare_roster_invitation(roster, &admin(), &row.roles, u(user))
        .await
        .unwrap();
    world
        .domain
        .create_roster_invitation(roster, line, &admin(), &new, None)
        .await
        .unwrap()
}

async fn a_roster_stores_every_row_and_gives_a_row_one_invitation_at_most(b: Backend) {
    let world = school_with_classes(b).await;
    let d = &world.domain;
    let file = format!("user,class\n{SAM},Choir\nkim_s\n,\n{ALEX},Year 9\n{SAM}\n");
    let roster = stored(&world, &file).await;
    let entries = d.roster_entries(roster.id).await.unwrap();
    let seen: Vec<(u32, &str, RowOutcome)> = entries
        .iter()
        .map(|e| (e.line, e.entry.as_str(), e.outcome))
        .collect();
    assert_eq!(
        seen,
        [
            (2, SAM.to_string().as_str(), RowOutcome::Waiting),
            (3, "kim_s", RowOutcome::Waiting),
            (4, "", RowOutcome::BadRow),
            (5, ALEX.to_string().as_str(), RowOutcome::BadRow),
            (6, SAM.to_string().as_str(), RowOutcome::BadRow),
        ]
    );
    assert_eq!(entries[0].roles, [YEAR7, CHOIR]);
    assert_eq!(entries[0].person(), Person::Id(u(SAM)));
    assert_eq!(entries[1].person(), Person::Name("kim_s".into()));
    assert!(entries[3].detail.as_deref().unwrap().contains("Year 9"));
    assert!(entries[4].detail.as_deref().unwrap().contains("row 2"));
    let counts = RosterCounts::of(&entries);
    assert_eq!((counts.rows, counts.bad_rows, counts.to_do), (5, 3, 2));

    // The row's invitation: personal, one use, the row's roles and the roster's options.
    let invitation = make(&world, &roster, 2, SAM).await.expect("an invitation");
    assert_eq!(invitation.recipient, Some(u(SAM)));
    assert_eq!(invitation.max_uses, Some(1));
    assert_eq!(invitation.roles, [YEAR7, CHOIR]);
    assert_eq!(invitation.label.as_deref(), Some("Year 7"));
    assert_eq!(invitation.expires_at, Some(START + 14 * 86400));
    // A second try for the row (another run, a retry) makes none.
    assert!(make(&world, &roster, 2, SAM).await.is_none());
    assert_eq!(
        world
            .count("SELECT count(*) FROM invitations WHERE recipient_id IS NOT NULL")
            .await,
        1
    );
    let entries = d.roster_entries(roster.id).await.unwrap();
    assert_eq!(entries[0].outcome, RowOutcome::Created);
    assert_eq!(entries[0].invitation_id, Some(invitation.id));
    assert!(entries[0].outcome.to_do(), "its DM is still to send");
    d.roster_outcome(&roster, 2, RowOutcome::Sent, None)
        .await
        .unwrap();
    d.roster_person(&roster, 3, u(KIM), "kim_s").await.unwrap();
    d.roster_outcome(&roster, 3, RowOutcome::UnknownUser, Some("nobody"))
        .await
        .unwrap();
    let entries = d.roster_entries(roster.id).await.unwrap();
    let counts = RosterCounts::of(&entries);
    assert_eq!(
        (
            counts.sent,
            counts.unknown_users,
            counts.to_do,
            counts.done()
        ),
        (1, 1, 0, 5)
    );
    assert_eq!(entries[1].user_id, Some(u(KIM)));
}

async fn a_roster_cut_short_is_taken_up_where_it_stopped(b: Backend) {
    let world = school_with_classes(b).await;
    let file = format!("{SAM}\n{KIM}\n{ALEX}\n");
    let roster = stored(&world, &file).await;
    world.domain.start_roster_run(&roster).await.unwrap();
    make(&world, &roster, 1, SAM).await.unwrap();
    world
        .domain
        .roster_outcome(&roster, 1, RowOutcome::Sent, None)
        .await
        .unwrap();
    make(&world, &roster, 2, KIM).await.unwrap();

    // Porter stops here (row 2 made, not sent; row 3 not reached) and starts again.
    let restarted = open(&world.url, world.clock.clone()).await;
    let unfinished = restarted.unfinished_rosters(GUILD).await.unwrap();
    assert_eq!(unfinished, std::slice::from_ref(&roster));
    let entries = restarted.roster_entries(roster.id).await.unwrap();
    let to_do: Vec<(u32, RowOutcome)> = entries
        .iter()
        .filter(|e| e.outcome.to_do())
        .map(|e| (e.line, e.outcome))
        .collect();
    assert_eq!(to_do, [(2, RowOutcome::Created), (3, RowOutcome::Waiting)]);
    // One run at a time in a process.
    let run = restarted.claim_roster(&roster).unwrap();
    assert!(matches!(
        restarted.claim_roster(&roster),
        Err(DomainError::RosterRunning(id)) if id == roster.id
    ));
    drop(run);
    let again = restarted.claim_roster(&roster).unwrap();
    restarted.finish_roster(&roster).await.unwrap();
    drop(again);
    assert!(restarted
        .unfinished_rosters(GUILD)
        .await
        .unwrap()
        .is_empty());
    // The roster is erased with its school.
    restarted.forget_school(GUILD).await.unwrap();
    assert_eq!(world.count("SELECT count(*) FROM rosters").await, 0);
    assert_eq!(world.count("SELECT count(*) FROM roster_rows").await, 0);
}

async fn rosters_belong_to_their_school_and_need_create_and_share_to_send(b: Backend) {
    let world = school_with_classes(b).await;
    let d = &world.domain;
    let lines = read_roster(format!("{SAM}\n").as_bytes(), &[], &[]).unwrap();
    let refused = d
        .create_roster(GUILD, &moderator(), &options(false), &lines)
        .await;
    assert!(
        matches!(refused, Err(DomainError::Forbidden(_))),
        "{refused:?}"
    );
    d.grant_permission(GUILD, &admin(), role(MOD_ROLE), Permission::Create)
        .await
        .unwrap();
    let refused = d
        .create_roster(GUILD, &moderator(), &options(true), &lines)
        .await;
    assert!(
        matches!(refused, Err(DomainError::Forbidden(_))),
        "sending takes share: {refused:?}"
    );
    let roster = d
        .create_roster(GUILD, &moderator(), &options(false), &lines)
        .await
        .unwrap();
    assert_eq!(
        d.roster(GUILD, &moderator(), roster.id).await.unwrap(),
        roster
    );
    assert!(!roster.options.send);
    // Another school's roster is unknown here.
    d.setup_school(OTHER_GUILD, &admin(), &setup(Access::Private))
        .await
        .unwrap();
    assert!(matches!(
        d.roster(OTHER_GUILD, &admin(), roster.id).await,
        Err(DomainError::UnknownRoster(_))
    ));
    assert_eq!(
        world
            .count("SELECT count(*) FROM audit_log WHERE action = 'roster_create'")
            .await,
        1
    );
}
