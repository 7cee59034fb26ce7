//! `/help`: a guide to the commands the asking member may use, by their Porter permissions,
//! and `/help command:` for one command in detail, in the member's language. The words are
//! written as a guide in `locales/<language>/porter.ftl`; the options of a command come from
//! the registered poise command (names) and its Fluent description, so they never drift.

use poise::serenity_prelude as serenity;

use super::reply_embed;
use crate::discord::actor::{guild_actor, is_administrator};
use crate::discord::lang::{command_id, reader};
use crate::discord::{render, Context, Data, Error};
use crate::domain::{Permission, Permissions};
use crate::i18n::{self, msg, t, Lang, Msg};

/// Who may use a command.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Who {
    /// Anyone, in a server or in a DM with Porter.
    Everyone,
    /// Members holding one of these Porter permissions (manage includes them all).
    AnyOf(&'static [Permission]),
    /// Members holding any Porter permission at all.
    AnyPermission,
    /// The server's owner and members with Discord's Administrator permission.
    Administrator,
}

/// One command as the guide tells it: its words are the Fluent message `help-<name>` (the
/// overview's line), with `.example` and `.about` (see `locales/en-US/porter.ftl`).
struct Entry {
    /// The full name, as typed after `/`: `invite create`.
    name: &'static str,
    who: Who,
}

use Permission::{Create, Manage, Revoke, Share};

/// Every command Porter registers, in the order the guide shows them.
const GUIDE: &[Entry] = &[
    Entry {
        name: "join",
        who: Who::Everyone,
    },
    Entry {
        name: "help",
        who: Who::Everyone,
    },
    Entry {
        name: "invite create",
        who: Who::AnyOf(&[Create]),
    },
    Entry {
        name: "invite share",
        who: Who::AnyOf(&[Share]),
    },
    Entry {
        name: "invite revoke",
        who: Who::AnyOf(&[Revoke]),
    },
    Entry {
        name: "invite list",
        who: Who::AnyOf(&[Create, Revoke, Manage]),
    },
    Entry {
        name: "invite info",
        who: Who::AnyOf(&[Create, Revoke, Manage]),
    },
    Entry {
        name: "invite export",
        who: Who::AnyOf(&[Revoke, Manage]),
    },
    Entry {
        name: "invite roster",
        who: Who::AnyOf(&[Create]),
    },
    Entry {
        name: "school setup",
        who: Who::AnyOf(&[Manage]),
    },
    Entry {
        name: "school info",
        who: Who::AnyPermission,
    },
    Entry {
        name: "school check",
        who: Who::AnyOf(&[Manage]),
    },
    Entry {
        name: "school pause",
        who: Who::AnyOf(&[Manage]),
    },
    Entry {
        name: "school resume",
        who: Who::AnyOf(&[Manage]),
    },
    Entry {
        name: "school roles add",
        who: Who::AnyOf(&[Manage]),
    },
    Entry {
        name: "school roles remove",
        who: Who::AnyOf(&[Manage]),
    },
    Entry {
        name: "school roles list",
        who: Who::AnyOf(&[Create, Manage]),
    },
    Entry {
        name: "school export",
        who: Who::AnyOf(&[Revoke, Manage]),
    },
    Entry {
        name: "school forget",
        who: Who::Administrator,
    },
    Entry {
        name: "permissions grant",
        who: Who::AnyOf(&[Manage]),
    },
    Entry {
        name: "permissions remove",
        who: Who::AnyOf(&[Manage]),
    },
    Entry {
        name: "permissions list",
        who: Who::AnyOf(&[Manage]),
    },
];

/// Where the asking member is and what they hold.
struct Asker {
    /// `false` in a DM with Porter: only the commands that work there.
    in_server: bool,
    permissions: Permissions,
    /// The server's owner or a holder of Discord's Administrator permission.
    administrator: bool,
}

impl Asker {
    /// Whether the asker may use `entry` where they ask.
    fn may(&self, entry: &Entry) -> bool {
        match entry.who {
            Who::Everyone => true,
            _ if !self.in_server => false,
            Who::AnyOf(needed) => needed.iter().any(|&p| self.permissions.allows(p)),
            Who::AnyPermission => self.permissions.any(),
            Who::Administrator => self.administrator,
        }
    }
}

/// Who is asking, from the interaction: their Porter permissions in the server, or none in a
/// DM.
async fn asker(ctx: Context<'_>) -> Result<Asker, Error> {
    if ctx.guild_id().is_none() {
        return Ok(Asker {
            in_server: false,
            permissions: Permissions::NONE,
            administrator: false,
        });
    }
    let (guild_id, actor) = guild_actor(ctx)?;
    let permissions = ctx
        .data()
        .domain
        .permissions_of(guild_id.into(), &actor)
        .await?;
    let administrator = match ctx {
        poise::Context::Application(app) => app
            .interaction
            .member
            .as_deref()
            .is_some_and(|m| is_administrator(ctx.cache(), guild_id, m)),
        poise::Context::Prefix(_) => false,
    };
    Ok(Asker {
        in_server: true,
        permissions,
        administrator,
    })
}

/// The commands you may use here, or one of them in detail
#[poise::command(slash_command)]
pub async fn help(
    ctx: Context<'_>,
    #[autocomplete = "autocomplete_command"] command: Option<String>,
) -> Result<(), Error> {
    let lang = reader(ctx);
    let asker = asker(ctx).await?;
    let embed = match command {
        None => overview(lang, &asker),
        Some(name) => {
            let entry = find(&name)
                .ok_or_else(|| Error::User(msg!("help-unknown", command = normalize(&name))))?;
            if !asker.may(entry) {
                return Err(Error::User(refusal(lang, entry, &asker)));
            }
            detail(lang, entry, &ctx.framework().options().commands)
        }
    };
    reply_embed(ctx, embed).await
}

/// Suggests the commands the member may use that match what they typed.
async fn autocomplete_command(
    ctx: Context<'_>,
    partial: &str,
) -> serenity::CreateAutocompleteResponse {
    let asker = match asker(ctx).await {
        Ok(asker) => asker,
        Err(e) => {
            tracing::warn!(error = %e, "help autocomplete failed");
            return serenity::CreateAutocompleteResponse::new();
        }
    };
    let typed = normalize(partial);
    let choices = GUIDE
        .iter()
        .filter(|e| asker.may(e) && e.name.contains(typed.as_str()))
        .take(25)
        .map(|e| serenity::AutocompleteChoice::new(format!("/{}", e.name), e.name))
        .collect();
    serenity::CreateAutocompleteResponse::new().set_choices(choices)
}

/// A command name as typed: no leading `/`, lower case, single spaces.
fn normalize(name: &str) -> String {
    name.trim()
        .trim_start_matches('/')
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The guide's entry for a command name as typed.
fn find(name: &str) -> Option<&'static Entry> {
    let name = normalize(name);
    GUIDE.iter().find(|e| e.name == name)
}

/// The guide's words `part` (`None`: the line; `example`, `about`) for a command, in `lang`.
fn words(lang: Lang, entry: &Entry, part: Option<&str>) -> String {
    let mut id = format!("help-{}", entry.name.replace(' ', "-"));
    if let Some(part) = part {
        id = format!("{id}.{part}");
    }
    described(lang, &id)
}

/// Message (or `message.attribute`) `id` in `lang`, else in English. A message missing from
/// English is a bug the unit tests catch; it shows as its id.
fn described(lang: Lang, id: &str) -> String {
    i18n::lookup(lang, id)
        .or_else(|| i18n::lookup(Lang::ENGLISH, id))
        .unwrap_or_else(|| {
            tracing::error!(%id, "message missing from the guide");
            id.to_owned()
        })
}

/// The overview: the commands the asker may use, grouped, each with its line and example.
fn overview(lang: Lang, asker: &Asker) -> serenity::CreateEmbed {
    let mut text = if asker.in_server {
        t!(lang, "help-intro-server")
    } else {
        t!(lang, "help-intro-dm")
    };
    text.push('\n');
    let mut group = "";
    for entry in GUIDE.iter().filter(|e| asker.may(e)) {
        let top = entry.name.split(' ').next().unwrap_or(entry.name);
        if top != group && !matches!(top, "join" | "help") {
            let title = match top {
                "invite" => t!(lang, "help-group-invite"),
                "school" => t!(lang, "help-group-school"),
                _ => t!(lang, "help-group-permissions"),
            };
            text.push_str(&format!("\n**{title}**\n"));
            group = top;
        }
        text.push_str(&format!(
            "`/{}` · {}\n  ↳ `{}`\n",
            entry.name,
            words(lang, entry, None),
            words(lang, entry, Some("example"))
        ));
    }
    if asker.in_server && asker.permissions.allows(Permission::Approve) {
        text.push('\n');
        text.push_str(&t!(lang, "help-approve-note"));
    }
    serenity::CreateEmbed::new()
        .title(t!(lang, "help-title"))
        .colour(render::BLUE)
        .description(text)
}

/// One command in detail: what it does, its options (from the registered command, described
/// in `lang`), an example and who may use it.
fn detail(
    lang: Lang,
    entry: &Entry,
    commands: &[poise::Command<Data, Error>],
) -> serenity::CreateEmbed {
    let mut text = words(lang, entry, Some("about"));
    text.push('\n');
    let options = registered(commands, entry.name)
        .map(|c| c.parameters.as_slice())
        .unwrap_or_default();
    if !options.is_empty() {
        text.push_str(&format!("\n**{}**\n", t!(lang, "help-options")));
        let id = command_id(entry.name);
        for option in options {
            let optional = if option.required {
                String::new()
            } else {
                format!(" ({})", t!(lang, "help-optional"))
            };
            text.push_str(&format!(
                "`{}`{optional} · {}\n",
                option.name,
                described(lang, &format!("{id}.{}", option.name))
            ));
        }
    }
    serenity::CreateEmbed::new()
        .title(format!("/{}", entry.name))
        .colour(render::BLUE)
        .description(text)
        .field(
            t!(lang, "help-example"),
            format!("`{}`", words(lang, entry, Some("example"))),
            false,
        )
        .field(t!(lang, "help-who"), who_text(lang, entry.who), false)
}

/// The registered command with this full name (`invite create`).
fn registered<'a>(
    commands: &'a [poise::Command<Data, Error>],
    name: &str,
) -> Option<&'a poise::Command<Data, Error>> {
    let mut words = name.split(' ');
    let first = words.next()?;
    let mut command = commands.iter().find(|c| c.name == first)?;
    for word in words {
        command = command.subcommands.iter().find(|c| c.name == word)?;
    }
    Some(command)
}

/// "**create**", "**create** or **revoke**", "**create**, **share** or **revoke**".
fn permission_list(lang: Lang, permissions: &[Permission]) -> String {
    let names: Vec<String> = permissions
        .iter()
        .map(|p| format!("**{}**", p.as_str()))
        .collect();
    match names.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => t!(
            lang,
            "help-or",
            first = rest.join(", "),
            last = last.clone()
        ),
    }
}

/// Who may use a command, in words.
fn who_text(lang: Lang, who: Who) -> String {
    match who {
        Who::Everyone => t!(lang, "help-who-everyone"),
        Who::AnyOf([Manage]) => t!(lang, "help-who-manage"),
        Who::AnyOf(needed) => {
            // The message adds manage, which includes them all.
            let without_manage: Vec<Permission> =
                needed.iter().copied().filter(|p| *p != Manage).collect();
            t!(
                lang,
                "help-who-any-of",
                permissions = permission_list(lang, &without_manage)
            )
        }
        Who::AnyPermission => t!(lang, "help-who-any-permission"),
        Who::Administrator => t!(lang, "help-who-administrator"),
    }
}

/// Why the asker may not use `entry` here, and what to do.
fn refusal(lang: Lang, entry: &Entry, asker: &Asker) -> Msg {
    let command = entry.name;
    if !asker.in_server {
        return msg!("help-refused-dm", command = command);
    }
    match entry.who {
        Who::AnyOf(needed) => msg!(
            "help-refused",
            command = command,
            permissions = permission_list(lang, needed)
        ),
        Who::Administrator => msg!("help-refused-administrator", command = command),
        Who::Everyone | Who::AnyPermission => msg!("help-refused-any", command = command),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every command Porter registers, by full name, and its guide entry.
    fn leaves(commands: &[poise::Command<Data, Error>], prefix: &str, out: &mut Vec<String>) {
        for c in commands {
            let name = format!("{prefix}{}", c.name);
            if c.subcommands.is_empty() {
                out.push(name);
            } else {
                leaves(&c.subcommands, &format!("{name} "), out);
            }
        }
    }

    #[test]
    fn the_guide_tells_every_registered_command_and_no_other() {
        let mut registered = Vec::new();
        leaves(&crate::discord::commands(), "", &mut registered);
        registered.sort();
        let mut guided: Vec<String> = GUIDE.iter().map(|e| e.name.to_owned()).collect();
        guided.sort();
        assert_eq!(guided, registered);
    }

    #[test]
    fn every_language_tells_every_command_with_an_example_of_its_real_options() {
        let commands = crate::discord::commands();
        for lang in Lang::all() {
            for entry in GUIDE {
                let id = format!("help-{}", entry.name.replace(' ', "-"));
                for part in ["", ".example", ".about"] {
                    assert!(
                        i18n::lookup(lang, &format!("{id}{part}")).is_some(),
                        "{}: no {id}{part}",
                        lang.id()
                    );
                }
                let command = registered(&commands, entry.name).expect("registered");
                let example = words(lang, entry, Some("example"));
                let rest = example
                    .strip_prefix(&format!("/{}", entry.name))
                    .unwrap_or_else(|| panic!("{example} does not start with its command"));
                for word in rest.split_whitespace() {
                    if let Some((option, _)) = word.split_once(':') {
                        assert!(
                            command.parameters.iter().any(|p| p.name == option),
                            "{}: /{} has no option {option}",
                            lang.id(),
                            entry.name
                        );
                    }
                }
            }
        }
    }

    /// The characters of an embed's description, and of all its text.
    fn sizes(embed: &serenity::CreateEmbed) -> (usize, usize) {
        let value = serde_json::to_value(embed).unwrap();
        let chars = |v: &serde_json::Value| v.as_str().map_or(0, |s| s.chars().count());
        let description = chars(&value["description"]);
        let fields: usize = value["fields"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|f| chars(&f["name"]) + chars(&f["value"]))
            .sum();
        (description, description + fields + chars(&value["title"]))
    }

    #[test]
    fn the_longest_overview_and_every_detail_fit_discord_embeds_in_every_language() {
        let everything = Asker {
            in_server: true,
            permissions: Permissions::ALL,
            administrator: true,
        };
        assert!(GUIDE.iter().all(|e| everything.may(e)));
        let commands = crate::discord::commands();
        for lang in Lang::all() {
            let (description, total) = sizes(&overview(lang, &everything));
            assert!(description <= 4_096 && total <= 6_000, "{}", lang.id());
            for entry in GUIDE {
                let (description, total) = sizes(&detail(lang, entry, &commands));
                assert!(
                    description <= 4_096 && total <= 6_000,
                    "{}: /{}",
                    lang.id(),
                    entry.name
                );
            }
        }
    }

    #[test]
    fn who_may_use_a_command_reads_as_a_sentence() {
        let english = Lang::ENGLISH;
        assert_eq!(
            permission_list(english, &[Create, Revoke, Manage]),
            "**create**, **revoke** or **manage**"
        );
        assert_eq!(
            who_text(english, Who::AnyOf(&[Create, Revoke, Manage])),
            "Members whose roles hold **create** or **revoke** (or manage, which includes \
             it), and anyone with Discord's Administrator or Manage Server permission."
        );
    }

    #[test]
    fn names_are_read_as_typed() {
        assert_eq!(
            find("/Invite  Create").map(|e| e.name),
            Some("invite create")
        );
        assert!(find("invite").is_none());
    }
}
