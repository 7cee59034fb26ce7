//! Sharing invitations (table `invitation_posts`): DMs and channel posts, and closing the
//! posts of invitations that ended.

use sqlx::FromRow;

use super::{
    audit, Actor, ChannelId, Domain, DomainError, GuildId, Invitation, InvitationId, MessageId,
    Permission, School, Status, UserId,
};

/// Where an invitation was shared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShareTarget {
    /// Sent in a direct message to this user.
    Dm(UserId),
    /// Posted as this message in this channel.
    Channel {
        channel_id: ChannelId,
        message_id: MessageId,
    },
}

/// A channel post of an invitation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, FromRow)]
pub struct Post {
    pub channel_id: ChannelId,
    pub message_id: MessageId,
}

/// Erases the channel posts of the school's invitations, inside the caller's transaction.
pub(super) async fn erase_school(
    conn: &mut sqlx::AnyConnection,
    guild_id: GuildId,
) -> Result<u64, sqlx::Error> {
    let done = sqlx::query(
        "DELETE FROM invitation_posts \
         WHERE invitation_id IN (SELECT id FROM invitations WHERE guild_id = $1)",
    )
    .bind(guild_id)
    .execute(conn)
    .await?;
    Ok(done.rows_affected())
}

impl Invitation {
    /// Refuses to share a personal invitation anywhere but in a DM to its recipient: a
    /// channel post or someone else's DM would hand it to people who cannot use it.
    pub fn ensure_shareable(
        &self,
        dm: Option<UserId>,
        in_channel: bool,
    ) -> Result<(), DomainError> {
        match self.recipient {
            Some(recipient) if in_channel || dm.is_some_and(|u| u != recipient) => {
                Err(DomainError::PersonalShare)
            }
            _ => Ok(()),
        }
    }
}

impl Domain {
    /// Checks that `actor` may share the invitation and that it still admits people
    /// ([`DomainError::Inactive`] otherwise: a moderator may learn why).
    pub async fn prepare_share(
        &self,
        guild_id: GuildId,
        actor: &Actor,
        code: &str,
    ) -> Result<(School, Invitation), DomainError> {
        let school = self.school(guild_id).await?;
        self.require(guild_id, actor, Permission::Share).await?;
        let invitation = self.invitation_in(guild_id, code).await?;
        match invitation.status(self.now()) {
            Status::Active => Ok((school, invitation)),
            inactive => Err(DomainError::Inactive(inactive)),
        }
    }

    /// Records that `actor` shared the invitation (after Porter sent it).
    pub async fn record_share(
        &self,
        invitation: &Invitation,
        actor: &Actor,
        target: ShareTarget,
    ) -> Result<(), DomainError> {
        let now = self.now();
        let mut tx = self.db.write(invitation.guild_id).await?;
        let entry = audit::Entry::new(invitation.guild_id, actor.user_id, "invitation_share", now)
            .invitation(invitation.id);
        let entry = match target {
            ShareTarget::Dm(user) => entry.target(user.get()).detail("dm"),
            ShareTarget::Channel {
                channel_id,
                message_id,
            } => {
                sqlx::query(
                    "INSERT INTO invitation_posts (invitation_id, channel_id, message_id, \
                         posted_by, posted_at) VALUES ($1, $2, $3, $4, $5)",
                )
                .bind(invitation.id)
                .bind(channel_id)
                .bind(message_id)
                .bind(actor.user_id)
                .bind(now)
                .execute(&mut *tx)
                .await?;
                entry.target(channel_id.get()).detail("channel")
            }
        };
        audit::record(&mut tx, entry).await?;
        tx.commit().await?;
        Ok(())
    }

    /// The invitation's channel posts not yet edited to say it ended.
    pub async fn open_posts(&self, invitation_id: InvitationId) -> Result<Vec<Post>, DomainError> {
        Ok(sqlx::query_as(
            "SELECT channel_id, message_id FROM invitation_posts \
             WHERE invitation_id = $1 AND closed_at IS NULL ORDER BY posted_at",
        )
        .bind(invitation_id)
        .fetch_all(self.db.pool())
        .await?)
    }

    /// Notes that a post now says its invitation ended (or no longer exists to say it).
    pub async fn close_post(&self, post: Post) -> Result<(), DomainError> {
        sqlx::query(
            "UPDATE invitation_posts SET closed_at = $1 \
             WHERE channel_id = $2 AND message_id = $3 AND closed_at IS NULL",
        )
        .bind(self.now())
        .bind(post.channel_id)
        .bind(post.message_id)
        .execute(self.db.pool())
        .await?;
        Ok(())
    }
}
