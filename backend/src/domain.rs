//! Values checked once at the edge (parse, don't validate): codes, names, e-mail addresses
//! and proficiency levels. Each parser's error is the message the client sees.

/// An HR code of a unit or job role: 1–32 letters, digits, `-`, `_` or `.`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Code(String);

impl Code {
    pub fn parse(raw: &str) -> Result<Code, String> {
        let code = raw.trim();
        if code.is_empty() || code.chars().count() > 32 {
            return Err("A code must be 1–32 characters long.".to_owned());
        }
        if !code
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.'))
        {
            return Err(format!(
                "The code '{code}' may only hold letters, digits, '-', '_' and '.'."
            ));
        }
        Ok(Code(code.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A name of a person, unit or role: 1–200 characters, without control characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Name(String);

impl Name {
    pub fn parse(raw: &str) -> Result<Name, String> {
        let name = raw.trim();
        if name.is_empty() {
            return Err("A name is required.".to_owned());
        }
        if name.chars().count() > 200 || name.chars().any(char::is_control) {
            return Err("A name must be at most 200 characters, on one line.".to_owned());
        }
        Ok(Name(name.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// An e-mail address, in lower case so that signing in does not depend on case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Email(String);

impl Email {
    pub fn parse(raw: &str) -> Result<Email, String> {
        let email = raw.trim().to_lowercase();
        let valid = email.len() <= 254
            && !email.chars().any(|c| c.is_whitespace() || c.is_control())
            && email.split_once('@').is_some_and(|(local, domain)| {
                !local.is_empty()
                    && domain.contains('.')
                    && !domain.starts_with('.')
                    && !domain.ends_with('.')
                    && !domain.contains('@')
            });
        if valid {
            Ok(Email(email))
        } else {
            Err(format!("'{}' is not an e-mail address.", raw.trim()))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A minimum level for a competence: 1–8 (0 in the editor means "no requirement").
pub fn requirement_level(level: u8) -> Result<u8, String> {
    if level <= 8 {
        Ok(level)
    } else {
        Err(format!("A level must be between 0 and 8, not {level}."))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes() {
        assert_eq!(Code::parse(" HTN-2 ").unwrap().as_str(), "HTN-2");
        assert_eq!(Code::parse("ÄLDRE").unwrap().as_str(), "ÄLDRE");
        assert!(Code::parse("").is_err());
        assert!(Code::parse("A B").is_err());
        assert!(Code::parse("a;b").is_err());
        assert!(Code::parse(&"x".repeat(33)).is_err());
    }

    #[test]
    fn names() {
        assert_eq!(Name::parse("  Åsa Öberg ").unwrap().as_str(), "Åsa Öberg");
        assert!(Name::parse("   ").is_err());
        assert!(Name::parse("a\nb").is_err());
    }

    #[test]
    fn emails() {
        assert_eq!(
            Email::parse(" Anna.Berg@Exempelby.SE ").unwrap().as_str(),
            "anna.berg@exempelby.se"
        );
        for bad in [
            "anna", "anna@", "@x.se", "anna@x", "a b@x.se", "a@b@x.se", "a@.se",
        ] {
            assert!(Email::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn levels() {
        assert_eq!(requirement_level(0), Ok(0));
        assert_eq!(requirement_level(8), Ok(8));
        assert!(requirement_level(9).is_err());
    }
}
