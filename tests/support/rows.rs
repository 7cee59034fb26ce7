//! How many rows a school has in each table, read straight from the database: what tests
//! of erasure compare, independent of the domain's own list of tables.

use porter::db::Db;

/// Each table's rows that belong to the server `guild` (through its parent for a table
/// without a server column of its own).
pub async fn school_rows(db: &Db, guild: u64) -> Vec<(&'static str, i64)> {
    let of_invitations =
        format!("invitation_id IN (SELECT id FROM invitations WHERE guild_id = {guild})");
    let of_joins = format!("join_id IN (SELECT id FROM joins WHERE guild_id = {guild})");
    let by_guild = format!("guild_id = {guild}");
    let of_rosters = format!("roster_id IN (SELECT id FROM rosters WHERE guild_id = {guild})");
    let mut out = Vec::new();
    for (table, condition) in [
        ("schools", &by_guild),
        ("role_permissions", &by_guild),
        ("invitations", &by_guild),
        ("class_roles", &by_guild),
        ("invitation_roles", &of_invitations),
        ("invitation_posts", &of_invitations),
        ("joins", &by_guild),
        ("join_candidates", &of_joins),
        ("pending_joins", &of_joins),
        ("join_requests", &by_guild),
        ("discord_invite_uses", &by_guild),
        ("code_failures", &by_guild),
        ("audit_log", &by_guild),
        ("rosters", &by_guild),
        ("roster_rows", &of_rosters),
        ("email_keys", &by_guild),
    ] {
        let n: i64 = sqlx::query_scalar(&format!("SELECT count(*) FROM {table} WHERE {condition}"))
            .fetch_one(db.pool())
            .await
            .expect("a count");
        out.push((table, n));
    }
    out
}
