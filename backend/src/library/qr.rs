//! QR codes as SVG, drawn on the server so no QR library is in the web app. The page that
//! shows one gives it its text alternative (`<img alt>`).

use qrcode::render::svg;
use qrcode::{EcLevel, QrCode};

/// An SVG QR code of `text`, or none if the text is too long for a QR code.
pub fn svg(text: &str) -> Option<String> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).ok()?;
    Some(
        code.render::<svg::Color<'_>>()
            .min_dimensions(240, 240)
            .quiet_zone(true)
            .build(),
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_link_becomes_an_svg() {
        let image = super::svg("http://localhost:8080/join?code=ACD347").expect("svg");
        assert!(
            image.starts_with("<?xml") || image.starts_with("<svg"),
            "{image}"
        );
        assert!(image.contains("<path"));
        assert!(super::svg(&"x".repeat(8000)).is_none());
    }
}
