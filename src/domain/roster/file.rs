//! Reading a roster file: a CSV with a person per row (a Discord user id or a username) and,
//! after it, optional extra roles named from the school's list. Pure: no database, no
//! Discord; what a row names is checked against the school's class roles given in.

use super::{MAX_EXTRA_ROLES, MAX_ROSTER_ROWS};
use crate::domain::{DomainError, RoleId, UserId};

/// Who a row names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Person {
    /// A Discord user id (also written as a mention, `<@123>`).
    Id(UserId),
    /// A Discord username, lowercased, without a leading `@`.
    Name(String),
}

impl Person {
    /// The person as stored: the id, or the username.
    pub fn entry(&self) -> String {
        match self {
            Self::Id(id) => id.to_string(),
            Self::Name(name) => name.clone(),
        }
    }
}

/// One row of the file, checked: its person and extra roles, or why it is skipped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RosterLine {
    /// The row's line in the file, counting from 1 (the header, if any, is line 1).
    pub line: u32,
    /// The first cell as written (trimmed), for the results.
    pub written: String,
    pub person: Result<Person, String>,
    /// The extra roles: the command's, then the row's.
    pub roles: Vec<RoleId>,
}

/// First cells that make the first row a header row, lowercased.
const HEADERS: &[&str] = &[
    "user",
    "users",
    "user id",
    "user_id",
    "userid",
    "id",
    "discord",
    "discord id",
    "discord_id",
    "username",
    "user name",
    "user_name",
    "student",
    "students",
    "person",
    "who",
    "member",
];

/// Reads a roster file. `class_roles` are the school's list with each role's name;
/// `common` the extra roles every row gets (already checked). Refuses a file that is not
/// UTF-8 text, has no person, or has more than [`MAX_ROSTER_ROWS`] rows; a row that is
/// wrong on its own is kept with the reason it is skipped.
pub fn read(
    bytes: &[u8],
    class_roles: &[(RoleId, String)],
    common: &[RoleId],
) -> Result<Vec<RosterLine>, DomainError> {
    let text = std::str::from_utf8(bytes).map_err(|_| DomainError::RosterNotText)?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.contains('\0') {
        return Err(DomainError::RosterNotText);
    }
    // A file written by a spreadsheet in some locales separates cells with `;`.
    let first_line = text.lines().next().unwrap_or("");
    let delimiter = if !first_line.contains(',') && first_line.contains(';') {
        b';'
    } else {
        b','
    };
    // The CSV reader skips blank lines and then numbers the rows after one wrongly: a blank
    // line becomes a row with one empty cell, reported as empty with its right number.
    let text: String = text
        .split_inclusive('\n')
        .map(|line| {
            if line.trim().is_empty() {
                format!("\"\"{}", &line[line.trim_end_matches(['\r', '\n']).len()..])
            } else {
                line.to_owned()
            }
        })
        .collect();
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    let mut records = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| DomainError::RosterUnreadable(e.to_string()))?;
        let line = record.position().map_or(0, |p| p.line()) as u32;
        let cells: Vec<String> = record.iter().map(|c| c.trim().to_owned()).collect();
        records.push((line, cells));
    }
    // Empty lines at the end of a file are no rows.
    while records
        .last()
        .is_some_and(|(_, cells)| cells.iter().all(String::is_empty))
    {
        records.pop();
    }
    if let Some((_, cells)) = records.first() {
        let first = cells.first().map(|c| c.to_lowercase()).unwrap_or_default();
        if HEADERS.contains(&first.as_str()) {
            records.remove(0);
        }
    }
    if records.len() > MAX_ROSTER_ROWS {
        return Err(DomainError::RosterTooLong(records.len()));
    }
    let mut lines = Vec::with_capacity(records.len());
    let mut seen: Vec<(UserId, u32)> = Vec::new();
    for (line, cells) in records {
        let written = cells.first().cloned().unwrap_or_default();
        let person = check_row(&cells, class_roles, common).and_then(|(person, roles)| {
            if let Person::Id(id) = person {
                if let Some((_, earlier)) = seen.iter().find(|(s, _)| *s == id) {
                    return Err(format!("the same person as row {earlier}"));
                }
                seen.push((id, line));
            }
            Ok((person, roles))
        });
        let (person, roles) = match person {
            Ok((person, roles)) => (Ok(person), roles),
            Err(why) => (Err(why), Vec::new()),
        };
        lines.push(RosterLine {
            line,
            written,
            person,
            roles,
        });
    }
    if lines.iter().all(|l| l.person.is_err()) && lines.iter().all(|l| l.written.is_empty()) {
        return Err(DomainError::RosterEmpty);
    }
    Ok(lines)
}

/// One row's person and roles, or why it is skipped.
fn check_row(
    cells: &[String],
    class_roles: &[(RoleId, String)],
    common: &[RoleId],
) -> Result<(Person, Vec<RoleId>), String> {
    if cells.iter().all(String::is_empty) {
        return Err("an empty row".to_owned());
    }
    let first = cells[0].as_str();
    if first.is_empty() {
        return Err("no person in the first column".to_owned());
    }
    if first.split_whitespace().count() > 1 || first.contains(',') {
        return Err("more than one person in one cell: one person a row".to_owned());
    }
    let person = person(first).ok_or_else(|| {
        format!(
            "`{}` is neither a Discord user id nor a username",
            shown(first)
        )
    })?;
    let mut roles: Vec<RoleId> = common.to_vec();
    for named in cells[1..]
        .iter()
        .flat_map(|c| c.split([';', '|']))
        .map(str::trim)
        .filter(|c| !c.is_empty())
    {
        let role = role(named, class_roles).ok_or_else(|| {
            format!(
                "`{}` is not one of the school's class roles (`/school roles list`)",
                shown(named)
            )
        })?;
        if !roles.contains(&role) {
            roles.push(role);
        }
    }
    if roles.len() > MAX_EXTRA_ROLES {
        return Err(format!(
            "more than {MAX_EXTRA_ROLES} class roles (with the command's)"
        ));
    }
    Ok((person, roles))
}

/// A cell in a message: at most 40 characters, without backticks.
fn shown(text: &str) -> String {
    let clean: String = text.chars().filter(|c| *c != '`').take(40).collect();
    if text.chars().count() > 40 {
        format!("{clean}…")
    } else {
        clean
    }
}

/// A user id (`123…`, `<@123…>`, `<@!123…>`) or a username (2 to 32 of `a-z 0-9 _ .`,
/// any case, optionally after `@`).
fn person(cell: &str) -> Option<Person> {
    let mention = cell
        .strip_prefix("<@")
        .and_then(|c| c.strip_suffix('>'))
        .map(|c| c.strip_prefix('!').unwrap_or(c));
    let digits = mention.unwrap_or(cell);
    if (15..=20).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit()) {
        return digits.parse::<u64>().ok().map(|id| Person::Id(id.into()));
    }
    if mention.is_some() {
        return None;
    }
    let name = cell.strip_prefix('@').unwrap_or(cell).to_lowercase();
    let valid = (2..=32).contains(&name.len())
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'.')
        && !name.bytes().all(|b| b.is_ascii_digit());
    valid.then_some(Person::Name(name))
}

/// A class role named by its id (`123…`, `<@&123…>`) or its name (any case, an `@`
/// before it allowed).
fn role(named: &str, class_roles: &[(RoleId, String)]) -> Option<RoleId> {
    let id = named
        .strip_prefix("<@&")
        .and_then(|c| c.strip_suffix('>'))
        .unwrap_or(named);
    if let Ok(id) = id.parse::<u64>() {
        let id = RoleId::new(id);
        return class_roles.iter().find(|(r, _)| *r == id).map(|(r, _)| *r);
    }
    let name = named.strip_prefix('@').unwrap_or(named).to_lowercase();
    let mut found = class_roles
        .iter()
        .filter(|(_, n)| n.trim().to_lowercase() == name);
    match (found.next(), found.next()) {
        (Some((r, _)), None) => Some(*r),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const YEAR7: RoleId = RoleId::new(70);
    const CHOIR: RoleId = RoleId::new(71);
    const DRAMA: RoleId = RoleId::new(72);
    const ART: RoleId = RoleId::new(73);

    fn classes() -> Vec<(RoleId, String)> {
        vec![
            (YEAR7, "Year 7".into()),
            (CHOIR, "Choir".into()),
            (DRAMA, "Drama".into()),
            (ART, "Art".into()),
        ]
    }

    fn person_of(line: &RosterLine) -> Result<Person, String> {
        line.person.clone()
    }

    #[test]
    fn rows_name_people_by_id_or_username_with_roles_by_name_or_id() {
        let file = "user,roles\n\
                    200000000000000001,Year 7\n\
                    <@200000000000000002>,year 7;choir\n\
                    @Sam.Smith\n\
                    kim_99,<@&72>\n";
        let lines = read(file.as_bytes(), &classes(), &[]).unwrap();
        assert_eq!(lines.len(), 4);
        assert_eq!(lines[0].line, 2);
        assert_eq!(
            person_of(&lines[0]),
            Ok(Person::Id(UserId::new(200_000_000_000_000_001)))
        );
        assert_eq!(lines[0].roles, [YEAR7]);
        assert_eq!(lines[1].roles, [YEAR7, CHOIR]);
        assert_eq!(person_of(&lines[2]), Ok(Person::Name("sam.smith".into())));
        assert_eq!(lines[3].roles, [DRAMA]);
        // The command's roles come first, each once.
        let lines = read(file.as_bytes(), &classes(), &[CHOIR]).unwrap();
        assert_eq!(lines[1].roles, [CHOIR, YEAR7]);
        // Semicolons for a spreadsheet that writes them, a byte-order mark, CRLF.
        let file = "\u{feff}200000000000000001;Choir\r\n200000000000000002;Art\r\n";
        let lines = read(file.as_bytes(), &classes(), &[]).unwrap();
        assert_eq!((lines[0].line, lines[1].roles.clone()), (1, vec![ART]));
    }

    #[test]
    fn bad_rows_are_kept_with_why_and_their_line() {
        let file = "200000000000000001\n\
                    \n\
                    ,Choir\n\
                    200000000000000003 200000000000000004\n\
                    200000000000000005,Year 9\n\
                    200000000000000001\n\
                    not-a-name!\n\
                    200000000000000006,Choir;Drama;Art;Year 7\n\
                    sam\n";
        let lines = read(file.as_bytes(), &classes(), &[]).unwrap();
        let why: Vec<(u32, String)> = lines
            .iter()
            .filter_map(|l| l.person.clone().err().map(|w| (l.line, w)))
            .collect();
        let lines_of_bad: Vec<u32> = why.iter().map(|(l, _)| *l).collect();
        assert_eq!(lines_of_bad, [2, 3, 4, 5, 6, 7, 8], "{why:?}");
        assert!(why[0].1.contains("an empty row"), "{why:?}");
        assert!(why[1].1.contains("no person"), "{why:?}");
        assert!(why[2].1.contains("more than one person"), "{why:?}");
        assert!(why[3].1.contains("`Year 9` is not one of"), "{why:?}");
        assert!(why[4].1.contains("same person as row 1"), "{why:?}");
        assert!(why[5].1.contains("neither"), "{why:?}");
        assert!(why[6].1.contains("more than 3"), "{why:?}");
        assert_eq!(lines.last().unwrap().person, Ok(Person::Name("sam".into())));
    }

    #[test]
    fn files_that_are_no_roster_are_refused() {
        assert!(matches!(
            read(&[0xff, 0xfe, 0x00], &[], &[]),
            Err(DomainError::RosterNotText)
        ));
        assert!(matches!(
            read(b"user\n\n", &[], &[]),
            Err(DomainError::RosterEmpty)
        ));
        let long: String = (0..=MAX_ROSTER_ROWS)
            .map(|i| format!("{}\n", 200_000_000_000_000_000u64 + i as u64))
            .collect();
        assert!(matches!(
            read(long.as_bytes(), &[], &[]),
            Err(DomainError::RosterTooLong(n)) if n == MAX_ROSTER_ROWS + 1
        ));
        let full: String = format!("username\n{}", &long[19..]);
        assert_eq!(
            read(full.as_bytes(), &[], &[]).unwrap().len(),
            MAX_ROSTER_ROWS
        );
    }
}
