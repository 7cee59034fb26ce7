//! A real SMTP server on 127.0.0.1 (mailin-embedded) that keeps every message it receives,
//! for the email tests. Recipients whose address starts with `bounce` are refused (550).

use std::sync::{Arc, Mutex};

use mailin_embedded::{response, Handler, Response, Server, SslConfig};

/// One message as the server received it.
#[derive(Debug, Clone)]
pub struct Received {
    pub from: String,
    pub to: Vec<String>,
    /// The whole message: headers and body, CRLF line ends.
    pub data: String,
}

impl Received {
    /// The value of the top-level header `name` (unfolded).
    pub fn header(&self, name: &str) -> Option<String> {
        let head = self.data.split("\r\n\r\n").next()?;
        let unfolded = head.replace("\r\n ", " ").replace("\r\n\t", " ");
        unfolded.lines().find_map(|line| {
            let (key, value) = line.split_once(':')?;
            key.eq_ignore_ascii_case(name)
                .then(|| value.trim().to_owned())
        })
    }

    /// The decoded body of the part whose Content-Type is `mime` (`text/plain`,
    /// `text/html`).
    pub fn part(&self, mime: &str) -> Option<String> {
        let boundary = self
            .header("Content-Type")?
            .split("boundary=")
            .nth(1)?
            .trim_matches('"')
            .to_owned();
        self.data
            .split(&format!("--{boundary}"))
            .skip(1)
            .find_map(|part| {
                let (head, body) = part.split_once("\r\n\r\n")?;
                let head = head.to_ascii_lowercase();
                if !head.contains(&format!("content-type: {mime}")) {
                    return None;
                }
                Some(
                    if head.contains("content-transfer-encoding: quoted-printable") {
                        quoted_printable(body)
                    } else if head.contains("content-transfer-encoding: base64") {
                        base64(body)
                    } else {
                        body.to_owned()
                    },
                )
            })
    }
}

fn quoted_printable(body: &str) -> String {
    let joined = body.replace("=\r\n", "");
    let bytes = joined.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'=' && i + 2 < bytes.len() {
            if let Ok(b) = u8::from_str_radix(&joined[i + 1..i + 3], 16) {
                out.push(b);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8(out).expect("UTF-8 text")
}

fn base64(body: &str) -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = Vec::new();
    let (mut acc, mut bits) = (0u32, 0);
    for c in body.bytes() {
        let Some(v) = ALPHABET.iter().position(|&a| a == c) else {
            continue;
        };
        acc = (acc << 6) | v as u32;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    String::from_utf8(out).expect("UTF-8 text")
}

#[derive(Clone, Default)]
struct Keeper {
    received: Arc<Mutex<Vec<Received>>>,
    from: String,
    to: Vec<String>,
    data: Vec<u8>,
}

impl Handler for Keeper {
    fn mail(&mut self, _ip: std::net::IpAddr, _domain: &str, from: &str) -> Response {
        self.from = from.to_owned();
        self.to.clear();
        self.data.clear();
        response::OK
    }

    fn rcpt(&mut self, to: &str) -> Response {
        if to.trim_start_matches('<').starts_with("bounce") {
            return response::NO_MAILBOX;
        }
        self.to.push(to.to_owned());
        response::OK
    }

    fn data(&mut self, buf: &[u8]) -> std::io::Result<()> {
        self.data.extend_from_slice(buf);
        Ok(())
    }

    fn data_end(&mut self) -> Response {
        self.received.lock().unwrap().push(Received {
            from: std::mem::take(&mut self.from),
            to: std::mem::take(&mut self.to),
            data: String::from_utf8_lossy(&std::mem::take(&mut self.data)).into_owned(),
        });
        response::OK
    }
}

/// The SMTP server; it serves on its own threads until the test process ends.
pub struct SmtpServer {
    pub port: u16,
    received: Arc<Mutex<Vec<Received>>>,
}

impl SmtpServer {
    pub fn start() -> Self {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("a free port");
        let port = listener.local_addr().unwrap().port();
        let keeper = Keeper::default();
        let received = keeper.received.clone();
        let mut server = Server::new(keeper);
        server
            .with_name("mail.test")
            .with_num_threads(2)
            .with_ssl(SslConfig::None)
            .expect("no TLS")
            .with_tcp_listener(listener);
        std::thread::spawn(move || {
            if let Err(e) = server.serve() {
                panic!("the SMTP server stopped: {e}");
            }
        });
        Self { port, received }
    }

    /// The `[email]` settings that send through this server.
    pub fn config(&self) -> porter::email::EmailConfig {
        porter::email::EmailConfig {
            host: "127.0.0.1".to_owned(),
            port: self.port,
            tls: porter::email::TlsMode::None,
            user: None,
            password: None,
            from: "Porter <porter@school.test>".parse().unwrap(),
            daily_per_moderator: 3,
            daily_per_school: 5,
        }
    }

    /// Every message received so far.
    pub fn received(&self) -> Vec<Received> {
        self.received.lock().unwrap().clone()
    }
}
