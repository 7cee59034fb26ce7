//! Between serenity's ids and the domain's: the same Discord snowflakes, typed apart.

use poise::serenity_prelude as serenity;

use crate::domain;

/// Converts each pair of id types both ways.
macro_rules! same_id {
    ($($name:ident),*) => {$(
        impl From<serenity::$name> for domain::$name {
            fn from(id: serenity::$name) -> Self {
                Self::new(id.get())
            }
        }

        impl From<domain::$name> for serenity::$name {
            fn from(id: domain::$name) -> Self {
                Self::new(id.get())
            }
        }
    )*};
}

same_id!(GuildId, UserId, RoleId, ChannelId, MessageId);
