//! Porter's metrics, served in Prometheus' text format by `/metrics`. Names have the
//! `porter_` prefix; labels are few and bounded (command names, outcomes, join methods,
//! HTTP statuses, shard ids), never a server or a user.
//!
//! Recorded through the `metrics` facade, which does nothing until [`install`] sets the
//! process's recorder: a Porter without `http.listen` pays nothing for them.

use std::sync::OnceLock;
use std::time::Duration;

use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};
use poise::serenity_prelude as serenity;

use crate::domain::JoinMethod;

/// Slash commands run, by `command` (its full name, e.g. `invite create`) and `outcome`.
pub const COMMANDS: &str = "porter_commands_total";
/// How long slash commands took, from the start of their code to their reply, by `command`.
pub const COMMAND_SECONDS: &str = "porter_command_duration_seconds";
/// Joins made, by `method`: `code`, `button`, `link`, `public`, `unattributed`.
pub const JOINS: &str = "porter_joins_total";
/// Invitations active now, across every school in the database.
pub const ACTIVE_INVITATIONS: &str = "porter_active_invitations";
/// Members arriving in a school, by how their arrival was explained (`outcome`).
pub const ARRIVALS: &str = "porter_arrivals_total";
/// Member roles Porter took back from people a link should not have let in.
pub const ROLES_TAKEN_BACK: &str = "porter_member_roles_taken_back_total";
/// Discord REST calls that failed, by `status` (`unreachable` when Discord did not answer).
pub const REST_ERRORS: &str = "porter_discord_rest_errors_total";
/// The last heartbeat round trip of each gateway shard of this process, by `shard`.
pub const GATEWAY_LATENCY: &str = "porter_gateway_latency_seconds";

/// The command latency histogram's buckets, in seconds: Discord wants a first answer within
/// 3 seconds.
const COMMAND_BUCKETS: [f64; 10] = [0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.0, 3.0, 5.0, 10.0];

/// The process's recorder, installed on the first call; later calls (another bot in the same
/// process, as in tests) share it.
pub fn install() -> PrometheusHandle {
    static HANDLE: OnceLock<PrometheusHandle> = OnceLock::new();
    HANDLE
        .get_or_init(|| {
            let recorder = PrometheusBuilder::new()
                .set_buckets_for_metric(Matcher::Full(COMMAND_SECONDS.to_owned()), &COMMAND_BUCKETS)
                .expect("the buckets are not empty")
                .build_recorder();
            let handle = recorder.handle();
            if metrics::set_global_recorder(recorder).is_err() {
                tracing::warn!("another metrics recorder is installed: /metrics stays empty");
            }
            describe();
            handle
        })
        .clone()
}

/// The `# HELP` lines.
fn describe() {
    use metrics::{describe_counter, describe_gauge, describe_histogram, Unit};
    describe_counter!(
        COMMANDS,
        "Slash commands run, by command and outcome (ok, user_error, internal_error)."
    );
    describe_histogram!(
        COMMAND_SECONDS,
        Unit::Seconds,
        "How long slash commands took, by command."
    );
    describe_counter!(
        JOINS,
        "Joins made, by method (code, button, link, public, unattributed)."
    );
    describe_gauge!(
        ACTIVE_INVITATIONS,
        "Invitations active now, across every school in the database."
    );
    describe_counter!(
        ARRIVALS,
        "Members arriving in a school, by outcome: attributed (joined through an invitation's \
         link), refused (through the link of an invitation that could not let them in), \
         unattributed (one of several links used at once), elsewhere (no invitation's link)."
    );
    describe_counter!(
        ROLES_TAKEN_BACK,
        "Member roles taken back from people a link should not have let in."
    );
    describe_counter!(
        REST_ERRORS,
        "Discord REST calls that failed, by HTTP status (unreachable: no answer)."
    );
    describe_gauge!(
        GATEWAY_LATENCY,
        Unit::Seconds,
        "The last heartbeat round trip of each gateway shard."
    );
}

/// How a slash command ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CommandOutcome {
    Ok,
    /// The user was told what to fix (a refusal, a bad option, a Discord-side problem).
    UserError,
    /// Porter failed; the user got an apology and the error was logged.
    InternalError,
}

impl CommandOutcome {
    fn as_str(self) -> &'static str {
        match self {
            Self::Ok => "ok",
            Self::UserError => "user_error",
            Self::InternalError => "internal_error",
        }
    }
}

/// A slash command finished; `took` is known when it started running (it passed poise's
/// checks).
pub fn command(name: &str, outcome: CommandOutcome, took: Option<Duration>) {
    metrics::counter!(COMMANDS, "command" => name.to_owned(), "outcome" => outcome.as_str())
        .increment(1);
    if let Some(took) = took {
        metrics::histogram!(COMMAND_SECONDS, "command" => name.to_owned()).record(took);
    }
}

/// Someone joined a school (a join was recorded).
pub fn join(method: JoinMethod) {
    metrics::counter!(JOINS, "method" => method.as_str()).increment(1);
}

/// How an arrival was explained.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ArrivalOutcome {
    /// Through an invitation's link, and let in.
    Attributed,
    /// Through the link of an invitation that could not let them in.
    Refused,
    /// Through one of several links used at the same moment.
    Unattributed,
    /// Through no invitation's link.
    Elsewhere,
}

impl ArrivalOutcome {
    fn as_str(self) -> &'static str {
        match self {
            Self::Attributed => "attributed",
            Self::Refused => "refused",
            Self::Unattributed => "unattributed",
            Self::Elsewhere => "elsewhere",
        }
    }
}

/// An arrival was explained.
pub fn arrival(outcome: ArrivalOutcome) {
    metrics::counter!(ARRIVALS, "outcome" => outcome.as_str()).increment(1);
}

/// Porter took the member role back from someone a link should not have let in.
pub fn role_taken_back() {
    metrics::counter!(ROLES_TAKEN_BACK).increment(1);
}

/// Counts a failed Discord REST call by its status. Called once where Porter handles each
/// serenity error (errors that are not REST failures are left out).
pub fn rest_error(e: &serenity::Error) {
    let status = match e {
        serenity::Error::Http(serenity::HttpError::UnsuccessfulRequest(r)) => {
            r.status_code.as_u16().to_string()
        }
        serenity::Error::Http(serenity::HttpError::Request(_)) => "unreachable".to_owned(),
        _ => return,
    };
    metrics::counter!(REST_ERRORS, "status" => status).increment(1);
}

/// The invitations active now.
pub fn active_invitations(count: i64) {
    metrics::gauge!(ACTIVE_INVITATIONS).set(count as f64);
}

/// A shard's last heartbeat round trip.
pub fn gateway_latency(shard: u32, latency: Duration) {
    metrics::gauge!(GATEWAY_LATENCY, "shard" => shard.to_string()).set(latency.as_secs_f64());
}
