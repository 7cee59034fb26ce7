//! `/permissions grant|remove|list`: the role -> permission map.

use poise::serenity_prelude as serenity;

use super::reply_embed;
use crate::discord::actor::{grant_limit, guild_actor};
use crate::discord::{lang, render, Context, Error};
use crate::domain::{GuildId, Permission, PermissionTarget, RoleId};
use crate::i18n::t;

/// A permission, as offered in the command.
#[derive(Debug, Clone, Copy, poise::ChoiceParameter)]
pub enum PermissionChoice {
    #[name = "create"]
    Create,
    #[name = "share"]
    Share,
    #[name = "revoke"]
    Revoke,
    #[name = "manage"]
    Manage,
    #[name = "approve"]
    Approve,
}

impl From<PermissionChoice> for Permission {
    fn from(c: PermissionChoice) -> Self {
        match c {
            PermissionChoice::Create => Permission::Create,
            PermissionChoice::Share => Permission::Share,
            PermissionChoice::Revoke => Permission::Revoke,
            PermissionChoice::Manage => Permission::Manage,
            PermissionChoice::Approve => Permission::Approve,
        }
    }
}

/// Decide which roles may create, share and revoke invitations
#[poise::command(
    slash_command,
    guild_only,
    subcommands("grant", "remove", "list"),
    subcommand_required
)]
pub async fn permissions(_ctx: Context<'_>) -> Result<(), Error> {
    Ok(())
}

/// Let a role do something with invitations (needs manage)
#[poise::command(slash_command, guild_only)]
async fn grant(
    ctx: Context<'_>,
    #[description = "The role"] role: serenity::Role,
    #[description = "create, share, revoke, approve (join requests), or manage (settings; implies all)"]
    permission: PermissionChoice,
) -> Result<(), Error> {
    let (guild_id, actor) = guild_actor(ctx)?;
    let permission = Permission::from(permission);
    let added = ctx
        .data()
        .domain
        .grant_permission(
            guild_id.into(),
            &actor,
            target(ctx, guild_id, &role, &actor)?,
            permission,
        )
        .await?;
    let reader = lang::reader(ctx);
    let name = role_name(guild_id.into(), role.id.into());
    let permission = permission.to_string();
    let text = if added {
        t!(
            reader,
            "permissions-granted",
            role = name,
            permission = permission
        )
    } else {
        t!(
            reader,
            "permissions-already",
            role = name,
            permission = permission
        )
    };
    reply(ctx, text).await
}

/// Take a permission away from a role (needs manage)
#[poise::command(slash_command, guild_only)]
async fn remove(
    ctx: Context<'_>,
    #[description = "The role"] role: serenity::Role,
    #[description = "The permission to take away"] permission: PermissionChoice,
) -> Result<(), Error> {
    let (guild_id, actor) = guild_actor(ctx)?;
    let permission = Permission::from(permission);
    let removed = ctx
        .data()
        .domain
        .remove_permission(
            guild_id.into(),
            &actor,
            target(ctx, guild_id, &role, &actor)?,
            permission,
        )
        .await?;
    let reader = lang::reader(ctx);
    let name = role_name(guild_id.into(), role.id.into());
    let permission = permission.to_string();
    let text = if removed {
        t!(
            reader,
            "permissions-removed",
            role = name,
            permission = permission
        )
    } else {
        t!(
            reader,
            "permissions-not-had",
            role = name,
            permission = permission
        )
    };
    reply(ctx, text).await
}

/// Show which roles hold which permissions (needs manage)
#[poise::command(slash_command, guild_only)]
async fn list(ctx: Context<'_>) -> Result<(), Error> {
    let (guild_id, actor) = guild_actor(ctx)?;
    let grants = ctx
        .data()
        .domain
        .list_permissions(guild_id.into(), &actor)
        .await?;
    let lines: Vec<String> = grants
        .iter()
        .map(|g| {
            let names: Vec<&str> = g.permissions.iter().map(Permission::as_str).collect();
            format!(
                "{}: {}",
                role_name(guild_id.into(), g.role_id),
                names.join(", ")
            )
        })
        .collect();
    let reader = lang::reader(ctx);
    // The last line.
    let footer = t!(reader, "permissions-footer");
    let mut description = if lines.is_empty() {
        t!(reader, "permissions-none")
    } else {
        let room = render::DESCRIPTION_LIMIT - footer.chars().count() - 2;
        render::fit_lines(&lines, room, |n| t!(reader, "permissions-more", count = n))
    };
    description.push_str("\n\n");
    description.push_str(&footer);
    let embed = serenity::CreateEmbed::new()
        .title(t!(reader, "permissions-title"))
        .colour(render::BLUE)
        .description(description);
    reply_embed(ctx, embed).await
}

/// The role a grant or remove is about, placed in the role order with the moderator's place.
fn target(
    ctx: Context<'_>,
    guild_id: serenity::GuildId,
    role: &serenity::Role,
    actor: &crate::domain::Actor,
) -> Result<PermissionTarget, Error> {
    Ok(PermissionTarget {
        role_id: role.id.into(),
        role_position: role.position,
        actor_top_position: grant_limit(ctx, guild_id, actor)?,
    })
}

/// A role as replies name it: a mention, except `@everyone`, which Discord would show as
/// "@@everyone" when mentioned by id.
fn role_name(guild_id: GuildId, role_id: RoleId) -> String {
    if role_id == guild_id.everyone() {
        "@everyone".to_owned()
    } else {
        format!("<@&{role_id}>")
    }
}

/// Sends an ephemeral text reply that pings nobody, though it may name `@everyone`.
async fn reply(ctx: Context<'_>, text: String) -> Result<(), Error> {
    let reply = poise::CreateReply::default()
        .content(text)
        .ephemeral(true)
        .allowed_mentions(serenity::CreateAllowedMentions::new());
    ctx.send(reply).await?;
    Ok(())
}
