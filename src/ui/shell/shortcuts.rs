//! The "?" overview: which keys and clicker buttons do what.

use leptos::prelude::*;

use crate::i18n::Msg;

use crate::ui::state::use_app;
use crate::ui::widgets::modal::Modal;

/// Each row: the keys as printed on a keyboard or clicker, and what they do.
const ROWS: [(&str, Msg); 5] = [
    ("Page Down  →  ↓  Space  Enter  N", Msg::ShortcutNext),
    ("Page Up  ←  ↑  Backspace  P", Msg::ShortcutPrevious),
    (".", Msg::ShortcutBlank),
    ("F5", Msg::ShortcutFullscreen),
    ("?", Msg::ShortcutHelp),
];

#[component]
pub fn Shortcuts() -> impl IntoView {
    let app = use_app();
    let close = move |_| app.shortcuts_open.set(false);
    view! {
        <Modal title=Signal::derive(move || app.t(Msg::ShortcutsTitle).to_string()) on_close=close class="shortcuts">
            <table class="shortcut-table">
                <thead>
                    <tr>
                        <th scope="col">{app.tr(Msg::KeysLabel)}</th>
                        <th scope="col" class="visually-hidden">{app.tr(Msg::ShortcutsTitle)}</th>
                    </tr>
                </thead>
                <tbody>
                    {ROWS.into_iter().map(|(keys, what)| view! {
                        <tr>
                            <th scope="row">
                                {keys.split("  ").map(|key| view! { <kbd>{key}</kbd> " " }).collect_view()}
                            </th>
                            <td>{move || app.t(what)}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
            <p>{app.tr(Msg::ShortcutArrowsNote)}</p>
            <p><strong>{app.tr(Msg::ShortcutNever)}</strong></p>
            <div class="dialog-actions">
                <button class="primary" on:click=move |_| app.shortcuts_open.set(false)>{app.tr(Msg::Dismiss)}</button>
            </div>
        </Modal>
    }
}
