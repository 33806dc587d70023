use backend::cli::{Cli, Command, CoursesCommand, ServeArgs, SuperadminCommand};
use backend::config::{Config, LogFormat, Overrides};
use clap::Parser;
use std::process::ExitCode;

#[tokio::main]
async fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Serve(args) => serve(cli.config, args).await,
        Command::Superadmin {
            command:
                SuperadminCommand::Add {
                    email,
                    name,
                    database,
                },
        } => add_superadmin(cli.config, database, &email, &name).await,
        Command::Courses {
            command: CoursesCommand::Check { dir, lix },
        } => check_courses(&dir, lix),
    }
}

async fn serve(file: Option<std::path::PathBuf>, args: ServeArgs) -> ExitCode {
    let overrides = Overrides {
        port: args.port,
        database_url: args.database,
        dist: args.dist,
        courses: args.courses,
        demo: args.demo,
    };
    let config = match Config::load(file, overrides) {
        Ok(config) => config,
        Err(err) => {
            eprintln!("digikomp: bad configuration: {err}");
            return ExitCode::FAILURE;
        }
    };
    init_logging(config.log_format);
    match backend::serve(config).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            tracing::error!("{err}");
            ExitCode::FAILURE
        }
    }
}

async fn add_superadmin(
    file: Option<std::path::PathBuf>,
    database: Option<String>,
    email: &str,
    name: &str,
) -> ExitCode {
    let overrides = Overrides {
        database_url: database,
        ..Overrides::default()
    };
    let config = match Config::load(file, overrides) {
        Ok(config) => config,
        Err(err) => {
            eprintln!("digikomp: bad configuration: {err}");
            return ExitCode::FAILURE;
        }
    };
    let mut password = String::new();
    if let Err(err) = std::io::stdin().read_line(&mut password) {
        eprintln!("digikomp: cannot read the password: {err}");
        return ExitCode::FAILURE;
    }
    let password = password.trim_end_matches(['\r', '\n']);
    match backend::add_superadmin(&config.database_url, email, name, password).await {
        Ok(()) => {
            println!("added superadmin {email}");
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("digikomp: {err}");
            ExitCode::FAILURE
        }
    }
}

fn check_courses(dir: &std::path::Path, lix: bool) -> ExitCode {
    let loaded = backend::courses::Catalog::load(dir);
    if let (true, Ok((catalog, _))) = (lix, &loaded) {
        for (slug, lang, lesson, score) in catalog.readability() {
            println!("LIX {score:5.1}  {slug}/{lang}/{lesson}");
        }
    }
    match loaded {
        Ok((catalog, problems)) if problems.is_empty() => {
            println!("ok: {} courses", catalog.len());
            ExitCode::SUCCESS
        }
        Ok((_, problems)) | Err(problems) => {
            for problem in &problems {
                println!("{problem}");
            }
            eprintln!("{} problem(s) found", problems.len());
            ExitCode::FAILURE
        }
    }
}

fn init_logging(format: LogFormat) {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,sqlx=warn"));
    let builder = tracing_subscriber::fmt().with_env_filter(filter);
    match format {
        LogFormat::Text => builder.init(),
        LogFormat::Json => builder.json().init(),
    }
}
