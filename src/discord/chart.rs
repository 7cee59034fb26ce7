//! The joins chart as Discord shows it: a PNG attached to the reply, shown as the embed's
//! image so the reply reads as one card.

use poise::serenity_prelude as serenity;

use crate::chart::{self, ChartText, FILE_NAME};
use crate::domain::{ChartOf, Domain, GuildId, Invitation, JoinsPerDay};
use crate::i18n::Lang;
use crate::logging::Chain;

/// A rendered chart, ready to attach.
pub struct Picture(serenity::CreateAttachment);

impl Picture {
    /// Reads the joins per day of `of` and draws them, titled `name`, in `lang`, off the async
    /// threads. `None` when the chart cannot be read or drawn (logged): the reply goes
    /// without it.
    pub async fn of(
        domain: &Domain,
        guild_id: GuildId,
        of: ChartOf,
        name: String,
        lang: Lang,
    ) -> Option<Self> {
        let data = match domain.joins_per_day(guild_id, of).await {
            Ok(data) => data,
            Err(e) => {
                tracing::error!(error = %Chain(&e), "reading the joins chart failed");
                return None;
            }
        };
        Self::draw(data, name, lang).await
    }

    /// Draws `data` in a blocking thread.
    async fn draw(data: JoinsPerDay, name: String, lang: Lang) -> Option<Self> {
        let text = ChartText::new(lang, data.totals.total());
        let drawn = tokio::task::spawn_blocking(move || chart::render(&data, &name, &text)).await;
        match drawn {
            Ok(Ok(png)) => Some(Self(serenity::CreateAttachment::bytes(png, FILE_NAME))),
            Ok(Err(e)) => {
                tracing::error!(error = %format!("{e:#}"), "drawing the joins chart failed");
                None
            }
            Err(e) => {
                tracing::error!(error = %e, "the joins chart's thread failed");
                None
            }
        }
    }

    /// The embed showing this picture as its image.
    pub fn show(embed: serenity::CreateEmbed) -> serenity::CreateEmbed {
        embed.image(format!("attachment://{FILE_NAME}"))
    }

    /// The file to attach.
    pub fn attachment(self) -> serenity::CreateAttachment {
        self.0
    }
}

/// The title of an invitation's chart: the school's name and the invitation's label.
pub fn invitation_title(school: &str, invitation: &Invitation) -> String {
    match &invitation.label {
        Some(label) => format!("{school} · {label}"),
        None => format!("{school} · #{}", invitation.id),
    }
}

/// `reply` with `picture`, if any, shown as the image of `embed`.
pub fn reply(
    reply: poise::CreateReply,
    embed: serenity::CreateEmbed,
    picture: Option<Picture>,
) -> poise::CreateReply {
    match picture {
        Some(picture) => reply
            .embed(Picture::show(embed))
            .attachment(picture.attachment()),
        None => reply.embed(embed),
    }
}
