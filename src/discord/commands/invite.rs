//! `/invite create|share|revoke|list|info` (`/invite export` is in [`super::export`], `/invite
//! roster` in [`super::roster`]).

use poise::serenity_prelude as serenity;

use super::export::invite_export;
use super::roster::roster;
use super::{
    ensure_moderator_can_post, ensure_text_channel, guild_name, personal, reply_embed, reply_text,
};
use crate::discord::chart::{self, Picture};
use crate::discord::error::{code, discord_code, refusal};
use crate::discord::{
    actor::guild_actor, lang, links, notify, paging, render, sweep, Context, Error,
};
use crate::domain::{
    Actor, ChartOf, Invitation, InvitationRequest, PageAt, Permission, ShareTarget, PAGE_SIZE,
};
use crate::i18n::{msg, t, Lang};
use crate::logging::Chain;
use crate::service::metrics;

/// Most suggestions Discord shows for autocomplete.
const SUGGESTIONS: u32 = 25;

/// Create, share and revoke invitations
#[poise::command(
    slash_command,
    guild_only,
    subcommands("create", "share", "revoke", "list", "info", "invite_export", "roster"),
    subcommand_required
)]
pub async fn invite(_ctx: Context<'_>) -> Result<(), Error> {
    Ok(())
}

/// Create an invitation: you get a link and a code to share (needs create)
#[poise::command(slash_command, guild_only)]
#[allow(clippy::too_many_arguments)] // one argument per option of the slash command
async fn create(
    ctx: Context<'_>,
    #[description = "A name to tell it apart, e.g. \"Year 7 parents\" (up to 100 characters)"]
    label: Option<String>,
    #[description = "How many people may join with it (1 to 10000; default: no limit)"]
    #[min = 1]
    #[max = 10000]
    max_uses: Option<i64>,
    #[description = "How long it works, e.g. 30m, 12h, 7d, 2w (default: until revoked)"]
    expires_in: Option<String>,
    #[description = "Also send it to this person in a DM (needs share)"] dm: Option<serenity::User>,
    #[description = "Also post it with a Join button in this channel (needs share)"]
    #[channel_types("Text", "News")]
    channel: Option<serenity::PartialChannel>,
    #[description = "Make it personal: only this person can use it, once (sent to them in a DM)"]
    #[rename = "for"]
    for_user: Option<serenity::User>,
    #[description = "With for: send it to that person in a DM (default: yes, with share)"]
    send: Option<bool>,
    #[description = "Also give this class role (from /school roles list)"] role: Option<
        serenity::Role,
    >,
    #[description = "Also give this class role"] role2: Option<serenity::Role>,
    #[description = "Also give this class role"] role3: Option<serenity::Role>,
    #[description = "When the class roles end, e.g. 2026-07-15 or 12w (default: never)"]
    roles_until: Option<String>,
    #[description = "Also send it by email to this address (needs share)"] email: Option<String>,
) -> Result<(), Error> {
    let (guild_id, actor) = guild_actor(ctx)?;
    let reader = lang::reader(ctx);
    let emailing = super::email::check(ctx, email.as_deref())?;
    let domain = &ctx.data().domain;
    let request = InvitationRequest {
        label,
        max_uses,
        expires_in,
    };
    let (school, new) = domain
        .prepare_invitation(guild_id.into(), &actor, &request)
        .await?;
    let roles = super::roles::picked([role, role2, role3]);
    let new = domain
        .prepare_class_roles(guild_id.into(), new, &roles, roles_until.as_deref())
        .await?;
    let new = match &for_user {
        Some(user) => {
            personal::check_create(user, dm.as_ref(), channel.is_some())?;
            new.personal(user.id.into())?
        }
        None if send.is_some() => return Err(personal::send_without_for()),
        None => new,
    };
    let may_share = domain
        .permissions_of(guild_id.into(), &actor)
        .await?
        .allows(Permission::Share);
    if (dm.is_some() || channel.is_some() || emailing.is_some()) && !may_share {
        return Err(Error::User(msg!("invite-create-may-not-share")));
    }
    // A personal invitation goes to its person by DM unless the moderator said not to (or
    // may not have Porter share invitations, and did not ask for it).
    let (dm, unsent) = match &for_user {
        Some(user) => personal::delivery(reader, user, send, may_share)?,
        None => (dm, None),
    };
    if let Some(channel) = &channel {
        ensure_text_channel(channel)?;
        ensure_moderator_can_post(channel)?;
    }
    ctx.defer_ephemeral().await?;
    let reason = format!("Porter: invitation created by user {}", actor.user_id);
    let link = links::create(
        ctx.http(),
        ctx.cache(),
        &school,
        new.max_uses(),
        new.recipient(),
        new.roles(),
        &reason,
    )
    .await?;
    let invitation = match domain
        .create_invitation(guild_id.into(), &actor, &new, Some(link.clone()))
        .await
    {
        Ok(invitation) => invitation,
        Err(e) => {
            // Leave nothing behind on Discord's side either.
            if let Err(de) = links::delete(ctx.http(), &link, "Porter: invitation not saved").await
            {
                tracing::warn!(error = %Chain(&de), "could not delete the invite of an unsaved invitation");
            }
            return Err(e.into());
        }
    };
    tracing::info!(guild = %guild_id, invitation = %invitation.id, by = %actor.user_id, recipient = ?invitation.recipient, roles = ?invitation.roles, roles_until = ?invitation.roles_until, "invitation created");
    let mut notes = deliver(ctx, &actor, &invitation, dm.as_ref(), channel.as_ref()).await?;
    notes.extend(unsent);
    if let Some((mailer, address)) = &emailing {
        notes.push(super::email::send(ctx, &actor, &invitation, mailer, address).await?);
    }
    let mut embed = render::created(reader, &invitation, domain.now());
    if !notes.is_empty() {
        embed = embed.field(t!(reader, "invite-field-shared"), notes.join("\n"), false);
    }
    reply_embed(ctx, embed).await
}

/// Have Porter DM an invitation to someone or post it in a channel (needs share)
#[poise::command(slash_command, guild_only)]
async fn share(
    ctx: Context<'_>,
    #[description = "The invitation's code"]
    #[autocomplete = "autocomplete_code"]
    code: String,
    #[description = "Send it to this person in a DM"] dm: Option<serenity::User>,
    #[description = "Post it with a Join button in this channel"]
    #[channel_types("Text", "News")]
    channel: Option<serenity::PartialChannel>,
    #[description = "Send it by email to this address"] email: Option<String>,
) -> Result<(), Error> {
    let (guild_id, actor) = guild_actor(ctx)?;
    if dm.is_none() && channel.is_none() && email.is_none() {
        return Err(Error::User(msg!("invite-share-where")));
    }
    let emailing = super::email::check(ctx, email.as_deref())?;
    if let Some(channel) = &channel {
        ensure_text_channel(channel)?;
        ensure_moderator_can_post(channel)?;
    }
    let (_, invitation) = ctx
        .data()
        .domain
        .prepare_share(guild_id.into(), &actor, &code)
        .await?;
    invitation.ensure_shareable(dm.as_ref().map(|u| u.id.into()), channel.is_some())?;
    ctx.defer_ephemeral().await?;
    let mut notes = deliver(ctx, &actor, &invitation, dm.as_ref(), channel.as_ref()).await?;
    if let Some((mailer, address)) = &emailing {
        notes.push(super::email::send(ctx, &actor, &invitation, mailer, address).await?);
    }
    reply_text(ctx, notes.join("\n")).await
}

/// The names of the class roles a join through the invitation gets now, as the cache knows
/// them (a role it does not know is left out).
fn class_role_names(ctx: Context<'_>, invitation: &Invitation) -> Vec<String> {
    let Some(guild) = ctx
        .cache()
        .guild(serenity::GuildId::from(invitation.guild_id))
    else {
        return Vec::new();
    };
    invitation
        .roles_at(ctx.data().domain.now())
        .iter()
        .filter_map(|r| guild.roles.get(&serenity::RoleId::from(*r)))
        .map(|r| r.name.clone())
        .collect()
}

/// DMs and/or posts an invitation, recording each share. Returns a line per target saying
/// how it went; a target Discord refuses is reported, not an error.
async fn deliver(
    ctx: Context<'_>,
    actor: &Actor,
    invitation: &Invitation,
    dm: Option<&serenity::User>,
    channel: Option<&serenity::PartialChannel>,
) -> Result<Vec<String>, Error> {
    let domain = &ctx.data().domain;
    // Notes are for the moderator; the post is for the whole server.
    let reader = lang::reader(ctx);
    let server = lang::server(ctx);
    let school_name = guild_name(server, ctx.cache(), invitation.guild_id);
    let me = serenity::UserId::from(actor.user_id);
    let mut notes = Vec::new();
    if let Some(user) = dm {
        let mention = format!("<@{}>", user.id);
        let note = if user.bot {
            t!(reader, "invite-dm-bot", user = mention)
        } else {
            match dm_invitation(ctx, actor, invitation, user.id).await? {
                Dm::Sent => t!(reader, "invite-dm-sent", user = mention),
                Dm::Closed if invitation.recipient.is_some() => {
                    personal::undelivered(reader, user.id)
                }
                Dm::Closed => t!(reader, "invite-dm-closed", user = mention),
                Dm::Refused(why) => t!(reader, "invite-dm-refused", user = mention, why = why),
            }
        };
        notes.push(note);
    }
    if let Some(channel) = channel {
        let message = serenity::CreateMessage::new()
            .embed(render::post(
                server,
                invitation,
                &school_name,
                me,
                domain.now(),
            ))
            .components(vec![render::join_button(server, invitation)])
            .allowed_mentions(serenity::CreateAllowedMentions::new());
        let note = match channel
            .id
            .send_message(ctx.http(), message)
            .await
            .inspect_err(metrics::rest_error)
        {
            Ok(posted) => {
                let target = ShareTarget::Channel {
                    channel_id: channel.id.into(),
                    message_id: posted.id.into(),
                };
                domain.record_share(invitation, actor, target).await?;
                t!(
                    reader,
                    "invite-posted",
                    channel = format!("<#{}>", channel.id)
                )
            }
            Err(e)
                if matches!(
                    discord_code(&e),
                    Some(code::MISSING_PERMISSIONS | code::MISSING_ACCESS)
                ) =>
            {
                t!(
                    reader,
                    "invite-post-forbidden",
                    channel = format!("<#{}>", channel.id)
                )
            }
            Err(e) => {
                tracing::warn!(error = %e, "posting an invitation failed");
                t!(
                    reader,
                    "invite-post-refused",
                    channel = format!("<#{}>", channel.id),
                    why = refusal(&e)
                )
            }
        };
        notes.push(note);
    }
    Ok(notes)
}

/// How a DM of an invitation went.
pub(super) enum Dm {
    Sent,
    /// The person does not accept DMs from Porter, or shares no server with it.
    Closed,
    /// Discord refused for another reason (why, in a few words).
    Refused(String),
}

/// DMs an invitation to `user`, recording the share when it went out.
pub(super) async fn dm_invitation(
    ctx: Context<'_>,
    actor: &Actor,
    invitation: &Invitation,
    user: serenity::UserId,
) -> Result<Dm, Error> {
    // Someone who did not ask reads it: in the server's language.
    let server = lang::server(ctx);
    let school_name = guild_name(server, ctx.cache(), invitation.guild_id);
    let me = serenity::UserId::from(actor.user_id);
    let roles = class_role_names(ctx, invitation);
    let message = serenity::CreateMessage::new().embed(render::dm(
        server,
        invitation,
        &school_name,
        me,
        &roles,
    ));
    match user
        .direct_message(ctx.http(), message)
        .await
        .inspect_err(metrics::rest_error)
    {
        Ok(_) => {
            ctx.data()
                .domain
                .record_share(invitation, actor, ShareTarget::Dm(user.into()))
                .await?;
            Ok(Dm::Sent)
        }
        Err(e) if discord_code(&e) == Some(code::CANNOT_DM) => Ok(Dm::Closed),
        Err(e) => {
            tracing::warn!(error = %e, "sending an invitation DM failed");
            Ok(Dm::Refused(refusal(&e)))
        }
    }
}

/// Revoke an invitation: its code and link stop working at once (needs revoke)
#[poise::command(slash_command, guild_only)]
async fn revoke(
    ctx: Context<'_>,
    #[description = "The invitation's code"]
    #[autocomplete = "autocomplete_code"]
    code: String,
) -> Result<(), Error> {
    let (guild_id, actor) = guild_actor(ctx)?;
    let domain = &ctx.data().domain;
    let invitation = domain
        .revoke_invitation(guild_id.into(), &actor, &code)
        .await?;
    tracing::info!(guild = %guild_id, invitation = %invitation.id, by = %actor.user_id, "invitation revoked");
    ctx.defer_ephemeral().await?;
    let reader = lang::reader(ctx);
    let label = render::label(reader, &invitation);
    let code = invitation.code.to_string();
    let mut text = match invitation
        .link
        .as_ref()
        .filter(|_| invitation.link_gone_at.is_none())
    {
        Some(link) => {
            let reason = format!("Porter: invitation revoked by user {}", actor.user_id);
            match links::delete(ctx.http(), link, &reason).await {
                Ok(()) => {
                    domain.mark_link_gone(invitation.id).await?;
                    t!(
                        reader,
                        "invite-revoked-link-deleted",
                        label = label,
                        code = code
                    )
                }
                Err(e) => {
                    tracing::warn!(error = %Chain(&e), invitation = %invitation.id, "could not delete a revoked invitation's invite");
                    t!(
                        reader,
                        "invite-revoked-link-kept",
                        label = label,
                        code = code,
                        link = render::inline(&link.code, 40)
                    )
                }
            }
        }
        None => t!(reader, "invite-revoked", label = label, code = code),
    };
    // Its channel posts say so, their Join button disabled.
    sweep::close_posts(ctx.http(), ctx.cache(), domain, &invitation).await;
    if invitation.uses > 0 {
        text.push(' ');
        text.push_str(&kept_text(reader, &invitation));
    }
    let school = domain.school(guild_id.into()).await?;
    notify::log_line(
        ctx.http(),
        &school,
        notify::revoke_line(lang::server(ctx), actor.user_id, &invitation),
    )
    .await;
    reply_text(ctx, text).await
}

/// "The 3 people who joined through it keep their membership (and its class roles)." for
/// the reply to a revoke of a used invitation.
fn kept_text(lang: Lang, invitation: &Invitation) -> String {
    let count = invitation.uses;
    if invitation.roles.is_empty() {
        return t!(lang, "invite-revoked-kept", count = count);
    }
    let roles = crate::discord::term::roles_text(invitation);
    match invitation.roles_until {
        Some(at) => t!(
            lang,
            "invite-revoked-kept-roles-until",
            count = count,
            roles = roles,
            until = render::full(at)
        ),
        None => t!(
            lang,
            "invite-revoked-kept-roles",
            count = count,
            roles = roles
        ),
    }
}

/// List this school's invitations (needs create, revoke or manage)
#[poise::command(slash_command, guild_only)]
async fn list(
    ctx: Context<'_>,
    #[description = "Also show revoked, expired and used-up invitations"] include_inactive: Option<
        bool,
    >,
) -> Result<(), Error> {
    let (guild_id, actor) = guild_actor(ctx)?;
    let include_inactive = include_inactive.unwrap_or(false);
    let domain = &ctx.data().domain;
    let page = domain
        .list_invitations(
            guild_id.into(),
            &actor,
            include_inactive,
            PageAt::First,
            PAGE_SIZE,
        )
        .await?;
    let (embed, buttons) = paging::invitations(
        lang::reader(ctx),
        &page,
        include_inactive,
        0,
        actor.user_id.get(),
        domain.now(),
    );
    reply_page(ctx, embed, buttons).await
}

/// Show one invitation and who joined through it (needs create, revoke or manage)
#[poise::command(slash_command, guild_only)]
async fn info(
    ctx: Context<'_>,
    #[description = "The invitation's code"]
    #[autocomplete = "autocomplete_code"]
    code: String,
) -> Result<(), Error> {
    let (guild_id, actor) = guild_actor(ctx)?;
    let domain = &ctx.data().domain;
    let details = domain
        .invitation_details(guild_id.into(), &actor, &code)
        .await?;
    let (embed, buttons) = paging::joins(
        lang::reader(ctx),
        &details,
        0,
        actor.user_id.get(),
        domain.now(),
    );
    // A chart of its joins per day, when anyone joined through it.
    let picture = match details.joined {
        0 => None,
        _ => {
            let lang = crate::discord::lang::reader(ctx);
            let school = guild_name(lang, ctx.cache(), guild_id);
            let name = chart::invitation_title(&school, &details.invitation);
            let of = ChartOf::Invitation(details.invitation.id);
            Picture::of(domain, guild_id.into(), of, name, lang).await
        }
    };
    let reply = poise::CreateReply::default()
        .components(buttons)
        .ephemeral(true);
    ctx.send(chart::reply(reply, embed, picture)).await?;
    Ok(())
}

/// Sends an ephemeral page of a list, with its Previous / Next buttons.
async fn reply_page(
    ctx: Context<'_>,
    embed: serenity::CreateEmbed,
    buttons: Vec<serenity::CreateActionRow>,
) -> Result<(), Error> {
    let reply = poise::CreateReply::default()
        .embed(embed)
        .components(buttons)
        .ephemeral(true);
    ctx.send(reply).await?;
    Ok(())
}

/// Suggests the school's active invitations to moderators who may share or revoke them.
pub(super) async fn autocomplete_code(
    ctx: Context<'_>,
    partial: &str,
) -> serenity::CreateAutocompleteResponse {
    let suggestions = match guild_actor(ctx) {
        Ok((guild_id, actor)) => ctx
            .data()
            .domain
            .suggest_invitations(guild_id.into(), &actor, partial, SUGGESTIONS)
            .await
            .unwrap_or_else(|e| {
                tracing::warn!(error = %e, "invitation autocomplete failed");
                Vec::new()
            }),
        Err(_) => Vec::new(),
    };
    let reader = lang::reader(ctx);
    let choices = suggestions
        .iter()
        .map(|inv| {
            let label = inv
                .label
                .clone()
                .unwrap_or_else(|| t!(reader, "render-label-none", id = inv.id.to_string()));
            let name = format!(
                "{} · {} · {}",
                inv.code,
                render::inline(&label, 60),
                render::uses_text(reader, inv)
            );
            serenity::AutocompleteChoice::new(name, inv.code.to_string())
        })
        .collect();
    serenity::CreateAutocompleteResponse::new().set_choices(choices)
}
