//! Building the web app and precompressing it for the server.
//!
//! The app is one bundle per area (`common::Bundle`). Trunk builds one HTML page per run, so
//! each bundle is built from `frontend/index.html` with its own bin target, into a folder of
//! its own; the pages then land in `dist/` under the bundle's page name and the hashed files
//! beside them. Then the interface strings (`i18n`) and the `.br`/`.gz` copies.

use crate::i18n;
use crate::util::{self, run, step};
use common::Bundle;
use std::io::Write;
use std::path::{Path, PathBuf};

/// Every bundle through trunk (release, offline), the strings, then a `.br` and a `.gz` beside
/// every asset; prints each bundle's first load.
pub fn frontend() -> Result<(), String> {
    let root = util::root();
    step("Building the web app: one WASM bundle per area");
    // One cargo run for every bin first, so both cores link them side by side; trunk's own
    // cargo runs below then find them built.
    run(util::cargo().args([
        "build",
        "-p",
        "frontend",
        "--target",
        "wasm32-unknown-unknown",
        "--profile",
        "wasm-release",
        "--bins",
    ]))?;
    let dist = root.join("dist");
    if dist.exists() {
        std::fs::remove_dir_all(&dist).map_err(|e| format!("{}: {e}", dist.display()))?;
    }
    std::fs::create_dir_all(&dist).map_err(|e| format!("{}: {e}", dist.display()))?;
    let template = root.join("frontend/index.html");
    let html = read_text(&template)?;
    for bundle in Bundle::ALL {
        trunk_build(&root, &html, bundle, &dist)?;
    }
    let languages = i18n::compile_all(&root.join("frontend/i18n"))?;
    let mut strings = Vec::new();
    for bundle in Bundle::ALL {
        let page = dist.join(bundle.html());
        let html = read_text(&page)?;
        let wasm = first_load_assets(&html)
            .into_iter()
            .find(|asset| asset.ends_with(".wasm"))
            .ok_or_else(|| format!("{}: names no .wasm", page.display()))?;
        let wasm = std::fs::read(dist.join(wasm.trim_start_matches('/')))
            .map_err(|e| format!("{wasm}: {e}"))?;
        let files = i18n::write_for_bundle(&languages, bundle.name(), &wasm, &dist)?;
        let metas = i18n::meta_tags(&files);
        let preload = i18n::preload_script();
        let html = html.replacen("</head>", &format!("{metas}{preload}</head>"), 1);
        std::fs::write(&page, html).map_err(|e| e.to_string())?;
        strings.push((bundle, files));
    }
    minify(&dist)?;
    precompress(&dist)?;
    report(&dist, &strings)
}

/// Trunk's scripts (the wasm-bindgen glue that starts each bundle, 45 KB as written) and the
/// stylesheet, minified in place by esbuild (npm): some 1.7 KB less brotli on every page's
/// first load. Trunk's own minifier fails on the glue. The service worker is left as written:
/// the server fills in its placeholders, and it is not part of a first load.
fn minify(dist: &Path) -> Result<(), String> {
    step("Minifying the scripts and the stylesheet (esbuild)");
    let mut scripts = Vec::new();
    let mut styles = Vec::new();
    for path in files(dist)? {
        let in_dist = path.parent() == Some(dist);
        match path.extension().and_then(|e| e.to_str()) {
            Some("js") if in_dist && !path.ends_with("sw.js") => scripts.push(path),
            Some("css") if in_dist => styles.push(path),
            _ => {}
        }
    }
    for (files, format) in [(scripts, Some("--format=esm")), (styles, None)] {
        if files.is_empty() {
            continue;
        }
        let mut esbuild = std::process::Command::new("esbuild");
        esbuild
            .args(&files)
            .args(["--minify", "--allow-overwrite", "--log-level=warning"])
            .args(format)
            .arg(format!("--outdir={}", dist.display()))
            .env("PATH", util::tool_path());
        run(&mut esbuild)?;
    }
    Ok(())
}

/// `trunk build` of one bundle: the template with the bundle's bin, next to the template (trunk
/// finds the stylesheet and the rest relative to the page), built into a folder of its own
/// (trunk empties its output folder) and moved into `dist`.
fn trunk_build(root: &Path, template: &str, bundle: Bundle, dist: &Path) -> Result<(), String> {
    step(&format!("Bundle {} (trunk, release)", bundle.name()));
    let marker = "data-bin=\"learn\"";
    if !template.contains(marker) {
        return Err(format!("frontend/index.html: no {marker} to replace"));
    }
    let page = root.join(format!("frontend/.bundle-{}.html", bundle.name()));
    let source = template.replace(marker, &format!("data-bin=\"{}\"", bundle.name()));
    std::fs::write(&page, source).map_err(|e| format!("{}: {e}", page.display()))?;
    let out = util::target_dir().join("trunk-bundles").join(bundle.name());
    let mut trunk = std::process::Command::new("trunk");
    trunk
        .arg("build")
        .arg("--release")
        .arg("--offline")
        .arg("--dist")
        .arg(&out)
        .arg(&page)
        .current_dir(root)
        .env("PATH", util::tool_path())
        .env("TRUNK_OFFLINE", "true");
    let built = run(&mut trunk);
    let _ = std::fs::remove_file(&page);
    built?;
    for entry in std::fs::read_dir(&out).map_err(|e| format!("{}: {e}", out.display()))? {
        let path = entry.map_err(|e| e.to_string())?.path();
        let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
            continue;
        };
        let target = if name.ends_with(".html") {
            dist.join(bundle.html())
        } else {
            dist.join(name)
        };
        std::fs::copy(&path, &target).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    Ok(())
}

fn read_text(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
}

/// Every file under `dir`, folders included.
fn files(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).map_err(|e| format!("{}: {e}", dir.display()))? {
            let path = entry.map_err(|e| e.to_string())?.path();
            if path.is_dir() {
                stack.push(path);
            } else {
                found.push(path);
            }
        }
    }
    Ok(found)
}

fn precompress(dist: &Path) -> Result<(), String> {
    for path in files(dist)? {
        let compressible = path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| ["html", "js", "wasm", "css", "svg", "json"].contains(&e));
        if !compressible {
            continue;
        }
        let data = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let mut br = Vec::new();
        {
            let params = brotli::enc::BrotliEncoderParams {
                quality: 11,
                lgwin: 22,
                ..Default::default()
            };
            brotli::BrotliCompress(&mut data.as_slice(), &mut br, &params)
                .map_err(|e| e.to_string())?;
        }
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        gz.write_all(&data).map_err(|e| e.to_string())?;
        let gz = gz.finish().map_err(|e| e.to_string())?;
        let name = path.to_string_lossy();
        std::fs::write(format!("{name}.br"), &br).map_err(|e| e.to_string())?;
        std::fs::write(format!("{name}.gz"), &gz).map_err(|e| e.to_string())?;
    }
    Ok(())
}

/// The pages people arrive at, each checked against the first-load budget.
const ENTRY_PAGES: [(&str, &str); 5] = [
    ("catalogue", "/"),
    ("lesson", "/courses/phishing-at-work/lessons/1"),
    ("my competence", "/me"),
    ("team view", "/team"),
    ("join", "/join"),
];

/// The budget for the first load of any page, brotli.
const BUDGET_KB: f64 = 150.0;

/// The first load of each bundle's pages, and of each entry page through its bundle: the
/// HTML, the script, WASM and stylesheet it names, and its strings in one language (the
/// largest), as the precompressed files a browser gets.
fn report(dist: &Path, strings: &[(Bundle, Vec<(&str, String)>)]) -> Result<(), String> {
    let mut loads = Vec::new();
    for (bundle, languages) in strings {
        loads.push((*bundle, first_load(dist, bundle.html(), languages)?));
    }
    let kb = |bytes: u64| bytes as f64 / 1024.0;
    println!("\nFirst load per bundle (HTML + JS + WASM + CSS + one language's strings):");
    println!("  bundle         brotli       gzip   addresses");
    for (bundle, (br, gz)) in &loads {
        let pages = match bundle.prefixes() {
            [] => "everything else".to_owned(),
            prefixes => prefixes
                .iter()
                .map(|p| format!("/{p}…"))
                .collect::<Vec<_>>()
                .join(" "),
        };
        println!(
            "  {:<11} {:>7.1} KB {:>7.1} KB   {pages}",
            bundle.name(),
            kb(*br),
            kb(*gz)
        );
    }
    println!("\nFirst load per entry page (budget {BUDGET_KB:.0} KB brotli):");
    for (name, path) in ENTRY_PAGES {
        let bundle = Bundle::for_path(path);
        let Some((_, (br, gz))) = loads.iter().find(|(b, _)| *b == bundle) else {
            continue;
        };
        let verdict = if kb(*br) <= BUDGET_KB { "ok" } else { "OVER" };
        println!(
            "  {name:<14} {path:<38} {:<11} {:>7.1} KB br {:>7.1} KB gz  {verdict}",
            bundle.name(),
            kb(*br),
            kb(*gz)
        );
    }
    Ok(())
}

/// `(brotli, gzip)` bytes of one page's first load.
fn first_load(dist: &Path, page: &str, languages: &[(&str, String)]) -> Result<(u64, u64), String> {
    let size = |path: &Path, ext: &str| -> Result<u64, String> {
        let file = PathBuf::from(format!("{}.{ext}", path.display()));
        std::fs::metadata(&file)
            .map(|m| m.len())
            .map_err(|e| format!("{}: {e}", file.display()))
    };
    let at = |address: &str| dist.join(address.trim_start_matches('/'));
    let page = dist.join(page);
    let mut parts = vec![page.clone()];
    parts.extend(first_load_assets(&read_text(&page)?).iter().map(|a| at(a)));
    let (mut br, mut gz) = (0, 0);
    for part in &parts {
        br += size(part, "br")?;
        gz += size(part, "gz")?;
    }
    let (mut strings_br, mut strings_gz) = (0, 0);
    for (_, address) in languages {
        strings_br = strings_br.max(size(&at(address), "br")?);
        strings_gz = strings_gz.max(size(&at(address), "gz")?);
    }
    Ok((br + strings_br, gz + strings_gz))
}

/// The scripts, WASM and stylesheets a page loads at once: every quoted same-site address
/// ending in `.js`, `.wasm` or `.css` (trunk names each in a link and in its start script).
pub fn first_load_assets(html: &str) -> Vec<String> {
    let mut assets: Vec<String> = Vec::new();
    for quoted in html.split(['"', '\'']).skip(1).step_by(2) {
        let loads = [".js", ".wasm", ".css"]
            .iter()
            .any(|ext| quoted.ends_with(ext));
        if quoted.starts_with('/') && loads && !assets.iter().any(|a| a == quoted) {
            assets.push(quoted.to_owned());
        }
    }
    assets
}

#[cfg(test)]
mod tests {
    #[test]
    fn finds_what_a_trunk_page_loads() {
        let html = r#"<link rel="stylesheet" href="/style-1.css"/><link rel="icon" href="/f.svg"/>
<script type="module">import init from '/learn-2.js';
await init({ module_or_path: '/learn-2_bg.wasm' });</script>
<link rel="modulepreload" href="/learn-2.js"><meta name="i18n-sv" content="/i18n/sv-3.json">"#;
        assert_eq!(
            super::first_load_assets(html),
            ["/style-1.css", "/learn-2.js", "/learn-2_bg.wasm"]
        );
    }
}
