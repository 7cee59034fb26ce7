## Zahlen

thousands-separator = .
