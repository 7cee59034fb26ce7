## Numbers

# Between groups of three digits in large numbers: 5,000.
thousands-separator = ,

## Errors every command can meet

error-unreadable-option = I couldn't read `{ $input }`. Check the option and try again.
error-missing-option = One of the options is missing or unreadable. Check them and try again.
error-guild-only = This command works only in a server, not in direct messages.
error-internal = Something went wrong on Porter's side; it has been logged. Please try again in a minute.
