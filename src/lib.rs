//! Porter: a Discord bot that gives a server (a *school*) a controlled way in.
//!
//! [`domain`] holds the rules and storage and knows nothing of Discord; [`discord`] is the
//! thin layer of slash commands and events over it; [`config`] and [`db`] start things up;
//! [`i18n`] renders every text in the reader's language; [`logging`] is the log set-up; [`service`] the health check, metrics and systemd
//! notifications for running it as a service; [`check`], [`backup`] and [`port`] are
//! `porter`'s subcommands for operators; [`chart`] draws the joins chart.

pub mod backup;
pub mod chart;
pub mod check;
pub mod config;
pub mod db;
pub mod discord;
pub mod domain;
pub mod email;
pub mod i18n;
pub mod logging;
pub mod port;
pub mod service;
