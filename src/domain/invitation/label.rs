//! Invitation labels made safe to show: one line, nothing invisible, nothing that reorders
//! the text around it.
//!
//! Three classes of characters are treated apart:
//! - *Direction controls* (U+202A..U+202E embeddings and overrides, U+2066..U+2069
//!   isolates, U+200E/U+200F marks, U+061C) are **refused**: they change the order in which
//!   the rest of the label is shown, so a label could read as something else than what was
//!   typed, and removing them would also change what the moderator sees. They must retype it.
//! - *Invisible characters* (Unicode's default-ignorable code points: zero-width space,
//!   word joiner and U+2061..U+2064, byte-order mark, soft hyphen, Hangul fillers, tags…,
//!   and the blank Braille pattern U+2800) are **removed**: nobody sees them, so removing
//!   them changes nothing a reader sees, and they often come along with pasted text. Those
//!   that do something visible stay where they do it: zero-width joiners and non-joiners
//!   between two visible characters (emoji sequences such as 👨‍👩‍👧‍👦, Persian and Indic
//!   writing), variation selectors right after a visible character (❤️), and tags inside
//!   a flag's tag sequence (🏴󠁧󠁢󠁷󠁬󠁳󠁿).
//! - Line breaks and other control characters are removed and runs of white space become
//!   one space, as before.
//!
//! A label with no visible character left is refused.

use crate::domain::DomainError;

/// A label as typed, cleaned; refused when it holds a direction control or nothing visible.
pub(super) fn clean(raw: &str) -> Result<String, DomainError> {
    if let Some(c) = raw.chars().find(|&c| is_direction_control(c)) {
        return Err(DomainError::LabelDirectionControl(c));
    }
    let label = raw
        .split_whitespace()
        .map(visible_word)
        .filter(|word| !word.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    if label.is_empty() {
        return Err(DomainError::LabelBlank);
    }
    Ok(label)
}

/// One word (no white space in it) without the invisible characters that do nothing.
fn visible_word(word: &str) -> String {
    let chars: Vec<char> = word.chars().collect();
    let flag_tags = flag_tag_positions(&chars);
    let mut out = String::with_capacity(word.len());
    let mut last: Option<char> = None;
    for (i, &c) in chars.iter().enumerate() {
        let keep = if is_joiner(c) {
            // Between two visible characters: an emoji ZWJ sequence, or joining letters.
            last.is_some_and(|l| is_visible(l) || is_variation_selector(l))
                && chars.get(i + 1).is_some_and(|&n| is_visible(n))
        } else if is_variation_selector(c) {
            last.is_some_and(is_visible)
        } else if is_tag(c) {
            flag_tags.contains(&i)
        } else {
            is_visible(c)
        };
        if keep {
            out.push(c);
            last = Some(c);
        }
    }
    out
}

/// The positions of tag characters that belong to a flag's tag sequence: U+1F3F4 WAVING
/// BLACK FLAG, then tag letters and digits, then U+E007F CANCEL TAG (🏴󠁧󠁢󠁳󠁣󠁴󠁿).
fn flag_tag_positions(chars: &[char]) -> Vec<usize> {
    let mut kept = Vec::new();
    for (start, _) in chars.iter().enumerate().filter(|(_, &c)| c == '\u{1F3F4}') {
        let spec = chars[start + 1..]
            .iter()
            .take_while(|&&c| matches!(c, '\u{E0030}'..='\u{E0039}' | '\u{E0061}'..='\u{E007A}'))
            .count();
        let end = start + 1 + spec;
        if (1..=8).contains(&spec) && chars.get(end) == Some(&'\u{E007F}') {
            kept.extend(start + 1..=end);
        }
    }
    kept
}

/// Shown as something: not white space, not a control, not invisible.
fn is_visible(c: char) -> bool {
    !c.is_whitespace()
        && !c.is_control()
        && !is_direction_control(c)
        && !is_joiner(c)
        && !is_variation_selector(c)
        && !is_tag(c)
        && !is_invisible(c)
}

/// Characters that set the direction of the text around them.
fn is_direction_control(c: char) -> bool {
    matches!(
        c,
        '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
    )
}

/// Zero-width non-joiner and joiner.
fn is_joiner(c: char) -> bool {
    matches!(c, '\u{200C}' | '\u{200D}')
}

/// Variation selectors, including Mongolian free variation selectors.
fn is_variation_selector(c: char) -> bool {
    matches!(
        c,
        '\u{180B}'..='\u{180D}' | '\u{180F}' | '\u{FE00}'..='\u{FE0F}' | '\u{E0100}'..='\u{E01EF}'
    )
}

/// Tag characters (used only in emoji tag sequences).
fn is_tag(c: char) -> bool {
    matches!(c, '\u{E0000}'..='\u{E007F}')
}

/// The rest of Unicode's default-ignorable code points, and the blank Braille pattern:
/// shown as nothing at all.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{034F}'
            | '\u{115F}'
            | '\u{1160}'
            | '\u{17B4}'
            | '\u{17B5}'
            | '\u{180E}'
            | '\u{200B}'
            | '\u{2060}'..='\u{2065}'
            | '\u{206A}'..='\u{206F}'
            | '\u{2800}'
            | '\u{3164}'
            | '\u{FEFF}'
            | '\u{FFA0}'
            | '\u{FFF0}'..='\u{FFF8}'
            | '\u{1BCA0}'..='\u{1BCA3}'
            | '\u{1D173}'..='\u{1D17A}'
            | '\u{E0080}'..='\u{E00FF}'
            | '\u{E01F0}'..='\u{E0FFF}'
    )
}
