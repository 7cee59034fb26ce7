## /join und der Beitreten-Button: die Antwort an die Person, die beitritt

join-welcome-role = Willkommen bei **{ $school }**! Du hast jetzt die Rolle { $role }.
join-welcome-roles = Willkommen bei **{ $school }**! Du hast jetzt die Rollen { $roles } und { $last }.
# Eine Rolle, deren Namen Porter nicht lesen kann.
join-role-unknown = Mitglied
join-already-member = Du bist schon Mitglied von **{ $school }**, also hat sich nichts geändert.
join-not-in-server = Dieser Code gehört zu **{ $school }**, und du bist noch nicht auf diesem Server. Tritt über { $url } bei, dann bekommst du die Mitgliedsrolle, sobald du ankommst.
join-not-in-server-no-link = Dieser Code gehört zu **{ $school }**, und du bist noch nicht auf diesem Server. Sein Link funktioniert nicht mehr: Bitte die Person, die dich eingeladen hat, um einen neuen.

## Zeilen im Log-Kanal: Beitritte, Austritte, Laufzeiten

log-join = 📥 { $user } ist mit { $invitation } (erstellt von { $creator }) beigetreten, { $method ->
    [code] indem { $user } den Code eingegeben hat
    [button] über den Beitreten-Button
    [link] über den Link
   *[public] ohne Code
}.
log-join-roles = 📥 { $user } ist mit { $invitation } (erstellt von { $creator }) beigetreten, { $method ->
    [code] indem { $user } den Code eingegeben hat
    [button] über den Beitreten-Button
    [link] über den Link
   *[public] ohne Code
}, und hat { $roles } bekommen.
log-join-public = 📥 { $user } ist der öffentlichen Schule beigetreten und hat die Mitgliedsrolle bekommen.
log-back = 📥 { $user } ist über den Link von { $invitation } (erstellt von { $creator }) zurück. { $user } ist darüber schon einmal beigetreten, deshalb wird es nicht noch einmal gezählt.
log-term = 🎓 Die Laufzeit von { $invitation } (erstellt von { $creator }) ist vorbei: Porter hat { $roles } { $people ->
    [one] 1 Person
   *[other] { $people } Personen
} wieder weggenommen; die Mitgliedsrolle behalten sie.
log-leave = 📤 { $user } ist gegangen; beigetreten { $joins }.
# Zwei Beitritte einer Person, die gegangen ist, der frühere zuerst.
log-leave-and = { $first }, und { $next }
log-leave-just-now = gerade eben
log-leave-public = { $when } ohne Code (öffentliche Schule)
log-leave-unattributed = { $when } über einen von mehreren gleichzeitig genutzten Links
log-leave-with = { $when } mit { $invitation } { $method ->
    [code] per Code
    [button] über den Beitreten-Button
   *[link] über den Link
}
log-leave-erased = { $when } mit einer inzwischen gelöschten Einladung { $method ->
    [code] per Code
    [button] über den Beitreten-Button
   *[link] über den Link
}
log-revoke = 🚫 { $moderator } hat { $invitation } widerrufen (erstellt von { $creator }; { $uses } darüber beigetreten).
log-revoke-keep = 🚫 { $moderator } hat { $invitation } widerrufen (erstellt von { $creator }; { $uses } darüber beigetreten). Sie behalten { $roles }.
log-revoke-keep-until = 🚫 { $moderator } hat { $invitation } widerrufen (erstellt von { $creator }; { $uses } darüber beigetreten). Sie behalten { $roles } bis { $until }.

## Zeilen im Log-Kanal: Ankünfte über Links

log-unattributed = ❔ { $user } ist über einen von mehreren Einladungslinks gekommen, die im selben Moment genutzt wurden ({ $invites }). Discords Zähler sagen, wie viele über jeden kamen, und Porter hat sie gezählt; wer über welchen kam, kann es nicht sagen.
log-unattributed-others = { $count ->
    [one] ein Einladungslink, der nicht von Porter ist
   *[other] { $count } Einladungslinks, die nicht von Porter sind
}
# Warum der Link einer Einladung niemanden hätte hereinlassen dürfen, wie in „„Klasse 7“ wurde widerrufen“.
log-refusal-revoked = wurde widerrufen
log-refusal-expired = war abgelaufen
log-refusal-paused = war wie jeder andere Weg herein pausiert (`/school pause`)
log-refusal-full = hatte keinen Platz mehr frei
log-refusal-full-of = hatte keinen Platz mehr frei (alle { $max } belegt)
# Eine Einladung und warum sie niemanden hereinlassen durfte: „„Klasse 7“ wurde widerrufen“.
log-refused-one = { $invitation } { $why }
log-refused-full-of = ⚠️ { $user } ist über den Link von { $invitation } gekommen, nachdem alle { $max } Plätze belegt waren: Discord zählt nur die Nutzungen des Links selbst und hat { $user } deshalb hereingelassen. { $after }
log-refused-full = ⚠️ { $user } ist über den Link von { $invitation } gekommen, nachdem seine Plätze belegt waren. { $after }
log-refused-paused = ⚠️ { $user } ist über den Link von { $invitation } gekommen, während Beitritte pausiert sind: Discord hat { $user } trotzdem hereingelassen, also hat Porter nichts gezählt. { $after }
log-refused-ended = ⚠️ { $user } ist über den Link von { $invitation } gekommen, { $why ->
    [revoked] die widerrufen wurde
   *[expired] die abgelaufen war
}, bevor Porter den Link löschen konnte. { $after }
log-unattributed-refusal = { $refusals }, und Porter kann nicht sagen, ob { $user } { $count ->
    [one] darüber
   *[other] über einen davon
} gekommen ist. { $after }
log-taken-back = Porter hat die Mitgliedsrolle wieder weggenommen. Falls die Person dazugehören soll, teile eine funktionierende Einladung mit ihr.
log-not-taken-back = Porter konnte die Mitgliedsrolle nicht wegnehmen: Entferne sie von Hand, falls die Person sie nicht haben soll, und führe `/school check` aus.
log-grant-failed = ⚠️ { $user } ist angekommen, aber Porter konnte die Mitgliedsrolle nicht vergeben. { $why }
log-grant-failed-internal = Bei Porter ist ein interner Fehler aufgetreten; siehe seine Logs.
log-link-gone = 🔗 Der Link von { $invitation } (erstellt von { $creator }) wurde in Discord gelöscht. Der Code funktioniert weiter; für einen neuen Link erstelle eine neue Einladung.

## Zeilen im Log-Kanal: während Porter offline war

log-offline-joined = 📥 { $people ->
    [one] 1 Person ist
   *[other] { $people } Personen sind
} über den Link von { $invitation } (erstellt von { $creator }) beigetreten, während Porter offline war.
log-offline-past-cap = ⚠️ { $people ->
    [one] 1 Person ist
   *[other] { $people } Personen sind
} über den Link von { $invitation } (erstellt von { $creator }) gekommen, während Porter offline war; { $all ->
    [yes] alle
   *[no] { $past } davon
}, nachdem er { $why ->
    [revoked] widerrufen wurde
    [expired] abgelaufen war
    [paused] wie jeder andere Weg herein pausiert wurde (`/school pause`)
    [full-of] keinen Platz mehr frei hatte (alle { $max } belegt)
   *[full] keinen Platz mehr frei hatte
}.
log-offline-vanished = 🔗 Der Link von { $invitation } (erstellt von { $creator }) ist verschwunden, während Porter offline war. Discord entfernt einen Link, sobald seine letzte Nutzung vergeben ist, also zählt Porter { $uses ->
    [one] die 1 Nutzung
   *[other] die { $uses } Nutzungen
}, die übrig waren, als vergeben{ $past ->
    [0] {""}
   *[other] { " " }({ $past } davon über der Grenze der Einladung)
}. Falls jemand den Link stattdessen von Hand gelöscht hat, erstelle eine neue Einladung für alle, die noch eine brauchen.
log-offline-deleted = 🔗 Der Link von { $invitation } (erstellt von { $creator }) wurde in Discord gelöscht, während Porter offline war. Der Code funktioniert weiter; für einen neuen Link erstelle eine neue Einladung.
log-offline-people = 👥 { $people ->
    [one] 1 Person ist
   *[other] { $people } Personen sind
} über Einladungslinks gekommen, während Porter offline war.
log-offline-people-nobody = Porter kann nicht sagen, wer: Kein Mitglied, das beigetreten ist, während Porter weg war, hat die Mitgliedsrolle ohne einen Beitritt, den Porter kennt.
log-offline-people-named = Es sind { $people }: Sie sind dem Server beigetreten, während Porter weg war, und haben die Mitgliedsrolle, ohne einen Beitritt, den Porter kennt.
log-offline-people-more = und { $count } weitere
log-offline-people-unnamed = Die anderen { $count } kann Porter nicht nennen: Sie waren schon auf dem Server.
log-offline-people-unknown = Porter kann nicht sagen, wer es war: Die Mitgliederliste ließ sich nicht lesen.
log-offline-people-past-cap = { $count } davon kamen über die Grenze einer Einladung hinaus oder nach ihrem Ende herein; Porter kann nicht sagen, wer, und hat deshalb keine Rolle weggenommen: Prüfe sie und entferne die Mitgliedsrolle bei allen, die sie nicht haben sollen.

## Zeilen im Log-Kanal: falsche Codes, Pausen

log-failure-alert = ⚠️ In der letzten Stunde wurden auf diesem Server { $count } falsche Einladungscodes versucht. Vielleicht rät jemand Codes; Porter lässt jede Person nach 5 falschen Versuchen in 15 Minuten schon warten. Widerrufe jede Einladung, die deiner Meinung nach nach außen gelangt ist, mit `/invite revoke`.
log-pause = ⏸️ { $moderator } hat Beitritte bis { $until } ({ $relative }) pausiert. { $links ->
    [off] Codes, Beitreten-Buttons und die Einladungslinks des Servers lassen so lange niemanden herein.
   *[on] Codes und Beitreten-Buttons lassen so lange niemanden herein, aber Porter konnte die Einladungslinks des Servers in Discord nicht pausieren (dafür braucht es **Server verwalten**): Wer über einen von Porters Links ankommt, verliert die Mitgliedsrolle wieder.
}
log-pause-open = ⏸️ { $moderator } hat Beitritte bis `/school resume` pausiert. { $links ->
    [off] Codes, Beitreten-Buttons und die Einladungslinks des Servers lassen so lange niemanden herein.
   *[on] Codes und Beitreten-Buttons lassen so lange niemanden herein, aber Porter konnte die Einladungslinks des Servers in Discord nicht pausieren (dafür braucht es **Server verwalten**): Wer über einen von Porters Links ankommt, verliert die Mitgliedsrolle wieder.
}
log-resume = ▶️ { $moderator } hat Beitritte fortgesetzt: Codes, Beitreten-Buttons und Links funktionieren wieder.
log-pause-ended = ▶️ Beitritte laufen wieder: Die Pause ist um { $until } zu Ende gegangen. Codes, Beitreten-Buttons und Links funktionieren wieder.
log-pause-ended-by = ▶️ Beitritte laufen wieder: Die Pause, die { $moderator } gesetzt hat, ist um { $until } zu Ende gegangen. Codes, Beitreten-Buttons und Links funktionieren wieder.

## Gründe im Audit-Log für Rollen, die Porter Ankommenden wegnimmt

arrival-reason-refused = Porter: Einladung #{ $id } { $why }
arrival-reason-approval = Porter: Beitritte warten auf die Annahme durch eine Moderation

## E-Mails mit Einladungen (in der Sprache der Schule)

email-subject = Deine Einladung zu { $school } auf Discord
email-intro = { $inviter } hat dich eingeladen, { $school } auf Discord beizutreten.
email-invitation = Einladung: { $label }
email-code = Code: { $code }
email-link = Link: { $link }
email-valid-until = Gültig bis: { $until }
email-valid-until-revoked = Gültig bis: die Schule sie widerruft
email-how = So trittst du bei:
# $join ist „/join code:ABCDE-FGHJK“, so wie man es eingibt.
email-how-link = Öffne { $link } und nimm die Einladung an (du brauchst ein Discord-Konto): Damit bist du drin. Wenn du schon auf dem Server bist, gib dort stattdessen { $join } ein.
email-how-code = Gib auf dem Server { $join } ein (bitte die Schule um einen Weg hinein, falls du noch nicht dort bist).
email-ignore = Falls du diese E-Mail nicht erwartet hast, ignoriere sie: Es passiert nichts, solange du sie nicht nutzt.

## Warum eine E-Mail nicht rausging (für Moderatoren)

email-failed-build = die Nachricht konnte nicht erstellt werden
email-failed-closed = der Mailserver hat die Verbindung geschlossen
email-failed-permanent = der Mailserver hat sie endgültig abgelehnt
email-failed-permanent-code = der Mailserver hat sie endgültig abgelehnt ({ $code })
email-failed-transient = der Mailserver hat sie vorerst abgelehnt
email-failed-transient-code = der Mailserver hat sie vorerst abgelehnt ({ $code })
email-failed-timeout = der Mailserver hat nicht rechtzeitig geantwortet
email-failed-unreachable = der Mailserver war nicht erreichbar

## /invite roster: die Antwort an die Moderation (Ergebnis und Detail in der Ergebnisdatei bleiben englisch, als Daten)

roster-resume-alone = `resume:` setzt eine Liste mit den Optionen fort, mit denen sie erstellt wurde. Gib `resume:` allein an, oder lass es weg, um eine neue Liste aus einer Datei zu beginnen.
roster-no-file = Hänge die Liste als `file:` an: eine CSV-Datei mit einer Person pro Zeile (eine Discord-Nutzer-ID oder der Nutzername von jemandem, der schon auf dem Server ist), optional gefolgt von Klassenrollen. Um eine abgebrochene Liste fortzusetzen, gib `resume:` mit ihrer Nummer an.
roster-no-file-unfinished = Hänge die Liste als `file:` an: eine CSV-Datei mit einer Person pro Zeile (eine Discord-Nutzer-ID oder der Nutzername von jemandem, der schon auf dem Server ist), optional gefolgt von Klassenrollen. Um eine abgebrochene Liste fortzusetzen, gib `resume:` mit ihrer Nummer an. Listen, die vor ihrem Ende angehalten haben: { $rosters }.
roster-more = …und { $count } weitere
roster-no-share = Du darfst Einladungen erstellen, aber Porter sie nicht verschicken lassen, deshalb wurde nichts erstellt. Führe `/invite roster` noch einmal mit `send:False` aus und gib die Codes selbst weiter (die Antwort hängt sie an), oder bitte jemanden mit „Server verwalten“, einer deiner Rollen die Berechtigung **share** zu geben.
roster-not-csv = `{ $file }` ist keine CSV-Datei. Hänge eine `.csv`-Datei an (in einer Tabellenkalkulation: Datei → Herunterladen oder Speichern unter → CSV) mit einer Person pro Zeile. Es wurde nichts erstellt.
roster-too-large = Diese Datei hat { $size } KB; eine Liste darf höchstens { $max } KB groß sein (500 Zeilen passen locker hinein). Es wurde nichts erstellt. Entferne die Spalten, die Porter nicht braucht (behalte die Person und die Klassenrollen), oder teile die Liste auf.
roster-download-failed = Porter konnte die Datei nicht von Discord herunterladen ({ $why }). Es wurde nichts erstellt. Versuche es in einer Minute noch einmal.
roster-progress = **Liste { $id }** (`{ $file }`): bisher { $done }/{ $rows } { $send ->
    [yes] verschickt oder erledigt
   *[no] erledigt
}. Porter arbeitet so schnell, wie Discord es erlaubt; diese Nachricht zeigt, wie weit es ist.
roster-by-dm = (Discord lässt Porter eine Antwort nur 15 Minuten lang bearbeiten, deshalb kommt sie hier für { $school }.)
roster-rows = { $count ->
    [one] Zeile
   *[other] Zeilen
} { $rows }
roster-rows-more = { $count ->
    [one] Zeile
   *[other] Zeilen
} { $rows } und { $more } weitere
roster-summary-head = **Liste { $id }** (`{ $file }`): { $done } von { $rows } Zeilen erledigt.
roster-summary-sent = ✅ Per Direktnachricht verschickt: { $count }.
roster-summary-not-sent = 📋 Erstellt und nicht verschickt, wie gewünscht: { $count }. Gib jeden Code und Link an seine Person weiter (in der angehängten Datei).
roster-summary-dm-closed = ⚠️ Direktnachrichten nicht zustellbar: { $count }. Erstellt, aber Discord hat sie nicht zugestellt (die Person nimmt keine Direktnachrichten von Porter an oder ist noch auf keinem Server mit Porter). **Gib sie selbst weiter**: Die angehängte Datei enthält jeden Code und Link (Ergebnis `dm_closed`); sie funktionieren nur für ihre Person.
roster-summary-unknown = ❓ Unbekannte Nutzer: { $count } ({ $rows }): kein Discord-Nutzer mit dieser ID oder niemand auf dem Server mit diesem Nutzernamen. Wer noch nicht auf dem Server ist, kann nur per Nutzer-ID genannt werden.
roster-summary-bad = ❌ Fehlerhafte Zeilen übersprungen: { $count } ({ $rows }); die angehängte Datei sagt, warum.
# Folgt auf „N noch nicht erledigt“, wenn Zeilen fehlgeschlagen sind.
roster-summary-failed = { " " }(fehlgeschlagen: { $count }; { $rows })
roster-summary-left = 🔁 Noch nicht erledigt: { $count }{ $failed }. Behebe die Ursache und führe dann `/invite roster resume:{ $id }` aus: Das nimmt nur diese Zeilen wieder auf und erstellt nie eine zweite Einladung für eine Zeile.
# $why ist das Detail der letzten fehlgeschlagenen Zeile aus der Ergebnisdatei (englisch).
roster-summary-left-stopped = 🔁 Noch nicht erledigt: { $count }{ $failed }. Porter hat angehalten, nachdem { $max } Zeilen hintereinander fehlgeschlagen sind: { $why } Behebe die Ursache und führe dann `/invite roster resume:{ $id }` aus: Das nimmt nur diese Zeilen wieder auf und erstellt nie eine zweite Einladung für eine Zeile.
roster-summary-file = Die angehängte Datei listet jede Zeile mit Ergebnis, Code und Link. `/invite roster resume:{ $id }` zeigt das hier noch einmal.
roster-summary-more-lines = …und { $count } weitere Zeilen
roster-reason-created = Porter: Einladung erstellt von Nutzer { $user } (Liste { $id })
roster-reason-not-saved = Porter: Einladung nicht gespeichert
