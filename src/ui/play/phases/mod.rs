//! The phases of the agenda that are screens of their own: the opening, the pride
//! round and the break, the core task in one sentence, the idea bank, the handleplan
//! and check-out.

pub mod activity_form;
pub mod checkout;
pub mod idea_bank;
pub mod kernen;
pub mod opening;
pub mod plan;
pub mod printable_plan;
pub mod talk_phase;
