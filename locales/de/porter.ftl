# Porters Texte auf Deutsch: dieselben Nachrichten-IDs und $Platzhalter wie
# locales/en-US/porter.ftl. Anrede: du.

## Zahlen

thousands-separator = .

## Slash-Befehle: Beschreibung jedes Befehls, seiner Optionen (.<option>) und Auswahlnamen
## (.<option>-<n>). Befehls- und Optionsnamen bleiben englisch. Höchstens 100 Zeichen.

cmd-school = Diesen Server als Schule einrichten oder ihre Einstellungen ändern
cmd-school-setup = Die Schule dieses Servers anlegen oder ändern (braucht manage)
    .member_role = Die Rolle, die jede Person beim Beitritt bekommt
    .access = Wer beitreten darf: private (nur mit Einladung, Standard) oder public
    .access-0 = private: nur mit einer Einladung
    .access-1 = public: alle auf dem Server dürfen /join nutzen
    .welcome_channel = Wohin Einladungslinks führen (Standard: der Systemkanal)
    .log_channel = Wo Porter Beitritte, Widerrufe und Warnungen meldet
    .approval = on: Neue warten, bis eine Moderation sie annimmt (standardmäßig aus)
    .approval-0 = on: eine Moderation nimmt jede neue Person an
    .approval-1 = off: Codes, Buttons und Links lassen sofort herein
    .approval_channel = Wohin Beitrittsanfragen mit Annehmen/Ablehnen gehen (Standard: der Log-Kanal)
    .welcome_message = Beim Beitritt im Willkommenskanal gepostet: {"{user} {school} {inviter}"}; off entfernt sie
cmd-school-info = Einstellungen und Zahlen dieser Schule zeigen
cmd-school-check = Prüfen, was Porter hier am Arbeiten hindern würde, jeweils mit Abhilfe (braucht manage)
cmd-school-forget = Alles löschen, was Porter über diesen Server weiß, sofort (nur Server-Admins)
cmd-school-roles = Die Rollen, die Einladungen neben der Mitgliedsrolle geben dürfen (Klassenrollen)
cmd-school-roles-add = Einladungen diese Rolle neben der Mitgliedsrolle geben lassen, z. B. eine Klasse (braucht manage)
    .role = Eine einfache Rolle unter der von Porter und deiner, z. B. @Klasse 7
cmd-school-roles-remove = Einladungen diese Rolle nicht mehr geben lassen; Mitglieder behalten sie (braucht manage)
    .role = Eine Klassenrolle
cmd-school-roles-list = Die Rollen, die Einladungen neben der Mitgliedsrolle geben dürfen (braucht create oder manage)
cmd-school-export = Die Einladungen dieser Schule als CSV-Datei exportieren (braucht revoke oder manage)
cmd-school-pause = Jeden Weg herein sperren (Codes, Buttons, Links) bis /school resume oder for: endet (braucht manage)
    .for = Wie lange, z. B. 30m, 6h oder 2d (Standard: bis /school resume)
cmd-school-resume = Jeden Weg herein nach /school pause wieder öffnen (braucht manage)
cmd-permissions = Festlegen, welche Rollen Einladungen erstellen, teilen und widerrufen dürfen
cmd-permissions-grant = Einer Rolle etwas mit Einladungen erlauben (braucht manage)
    .role = Die Rolle
    .permission = create, share, revoke, approve (Beitrittsanfragen) oder manage (Einstellungen; umfasst alles)
    .permission-0 = create (erstellen)
    .permission-1 = share (teilen)
    .permission-2 = revoke (widerrufen)
    .permission-3 = manage (verwalten)
    .permission-4 = approve (annehmen)
cmd-permissions-remove = Einer Rolle eine Berechtigung wegnehmen (braucht manage)
    .role = Die Rolle
    .permission = Die Berechtigung, die wegfällt
    .permission-0 = create (erstellen)
    .permission-1 = share (teilen)
    .permission-2 = revoke (widerrufen)
    .permission-3 = manage (verwalten)
    .permission-4 = approve (annehmen)
cmd-permissions-list = Zeigen, welche Rollen welche Berechtigungen haben (braucht manage)
cmd-invite = Einladungen erstellen, teilen und widerrufen
cmd-invite-create = Eine Einladung erstellen: du bekommst einen Link und einen Code zum Teilen (braucht create)
    .label = Ein Name zur Unterscheidung, z. B. „Eltern Klasse 7“ (bis zu 100 Zeichen)
    .max_uses = Wie viele Personen damit beitreten dürfen (1 bis 10000; Standard: unbegrenzt)
    .expires_in = Wie lange sie gilt, z. B. 30m, 12h, 7d, 2w (Standard: bis zum Widerruf)
    .dm = Auch per Direktnachricht an diese Person senden (braucht share)
    .channel = Auch mit einem Beitreten-Button in diesem Kanal posten (braucht share)
    .for = Persönlich machen: nur diese Person kann sie einmal nutzen (per Direktnachricht)
    .send = Mit for: per Direktnachricht an diese Person senden (Standard: ja, mit share)
    .role = Auch diese Klassenrolle geben (aus /school roles list)
    .role2 = Auch diese Klassenrolle geben
    .role3 = Auch diese Klassenrolle geben
    .roles_until = Wann die Klassenrollen enden, z. B. 2026-07-15 oder 12w (Standard: nie)
    .email = Auch per E-Mail an diese Adresse senden (braucht share)
cmd-invite-share = Porter eine Einladung per Direktnachricht senden oder in einem Kanal posten lassen (braucht share)
    .code = Der Code der Einladung
    .dm = Per Direktnachricht an diese Person senden
    .channel = Mit einem Beitreten-Button in diesem Kanal posten
    .email = Per E-Mail an diese Adresse senden
cmd-invite-revoke = Eine Einladung widerrufen: Code und Link gelten sofort nicht mehr (braucht revoke)
    .code = Der Code der Einladung
cmd-invite-list = Die Einladungen dieser Schule auflisten (braucht create, revoke oder manage)
    .include_inactive = Auch widerrufene, abgelaufene und aufgebrauchte Einladungen zeigen
cmd-invite-info = Eine Einladung zeigen und wer damit beigetreten ist (braucht create, revoke oder manage)
    .code = Der Code der Einladung
cmd-invite-export = Beitritte als CSV-Datei exportieren: alle oder die einer Einladung (braucht revoke oder manage)
    .code = Nur die Beitritte mit dieser Einladung (Standard: alle Beitritte)
cmd-invite-roster = Persönliche Einladungen für eine Liste (CSV-Datei) erstellen und jeweils zusenden (braucht create)
    .file = Eine CSV-Datei: je Zeile eine Nutzer-ID oder ein Nutzername, dann Klassenrollen (optional)
    .label = Ein Name für diese Einladungen (Standard: der Dateiname)
    .expires_in = Wie lange sie gelten, z. B. 7d, 2w (Standard: bis zum Widerruf)
    .role = Allen auch diese Klassenrolle geben (aus /school roles list)
    .role2 = Allen auch diese Klassenrolle geben
    .role3 = Allen auch diese Klassenrolle geben
    .roles_until = Wann die Klassenrollen enden, z. B. 2026-07-15 oder 12w (Standard: nie)
    .send = Jede Einladung per Direktnachricht an ihre Person senden (Standard: ja, mit share)
    .resume = Liste Nummer … dort fortsetzen, wo sie stehen blieb (oder ansehen, was sie tat)
cmd-join = Einer Schule mit einem Einladungscode beitreten (in einer öffentlichen Schule auch ohne Code)
    .code = Dein Einladungscode, z. B. ABCDE-FGHJK

## Die Startnachricht und /help (Issue 14, Punkte 1 und 2).

## Die Startnachricht, einmal gepostet auf einem Server, dem Porter gerade hinzugefügt wurde
## (in der Sprache des Servers, auch wenn sie per Direktnachricht an den Besitzer geht).

greeting-title = Hallo! Porter ist da 👋
greeting-about = Porter gibt **{ $server }** einen kontrollierten Zugang: Moderatoren erstellen Einladungen (einen Link und einen Code zum Teilen), und alle, die mit einer beitreten, bekommen eure Mitgliederrolle.
greeting-start-name = Mit einem Befehl anfangen
greeting-start = Jemand mit **Server verwalten** führt `/school setup member_role:@Members` aus und wählt die Rolle, die alle Neuen bekommen sollen. Optional: `access:` (private oder public), `welcome_channel:` (wohin Links führen) und `log_channel:` (wo Porter Beitritte meldet).
greeting-check-name = Dann prüfen
greeting-check = `/school check` sagt dir, was Porter hier an der Arbeit hindern würde (seine Berechtigungen, die Rollenreihenfolge, die Kanäle), jeweils mit der Lösung. `/help` zeigt alle Befehle, die du nutzen darfst.

## /help

cmd-help = Die Befehle, die du hier nutzen darfst, oder einer davon im Detail
    .command = Ein Befehl, der erklärt werden soll, z. B. invite create

help-title = Porter: was du tun kannst
help-intro-server = Die Befehle, die du hier nutzen darfst. `/help command:` erklärt einen davon im Detail.
help-intro-dm = In einer Direktnachricht nimmt Porter diese beiden an. Die anderen Befehle funktionieren auf dem Server einer Schule, wo /help dir zeigt, welche du nutzen darfst.
help-group-invite = Einladungen
help-group-school = Die Schule
help-group-permissions = Berechtigungen
help-approve-note = Beitrittsanfragen (in einer Schule, in der die Moderation Neue annimmt) kommen mit Buttons zum Annehmen oder Ablehnen, die du drücken darfst.
help-options = Optionen
help-optional = optional
help-example = Beispiel
help-who = Wer ihn nutzen darf
help-who-everyone = Alle, auf einem Server und in einer Direktnachricht mit Porter.
help-who-manage = Mitglieder, deren Rollen **manage** haben, und alle mit Discords Berechtigung „Administrator“ oder „Server verwalten“.
help-who-any-of = Mitglieder, deren Rollen { $permissions } haben (oder manage, das alles einschließt), und alle mit Discords Berechtigung „Administrator“ oder „Server verwalten“.
help-who-any-permission = Mitglieder, deren Rollen irgendeine Porter-Berechtigung haben, und alle mit Discords Berechtigung „Administrator“ oder „Server verwalten“.
help-who-administrator = Der Serverbesitzer und Mitglieder mit Discords Berechtigung **Administrator** („Server verwalten“ allein reicht nicht).
# Verbindet die letzten beiden einer Liste von Berechtigungen: „create oder revoke“.
help-or = { $first } oder { $last }
help-unknown = Porter hat keinen Befehl `/{ $command }`. Führe `/help` aus, um die Befehle zu sehen, die du nutzen darfst.
help-refused = Du kannst `/{ $command }` nicht nutzen: Dafür braucht es die Berechtigung { $permissions }, und deine Rollen haben sie nicht. Eine Moderatorin oder ein Moderator mit manage kann sie einer deiner Rollen geben (`/permissions grant`). Führe `/help` aus, um die Befehle zu sehen, die du nutzen darfst.
help-refused-any = Du kannst `/{ $command }` nicht nutzen: Dafür braucht es eine von Porters Berechtigungen, und deine Rollen haben keine. Eine Moderatorin oder ein Moderator mit manage kann einer deiner Rollen eine geben (`/permissions grant`). Führe `/help` aus, um die Befehle zu sehen, die du nutzen darfst.
help-refused-administrator = `/{ $command }` ist dem Serverbesitzer und Mitgliedern mit Discords Berechtigung „Administrator“ vorbehalten. Führe `/help` aus, um die Befehle zu sehen, die du nutzen darfst.
help-refused-dm = `/{ $command }` funktioniert nur auf dem Server einer Schule. Führe dort `/help` aus, um zu sehen, was du tun darfst.

## Eine Nachricht pro Befehl: ihre Zeile in der Übersicht; .example ein typischer Aufruf
## (Befehls- und Optionsnamen bleiben englisch); .about, was er tut, für /help command:.

help-join = Einer Schule mit dem Code einer Einladung beitreten.
    .example = /join code:ABCDE-FGHJK
    .about = Löst den Code einer Einladung ein: Du bekommst die Mitgliederrolle der Schule (und die Klassenrollen, die die Einladung gibt). Das geht auf dem Server und in einer Direktnachricht mit Porter: Dort nennt der Code seine Schule, und wenn du noch nicht auf diesem Server bist, antwortet Porter mit ihrem Link. In einer öffentlichen Schule kannst du den Code weglassen.
help-help = Diese Anleitung: die Befehle, die du nutzen darfst.
    .example = /help command:invite create
    .about = Listet die Befehle auf, die du dort nutzen darfst, wo du fragst, jeweils mit einem Beispiel. Mit `command:` zeigt es einen davon im Detail: was er tut, seine Optionen, ein Beispiel und wer ihn nutzen darf.
help-invite-create = Eine Einladung erstellen: einen Link und einen Code zum Teilen.
    .example = /invite create label:Eltern Klasse 7 max_uses:30 expires_in:2w
    .about = Erstellt eine Einladung und zeigt nur dir ihren Code und Link. Begrenze sie mit `max_uses:` und `expires_in:`, gib mit `role:` Klassenrollen dazu und verschicke sie sofort mit `dm:`, `channel:` oder `email:` (dafür braucht es die Berechtigung share). `for:` macht sie persönlich: Nur diese Person kann sie nutzen, einmal.
help-invite-share = Eine Einladung per Direktnachricht, in einem Kanal oder per E-Mail senden.
    .example = /invite share code:ABCDE-FGHJK channel:#willkommen
    .about = Verschickt eine Einladung, die du schon erstellt hast: Eine Direktnachricht nennt die Schule, den Code und den Link; ein Beitrag im Kanal trägt einen Beitreten-Button. Porter postet nur dort, wo du selbst posten könntest.
help-invite-revoke = Eine Einladung widerrufen: Code und Link funktionieren sofort nicht mehr.
    .example = /invite revoke code:ABCDE-FGHJK
    .about = Widerruft die Einladung: Porter löscht ihren Link in Discord und lehnt ihren Code ab sofort ab. Wer damit beigetreten ist, behält seine Rollen.
help-invite-list = Die Einladungen der Schule, mit Nutzungen und Ablauf.
    .example = /invite list include_inactive:True
    .about = Listet die Einladungen seitenweise auf, jede mit Name, Ersteller, Nutzungen, Ablauf und Status. `include_inactive:` nimmt die widerrufenen, abgelaufenen und aufgebrauchten dazu.
help-invite-info = Eine Einladung und wer über sie beigetreten ist.
    .example = /invite info code:ABCDE-FGHJK
    .about = Zeigt die Einstellungen und Nutzungen einer Einladung und die Personen, die über sie beigetreten sind (und ob sie wieder gegangen sind).
help-invite-export = Beitritte als CSV-Datei, für eine Tabellenkalkulation.
    .example = /invite export code:ABCDE-FGHJK
    .about = Sendet eine CSV-Datei mit den Beitritten der Schule: wer beigetreten ist, wann, wie und über welche Einladung. Mit `code:` bleiben nur die Beitritte über diese Einladung.
help-invite-roster = Persönliche Einladungen für eine Liste von Personen (eine CSV-Datei), jede per Direktnachricht.
    .example = /invite roster file:klasse7.csv role:@Klasse 7
    .about = Liest eine CSV-Datei (pro Zeile eine Benutzer-ID oder ein Benutzername, danach auf Wunsch Klassenrollen) und erstellt für jede Person eine persönliche Einladung, die ihr per Direktnachricht geschickt wird, wenn du die Berechtigung share hast. Die Antwort zeigt den Fortschritt und endet mit einer Ergebnisdatei; ein abgebrochener Lauf geht mit `resume:` weiter.
help-school-setup = Diesen Server als Schule einrichten oder ihre Einstellungen ändern.
    .example = /school setup member_role:@Mitglieder log_channel:#porter-log
    .about = Legt die Schule beim ersten Mal an; danach ändert es nur die Optionen, die du angibst. Die Mitgliederrolle bekommen alle, die beitreten: Sie muss unter Porters Rolle liegen und darf keine Moderationsrechte haben. Porter warnt dich vor allem, was es mit diesen Einstellungen nicht kann.
help-school-info = Einstellungen und Zahlen der Schule.
    .example = /school info
    .about = Zeigt Mitgliederrolle, Zugang, Kanäle, Annahme durch die Moderation und Pause, dazu die beigetretenen Mitglieder, die Beitritte und Abgänge der letzten Woche und die aktiven Einladungen.
help-school-check = Was Porter hier an der Arbeit hindern würde, jeweils mit der Lösung.
    .example = /school check
    .about = Prüft Porters Berechtigungen, die Rollenreihenfolge, die Kanäle und die Einstellungen in Discord und listet jedes Problem mit seiner Lösung auf. Es ändert nichts; führe es also aus, wann immer etwas nicht stimmt.
help-school-pause = Jeden Weg hinein (Codes, Beitreten-Buttons, Links) eine Weile sperren.
    .example = /school pause for:2d
    .about = Niemand kommt über eine Einladung herein, bis jemand `/school resume` ausführt oder `for:` abgelaufen ist. Porter pausiert auch Discords eigene Einladungen für den Server.
help-school-resume = Nach einer Pause jeden Weg hinein wieder öffnen.
    .example = /school resume
    .about = Beendet eine Pause sofort: Codes, Beitreten-Buttons und Links funktionieren wieder.
help-school-roles-add = Einladungen eine Klassenrolle neben der Mitgliederrolle geben lassen.
    .example = /school roles add role:@Klasse 7
    .about = Nimmt eine Rolle in die Klassenrollen der Schule auf, die `/invite create role:` neben der Mitgliederrolle vergeben kann. Es muss eine einfache Rolle unter Porters und deiner höchsten Rolle sein.
help-school-roles-remove = Einladungen eine Klassenrolle nicht mehr geben lassen.
    .example = /school roles remove role:@Klasse 7
    .about = Nimmt die Rolle aus den Klassenrollen: Einladungen geben sie nicht mehr, und wer sie hat, behält sie.
help-school-roles-list = Die Klassenrollen, die Einladungen geben können.
    .example = /school roles list
    .about = Listet die Klassenrollen der Schule auf.
help-school-export = Die Einladungen der Schule als CSV-Datei.
    .example = /school export
    .about = Sendet eine CSV-Datei mit allen Einladungen: Name, Ersteller, Nutzungen, Ablauf und Status.
help-school-forget = Alles löschen, was Porter über diesen Server speichert.
    .example = /school forget
    .about = Zeigt, was gelöscht würde (Einladungen, Beitritte, Berechtigungen, das Protokoll), und bittet dich, mit einem Button zu bestätigen; dann löscht es alles sofort und entfernt die Links der Einladungen, die noch funktionieren.
help-permissions-grant = Einer Rolle create, share, revoke, approve oder manage erlauben.
    .example = /permissions grant role:@Lehrkräfte permission:create
    .about = Gibt allen mit dieser Rolle eine Berechtigung: Einladungen erstellen (create), teilen (share) und widerrufen (revoke), Beitrittsanfragen annehmen (approve) oder verwalten (manage: die Einstellungen und Berechtigungen der Schule, was alles andere einschließt). Du änderst nur Rollen unter deiner eigenen höchsten Rolle.
help-permissions-remove = Einer Rolle eine Berechtigung wegnehmen.
    .example = /permissions remove role:@Lehrkräfte permission:share
    .about = Nimmt der Rolle die Berechtigung wieder weg; Mitglieder behalten, was ihnen ihre anderen Rollen geben.
help-permissions-list = Welche Rollen welche Berechtigungen haben.
    .example = /permissions list
    .about = Zeigt die ganze Zuordnung von Rollen zu Porter-Berechtigungen.

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

## The joins chart under /school info and /invite info (a picture: keep each text short)

chart-subtitle = Beitritte pro Tag, letzte 30 Tage (UTC)
chart-total = { $count ->
    [one] { $total } Beitritt
   *[other] { $total } Beitritte
}
chart-code = Code
chart-button = Beitreten-Button
chart-link = Link
chart-public = Öffentlich
chart-empty = Keine Beitritte in den letzten 30 Tagen
