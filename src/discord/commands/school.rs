//! `/school setup`, `/school info`, `/school check` and `/school forget`.

use poise::serenity_prelude as serenity;

use super::export::school_export;
use super::{ensure_moderator_can_post, ensure_text_channel, guild_name, reply_embed};
use crate::discord::actor::{guild_actor, top_position};
use crate::discord::chart::{self, Picture};
use crate::discord::{render, Context, Error};
use crate::domain::{parse_welcome, Access, ChartOf, Permission, RoleFacts, SchoolSetup};

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
            return Err(Error::User(
                "Join requests need a channel where moderators see them. Nothing changed. \
                 Run `/school setup` again with `approval_channel:` (or `log_channel:`)."
                    .to_owned(),
            ));
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
    let mut embed = render::school_settings(crate::i18n::Lang::ENGLISH, &school, created);
    if approval.on {
        let channel = approval.channel_id.or(school.log_channel_id);
        embed = embed.field(
            "Approval",
            format!(
                "on: codes, buttons and links put newcomers in a queue; requests go to {} \
                 with Approve / Deny buttons (manage, or the **approve** permission). Links \
                 made from now on grant no role; someone arriving through an older link has \
                 the roles Discord gave taken back and waits too.",
                channel.map_or_else(|| "nowhere yet".to_owned(), |c| format!("<#{c}>"))
            ),
            false,
        );
    }
    if !warnings.is_empty() {
        embed = embed.field(
            "Fix these before inviting anyone",
            warnings.join("\n"),
            false,
        );
    } else if created {
        embed = embed.field(
            "Next",
            "Let moderators hand out invitations with `/permissions grant`, then create one \
             with `/invite create`.",
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
        warnings.push(
            "• Porter lacks **Manage Roles**, so it cannot give anyone the member role. Give \
             Porter's role Manage Roles (Server Settings → Roles)."
                .to_owned(),
        );
    }
    if !permissions.manage_guild() {
        warnings.push(
            "• Porter lacks **Manage Server**, so it cannot see which invitation's link \
             newcomers use, nor delete a link when its invitation is revoked or ends. Give \
             Porter's role Manage Server (Server Settings → Roles)."
                .to_owned(),
        );
    }
    if porter_top_position(guild, me).is_some_and(|top| member_role.position >= top) {
        warnings.push(format!(
            "• <@&{}> is not below Porter's highest role, so Porter cannot grant it. Drag \
             Porter's role above it (Server Settings → Roles).",
            member_role.id
        ));
    }
    let channel_perms = |id: serenity::ChannelId| {
        guild
            .channels
            .get(&id)
            .map(|c| guild.user_permissions_in(c, member))
    };
    let gone = |id: serenity::ChannelId, what: &str| {
        format!("• The {what} <#{id}> no longer exists. Pick another with `/school setup`.")
    };
    if welcome.is_none() && !permissions.create_instant_invite() {
        warnings.push(
            "• Porter lacks **Create Invite**, so it cannot make invitation links. Give \
             Porter's role Create Invite (Server Settings → Roles), or set a welcome channel \
             where it has it with `/school setup welcome_channel:`."
                .to_owned(),
        );
    }
    if let Some(welcome) = welcome {
        let invite_here =
            serenity::Permissions::VIEW_CHANNEL | serenity::Permissions::CREATE_INSTANT_INVITE;
        match channel_perms(welcome) {
            None => warnings.push(gone(welcome, "welcome channel")),
            Some(p) if !p.contains(invite_here) => warnings.push(format!(
                "• Porter may not create invites in <#{welcome}>, so it cannot make \
                 invitation links. Give it View Channel and **Create Invite** there (channel \
                 settings → Permissions)."
            )),
            Some(_) => {}
        }
    }
    if let Some(log) = log {
        let needed = serenity::Permissions::VIEW_CHANNEL
            | serenity::Permissions::SEND_MESSAGES
            | serenity::Permissions::EMBED_LINKS;
        match channel_perms(log) {
            None => warnings.push(gone(log, "log channel")),
            Some(p) if !p.contains(needed) => warnings.push(format!(
                "• Porter cannot post in <#{log}>. Give it View Channel, Send Messages and \
                 Embed Links there."
            )),
            Some(_) => {}
        }
    }
    warnings
}

/// Discord's own gates for newcomers that an invitation's link skips: Membership Screening
/// (the rules to accept) and the verification level. Discord lets a member who holds a role
/// past both, and a link gives the member role as the person arrives.
fn gate_skipped(guild: &serenity::Guild) -> Option<String> {
    let screening = guild
        .features
        .iter()
        .any(|f| f == "MEMBER_VERIFICATION_GATE_ENABLED");
    let level = match u8::from(guild.verification_level) {
        0 => None,
        1 => Some("Low: a verified email"),
        2 => Some("Medium: a verified email and an account older than 5 minutes"),
        3 => Some(
            "High: a verified email, an account older than 5 minutes and 10 minutes in the server",
        ),
        _ => Some("Highest: a verified phone"),
    };
    let gate = match (screening, level) {
        (false, None) => return None,
        (true, None) => "accept its rules (Membership Screening)".to_owned(),
        (false, Some(level)) => format!("meet its verification level ({level})"),
        (true, Some(level)) => format!(
            "accept its rules (Membership Screening) and meet its verification level ({level})"
        ),
    };
    Some(format!(
        "• This server asks newcomers to {gate} before they take part. Discord lets anyone \
         who holds a role skip that, and an invitation's link gives the member role as the \
         person arrives, so people who come in through a link skip it, and Porter cannot \
         hold them back. If that matters, give the member role only what someone who has not \
         passed that gate may do (Server Settings → Roles → the member role, and the \
         channels' permissions for it)."
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
    let name = guild_name(crate::i18n::Lang::ENGLISH, ctx.cache(), guild_id);
    let lang = crate::discord::lang::reader(ctx);
    let picture = Picture::of(
        &ctx.data().domain,
        guild_id.into(),
        ChartOf::School,
        guild_name(lang, ctx.cache(), guild_id),
        lang,
    )
    .await;
    let embed = render::school_info(crate::i18n::Lang::ENGLISH, &info, &name);
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
            None => vec![
                "• This server isn't a school yet. Start with `/school setup member_role:@Members`."
                    .to_owned(),
            ],
            Some(school) => {
                let role = serenity::RoleId::from(school.member_role_id);
                let mut problems = match guild.roles.get(&role) {
                    Some(member_role) => porter_warnings(
                        &guild,
                        me,
                        member_role,
                        school.welcome_channel_id.map(serenity::ChannelId::from),
                        school.log_channel_id.map(serenity::ChannelId::from),
                    ),
                    None => vec![
                        "• The member role no longer exists. Pick another with `/school setup \
                         member_role:`."
                            .to_owned(),
                    ],
                };
                problems.extend(gate_skipped(&guild));
                problems
            }
        }
    };
    if !ctx.data().member_events {
        problems.push(
            "• The **Server Members** intent is off, so Porter cannot see who arrives through \
             an invitation's link: those joins are not counted or logged, and arrivals in a \
             public school do not get the member role. Whoever runs Porter must turn it on \
             (Developer Portal → the application → Bot → Server Members Intent) and restart \
             Porter."
                .to_owned(),
        );
    }
    let description = if problems.is_empty() {
        "✅ Nothing to fix: Porter can create and delete invite links, see who arrives \
         through them, grant the member role and post to the log channel."
            .to_owned()
    } else {
        problems.join("\n")
    };
    let embed = serenity::CreateEmbed::new()
        .title("Porter check")
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
