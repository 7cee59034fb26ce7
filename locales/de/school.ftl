## /school setup: die Antwort über die Einstellungen hinaus

school-approval-needs-channel = Beitrittsanfragen brauchen einen Kanal, in dem die Moderation sie sieht. Nichts wurde geändert. Führe `/school setup` noch einmal mit `approval_channel:` (oder `log_channel:`) aus.
school-approval-field = Freigabe
# $channel: der Kanal für Beitrittsanfragen (ein Kanallink) oder school-approval-nowhere.
school-approval-on = an: Codes, Buttons und Links stellen Neue in eine Warteschlange; Anfragen gehen nach { $channel } mit den Buttons Annehmen / Ablehnen (manage oder die Berechtigung **approve**). Ab jetzt erstellte Links geben keine Rolle; wer über einen älteren Link kommt, verliert die Rollen, die Discord vergeben hat, wieder und wartet ebenfalls.
school-approval-nowhere = noch nirgendwohin
school-fix-field = Behebe das, bevor du jemanden einlädst
school-next-field = Als Nächstes
school-next = Lass die Moderation mit `/permissions grant` Einladungen verteilen und erstelle dann eine mit `/invite create`.

## /school check (und die Warnungen von /school setup): was Porter aufhalten würde, jeweils mit Abhilfe

check-title = Porter-Check
check-all-good = ✅ Nichts zu beheben: Porter kann Einladungslinks erstellen und löschen, sehen, wer über sie kommt, die Mitgliedsrolle vergeben und in den Log-Kanal posten.
check-not-a-school = • Dieser Server ist noch keine Schule. Fang mit `/school setup member_role:@Members` an.
check-member-role-gone = • Die Mitgliedsrolle gibt es nicht mehr. Wähle mit `/school setup member_role:` eine andere.
check-no-manage-roles = • Porter fehlt **Rollen verwalten**, daher kann es niemandem die Mitgliedsrolle geben. Gib Porters Rolle „Rollen verwalten“ (Servereinstellungen → Rollen).
check-no-manage-server = • Porter fehlt **Server verwalten**, daher sieht es nicht, über welchen Einladungslink Neue kommen, und kann keinen Link löschen, wenn seine Einladung widerrufen wird oder endet. Gib Porters Rolle „Server verwalten“ (Servereinstellungen → Rollen).
# $role: die Mitgliedsrolle (eine Erwähnung).
check-role-too-high = • { $role } steht nicht unter Porters höchster Rolle, daher kann Porter sie nicht vergeben. Zieh Porters Rolle darüber (Servereinstellungen → Rollen).
check-no-create-invite = • Porter fehlt **Einladung erstellen**, daher kann es keine Einladungslinks machen. Gib Porters Rolle „Einladung erstellen“ (Servereinstellungen → Rollen) oder lege mit `/school setup welcome_channel:` einen Willkommenskanal fest, in dem es das darf.
# $channel: ein Kanallink.
check-welcome-channel-gone = • Den Willkommenskanal { $channel } gibt es nicht mehr. Wähle mit `/school setup` einen anderen.
check-log-channel-gone = • Den Log-Kanal { $channel } gibt es nicht mehr. Wähle mit `/school setup` einen anderen.
check-no-invites-in-channel = • Porter darf in { $channel } keine Einladungen erstellen, daher kann es keine Einladungslinks machen. Gib ihm dort „Kanal ansehen“ und **Einladung erstellen** (Kanaleinstellungen → Berechtigungen).
check-cannot-post-in-channel = • Porter kann nicht in { $channel } posten. Gib ihm dort „Kanal ansehen“, „Nachrichten senden“ und „Links einbetten“.
check-members-intent-off = • Der **Server Members**-Intent ist aus, daher sieht Porter nicht, wer über den Link einer Einladung kommt: Diese Beitritte werden weder gezählt noch gemeldet, und Neue in einer öffentlichen Schule bekommen die Mitgliedsrolle nicht. Wer Porter betreibt, muss ihn einschalten (Developer Portal → die Anwendung → Bot → Server Members Intent) und Porter neu starten.
# Die Verifizierungsstufen, wie Discords Servereinstellungen sie beschreiben.
check-level-low = Niedrig: eine bestätigte E-Mail-Adresse
check-level-medium = Mittel: eine bestätigte E-Mail-Adresse und ein Konto, das älter als 5 Minuten ist
check-level-high = Hoch: eine bestätigte E-Mail-Adresse, ein Konto, das älter als 5 Minuten ist, und 10 Minuten auf dem Server
check-level-highest = Höchste: eine bestätigte Telefonnummer
# $gate: screening (Mitgliederüberprüfung), level (eine Verifizierungsstufe, $level) oder both.
check-gate-skipped =
    • Dieser Server verlangt von Neuen, { $gate ->
        [screening] seine Regeln zu akzeptieren (Mitgliederüberprüfung)
        [level] seine Verifizierungsstufe zu erfüllen ({ $level })
       *[both] seine Regeln zu akzeptieren (Mitgliederüberprüfung) und seine Verifizierungsstufe zu erfüllen ({ $level })
    }, bevor sie mitmachen. Discord lässt alle, die eine Rolle haben, das überspringen, und der Link einer Einladung gibt die Mitgliedsrolle schon bei der Ankunft. Wer über einen Link kommt, überspringt es also, und Porter kann niemanden aufhalten. Wenn dir das wichtig ist, gib der Mitgliedsrolle nur, was jemand ohne diese Prüfung tun darf (Servereinstellungen → Rollen → die Mitgliedsrolle, und die Berechtigungen der Kanäle für sie).

## Beitrittsanfragen (Freigabe an): die Anfrage für die Moderation, in der Sprache des Servers

# $user: wer fragt (eine Erwähnung); $invitation: der Name der Einladung; $creator: wer sie
# erstellt hat (eine Erwähnung); $how: code, button, link oder public.
approval-request =
    🙋 { $user } möchte mit { $invitation } (erstellt von { $creator }) beitreten, { $how ->
        [code] durch Eingabe ihres Codes
        [button] über ihren Beitreten-Button
        [link] über ihren Link
       *[public] ohne Code
    }.
approval-request-public = 🙋 { $user } möchte der öffentlichen Schule beitreten.
approval-approve-button = Annehmen
approval-deny-button = Ablehnen
# Wird an die Anfrage angehängt, sobald entschieden ist. $moderator: wer entschieden hat.
approval-approved-by = ✅ Angenommen von { $moderator }.
approval-approved = ✅ Angenommen.
approval-denied-by = ⛔ Abgelehnt von { $moderator }.
approval-denied = ⛔ Abgelehnt.
approval-expired = ⌛ Abgelaufen: Niemand hat rechtzeitig entschieden.
approval-pending = Wartet.

## Beitrittsanfragen: die Antwort an die Person, die Annehmen oder Ablehnen gedrückt hat

approval-not-in-server = Dieser Button gehört zu einer Beitrittsanfrage auf einem Server; drück ihn dort.
# $user: die Person, die gefragt hat (eine Erwähnung).
approval-approved-reply = Angenommen: { $user } hat jetzt die Mitgliedsrolle.
approval-denied-reply = Abgelehnt: { $user } wurde per DM benachrichtigt.
approval-denied-untold-reply = Abgelehnt. { $user } nimmt keine DMs von Porter an und wurde daher nicht benachrichtigt.

## Beitrittsanfragen: was die fragende Person erfährt ($school: der Name des Servers)

approval-waiting = **{ $school }** nimmt jede neue Person erst nach einer Freigabe auf: Deine Anfrage ging an die Moderation. Du bekommst eine DM, sobald jemand entschieden hat. Nichts wurde verbraucht.
approval-waiting-again = Du hast schon gefragt, ob du **{ $school }** beitreten darfst: Deine Anfrage wartet auf die Moderation. Du bekommst eine DM, sobald jemand entschieden hat.
approval-dm-approved = Deine Anfrage, **{ $school }** beizutreten, wurde angenommen: Willkommen! Du hast jetzt die Mitgliedsrolle.
approval-dm-denied = Deine Anfrage, **{ $school }** beizutreten, wurde von der Moderation abgelehnt. Nichts wurde verbraucht; wenn du das für einen Irrtum hältst, frag die Person, die dich eingeladen hat.

## /school forget: die Warnung, ihre Buttons und was gelöscht wurde (an die Person, die es ausgeführt hat)

# Gezählte Dinge; $count wählt die Form, $shown ist die geschriebene Zahl.
retention-invitations = { $count ->
    [one] { $shown } Einladung
   *[other] { $shown } Einladungen
}
retention-links = { $count ->
    [one] { $shown } Link
   *[other] { $shown } Links
}
retention-joins = { $count ->
    [one] { $shown } Beitritt
   *[other] { $shown } Beitritte
}
retention-grants = { $count ->
    [one] { $shown } Vergabe
   *[other] { $shown } Vergaben
}
retention-audit-entries = { $count ->
    [one] { $shown } Protokolleintrag
   *[other] { $shown } Protokolleinträge
}
retention-rows = { $count ->
    [one] { $shown } Zeile
   *[other] { $shown } Zeilen
}
retention-forget-title = Die Daten dieser Schule löschen?
# Die Zahlen sind retention-invitations … retention-rows; $deadline: wann die Buttons nicht
# mehr gehen (ein Discord-Zeitstempel).
retention-forget-warning =
    Das lässt sich nicht rückgängig machen. Porter löscht endgültig alles, was es über diesen Server weiß:
    • die Einstellungen der Schule (Mitgliedsrolle, Zugang, Willkommens- und Log-Kanal)
    • **{ $invitations }** samt ihren Codes; die **{ $links }**, die in Discord noch funktionieren, werden gelöscht
    • **{ $joins }** (wer wann wie beigetreten ist)
    • **{ $grants }** von Porters Berechtigungen an Rollen
    • **{ $audit_entries }**
    • seine Buchführung: Einladungszähler, die Porter verfolgt, und falsch eingegebene Codes ({ $rows })

    Mitglieder behalten ihre Rollen, und Porters Posts von Einladungen bleiben in ihren Kanälen (ihre Beitreten-Buttons funktionieren dann nicht mehr). Antworte { $deadline }.
retention-erase-button = Alles löschen
retention-cancel-button = Abbrechen
retention-button-stale = Dieser Button funktioniert nicht mehr. Nichts wurde gelöscht.
# $user: wer /school forget ausgeführt hat (eine Erwähnung).
retention-only-asker = Nur { $user } hat `/school forget` ausgeführt und kann das beantworten. Nichts wurde gelöscht.
retention-question-expired = Diese Frage ist abgelaufen, daher wurde nichts gelöscht. Führe `/school forget` noch einmal aus, wenn du die Daten der Schule weiterhin löschen willst.
retention-cancelled = Abgebrochen: Nichts wurde gelöscht.
retention-no-longer-administrator = Du bist hier kein Server-Admin mehr, daher wurde nichts gelöscht.
retention-already-erased = Die Schuldaten dieses Servers wurden schon gelöscht: Es gibt nichts mehr zu löschen.
# $apology: die Entschuldigung für einen Fehler auf Porters Seite.
retention-failed = { $apology } Nichts wurde gelöscht.
retention-erased-title = Schuldaten gelöscht
# $deleted: wie viele Links gelöscht wurden; $links: wie viele es gab (retention-links).
retention-erased = Porter hat alles gelöscht, was es über diesen Server wusste: die Einstellungen der Schule, { $invitations }, { $joins }, { $grants } von Berechtigungen und { $audit_entries }. Es hat { $deleted } seiner { $links } in Discord gelöscht.
# $links: retention-links; $urls: ein Link pro Zeile.
retention-links-not-deleted = **Porter konnte { $links } nicht löschen**; wer ihn öffnet, bekommt weiterhin die Mitgliedsrolle. Lösche ihn unter Servereinstellungen → Einladungen:
    { $urls }
retention-more = … und { $count } weitere
retention-use-again = Um Porter hier wieder zu nutzen, fang mit `/school setup` an.
# Im Audit-Log des Servers, für jeden gelöschten Link.
retention-link-reason = Porter: Die Daten der Schule wurden gelöscht (/school forget)

## /school pause und /school resume: die Antworten (die Log-Zeilen gehören zu notify)

pause-title = Beitreten pausiert
# $joining: ob das Beitreten pausiert ist, von wem und bis wann.
pause-paused = { $joining }. Codes und Beitreten-Buttons sagen allen, dass das Beitreten pausiert ist und bis wann. `/school resume` öffnet wieder alles.
pause-links-field = Links
pause-links-off = Discord lässt solange niemanden über die Einladungslinks dieses Servers herein (alle, nicht nur die von Porter). Wenn die Pause endet, funktionieren sie wieder, unverändert.
pause-links-still-on = Porter konnte die Einladungslinks dieses Servers bei Discord nicht pausieren: Es braucht **Server verwalten** (siehe `/school check`). Bis dahin verliert jede Person, die über einen von Porters Links kommt, die Mitgliedsrolle wieder und wird nicht gezählt.
pause-resumed-title = Beitreten fortgesetzt
pause-resumed = Codes, Beitreten-Buttons und Links funktionieren wieder.
pause-resumed-links-pending = Codes und Beitreten-Buttons funktionieren wieder. Porter konnte die Einladungslinks des Servers noch nicht wieder einschalten; es versucht es jede Minute erneut, und Discord schaltet sie innerhalb von 24 Stunden von selbst wieder ein.

## Ende der Laufzeit (Term)

# Im Audit-Log des Servers, für jede zurückgenommene Klassenrolle. $invitation: ihre Nummer.
term-reason = Porter: Die Laufzeit der Einladung #{ $invitation } ist zu Ende

## Die Willkommensnachricht (der eigene Text der Moderation bleibt, wie er ist)

# Was aus {inviter} wird, wenn jemand ohne Einladung einer öffentlichen Schule beitritt.
welcome-no-inviter = die Schule
