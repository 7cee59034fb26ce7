## Numbers

# Between groups of three digits in large numbers: 5,000.
thousands-separator = ,
