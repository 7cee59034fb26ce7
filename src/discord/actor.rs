//! Who is asking: the invoking member as the domain sees them, and where they are.

use poise::serenity_prelude as serenity;

use super::{Context, Error};
use crate::domain::Actor;
use crate::i18n::msg;

/// Discord permissions that make a member hold all of Porter's permissions.
const ADMIN: serenity::Permissions =
    serenity::Permissions::ADMINISTRATOR.union(serenity::Permissions::MANAGE_GUILD);

/// The server the command runs in and its invoking member, as a domain [`Actor`].
pub fn guild_actor(ctx: Context<'_>) -> Result<(serenity::GuildId, Actor), Error> {
    let guild_id = ctx
        .guild_id()
        .ok_or_else(|| Error::User(msg!("error-guild-only")))?;
    let poise::Context::Application(app) = ctx else {
        return Err(Error::User(msg!("error-slash-only")));
    };
    let member = app
        .interaction
        .member
        .as_deref()
        .ok_or_else(|| anyhow::anyhow!("a guild interaction arrived without its member"))?;
    Ok((guild_id, member_actor(member)))
}

/// [`guild_actor`] for what only an administrator of the server may do, in Discord's sense:
/// its owner, or a member with the Administrator permission. Manage Server alone is not
/// enough. Anyone else gets a message saying so, naming `what` they asked for.
pub fn guild_administrator(
    ctx: Context<'_>,
    what: &str,
) -> Result<(serenity::GuildId, Actor), Error> {
    let (guild_id, actor) = guild_actor(ctx)?;
    let member = match ctx {
        poise::Context::Application(app) => app.interaction.member.as_deref(),
        poise::Context::Prefix(_) => None,
    };
    if !member.is_some_and(|m| is_administrator(ctx.cache(), guild_id, m)) {
        return Err(Error::User(msg!(
            "error-administrator-only",
            what = what.to_owned()
        )));
    }
    Ok((guild_id, actor))
}

/// Whether `member` is an administrator of the server `guild_id`: its owner, or a holder of
/// Discord's Administrator permission (Manage Server alone does not make one).
pub fn is_administrator(
    cache: &serenity::Cache,
    guild_id: serenity::GuildId,
    member: &serenity::Member,
) -> bool {
    member.permissions.is_some_and(|p| p.administrator())
        || cache
            .guild(guild_id)
            .is_some_and(|g| g.owner_id == member.user.id)
}

/// The highest position among `actor`'s roles in `guild` (0 with no role: `@everyone`).
pub fn top_position(guild: &serenity::Guild, actor: &Actor) -> u16 {
    actor
        .role_ids
        .iter()
        .filter_map(|r| guild.roles.get(&serenity::RoleId::from(*r)))
        .map(|r| r.position)
        .max()
        .unwrap_or(0)
}

/// The invoking member's highest role position, for a change to the role -> permission map
/// (see [`crate::domain::PermissionTarget`]); `None` for the server owner and members with
/// Discord's Administrator permission, whom that rule does not limit. Manage Server alone
/// does not lift it.
pub fn grant_limit(
    ctx: Context<'_>,
    guild_id: serenity::GuildId,
    actor: &Actor,
) -> Result<Option<u16>, Error> {
    let administrator = match ctx {
        poise::Context::Application(app) => app
            .interaction
            .member
            .as_ref()
            .and_then(|m| m.permissions)
            .is_some_and(|p| p.administrator()),
        poise::Context::Prefix(_) => false,
    };
    let guild = ctx
        .cache()
        .guild(guild_id)
        .ok_or_else(|| anyhow::anyhow!("guild {guild_id} is not in the cache"))?;
    if administrator || guild.owner_id.get() == actor.user_id.get() {
        return Ok(None);
    }
    Ok(Some(top_position(&guild, actor)))
}

/// A server member as a domain [`Actor`]: their roles, and whether Discord makes them an
/// administrator (Administrator or Manage Server, which the server owner always has).
pub fn member_actor(member: &serenity::Member) -> Actor {
    Actor {
        user_id: member.user.id.into(),
        role_ids: member.roles.iter().map(|&r| r.into()).collect(),
        discord_admin: member.permissions.is_some_and(|p| p.intersects(ADMIN)),
    }
}
