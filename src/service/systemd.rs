//! systemd's service notifications, for `Type=notify` units: `READY=1` once Porter is
//! connected and has registered its commands, `STOPPING=1` when a shutdown begins, and
//! `WATCHDOG=1` every half of `WATCHDOG_USEC` while the process is healthy (the health of
//! `/healthz`: every shard connected, the database answering), so that systemd restarts a
//! Porter that hangs or lost Discord or its database for longer than `WatchdogSec`.
//!
//! Each does nothing unless systemd asked for it (`NOTIFY_SOCKET`, `WATCHDOG_USEC`).

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use sd_notify::NotifyState;

use super::health::Health;

/// Tells systemd that Porter is ready (`READY=1`).
pub fn ready() {
    send(&[
        NotifyState::Ready,
        NotifyState::Status("connected to Discord; commands registered"),
    ]);
}

/// Tells systemd that Porter is stopping (`STOPPING=1`).
pub fn stopping() {
    send(&[NotifyState::Stopping, NotifyState::Status("shutting down")]);
}

/// Waits for `registered` (commands registered), says `READY=1`, then feeds the watchdog
/// if systemd set one, for as long as it runs.
pub async fn run(registered: impl Future<Output = ()>, health: Arc<Health>) {
    registered.await;
    ready();
    if let Some(every) = ping_period(sd_notify::watchdog_enabled()) {
        tracing::info!(?every, "feeding systemd's watchdog while healthy");
        watchdog(every, || health.check(), send).await;
    }
}

/// How often to ping a watchdog of `timeout` (`WATCHDOG_USEC`): every half of it, as
/// systemd advises; `None` without a watchdog (or one of 0, which systemd never sets).
fn ping_period(timeout: Option<Duration>) -> Option<Duration> {
    timeout
        .filter(|timeout| !timeout.is_zero())
        .map(|timeout| (timeout / 2).max(Duration::from_micros(1)))
}

/// Every `every`, asks `check` and, while it says healthy, sends `WATCHDOG=1` through
/// `notify`; sends the reasons as `STATUS=` when the health changes. Runs forever.
pub async fn watchdog<F, C>(every: Duration, mut check: C, mut notify: impl FnMut(&[NotifyState]))
where
    C: FnMut() -> F,
    F: Future<Output = Result<(), Vec<String>>>,
{
    let mut ticks = tokio::time::interval(every);
    ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    let mut was_healthy = true;
    loop {
        ticks.tick().await;
        match check().await {
            Ok(()) => {
                if !was_healthy {
                    tracing::info!("healthy again: feeding systemd's watchdog");
                    notify(&[NotifyState::Status("healthy")]);
                }
                notify(&[NotifyState::Watchdog]);
                was_healthy = true;
            }
            Err(problems) => {
                let why = problems.join("; ");
                if was_healthy {
                    tracing::warn!(%why, "unhealthy: not feeding systemd's watchdog");
                }
                notify(&[NotifyState::Status(&format!("unhealthy: {why}"))]);
                was_healthy = false;
            }
        }
    }
}

/// Sends `states` to systemd, if it listens; a failure is logged once.
fn send(states: &[NotifyState]) {
    static WARNED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);
    if let Err(e) = sd_notify::notify(states) {
        if !WARNED.swap(true, std::sync::atomic::Ordering::Relaxed) {
            tracing::warn!(error = %e, "could not notify systemd (NOTIFY_SOCKET)");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Mutex;

    #[test]
    fn the_watchdog_is_pinged_every_half_of_its_timeout() {
        assert_eq!(ping_period(None), None);
        assert_eq!(ping_period(Some(Duration::ZERO)), None);
        assert_eq!(
            ping_period(Some(Duration::from_secs(30))),
            Some(Duration::from_secs(15))
        );
        assert_eq!(
            ping_period(Some(Duration::from_micros(1))),
            Some(Duration::from_micros(1))
        );
    }

    #[tokio::test(start_paused = true)]
    async fn the_watchdog_is_fed_only_while_healthy() {
        let healthy = Arc::new(Mutex::new(true));
        let sent = Arc::new(Mutex::new(Vec::<String>::new()));
        let feeding = {
            let healthy = healthy.clone();
            let sent = sent.clone();
            tokio::spawn(watchdog(
                Duration::from_secs(5),
                move || {
                    let ok = *healthy.lock().unwrap();
                    async move {
                        if ok {
                            Ok(())
                        } else {
                            Err(vec![
                                "shard 1: not started".to_owned(),
                                "database: closed".to_owned(),
                            ])
                        }
                    }
                },
                move |states| {
                    let mut sent = sent.lock().unwrap();
                    sent.extend(states.iter().map(ToString::to_string));
                },
            ))
        };
        let sent_after = |secs| {
            let sent = sent.clone();
            async move {
                tokio::time::sleep(Duration::from_secs(secs)).await;
                std::mem::take(&mut *sent.lock().unwrap())
            }
        };
        // Ticks at 0 and 5 s.
        assert_eq!(sent_after(6).await, ["WATCHDOG=1", "WATCHDOG=1"]);
        *healthy.lock().unwrap() = false;
        // Ticks at 10 and 15 s: no WATCHDOG=1, the reasons as the status.
        let status = "STATUS=unhealthy: shard 1: not started; database: closed";
        assert_eq!(sent_after(10).await, [status, status]);
        *healthy.lock().unwrap() = true;
        assert_eq!(sent_after(5).await, ["STATUS=healthy", "WATCHDOG=1"]);
        feeding.abort();
    }
}
