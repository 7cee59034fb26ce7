//! End to end: invitations sent by email (`/invite create email:`, `/invite share email:`)
//! through lettre to a real SMTP server on 127.0.0.1 (tests/support/smtp.rs), and
//! `porter check` trying that server.

use crate::support;

use serde_json::json;
use support::binary::Porter;
use support::smtp::SmtpServer;
use support::world::*;
use support::{FakeDiscord, TestApp};

/// A set-up school where Teachers may create and share invitations; email as `smtp` says
/// (`None`: off).
async fn school(smtp: Option<&SmtpServer>) -> TestApp {
    let mut app = TestApp::spawn().await;
    if let Some(smtp) = smtp {
        app.email = Some(smtp.config());
        app.restart().await;
    }
    app.setup_school().await;
    for permission in ["create", "share"] {
        let reply = app
            .slash(
                OWNER,
                "permissions grant",
                &[("role", json!(TEACHERS)), ("permission", json!(permission))],
            )
            .await;
        assert!(reply.content().contains("can now"), "{reply:#?}");
    }
    app
}

/// The school's audit entries of emails sent, newest first.
async fn emails_logged(app: &TestApp) -> Vec<String> {
    app.domain()
        .audit_trail(GUILD.into(), 1000)
        .await
        .unwrap()
        .into_iter()
        .filter(|e| e.action == porter::domain::EMAIL_ACTION)
        .map(|e| e.detail.unwrap_or_default())
        .collect()
}

#[tokio::test]
async fn an_invitation_is_emailed_with_the_school_the_inviter_the_link_the_code_and_the_expiry() {
    let smtp = SmtpServer::start();
    let app = school(Some(&smtp)).await;
    let created = app
        .create_invitation(
            TEACHER,
            &[
                ("label", json!("Year 7 <parents> & co")),
                ("expires_in", json!("7d")),
                ("email", json!("Jo.Smith@example.org")),
            ],
        )
        .await;
    let shared = created.reply.field("Shared").expect("a Shared field");
    assert!(
        shared.contains("✅ Emailed to J\\*\\*\\*@example.org.")
            || shared.contains("✅ Emailed to J***@example.org."),
        "{shared}"
    );
    assert!(!shared.contains("Smith"), "{shared}");

    let received = smtp.received();
    assert_eq!(received.len(), 1, "{received:#?}");
    let mail = &received[0];
    assert!(mail.from.contains("porter@school.test"), "{mail:?}");
    assert_eq!(mail.to, ["Jo.Smith@example.org"]);
    assert_eq!(
        mail.header("From").as_deref(),
        Some("Porter <porter@school.test>")
    );
    assert_eq!(mail.header("To").as_deref(), Some("Jo.Smith@example.org"));
    assert_eq!(
        mail.header("Subject").as_deref(),
        Some("Your invitation to Hilltop School on Discord")
    );
    assert!(mail
        .header("Content-Type")
        .unwrap()
        .starts_with("multipart/alternative"));

    let expiry = "2026-01-08 00:00 UTC"; // the clock starts at 2026-01-01 00:00 UTC
    let text = mail.part("text/plain").expect("a plain-text part");
    for needle in [
        "teacher invited you to join Hilltop School on Discord.",
        "Invitation: Year 7 <parents> & co",
        &format!("Code: {}", created.code),
        &format!("Link: {}", created.link),
        &format!("Valid until: {expiry}"),
        &format!("/join code:{}", created.code),
    ] {
        assert!(text.contains(needle), "{needle:?} in {text}");
    }
    let html = mail.part("text/html").expect("an HTML part");
    for needle in [
        "<strong>teacher</strong> invited you to join <strong>Hilltop School</strong>",
        "Invitation: Year 7 &lt;parents&gt; &amp; co",
        &format!("<code>{}</code>", created.code),
        &format!("<a href=\"{0}\">{0}</a>", created.link),
        &format!("Valid until: {expiry}"),
    ] {
        assert!(html.contains(needle), "{needle:?} in {html}");
    }
    assert!(!html.contains("<parents>"), "{html}");

    // The audit log says an email went out, the address masked and hashed.
    let hash = app
        .domain()
        .email_hash(GUILD.into(), "jo.smith@example.org")
        .await
        .unwrap()
        .expect("the school's key");
    assert_eq!(
        emails_logged(&app).await,
        [format!("J***@example.org #{hash}")]
    );
}

#[tokio::test]
async fn sharing_by_email_reports_bad_addresses_refusals_and_the_daily_limit_across_restarts() {
    // Without [email]: the option says how to turn it on, and nothing is created.
    let app = school(None).await;
    let reply = app
        .slash(
            TEACHER,
            "invite create",
            &[("email", json!("jo@example.org"))],
        )
        .await;
    assert!(reply.ephemeral());
    assert!(
        reply.content().contains("no mail server is set up")
            && reply.content().contains("[email]")
            && reply.content().contains("PORTER_SMTP_PASSWORD"),
        "{reply:#?}"
    );
    assert!(app
        .domain()
        .audit_trail(GUILD.into(), 100)
        .await
        .unwrap()
        .iter()
        .all(|e| e.action != "invitation_create"));
    drop(app);

    let smtp = SmtpServer::start();
    let mut app = school(Some(&smtp)).await;
    let created = app.create_invitation(TEACHER, &[]).await;
    let share = |email: &'static str| {
        let app = &app;
        let code = created.code.clone();
        async move {
            app.slash(
                TEACHER,
                "invite share",
                &[("code", json!(code)), ("email", json!(email))],
            )
            .await
        }
    };

    let reply = share("jo at example.org").await;
    assert!(
        reply.ephemeral() && reply.content().contains("not an email address"),
        "{reply:#?}"
    );
    let reply = share("Jo <jo@example.org>").await;
    assert!(
        reply.content().contains("not an email address"),
        "{reply:#?}"
    );

    // The server refuses the recipient: the moderator is told, and it counts nothing.
    let reply = share("bounce@example.org").await;
    assert!(reply.ephemeral(), "{reply:#?}");
    assert!(
        reply.text().contains("was not sent")
            && reply.text().contains("refused it permanently (550)"),
        "{reply:#?}"
    );
    assert!(emails_logged(&app).await.is_empty());
    assert!(smtp.received().is_empty());

    // Three a moderator per day (tests/support/smtp.rs).
    for to in ["a@example.org", "b@example.org", "c@example.org"] {
        let reply = share(to).await;
        assert!(reply.text().contains("✅ Emailed to"), "{reply:#?}");
    }
    assert_eq!(smtp.received().len(), 3);
    let reply = share("d@example.org").await;
    assert!(
        reply.ephemeral()
            && reply
                .content()
                .contains("For you, Porter sent 3 invitation emails")
            && reply.content().contains("daily_per_moderator"),
        "{reply:#?}"
    );
    assert_eq!(smtp.received().len(), 3);

    // A restarted Porter keeps counting: the limit is in the database.
    app.restart().await;
    let reply = app
        .slash(
            TEACHER,
            "invite share",
            &[
                ("code", json!(created.code)),
                ("email", json!("d@example.org")),
            ],
        )
        .await;
    assert!(
        reply.content().contains("For you, Porter sent 3"),
        "{reply:#?}"
    );
    // A day later, one more may go.
    app.advance(porter::domain::EMAIL_WINDOW);
    let reply = app
        .slash(
            TEACHER,
            "invite share",
            &[
                ("code", json!(created.code)),
                ("email", json!("d@example.org")),
            ],
        )
        .await;
    assert!(reply.text().contains("✅ Emailed to d"), "{reply:#?}");
    assert_eq!(smtp.received().len(), 4);
    assert_eq!(emails_logged(&app).await.len(), 4);
}

#[tokio::test]
async fn check_tries_the_smtp_server_without_sending() {
    let fake = FakeDiscord::start(standard()).await;
    let dir = tempfile::tempdir().unwrap();
    let database = format!("sqlite://{}", dir.path().join("porter.db").display());
    let smtp = SmtpServer::start();
    let port = smtp.port.to_string();
    let env = [
        ("PORTER_SMTP_HOST", "127.0.0.1"),
        ("PORTER_SMTP_PORT", port.as_str()),
        ("PORTER_SMTP_TLS", "none"),
        ("PORTER_SMTP_FROM", "Porter <porter@school.test>"),
    ];
    let (status, out) = Porter::start(&fake, &database, &["check"], &env)
        .exit()
        .await;
    assert!(status.success(), "{out}");
    let line = out
        .lines()
        .find(|l| l.contains(": email: "))
        .unwrap_or_else(|| panic!("an email line in {out}"));
    assert_eq!(
        line,
        format!(
            "ok: email: SMTP 127.0.0.1:{port} (none, no login), from Porter \
             <porter@school.test>, at most 20 a moderator and 200 a school per 24 hours: the \
             server took Porter's connection; nothing was sent"
        )
    );
    assert!(smtp.received().is_empty());

    // Nobody listening there: a problem, naming what to check.
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let closed_port = closed.local_addr().unwrap().port().to_string();
    drop(closed);
    let mut env = env;
    env[1].1 = closed_port.as_str();
    let (status, out) = Porter::start(&fake, &database, &["check"], &env)
        .exit()
        .await;
    assert!(!status.success(), "{out}");
    assert!(
        out.lines()
            .any(|l| l.starts_with("problem: email: SMTP 127.0.0.1:") && l.contains("email.host")),
        "{out}"
    );

    // A login without its password is refused before anything starts.
    let mut with_user = env.to_vec();
    with_user.push(("PORTER_SMTP_USER", "porter"));
    let (status, out) = Porter::start(&fake, &database, &["check"], &with_user)
        .exit()
        .await;
    assert!(!status.success(), "{out}");
    assert!(out.contains("PORTER_SMTP_PASSWORD"), "{out}");
}
