//! Layered configuration: defaults → `digikomp.toml` → `DIGIKOMP_*` environment → flags.

use figment::providers::{Env, Format, Serialized, Toml};
use figment::Figment;
use serde::{Deserialize, Serialize};
use std::net::IpAddr;
use std::path::PathBuf;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// The address to listen on; `0.0.0.0` to accept connections from other machines.
    pub host: IpAddr,
    /// The port to listen on; 0 picks a free one.
    pub port: u16,
    /// `sqlite://PATH` or `postgres://USER:PASSWORD@HOST/DB`.
    pub database_url: String,
    /// The built single-page app (trunk's output).
    pub dist: PathBuf,
    /// The courses folder.
    pub courses: PathBuf,
    /// Seeds the demo municipality.
    pub demo: bool,
    /// `text` for people, `json` for log collectors.
    pub log_format: LogFormat,
    /// A session ends after this many minutes without a request.
    pub session_idle_minutes: u32,
    /// A session ends this many hours after signing in, however active.
    pub session_max_hours: u32,
    /// Anonymous citizens' progress is deleted after this many days without activity.
    pub citizen_retention_days: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    Text,
    Json,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            host: IpAddr::from([127, 0, 0, 1]),
            port: 8080,
            database_url: "sqlite://data/digikomp.db".to_owned(),
            dist: PathBuf::from("dist"),
            courses: PathBuf::from("courses"),
            demo: false,
            log_format: LogFormat::Text,
            session_idle_minutes: 60,
            session_max_hours: 12,
            citizen_retention_days: 180,
        }
    }
}

/// Settings given on the command line; only those given override the other layers.
#[derive(Debug, Default, Serialize)]
pub struct Overrides {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub port: Option<u16>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub database_url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dist: Option<PathBuf>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub courses: Option<PathBuf>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub demo: bool,
}

impl Config {
    pub fn timeouts(&self) -> crate::auth::session::Timeouts {
        crate::auth::session::Timeouts {
            idle_secs: i64::from(self.session_idle_minutes) * 60,
            absolute_secs: i64::from(self.session_max_hours) * 3600,
        }
    }

    /// Reads every layer. `file` defaults to `digikomp.toml` in the working folder, if present.
    pub fn load(file: Option<PathBuf>, overrides: Overrides) -> Result<Config, figment::Error> {
        // The default file is optional; a file named on the command line must exist.
        let file = match file {
            Some(given) if !given.is_file() => {
                return Err(figment::Error::from(format!(
                    "configuration file {} not found",
                    given.display()
                )));
            }
            Some(given) => Some(given),
            None => Some(PathBuf::from("digikomp.toml")).filter(|default| default.is_file()),
        };
        let mut figment = Figment::from(Serialized::defaults(Config::default()));
        if let Some(file) = file {
            figment = figment.merge(Toml::file_exact(file));
        }
        figment
            .merge(
                Env::raw()
                    .only(&["DATABASE_URL"])
                    .map(|_| "database_url".into()),
            )
            .merge(Env::prefixed("DIGIKOMP_"))
            .merge(Serialized::defaults(overrides))
            .extract()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use figment::Jail;

    #[test]
    fn layers_override_in_order() {
        Jail::expect_with(|jail| {
            jail.create_file(
                "digikomp.toml",
                "port = 9000\ncourses = \"from-file\"\ndist = \"d\"",
            )?;
            jail.set_env("DIGIKOMP_COURSES", "from-env");
            jail.set_env("DATABASE_URL", "postgres://db/x");
            let config = Config::load(
                None,
                Overrides {
                    dist: Some("from-flag".into()),
                    ..Default::default()
                },
            )?;
            assert_eq!(config.port, 9000);
            assert_eq!(config.courses, PathBuf::from("from-env"));
            assert_eq!(config.database_url, "postgres://db/x");
            assert_eq!(config.dist, PathBuf::from("from-flag"));
            assert!(!config.demo);
            Ok(())
        });
    }

    #[test]
    fn a_missing_config_file_given_by_name_is_an_error() {
        Jail::expect_with(|_| {
            assert!(Config::load(Some("nope.toml".into()), Overrides::default()).is_err());
            if let Err(err) = Config::load(None, Overrides::default()) {
                panic!("the default file is optional: {err}");
            }
            Ok(())
        });
    }

    #[test]
    fn unknown_setting_is_an_error() {
        Jail::expect_with(|jail| {
            jail.create_file("digikomp.toml", "prot = 9000")?;
            assert!(Config::load(None, Overrides::default()).is_err());
            Ok(())
        });
    }
}
