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
