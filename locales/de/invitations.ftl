## Einladungen, wie Antworten, DMs und Posts sie zeigen

render-label-none = Einladung #{ $id }
render-label = „{ $label }“
render-label-for = { $label } für { $user }
render-uses-of = { $uses } von { $max } { $max ->
        [one] Nutzung
       *[other] Nutzungen
    }
render-uses-no-limit = { $uses } { $uses ->
        [one] Nutzung
       *[other] Nutzungen
    } (ohne Limit)
render-uses-short-no-limit = { $uses } (ohne Limit)
render-expired = abgelaufen { $when }
render-never = nie
render-roles-ended = { $roles } (beendet { $when }, wieder entzogen)
render-roles-until = { $roles } bis { $until }
render-no-link = keiner (die Discord-Einladung gibt es nicht mehr)
render-list-and = { $rest } und { $last }

## Status und wie Leute beigetreten sind

render-status-active = aktiv
render-status-revoked = widerrufen
render-status-expired = abgelaufen
render-status-used-up = aufgebraucht
render-how-code = Code
render-how-button = Beitreten-Button
render-how-link = Link
render-how-public = öffentlich
render-how-unattributed = Link? (einer von mehreren, gleichzeitig genutzt)

## Feldnamen in Embeds

render-field-for = Für
render-field-code = Code
render-field-link = Link
render-field-label = Bezeichnung
render-field-uses = Nutzungen
render-field-expires = Läuft ab
render-field-roles = Rollen
render-field-invite-code = Einladungscode
render-field-invite-link = Einladungslink
render-field-status = Status
render-field-created = Erstellt
render-field-member-role = Mitgliedsrolle
render-field-access = Zugang
render-field-welcome-channel = Willkommenskanal
render-field-log-channel = Log-Kanal
render-field-members-joined = Beigetretene Mitglieder
render-field-joins-week = Beitritte in den letzten 7 Tagen
render-field-left-week = Gegangen in den letzten 7 Tagen
render-field-active-invitations = Aktive Einladungen
render-field-class-roles = Klassenrollen
render-field-joining = Beitreten
render-field-welcome-message = Willkommensnachricht

## Die Antwort an die Moderation, die eine Einladung erstellt hat

render-created-title = Einladung erstellt
render-created-personal = Eine persönliche Einladung: Nur { $user } kann ihren Code oder Link nutzen, und zwar einmal. Ist die Person schon auf dem Server, tritt sie mit `/join code:{ $code }` bei; sie kann das auch Porter per DM schicken.
render-created-shared = Teile den Link oder den Code. Wer schon auf dem Server ist, tritt mit `/join code:{ $code }` bei; alle können das auch Porter per DM schicken.
render-roles-value = die Mitgliedsrolle und { $extra }

## Die DM an eingeladene Personen

render-dm-title = Du bist zu { $school } eingeladen
render-dm-intro = { $inviter } hat dich eingeladen, **{ $school }** beizutreten.
render-dm-personal = Diese Einladung gilt nur für dich: Ihr Code und ihr Link funktionieren nur für dich.
render-dm-roles = Sie gibt dir außerdem { $count ->
        [one] die Rolle { $roles }
       *[other] die Rollen { $roles }
    }.
render-dm-roles-until = Sie gibt dir außerdem { $count ->
        [one] die Rolle { $roles }
       *[other] die Rollen { $roles }
    }, bis { $until }.
render-dm-how-link = Öffne { $url }, um beizutreten, oder nutze `/join code:{ $code }` dort oder hier, wenn du schon auf dem Server bist.
render-dm-how-code = Nutze `/join code:{ $code }` auf dem Server oder hier.

## Posts in Kanälen und ihr Beitreten-Button

render-post-title = Tritt { $school } bei
render-post-how = Drücke unten auf **Beitreten**, um die Mitgliedsrolle zu bekommen, oder nutze `/join code:{ $code }`. Noch nicht auf dem Server? Öffne den Link.
render-post-shared = Geteilt von { $poster }.
render-join-button = Beitreten
render-join-closed = Beitreten ({ $status })
render-closed-title = Einladung { $label } ist beendet
render-closed-revoked = Diese Einladung wurde { $when } widerrufen.
render-closed-expired = Diese Einladung ist { $when } abgelaufen.
render-closed-used-up = Diese Einladung ist aufgebraucht ({ $uses }).
render-closed-active = Diese Einladung funktioniert noch.
render-closed-body = { $why } Ihr Code und ihr Link lassen niemanden mehr herein; frag die Moderation nach einer neuen Einladung.

## /invite list und /invite info

list-title-all = Einladungen ({ $count })
list-title-active = Aktive Einladungen ({ $count })
list-line = `{ $code }` { $label } · von { $creator } · { $uses }
list-expires = läuft { $when } ab
list-also = dazu { $roles }
list-more = …und { $count } weitere.
list-empty-all = Noch keine Einladungen. Erstelle eine mit `/invite create`.
list-empty-active = Keine aktiven Einladungen. Erstelle eine mit `/invite create`, oder füge `include_inactive:True` hinzu, um widerrufene, abgelaufene und aufgebrauchte zu sehen.
list-position-invitations = Einladungen { $from }–{ $to } von { $total }
list-position-joins = Beitritte { $from }–{ $to } von { $total }
render-details-title = Einladung { $label }
render-revoked-when = widerrufen { $when }
render-revoked-when-by = widerrufen { $when } von { $user }
render-for-personal = { $user } (persönlich)
render-created-by = { $when } von { $user }
render-join-left = **gegangen** { $when }
render-join-back = zurück { $when }
render-nobody-yet = Noch niemand.
render-joined = Darüber beigetreten ({ $count })
render-joined-maybe = Darüber beigetreten ({ $count }, und { $maybe } vielleicht)

## /school info und /school setup

render-school-title = Schule: { $name }
render-school-set-up = Schule eingerichtet
render-school-updated = Schule aktualisiert
render-access-private = private: nur mit Einladung
render-access-public = public: alle dürfen `/join` nutzen
render-welcome-channel-default = Systemkanal, sonst der erste, in den Porter einladen darf
render-none = keiner
render-not-set = nicht festgelegt
render-joining-open = offen (sperre jeden Weg herein mit `/school pause`)
render-paused-until = ⏸️ pausiert bis { $until } ({ $when })
render-paused-by-until = ⏸️ pausiert von { $user } bis { $until } ({ $when })
render-paused-resume = ⏸️ pausiert bis `/school resume`
render-paused-by-resume = ⏸️ pausiert von { $user } bis `/school resume`
render-welcome-none = keine (lege eine mit `/school setup welcome_message:` fest)
render-class-roles-none = keine (füge welche mit `/school roles add` hinzu)

## Die Buttons Zurück und Weiter unter /invite list und /invite info

list-page-previous = Zurück
list-page-next = Weiter
list-page-broken = Diese Buttons funktionieren nicht mehr: Führe den Befehl erneut aus.
list-page-not-yours = Nur { $user } hat `{ $command }` ausgeführt und kann darin blättern. Führe `{ $command }` selbst aus.
list-page-expired = Diese Seiten sind abgelaufen: Führe `{ $command }` erneut aus, um mehr zu sehen.

## /invite create und /invite share

invite-create-may-not-share = Du darfst Einladungen erstellen, aber Porter sie nicht teilen lassen, daher wurde nichts erstellt. Führe `/invite create` erneut ohne `dm:`, `channel:` und `email:` aus und teile den Code selbst, oder bitte jemanden mit „Server verwalten“, einer deiner Rollen die Berechtigung **share** zu geben.
invite-field-shared = Geteilt
invite-share-where = Sag, wohin sie geteilt werden soll: Gib `dm:` mit einer Person, `channel:` mit einem Kanal, `email:` mit einer Adresse an, oder mehreres davon.
invite-dm-bot = ⚠️ { $user } ist ein Bot; Bots können nicht mit Einladungen beitreten. Es wurde nichts gesendet.
invite-dm-sent = ✅ Per DM an { $user } gesendet.
invite-dm-closed = ⚠️ { $user } nimmt keine Direktnachrichten von Porter an, daher wurde nichts gesendet. Gib den Code oder Link auf anderem Weg weiter oder poste ihn in einem Kanal.
invite-dm-refused = ⚠️ Discord hat die DM an { $user } abgelehnt ({ $why }). Gib den Code oder Link auf anderem Weg weiter.
invite-posted = ✅ In { $channel } gepostet.
invite-post-forbidden = ⚠️ Porter kann in { $channel } nicht posten. Gib Porters Rolle dort „Kanal ansehen“, „Nachrichten senden“ und „Links einbetten“ und nutze dann `/invite share`.
invite-post-refused = ⚠️ Discord hat den Post in { $channel } abgelehnt ({ $why }). Versuche es erneut mit `/invite share`.

## /invite revoke

invite-revoked = { $label } (`{ $code }`) widerrufen. Ihr Code funktioniert nicht mehr.
invite-revoked-link-deleted = { $label } (`{ $code }`) widerrufen. Ihr Code funktioniert nicht mehr und ihr Link ist gelöscht.
invite-revoked-link-kept = { $label } (`{ $code }`) widerrufen. Ihr Code funktioniert nicht mehr, aber Porter konnte ihren Link nicht löschen: Lösche ihn von Hand unter Servereinstellungen → Einladungen (die Einladung `{ $link }`), oder gib Porter „Server verwalten“, damit es das kann.
invite-revoked-kept = { $count ->
        [one] Die Person, die darüber beigetreten ist, behält
       *[other] Die { $count } Personen, die darüber beigetreten sind, behalten
    } ihre Mitgliedschaft.
invite-revoked-kept-roles = { $count ->
        [one] Die Person, die darüber beigetreten ist, behält
       *[other] Die { $count } Personen, die darüber beigetreten sind, behalten
    } ihre Mitgliedschaft und { $roles }.
invite-revoked-kept-roles-until = { $count ->
        [one] Die Person, die darüber beigetreten ist, behält
       *[other] Die { $count } Personen, die darüber beigetreten sind, behalten
    } ihre Mitgliedschaft und { $roles } (bis { $until }).

## Persönliche Einladungen (/invite create for:)

invite-personal-bot = { $user } ist ein Bot; Bots können nicht mit Einladungen beitreten. Es wurde nichts erstellt.
invite-personal-channel = Eine persönliche Einladung (`for:`) gilt nur für eine Person, daher postet Porter sie nicht in einem Kanal. Es wurde nichts erstellt. Lass `channel:` weg (Porter schickt sie der Person per DM), oder lass `for:` weg, um eine Einladung für den Kanal zu erstellen.
invite-personal-other-dm = Eine persönliche Einladung gilt nur für die Person in `for:`, daher schickt Porter sie nur an { $user }, an niemand anderen. Es wurde nichts erstellt. Lass `dm:` weg.
invite-personal-send-without-for = `send:` gehört zu `for:` (einer persönlichen Einladung). Es wurde nichts erstellt. Damit Porter jemandem eine Einladung per DM schickt, nutze `dm:`.
invite-personal-not-sent = Nicht gesendet, wie gewünscht (`send:False`). Gib ihren Code und Link an { $user } weiter; sie funktionieren nur für diese Person.
invite-personal-may-not-send = Du darfst Einladungen erstellen, aber Porter sie nicht teilen lassen, daher wurde nichts erstellt. Führe `/invite create` erneut mit `send:False` aus und gib den Code selbst weiter, oder bitte jemanden mit „Server verwalten“, einer deiner Rollen die Berechtigung **share** zu geben.
invite-personal-not-sent-no-share = Nicht gesendet: Porter verschickt Einladungen nur für Leute mit der Berechtigung **share**. Gib ihren Code und Link an { $user } weiter; sie funktionieren nur für diese Person.
invite-personal-undelivered = ⚠️ Porter konnte sie nicht an { $user } senden: Die Person nimmt keine Direktnachrichten von Porter an oder ist noch auf keinem Server mit Porter. Gib ihr Code und Link auf anderem Weg weiter (`/invite info` zeigt sie); sie funktionieren nur für diese Person.

## Einladungen per E-Mail (email:)

invite-email-off = Porter kann hier keine E-Mails senden: Es ist kein Mailserver eingerichtet, daher wurde nichts getan. Teile den Code oder Link mit `dm:` oder `channel:`, oder bitte die Person, die Porter betreibt, einen Abschnitt `[email]` (host, port, tls, user, from; das Passwort in PORTER_SMTP_PASSWORD) in seine config.toml einzutragen und es neu zu starten.
invite-email-bad-address = Das ist keine E-Mail-Adresse, an die Porter senden kann, daher wurde nichts getan. Gib eine einzelne Adresse ein, etwa `name@example.org` (ohne Namen, ohne Leerzeichen, höchstens { $max } Zeichen).
invite-email-sent = ✅ Per E-Mail an { $address } gesendet.
invite-email-failed = ⚠️ Die E-Mail an { $address } wurde nicht gesendet: { $why }. Sie zählt nicht zum Tageslimit. Prüfe die Adresse und versuche es erneut mit `/invite share` und `email:`, oder teile den Code auf anderem Weg.

## /school roles (Klassenrollen)

roles-title = Klassenrollen
roles-list-title = Klassenrollen ({ $count }/{ $max })
roles-added = { $role } ist jetzt eine Klassenrolle: `/invite create role:` kann sie neben der Mitgliedsrolle vergeben (bis zu { $max } pro Einladung), und `roles_until:` kann festlegen, wann sie endet.
roles-already = { $role } war schon eine Klassenrolle. Es hat sich nichts geändert.
roles-removed = { $role } ist keine Klassenrolle mehr: Neue Einladungen können sie nicht vergeben. Mitglieder, die sie haben, behalten sie.
roles-none = Noch keine Klassenrollen: Einladungen geben nur die Mitgliedsrolle. Jemand mit **manage** fügt eine mit `/school roles add role:` hinzu.
roles-line = { $role } · hinzugefügt von { $user } { $when }
roles-give = Vergib bis zu { $max } davon mit `/invite create role: role2: role3:`.

## /permissions (die Namen der Berechtigungen bleiben wie im Befehl: create, share, revoke, manage, approve)

permissions-title = Porter-Berechtigungen
permissions-granted = { $role } darf jetzt **{ $permission }** ({ $permission ->
        [create] Einladungen erstellen
        [share] Einladungen von Porter per DM schicken oder posten lassen
        [revoke] Einladungen widerrufen
        [approve] Beitrittsanfragen annehmen oder ablehnen
       *[manage] Schuleinstellungen und Berechtigungen, und alles andere
    }).
permissions-already = { $role } hatte **{ $permission }** schon; es hat sich nichts geändert.
permissions-removed = { $role } hat **{ $permission }** nicht mehr.
permissions-not-had = { $role } hatte **{ $permission }** nicht; es hat sich nichts geändert.
permissions-none = Noch keine Rolle hat eine Porter-Berechtigung. Vergib eine mit `/permissions grant`.
permissions-more = …und { $count } weitere Rollen.
permissions-footer = Mitglieder mit „Administrator“ oder „Server verwalten“ haben jede Berechtigung.

## /invite export und /school export (Spalten und Werte der CSV-Dateien bleiben englisch)

export-joins-empty = Noch keine Beitritte: Die Datei enthält nur die Kopfzeile.
export-invitations-empty = Noch keine Einladungen: Die Datei enthält nur die Kopfzeile.
export-joins-attached = { $count ->
        [one] 1 Beitritt
       *[other] { $shown } Beitritte
    }, angehängt.
export-invitations-attached = { $count ->
        [one] 1 Einladung
       *[other] { $shown } Einladungen
    }, angehängt.
export-joins-last = Beitritte { $from }–{ $to } (die letzte Datei): insgesamt { $total } in { $files } Dateien.
export-invitations-last = Einladungen { $from }–{ $to } (die letzte Datei): insgesamt { $total } in { $files } Dateien.
export-joins-more = Beitritte { $from }–{ $to }: Discord nimmt Dateien bis 10 MB, daher folgen weitere Dateien.
export-invitations-more = Einladungen { $from }–{ $to }: Discord nimmt Dateien bis 10 MB, daher folgen weitere Dateien.
export-joins-stopped = Der Export hat nach { $files } Dateien angehalten ({ $total } Beitritte). Exportiere eine Einladung nach der anderen mit `/invite export code:`.
export-invitations-stopped = Der Export hat nach { $files } Dateien angehalten ({ $total } Einladungen). Widerrufene und beendete Einladungen sind auch alle dabei.
