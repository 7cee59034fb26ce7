# Los textos de Porter en español: los mismos identificadores y $marcadores que
# locales/en-US/porter.ftl. Tratamiento: tú.

## Números

thousands-separator = .

## Comandos de barra: la descripción de cada comando, de sus opciones (.<opción>) y los
## nombres de sus opciones de elección (.<opción>-<n>). Los nombres siguen en inglés.
## Discord admite 100 caracteres.

cmd-school = Configurar este servidor como escuela o cambiar sus ajustes
cmd-school-setup = Crear o actualizar la escuela de este servidor (requiere manage)
    .member_role = El rol que recibe cada persona al unirse
    .access = Quién puede unirse: private (solo con invitación, por defecto) o public
    .access-0 = private: solo con una invitación
    .access-1 = public: cualquiera del servidor puede usar /join
    .welcome_channel = Adónde llevan los enlaces de invitación (por defecto: el canal del sistema)
    .log_channel = Dónde Porter publica uniones, revocaciones y avisos
    .approval = on: los recién llegados esperan a que un moderador los apruebe (desactivado por defecto)
    .approval-0 = on: un moderador aprueba a cada recién llegado
    .approval-1 = off: códigos, botones y enlaces dejan entrar al momento
    .approval_channel = Adónde van las solicitudes, con Aprobar/Rechazar (por defecto: el canal de registro)
    .welcome_message = Se publica en el canal de bienvenida al unirse alguien: {"{user} {school} {inviter}"}; off lo quita
cmd-school-info = Mostrar los ajustes y las cifras de esta escuela
cmd-school-check = Comprobar qué impediría que Porter funcione aquí, cada cosa con su arreglo (requiere manage)
cmd-school-forget = Borrar ya todo lo que Porter guarda sobre este servidor (solo administradores)
cmd-school-roles = Los roles que las invitaciones pueden dar además del rol de miembro (roles de clase)
cmd-school-roles-add = Que las invitaciones den este rol además del de miembro, p. ej. una clase (requiere manage)
    .role = Un rol simple por debajo del de Porter y del tuyo, p. ej. @1.º A
cmd-school-roles-remove = Dejar de dar este rol con invitaciones; los miembros lo conservan (requiere manage)
    .role = Un rol de clase
cmd-school-roles-list = Los roles que las invitaciones pueden dar además del de miembro (requiere create o manage)
cmd-school-export = Exportar las invitaciones de esta escuela como archivo CSV (requiere revoke o manage)
cmd-school-pause = Cerrar toda entrada (códigos, botones, enlaces) hasta /school resume o fin de for: (requiere manage)
    .for = Cuánto tiempo, p. ej. 30m, 6h o 2d (por defecto: hasta /school resume)
cmd-school-resume = Volver a abrir toda entrada tras /school pause (requiere manage)
cmd-permissions = Decidir qué roles pueden crear, compartir y revocar invitaciones
cmd-permissions-grant = Permitir a un rol hacer algo con las invitaciones (requiere manage)
    .role = El rol
    .permission = create, share, revoke, approve (solicitudes) o manage (ajustes; incluye todo)
    .permission-0 = create (crear)
    .permission-1 = share (compartir)
    .permission-2 = revoke (revocar)
    .permission-3 = manage (gestionar)
    .permission-4 = approve (aprobar)
cmd-permissions-remove = Quitar un permiso a un rol (requiere manage)
    .role = El rol
    .permission = El permiso que se quita
    .permission-0 = create (crear)
    .permission-1 = share (compartir)
    .permission-2 = revoke (revocar)
    .permission-3 = manage (gestionar)
    .permission-4 = approve (aprobar)
cmd-permissions-list = Mostrar qué roles tienen qué permisos (requiere manage)
cmd-invite = Crear, compartir y revocar invitaciones
cmd-invite-create = Crear una invitación: recibes un enlace y un código para compartir (requiere create)
    .label = Un nombre para distinguirla, p. ej. «Familias de 1.º» (hasta 100 caracteres)
    .max_uses = Cuántas personas pueden unirse con ella (de 1 a 10000; por defecto: sin límite)
    .expires_in = Cuánto tiempo vale, p. ej. 30m, 12h, 7d, 2w (por defecto: hasta revocarla)
    .dm = Enviarla también por mensaje directo a esta persona (requiere share)
    .channel = Publicarla también con un botón Unirse en este canal (requiere share)
    .for = Hacerla personal: solo esta persona puede usarla, una vez (se le envía por mensaje directo)
    .send = Con for: enviarla por mensaje directo a esa persona (por defecto: sí, con share)
    .role = Dar también este rol de clase (de /school roles list)
    .role2 = Dar también este rol de clase
    .role3 = Dar también este rol de clase
    .roles_until = Cuándo terminan los roles de clase, p. ej. 2026-07-15 o 12w (por defecto: nunca)
    .email = Enviarla también por correo a esta dirección (requiere share)
cmd-invite-share = Que Porter envíe una invitación por mensaje directo o la publique en un canal (requiere share)
    .code = El código de la invitación
    .dm = Enviarla por mensaje directo a esta persona
    .channel = Publicarla con un botón Unirse en este canal
    .email = Enviarla por correo a esta dirección
cmd-invite-revoke = Revocar una invitación: su código y su enlace dejan de valer al instante (requiere revoke)
    .code = El código de la invitación
cmd-invite-list = Listar las invitaciones de esta escuela (requiere create, revoke o manage)
    .include_inactive = Mostrar también las revocadas, caducadas y agotadas
cmd-invite-info = Mostrar una invitación y quién se unió con ella (requiere create, revoke o manage)
    .code = El código de la invitación
cmd-invite-export = Exportar uniones como CSV: todas o las de una invitación (requiere revoke o manage)
    .code = Solo las uniones con esta invitación (por defecto: todas)
cmd-invite-roster = Crear invitaciones personales para una lista (archivo CSV) y enviarlas a cada uno (requiere create)
    .file = Un archivo CSV: un ID o nombre de usuario por fila y luego roles de clase (opcional)
    .label = Un nombre para estas invitaciones (por defecto: el nombre del archivo)
    .expires_in = Cuánto tiempo valen, p. ej. 7d, 2w (por defecto: hasta revocarlas)
    .role = Dar también a todos este rol de clase (de /school roles list)
    .role2 = Dar también a todos este rol de clase
    .role3 = Dar también a todos este rol de clase
    .roles_until = Cuándo terminan los roles de clase, p. ej. 2026-07-15 o 12w (por defecto: nunca)
    .send = Enviar cada invitación a su persona por mensaje directo (por defecto: sí, con share)
    .resume = Retomar la lista número … donde se detuvo (o ver lo que hizo)
cmd-join = Unirse a una escuela con un código de invitación (en una escuela pública, sin código)
    .code = Tu código de invitación, p. ej. ABCDE-FGHJK

## El mensaje de bienvenida inicial y /help (issue 14, puntos 1 y 2).

## El mensaje para empezar, publicado una vez en un servidor al que acaban de añadir a
## Porter (en el idioma del servidor, también cuando va al propietario por mensaje directo).

greeting-title = ¡Hola! Porter ya está aquí 👋
greeting-about = Porter le da a **{ $server }** una entrada controlada: los moderadores crean invitaciones (un enlace y un código para compartir), y quien se une con una recibe el rol de miembro del servidor.
greeting-start-name = Empieza con un comando
greeting-start = Alguien con **Gestionar servidor** ejecuta `/school setup member_role:@Members` y elige el rol que deben recibir todos los que se unan. Opcional: `access:` (private o public), `welcome_channel:` (adónde llevan los enlaces) y `log_channel:` (donde Porter publica las uniones).
greeting-check-name = Después, comprueba
greeting-check = `/school check` te dice qué impediría a Porter funcionar aquí (sus permisos, el orden de los roles, los canales), cada cosa con cómo arreglarla. `/help` muestra todos los comandos que puedes usar.

## /help

cmd-help = Los comandos que puedes usar aquí, o uno de ellos en detalle
    .command = Un comando que explicar, p. ej. invite create

help-title = Porter: lo que puedes hacer
help-intro-server = Los comandos que puedes usar aquí. `/help command:` explica uno en detalle.
help-intro-dm = En un mensaje directo, Porter acepta estos dos. Los demás comandos funcionan en el servidor de una escuela, donde /help te muestra los que puedes usar.
help-group-invite = Invitaciones
help-group-school = La escuela
help-group-permissions = Permisos
help-approve-note = Las solicitudes para unirse (en una escuela con aprobación activada) llegan con botones para aprobarlas o rechazarlas, que puedes pulsar.
help-options = Opciones
help-optional = opcional
help-example = Ejemplo
help-who = Quién puede usarlo
help-who-everyone = Todos, en un servidor y en un mensaje directo con Porter.
help-who-manage = Los miembros cuyos roles tienen **manage**, y cualquiera con el permiso de Discord «Administrador» o «Gestionar servidor».
help-who-any-of = Los miembros cuyos roles tienen { $permissions } (o manage, que lo incluye todo), y cualquiera con el permiso de Discord «Administrador» o «Gestionar servidor».
help-who-any-permission = Los miembros cuyos roles tienen algún permiso de Porter, y cualquiera con el permiso de Discord «Administrador» o «Gestionar servidor».
help-who-administrator = El propietario del servidor y los miembros con el permiso de Discord **Administrador** («Gestionar servidor» por sí solo no basta).
# Une los dos últimos de una lista de permisos: «create o revoke».
help-or = { $first } o { $last }
help-unknown = Porter no tiene ningún comando `/{ $command }`. Ejecuta `/help` para ver los que puedes usar.
help-refused = No puedes usar `/{ $command }`: necesita el permiso { $permissions }, y tus roles no lo tienen. Un moderador con manage puede dárselo a uno de tus roles (`/permissions grant`). Ejecuta `/help` para ver los comandos que puedes usar.
help-refused-any = No puedes usar `/{ $command }`: necesita alguno de los permisos de Porter, y tus roles no tienen ninguno. Un moderador con manage puede darle uno a uno de tus roles (`/permissions grant`). Ejecuta `/help` para ver los comandos que puedes usar.
help-refused-administrator = `/{ $command }` es para el propietario del servidor y los miembros con el permiso de Discord «Administrador». Ejecuta `/help` para ver los comandos que puedes usar.
help-refused-dm = `/{ $command }` solo funciona en el servidor de una escuela. Ejecuta `/help` allí para ver lo que puedes hacer.

## Un mensaje por comando: su línea en el resumen; .example un uso típico (los nombres de
## comandos y opciones siguen en inglés); .about lo que hace, para /help command:.

help-join = Unirse a una escuela con el código de una invitación.
    .example = /join code:ABCDE-FGHJK
    .about = Canjea el código de una invitación: recibes el rol de miembro de la escuela (y los roles de clase que dé la invitación). Funciona en el servidor y en un mensaje directo con Porter: allí el código indica su escuela y, si aún no estás en ese servidor, Porter te responde con su enlace. En una escuela pública puedes omitir el código.
help-help = Esta guía: los comandos que puedes usar.
    .example = /help command:invite create
    .about = Enumera los comandos que puedes usar donde preguntas, cada uno con un ejemplo. Con `command:` muestra uno en detalle: qué hace, sus opciones, un ejemplo y quién puede usarlo.
help-invite-create = Crear una invitación: un enlace y un código para compartir.
    .example = /invite create label:Familias de 1.º max_uses:30 expires_in:2w
    .about = Crea una invitación y te muestra solo a ti su código y su enlace. Limítala con `max_uses:` y `expires_in:`, añade roles de clase con `role:` y envíala al momento con `dm:`, `channel:` o `email:` (estas opciones necesitan el permiso share). `for:` la hace personal: solo esa persona puede usarla, una vez.
help-invite-share = Enviar una invitación por mensaje directo, en un canal o por correo.
    .example = /invite share code:ABCDE-FGHJK channel:#bienvenida
    .about = Envía una invitación que ya creaste: un mensaje directo indica la escuela, el código y el enlace; una publicación en un canal lleva un botón para unirse. Porter solo publica donde tú mismo podrías publicar.
help-invite-revoke = Revocar una invitación: su código y su enlace dejan de funcionar al instante.
    .example = /invite revoke code:ABCDE-FGHJK
    .about = Revoca la invitación: Porter borra su enlace en Discord y rechaza su código a partir de ahora. Quienes se unieron con ella conservan sus roles.
help-invite-list = Las invitaciones de la escuela, con sus usos y su caducidad.
    .example = /invite list include_inactive:True
    .about = Enumera las invitaciones página a página, cada una con su nombre, creador, usos, caducidad y estado. `include_inactive:` añade las revocadas, caducadas y agotadas.
help-invite-info = Una invitación y quién se unió con ella.
    .example = /invite info code:ABCDE-FGHJK
    .about = Muestra la configuración y los usos de una invitación, y las personas que se unieron con ella (y si se fueron).
help-invite-export = Las uniones en un archivo CSV, para una hoja de cálculo.
    .example = /invite export code:ABCDE-FGHJK
    .about = Envía un archivo CSV con las uniones de la escuela: quién se unió, cuándo, cómo y con qué invitación. `code:` deja solo las uniones con esa invitación.
help-invite-roster = Invitaciones personales para una lista de personas (un archivo CSV), cada una por mensaje directo.
    .example = /invite roster file:primero.csv role:@1.º A
    .about = Lee un archivo CSV (un ID o nombre de usuario por fila y, si quieres, roles de clase) y crea una invitación personal para cada persona, que se le envía por mensaje directo si tienes el permiso share. La respuesta muestra el progreso y termina con un archivo de resultados; una ejecución que se detuvo continúa con `resume:`.
help-school-setup = Configurar este servidor como escuela, o cambiar su configuración.
    .example = /school setup member_role:@Miembros log_channel:#porter-log
    .about = Crea la escuela la primera vez; después solo cambia las opciones que indiques. El rol de miembro es el que reciben todos los que se unen: debe estar por debajo del rol de Porter y no tener permisos de moderación. Porter te avisa de todo lo que no puede hacer con esta configuración.
help-school-info = La configuración y las cifras de la escuela.
    .example = /school info
    .about = Muestra el rol de miembro, el acceso, los canales, la aprobación y la pausa, con los miembros que se unieron, las uniones y salidas de la última semana y las invitaciones activas.
help-school-check = Qué impediría a Porter funcionar aquí, cada cosa con su solución.
    .example = /school check
    .about = Comprueba los permisos de Porter, el orden de los roles, los canales y la configuración de Discord, y enumera cada problema con cómo arreglarlo. No cambia nada, así que ejecútalo siempre que algo parezca ir mal.
help-school-pause = Cerrar todas las entradas (códigos, botones para unirse, enlaces) durante un tiempo.
    .example = /school pause for:2d
    .about = Nadie entra con una invitación hasta `/school resume`, o hasta que pase el tiempo de `for:`. Porter también pausa las invitaciones propias de Discord para el servidor.
help-school-resume = Volver a abrir todas las entradas tras una pausa.
    .example = /school resume
    .about = Termina una pausa al momento: los códigos, los botones para unirse y los enlaces vuelven a funcionar.
help-school-roles-add = Permitir que las invitaciones den un rol de clase además del rol de miembro.
    .example = /school roles add role:@1.º A
    .about = Añade un rol a los roles de clase de la escuela, que `/invite create role:` puede dar además del rol de miembro. Debe ser un rol sencillo por debajo del de Porter y del tuyo.
help-school-roles-remove = Dejar de dar un rol de clase con las invitaciones.
    .example = /school roles remove role:@1.º A
    .about = Quita el rol de los roles de clase: las invitaciones dejan de darlo, y los miembros que lo tienen lo conservan.
help-school-roles-list = Los roles de clase que pueden dar las invitaciones.
    .example = /school roles list
    .about = Enumera los roles de clase de la escuela.
help-school-export = Las invitaciones de la escuela en un archivo CSV.
    .example = /school export
    .about = Envía un archivo CSV con todas las invitaciones: nombre, creador, usos, caducidad y estado.
help-school-forget = Borrar todo lo que Porter guarda sobre este servidor.
    .example = /school forget
    .about = Muestra lo que se borraría (invitaciones, uniones, permisos, el registro de auditoría) y te pide confirmarlo con un botón; después lo borra al momento y elimina los enlaces de las invitaciones que aún funcionan.
help-permissions-grant = Permitir a un rol create, share, revoke, approve o manage.
    .example = /permissions grant role:@Profesores permission:create
    .about = Da un permiso a todos los que tienen el rol: crear (create), compartir (share) y revocar (revoke) invitaciones, aprobar solicitudes para unirse (approve) o gestionar (manage: la configuración y los permisos de la escuela, que incluye todo lo demás). Solo cambias roles por debajo de tu rol más alto.
help-permissions-remove = Quitarle un permiso a un rol.
    .example = /permissions remove role:@Profesores permission:share
    .about = Le retira el permiso al rol; los miembros conservan lo que les dan sus otros roles.
help-permissions-list = Qué roles tienen qué permisos.
    .example = /permissions list
    .about = Muestra toda la correspondencia entre roles y permisos de Porter.

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
