//! Which language to answer in, from what Discord tells (see [`crate::i18n`]), and the
//! commands' descriptions in every shipped language.

#![allow(dead_code)] // Until every reply is localized; the lead removes this.

use std::borrow::Cow;

use poise::serenity_prelude as serenity;

use super::{Context, Data, Error};
use crate::i18n::{self, Lang};

/// The language of the person a command answers: the interaction's `locale`.
pub fn reader(ctx: Context<'_>) -> Lang {
    Lang::from_optional(ctx.locale())
}

/// The language of the server a command runs in, for what the whole server reads (posts,
/// log lines) and DMs: the interaction's `guild_locale`, else the server's in the cache.
pub fn server(ctx: Context<'_>) -> Lang {
    if let poise::Context::Application(app) = ctx {
        if let Some(locale) = &app.interaction.guild_locale {
            return Lang::from_locale(locale);
        }
    }
    ctx.guild_id()
        .map_or(Lang::ENGLISH, |id| of_server(ctx.cache(), id))
}

/// The language of a server: its preferred locale, as the cache holds it (English when the
/// server is not in the cache).
pub fn of_server(cache: &serenity::Cache, guild_id: impl Into<serenity::GuildId>) -> Lang {
    cache
        .guild(guild_id.into())
        .map_or(Lang::ENGLISH, |g| Lang::from_locale(&g.preferred_locale))
}

/// The language of the person who pressed a button.
pub fn of_press(press: &serenity::ComponentInteraction) -> Lang {
    Lang::from_locale(&press.locale)
}

/// The language of the server a button was pressed in, as [`server`].
pub fn server_of_press(cache: &serenity::Cache, press: &serenity::ComponentInteraction) -> Lang {
    match (&press.guild_locale, press.guild_id) {
        (Some(locale), _) => Lang::from_locale(locale),
        (None, Some(id)) => of_server(cache, id),
        (None, None) => Lang::ENGLISH,
    }
}

/// The message id of a command's words: `cmd-invite-create` for `/invite create`. Its value
/// is the description; attribute `.<option>` an option's description and `.<option>-<n>`
/// the name of its n-th choice.
pub fn command_id(qualified_name: &str) -> String {
    format!("cmd-{}", qualified_name.replace(' ', "-"))
}

/// Sets every command's, option's and choice's words from the Fluent files: English as the
/// text Discord shows by default, every other shipped language as its localizations for
/// the Discord locales that get it. Names stay English: they are the interface.
pub fn localize_commands(commands: &mut [poise::Command<Data, Error>]) {
    for command in commands {
        localize(command, "");
    }
}

/// Localizes `command`, a subcommand of the group named `group` ("" at the top).
fn localize(command: &mut poise::Command<Data, Error>, group: &str) {
    // Qualified names are only set once the framework starts.
    let name = format!("{group}{}", command.name);
    let id = command_id(&name);
    let words = |lang: Lang, attribute: Option<&str>| {
        let key = match attribute {
            Some(a) => format!("{id}.{a}"),
            None => id.clone(),
        };
        i18n::lookup(lang, &key)
    };
    let english = |attribute: Option<&str>| {
        words(Lang::ENGLISH, attribute).unwrap_or_else(|| {
            panic!("{id} has no English words for {attribute:?} in locales/en-US")
        })
    };
    command.description = Some(Cow::Owned(english(None)));
    for parameter in &mut command.parameters {
        parameter.description = Some(Cow::Owned(english(Some(&parameter.name))));
        for (n, choice) in parameter.choices.to_mut().iter_mut().enumerate() {
            choice.name = Cow::Owned(english(Some(&format!("{}-{n}", parameter.name))));
        }
    }
    for lang in Lang::all().skip(1) {
        for locale in lang.discord_locales() {
            let locale = Cow::Borrowed(locale);
            if let Some(text) = words(lang, None) {
                command
                    .description_localizations
                    .to_mut()
                    .push((locale.clone(), Cow::Owned(text)));
            }
            for parameter in &mut command.parameters {
                if let Some(text) = words(lang, Some(&parameter.name)) {
                    parameter
                        .description_localizations
                        .to_mut()
                        .push((locale.clone(), Cow::Owned(text)));
                }
                let name = parameter.name.clone();
                for (n, choice) in parameter.choices.to_mut().iter_mut().enumerate() {
                    if let Some(text) = words(lang, Some(&format!("{name}-{n}"))) {
                        choice
                            .localizations
                            .to_mut()
                            .push((locale.clone(), Cow::Owned(text)));
                    }
                }
            }
        }
    }
    for sub in &mut command.subcommands {
        localize(sub, &format!("{name} "));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    type Localizations = [(Cow<'static, str>, Cow<'static, str>)];

    /// Every command, option and choice has its words in every shipped language, within
    /// Discord's 100 characters.
    #[test]
    fn every_command_has_its_words_in_every_language_within_discords_limits() {
        let commands = super::super::commands();
        let mut seen = 0;
        let mut check = |texts: &Localizations, what: &str| {
            let locales: Vec<&str> = texts.iter().map(|(l, _)| l.as_ref()).collect();
            let expected: Vec<&str> = Lang::all()
                .skip(1)
                .flat_map(Lang::discord_locales)
                .collect();
            assert_eq!(locales, expected, "{what}: localized for {locales:?}");
            for (locale, text) in texts {
                let n = text.chars().count();
                assert!((1..=100).contains(&n), "{what} in {locale}: {n} characters");
            }
            seen += 1;
        };
        fn walk(c: &poise::Command<Data, Error>, check: &mut dyn FnMut(&Localizations, &str)) {
            let english = c.description.as_deref().unwrap_or_default().chars().count();
            assert!(
                (1..=100).contains(&english),
                "{}: {english} characters",
                c.name
            );
            check(&c.description_localizations, &c.name);
            for p in &c.parameters {
                check(
                    &p.description_localizations,
                    &format!("{} {}", c.name, p.name),
                );
                for choice in p.choices.iter() {
                    check(
                        &choice.localizations,
                        &format!("{} {} {}", c.name, p.name, choice.name),
                    );
                }
            }
            for s in &c.subcommands {
                walk(s, check);
            }
        }
        for c in &commands {
            walk(c, &mut check);
        }
        assert!(seen > 50, "only {seen} texts checked");
    }
}
