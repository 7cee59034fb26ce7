//! Porter's words in the reader's language.
//!
//! Every text a person reads (replies, posts, DMs, log lines, emails, command descriptions)
//! is a message in the Fluent files under `locales/<language>/`, embedded at build time.
//! English (`en-US`) is the reference: every other language has the same message ids and
//! uses the same `$placeholders` (the `i18n` tests check it). A text missing from a language
//! falls back to English. Adding a language is adding its folder: Discord locales that name
//! it (`es-ES` and `es-419` for `es`) then get it, commands included.
//!
//! Which language: the reader's. A reply goes out in the `locale` of the interaction it
//! answers; what the whole server reads (posts, log lines) and what Porter sends to someone
//! who has not asked anything (DMs, emails) goes out in the server's language
//! (`guild_locale`, Discord's "preferred locale" of a Community server, else English).
//!
//! Write [`t!`] for a text now, [`msg!`] for a [`Msg`] rendered later (in an error, once the
//! reader's language is known). Numbers given to a message select plural forms
//! (`{ $count -> [one] … *[other] … }`); those shown large go through [`number`] first.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::LazyLock;

use fluent_templates::LanguageIdentifier;

pub use fluent_templates::fluent_bundle::FluentValue;

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "en-US",
        // Unicode isolation marks around placeables would show up inside mentions and code.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// Every locale Discord sends (`locale`, `guild_locale`) and accepts in localization maps.
pub const DISCORD_LOCALES: [&str; 34] = [
    "ar", "bg", "cs", "da", "de", "el", "en-GB", "en-US", "es-419", "es-ES", "fi", "fr", "he",
    "hi", "hr", "hu", "id", "it", "ja", "ko", "lt", "nl", "no", "pl", "pt-BR", "ro", "ru", "sv-SE",
    "th", "tr", "uk", "vi", "zh-CN", "zh-TW",
];

/// The shipped languages, English first.
static LANGUAGES: LazyLock<Vec<LanguageIdentifier>> = LazyLock::new(|| {
    use fluent_templates::Loader as _;
    let english = LOCALES.fallback().clone();
    let mut others: Vec<LanguageIdentifier> = LOCALES
        .locales()
        .filter(|l| **l != english)
        .cloned()
        .collect();
    others.sort_by_key(ToString::to_string);
    std::iter::once(english).chain(others).collect()
});

/// One of the shipped languages. Cheap to copy; English when nothing better is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Lang(u8);

impl Lang {
    /// English, the reference language and the fallback of every other.
    pub const ENGLISH: Lang = Lang(0);

    /// The shipped language closest to a Discord locale: the same one (`de`), else the
    /// same language in another region (`es-419` → `es`, `en-GB` → `en-US`), else English.
    pub fn from_locale(locale: &str) -> Lang {
        let Ok(wanted) = locale.parse::<LanguageIdentifier>() else {
            return Lang::ENGLISH;
        };
        let position = |same: &dyn Fn(&LanguageIdentifier) -> bool| {
            LANGUAGES.iter().position(same).map(|i| Lang(i as u8))
        };
        position(&|l| *l == wanted)
            .or_else(|| position(&|l| l.language == wanted.language))
            .unwrap_or(Lang::ENGLISH)
    }

    /// The language of an optional locale (English when there is none).
    pub fn from_optional(locale: Option<&str>) -> Lang {
        locale.map_or(Lang::ENGLISH, Lang::from_locale)
    }

    /// Every shipped language, English first.
    pub fn all() -> impl Iterator<Item = Lang> {
        (0..LANGUAGES.len()).map(|i| Lang(i as u8))
    }

    /// The language's identifier, as its folder under `locales/` is named.
    pub fn id(self) -> &'static LanguageIdentifier {
        &LANGUAGES[usize::from(self.0)]
    }

    /// The Discord locales that get this language.
    pub fn discord_locales(self) -> impl Iterator<Item = &'static str> {
        DISCORD_LOCALES
            .into_iter()
            .filter(move |l| Lang::from_locale(l) == self)
    }
}

/// The text of message `id` in `lang`, with `args` in its placeables; English when `lang`
/// lacks it. Prefer [`t!`].
///
/// A message missing from English, or one whose arguments do not fit it, is a bug: debug
/// builds (and so the tests) panic on it; release builds log it and show the message id.
pub fn text(lang: Lang, id: &str, args: Option<&HashMap<&'static str, FluentValue<'_>>>) -> String {
    let found = LOCALES.lookup_single_language(lang.id(), id, args);
    match found {
        Ok(text) => text,
        Err(e) if lang != Lang::ENGLISH => {
            tracing::debug!(%id, language = %lang.id(), error = %e, "message falls back to English");
            text(Lang::ENGLISH, id, args)
        }
        Err(e) => {
            tracing::error!(%id, error = %e, "message missing or wrongly called");
            debug_assert!(false, "message {id}: {e}");
            id.to_owned()
        }
    }
}

/// The text of message (or `message.attribute`) `id` in `lang` alone, if it has one.
pub fn lookup(lang: Lang, id: &str) -> Option<String> {
    LOCALES
        .lookup_single_language::<&str>(lang.id(), id, None)
        .ok()
}

/// A number as people read it in `lang`: "5,000", "5.000".
pub fn number(lang: Lang, n: u64) -> String {
    let separator = text(lang, "thousands-separator", None);
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(&separator);
        }
        out.push(digit);
    }
    out
}

/// The text of a message in a language: `t!(lang, "join-welcome", school = name, count = 3)`.
/// Argument names are the message's `$placeholders`; values are strings or numbers.
#[macro_export]
macro_rules! t {
    ($lang:expr, $id:literal $(,)?) => {
        $crate::i18n::text($lang, $id, None)
    };
    ($lang:expr, $id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::text(
            $lang,
            $id,
            Some(&::std::collections::HashMap::from([
                $((stringify!($name), $crate::i18n::FluentValue::from($value))),+
            ])),
        )
    };
}

/// A message to render later, once the reader's language is known:
/// `msg!("invitation-not-found", code = code.to_string())`. Values are owned strings,
/// `&'static str`, numbers, or other [`Msg`]s (rendered in the same language).
#[macro_export]
macro_rules! msg {
    ($id:literal $(,)?) => {
        $crate::i18n::Msg::new($id, ::std::vec::Vec::new())
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::Msg::new(
            $id,
            ::std::vec![$((stringify!($name), $crate::i18n::Arg::from($value))),+],
        )
    };
}

pub use crate::{msg, t};

/// A message not yet rendered: its id and arguments. See [`msg!`].
#[derive(Debug, Clone, PartialEq)]
pub struct Msg {
    id: &'static str,
    args: Vec<(&'static str, Arg)>,
}

/// An argument of a [`Msg`].
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Text(Cow<'static, str>),
    Number(f64),
    Msg(Box<Msg>),
}

impl Msg {
    /// A message with its arguments; prefer [`msg!`].
    pub fn new(id: &'static str, args: Vec<(&'static str, Arg)>) -> Msg {
        Msg { id, args }
    }

    /// The message's id.
    pub fn id(&self) -> &'static str {
        self.id
    }

    /// The message in `lang`.
    pub fn render(&self, lang: Lang) -> String {
        if self.args.is_empty() {
            return text(lang, self.id, None);
        }
        let args = self
            .args
            .iter()
            .map(|(name, arg)| {
                let value = match arg {
                    Arg::Text(s) => FluentValue::from(s.as_ref()),
                    Arg::Number(n) => FluentValue::from(*n),
                    Arg::Msg(m) => FluentValue::from(m.render(lang)),
                };
                (*name, value)
            })
            .collect();
        text(lang, self.id, Some(&args))
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Text(Cow::Owned(s))
    }
}

impl From<&'static str> for Arg {
    fn from(s: &'static str) -> Self {
        Arg::Text(Cow::Borrowed(s))
    }
}

impl From<Msg> for Arg {
    fn from(m: Msg) -> Self {
        Arg::Msg(Box::new(m))
    }
}

macro_rules! number_args {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            #[allow(clippy::cast_precision_loss, clippy::cast_lossless)]
            fn from(n: $t) -> Self {
                Arg::Number(n as f64)
            }
        }
    )*};
}
number_args!(u8, u16, u32, u64, usize, i32, i64);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn discord_locales_find_the_closest_shipped_language() {
        assert_eq!(Lang::from_locale("en-US"), Lang::ENGLISH);
        assert_eq!(Lang::from_locale("en-GB"), Lang::ENGLISH);
        assert_eq!(Lang::from_locale("xx-nonsense-!"), Lang::ENGLISH);
        assert_eq!(Lang::from_optional(None), Lang::ENGLISH);
        let german = Lang::from_locale("de");
        assert_eq!(german.id().to_string(), "de");
        let spanish = Lang::from_locale("es-419");
        assert_eq!(spanish, Lang::from_locale("es-ES"));
        assert_eq!(spanish.id().to_string(), "es");
        assert_eq!(
            spanish.discord_locales().collect::<Vec<_>>(),
            ["es-419", "es-ES"]
        );
        let english: Vec<_> = Lang::ENGLISH.discord_locales().collect();
        assert!(english.contains(&"en-GB") && english.contains(&"fr") && !english.contains(&"de"));
    }

    #[test]
    fn numbers_are_grouped_as_each_language_writes_them() {
        assert_eq!(number(Lang::ENGLISH, 5), "5");
        assert_eq!(number(Lang::ENGLISH, 1_234_567), "1,234,567");
        assert_eq!(number(Lang::from_locale("de"), 10_000), "10.000");
    }

    /// A message's placeholders (`$name`) and its attributes' placeholders, as written.
    #[derive(Debug, Default, PartialEq)]
    struct Shape {
        variables: BTreeSet<String>,
        attributes: BTreeMap<String, BTreeSet<String>>,
    }

    use std::collections::{BTreeMap, BTreeSet};
    use std::path::{Path, PathBuf};

    use fluent_syntax::ast;

    fn variables_of(pattern: &ast::Pattern<&str>, into: &mut BTreeSet<String>) {
        for element in &pattern.elements {
            if let ast::PatternElement::Placeable { expression } = element {
                expression_variables(expression, into);
            }
        }
    }

    fn expression_variables(expression: &ast::Expression<&str>, into: &mut BTreeSet<String>) {
        match expression {
            ast::Expression::Select { selector, variants } => {
                inline_variables(selector, into);
                for variant in variants {
                    variables_of(&variant.value, into);
                }
            }
            ast::Expression::Inline(inline) => inline_variables(inline, into),
        }
    }

    fn inline_variables(inline: &ast::InlineExpression<&str>, into: &mut BTreeSet<String>) {
        match inline {
            ast::InlineExpression::VariableReference { id } => {
                into.insert(id.name.to_owned());
            }
            ast::InlineExpression::FunctionReference { arguments, .. } => {
                for a in &arguments.positional {
                    inline_variables(a, into);
                }
                for a in &arguments.named {
                    inline_variables(&a.value, into);
                }
            }
            ast::InlineExpression::Placeable { expression } => {
                expression_variables(expression, into);
            }
            _ => {}
        }
    }

    fn locales_dir() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("locales")
    }

    /// Every message of one language (all its files), by id, with its shape.
    fn language(dir: &Path) -> BTreeMap<String, Shape> {
        let mut messages = BTreeMap::new();
        let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
            .collect();
        files.sort();
        for file in files {
            let source = std::fs::read_to_string(&file).unwrap();
            let resource = fluent_syntax::parser::parse(source.as_str())
                .unwrap_or_else(|(_, errors)| panic!("{}: {errors:?}", file.display()));
            for entry in &resource.body {
                let ast::Entry::Message(message) = entry else {
                    continue;
                };
                let mut shape = Shape::default();
                if let Some(value) = &message.value {
                    variables_of(value, &mut shape.variables);
                }
                for attribute in &message.attributes {
                    let mut vars = BTreeSet::new();
                    variables_of(&attribute.value, &mut vars);
                    shape.attributes.insert(attribute.id.name.to_owned(), vars);
                }
                let id = message.id.name.to_owned();
                assert!(
                    messages.insert(id.clone(), shape).is_none(),
                    "{id} is defined twice in {}",
                    dir.display()
                );
            }
        }
        messages
    }

    /// Every shipped language has exactly English's messages, attributes and placeholders:
    /// none missing, none extra, none dropped or added in a translation.
    #[test]
    fn every_language_has_every_message_with_the_same_placeholders() {
        let english = language(&locales_dir().join("en-US"));
        let mut others = 0;
        for entry in std::fs::read_dir(locales_dir()).unwrap() {
            let dir = entry.unwrap().path();
            let name = dir.file_name().unwrap().to_string_lossy().into_owned();
            if name == "en-US" {
                continue;
            }
            others += 1;
            let lang = language(&dir);
            let missing: Vec<_> = english.keys().filter(|k| !lang.contains_key(*k)).collect();
            assert!(missing.is_empty(), "{name} lacks {missing:?}");
            let extra: Vec<_> = lang.keys().filter(|k| !english.contains_key(*k)).collect();
            assert!(
                extra.is_empty(),
                "{name} has {extra:?}, which English does not"
            );
            for (id, shape) in &english {
                assert_eq!(&lang[id], shape, "{name}: {id} differs from English");
            }
            assert!(
                Lang::all().any(|l| l.id().to_string() == name),
                "{name} is not loaded"
            );
        }
        assert!(others >= 2, "only {others} languages besides English");
    }

    /// A `t!` or `msg!` call in the source: where, the message id and the argument names.
    struct Call {
        at: String,
        id: String,
        args: BTreeSet<String>,
    }

    /// The top-level comma-separated pieces of a macro call's arguments from `text`
    /// (which starts just after the opening parenthesis).
    fn macro_arguments(text: &str) -> Vec<String> {
        let mut pieces = vec![String::new()];
        let mut depth = 0;
        let mut chars = text.chars();
        while let Some(c) = chars.next() {
            match c {
                '"' => {
                    let current = pieces.last_mut().unwrap();
                    current.push(c);
                    while let Some(s) = chars.next() {
                        current.push(s);
                        if s == '\\' {
                            current.extend(chars.next());
                        } else if s == '"' {
                            break;
                        }
                    }
                    continue;
                }
                '(' | '[' | '{' => depth += 1,
                ')' | ']' | '}' if depth == 0 => break,
                ')' | ']' | '}' => depth -= 1,
                ',' if depth == 0 => {
                    pieces.push(String::new());
                    continue;
                }
                _ => {}
            }
            pieces.last_mut().unwrap().push(c);
        }
        pieces
            .into_iter()
            .map(|p| p.trim().to_owned())
            .filter(|p| !p.is_empty())
            .collect()
    }

    fn calls_in(file: &Path, into: &mut Vec<Call>) {
        let source = std::fs::read_to_string(file).unwrap();
        // Comments may show calls as examples.
        let code: String = source
            .lines()
            .map(|l| {
                if l.trim_start().starts_with("//") {
                    ""
                } else {
                    l
                }
            })
            .collect::<Vec<_>>()
            .join("\n");
        for (name, skip) in [("t!(", 1), ("msg!(", 0)] {
            for (at, _) in code.match_indices(name) {
                let before = code[..at].chars().next_back();
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    continue;
                }
                let line = code[..at].lines().count();
                let pieces = macro_arguments(&code[at + name.len()..]);
                let where_ = format!("{}:{line}", file.display());
                let id = pieces
                    .get(skip)
                    .and_then(|p| p.strip_prefix('"')?.strip_suffix('"'))
                    .unwrap_or_else(|| panic!("{where_}: the message id must be a literal"));
                let args = pieces[skip + 1..]
                    .iter()
                    .map(|p| {
                        p.split_once('=')
                            .map(|(name, _)| name.trim().to_owned())
                            .unwrap_or_else(|| {
                                panic!("{where_}: argument `{p}` is not name = value")
                            })
                    })
                    .collect();
                into.push(Call {
                    at: where_,
                    id: id.to_owned(),
                    args,
                });
            }
        }
    }

    fn rust_files(dir: &Path, into: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                rust_files(&path, into);
            } else if path.extension().is_some_and(|e| e == "rs") {
                into.push(path);
            }
        }
    }

    /// Every `t!`/`msg!` in Porter's source names an English message and passes exactly its
    /// placeholders: none missing (Fluent would show `{$name}`), none unused.
    #[test]
    fn every_message_called_exists_and_gets_exactly_its_placeholders() {
        let english = language(&locales_dir().join("en-US"));
        let mut files = Vec::new();
        rust_files(
            &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
            &mut files,
        );
        let mut calls = Vec::new();
        for file in files.iter().filter(|f| !f.ends_with("i18n.rs")) {
            calls_in(file, &mut calls);
        }
        for call in &calls {
            let shape = english
                .get(&call.id)
                .unwrap_or_else(|| panic!("{}: no message {} in en-US", call.at, call.id));
            assert_eq!(
                call.args, shape.variables,
                "{}: {} is given other arguments than its placeholders",
                call.at, call.id
            );
        }
    }

    #[test]
    fn the_call_reader_finds_ids_and_argument_names() {
        let pieces =
            macro_arguments(r#"lang, "a-b", x = f(1, 2), y = "s, (t)", z = [1, 2]) + rest"#);
        assert_eq!(
            pieces,
            [
                "lang",
                "\"a-b\"",
                "x = f(1, 2)",
                "y = \"s, (t)\"",
                "z = [1, 2]"
            ]
        );
    }
}
