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
