## Fehler, die jedem Befehl begegnen können

error-unreadable-option = Ich konnte `{ $input }` nicht lesen. Prüfe die Option und versuche es noch einmal.
error-missing-option = Eine der Optionen fehlt oder ist unlesbar. Prüfe sie und versuche es noch einmal.
error-guild-only = Dieser Befehl funktioniert nur auf einem Server, nicht in Direktnachrichten.
error-slash-only = Porter antwortet nur auf Slash-Befehle.
error-internal = Bei Porter ist etwas schiefgegangen; es wurde protokolliert. Bitte versuche es in einer Minute noch einmal.
# $what: was das Mitglied tun wollte, vom Befehl („alles löschen, was Porter über diesen Server weiß“).
error-administrator-only = Nur ein Server-Admin (Discords Berechtigung **Administrator**) oder wem der Server gehört, darf { $what }. „Server verwalten“ allein reicht nicht. Es wurde nichts geändert.
# Steht für den Servernamen, wenn Porter ihn nicht kennt.
error-unknown-school-name = die Schule

## Schulen und Berechtigungen

error-not-a-school = Dieser Server ist noch nicht als Schule eingerichtet. Jemand mit „Server verwalten“ kann mit `/school setup member_role:@Mitglieder` beginnen.
error-forbidden-any = Dafür brauchst du eine von Porters Berechtigungen. Bitte jemanden mit „Server verwalten“, sie einer deiner Rollen mit `/permissions grant` zu geben.
# $permissions: ein oder mehrere Berechtigungsnamen, fett, verbunden mit error-forbidden-or.
error-forbidden = Dafür brauchst du Porters Berechtigung { $permissions }. Bitte jemanden mit „Server verwalten“, sie einer deiner Rollen mit `/permissions grant` zu geben.
# Zwischen zwei Berechtigungsnamen in error-forbidden (mit Leerzeichen).
error-forbidden-or = {" "}oder{" "}
error-role-not-below-yours = Diese Rolle liegt nicht unter deiner höchsten Rolle, also kannst du nicht ändern, was sie mit Porter darf: Wer moderiert, vergibt nur, was der eigene Platz auf dem Server erlaubt. Es wurde nichts geändert. Bitte jemanden, dessen höchste Rolle darüber liegt, einen Server-Admin oder die Person, der der Server gehört.
error-manage-for-everyone = **manage** kann nicht an @everyone vergeben werden: Dann könnte jedes Mitglied Porters Einstellungen und Berechtigungen ändern. Es wurde nichts geändert. Vergib sie stattdessen an eine Moderationsrolle.
# $why: eine der error-role-why-…-Meldungen.
error-unsuitable-member-role = Diese Rolle kann nicht die Mitgliedsrolle sein: { $why }. Wähle eine einfache Rolle wie @Mitglieder.
error-unsuitable-class-role = Diese Rolle kann keine Klassenrolle sein: { $why }. Es wurde nichts geändert. Wähle eine einfache Rolle wie @Klasse 7, unter der von Porter und deiner.
error-role-why-everyone = @everyone hat jede Person schon
error-role-why-managed = sie wird von einer Integration verwaltet, also kann niemand sie vergeben
error-role-why-privileged = sie trägt Moderationsrechte, die Neue nicht bekommen dürfen
error-role-why-above-you = sie liegt nicht unter deiner höchsten Rolle, also könntest du sie selbst nicht vergeben
error-role-why-above-porter = sie liegt nicht unter Porters höchster Rolle, also könnte Porter sie nicht vergeben

## Klassenrollen

error-class-role-is-member-role = Das ist die Mitgliedsrolle der Schule, die jede Einladung ohnehin gibt. Es wurde nichts geändert.
error-too-many-class-roles = Die Schule hat schon { $max } Klassenrollen. Es wurde nichts geändert. Entferne zuerst eine mit `/school roles remove`.
# $role: die Erwähnung der Rolle.
error-not-a-class-role = { $role } ist keine Klassenrolle dieser Schule. Es wurde nichts geändert. Jemand mit **manage** kann sie mit `/school roles add role:` hinzufügen; `/school roles list` zeigt die Liste.
# $invitations: Codes und Namen der Einladungen, durch Kommas getrennt.
error-class-role-in-use = Aktive Einladungen geben diese Rolle noch, also bleibt sie auf der Liste: { $invitations }. Widerrufe sie zuerst mit `/invite revoke` (wer beigetreten ist, behält die Rolle) und entferne sie dann.
error-class-role-in-use-more = …und { $count } weitere
error-too-many-extra-roles = Eine Einladung gibt neben der Mitgliedsrolle höchstens { $max } Rollen. Es wurde nichts erstellt.
error-term-without-roles = `roles_until` legt fest, wann die zusätzlichen Rollen einer Einladung enden, und diese hat keine. Es wurde nichts erstellt. Füge `role:` hinzu oder lass `roles_until` weg.
error-unreadable-term = Ich konnte `roles_until` nicht lesen. Schreib ein Datum wie `2026-07-15` (Mitternacht UTC), Datum und Uhrzeit wie `2026-07-15 16:00` (UTC) oder eine Dauer wie `30d` oder `12w`. Es wurde nichts erstellt.
error-term-out-of-range = `roles_until` muss in der Zukunft liegen, mindestens eine Minute und höchstens zwei Jahre entfernt. Es wurde nichts erstellt.
# $role: die Erwähnung der Klassenrolle; $why: eine der error-class-role-why-…-Meldungen.
error-class-role-grant = Porter konnte dir die Klassenrolle { $role } nicht geben: { $why }. Du hast keine der Rollen der Einladung bekommen. Es wurde nichts verbraucht. Sag der Moderation Bescheid: Ein Server-Admin muss das beheben (Servereinstellungen → Rollen: Porter braucht „Rollen verwalten“ und eine Rolle über { $role }), dann versuch es noch einmal.
# Wie error-class-role-grant, wenn Porter gegebene Rollen behalten hat: $roles ihre Erwähnungen, $count wie viele.
error-class-role-grant-held = Porter konnte dir die Klassenrolle { $role } nicht geben: { $why }. Porter konnte { $count ->
        [one] die Rolle
       *[other] die Rollen
    } { $roles }, die es dir gerade gegeben hatte, nicht wieder wegnehmen: Jemand aus der Moderation sollte sie von Hand entfernen. Es wurde nichts verbraucht. Sag der Moderation Bescheid: Ein Server-Admin muss das beheben (Servereinstellungen → Rollen: Porter braucht „Rollen verwalten“ und eine Rolle über { $role }), dann versuch es noch einmal.
error-class-role-why-manage-roles = Porter fehlt die Berechtigung **Rollen verwalten**
error-class-role-why-above-porter = die Rolle liegt nicht unter Porters eigener Rolle
error-class-role-why-gone = die Rolle gibt es nicht mehr
# $why: Discords eigene Worte (Status und Meldung).
error-class-role-why-discord = Discord hat abgelehnt ({ $why })

## Die Mitgliedsrolle

error-grant-manage-roles = Porter konnte dir die Mitgliedsrolle nicht geben: Porter fehlt die Berechtigung **Rollen verwalten**. Ein Server-Admin muss Porters Rolle „Rollen verwalten“ geben (Servereinstellungen → Rollen). Es wurde nichts verbraucht; versuch es noch einmal, sobald das behoben ist.
error-grant-above-porter = Porter konnte dir die Mitgliedsrolle nicht geben: Die Mitgliedsrolle liegt nicht unter Porters eigener Rolle. Ein Server-Admin muss Porters Rolle über die Mitgliedsrolle ziehen (Servereinstellungen → Rollen). Es wurde nichts verbraucht; versuch es noch einmal, sobald das behoben ist.
error-grant-role-gone = Porter konnte dir die Mitgliedsrolle nicht geben: Die Mitgliedsrolle der Schule gibt es nicht mehr. Ein Server-Admin muss mit `/school setup member_role:` eine neue wählen. Es wurde nichts verbraucht; versuch es noch einmal, sobald das behoben ist.
# $why: Discords eigene Worte (Status und Meldung).
error-grant-discord = Porter konnte dir die Mitgliedsrolle nicht geben: Discord hat abgelehnt ({ $why }). Wenn das öfter passiert, sag einem Server-Admin Bescheid. Es wurde nichts verbraucht; versuch es noch einmal, sobald das behoben ist.
error-discord-unreachable = Discord war nicht erreichbar

## Einladungen erstellen

error-label-too-long = Der Name ist zu lang: Er darf höchstens { $max } Zeichen haben.
error-label-blank = Im Namen ist nichts Sichtbares: nur Leerzeichen oder unsichtbare Zeichen (etwa Leerzeichen ohne Breite). Es wurde nichts erstellt. Gib einen lesbaren Namen ein oder lass `label` weg.
# $character: der Codepunkt des Zeichens, U+202E.
error-label-direction-control = Der Name enthält ein unsichtbares Zeichen, das die Schreibrichtung ändert ({ $character }); damit kann ein Name wie etwas anderes aussehen. Es wurde nichts erstellt. Gib den Namen ohne dieses Zeichen noch einmal ein; solche Zeichen kommen oft mit eingefügtem Text mit.
error-max-uses-out-of-range = `max_uses` muss eine ganze Zahl von 1 bis { $max } sein, nicht { $value }.
error-personal-uses = Mit einer persönlichen Einladung (`for:`) kann ihre eine Person einmal beitreten, daher kann sie nicht `max_uses:{ $value }` haben. Es wurde nichts erstellt. Lass `max_uses` weg (oder setze es auf 1) oder lass `for:` weg, um eine Einladung für mehrere Personen zu erstellen.
error-personal-share = Das ist eine persönliche Einladung: Nur die Person, für die sie erstellt wurde, kann sie nutzen, daher schickt Porter sie nur ihr und postet sie nie in einem Kanal. Es wurde nichts geteilt. Nutze `/invite share` mit `dm:` für diese Person oder erstelle eine Einladung für alle anderen, die eine brauchen.
error-unreadable-expiry = Ich konnte diese Ablaufzeit nicht lesen. Schreib sie wie `30m`, `12h`, `7d` oder `2w`.
error-expiry-out-of-range = Eine Einladung kann frühestens nach 1 Minute und spätestens nach { $days } Tagen ablaufen.
# $status: revoked, expired, used-up oder active.
error-inactive = Diese Einladung ist { $status ->
        [revoked] widerrufen
        [expired] abgelaufen
        [used-up] aufgebraucht
       *[active] aktiv
    }, daher kann sie nicht geteilt werden. Erstelle eine neue mit `/invite create`.
error-already-revoked = Diese Einladung wurde schon { $when } widerrufen.

## Beitreten

error-for-someone-else = Dieser Code gehört zu einer persönlichen Einladung für jemand anderen, daher funktioniert er für dich nicht. Bitte jemanden aus der Moderation der Schule um deine eigene Einladung.
error-not-a-valid-invitation = Das ist keine gültige Einladung. Prüfe den Code und versuche es noch einmal.
# $when: ein Discord-Zeitstempel („vor 2 Stunden“ in der Sprache aller, die ihn lesen).
error-expired = Diese Einladung ist { $when } abgelaufen. Bitte die Person, die dich eingeladen hat, um eine neue.
error-used-up = Diese Einladung ist aufgebraucht ({ $count ->
        [one] die eine Nutzung ist
       *[other] alle { $count } Nutzungen sind
    } vergeben). Bitte die Person, die dich eingeladen hat, um eine neue.
error-recounting = Porter zählt noch, wer gerade eben über den Link dieser Einladung hereingekommen ist, und weiß daher noch nicht, ob ein Platz frei ist. Versuch es in einer Minute noch einmal.
error-code-required = Du brauchst einen Einladungscode, um dieser Schule beizutreten. Bitte jemanden aus der Moderation um einen und führe dann `/join code:ABCDE-FGHJK` aus.
error-rate-limited = Zu viele falsche Codes. Du kannst es { $when } wieder versuchen.
# $until: Datum und Uhrzeit; $when: dasselbe, relativ („in 3 Stunden“).
error-joining-paused-until = Der Beitritt zu dieser Schule ist gerade pausiert: Die Moderation hat jeden Weg herein bis { $until } ({ $when }) gesperrt. Versuch es dann noch einmal; dein Code funktioniert danach weiter.
error-joining-paused = Der Beitritt zu dieser Schule ist gerade pausiert: Die Moderation hat jeden Weg herein gesperrt, bis sie ihn wieder öffnet. Versuch es später noch einmal; dein Code funktioniert danach weiter.

## Pausieren und die Willkommensnachricht

error-unreadable-pause = Ich konnte diese Dauer nicht lesen. Schreib sie wie `30m`, `12h` oder `2d`, oder lass `for:` weg, um bis `/school resume` zu pausieren.
error-pause-out-of-range = Eine Pause dauert mindestens 1 Minute und höchstens { $days } Tage. Lass `for:` weg, um bis `/school resume` zu pausieren.
error-not-paused = Der Beitritt ist nicht pausiert, es gibt also nichts fortzusetzen. `/school pause` sperrt jeden Weg herein.
# $placeholder: was die Moderation zwischen die Klammern geschrieben hat.
error-unknown-placeholder = Die Willkommensnachricht enthält `{ $placeholder }`, was Porter nicht ausfüllt. Nutze nur `{"{user}"}` (die neue Person), `{"{school}"}` (der Name des Servers) und `{"{inviter}"}` (wer die Einladung erstellt hat). Es wurde nichts geändert.
error-welcome-too-long = Die Willkommensnachricht darf höchstens { $max } Zeichen lang sein. Es wurde nichts geändert.
error-welcome-blank = Die Willkommensnachricht ist leer. Schreib eine Nachricht oder `off`, um sie zu entfernen. Es wurde nichts geändert.

## Listen (Roster)

error-roster-not-text = Diese Datei ist kein Text. Hänge eine CSV-Datei an (in einer Tabellenkalkulation: Datei → Herunterladen oder Speichern unter → CSV) mit einer Person pro Zeile: einer Discord-Nutzer-ID oder einem Nutzernamen. Es wurde nichts erstellt.
# $why: die eigenen Worte des CSV-Lesers.
error-roster-unreadable = Ich konnte diese Datei nicht als CSV lesen ({ $why }). Es wurde nichts erstellt. Speichere sie als CSV mit einer Person pro Zeile: einer Discord-Nutzer-ID oder einem Nutzernamen.
error-roster-empty = Diese Datei nennt niemanden. Schreib eine Person pro Zeile: eine Discord-Nutzer-ID oder einen Nutzernamen (eine Kopfzeile ist in Ordnung). Es wurde nichts erstellt.
error-roster-too-long = Diese Datei hat { $rows } Zeilen; eine Liste darf höchstens { $max } haben. Es wurde nichts erstellt. Teile sie auf mehrere Dateien mit bis zu { $max } Zeilen auf.
error-unknown-roster = Diese Schule hat keine Liste { $roster }. Die Antwort auf `/invite roster` nennt die Nummer jeder Liste.
error-roster-running = Liste { $roster } wird gerade abgearbeitet; ihre Antwort zeigt, wie weit sie ist. Versuch `resume:` noch einmal, wenn sie fertig ist.

## Beitrittsanfragen

error-unknown-request = Diese Beitrittsanfrage steht nicht in den Unterlagen dieser Schule (ihre Schule wurde gelöscht, oder sie gehört zu einem anderen Server). Es wurde nichts geändert.
error-request-expired = Diese Beitrittsanfrage ist abgelaufen: Es wurde nichts vergeben. Die Person kann mit ihrem Code oder Link noch einmal anfragen.
error-request-deciding = Diese Beitrittsanfrage wird gerade angenommen. Es wurde nichts geändert.
# $by: die Erwähnung der Moderation, die sie annimmt.
error-request-deciding-by = Diese Beitrittsanfrage wird gerade von { $by } angenommen. Es wurde nichts geändert.
# $state: approved, denied oder waiting.
error-request-decided = Diese Beitrittsanfrage wurde schon { $state ->
        [approved] angenommen
        [denied] abgelehnt
        [waiting] eingereiht
       *[other] { $state }
    }. Es wurde nichts geändert.
# $by: die Erwähnung der Moderation, die entschieden hat.
error-request-decided-by = Diese Beitrittsanfrage wurde schon von { $by } { $state ->
        [approved] angenommen
        [denied] abgelehnt
        [waiting] eingereiht
       *[other] { $state }
    }. Es wurde nichts geändert.
# $status: used-up, expired oder revoked.
error-request-invitation-closed = Annehmen geht nicht: Die Einladung, die die Person genutzt hat, { $status ->
        [used-up] ist voll: Jede Nutzung ging an angenommene Beitritte
        [expired] ist abgelaufen
       *[revoked] wurde widerrufen
    }. Die Anfrage wartet weiter: Lehne sie ab, oder erstelle eine neue Einladung und bitte die Person, sie zu nutzen.
error-requester-left = Annehmen geht nicht: Die Person ist nicht mehr auf dem Server. Die Anfrage wartet weiter; lehne sie ab oder nimm sie an, sobald die Person zurück ist.

## E-Mails

# $limit: wie viele E-Mails; $when: ein Discord-Zeitstempel („in 3 Stunden“).
error-email-limit-moderator = Du hast über Porter in den letzten 24 Stunden { $limit } Einladungs-E-Mails verschickt; mehr darf eine Person aus der Moderation nicht. Es wurde nichts gemailt. Die nächste kann { $when } raus; bis dahin teile den Code oder Link anders (`dm:` oder `channel:`), oder bitte die Person, die Porter betreibt, `daily_per_moderator` unter [email] in der Konfiguration zu erhöhen.
error-email-limit-school = Diese Schule hat über Porter in den letzten 24 Stunden { $limit } Einladungs-E-Mails verschickt; mehr darf eine Schule nicht. Es wurde nichts gemailt. Die nächste kann { $when } raus; bis dahin teile den Code oder Link anders (`dm:` oder `channel:`), oder bitte die Person, die Porter betreibt, `daily_per_school` unter [email] in der Konfiguration zu erhöhen.

## Kanäle

# $channel: der Link zum Kanal.
error-moderator-cannot-post = Du kannst in { $channel } selbst nicht posten, also postet Porter dort auch nicht für dich.
error-not-text-channel = { $channel } ist kein Textkanal; wähle einen Textkanal.

## Einladungslinks

# $channel: der Link zum Kanal.
error-link-no-permission = Porter darf in { $channel } keine Einladungslinks erstellen. Gib Porters Rolle dort die Berechtigung **Einladung erstellen** (Kanaleinstellungen → Berechtigungen) oder wähle mit `/school setup welcome_channel:` einen anderen Kanal.
error-link-channel-gone = Den Willkommenskanal { $channel } gibt es nicht mehr. Wähle mit `/school setup welcome_channel:` einen anderen.
# $why: eine der error-link-why-…-Meldungen oder error-discord-unreachable.
error-link-failed = Discord wollte den Einladungslink nicht erstellen ({ $why }), daher wurde nichts erstellt. Versuch es in einer Minute noch einmal; wenn es weiter scheitert, zeigt `/school check`, ob Porter eine Berechtigung fehlt.
error-link-why-rate-limited = Discord begrenzt, wie schnell Porter Einladungen erstellen darf
# $status: der HTTP-Status, 503.
error-link-why-discord-error = Discord hatte selbst einen Fehler, { $status }
# $why: Discords eigene Worte (Status und Meldung).
error-link-why-refused = Discord hat abgelehnt: { $why }
error-link-no-channel = Porter hat keinen Kanal gefunden, in dem es Einladungslinks erstellen darf. Gib Porters Rolle in deinem Willkommenskanal die Berechtigung **Einladung erstellen** und lege ihn mit `/school setup welcome_channel:` fest.

## Gründe im Audit-Log (Servereinstellungen → Audit-Log), in der Sprache des Servers

# $invitation: die Nummer der Einladung; $user: die ID der Person, die sie erstellt hat.
error-audit-joined-invitation = Porter: Beitritt über Einladung #{ $invitation }, erstellt von Nutzer { $user }
error-audit-joined-public = Porter: Beitritt zur öffentlichen Schule
error-audit-class-role = Porter: Klassenrolle aus Einladung #{ $invitation }, erstellt von Nutzer { $user }
