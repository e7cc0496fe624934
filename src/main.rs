fn main() {
    leptos::mount::mount_to_body(kernespillet::ui::App);
}
