## Zahlen

thousands-separator = .

## Fehler, die jedem Befehl begegnen können

error-unreadable-option = Ich konnte `{ $input }` nicht lesen. Prüfe die Option und versuche es noch einmal.
error-missing-option = Eine der Optionen fehlt oder ist unlesbar. Prüfe sie und versuche es noch einmal.
error-guild-only = Dieser Befehl funktioniert nur auf einem Server, nicht in Direktnachrichten.
error-internal = Bei Porter ist etwas schiefgegangen; es wurde protokolliert. Bitte versuche es in einer Minute noch einmal.
