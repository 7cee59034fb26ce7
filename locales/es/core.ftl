## Números

thousands-separator = .

## Errores que puede encontrar cualquier comando

error-unreadable-option = No pude leer `{ $input }`. Revisa la opción y vuelve a intentarlo.
error-missing-option = Falta una de las opciones o no se puede leer. Revísalas y vuelve a intentarlo.
error-guild-only = Este comando solo funciona en un servidor, no en mensajes directos.
error-internal = Algo falló por parte de Porter; quedó registrado. Vuelve a intentarlo dentro de un minuto.
