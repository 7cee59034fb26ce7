//! The gateway: one session per connection. HELLO, IDENTIFY → READY and a GUILD_CREATE per
//! server of the shard it names (or close code 4014 for privileged intents the application
//! may not use, 4010 for an invalid shard, 4011 when the shard would hold too many
//! servers), RESUME → RESUMED, heartbeat ACKs, and dispatches the test sends, as plain JSON
//! text frames.

use std::sync::Arc;

use axum::extract::ws::{CloseFrame, Message, WebSocket, WebSocketUpgrade};
use axum::extract::State as AxumState;
use axum::response::Response;
use serde_json::{json, Value};
use tokio::sync::mpsc;

use super::state::{Session, Shard};
use super::{payloads, GatewayRecord, Inner};

/// Opcodes.
const HEARTBEAT: u64 = 1;
const IDENTIFY: u64 = 2;
const RESUME: u64 = 6;
const RECONNECT: u8 = 7;
const INVALID_SESSION: u8 = 9;
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
/// The close code for a shard that does not exist (`id` not below `total`, or no shard).
const INVALID_SHARD: u16 = 4010;
/// The close code for a shard that would hold more servers than Discord allows.
const SHARDING_REQUIRED: u16 = 4011;

pub(super) async fn upgrade(
    AxumState(inner): AxumState<Arc<Inner>>,
    ws: WebSocketUpgrade,
) -> Response {
    ws.on_upgrade(move |socket| session(inner, socket))
}

async fn session(inner: Arc<Inner>, mut socket: WebSocket) {
    let (tx, mut rx) = mpsc::unbounded_channel::<String>();
    let conn = {
        let mut senders = inner.senders();
        let conn = inner.update(|s| {
            s.sessions.push(Session {
                open: true,
                ..Session::default()
            });
            let conn = s.sessions.len() - 1;
            s.record(conn, GatewayRecord::Connected);
            conn
        });
        senders.insert(conn, tx);
        conn
    };
    let interval = inner.lock().heartbeat_interval;
    let hello = payloads::frame(HELLO, payloads::hello(interval), None, None).to_string();
    if socket.send(Message::Text(hello.into())).await.is_ok() {
        converse(&inner, conn, &mut socket, &mut rx).await;
    }
    inner.senders().remove(&conn);
    inner.update(|s| s.sessions[conn].open = false);
}

/// Answers the bot's frames and sends what the test dispatches, until either side closes.
async fn converse(
    inner: &Inner,
    conn: usize,
    socket: &mut WebSocket,
    rx: &mut mpsc::UnboundedReceiver<String>,
) {
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
                        if let Some((code, reason)) = on_frame(inner, conn, &frame) {
                            // What was queued before the refusal goes out first.
                            while let Ok(frame) = rx.try_recv() {
                                let _ = socket.send(Message::Text(frame.into())).await;
                            }
                            let close = CloseFrame { code, reason: reason.into() };
                            let _ = socket.send(Message::Close(Some(close))).await;
                            break;
                        }
                    }
                    Some(Ok(Message::Close(close))) => {
                        inner.update(|s| s.record(conn, GatewayRecord::Closed(close.map(|c| c.code))));
                        // Reading on sends the queued reply to the close frame.
                        while let Some(Ok(_)) = socket.recv().await {}
                        break;
                    }
                    Some(Ok(_)) => {}
                    Some(Err(_)) | None => {
                        inner.update(|s| s.record(conn, GatewayRecord::Closed(None)));
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

/// The shard an IDENTIFY names: `d.shard`, `[0, 1]` when left out; `None` when malformed.
fn identify_shard(d: &Value) -> Option<Shard> {
    match &d["shard"] {
        Value::Null => Some([0, 1]),
        Value::Array(pair) if pair.len() == 2 => {
            let n = |v: &Value| v.as_u64().and_then(|n| u32::try_from(n).ok());
            Some([n(&pair[0])?, n(&pair[1])?])
        }
        _ => None,
    }
}

/// Answers one frame from the bot on the connection `conn`; `Some` closes the connection
/// with that code and reason.
fn on_frame(inner: &Inner, conn: usize, frame: &Value) -> Option<(u16, &'static str)> {
    match frame["op"].as_u64() {
        Some(HEARTBEAT) => {
            inner.update(|s| s.record(conn, GatewayRecord::Heartbeat));
            let ack = payloads::frame(HEARTBEAT_ACK, Value::Null, None, None);
            inner.send_raw(conn, ack.to_string());
        }
        Some(IDENTIFY) => {
            let d = &frame["d"];
            let intents = d["intents"].as_u64().unwrap_or(0);
            let token = d["token"].as_str().unwrap_or("");
            let shard = identify_shard(d);
            let url = inner.gateway_url();
            let refused = inner.send_dispatches(conn, |s| {
                s.intents = intents;
                let session = &mut s.sessions[conn];
                session.intents = intents;
                session.shard = shard;
                // A new session numbers its dispatches from 1.
                session.seq = 0;
                let token_ok = s
                    .token
                    .as_deref()
                    .is_none_or(|t| token.trim_start_matches("Bot ") == t);
                s.record(conn, GatewayRecord::Identified { intents, token_ok });
                let disallowed = PRIVILEGED
                    .iter()
                    .any(|(intent, allow)| intents & intent != 0 && s.app_flags & allow == 0);
                let refusal = match shard {
                    _ if disallowed => Some((DISALLOWED_INTENTS, "Disallowed intent(s).")),
                    Some([id, total]) if id < total => {
                        let held = s.guilds_of([id, total]).count();
                        (held > s.max_guilds_per_shard)
                            .then_some((SHARDING_REQUIRED, "Sharding required."))
                    }
                    _ => Some((INVALID_SHARD, "Invalid shard.")),
                };
                if let Some((code, reason)) = refusal {
                    s.record(conn, GatewayRecord::Refused(code));
                    s.sessions[conn].shard = None;
                    return (Vec::new(), Some((code, reason)));
                }
                let shard = shard.expect("a valid shard");
                let session_id = format!("fake-session-{conn}");
                s.sessions[conn].session_id = Some(session_id.clone());
                let mut events = vec![("READY", payloads::ready(s, &url, shard, &session_id))];
                events.extend(
                    s.guilds_of(shard)
                        .map(|g| ("GUILD_CREATE", payloads::guild_create(s, g))),
                );
                s.record(conn, GatewayRecord::Ready);
                (events, None)
            });
            return refused;
        }
        Some(RESUME) => {
            // The session goes on where it was, on this connection: RESUMED, numbered
            // after what was sent. An unknown session is invalid (not resumable).
            let session_id = frame["d"]["session_id"].as_str().unwrap_or("").to_owned();
            let resumed = inner.send_dispatches(conn, |s| {
                s.record(conn, GatewayRecord::Resume);
                let Some(old) = s
                    .sessions
                    .iter()
                    .position(|x| x.session_id.as_deref() == Some(session_id.as_str()))
                else {
                    return (Vec::new(), false);
                };
                let o = &mut s.sessions[old];
                let (id, shard, intents, seq) = (o.session_id.take(), o.shard, o.intents, o.seq);
                let session = &mut s.sessions[conn];
                session.session_id = id;
                session.shard = shard;
                session.intents = intents;
                session.seq = seq;
                (vec![("RESUMED", json!({}))], true)
            });
            if !resumed {
                let invalid = payloads::frame(INVALID_SESSION, json!(false), None, None);
                inner.send_raw(conn, invalid.to_string());
            }
        }
        _ => {}
    }
    None
}
