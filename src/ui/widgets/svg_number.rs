//! Numbers in SVG attributes, to a tenth. Written with integer formatting: `{:.1}` on an
//! `f64` pulls the float printer (about 10 KB of wasm) in for nothing but coordinates.

use std::fmt;

/// `Tenths(12.34)` displays as `12.3`, `Tenths(-0.04)` as `0.0`.
#[derive(Clone, Copy, Debug)]
pub struct Tenths(pub f64);

impl fmt::Display for Tenths {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let tenths = (self.0 * 10.0).round() as i64;
        let sign = if tenths < 0 { "-" } else { "" };
        let abs = tenths.unsigned_abs();
        write!(f, "{sign}{}.{}", abs / 10, abs % 10)
    }
}

#[cfg(test)]
mod tests {
    use super::Tenths;

    #[test]
    fn rounds_to_one_decimal_like_the_float_printer() {
        for v in [0.0, 12.34, 12.36, -3.26, 99.99, -0.04, 400.0, -250.55, 1e-9] {
            assert_eq!(
                Tenths(v).to_string(),
                format!("{:.1}", v).replace("-0.0", "0.0"),
                "{v}"
            );
        }
    }
}
