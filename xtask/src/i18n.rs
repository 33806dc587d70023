//! The interface strings for the browser: each Fluent file in `frontend/i18n/` is checked with
//! the Fluent project's own parser (`fluent-syntax`) and written as a small JSON file that the
//! web app fetches for the chosen language only, so no Fluent parser or resolver is in the
//! WASM and only one language crosses the network.
//!
//! Each bundle (`common::Bundle`) gets its own file per language with only the messages whose
//! ids occur in its WASM: the code asks for every message by a literal id (`i18n.t("…")`, or
//! a literal passed on), so the id is in the bundle's data exactly when its code can ask for
//! it. A message asked for by an id put together at run time would be missing (its id shows).
//!
//! The JSON has two maps: `text` for messages without placeables (most of them) and
//! `patterns` for the rest, each a list of parts: a text, `{"v": variable}` or
//! `{"s": {"var": variable, "variants": [[key, parts]…], "default": index}}`. The app's
//! `i18n` module reads it. Anything else Fluent can express (terms, functions, attributes,
//! message references) is refused here with the file and line, as the app could not show it.

use fluent_syntax::ast::{
    Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey,
};
use serde_json::{json, Map, Value};
use std::path::Path;

/// The languages of the interface, as the files are named.
pub const LANGS: [&str; 3] = ["sv", "nb", "en"];

/// Every language compiled: `(lang, JSON)`.
pub fn compile_all(sources: &Path) -> Result<Vec<(&'static str, Value)>, String> {
    LANGS
        .into_iter()
        .map(|lang| {
            let file = sources.join(format!("{lang}.ftl"));
            let text =
                std::fs::read_to_string(&file).map_err(|e| format!("{}: {e}", file.display()))?;
            let json = compile(&text).map_err(|e| format!("{}:{e}", file.display()))?;
            Ok((lang, json))
        })
        .collect()
}

/// Writes `dist/i18n/{bundle}-{lang}-{hash}.json` for one bundle, with the messages whose ids
/// occur in `wasm`; returns each language with the address of its file.
pub fn write_for_bundle(
    languages: &[(&'static str, Value)],
    bundle: &str,
    wasm: &[u8],
    dist: &Path,
) -> Result<Vec<(&'static str, String)>, String> {
    let out_dir = dist.join("i18n");
    std::fs::create_dir_all(&out_dir).map_err(|e| format!("{}: {e}", out_dir.display()))?;
    let mut written = Vec::new();
    for (lang, json) in languages {
        let used = only_used(json, wasm);
        let bytes = serde_json::to_vec(&used).map_err(|e| e.to_string())?;
        let name = format!("{bundle}-{lang}-{}.json", content_hash(&bytes));
        std::fs::write(out_dir.join(&name), &bytes).map_err(|e| e.to_string())?;
        written.push((*lang, format!("/i18n/{name}")));
    }
    Ok(written)
}

/// The messages of `json` whose ids occur in `code`.
pub fn only_used(json: &Value, code: &[u8]) -> Value {
    let occurs = |id: &str| code.windows(id.len()).any(|w| w == id.as_bytes());
    let keep = |map: &Value| -> Map<String, Value> {
        map.as_object()
            .into_iter()
            .flatten()
            .filter(|(id, _)| occurs(id))
            .map(|(id, value)| (id.clone(), value.clone()))
            .collect()
    };
    json!({ "text": keep(&json["text"]), "patterns": keep(&json["patterns"]) })
}

/// The `<meta>` tags that tell the app (and the service worker, which keeps every file named
/// in the page) where each language's strings are: `<meta name="i18n-sv" content="/i18n/…">`.
pub fn meta_tags(files: &[(&str, String)]) -> String {
    files
        .iter()
        .map(|(lang, path)| format!("<meta name=\"i18n-{lang}\" content=\"{path}\">"))
        .collect()
}

/// A script that starts fetching the strings of the language the app will choose while the
/// page's WASM is still loading, rather than after it has started (one round trip less before
/// anything shows). It chooses as `frontend/src/i18n.rs` `initial_lang` does: the saved
/// choice, else the browser's language, else Swedish; the app's own fetch of the same file
/// then takes the preloaded answer (`crossorigin` makes the request the same as `fetch`'s).
/// It goes after the `<meta>` tags it reads; the server's content security policy allows it
/// by its hash.
pub fn preload_script() -> String {
    let langs: Vec<String> = LANGS.iter().map(|l| format!("\"{l}\"")).collect();
    format!(
        "<script>(function(){{var c;try{{c=localStorage.getItem(\"digikomp.lang\")}}catch(e){{}}\
         if([{langs}].indexOf(c)<0){{var b=(navigator.language||\"\").toLowerCase().slice(0,2);\
         c=b==\"nb\"||b==\"no\"||b==\"nn\"?\"nb\":b==\"en\"?\"en\":\"sv\"}}\
         var m=document.querySelector(\"meta[name=i18n-\"+c+\"]\");if(!m)return;\
         var l=document.createElement(\"link\");l.rel=\"preload\";l.as=\"fetch\";\
         l.crossOrigin=\"anonymous\";l.href=m.content;document.head.appendChild(l)}})()</script>",
        langs = langs.join(",")
    )
}

/// One Fluent file as the app's JSON; an error is `line: problem`.
pub fn compile(source: &str) -> Result<Value, String> {
    let resource = fluent_syntax::parser::parse(source).map_err(|(_, errors)| {
        let first = &errors[0];
        format!("{}: {:?}", line_of(source, first.pos.start), first.kind)
    })?;
    let mut text = Map::new();
    let mut patterns = Map::new();
    for entry in &resource.body {
        match entry {
            Entry::Message(message) => {
                let id = message.id.name;
                let at =
                    |what: &str| format!("{}: {id}: {what}", line_of(source, offset(source, id)));
                if !message.attributes.is_empty() {
                    return Err(at("attributes are not supported"));
                }
                let Some(value) = &message.value else {
                    return Err(at("a message needs a value"));
                };
                let parts = pattern(value).map_err(|what| at(&what))?;
                match parts.as_slice() {
                    [] => {
                        text.insert(id.to_owned(), json!(""));
                    }
                    [Value::String(only)] => {
                        text.insert(id.to_owned(), json!(only));
                    }
                    _ => {
                        patterns.insert(id.to_owned(), Value::Array(parts));
                    }
                }
            }
            Entry::Term(term) => {
                let line = line_of(source, offset(source, term.id.name));
                return Err(format!("{line}: terms are not supported"));
            }
            Entry::Junk { content } => {
                let line = line_of(source, offset(source, content));
                return Err(format!("{line}: not Fluent: {content}"));
            }
            _ => {}
        }
    }
    Ok(json!({ "text": text, "patterns": patterns }))
}

fn pattern(value: &Pattern<&str>) -> Result<Vec<Value>, String> {
    let mut parts: Vec<Value> = Vec::new();
    let mut text = String::new();
    for element in &value.elements {
        match element {
            PatternElement::TextElement { value } => text.push_str(value),
            PatternElement::Placeable { expression } => {
                match expression {
                    Expression::Inline(InlineExpression::StringLiteral { value }) => {
                        text.push_str(&fluent_syntax::unicode::unescape_unicode_to_string(value));
                    }
                    Expression::Inline(InlineExpression::NumberLiteral { value }) => {
                        text.push_str(value)
                    }
                    Expression::Inline(InlineExpression::VariableReference { id }) => {
                        flush(&mut parts, &mut text);
                        parts.push(json!({ "v": id.name }));
                    }
                    Expression::Select { selector, variants } => {
                        let InlineExpression::VariableReference { id } = selector else {
                            return Err("only a variable can choose a variant".to_owned());
                        };
                        flush(&mut parts, &mut text);
                        let mut keyed = Vec::new();
                        let mut default = 0;
                        for (index, variant) in variants.iter().enumerate() {
                            let key = match &variant.key {
                                VariantKey::Identifier { name } => *name,
                                VariantKey::NumberLiteral { value } => *value,
                            };
                            if variant.default {
                                default = index;
                            }
                            keyed.push(json!([key, pattern(&variant.value)?]));
                        }
                        parts.push(json!({ "s": { "var": id.name, "variants": keyed, "default": default } }));
                    }
                    _ => return Err("only text, variables and selects are supported".to_owned()),
                }
            }
        }
    }
    flush(&mut parts, &mut text);
    Ok(parts)
}

fn flush(parts: &mut Vec<Value>, text: &mut String) {
    if !text.is_empty() {
        parts.push(Value::String(std::mem::take(text)));
    }
}

/// Where a slice of `source` starts in it.
fn offset(source: &str, slice: &str) -> usize {
    (slice.as_ptr() as usize).saturating_sub(source.as_ptr() as usize)
}

fn line_of(source: &str, offset: usize) -> usize {
    source[..offset.min(source.len())].matches('\n').count() + 1
}

/// 16 hex digits of the SHA-256 of `bytes`: the same strings keep the same name, so the
/// server may let browsers cache them for a year.
pub fn content_hash(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    Sha256::digest(bytes)[..8]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Runs the preload script in Node with a stand-in page for each case: (saved choice,
    /// browser language) → the strings file preloaded. Node is there already: npm installs
    /// the build tools.
    #[test]
    fn the_preload_script_chooses_as_the_app_does() {
        let script = preload_script();
        let body = script
            .strip_prefix("<script>")
            .and_then(|s| s.strip_suffix("</script>"))
            .expect("one inline script");
        let harness = format!(
            r#"const cases = [["nb", "en-US"], ["xx", "en-GB"], [null, "nn-NO"], [null, "NO"],
               [null, "de-DE"], [null, ""], ["throws", "en"], ["sv", "en"]];
            const out = [];
            for (const [saved, language] of cases) {{
              const links = [];
              globalThis.localStorage = {{ getItem: () => {{
                if (saved === "throws") throw new Error("storage blocked"); return saved; }} }};
              globalThis.navigator = {{ language }};
              globalThis.document = {{
                querySelector: (css) => {{
                  const m = /^meta\[name=i18n-(\w+)\]$/.exec(css);
                  return m ? {{ content: "/i18n/learn-" + m[1] + ".json" }} : null; }},
                createElement: () => ({{}}),
                head: {{ appendChild: (l) => links.push(l) }},
              }};
              {body}
              out.push(links.map((l) => [l.rel, l.as, l.crossOrigin, l.href].join(" ")).join("|"));
            }}
            console.log(out.join("\n"));"#
        );
        let output = std::process::Command::new("node")
            .args(["-e", &harness])
            .output()
            .expect("node (installed with npm) runs");
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        let lines: Vec<String> = String::from_utf8_lossy(&output.stdout)
            .lines()
            .map(|l| {
                l.replace("preload fetch anonymous /i18n/learn-", "")
                    .replace(".json", "")
            })
            .collect();
        assert_eq!(lines, ["nb", "en", "nb", "nb", "sv", "sv", "en", "sv"]);
    }

    #[test]
    fn plain_messages_are_text_and_the_rest_patterns() {
        let json = compile(
            "hello = Hej\nerror = Servern svarade: { $message }\ncount = { $count ->\n    [one] En kurs\n   *[other] { $count } kurser\n}\n",
        )
        .unwrap();
        assert_eq!(json["text"]["hello"], "Hej");
        assert_eq!(
            json["patterns"]["error"],
            json!(["Servern svarade: ", { "v": "message" }])
        );
        assert_eq!(
            json["patterns"]["count"],
            json!([{ "s": { "var": "count", "default": 1, "variants": [
                ["one", ["En kurs"]],
                ["other", [{ "v": "count" }, " kurser"]]
            ] } }])
        );
    }

    #[test]
    fn unsupported_fluent_is_refused_with_its_line() {
        let err = compile("a = A\n-brand = Digikomp\n").unwrap_err();
        assert!(err.starts_with("2: terms"), "{err}");
        let err = compile("a = A\nb = { -brand }\n").unwrap_err();
        assert!(err.starts_with("2: b:"), "{err}");
    }

    #[test]
    fn a_bundle_gets_the_messages_its_code_names() {
        let json = compile("a-title = A\nb-title = B\nc-count = { $n } c\n").unwrap();
        let used = only_used(&json, b"\0\0a-titleXc-count\0");
        assert_eq!(
            used,
            json!({ "text": { "a-title": "A" }, "patterns": { "c-count": [{ "v": "n" }, " c"] } })
        );
    }

    #[test]
    fn the_real_files_compile() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../frontend/i18n");
        for lang in LANGS {
            let text = std::fs::read_to_string(root.join(format!("{lang}.ftl"))).unwrap();
            let json = compile(&text).unwrap_or_else(|e| panic!("{lang}.ftl:{e}"));
            assert!(json["text"].as_object().unwrap().len() > 40, "{lang}");
        }
    }
}
