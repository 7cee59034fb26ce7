## The joins chart under /school info and /invite info (a picture: keep each text short)

# Under the school's name.
chart-subtitle = Joins per day, last 30 days (UTC)
# At the top right: every join the chart shows. $total is $count written out (5,000).
chart-total = { $count ->
    [one] { $total } join
   *[other] { $total } joins
}
# The legend: how people came in.
chart-code = Code
chart-button = Join button
chart-link = Link
chart-public = Public
# Across a chart without any join.
chart-empty = No joins in the last 30 days
