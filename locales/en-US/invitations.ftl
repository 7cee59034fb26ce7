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
