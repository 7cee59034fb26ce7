## Errores que puede encontrar cualquier comando

error-unreadable-option = No pude leer `{ $input }`. Revisa la opción y vuelve a intentarlo.
error-missing-option = Falta una de las opciones o no se puede leer. Revísalas y vuelve a intentarlo.
error-guild-only = Este comando solo funciona en un servidor, no en mensajes directos.
error-slash-only = Porter solo responde a comandos de barra.
error-internal = Algo falló por parte de Porter; quedó registrado. Vuelve a intentarlo dentro de un minuto.
# $what: lo que el miembro pidió hacer, según el comando («borrar todo lo que Porter guarda sobre este servidor»).
error-administrator-only = Solo un administrador del servidor (el permiso **Administrador** de Discord) o quien sea dueño del servidor puede { $what }. «Gestionar servidor» no basta por sí solo. No se cambió nada.
# Sustituye al nombre del servidor cuando Porter no lo conoce.
error-unknown-school-name = la escuela

## Escuelas y permisos

error-not-a-school = Este servidor aún no está configurado como escuela. Alguien con «Gestionar servidor» puede empezar con `/school setup member_role:@Miembros`.
error-forbidden-any = Para esto necesitas alguno de los permisos de Porter. Pide a alguien con «Gestionar servidor» que se lo dé a uno de tus roles con `/permissions grant`.
# $permissions: uno o más nombres de permisos, en negrita, unidos con error-forbidden-or.
error-forbidden = Para esto necesitas el permiso { $permissions } de Porter. Pide a alguien con «Gestionar servidor» que se lo dé a uno de tus roles con `/permissions grant`.
# Entre dos nombres de permisos en error-forbidden (con espacios).
error-forbidden-or = {" "}o{" "}
error-role-not-below-yours = Ese rol no está por debajo de tu rol más alto, así que no puedes cambiar lo que puede hacer con Porter: cada moderador solo concede lo que su lugar en el servidor le permite. No se cambió nada. Pídeselo a alguien cuyo rol más alto esté por encima, a un administrador del servidor o a quien sea dueño del servidor.
error-manage-for-everyone = **manage** no se puede dar a @everyone: cualquier miembro podría cambiar entonces los ajustes y permisos de Porter. No se cambió nada. Dáselo mejor a un rol de moderación.
# $why: uno de los mensajes error-role-why-….
error-unsuitable-member-role = Ese rol no puede ser el rol de miembro: { $why }. Elige un rol sencillo, como @Miembros.
error-unsuitable-class-role = Ese rol no puede ser un rol de clase: { $why }. No se cambió nada. Elige un rol sencillo, como @1.º A, por debajo del de Porter y del tuyo.
error-role-why-everyone = todo el mundo tiene ya @everyone
error-role-why-managed = lo gestiona una integración, así que nadie puede darlo
error-role-why-privileged = tiene permisos de moderación, que los recién llegados no deben recibir
error-role-why-above-you = no está por debajo de tu rol más alto, así que tú no podrías darlo
error-role-why-above-porter = no está por debajo del rol más alto de Porter, así que Porter no podría darlo

## Roles de clase

error-class-role-is-member-role = Ese es el rol de miembro de la escuela, que ya da cada invitación. No se cambió nada.
error-too-many-class-roles = La escuela ya tiene { $max } roles de clase. No se cambió nada. Quita uno primero con `/school roles remove`.
# $role: la mención del rol.
error-not-a-class-role = { $role } no es uno de los roles de clase de esta escuela. No se cambió nada. Alguien con **manage** puede añadirlo con `/school roles add role:`; `/school roles list` muestra la lista.
# $invitations: los códigos y nombres de las invitaciones, separados por comas.
error-class-role-in-use = Hay invitaciones activas que todavía dan ese rol, así que sigue en la lista: { $invitations }. Revócalas primero con `/invite revoke` (quienes se unieron conservan el rol) y luego quítalo.
error-class-role-in-use-more = …y { $count } más
error-too-many-extra-roles = Una invitación da como máximo { $max } roles además del rol de miembro. No se creó nada.
error-term-without-roles = `roles_until` indica cuándo terminan los roles extra de una invitación, y esta no tiene ninguno. No se creó nada. Añade `role:` o deja fuera `roles_until`.
error-unreadable-term = No pude leer `roles_until`. Escribe una fecha como `2026-07-15` (medianoche UTC), una fecha y hora como `2026-07-15 16:00` (UTC) o una duración como `30d` o `12w`. No se creó nada.
error-term-out-of-range = `roles_until` debe estar en el futuro, al menos a un minuto y como mucho a dos años. No se creó nada.
# $role: la mención del rol de clase; $why: uno de los mensajes error-class-role-why-….
error-class-role-grant = Porter no pudo darte el rol de clase { $role }: { $why }. No recibiste ninguno de los roles de la invitación. No se gastó nada. Avisa a un moderador: un administrador del servidor debe arreglarlo (Ajustes del servidor → Roles: Porter necesita «Gestionar roles» y un rol por encima de { $role }), y luego vuelve a intentarlo.
# Como error-class-role-grant, cuando Porter no pudo quitar roles que había dado: $roles sus menciones, $count cuántos.
error-class-role-grant-held = Porter no pudo darte el rol de clase { $role }: { $why }. Porter no pudo quitarte { $roles }, que acababa de darte: un moderador debería { $count ->
        [one] quitártelo
       *[other] quitártelos
    } a mano. No se gastó nada. Avisa a un moderador: un administrador del servidor debe arreglarlo (Ajustes del servidor → Roles: Porter necesita «Gestionar roles» y un rol por encima de { $role }), y luego vuelve a intentarlo.
error-class-role-why-manage-roles = a Porter le falta el permiso **Gestionar roles**
error-class-role-why-above-porter = el rol no está por debajo del rol de Porter
error-class-role-why-gone = el rol ya no existe
# $why: las palabras de Discord (estado y mensaje).
error-class-role-why-discord = Discord lo rechazó ({ $why })

## El rol de miembro

error-grant-manage-roles = Porter no pudo darte el rol de miembro: a Porter le falta el permiso **Gestionar roles**. Un administrador del servidor debe darle «Gestionar roles» al rol de Porter (Ajustes del servidor → Roles). No se gastó nada; vuelve a intentarlo cuando esté arreglado.
error-grant-above-porter = Porter no pudo darte el rol de miembro: el rol de miembro no está por debajo del rol de Porter. Un administrador del servidor debe arrastrar el rol de Porter por encima del rol de miembro (Ajustes del servidor → Roles). No se gastó nada; vuelve a intentarlo cuando esté arreglado.
error-grant-role-gone = Porter no pudo darte el rol de miembro: el rol de miembro de la escuela ya no existe. Un administrador del servidor debe elegir uno nuevo con `/school setup member_role:`. No se gastó nada; vuelve a intentarlo cuando esté arreglado.
# $why: las palabras de Discord (estado y mensaje).
error-grant-discord = Porter no pudo darte el rol de miembro: Discord lo rechazó ({ $why }). Si sigue pasando, avisa a un administrador del servidor. No se gastó nada; vuelve a intentarlo cuando esté arreglado.
error-discord-unreachable = no se pudo contactar con Discord

## Crear invitaciones

error-label-too-long = El nombre es demasiado largo: usa como máximo { $max } caracteres.
error-label-blank = El nombre no tiene nada visible: solo espacios o caracteres invisibles (como espacios de ancho cero). No se creó nada. Escribe un nombre que se pueda leer o deja fuera `label`.
# $character: el punto de código del carácter, U+202E.
error-label-direction-control = El nombre contiene un carácter invisible que cambia la dirección en que se muestra el texto ({ $character }), lo que puede hacer que un nombre parezca otra cosa. No se creó nada. Vuelve a escribir el nombre sin él; estos caracteres suelen venir con el texto pegado.
error-max-uses-out-of-range = `max_uses` debe ser un número entero de 1 a { $max }, no { $value }.
error-personal-uses = Una invitación personal (`for:`) permite a su única persona unirse una vez, así que no puede tener `max_uses:{ $value }`. No se creó nada. Deja fuera `max_uses` (o ponlo en 1), o deja fuera `for:` para crear una invitación que puedan usar varias personas.
error-personal-share = Es una invitación personal: solo puede usarla la persona para quien se creó, así que Porter se la envía solo a ella y nunca la publica en un canal. No se compartió nada. Usa `/invite share` con `dm:` para esa persona, o crea una invitación para quien más la necesite.
error-unreadable-expiry = No pude leer ese vencimiento. Escríbelo como `30m`, `12h`, `7d` o `2w`.
error-expiry-out-of-range = Una invitación puede vencer como pronto al cabo de 1 minuto y como tarde al cabo de { $days } días.
# $status: revoked, expired, used-up o active.
error-inactive = Esa invitación está { $status ->
        [revoked] revocada
        [expired] vencida
        [used-up] agotada
       *[active] activa
    }, así que no se puede compartir. Crea una nueva con `/invite create`.
error-already-revoked = Esa invitación ya se revocó { $when }.

## Unirse

error-for-someone-else = Ese código es de una invitación personal hecha para otra persona, así que no te sirve. Pide a un moderador de la escuela tu propia invitación.
error-not-a-valid-invitation = Esa no es una invitación válida. Revisa el código y vuelve a intentarlo.
# $when: una marca de tiempo de Discord («hace 2 horas» en el idioma de cada lector).
error-expired = Esa invitación venció { $when }. Pide una nueva a quien te invitó.
error-used-up = Esa invitación está agotada ({ $count ->
        [one] su único uso ya se usó
       *[other] sus { $count } usos ya se usaron
    }). Pide una nueva a quien te invitó.
error-recounting = Porter todavía está contando quién entró hace un momento por el enlace de esta invitación, así que aún no sabe si queda una plaza. Vuelve a intentarlo dentro de un minuto.
error-code-required = Necesitas un código de invitación para unirte a esta escuela. Pide uno a un moderador y luego ejecuta `/join code:ABCDE-FGHJK`.
error-rate-limited = Demasiados códigos incorrectos. Puedes volver a intentarlo { $when }.
# $until: la fecha y hora; $when: lo mismo, relativo («en 3 horas»).
error-joining-paused-until = Unirse a esta escuela está en pausa por ahora: los moderadores cerraron todas las vías de entrada hasta el { $until } ({ $when }). Vuelve a intentarlo entonces; tu código seguirá funcionando después.
error-joining-paused = Unirse a esta escuela está en pausa por ahora: los moderadores cerraron todas las vías de entrada hasta que las reabran. Vuelve a intentarlo más tarde; tu código seguirá funcionando después.

## Pausas y el mensaje de bienvenida

error-unreadable-pause = No pude leer esa duración. Escríbela como `30m`, `12h` o `2d`, o deja fuera `for:` para pausar hasta `/school resume`.
error-pause-out-of-range = Una pausa dura como mínimo 1 minuto y como máximo { $days } días. Deja fuera `for:` para pausar hasta `/school resume`.
error-not-paused = Unirse no está en pausa, así que no hay nada que reanudar. `/school pause` cierra todas las vías de entrada.
# $placeholder: lo que el moderador escribió entre llaves.
error-unknown-placeholder = El mensaje de bienvenida contiene `{ $placeholder }`, que Porter no rellena. Usa solo `{"{user}"}` (el recién llegado), `{"{school}"}` (el nombre del servidor) y `{"{inviter}"}` (quien creó la invitación). No se cambió nada.
error-welcome-too-long = El mensaje de bienvenida puede tener como máximo { $max } caracteres. No se cambió nada.
error-welcome-blank = El mensaje de bienvenida está vacío. Escribe un mensaje, u `off` para quitarlo. No se cambió nada.

## Listas (roster)

error-roster-not-text = Ese archivo no es texto. Adjunta un archivo CSV (en una hoja de cálculo: Archivo → Descargar o Guardar como → CSV) con una persona por fila: un ID de usuario de Discord o un nombre de usuario. No se creó nada.
# $why: las palabras del lector de CSV.
error-roster-unreadable = No pude leer ese archivo como CSV ({ $why }). No se creó nada. Guárdalo como CSV con una persona por fila: un ID de usuario de Discord o un nombre de usuario.
error-roster-empty = Ese archivo no nombra a nadie. Pon una persona por fila: un ID de usuario de Discord o un nombre de usuario (una fila de encabezado está bien). No se creó nada.
error-roster-too-long = Ese archivo tiene { $rows } filas; una lista admite como máximo { $max }. No se creó nada. Divídelo en varios archivos de hasta { $max } filas.
error-unknown-roster = Esta escuela no tiene la lista { $roster }. La respuesta a `/invite roster` indica el número de cada lista.
error-roster-running = La lista { $roster } se está procesando ahora mismo; su respuesta muestra cuánto lleva. Vuelve a intentar `resume:` cuando termine.

## Solicitudes para unirse

error-unknown-request = Esa solicitud para unirse no está en los registros de esta escuela (su escuela se borró, o pertenece a otro servidor). No se cambió nada.
error-request-expired = Esa solicitud para unirse venció: no se concedió nada. La persona puede volver a pedirlo con su código o enlace.
error-request-deciding = Esa solicitud para unirse se está aprobando ahora mismo. No se cambió nada.
# $by: la mención del moderador que la aprueba.
error-request-deciding-by = { $by } está aprobando esa solicitud para unirse ahora mismo. No se cambió nada.
# $state: approved, denied o waiting.
error-request-decided = Esa solicitud para unirse ya estaba { $state ->
        [approved] aprobada
        [denied] rechazada
        [waiting] en espera
       *[other] { $state }
    }. No se cambió nada.
# $by: la mención del moderador que la decidió.
error-request-decided-by = Esa solicitud para unirse ya estaba { $state ->
        [approved] aprobada
        [denied] rechazada
        [waiting] en espera
       *[other] { $state }
    } por { $by }. No se cambió nada.
# $status: used-up, expired o revoked.
error-request-invitation-closed = No se puede aprobar: la invitación que usó { $status ->
        [used-up] está llena: cada uso fue para uniones aprobadas
        [expired] venció
       *[revoked] se revocó
    }. La solicitud sigue esperando: recházala, o crea una nueva invitación y pídele que la use.
error-requester-left = No se puede aprobar: la persona ya no está en el servidor. La solicitud sigue esperando; recházala, o apruébala cuando vuelva.

## Correos

# $limit: cuántos correos; $when: una marca de tiempo de Discord («en 3 horas»).
error-email-limit-moderator = Porter envió por ti { $limit } correos de invitación en las últimas 24 horas, el máximo que puede un moderador. No se envió nada. Podrá salir otro { $when }; hasta entonces comparte el código o el enlace de otra forma (`dm:` o `channel:`), o pide a quien administra Porter que aumente `daily_per_moderator` en [email] de su configuración.
error-email-limit-school = Porter envió para esta escuela { $limit } correos de invitación en las últimas 24 horas, el máximo que puede una escuela. No se envió nada. Podrá salir otro { $when }; hasta entonces comparte el código o el enlace de otra forma (`dm:` o `channel:`), o pide a quien administra Porter que aumente `daily_per_school` en [email] de su configuración.

## Canales

# $channel: el enlace al canal.
error-moderator-cannot-post = Tú no puedes publicar en { $channel }, así que Porter no publicará allí por ti.
error-not-text-channel = { $channel } no es un canal de texto; elige un canal de texto.

## Enlaces de invitación

# $channel: el enlace al canal.
error-link-no-permission = Porter no puede crear enlaces de invitación en { $channel }. Dale al rol de Porter el permiso **Crear invitación** allí (ajustes del canal → Permisos), o elige otro canal con `/school setup welcome_channel:`.
error-link-channel-gone = El canal de bienvenida { $channel } ya no existe. Elige otro con `/school setup welcome_channel:`.
# $why: uno de los mensajes error-link-why-… o error-discord-unreachable.
error-link-failed = Discord no quiso crear el enlace de invitación ({ $why }), así que no se creó nada. Vuelve a intentarlo dentro de un minuto; si sigue fallando, ejecuta `/school check` para ver si a Porter le falta un permiso.
error-link-why-rate-limited = Discord está limitando la rapidez con la que Porter puede crear invitaciones
# $status: el estado HTTP, 503.
error-link-why-discord-error = Discord tuvo un error propio, { $status }
# $why: las palabras de Discord (estado y mensaje).
error-link-why-refused = Discord lo rechazó: { $why }
error-link-no-channel = Porter no encontró ningún canal donde pueda crear enlaces de invitación. Dale al rol de Porter el permiso **Crear invitación** en tu canal de bienvenida y elígelo con `/school setup welcome_channel:`.

## Motivos en el registro de auditoría (Ajustes del servidor → Registro de auditoría), en el idioma del servidor

# $invitation: el número de la invitación; $user: el ID de quien la creó.
error-audit-joined-invitation = Porter: se unió con la invitación #{ $invitation } creada por el usuario { $user }
error-audit-joined-public = Porter: se unió a la escuela pública
error-audit-class-role = Porter: un rol de clase de la invitación #{ $invitation } creada por el usuario { $user }
