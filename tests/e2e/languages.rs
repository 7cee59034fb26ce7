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
