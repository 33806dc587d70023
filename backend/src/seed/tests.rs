use super::activity::{Courses, BASELINE_COURSES};
use super::*;
use std::collections::HashSet;
use std::path::Path;

const NOW: i64 = 1_800_000_000;

fn catalog() -> Catalog {
    Catalog::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../courses"))
        .expect("courses")
        .0
}

fn options(employees: u32) -> SeedOptions {
    SeedOptions {
        employees,
        rng_seed: 7,
        now: NOW,
    }
}

#[test]
fn unit_sizes_add_up_to_the_employees_and_stay_within_bounds() {
    for employees in [400, 450, 1_000, 4_321, 20_000, 100_000] {
        let units = org::plan(employees, &mut Rng::with_seed(u64::from(employees)));
        let sizes: Vec<u32> = units.iter().map(|u| u.size).filter(|s| *s > 0).collect();
        assert_eq!(sizes.iter().sum::<u32>(), employees);
        assert!(
            sizes
                .iter()
                .all(|s| (org::MIN_SIZE..=org::MAX_SIZE).contains(s)),
            "{employees}: {sizes:?}"
        );
        let team: Vec<_> = units.iter().filter(|u| u.code == TEAM_CODE).collect();
        assert_eq!(team.len(), 1);
        assert_eq!(team[0].size, TEAM_SIZE);
    }
}

#[test]
fn the_tree_is_ordered_three_levels_deep_with_unique_codes() {
    let units = org::plan(20_000, &mut Rng::with_seed(1));
    let codes: HashSet<&str> = units.iter().map(|u| u.code.as_str()).collect();
    assert_eq!(codes.len(), units.len());
    assert!(!codes.contains(MUNICIPALITY_CODE));
    let depth = |mut i: usize| {
        let mut depth = 1;
        while let Some(parent) = units[i].parent {
            assert!(parent < i, "parents come first");
            depth += 1;
            i = parent;
        }
        depth
    };
    assert_eq!((0..units.len()).map(depth).max(), Some(3));
    assert_eq!(units.iter().filter(|u| u.parent.is_none()).count(), 8);
    assert!((150..=600).contains(&units.len()), "{} units", units.len());
}

#[test]
fn small_municipalities_still_add_up() {
    for employees in [MIN_EMPLOYEES, 150, 399] {
        let units = org::plan(employees, &mut Rng::with_seed(3));
        assert_eq!(units.iter().map(|u| u.size).sum::<u32>(), employees);
    }
}

#[test]
fn split_keeps_the_total() {
    assert_eq!(org::split(10, &[1, 1, 1]), vec![4, 3, 3]);
    assert_eq!(org::split(0, &[5, 5]), vec![0, 0]);
    assert_eq!(
        org::split(19_800, &[50, 300, 340, 60, 50, 80, 80, 40])
            .iter()
            .sum::<u32>(),
        19_800
    );
}

#[test]
fn every_minimum_level_is_reachable_by_a_staff_course() {
    assert_eq!(roles::unreachable(&catalog()), Vec::<String>::new());
    for kind in [
        Kind::Office,
        Kind::HomeCare,
        Kind::School,
        Kind::Library,
        Kind::Service,
    ] {
        assert!(roles::mix(kind)
            .iter()
            .all(|(code, _)| roles::ROLES.iter().any(|r| r.code == *code)));
    }
}

#[test]
fn the_same_seed_gives_the_same_municipality() {
    let courses = Courses::from_catalog(&catalog()).expect("courses fit");
    let first = plan(&options(1_000), &courses);
    let second = plan(&options(1_000), &courses);
    assert_eq!(first.units, second.units);
    assert_eq!(first.people, second.people);
    assert_eq!(first.activity, second.activity);
    let other = plan(
        &SeedOptions {
            rng_seed: 8,
            ..options(1_000)
        },
        &courses,
    );
    assert_ne!(first.people, other.people);
}

#[test]
fn people_have_roles_logins_and_unique_e_mail_addresses() {
    let courses = Courses::from_catalog(&catalog()).expect("courses fit");
    let plan = plan(&options(2_000), &courses);
    assert_eq!(plan.people.len(), 2_000);
    let emails: HashSet<&str> = plan.people.iter().map(|p| p.email.as_str()).collect();
    assert_eq!(emails.len(), plan.people.len());
    assert!(emails.contains(ADMIN_EMAIL) && emails.contains(MANAGER_EMAIL));
    let manager = plan
        .people
        .iter()
        .find(|p| p.email == MANAGER_EMAIL)
        .unwrap();
    assert!(manager.manager);
    assert_eq!(plan.units[manager.unit].code, TEAM_CODE);
    assert!(plan.people.iter().all(|p| (1..=2).contains(&p.roles.len())));
    assert!(plan.people.iter().any(|p| p.roles.len() == 2));
}

#[test]
fn progress_is_varied_and_spread_over_two_years() {
    let courses = Courses::from_catalog(&catalog()).expect("courses fit");
    let plan = plan(&options(5_000), &courses);
    let passes = &plan.activity.passes;
    let baseline: Vec<usize> = BASELINE_COURSES
        .iter()
        .map(|slug| courses.list.iter().position(|c| c.slug == *slug).unwrap())
        .collect();
    let year = 12 * crate::db::evidence::MONTH_SECS;
    let security: Vec<_> = passes
        .iter()
        .filter(|p| baseline.contains(&p.course))
        .collect();
    let expired = security.iter().filter(|p| p.at + year < NOW).count();
    let expiring = security
        .iter()
        .filter(|p| p.at + year >= NOW && p.at + year < NOW + 60 * 86_400)
        .count();
    assert!(
        security.len() > 5_000 * 3 / 2,
        "most passed both: {}",
        security.len()
    );
    assert!(
        expired > 200 && expired < security.len() / 4,
        "{expired} expired"
    );
    assert!(expiring > 200, "{expiring} expiring");
    assert!(passes.iter().all(|p| p.at <= NOW && p.at >= NOW - 2 * year));
    let with_any: HashSet<usize> = passes.iter().map(|p| p.person).collect();
    assert!(with_any.len() < 5_000 && with_any.len() > 4_000);
    let role_passes = passes.len() - security.len();
    assert!(role_passes > 5_000, "{role_passes} role courses passed");
    let lessons = plan.activity.lessons.len();
    let assignments = &plan.activity.assignments;
    assert!((300..1_200).contains(&lessons), "{lessons} under way");
    assert!((100..400).contains(&assignments.len()));
    assert!(assignments.iter().any(|a| a.due_in_days < 0));
    assert!(assignments.iter().any(|a| a.due_in_days > 0));
}
