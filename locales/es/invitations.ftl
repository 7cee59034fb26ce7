## Las invitaciones tal como las muestran respuestas, DM y publicaciones

render-label-none = invitación #{ $id }
render-label = «{ $label }»
render-label-for = { $label } para { $user }
render-uses-of = { $uses } de { $max } { $max ->
        [one] uso
       *[other] usos
    }
render-uses-no-limit = { $uses } { $uses ->
        [one] uso
       *[other] usos
    } (sin límite)
render-uses-short-no-limit = { $uses } (sin límite)
render-expired = caducó { $when }
render-never = nunca
render-roles-ended = { $roles } (terminaron { $when }, ya retirados)
render-roles-until = { $roles } hasta { $until }
render-no-link = ninguno (la invitación de Discord ya no existe)
render-list-and = { $rest } y { $last }

## Estados y cómo se unió la gente

render-status-active = activa
render-status-revoked = revocada
render-status-expired = caducada
render-status-used-up = agotada
render-how-code = código
render-how-button = botón Unirse
render-how-link = enlace
render-how-public = pública
render-how-unattributed = ¿enlace? (uno de varios usados a la vez)

## Nombres de los campos

render-field-for = Para
render-field-code = Código
render-field-link = Enlace
render-field-label = Etiqueta
render-field-uses = Usos
render-field-expires = Caduca
render-field-roles = Roles
render-field-invite-code = Código de invitación
render-field-invite-link = Enlace de invitación
render-field-status = Estado
render-field-created = Creada
render-field-member-role = Rol de miembro
render-field-access = Acceso
render-field-welcome-channel = Canal de bienvenida
render-field-log-channel = Canal de registro
render-field-members-joined = Miembros unidos
render-field-joins-week = Uniones en los últimos 7 días
render-field-left-week = Salidas en los últimos 7 días
render-field-active-invitations = Invitaciones activas
render-field-class-roles = Roles de clase
render-field-joining = Entrada
render-field-welcome-message = Mensaje de bienvenida

## La respuesta al moderador que creó una invitación

render-created-title = Invitación creada
render-created-personal = Una invitación personal: solo { $user } puede usar su código o su enlace, una sola vez. Si ya está en el servidor, se une con `/join code:{ $code }`; también puede enviárselo a Porter por DM.
render-created-shared = Comparte el enlace o el código. Quien ya esté en el servidor se une con `/join code:{ $code }`; cualquiera puede también enviárselo a Porter por DM.
render-roles-value = el rol de miembro y { $extra }

## El DM a quien recibe una invitación

render-dm-title = Te han invitado a { $school }
render-dm-intro = { $inviter } te ha invitado a unirte a **{ $school }**.
render-dm-personal = Esta invitación es solo para ti: su código y su enlace solo funcionan contigo.
render-dm-roles = También te da { $count ->
        [one] el rol { $roles }
       *[other] los roles { $roles }
    }.
render-dm-roles-until = También te da { $count ->
        [one] el rol { $roles }
       *[other] los roles { $roles }
    }, hasta { $until }.
render-dm-how-link = Abre { $url } para unirte o, si ya estás en el servidor, usa `/join code:{ $code }` allí o aquí.
render-dm-how-code = Usa `/join code:{ $code }` en el servidor o aquí.

## Publicaciones en canales y su botón Unirse

render-post-title = Únete a { $school }
render-post-how = Pulsa **Unirse** abajo para recibir el rol de miembro, o usa `/join code:{ $code }`. ¿Aún no estás en el servidor? Abre el enlace.
render-post-shared = Compartida por { $poster }.
render-join-button = Unirse
render-join-closed = Unirse ({ $status })
render-closed-title = La invitación { $label } ha terminado
render-closed-revoked = Esta invitación se revocó { $when }.
render-closed-expired = Esta invitación caducó { $when }.
render-closed-used-up = Esta invitación se ha agotado ({ $uses }).
render-closed-active = Esta invitación sigue funcionando.
render-closed-body = { $why } Su código y su enlace ya no dejan entrar a nadie; pide una invitación nueva a un moderador.

## /invite list y /invite info

list-title-all = Invitaciones ({ $count })
list-title-active = Invitaciones activas ({ $count })
list-line = `{ $code }` { $label } · de { $creator } · { $uses }
list-expires = caduca { $when }
list-also = además { $roles }
list-more = …y { $count } más.
list-empty-all = Aún no hay invitaciones. Crea una con `/invite create`.
list-empty-active = No hay invitaciones activas. Crea una con `/invite create`, o añade `include_inactive:True` para ver las revocadas, caducadas y agotadas.
list-position-invitations = Invitaciones { $from }–{ $to } de { $total }
list-position-joins = Uniones { $from }–{ $to } de { $total }
render-details-title = Invitación { $label }
render-revoked-when = revocada { $when }
render-revoked-when-by = revocada { $when } por { $user }
render-for-personal = { $user } (personal)
render-created-by = { $when } por { $user }
render-join-left = **se fue** { $when }
render-join-back = volvió { $when }
render-nobody-yet = Nadie todavía.
render-joined = Se unieron con ella ({ $count })
render-joined-maybe = Se unieron con ella ({ $count }, y { $maybe } que quizá sí)

## /school info y /school setup

render-school-title = Escuela: { $name }
render-school-set-up = Escuela configurada
render-school-updated = Escuela actualizada
render-access-private = private: solo con invitación
render-access-public = public: cualquiera puede usar `/join`
render-welcome-channel-default = el canal del sistema, o el primero al que Porter pueda invitar
render-none = ninguno
render-not-set = sin definir
render-joining-open = abierta (cierra toda entrada con `/school pause`)
render-paused-until = ⏸️ en pausa hasta { $until } ({ $when })
render-paused-by-until = ⏸️ en pausa por { $user } hasta { $until } ({ $when })
render-paused-resume = ⏸️ en pausa hasta `/school resume`
render-paused-by-resume = ⏸️ en pausa por { $user } hasta `/school resume`
render-welcome-none = ninguno (pon uno con `/school setup welcome_message:`)
render-class-roles-none = ninguno (añádelos con `/school roles add`)

## Los botones Anterior y Siguiente bajo /invite list y /invite info

list-page-previous = Anterior
list-page-next = Siguiente
list-page-broken = Estos botones ya no funcionan: vuelve a ejecutar el comando.
list-page-not-yours = Solo { $user }, que ejecutó `{ $command }`, puede pasar sus páginas. Ejecuta tú `{ $command }`.
list-page-expired = Estas páginas caducaron: vuelve a ejecutar `{ $command }` para ver más.

## /invite create y /invite share

invite-create-may-not-share = Puedes crear invitaciones, pero no que Porter las comparta, así que no se creó nada. Vuelve a ejecutar `/invite create` sin `dm:`, `channel:` ni `email:` y comparte tú el código, o pide a alguien con «Gestionar servidor» que dé a uno de tus roles el permiso **share**.
invite-field-shared = Compartida
invite-share-where = Indica dónde compartirla: añade `dm:` con una persona, `channel:` con un canal, `email:` con una dirección, o varios.
invite-dm-bot = ⚠️ { $user } es un bot; los bots no pueden unirse con invitaciones. No se envió nada.
invite-dm-sent = ✅ Enviada a { $user } por DM.
invite-dm-closed = ⚠️ { $user } no acepta mensajes directos de Porter, así que no se envió nada. Pásale el código o el enlace de otra forma, o publícalo en un canal.
invite-dm-refused = ⚠️ Discord rechazó el DM a { $user } ({ $why }). Pásale el código o el enlace de otra forma.
invite-posted = ✅ Publicada en { $channel }.
invite-post-forbidden = ⚠️ Porter no puede publicar en { $channel }. Da allí al rol de Porter «Ver canal», «Enviar mensajes» e «Insertar enlaces» y luego usa `/invite share`.
invite-post-refused = ⚠️ Discord rechazó la publicación en { $channel } ({ $why }). Inténtalo de nuevo con `/invite share`.

## /invite revoke

invite-revoked = Se revocó { $label } (`{ $code }`). Su código ya no funciona.
invite-revoked-link-deleted = Se revocó { $label } (`{ $code }`). Su código ya no funciona y su enlace se ha borrado.
invite-revoked-link-kept = Se revocó { $label } (`{ $code }`). Su código ya no funciona, pero Porter no pudo borrar su enlace: bórralo a mano en Ajustes del servidor → Invitaciones (la invitación `{ $link }`), o da a Porter «Gestionar servidor» para que pueda hacerlo.
invite-revoked-kept = { $count ->
        [one] La persona que se unió con ella conserva
       *[other] Las { $count } personas que se unieron con ella conservan
    } su membresía.
invite-revoked-kept-roles = { $count ->
        [one] La persona que se unió con ella conserva
       *[other] Las { $count } personas que se unieron con ella conservan
    } su membresía y { $roles }.
invite-revoked-kept-roles-until = { $count ->
        [one] La persona que se unió con ella conserva
       *[other] Las { $count } personas que se unieron con ella conservan
    } su membresía y { $roles } (hasta { $until }).

## Invitaciones personales (/invite create for:)

invite-personal-bot = { $user } es un bot; los bots no pueden unirse con invitaciones. No se creó nada.
invite-personal-channel = Una invitación personal (`for:`) solo sirve para una persona, así que Porter no la publica en un canal. No se creó nada. Quita `channel:` (Porter se la envía a esa persona por DM), o quita `for:` para crear una invitación para el canal.
invite-personal-other-dm = Una invitación personal solo sirve para la persona de `for:`, así que Porter se la envía solo a { $user }, no a otra persona. No se creó nada. Quita `dm:`.
invite-personal-send-without-for = `send:` va con `for:` (una invitación personal). No se creó nada. Para que Porter envíe una invitación a alguien por DM, usa `dm:`.
invite-personal-not-sent = No se envió, como pediste (`send:False`). Pasa su código y su enlace a { $user }; solo funcionan para esa persona.
invite-personal-may-not-send = Puedes crear invitaciones, pero no que Porter las comparta, así que no se creó nada. Vuelve a ejecutar `/invite create` con `send:False` y pasa tú el código, o pide a alguien con «Gestionar servidor» que dé a uno de tus roles el permiso **share**.
invite-personal-not-sent-no-share = No se envió: Porter solo envía invitaciones de quienes tienen el permiso **share**. Pasa su código y su enlace a { $user }; solo funcionan para esa persona.
invite-personal-undelivered = ⚠️ Porter no pudo enviársela a { $user }: no acepta mensajes directos de Porter o aún no está en ningún servidor con Porter. Pásale su código y su enlace de otra forma (`/invite info` los muestra); solo funcionan para esa persona.

## Invitaciones por correo (email:)

invite-email-off = Porter no puede enviar correos aquí: no hay ningún servidor de correo configurado, así que no se hizo nada. Comparte el código o el enlace con `dm:` o `channel:`, o pide a quien administra Porter que añada una sección `[email]` (host, port, tls, user, from; la contraseña en PORTER_SMTP_PASSWORD) a su config.toml y lo reinicie.
invite-email-bad-address = Esa no es una dirección de correo a la que Porter pueda escribir, así que no se hizo nada. Escribe una sola dirección, como `name@example.org` (sin nombre, sin espacios, como mucho { $max } caracteres).
invite-email-sent = ✅ Enviada por correo a { $address }.
invite-email-failed = ⚠️ El correo a { $address } no se envió: { $why }. No cuenta para el límite diario. Revisa la dirección y vuelve a probar `/invite share` con `email:`, o comparte el código de otra forma.

## /school roles (roles de clase)

roles-title = Roles de clase
roles-list-title = Roles de clase ({ $count }/{ $max })
roles-added = { $role } ya es un rol de clase: `/invite create role:` puede darlo (hasta { $max } por invitación) además del rol de miembro, y `roles_until:` puede indicar cuándo termina.
roles-already = { $role } ya era un rol de clase. No se cambió nada.
roles-removed = { $role } ya no es un rol de clase: las invitaciones nuevas no pueden darlo. Los miembros que lo tienen lo conservan.
roles-none = Aún no hay roles de clase: las invitaciones solo dan el rol de miembro. Alguien con **manage** añade uno con `/school roles add role:`.
roles-line = { $role } · añadido por { $user } { $when }
roles-give = Da hasta { $max } de ellos con `/invite create role: role2: role3:`.

## /permissions (los nombres de los permisos siguen como en el comando: create, share, revoke, manage, approve)

permissions-title = Permisos de Porter
permissions-granted = { $role } ahora puede **{ $permission }** ({ $permission ->
        [create] crear invitaciones
        [share] hacer que Porter envíe por DM o publique invitaciones
        [revoke] revocar invitaciones
        [approve] aprobar o rechazar solicitudes para unirse
       *[manage] ajustes de la escuela y permisos, y todo lo demás
    }).
permissions-already = { $role } ya tenía **{ $permission }**; no se cambió nada.
permissions-removed = { $role } ya no tiene **{ $permission }**.
permissions-not-had = { $role } no tenía **{ $permission }**; no se cambió nada.
permissions-none = Ningún rol tiene todavía un permiso de Porter. Concede uno con `/permissions grant`.
permissions-more = …y { $count } roles más.
permissions-footer = Los miembros con «Administrador» o «Gestionar servidor» tienen todos los permisos.

## /invite export y /school export (las columnas y los valores de los CSV siguen en inglés)

export-joins-empty = Aún no hay uniones: el archivo solo tiene la fila de encabezado.
export-invitations-empty = Aún no hay invitaciones: el archivo solo tiene la fila de encabezado.
export-joins-attached = { $count ->
        [one] 1 unión, adjunta.
       *[other] { $shown } uniones, adjuntas.
    }
export-invitations-attached = { $count ->
        [one] 1 invitación, adjunta.
       *[other] { $shown } invitaciones, adjuntas.
    }
export-joins-last = Uniones { $from }–{ $to } (el último archivo): { $total } en { $files } archivos en total.
export-invitations-last = Invitaciones { $from }–{ $to } (el último archivo): { $total } en { $files } archivos en total.
export-joins-more = Uniones { $from }–{ $to }: Discord acepta archivos de hasta 10 MB, así que siguen más archivos.
export-invitations-more = Invitaciones { $from }–{ $to }: Discord acepta archivos de hasta 10 MB, así que siguen más archivos.
export-joins-stopped = La exportación se detuvo tras { $files } archivos ({ $total } uniones). Exporta una invitación cada vez con `/invite export code:`.
export-invitations-stopped = La exportación se detuvo tras { $files } archivos ({ $total } invitaciones). También se incluyen todas las revocadas y terminadas.
