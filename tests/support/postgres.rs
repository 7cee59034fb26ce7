//! A fresh PostgreSQL database for a test, in the cluster named by `PORTER_TEST_POSTGRES`
//! (`scripts/with-postgres cargo test` starts a throwaway one).

use sqlx::Connection as _;

/// The URL of a new, empty database `porter_e2e_<random>`, created in the test cluster.
pub async fn fresh_database() -> String {
    let admin = match std::env::var("PORTER_TEST_POSTGRES") {
        Ok(url) if !url.is_empty() => url,
        _ => panic!(
            "this test needs a PostgreSQL server: run the tests with \
             `scripts/with-postgres cargo test` (it starts a throwaway one), or set \
             PORTER_TEST_POSTGRES to the URL of a database where they may create others"
        ),
    };
    let name = format!("porter_e2e_{:016x}", rand::random::<u64>());
    let mut conn = sqlx::PgConnection::connect(&admin)
        .await
        .unwrap_or_else(|e| panic!("cannot connect to PORTER_TEST_POSTGRES: {e}"));
    sqlx::query(&format!("CREATE DATABASE {name}"))
        .execute(&mut conn)
        .await
        .expect("a test database");
    let _ = conn.close().await;
    let (base, query) = admin.split_once('?').unwrap_or((&admin, ""));
    let server = &base[..base.rfind('/').expect("a database in the URL")];
    if query.is_empty() {
        format!("{server}/{name}")
    } else {
        format!("{server}/{name}?{query}")
    }
}
