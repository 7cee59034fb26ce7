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
