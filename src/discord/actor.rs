//! Who is asking: the invoking member as the domain sees them, and where they are.

use poise::serenity_prelude as serenity;

use super::{Context, Error};
use crate::domain::Actor;

/// Discord permissions that make a member hold all of Porter's permissions.
const ADMIN: serenity::Permissions =
    serenity::Permissions::ADMINISTRATOR.union(serenity::Permissions::MANAGE_GUILD);

/// The server the command runs in and its invoking member, as a domain [`Actor`].
pub fn guild_actor(ctx: Context<'_>) -> Result<(serenity::GuildId, Actor), Error> {
    let guild_id = ctx.guild_id().ok_or_else(|| {
        Error::User("This command works only in a server, not in direct messages.".to_owned())
    })?;
    let poise::Context::Application(app) = ctx else {
        return Err(Error::User(
            "Porter only answers slash commands.".to_owned(),
        ));
    };
    let member = app
        .interaction
        .member
        .as_deref()
        .ok_or_else(|| anyhow::anyhow!("a guild interaction arrived without its member"))?;
    Ok((guild_id, member_actor(member)))
}

/// A server member as a domain [`Actor`]: their roles, and whether Discord makes them an
/// administrator (Administrator or Manage Server, which the server owner always has).
pub fn member_actor(member: &serenity::Member) -> Actor {
    Actor {
        user_id: member.user.id.get(),
        role_ids: member.roles.iter().map(|r| r.get()).collect(),
        discord_admin: member.permissions.is_some_and(|p| p.intersects(ADMIN)),
    }
}
