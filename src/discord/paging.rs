//! The Previous and Next buttons under `/invite list` and `/invite info`: each reply shows
//! one page, with where it stands in the list ("Joins 11–20 of 5,000"), and buttons to turn
//! to the page before or after. Only the moderator who ran the command may turn its pages,
//! for [`PAGE_EXPIRY`] seconds; each turn reads one page again, with the moderator's
//! permissions as they are then.

use poise::serenity_prelude as serenity;

use super::chart::{self, Picture};
use super::commands::guild_name;
use super::error::internal;
use super::{actor, render, Data, Error};
use crate::domain::{
    ChartOf, Invitation, InvitationDetails, InvitationId, Page, PageAt, Timestamp, PAGE_SIZE,
};
use crate::i18n::{t, Lang};
use crate::logging::Chain;

/// How long a reply's page buttons work.
pub const PAGE_EXPIRY: Timestamp = 600;
/// Custom ids of page buttons start with this:
/// `porter:page:<list>:<n|p><row id>:<start>:<user id>:<expiry>`, where the list is `l`
/// (active invitations), `a` (all invitations) or `i<invitation id>` (its joins), `n` turns
/// to the rows after the row id and `p` to those before it, and start is the position of
/// the page's first row.
pub const PAGE_PREFIX: &str = "porter:page:";

/// Which list a reply pages through.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Listing {
    /// `/invite list`, with or without the ended invitations.
    Invitations { include_inactive: bool },
    /// `/invite info`: who joined through the invitation.
    Joins(InvitationId),
}

impl Listing {
    fn command(self) -> &'static str {
        match self {
            Self::Invitations { .. } => "/invite list",
            Self::Joins(_) => "/invite info",
        }
    }
}

/// A page button, as its custom id says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct PageButton {
    listing: Listing,
    /// The page it turns to: `After` or `Before` a row.
    at: PageAt,
    /// The position of that page's first row.
    start: u64,
    /// Who ran the command: only they may turn its pages.
    user: u64,
    expires_at: Timestamp,
}

impl PageButton {
    fn id(self) -> String {
        let list = match self.listing {
            Listing::Invitations {
                include_inactive: false,
            } => "l".to_owned(),
            Listing::Invitations {
                include_inactive: true,
            } => "a".to_owned(),
            Listing::Joins(id) => format!("i{id}"),
        };
        let at = match self.at {
            PageAt::After(key) => format!("n{key}"),
            PageAt::Before(key) => format!("p{key}"),
            PageAt::First => "f".to_owned(),
        };
        format!(
            "{PAGE_PREFIX}{list}:{at}:{}:{}:{}",
            self.start, self.user, self.expires_at
        )
    }

    /// The button of a custom id's part after [`PAGE_PREFIX`].
    fn parse(rest: &str) -> Option<Self> {
        let mut parts = rest.split(':');
        let listing = match parts.next()? {
            "l" => Listing::Invitations {
                include_inactive: false,
            },
            "a" => Listing::Invitations {
                include_inactive: true,
            },
            list => Listing::Joins(InvitationId(list.strip_prefix('i')?.parse().ok()?)),
        };
        let at = parts.next()?;
        let at = match at.split_at_checked(1)? {
            ("n", key) => PageAt::After(key.parse().ok()?),
            ("p", key) => PageAt::Before(key.parse().ok()?),
            ("f", "") => PageAt::First,
            _ => return None,
        };
        let start = parts.next()?.parse().ok()?;
        let user = parts.next()?.parse().ok()?;
        let expires_at = parts.next()?.parse().ok()?;
        parts.next().is_none().then_some(Self {
            listing,
            at,
            start,
            user,
            expires_at,
        })
    }
}

/// The Previous / Next row under a page shown from `start`, for `user`; none when the
/// whole list fits on one page.
fn buttons<T>(
    lang: Lang,
    listing: Listing,
    page: &Page<T>,
    id_of: impl Fn(&T) -> i64,
    start: u64,
    user: u64,
    expires_at: Timestamp,
) -> Vec<serenity::CreateActionRow> {
    let (Some(first), Some(last)) = (page.items.first(), page.items.last()) else {
        return Vec::new();
    };
    if !page.has_previous && !page.has_next {
        return Vec::new();
    }
    let button = |at, start| PageButton {
        listing,
        at,
        start,
        user,
        expires_at,
    };
    let previous = button(
        PageAt::Before(id_of(first)),
        start.saturating_sub(u64::from(PAGE_SIZE)),
    );
    let next = button(PageAt::After(id_of(last)), start + page.items.len() as u64);
    vec![serenity::CreateActionRow::Buttons(vec![
        serenity::CreateButton::new(previous.id())
            .label(t!(lang, "list-page-previous"))
            .style(serenity::ButtonStyle::Secondary)
            .disabled(!page.has_previous),
        serenity::CreateButton::new(next.id())
            .label(t!(lang, "list-page-next"))
            .style(serenity::ButtonStyle::Secondary)
            .disabled(!page.has_next),
    ])]
}

/// `/invite list`'s reply: a page of invitations from `start`, with its buttons.
pub fn invitations(
    lang: Lang,
    page: &Page<Invitation>,
    include_inactive: bool,
    carried: u64,
    user: u64,
    now: Timestamp,
) -> (serenity::CreateEmbed, Vec<serenity::CreateActionRow>) {
    let start = page.start(carried);
    let listing = Listing::Invitations { include_inactive };
    (
        render::list(lang, page, start, include_inactive, now),
        buttons(
            lang,
            listing,
            page,
            |i| i.id.0,
            start,
            user,
            now + PAGE_EXPIRY,
        ),
    )
}

/// `/invite info`'s reply: the invitation and a page of its joins from `start`, with its
/// buttons.
pub fn joins(
    lang: Lang,
    details: &InvitationDetails,
    carried: u64,
    user: u64,
    now: Timestamp,
) -> (serenity::CreateEmbed, Vec<serenity::CreateActionRow>) {
    let start = details.joins.start(carried);
    let listing = Listing::Joins(details.invitation.id);
    (
        render::details(lang, details, start, now),
        buttons(
            lang,
            listing,
            &details.joins,
            |j| j.id.0,
            start,
            user,
            now + PAGE_EXPIRY,
        ),
    )
}

/// A press of a page button (`rest`: its custom id after [`PAGE_PREFIX`]): the message
/// turns to that page.
pub async fn pressed(
    ctx: &serenity::Context,
    data: &Data,
    press: &serenity::ComponentInteraction,
    rest: &str,
) -> Result<(), Error> {
    let lang = crate::discord::lang::of_press(press);
    let say = |text: String| {
        serenity::CreateInteractionResponse::Message(
            serenity::CreateInteractionResponseMessage::new()
                .content(text)
                .ephemeral(true),
        )
    };
    // The page stays as it is, without its buttons, and says why.
    let retire = |text: String| {
        serenity::CreateInteractionResponse::UpdateMessage(
            serenity::CreateInteractionResponseMessage::new()
                .content(text)
                .components(Vec::new()),
        )
    };
    let (Some(button), Some(guild_id), Some(member)) = (
        PageButton::parse(rest),
        press.guild_id,
        press.member.as_ref(),
    ) else {
        let text = t!(lang, "list-page-broken");
        press.create_response(&ctx.http, retire(text)).await?;
        return Ok(());
    };
    let command = button.listing.command();
    if press.user.id.get() != button.user {
        let text = t!(
            lang,
            "list-page-not-yours",
            user = format!("<@{}>", button.user),
            command = command
        );
        press.create_response(&ctx.http, say(text)).await?;
        return Ok(());
    }
    let domain = &data.domain;
    let now = domain.now();
    if now > button.expires_at {
        let text = t!(lang, "list-page-expired", command = command);
        press.create_response(&ctx.http, retire(text)).await?;
        return Ok(());
    }
    let actor = actor::member_actor(member);
    let guild = guild_id.into();
    // The invitation's chart, drawn again: a new page replaces the message's attachments.
    let mut picture = None;
    let shown = match button.listing {
        Listing::Invitations { include_inactive } => domain
            .list_invitations(guild, &actor, include_inactive, button.at, PAGE_SIZE)
            .await
            .map(|page| {
                invitations(
                    lang,
                    &page,
                    include_inactive,
                    button.start,
                    button.user,
                    now,
                )
            }),
        Listing::Joins(id) => {
            let details = domain
                .invitation_details_page(guild, &actor, id, button.at, PAGE_SIZE)
                .await;
            if let Some(details) = details.as_ref().ok().filter(|d| d.joined > 0) {
                let school = guild_name(lang, &ctx.cache, guild_id);
                let name = chart::invitation_title(&school, &details.invitation);
                picture = Picture::of(domain, guild, ChartOf::Invitation(id), name, lang).await;
            }
            details.map(|details| joins(lang, &details, button.start, button.user, now))
        }
    };
    let response = match shown {
        Ok((embed, rows)) => {
            let message = serenity::CreateInteractionResponseMessage::new().components(rows);
            serenity::CreateInteractionResponse::UpdateMessage(match picture {
                Some(picture) => message
                    .embed(Picture::show(embed))
                    .add_file(picture.attachment()),
                None => message.embed(embed),
            })
        }
        Err(e) => {
            let e = Error::from(e);
            say(e.user_message(lang).unwrap_or_else(|| {
                tracing::error!(error = %Chain(&e), "turning a page failed");
                internal(lang)
            }))
        }
    };
    press.create_response(&ctx.http, response).await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_button_ids_read_back_and_fit_discord() {
        for listing in [
            Listing::Invitations {
                include_inactive: false,
            },
            Listing::Invitations {
                include_inactive: true,
            },
            Listing::Joins(InvitationId(i64::MAX)),
        ] {
            for at in [PageAt::After(i64::MAX), PageAt::Before(0), PageAt::First] {
                let button = PageButton {
                    listing,
                    at,
                    start: 99_999_999,
                    user: u64::MAX,
                    expires_at: 9_999_999_999,
                };
                let id = button.id();
                assert!(id.len() <= 100, "{id}");
                let rest = id.strip_prefix(PAGE_PREFIX).unwrap();
                assert_eq!(PageButton::parse(rest), Some(button));
            }
        }
        for bad in [
            "",
            "l",
            "x:n1:0:1:2",
            "i:n1:0:1:2",
            "l:q1:0:1:2",
            "l:n:0:1:2",
            "l:n1:0:1",
            "l:n1:0:1:2:3",
            "l:fx:0:1:2",
        ] {
            assert_eq!(PageButton::parse(bad), None, "{bad}");
        }
    }
}
