//! Typed ids: a Discord snowflake or a row id cannot be passed where another kind is meant,
//! and sqlx reads and writes each directly (as a 64-bit integer).

use std::fmt;

/// Declares a Discord snowflake id: a `u64` to Discord, stored as `i64` (snowflakes fit).
macro_rules! snowflake {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, sqlx::Type)]
        #[sqlx(transparent)]
        pub struct $name(i64);

        impl $name {
            /// The id Discord gave.
            pub const fn new(id: u64) -> Self {
                Self(id as i64)
            }

            /// The id as Discord writes it.
            pub const fn get(self) -> u64 {
                self.0 as u64
            }
        }

        impl From<u64> for $name {
            fn from(id: u64) -> Self {
                Self::new(id)
            }
        }

        impl From<$name> for i64 {
            /// The id as stored.
            fn from(id: $name) -> i64 {
                id.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}", self.get())
            }
        }

        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}({})", stringify!($name), self.get())
            }
        }
    };
}

/// Declares the id of one of Porter's own rows.
macro_rules! row_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, sqlx::Type)]
        #[sqlx(transparent)]
        pub struct $name(pub i64);

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}", self.0)
            }
        }

        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}({})", stringify!($name), self.0)
            }
        }
    };
}

snowflake!(
    /// A Discord server: a school once set up.
    GuildId
);
snowflake!(
    /// A Discord user.
    UserId
);
snowflake!(
    /// A Discord role. `@everyone`'s id is its server's.
    RoleId
);
snowflake!(
    /// A Discord channel.
    ChannelId
);
snowflake!(
    /// A Discord message.
    MessageId
);
row_id!(
    /// An invitation.
    InvitationId
);
row_id!(
    /// A join.
    JoinId
);
row_id!(
    /// A line of the audit trail.
    AuditId
);

impl GuildId {
    /// The id of the server's `@everyone` role, which is the server's own.
    pub const fn everyone(self) -> RoleId {
        RoleId(self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snowflakes_round_trip_through_their_stored_form() {
        let id = GuildId::new(1_000_000_000_000_001);
        assert_eq!(id.get(), 1_000_000_000_000_001);
        assert_eq!(id.to_string(), "1000000000000001");
        assert_eq!(format!("{id:?}"), "GuildId(1000000000000001)");
        assert_eq!(id.everyone().get(), id.get());
    }
}
