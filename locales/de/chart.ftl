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
