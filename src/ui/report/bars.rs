//! Horizontal bar charts in SVG: each row a label, one or two bars and their numbers
//! written out, so a chart reads in black and white and without its colours. The
//! picture is hidden from screen readers; each chart has its text alternative beside it.

use leptos::prelude::*;

use crate::ui::widgets::svg_number::Tenths;

/// One bar of a row.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    pub value: u32,
    /// Written after the bar: the number, with its unit.
    pub text: String,
    /// A class that sets its fill (and, in print, its pattern).
    pub class: &'static str,
    /// Its own colour, when it stands for a category.
    pub fill: Option<&'static str>,
}

/// One row of a chart.
#[derive(Clone, Debug, PartialEq)]
pub struct BarRow {
    pub label: String,
    pub bars: Vec<Bar>,
    /// Drawn stronger: the ideas that became activities.
    pub strong: bool,
}

/// Narrow enough that the text stays readable when two charts share a printed row.
const WIDTH: f64 = 480.0;
const BAR_HEIGHT: f64 = 16.0;
const ROW_GAP: f64 = 12.0;
/// About how wide a character of the charts' 14 px text is (bold labels a little more):
/// enough to keep every label and number inside the picture.
const LABEL_CHAR: f64 = 8.0;
const TEXT_CHAR: f64 = 7.4;
/// The longest label kept whole; longer ones end in an ellipsis.
const LABEL_CHARS: usize = 20;

/// A label that fits its column: long idea texts are cut with an ellipsis (the whole
/// text is in the text alternative and the lists below).
fn fitted(label: &str) -> String {
    const MAX: usize = LABEL_CHARS;
    if label.chars().count() <= MAX {
        label.to_string()
    } else {
        let cut: String = label.chars().take(MAX - 1).collect();
        format!("{}…", cut.trim_end())
    }
}

#[component]
pub fn BarChart(rows: Vec<BarRow>) -> impl IntoView {
    let max = rows
        .iter()
        .flat_map(|r| r.bars.iter().map(|b| b.value))
        .max()
        .unwrap_or(0)
        .max(1);
    let longest = |texts: &mut dyn Iterator<Item = usize>| texts.max().unwrap_or(0) as f64;
    let label_width = 12.0
        + LABEL_CHAR
            * longest(
                &mut rows
                    .iter()
                    .map(|r| r.label.chars().count().min(LABEL_CHARS)),
            );
    let text_room = 10.0
        + TEXT_CHAR
            * longest(
                &mut rows
                    .iter()
                    .flat_map(|r| r.bars.iter().map(|b| b.text.chars().count())),
            );
    let scale = (WIDTH - label_width - text_room).max(60.0) / f64::from(max);
    let mut y = 0.0;
    let drawn = rows
        .into_iter()
        .map(|row| {
            let top = y;
            let height = row.bars.len() as f64 * (BAR_HEIGHT + 2.0);
            y += height + ROW_GAP;
            let bars = row
                .bars
                .into_iter()
                .enumerate()
                .map(|(i, bar)| {
                    let bar_y = top + i as f64 * (BAR_HEIGHT + 2.0);
                    let length = f64::from(bar.value) * scale;
                    view! {
                        <rect
                            class=format!("bar {}", bar.class)
                            x=Tenths(label_width).to_string()
                            y=Tenths(bar_y).to_string()
                            width=Tenths(length.max(1.5)).to_string()
                            height=Tenths(BAR_HEIGHT).to_string()
                            fill=bar.fill
                        />
                        <text
                            class="bar-text"
                            x=Tenths(label_width + length + 6.0).to_string()
                            y=Tenths(bar_y + BAR_HEIGHT - 4.0).to_string()
                        >
                            {bar.text}
                        </text>
                    }
                })
                .collect_view();
            let strong = row.strong;
            view! {
                <g class="bar-row" class:strong=strong>
                    <text
                        class="bar-label"
                        x=Tenths(label_width - 8.0).to_string()
                        y=Tenths(top + BAR_HEIGHT - 4.0).to_string()
                        text-anchor="end"
                    >
                        {fitted(&row.label)}
                    </text>
                    {bars}
                </g>
            }
        })
        .collect_view();
    let height = y.max(BAR_HEIGHT);
    view! {
        <svg
            class="chart bars"
            viewBox=format!("0 0 {} {}", WIDTH, Tenths(height))
            aria-hidden="true"
            focusable="false"
        >
            {drawn}
        </svg>
    }
}
