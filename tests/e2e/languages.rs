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
