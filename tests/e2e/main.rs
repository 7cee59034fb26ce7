//! End to end: Porter's real bot (the poise framework and event handler production runs)
//! and its compiled binary, against the fake Discord in `tests/support/`. One test binary
//! with a module per capability, so `support/` compiles once. Logging at `trace` has its
//! own binary, `tests/e2e_logs.rs`.

#[path = "../support/mod.rs"]
mod support;

mod approvals;
mod arrivals;
mod charts;
mod classes;
mod cli;
mod discord_failures;
mod email;
mod exports;
mod guide;
mod invitations;
mod languages;
mod leavers;
mod lifecycle;
mod lists;
mod pausing;
mod personal;
mod processes;
mod retention;
mod rosters;
mod school;
mod service;
mod shards;
