//! Radar geometry, and a plain-ASCII drawing of it for terminals that cannot
//! draw Braille (and for `hkbm summary`). No terminal library here: the app's
//! widget (`ui::radar`) uses the same layout for its Braille and half-block
//! drawings, so every mode puts the same point in the same place.
//!
//! Axis k of n points at k·360/n degrees clockwise from the top; a score of
//! 100 % lands on the outer ring, 0 % at the centre.

use std::f64::consts::PI;

use crate::text;

/// The score rings drawn, in percent.
pub const RINGS: [f64; 4] = [25.0, 50.0, 75.0, 100.0];

/// Angle of axis `k` of `n`, in radians, clockwise from the top.
pub fn angle(k: usize, n: usize) -> f64 {
    2.0 * PI * k as f64 / n.max(1) as f64
}

/// Where `percent` on axis `k` of `n` lies on a unit circle (x right, y up).
pub fn unit_point(k: usize, n: usize, percent: f64) -> (f64, f64) {
    let r = percent.clamp(0.0, 100.0) / 100.0;
    let a = angle(k, n);
    (r * a.sin(), r * a.cos())
}

/// A label placed in cells: column, row, text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Label {
    pub x: u16,
    pub y: u16,
    pub text: String,
}

impl Label {
    /// Columns the label takes when drawn.
    pub fn width(&self) -> u16 {
        u16::try_from(text::width(&self.text)).unwrap_or(u16::MAX)
    }
}

/// The radar fitted into a `width`×`height` block of terminal cells.
#[derive(Debug, Clone, PartialEq)]
pub struct Layout {
    pub width: u16,
    pub height: u16,
    /// Centre, in cells (x right, y down).
    pub cx: f64,
    pub cy: f64,
    /// Radius across (columns) and down (rows); a cell is about twice as
    /// tall as it is wide, so `rx` ≈ 2·`ry` looks round.
    pub rx: f64,
    pub ry: f64,
    pub labels: Vec<Label>,
    /// Number of axes.
    pub axes: usize,
}

impl Layout {
    /// Fit a radar with one axis per label into `width`×`height`. Full labels
    /// ("4 Each student") when they fit around a readable plot, else the
    /// benchmark numbers alone. None when even that does not fit.
    pub fn fit(width: u16, height: u16, full: &[String], short: &[String]) -> Option<Layout> {
        Layout::try_fit(width, height, full, 5.0)
            .or_else(|| Layout::try_fit(width, height, short, 2.0))
    }

    fn try_fit(width: u16, height: u16, labels: &[String], min_ry: f64) -> Option<Layout> {
        let n = labels.len();
        let w = f64::from(width);
        let h = f64::from(height);
        let max_label = labels.iter().map(|l| text::width(l)).max().unwrap_or(0) as f64;
        // Rows: a label row above and below the plot. Columns: labels beside.
        let ry_rows = (h - 1.0) / 2.0 - 1.5;
        let ry_cols = ((w - 1.0) / 2.0 - max_label - 2.0) / 2.0;
        let ry = ry_rows.min(ry_cols).floor();
        if n == 0 || ry < min_ry {
            return None;
        }
        let rx = 2.0 * ry;
        let cx = ((w - 1.0) / 2.0).floor();
        let cy = ((h - 1.0) / 2.0).floor();
        let mut layout = Layout {
            width,
            height,
            cx,
            cy,
            rx,
            ry,
            labels: Vec::new(),
            axes: n,
        };
        for (k, text) in labels.iter().enumerate() {
            let a = angle(k, n);
            let (s, c) = (a.sin(), a.cos());
            let ax = cx + (rx + 2.0) * s;
            let ay = cy - (ry + 1.0) * c;
            let tw = text::width(text) as f64;
            let x = if s.abs() < 0.2 {
                ax - (tw / 2.0).floor()
            } else if s > 0.0 {
                ax
            } else {
                ax - tw + 1.0
            };
            let x = x.round().clamp(0.0, (w - tw).max(0.0));
            let y = ay.round().clamp(0.0, h - 1.0);
            layout.labels.push(Label {
                x: x as u16,
                y: y as u16,
                text: text.clone(),
            });
        }
        Some(layout)
    }

    /// Where `percent` on axis `k` is, in cells (x right, y down).
    pub fn point(&self, k: usize, percent: f64) -> (f64, f64) {
        let (ux, uy) = unit_point(k, self.axes, percent);
        (self.cx + ux * self.rx, self.cy - uy * self.ry)
    }

    /// The closed polygon through `values`, as the lines between neighbouring
    /// axes that both have a value. An unscored benchmark is left out (a gap,
    /// not a zero), and a scored one with no scored neighbour is a lone point.
    pub fn segments(&self, values: &[Option<f64>]) -> Segments {
        let at = |k: usize| values.get(k).copied().flatten().map(|v| self.point(k, v));
        let mut lines = Vec::new();
        let mut points = Vec::new();
        for k in 0..self.axes {
            let prev = (k + self.axes - 1) % self.axes;
            let next = (k + 1) % self.axes;
            if let (Some(a), Some(b)) = (at(k), at(next))
                && self.axes > 1
            {
                lines.push((a, b));
            }
            if let Some(p) = at(k)
                && at(prev).is_none()
                && at(next).is_none()
            {
                points.push(p);
            }
        }
        Segments { lines, points }
    }
}

/// What to draw of one series: lines between scored neighbours, and lone points.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Segments {
    pub lines: Vec<((f64, f64), (f64, f64))>,
    pub points: Vec<(f64, f64)>,
}

/// One polygon to draw: a mark for ASCII, and a value per axis.
#[derive(Debug, Clone)]
pub struct Series {
    pub mark: char,
    pub values: Vec<Option<f64>>,
}

/// Draw the radar in plain ASCII: rings of `.`, axes of `:`, each series
/// with its own mark (later series on top), labels around.
pub fn ascii(layout: &Layout, series: &[Series]) -> Vec<String> {
    let w = layout.width as usize;
    let h = layout.height as usize;
    let mut grid = vec![vec![' '; w]; h];
    let plot = |grid: &mut Vec<Vec<char>>, (x, y): (f64, f64), c: char| {
        let (x, y) = (x.round(), y.round());
        if x >= 0.0 && y >= 0.0 && (x as usize) < w && (y as usize) < h {
            grid[y as usize][x as usize] = c;
        }
    };
    let line = |grid: &mut Vec<Vec<char>>, a: (f64, f64), b: (f64, f64), c: char| {
        let steps = ((b.0 - a.0).abs().max((b.1 - a.1).abs()) * 2.0)
            .ceil()
            .max(1.0) as usize;
        for i in 0..=steps {
            let t = i as f64 / steps as f64;
            plot(grid, (a.0 + (b.0 - a.0) * t, a.1 + (b.1 - a.1) * t), c);
        }
    };
    let centre = (layout.cx, layout.cy);
    for k in 0..layout.axes {
        line(&mut grid, centre, layout.point(k, 100.0), ':');
    }
    for ring in RINGS {
        let pts: Vec<_> = (0..layout.axes).map(|k| layout.point(k, ring)).collect();
        for i in 0..pts.len() {
            line(&mut grid, pts[i], pts[(i + 1) % pts.len()], '.');
        }
    }
    for s in series {
        let segs = layout.segments(&s.values);
        for (a, b) in segs.lines {
            line(&mut grid, a, b, s.mark);
        }
        for p in segs.points {
            plot(&mut grid, p, s.mark);
        }
    }
    // One string per column: a character, or "" for the columns a wide
    // character covers after its first.
    let mut rows: Vec<Vec<String>> = grid
        .into_iter()
        .map(|r| r.into_iter().map(String::from).collect())
        .collect();
    for l in &layout.labels {
        let Some(row) = rows.get_mut(l.y as usize) else {
            continue;
        };
        let mut x = l.x as usize;
        for (g, cw) in text::cells(&l.text) {
            if x + cw > row.len() {
                break;
            }
            put(row, x, g, cw);
            x += cw;
        }
    }
    rows.into_iter()
        .map(|r| r.concat().trim_end().to_string())
        .collect()
}

/// Write `g`, `cw` columns wide, at column `x` of `row`; a wide character
/// it partly covers is blanked, so that every column stays one column.
fn put(row: &mut [String], x: usize, g: &str, cw: usize) {
    for c in x..x + cw {
        // The covered column continues a wide character that starts left
        // of `x`: blank that character.
        if c == x && row[c].is_empty() {
            let mut head = c;
            while head > 0 && row[head].is_empty() {
                head -= 1;
            }
            for cell in &mut row[head..c] {
                *cell = " ".into();
            }
        }
        // The last covered column starts a wide character that goes on to
        // the right: blank what remains of it.
        if c == x + cw - 1 {
            let mut next = c + 1;
            while next < row.len() && row[next].is_empty() {
                row[next] = " ".into();
                next += 1;
            }
        }
    }
    row[x] = g.to_string();
    for cell in &mut row[x + 1..x + cw] {
        cell.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: (f64, f64), b: (f64, f64)) -> bool {
        (a.0 - b.0).abs() < 1e-9 && (a.1 - b.1).abs() < 1e-9
    }

    #[test]
    fn full_score_on_axis_k_is_on_the_outer_ring_at_k_times_36_degrees() {
        for k in 0..10 {
            let a = (k as f64 * 36.0).to_radians();
            assert!(close(unit_point(k, 10, 100.0), (a.sin(), a.cos())));
            let (x, y) = unit_point(k, 10, 100.0);
            assert!(((x * x + y * y).sqrt() - 1.0).abs() < 1e-9);
        }
        // Axis 0 points up, axis 5 down, axis 3 to the lower right.
        assert!(close(unit_point(0, 10, 100.0), (0.0, 1.0)));
        assert!(close(unit_point(5, 10, 100.0), (0.0, -1.0)));
        let (x, y) = unit_point(3, 10, 100.0);
        assert!(x > 0.0 && y < 0.0);
    }

    #[test]
    fn zero_is_the_centre_and_values_are_clamped() {
        for k in 0..10 {
            assert!(close(unit_point(k, 10, 0.0), (0.0, 0.0)));
        }
        assert!(close(unit_point(2, 10, 150.0), unit_point(2, 10, 100.0)));
        assert!(close(unit_point(2, 10, -5.0), (0.0, 0.0)));
        let (x, y) = unit_point(1, 10, 50.0);
        assert!(((x * x + y * y).sqrt() - 0.5).abs() < 1e-9);
    }

    fn labels() -> (Vec<String>, Vec<String>) {
        let names = [
            "Policy",
            "Leadership",
            "Pathways",
            "Each student",
            "Co-creation",
            "Guidance",
            "Curriculum",
            "Workplace",
            "Further ed",
            "Parents",
        ];
        let full = names
            .iter()
            .enumerate()
            .map(|(i, n)| format!("{} {n}", i + 1))
            .collect();
        let short = (1..=10).map(|i| i.to_string()).collect();
        (full, short)
    }

    /// Labels sit outside the outer ring and never overlap each other.
    fn check_labels(l: &Layout) {
        for (i, a) in l.labels.iter().enumerate() {
            assert!(a.x + a.width() <= l.width, "{a:?} off the edge");
            for b in &l.labels[i + 1..] {
                let apart = a.y != b.y || a.x + a.width() < b.x || b.x + b.width() < a.x;
                assert!(apart, "{a:?} overlaps {b:?}");
            }
            // Every cell of the label is outside the outer ring.
            for dx in 0..a.width() {
                let x = (f64::from(a.x + dx) - l.cx) / (l.rx + 0.5);
                let y = (f64::from(a.y) - l.cy) / (l.ry + 0.5);
                assert!(x * x + y * y > 1.0, "{a:?} is on the plot");
            }
        }
    }

    #[test]
    fn labels_stay_outside_the_plot_and_apart_at_every_size() {
        let (full, short) = labels();
        for (w, h) in [
            (40, 16),
            (48, 18),
            (80, 20),
            (120, 40),
            (200, 56),
            (250, 70),
        ] {
            let l = Layout::fit(w, h, &full, &short).expect("fits");
            check_labels(&l);
            assert_eq!(l.labels.len(), 10);
        }
        // Big enough for names: names are used.
        let l = Layout::fit(120, 40, &full, &short).unwrap();
        assert_eq!(l.labels[3].text, "4 Each student");
        // Too small for names: numbers.
        let l = Layout::fit(40, 16, &full, &short).unwrap();
        assert_eq!(l.labels[3].text, "4");
        assert!(Layout::fit(8, 4, &full, &short).is_none());
    }

    #[test]
    fn ascii_drawing_is_ascii_and_marks_each_series() {
        let (full, short) = labels();
        let l = Layout::fit(80, 24, &full, &short).unwrap();
        let rows = ascii(
            &l,
            &[
                Series {
                    mark: 'o',
                    values: vec![Some(40.0); 10],
                },
                Series {
                    mark: '*',
                    values: vec![Some(80.0); 10],
                },
            ],
        );
        let text = rows.join("\n");
        assert!(text.is_ascii());
        assert!(text.contains('*') && text.contains('o'));
        // A full score on axis 0 reaches the top of the outer ring.
        let top = l.point(0, 100.0);
        assert_eq!(l.labels[0].y as f64, top.1 - 1.0);
    }

    #[test]
    fn an_unscored_benchmark_is_a_gap_not_a_zero() {
        let (full, short) = labels();
        let l = Layout::fit(80, 24, &full, &short).unwrap();
        let mut values = vec![Some(80.0); 10];
        values[3] = None;
        let s = l.segments(&values);
        // Ten sides less the two that would meet axis 3.
        assert_eq!(s.lines.len(), 8);
        assert!(
            s.lines
                .iter()
                .all(|(a, b)| *a != l.point(3, 0.0) && *b != l.point(3, 0.0))
        );
        // Nothing scored: nothing drawn.
        assert_eq!(l.segments(&[None; 10]), Segments::default());
        // One scored benchmark alone: a point.
        let mut one = vec![None; 10];
        one[5] = Some(50.0);
        assert_eq!(l.segments(&one).points, vec![l.point(5, 50.0)]);
    }

    /// Labels with ZWJ emoji, wide, zero-width and combining characters
    /// once put a zero-width character past the end of a row.
    #[test]
    fn emoji_sequences_and_wide_labels_draw_within_the_width() {
        let zwj = "👩\u{200d}👩\u{200d}👧\u{200d}👦";
        let full: Vec<String> = (1..=10)
            .map(|i| format!("{i} {zwj}{zwj}\u{301}中文e\u{301}\u{200b}{zwj}"))
            .collect();
        let short: Vec<String> = (1..=10).map(|_| zwj.repeat(3)).collect();
        for (w, h) in [(20, 10), (40, 16), (61, 20), (80, 24), (200, 60)] {
            let Some(l) = Layout::fit(w, h, &full, &short) else {
                continue;
            };
            let rows = ascii(
                &l,
                &[Series {
                    mark: '*',
                    values: vec![Some(60.0); 10],
                }],
            );
            assert_eq!(rows.len(), h as usize);
            for r in &rows {
                assert!(text::width(r) <= w as usize, "{r:?} wider than {w}");
            }
            assert!(rows.iter().any(|r| r.contains(zwj)), "labels drawn");
        }
    }

    mod prop {
        use super::super::*;
        use proptest::prelude::*;

        fn label() -> impl Strategy<Value = String> {
            prop::collection::vec(
                prop_oneof![
                    any::<char>().prop_map(String::from),
                    Just("👩\u{200d}👩\u{200d}👧".to_string()),
                    Just("中".to_string()),
                    Just("\u{301}".to_string()),
                    Just("\u{200d}".to_string()),
                    Just("\u{200b}".to_string()),
                    Just("\u{1b}[2J".to_string()),
                    Just("🇭🇰".to_string()),
                ],
                0..8,
            )
            .prop_map(|parts| parts.concat())
        }

        proptest! {
            /// No label and no size makes the layout or the drawing panic,
            /// and every drawn row fits the width.
            #[test]
            fn any_labels_at_any_size_lay_out_and_draw(
                full in prop::collection::vec(label(), 1..12),
                w in 0u16..260,
                h in 0u16..80,
                value in 0.0f64..100.0,
            ) {
                let short: Vec<String> = full.iter().rev().cloned().collect();
                if let Some(l) = Layout::fit(w, h, &full, &short) {
                    for lab in &l.labels {
                        prop_assert!(lab.y < h);
                    }
                    let rows = ascii(&l, &[Series { mark: '*', values: vec![Some(value); full.len()] }]);
                    prop_assert_eq!(rows.len(), h as usize);
                    for r in &rows {
                        prop_assert!(text::width(r) <= w as usize);
                    }
                }
            }
        }
    }
}
