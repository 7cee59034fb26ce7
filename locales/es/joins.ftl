## /join y el botón Unirse: la respuesta a quien se une

join-welcome-role = ¡Te damos la bienvenida a **{ $school }**! Ahora tienes el rol { $role }.
join-welcome-roles = ¡Te damos la bienvenida a **{ $school }**! Ahora tienes los roles { $roles } y { $last }.
# Un rol cuyo nombre Porter no puede leer.
join-role-unknown = miembro
join-already-member = Ya eres miembro de **{ $school }**, así que no ha cambiado nada.
join-not-in-server = Ese código es de **{ $school }**, y todavía no estás en ese servidor. Únete a través de { $url } y recibirás el rol de miembro al llegar.
join-not-in-server-no-link = Ese código es de **{ $school }**, y todavía no estás en ese servidor. Su enlace ya no funciona: pide uno nuevo a quien te invitó.

## Líneas del canal de registro: uniones, salidas, periodos

log-join = 📥 { $user } se unió con { $invitation } (creada por { $creator }) { $method ->
    [code] escribiendo su código
    [button] pulsando su botón Unirse
    [link] abriendo su enlace
   *[public] sin código
}.
log-join-roles = 📥 { $user } se unió con { $invitation } (creada por { $creator }) { $method ->
    [code] escribiendo su código
    [button] pulsando su botón Unirse
    [link] abriendo su enlace
   *[public] sin código
}, y recibió { $roles }.
log-join-public = 📥 { $user } se unió a la escuela pública y recibió el rol de miembro.
log-back = 📥 { $user } ha vuelto a través del enlace de { $invitation } (creada por { $creator }). Ya se unió antes a través de él, así que no se cuenta otra vez.
log-term = 🎓 Terminó el periodo de { $invitation } (creada por { $creator }): Porter les quitó { $roles } a { $people ->
    [one] 1 persona
   *[other] { $people } personas
}, que conservan el rol de miembro.
log-leave = 📤 { $user } se fue; se había unido { $joins }.
# Dos uniones de una persona que se fue, la más antigua primero.
log-leave-and = { $first }, y { $next }
log-leave-just-now = hace un momento
log-leave-public = { $when } sin código (escuela pública)
log-leave-unattributed = { $when } a través de uno de varios enlaces usados a la vez
log-leave-with = { $when } con { $invitation } { $method ->
    [code] escribiendo su código
    [button] pulsando su botón Unirse
   *[link] abriendo su enlace
}
log-leave-erased = { $when } con una invitación ya borrada { $method ->
    [code] escribiendo su código
    [button] pulsando su botón Unirse
   *[link] abriendo su enlace
}
log-revoke = 🚫 { $moderator } revocó { $invitation } (creada por { $creator }; { $uses } se unieron con ella).
log-revoke-keep = 🚫 { $moderator } revocó { $invitation } (creada por { $creator }; { $uses } se unieron con ella). Conservan { $roles }.
log-revoke-keep-until = 🚫 { $moderator } revocó { $invitation } (creada por { $creator }; { $uses } se unieron con ella). Conservan { $roles } hasta { $until }.

## Líneas del canal de registro: llegadas por enlaces

log-unattributed = ❔ { $user } llegó a través de una de varias invitaciones usadas en el mismo momento ({ $invites }). Los contadores de Discord dicen cuántas personas llegaron por cada una, y Porter las contó; no puede saber quién llegó por cuál.
log-unattributed-others = { $count ->
    [one] una invitación que no es de Porter
   *[other] { $count } invitaciones que no son de Porter
}
# Por qué el enlace de una invitación no debía dejar entrar a nadie, como en "«Año 7» fue revocada".
log-refusal-revoked = fue revocada
log-refusal-expired = había caducado
log-refusal-paused = estaba en pausa junto con cualquier otra forma de entrar (`/school pause`)
log-refusal-full = no tenía plazas libres
log-refusal-full-of = no tenía plazas libres (las { $max } ocupadas)
# Una invitación y por qué no podía dejar entrar a nadie: "«Año 7» fue revocada".
log-refused-one = { $invitation } { $why }
log-refused-full-of = ⚠️ { $user } entró por el enlace de { $invitation } cuando ya estaban ocupadas sus { $max } plazas: Discord solo cuenta los usos del propio enlace, así que le dejó entrar. { $after }
log-refused-full = ⚠️ { $user } entró por el enlace de { $invitation } cuando ya estaban ocupadas sus plazas. { $after }
log-refused-paused = ⚠️ { $user } entró por el enlace de { $invitation } mientras las uniones están en pausa: Discord le dejó entrar de todos modos, así que Porter no contó nada. { $after }
log-refused-ended = ⚠️ { $user } entró por el enlace de { $invitation }, que { $why ->
    [revoked] fue revocada
   *[expired] había caducado
}, antes de que Porter pudiera borrar el enlace. { $after }
log-unattributed-refusal = { $refusals }, y Porter no puede saber si { $user } llegó { $count ->
    [one] por ella
   *[other] por una de ellas
}. { $after }
log-taken-back = Porter le quitó el rol de miembro. Si debe estar dentro, compártele una invitación que funcione.
log-not-taken-back = Porter no pudo quitarle el rol de miembro: quítaselo a mano si no debe tenerlo, y ejecuta `/school check`.
log-grant-failed = ⚠️ { $user } llegó, pero Porter no pudo darle el rol de miembro. { $why }
log-grant-failed-internal = Porter tuvo un error interno; revisa sus registros.
log-link-gone = 🔗 El enlace de { $invitation } (creada por { $creator }) se borró en Discord. Su código sigue funcionando; para tener un enlace nuevo, crea una invitación nueva.

## Líneas del canal de registro: mientras Porter estaba desconectado

log-offline-joined = 📥 { $people ->
    [one] 1 persona se unió
   *[other] { $people } personas se unieron
} a través del enlace de { $invitation } (creada por { $creator }) mientras Porter estaba desconectado.
log-offline-past-cap = ⚠️ { $people ->
    [one] 1 persona entró
   *[other] { $people } personas entraron
} por el enlace de { $invitation } (creada por { $creator }) mientras Porter estaba desconectado; { $all ->
    [yes] todas
   *[no] { $past } de ellas
} después de que { $why ->
    [revoked] fuera revocada
    [expired] caducara
    [paused] se pusiera en pausa junto con cualquier otra forma de entrar (`/school pause`)
    [full-of] se quedara sin plazas libres (las { $max } ocupadas)
   *[full] se quedara sin plazas libres
}.
log-offline-vanished = 🔗 El enlace de { $invitation } (creada por { $creator }) desapareció mientras Porter estaba desconectado. Discord elimina un enlace en cuanto se ocupa su último uso, así que Porter da por ocupados { $uses ->
    [one] el 1 uso
   *[other] los { $uses } usos
} que le quedaban{ $past ->
    [0] {""}
   *[other] { " " }({ $past } de ellos por encima del límite de la invitación)
}. Si alguien borró el enlace a mano, crea una invitación nueva para quien todavía la necesite.
log-offline-deleted = 🔗 El enlace de { $invitation } (creada por { $creator }) se borró en Discord mientras Porter estaba desconectado. Su código sigue funcionando; para tener un enlace nuevo, crea una invitación nueva.
log-offline-people = 👥 { $people ->
    [one] 1 persona entró
   *[other] { $people } personas entraron
} por enlaces de invitación mientras Porter estaba desconectado.
log-offline-people-nobody = Porter no puede saber quién: ningún miembro que se unió mientras estaba fuera tiene el rol de miembro sin una unión que Porter conozca.
log-offline-people-named = Son { $people }: se unieron al servidor mientras Porter estaba fuera y tienen el rol de miembro, sin ninguna unión que Porter conozca.
log-offline-people-more = y { $count } más
log-offline-people-unnamed = Porter no puede nombrar a las otras { $count }: ya estaban en el servidor.
log-offline-people-unknown = Porter no puede saber quiénes fueron: no pudo leer la lista de miembros.
log-offline-people-past-cap = { $count } de ellas entraron por encima del límite de una invitación o después de que terminara; Porter no puede saber quiénes, así que no quitó ningún rol: revísalas y quita el rol de miembro a quien no deba tenerlo.

## Líneas del canal de registro: códigos incorrectos, pausas

log-failure-alert = ⚠️ En la última hora se probaron { $count } códigos de invitación incorrectos en este servidor. Puede que alguien esté adivinando códigos; Porter ya hace esperar a cada persona tras 5 intentos fallidos en 15 minutos. Revoca con `/invite revoke` cualquier invitación que creas que se ha filtrado.
log-pause = ⏸️ { $moderator } pausó las uniones hasta { $until } ({ $relative }). { $links ->
    [off] Mientras tanto, ni los códigos, ni los botones Unirse, ni los enlaces de invitación del servidor dejan entrar a nadie.
   *[on] Mientras tanto, ni los códigos ni los botones Unirse dejan entrar a nadie, pero Porter no pudo pausar los enlaces de invitación del servidor en Discord (necesita **Gestionar servidor**): a quien llegue por uno de los enlaces de Porter se le quitará el rol de miembro.
}
log-pause-open = ⏸️ { $moderator } pausó las uniones hasta `/school resume`. { $links ->
    [off] Mientras tanto, ni los códigos, ni los botones Unirse, ni los enlaces de invitación del servidor dejan entrar a nadie.
   *[on] Mientras tanto, ni los códigos ni los botones Unirse dejan entrar a nadie, pero Porter no pudo pausar los enlaces de invitación del servidor en Discord (necesita **Gestionar servidor**): a quien llegue por uno de los enlaces de Porter se le quitará el rol de miembro.
}
log-resume = ▶️ { $moderator } reanudó las uniones: los códigos, los botones Unirse y los enlaces vuelven a funcionar.
log-pause-ended = ▶️ Las uniones se reanudaron: la pausa terminó el { $until }. Los códigos, los botones Unirse y los enlaces vuelven a funcionar.
log-pause-ended-by = ▶️ Las uniones se reanudaron: la pausa que puso { $moderator } terminó el { $until }. Los códigos, los botones Unirse y los enlaces vuelven a funcionar.

## Motivos en el registro de auditoría para los roles que Porter quita a quien llega

arrival-reason-refused = Porter: la invitación #{ $id } { $why }
arrival-reason-approval = Porter: las uniones esperan la aprobación de un moderador

## Correos con invitaciones (en el idioma de la escuela)

email-subject = Tu invitación a { $school } en Discord
email-intro = { $inviter } te invitó a unirte a { $school } en Discord.
email-invitation = Invitación: { $label }
email-code = Código: { $code }
email-link = Enlace: { $link }
email-valid-until = Válida hasta: { $until }
email-valid-until-revoked = Válida hasta: que la escuela la revoque
email-how = Cómo unirte:
# $join es "/join code:ABCDE-FGHJK", tal como se escribe.
email-how-link = Abre { $link } y acepta la invitación (necesitas una cuenta de Discord): así entras. Si ya estás en el servidor, escribe allí { $join }.
email-how-code = En el servidor, escribe { $join } (pide a la escuela una forma de entrar si todavía no estás en él).
email-ignore = Si no esperabas este correo, ignóralo: no pasa nada a menos que lo uses.

## Por qué no se envió un correo (para moderadores)

email-failed-build = no se pudo crear el mensaje
email-failed-closed = el servidor de correo cerró la conexión
email-failed-permanent = el servidor de correo lo rechazó definitivamente
email-failed-permanent-code = el servidor de correo lo rechazó definitivamente ({ $code })
email-failed-transient = el servidor de correo lo rechazó por ahora
email-failed-transient-code = el servidor de correo lo rechazó por ahora ({ $code })
email-failed-timeout = el servidor de correo no respondió a tiempo
email-failed-unreachable = no se pudo contactar con el servidor de correo

## /invite roster: la respuesta al moderador (el resultado y el detalle del archivo de resultados quedan en inglés, como datos)

roster-resume-alone = `resume:` retoma una lista con las opciones con las que se creó. Indica `resume:` solo, o quítalo para empezar una lista nueva a partir de un archivo.
roster-no-file = Adjunta la lista como `file:`: un archivo CSV con una persona por fila (un ID de usuario de Discord, o el nombre de usuario de alguien que ya está en el servidor) y, si quieres, roles de clase después. Para retomar una lista que se detuvo, indica `resume:` con su número.
roster-no-file-unfinished = Adjunta la lista como `file:`: un archivo CSV con una persona por fila (un ID de usuario de Discord, o el nombre de usuario de alguien que ya está en el servidor) y, si quieres, roles de clase después. Para retomar una lista que se detuvo, indica `resume:` con su número. Listas que se detuvieron antes de terminar: { $rosters }.
roster-more = …y { $count } más
roster-no-share = Puedes crear invitaciones pero no hacer que Porter las envíe, así que no se creó nada. Vuelve a ejecutar `/invite roster` con `send:False` y pasa tú los códigos (la respuesta los adjunta), o pide a alguien con «Gestionar servidor» que dé a uno de tus roles el permiso **share**.
roster-not-csv = `{ $file }` no es un archivo CSV. Adjunta un archivo `.csv` (en una hoja de cálculo: Archivo → Descargar o Guardar como → CSV) con una persona por fila. No se creó nada.
roster-too-large = Ese archivo ocupa { $size } KB; una lista puede ocupar como mucho { $max } KB (caben 500 filas de sobra). No se creó nada. Quita las columnas que Porter no necesita (deja la persona y los roles de clase), o divide la lista.
roster-download-failed = Porter no pudo descargar el archivo de Discord ({ $why }). No se creó nada. Vuelve a intentarlo en un minuto.
roster-progress = **Lista { $id }** (`{ $file }`): { $done }/{ $rows } { $send ->
    [yes] enviadas o resueltas
   *[no] hechas
} hasta ahora. Porter va al ritmo que Discord permite; este mensaje muestra hasta dónde ha llegado.
roster-by-dm = (Discord solo deja a Porter editar una respuesta durante 15 minutos, así que aquí la tienes para { $school }.)
roster-rows = { $count ->
    [one] fila
   *[other] filas
} { $rows }
roster-rows-more = { $count ->
    [one] fila
   *[other] filas
} { $rows } y { $more } más
roster-summary-head = **Lista { $id }** (`{ $file }`): filas hechas: { $done } de { $rows }.
roster-summary-sent = ✅ Enviadas por mensaje directo: { $count }.
roster-summary-not-sent = 📋 Creadas y no enviadas, como pediste: { $count }. Pasa cada código y enlace a su persona (en el archivo adjunto).
roster-summary-dm-closed = ⚠️ Mensajes directos cerrados: { $count }. Se crearon, pero Discord no los entregó (la persona no acepta mensajes directos de Porter, o todavía no está en ningún servidor con Porter). **Pásalas tú**: el archivo adjunto tiene cada código y enlace (resultado `dm_closed`); solo funcionan para su persona.
roster-summary-unknown = ❓ Usuarios desconocidos: { $count } ({ $rows }): no hay ningún usuario de Discord con ese ID, o nadie en el servidor con ese nombre de usuario. A quien todavía no está en el servidor solo se le puede nombrar por su ID de usuario.
roster-summary-bad = ❌ Filas incorrectas omitidas: { $count } ({ $rows }); el archivo adjunto dice por qué.
# Sigue a "N sin hacer todavía" cuando fallaron filas.
roster-summary-failed = { " " }(fallidas: { $count }; { $rows })
roster-summary-left = 🔁 Sin hacer todavía: { $count }{ $failed }. Corrige la causa y luego ejecuta `/invite roster resume:{ $id }`: retoma solo esas filas y nunca crea una segunda invitación para una fila.
# $why es el detalle de la última fila fallida del archivo de resultados (en inglés).
roster-summary-left-stopped = 🔁 Sin hacer todavía: { $count }{ $failed }. Porter se detuvo después de que fallaran { $max } filas seguidas: { $why } Corrige la causa y luego ejecuta `/invite roster resume:{ $id }`: retoma solo esas filas y nunca crea una segunda invitación para una fila.
roster-summary-file = El archivo adjunto enumera cada fila con su resultado, código y enlace. `/invite roster resume:{ $id }` vuelve a mostrar esto.
roster-summary-more-lines = …y { $count } líneas más
roster-reason-created = Porter: invitación creada por el usuario { $user } (lista { $id })
roster-reason-not-saved = Porter: invitación no guardada
