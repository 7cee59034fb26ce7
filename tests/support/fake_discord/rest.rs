//! The REST API under `/api/v10`: the routes Porter calls, over the fake's state. Every
//! request is recorded; one no route matches answers 404 and is listed as unknown. Each
//! request and answer is checked against Discord's OpenAPI description (`openapi.rs`).

use std::collections::BTreeMap;
use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::State as AxumState;
use axum::http::{HeaderMap, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::Json;
use poise::serenity_prelude::{Permissions, Timestamp as DiscordTimestamp};
use serde_json::{json, Value};

use super::limits;
use super::multipart;
use super::openapi;
use super::payloads::{self, APP_ID};
use super::state::{route_matches, Held, Invite, Request, SentMessage, State};
use super::{Event, Inner};

/// What a route answers: a status, an optional JSON body, and gateway events to send
/// (each only if the bot asked for its intent).
struct Answer {
    status: u16,
    body: Option<Value>,
    events: Vec<Event>,
}

fn ok(body: Value) -> Answer {
    Answer {
        status: 200,
        body: Some(body),
        events: Vec::new(),
    }
}

fn no_content() -> Answer {
    Answer {
        status: 204,
        body: None,
        events: Vec::new(),
    }
}

fn error(status: u16, code: u32, message: &str) -> Answer {
    Answer {
        status,
        body: Some(payloads::error(code, message)),
        events: Vec::new(),
    }
}

/// A body over Discord's limits or unlike its schema: noted for the test, refused as
/// Discord refuses it.
fn invalid(s: &mut State, why: String) -> Answer {
    s.invalid_bodies.push(why);
    error(400, 50035, "Invalid Form Body")
}

fn missing_permissions() -> Answer {
    error(403, 50013, "Missing Permissions")
}

pub(super) async fn handle(
    AxumState(inner): AxumState<Arc<Inner>>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let path = uri
        .path()
        .strip_prefix("/api/v10")
        .unwrap_or(uri.path())
        .to_owned();
    // A multipart form carries its JSON in `payload_json`, beside its files.
    let form = headers
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .and_then(multipart::boundary)
        .map(|boundary| {
            multipart::parse(&boundary, &body)
                .and_then(|parts| form_json(&parts).map(|json| (parts, json)))
        });
    let (body, form, form_refused): (Option<Value>, Option<Vec<multipart::Part>>, _) = match form {
        None => (serde_json::from_slice(&body).ok(), None, None),
        Some(Ok((parts, json))) => (json, Some(parts), None),
        Some(Err(why)) => (None, None, Some(format!("{method} {path}: {why}"))),
    };
    let headers: BTreeMap<String, String> = headers
        .iter()
        .map(|(k, v)| (k.as_str().to_owned(), v.to_str().unwrap_or("").to_owned()))
        .collect();
    hold(&inner, method.as_str(), &path).await;
    let gateway_url = inner.gateway_url();
    // Discord's operation for the request, and its verdict on the body, found before the
    // state is locked.
    let spec = openapi::spec();
    let operation = spec.operation(method.as_str(), &path);
    let refused = form_refused
        .or_else(|| {
            operation
                .filter(|op| form.is_some() && !op.multipart)
                .map(|op| format!("{}: Discord takes no multipart body here", op.name()))
        })
        .or_else(|| {
            operation.and_then(|op| {
                spec.check_request(op, snowflakes_as_text(body.clone()).as_ref())
                    .err()
            })
        });
    let files = form.as_deref().map(files).unwrap_or_default();
    let (answer, retry_after) = inner.update(|s| {
        let failure = s
            .failures
            .iter_mut()
            .find(|f| f.matches(method.as_str(), &path));
        let authorized = s.token.as_deref().is_none_or(|t| {
            headers
                .get("authorization")
                .is_some_and(|h| *h == format!("Bot {t}"))
        });
        let (answer, retry_after) = match failure {
            _ if !authorized => (error(401, 0, "401: Unauthorized"), None),
            _ if operation.is_none() => {
                s.unknown_routes
                    .push(format!("{method} {path}: Discord has no such route"));
                (error(404, 0, "404: Not Found"), None)
            }
            _ if refused.is_some() => (invalid(s, refused.clone().unwrap_or_default()), None),
            Some(f) => {
                if let Some(n) = &mut f.remaining {
                    *n -= 1;
                }
                let answer = Answer {
                    status: f.status,
                    body: Some(f.body.clone()),
                    events: Vec::new(),
                };
                (answer, f.retry_after)
            }
            None => (
                route(
                    s,
                    method.as_str(),
                    &path,
                    uri.query(),
                    body.as_ref(),
                    form.as_deref(),
                    &files,
                    &gateway_url,
                ),
                None,
            ),
        };
        if operation.is_some()
            && answer.status == 404
            && answer.body.as_ref().is_some_and(|b| b["code"] == 0)
        {
            s.unknown_routes.push(format!("{method} {path}"));
        }
        s.requests.push(Request {
            method: method.to_string(),
            path: path.clone(),
            headers,
            body: body.clone(),
            form: form.clone(),
            status: answer.status,
        });
        (answer, retry_after)
    });
    if let Some(op) = operation {
        if let Err(why) = spec.check_response(op, answer.status, answer.body.as_ref()) {
            inner.update(|s| s.answers_off_spec.push(why));
        }
    }
    for (event, d) in answer.events {
        inner.event(event, d);
    }
    let status = StatusCode::from_u16(answer.status).expect("a valid status");
    let mut response = match answer.body {
        Some(body) => (status, Json(body)).into_response(),
        None => status.into_response(),
    };
    if let Some(secs) = retry_after {
        response.headers_mut().insert(
            "retry-after",
            secs.ceil().to_string().parse().expect("a header value"),
        );
    }
    response
}

/// The body as Discord's OpenAPI description spells it: Discord reads a snowflake sent as
/// a number as it reads one sent as a string, and its own "Uploading Files" examples (which
/// serenity follows) number new attachments `{"id": 0}`, where the description allows only
/// strings.
fn snowflakes_as_text(mut body: Option<Value>) -> Option<Value> {
    fn fix(message: Option<&mut Value>) {
        let attachments = message
            .and_then(|m| m.get_mut("attachments"))
            .and_then(Value::as_array_mut);
        for attachment in attachments.into_iter().flatten() {
            if let Some(n) = attachment["id"].as_u64() {
                attachment["id"] = json!(n.to_string());
            }
        }
    }
    if let Some(body) = body.as_mut() {
        fix(Some(&mut *body));
        fix(body.get_mut("data"));
    }
    body
}

/// Holds a request to a held route (see [`State::holds`]) until the test releases it.
async fn hold(inner: &Inner, method: &str, path: &str) {
    let id = inner.update(|s| {
        let held = s
            .holds
            .iter()
            .any(|(m, p)| route_matches(m, p, method, path));
        held.then(|| {
            let id = s.next_id();
            s.held.push(Held {
                id,
                method: method.to_owned(),
                released: false,
            });
            id
        })
    });
    let Some(id) = id else { return };
    let mut changed = inner.changed.subscribe();
    loop {
        changed.borrow_and_update();
        if inner.lock().held.iter().any(|h| h.id == id && h.released) {
            break;
        }
        if changed.changed().await.is_err() {
            std::future::pending::<()>().await;
        }
    }
    inner.update(|s| s.held.retain(|h| h.id != id));
}

/// Parses a snowflake path segment.
fn id(segment: &str) -> Option<u64> {
    segment.parse().ok()
}

/// A file of a multipart request: the `n` of its part's name `files[n]`, its file name and
/// its bytes.
pub(super) struct File {
    index: u64,
    filename: String,
    content_type: Option<String>,
    bytes: Vec<u8>,
}

/// Discord's limit on an uploaded file: 10 MiB in a server without boosts (more with
/// them; the fake models the least).
pub const UPLOAD_LIMIT: usize = 10 * 1024 * 1024;

/// The files of a multipart form that a message takes: the parts `files[n]`, by index.
fn files(parts: &[multipart::Part]) -> Vec<File> {
    parts
        .iter()
        .filter_map(|part| {
            let index = part
                .name
                .strip_prefix("files[")
                .and_then(|n| n.strip_suffix(']'))
                .and_then(|n| n.parse().ok())?;
            Some(File {
                index,
                filename: part.filename.clone()?,
                content_type: part.content_type.clone(),
                bytes: part.data.clone(),
            })
        })
        .collect()
}

/// Gives the files of a multipart request to the message `message` (a message body): each
/// of its `attachments` naming a file by its index becomes the attachment Discord made of
/// it, its bytes kept in [`State::uploads`]. `Err` with Discord's answer for a file over
/// [`UPLOAD_LIMIT`] or an attachment naming no file.
fn attach(s: &mut State, message: &mut Value, files: &[File], channel: u64) -> Result<(), Answer> {
    if files.is_empty() {
        return Ok(());
    }
    if let Some(file) = files.iter().find(|f| f.bytes.len() > UPLOAD_LIMIT) {
        s.invalid_bodies.push(format!(
            "{} is {} bytes, over Discord's limit",
            file.filename,
            file.bytes.len()
        ));
        return Err(error(413, 40005, "Request entity too large"));
    }
    let listed = message["attachments"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    let mut made = Vec::new();
    for entry in &listed {
        let index = entry["id"]
            .as_u64()
            .or_else(|| entry["id"].as_str().and_then(|i| i.parse().ok()));
        let Some(file) = files.iter().find(|f| Some(f.index) == index) else {
            return Err(invalid(
                s,
                format!("the attachment {entry} names no uploaded file"),
            ));
        };
        let id = s.next_id();
        let filename = entry["filename"]
            .as_str()
            .unwrap_or(&file.filename)
            .to_owned();
        let url = format!("https://cdn.discordapp.com/attachments/{channel}/{id}/{filename}");
        s.uploads.insert(url.clone(), file.bytes.clone());
        let mut attachment = json!({
            "id": id.to_string(),
            "filename": filename,
            "size": file.bytes.len(),
            "url": url,
            "proxy_url": url.replace("cdn.discordapp.com", "media.discordapp.net"),
        });
        if let Some(t) = &file.content_type {
            attachment["content_type"] = json!(t);
        }
        made.push(attachment);
    }
    message["attachments"] = Value::Array(made);
    Ok(())
}

#[allow(clippy::too_many_arguments)]
fn route(
    s: &mut State,
    method: &str,
    path: &str,
    query: Option<&str>,
    body: Option<&Value>,
    form: Option<&[multipart::Part]>,
    files: &[File],
    gateway_url: &str,
) -> Answer {
    let segments: Vec<&str> = path.trim_matches('/').split('/').collect();
    let null = Value::Null;
    let body = body.unwrap_or(&null);
    match (method, segments.as_slice()) {
        ("GET", ["users", "@me"]) => ok(payloads::current_user(&s.users[&s.bot_id()])),
        ("GET", ["users", user]) => match id(user).and_then(|u| s.users.get(&u)) {
            Some(u) => ok(payloads::user(u)),
            None => error(404, 10013, "Unknown User"),
        },
        ("GET", ["gateway"]) => ok(json!({ "url": gateway_url })),
        ("GET", ["gateway", "bot"]) => ok(json!({
            "url": gateway_url,
            "shards": s.shards,
            "session_start_limit": {
                "total": 1000, "remaining": 1000, "reset_after": 0, "max_concurrency": 1
            },
        })),
        ("GET", ["oauth2", "applications", "@me"]) => ok(payloads::application(s)),
        ("PUT", ["applications", app, "commands"]) if id(app) == Some(APP_ID) => {
            register_commands(s, body)
        }
        ("GET", ["applications", app, "commands"]) if id(app) == Some(APP_ID) => {
            ok(Value::Array(s.commands.clone()))
        }
        ("POST", ["interactions", _, token, "callback"]) => {
            interaction_callback(s, token, body, files)
        }
        ("POST", ["webhooks", app, token]) if id(app) == Some(APP_ID) => {
            followup(s, token, body, files)
        }
        ("GET" | "PATCH", ["webhooks", app, token, "messages", "@original"])
            if id(app) == Some(APP_ID) =>
        {
            original(s, method, token, body, files)
        }
        ("POST", ["users", "@me", "channels"]) => open_dm(s, body),
        ("POST", ["channels", channel, "messages"]) => match id(channel) {
            Some(channel) => send_message(s, channel, body),
            None => error(404, 10003, "Unknown Channel"),
        },
        ("PATCH", ["channels", channel, "messages", message]) => {
            edit_message(s, id(channel), id(message), body)
        }
        ("GET", ["channels", channel]) => get_channel(s, id(channel)),
        ("POST", ["channels", channel, "invites"]) => match id(channel) {
            Some(channel) => create_invite(s, channel, body, form),
            None => error(404, 10003, "Unknown Channel"),
        },
        ("GET", ["channels", channel, "invites"]) => {
            let invites: Vec<Value> = s
                .invites
                .values()
                .filter(|i| Some(i.channel_id) == id(channel))
                .map(|i| payloads::rich_invite(s, i))
                .collect();
            ok(Value::Array(invites))
        }
        ("DELETE", ["invites", code]) => delete_invite(s, code),
        ("GET", ["guilds", guild, rest @ ..]) => match id(guild).and_then(|g| s.guilds.get(&g)) {
            None => error(404, 10004, "Unknown Guild"),
            Some(g) => match rest {
                [] => ok(payloads::partial_guild(g)),
                ["roles"] => ok(json!(g
                    .roles
                    .iter()
                    .map(payloads::role)
                    .collect::<Vec<_>>())),
                ["channels"] => ok(json!(g
                    .channels
                    .iter()
                    .map(|c| payloads::channel(g.id, c))
                    .collect::<Vec<_>>())),
                ["members"] => list_members(s, g, query),
                ["members", "search"] => search_members(s, g, query),
                ["members", user] => match id(user).filter(|u| g.members.contains_key(u)) {
                    Some(u) => ok(payloads::member(&s.users[&u], &g.members[&u])),
                    None => error(404, 10007, "Unknown Member"),
                },
                ["invites"] => {
                    let me = s.bot_id();
                    if g.permissions_of(me) & Permissions::MANAGE_GUILD.bits() == 0 {
                        return missing_permissions();
                    }
                    let invites: Vec<Value> = s
                        .invites
                        .values()
                        .filter(|i| i.guild_id == g.id)
                        .map(|i| payloads::rich_invite(s, i))
                        .collect();
                    ok(Value::Array(invites))
                }
                _ => error(404, 0, "404: Not Found"),
            },
        },
        ("PUT", ["guilds", guild, "incident-actions"]) => match id(guild) {
            Some(g) if s.guilds.contains_key(&g) => incident_actions(s, g, body),
            _ => error(404, 10004, "Unknown Guild"),
        },
        ("PUT" | "DELETE", ["guilds", guild, "members", user, "roles", role]) => {
            match (id(guild), id(user), id(role)) {
                (Some(g), Some(u), Some(r)) => change_role(s, method == "PUT", g, u, r),
                _ => error(404, 0, "404: Not Found"),
            }
        }
        _ => error(404, 0, "404: Not Found"),
    }
}

/// The value of `key` in a query string.
/// `PUT /guilds/{id}/incident-actions`: Discord's switch that pauses a server's invites
/// (Manage Server), at most 24 hours ahead; `null` lifts it. DMs are not modelled.
fn incident_actions(s: &mut State, guild_id: u64, body: &Value) -> Answer {
    let me = s.bot_id();
    let g = &s.guilds[&guild_id];
    if g.permissions_of(me) & Permissions::MANAGE_GUILD.bits() == 0 {
        return missing_permissions();
    }
    let until = match &body["invites_disabled_until"] {
        Value::Null => None,
        Value::String(at) => match DiscordTimestamp::parse(at) {
            Ok(at) => Some(at.unix_timestamp()),
            Err(e) => return invalid(s, format!("invites_disabled_until {at:?}: {e}")),
        },
        other => return invalid(s, format!("invites_disabled_until: {other}")),
    };
    if until.is_some_and(|u| u > s.now + 24 * 3600) {
        return error(
            400,
            50035,
            "Invalid Form Body (invites_disabled_until: more than 24 hours ahead)",
        );
    }
    let until = until.filter(|&u| u > s.now);
    s.guilds
        .get_mut(&guild_id)
        .expect("the server")
        .invites_disabled_until = until;
    let at = until.map(|u| {
        DiscordTimestamp::from_unix_timestamp(u)
            .expect("a timestamp")
            .to_string()
    });
    ok(json!({ "invites_disabled_until": at, "dms_disabled_until": null }))
}

fn query_value<'a>(query: Option<&'a str>, key: &str) -> Option<&'a str> {
    query?
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(k, _)| *k == key)
        .map(|(_, v)| v)
}

/// `GET /guilds/{id}/members?limit=&after=`: members by id after `after`, at most `limit`
/// (1 to 1000, default 1). Only for an application with the Server Members intent.
fn list_members(s: &State, g: &super::state::Guild, query: Option<&str>) -> Answer {
    const SERVER_MEMBERS: u64 = (1 << 14) | (1 << 15);
    if s.app_flags & SERVER_MEMBERS == 0 {
        return error(403, 50001, "Missing Access");
    }
    let limit = query_value(query, "limit").map_or(Some(1), |l| l.parse::<usize>().ok());
    let Some(limit) = limit.filter(|l| (1..=1000).contains(l)) else {
        return error(400, 50035, "Invalid Form Body");
    };
    let after = query_value(query, "after").and_then(id).unwrap_or(0);
    let members: Vec<Value> = g
        .members
        .range(after + 1..)
        .take(limit)
        .map(|(u, m)| payloads::member(&s.users[u], m))
        .collect();
    ok(Value::Array(members))
}

/// `GET /guilds/{id}/members/search?query=&limit=`: members whose username or nickname
/// starts with `query` (case-insensitively), at most `limit` (1 to 1000, default 1). Only
/// people in the server: Discord searches its members, nobody else.
fn search_members(s: &State, g: &super::state::Guild, query: Option<&str>) -> Answer {
    let Some(wanted) = query_value(query, "query")
        .map(super::state::percent_decode)
        .filter(|q| !q.is_empty())
    else {
        return error(400, 50035, "Invalid Form Body");
    };
    let limit = query_value(query, "limit").map_or(Some(1), |l| l.parse::<usize>().ok());
    let Some(limit) = limit.filter(|l| (1..=1000).contains(l)) else {
        return error(400, 50035, "Invalid Form Body");
    };
    let wanted = wanted.to_lowercase();
    let members: Vec<Value> = g
        .members
        .iter()
        .filter(|(u, _)| s.users[u].name.to_lowercase().starts_with(&wanted))
        .take(limit)
        .map(|(u, m)| payloads::member(&s.users[u], m))
        .collect();
    ok(Value::Array(members))
}

/// `PUT /applications/{id}/commands`: replaces the commands, keeping each name's id.
fn register_commands(s: &mut State, body: &Value) -> Answer {
    let Some(list) = body.as_array() else {
        return error(400, 50035, "Invalid Form Body");
    };
    if let Err(why) = limits::check_localizations(body, &super::openapi::spec().locales()) {
        return invalid(s, why);
    }
    let mut registered = Vec::new();
    for command in list {
        let existing = s
            .command(command["name"].as_str().unwrap_or(""))
            .and_then(|c| c["id"].as_str())
            .and_then(id);
        let command_id = existing.unwrap_or_else(|| s.next_id());
        registered.push(payloads::registered_command(command_id, command.clone()));
    }
    s.commands = registered.clone();
    s.registrations += 1;
    ok(Value::Array(registered))
}

/// How soon Discord wants the first answer to an interaction.
const ANSWER_WITHIN: std::time::Duration = std::time::Duration::from_secs(3);

fn interaction_callback(s: &mut State, token: &str, body: &Value, files: &[File]) -> Answer {
    let checked = match body["type"].as_u64() {
        Some(4 | 7) => limits::check_message(&body["data"]),
        Some(8) => limits::check_choices(&body["data"]),
        _ => Ok(()),
    };
    if let Err(why) = checked {
        return invalid(s, why);
    }
    let Some(log) = s.interactions.get_mut(token) else {
        return error(404, 10062, "Unknown interaction");
    };
    if !log.callbacks.is_empty() {
        return error(400, 40060, "Interaction has already been acknowledged.");
    }
    if log.created.is_some_and(|at| at.elapsed() > ANSWER_WITHIN) {
        // Discord forgets an interaction nobody answered in time.
        s.invalid_bodies
            .push(format!("an interaction answered after {ANSWER_WITHIN:?}"));
        return error(404, 10062, "Unknown interaction");
    }
    let channel = log.channel_id;
    let mut body = body.clone();
    if let Err(refused) = attach(s, &mut body["data"], files, channel) {
        return refused;
    }
    let log = s.interactions.get_mut(token).expect("found above");
    log.callbacks.push(body);
    no_content()
}

fn followup(s: &mut State, token: &str, body: &Value, files: &[File]) -> Answer {
    if let Err(why) = limits::check_message(body) {
        return invalid(s, why);
    }
    let Some(log) = s.interactions.get_mut(token) else {
        return error(404, 10015, "Unknown Webhook");
    };
    if log.callbacks.is_empty() {
        return error(404, 10015, "Unknown Webhook");
    }
    let (channel, guild) = (log.channel_id, log.guild_id);
    let mut body = body.clone();
    if let Err(refused) = attach(s, &mut body, files, channel) {
        return refused;
    }
    let log = s.interactions.get_mut(token).expect("found above");
    log.followups.push(body.clone());
    let message_id = s.next_id();
    ok(payloads::message(s, message_id, channel, guild, &body))
}

fn original(s: &mut State, method: &str, token: &str, body: &Value, files: &[File]) -> Answer {
    if let Err(why) = limits::check_message(body) {
        return invalid(s, why);
    }
    let Some(log) = s.interactions.get_mut(token) else {
        return error(404, 10015, "Unknown Webhook");
    };
    if log.callbacks.is_empty() {
        return error(404, 10008, "Unknown Message");
    }
    if method == "PATCH" {
        let channel = log.channel_id;
        let mut body = body.clone();
        if let Err(refused) = attach(s, &mut body, files, channel) {
            return refused;
        }
        s.interactions
            .get_mut(token)
            .expect("found above")
            .edits
            .push(body);
    }
    let log = &s.interactions[token];
    let shown = log
        .edits
        .last()
        .cloned()
        .unwrap_or_else(|| log.callbacks[0]["data"].clone());
    let (channel, guild) = (log.channel_id, log.guild_id);
    let message_id = s.next_id();
    ok(payloads::message(s, message_id, channel, guild, &shown))
}

fn open_dm(s: &mut State, body: &Value) -> Answer {
    let Some(user) = body["recipient_id"]
        .as_str()
        .and_then(id)
        .or_else(|| body["recipient_id"].as_u64())
        .filter(|u| s.users.contains_key(u))
    else {
        return error(400, 50035, "Invalid Form Body");
    };
    let channel = match s.dm_channels.iter().find(|(_, u)| **u == user) {
        Some((c, _)) => *c,
        None => {
            let c = s.next_id();
            s.dm_channels.insert(c, user);
            c
        }
    };
    ok(payloads::dm_channel(s, channel, user))
}

fn send_message(s: &mut State, channel: u64, body: &Value) -> Answer {
    if let Err(why) = limits::check_message(body) {
        return invalid(s, why);
    }
    let me = s.bot_id();
    let (guild_id, dm_to) = if let Some(user) = s.dm_channels.get(&channel).copied() {
        // Discord lets a bot DM only people who share a server with it, and who accept DMs.
        let shares_a_server = s.guilds.values().any(|g| g.members.contains_key(&user));
        if !s.users[&user].dms_open || !shares_a_server {
            return error(403, 50007, "Cannot send messages to this user");
        }
        (None, Some(user))
    } else if let Some(g) = s.guilds.values().find(|g| g.channel(channel).is_some()) {
        let perms = Permissions::from_bits_truncate(g.channel_permissions_of(me, channel));
        if !perms.view_channel() {
            return error(403, 50001, "Missing Access");
        }
        if !perms.send_messages() {
            return missing_permissions();
        }
        (Some(g.id), None)
    } else {
        return error(404, 10003, "Unknown Channel");
    };
    let message_id = s.next_id();
    s.messages.push(SentMessage {
        id: message_id,
        channel_id: channel,
        dm_to,
        body: body.clone(),
        edits: Vec::new(),
    });
    ok(payloads::message(s, message_id, channel, guild_id, body))
}

/// `PATCH /channels/{c}/messages/{m}`: edits a message the bot sent there; the keys the
/// body holds replace the old ones.
fn edit_message(s: &mut State, channel: Option<u64>, message: Option<u64>, body: &Value) -> Answer {
    if let Err(why) = limits::check_message(body) {
        return invalid(s, why);
    }
    let Some(m) = s
        .messages
        .iter_mut()
        .find(|m| Some(m.id) == message && Some(m.channel_id) == channel)
    else {
        return error(404, 10008, "Unknown Message");
    };
    for key in ["content", "embeds", "components", "flags"] {
        if let Some(v) = body.get(key) {
            m.body[key] = v.clone();
        }
    }
    m.edits.push(body.clone());
    let m = m.clone();
    ok(payloads::edited_message(s, &m))
}

fn get_channel(s: &State, channel: Option<u64>) -> Answer {
    let Some(channel) = channel else {
        return error(404, 10003, "Unknown Channel");
    };
    if let Some(user) = s.dm_channels.get(&channel) {
        return ok(payloads::dm_channel(s, channel, *user));
    }
    match s
        .guilds
        .values()
        .find_map(|g| g.channel(channel).map(|c| payloads::channel(g.id, c)))
    {
        Some(c) => ok(c),
        None => error(404, 10003, "Unknown Channel"),
    }
}

/// The JSON of a multipart form: its `payload_json` field (`None` without one). A field
/// that is neither it nor a file is refused: Porter sends its options as JSON.
fn form_json(parts: &[multipart::Part]) -> Result<Option<Value>, String> {
    let mut json = None;
    for part in parts {
        match (part.name.as_str(), &part.filename) {
            ("payload_json", None) => {
                let value = serde_json::from_slice(&part.data)
                    .map_err(|e| format!("payload_json is not JSON: {e}"))?;
                if json.replace(value).is_some() {
                    return Err("two payload_json fields".to_owned());
                }
            }
            (_, Some(_)) => {}
            (name, None) => return Err(format!("form field {name:?} is not a file")),
        }
    }
    Ok(json)
}

/// The user ids of a targeted invite's `target_users_file`: a CSV with one column, a user
/// id a line. `Err` says what Discord would not read.
fn target_users(part: &multipart::Part) -> Result<Vec<u64>, String> {
    if part.filename.is_none() {
        return Err("target_users_file is not a file".to_owned());
    }
    let text = std::str::from_utf8(&part.data).map_err(|_| "target_users_file is not text")?;
    let users: Vec<u64> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|l| id(l).ok_or_else(|| format!("target_users_file has {l:?} where a user id goes")))
        .collect::<Result<_, _>>()?;
    if users.is_empty() {
        return Err("target_users_file names no user".to_owned());
    }
    Ok(users)
}

/// `POST /channels/{id}/invites`: needs Create Invite there; without `unique: true` an
/// equivalent existing invite comes back instead of a new one, as on Discord. A multipart
/// body with a `target_users_file` makes a targeted invite, which only those users can
/// accept.
fn create_invite(
    s: &mut State,
    channel: u64,
    body: &Value,
    form: Option<&[multipart::Part]>,
) -> Answer {
    let mut targets = None;
    for part in form.unwrap_or_default() {
        match part.name.as_str() {
            "target_users_file" => match target_users(part) {
                Ok(users) => targets = Some(users),
                Err(why) => return invalid(s, format!("POST /channels/{channel}/invites: {why}")),
            },
            "payload_json" => {}
            other => {
                return invalid(
                    s,
                    format!("POST /channels/{channel}/invites: no file {other:?} here"),
                )
            }
        }
    }
    let me = s.bot_id();
    let Some(g) = s.guilds.values().find(|g| g.channel(channel).is_some()) else {
        return error(404, 10003, "Unknown Channel");
    };
    let perms = Permissions::from_bits_truncate(g.channel_permissions_of(me, channel));
    if !perms.create_instant_invite() {
        return missing_permissions();
    }
    let guild_id = g.id;
    let max_uses = body["max_uses"].as_u64().unwrap_or(0);
    let max_age = body["max_age"].as_u64().unwrap_or(86_400);
    if max_uses > 100 {
        return error(400, 50035, "Invalid Form Body");
    }
    let role_ids: Vec<u64> = body["role_ids"]
        .as_array()
        .map(|a| a.iter().filter_map(|r| r.as_str().and_then(id)).collect())
        .unwrap_or_default();
    let unique = body["unique"].as_bool().unwrap_or(false);
    let equivalent = s.invites.values().find(|i| {
        i.channel_id == channel
            && i.inviter_id == me
            && i.max_uses == max_uses
            && i.max_age == max_age
            && i.role_ids == role_ids
    });
    if let (false, Some(existing), None) = (unique, equivalent, &targets) {
        return ok(payloads::rich_invite(s, existing));
    }
    let code = format!("fake{}", s.next_id() % 1_000_000);
    let invite = Invite {
        code: code.clone(),
        guild_id,
        channel_id: channel,
        inviter_id: me,
        max_uses,
        max_age,
        uses: 0,
        role_ids,
    };
    let event = payloads::invite_create_event(s, &invite);
    let answer = payloads::rich_invite(s, &invite);
    if let Some(users) = targets {
        s.invite_targets.insert(code.clone(), users);
    }
    s.invites.insert(code, invite);
    Answer {
        status: 200,
        body: Some(answer),
        events: vec![("INVITE_CREATE", event)],
    }
}

/// `DELETE /invites/{code}`: needs Manage Server or Manage Channels.
fn delete_invite(s: &mut State, code: &str) -> Answer {
    let me = s.bot_id();
    let Some(invite) = s.invites.get(code) else {
        return error(404, 10006, "Unknown Invite");
    };
    let Some(guild) = s.guilds.get(&invite.guild_id) else {
        // The bot is no longer in the invite's server.
        return missing_permissions();
    };
    let perms =
        Permissions::from_bits_truncate(guild.channel_permissions_of(me, invite.channel_id));
    if !perms.intersects(Permissions::MANAGE_GUILD | Permissions::MANAGE_CHANNELS) {
        return missing_permissions();
    }
    let invite = s.delete_invite(code).expect("checked above");
    Answer {
        status: 200,
        body: Some(payloads::invite(s, &invite)),
        events: vec![("INVITE_DELETE", payloads::invite_delete_event(&invite))],
    }
}

/// Adds or removes a member's role, as Discord allows it: the bot needs Manage Roles and a
/// highest role above the role. A change sends GUILD_MEMBER_UPDATE.
fn change_role(s: &mut State, add: bool, guild: u64, user: u64, role: u64) -> Answer {
    let me = s.bot_id();
    let Some(g) = s.guilds.get_mut(&guild) else {
        return error(404, 10004, "Unknown Guild");
    };
    let Some(target) = g.role(role).cloned() else {
        return error(404, 10011, "Unknown Role");
    };
    if !g.members.contains_key(&user) {
        return error(404, 10007, "Unknown Member");
    }
    let perms = Permissions::from_bits_truncate(g.permissions_of(me));
    let my_top = g.members.get(&me).map_or(0, |m| {
        m.roles
            .iter()
            .filter_map(|r| g.role(*r))
            .map(|r| r.position)
            .max()
            .unwrap_or(0)
    });
    if !perms.manage_roles() || target.position >= my_top {
        return missing_permissions();
    }
    let member = g.members.get_mut(&user).expect("checked above");
    let mut answer = no_content();
    if member.set_role(role, add) {
        let d = payloads::member_update_event(s, guild, user);
        answer.events.push(("GUILD_MEMBER_UPDATE", d));
    }
    answer
}
