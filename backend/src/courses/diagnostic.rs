use std::fmt;
use std::path::{Path, PathBuf};

/// A problem in a course file, reported as `file:line: message` for course authors.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub file: PathBuf,
    /// 1-based; 0 when the problem concerns the file or folder as a whole.
    pub line: usize,
    pub message: String,
}

impl Diagnostic {
    pub fn new(file: impl AsRef<Path>, line: usize, message: impl Into<String>) -> Self {
        Diagnostic {
            file: file.as_ref().to_path_buf(),
            line,
            message: message.into(),
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "{}: {}", self.file.display(), self.message)
        } else {
            write!(f, "{}:{}: {}", self.file.display(), self.line, self.message)
        }
    }
}

/// The 1-based line of a byte offset in `text`.
pub fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

/// A TOML parse error as a diagnostic pointing at the offending line.
pub fn from_toml(file: &Path, text: &str, err: &toml::de::Error) -> Diagnostic {
    let line = err
        .span()
        .map(|span| line_of(text, span.start))
        .unwrap_or(0);
    Diagnostic::new(file, line, err.message().to_owned())
}
