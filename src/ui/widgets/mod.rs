//! Small pieces used by several screens: dialogs, the file button, a team's piece,
//! the die, a card, icons and the colours behind them.

pub mod card_view;
pub mod code_reader;
pub mod confirm_dialog;
pub mod die;
pub mod draft_field;
pub mod icons;
pub mod json_file_button;
pub mod modal;
pub mod palette;
pub mod piece_badge;
pub mod problem_list;
pub mod qr_view;
pub mod svg_number;
