//! QR codes, in pure Rust: text to a code drawn as one SVG path (`qrcode`, no default
//! features), and the grey pixels of a camera frame to the texts of the codes in it
//! (`rqrr`). The handover's codes keep to version 10 at error correction M.

use qrcode::{Color, EcLevel, QrCode, Version};

/// The white border every code needs around it, in modules.
pub const QUIET_ZONE: usize = 4;
/// The largest code the handover makes: 57 modules a side.
pub const MAX_VERSION: i16 = 10;
/// The largest frame read (a 4K camera's); larger is not looked at.
const MAX_FRAME_PIXELS: usize = 4096 * 2160;

/// A code ready to draw: `path` covers the dark modules of a square `size` modules
/// wide, quiet zone included, one unit a module.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrImage {
    pub size: usize,
    pub path: String,
    pub version: i16,
}

/// Does `text` fit one code of the largest version the handover makes?
pub fn fits(text: &str) -> bool {
    QrCode::with_version(text, Version::Normal(MAX_VERSION), EcLevel::M).is_ok()
}

/// The code's modules, row by row, dark as `true`, without the quiet zone; with its
/// width and version. `None` when the text is too long for any code.
pub fn matrix(text: &str) -> Option<(usize, Vec<bool>, i16)> {
    let code = QrCode::with_error_correction_level(text, EcLevel::M).ok()?;
    let version = match code.version() {
        Version::Normal(v) | Version::Micro(v) => v,
    };
    let modules = code.to_colors().iter().map(|c| *c == Color::Dark).collect();
    Some((code.width(), modules, version))
}

/// The code for `text` as an SVG path, quiet zone included.
pub fn encode(text: &str) -> Option<QrImage> {
    let (width, modules, version) = matrix(text)?;
    let mut path = String::new();
    for (y, row) in modules.chunks(width).enumerate() {
        let mut x = 0;
        while x < width {
            if !row[x] {
                x += 1;
                continue;
            }
            let run = row[x..].iter().take_while(|dark| **dark).count();
            let (left, top) = (x + QUIET_ZONE, y + QUIET_ZONE);
            path.push_str(&format!("M{left} {top}h{run}v1h-{run}z"));
            x += run;
        }
    }
    Some(QrImage {
        size: width + 2 * QUIET_ZONE,
        path,
        version,
    })
}

impl QrImage {
    /// A whole SVG document of the code, black on white.
    pub fn to_svg(&self) -> String {
        let size = self.size;
        format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {size} {size}\" shape-rendering=\"crispEdges\"><rect width=\"{size}\" height=\"{size}\" fill=\"#fff\"/><path d=\"{}\" fill=\"#000\"/></svg>",
            self.path
        )
    }
}

/// The texts of the codes found in a grey image (`luma`: one byte a pixel, row by row,
/// 0 black). An image whose size does not match its pixels, or too large, gives none.
pub fn decode(width: usize, height: usize, luma: &[u8]) -> Vec<String> {
    let Some(pixels) = width.checked_mul(height) else {
        return Vec::new();
    };
    if pixels == 0 || pixels > MAX_FRAME_PIXELS || luma.len() != pixels {
        return Vec::new();
    }
    let mut image =
        rqrr::PreparedImage::prepare_from_greyscale(width, height, |x, y| luma[y * width + x]);
    image
        .detect_grids()
        .into_iter()
        .filter_map(|grid| grid.decode().ok().map(|(_, text)| text))
        .collect()
}
