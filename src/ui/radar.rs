//! The radar widget: ten axes, score rings, one polygon per series, labels
//! and a legend, drawn in Braille, half blocks or plain ASCII from the same
//! layout (`crate::radar`). Without colour (NO_COLOR) the polygons are drawn
//! with distinct ASCII marks, so no series depends on colour alone.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Color, Style};
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::widgets::canvas::{Canvas, Line as Segment};

use super::Theme;
use crate::app::state::RadarMode;
use crate::radar::{Layout, RINGS, Series, ascii};

/// One polygon: its name in the legend, its values, colour and ASCII mark.
pub struct Polygon {
    pub name: String,
    pub values: Vec<Option<f64>>,
    pub color: Color,
    pub mark: char,
}

/// Draw the radar in `area` (the last row holds the legend).
pub fn render(
    frame: &mut Frame,
    area: Rect,
    labels: (&[String], &[String]),
    polygons: &[Polygon],
    mode: RadarMode,
    theme: &Theme,
) {
    if area.height < 3 {
        return;
    }
    let plot = Rect {
        height: area.height - 1,
        ..area
    };
    let legend_area = Rect {
        y: area.y + area.height - 1,
        height: 1,
        ..area
    };
    let Some(layout) = Layout::fit(plot.width, plot.height, labels.0, labels.1) else {
        frame.render_widget(
            Paragraph::new(crate::i18n::tr("radar-too-small")).style(theme.dim),
            plot,
        );
        return;
    };
    let ascii_marks = mode == RadarMode::Ascii || theme.marks;
    if ascii_marks {
        let series: Vec<Series> = polygons
            .iter()
            .map(|p| Series {
                mark: p.mark,
                values: p.values.clone(),
            })
            .collect();
        let rows = ascii(&layout, &series);
        let lines: Vec<Line> = rows
            .into_iter()
            .map(|r| Line::from(colour_marks(&r, polygons, theme)))
            .collect();
        frame.render_widget(Paragraph::new(lines), plot);
    } else {
        let h = f64::from(plot.height);
        let to_canvas = |(x, y): (f64, f64)| (x + 0.5, h - y - 0.5);
        let marker = match mode {
            RadarMode::HalfBlock => Marker::HalfBlock,
            _ => Marker::Braille,
        };
        let canvas = Canvas::default()
            .background_color(theme.background.and_then(|b| b.bg).unwrap_or(Color::Reset))
            .marker(marker)
            .x_bounds([0.0, f64::from(plot.width)])
            .y_bounds([0.0, h])
            .paint(|ctx| {
                let grid = theme.border.fg.unwrap_or(Color::DarkGray);
                let centre = to_canvas((layout.cx, layout.cy));
                for k in 0..layout.axes {
                    let end = to_canvas(layout.point(k, 100.0));
                    ctx.draw(&Segment::new(centre.0, centre.1, end.0, end.1, grid));
                }
                for ring in RINGS {
                    let pts: Vec<_> = (0..layout.axes)
                        .map(|k| to_canvas(layout.point(k, ring)))
                        .collect();
                    for i in 0..pts.len() {
                        let (a, b) = (pts[i], pts[(i + 1) % pts.len()]);
                        ctx.draw(&Segment::new(a.0, a.1, b.0, b.1, grid));
                    }
                }
                ctx.layer();
                for p in polygons {
                    let segs = layout.segments(&p.values);
                    for (a, b) in segs.lines {
                        let (a, b) = (to_canvas(a), to_canvas(b));
                        ctx.draw(&Segment::new(a.0, a.1, b.0, b.1, p.color));
                    }
                    let dots: Vec<(f64, f64)> = segs.points.into_iter().map(to_canvas).collect();
                    ctx.draw(&ratatui::widgets::canvas::Points {
                        coords: &dots,
                        color: p.color,
                    });
                    ctx.layer();
                }
            });
        frame.render_widget(canvas, plot);
        let buf = frame.buffer_mut();
        for l in &layout.labels {
            buf.set_string(plot.x + l.x, plot.y + l.y, &l.text, theme.base);
        }
    }
    let mut legend = Vec::new();
    for p in polygons {
        let style = if theme.colour {
            Style::new().fg(p.color)
        } else {
            theme.base
        };
        let symbol = if ascii_marks {
            p.mark.to_string()
        } else {
            "■".into()
        };
        legend.push(Span::styled(format!("{symbol} "), style));
        legend.push(Span::raw(format!("{}   ", p.name)));
    }
    frame.render_widget(Paragraph::new(Line::from(legend)), legend_area);
}

/// Colour the marks of an ASCII row by their series (when colour is on).
fn colour_marks(row: &str, polygons: &[Polygon], theme: &Theme) -> Vec<Span<'static>> {
    if !theme.colour {
        return vec![Span::raw(row.to_string())];
    }
    // One span per run of characters in the same style.
    let style_of = |c: char| match polygons.iter().find(|p| p.mark == c) {
        Some(p) => Style::new().fg(p.color),
        None if c == '.' || c == ':' => theme.border,
        None => Style::new(),
    };
    let mut spans = Vec::new();
    let mut run = String::new();
    let mut run_style = Style::new();
    for c in row.chars() {
        let style = style_of(c);
        if style != run_style && !run.is_empty() {
            spans.push(Span::styled(std::mem::take(&mut run), run_style));
        }
        run_style = style;
        run.push(c);
    }
    if !run.is_empty() {
        spans.push(Span::styled(run, run_style));
    }
    spans
}
