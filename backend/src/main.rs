use backend::cli::{Cli, Command, CoursesCommand, SeedArgs, ServeArgs, SuperadminCommand};
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
        Command::Seed(args) => seed(cli.config, args).await,
        Command::Purge { database } => purge(cli.config, database).await,
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
    keep_large_allocations_mapped();
    match backend::serve(config).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            tracing::error!("{err}");
            ExitCode::FAILURE
        }
    }
}

/// glibc serves an allocation of 128 KiB or more with a mapping of its own, returned to the
/// system when freed, but whenever it frees a larger one it raises that threshold to its size.
/// After a few team views (a 180 KB answer each) and reports, large buffers then come from the
/// heaps of whichever threads made them, and what is freed there stays resident: under load
/// the server grew past 100 MB (80 MB with the threshold fixed). A fixed threshold costs a
/// mapping per large answer and nothing on the small ones.
fn keep_large_allocations_mapped() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only sets an allocator parameter; it takes no pointers.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, 128 * 1024);
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

async fn purge(file: Option<std::path::PathBuf>, database: Option<String>) -> ExitCode {
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
    let done = match backend::db::connect(&config.database_url).await {
        Ok(db) => {
            let now = backend::db::now();
            backend::library::keep::once(&db, config.citizen_retention_days, now)
                .await
                .map_err(|err| err.to_string())
        }
        Err(err) => Err(err.to_string()),
    };
    match done {
        Ok(done) => {
            println!(
                "ended {} forgotten library sessions; deleted {} anonymous learners inactive \
                 for {} days",
                done.sessions_ended, done.learners_deleted, config.citizen_retention_days
            );
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

async fn seed(file: Option<std::path::PathBuf>, args: SeedArgs) -> ExitCode {
    use backend::seed;
    let overrides = Overrides {
        database_url: args.database,
        courses: args.courses,
        ..Overrides::default()
    };
    let config = match Config::load(file, overrides) {
        Ok(config) => config,
        Err(err) => {
            eprintln!("digikomp: bad configuration: {err}");
            return ExitCode::FAILURE;
        }
    };
    let catalog = match backend::courses::Catalog::load(&config.courses) {
        Ok((catalog, problems)) => {
            for problem in &problems {
                eprintln!("course left out: {problem}");
            }
            catalog
        }
        Err(problems) => {
            for problem in &problems {
                eprintln!("{problem}");
            }
            return ExitCode::FAILURE;
        }
    };
    let db = match backend::db::connect(&config.database_url).await {
        Ok(db) => db,
        Err(err) => {
            eprintln!("digikomp: {err}");
            return ExitCode::FAILURE;
        }
    };
    let options = seed::SeedOptions {
        employees: args.employees,
        rng_seed: args.rng_seed,
        ..seed::SeedOptions::default()
    };
    let bar = progress_bar(u64::from(args.employees));
    let started = std::time::Instant::now();
    let outcome = seed::run(&db, &catalog, &options, &|done| bar.set_position(done)).await;
    bar.finish_and_clear();
    // Closing checkpoints SQLite's write-ahead log into the database file.
    db.pool.close().await;
    match outcome {
        Ok(summary) => {
            print_seeded(&summary, &config.database_url, started.elapsed());
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("digikomp: {err}");
            ExitCode::FAILURE
        }
    }
}

fn progress_bar(len: u64) -> indicatif::ProgressBar {
    let bar = indicatif::ProgressBar::new(len);
    if let Ok(style) = indicatif::ProgressStyle::with_template(
        "Seeding {bar:40} {pos}/{len} employees ({elapsed})",
    ) {
        bar.set_style(style);
    }
    bar
}

fn print_seeded(summary: &backend::seed::SeedSummary, url: &str, took: std::time::Duration) {
    use backend::seed::*;
    println!(
        "Seeded {MUNICIPALITY_NAME} ({MUNICIPALITY_CODE}) into {url} in {:.1} s:",
        took.as_secs_f64()
    );
    println!(
        "  {} employees in {} units, {} job roles; {} passed courses ({} evidence rows), \
         {} lessons of courses under way, {} assignments",
        summary.people,
        summary.units,
        summary.job_roles,
        summary.passes,
        summary.evidence,
        summary.lesson_events,
        summary.assignments
    );
    println!("Sign in with password \"{PASSWORD}\" as:");
    println!("  {ADMIN_EMAIL:<24} administrator of all of {MUNICIPALITY_NAME}");
    println!(
        "  {MANAGER_EMAIL:<24} manager of {TEAM_NAME} ({TEAM_CODE}, {} people)",
        summary.team_size
    );
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
