//! Discord's limits on what a message or an autocomplete answer may hold. Discord refuses
//! a body over them with 400 and code 50035 (Invalid Form Body); so does the fake.

use serde_json::Value;

/// Characters, as Discord counts them.
fn len(v: &Value) -> usize {
    v.as_str().map_or(0, |s| s.chars().count())
}

/// Checks a message body (content, embeds, components); `Err` says which limit it breaks.
pub fn check_message(body: &Value) -> Result<(), String> {
    if len(&body["content"]) > 2000 {
        return Err("content is over 2000 characters".to_owned());
    }
    let embeds = body["embeds"].as_array().map_or(&[][..], Vec::as_slice);
    if embeds.len() > 10 {
        return Err("more than 10 embeds".to_owned());
    }
    let mut total = 0;
    for (i, e) in embeds.iter().enumerate() {
        let fields = e["fields"].as_array().map_or(&[][..], Vec::as_slice);
        let checks = [
            (len(&e["title"]), 256, "title"),
            (len(&e["description"]), 4096, "description"),
            (fields.len(), 25, "number of fields"),
        ];
        for (n, max, what) in checks {
            if n > max {
                return Err(format!("embed {i}: {what} is {n}, over {max}"));
            }
        }
        total += len(&e["title"]) + len(&e["description"]);
        for f in fields {
            let (name, value) = (len(&f["name"]), len(&f["value"]));
            if name == 0 || name > 256 || value == 0 || value > 1024 {
                return Err(format!(
                    "embed {i}: field {} has a name of {name} and a value of {value} \
                     characters (1 to 256 and 1 to 1024 allowed)",
                    f["name"]
                ));
            }
            total += name + value;
        }
    }
    if total > 6000 {
        return Err(format!("embeds hold {total} characters, over 6000"));
    }
    for row in body["components"].as_array().into_iter().flatten() {
        for c in row["components"].as_array().into_iter().flatten() {
            if len(&c["custom_id"]) > 100 || len(&c["label"]) > 80 {
                return Err(format!("component {c} is over its limits"));
            }
        }
    }
    Ok(())
}

/// Checks an autocomplete answer: at most 25 choices, names of 1 to 100 characters.
pub fn check_choices(data: &Value) -> Result<(), String> {
    let choices = data["choices"].as_array().map_or(&[][..], Vec::as_slice);
    if choices.len() > 25 {
        return Err(format!("{} choices, over 25", choices.len()));
    }
    for c in choices {
        let name = len(&c["name"]);
        if name == 0 || name > 100 || len(&c["value"]) > 100 {
            return Err(format!("choice {c} is over its limits"));
        }
    }
    Ok(())
}

/// Refuses a localization map (`description_localizations`, a choice's
/// `name_localizations`…) anywhere in `value` whose key is not one of Discord's `locales`,
/// as Discord does (the schema alone allows any key).
pub fn check_localizations(value: &Value, locales: &[&str]) -> Result<(), String> {
    match value {
        Value::Object(fields) => {
            for (name, field) in fields {
                if name.ends_with("_localizations") {
                    if let Some(map) = field.as_object() {
                        if let Some(bad) = map.keys().find(|k| !locales.contains(&k.as_str())) {
                            return Err(format!("{name} has the unknown locale {bad:?}"));
                        }
                    }
                }
                check_localizations(field, locales)?;
            }
            Ok(())
        }
        Value::Array(items) => items
            .iter()
            .try_for_each(|item| check_localizations(item, locales)),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn limits() {
        assert!(check_message(&json!({"content": "hi"})).is_ok());
        assert!(check_message(&json!({"content": "x".repeat(2001)})).is_err());
        let field = |v: String| json!({"embeds": [{"fields": [{"name": "n", "value": v}]}]});
        assert!(check_message(&field("v".repeat(1024))).is_ok());
        assert!(check_message(&field("v".repeat(1025))).is_err());
        assert!(check_message(&field(String::new())).is_err());
        assert!(check_choices(&json!({"choices": [{"name": "", "value": "x"}]})).is_err());
    }
}
