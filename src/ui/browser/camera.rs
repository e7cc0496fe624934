//! The facilitator's camera, asked for on a click: its frames drawn to a canvas, made
//! grey and handed to the QR reader. What stops it (no secure context, no camera, a
//! refusal) is told apart, so the dialog can say it plainly.

use std::cell::RefCell;

use js_sys::{Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    CanvasRenderingContext2d, DomException, HtmlCanvasElement, HtmlVideoElement, MediaStream,
    MediaStreamConstraints, MediaStreamTrack,
};

use crate::js_error::describe;

/// The widest frame looked at; a larger camera picture is scaled down to it.
const MAX_FRAME_WIDTH: u32 = 960;

/// Why the camera cannot be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CameraProblem {
    /// The page is not https:// or 127.0.0.1, where browsers keep the camera away.
    NotSecure,
    NoCamera,
    Refused,
    /// Anything else, in the browser's words.
    Failed(String),
}

thread_local! {
    /// The camera while it is on: one at a time in a window, and kept here rather than
    /// in a signal so that it is always turned off, even after the dialog is gone.
    static CAMERA: RefCell<Option<MediaStream>> = const { RefCell::new(None) };
    static CANVAS: RefCell<Option<HtmlCanvasElement>> = const { RefCell::new(None) };
}

/// Ask for the camera (the browser may ask the facilitator first) and show it in
/// `video`.
pub async fn open_camera(video: &HtmlVideoElement) -> Result<(), CameraProblem> {
    let stream = ask_for_camera().await?;
    stop_camera();
    video.set_src_object(Some(&stream));
    let _ = video.play();
    CAMERA.with(|camera| camera.replace(Some(stream)));
    Ok(())
}

async fn ask_for_camera() -> Result<MediaStream, CameraProblem> {
    let window = leptos::prelude::window();
    if !window.is_secure_context() {
        return Err(CameraProblem::NotSecure);
    }
    let devices = window
        .navigator()
        .media_devices()
        .map_err(|_| CameraProblem::NoCamera)?;
    let constraints = MediaStreamConstraints::new();
    constraints.set_audio(&JsValue::FALSE);
    constraints.set_video(&video_wish());
    let asked = devices
        .get_user_media_with_constraints(&constraints)
        .map_err(|e| problem(&e))?;
    let stream = JsFuture::from(asked).await.map_err(|e| problem(&e))?;
    Ok(stream.unchecked_into())
}

/// A picture of about 1280×720, from the camera facing away if there are two.
fn video_wish() -> JsValue {
    let ideal = |value: f64| {
        let object = Object::new();
        let _ = Reflect::set(&object, &"ideal".into(), &value.into());
        object
    };
    let video = Object::new();
    let _ = Reflect::set(&video, &"width".into(), &ideal(1280.0));
    let _ = Reflect::set(&video, &"height".into(), &ideal(720.0));
    let facing = Object::new();
    let _ = Reflect::set(&facing, &"ideal".into(), &"environment".into());
    let _ = Reflect::set(&video, &"facingMode".into(), &facing);
    video.into()
}

fn problem(error: &JsValue) -> CameraProblem {
    match error
        .dyn_ref::<DomException>()
        .map(DomException::name)
        .as_deref()
    {
        Some("NotAllowedError" | "SecurityError" | "PermissionDeniedError") => {
            CameraProblem::Refused
        }
        Some("NotFoundError" | "OverconstrainedError" | "DevicesNotFoundError") => {
            CameraProblem::NoCamera
        }
        _ => CameraProblem::Failed(describe(error)),
    }
}

/// Turn the camera off (its light goes out), if it is on.
pub fn stop_camera() {
    let Some(stream) = CAMERA.with(|camera| camera.take()) else {
        return;
    };
    for track in stream.get_tracks().iter() {
        if let Ok(track) = track.dyn_into::<MediaStreamTrack>() {
            track.stop();
        }
    }
}

/// The frame the video shows now, as grey pixels: width, height, one byte a pixel.
/// `None` while the video has no picture yet.
pub fn grey_frame(video: &HtmlVideoElement) -> Option<(usize, usize, Vec<u8>)> {
    CANVAS.with(|canvas| {
        let mut canvas = canvas.borrow_mut();
        if canvas.is_none() {
            *canvas = leptos::prelude::document()
                .create_element("canvas")
                .ok()
                .and_then(|c| c.dyn_into().ok());
        }
        draw_grey(video, canvas.as_ref()?)
    })
}

fn draw_grey(
    video: &HtmlVideoElement,
    canvas: &HtmlCanvasElement,
) -> Option<(usize, usize, Vec<u8>)> {
    let (width, height) = (video.video_width(), video.video_height());
    if width == 0 || height == 0 || video.ready_state() < 2 {
        return None;
    }
    let scale = f64::from(MAX_FRAME_WIDTH.min(width)) / f64::from(width);
    let (w, h) = (
        (f64::from(width) * scale).round() as u32,
        (f64::from(height) * scale).round() as u32,
    );
    canvas.set_width(w);
    canvas.set_height(h);
    let context: CanvasRenderingContext2d =
        canvas.get_context("2d").ok().flatten()?.dyn_into().ok()?;
    context
        .draw_image_with_html_video_element_and_dw_and_dh(
            video,
            0.0,
            0.0,
            f64::from(w),
            f64::from(h),
        )
        .ok()?;
    let rgba = context
        .get_image_data(0.0, 0.0, f64::from(w), f64::from(h))
        .ok()?
        .data();
    let grey = rgba
        .chunks_exact(4)
        .map(|p| ((u32::from(p[0]) * 77 + u32::from(p[1]) * 150 + u32::from(p[2]) * 29) >> 8) as u8)
        .collect();
    Some((w as usize, h as usize, grey))
}
