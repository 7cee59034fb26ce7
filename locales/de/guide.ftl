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
