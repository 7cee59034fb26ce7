## The joins chart under /school info and /invite info (a picture: keep each text short)

chart-subtitle = Uniones por día, últimos 30 días (UTC)
chart-total = { $count ->
    [one] { $total } unión
   *[other] { $total } uniones
}
chart-code = Código
chart-button = Botón Unirse
chart-link = Enlace
chart-public = Pública
chart-empty = Ninguna unión en los últimos 30 días
