//! Markdown to sanitized HTML, done once on the server so no Markdown parser ships in the WASM.

use pulldown_cmark::{html, Options, Parser};

/// Renders authored Markdown and removes anything unsafe (scripts, event handlers, styles).
pub fn to_safe_html(markdown: &str) -> String {
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    let mut unsafe_html = String::with_capacity(markdown.len() * 3 / 2);
    html::push_html(&mut unsafe_html, Parser::new_ext(markdown, options));
    ammonia::Builder::default()
        .link_rel(Some("noopener noreferrer"))
        .clean(&unsafe_html)
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_markdown() {
        assert_eq!(to_safe_html("Hello **you**"), "<p>Hello <strong>you</strong></p>\n");
    }

    #[test]
    fn removes_scripts_and_handlers() {
        let html = to_safe_html("<script>alert(1)</script>\n\n<a href=\"x\" onclick=\"evil()\">x</a>");
        assert!(!html.contains("script"), "{html}");
        assert!(!html.contains("onclick"), "{html}");
    }

    #[test]
    fn removes_javascript_links() {
        let html = to_safe_html("[click](javascript:alert(1))");
        assert!(!html.contains("javascript:"), "{html}");
    }
}
