//! Joins per day for the chart under `/school info` and `/invite info`.

use porter::db::Backend;
use porter::domain::{ChartOf, DayCounts, JoinMethod, JoinRequest, CHART_DAYS};

use crate::*;

on_both_backends! {
    the_chart_counts_the_last_30_days_by_method,
    an_invitations_chart_counts_only_its_joins,
}

const DAY: i64 = 24 * 3600;

/// Joins `user` to the school through `invitation` by `method` (code or button), now.
async fn join_by(world: &World, gate: &FakeGate, user: u64, code: &str, method: JoinMethod) {
    let outcome = world
        .domain
        .join(
            gate,
            JoinRequest {
                user_id: u(user),
                guild_id: Some(GUILD),
                code: Some(code),
                method,
            },
        )
        .await
        .unwrap();
    assert!(matches!(outcome, JoinOutcome::Joined { .. }), "{outcome:?}");
}

/// A join row as an arrival writes it (`link` or `unattributed`), at `at`.
async fn arrived(
    world: &World,
    user: u64,
    invitation: Option<InvitationId>,
    method: &str,
    at: i64,
) {
    sqlx::query(
        "INSERT INTO joins (guild_id, user_id, invitation_id, method, joined_at) \
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(GUILD)
    .bind(u(user))
    .bind(invitation)
    .bind(method)
    .bind(at)
    .execute(world.domain.db().pool())
    .await
    .unwrap();
}

async fn the_chart_counts_the_last_30_days_by_method(b: Backend) {
    let world = World::with_school(b, Access::Public).await;
    let d = &world.domain;
    let invitation = world.invite(None, None).await;
    let code = code_of(&invitation);
    let gate = FakeGate::with_members(1..=100u64);
    let empty = d.joins_per_day(GUILD, ChartOf::School).await.unwrap();
    assert!(empty.is_empty());
    assert_eq!(empty.days.len(), CHART_DAYS);

    // 31 days ago (outside the chart), then 29 days ago (its first day), then today.
    let today = START.div_euclid(DAY) + 31;
    arrived(&world, 1, Some(invitation.id), "link", START).await;
    world.clock.advance(2 * DAY);
    join_by(&world, &gate, 2, &code, JoinMethod::Code).await;
    arrived(&world, 3, None, "unattributed", d.now()).await;
    world.clock.advance(29 * DAY);
    assert_eq!(d.now().div_euclid(DAY), today);
    join_by(&world, &gate, 4, &code, JoinMethod::Code).await;
    join_by(&world, &gate, 5, &code, JoinMethod::Button).await;
    join_by(&world, &gate, 6, &code, JoinMethod::Button).await;
    let public = d
        .join(
            &gate,
            JoinRequest {
                user_id: u(7),
                guild_id: Some(GUILD),
                code: None,
                method: JoinMethod::Public,
            },
        )
        .await
        .unwrap();
    assert!(matches!(public, JoinOutcome::Joined { .. }), "{public:?}");
    arrived(&world, 8, Some(invitation.id), "link", d.now()).await;
    // Another school's joins are not this one's.
    world
        .domain
        .setup_school(OTHER_GUILD, &admin(), &setup(Access::Public))
        .await
        .unwrap();
    sqlx::query(
        "INSERT INTO joins (guild_id, user_id, method, joined_at) VALUES ($1, 9, 'public', $2)",
    )
    .bind(OTHER_GUILD)
    .bind(d.now())
    .execute(d.db().pool())
    .await
    .unwrap();

    let chart = d.joins_per_day(GUILD, ChartOf::School).await.unwrap();
    assert_eq!(chart.days.len(), CHART_DAYS);
    assert_eq!(chart.first_day, today - 29);
    assert_eq!(
        chart.days[0],
        DayCounts {
            code: 1,
            button: 0,
            link: 1,
            public: 0
        },
        "29 days ago: a code and an arrival that could have come through several links"
    );
    assert_eq!(
        chart.days[29],
        DayCounts {
            code: 1,
            button: 2,
            link: 1,
            public: 1
        },
        "today"
    );
    assert!(chart.days[1..29].iter().all(|d| d.total() == 0));
    assert_eq!(
        chart.totals,
        DayCounts {
            code: 2,
            button: 2,
            link: 2,
            public: 1
        }
    );
}

async fn an_invitations_chart_counts_only_its_joins(b: Backend) {
    let world = World::with_school(b, Access::Private).await;
    let d = &world.domain;
    let first = world.invite(None, None).await;
    let second = world.invite(None, None).await;
    let gate = FakeGate::with_members(1..=10u64);
    let none = d
        .joins_per_day(GUILD, ChartOf::Invitation(first.id))
        .await
        .unwrap();
    assert!(none.is_empty());

    join_by(&world, &gate, 1, &code_of(&first), JoinMethod::Code).await;
    world.clock.advance(DAY);
    join_by(&world, &gate, 2, &code_of(&first), JoinMethod::Button).await;
    join_by(&world, &gate, 3, &code_of(&second), JoinMethod::Code).await;
    arrived(&world, 4, Some(first.id), "link", d.now()).await;

    let chart = d
        .joins_per_day(GUILD, ChartOf::Invitation(first.id))
        .await
        .unwrap();
    assert_eq!(chart.days[28].code, 1);
    assert_eq!(
        chart.days[29],
        DayCounts {
            code: 0,
            button: 1,
            link: 1,
            public: 0
        }
    );
    assert_eq!(chart.totals.total(), 3);
    // The invitation is the school's: another school's id for it finds nothing.
    let elsewhere = d
        .joins_per_day(OTHER_GUILD, ChartOf::Invitation(first.id))
        .await
        .unwrap();
    assert!(elsewhere.is_empty());
    let second_chart = d
        .joins_per_day(GUILD, ChartOf::Invitation(second.id))
        .await
        .unwrap();
    assert_eq!(second_chart.totals.code, 1);
    assert_eq!(second_chart.totals.total(), 1);
}

/// The charts' queries read the joins of those days through an index, never the whole table.
#[tokio::test]
async fn the_chart_queries_use_an_index_on_sqlite() {
    let world = World::with_school(Backend::Sqlite, Access::Private).await;
    for (sql, index) in [
        (
            "EXPLAIN QUERY PLAN SELECT joined_at / 86400 AS day, method, count(*) AS joins \
             FROM joins WHERE guild_id = $1 AND joined_at >= $2 GROUP BY joined_at / 86400, method",
            "joins_by_guild ",
        ),
        (
            "EXPLAIN QUERY PLAN SELECT joined_at / 86400 AS day, method, count(*) AS joins \
             FROM joins WHERE invitation_id = $1 AND joined_at >= $2 AND guild_id = $3 \
             GROUP BY joined_at / 86400, method",
            "joins_by_invitation_time ",
        ),
    ] {
        let rows: Vec<(i64, i64, i64, String)> = sqlx::query_as(sql)
            .bind(1_000_i64)
            .bind(0_i64)
            .bind(1_000_i64)
            .fetch_all(world.domain.db().pool())
            .await
            .unwrap();
        let plan: Vec<&str> = rows.iter().map(|r| r.3.as_str()).collect();
        assert!(
            plan.iter()
                .any(|step| step.contains(&format!("USING INDEX {index}"))
                    || step.contains(&format!("USING COVERING INDEX {index}"))),
            "{plan:?}"
        );
    }
}
