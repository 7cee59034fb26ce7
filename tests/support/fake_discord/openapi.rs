//! Discord's own OpenAPI description (`../shared/reference/discord-openapi/openapi.json`)
//! as the fake's contract: every request is matched to one of Discord's operations, its
//! JSON body checked against the operation's request schema, and the fake's answer against
//! the response schema for the status it gives. Loaded once per test process; each
//! schema's validator is built the first time it is needed and kept.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock, PoisonError};

use jsonschema::error::ValidationErrorKind;
use jsonschema::{Draft, Registry, ValidationError, Validator};
use serde_json::Value;

/// Where the description lives, relative to the crate (CI lays `shared/` beside the clone).
const FILE: &str = "../shared/reference/discord-openapi/openapi.json";
/// The URI the whole description is registered under: every `#/components/...` reference
/// of an operation's schema is made absolute against it.
const BASE: &str = "urn:discord:openapi";
/// How many problems a report lists.
const MAX_PROBLEMS: usize = 5;

/// The HTTP methods an OpenAPI path item may describe.
const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "patch", "head", "options", "trace",
];

/// Discord's API, as its OpenAPI description gives it.
pub struct Spec {
    doc: &'static Value,
    registry: Registry<'static>,
    operations: Vec<Operation>,
    /// Built validators, by the JSON pointer of their schema in the description.
    validators: Mutex<HashMap<String, Arc<Validator>>>,
}

/// One operation: a method on a path template.
#[derive(Debug)]
pub struct Operation {
    /// Discord's `operationId`, e.g. `create_channel_invite`.
    pub id: String,
    /// Upper case, e.g. `POST`.
    pub method: String,
    /// E.g. `/channels/{channel_id}/invites`.
    pub template: String,
    /// The template's segments; `None` for a parameter.
    segments: Vec<Option<String>>,
    /// The JSON pointer of the request body's JSON schema, and whether a body is required.
    request: Option<(String, bool)>,
    /// Whether Discord takes a `multipart/form-data` body here.
    pub multipart: bool,
    /// Status (`200`, `4XX`, `default`) → the JSON pointer of the answer's JSON schema
    /// (`None`: the answer has no body).
    responses: Vec<(String, Option<String>)>,
}

/// The description, loaded on first use; panics naming the file when it is missing.
pub fn spec() -> &'static Spec {
    static SPEC: OnceLock<Spec> = OnceLock::new();
    SPEC.get_or_init(|| {
        let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(FILE);
        let doc = read(&path).unwrap_or_else(|why| panic!("{why}"));
        Spec::new(Box::leak(Box::new(doc)))
    })
}

/// Reads a description; `Err` names the file and what to do.
fn read(path: &Path) -> Result<Value, String> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        format!(
            "the fake Discord checks every request and answer against Discord's OpenAPI \
             description, which cannot be read at {}: {e}. Put the project's shared/ folder \
             beside this clone.",
            path.display()
        )
    })?;
    serde_json::from_str(&text).map_err(|e| format!("{} is not JSON: {e}", path.display()))
}

impl Spec {
    /// Reads the operations of a description (leaked: it lives as long as the process).
    fn new(doc: &'static Value) -> Self {
        let registry = Registry::new()
            .draft(Draft::Draft202012)
            .add(BASE, doc)
            .and_then(|r| r.prepare())
            .expect("Discord's OpenAPI description registers as a JSON Schema resource");
        let mut operations = Vec::new();
        for (template, item) in doc["paths"].as_object().into_iter().flatten() {
            for method in METHODS {
                let Some(op) = item.get(method) else {
                    continue;
                };
                let at = format!("/paths/{}/{method}", escape(template));
                operations.push(Operation::new(doc, template, method, &at, op));
            }
        }
        Self {
            doc,
            registry,
            operations,
            validators: Mutex::new(HashMap::new()),
        }
    }

    /// The operation a request goes to: `path` is after `/api/v10`, without the query.
    /// Where templates compete (`/users/@me`, `/users/{user_id}`), the one with more literal
    /// segments wins, as on Discord.
    /// Discord's locales (`AvailableLocalesEnum`): the keys a localization map may have.
    pub fn locales(&self) -> Vec<&'static str> {
        self.doc["components"]["schemas"]["AvailableLocalesEnum"]["oneOf"]
            .as_array()
            .expect("AvailableLocalesEnum lists the locales")
            .iter()
            .filter_map(|l| l["const"].as_str())
            .collect()
    }

    pub fn operation(&self, method: &str, path: &str) -> Option<&Operation> {
        let segments: Vec<&str> = path.trim_matches('/').split('/').collect();
        self.operations
            .iter()
            .filter(|op| op.method.eq_ignore_ascii_case(method) && op.matches(&segments))
            .max_by_key(|op| op.segments.iter().filter(|s| s.is_some()).count())
    }

    /// Whether Discord would take this request body (`None`: none, or not JSON); `Err`
    /// says what is wrong where.
    pub fn check_request(&self, op: &Operation, body: Option<&Value>) -> Result<(), String> {
        let Some((schema, required)) = &op.request else {
            return Ok(());
        };
        let Some(body) = body else {
            return if *required {
                Err(format!(
                    "{}: no JSON body, but Discord requires one",
                    op.name()
                ))
            } else {
                Ok(())
            };
        };
        self.check(schema, body)
            .map_err(|why| format!("{}: request body {why}", op.name()))
    }

    /// Whether an answer has a status and body Discord gives for this operation; `Err`
    /// says what is wrong where. Server errors (5xx) pass: Discord's description lists
    /// none, but Discord does answer them (a test makes the fake fail that way).
    pub fn check_response(
        &self,
        op: &Operation,
        status: u16,
        body: Option<&Value>,
    ) -> Result<(), String> {
        if status >= 500 {
            return Ok(());
        }
        let exact = status.to_string();
        let range = format!("{}XX", status / 100);
        let found = [exact.as_str(), range.as_str(), "default"]
            .into_iter()
            .find_map(|key| op.responses.iter().find(|(k, _)| k == key));
        let Some((_, schema)) = found else {
            let listed: Vec<&str> = op.responses.iter().map(|(k, _)| k.as_str()).collect();
            return Err(format!(
                "{}: status {status} is not one Discord answers ({})",
                op.name(),
                listed.join(", ")
            ));
        };
        match (schema, body) {
            (None, None) => Ok(()),
            (None, Some(_)) => Err(format!(
                "{}: a {status} answer has a body, but Discord sends none",
                op.name()
            )),
            (Some(_), None) => Err(format!(
                "{}: a {status} answer has no JSON body, but Discord sends one",
                op.name()
            )),
            (Some(schema), Some(body)) => self
                .check(schema, body)
                .map_err(|why| format!("{}: {status} answer {why}", op.name())),
        }
    }

    /// Validates `value` against the schema at `pointer` in the description.
    fn check(&self, pointer: &str, value: &Value) -> Result<(), String> {
        let validator = self.validator(pointer);
        let problems: Vec<String> = validator.iter_errors(value).map(|e| describe(&e)).collect();
        if problems.is_empty() {
            return Ok(());
        }
        let more = problems.len().saturating_sub(MAX_PROBLEMS);
        let mut why = problems
            .into_iter()
            .take(MAX_PROBLEMS)
            .collect::<Vec<_>>()
            .join("; ");
        if more > 0 {
            why.push_str(&format!("; and {more} more"));
        }
        // A schema shared by several operations (`/components/responses/X/...`) is named.
        match pointer.strip_prefix("/components/") {
            Some(shared) => {
                let name = shared.split('/').nth(1).unwrap_or(shared);
                Err(format!("unlike Discord's {name}: {why}"))
            }
            None => Err(format!("unlike Discord's schema: {why}")),
        }
    }

    /// The validator of the schema at `pointer`, built once. Its `$ref`s point into the
    /// whole description, registered under [`BASE`].
    fn validator(&self, pointer: &str) -> Arc<Validator> {
        let lock = || {
            self.validators
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
        };
        if let Some(v) = lock().get(pointer) {
            return v.clone();
        }
        // Built outside the lock: other requests go on meanwhile.
        let mut schema =
            self.doc.pointer(pointer).cloned().unwrap_or_else(|| {
                panic!("no schema at {pointer} in Discord's OpenAPI description")
            });
        absolute_refs(&mut schema);
        let built = jsonschema::options()
            .with_draft(Draft::Draft202012)
            .with_registry(&self.registry)
            .should_validate_formats(true)
            .build(&schema)
            .unwrap_or_else(|e| panic!("the schema at {pointer} does not compile: {e}"));
        lock()
            .entry(pointer.to_owned())
            .or_insert_with(|| Arc::new(built))
            .clone()
    }
}

impl Operation {
    fn new(doc: &Value, template: &str, method: &str, at: &str, op: &Value) -> Self {
        let segments = template
            .trim_matches('/')
            .split('/')
            .map(|s| (!(s.starts_with('{') && s.ends_with('}'))).then(|| s.to_owned()))
            .collect();
        let multipart = op.get("requestBody").is_some_and(|body| {
            follow(doc, body, String::new()).0["content"]
                .get("multipart/form-data")
                .is_some()
        });
        let request = op.get("requestBody").map(|body| {
            let (body, body_at) = follow(doc, body, format!("{at}/requestBody"));
            let schema = body["content"]
                .get("application/json")
                .map(|_| format!("{body_at}/content/application~1json/schema"));
            let required = body["required"].as_bool().unwrap_or(false);
            (schema, required)
        });
        let responses = op["responses"]
            .as_object()
            .into_iter()
            .flatten()
            .map(|(status, answer)| {
                let (answer, answer_at) =
                    follow(doc, answer, format!("{at}/responses/{}", escape(status)));
                let schema = answer
                    .get("content")
                    .and_then(|c| c.get("application/json"))
                    .map(|_| format!("{answer_at}/content/application~1json/schema"));
                (status.to_ascii_uppercase(), schema)
            })
            .collect();
        Self {
            id: op["operationId"].as_str().unwrap_or("?").to_owned(),
            method: method.to_ascii_uppercase(),
            template: template.to_owned(),
            segments,
            request: request.and_then(|(schema, required)| schema.map(|s| (s, required))),
            multipart,
            responses,
        }
    }

    fn matches(&self, path: &[&str]) -> bool {
        self.segments.len() == path.len()
            && self
                .segments
                .iter()
                .zip(path)
                .all(|(want, got)| match want {
                    Some(literal) => literal == got,
                    None => !got.is_empty(),
                })
    }

    /// `METHOD /template (operationId)`, for reports.
    pub fn name(&self) -> String {
        format!("{} {} ({})", self.method, self.template, self.id)
    }
}

/// Follows an OpenAPI `$ref` (`#/components/responses/...`) to the object it names, with
/// that object's JSON pointer; anything else is returned as it is, at `at`.
fn follow<'d>(doc: &'d Value, v: &'d Value, at: String) -> (&'d Value, String) {
    match v.get("$ref").and_then(Value::as_str) {
        Some(r) => {
            let pointer = r.strip_prefix('#').unwrap_or(r);
            let target = doc
                .pointer(pointer)
                .unwrap_or_else(|| panic!("{r} is not in Discord's OpenAPI description"));
            follow(doc, target, pointer.to_owned())
        }
        None => (v, at),
    }
}

/// Makes every `$ref` of a schema copied out of the description absolute against
/// [`BASE`], where the whole description is registered.
fn absolute_refs(schema: &mut Value) {
    match schema {
        Value::Object(map) => {
            for (key, v) in map.iter_mut() {
                match v {
                    Value::String(r) if key == "$ref" && r.starts_with('#') => {
                        *r = format!("{BASE}{r}");
                    }
                    _ => absolute_refs(v),
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(absolute_refs),
        _ => {}
    }
}

/// Escapes a JSON pointer segment.
fn escape(segment: &str) -> String {
    segment.replace('~', "~0").replace('/', "~1")
}

/// One validation error: where in the instance, and what is wrong. For a union
/// (`anyOf`/`oneOf`) none of whose alternatives matches, the problems of the closest
/// alternative (fewest problems) are given instead of the whole instance.
fn describe(e: &ValidationError<'_>) -> String {
    let at = match e.instance_path().as_str() {
        "" => "(the body)".to_owned(),
        p => p.to_owned(),
    };
    let (ValidationErrorKind::AnyOf { context } | ValidationErrorKind::OneOfNotValid { context }) =
        e.kind()
    else {
        return format!("at {at}: {}", shorten(&e.to_string()));
    };
    // An alternative for another kind of thing (another JSON type, another `type` value) is
    // the furthest, whatever its count of problems.
    let own = e.instance_path().as_str();
    let kind = format!("{own}/type");
    let other_kind = |p: &ValidationError<'_>| match p.kind() {
        ValidationErrorKind::Type { .. } => p.instance_path().as_str() == own,
        ValidationErrorKind::Enum { .. } | ValidationErrorKind::Constant { .. } => {
            p.instance_path().as_str() == kind
        }
        _ => false,
    };
    let rank =
        |problems: &Vec<ValidationError<'_>>| (problems.iter().any(other_kind), problems.len());
    let Some(best) = context.iter().map(rank).min() else {
        return format!("at {at}: matches none of its alternatives");
    };
    let closest: Vec<String> = context
        .iter()
        .filter(|problems| rank(problems) == best)
        .take(3)
        .map(|problems| {
            let inner: Vec<String> = problems.iter().take(MAX_PROBLEMS).map(describe).collect();
            let name = problems.first().map_or_else(|| "?".to_owned(), schema_name);
            format!("{name} fails with [{}]", inner.join("; "))
        })
        .collect();
    format!(
        "at {at}: matches none of its {} alternatives; closest: {}",
        context.len(),
        closest.join(" / ")
    )
}

/// The name of the shared schema an error comes from (`CreateGuildInviteRequest`), else
/// where in the description.
fn schema_name(e: &ValidationError<'_>) -> String {
    let Some(uri) = e.absolute_keyword_location() else {
        return e.schema_path().as_str().to_owned();
    };
    let uri = uri.as_str();
    let fragment = uri.split_once('#').map_or(uri, |(_, f)| f);
    match fragment.strip_prefix("/components/schemas/") {
        Some(rest) => rest.split('/').next().unwrap_or(rest).to_owned(),
        None => fragment.to_owned(),
    }
}

/// Cuts a message that quotes a large value.
fn shorten(message: &str) -> String {
    const MAX: usize = 300;
    match message.char_indices().nth(MAX) {
        Some((i, _)) => format!("{}…", &message[..i]),
        None => message.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn a_missing_description_is_named() {
        let why = read(Path::new("/nowhere/openapi.json")).expect_err("missing");
        assert!(
            why.contains("/nowhere/openapi.json") && why.contains("shared/"),
            "{why}"
        );
    }

    #[test]
    fn requests_find_discords_operation() {
        let spec = spec();
        let id = |method, path| spec.operation(method, path).map(|op| op.id.as_str());
        assert_eq!(id("GET", "/users/@me"), Some("get_my_user"));
        assert_eq!(id("GET", "/users/42"), Some("get_user"));
        assert_eq!(
            id("PUT", "/guilds/1/members/2/roles/3"),
            Some("add_guild_member_role")
        );
        assert_eq!(id("DELETE", "/invites/abc"), Some("invite_revoke"));
        assert_eq!(
            id("PATCH", "/webhooks/1/token/messages/@original"),
            Some("update_original_webhook_message")
        );
        assert_eq!(
            id("PATCH", "/webhooks/1/token/messages/9"),
            Some("update_webhook_message")
        );
        // Discord has no such route, and no such method on a route it has.
        assert!(spec.operation("GET", "/guilds/1/members/2/roles").is_none());
        assert!(spec.operation("POST", "/invites/abc").is_none());
    }

    #[test]
    fn request_bodies_discord_would_refuse_are_told_apart() {
        let spec = spec();
        let op = spec
            .operation("POST", "/channels/1/invites")
            .expect("invite creation");
        // Porter's community invite: `role_ids` is in Discord's schema.
        let porter = json!({"max_age": 0, "max_uses": 5, "unique": true, "role_ids": ["7"]});
        assert_eq!(spec.check_request(op, Some(&porter)), Ok(()));
        for wrong in [
            json!({"max_age": 0, "max_uses": 101}),
            json!({"max_age": 0, "role_ids": [7]}),
            json!({"max_age": "never"}),
        ] {
            let why = spec.check_request(op, Some(&wrong)).expect_err("refused");
            assert!(why.contains("create_channel_invite"), "{why}");
        }
        let why = spec
            .check_request(op, None)
            .expect_err("a body is required");
        assert!(why.contains("no JSON body"), "{why}");

        let op = spec
            .operation("POST", "/channels/1/messages")
            .expect("message creation");
        assert_eq!(
            spec.check_request(op, Some(&json!({"content": "hi"}))),
            Ok(())
        );
        let why = spec
            .check_request(op, Some(&json!({"embeds": [{"title": 5}]})))
            .expect_err("refused");
        assert!(why.contains("/embeds/0/title"), "{why}");
    }

    #[test]
    fn answers_unlike_discords_are_caught() {
        let spec = spec();
        let op = spec
            .operation("GET", "/guilds/1/members/2")
            .expect("member fetch");
        let user = json!({
            "id": "2", "username": "u", "global_name": null, "discriminator": "0",
            "avatar": null, "public_flags": 0, "flags": 0, "primary_guild": null,
        });
        let member = json!({
            "user": user, "nick": null, "avatar": null, "roles": ["3"],
            "joined_at": "2026-01-01T00:00:00.000000+00:00", "premium_since": null,
            "deaf": false, "mute": false, "flags": 0, "pending": false,
            "communication_disabled_until": null, "banner": null,
        });
        assert_eq!(spec.check_response(op, 200, Some(&member)), Ok(()));
        // Roles given as numbers, not snowflake strings; `joined_at` missing.
        let mut wrong = member.clone();
        wrong["roles"] = json!([3]);
        wrong
            .as_object_mut()
            .expect("an object")
            .remove("joined_at");
        let why = spec
            .check_response(op, 200, Some(&wrong))
            .expect_err("caught");
        assert!(why.contains("/roles/0"), "{why}");
        assert!(why.contains("joined_at"), "{why}");
        // Errors have Discord's shape; statuses are ones Discord gives.
        let error = json!({"code": 10007, "message": "Unknown Member"});
        assert_eq!(spec.check_response(op, 404, Some(&error)), Ok(()));
        assert!(spec
            .check_response(op, 404, Some(&json!({"error": "no"})))
            .is_err());
        assert!(spec.check_response(op, 204, None).is_err());
        assert!(spec.check_response(op, 200, None).is_err());
        assert_eq!(spec.check_response(op, 502, None), Ok(()));
        let op = spec
            .operation("PUT", "/guilds/1/members/2/roles/3")
            .expect("role grant");
        assert_eq!(spec.check_response(op, 204, None), Ok(()));
        assert!(spec.check_response(op, 204, Some(&json!({}))).is_err());
    }

    /// Every answer the fake builds, against Discord's description of that answer.
    #[test]
    fn the_fakes_answers_have_discords_shapes() {
        use super::super::payloads::*;
        use super::super::state::{Invite, SentMessage};
        use crate::support::world::{self, GUILD};

        let mut s = world::standard();
        let commands = poise::builtins::create_application_commands(&porter::discord::commands());
        s.commands = commands
            .iter()
            .enumerate()
            .map(|(i, c)| {
                registered_command(700 + i as u64, serde_json::to_value(c).expect("json"))
            })
            .collect();
        let g = &s.guilds[&GUILD];
        let inv = Invite {
            code: "abc".into(),
            guild_id: GUILD,
            channel_id: world::WELCOME,
            inviter_id: s.bot_id(),
            max_uses: 100,
            max_age: 0,
            uses: 3,
            role_ids: vec![world::MEMBERS],
        };
        let sent = SentMessage {
            id: 5,
            channel_id: world::GENERAL,
            dm_to: None,
            body: json!({"content": "hi", "embeds": [{"title": "Join"}], "components": []}),
            edits: Vec::new(),
        };
        let posted = message(
            &s,
            6,
            world::WELCOME,
            Some(GUILD),
            &json!({
                "content": "",
                "embeds": [{"title": "Join", "fields": [{"name": "Code", "value": "`X`"}]}],
                "components": [{"type": 1, "components": [
                    {"type": 2, "style": 3, "label": "Join", "custom_id": "porter:join:X"}
                ]}],
                "flags": 64,
            }),
        );
        let rich = rich_invite(&s, &inv);
        let answers = [
            (
                "GET",
                "/users/@me".to_owned(),
                current_user(&s.users[&APP_ID]),
            ),
            ("GET", "/oauth2/applications/@me".into(), application(&s)),
            (
                "PUT",
                format!("/applications/{APP_ID}/commands"),
                json!(s.commands),
            ),
            (
                "GET",
                format!("/applications/{APP_ID}/commands"),
                json!(s.commands),
            ),
            ("POST", format!("/webhooks/{APP_ID}/t"), posted.clone()),
            (
                "GET",
                format!("/webhooks/{APP_ID}/t/messages/@original"),
                posted.clone(),
            ),
            (
                "PATCH",
                format!("/webhooks/{APP_ID}/t/messages/@original"),
                posted.clone(),
            ),
            ("POST", "/channels/1/messages".into(), posted),
            (
                "PATCH",
                "/channels/1/messages/5".into(),
                edited_message(&s, &sent),
            ),
            (
                "POST",
                "/users/@me/channels".into(),
                dm_channel(&s, 9, world::PARENT),
            ),
            (
                "GET",
                "/channels/9".into(),
                dm_channel(&s, 9, world::PARENT),
            ),
            (
                "GET",
                "/channels/1".into(),
                channel(GUILD, g.channel(world::ANNOUNCEMENTS).expect("a channel")),
            ),
            ("POST", "/channels/1/invites".into(), rich.clone()),
            ("GET", "/channels/1/invites".into(), json!([rich])),
            ("GET", "/guilds/1/invites".into(), json!([rich])),
            ("DELETE", "/invites/abc".into(), invite(&s, &inv)),
            ("GET", "/guilds/1".into(), partial_guild(g)),
            (
                "GET",
                "/guilds/1/roles".into(),
                json!(g.roles.iter().map(role).collect::<Vec<_>>()),
            ),
            (
                "GET",
                "/guilds/1/channels".into(),
                json!(g
                    .channels
                    .iter()
                    .map(|c| channel(GUILD, c))
                    .collect::<Vec<_>>()),
            ),
            (
                "GET",
                "/guilds/1/members/2".into(),
                member(&s.users[&world::TEACHER], &g.members[&world::TEACHER]),
            ),
        ];
        let spec = spec();
        let mut wrong = Vec::new();
        for (method, path, body) in &answers {
            let op = spec
                .operation(method, path)
                .unwrap_or_else(|| panic!("Discord has no {method} {path}"));
            if let Err(why) = spec.check_response(op, 200, Some(body)) {
                wrong.push(why);
            }
        }
        let op = spec.operation("GET", "/guilds/1").expect("guild fetch");
        if let Err(why) = spec.check_response(op, 404, Some(&error(10004, "Unknown Guild"))) {
            wrong.push(why);
        }
        assert!(wrong.is_empty(), "{wrong:#?}");
    }

    /// Serenity's REST client, as Porter sets it up, on a running fake.
    async fn client() -> (super::super::FakeDiscord, poise::serenity_prelude::Http) {
        let fake = super::super::FakeDiscord::start(crate::support::world::standard()).await;
        let http = poise::serenity_prelude::HttpBuilder::new("fake-token")
            .proxy(fake.url())
            .ratelimiter_disabled(true)
            .build();
        (fake, http)
    }

    /// The JSON error code of a failed call.
    fn code(e: poise::serenity_prelude::Error) -> Option<isize> {
        match e {
            poise::serenity_prelude::Error::Http(
                poise::serenity_prelude::HttpError::UnsuccessfulRequest(r),
            ) => Some(r.error.code),
            _ => None,
        }
    }

    #[tokio::test]
    async fn the_fake_refuses_a_body_discord_would_refuse() {
        use crate::support::world::{MEMBERS, WELCOME};
        use poise::serenity_prelude::ChannelId;

        let (fake, http) = client().await;
        let over = json!({"max_age": 0, "max_uses": 101, "role_ids": [MEMBERS.to_string()]});
        let refused = http
            .create_invite(ChannelId::new(WELCOME), &over, None)
            .await
            .expect_err("refused");
        assert_eq!(code(refused), Some(50035));
        let noted = fake.state().invalid_bodies.clone();
        assert!(
            noted.len() == 1 && noted[0].contains("/max_uses"),
            "{noted:?}"
        );
        assert!(fake.state().invites.is_empty());
        let porter = json!({
            "max_age": 0, "max_uses": 100, "unique": true, "role_ids": [MEMBERS.to_string()],
        });
        http.create_invite(ChannelId::new(WELCOME), &porter, None)
            .await
            .expect("created");
        assert_eq!(fake.state().invalid_bodies.len(), 1);
        assert!(fake.state().answers_off_spec.is_empty());
    }

    #[tokio::test]
    async fn the_fake_takes_files_as_discord_does_up_to_its_limit() {
        use poise::serenity_prelude::CreateAttachment;

        let (fake, http) = client().await;
        http.set_application_id(super::super::payloads::APP_ID.into());
        fake.update(|s| {
            s.interactions.insert(
                "tok".into(),
                super::super::state::InteractionLog {
                    channel_id: crate::support::world::GENERAL,
                    guild_id: Some(crate::support::world::GUILD),
                    callbacks: vec![json!({"type": 5, "data": {"flags": 64}})],
                    ..Default::default()
                },
            );
        });
        let body = json!({"content": "here", "attachments": [{"id": 0, "filename": "a.csv"}]});
        let sent = http
            .create_followup_message(
                "tok",
                &body,
                vec![CreateAttachment::bytes(b"x,y\r\n".to_vec(), "a.csv")],
            )
            .await
            .expect("taken");
        assert_eq!(sent.attachments.len(), 1);
        assert_eq!(sent.attachments[0].filename, "a.csv");
        assert_eq!(sent.attachments[0].size, 5);
        assert_eq!(fake.state().uploads[&sent.attachments[0].url], b"x,y\r\n");
        // One byte over Discord's limit: refused, as Discord refuses it.
        let over = vec![b'x'; super::super::rest::UPLOAD_LIMIT + 1];
        let refused = http
            .create_followup_message("tok", &body, vec![CreateAttachment::bytes(over, "a.csv")])
            .await
            .expect_err("refused");
        assert_eq!(code(refused), Some(40005));
        let state = fake.state();
        assert_eq!(state.interactions["tok"].followups.len(), 1);
        assert!(
            state.answers_off_spec.is_empty(),
            "{:?}",
            state.answers_off_spec
        );
    }

    #[tokio::test]
    async fn the_fake_notes_an_answer_unlike_discords() {
        use crate::support::world::GUILD;
        use poise::serenity_prelude::GuildId;

        let (fake, http) = client().await;
        http.get_guild(GuildId::new(GUILD))
            .await
            .expect("the guild");
        assert_eq!(fake.state().answers_off_spec, Vec::<String>::new());
        // An error without Discord's `code`.
        fake.update(|s| {
            s.failures.push(super::super::Failure {
                method: "GET".into(),
                path: "/guilds/*".into(),
                status: 404,
                body: json!({"message": "Unknown Guild"}),
                retry_after: None,
                remaining: Some(1),
            });
        });
        let _ = http.get_guild(GuildId::new(GUILD)).await;
        let noted = fake.state().answers_off_spec.clone();
        assert!(
            noted.len() == 1
                && noted[0].contains("get_guild")
                && noted[0].contains("ClientErrorResponse")
                && noted[0].contains("\"code\" is a required property"),
            "{noted:?}"
        );
    }

    #[tokio::test]
    async fn a_route_discord_lacks_is_noted() {
        use crate::support::world::GUILD;
        use poise::serenity_prelude::{GuildId, IntegrationId};

        let (fake, http) = client().await;
        // Discord retired this route: its description no longer has it.
        let gone = http
            .start_integration_sync(GuildId::new(GUILD), IntegrationId::new(5))
            .await
            .expect_err("no such route");
        assert_eq!(code(gone), Some(0));
        let noted = fake.state().unknown_routes.clone();
        assert_eq!(
            noted,
            [format!(
                "POST /guilds/{GUILD}/integrations/5/sync: Discord has no such route"
            )]
        );
    }
}
