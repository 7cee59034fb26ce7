//! Running Porter as a service: an optional HTTP listener with `/healthz` and `/metrics`
//! ([`http`]), the health both it and the systemd watchdog go by ([`health`]), the metrics
//! the Discord layer records ([`metrics`]), and systemd's notifications ([`systemd`]).
//!
//! Nothing here records anything by itself: the Discord layer calls [`metrics`] where
//! commands finish, joins are made, arrivals are explained and Discord refuses a call; the
//! domain knows nothing of it.

pub mod health;
pub mod http;
pub mod metrics;
pub mod systemd;
