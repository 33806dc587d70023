//! The LIX readability index (Björnsson), used for Swedish and Norwegian plain language:
//! LIX = words / sentences + 100 × long words / words, where a long word has more than six
//! letters. Below 30 is very easy, 30–40 easy (newspaper fiction, plain-language texts).

/// The highest LIX a lesson of a citizen course may have.
pub const CITIZEN_MAX_LIX: f64 = 40.0;

/// The LIX of a Markdown text. Headings and list items end a sentence even without a full stop.
pub fn lix(markdown: &str) -> f64 {
    let mut words = 0usize;
    let mut long_words = 0usize;
    let mut sentences = 0usize;
    for line in markdown.lines() {
        let trimmed = line.trim_start();
        let is_block_end = trimmed.starts_with('#')
            || trimmed.starts_with(['-', '*', '+'])
            || starts_with_number(trimmed);
        let mut ended = false;
        for token in without_link_targets(line).split_whitespace() {
            let letters = token.chars().filter(|c| c.is_alphabetic()).count();
            if letters > 0 {
                words += 1;
                if letters > 6 {
                    long_words += 1;
                }
            }
            let end = token.trim_end_matches(['"', '\'', ')', '*', '_', '»', '”', '’']);
            ended = end.ends_with(['.', '!', '?', ':']);
            if ended {
                sentences += 1;
            }
        }
        if is_block_end && !ended && line.chars().any(char::is_alphabetic) {
            sentences += 1;
        }
    }
    if words == 0 {
        return 0.0;
    }
    words as f64 / sentences.max(1) as f64 + 100.0 * long_words as f64 / words as f64
}

fn starts_with_number(line: &str) -> bool {
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    digits > 0 && line[digits..].starts_with(". ")
}

/// Drops the `(target)` of `[text](target)` so addresses are not counted as words.
fn without_link_targets(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(start) = rest.find("](") {
        out.push_str(&rest[..start + 1]);
        rest = &rest[start + 2..];
        match rest.find(')') {
            Some(end) => rest = &rest[end + 1..],
            None => rest = "",
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_words_and_sentences() {
        // 9 words, 2 sentences, no long words: 9/2 + 0 = 4.5.
        assert!((lix("Du är här. Vi går hem nu i dag.") - 4.5).abs() < 1e-9);
    }

    #[test]
    fn long_words_count() {
        // 4 words, 1 sentence, 2 long (informationssäkerhet, lösenordet; "kräver" has 6): 4 + 50 = 54.
        assert!((lix("Informationssäkerhet kräver lösenordet nu.") - 54.0).abs() < 1e-9);
    }

    #[test]
    fn headings_and_list_items_end_sentences_and_links_do_not_count() {
        // "Rubrik" (1) + "Ett ord" (2) + "Två ord" (2) = 5 words, 3 sentences, 0 long.
        let text = "## Rubrik\n\n- Ett [ord](https://exempel.se/mycket-langt-ord)\n- Två ord";
        assert!((lix(text) - 5.0 / 3.0).abs() < 1e-9, "{}", lix(text));
    }

    #[test]
    fn empty_text_is_zero() {
        assert_eq!(lix(""), 0.0);
    }
}
