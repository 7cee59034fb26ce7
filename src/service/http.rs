//! The optional HTTP listener (`http.listen`): `GET /healthz` and `GET /metrics`.
//!
//! `/healthz` answers `200 ok` when every gateway shard of this process is connected and the
//! database answers, and `503` with the reasons, one per line, otherwise (within about two
//! seconds, however slow the database). `/metrics` serves Prometheus' text format.

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use axum::extract::State;
use axum::http::{header, StatusCode};
use axum::response::IntoResponse;
use axum::routing::get;
use axum::Router;
use metrics_exporter_prometheus::PrometheusHandle;

use super::health::Health;

/// How often histograms are folded into their buckets when nobody scrapes, so that they do
/// not grow.
const UPKEEP: Duration = Duration::from_secs(10);

#[derive(Clone)]
struct Served {
    health: Arc<Health>,
    metrics: PrometheusHandle,
}

/// Serves `/healthz` and `/metrics` on `listener` until `shutdown` completes.
pub async fn serve(
    listener: tokio::net::TcpListener,
    health: Arc<Health>,
    metrics: PrometheusHandle,
    shutdown: impl Future<Output = ()> + Send + 'static,
) {
    let upkeep = {
        let metrics = metrics.clone();
        tokio::spawn(async move {
            let mut every = tokio::time::interval(UPKEEP);
            loop {
                every.tick().await;
                metrics.run_upkeep();
            }
        })
    };
    let app = Router::new()
        .route("/healthz", get(healthz))
        .route("/metrics", get(render))
        .with_state(Served { health, metrics });
    if let Err(e) = axum::serve(listener, app)
        .with_graceful_shutdown(shutdown)
        .await
    {
        tracing::error!(error = %e, "the HTTP listener failed");
    }
    upkeep.abort();
}

async fn healthz(State(served): State<Served>) -> impl IntoResponse {
    match served.health.check().await {
        Ok(()) => (StatusCode::OK, "ok\n".to_owned()),
        Err(problems) => (StatusCode::SERVICE_UNAVAILABLE, problems.join("\n") + "\n"),
    }
}

async fn render(State(served): State<Served>) -> impl IntoResponse {
    served.health.refresh_metrics().await;
    (
        [(
            header::CONTENT_TYPE,
            "text/plain; version=0.0.4; charset=utf-8",
        )],
        served.metrics.render(),
    )
}
