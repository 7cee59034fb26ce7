//! `/school setup`, `/school info`, `/school check` and `/school forget`.

use poise::serenity_prelude as serenity;

use super::export::school_export;
use super::{ensure_moderator_can_post, ensure_text_channel, guild_name, reply_embed};
use crate::discord::actor::{guild_actor, top_position};
use crate::discord::chart::{self, Picture};
use crate::discord::{lang, render, Context, Error};
use crate::domain::{parse_welcome, Access, ChartOf, Permission, RoleFacts, SchoolSetup};
use crate::i18n::{msg, t, Lang};

/// Discord permissions a member role must not carry: they make a moderator of a newcomer.
const PRIVILEGED: serenity::Permissions = serenity::Permissions::ADMINISTRATOR
    .union(serenity::Permissions::MANAGE_GUILD)
    .union(serenity::Permissions::MANAGE_ROLES)
    .union(serenity::Permissions::MANAGE_CHANNELS)
    .union(serenity::Permissions::MANAGE_WEBHOOKS)
    .union(serenity::Permissions::MANAGE_MESSAGES)
    .union(serenity::Permissions::KICK_MEMBERS)
    .union(serenity::Permissions::BAN_MEMBERS)
    .union(serenity::Permissions::MODERATE_MEMBERS);

/// Who may come in without an invitation.
#[derive(Debug, Clone, Copy, poise::ChoiceParameter)]
pub enum AccessChoice {
    #[name = "private: only with an invitation"]
    Private,
    #[name = "public: anyone in the server may /join"]
    Public,
}

impl From<AccessChoice> for Access {
    fn from(c: AccessChoice) -> Self {
        match c {
            AccessChoice::Private => Access::Private,
            AccessChoice::Public => Access::Public,
        }
    }
}

/// Whether joins wait for a moderator's approval.
#[derive(Debug, Clone, Copy, poise::ChoiceParameter)]
pub enum ApprovalChoice {
    #[name = "on: a moderator approves each newcomer"]
    On,
    #[name = "off: codes, buttons and links admit at once"]
    Off,
}

/// Set up this server as a school, or change its settings
#[poise::command(
    slash_command,
    guild_only,
    subcommands(
        "setup",
        "info",
        "check",
        "forget",
        "super::roles::roles",
        "school_export",
        "super::pause::pause",
        "super::pause::resume"
    ),
    subcommand_required
)]
pub async fn school(_ctx: Context<'_>) -> Result<(), Error> {
    Ok(())
}

/// Create or update this server's school (needs manage)
#[poise::command(slash_command, guild_only)]
#[allow(clippy::too_many_arguments)] // one argument per option of the slash command
async fn setup(
    ctx: Context<'_>,
    #[description = "The role everyone who joins gets"] member_role: serenity::Role,
    #[description = "Who may join: private (invitation only, the default) or public"]
    access: Option<AccessChoice>,
    #[description = "Where invite links lead (default: the system channel)"]
    #[channel_types("Text", "News")]
    welcome_channel: Option<serenity::PartialChannel>,
    #[description = "Where Porter posts joins, revocations and warnings"]
    #[channel_types("Text", "News")]
    log_channel: Option<serenity::PartialChannel>,
    #[description = "on: newcomers wait for a moderator to approve them (off by default)"]
    approval: Option<ApprovalChoice>,
    #[description = "Where join requests go, with Approve / Deny buttons (default: the log channel)"]
    #[channel_types("Text", "News")]
    approval_channel: Option<serenity::PartialChannel>,
    #[description = "Posted in the welcome channel when someone joins: {user} {school} {inviter}; off removes it"]
    #[max_length = 1000]
    welcome_message: Option<String>,
) -> Result<(), Error> {
    let (guild_id, actor) = guild_actor(ctx)?;
    let lang = lang::reader(ctx);
    // Read before anything is written: a refused message changes nothing.
    let welcome = welcome_message.as_deref().map(parse_welcome).transpose()?;
    for channel in welcome_channel
        .iter()
        .chain(&log_channel)
        .chain(&approval_channel)
    {
        ensure_text_channel(channel)?;
        ensure_moderator_can_post(channel)?;
    }
    let (actor_top_position, warnings) = {
        let guild = ctx
            .cache()
            .guild(guild_id)
            .ok_or_else(|| anyhow::anyhow!("guild {guild_id} is not in the cache"))?;
        let top =
            (guild.owner_id.get() != actor.user_id.get()).then(|| top_position(&guild, &actor));
        (
            top,
            porter_warnings(
                lang,
                &guild,
                ctx.cache().current_user().id,
                &member_role,
                welcome_channel.as_ref().map(|c| c.id),
                log_channel.as_ref().map(|c| c.id),
            ),
        )
    };
    let domain = &ctx.data().domain;
    if matches!(approval, Some(ApprovalChoice::On)) && approval_channel.is_none() {
        // Requests need a channel where moderators see them.
        let existing = domain.find_school(guild_id.into()).await?;
        let settings = domain.approval_settings(guild_id.into()).await?;
        let log = existing.and_then(|s| s.log_channel_id);
        if log_channel.is_none() && log.is_none() && settings.channel_id.is_none() {
            return Err(Error::User(msg!("school-approval-needs-channel")));
        }
    }
    let approval_channel_id = approval_channel.map(|c| c.id.into());
    let setup = SchoolSetup {
        member_role: role_facts(guild_id, &member_role),
        actor_top_position,
        access: access.map(Access::from),
        welcome_channel_id: welcome_channel.map(|c| c.id.into()),
        log_channel_id: log_channel.map(|c| c.id.into()),
    };
    let (school, created) = ctx
        .data()
        .domain
        .setup_school(guild_id.into(), &actor, &setup)
        .await?;
    let approval = match (approval, approval_channel_id) {
        (None, None) => domain.approval_settings(guild_id.into()).await?,
        (on, channel) => {
            domain
                .set_approval(
                    guild_id.into(),
                    &actor,
                    on.map(|c| matches!(c, ApprovalChoice::On)),
                    channel,
                )
                .await?
        }
    };
    let school = match &welcome {
        Some(change) => {
            let domain = &ctx.data().domain;
            domain
                .set_welcome_message(guild_id.into(), &actor, change)
                .await?;
            domain.school(guild_id.into()).await?
        }
        None => school,
    };
    if created {
        // The baseline that tells which invitation's link a newcomer used.
        ctx.data().reception.follow(guild_id).await;
    }
    let mut embed = render::school_settings(lang, &school, created);
    if approval.on {
        let channel = approval.channel_id.or(school.log_channel_id);
        let channel = channel.map_or_else(
            || t!(lang, "school-approval-nowhere"),
            |c| format!("<#{c}>"),
        );
        embed = embed.field(
            t!(lang, "school-approval-field"),
            t!(lang, "school-approval-on", channel = channel),
            false,
        );
    }
    if !warnings.is_empty() {
        embed = embed.field(t!(lang, "school-fix-field"), warnings.join("\n"), false);
    } else if created {
        embed = embed.field(
            t!(lang, "school-next-field"),
            t!(lang, "school-next"),
            false,
        );
    }
    reply_embed(ctx, embed).await
}

/// What Porter checks about a role before newcomers may be handed it.
pub(super) fn role_facts(guild_id: serenity::GuildId, role: &serenity::Role) -> RoleFacts {
    RoleFacts {
        id: role.id.into(),
        position: role.position,
        is_everyone: role.id.get() == guild_id.get(),
        managed: role.managed,
        privileged: role.permissions.intersects(PRIVILEGED),
    }
}

/// The highest position among Porter's roles in `guild`; `None` when Porter owns it (or
/// is not among its members in the cache), which no role order limits.
pub(super) fn porter_top_position(guild: &serenity::Guild, me: serenity::UserId) -> Option<u16> {
    if guild.owner_id == me {
        return None;
    }
    let member = guild.members.get(&me)?;
    Some(
        member
            .roles
            .iter()
            .filter_map(|r| guild.roles.get(r))
            .map(|r| r.position)
            .max()
            .unwrap_or(0),
    )
}

/// What would stop Porter from doing its job with these settings, each with its fix.
fn porter_warnings(
    lang: Lang,
    guild: &serenity::Guild,
    me: serenity::UserId,
    member_role: &serenity::Role,
    welcome: Option<serenity::ChannelId>,
    log: Option<serenity::ChannelId>,
) -> Vec<String> {
    let mut warnings = Vec::new();
    let Some(member) = guild.members.get(&me) else {
        return warnings;
    };
    let permissions = guild.member_permissions(member);
    if !permissions.manage_roles() {
        warnings.push(t!(lang, "check-no-manage-roles"));
    }
    if !permissions.manage_guild() {
        warnings.push(t!(lang, "check-no-manage-server"));
    }
    if porter_top_position(guild, me).is_some_and(|top| member_role.position >= top) {
        let role = format!("<@&{}>", member_role.id);
        warnings.push(t!(lang, "check-role-too-high", role = role));
    }
    let channel_perms = |id: serenity::ChannelId| {
        guild
            .channels
            .get(&id)
            .map(|c| guild.user_permissions_in(c, member))
    };
    if welcome.is_none() && !permissions.create_instant_invite() {
        warnings.push(t!(lang, "check-no-create-invite"));
    }
    if let Some(welcome) = welcome {
        let invite_here =
            serenity::Permissions::VIEW_CHANNEL | serenity::Permissions::CREATE_INSTANT_INVITE;
        match channel_perms(welcome) {
            None => warnings.push(t!(
                lang,
                "check-welcome-channel-gone",
                channel = format!("<#{welcome}>")
            )),
            Some(p) if !p.contains(invite_here) => warnings.push(t!(
                lang,
                "check-no-invites-in-channel",
                channel = format!("<#{welcome}>")
            )),
            Some(_) => {}
        }
    }
    if let Some(log) = log {
        let needed = serenity::Permissions::VIEW_CHANNEL
            | serenity::Permissions::SEND_MESSAGES
            | serenity::Permissions::EMBED_LINKS;
        match channel_perms(log) {
            None => warnings.push(t!(
                lang,
                "check-log-channel-gone",
                channel = format!("<#{log}>")
            )),
            Some(p) if !p.contains(needed) => warnings.push(t!(
                lang,
                "check-cannot-post-in-channel",
                channel = format!("<#{log}>")
            )),
            Some(_) => {}
        }
    }
    warnings
}

/// Discord's own gates for newcomers that an invitation's link skips: Membership Screening
/// (the rules to accept) and the verification level. Discord lets a member who holds a role
/// past both, and a link gives the member role as the person arrives.
fn gate_skipped(lang: Lang, guild: &serenity::Guild) -> Option<String> {
    let screening = guild
        .features
        .iter()
        .any(|f| f == "MEMBER_VERIFICATION_GATE_ENABLED");
    let level = match u8::from(guild.verification_level) {
        0 => None,
        1 => Some(t!(lang, "check-level-low")),
        2 => Some(t!(lang, "check-level-medium")),
        3 => Some(t!(lang, "check-level-high")),
        _ => Some(t!(lang, "check-level-highest")),
    };
    let gate = match (screening, &level) {
        (false, None) => return None,
        (true, None) => "screening",
        (false, Some(_)) => "level",
        (true, Some(_)) => "both",
    };
    Some(t!(
        lang,
        "check-gate-skipped",
        gate = gate,
        level = level.unwrap_or_default()
    ))
}

/// Show this school's settings and counts
#[poise::command(slash_command, guild_only)]
async fn info(ctx: Context<'_>) -> Result<(), Error> {
    let (guild_id, actor) = guild_actor(ctx)?;
    let info = ctx
        .data()
        .domain
        .school_info(guild_id.into(), &actor)
        .await?;
    let lang = lang::reader(ctx);
    let name = guild_name(lang, ctx.cache(), guild_id);
    let picture = Picture::of(
        &ctx.data().domain,
        guild_id.into(),
        ChartOf::School,
        name.clone(),
        lang,
    )
    .await;
    let embed = render::school_info(lang, &info, &name);
    let reply = chart::reply(
        poise::CreateReply::default().ephemeral(true),
        embed,
        picture,
    );
    ctx.send(reply).await?;
    Ok(())
}

/// Check what would stop Porter from working here, each with its fix (needs manage)
#[poise::command(slash_command, guild_only)]
async fn check(ctx: Context<'_>) -> Result<(), Error> {
    let (guild_id, actor) = guild_actor(ctx)?;
    let lang = lang::reader(ctx);
    let domain = &ctx.data().domain;
    domain
        .require(guild_id.into(), &actor, Permission::Manage)
        .await?;
    let school = domain.find_school(guild_id.into()).await?;
    let mut problems = {
        let guild = ctx
            .cache()
            .guild(guild_id)
            .ok_or_else(|| anyhow::anyhow!("guild {guild_id} is not in the cache"))?;
        let me = ctx.cache().current_user().id;
        match &school {
            None => vec![t!(lang, "check-not-a-school")],
            Some(school) => {
                let role = serenity::RoleId::from(school.member_role_id);
                let mut problems = match guild.roles.get(&role) {
                    Some(member_role) => porter_warnings(
                        lang,
                        &guild,
                        me,
                        member_role,
                        school.welcome_channel_id.map(serenity::ChannelId::from),
                        school.log_channel_id.map(serenity::ChannelId::from),
                    ),
                    None => vec![t!(lang, "check-member-role-gone")],
                };
                problems.extend(gate_skipped(lang, &guild));
                problems
            }
        }
    };
    if !ctx.data().member_events {
        problems.push(t!(lang, "check-members-intent-off"));
    }
    let description = if problems.is_empty() {
        t!(lang, "check-all-good")
    } else {
        problems.join("\n")
    };
    let embed = serenity::CreateEmbed::new()
        .title(t!(lang, "check-title"))
        .colour(if problems.is_empty() {
            render::GREEN
        } else {
            render::GREY
        })
        .description(description);
    reply_embed(ctx, embed).await
}

/// Erase everything Porter holds about this server, now (server administrators only)
#[poise::command(slash_command, guild_only)]
async fn forget(ctx: Context<'_>) -> Result<(), Error> {
    crate::discord::retention::ask_to_forget(ctx).await
}
