//! `/school roles add|remove|list`: the class roles invitations may hand out besides the
//! member role.

use poise::serenity_prelude as serenity;

use super::reply_embed;
use super::school::{porter_top_position, role_facts};
use crate::discord::actor::{guild_actor, top_position};
use crate::discord::{lang, render, Context, Error};
use crate::domain::{ClassRoleRequest, RoleId, MAX_CLASS_ROLES, MAX_EXTRA_ROLES};
use crate::i18n::t;

/// The roles invitations may give besides the member role (class roles)
#[poise::command(
    slash_command,
    guild_only,
    subcommands("add", "remove", "list"),
    subcommand_required
)]
pub async fn roles(_ctx: Context<'_>) -> Result<(), Error> {
    Ok(())
}

/// Let invitations give this role besides the member role, e.g. a class (needs manage)
#[poise::command(slash_command, guild_only)]
async fn add(
    ctx: Context<'_>,
    #[description = "A plain role below Porter's and yours, e.g. @Year 7"] role: serenity::Role,
) -> Result<(), Error> {
    let (guild_id, actor) = guild_actor(ctx)?;
    let request = {
        let guild = ctx
            .cache()
            .guild(guild_id)
            .ok_or_else(|| anyhow::anyhow!("guild {guild_id} is not in the cache"))?;
        ClassRoleRequest {
            role: role_facts(guild_id, &role),
            actor_top_position: (guild.owner_id.get() != actor.user_id.get())
                .then(|| top_position(&guild, &actor)),
            porter_top_position: porter_top_position(&guild, ctx.cache().current_user().id),
        }
    };
    let added = ctx
        .data()
        .domain
        .add_class_role(guild_id.into(), &actor, &request)
        .await?;
    tracing::info!(guild = %guild_id, role = %role.id, by = %actor.user_id, added, "class role added");
    let reader = lang::reader(ctx);
    let mention = format!("<@&{}>", role.id);
    let text = if added {
        t!(reader, "roles-added", role = mention, max = MAX_EXTRA_ROLES)
    } else {
        t!(reader, "roles-already", role = mention)
    };
    reply_embed(
        ctx,
        serenity::CreateEmbed::new()
            .title(t!(reader, "roles-title"))
            .colour(render::GREEN)
            .description(text),
    )
    .await
}

/// Stop invitations giving this role; members keep it (needs manage)
#[poise::command(slash_command, guild_only)]
async fn remove(
    ctx: Context<'_>,
    #[description = "A class role"] role: serenity::Role,
) -> Result<(), Error> {
    let (guild_id, actor) = guild_actor(ctx)?;
    ctx.data()
        .domain
        .remove_class_role(guild_id.into(), &actor, role.id.into())
        .await?;
    tracing::info!(guild = %guild_id, role = %role.id, by = %actor.user_id, "class role removed");
    let reader = lang::reader(ctx);
    reply_embed(
        ctx,
        serenity::CreateEmbed::new()
            .title(t!(reader, "roles-title"))
            .colour(render::GREEN)
            .description(t!(
                reader,
                "roles-removed",
                role = format!("<@&{}>", role.id)
            )),
    )
    .await
}

/// The roles invitations may give besides the member role (needs create or manage)
#[poise::command(slash_command, guild_only)]
async fn list(ctx: Context<'_>) -> Result<(), Error> {
    let (guild_id, actor) = guild_actor(ctx)?;
    let roles = ctx
        .data()
        .domain
        .class_roles(guild_id.into(), &actor)
        .await?;
    let reader = lang::reader(ctx);
    let description = if roles.is_empty() {
        t!(reader, "roles-none")
    } else {
        let lines: Vec<String> = roles
            .iter()
            .map(|r| {
                t!(
                    reader,
                    "roles-line",
                    role = format!("<@&{}>", r.role_id),
                    user = format!("<@{}>", r.added_by),
                    when = render::relative(r.added_at)
                )
            })
            .collect();
        format!(
            "{}\n\n{}",
            lines.join("\n"),
            t!(reader, "roles-give", max = MAX_EXTRA_ROLES)
        )
    };
    reply_embed(
        ctx,
        serenity::CreateEmbed::new()
            .title(t!(
                reader,
                "roles-list-title",
                count = roles.len(),
                max = MAX_CLASS_ROLES
            ))
            .colour(render::BLUE)
            .description(description),
    )
    .await
}

/// The class roles picked in a command's `role`, `role2` and `role3` options.
pub(crate) fn picked(options: [Option<serenity::Role>; 3]) -> Vec<RoleId> {
    options.into_iter().flatten().map(|r| r.id.into()).collect()
}
