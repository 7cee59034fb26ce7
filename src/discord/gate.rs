//! The domain's [`Gatekeeper`] over Discord's API: looking members up and granting the
//! member role.

use poise::serenity_prelude as serenity;

use super::error::{code, discord_code, http_status, refusal};
use crate::domain::{Gatekeeper, GrantError, Invitation, Membership, RoleId, School, UserId};
use crate::i18n::t;
use crate::service::metrics;

/// Grants roles through Discord's REST API.
pub struct DiscordGate<'a> {
    pub http: &'a serenity::Http,
    pub cache: &'a serenity::Cache,
    /// The invoking member's roles when the interaction came with them (no lookup needed).
    pub known: Option<&'a serenity::Member>,
}

impl Gatekeeper for DiscordGate<'_> {
    async fn membership(&self, school: &School, user_id: UserId) -> Result<Membership, GrantError> {
        let role = serenity::RoleId::from(school.member_role_id);
        if let Some(member) = self.known.filter(|m| {
            m.guild_id.get() == school.guild_id.get() && m.user.id.get() == user_id.get()
        }) {
            return Ok(Membership::InServer {
                has_member_role: member.roles.contains(&role),
            });
        }
        let guild = serenity::GuildId::from(school.guild_id);
        match self
            .http
            .get_member(guild, serenity::UserId::from(user_id))
            .await
            .inspect_err(metrics::rest_error)
        {
            Ok(member) => Ok(Membership::InServer {
                has_member_role: member.roles.contains(&role),
            }),
            Err(e)
                if matches!(
                    discord_code(&e),
                    Some(code::UNKNOWN_MEMBER | code::UNKNOWN_USER)
                ) || http_status(&e) == Some(404) =>
            {
                Ok(Membership::NotInServer)
            }
            Err(e) => Err(GrantError::Discord(refusal(&e))),
        }
    }

    async fn grant_member_role(
        &self,
        school: &School,
        user_id: UserId,
        invitation: Option<&Invitation>,
    ) -> Result<(), GrantError> {
        let guild = serenity::GuildId::from(school.guild_id);
        // The audit log is the server's: its language.
        let lang = super::lang::of_server(self.cache, guild);
        let reason = match invitation {
            Some(inv) => t!(
                lang,
                "error-audit-joined-invitation",
                invitation = inv.id.to_string(),
                user = inv.created_by.to_string()
            ),
            None => t!(lang, "error-audit-joined-public"),
        };
        let role = serenity::RoleId::from(school.member_role_id);
        match self
            .http
            .add_member_role(guild, serenity::UserId::from(user_id), role, Some(&reason))
            .await
            .inspect_err(metrics::rest_error)
        {
            Ok(()) => Ok(()),
            Err(e) => Err(self.grant_error(guild, &e, "the member role")),
        }
    }

    async fn grant_role(
        &self,
        school: &School,
        user_id: UserId,
        role_id: RoleId,
        invitation: &Invitation,
    ) -> Result<(), GrantError> {
        let guild = serenity::GuildId::from(school.guild_id);
        let reason = t!(
            super::lang::of_server(self.cache, guild),
            "error-audit-class-role",
            invitation = invitation.id.to_string(),
            user = invitation.created_by.to_string()
        );
        self.http
            .add_member_role(
                guild,
                serenity::UserId::from(user_id),
                serenity::RoleId::from(role_id),
                Some(&reason),
            )
            .await
            .inspect_err(metrics::rest_error)
            .map_err(|e| self.grant_error(guild, &e, "a class role"))
    }

    async fn remove_role(
        &self,
        school: &School,
        user_id: UserId,
        role_id: RoleId,
        reason: &str,
    ) -> Result<(), GrantError> {
        let guild = serenity::GuildId::from(school.guild_id);
        match self
            .http
            .remove_member_role(
                guild,
                serenity::UserId::from(user_id),
                serenity::RoleId::from(role_id),
                Some(reason),
            )
            .await
            .inspect_err(metrics::rest_error)
        {
            Ok(()) => Ok(()),
            // Not in the server any more, or the role is gone: nothing to take.
            Err(e)
                if matches!(
                    discord_code(&e),
                    Some(code::UNKNOWN_MEMBER | code::UNKNOWN_USER | code::UNKNOWN_ROLE)
                ) =>
            {
                Ok(())
            }
            Err(e) => Err(self.grant_error(guild, &e, "removing a role")),
        }
    }
}

impl DiscordGate<'_> {
    /// Why Discord refused to change a member's role (`what`, for the log).
    fn grant_error(&self, guild: serenity::GuildId, e: &serenity::Error, what: &str) -> GrantError {
        match discord_code(e) {
            Some(code::MISSING_PERMISSIONS) => {
                if self.porter_can_manage_roles(guild) == Some(false) {
                    GrantError::MissingManageRoles
                } else {
                    GrantError::RoleAbovePorter
                }
            }
            Some(code::UNKNOWN_ROLE) => GrantError::RoleGone,
            _ => {
                tracing::warn!(error = %e, guild = %guild, "{what}: Discord refused the role change");
                GrantError::Discord(refusal(e))
            }
        }
    }

    /// Whether Porter holds Manage Roles in the server, as far as the cache knows.
    fn porter_can_manage_roles(&self, guild_id: serenity::GuildId) -> Option<bool> {
        let me = self.cache.current_user().id;
        let guild = self.cache.guild(guild_id)?;
        let member = guild.members.get(&me)?;
        let permissions = guild.member_permissions(member);
        Some(
            permissions.contains(serenity::Permissions::MANAGE_ROLES)
                || permissions.administrator(),
        )
    }
}
