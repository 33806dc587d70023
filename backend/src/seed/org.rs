//! Storby's organisation: eight förvaltningar, their units (schools, home-care districts, care
//! homes, libraries, offices…) and how many people work in each.

use super::departments::{Department, UnitType, DEPARTMENTS, HOME_CARE};
use super::{pick_weighted, Kind};
use crate::db::units;
use fastrand::Rng;
use sqlx::AnyConnection;
use std::collections::HashMap;

/// A unit to create; every unit comes after its parent.
#[derive(Debug, Clone, PartialEq)]
pub struct PlannedUnit {
    pub code: String,
    pub name: String,
    /// The parent's index in the plan; `None` for a förvaltning, directly under the root.
    pub parent: Option<usize>,
    pub kind: Kind,
    /// Active people directly in the unit (0 for a unit that only groups others).
    pub size: u32,
}

/// The smallest and largest unit with people, when the municipality has 400 people or more.
pub const MIN_SIZE: u32 = 10;
pub const MAX_SIZE: u32 = 400;
/// The unit the team-view benchmark reads: always exactly [`TEAM_SIZE`] people from 400 up.
pub const TEAM_CODE: &str = "HTC";
pub const TEAM_NAME: &str = "Hemtjänst Centrum";
pub const TEAM_SIZE: u32 = 200;

/// The units of a municipality of `employees` people, whose sizes add up to exactly that.
pub fn plan(employees: u32, rng: &mut Rng) -> Vec<PlannedUnit> {
    let team = if employees >= 2 * TEAM_SIZE {
        TEAM_SIZE
    } else {
        employees / 2
    };
    let scale = (f64::from(employees) / 20_000.0).sqrt().clamp(0.3, 1.5);
    let shares: Vec<u32> = DEPARTMENTS.iter().map(|d| d.share).collect();
    let mut budgets = split(employees - team, &shares);
    lift_small(&mut budgets);
    let mut planner = Planner {
        units: Vec::new(),
        counters: HashMap::new(),
        areas: HashMap::new(),
        scale,
    };
    for (department, budget) in DEPARTMENTS.iter().zip(budgets) {
        if department.code == "VOF" {
            planner.team(department, team);
        }
        planner.department(department, budget, rng);
    }
    planner.units
}

struct Planner {
    units: Vec<PlannedUnit>,
    /// How many units of each code prefix there are so far.
    counters: HashMap<&'static str, usize>,
    /// Index of each area unit by its code.
    areas: HashMap<&'static str, usize>,
    scale: f64,
}

impl Planner {
    fn push(
        &mut self,
        code: String,
        name: String,
        parent: Option<usize>,
        kind: Kind,
        size: u32,
    ) -> usize {
        self.units.push(PlannedUnit {
            code,
            name,
            parent,
            kind,
            size,
        });
        self.units.len() - 1
    }

    /// Adds the förvaltning with its own staff, then units until `budget` people have a place.
    fn department(&mut self, department: &Department, budget: u32, rng: &mut Rng) {
        let index = self.department_index(department);
        let staff = take(rng.u32(MIN_SIZE..=self.scaled(25)), budget);
        self.units[index].size = staff;
        let mut remaining = budget - staff;
        while remaining > 0 {
            let kind = pick_weighted(department.types, |t| t.weight, rng);
            let (low, high) = (self.scaled(kind.size.0), self.scaled(kind.size.1));
            let size = take(rng.u32(low..=high.max(low)), remaining);
            remaining -= size;
            self.unit_of(kind, index, size);
        }
    }

    fn department_index(&mut self, department: &Department) -> usize {
        match self.units.iter().position(|u| u.code == department.code) {
            Some(index) => index,
            None => self.push(
                department.code.into(),
                department.name.into(),
                None,
                Kind::Office,
                0,
            ),
        }
    }

    /// Hemtjänst Centrum, the benchmark's unit, under the förvaltning's Hemtjänsten.
    fn team(&mut self, department: &Department, size: u32) {
        let index = self.department_index(department);
        let parent = self.area(HOME_CARE[0], index);
        self.push(
            TEAM_CODE.into(),
            TEAM_NAME.into(),
            Some(parent),
            Kind::HomeCare,
            size,
        );
    }

    fn unit_of(&mut self, kind: &UnitType, department: usize, size: u32) {
        let count = self.counters.entry(kind.prefix).or_insert(0);
        let n = *count;
        *count += 1;
        let mut name = kind.pattern.replace("{}", kind.names[n % kind.names.len()]);
        if n >= kind.names.len() {
            name = format!("{name} {}", n / kind.names.len() + 1);
        }
        let parent = match kind.areas {
            [] => department,
            areas => self.area(areas[n % areas.len()], department),
        };
        let code = format!("{}-{:03}", kind.prefix, n + 1);
        self.push(code, name, Some(parent), kind.kind, size);
    }

    /// The area unit `(code, name)` under `department`, made on first use.
    fn area(&mut self, (code, name): (&'static str, &'static str), department: usize) -> usize {
        if let Some(&index) = self.areas.get(code) {
            return index;
        }
        let index = self.push(code.into(), name.into(), Some(department), Kind::Area, 0);
        self.areas.insert(code, index);
        index
    }

    fn scaled(&self, size: u32) -> u32 {
        ((f64::from(size) * self.scale).round() as u32).clamp(MIN_SIZE, MAX_SIZE - MIN_SIZE)
    }
}

/// Writes the planned units under `root`, under the given ids.
pub async fn insert(
    conn: &mut AnyConnection,
    root: &units::UnitRow,
    planned: &[PlannedUnit],
    ids: &[String],
    now: i64,
) -> Result<(), sqlx::Error> {
    let mut rows: Vec<units::UnitRow> = Vec::with_capacity(planned.len());
    for (unit, id) in planned.iter().zip(ids) {
        let parent = unit.parent.map_or(root, |index| &rows[index]);
        let row = units::insert(
            conn,
            &units::NewUnit {
                id,
                parent: Some(parent),
                code: &unit.code,
                name: &unit.name,
                now,
            },
        )
        .await?;
        rows.push(row);
    }
    Ok(())
}

/// `wanted` people, or all that remain when fewer than [`MIN_SIZE`] would be left over.
fn take(wanted: u32, remaining: u32) -> u32 {
    if remaining < wanted + MIN_SIZE {
        remaining
    } else {
        wanted
    }
}

/// Gives every förvaltning at least [`MIN_SIZE`] people, taken from the largest, when there
/// are enough people for that.
fn lift_small(budgets: &mut [u32]) {
    if budgets.iter().sum::<u32>() < MIN_SIZE * budgets.len() as u32 {
        return;
    }
    while let Some(small) = budgets.iter().position(|b| *b < MIN_SIZE) {
        let largest = (0..budgets.len())
            .max_by_key(|&i| budgets[i])
            .unwrap_or(small);
        let moved = MIN_SIZE - budgets[small];
        budgets[largest] -= moved;
        budgets[small] += moved;
    }
}

/// `total` split by `weights` into whole numbers that add up to `total` (largest remainder).
pub fn split(total: u32, weights: &[u32]) -> Vec<u32> {
    let sum = u64::from(weights.iter().sum::<u32>().max(1));
    let exact: Vec<u64> = weights
        .iter()
        .map(|w| u64::from(total) * u64::from(*w))
        .collect();
    let mut parts: Vec<u32> = exact.iter().map(|e| (e / sum) as u32).collect();
    let mut order: Vec<usize> = (0..weights.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(exact[i] % sum));
    let short = total - parts.iter().sum::<u32>();
    for &i in order.iter().cycle().take(short as usize) {
        parts[i] += 1;
    }
    parts
}
