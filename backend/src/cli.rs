//! The `digikomp` command line.

use clap::{Parser, Subcommand};
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "digikomp",
    version,
    about = "Digital-skills learning platform for municipalities"
)]
pub struct Cli {
    /// Configuration file (default: ./digikomp.toml if it exists).
    #[arg(long, global = true, value_name = "FILE")]
    pub config: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve the API and the web app.
    Serve(ServeArgs),
    /// Deployment-wide administrators who set up municipalities.
    Superadmin {
        #[command(subcommand)]
        command: SuperadminCommand,
    },
    /// Work with course files.
    Courses {
        #[command(subcommand)]
        command: CoursesCommand,
    },
    /// Create the made-up "Storby kommun" with many employees and two years of progress, for
    /// benchmarks and trying Digikomp at scale (never for real data).
    Seed(SeedArgs),
    /// Do the server's upkeep now: end library sessions left running (deleting their
    /// nicknames) and delete anonymous citizens inactive for `citizen_retention_days`.
    Purge {
        /// sqlite://PATH or postgres://… (also DATABASE_URL).
        #[arg(long, value_name = "URL")]
        database: Option<String>,
    },
}

#[derive(Debug, clap::Args)]
pub struct SeedArgs {
    /// Active employees to create.
    #[arg(long, value_name = "N", default_value_t = 20_000)]
    pub employees: u32,
    /// sqlite://PATH or postgres://… (also DATABASE_URL).
    #[arg(long, value_name = "URL")]
    pub database: Option<String>,
    /// The courses folder.
    #[arg(long, value_name = "DIR")]
    pub courses: Option<PathBuf>,
    /// The same seed creates the same municipality.
    #[arg(long, value_name = "N", default_value_t = 42)]
    pub rng_seed: u64,
}

#[derive(Debug, clap::Args)]
pub struct ServeArgs {
    /// Start in demo mode (meant for trying Digikomp out, never for real data).
    #[arg(long)]
    pub demo: bool,
    #[arg(long, value_name = "N")]
    pub port: Option<u16>,
    /// sqlite://PATH or postgres://… (also DATABASE_URL).
    #[arg(long, value_name = "URL")]
    pub database: Option<String>,
    /// The built web app.
    #[arg(long, value_name = "DIR")]
    pub dist: Option<PathBuf>,
    /// The courses folder.
    #[arg(long, value_name = "DIR")]
    pub courses: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum CoursesCommand {
    /// Check every course; print `file:line: problem` and exit non-zero on any error.
    Check {
        /// The courses folder.
        #[arg(default_value = "courses")]
        dir: PathBuf,
        /// Also print the LIX readability index of every Swedish and Norwegian lesson.
        #[arg(long)]
        lix: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum SuperadminCommand {
    /// Add a superadmin; the password is read from the first line of standard input.
    Add {
        /// The e-mail address they sign in with.
        email: String,
        /// Their name as shown in the app.
        #[arg(long)]
        name: String,
        /// sqlite://PATH or postgres://… (also DATABASE_URL).
        #[arg(long, value_name = "URL")]
        database: Option<String>,
    },
}
