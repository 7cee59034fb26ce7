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
