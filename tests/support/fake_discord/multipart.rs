//! `multipart/form-data` bodies (RFC 7578), as Discord reads them: the JSON options in a
//! `payload_json` field and files in parts with a file name. The fake reads only what
//! Discord's routes take this way, and refuses a body it could not read, as Discord does.

/// One part of a form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Part {
    /// The form field's name (`payload_json`, `target_users_file`…).
    pub name: String,
    /// Set on file parts.
    pub filename: Option<String>,
    pub content_type: Option<String>,
    pub data: Vec<u8>,
}

/// The boundary of a `multipart/form-data` content type; `None` for any other type.
pub fn boundary(content_type: &str) -> Option<String> {
    let mut params = content_type.split(';').map(str::trim);
    if !params.next()?.eq_ignore_ascii_case("multipart/form-data") {
        return None;
    }
    params
        .filter_map(|p| p.split_once('='))
        .find(|(k, _)| k.eq_ignore_ascii_case("boundary"))
        .map(|(_, v)| v.trim_matches('"').to_owned())
}

/// The parts of a body; `Err` says why it is not a form Discord could read.
pub fn parse(boundary: &str, body: &[u8]) -> Result<Vec<Part>, String> {
    let delimiter = format!("--{boundary}").into_bytes();
    let mut rest = body;
    // The preamble (usually nothing) ends at the first delimiter.
    let start = find(rest, &delimiter).ok_or("multipart body without its boundary")?;
    rest = &rest[start + delimiter.len()..];
    let mut parts = Vec::new();
    loop {
        if rest.starts_with(b"--") {
            return if parts.is_empty() {
                Err("multipart body without parts".to_owned())
            } else {
                Ok(parts)
            };
        }
        rest = rest
            .strip_prefix(b"\r\n")
            .ok_or("multipart delimiter not followed by CRLF")?;
        let mut next = delimiter.clone();
        next.splice(0..0, *b"\r\n");
        let end = find(rest, &next).ok_or("multipart part without a closing boundary")?;
        parts.push(part(&rest[..end])?);
        rest = &rest[end + next.len()..];
    }
}

/// One part: its headers, a blank line, its data.
fn part(raw: &[u8]) -> Result<Part, String> {
    let split = find(raw, b"\r\n\r\n").ok_or("multipart part without headers")?;
    let head = std::str::from_utf8(&raw[..split]).map_err(|_| "part headers are not UTF-8")?;
    let mut name = None;
    let mut filename = None;
    let mut content_type = None;
    for line in head.split("\r\n") {
        let (key, value) = line.split_once(':').ok_or("malformed part header")?;
        match key.trim().to_ascii_lowercase().as_str() {
            "content-disposition" => {
                let mut params = value.split(';').map(str::trim);
                if params.next() != Some("form-data") {
                    return Err(format!("part disposition {value:?} is not form-data"));
                }
                for param in params {
                    match param.split_once('=') {
                        Some(("name", v)) => name = Some(v.trim_matches('"').to_owned()),
                        Some(("filename", v)) => filename = Some(v.trim_matches('"').to_owned()),
                        _ => {}
                    }
                }
            }
            "content-type" => content_type = Some(value.trim().to_owned()),
            _ => {}
        }
    }
    Ok(Part {
        name: name.ok_or("multipart part without a name")?,
        filename,
        content_type,
        data: raw[split + 4..].to_vec(),
    })
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_are_read_part_by_part() {
        let body = b"--XyZ\r\nContent-Disposition: form-data; name=\"payload_json\"\r\n\r\n\
                     {\"a\":1}\r\n--XyZ\r\nContent-Disposition: form-data; \
                     name=\"target_users_file\"; filename=\"t.csv\"\r\nContent-Type: text/csv\
                     \r\n\r\n1\n2\n\r\n--XyZ--\r\n";
        assert_eq!(
            boundary("multipart/form-data; boundary=XyZ").as_deref(),
            Some("XyZ")
        );
        assert_eq!(boundary("application/json"), None);
        let parts = parse("XyZ", body).unwrap();
        assert_eq!(parts.len(), 2);
        assert_eq!(parts[0].name, "payload_json");
        assert_eq!(parts[0].filename, None);
        assert_eq!(parts[0].data, b"{\"a\":1}");
        assert_eq!(parts[1].name, "target_users_file");
        assert_eq!(parts[1].filename.as_deref(), Some("t.csv"));
        assert_eq!(parts[1].content_type.as_deref(), Some("text/csv"));
        assert_eq!(parts[1].data, b"1\n2\n");
        assert!(parse("XyZ", b"--XyZ\r\nno headers").is_err());
        assert!(parse("other", body).is_err());
    }
}
