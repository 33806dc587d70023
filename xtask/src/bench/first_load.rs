//! First load per entry page: the HTML the server sends for the page's address, and every
//! script, style sheet, preload, icon and WASM file it starts, summed as they travel with
//! brotli and with gzip. Measured from the running server, so pages that get their own HTML
//! or bundle are counted as they are served. The interface strings count too: the page names
//! one file per language in `<meta name="i18n-…">` and fetches one of them, so the largest
//! is counted.

use super::http;
use std::collections::BTreeSet;

pub struct Page {
    pub name: &'static str,
    pub path: String,
    pub brotli: usize,
    pub gzip: usize,
    /// The files counted, the page's HTML first.
    pub files: Vec<String>,
    /// Files the server sent uncompressed although brotli or gzip was accepted.
    pub uncompressed: Vec<String>,
    /// Referenced files the server did not send (not counted).
    pub missing: Vec<String>,
}

pub fn measure(base: &str, name: &'static str, path: &str) -> Result<Page, String> {
    let html = http::fetch(base, path, "identity")?;
    let html = String::from_utf8_lossy(&html.body).into_owned();
    let mut queue = references(&html, path);
    let mut seen: BTreeSet<String> = queue.iter().cloned().collect();
    let mut assets = Vec::new();
    // Modules the JavaScript imports are part of the first load too.
    while let Some(file) = queue.pop() {
        if file.ends_with(".js") {
            if let Ok(script) = http::fetch(base, &file, "identity") {
                for found in imports(&String::from_utf8_lossy(&script.body), &file) {
                    if seen.insert(found.clone()) {
                        queue.push(found);
                    }
                }
            }
        }
        assets.push(file);
    }
    assets.sort();
    let mut page = Page {
        name,
        path: path.to_owned(),
        brotli: 0,
        gzip: 0,
        files: vec![path.to_owned()],
        uncompressed: Vec::new(),
        missing: Vec::new(),
    };
    page.files.extend(assets);
    page.files.extend(largest_strings(base, &html)?);
    for file in std::mem::take(&mut page.files) {
        match (
            http::fetch(base, &file, "br"),
            http::fetch(base, &file, "gzip"),
        ) {
            (Ok(br), Ok(gz)) => {
                if br.encoding != "br" || gz.encoding != "gzip" {
                    page.uncompressed.push(file.clone());
                }
                page.brotli += br.body.len();
                page.gzip += gz.body.len();
                page.files.push(file);
            }
            _ => page.missing.push(file),
        }
    }
    Ok(page)
}

/// Of the strings files the page names, the one largest with brotli.
fn largest_strings(base: &str, html: &str) -> Result<Option<String>, String> {
    let mut largest: Option<(usize, String)> = None;
    for tag in html.split("<meta").skip(1) {
        let tag = tag.split('>').next().unwrap_or("");
        let named = attribute(tag, "name").is_some_and(|name| name.starts_with("i18n-"));
        let Some(path) = attribute(tag, "content").filter(|_| named) else {
            continue;
        };
        let size = http::fetch(base, &path, "br")?.body.len();
        if largest.as_ref().is_none_or(|(most, _)| size > *most) {
            largest = Some((size, path));
        }
    }
    Ok(largest.map(|(_, path)| path))
}

/// Same-origin `src`/`href` of scripts and of style, preload, module-preload and icon links,
/// and the paths an inline module script imports or loads.
fn references(html: &str, page: &str) -> Vec<String> {
    let mut found = Vec::new();
    for tag in html.split('<').skip(1) {
        let tag = tag.split('>').next().unwrap_or("");
        let name = tag
            .split_whitespace()
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        let wanted = match name.as_str() {
            "script" => attribute(tag, "src"),
            "link" => {
                let rel = attribute(tag, "rel")
                    .unwrap_or_default()
                    .to_ascii_lowercase();
                let counted = ["stylesheet", "preload", "modulepreload", "icon"];
                rel.split_whitespace()
                    .any(|r| counted.contains(&r))
                    .then(|| attribute(tag, "href"))
                    .flatten()
            }
            _ => None,
        };
        found.extend(wanted.and_then(|url| resolve(&url, page)));
    }
    for script in html.split("<script").skip(1) {
        let (attributes, body) = script.split_once('>').unwrap_or(("", ""));
        if !attributes.contains("src=") {
            found.extend(quoted_paths(
                body.split("</script>").next().unwrap_or(""),
                page,
            ));
        }
    }
    found.sort();
    found.dedup();
    found
}

/// Quoted `.js` and `.wasm` paths in an inline module script: its imports and what it hands
/// to `init(...)`.
fn quoted_paths(text: &str, from: &str) -> Vec<String> {
    let mut found = Vec::new();
    for quote in ['\'', '"', '`'] {
        for (i, piece) in text.split(quote).enumerate() {
            let plain = !piece.contains(char::is_whitespace) && !piece.is_empty();
            if i % 2 == 1 && plain && (piece.ends_with(".js") || piece.ends_with(".wasm")) {
                found.extend(resolve(piece, from));
            }
        }
    }
    found
}

/// The modules a JavaScript file imports, statically (`from '…'`, `import '…'`) or
/// dynamically (`import('…')`). Other quoted names in wasm-bindgen's glue (the default WASM
/// URL that `init` is told to ignore, the import object's names) are not requests.
fn imports(script: &str, from: &str) -> Vec<String> {
    let mut found = Vec::new();
    for keyword in ["from", "import", "import("] {
        for (at, _) in script.match_indices(keyword) {
            let rest = script[at + keyword.len()..].trim_start();
            let Some(quote) = rest.chars().next().filter(|c| matches!(c, '\'' | '"')) else {
                continue;
            };
            let name = rest[1..].split(quote).next().unwrap_or("");
            if name.ends_with(".js") || name.ends_with(".mjs") {
                found.extend(resolve(name, from));
            }
        }
    }
    found
}

fn attribute(tag: &str, name: &str) -> Option<String> {
    let at = tag.find(&format!("{name}="))? + name.len() + 1;
    let rest = &tag[at..];
    let (quote, rest) = match rest.chars().next()? {
        q @ ('"' | '\'') => (q, &rest[1..]),
        _ => (' ', rest),
    };
    Some(rest.split(quote).next()?.to_owned())
}

/// A same-origin absolute path for `url` referenced from `from`; other sites are not ours.
fn resolve(url: &str, from: &str) -> Option<String> {
    if url.contains("://") || url.starts_with("//") || url.starts_with("data:") {
        return None;
    }
    if url.starts_with('/') {
        return Some(url.to_owned());
    }
    let dir = &from[..=from.rfind('/')?];
    Some(format!("{dir}{}", url.trim_start_matches("./")))
}

#[cfg(test)]
mod tests {
    #[test]
    fn finds_what_trunk_puts_in_index_html() {
        let html = r#"<link rel="stylesheet" href="/style-1.css" integrity="x"/>
            <link rel="icon" href="/favicon-2.svg"/><link rel="manifest" href="/m.json">
            <script type="module">import init from '/app-3.js';
            await init({ module_or_path: '/app-3_bg.wasm' });</script>
            <link rel="modulepreload" href="/app-3.js">"#;
        let mut found = super::references(html, "/courses/x");
        found.sort();
        found.dedup();
        assert_eq!(
            found,
            [
                "/app-3.js",
                "/app-3_bg.wasm",
                "/favicon-2.svg",
                "/style-1.css"
            ]
        );
    }

    #[test]
    fn relative_paths_are_resolved_from_the_referring_file() {
        assert_eq!(
            super::resolve("./chunk.js", "/assets/app.js").as_deref(),
            Some("/assets/chunk.js")
        );
        assert_eq!(super::resolve("https://cdn.example/x.js", "/"), None);
    }
}
