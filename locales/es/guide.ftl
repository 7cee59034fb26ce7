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
