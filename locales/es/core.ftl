## Números

thousands-separator = .
