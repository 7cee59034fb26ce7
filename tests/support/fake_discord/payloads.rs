//! The JSON the fake sends, shaped as Discord sends it. Every builder is checked against
//! serenity's own types in the tests at the bottom: serenity drops what it cannot parse.

use serde_json::{json, Value};

use super::state::{Channel, Guild, Invite, Member, Role, SentMessage, Shard, State, User};

/// The fake's application (and bot user) id.
pub const APP_ID: u64 = 900_000_000_000_000_001;
/// Discord's timestamps, all the same: the fake's tests never read them.
pub const TIMESTAMP: &str = "2026-01-01T00:00:00.000000+00:00";
/// When Porter was added to a server, unless the test says otherwise
/// ([`super::State::porter_added_at`]): a year before any test's clock.
pub const ADDED_LONG_AGO: &str = "2025-01-01T00:00:00.000000+00:00";

/// A user object.
pub fn user(u: &User) -> Value {
    json!({
        "id": u.id.to_string(),
        "username": u.name,
        "global_name": u.name,
        "discriminator": "0",
        "avatar": null,
        "bot": u.bot,
        "system": false,
        "public_flags": 0,
        "flags": 0,
        "banner": null,
        "accent_color": null,
        "primary_guild": null,
    })
}

/// The bot's own user, as `GET /users/@me` and READY give it.
pub fn current_user(u: &User) -> Value {
    let mut v = user(u);
    v["verified"] = json!(true);
    v["mfa_enabled"] = json!(false);
    v["email"] = Value::Null;
    v["locale"] = json!("en-US");
    v
}

/// A role object.
pub fn role(r: &Role) -> Value {
    json!({
        "id": r.id.to_string(),
        "name": r.name,
        "color": 0,
        "colors": {"primary_color": 0, "secondary_color": null, "tertiary_color": null},
        "hoist": false,
        "icon": null,
        "unicode_emoji": null,
        "position": r.position,
        "permissions": r.permissions.to_string(),
        "managed": r.managed,
        "mentionable": false,
        "flags": 0,
    })
}

/// A guild channel object.
pub fn channel(guild_id: u64, c: &Channel) -> Value {
    json!({
        "id": c.id.to_string(),
        "guild_id": guild_id.to_string(),
        "type": c.kind,
        "name": c.name,
        "position": c.position,
        "permission_overwrites": c.overwrites.iter().map(|o| json!({
            "id": o.role_id.to_string(),
            "type": 0,
            "allow": o.allow.to_string(),
            "deny": o.deny.to_string(),
        })).collect::<Vec<_>>(),
        "nsfw": false,
        "topic": null,
        "last_message_id": null,
        "rate_limit_per_user": 0,
        "parent_id": null,
        "flags": 0,
    })
}

/// A member object (without `guild_id`, as Discord sends it inside a guild).
pub fn member(users: &User, m: &Member) -> Value {
    json!({
        "user": user(users),
        "nick": null,
        "avatar": null,
        "roles": m.roles.iter().map(u64::to_string).collect::<Vec<_>>(),
        "joined_at": joined_at(m),
        "premium_since": null,
        "deaf": false,
        "mute": false,
        "flags": 0,
        "pending": false,
        "communication_disabled_until": null,
        "banner": null,
    })
}

/// When a member joined, as Discord writes it.
fn joined_at(m: &Member) -> String {
    match m.joined_at {
        Some(at) => iso8601(at),
        None => TIMESTAMP.to_owned(),
    }
}

/// A Unix time as Discord writes times: `2026-01-01T00:00:00.000000+00:00`.
pub fn iso8601(at: i64) -> String {
    let days = at.div_euclid(86_400);
    let secs = at.rem_euclid(86_400);
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}.000000+00:00",
        secs / 3600,
        secs / 60 % 60,
        secs % 60
    )
}

/// A member as an interaction carries it: with the member's permissions in the channel.
pub fn interaction_member(state: &State, guild: &Guild, user_id: u64) -> Value {
    let m = &guild.members[&user_id];
    let mut v = member(&state.users[&user_id], m);
    v["permissions"] = json!(guild.permissions_of(user_id).to_string());
    v
}

/// A member as the `resolved` block carries it: no `user`, no `deaf`/`mute`.
pub fn resolved_member(guild: &Guild, user_id: u64) -> Value {
    let m = &guild.members[&user_id];
    json!({
        "nick": null,
        "avatar": null,
        "roles": m.roles.iter().map(u64::to_string).collect::<Vec<_>>(),
        "joined_at": TIMESTAMP,
        "premium_since": null,
        "pending": false,
        "flags": 0,
        "communication_disabled_until": null,
        "permissions": guild.permissions_of(user_id).to_string(),
    })
}

/// A channel as the `resolved` block carries it: with the invoking member's permissions.
pub fn resolved_channel(guild: &Guild, c: &Channel, user_id: u64) -> Value {
    json!({
        "id": c.id.to_string(),
        "name": c.name,
        "type": c.kind,
        "permissions": guild.channel_permissions_of(user_id, c.id).to_string(),
        "parent_id": null,
        "thread_metadata": null,
    })
}

/// The guild part shared by GUILD_CREATE and `GET /guilds/{id}`.
fn guild_base(g: &Guild) -> Value {
    json!({
        "id": g.id.to_string(),
        "name": g.name,
        "icon": null,
        "splash": null,
        "discovery_splash": null,
        "owner_id": g.owner_id.to_string(),
        "afk_channel_id": null,
        "afk_timeout": 300,
        "widget_enabled": false,
        "widget_channel_id": null,
        "verification_level": g.verification_level,
        "default_message_notifications": 0,
        "explicit_content_filter": 0,
        "roles": g.roles.iter().map(role).collect::<Vec<_>>(),
        "emojis": [],
        "features": g.features,
        "mfa_level": 0,
        "application_id": null,
        "system_channel_id": g.system_channel_id.map(|c| c.to_string()),
        "system_channel_flags": 0,
        "rules_channel_id": null,
        "max_presences": null,
        "max_members": 500_000,
        "vanity_url_code": null,
        "description": null,
        "banner": null,
        "premium_tier": 0,
        "premium_subscription_count": 0,
        "preferred_locale": g.preferred_locale,
        "public_updates_channel_id": null,
        "max_video_channel_users": 25,
        "max_stage_video_channel_users": 50,
        "nsfw_level": 0,
        "stickers": [],
        "premium_progress_bar_enabled": false,
        "safety_alerts_channel_id": null,
    })
}

/// The `d` of GUILD_CREATE: without the members and presences intents it carries only the
/// bot's own member.
pub fn guild_create(state: &State, g: &Guild) -> Value {
    let mut v = guild_base(g);
    let me = state.bot_id();
    v["joined_at"] = json!(state
        .porter_added_at
        .get(&g.id)
        .map_or_else(|| ADDED_LONG_AGO.to_owned(), |&at| iso8601(at)));
    v["large"] = json!(false);
    v["unavailable"] = json!(false);
    v["member_count"] = json!(g.members.len());
    v["voice_states"] = json!([]);
    v["members"] = json!(g
        .members
        .get(&me)
        .map(|m| member(&state.users[&me], m))
        .into_iter()
        .collect::<Vec<_>>());
    v["channels"] = json!(g
        .channels
        .iter()
        .map(|c| {
            let mut c = channel(g.id, c);
            c.as_object_mut().expect("an object").remove("guild_id");
            c
        })
        .collect::<Vec<_>>());
    v["threads"] = json!([]);
    v["presences"] = json!([]);
    v["stage_instances"] = json!([]);
    v["guild_scheduled_events"] = json!([]);
    v
}

/// The `d` of GUILD_DELETE: `unavailable` for an outage; left out when the bot was removed
/// from the server, as Discord does.
pub fn guild_delete_event(guild_id: u64, unavailable: bool) -> Value {
    if unavailable {
        json!({"id": guild_id.to_string(), "unavailable": true})
    } else {
        json!({"id": guild_id.to_string()})
    }
}

/// `GET /guilds/{id}`.
pub fn partial_guild(g: &Guild) -> Value {
    let mut v = guild_base(g);
    v["approximate_member_count"] = json!(g.members.len());
    v["approximate_presence_count"] = json!(0);
    v["home_header"] = Value::Null;
    v["region"] = json!("deprecated");
    v["nsfw"] = json!(false);
    v["incidents_data"] = Value::Null;
    v
}

/// A gateway frame: `op` with `d`, plus `t` and `s` for dispatches.
pub fn frame(op: u8, d: Value, t: Option<&str>, s: Option<u64>) -> Value {
    json!({"op": op, "d": d, "t": t, "s": s})
}

/// The `d` of HELLO.
pub fn hello(heartbeat_interval: u64) -> Value {
    json!({ "heartbeat_interval": heartbeat_interval })
}

/// The `d` of READY for a session of `shard`: its servers, still unavailable.
pub fn ready(state: &State, gateway_url: &str, shard: Shard, session_id: &str) -> Value {
    json!({
        "v": 10,
        "user": current_user(&state.users[&state.bot_id()]),
        "guilds": state.guilds_of(shard)
            .map(|g| json!({"id": g.id.to_string(), "unavailable": true}))
            .collect::<Vec<_>>(),
        "session_id": session_id,
        "resume_gateway_url": gateway_url,
        "shard": shard,
        "application": {"id": APP_ID.to_string(), "flags": state.app_flags},
        "private_channels": [],
        "presences": [],
    })
}

/// `GET /oauth2/applications/@me`. Fields the application has not set are left out.
pub fn application(state: &State) -> Value {
    json!({
        "id": APP_ID.to_string(),
        "name": "Porter",
        "icon": null,
        "description": "",
        "rpc_origins": [],
        "bot_public": true,
        "bot_require_code_grant": false,
        "owner": user(&state.users[&state.owner_of_app]),
        "verify_key": "0".repeat(64),
        "team": null,
        "flags": state.app_flags,
        "tags": [],
        "role_connections_verification_url": null,
        "approximate_guild_count": state.guilds.len(),
        "bot": user(&state.users[&state.bot_id()]),
        "interactions_endpoint_url": null,
        "redirect_uris": [],
        "integration_types_config": {},
        "type": null,
        "flags_new": state.app_flags.to_string(),
        "approximate_user_install_count": 0,
        "approximate_user_authorization_count": 0,
        "explicit_content_filter": 0,
        "eligible_oauth2_scopes": [],
    })
}

/// One registered command as `PUT /applications/{id}/commands` answers it: the request's
/// command with the fields Discord adds.
pub fn registered_command(id: u64, mut body: Value) -> Value {
    let obj = body.as_object_mut().expect("a command object");
    obj.insert("id".into(), json!(id.to_string()));
    obj.insert("application_id".into(), json!(APP_ID.to_string()));
    obj.insert("version".into(), json!(id.to_string()));
    obj.entry("type").or_insert(json!(1));
    obj.entry("default_member_permissions")
        .or_insert(Value::Null);
    obj.entry("nsfw").or_insert(json!(false));
    let options = obj.entry("options").or_insert(json!([]));
    without_nulls(options);
    body
}

/// Drops the keys options set to null (serenity sends `min_value: null` and the like):
/// Discord leaves unset fields out of the commands it answers with.
fn without_nulls(options: &mut Value) {
    for option in options.as_array_mut().into_iter().flatten() {
        if let Some(map) = option.as_object_mut() {
            map.retain(|_, v| !v.is_null());
            if let Some(sub) = map.get_mut("options") {
                without_nulls(sub);
            }
        }
    }
}

/// A message object for a message the bot sent with `body`.
pub fn message(
    state: &State,
    id: u64,
    channel_id: u64,
    guild_id: Option<u64>,
    body: &Value,
) -> Value {
    // A key the body leaves out (or sets to null) takes Discord's empty value.
    let or = |key: &str, empty: Value| {
        body.get(key)
            .filter(|v| !v.is_null())
            .cloned()
            .unwrap_or(empty)
    };
    let mut v = json!({
        "id": id.to_string(),
        "channel_id": channel_id.to_string(),
        "author": user(&state.users[&state.bot_id()]),
        "content": or("content", json!("")),
        "timestamp": TIMESTAMP,
        "edited_timestamp": null,
        "tts": false,
        "mention_everyone": false,
        "mentions": [],
        "mention_roles": [],
        "mention_channels": [],
        "attachments": or("attachments", json!([])),
        "embeds": shown_embeds(or("embeds", json!([]))),
        "reactions": [],
        "pinned": false,
        "type": 0,
        "flags": or("flags", json!(0)),
        "components": numbered(or("components", json!([])), &mut 0),
    });
    if let Some(g) = guild_id {
        v["guild_id"] = json!(g.to_string());
    }
    v
}

/// Embeds as Discord shows them: of type `rich`, every field with `inline`.
fn shown_embeds(mut embeds: Value) -> Value {
    for e in embeds.as_array_mut().into_iter().flatten() {
        let Some(e) = e.as_object_mut() else {
            continue;
        };
        e.entry("type").or_insert(json!("rich"));
        let fields = e.get_mut("fields").and_then(Value::as_array_mut);
        for f in fields
            .into_iter()
            .flatten()
            .filter_map(Value::as_object_mut)
        {
            f.entry("inline").or_insert(json!(false));
        }
    }
    embeds
}

/// Components as Discord shows them: each with an `id`, numbered from 1 depth first where
/// the bot gave none.
fn numbered(mut components: Value, last: &mut u64) -> Value {
    for c in components.as_array_mut().into_iter().flatten() {
        let Some(c) = c.as_object_mut() else {
            continue;
        };
        *last += 1;
        c.entry("id").or_insert(json!(*last));
        if let Some(inner) = c.get_mut("components") {
            *inner = numbered(inner.take(), last);
        }
    }
    components
}

/// A message the bot sent to a channel, as it stands after an edit.
pub fn edited_message(state: &State, m: &SentMessage) -> Value {
    let guild_id = state
        .guilds
        .values()
        .find(|g| g.channel(m.channel_id).is_some())
        .map(|g| g.id);
    let mut v = message(state, m.id, m.channel_id, guild_id, &m.body);
    v["edited_timestamp"] = json!(TIMESTAMP);
    v
}

/// A DM channel object.
pub fn dm_channel(state: &State, channel_id: u64, user_id: u64) -> Value {
    json!({
        "id": channel_id.to_string(),
        "type": 1,
        "last_message_id": null,
        "recipients": [user(&state.users[&user_id])],
        "flags": 0,
    })
}

/// The keys of a role as an invite lists it.
const INVITE_ROLE_KEYS: [&str; 8] = [
    "id",
    "name",
    "position",
    "color",
    "colors",
    "icon",
    "unicode_emoji",
    "permissions",
];

/// An invite with its metadata (`RichInvite`), as invite creation and listing answer.
pub fn rich_invite(state: &State, inv: &Invite) -> Value {
    let g = &state.guilds[&inv.guild_id];
    let c = g.channel(inv.channel_id).expect("the invite's channel");
    // A community invite lists the roles it grants, each as a short role object.
    let roles: Vec<Value> = inv
        .role_ids
        .iter()
        .filter_map(|id| g.role(*id))
        .map(|r| {
            let mut short = role(r);
            if let Some(obj) = short.as_object_mut() {
                obj.retain(|k, _| INVITE_ROLE_KEYS.contains(&k.as_str()));
            }
            short
        })
        .collect();
    json!({
        "type": 0,
        "code": inv.code,
        "guild_id": g.id.to_string(),
        "guild": {
            "id": g.id.to_string(), "name": g.name, "splash": null, "banner": null,
            "description": null, "icon": null, "features": [], "verification_level": 0,
            "vanity_url_code": null, "nsfw_level": 0, "nsfw": false,
            "premium_subscription_count": 0,
        },
        "channel": {"id": c.id.to_string(), "name": c.name, "type": c.kind},
        "inviter": user(&state.users[&inv.inviter_id]),
        "uses": inv.uses,
        "max_uses": inv.max_uses,
        "max_age": inv.max_age,
        "temporary": false,
        "created_at": TIMESTAMP,
        "expires_at": null,
        "roles": roles,
    })
}

/// An invite as `DELETE /invites/{code}` answers it.
pub fn invite(state: &State, inv: &Invite) -> Value {
    let mut v = rich_invite(state, inv);
    let obj = v.as_object_mut().expect("an object");
    for key in ["uses", "max_uses", "max_age", "temporary", "created_at"] {
        obj.remove(key);
    }
    v
}

/// The `d` of INVITE_CREATE.
pub fn invite_create_event(state: &State, inv: &Invite) -> Value {
    json!({
        "channel_id": inv.channel_id.to_string(),
        "code": inv.code,
        "created_at": TIMESTAMP,
        "guild_id": inv.guild_id.to_string(),
        "inviter": user(&state.users[&inv.inviter_id]),
        "max_age": inv.max_age,
        "max_uses": inv.max_uses,
        "temporary": false,
        "uses": 0,
    })
}

/// The `d` of INVITE_DELETE.
pub fn invite_delete_event(inv: &Invite) -> Value {
    json!({
        "channel_id": inv.channel_id.to_string(),
        "guild_id": inv.guild_id.to_string(),
        "code": inv.code,
    })
}

/// The `d` of GUILD_MEMBER_ADD.
pub fn member_add_event(state: &State, guild_id: u64, user_id: u64) -> Value {
    let g = &state.guilds[&guild_id];
    let mut v = member(&state.users[&user_id], &g.members[&user_id]);
    v["guild_id"] = json!(guild_id.to_string());
    v
}

/// The `d` of GUILD_MEMBER_REMOVE: the server and the user who left.
pub fn member_remove_event(state: &State, guild_id: u64, user_id: u64) -> Value {
    json!({
        "guild_id": guild_id.to_string(),
        "user": user(&state.users[&user_id]),
    })
}

/// The `d` of GUILD_MEMBER_UPDATE: the member as it now stands.
pub fn member_update_event(state: &State, guild_id: u64, user_id: u64) -> Value {
    let mut v = member_add_event(state, guild_id, user_id);
    v["banner"] = Value::Null;
    v["unusual_dm_activity_until"] = Value::Null;
    v
}

/// Discord's error body.
pub fn error(code: u32, message: &str) -> Value {
    json!({"code": code, "message": message})
}

/// Every payload the fake emits, parsed by serenity's own types.
#[cfg(test)]
mod tests {
    use poise::serenity_prelude as serenity;
    use serde::de::DeserializeOwned;
    use serde_json::{json, Value};

    #[test]
    fn times_are_written_as_discord_writes_them() {
        assert_eq!(super::iso8601(1_767_225_600), super::TIMESTAMP);
        assert_eq!(
            super::iso8601(951_827_696),
            "2000-02-29T12:34:56.000000+00:00"
        );
        let parsed: serenity::Timestamp =
            serde_json::from_value(json!(super::iso8601(1_767_225_661))).unwrap();
        assert_eq!(parsed.unix_timestamp(), 1_767_225_661);
    }

    use super::*;
    use crate::support::interactions::{self, Place};
    use crate::support::world::{self, GUILD};

    fn parse<T: DeserializeOwned>(what: &str, v: Value) -> T {
        serde_json::from_value(v.clone())
            .unwrap_or_else(|e| panic!("serenity cannot parse {what}: {e}\n{v:#}"))
    }

    /// The standard world with Porter's commands registered as the fake answers them.
    fn world() -> State {
        let mut s = world::standard();
        let commands = poise::builtins::create_application_commands(&porter::discord::commands());
        s.commands = commands
            .iter()
            .enumerate()
            .map(|(i, c)| {
                registered_command(700 + i as u64, serde_json::to_value(c).expect("json"))
            })
            .collect();
        s
    }

    fn event(s: &State, t: &str, d: Value) -> serenity::GatewayEvent {
        let _ = s;
        parse(t, frame(0, d, Some(t), Some(1)))
    }

    fn invite_of(s: &State) -> Invite {
        Invite {
            code: "abc".into(),
            guild_id: GUILD,
            channel_id: world::WELCOME,
            inviter_id: s.bot_id(),
            max_uses: 100,
            max_age: 0,
            uses: 3,
            role_ids: vec![world::MEMBERS],
        }
    }

    #[test]
    fn gateway_payloads_parse() {
        let s = world();
        let hello: serenity::GatewayEvent = parse("HELLO", frame(10, hello(41_250), None, None));
        assert!(matches!(hello, serenity::GatewayEvent::Hello(41_250)));
        let reconnect: serenity::GatewayEvent =
            parse("RECONNECT", frame(7, Value::Null, None, None));
        assert!(matches!(reconnect, serenity::GatewayEvent::Reconnect));
        let resumed = event(&s, "RESUMED", json!({}));
        assert!(matches!(
            resumed,
            serenity::GatewayEvent::Dispatch(_, serenity::Event::Resumed(_))
        ));
        let ack: serenity::GatewayEvent = parse("ACK", frame(11, Value::Null, None, None));
        assert!(matches!(ack, serenity::GatewayEvent::HeartbeatAck));
        let ready = event(
            &s,
            "READY",
            ready(&s, "ws://127.0.0.1:1/gateway-ws", [0, 1], "fake-session-0"),
        );
        let serenity::GatewayEvent::Dispatch(_, serenity::Event::Ready(ready)) = ready else {
            panic!("not READY: {ready:?}");
        };
        assert_eq!(ready.ready.user.id.get(), APP_ID);
        let shard = ready.ready.shard.expect("READY says which shard");
        assert_eq!((shard.id.0, shard.total), (0, 1));
        let other = event(
            &s,
            "READY",
            super::ready(&s, "ws://127.0.0.1:1/gateway-ws", [0, 2], "fake-session-1"),
        );
        let serenity::GatewayEvent::Dispatch(_, serenity::Event::Ready(other)) = other else {
            panic!("not READY: {other:?}");
        };
        // Only the shard's servers: the school's server is on shard 1 of 2.
        assert!(other.ready.guilds.is_empty(), "{:?}", other.ready.guilds);
        let g = &s.guilds[&GUILD];
        let created = event(&s, "GUILD_CREATE", guild_create(&s, g));
        let serenity::GatewayEvent::Dispatch(_, serenity::Event::GuildCreate(created)) = created
        else {
            panic!("not GUILD_CREATE: {created:?}");
        };
        assert_eq!(created.guild.roles.len(), g.roles.len());
        assert_eq!(created.guild.channels.len(), g.channels.len());
        let announcements =
            &created.guild.channels[&serenity::ChannelId::new(world::ANNOUNCEMENTS)];
        assert_eq!(announcements.permission_overwrites.len(), 3);
        assert!(created
            .guild
            .members
            .contains_key(&serenity::UserId::new(APP_ID)));
        assert!(created.guild.features.is_empty());
        assert_eq!(
            created.guild.verification_level,
            serenity::VerificationLevel::None
        );
        let mut gated = g.clone();
        gated.features = vec!["MEMBER_VERIFICATION_GATE_ENABLED".to_owned()];
        gated.verification_level = 4;
        let serenity::GatewayEvent::Dispatch(_, serenity::Event::GuildCreate(gated)) =
            event(&s, "GUILD_CREATE", guild_create(&s, &gated))
        else {
            panic!("not GUILD_CREATE");
        };
        assert_eq!(gated.guild.features, ["MEMBER_VERIFICATION_GATE_ENABLED"]);
        assert_eq!(
            gated.guild.verification_level,
            serenity::VerificationLevel::Higher
        );
        for unavailable in [false, true] {
            let deleted = event(&s, "GUILD_DELETE", guild_delete_event(GUILD, unavailable));
            let serenity::GatewayEvent::Dispatch(_, serenity::Event::GuildDelete(deleted)) =
                deleted
            else {
                panic!("not GUILD_DELETE: {deleted:?}");
            };
            assert_eq!(deleted.guild.id.get(), GUILD);
            assert_eq!(deleted.guild.unavailable, unavailable);
        }
        let inv = invite_of(&s);
        for (t, d) in [
            ("INVITE_CREATE", invite_create_event(&s, &inv)),
            ("INVITE_DELETE", invite_delete_event(&inv)),
            (
                "GUILD_MEMBER_ADD",
                member_add_event(&s, GUILD, world::PARENT),
            ),
            (
                "GUILD_MEMBER_REMOVE",
                member_remove_event(&s, GUILD, world::PARENT),
            ),
        ] {
            let parsed = event(&s, t, d);
            assert!(!matches!(
                parsed,
                serenity::GatewayEvent::Dispatch(_, serenity::Event::Unknown(_))
            ));
        }
        let removed: serenity::GuildMemberRemoveEvent = parse(
            "GUILD_MEMBER_REMOVE d",
            member_remove_event(&s, GUILD, world::PARENT),
        );
        assert_eq!(
            (removed.guild_id.get(), removed.user.id.get()),
            (GUILD, world::PARENT)
        );
        let teachers = vec![serenity::RoleId::new(world::TEACHERS)];
        let added = event(
            &s,
            "GUILD_MEMBER_ADD",
            member_add_event(&s, GUILD, world::TEACHER),
        );
        let serenity::GatewayEvent::Dispatch(_, serenity::Event::GuildMemberAdd(added)) = added
        else {
            panic!("not GUILD_MEMBER_ADD: {added:?}");
        };
        assert_eq!(added.member.roles, teachers);
        assert_eq!(added.member.guild_id.get(), GUILD);
        let d = member_update_event(&s, GUILD, world::TEACHER);
        let updated: serenity::GuildMemberUpdateEvent = parse("GUILD_MEMBER_UPDATE d", d.clone());
        assert_eq!((updated.guild_id.get(), &updated.roles), (GUILD, &teachers));
        assert_eq!(updated.user.id.get(), world::TEACHER);
        let updated = event(&s, "GUILD_MEMBER_UPDATE", d);
        assert!(matches!(
            updated,
            serenity::GatewayEvent::Dispatch(_, serenity::Event::GuildMemberUpdate(_))
        ));
    }

    fn interaction(s: &State, v: Value) -> serenity::Interaction {
        match event(s, "INTERACTION_CREATE", v) {
            serenity::GatewayEvent::Dispatch(_, serenity::Event::InteractionCreate(e)) => {
                e.interaction
            }
            other => panic!("not an interaction: {other:?}"),
        }
    }

    #[test]
    fn interactions_parse() {
        let s = world();
        let here = Place::Guild {
            guild: GUILD,
            channel: world::GENERAL,
        };
        let v = interactions::command(
            &s,
            (1, "t"),
            world::OWNER,
            here,
            "invite create",
            &[
                ("label", json!("Year 7")),
                ("max_uses", json!(5)),
                ("dm", json!(world::PARENT)),
                ("channel", json!(world::ANNOUNCEMENTS)),
            ],
        );
        let serenity::Interaction::Command(c) = interaction(&s, v) else {
            panic!("a command")
        };
        let member = c.member.expect("a member");
        assert!(member
            .permissions
            .expect("member permissions")
            .administrator());
        assert!(c.app_permissions.is_some());
        assert_eq!(c.data.resolved.users.len(), 1);
        assert_eq!(c.data.resolved.members.len(), 1);
        let channel = &c.data.resolved.channels[&serenity::ChannelId::new(world::ANNOUNCEMENTS)];
        assert!(channel.permissions.is_some());

        let v = interactions::command(
            &s,
            (2, "t"),
            world::OWNER,
            here,
            "school setup",
            &[
                ("member_role", json!(world::MEMBERS)),
                ("access", json!("public")),
            ],
        );
        let serenity::Interaction::Command(c) = interaction(&s, v) else {
            panic!("a command")
        };
        assert_eq!(c.data.resolved.roles.len(), 1);
        let v = interactions::command(
            &s,
            (3, "t"),
            world::OWNER,
            here,
            "permissions grant",
            &[
                ("role", json!(world::TEACHERS)),
                ("permission", json!("create")),
            ],
        );
        assert!(matches!(
            interaction(&s, v),
            serenity::Interaction::Command(_)
        ));

        let dm = Place::Dm { channel: 42 };
        let v = interactions::command(
            &s,
            (4, "t"),
            world::OUTSIDER,
            dm,
            "join",
            &[("code", json!("X"))],
        );
        let serenity::Interaction::Command(c) = interaction(&s, v) else {
            panic!("a command")
        };
        assert!(c.guild_id.is_none() && c.member.is_none());
        assert_eq!(c.user.id.get(), world::OUTSIDER);

        let v = interactions::autocomplete(
            &s,
            (5, "t"),
            world::OWNER,
            here,
            "invite revoke",
            &[("code", json!("AB"))],
            "code",
        );
        assert!(matches!(
            interaction(&s, v),
            serenity::Interaction::Autocomplete(_)
        ));

        let shown = message(
            &s,
            6,
            world::WELCOME,
            Some(GUILD),
            &json!({
                "content": "",
                "embeds": [{"title": "Join"}],
                "components": [{"type": 1, "components": [{"type": 2, "style": 3, "label": "Join", "custom_id": "porter:join:X"}]}],
            }),
        );
        let v = interactions::button(&s, (7, "t"), world::PARENT, here, shown, "porter:join:X");
        let serenity::Interaction::Component(b) = interaction(&s, v) else {
            panic!("a button")
        };
        assert_eq!(b.data.custom_id, "porter:join:X");
    }

    #[test]
    fn rest_answers_parse() {
        let s = world();
        let _: serenity::CurrentUser = parse("current user", current_user(&s.users[&APP_ID]));
        let app: serenity::CurrentApplicationInfo = parse("application", application(&s));
        assert_eq!(app.flags.map(|f| f.bits()), Some(1 << 15));
        let sent = SentMessage {
            id: 5,
            channel_id: world::GENERAL,
            dm_to: None,
            body: json!({"content": null, "embeds": [{"title": "Edited"}], "components": []}),
            edits: Vec::new(),
        };
        let edited: serenity::Message = parse("edited message", edited_message(&s, &sent));
        assert_eq!((edited.id.get(), edited.content.as_str()), (5, ""));
        assert_eq!(edited.guild_id.map(serenity::GuildId::get), Some(GUILD));
        assert!(edited.edited_timestamp.is_some());
        let _: Vec<serenity::Command> = parse("commands", Value::Array(s.commands.clone()));
        let _: serenity::Message = parse(
            "message",
            message(
                &s,
                1,
                world::GENERAL,
                Some(GUILD),
                &json!({"content": "hi", "flags": 64}),
            ),
        );
        let _: serenity::PrivateChannel = parse("DM channel", dm_channel(&s, 9, world::PARENT));
        let inv = invite_of(&s);
        let rich: serenity::RichInvite = parse("rich invite", rich_invite(&s, &inv));
        assert_eq!(rich.uses, 3);
        let _: serenity::Invite = parse("invite", invite(&s, &inv));
        let g = &s.guilds[&GUILD];
        let _: serenity::PartialGuild = parse("guild", partial_guild(g));
        let _: Vec<serenity::Role> =
            parse("roles", json!(g.roles.iter().map(role).collect::<Vec<_>>()));
        let _: Vec<serenity::GuildChannel> = parse(
            "channels",
            json!(g
                .channels
                .iter()
                .map(|c| channel(GUILD, c))
                .collect::<Vec<_>>()),
        );
        let mut m = member(&s.users[&world::TEACHER], &g.members[&world::TEACHER]);
        m["guild_id"] = json!(GUILD);
        let m: serenity::Member = parse("member", m);
        assert_eq!(m.roles, vec![serenity::RoleId::new(world::TEACHERS)]);
        let _: serenity::DiscordJsonError = parse("error", error(50013, "Missing Permissions"));
    }
}
