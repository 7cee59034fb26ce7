//! The gateway: HELLO, IDENTIFY → READY and a GUILD_CREATE per server (or close code 4014
//! for privileged intents the application may not use), heartbeat ACKs, and dispatches
//! the test sends, as plain JSON text frames.

use std::sync::Arc;

use axum::extract::ws::{CloseFrame, Message, WebSocket, WebSocketUpgrade};
use axum::extract::State as AxumState;
use axum::response::Response;
use serde_json::{json, Value};
use tokio::sync::mpsc;

use super::{payloads, GatewayRecord, Inner};

/// Opcodes.
const DISPATCH: u8 = 0;
const HEARTBEAT: u64 = 1;
const IDENTIFY: u64 = 2;
const RESUME: u64 = 6;
const RECONNECT: u8 = 7;
const HELLO: u8 = 10;
const HEARTBEAT_ACK: u8 = 11;

/// Privileged intents (members, presences, message content), each with the application
/// flags that allow it (the intent switched on in the Developer Portal, full or limited).
const PRIVILEGED: [(u64, u64); 3] = [
    (1 << 1, (1 << 14) | (1 << 15)),
    (1 << 8, (1 << 12) | (1 << 13)),
    (1 << 15, (1 << 18) | (1 << 19)),
];
/// The close code for asking privileged intents the application may not use.
const DISALLOWED_INTENTS: u16 = 4014;

pub(super) async fn upgrade(
    AxumState(inner): AxumState<Arc<Inner>>,
    ws: WebSocketUpgrade,
) -> Response {
    ws.on_upgrade(move |socket| session(inner, socket))
}

async fn session(inner: Arc<Inner>, mut socket: WebSocket) {
    let (tx, mut rx) = mpsc::unbounded_channel::<String>();
    *inner
        .session
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner) = Some(tx.clone());
    inner.update(|s| s.gateway.push(GatewayRecord::Connected));
    let hello = payloads::frame(HELLO, payloads::hello(), None, None).to_string();
    if socket.send(Message::Text(hello.into())).await.is_err() {
        return;
    }
    loop {
        tokio::select! {
            out = rx.recv() => {
                let Some(frame) = out else { break };
                if socket.send(Message::Text(frame.into())).await.is_err() {
                    break;
                }
            }
            incoming = socket.recv() => {
                match incoming {
                    Some(Ok(Message::Text(text))) => {
                        let frame: Value = serde_json::from_str(&text).unwrap_or_default();
                        if let Some((code, reason)) = on_frame(&inner, &tx, &frame) {
                            let close = CloseFrame { code, reason: reason.into() };
                            let _ = socket.send(Message::Close(Some(close))).await;
                            break;
                        }
                    }
                    Some(Ok(Message::Close(close))) => {
                        inner.update(|s| s.gateway.push(GatewayRecord::Closed(close.map(|c| c.code))));
                        // Reading on sends the queued reply to the close frame.
                        while let Some(Ok(_)) = socket.recv().await {}
                        break;
                    }
                    Some(Ok(_)) => {}
                    Some(Err(_)) | None => {
                        inner.update(|s| s.gateway.push(GatewayRecord::Closed(None)));
                        break;
                    }
                }
            }
        }
    }
}

/// The frame asking the bot to reconnect and resume.
pub(super) fn reconnect() -> String {
    payloads::frame(RECONNECT, Value::Null, None, None).to_string()
}

/// Answers one frame from the bot; `Some` closes the connection with that code and reason.
fn on_frame(
    inner: &Inner,
    tx: &mpsc::UnboundedSender<String>,
    frame: &Value,
) -> Option<(u16, &'static str)> {
    match frame["op"].as_u64() {
        Some(HEARTBEAT) => {
            inner.update(|s| s.gateway.push(GatewayRecord::Heartbeat));
            let ack = payloads::frame(HEARTBEAT_ACK, Value::Null, None, None);
            let _ = tx.send(ack.to_string());
        }
        Some(IDENTIFY) => {
            let intents = frame["d"]["intents"].as_u64().unwrap_or(0);
            let token = frame["d"]["token"].as_str().unwrap_or("");
            let url = inner.gateway_url();
            let frames = inner.update(|s| {
                s.intents = intents;
                // A new session numbers its dispatches from 1.
                s.seq = 0;
                let token_ok = s
                    .token
                    .as_deref()
                    .is_none_or(|t| token.trim_start_matches("Bot ") == t);
                s.gateway
                    .push(GatewayRecord::Identified { intents, token_ok });
                let disallowed = PRIVILEGED
                    .iter()
                    .any(|(intent, allow)| intents & intent != 0 && s.app_flags & allow == 0);
                if disallowed {
                    s.gateway.push(GatewayRecord::Refused(DISALLOWED_INTENTS));
                    return None;
                }
                let mut events = vec![("READY", payloads::ready(s, &url))];
                events.extend(
                    s.guilds
                        .values()
                        .map(|g| ("GUILD_CREATE", payloads::guild_create(s, g))),
                );
                let frames = events.into_iter().map(|(t, d)| {
                    s.seq += 1;
                    payloads::frame(DISPATCH, d, Some(t), Some(s.seq)).to_string()
                });
                Some(frames.collect::<Vec<_>>())
            });
            let Some(frames) = frames else {
                return Some((DISALLOWED_INTENTS, "Disallowed intent(s)."));
            };
            for f in frames {
                let _ = tx.send(f);
            }
        }
        Some(RESUME) => {
            // The session goes on where it was: RESUMED, numbered after what was sent.
            let resumed = inner.update(|s| {
                s.gateway.push(GatewayRecord::Resume);
                s.seq += 1;
                payloads::frame(DISPATCH, json!({}), Some("RESUMED"), Some(s.seq)).to_string()
            });
            let _ = tx.send(resumed);
        }
        _ => {}
    }
    None
}
