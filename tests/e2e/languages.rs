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
