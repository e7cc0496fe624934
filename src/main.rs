fn main() {
    kernespillet::ui::register_service_worker();
    leptos::mount::mount_to_body(kernespillet::ui::App);
}
