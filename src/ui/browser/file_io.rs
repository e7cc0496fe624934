//! Files in and out without a server: a download made in the page, and a chosen file
//! read in the page. Nothing leaves the machine.

use std::time::Duration;

use crate::js_error::describe;
use crate::model::limits::MAX_IMPORT_FILE_BYTES;
use crate::model::load_error::FileUnread;
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, BlobPropertyBag, File, HtmlAnchorElement, Url};

/// Offer `text` to the browser as a download called `file_name`, of type `mime`.
pub fn download_text(file_name: &str, text: &str, mime: &str) -> Result<(), String> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let blob =
        Blob::new_with_str_sequence_and_options(&parts, &options).map_err(|e| describe(&e))?;
    let url = Url::create_object_url_with_blob(&blob).map_err(|e| describe(&e))?;
    let anchor: HtmlAnchorElement = document()
        .create_element("a")
        .map_err(|e| describe(&e))?
        .unchecked_into();
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.click();
    // The download has started by the next tick; only then may the URL go.
    set_timeout(
        move || {
            let _ = Url::revoke_object_url(&url);
        },
        Duration::from_secs(1),
    );
    Ok(())
}

/// The text of a file the user picked, if it is small enough to be one of ours.
pub async fn read_text(file: File) -> Result<String, FileUnread> {
    let bytes = file.size();
    if bytes > MAX_IMPORT_FILE_BYTES {
        return Err(FileUnread::TooLarge { bytes });
    }
    let text = JsFuture::from(file.text())
        .await
        .map_err(|_| FileUnread::NotReadable)?;
    text.as_string().ok_or(FileUnread::NotReadable)
}
