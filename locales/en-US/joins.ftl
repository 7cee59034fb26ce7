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
