# Porter's words in English, the reference language: every other language has exactly
# these message ids with the same $placeholders (cargo test --lib i18n checks).
# Sections follow the code: numbers, command descriptions, the greeting and /help, errors,
# invitations, the school, joins and log lines, the joins chart.

## Numbers

# Between groups of three digits in large numbers: 5,000.
thousands-separator = ,

## Slash commands: each command's description (the message), its options' descriptions
## (attribute .<option>) and choice names (attribute .<option>-<n>, in the order offered).
## Command and option names stay English. Discord allows 100 characters each.

cmd-school = Set up this server as a school, or change its settings
cmd-school-setup = Create or update this server's school (needs manage)
    .member_role = The role everyone who joins gets
    .access = Who may join: private (invitation only, the default) or public
    .access-0 = private: only with an invitation
    .access-1 = public: anyone in the server may /join
    .welcome_channel = Where invite links lead (default: the system channel)
    .log_channel = Where Porter posts joins, revocations and warnings
    .approval = on: newcomers wait for a moderator to approve them (off by default)
    .approval-0 = on: a moderator approves each newcomer
    .approval-1 = off: codes, buttons and links admit at once
    .approval_channel = Where join requests go, with Approve / Deny buttons (default: the log channel)
    .welcome_message = Posted in the welcome channel when someone joins: {"{user} {school} {inviter}"}; off removes it
cmd-school-info = Show this school's settings and counts
cmd-school-check = Check what would stop Porter from working here, each with its fix (needs manage)
cmd-school-forget = Erase everything Porter holds about this server, now (server administrators only)
cmd-school-roles = The roles invitations may give besides the member role (class roles)
cmd-school-roles-add = Let invitations give this role besides the member role, e.g. a class (needs manage)
    .role = A plain role below Porter's and yours, e.g. @Year 7
cmd-school-roles-remove = Stop invitations giving this role; members keep it (needs manage)
    .role = A class role
cmd-school-roles-list = The roles invitations may give besides the member role (needs create or manage)
cmd-school-export = Export this school's invitations as a CSV file (needs revoke or manage)
cmd-school-pause = Stop every way in (codes, Join buttons, links) until /school resume or for: ends (needs manage)
    .for = How long, like 30m, 6h or 2d (default: until /school resume)
cmd-school-resume = Open every way in again after /school pause (needs manage)
cmd-permissions = Decide which roles may create, share and revoke invitations
cmd-permissions-grant = Let a role do something with invitations (needs manage)
    .role = The role
    .permission = create, share, revoke, approve (join requests), or manage (settings; implies all)
    .permission-0 = create
    .permission-1 = share
    .permission-2 = revoke
    .permission-3 = manage
    .permission-4 = approve
cmd-permissions-remove = Take a permission away from a role (needs manage)
    .role = The role
    .permission = The permission to take away
    .permission-0 = create
    .permission-1 = share
    .permission-2 = revoke
    .permission-3 = manage
    .permission-4 = approve
cmd-permissions-list = Show which roles hold which permissions (needs manage)
cmd-invite = Create, share and revoke invitations
cmd-invite-create = Create an invitation: you get a link and a code to share (needs create)
    .label = A name to tell it apart, e.g. "Year 7 parents" (up to 100 characters)
    .max_uses = How many people may join with it (1 to 10000; default: no limit)
    .expires_in = How long it works, e.g. 30m, 12h, 7d, 2w (default: until revoked)
    .dm = Also send it to this person in a DM (needs share)
    .channel = Also post it with a Join button in this channel (needs share)
    .for = Make it personal: only this person can use it, once (sent to them in a DM)
    .send = With for: send it to that person in a DM (default: yes, with share)
    .role = Also give this class role (from /school roles list)
    .role2 = Also give this class role
    .role3 = Also give this class role
    .roles_until = When the class roles end, e.g. 2026-07-15 or 12w (default: never)
    .email = Also send it by email to this address (needs share)
cmd-invite-share = Have Porter DM an invitation to someone or post it in a channel (needs share)
    .code = The invitation's code
    .dm = Send it to this person in a DM
    .channel = Post it with a Join button in this channel
    .email = Send it by email to this address
cmd-invite-revoke = Revoke an invitation: its code and link stop working at once (needs revoke)
    .code = The invitation's code
cmd-invite-list = List this school's invitations (needs create, revoke or manage)
    .include_inactive = Also show revoked, expired and used-up invitations
cmd-invite-info = Show one invitation and who joined through it (needs create, revoke or manage)
    .code = The invitation's code
cmd-invite-export = Export joins as a CSV file: everyone's, or one invitation's (needs revoke or manage)
    .code = Only the joins through this invitation (default: every join)
cmd-invite-roster = Make personal invitations for a list of people (a CSV file) and DM each (needs create)
    .file = A CSV file: a user id or username a row, then class roles (optional)
    .label = A name for these invitations (default: the file's name)
    .expires_in = How long they work, e.g. 7d, 2w (default: until revoked)
    .role = Also give everyone this class role (from /school roles list)
    .role2 = Also give everyone this class role
    .role3 = Also give everyone this class role
    .roles_until = When the class roles end, e.g. 2026-07-15 or 12w (default: never)
    .send = Send each invitation to its person in a DM (default: yes, with share)
    .resume = Take up roster number … where it stopped (or see what it did)
cmd-join = Join a school with an invite code (in a public school the code may be left out)
    .code = Your invite code, like ABCDE-FGHJK

## The first-run message and /help (issue 14, items 1 and 2).

## The getting-started message, posted once in a server Porter was just added to (in the
## server's language, also when it goes to the owner by DM).

greeting-title = Hello! Porter is here 👋
greeting-about = Porter gives **{ $server }** a controlled way in: moderators create invitations (a link and a code to share), and everyone who joins with one gets your member role.
greeting-start-name = Start with one command
greeting-start = Someone with **Manage Server** runs `/school setup member_role:@Members`, picking the role everyone who joins should get. Optional: `access:` (private or public), `welcome_channel:` (where links lead) and `log_channel:` (where Porter posts joins).
greeting-check-name = Then check
greeting-check = `/school check` tells you what would stop Porter from working here (its permissions, the role order, the channels), each with how to fix it. `/help` shows every command you may use.

## /help

cmd-help = The commands you may use here, or one of them in detail
    .command = One command to explain, e.g. invite create

help-title = Porter: what you can do
help-intro-server = The commands you may use here. `/help command:` explains one in detail.
help-intro-dm = In a DM, Porter takes these two. The other commands work in a school's server, where /help shows the ones you may use.
help-group-invite = Invitations
help-group-school = The school
help-group-permissions = Permissions
help-approve-note = Join requests (in a school with approval on) come with buttons to approve or deny them, which you may press.
help-options = Options
help-optional = optional
help-example = Example
help-who = Who may use it
help-who-everyone = Everyone, in a server and in a DM with Porter.
help-who-manage = Members whose roles hold **manage**, and anyone with Discord's Administrator or Manage Server permission.
help-who-any-of = Members whose roles hold { $permissions } (or manage, which includes it), and anyone with Discord's Administrator or Manage Server permission.
help-who-any-permission = Members whose roles hold any Porter permission, and anyone with Discord's Administrator or Manage Server permission.
help-who-administrator = The server owner, and members with Discord's **Administrator** permission (Manage Server alone is not enough).
# Joins the last two of a list of permissions: "create or revoke".
help-or = { $first } or { $last }
help-unknown = Porter has no command `/{ $command }`. Run `/help` to see the ones you may use.
help-refused = You can't use `/{ $command }`: it needs the { $permissions } permission, and your roles don't hold it. A moderator with manage can grant it to one of your roles (`/permissions grant`). Run `/help` to see the commands you may use.
help-refused-any = You can't use `/{ $command }`: it needs one of Porter's permissions, and your roles hold none. A moderator with manage can grant one to one of your roles (`/permissions grant`). Run `/help` to see the commands you may use.
help-refused-administrator = `/{ $command }` is for the server owner and members with Discord's Administrator permission. Run `/help` to see the commands you may use.
help-refused-dm = `/{ $command }` works only in a school's server. Run `/help` there to see what you may do.

## One message per command: its line in the overview; .example a typical use (command
## and option names stay English); .about what it does, for /help command:.

help-join = Join a school with an invitation's code.
    .example = /join code:ABCDE-FGHJK
    .about = Redeems an invitation's code: you get the school's member role (and any class roles the invitation gives). It works in the server and in a DM with Porter: in a DM the code names its school, and if you are not in that server yet, Porter replies with its link. In a public school you may leave the code out.
help-help = This guide: the commands you may use.
    .example = /help command:invite create
    .about = Lists the commands you may use where you ask, each with an example. With `command:` it shows one of them in detail: what it does, its options, an example and who may use it.
help-invite-create = Create an invitation: a link and a code to share.
    .example = /invite create label:Year 7 parents max_uses:30 expires_in:2w
    .about = Makes an invitation and shows its code and link, to you alone. Limit it with `max_uses:` and `expires_in:`, give class roles with `role:`, and send it at once with `dm:`, `channel:` or `email:` (these need the share permission). `for:` makes it personal: only that person can use it, once.
help-invite-share = Send an invitation by DM, in a channel or by email.
    .example = /invite share code:ABCDE-FGHJK channel:#welcome
    .about = Sends an invitation you already made: a DM names the school, the code and the link; a channel post carries a Join button. Porter posts only where you could post yourself.
help-invite-revoke = Revoke an invitation: its code and link stop working at once.
    .example = /invite revoke code:ABCDE-FGHJK
    .about = Revokes the invitation: Porter deletes its link in Discord and refuses its code from now on. People who joined with it keep their roles.
help-invite-list = The school's invitations, with their uses and expiry.
    .example = /invite list include_inactive:True
    .about = Lists the invitations a page at a time, each with its label, creator, uses, expiry and status. `include_inactive:` adds the revoked, expired and used-up ones.
help-invite-info = One invitation, and who joined through it.
    .example = /invite info code:ABCDE-FGHJK
    .about = Shows one invitation's settings and uses, and the people who joined through it (and whether they left).
help-invite-export = Joins as a CSV file, for a spreadsheet.
    .example = /invite export code:ABCDE-FGHJK
    .about = Sends a CSV file of the school's joins: who joined, when, how and through which invitation. `code:` keeps only the joins through that invitation.
help-invite-roster = Personal invitations for a list of people (a CSV file), each sent by DM.
    .example = /invite roster file:year7.csv role:@Year 7
    .about = Reads a CSV file (a user id or username a row, then class roles if you like) and makes one personal invitation for each person, sent to them by DM when you hold the share permission. The reply shows the progress and ends with a results file; a run that stopped goes on with `resume:`.
help-school-setup = Set this server up as a school, or change its settings.
    .example = /school setup member_role:@Members log_channel:#porter-log
    .about = Creates the school the first time; after that it changes only the options you give. The member role is what everyone who joins gets: it must be below Porter's role and carry no moderator permissions. Porter warns you about anything it cannot do with these settings.
help-school-info = The school's settings and counts.
    .example = /school info
    .about = Shows the member role, access, channels, approval and pause, with the members who joined, the joins and leaves of the last week and the active invitations.
help-school-check = What would stop Porter from working here, each with its fix.
    .example = /school check
    .about = Checks Porter's permissions, the role order, the channels and Discord's settings, and lists each problem with how to fix it. It changes nothing, so run it whenever something seems off.
help-school-pause = Stop every way in (codes, Join buttons, links) for a while.
    .example = /school pause for:2d
    .about = Nobody gets in through an invitation until `/school resume`, or until `for:` has passed. Porter also pauses Discord's own invites for the server.
help-school-resume = Open every way in again after a pause.
    .example = /school resume
    .about = Ends a pause at once: codes, Join buttons and links work again.
help-school-roles-add = Let invitations give a class role besides the member role.
    .example = /school roles add role:@Year 7
    .about = Adds a role to the school's class roles, which `/invite create role:` may give besides the member role. It must be a plain role below Porter's and yours.
help-school-roles-remove = Stop invitations giving a class role.
    .example = /school roles remove role:@Year 7
    .about = Takes the role off the class roles: invitations stop giving it, and the members who have it keep it.
help-school-roles-list = The class roles invitations may give.
    .example = /school roles list
    .about = Lists the school's class roles.
help-school-export = The school's invitations as a CSV file.
    .example = /school export
    .about = Sends a CSV file of every invitation: label, creator, uses, expiry and status.
help-school-forget = Erase everything Porter holds about this server.
    .example = /school forget
    .about = Shows what would be erased (invitations, joins, permissions, the audit trail) and asks you to confirm with a button; then erases it at once and deletes the invitations' links that still work.
help-permissions-grant = Let a role create, share, revoke, approve or manage.
    .example = /permissions grant role:@Teachers permission:create
    .about = Gives a permission to everyone holding the role: create, share and revoke invitations, approve join requests, or manage (the school's settings and permissions, which includes the rest). You change only roles below your own highest role.
help-permissions-remove = Take a permission away from a role.
    .example = /permissions remove role:@Teachers permission:share
    .about = Takes the permission back from the role; members keep what their other roles give them.
help-permissions-list = Which roles hold which permissions.
    .example = /permissions list
    .about = Shows the whole map of roles to Porter permissions.

## Errors every command can meet

error-unreadable-option = I couldn't read `{ $input }`. Check the option and try again.
error-missing-option = One of the options is missing or unreadable. Check them and try again.
error-guild-only = This command works only in a server, not in direct messages.
error-slash-only = Porter only answers slash commands.
error-internal = Something went wrong on Porter's side; it has been logged. Please try again in a minute.
# $what: what the member asked to do, from the command ("erase everything Porter holds about this server").
error-administrator-only = Only a server administrator (Discord's **Administrator** permission) or the server owner may { $what }. Manage Server alone is not enough. Nothing changed.
# Stands in for the server's name when Porter does not know it.
error-unknown-school-name = the school

## Schools and permissions

error-not-a-school = This server isn't set up as a school yet. Someone with Manage Server can start with `/school setup member_role:@Members`.
error-forbidden-any = You need any of Porter's permissions for this. Ask someone with Manage Server to grant it to one of your roles with `/permissions grant`.
# $permissions: one or more permission names, each in bold, joined by error-forbidden-or.
error-forbidden = You need Porter's { $permissions } permission for this. Ask someone with Manage Server to grant it to one of your roles with `/permissions grant`.
# Between two permission names in error-forbidden (spaces included).
error-forbidden-or = {" "}or{" "}
error-role-not-below-yours = That role is not below your highest role, so you can't change what it may do with Porter: a moderator hands out only what their place in the server allows. Nothing changed. Ask someone whose highest role is above it, a server administrator or the owner.
error-manage-for-everyone = **manage** can't be granted to @everyone: every member could then change Porter's settings and permissions. Nothing changed. Grant it to a moderator role instead.
# $why: one of the error-role-why-… messages.
error-unsuitable-member-role = That role can't be the member role: { $why }. Pick a plain role such as @Members.
error-unsuitable-class-role = That role can't be a class role: { $why }. Nothing changed. Pick a plain role such as @Year 7, below Porter's and yours.
error-role-why-everyone = everyone already has @everyone
error-role-why-managed = it is managed by an integration, so nobody can grant it
error-role-why-privileged = it carries moderator permissions, which newcomers must not get
error-role-why-above-you = it is not below your highest role, so you could not grant it yourself
error-role-why-above-porter = it is not below Porter's highest role, so Porter could not grant it

## Class roles

error-class-role-is-member-role = That is the school's member role, which every invitation already gives. Nothing changed.
error-too-many-class-roles = The school already has { $max } class roles. Nothing changed. Remove one with `/school roles remove` first.
# $role: the role's mention.
error-not-a-class-role = { $role } is not one of this school's class roles. Nothing changed. Someone with **manage** can add it with `/school roles add role:`; `/school roles list` shows the list.
# $invitations: the invitations' codes and labels, separated by commas.
error-class-role-in-use = Active invitations still give that role, so it stays on the list: { $invitations }. Revoke them with `/invite revoke` first (people who joined keep the role), then remove it.
error-class-role-in-use-more = …and { $count } more
error-too-many-extra-roles = An invitation gives at most { $max } roles besides the member role. Nothing was created.
error-term-without-roles = `roles_until` says when an invitation's extra roles end, and this one has none. Nothing was created. Add `role:` or leave `roles_until` out.
error-unreadable-term = I couldn't read `roles_until`. Write a date like `2026-07-15` (midnight UTC), a date and time like `2026-07-15 16:00` (UTC), or a duration like `30d` or `12w`. Nothing was created.
error-term-out-of-range = `roles_until` must be in the future, at least a minute away and at most two years away. Nothing was created.
# $role: the class role's mention; $why: one of the error-class-role-why-… messages.
error-class-role-grant = Porter couldn't give you the class role { $role }: { $why }. You got none of the invitation's roles. Nothing was used up. Tell a moderator: a server administrator must fix this (Server Settings → Roles: Porter needs Manage Roles and a role above { $role }), then try again.
# As error-class-role-grant, when Porter kept roles it had given: $roles their mentions, $count how many.
error-class-role-grant-held = Porter couldn't give you the class role { $role }: { $why }. Porter could not take back { $roles } it had just given you: a moderator should remove { $count ->
        [one] it
       *[other] them
    } by hand. Nothing was used up. Tell a moderator: a server administrator must fix this (Server Settings → Roles: Porter needs Manage Roles and a role above { $role }), then try again.
error-class-role-why-manage-roles = Porter is missing the **Manage Roles** permission
error-class-role-why-above-porter = the role is not below Porter's own role
error-class-role-why-gone = the role no longer exists
# $why: Discord's own words (status and message).
error-class-role-why-discord = Discord refused ({ $why })

## The member role

error-grant-manage-roles = Porter couldn't give you the member role: Porter is missing the **Manage Roles** permission. A server administrator must give Porter's role Manage Roles (Server Settings → Roles). Nothing was used up; try again once it's fixed.
error-grant-above-porter = Porter couldn't give you the member role: the member role is not below Porter's own role. A server administrator must drag Porter's role above the member role (Server Settings → Roles). Nothing was used up; try again once it's fixed.
error-grant-role-gone = Porter couldn't give you the member role: the school's member role no longer exists. A server administrator must pick a new one with `/school setup member_role:`. Nothing was used up; try again once it's fixed.
# $why: Discord's own words (status and message).
error-grant-discord = Porter couldn't give you the member role: Discord refused ({ $why }). If this keeps happening, tell a server administrator. Nothing was used up; try again once it's fixed.
error-discord-unreachable = Discord could not be reached

## Creating invitations

error-label-too-long = The label is too long: keep it to { $max } characters.
error-label-blank = The label has nothing visible in it: only spaces or invisible characters (such as zero-width spaces). Nothing was created. Type a label people can read, or leave `label` out.
# $character: the character's code point, U+202E.
error-label-direction-control = The label holds an invisible character that changes the direction text is shown in ({ $character }), which can make a label read as something else. Nothing was created. Type the label again without it; such characters often come along with pasted text.
error-max-uses-out-of-range = `max_uses` must be a whole number from 1 to { $max }, not { $value }.
error-personal-uses = A personal invitation (`for:`) lets its one person join once, so it can't have `max_uses:{ $value }`. Nothing was created. Leave `max_uses` out (or make it 1), or leave `for:` out to make an invitation several people can use.
error-personal-share = That is a personal invitation: only the person it was made for can use it, so Porter sends it to them alone and never posts it in a channel. Nothing was shared. Use `/invite share` with `dm:` set to that person, or create an invitation for whoever else needs one.
error-unreadable-expiry = I couldn't read that expiry. Write it like `30m`, `12h`, `7d` or `2w`.
error-expiry-out-of-range = An invitation can expire after 1 minute at the soonest and { $days } days at the latest.
# $status: revoked, expired, used-up or active.
error-inactive = That invitation is { $status ->
        [revoked] revoked
        [expired] expired
        [used-up] used up
       *[active] active
    }, so it can't be shared. Create a new one with `/invite create`.
error-already-revoked = That invitation was already revoked { $when }.

## Joining

error-for-someone-else = That code is from a personal invitation made for someone else, so it doesn't work for you. Ask a moderator of the school for your own invitation.
error-not-a-valid-invitation = That is not a valid invitation. Check the code and try again.
# $when: a Discord timestamp ("2 hours ago" in each reader's language).
error-expired = That invitation expired { $when }. Ask whoever invited you for a new one.
error-used-up = That invitation has been used up (all { $count } { $count ->
        [one] use
       *[other] uses
    } taken). Ask whoever invited you for a new one.
error-recounting = Porter is still counting who came in through this invitation's link a moment ago, so it can't tell yet whether a seat is left. Try again in a minute.
error-code-required = You need an invite code to join this school. Ask a moderator for one, then run `/join code:ABCDE-FGHJK`.
error-rate-limited = Too many wrong codes. You can try again { $when }.
# $until: the date and time; $when: the same, relative ("in 3 hours").
error-joining-paused-until = Joining this school is paused for now: the moderators stopped every way in until { $until } ({ $when }). Try again then; your code still works afterwards.
error-joining-paused = Joining this school is paused for now: the moderators stopped every way in until they resume it. Try again later; your code still works afterwards.

## Pausing and the welcome message

error-unreadable-pause = I couldn't read that length. Write it like `30m`, `12h` or `2d`, or leave `for:` out to pause until `/school resume`.
error-pause-out-of-range = A pause lasts 1 minute at the shortest and { $days } days at the longest. Leave `for:` out to pause until `/school resume`.
error-not-paused = Joining isn't paused, so there is nothing to resume. `/school pause` stops every way in.
# $placeholder: what the moderator wrote between braces.
error-unknown-placeholder = The welcome message holds `{ $placeholder }`, which Porter does not fill in. Use only `{"{user}"}` (the newcomer), `{"{school}"}` (the server's name) and `{"{inviter}"}` (who made the invitation). Nothing was changed.
error-welcome-too-long = The welcome message can be at most { $max } characters long. Nothing was changed.
error-welcome-blank = The welcome message is empty. Write a message, or `off` to remove it. Nothing was changed.

## Rosters

error-roster-not-text = That file is not text. Attach a CSV file (in a spreadsheet: File → Download or Save as → CSV) with one person a row: a Discord user id or a username. Nothing was created.
# $why: the CSV reader's own words.
error-roster-unreadable = I couldn't read that file as CSV ({ $why }). Nothing was created. Save it as CSV with one person a row: a Discord user id or a username.
error-roster-empty = That file names nobody. Put one person a row: a Discord user id or a username (a header row is fine). Nothing was created.
error-roster-too-long = That file has { $rows } rows; a roster takes at most { $max }. Nothing was created. Split it into several files of up to { $max } rows.
error-unknown-roster = This school has no roster { $roster }. The reply to `/invite roster` says each roster's number.
error-roster-running = Roster { $roster } is being worked through right now; its reply shows how far it got. Try `resume:` again once it is done.

## Join requests

error-unknown-request = That join request is not in this school's records (its school was erased, or it belongs to another server). Nothing changed.
error-request-expired = That join request expired: nothing was granted. The person can ask again with their code or link.
error-request-deciding = That join request is being approved right now. Nothing changed.
# $by: the mention of the moderator approving it.
error-request-deciding-by = That join request is being approved by { $by } right now. Nothing changed.
# $state: approved, denied or waiting.
error-request-decided = That join request was already { $state ->
        [approved] approved
        [denied] denied
        [waiting] waiting
       *[other] { $state }
    }. Nothing changed.
# $by: the mention of the moderator who decided it.
error-request-decided-by = That join request was already { $state ->
        [approved] approved
        [denied] denied
        [waiting] waiting
       *[other] { $state }
    } by { $by }. Nothing changed.
# $status: used-up, expired or revoked.
error-request-invitation-closed = Can't approve: the invitation they used { $status ->
        [used-up] is full: every use went to approved joins
        [expired] has expired
       *[revoked] was revoked
    }. The request still waits: deny it, or create a new invitation and ask them to use it.
error-requester-left = Can't approve: the person is no longer in the server. The request still waits; deny it, or approve once they are back.

## Emails

# $limit: how many emails; $when: a Discord timestamp ("in 3 hours").
error-email-limit-moderator = For you, Porter sent { $limit } invitation emails in the last 24 hours, the most one moderator may. Nothing was emailed. One more can go { $when }; until then share the code or link another way (`dm:` or `channel:`), or ask whoever runs Porter to raise `daily_per_moderator` under [email] in its config.
error-email-limit-school = For this school, Porter sent { $limit } invitation emails in the last 24 hours, the most one school may. Nothing was emailed. One more can go { $when }; until then share the code or link another way (`dm:` or `channel:`), or ask whoever runs Porter to raise `daily_per_school` under [email] in its config.

## Channels

# $channel: the channel's link.
error-moderator-cannot-post = You can't post in { $channel } yourself, so Porter won't post there for you.
error-not-text-channel = { $channel } is not a text channel; pick a text channel.

## Invite links

# $channel: the channel's link.
error-link-no-permission = Porter may not create invite links in { $channel }. Give Porter's role the **Create Invite** permission there (channel settings → Permissions), or pick another channel with `/school setup welcome_channel:`.
error-link-channel-gone = The welcome channel { $channel } no longer exists. Pick another with `/school setup welcome_channel:`.
# $why: one of the error-link-why-… messages, or error-discord-unreachable.
error-link-failed = Discord would not create the invite link ({ $why }), so nothing was created. Try again in a minute; if it keeps failing, run `/school check` to see whether Porter is missing a permission.
error-link-why-rate-limited = Discord is limiting how fast Porter may make invites
# $status: the HTTP status, 503.
error-link-why-discord-error = Discord had an error of its own, { $status }
# $why: Discord's own words (status and message).
error-link-why-refused = Discord refused: { $why }
error-link-no-channel = Porter found no channel where it may create invite links. Give Porter's role the **Create Invite** permission in your welcome channel and set it with `/school setup welcome_channel:`.

## Audit-log reasons (Server Settings → Audit Log), in the server's language

# $invitation: the invitation's number; $user: the id of who created it.
error-audit-joined-invitation = Porter: joined through invitation #{ $invitation } created by user { $user }
error-audit-joined-public = Porter: joined the public school
error-audit-class-role = Porter: a class role of invitation #{ $invitation } created by user { $user }

## Invitations as replies, DMs and posts show them

render-label-none = invitation #{ $id }
render-label = “{ $label }”
render-label-for = { $label } for { $user }
render-uses-of = { $uses } of { $max } { $max ->
        [one] use
       *[other] uses
    }
render-uses-no-limit = { $uses } { $uses ->
        [one] use
       *[other] uses
    } (no limit)
render-uses-short-no-limit = { $uses } (no limit)
render-expired = expired { $when }
render-never = never
render-roles-ended = { $roles } (ended { $when }, taken back)
render-roles-until = { $roles } until { $until }
render-no-link = none (the Discord invite is gone)
render-list-and = { $rest } and { $last }

## Statuses and how people joined

render-status-active = active
render-status-revoked = revoked
render-status-expired = expired
render-status-used-up = used up
render-how-code = code
render-how-button = Join button
render-how-link = link
render-how-public = public
render-how-unattributed = link? (one of several used at once)

## Embed field names

render-field-for = For
render-field-code = Code
render-field-link = Link
render-field-label = Label
render-field-uses = Uses
render-field-expires = Expires
render-field-roles = Roles
render-field-invite-code = Invite code
render-field-invite-link = Invite link
render-field-status = Status
render-field-created = Created
render-field-member-role = Member role
render-field-access = Access
render-field-welcome-channel = Welcome channel
render-field-log-channel = Log channel
render-field-members-joined = Members joined
render-field-joins-week = Joins in the last 7 days
render-field-left-week = Left in the last 7 days
render-field-active-invitations = Active invitations
render-field-class-roles = Class roles
render-field-joining = Joining
render-field-welcome-message = Welcome message

## The reply to the moderator who created an invitation

render-created-title = Invitation created
render-created-personal = A personal invitation: only { $user } can use its code or link, once. If they are already in the server they join with `/join code:{ $code }`; they can also send that to Porter in a DM.
render-created-shared = Share the link or the code. Someone already in the server joins with `/join code:{ $code }`; anyone can also send that to Porter in a DM.
render-roles-value = the member role, and { $extra }

## The DM to someone invited

render-dm-title = You're invited to { $school }
render-dm-intro = { $inviter } invited you to join **{ $school }**.
render-dm-personal = This invitation is for you alone: its code and link work only for you.
render-dm-roles = It also gives you { $count ->
        [one] the { $roles } role
       *[other] the { $roles } roles
    }.
render-dm-roles-until = It also gives you { $count ->
        [one] the { $roles } role
       *[other] the { $roles } roles
    }, until { $until }.
render-dm-how-link = Open { $url } to join, or if you are already in the server, use `/join code:{ $code }` there or here.
render-dm-how-code = Use `/join code:{ $code }` in the server or here.

## Channel posts and their Join button

render-post-title = Join { $school }
render-post-how = Press **Join** below to get the member role, or use `/join code:{ $code }`. Not in the server yet? Open the link.
render-post-shared = Shared by { $poster }.
render-join-button = Join
render-join-closed = Join ({ $status })
render-closed-title = Invitation { $label } has ended
render-closed-revoked = This invitation was revoked { $when }.
render-closed-expired = This invitation expired { $when }.
render-closed-used-up = This invitation has been used up ({ $uses }).
render-closed-active = This invitation still works.
render-closed-body = { $why } Its code and link no longer let anyone in; ask a moderator for a new invitation.

## /invite list and /invite info

list-title-all = Invitations ({ $count })
list-title-active = Active invitations ({ $count })
list-line = `{ $code }` { $label } · by { $creator } · { $uses }
list-expires = expires { $when }
list-also = also { $roles }
list-more = …and { $count } more.
list-empty-all = No invitations yet. Create one with `/invite create`.
list-empty-active = No active invitations. Create one with `/invite create`, or add `include_inactive:True` to see revoked, expired and used-up ones.
list-position-invitations = Invitations { $from }–{ $to } of { $total }
list-position-joins = Joins { $from }–{ $to } of { $total }
render-details-title = Invitation { $label }
render-revoked-when = revoked { $when }
render-revoked-when-by = revoked { $when } by { $user }
render-for-personal = { $user } (personal)
render-created-by = { $when } by { $user }
render-join-left = **left** { $when }
render-join-back = back { $when }
render-nobody-yet = Nobody yet.
render-joined = Joined through it ({ $count })
render-joined-maybe = Joined through it ({ $count }, and { $maybe } who may have)

## /school info and /school setup

render-school-title = School: { $name }
render-school-set-up = School set up
render-school-updated = School updated
render-access-private = private: invitation only
render-access-public = public: anyone may `/join`
render-welcome-channel-default = system channel, or the first Porter may invite to
render-none = none
render-not-set = not set
render-joining-open = open (stop every way in with `/school pause`)
render-paused-until = ⏸️ paused until { $until } ({ $when })
render-paused-by-until = ⏸️ paused by { $user } until { $until } ({ $when })
render-paused-resume = ⏸️ paused until `/school resume`
render-paused-by-resume = ⏸️ paused by { $user } until `/school resume`
render-welcome-none = none (set one with `/school setup welcome_message:`)
render-class-roles-none = none (add them with `/school roles add`)

## The Previous and Next buttons under /invite list and /invite info

list-page-previous = Previous
list-page-next = Next
list-page-broken = These buttons no longer work: run the command again.
list-page-not-yours = Only { $user }, who ran `{ $command }`, can turn its pages. Run `{ $command }` yourself.
list-page-expired = These pages expired: run `{ $command }` again to see more.

## /invite create and /invite share

invite-create-may-not-share = You may create invitations but not have Porter share them, so nothing was created. Run `/invite create` again without `dm:`, `channel:` and `email:` and share the code yourself, or ask someone with Manage Server to grant one of your roles the **share** permission.
invite-field-shared = Shared
invite-share-where = Say where to share it: add `dm:` with a person, `channel:` with a channel, `email:` with an address, or several.
invite-dm-bot = ⚠️ { $user } is a bot; bots can't join with invitations. Nothing was sent.
invite-dm-sent = ✅ Sent to { $user } in a DM.
invite-dm-closed = ⚠️ { $user } doesn't accept direct messages from Porter, so nothing was sent. Share the code or link with them another way, or post it in a channel.
invite-dm-refused = ⚠️ Discord refused the DM to { $user } ({ $why }). Share the code or link with them another way.
invite-posted = ✅ Posted in { $channel }.
invite-post-forbidden = ⚠️ Porter can't post in { $channel }. Give Porter's role View Channel, Send Messages and Embed Links there, then use `/invite share`.
invite-post-refused = ⚠️ Discord refused the post in { $channel } ({ $why }). Try again with `/invite share`.

## /invite revoke

invite-revoked = Revoked { $label } (`{ $code }`). Its code no longer works.
invite-revoked-link-deleted = Revoked { $label } (`{ $code }`). Its code no longer works and its link is deleted.
invite-revoked-link-kept = Revoked { $label } (`{ $code }`). Its code no longer works, but Porter couldn't delete its link: delete it by hand in Server Settings → Invites (the invite `{ $link }`), or give Porter Manage Server so it can.
invite-revoked-kept = { $count ->
        [one] The person who joined through it keeps
       *[other] The { $count } people who joined through it keep
    } their membership.
invite-revoked-kept-roles = { $count ->
        [one] The person who joined through it keeps
       *[other] The { $count } people who joined through it keep
    } their membership and { $roles }.
invite-revoked-kept-roles-until = { $count ->
        [one] The person who joined through it keeps
       *[other] The { $count } people who joined through it keep
    } their membership and { $roles } (until { $until }).

## Personal invitations (/invite create for:)

invite-personal-bot = { $user } is a bot; bots can't join with invitations. Nothing was created.
invite-personal-channel = A personal invitation (`for:`) works for one person only, so Porter doesn't post it in a channel. Nothing was created. Leave `channel:` out (Porter sends it to that person in a DM), or leave `for:` out to make an invitation for the channel.
invite-personal-other-dm = A personal invitation works only for the person in `for:`, so Porter sends it to { $user } alone, not to someone else. Nothing was created. Leave `dm:` out.
invite-personal-send-without-for = `send:` goes with `for:` (a personal invitation). Nothing was created. To have Porter DM an invitation to someone, use `dm:`.
invite-personal-not-sent = Not sent, as you asked (`send:False`). Pass its code and link on to { $user }; they work for them alone.
invite-personal-may-not-send = You may create invitations but not have Porter share them, so nothing was created. Run `/invite create` again with `send:False` and pass the code on yourself, or ask someone with Manage Server to grant one of your roles the **share** permission.
invite-personal-not-sent-no-share = Not sent: Porter sends invitations only for people with the **share** permission. Pass its code and link on to { $user }; they work for them alone.
invite-personal-undelivered = ⚠️ Porter couldn't send it to { $user }: they don't accept direct messages from Porter, or aren't in a server with Porter yet. Pass its code and link on to them another way (`/invite info` shows them); they work for them alone.

## Invitations by email (email:)

invite-email-off = Porter can't send email here: no mail server is set up, so nothing was done. Share the code or link with `dm:` or `channel:`, or ask whoever runs Porter to add an `[email]` section (host, port, tls, user, from; the password in PORTER_SMTP_PASSWORD) to its config.toml and restart it.
invite-email-bad-address = That is not an email address Porter can send to, so nothing was done. Type one address alone, like `name@example.org` (no name, no spaces, at most { $max } characters).
invite-email-sent = ✅ Emailed to { $address }.
invite-email-failed = ⚠️ The email to { $address } was not sent: { $why }. It does not count toward the daily limit. Check the address and try `/invite share` with `email:` again, or share the code another way.

## /school roles (class roles)

roles-title = Class roles
roles-list-title = Class roles ({ $count }/{ $max })
roles-added = { $role } is now a class role: `/invite create role:` can give it (up to { $max } per invitation) besides the member role, and `roles_until:` can say when it ends.
roles-already = { $role } was already a class role. Nothing changed.
roles-removed = { $role } is no longer a class role: new invitations can't give it. Members who have it keep it.
roles-none = No class roles yet: invitations give only the member role. Someone with **manage** adds one with `/school roles add role:`.
roles-line = { $role } · added by { $user } { $when }
roles-give = Give up to { $max } of them with `/invite create role: role2: role3:`.

## /permissions (permission names stay as in the command: create, share, revoke, manage, approve)

permissions-title = Porter permissions
permissions-granted = { $role } can now **{ $permission }** ({ $permission ->
        [create] create invitations
        [share] have Porter DM or post invitations
        [revoke] revoke invitations
        [approve] approve or deny join requests
       *[manage] school settings and permissions, and everything else
    }).
permissions-already = { $role } already had **{ $permission }**; nothing changed.
permissions-removed = { $role } no longer has **{ $permission }**.
permissions-not-had = { $role } did not have **{ $permission }**; nothing changed.
permissions-none = No role has a Porter permission yet. Grant one with `/permissions grant`.
permissions-more = …and { $count } more roles.
permissions-footer = Members with Administrator or Manage Server hold every permission.

## /invite export and /school export (the CSV files' columns and values stay English)

export-joins-empty = No joins yet: the file holds only the header row.
export-invitations-empty = No invitations yet: the file holds only the header row.
export-joins-attached = { $count ->
        [one] 1 join
       *[other] { $shown } joins
    }, attached.
export-invitations-attached = { $count ->
        [one] 1 invitation
       *[other] { $shown } invitations
    }, attached.
export-joins-last = Joins { $from }–{ $to } (the last file): { $total } in { $files } files in all.
export-invitations-last = Invitations { $from }–{ $to } (the last file): { $total } in { $files } files in all.
export-joins-more = Joins { $from }–{ $to }: Discord takes files of up to 10 MB, so more files follow.
export-invitations-more = Invitations { $from }–{ $to }: Discord takes files of up to 10 MB, so more files follow.
export-joins-stopped = The export stopped after { $files } files ({ $total } joins). Export one invitation at a time with `/invite export code:`.
export-invitations-stopped = The export stopped after { $files } files ({ $total } invitations). Revoked and ended invitations are all listed too.

## /school setup: its reply beyond the settings

school-approval-needs-channel = Join requests need a channel where moderators see them. Nothing changed. Run `/school setup` again with `approval_channel:` (or `log_channel:`).
school-approval-field = Approval
# $channel: the channel join requests go to (a channel link), or school-approval-nowhere.
school-approval-on = on: codes, buttons and links put newcomers in a queue; requests go to { $channel } with Approve / Deny buttons (manage, or the **approve** permission). Links made from now on grant no role; someone arriving through an older link has the roles Discord gave taken back and waits too.
school-approval-nowhere = nowhere yet
school-fix-field = Fix these before inviting anyone
school-next-field = Next
school-next = Let moderators hand out invitations with `/permissions grant`, then create one with `/invite create`.

## /school check (and /school setup's warnings): what would stop Porter, each with its fix

check-title = Porter check
check-all-good = ✅ Nothing to fix: Porter can create and delete invite links, see who arrives through them, grant the member role and post to the log channel.
check-not-a-school = • This server isn't a school yet. Start with `/school setup member_role:@Members`.
check-member-role-gone = • The member role no longer exists. Pick another with `/school setup member_role:`.
check-no-manage-roles = • Porter lacks **Manage Roles**, so it cannot give anyone the member role. Give Porter's role Manage Roles (Server Settings → Roles).
check-no-manage-server = • Porter lacks **Manage Server**, so it cannot see which invitation's link newcomers use, nor delete a link when its invitation is revoked or ends. Give Porter's role Manage Server (Server Settings → Roles).
# $role: the member role (a mention).
check-role-too-high = • { $role } is not below Porter's highest role, so Porter cannot grant it. Drag Porter's role above it (Server Settings → Roles).
check-no-create-invite = • Porter lacks **Create Invite**, so it cannot make invitation links. Give Porter's role Create Invite (Server Settings → Roles), or set a welcome channel where it has it with `/school setup welcome_channel:`.
# $channel: a channel link.
check-welcome-channel-gone = • The welcome channel { $channel } no longer exists. Pick another with `/school setup`.
check-log-channel-gone = • The log channel { $channel } no longer exists. Pick another with `/school setup`.
check-no-invites-in-channel = • Porter may not create invites in { $channel }, so it cannot make invitation links. Give it View Channel and **Create Invite** there (channel settings → Permissions).
check-cannot-post-in-channel = • Porter cannot post in { $channel }. Give it View Channel, Send Messages and Embed Links there.
check-members-intent-off = • The **Server Members** intent is off, so Porter cannot see who arrives through an invitation's link: those joins are not counted or logged, and arrivals in a public school do not get the member role. Whoever runs Porter must turn it on (Developer Portal → the application → Bot → Server Members Intent) and restart Porter.
# Discord's verification levels, as Discord's server settings describe them.
check-level-low = Low: a verified email
check-level-medium = Medium: a verified email and an account older than 5 minutes
check-level-high = High: a verified email, an account older than 5 minutes and 10 minutes in the server
check-level-highest = Highest: a verified phone
# $gate: screening (Membership Screening), level (a verification level, $level) or both.
check-gate-skipped =
    • This server asks newcomers to { $gate ->
        [screening] accept its rules (Membership Screening)
        [level] meet its verification level ({ $level })
       *[both] accept its rules (Membership Screening) and meet its verification level ({ $level })
    } before they take part. Discord lets anyone who holds a role skip that, and an invitation's link gives the member role as the person arrives, so people who come in through a link skip it, and Porter cannot hold them back. If that matters, give the member role only what someone who has not passed that gate may do (Server Settings → Roles → the member role, and the channels' permissions for it).

## Join requests (approval on): the request message for moderators, in the server's language

# $user: who asks (a mention); $invitation: the invitation's label; $creator: who created it
# (a mention); $how: code, button, link or public.
approval-request =
    🙋 { $user } asks to join with { $invitation } (created by { $creator }) { $how ->
        [code] by typing its code
        [button] by pressing its Join button
        [link] through its link
       *[public] without a code
    }.
approval-request-public = 🙋 { $user } asks to join the public school.
approval-approve-button = Approve
approval-deny-button = Deny
# Added to the request message once settled. $moderator: who decided (a mention).
approval-approved-by = ✅ Approved by { $moderator }.
approval-approved = ✅ Approved.
approval-denied-by = ⛔ Denied by { $moderator }.
approval-denied = ⛔ Denied.
approval-expired = ⌛ Expired: nobody decided in time.
approval-pending = Waiting.

## Join requests: the answer to the moderator who pressed Approve or Deny

approval-not-in-server = That button belongs to a join request of a server; press it there.
# $user: the person who asked (a mention).
approval-approved-reply = Approved: { $user } now has the member role.
approval-denied-reply = Denied: { $user } was told by DM.
approval-denied-untold-reply = Denied. { $user } doesn't accept DMs from Porter, so they were not told.

## Join requests: what the person who asked is told ($school: the server's name)

approval-waiting = **{ $school }** approves every newcomer first: your request went to its moderators. You'll get a DM once someone decides. Nothing was used up.
approval-waiting-again = You already asked to join **{ $school }**: your request is waiting for a moderator. You'll get a DM once someone decides.
approval-dm-approved = Your request to join **{ $school }** was approved: welcome! You now have its member role.
approval-dm-denied = Your request to join **{ $school }** was denied by its moderators. Nothing was used up; if you think this is a mistake, ask whoever invited you.

## /school forget: the warning, its buttons and what was erased (to the administrator who ran it)

# Counted things; $count selects the form, $shown is the number as written.
retention-invitations = { $count ->
    [one] { $shown } invitation
   *[other] { $shown } invitations
}
retention-links = { $count ->
    [one] { $shown } link
   *[other] { $shown } links
}
retention-joins = { $count ->
    [one] { $shown } join
   *[other] { $shown } joins
}
retention-grants = { $count ->
    [one] { $shown } grant
   *[other] { $shown } grants
}
retention-audit-entries = { $count ->
    [one] { $shown } audit entry
   *[other] { $shown } audit entries
}
retention-rows = { $count ->
    [one] { $shown } row
   *[other] { $shown } rows
}
retention-forget-title = Erase this school's data?
# The counts are retention-invitations … retention-rows; $deadline: when the buttons stop
# working (a Discord timestamp).
retention-forget-warning =
    This cannot be undone. Porter erases, for good, everything it holds about this server:
    • the school's settings (member role, access, welcome and log channels)
    • **{ $invitations }** and their codes; the **{ $links }** still working in Discord are deleted
    • **{ $joins }** (who joined, when and how)
    • **{ $grants }** of Porter's permissions to roles
    • **{ $audit_entries }**
    • its bookkeeping: invite counts Porter follows and wrong codes tried ({ $rows })

    Members keep the roles they have, and Porter's posts of invitations stay in their channels (their Join buttons stop working). Answer { $deadline }.
retention-erase-button = Erase everything
retention-cancel-button = Cancel
retention-button-stale = This button no longer works. Nothing was erased.
# $user: who ran /school forget (a mention).
retention-only-asker = Only { $user }, who ran `/school forget`, can answer this. Nothing was erased.
retention-question-expired = This question expired, so nothing was erased. Run `/school forget` again if you still want to erase the school's data.
retention-cancelled = Cancelled: nothing was erased.
retention-no-longer-administrator = You are no longer a server administrator here, so nothing was erased.
retention-already-erased = This server's school data was already erased: there is nothing left to erase.
# $apology: the apology for an error on Porter's side.
retention-failed = { $apology } Nothing was erased.
retention-erased-title = School data erased
# $deleted: how many links were deleted; $links: how many there were (retention-links).
retention-erased = Porter erased everything it held about this server: the school's settings, { $invitations }, { $joins }, { $grants } of permissions and { $audit_entries }. It deleted { $deleted } of its { $links } in Discord.
# $links: retention-links; $urls: one link per line.
retention-links-not-deleted = **Porter could not delete { $links }**; anyone who opens it still gets the member role. Delete it in Server Settings → Invites:
    { $urls }
retention-more = … and { $count } more
retention-use-again = To use Porter here again, start with `/school setup`.
# In the server's audit log, for each link deleted.
retention-link-reason = Porter: the school's data was erased (/school forget)

## /school pause and /school resume: the replies (the log lines are notify's)

pause-title = Joining paused
# $joining: whether joining is paused, by whom and until when.
pause-paused = { $joining }. Codes and Join buttons tell people that joining is paused and until when. `/school resume` opens everything again.
pause-links-field = Links
pause-links-off = Discord lets nobody in through this server's invite links meanwhile (all of them, not only Porter's). They work again, unchanged, when the pause ends.
pause-links-still-on = Porter could not pause this server's invite links on Discord: it needs **Manage Server** (see `/school check`). Until then anyone who arrives through one of Porter's links has the member role taken back and is not counted.
pause-resumed-title = Joining resumed
pause-resumed = Codes, Join buttons and links work again.
pause-resumed-links-pending = Codes and Join buttons work again. Porter could not switch the server's invite links back on yet; it tries again every minute, and Discord switches them back on by itself within 24 hours.

## End of term

# In the server's audit log, for each class role taken back. $invitation: its number.
term-reason = Porter: the term of invitation #{ $invitation } ended

## The welcome message (the moderator's own text stays as written)

# What {inviter} becomes when someone joined a public school without an invitation.
welcome-no-inviter = the school

## /join and the Join button: the answer to the person joining

join-welcome-role = Welcome to **{ $school }**! You now have the { $role } role.
join-welcome-roles = Welcome to **{ $school }**! You now have the { $roles } and { $last } roles.
# A role whose name Porter can't read.
join-role-unknown = member
join-already-member = You're already a member of **{ $school }**, so nothing changed.
join-not-in-server = That code is for **{ $school }**, and you're not in that server yet. Join through { $url } and you'll get the member role as you arrive.
join-not-in-server-no-link = That code is for **{ $school }**, and you're not in that server yet. Its link no longer works: ask whoever invited you for a new one.

## Log-channel lines: joins, leaves, terms

log-join = 📥 { $user } joined with { $invitation } (created by { $creator }) { $method ->
    [code] by typing its code
    [button] by pressing its Join button
    [link] by opening its link
   *[public] without a code
}.
log-join-roles = 📥 { $user } joined with { $invitation } (created by { $creator }) { $method ->
    [code] by typing its code
    [button] by pressing its Join button
    [link] by opening its link
   *[public] without a code
}, and got { $roles }.
log-join-public = 📥 { $user } joined the public school and got the member role.
log-back = 📥 { $user } is back through the link of { $invitation } (created by { $creator }). They joined through it before, so it is not counted again.
log-term = 🎓 The term of { $invitation } (created by { $creator }) ended: Porter took { $roles } back from { $people ->
    [one] 1 person
   *[other] { $people } people
}, who keep the member role.
log-leave = 📤 { $user } left; they joined { $joins }.
# Two joins of one person who left, the earlier first.
log-leave-and = { $first }, and { $next }
log-leave-just-now = just now
log-leave-public = { $when } without a code (public school)
log-leave-unattributed = { $when } through one of several links used at once
log-leave-with = { $when } with { $invitation } { $method ->
    [code] by typing its code
    [button] by pressing its Join button
   *[link] by opening its link
}
log-leave-erased = { $when } with an invitation since erased { $method ->
    [code] by typing its code
    [button] by pressing its Join button
   *[link] by opening its link
}
log-revoke = 🚫 { $moderator } revoked { $invitation } (created by { $creator }; { $uses } joined through it).
log-revoke-keep = 🚫 { $moderator } revoked { $invitation } (created by { $creator }; { $uses } joined through it). They keep { $roles }.
log-revoke-keep-until = 🚫 { $moderator } revoked { $invitation } (created by { $creator }; { $uses } joined through it). They keep { $roles } until { $until }.

## Log-channel lines: arrivals through links

log-unattributed = ❔ { $user } arrived through one of several invites used at the same moment ({ $invites }). Discord's counts say how many came through each, and Porter counted them; it can't tell who came through which.
log-unattributed-others = { $count ->
    [one] an invite that isn't Porter's
   *[other] { $count } invites that aren't Porter's
}
# Why an invitation's link should not have let anyone in, as in "“Year 7” was revoked".
log-refusal-revoked = was revoked
log-refusal-expired = had expired
log-refusal-paused = was paused with every other way in (`/school pause`)
log-refusal-full = had no seat left
log-refusal-full-of = had no seat left (all { $max } taken)
# One invitation and why it could not let anyone in: "“Year 7” was revoked".
log-refused-one = { $invitation } { $why }
log-refused-full-of = ⚠️ { $user } came in through the link of { $invitation } after all its { $max } seats were taken: Discord counts only the link's own uses, so it let them in. { $after }
log-refused-full = ⚠️ { $user } came in through the link of { $invitation } after its seats were taken. { $after }
log-refused-paused = ⚠️ { $user } came in through the link of { $invitation } while joining is paused: Discord let them in all the same, so Porter counted nothing. { $after }
log-refused-ended = ⚠️ { $user } came in through the link of { $invitation }, which { $why ->
    [revoked] was revoked
   *[expired] had expired
}, before Porter could delete the link. { $after }
log-unattributed-refusal = { $refusals }, and Porter can't tell whether { $user } came through { $count ->
    [one] it
   *[other] one of those
}. { $after }
log-taken-back = Porter took the member role back. If they should be in, share a working invitation with them.
log-not-taken-back = Porter could not take the member role back: remove it by hand if they should not have it, and run `/school check`.
log-grant-failed = ⚠️ { $user } arrived, but Porter could not give them the member role. { $why }
log-grant-failed-internal = Porter hit an internal error; see its logs.
log-link-gone = 🔗 The link of { $invitation } (created by { $creator }) was deleted in Discord. Its code still works; for a new link, create a new invitation.

## Log-channel lines: while Porter was offline

log-offline-joined = 📥 { $people ->
    [one] 1 person
   *[other] { $people } people
} joined through the link of { $invitation } (created by { $creator }) while Porter was offline.
log-offline-past-cap = ⚠️ { $people ->
    [one] 1 person
   *[other] { $people } people
} came in through the link of { $invitation } (created by { $creator }) while Porter was offline; { $all ->
    [yes] all of them
   *[no] { $past } of them
} after it { $why ->
    [revoked] was revoked
    [expired] had expired
    [paused] was paused with every other way in (`/school pause`)
    [full-of] had no seat left (all { $max } taken)
   *[full] had no seat left
}.
log-offline-vanished = 🔗 The link of { $invitation } (created by { $creator }) disappeared while Porter was offline. Discord removes a link once its last use is taken, so Porter counts the { $uses ->
    [one] 1 use
   *[other] { $uses } uses
} it had left as taken{ $past ->
    [0] {""}
   *[other] { " " }({ $past } of them past the invitation's cap)
}. If someone deleted the link by hand instead, create a new invitation for whoever still needs one.
log-offline-deleted = 🔗 The link of { $invitation } (created by { $creator }) was deleted in Discord while Porter was offline. Its code still works; for a new link, create a new invitation.
log-offline-people = 👥 { $people ->
    [one] 1 person
   *[other] { $people } people
} came in through invitation links while Porter was offline.
log-offline-people-nobody = Porter can't tell who: no member who joined while it was away holds the member role without a join it knows of.
log-offline-people-named = They are { $people }: they joined the server while Porter was away and hold the member role, with no join Porter knows of.
log-offline-people-more = and { $count } more
log-offline-people-unnamed = Porter can't name the other { $count }: they were already in the server.
log-offline-people-unknown = Porter can't tell who they were: it could not read the member list.
log-offline-people-past-cap = { $count } of them came in past an invitation's cap or after it ended; Porter can't tell which, so it took no role back: check them, and remove the member role from anyone who should not have it.

## Log-channel lines: wrong codes, pauses

log-failure-alert = ⚠️ { $count } wrong invite codes were tried in this server in the last hour. Someone may be guessing codes; Porter already makes each person wait after 5 wrong tries in 15 minutes. Revoke any invitation you think has leaked with `/invite revoke`.
log-pause = ⏸️ { $moderator } paused joining until { $until } ({ $relative }). { $links ->
    [off] Codes, Join buttons and the server's invite links let nobody in meanwhile.
   *[on] Codes and Join buttons let nobody in meanwhile, but Porter could not pause the server's invite links on Discord (it needs **Manage Server**): anyone who arrives through one of Porter's links has the member role taken back.
}
log-pause-open = ⏸️ { $moderator } paused joining until `/school resume`. { $links ->
    [off] Codes, Join buttons and the server's invite links let nobody in meanwhile.
   *[on] Codes and Join buttons let nobody in meanwhile, but Porter could not pause the server's invite links on Discord (it needs **Manage Server**): anyone who arrives through one of Porter's links has the member role taken back.
}
log-resume = ▶️ { $moderator } resumed joining: codes, Join buttons and links work again.
log-pause-ended = ▶️ Joining resumed: the pause ended at { $until }. Codes, Join buttons and links work again.
log-pause-ended-by = ▶️ Joining resumed: the pause { $moderator } set ended at { $until }. Codes, Join buttons and links work again.

## Audit-log reasons for roles Porter takes back from arrivals

arrival-reason-refused = Porter: invitation #{ $id } { $why }
arrival-reason-approval = Porter: joins wait for a moderator's approval

## Invitation emails (in the school's language)

email-subject = Your invitation to { $school } on Discord
email-intro = { $inviter } invited you to join { $school } on Discord.
email-invitation = Invitation: { $label }
email-code = Code: { $code }
email-link = Link: { $link }
email-valid-until = Valid until: { $until }
email-valid-until-revoked = Valid until: revoked by the school
email-how = How to join:
# $join is "/join code:ABCDE-FGHJK", as the person types it.
email-how-link = Open { $link } and accept the invite (you need a Discord account): that lets you in. If you are already in the server, type { $join } there instead.
email-how-code = In the server, type { $join } (ask the school for a way in if you are not in it yet).
email-ignore = If you did not expect this email, ignore it: nothing happens unless you use it.

## Why an email did not go out (for moderators)

email-failed-build = the message could not be built
email-failed-closed = the mail server closed the connection
email-failed-permanent = the mail server refused it permanently
email-failed-permanent-code = the mail server refused it permanently ({ $code })
email-failed-transient = the mail server refused it for now
email-failed-transient-code = the mail server refused it for now ({ $code })
email-failed-timeout = the mail server did not answer in time
email-failed-unreachable = the mail server could not be reached

## /invite roster: the moderator's reply (the results file's outcome and detail stay English, as data)

roster-resume-alone = `resume:` takes up a roster with the options it was made with. Give `resume:` alone, or leave it out to start a new roster from a file.
roster-no-file = Attach the list as `file:`: a CSV file with one person a row (a Discord user id, or the username of someone already in the server), and optionally class roles after it. To take up a roster that stopped, give `resume:` with its number.
roster-no-file-unfinished = Attach the list as `file:`: a CSV file with one person a row (a Discord user id, or the username of someone already in the server), and optionally class roles after it. To take up a roster that stopped, give `resume:` with its number. Rosters that stopped before their end: { $rosters }.
roster-more = …and { $count } more
roster-no-share = You may create invitations but not have Porter send them, so nothing was created. Run `/invite roster` again with `send:False` and pass the codes on yourself (the reply attaches them), or ask someone with Manage Server to grant one of your roles the **share** permission.
roster-not-csv = `{ $file }` is not a CSV file. Attach a `.csv` file (in a spreadsheet: File → Download or Save as → CSV) with one person a row. Nothing was created.
roster-too-large = That file is { $size } KB; a roster file may be at most { $max } KB (500 rows fit easily). Nothing was created. Remove the columns Porter doesn't need (keep the person and the class roles), or split the list.
roster-download-failed = Porter couldn't download the file from Discord ({ $why }). Nothing was created. Try again in a minute.
roster-progress = **Roster { $id }** (`{ $file }`): { $done }/{ $rows } { $send ->
    [yes] sent or settled
   *[no] done
} so far. Porter goes at the pace Discord allows; this message shows how far it got.
roster-by-dm = (Discord lets Porter edit a reply for 15 minutes only, so here it is in { $school }.)
roster-rows = { $count ->
    [one] row
   *[other] rows
} { $rows }
roster-rows-more = { $count ->
    [one] row
   *[other] rows
} { $rows } and { $more } more
roster-summary-head = **Roster { $id }** (`{ $file }`): { $done } of { $rows } rows done.
roster-summary-sent = ✅ { $count } sent by DM.
roster-summary-not-sent = 📋 { $count } made and not sent, as you asked: pass each code and link on to its person (in the attached file).
roster-summary-dm-closed = ⚠️ { $count } DMs closed: made, but Discord wouldn't deliver them (the person doesn't accept DMs from Porter, or isn't in a server with Porter yet). **Pass those on yourself**: the attached file has each code and link (outcome `dm_closed`); they work for their person alone.
roster-summary-unknown = ❓ { $count } unknown users ({ $rows }): no Discord user with that id, or nobody in the server with that username. Someone not in the server yet can only be named by user id.
roster-summary-bad = ❌ { $count } bad rows skipped ({ $rows }); the attached file says why.
# Follows "N not done yet" when some rows failed.
roster-summary-failed = { " " }({ $count } failed: { $rows })
roster-summary-left = 🔁 { $count } not done yet{ $failed }. Fix the cause, then run `/invite roster resume:{ $id }`: it takes up only those rows and never makes a second invitation for a row.
# $why is the last failed row's detail from the results file (English).
roster-summary-left-stopped = 🔁 { $count } not done yet{ $failed }. Porter stopped after { $max } rows in a row failed: { $why } Fix the cause, then run `/invite roster resume:{ $id }`: it takes up only those rows and never makes a second invitation for a row.
roster-summary-file = The attached file lists every row with its outcome, code and link. `/invite roster resume:{ $id }` shows this again.
roster-summary-more-lines = …and { $count } more lines
roster-reason-created = Porter: invitation created by user { $user } (roster { $id })
roster-reason-not-saved = Porter: invitation not saved

## The joins chart under /school info and /invite info (a picture: keep each text short)

# Under the school's name.
chart-subtitle = Joins per day, last 30 days (UTC)
# At the top right: every join the chart shows. $total is $count written out (5,000).
chart-total = { $count ->
    [one] { $total } join
   *[other] { $total } joins
}
# The legend: how people came in.
chart-code = Code
chart-button = Join button
chart-link = Link
chart-public = Public
# Across a chart without any join.
chart-empty = No joins in the last 30 days
