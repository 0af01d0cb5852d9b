//! The bar view: the radar's numbers as bars with the values written out,
//! for reading exact values and for readers who cannot tell colours apart.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Color, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{Theme, fit};
use crate::model::score::{format_change, format_score};

/// One row: a label, the value now, a target and earlier values to mark.
pub struct Bar {
    pub label: String,
    pub value: Option<f64>,
    pub target: Option<f64>,
    /// Earlier values (oldest first), marked on the bar and written after it.
    pub earlier: Vec<Option<f64>>,
}

/// Draw `bars`; `earlier` names what the earlier-value marks stand for.
pub fn render(
    frame: &mut Frame,
    area: Rect,
    bars: &[Bar],
    ascii: bool,
    earlier: &str,
    colour: Color,
    theme: &Theme,
) {
    let (full, empty, target_mark, earlier_mark) = if ascii {
        ('#', '-', '|', 'o')
    } else {
        ('█', '░', '┃', '◆')
    };
    let label_w = 16usize;
    let text_w = 26usize;
    let bar_w = (area.width as usize)
        .saturating_sub(label_w + text_w + 2)
        .max(10);
    let mut lines = Vec::new();
    for b in bars {
        let filled = b.value.map_or(0, |v| {
            ((v.clamp(0.0, 100.0) / 100.0) * bar_w as f64).round() as usize
        });
        let mut cells: Vec<(char, Style)> = (0..bar_w)
            .map(|i| {
                if i < filled {
                    (
                        full,
                        if theme.colour {
                            Style::new().fg(colour)
                        } else {
                            theme.base
                        },
                    )
                } else {
                    (empty, theme.dim)
                }
            })
            .collect();
        let pos = |v: f64| {
            (((v.clamp(0.0, 100.0)) / 100.0 * bar_w as f64).round() as usize).min(bar_w - 1)
        };
        for v in b.earlier.iter().flatten() {
            cells[pos(*v)] = (earlier_mark, theme.key);
        }
        if let Some(t) = b.target {
            cells[pos(t)] = (target_mark, theme.key);
        }
        let mut spans = vec![Span::raw(format!("{:<label_w$} ", fit(&b.label, label_w)))];
        spans.extend(
            cells
                .into_iter()
                .map(|(c, s)| Span::styled(c.to_string(), s)),
        );
        let mut text = format!(" {:>5}", format_score(b.value));
        if let Some(t) = b.target {
            text.push_str(&format!(" → {t:.0} %"));
        }
        if let (Some(now), Some(Some(before))) = (b.value, b.earlier.last()) {
            text.push_str(&format!("  {}", format_change(now, *before)));
        }
        spans.push(Span::raw(text));
        lines.push(Line::from(spans));
    }
    let legend = crate::tr!(
        "bars-legend",
        score = full.to_string(),
        target = target_mark.to_string(),
        earlier_mark = earlier_mark.to_string(),
        earlier = earlier.to_string()
    );
    lines.push(Line::from(""));
    lines.push(Line::from(Span::styled(legend, theme.dim)));
    frame.render_widget(Paragraph::new(lines), area);
}
