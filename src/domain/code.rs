//! Invite codes: 10 symbols of Crockford base32, shown as `ABCDE-FGHJK`.

use std::fmt;

use rand::{rngs::OsRng, TryRngCore};

/// The 32 symbols of Crockford base32: digits and capitals without `I L O U`.
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/// Symbols in a code.
pub const CODE_LEN: usize = 10;
/// Longest input worth reading: a code with generous spacing. Longer input is malformed.
const MAX_INPUT_LEN: usize = 64;

/// A normalised invite code. It can only hold ten valid Crockford symbols, so anything
/// holding an `InviteCode` holds a well-formed code.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct InviteCode(String);

/// The input was not shaped like an invite code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("not an invite code")]
pub struct MalformedCode;

impl InviteCode {
    /// Draws a fresh code from the operating system's CSPRNG (50 bits of entropy).
    ///
    /// # Panics
    /// If the operating system has no randomness to give, which leaves nothing safe to do.
    pub fn generate() -> Self {
        let mut bytes = [0u8; 8];
        OsRng
            .try_fill_bytes(&mut bytes)
            .expect("the operating system's random number generator failed");
        let mut bits = u64::from_le_bytes(bytes);
        let mut code = String::with_capacity(CODE_LEN);
        for _ in 0..CODE_LEN {
            code.push(ALPHABET[(bits & 31) as usize] as char);
            bits >>= 5;
        }
        Self(code)
    }

    /// Reads a code as people type it: case-insensitive, spaces and dashes ignored,
    /// `O` read as `0` and `I`/`L` as `1`.
    pub fn parse(input: &str) -> Result<Self, MalformedCode> {
        if input.len() > MAX_INPUT_LEN {
            return Err(MalformedCode);
        }
        let mut code = String::with_capacity(CODE_LEN);
        for c in input.chars() {
            let symbol = match c.to_ascii_uppercase() {
                ' ' | '-' | '\t' => continue,
                'O' => '0',
                'I' | 'L' => '1',
                c if c.is_ascii() && ALPHABET.contains(&(c as u8)) => c,
                _ => return Err(MalformedCode),
            };
            if code.len() == CODE_LEN {
                return Err(MalformedCode);
            }
            code.push(symbol);
        }
        if code.len() == CODE_LEN {
            Ok(Self(code))
        } else {
            Err(MalformedCode)
        }
    }

    /// The ten symbols without the dash, as stored.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Stored as its ten symbols; a stored value that is not a code is an error.
impl<DB: sqlx::Database> sqlx::Type<DB> for InviteCode
where
    str: sqlx::Type<DB>,
{
    fn type_info() -> DB::TypeInfo {
        <str as sqlx::Type<DB>>::type_info()
    }

    fn compatible(ty: &DB::TypeInfo) -> bool {
        <str as sqlx::Type<DB>>::compatible(ty)
    }
}

impl<'q, DB: sqlx::Database> sqlx::Encode<'q, DB> for InviteCode
where
    String: sqlx::Encode<'q, DB>,
{
    fn encode_by_ref(
        &self,
        buf: &mut <DB as sqlx::Database>::ArgumentBuffer<'q>,
    ) -> Result<sqlx::encode::IsNull, sqlx::error::BoxDynError> {
        <String as sqlx::Encode<'q, DB>>::encode(self.0.clone(), buf)
    }
}

impl<'r, DB: sqlx::Database> sqlx::Decode<'r, DB> for InviteCode
where
    &'r str: sqlx::Decode<'r, DB>,
{
    fn decode(
        value: <DB as sqlx::Database>::ValueRef<'r>,
    ) -> Result<Self, sqlx::error::BoxDynError> {
        let stored = <&'r str as sqlx::Decode<'r, DB>>::decode(value)?;
        match Self::parse(stored) {
            Ok(code) if code.0 == stored => Ok(code),
            _ => Err("a stored invitation code is malformed".into()),
        }
    }
}

impl fmt::Display for InviteCode {
    /// Shown as `ABCDE-FGHJK`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{}", &self.0[..5], &self.0[5..])
    }
}

impl fmt::Debug for InviteCode {
    /// Codes are secrets: they never reach logs, not even through `{:?}`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("InviteCode(<redacted>)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_codes_are_well_formed_and_round_trip() {
        for _ in 0..2000 {
            let code = InviteCode::generate();
            assert_eq!(code.as_str().len(), CODE_LEN);
            assert!(code.as_str().bytes().all(|b| ALPHABET.contains(&b)));
            assert_eq!(InviteCode::parse(&code.to_string()), Ok(code.clone()));
            assert_eq!(InviteCode::parse(code.as_str()), Ok(code.clone()));
            assert_eq!(
                InviteCode::parse(&code.to_string().to_lowercase()),
                Ok(code)
            );
        }
    }

    #[test]
    fn generated_codes_use_every_symbol_in_every_position() {
        let mut seen = [[false; 32]; CODE_LEN];
        for _ in 0..5000 {
            for (i, b) in InviteCode::generate().as_str().bytes().enumerate() {
                let s = ALPHABET.iter().position(|&a| a == b).unwrap();
                seen[i][s] = true;
            }
        }
        assert!(seen.iter().all(|pos| pos.iter().all(|&s| s)));
    }

    #[test]
    fn generated_codes_do_not_repeat() {
        let codes: std::collections::HashSet<String> = (0..20_000)
            .map(|_| InviteCode::generate().as_str().to_owned())
            .collect();
        assert_eq!(codes.len(), 20_000);
    }

    #[test]
    fn parse_normalises_what_people_type() {
        let want = InviteCode::parse("ABCDE-FGHJK").unwrap();
        for input in [
            "abcde-fghjk",
            " ABCDE FGHJK ",
            "AB-CD-EF-GH-JK",
            "abcdefghjk",
        ] {
            assert_eq!(InviteCode::parse(input), Ok(want.clone()), "{input}");
        }
        assert_eq!(
            InviteCode::parse("O0IL1-oilx9").unwrap().as_str(),
            "00111011X9"
        );
        assert_eq!(want.to_string(), "ABCDE-FGHJK");
    }

    #[test]
    fn parse_rejects_what_is_not_a_code() {
        for input in [
            "",
            "ABCDE",
            "ABCDE-FGHJ",
            "ABCDE-FGHJKM",
            "ABCDE-FGHJU",
            "ABCDE_FGHJK",
            "ÄBCDE-FGHJK",
            "ABCDE\u{0}FGHJK",
            "ＡBCDE-FGHJK",
            &"-".repeat(1000),
            &"A".repeat(100_000),
        ] {
            assert_eq!(InviteCode::parse(input), Err(MalformedCode), "{input:?}");
        }
    }

    #[test]
    fn debug_output_hides_the_code() {
        let code = InviteCode::generate();
        assert!(!format!("{code:?}").contains(code.as_str()));
    }
}
