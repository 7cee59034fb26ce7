## /school setup: su respuesta además de los ajustes

school-approval-needs-channel = Las solicitudes para unirse necesitan un canal donde los moderadores las vean. No se cambió nada. Vuelve a ejecutar `/school setup` con `approval_channel:` (o `log_channel:`).
school-approval-field = Aprobación
# $channel: el canal de las solicitudes (un enlace a un canal) o school-approval-nowhere.
school-approval-on = activada: los códigos, botones y enlaces ponen a los recién llegados en una cola; las solicitudes van a { $channel } con los botones Aprobar / Rechazar (manage o el permiso **approve**). Los enlaces creados desde ahora no dan ningún rol; a quien llegue por un enlace anterior se le quitan los roles que dio Discord y también espera.
school-approval-nowhere = ningún sitio todavía
school-fix-field = Arregla esto antes de invitar a nadie
school-next-field = Siguiente paso
school-next = Deja que los moderadores repartan invitaciones con `/permissions grant` y luego crea una con `/invite create`.

## /school check (y los avisos de /school setup): lo que impediría trabajar a Porter, cada cosa con su solución

check-title = Revisión de Porter
check-all-good = ✅ Nada que arreglar: Porter puede crear y eliminar enlaces de invitación, ver quién llega por ellos, dar el rol de miembro y publicar en el canal de registro.
check-not-a-school = • Este servidor todavía no es una escuela. Empieza con `/school setup member_role:@Members`.
check-member-role-gone = • El rol de miembro ya no existe. Elige otro con `/school setup member_role:`.
check-no-manage-roles = • A Porter le falta **Gestionar roles**, así que no puede dar a nadie el rol de miembro. Dale al rol de Porter «Gestionar roles» (Ajustes del servidor → Roles).
check-no-manage-server = • A Porter le falta **Gestionar servidor**, así que no puede ver por qué enlace de invitación llegan los recién llegados, ni eliminar un enlace cuando su invitación se revoca o termina. Dale al rol de Porter «Gestionar servidor» (Ajustes del servidor → Roles).
# $role: el rol de miembro (una mención).
check-role-too-high = • { $role } no está por debajo del rol más alto de Porter, así que Porter no puede darlo. Arrastra el rol de Porter por encima (Ajustes del servidor → Roles).
check-no-create-invite = • A Porter le falta **Crear invitación**, así que no puede crear enlaces de invitación. Dale al rol de Porter «Crear invitación» (Ajustes del servidor → Roles) o elige un canal de bienvenida donde lo tenga con `/school setup welcome_channel:`.
# $channel: un enlace a un canal.
check-welcome-channel-gone = • El canal de bienvenida { $channel } ya no existe. Elige otro con `/school setup`.
check-log-channel-gone = • El canal de registro { $channel } ya no existe. Elige otro con `/school setup`.
check-no-invites-in-channel = • Porter no puede crear invitaciones en { $channel }, así que no puede crear enlaces de invitación. Dale allí «Ver canal» y **Crear invitación** (ajustes del canal → Permisos).
check-cannot-post-in-channel = • Porter no puede publicar en { $channel }. Dale allí «Ver canal», «Enviar mensajes» e «Insertar enlaces».
check-members-intent-off = • El intent **Server Members** está desactivado, así que Porter no puede ver quién llega por el enlace de una invitación: esas entradas no se cuentan ni se registran, y quienes llegan a una escuela pública no reciben el rol de miembro. Quien ejecuta Porter debe activarlo (Developer Portal → la aplicación → Bot → Server Members Intent) y reiniciar Porter.
# Los niveles de verificación, como los describen los ajustes del servidor de Discord.
check-level-low = Bajo: un correo electrónico verificado
check-level-medium = Medio: un correo electrónico verificado y una cuenta con más de 5 minutos
check-level-high = Alto: un correo electrónico verificado, una cuenta con más de 5 minutos y 10 minutos en el servidor
check-level-highest = Máximo: un teléfono verificado
# $gate: screening (Evaluación de miembros), level (un nivel de verificación, $level) o both.
check-gate-skipped =
    • Este servidor pide a los recién llegados que { $gate ->
        [screening] acepten sus normas (Evaluación de miembros)
        [level] cumplan su nivel de verificación ({ $level })
       *[both] acepten sus normas (Evaluación de miembros) y cumplan su nivel de verificación ({ $level })
    } antes de participar. Discord deja que cualquiera que tenga un rol se lo salte, y el enlace de una invitación da el rol de miembro en cuanto la persona llega, así que quien entra por un enlace se lo salta y Porter no puede detenerlo. Si eso importa, da al rol de miembro solo lo que puede hacer alguien que no haya pasado ese filtro (Ajustes del servidor → Roles → el rol de miembro, y los permisos de los canales para él).

## Solicitudes para unirse (aprobación activada): el mensaje para los moderadores, en el idioma del servidor

# $user: quien pide (una mención); $invitation: el nombre de la invitación; $creator: quien
# la creó (una mención); $how: code, button, link o public.
approval-request =
    🙋 { $user } pide unirse con { $invitation } (creada por { $creator }) { $how ->
        [code] escribiendo su código
        [button] pulsando su botón Unirse
        [link] mediante su enlace
       *[public] sin código
    }.
approval-request-public = 🙋 { $user } pide unirse a la escuela pública.
approval-approve-button = Aprobar
approval-deny-button = Rechazar
# Se añade al mensaje de la solicitud cuando se decide. $moderator: quien decidió.
approval-approved-by = ✅ Aprobada por { $moderator }.
approval-approved = ✅ Aprobada.
approval-denied-by = ⛔ Rechazada por { $moderator }.
approval-denied = ⛔ Rechazada.
approval-expired = ⌛ Caducada: nadie decidió a tiempo.
approval-pending = En espera.

## Solicitudes para unirse: la respuesta al moderador que pulsó Aprobar o Rechazar

approval-not-in-server = Ese botón pertenece a una solicitud para unirse de un servidor; púlsalo allí.
# $user: la persona que lo pidió (una mención).
approval-approved-reply = Aprobada: { $user } ya tiene el rol de miembro.
approval-denied-reply = Rechazada: se avisó a { $user } por mensaje directo.
approval-denied-untold-reply = Rechazada. { $user } no acepta mensajes directos de Porter, así que no se le avisó.

## Solicitudes para unirse: lo que se le dice a quien lo pidió ($school: el nombre del servidor)

approval-waiting = **{ $school }** aprueba primero a cada recién llegado: tu solicitud fue a sus moderadores. Recibirás un mensaje directo cuando alguien decida. No se gastó nada.
approval-waiting-again = Ya pediste unirte a **{ $school }**: tu solicitud está esperando a un moderador. Recibirás un mensaje directo cuando alguien decida.
approval-dm-approved = Tu solicitud para unirte a **{ $school }** fue aprobada: ¡te damos la bienvenida! Ya tienes su rol de miembro.
approval-dm-denied = Tu solicitud para unirte a **{ $school }** fue rechazada por sus moderadores. No se gastó nada; si crees que es un error, pregunta a quien te invitó.

## /school forget: el aviso, sus botones y lo que se borró (para el administrador que lo ejecutó)

# Cosas contadas; $count elige la forma, $shown es el número tal como se escribe.
retention-invitations = { $count ->
    [one] { $shown } invitación
   *[other] { $shown } invitaciones
}
retention-links = { $count ->
    [one] { $shown } enlace
   *[other] { $shown } enlaces
}
retention-joins = { $count ->
    [one] { $shown } entrada
   *[other] { $shown } entradas
}
retention-grants = { $count ->
    [one] { $shown } concesión
   *[other] { $shown } concesiones
}
retention-audit-entries = { $count ->
    [one] { $shown } entrada de auditoría
   *[other] { $shown } entradas de auditoría
}
retention-rows = { $count ->
    [one] { $shown } fila
   *[other] { $shown } filas
}
retention-forget-title = ¿Borrar los datos de esta escuela?
# Los recuentos son retention-invitations … retention-rows; $deadline: cuándo dejan de
# funcionar los botones (una marca de tiempo de Discord).
retention-forget-warning =
    Esto no se puede deshacer. Porter borra para siempre todo lo que guarda sobre este servidor:
    • los ajustes de la escuela (rol de miembro, acceso, canales de bienvenida y de registro)
    • **{ $invitations }** y sus códigos; se eliminan los **{ $links }** que aún funcionan en Discord
    • **{ $joins }** (quién entró, cuándo y cómo)
    • **{ $grants }** de permisos de Porter a roles
    • **{ $audit_entries }**
    • sus registros internos: los recuentos de invitaciones que Porter sigue y los códigos erróneos probados ({ $rows })

    Los miembros conservan sus roles, y las publicaciones de invitaciones de Porter se quedan en sus canales (sus botones Unirse dejan de funcionar). Responde { $deadline }.
retention-erase-button = Borrarlo todo
retention-cancel-button = Cancelar
retention-button-stale = Este botón ya no funciona. No se borró nada.
# $user: quien ejecutó /school forget (una mención).
retention-only-asker = Solo { $user }, que ejecutó `/school forget`, puede responder a esto. No se borró nada.
retention-question-expired = Esta pregunta caducó, así que no se borró nada. Vuelve a ejecutar `/school forget` si aún quieres borrar los datos de la escuela.
retention-cancelled = Cancelado: no se borró nada.
retention-no-longer-administrator = Ya no eres administrador de este servidor, así que no se borró nada.
retention-already-erased = Los datos de la escuela de este servidor ya se borraron: no queda nada que borrar.
# $apology: la disculpa por un error de Porter.
retention-failed = { $apology } No se borró nada.
retention-erased-title = Datos de la escuela borrados
# $deleted: cuántos enlaces se eliminaron; $links: cuántos había (retention-links).
retention-erased = Porter borró todo lo que guardaba sobre este servidor: los ajustes de la escuela, { $invitations }, { $joins }, { $grants } de permisos y { $audit_entries }. Eliminó { $deleted } de sus { $links } en Discord.
# $links: retention-links; $urls: un enlace por línea.
retention-links-not-deleted = **Porter no pudo eliminar { $links }**; quien lo abra sigue recibiendo el rol de miembro. Elimínalo en Ajustes del servidor → Invitaciones:
    { $urls }
retention-more = … y { $count } más
retention-use-again = Para volver a usar Porter aquí, empieza con `/school setup`.
# En el registro de auditoría del servidor, por cada enlace eliminado.
retention-link-reason = Porter: se borraron los datos de la escuela (/school forget)

## /school pause y /school resume: las respuestas (las líneas de registro son de notify)

pause-title = Entradas en pausa
# $joining: si las entradas están en pausa, quién las pausó y hasta cuándo.
pause-paused = { $joining }. Los códigos y botones Unirse avisan de que las entradas están en pausa y hasta cuándo. `/school resume` vuelve a abrirlo todo.
pause-links-field = Enlaces
pause-links-off = Mientras tanto, Discord no deja entrar a nadie por los enlaces de invitación de este servidor (todos, no solo los de Porter). Vuelven a funcionar, sin cambios, cuando termina la pausa.
pause-links-still-on = Porter no pudo pausar los enlaces de invitación de este servidor en Discord: necesita **Gestionar servidor** (mira `/school check`). Hasta entonces, a quien llegue por uno de los enlaces de Porter se le quita el rol de miembro y no se cuenta.
pause-resumed-title = Entradas reanudadas
pause-resumed = Los códigos, botones Unirse y enlaces vuelven a funcionar.
pause-resumed-links-pending = Los códigos y botones Unirse vuelven a funcionar. Porter aún no pudo volver a activar los enlaces de invitación del servidor; lo intenta cada minuto, y Discord los vuelve a activar por sí solo en 24 horas.

## Fin del periodo

# En el registro de auditoría del servidor, por cada rol de clase retirado. $invitation: su número.
term-reason = Porter: terminó el periodo de la invitación #{ $invitation }

## El mensaje de bienvenida (el texto propio de los moderadores se queda como está)

# Lo que pone {inviter} cuando alguien entra en una escuela pública sin invitación.
welcome-no-inviter = la escuela
