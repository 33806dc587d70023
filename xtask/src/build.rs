//! Building the web app and precompressing it for the server.

use crate::util::{self, run, step};
use std::io::Write;
use std::path::Path;

/// `trunk build --release --offline`, then a `.br` and a `.gz` beside every asset.
pub fn frontend() -> Result<(), String> {
    step("Building the web app (trunk, release)");
    let mut trunk = std::process::Command::new("trunk");
    trunk
        .args(["build", "--release", "--offline"])
        .current_dir(util::root())
        .env("PATH", util::tool_path())
        .env("TRUNK_OFFLINE", "true");
    run(&mut trunk)?;
    precompress(&util::root().join("dist"))
}

fn precompress(dist: &Path) -> Result<(), String> {
    let entries = std::fs::read_dir(dist).map_err(|e| format!("{}: {e}", dist.display()))?;
    let mut brotli_total = 0;
    for entry in entries.filter_map(Result::ok) {
        let path = entry.path();
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
        if !name.ends_with(".svg") {
            brotli_total += br.len();
        }
    }
    println!(
        "first load (HTML+JS+WASM+CSS, brotli): {:.1} KB",
        brotli_total as f64 / 1024.0
    );
    Ok(())
}
