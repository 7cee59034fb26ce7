//! The getting-started message: claimed once per server, whatever the concurrency; never
//! for a school or a server Porter was added to long ago; kept by `/school forget`, gone
//! with a removal.

use super::*;
use porter::domain::GREET_WITHIN;

on_both_backends! {
    a_server_is_claimed_exactly_once_under_concurrency [flavor = "multi_thread", worker_threads = 4],
    schools_and_servers_added_long_ago_are_not_greeted,
    the_greeting_outlives_forget_and_goes_with_porter,
}

async fn a_server_is_claimed_exactly_once_under_concurrency(b: Backend) {
    let world = World::new(b).await;
    // Four Porter processes on one database, each asked four times at once (GUILD_CREATE
    // on a start, a resume, a reconnect…).
    let mut domains = vec![world.domain.clone()];
    for _ in 0..3 {
        domains.push(open(&world.url, world.clock.clone()).await);
    }
    for guild in [GUILD, OTHER_GUILD] {
        let tasks: Vec<_> = (0..16)
            .map(|i| {
                let domain = domains[i % domains.len()].clone();
                tokio::spawn(async move { domain.claim_greeting(guild, START).await })
            })
            .collect();
        let mut won = 0;
        for task in tasks {
            if task.await.unwrap().unwrap() {
                won += 1;
            }
        }
        assert_eq!(won, 1, "exactly one claim of {guild:?} wins");
        assert!(world.domain.greeted(guild).await.unwrap());
        // Later GUILD_CREATEs (a restart) find it claimed.
        assert!(!domains[3].claim_greeting(guild, START).await.unwrap());
    }
    let rows = world.count("SELECT count(*) FROM greetings").await;
    assert_eq!(rows, 2);
}

async fn schools_and_servers_added_long_ago_are_not_greeted(b: Backend) {
    let world = World::with_school(b, Access::Private).await;
    let d = &world.domain;
    assert!(!d.claim_greeting(GUILD, START).await.unwrap(), "a school");
    assert!(!d.greeted(GUILD).await.unwrap(), "nothing written for it");
    // Porter was in the server before (an upgrade), or offline for over a week since.
    assert!(!d
        .claim_greeting(OTHER_GUILD, START - GREET_WITHIN - 1)
        .await
        .unwrap());
    assert!(!d.greeted(OTHER_GUILD).await.unwrap());
    assert!(d
        .claim_greeting(OTHER_GUILD, START - GREET_WITHIN)
        .await
        .unwrap());
}

async fn the_greeting_outlives_forget_and_goes_with_porter(b: Backend) {
    let world = World::new(b).await;
    let d = &world.domain;
    let day = 24 * 3600;

    // Greeted, then set up and forgotten: still greeted, so a restart greets it not again.
    assert!(d.claim_greeting(GUILD, START).await.unwrap());
    d.setup_school(GUILD, &admin(), &setup(Access::Private))
        .await
        .unwrap();
    d.forget_school(GUILD).await.unwrap();
    assert!(d.greeted(GUILD).await.unwrap());
    assert!(!d.claim_greeting(GUILD, START).await.unwrap());

    // Removed from a server that is not a school: nothing is kept; added back, it is
    // greeted again.
    assert!(d.removed_from(GUILD).await.unwrap());
    assert!(!d.greeted(GUILD).await.unwrap());
    assert!(!d.removed_from(GUILD).await.unwrap(), "once");
    world.clock.advance(day);
    assert!(d.claim_greeting(GUILD, START + day).await.unwrap());

    // A school keeps it while its data is kept, and loses it with its data.
    d.setup_school(GUILD, &admin(), &setup(Access::Private))
        .await
        .unwrap();
    assert!(!d.removed_from(GUILD).await.unwrap());
    assert!(d.mark_left(GUILD).await.unwrap());
    assert!(d.greeted(GUILD).await.unwrap());
    world.clock.advance(30 * day);
    assert!(d
        .erase_left_school(GUILD, START + 30 * day)
        .await
        .unwrap()
        .is_some());
    assert!(!d.greeted(GUILD).await.unwrap());
}
