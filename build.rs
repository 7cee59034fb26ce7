//! Rebuilds when a migration or a language file is added or changed: both are embedded
//! (`sqlx::migrate!`, `fluent_templates::static_loader!`), and cargo would not notice a new
//! file in their folders by itself.
fn main() {
    println!("cargo:rerun-if-changed=migrations");
    println!("cargo:rerun-if-changed=locales");
}
