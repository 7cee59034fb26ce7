//! End to end: Porter speaks the reader's language: command descriptions in every shipped
//! language as Discord's localization fields, replies in the interaction's `locale`.

use crate::support;

use support::TestApp;

#[tokio::test]
async fn commands_are_described_in_every_shipped_language_and_named_in_english() {
    let app = TestApp::spawn().await;
    let invite = app
        .fake
        .state()
        .command("invite")
        .cloned()
        .expect("registered");
    let create = invite["options"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["name"] == "create")
        .cloned()
        .unwrap();
    assert!(create["description"]
        .as_str()
        .unwrap()
        .starts_with("Create an invitation"));
    let localized = &create["description_localizations"];
    assert!(
        localized["de"]
            .as_str()
            .unwrap()
            .starts_with("Eine Einladung erstellen"),
        "{create:#}"
    );
    for spanish in ["es-ES", "es-419"] {
        assert!(localized[spanish]
            .as_str()
            .unwrap()
            .starts_with("Crear una invitación"));
    }
    assert!(
        localized.get("fr").is_none(),
        "no French shipped: {localized}"
    );
    assert!(
        create.get("name_localizations").is_none_or(|n| n.is_null()),
        "{create:#}"
    );
    let label = create["options"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["name"] == "label")
        .unwrap();
    assert!(label["description_localizations"]["de"]
        .as_str()
        .unwrap()
        .contains("Name"));
    app.stop().await;
}

/// Sets the language of a user's Discord client.
fn speak(app: &TestApp, user: u64, locale: &str) {
    app.fake.state().users.get_mut(&user).unwrap().locale = locale.into();
}

#[tokio::test]
async fn a_reply_speaks_the_readers_language_not_the_servers_and_english_when_not_shipped() {
    use serde_json::json;
    use support::world::*;
    let app = TestApp::spawn().await;
    app.setup_school().await;
    app.fake
        .state()
        .guilds
        .get_mut(&GUILD)
        .unwrap()
        .preferred_locale = "es-ES".into();
    speak(&app, NEWCOMER, "de");
    speak(&app, TEACHER, "es-419");
    speak(&app, PARENT, "fr");

    let wrong = [("code", json!("ABCDE-FGHJK"))];
    let reply = app.slash(NEWCOMER, "join", &wrong).await;
    assert!(reply.ephemeral());
    assert_eq!(
        reply.content(),
        "Das ist keine gültige Einladung. Prüfe den Code und versuche es noch einmal."
    );
    let reply = app.slash(TEACHER, "invite create", &[]).await;
    assert!(reply.ephemeral());
    assert!(
        reply
            .content()
            .starts_with("Para esto necesitas el permiso **create** de Porter."),
        "{reply:#?}"
    );
    // No French is shipped: English, though the server speaks Spanish.
    let reply = app.slash(PARENT, "join", &wrong).await;
    assert_eq!(
        reply.content(),
        "That is not a valid invitation. Check the code and try again."
    );
    app.stop().await;
}

#[tokio::test]
async fn a_join_button_refusal_speaks_the_pressers_language() {
    use serde_json::json;
    use support::world::*;
    let app = TestApp::spawn().await;
    app.setup_school().await;
    let created = app.create_invitation(OWNER, &[]).await;
    app.slash(
        OWNER,
        "invite share",
        &[("code", json!(created.code)), ("channel", json!(WELCOME))],
    )
    .await;
    let post = app.fake.state().messages_in(WELCOME)[0].clone();
    let custom_id = post.body["components"][0]["components"][0]["custom_id"]
        .as_str()
        .expect("a Join button")
        .to_owned();
    let reply = app.slash(OWNER, "school pause", &[]).await;
    assert!(reply.ephemeral(), "{reply:#?}");

    speak(&app, NEWCOMER, "es-ES");
    let reply = app.press(NEWCOMER, &post, &custom_id).await;
    assert!(reply.ephemeral(), "{reply:#?}");
    assert!(
        reply
            .content()
            .starts_with("Unirse a esta escuela está en pausa por ahora"),
        "{reply:#?}"
    );
    assert!(!app.has_role(NEWCOMER, MEMBERS));
    app.stop().await;
}

#[tokio::test]
async fn a_moderators_refusals_about_channels_and_links_speak_their_language() {
    use serde_json::json;
    use support::world::*;
    let app = TestApp::spawn().await;
    app.setup_school().await;
    speak(&app, OWNER, "de");
    let created = app.create_invitation(OWNER, &[]).await;
    let reply = app
        .slash(
            OWNER,
            "invite share",
            &[("code", json!(created.code)), ("channel", json!(VOICE))],
        )
        .await;
    assert_eq!(
        reply.content(),
        format!("<#{VOICE}> ist kein Textkanal; wähle einen Textkanal.")
    );

    speak(&app, OWNER, "es-ES");
    app.fake
        .fail("POST", "/channels/*/invites", 403, 50013, Some(1));
    let reply = app.slash(OWNER, "invite create", &[]).await;
    assert!(
        reply.content().starts_with(&format!(
            "Porter no puede crear enlaces de invitación en <#{WELCOME}>. Dale al rol de \
             Porter el permiso **Crear invitación**"
        )),
        "{reply:#?}"
    );
    // Discord's failure, told inside the refusal, in the same language.
    app.fake
        .fail("POST", "/channels/*/invites", 500, 0, Some(1));
    let reply = app.slash(OWNER, "invite create", &[]).await;
    assert!(
        reply.content().starts_with(
            "Discord no quiso crear el enlace de invitación (Discord tuvo un error propio, \
             500), así que no se creó nada."
        ),
        "{reply:#?}"
    );
    app.stop().await;
}

#[tokio::test]
async fn the_audit_log_reason_of_a_join_is_in_the_servers_language() {
    use serde_json::json;
    use support::world::*;
    let mut state = standard();
    state.guilds.get_mut(&GUILD).unwrap().preferred_locale = "de".into();
    let app = TestApp::spawn_with(state).await;
    app.setup_school().await;
    let created = app.create_invitation(OWNER, &[]).await;
    speak(&app, NEWCOMER, "es-ES");
    app.slash(NEWCOMER, "join", &[("code", json!(created.code))])
        .await;
    assert!(app.has_role(NEWCOMER, MEMBERS));
    let put = app.fake.state().requests_to(
        "PUT",
        &format!("/guilds/{GUILD}/members/{NEWCOMER}/roles/{MEMBERS}"),
    )[0]
    .clone();
    let reason = put.audit_reason().expect("an audit-log reason");
    assert!(
        reason.starts_with("Porter: Beitritt über Einladung #")
            && reason.ends_with(&format!(", erstellt von Nutzer {OWNER}")),
        "{reason}"
    );
    app.stop().await;
}

/// A school whose server speaks `server_locale`, where Teachers may create and share
/// invitations.
async fn school_speaking(server_locale: &str) -> TestApp {
    use serde_json::json;
    use support::world::*;
    let app = TestApp::spawn().await;
    app.setup_school().await;
    for permission in ["create", "share", "revoke"] {
        app.slash(
            OWNER,
            "permissions grant",
            &[("role", json!(TEACHERS)), ("permission", json!(permission))],
        )
        .await;
    }
    app.fake
        .state()
        .guilds
        .get_mut(&GUILD)
        .unwrap()
        .preferred_locale = server_locale.into();
    app
}

/// Gives `user` the Discord locale `locale`.
fn speaks(app: &TestApp, user: u64, locale: &str) {
    app.fake.state().users.get_mut(&user).unwrap().locale = locale.into();
}

#[tokio::test]
async fn a_german_moderator_reads_the_created_invitation_in_german_while_its_post_and_dm_are_in_the_servers_spanish(
) {
    use serde_json::json;
    use support::message_text;
    use support::world::*;
    let app = school_speaking("es-ES").await;
    speaks(&app, TEACHER, "de");
    speaks(&app, PARENT, "en-US");
    let reply = app
        .slash(
            TEACHER,
            "invite create",
            &[
                ("label", json!("Elternabend")),
                ("max_uses", json!(3)),
                ("dm", json!(PARENT)),
                ("channel", json!(WELCOME)),
            ],
        )
        .await;
    let text = reply.text();
    assert!(text.contains("Einladung erstellt"), "{text}");
    assert!(text.contains("Teile den Link oder den Code"), "{text}");
    assert_eq!(reply.field("Bezeichnung").as_deref(), Some("„Elternabend“"));
    let shared = reply.field("Geteilt").expect("a Geteilt field");
    assert!(
        shared.contains(&format!("Per DM an <@{PARENT}> gesendet"))
            && shared.contains(&format!("In <#{WELCOME}> gepostet")),
        "{shared}"
    );

    // The DM goes to someone who did not ask, the post to the whole server: Spanish.
    let dm = message_text(app.fake.state().dms_to(PARENT)[0]);
    assert!(
        dm.contains("Te han invitado a") && dm.contains("Código de invitación"),
        "{dm}"
    );
    let post = app.fake.state().messages_in(WELCOME)[0].clone();
    let text = message_text(&post);
    assert!(
        text.contains("Únete a") && text.contains("Pulsa **Unirse**"),
        "{text}"
    );
    assert_eq!(
        post.body["components"][0]["components"][0]["label"],
        "Unirse"
    );
    app.stop().await;
}

#[tokio::test]
async fn a_spanish_moderator_lists_inspects_and_revokes_invitations_in_spanish() {
    use serde_json::json;
    use support::world::*;
    let app = school_speaking("de").await;
    speaks(&app, TEACHER, "es-419");
    let created = app
        .slash(TEACHER, "invite create", &[("max_uses", json!(1))])
        .await;
    let code = created
        .field("Código")
        .expect("a Código field")
        .trim_matches('`')
        .to_owned();
    assert_eq!(created.field("Usos").as_deref(), Some("0/1"));
    assert_eq!(created.field("Caduca").as_deref(), Some("nunca"));

    let list = app.slash(TEACHER, "invite list", &[]).await.text();
    assert!(
        list.contains("Invitaciones activas (1)") && list.contains("0 de 1 uso"),
        "{list}"
    );
    let info = app
        .slash(TEACHER, "invite info", &[("code", json!(code))])
        .await;
    assert_eq!(info.field("Estado").as_deref(), Some("activa"));
    assert_eq!(
        info.field("Se unieron con ella (0)").as_deref(),
        Some("Nadie todavía.")
    );
    let revoked = app
        .slash(TEACHER, "invite revoke", &[("code", json!(code))])
        .await;
    assert!(
        revoked.content().starts_with("Se revocó invitación #")
            && revoked.content().contains("su enlace se ha borrado"),
        "{revoked:#?}"
    );
    app.stop().await;
}

#[tokio::test]
async fn refusals_of_invite_options_are_in_the_readers_language() {
    use serde_json::json;
    use support::world::*;
    let app = school_speaking("en-US").await;
    speaks(&app, TEACHER, "es-ES");
    let reply = app
        .slash(TEACHER, "invite create", &[("send", json!(false))])
        .await;
    assert!(reply.ephemeral());
    assert!(
        reply.content().contains("`send:` va con `for:`"),
        "{reply:#?}"
    );
    speaks(&app, TEACHER, "de");
    let reply = app
        .slash(TEACHER, "invite create", &[("for", json!(OTHER_BOT))])
        .await;
    assert!(
        reply.content().contains("ist ein Bot") && reply.content().contains("nichts erstellt"),
        "{reply:#?}"
    );
    assert_eq!(app.count("POST", "/channels/*/invites"), 0);
    app.stop().await;
}

#[tokio::test]
async fn permissions_class_roles_and_exports_answer_in_the_readers_language() {
    use serde_json::json;
    use support::world::*;
    let app = school_speaking("es-ES").await;
    speaks(&app, OWNER, "de");
    let granted = app
        .slash(
            OWNER,
            "permissions grant",
            &[("role", json!(STAFF)), ("permission", json!("approve"))],
        )
        .await;
    assert_eq!(
        granted.content(),
        format!("<@&{STAFF}> darf jetzt **approve** (Beitrittsanfragen annehmen oder ablehnen).")
    );
    let list = app.slash(OWNER, "permissions list", &[]).await.text();
    assert!(
        list.contains("Porter-Berechtigungen") && list.contains("„Server verwalten“"),
        "{list}"
    );
    let roles = app.slash(OWNER, "school roles list", &[]).await.text();
    assert!(
        roles.contains("Klassenrollen (0/25)") && roles.contains("Noch keine Klassenrollen"),
        "{roles}"
    );
    speaks(&app, OWNER, "es-ES");
    let export = app.slash(OWNER, "invite export", &[]).await;
    assert!(
        export.content().starts_with("Aún no hay uniones"),
        "{export:#?}"
    );
    app.stop().await;
}

#[tokio::test]
async fn school_check_pause_and_resume_answer_in_the_moderators_language() {
    use support::world::OWNER;
    let app = TestApp::spawn().await;
    app.setup_school().await;
    app.fake.state().users.get_mut(&OWNER).unwrap().locale = "de".into();
    let check = app.slash(OWNER, "school check", &[]).await;
    assert!(check.ephemeral());
    assert!(check.text().contains("Porter-Check"), "{check:#?}");
    let paused = app.slash(OWNER, "school pause", &[]).await;
    let text = paused.text();
    assert!(
        text.contains("Beitreten pausiert")
            && text.contains("`/school resume` öffnet wieder alles"),
        "{text}"
    );
    assert!(
        paused
            .field("Links")
            .is_some_and(|l| l.contains("Discord lässt")),
        "{text}"
    );

    app.fake.state().users.get_mut(&OWNER).unwrap().locale = "es-419".into();
    let resumed = app.slash(OWNER, "school resume", &[]).await;
    let text = resumed.text();
    assert!(
        text.contains("Entradas reanudadas") && text.contains("vuelven a funcionar"),
        "{text}"
    );
    app.stop().await;
}

#[tokio::test]
async fn join_requests_reach_moderators_in_the_servers_language_and_answers_in_the_readers() {
    use serde_json::json;
    use support::world::*;
    let mut state = standard();
    state.guilds.get_mut(&GUILD).unwrap().preferred_locale = "es-ES".into();
    state.users.get_mut(&TEACHER).unwrap().locale = "de".into();
    let app = TestApp::spawn_with(state).await;
    app.setup_school().await;
    app.slash(
        OWNER,
        "school setup",
        &[
            ("member_role", json!(MEMBERS)),
            ("approval", json!("on")),
            ("approval_channel", json!(ANNOUNCEMENTS)),
        ],
    )
    .await;
    app.slash(
        OWNER,
        "permissions grant",
        &[("role", json!(TEACHERS)), ("permission", json!("approve"))],
    )
    .await;
    let created = app.create_invitation(OWNER, &[]).await;
    app.slash(NEWCOMER, "join", &[("code", json!(created.code))])
        .await;

    // The request is for every moderator: in the server's language, Spanish.
    let mention = format!("<@{NEWCOMER}>");
    let request = app
        .fake
        .wait_for("a join request in Spanish", |s| {
            s.messages_in(ANNOUNCEMENTS)
                .into_iter()
                .find(|m| support::message_text(m).contains(&format!("{mention} pide unirse")))
                .cloned()
        })
        .await;
    assert!(
        support::message_text(&request).contains("escribiendo su código"),
        "{:#?}",
        request.body
    );
    let buttons = request.body["components"][0]["components"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    let labels: Vec<&str> = buttons.iter().filter_map(|b| b["label"].as_str()).collect();
    assert_eq!(labels, ["Aprobar", "Rechazar"]);
    let approve = buttons[0]["custom_id"].as_str().unwrap().to_owned();

    // The German teacher who decides reads German.
    let reply = app.press(TEACHER, &request, &approve).await;
    assert!(reply.ephemeral());
    assert_eq!(
        reply.content(),
        format!("Angenommen: {mention} hat jetzt die Mitgliedsrolle.")
    );
    assert!(app.has_role(NEWCOMER, MEMBERS));
    // The request message and the newcomer's DM stay in the server's language.
    app.fake
        .wait_for("the request settled in Spanish", |s| {
            s.messages_in(ANNOUNCEMENTS)
                .into_iter()
                .map(support::message_text)
                .find(|t| t.contains(&format!("✅ Aprobada por <@{TEACHER}>.")))
        })
        .await;
    app.fake
        .wait_for("a DM in Spanish", |s| {
            s.dms_to(NEWCOMER)
                .into_iter()
                .map(support::message_text)
                .find(|t| t.contains("fue aprobada: ¡te damos la bienvenida!"))
        })
        .await;
    app.stop().await;
}

#[tokio::test]
async fn forget_warns_and_answers_a_spanish_administrator_in_spanish() {
    use support::world::{GENERAL, OWNER};
    let app = TestApp::spawn().await;
    app.setup_school().await;
    app.fake.state().users.get_mut(&OWNER).unwrap().locale = "es-ES".into();
    let ask = app.slash(OWNER, "school forget", &[]).await;
    let text = ask.text();
    assert!(
        text.contains("¿Borrar los datos de esta escuela?")
            && text.contains("Esto no se puede deshacer")
            && text.contains("**0 invitaciones**"),
        "{text}"
    );
    let cancel = ask.message["components"][0]["components"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|b| b["label"] == "Cancelar")
        .and_then(|b| b["custom_id"].as_str())
        .unwrap_or_else(|| panic!("no Cancelar button in {ask:#?}"))
        .to_owned();
    let shown = support::fake_discord::SentMessage {
        id: 900_000_000_000_000_002,
        channel_id: GENERAL,
        dm_to: None,
        body: ask.message.clone(),
        edits: Vec::new(),
    };
    let cancelled = app.press(OWNER, &shown, &cancel).await;
    assert_eq!(cancelled.content(), "Cancelado: no se borró nada.");
    app.stop().await;
}

#[tokio::test]
async fn the_welcome_after_a_public_join_names_the_school_in_the_servers_language() {
    use serde_json::json;
    use support::world::*;
    let mut state = standard();
    state.guilds.get_mut(&GUILD).unwrap().preferred_locale = "es-419".into();
    let app = TestApp::spawn_with(state).await;
    app.setup_school().await;
    app.slash(
        OWNER,
        "school setup",
        &[
            ("member_role", json!(MEMBERS)),
            ("access", json!("public")),
            (
                "welcome_message",
                json!("¡Hola {user}! Te invitó {inviter}."),
            ),
        ],
    )
    .await;
    app.slash(PARENT, "join", &[]).await;
    app.fake
        .wait_for("a welcome in Spanish", |s| {
            s.messages_in(WELCOME)
                .into_iter()
                .map(support::message_text)
                .find(|t| *t == format!("¡Hola <@{PARENT}>! Te invitó la escuela."))
        })
        .await;
    app.stop().await;
}

/// The standard world with the server's preferred locale `server` and `user`'s `locale`.
fn joins_world(server: &str, user: u64, locale: &str) -> support::State {
    let mut state = support::world::standard();
    state
        .guilds
        .get_mut(&support::world::GUILD)
        .unwrap()
        .preferred_locale = server.into();
    state.users.get_mut(&user).unwrap().locale = locale.into();
    state
}

#[tokio::test]
async fn a_german_newcomer_is_welcomed_in_german_and_the_spanish_server_logs_the_join_in_spanish() {
    use serde_json::json;
    use support::world::{NEWCOMER, OWNER};
    let app = TestApp::spawn_with(joins_world("es-ES", NEWCOMER, "de")).await;
    app.setup_school().await;
    let created = app
        .create_invitation(OWNER, &[("label", json!("Klasse 7"))])
        .await;

    let reply = app
        .slash(NEWCOMER, "join", &[("code", json!(created.code))])
        .await;
    assert!(reply.ephemeral(), "{reply:#?}");
    assert!(
        reply.content().starts_with("Willkommen bei **")
            && reply.content().contains("Du hast jetzt die Rolle **"),
        "{reply:#?}"
    );
    let line = support::log_line_with(&app.fake, &[&format!("<@{NEWCOMER}>"), "📥"]).await;
    assert!(
        line.contains("se unió con")
            && line.contains("Klasse 7")
            && line.contains("(creada por")
            && line.contains("escribiendo su código"),
        "{line}"
    );
    app.stop().await;
}

#[tokio::test]
async fn a_spanish_join_button_press_is_answered_in_spanish_and_a_link_arrival_logged_in_german() {
    use serde_json::json;
    use support::world::{NEWCOMER, OWNER, WELCOME};
    let app = TestApp::spawn_with(joins_world("de", NEWCOMER, "es-419")).await;
    app.setup_school().await;
    let created = app
        .create_invitation(OWNER, &[("label", json!("Jornada"))])
        .await;
    app.slash(
        OWNER,
        "invite share",
        &[("code", json!(created.code)), ("channel", json!(WELCOME))],
    )
    .await;
    let post = app
        .fake
        .wait_for("the invitation's post", |s| {
            s.messages_in(WELCOME).into_iter().next().cloned()
        })
        .await;
    let custom_id = post.body["components"][0]["components"][0]["custom_id"]
        .as_str()
        .expect("a Join button")
        .to_owned();
    let reply = app.press(NEWCOMER, &post, &custom_id).await;
    assert!(
        reply.content().starts_with("¡Te damos la bienvenida a **")
            && reply.content().contains("Ahora tienes el rol **"),
        "{reply:#?}"
    );
    let line = support::log_line_with(&app.fake, &[&format!("<@{NEWCOMER}>"), "📥"]).await;
    assert!(line.contains("über den Beitreten-Button"), "{line}");

    // Someone arriving through the link is logged by reception, in the server's German.
    let arrival = support::world::OUTSIDER;
    app.fake.accept_invite(created.invite_code(), arrival);
    let line = support::log_line_with(&app.fake, &[&format!("<@{arrival}>")]).await;
    assert!(
        line.contains("Jornada")
            && line.contains("(erstellt von")
            && line.contains("beigetreten, über den Link"),
        "{line}"
    );
    app.stop().await;
}

#[tokio::test]
async fn an_invitation_email_is_written_in_the_schools_language() {
    use serde_json::json;
    use support::world::{NEWCOMER, OWNER};
    let smtp = support::smtp::SmtpServer::start();
    let mut app = TestApp::spawn_with(joins_world("de", NEWCOMER, "en-US")).await;
    app.email = Some(smtp.config());
    app.restart().await;
    app.setup_school().await;
    app.create_invitation(
        OWNER,
        &[
            ("expires_in", json!("7d")),
            ("email", json!("jo@example.org")),
        ],
    )
    .await;
    let received = smtp.received();
    assert_eq!(received.len(), 1, "{received:#?}");
    let mail = &received[0];
    assert_eq!(
        mail.header("Subject").as_deref(),
        Some("Deine Einladung zu Hilltop School auf Discord")
    );
    let text = mail.part("text/plain").expect("a plain-text part");
    for needle in [
        "hat dich eingeladen",
        "Gültig bis: 2026-01-08",
        "So trittst du bei:",
    ] {
        assert!(text.contains(needle), "{needle:?} in {text}");
    }
    let html = mail.part("text/html").expect("an HTML part");
    assert!(
        html.contains("<html lang=\"de\">") && html.contains("</strong> hat dich eingeladen"),
        "{html}"
    );
    app.stop().await;
}

#[tokio::test]
async fn a_spanish_moderator_follows_a_roster_in_spanish() {
    use serde_json::json;
    use support::world::{NEWCOMER, OWNER};
    let app = TestApp::spawn_with(joins_world("de", NEWCOMER, "en-US")).await;
    app.setup_school().await;
    app.fake.state().users.get_mut(&OWNER).unwrap().locale = "es-ES".into();
    let file = format!("{NEWCOMER}\nnot-a-name!\n");
    let id = app
        .fake
        .user_file("clase.csv", Some("text/csv"), file.as_bytes());
    let token = support::send_slash(
        &app.fake,
        support::HERE,
        OWNER,
        "invite roster",
        &[("file", json!(id))],
    );
    let end = app
        .fake
        .wait_for("the end of the roster", |s| {
            s.interactions[&token]
                .edits
                .iter()
                .filter_map(|e| e["content"].as_str())
                .find(|c| c.contains("filas hechas:"))
                .map(ToOwned::to_owned)
        })
        .await;
    for needle in [
        "**Lista 1** (`clase.csv`): filas hechas: 2 de 2.",
        "✅ Enviadas por mensaje directo: 1.",
        "❌ Filas incorrectas omitidas: 1 (fila 2)",
        "`/invite roster resume:1` vuelve a mostrar esto.",
    ] {
        assert!(end.contains(needle), "{needle:?} in {end}");
    }
    app.stop().await;
}
