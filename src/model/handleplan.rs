//! The session's product: exactly three concrete activities, each with an owner, a first
//! step and a deadline, and a date to follow up.

use serde::{Deserialize, Serialize};

use super::category::Category;
use super::limits::MAX_PLAN_FIELD_CHARS;

/// Not two, not four: three activities a team can actually carry.
pub const ACTIVITIES: usize = 3;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Activity {
    /// The idea it grew from, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub idea: Option<u32>,
    /// Aktivitet: what we will do.
    pub what: String,
    /// Hvorfor: why, in the light of the core task.
    pub why: String,
    /// The category the activity serves.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<Category>,
    /// Ejer: one named person.
    pub owner: String,
    /// Første skridt: within a week.
    pub first_step: String,
    /// Deadline, as a date `yyyy-mm-dd`.
    pub deadline: String,
    /// Hvordan ved vi, at det virker? Optional.
    #[serde(default)]
    pub measure: String,
}

/// A field of an activity that must be filled in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ActivityField {
    What,
    Why,
    Category,
    Owner,
    FirstStep,
    Deadline,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum PlanProblem {
    /// The plan has this many activities, not three.
    Count(usize),
    /// Activity number `activity` (from 1) lacks a field.
    Missing {
        activity: usize,
        field: ActivityField,
    },
    /// The deadline is not a date (`yyyy-mm-dd`).
    BadDate {
        activity: usize,
    },
    TooLong {
        activity: usize,
    },
    /// The follow-up date is missing or not a date.
    FollowUp,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum PlanError {
    /// Three activities already; swap one instead.
    Full,
    NoSuchActivity(usize),
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Handleplan {
    pub activities: Vec<Activity>,
    /// When the team looks at the plan again, `yyyy-mm-dd`.
    #[serde(default)]
    pub follow_up: String,
}

/// A plain `yyyy-mm-dd` date with a real month and day.
pub fn is_date(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    let [y, m, d] = parts.as_slice() else {
        return false;
    };
    let number = |s: &str, len: usize| {
        (s.len() == len && s.chars().all(|c| c.is_ascii_digit())).then(|| s.parse::<u32>().ok())
    };
    match (number(y, 4), number(m, 2), number(d, 2)) {
        (Some(Some(y)), Some(Some(m)), Some(Some(d))) => {
            let days = match m {
                1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
                4 | 6 | 9 | 11 => 30,
                2 if y % 4 == 0 && (y % 100 != 0 || y % 400 == 0) => 29,
                2 => 28,
                _ => 0,
            };
            (1..=days).contains(&d)
        }
        _ => false,
    }
}

impl Activity {
    /// What is missing or wrong, for activity number `number` (from 1).
    pub fn problems(&self, number: usize) -> Vec<PlanProblem> {
        let mut problems = Vec::new();
        let required = [
            (ActivityField::What, self.what.as_str()),
            (ActivityField::Why, self.why.as_str()),
            (ActivityField::Owner, self.owner.as_str()),
            (ActivityField::FirstStep, self.first_step.as_str()),
            (ActivityField::Deadline, self.deadline.as_str()),
        ];
        for (field, value) in required {
            if value.trim().is_empty() {
                problems.push(PlanProblem::Missing {
                    activity: number,
                    field,
                });
            }
        }
        if self.category.is_none() {
            problems.push(PlanProblem::Missing {
                activity: number,
                field: ActivityField::Category,
            });
        }
        if !self.deadline.trim().is_empty() && !is_date(self.deadline.trim()) {
            problems.push(PlanProblem::BadDate { activity: number });
        }
        let texts = [
            &self.what,
            &self.why,
            &self.owner,
            &self.first_step,
            &self.measure,
        ];
        if texts
            .iter()
            .any(|t| t.chars().count() > MAX_PLAN_FIELD_CHARS)
        {
            problems.push(PlanProblem::TooLong { activity: number });
        }
        problems
    }
}

impl Handleplan {
    /// Add an activity; refused at three.
    pub fn add(&mut self, activity: Activity) -> Result<usize, PlanError> {
        if self.activities.len() >= ACTIVITIES {
            return Err(PlanError::Full);
        }
        self.activities.push(activity);
        Ok(self.activities.len() - 1)
    }

    /// Put another activity in the place of one: the way to change a full plan.
    pub fn swap(&mut self, index: usize, activity: Activity) -> Result<Activity, PlanError> {
        let slot = self
            .activities
            .get_mut(index)
            .ok_or(PlanError::NoSuchActivity(index))?;
        Ok(std::mem::replace(slot, activity))
    }

    pub fn update(
        &mut self,
        index: usize,
        change: impl FnOnce(&mut Activity),
    ) -> Result<(), PlanError> {
        let slot = self
            .activities
            .get_mut(index)
            .ok_or(PlanError::NoSuchActivity(index))?;
        change(slot);
        Ok(())
    }

    pub fn remove(&mut self, index: usize) -> Result<Activity, PlanError> {
        if index >= self.activities.len() {
            return Err(PlanError::NoSuchActivity(index));
        }
        Ok(self.activities.remove(index))
    }

    /// Everything standing between the plan and a finished session.
    pub fn problems(&self) -> Vec<PlanProblem> {
        let mut problems = Vec::new();
        if self.activities.len() != ACTIVITIES {
            problems.push(PlanProblem::Count(self.activities.len()));
        }
        for (i, activity) in self.activities.iter().enumerate() {
            problems.extend(activity.problems(i + 1));
        }
        problems
    }

    /// Exactly three complete activities.
    pub fn is_complete(&self) -> bool {
        self.problems().is_empty()
    }

    /// Complete, and a date to follow up: the session may be finished.
    pub fn finish_problems(&self) -> Vec<PlanProblem> {
        let mut problems = self.problems();
        if !is_date(self.follow_up.trim()) {
            problems.push(PlanProblem::FollowUp);
        }
        problems
    }
}
