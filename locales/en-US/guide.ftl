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
