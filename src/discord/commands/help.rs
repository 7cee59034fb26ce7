//! `/help`: a guide to the commands the asking member may use, by their Porter permissions,
//! and `/help command:` for one command in detail. The words are written here, as a guide;
//! the options of a command come from the registered poise command, so they never drift.

use poise::serenity_prelude as serenity;

use super::reply_embed;
use crate::discord::actor::{guild_actor, is_administrator};
use crate::discord::{render, Context, Data, Error};
use crate::domain::{Permission, Permissions};

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

/// One command as the guide tells it.
struct Entry {
    /// The full name, as typed after `/`: `invite create`.
    name: &'static str,
    who: Who,
    /// What it is for, in one line.
    line: &'static str,
    /// A typical use.
    example: &'static str,
    /// What it does, in a few sentences, for `/help command:`.
    about: &'static str,
}

use Permission::{Create, Manage, Revoke, Share};

/// Every command Porter registers, in the order the guide shows them.
const GUIDE: &[Entry] = &[
    Entry {
        name: "join",
        who: Who::Everyone,
        line: "Join a school with an invitation's code.",
        example: "/join code:ABCDE-FGHJK",
        about: "Redeems an invitation's code: you get the school's member role (and any class \
                roles the invitation gives). It works in the server and in a DM with Porter: \
                in a DM the code names its school, and if you are not in that server yet, \
                Porter replies with its link. In a public school you may leave the code out.",
    },
    Entry {
        name: "help",
        who: Who::Everyone,
        line: "This guide: the commands you may use.",
        example: "/help command:invite create",
        about: "Lists the commands you may use where you ask, each with an example. With \
                `command:` it shows one of them in detail: what it does, its options, an \
                example and who may use it.",
    },
    Entry {
        name: "invite create",
        who: Who::AnyOf(&[Create]),
        line: "Create an invitation: a link and a code to share.",
        example: "/invite create label:Year 7 parents max_uses:30 expires_in:2w",
        about: "Makes an invitation and shows its code and link, to you alone. Limit it with \
                `max_uses:` and `expires_in:`, give class roles with `role:`, and send it at \
                once with `dm:`, `channel:` or `email:` (these need the share permission). \
                `for:` makes it personal: only that person can use it, once.",
    },
    Entry {
        name: "invite share",
        who: Who::AnyOf(&[Share]),
        line: "Send an invitation by DM, in a channel or by email.",
        example: "/invite share code:ABCDE-FGHJK channel:#welcome",
        about: "Sends an invitation you already made: a DM names the school, the code and the \
                link; a channel post carries a Join button. Porter posts only where you could \
                post yourself.",
    },
    Entry {
        name: "invite revoke",
        who: Who::AnyOf(&[Revoke]),
        line: "Revoke an invitation: its code and link stop working at once.",
        example: "/invite revoke code:ABCDE-FGHJK",
        about: "Revokes the invitation: Porter deletes its link in Discord and refuses its \
                code from now on. People who joined with it keep their roles.",
    },
    Entry {
        name: "invite list",
        who: Who::AnyOf(&[Create, Revoke, Manage]),
        line: "The school's invitations, with their uses and expiry.",
        example: "/invite list include_inactive:True",
        about: "Lists the invitations a page at a time, each with its label, creator, uses, \
                expiry and status. `include_inactive:` adds the revoked, expired and used-up \
                ones.",
    },
    Entry {
        name: "invite info",
        who: Who::AnyOf(&[Create, Revoke, Manage]),
        line: "One invitation, and who joined through it.",
        example: "/invite info code:ABCDE-FGHJK",
        about: "Shows one invitation's settings and uses, and the people who joined through \
                it (and whether they left).",
    },
    Entry {
        name: "invite export",
        who: Who::AnyOf(&[Revoke, Manage]),
        line: "Joins as a CSV file, for a spreadsheet.",
        example: "/invite export code:ABCDE-FGHJK",
        about: "Sends a CSV file of the school's joins: who joined, when, how and through \
                which invitation. `code:` keeps only the joins through that invitation.",
    },
    Entry {
        name: "invite roster",
        who: Who::AnyOf(&[Create]),
        line: "Personal invitations for a list of people (a CSV file), each sent by DM.",
        example: "/invite roster file:year7.csv role:@Year 7",
        about: "Reads a CSV file (a user id or username a row, then class roles if you like) \
                and makes one personal invitation for each person, sent to them by DM when you \
                hold the share permission. The reply shows the progress and ends with a \
                results file; a run that stopped goes on with `resume:`.",
    },
    Entry {
        name: "school setup",
        who: Who::AnyOf(&[Manage]),
        line: "Set this server up as a school, or change its settings.",
        example: "/school setup member_role:@Members log_channel:#porter-log",
        about: "Creates the school the first time; after that it changes only the options you \
                give. The member role is what everyone who joins gets: it must be below \
                Porter's role and carry no moderator permissions. Porter warns you about \
                anything it cannot do with these settings.",
    },
    Entry {
        name: "school info",
        who: Who::AnyPermission,
        line: "The school's settings and counts.",
        example: "/school info",
        about: "Shows the member role, access, channels, approval and pause, with the members \
                who joined, the joins and leaves of the last week and the active invitations.",
    },
    Entry {
        name: "school check",
        who: Who::AnyOf(&[Manage]),
        line: "What would stop Porter from working here, each with its fix.",
        example: "/school check",
        about: "Checks Porter's permissions, the role order, the channels and Discord's \
                settings, and lists each problem with how to fix it. It changes nothing, so \
                run it whenever something seems off.",
    },
    Entry {
        name: "school pause",
        who: Who::AnyOf(&[Manage]),
        line: "Stop every way in (codes, Join buttons, links) for a while.",
        example: "/school pause for:2d",
        about: "Nobody gets in through an invitation until `/school resume`, or until `for:` \
                has passed. Porter also pauses Discord's own invites for the server.",
    },
    Entry {
        name: "school resume",
        who: Who::AnyOf(&[Manage]),
        line: "Open every way in again after a pause.",
        example: "/school resume",
        about: "Ends a pause at once: codes, Join buttons and links work again.",
    },
    Entry {
        name: "school roles add",
        who: Who::AnyOf(&[Manage]),
        line: "Let invitations give a class role besides the member role.",
        example: "/school roles add role:@Year 7",
        about: "Adds a role to the school's class roles, which `/invite create role:` may give \
                besides the member role. It must be a plain role below Porter's and yours.",
    },
    Entry {
        name: "school roles remove",
        who: Who::AnyOf(&[Manage]),
        line: "Stop invitations giving a class role.",
        example: "/school roles remove role:@Year 7",
        about: "Takes the role off the class roles: invitations stop giving it, and the \
                members who have it keep it.",
    },
    Entry {
        name: "school roles list",
        who: Who::AnyOf(&[Create, Manage]),
        line: "The class roles invitations may give.",
        example: "/school roles list",
        about: "Lists the school's class roles.",
    },
    Entry {
        name: "school export",
        who: Who::AnyOf(&[Revoke, Manage]),
        line: "The school's invitations as a CSV file.",
        example: "/school export",
        about: "Sends a CSV file of every invitation: label, creator, uses, expiry and status.",
    },
    Entry {
        name: "school forget",
        who: Who::Administrator,
        line: "Erase everything Porter holds about this server.",
        example: "/school forget",
        about: "Shows what would be erased (invitations, joins, permissions, the audit trail) \
                and asks you to confirm with a button; then erases it at once and deletes the \
                invitations' links that still work.",
    },
    Entry {
        name: "permissions grant",
        who: Who::AnyOf(&[Manage]),
        line: "Let a role create, share, revoke, approve or manage.",
        example: "/permissions grant role:@Teachers permission:create",
        about: "Gives a permission to everyone holding the role: create, share and revoke \
                invitations, approve join requests, or manage (the school's settings and \
                permissions, which includes the rest). You change only roles below your own \
                highest role.",
    },
    Entry {
        name: "permissions remove",
        who: Who::AnyOf(&[Manage]),
        line: "Take a permission away from a role.",
        example: "/permissions remove role:@Teachers permission:share",
        about: "Takes the permission back from the role; members keep what their other roles \
                give them.",
    },
    Entry {
        name: "permissions list",
        who: Who::AnyOf(&[Manage]),
        line: "Which roles hold which permissions.",
        example: "/permissions list",
        about: "Shows the whole map of roles to Porter permissions.",
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
    #[description = "One command to explain, e.g. invite create"]
    #[autocomplete = "autocomplete_command"]
    command: Option<String>,
) -> Result<(), Error> {
    let asker = asker(ctx).await?;
    let embed = match command {
        None => overview(&asker),
        Some(name) => {
            let entry = find(&name).ok_or_else(|| {
                Error::User(format!(
                    "Porter has no command `/{}`. Run `/help` to see the ones you may use.",
                    normalize(&name)
                ))
            })?;
            if !asker.may(entry) {
                return Err(Error::User(refusal(entry, &asker)));
            }
            detail(entry, &ctx.framework().options().commands)
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

/// The overview: the commands the asker may use, grouped, each with its line and example.
fn overview(asker: &Asker) -> serenity::CreateEmbed {
    let mut text = String::from(if asker.in_server {
        "The commands you may use here. `/help command:` explains one in detail.\n"
    } else {
        "In a DM, Porter takes these two; the rest work in a school's server, where `/help` \
         shows the ones you may use.\n"
    });
    let mut group = "";
    for entry in GUIDE.iter().filter(|e| asker.may(e)) {
        let top = entry.name.split(' ').next().unwrap_or(entry.name);
        if top != group && !matches!(top, "join" | "help") {
            text.push_str(&format!("\n**{}**\n", group_title(top)));
            group = top;
        }
        text.push_str(&format!(
            "`/{}` · {}\n  ↳ `{}`\n",
            entry.name, entry.line, entry.example
        ));
    }
    if asker.in_server && asker.permissions.allows(Permission::Approve) {
        text.push_str(
            "\nJoin requests (a school with approval on) come with **Approve** and **Deny** \
             buttons, which you may press.\n",
        );
    }
    serenity::CreateEmbed::new()
        .title("Porter: what you can do")
        .colour(render::BLUE)
        .description(text)
}

/// The heading of a group of commands.
fn group_title(top: &str) -> &'static str {
    match top {
        "invite" => "Invitations",
        "school" => "The school",
        "permissions" => "Permissions",
        _ => "Other",
    }
}

/// One command in detail: what it does, its options (from the registered command), an
/// example and who may use it.
fn detail(entry: &Entry, commands: &[poise::Command<Data, Error>]) -> serenity::CreateEmbed {
    let mut text = format!("{}\n", entry.about);
    let options = registered(commands, entry.name)
        .map(|c| c.parameters.as_slice())
        .unwrap_or_default();
    if !options.is_empty() {
        text.push_str("\n**Options**\n");
        for option in options {
            text.push_str(&format!(
                "`{}`{} · {}\n",
                option.name,
                if option.required { "" } else { " (optional)" },
                option.description.as_deref().unwrap_or_default()
            ));
        }
    }
    serenity::CreateEmbed::new()
        .title(format!("/{}", entry.name))
        .colour(render::BLUE)
        .description(text)
        .field("Example", format!("`{}`", entry.example), false)
        .field("Who may use it", who_text(entry.who), false)
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

/// "create", "create or revoke", "create, revoke or manage".
fn permission_list(permissions: &[Permission]) -> String {
    let names: Vec<String> = permissions
        .iter()
        .map(|p| format!("**{}**", p.as_str()))
        .collect();
    match names.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
    }
}

/// Who may use a command, in words.
fn who_text(who: Who) -> String {
    const ADMINS: &str = "and anyone with Discord's Administrator or Manage Server permission";
    match who {
        Who::Everyone => "Everyone, in a server and in a DM with Porter.".to_owned(),
        Who::AnyOf([Manage]) => format!("Members whose roles hold **manage**, {ADMINS}."),
        Who::AnyOf(needed) => format!(
            "Members whose roles hold {} (or manage, which includes it), {ADMINS}.",
            permission_list(needed)
        ),
        Who::AnyPermission => format!("Members whose roles hold any Porter permission, {ADMINS}."),
        Who::Administrator => "The server owner, and members with Discord's **Administrator** \
                               permission (Manage Server alone is not enough)."
            .to_owned(),
    }
}

/// Why the asker may not use `entry` here, and what to do.
fn refusal(entry: &Entry, asker: &Asker) -> String {
    if !asker.in_server {
        return format!(
            "`/{}` works only in a school's server. Run `/help` there to see what you may do.",
            entry.name
        );
    }
    let needs = match entry.who {
        Who::Everyone => String::new(),
        Who::AnyOf(needed) => format!("the {} permission", permission_list(needed)),
        Who::AnyPermission => "a Porter permission".to_owned(),
        Who::Administrator => {
            return format!(
                "`/{}` is for the server owner and members with Discord's Administrator \
                 permission. Run `/help` to see the commands you may use.",
                entry.name
            )
        }
    };
    format!(
        "You can't use `/{}`: it needs {needs}, and your roles don't hold it. A moderator with \
         manage can grant it to one of your roles (`/permissions grant`). Run `/help` to see \
         the commands you may use.",
        entry.name
    )
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
    fn examples_name_their_command_and_its_real_options() {
        let commands = crate::discord::commands();
        for entry in GUIDE {
            let command = registered(&commands, entry.name).expect("registered");
            let rest = entry
                .example
                .strip_prefix(&format!("/{}", entry.name))
                .unwrap_or_else(|| panic!("{} does not start with its command", entry.example));
            for word in rest.split_whitespace() {
                if let Some((option, _)) = word.split_once(':') {
                    assert!(
                        command.parameters.iter().any(|p| p.name == option),
                        "/{} has no option {option}",
                        entry.name
                    );
                }
            }
        }
    }

    #[test]
    fn the_longest_overview_and_details_fit_discord_embeds() {
        let everything = Asker {
            in_server: true,
            permissions: Permissions::ALL,
            administrator: true,
        };
        let text: String = GUIDE
            .iter()
            .map(|e| format!("`/{}` · {}\n  ↳ `{}`\n", e.name, e.line, e.example))
            .collect();
        assert!(text.len() < 3_800, "{} characters", text.len());
        assert!(GUIDE.iter().all(|e| everything.may(e)));
        let commands = crate::discord::commands();
        for entry in GUIDE {
            let options: usize = registered(&commands, entry.name)
                .unwrap()
                .parameters
                .iter()
                .map(|p| p.name.len() + p.description.as_deref().unwrap_or_default().len() + 20)
                .sum();
            assert!(entry.about.len() + options < 4_000, "/{}", entry.name);
        }
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
