//! INTERACTION_CREATE payloads as Discord builds them: slash commands typed by the
//! registered command's own option schema, autocomplete, and button presses.

use serde_json::{json, Map, Value};

use super::fake_discord::payloads::{self, APP_ID};
use super::fake_discord::State;

/// Where an interaction happens.
#[derive(Debug, Clone, Copy)]
pub enum Place {
    /// A channel of a server.
    Guild { guild: u64, channel: u64 },
    /// A DM with the bot, in this DM channel.
    Dm { channel: u64 },
}

/// Interaction types.
const APPLICATION_COMMAND: u8 = 2;
const MESSAGE_COMPONENT: u8 = 3;
const AUTOCOMPLETE: u8 = 4;

/// Discord's attachment size limit for a server without boosts.
const ATTACHMENT_LIMIT: u64 = 10 * 1024 * 1024;

/// The fields every interaction has: who, where, and the bot's permissions there.
fn envelope(state: &State, kind: u8, id: u64, token: &str, user: u64, place: Place) -> Value {
    let mut v = json!({
        "id": id.to_string(),
        "application_id": APP_ID.to_string(),
        "type": kind,
        "token": token,
        "version": 1,
        "locale": state.users[&user].locale,
        "entitlements": [],
        "attachment_size_limit": ATTACHMENT_LIMIT,
    });
    match place {
        Place::Guild { guild, channel } => {
            let g = &state.guilds[&guild];
            let c = g.channel(channel).expect("a channel of the server");
            let mut ch = payloads::channel(guild, c);
            ch["permissions"] = json!(g.channel_permissions_of(user, channel).to_string());
            v["guild_id"] = json!(guild.to_string());
            v["guild_locale"] = json!(g.preferred_locale);
            v["channel_id"] = json!(channel.to_string());
            v["channel"] = ch;
            v["member"] = payloads::interaction_member(state, g, user);
            v["app_permissions"] = json!(g
                .channel_permissions_of(state.bot_id(), channel)
                .to_string());
            v["authorizing_integration_owners"] = json!({ "0": guild.to_string() });
            v["context"] = json!(0);
        }
        Place::Dm { channel } => {
            v["channel_id"] = json!(channel.to_string());
            v["channel"] = payloads::dm_channel(state, channel, user);
            v["user"] = payloads::user(&state.users[&user]);
            // In a DM the bot may do what a DM allows.
            v["app_permissions"] = json!("246997699136");
            v["authorizing_integration_owners"] = json!({});
            v["context"] = json!(1);
        }
    }
    v
}

/// An option value as the test gives it; typed by the command's registered schema.
pub type Opt<'a> = (&'a str, Value);

/// The `data.options` and `data.resolved` of a command invocation, built from the
/// registered schema of `path` ("invite create"): values of user, channel and role options
/// are ids, resolved as Discord does; choice options take a choice's name (or its start).
/// `focused` marks the option being autocompleted.
fn command_data(
    state: &State,
    path: &str,
    opts: &[Opt<'_>],
    user: u64,
    place: Place,
    focused: Option<&str>,
) -> Value {
    let mut words = path.split_whitespace();
    let top = words.next().expect("a command name");
    let command = state
        .command(top)
        .unwrap_or_else(|| panic!("/{top} is not registered"));
    if matches!(place, Place::Dm { .. }) {
        let contexts = command["contexts"].as_array();
        assert!(
            contexts.is_none_or(|c| c.contains(&json!(1))),
            "Discord does not offer /{top} in DMs (contexts {contexts:?})"
        );
    }
    let sub = words.next();
    // A subcommand group ("school roles add") holds its subcommands as options of type 2.
    let leaf = words.next();
    let schema: &Value = match (sub, leaf) {
        (Some(group), Some(leaf)) => command["options"]
            .as_array()
            .and_then(|o| o.iter().find(|o| o["name"] == group && o["type"] == 2))
            .and_then(|g| g["options"].as_array())
            .and_then(|o| o.iter().find(|o| o["name"] == leaf && o["type"] == 1))
            .unwrap_or_else(|| panic!("/{top} has no subcommand {group} {leaf}")),
        (Some(sub), None) => command["options"]
            .as_array()
            .and_then(|o| o.iter().find(|o| o["name"] == sub && o["type"] == 1))
            .unwrap_or_else(|| panic!("/{top} has no subcommand {sub}")),
        (None, _) => command,
    };
    let defs = schema["options"].as_array().cloned().unwrap_or_default();
    let mut resolved: Map<String, Value> = Map::new();
    let mut options = Vec::new();
    for (name, value) in opts {
        let def = defs
            .iter()
            .find(|d| d["name"] == *name)
            .unwrap_or_else(|| panic!("/{path} has no option {name}"));
        let kind = def["type"].as_u64().expect("an option type");
        let is_focused = focused == Some(*name);
        let value = if is_focused {
            value.clone()
        } else {
            typed_value(state, def, kind, value, user, place, &mut resolved)
        };
        let mut option = json!({ "name": name, "type": kind, "value": value });
        if is_focused {
            option["focused"] = json!(true);
        }
        options.push(option);
    }
    for def in &defs {
        let given = opts.iter().any(|(n, _)| def["name"] == *n);
        assert!(
            given || def["required"] != true,
            "/{path} needs option {}",
            def["name"]
        );
    }
    let options = match (sub, leaf) {
        (Some(group), Some(leaf)) => json!([{
            "name": group,
            "type": 2,
            "options": [{ "name": leaf, "type": 1, "options": options }],
        }]),
        (Some(sub), None) => json!([{ "name": sub, "type": 1, "options": options }]),
        (None, _) => json!(options),
    };
    let mut data = json!({
        "id": command["id"],
        "name": top,
        "type": 1,
        "options": options,
    });
    if !resolved.is_empty() {
        data["resolved"] = Value::Object(resolved);
    }
    if let Place::Guild { guild, .. } = place {
        data["guild_id"] = json!(guild.to_string());
    }
    data
}

/// One option's wire value, adding users, members, channels and roles to `resolved`.
fn typed_value(
    state: &State,
    def: &Value,
    kind: u64,
    value: &Value,
    user: u64,
    place: Place,
    resolved: &mut Map<String, Value>,
) -> Value {
    let choices = def["choices"].as_array().filter(|c| !c.is_empty());
    if let (Some(choices), Some(wanted)) = (choices, value.as_str()) {
        let choice = choices
            .iter()
            .find(|c| c["name"].as_str().is_some_and(|n| n.starts_with(wanted)))
            .unwrap_or_else(|| panic!("option {} has no choice {wanted}", def["name"]));
        return choice["value"].clone();
    }
    let guild = match place {
        Place::Guild { guild, .. } => state.guilds.get(&guild),
        Place::Dm { .. } => None,
    };
    let mut resolve = |kind: &str, id: u64, v: Value| {
        resolved
            .entry(kind)
            .or_insert_with(|| json!({}))
            .as_object_mut()
            .expect("an object")
            .insert(id.to_string(), v);
    };
    match kind {
        6 => {
            let id = value.as_u64().expect("a user id");
            resolve("users", id, payloads::user(&state.users[&id]));
            if let Some(g) = guild.filter(|g| g.members.contains_key(&id)) {
                resolve("members", id, payloads::resolved_member(g, id));
            }
            json!(id.to_string())
        }
        7 => {
            let id = value.as_u64().expect("a channel id");
            let g = guild.expect("channels are resolved in a server");
            let c = g.channel(id).expect("a channel of the server");
            resolve("channels", id, payloads::resolved_channel(g, c, user));
            json!(id.to_string())
        }
        8 => {
            let id = value.as_u64().expect("a role id");
            let g = guild.expect("roles are resolved in a server");
            resolve("roles", id, payloads::role(g.role(id).expect("a role")));
            json!(id.to_string())
        }
        11 => {
            let id = value
                .as_u64()
                .expect("an attachment id (FakeDiscord::user_file)");
            let attachment = state
                .user_files
                .get(&id)
                .expect("a file given with FakeDiscord::user_file");
            resolve("attachments", id, attachment.clone());
            json!(id.to_string())
        }
        _ => value.clone(),
    }
}

/// A slash command invocation.
pub fn command(
    state: &State,
    (id, token): (u64, &str),
    user: u64,
    place: Place,
    path: &str,
    opts: &[Opt<'_>],
) -> Value {
    let mut v = envelope(state, APPLICATION_COMMAND, id, token, user, place);
    v["data"] = command_data(state, path, opts, user, place, None);
    v
}

/// An autocomplete request while `user` types `focused` of `path`.
pub fn autocomplete(
    state: &State,
    (id, token): (u64, &str),
    user: u64,
    place: Place,
    path: &str,
    opts: &[Opt<'_>],
    focused: &str,
) -> Value {
    let mut v = envelope(state, AUTOCOMPLETE, id, token, user, place);
    v["data"] = command_data(state, path, opts, user, place, Some(focused));
    v
}

/// A press of the button `custom_id` on the bot's message `message`.
pub fn button(
    state: &State,
    (id, token): (u64, &str),
    user: u64,
    place: Place,
    message: Value,
    custom_id: &str,
) -> Value {
    let mut v = envelope(state, MESSAGE_COMPONENT, id, token, user, place);
    v["data"] = json!({ "custom_id": custom_id, "component_type": 2 });
    v["message"] = message;
    v
}
