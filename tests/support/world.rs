//! The server the end-to-end tests run in: who is in it, its roles and channels.

use std::collections::BTreeMap;

use poise::serenity_prelude::Permissions;

use super::fake_discord::payloads::APP_ID;
use super::fake_discord::{Channel, Guild, Member, Overwrite, Role, State, User};

/// The school's server.
pub const GUILD: u64 = 1_000_000_000_000_001;
/// `@everyone` has the server's id.
pub const EVERYONE: u64 = GUILD;

/// Owns the server.
pub const OWNER: u64 = 2_000_000_000_000_001;
/// Has Manage Server through the Staff role.
pub const ADMIN: u64 = 2_000_000_000_000_002;
/// Holds the Teachers role: Porter permissions only once granted to it.
pub const TEACHER: u64 = 2_000_000_000_000_003;
/// In the server with no role.
pub const PARENT: u64 = 2_000_000_000_000_004;
/// In the server with no role.
pub const NEWCOMER: u64 = 2_000_000_000_000_005;
/// In the server, DMs closed.
pub const CLOSED_DMS: u64 = 2_000_000_000_000_006;
/// Not in the server.
pub const OUTSIDER: u64 = 2_000_000_000_000_007;
/// Another bot in the server.
pub const OTHER_BOT: u64 = 2_000_000_000_000_008;
/// Porter itself.
pub const PORTER: u64 = APP_ID;

/// The member role the school is set up with.
pub const MEMBERS: u64 = 3_000_000_000_000_001;
pub const TEACHERS: u64 = 3_000_000_000_000_002;
/// Carries Manage Server.
pub const STAFF: u64 = 3_000_000_000_000_003;
/// Porter's own (managed) role.
pub const PORTER_ROLE: u64 = 3_000_000_000_000_004;
/// A role above Porter's.
pub const ELDERS: u64 = 3_000_000_000_000_005;

/// Where invite links lead.
pub const WELCOME: u64 = 4_000_000_000_000_001;
/// The system channel, where commands are run.
pub const GENERAL: u64 = 4_000_000_000_000_002;
/// The log channel.
pub const LOG: u64 = 4_000_000_000_000_003;
/// Only Staff may post here.
pub const ANNOUNCEMENTS: u64 = 4_000_000_000_000_004;
/// A voice channel.
pub const VOICE: u64 = 4_000_000_000_000_005;

/// A second server, "Valley School", on the other shard of two from [`GUILD`]'s:
/// `GUILD` is on shard 1 of 2, this one on shard 0 (see [`with_second_server`]).
pub const SECOND_GUILD: u64 = 1_200_000_000_000_001;
/// The second server's member role.
pub const SECOND_MEMBERS: u64 = 3_200_000_000_000_001;
/// Porter's own (managed) role in the second server.
pub const SECOND_PORTER_ROLE: u64 = 3_200_000_000_000_004;
/// The second server's system channel, where commands are run.
pub const SECOND_GENERAL: u64 = 4_200_000_000_000_002;

/// What everyone may do.
fn everyone_permissions() -> Permissions {
    Permissions::VIEW_CHANNEL
        | Permissions::SEND_MESSAGES
        | Permissions::EMBED_LINKS
        | Permissions::READ_MESSAGE_HISTORY
        | Permissions::CREATE_INSTANT_INVITE
        | Permissions::USE_APPLICATION_COMMANDS
}

fn user(id: u64, name: &str, bot: bool, dms_open: bool) -> User {
    User {
        id,
        name: name.to_owned(),
        bot,
        dms_open,
        locale: "en-US".to_owned(),
    }
}

fn role(id: u64, name: &str, position: u16, permissions: Permissions, managed: bool) -> Role {
    Role {
        id,
        name: name.to_owned(),
        position,
        permissions: permissions.bits(),
        managed,
    }
}

fn text(id: u64, name: &str, position: u16) -> Channel {
    Channel {
        id,
        name: name.to_owned(),
        kind: 0,
        position,
        overwrites: Vec::new(),
    }
}

/// The standard world: one server, "Hilltop School", with Porter in it.
pub fn standard() -> State {
    let mut state = State::new(OWNER);
    state.token = Some(super::TOKEN.to_owned());
    state.now = super::START;
    for u in [
        user(PORTER, "Porter", true, true),
        user(OWNER, "owner", false, true),
        user(ADMIN, "admin", false, true),
        user(TEACHER, "teacher", false, true),
        user(PARENT, "parent", false, true),
        user(NEWCOMER, "newcomer", false, true),
        user(CLOSED_DMS, "private-person", false, false),
        user(OUTSIDER, "outsider", false, true),
        user(OTHER_BOT, "otherbot", true, true),
    ] {
        state.users.insert(u.id, u);
    }
    let porter_permissions = Permissions::MANAGE_ROLES
        | Permissions::MANAGE_GUILD
        | Permissions::CREATE_INSTANT_INVITE
        | Permissions::VIEW_CHANNEL
        | Permissions::SEND_MESSAGES
        | Permissions::EMBED_LINKS;
    let roles = vec![
        role(EVERYONE, "@everyone", 0, everyone_permissions(), false),
        role(MEMBERS, "Members", 1, Permissions::empty(), false),
        role(TEACHERS, "Teachers", 2, Permissions::empty(), false),
        role(STAFF, "Staff", 3, Permissions::MANAGE_GUILD, false),
        role(PORTER_ROLE, "Porter", 4, porter_permissions, true),
        role(ELDERS, "Elders", 5, Permissions::empty(), false),
    ];
    let mut announcements = text(ANNOUNCEMENTS, "announcements", 3);
    announcements.overwrites = vec![
        Overwrite {
            role_id: EVERYONE,
            allow: 0,
            deny: Permissions::SEND_MESSAGES.bits(),
        },
        Overwrite {
            role_id: STAFF,
            allow: Permissions::SEND_MESSAGES.bits(),
            deny: 0,
        },
        Overwrite {
            role_id: PORTER_ROLE,
            allow: Permissions::SEND_MESSAGES.bits(),
            deny: 0,
        },
    ];
    let channels = vec![
        text(WELCOME, "welcome", 0),
        text(GENERAL, "general", 1),
        text(LOG, "porter-log", 2),
        announcements,
        Channel {
            id: VOICE,
            name: "voice".to_owned(),
            kind: 2,
            position: 4,
            overwrites: Vec::new(),
        },
    ];
    let members: BTreeMap<u64, Member> = [
        (PORTER, vec![PORTER_ROLE]),
        (OWNER, vec![]),
        (ADMIN, vec![STAFF]),
        (TEACHER, vec![TEACHERS]),
        (PARENT, vec![]),
        (NEWCOMER, vec![]),
        (CLOSED_DMS, vec![]),
        (OTHER_BOT, vec![]),
    ]
    .into_iter()
    .map(|(id, roles)| {
        (
            id,
            Member {
                roles,
                joined_at: None,
            },
        )
    })
    .collect();
    state.guilds.insert(
        GUILD,
        Guild {
            id: GUILD,
            name: "Hilltop School".to_owned(),
            owner_id: OWNER,
            system_channel_id: Some(GENERAL),
            roles,
            channels,
            members,
            features: Vec::new(),
            verification_level: 0,
            invites_disabled_until: None,
            preferred_locale: "en-US".to_owned(),
        },
    );
    state
}

/// Denies Porter's role `permissions` in one of the school's channels.
pub fn deny_porter(state: &mut State, channel: u64, permissions: Permissions) {
    state
        .guilds
        .get_mut(&GUILD)
        .expect("the school's server")
        .channels
        .iter_mut()
        .find(|c| c.id == channel)
        .expect("the channel")
        .overwrites
        .push(Overwrite {
            role_id: PORTER_ROLE,
            allow: 0,
            deny: permissions.bits(),
        });
}

/// Adds a user who is not in the school's server (yet).
pub fn add_user(state: &mut State, id: u64, name: &str) {
    state.users.insert(id, user(id, name, false, true));
}

/// Adds a user who is a member of the school's server with `roles`.
pub fn add_member(state: &mut State, id: u64, name: &str, roles: Vec<u64>) {
    state.users.insert(id, user(id, name, false, true));
    state
        .guilds
        .get_mut(&GUILD)
        .expect("the school's server")
        .members
        .insert(
            id,
            Member {
                roles,
                joined_at: None,
            },
        );
}

/// The standard world with `n` more plain members named `{name}0`, `{name}1`…, from `first`
/// on; returns it and their ids.
pub fn standard_with_members(first: u64, n: u64, name: &str) -> (State, Vec<u64>) {
    let mut state = standard();
    let ids: Vec<u64> = (first..first + n).collect();
    for (i, id) in ids.iter().enumerate() {
        add_member(&mut state, *id, &format!("{name}{i}"), Vec::new());
    }
    (state, ids)
}

/// Adds the second server, "Valley School" ([`SECOND_GUILD`], on another shard of two
/// than [`GUILD`]): owned by [`OWNER`], with Porter, [`PARENT`] and [`NEWCOMER`] in it,
/// a member role below Porter's and one channel.
pub fn with_second_server(state: &mut State) {
    let porter_permissions = Permissions::MANAGE_ROLES
        | Permissions::MANAGE_GUILD
        | Permissions::CREATE_INSTANT_INVITE
        | Permissions::VIEW_CHANNEL
        | Permissions::SEND_MESSAGES
        | Permissions::EMBED_LINKS;
    let members = [
        (PORTER, vec![SECOND_PORTER_ROLE]),
        (OWNER, vec![]),
        (PARENT, vec![]),
        (NEWCOMER, vec![]),
    ]
    .into_iter()
    .map(|(id, roles)| {
        (
            id,
            Member {
                roles,
                joined_at: None,
            },
        )
    })
    .collect();
    state.guilds.insert(
        SECOND_GUILD,
        Guild {
            id: SECOND_GUILD,
            name: "Valley School".to_owned(),
            owner_id: OWNER,
            system_channel_id: Some(SECOND_GENERAL),
            roles: vec![
                role(SECOND_GUILD, "@everyone", 0, everyone_permissions(), false),
                role(SECOND_MEMBERS, "Members", 1, Permissions::empty(), false),
                role(SECOND_PORTER_ROLE, "Porter", 2, porter_permissions, true),
            ],
            channels: vec![text(SECOND_GENERAL, "general", 0)],
            members,
            features: Vec::new(),
            verification_level: 0,
            invites_disabled_until: None,
            preferred_locale: "en-US".to_owned(),
        },
    );
}
