//! Drawing. `render` reads the state and never changes it. One file per
//! screen or overlay.

pub mod backend;
pub mod bars;
pub mod benchmark;
pub mod compare;
pub mod editor;
pub mod help;
pub mod jump;
pub mod overview;
pub mod present;
pub mod radar;
pub mod summary;
pub mod theme;
pub mod tracker;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Wrap};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use crate::app::keymap::{Context, bindings_for, keys_label};
use crate::app::state::Hit;
use crate::app::walk;
use crate::app::{Overlay, Screen, State};
use crate::i18n::tr;
use crate::text::inert_line;
use crate::tr;
pub use theme::Theme;

/// Smallest terminal the app draws in.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 18;

thread_local! {
    /// Where the mouse can click in the frame drawn last on this thread.
    static HITS: std::cell::RefCell<Vec<(Rect, Hit)>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Note that a click in `area` means `hit` (for `--mouse`).
pub(crate) fn hit(area: Rect, hit: Hit) {
    HITS.with(|h| h.borrow_mut().push((area, hit)));
}

/// What a click at column `x`, row `y` of the last frame means.
pub fn hit_at(x: u16, y: u16) -> Option<Hit> {
    HITS.with(|h| {
        h.borrow()
            .iter()
            .find(|(r, _)| r.contains(ratatui::layout::Position::new(x, y)))
            .map(|(_, hit)| *hit)
    })
}

/// Draw the whole screen for `state`.
pub fn render(frame: &mut Frame, state: &State, theme: &Theme) {
    HITS.with(|h| h.borrow_mut().clear());
    let area = frame.area();
    if let Some(bg) = theme.background {
        frame.render_widget(ratatui::widgets::Block::new().style(bg), area);
    }
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        let text = tr!(
            "screen-too-small",
            min = format!("{MIN_WIDTH}×{MIN_HEIGHT}"),
            now = format!("{}×{}", area.width, area.height)
        );
        frame.render_widget(Paragraph::new(text).wrap(Wrap { trim: true }), area);
        if state.ascii {
            asciify(frame.buffer_mut());
        }
        return;
    }
    // A row each for the header, the progress line and the status line,
    // the body between: plain rows, without solving a layout every frame.
    let row = |y: u16, height: u16| Rect { y, height, ..area };
    let [header, body, progress, status] = [
        row(area.y, 1),
        row(area.y + 1, area.height - 3),
        row(area.bottom() - 2, 1),
        row(area.bottom() - 1, 1),
    ];
    draw_header(frame, header, state, theme);
    match state.screen {
        Screen::Overview => overview::render(frame, body, state, theme),
        Screen::Benchmark if state.present => present::render(frame, body, state, theme),
        Screen::Benchmark => benchmark::render(frame, body, state, theme),
        Screen::Summary => summary::render(frame, body, state, theme),
        Screen::Compare => compare::render(frame, body, state, theme),
        Screen::Actions => tracker::render(frame, body, state, theme),
    }
    draw_progress(frame, progress, state, theme);
    draw_status(frame, status, state, theme);
    draw_overlay(frame, body, state, theme);
    if state.ascii {
        asciify(frame.buffer_mut());
    }
}

/// Replace the drawing characters of a finished frame (borders, arrows,
/// bullets, blocks) with plain ASCII, for terminals without Unicode. Text
/// from the session and the content is left as it is.
pub fn asciify(buf: &mut ratatui::buffer::Buffer) {
    for cell in buf.content.iter_mut() {
        let sym = cell.symbol();
        if sym.is_ascii() {
            continue;
        }
        let mut chars = sym.chars();
        if let (Some(c), None) = (chars.next(), chars.next())
            && let Some(plain) = crate::text::ascii_for(c)
        {
            cell.set_symbol(plain);
        }
    }
}

fn draw_overlay(frame: &mut Frame, body: Rect, state: &State, theme: &Theme) {
    match &state.overlay {
        None => {}
        Some(Overlay::Help { scroll }) => help::render(frame, body, state, theme, *scroll),
        Some(Overlay::Jump(j)) => jump::render(frame, body, j, theme),
        Some(Overlay::Editor(ed)) => editor::render(frame, body, ed, &state.keymap, theme),
        Some(Overlay::Owners(p)) => tracker::render_picker(frame, body, p, theme),
        Some(Overlay::Recovery { file, note, .. }) => {
            // Room for the whole note (it can list what was left out as not
            // valid): its wrapped lines, a line of slack for word breaks,
            // and the header, the file, a gap, the keys and the borders.
            let note_rows = note.width().div_ceil(72).max(1) as u16 + 1;
            let r = centered(body, 74, (note_rows + 6).max(9));
            clear(frame, r, theme);
            let text = vec![
                Line::from(tr!("recovery-intro")),
                Line::from(Span::styled(
                    inert_line(&file.display().to_string()).into_owned(),
                    theme.title,
                )),
                Line::from(inert_line(note).into_owned()),
                Line::from(""),
                Line::from(tr!("recovery-keys")),
            ];
            let title = format!(" {} ", tr!("recovery-title"));
            frame.render_widget(
                Paragraph::new(text)
                    .wrap(Wrap { trim: true })
                    .block(bordered(theme, &title)),
                r,
            );
        }
    }
}

fn draw_header(frame: &mut Frame, area: Rect, state: &State, theme: &Theme) {
    let s = &state.session;
    let mut left = format!(
        " hkbm · {} · {}",
        inert_line(&s.school),
        inert_line(&s.year)
    );
    if !s.facilitator.is_empty() {
        left.push_str(&format!(" · {}", inert_line(&s.facilitator)));
    }
    let right = match &state.read_only {
        Some(_) => format!(" {} ", tr!("header-read-only")),
        None if state.unsaved => format!(" {} ", tr!("header-not-saved")),
        None => format!(" {} ", inert_line(&state.file_label)),
    };
    let width = area.width as usize;
    let right = fit(&right, width / 2);
    let left = fit(&left, width.saturating_sub(right.width()));
    let pad = width.saturating_sub(left.width() + right.width());
    let line = Line::from(vec![
        Span::raw(left),
        Span::raw(" ".repeat(pad)),
        Span::raw(right),
    ]);
    frame.render_widget(Paragraph::new(line).style(theme.header), area);
}

fn draw_progress(frame: &mut Frame, area: Rect, state: &State, theme: &Theme) {
    let (decided, total) = state.decided_share();
    let share = (decided * 100).checked_div(total).unwrap_or(0);
    let text = match state.screen {
        Screen::Summary | Screen::Compare => format!(
            " {}",
            tr!(
                "progress-chart",
                share = share,
                decided = decided,
                total = total,
                drawing = state.radar.name()
            )
        ),
        Screen::Actions => tracker::key_line(&state.keymap),
        Screen::Overview => format!(
            " {}",
            tr!(
                "progress-overview",
                bm = state.pos.bm + 1,
                step = state.pos.step.title(),
                share = share,
                decided = decided,
                total = total
            )
        ),
        Screen::Benchmark => {
            let n = walk::items_in(&state.pack, state.pos.bm, state.pos.step);
            let (before, all) = walk::progress(&state.pack, state.pos);
            format!(
                " {}",
                tr!(
                    "progress-benchmark",
                    bm = state.pos.bm + 1,
                    bms = state.pack.benchmarks.len(),
                    step = state.pos.step.title(),
                    item = state.pos.item + 1,
                    items = n,
                    walk = before * 100 / all.max(1),
                    share = share
                )
            )
        }
    };
    let t = &state.timer;
    let timer = (t.running || t.meeting > 0).then(|| {
        let bm = state.pos.bm;
        let spent = t.spent.get(bm).copied().unwrap_or(0);
        let allotted = u64::from(t.allotted.get(bm).copied().unwrap_or(0)) * 60;
        let text = format!(
            "⏱ {} ",
            tr!(
                "progress-timer",
                over = if t.over(bm) || t.meeting_over() {
                    "yes"
                } else {
                    "no"
                },
                paused = if t.running { "no" } else { "yes" },
                bm = bm + 1,
                spent = crate::app::state::clock(spent),
                allotted = crate::app::state::clock(allotted),
                meeting = crate::app::state::clock(t.meeting),
                meeting_allotted = crate::app::state::clock(t.meeting_allotted())
            )
        );
        let style = if t.over(bm) || t.meeting_over() {
            theme.error
        } else {
            theme.key
        };
        (text, style)
    });
    let timer_w = timer.as_ref().map_or(0, |(t, _)| t.width() as u16);
    // The timer at the right, the rest of the line for the text.
    let timer_w = timer_w.min(area.width);
    let left = Rect {
        width: area.width - timer_w,
        ..area
    };
    let right = Rect {
        x: area.right() - timer_w,
        width: timer_w,
        ..area
    };
    frame.render_widget(
        Paragraph::new(fit(&text, left.width as usize)).style(theme.dim),
        left,
    );
    if let Some((text, style)) = timer {
        frame.render_widget(Paragraph::new(text).style(style), right);
    }
}

fn draw_status(frame: &mut Frame, area: Rect, state: &State, theme: &Theme) {
    if let Some(m) = &state.message {
        let style = if m.error { theme.error } else { theme.base };
        let text = fit(&format!(" {}", inert_line(&m.text)), area.width as usize);
        frame.render_widget(Paragraph::new(text).style(style), area);
        return;
    }
    let context = state.context();
    let mut spans = Vec::new();
    let mut used = 0;
    // While typing a search the main keys are text, so they are not hinted.
    let overlay = state.overlay.is_some() || context == Context::ActionSearch;
    let anywhere = bindings_for(&state.keymap, Context::Anywhere).filter(|_| !overlay);
    // The most specific keys first: those of this step, then the walk's, then the rest.
    let mut hinted: Vec<_> = bindings_for(&state.keymap, context)
        .filter(|b| b.hint.is_some())
        .collect();
    hinted.sort_by_key(|b| b.contexts.len());
    for b in hinted.into_iter().chain(anywhere) {
        let Some(hint) = b.hint.map(tr) else {
            continue;
        };
        let keys = b.keys.first().map(|k| k.label()).unwrap_or_default();
        let keys = if matches!(b.action, crate::app::Action::Rate(_)) {
            keys_label(b)
        } else {
            keys
        };
        let w = keys.width() + hint.width() + 3;
        if used + w > area.width as usize {
            break;
        }
        spans.push(Span::styled(format!(" {keys}"), theme.key));
        spans.push(Span::raw(format!(" {hint} ")));
        used += w;
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

/// Blank `area` for an overlay, in the theme's background.
/// A label and the space before what it labels: none after a full-width
/// colon, which has its own (`Note: x`, `備註：x`).
pub fn label_then(text: &str) -> String {
    if text.ends_with('：') {
        text.to_string()
    } else {
        format!("{text} ")
    }
}

pub fn clear(frame: &mut Frame, area: Rect, theme: &Theme) {
    // A wide (Chinese) character just left of the overlay would spill into
    // its first column: blank it, so nothing is drawn half cut.
    if area.x > 0 {
        let buf = frame.buffer_mut();
        for y in area.top()..area.bottom() {
            let cell = &mut buf[(area.x - 1, y)];
            if cell.symbol().width() > 1 {
                cell.set_symbol(" ");
            }
        }
    }
    frame.render_widget(Clear, area);
    if let Some(bg) = theme.background {
        frame.render_widget(ratatui::widgets::Block::new().style(bg), area);
    }
}

/// A bordered block with a title.
pub fn bordered<'a>(theme: &Theme, title: &'a str) -> ratatui::widgets::Block<'a> {
    ratatui::widgets::Block::bordered()
        .border_style(theme.border)
        .title(title)
}

/// A rectangle of at most `w`×`h` centred in `area`.
pub fn centered(area: Rect, w: u16, h: u16) -> Rect {
    let w = w.min(area.width);
    let h = h.min(area.height);
    Rect {
        x: area.x + (area.width - w) / 2,
        y: area.y + (area.height - h) / 2,
        width: w,
        height: h,
    }
}

pub use crate::text::{fit, pad, pad_left};

#[cfg(test)]
mod tests;

#[cfg(test)]
mod tests_zh;

/// The lines of a note as far as a `frame` scrolled down `scroll` rows can
/// show them, inert, and a last line saying so when the note goes on: a
/// note of megabytes costs no more to draw than one that fills the screen.
pub fn note_lines(note: &str, frame: Rect, scroll: u16, theme: &Theme) -> Vec<Line<'static>> {
    let rows = usize::from(frame.height) + usize::from(scroll);
    let (head, cut) = crate::text::visible_head(note, rows, usize::from(frame.width));
    let mut lines: Vec<Line<'static>> = crate::text::inert_block(head)
        .lines()
        .map(|l| Line::from(l.to_string()))
        .collect();
    if cut {
        lines.push(Line::from(Span::styled(tr!("note-goes-on"), theme.dim)));
    }
    lines
}

/// Closing punctuation a line never starts with.
const NO_LINE_START: &str = "，。、；：？！）」』》〉】〕…—·,.;:?!)]}%";
/// Opening punctuation a line never ends with.
const NO_LINE_END: &str = "（「『《〈【〔([{";

/// Whether a line may break between `prev` and `next`: after a space;
/// between two characters where one is wide (Chinese), but never before
/// closing punctuation nor after opening punctuation. Latin words stay whole.
fn may_break(prev: char, next: char) -> bool {
    if next == ' ' || NO_LINE_START.contains(next) || NO_LINE_END.contains(prev) {
        return false;
    }
    prev == ' ' || prev.width().unwrap_or(0) > 1 || next.width().unwrap_or(0) > 1
}

/// Lines holding Chinese text broken to `width` columns the way Chinese is
/// broken (see [`may_break`]): a paragraph's own word wrap treats a run of
/// Chinese as one long word, so it would leave a bullet alone on its line
/// and start lines with a comma. Lines without wide characters, and lines
/// that fit, are left as they are.
pub fn wrap_cjk(lines: Vec<Line<'static>>, width: usize) -> Vec<Line<'static>> {
    let width = width.max(2);
    let mut out = Vec::with_capacity(lines.len());
    for line in lines {
        let wide = line
            .spans
            .iter()
            .any(|s| s.content.chars().any(|c| c.width().unwrap_or(0) > 1));
        if !wide || line.width() <= width {
            out.push(line);
            continue;
        }
        let chars: Vec<(char, ratatui::style::Style)> = line
            .spans
            .iter()
            .flat_map(|s| s.content.chars().map(move |c| (c, s.style)))
            .collect();
        let style = line.style;
        let to_line = |run: &[(char, ratatui::style::Style)]| {
            let mut spans: Vec<Span<'static>> = Vec::new();
            for &(c, st) in run {
                match spans.last_mut() {
                    Some(last) if last.style == st => last.content.to_mut().push(c),
                    _ => spans.push(Span::styled(c.to_string(), st)),
                }
            }
            Line::from(spans).style(style)
        };
        let mut cur: Vec<(char, ratatui::style::Style)> = Vec::new();
        let mut used = 0;
        let mut last_break: Option<usize> = None;
        for (c, st) in chars {
            let w = c.width().unwrap_or(0);
            if used + w > width && !cur.is_empty() {
                let cut = last_break.filter(|&b| b > 0).unwrap_or(cur.len());
                let mut rest = cur.split_off(cut);
                out.push(to_line(&cur));
                let lead = rest.iter().take_while(|(c, _)| *c == ' ').count();
                rest.drain(..lead);
                cur = rest;
                used = cur.iter().map(|(c, _)| c.width().unwrap_or(0)).sum();
                last_break = (1..cur.len())
                    .rev()
                    .find(|&i| may_break(cur[i - 1].0, cur[i].0));
            }
            if let Some(&(prev, _)) = cur.last()
                && may_break(prev, c)
            {
                last_break = Some(cur.len());
            }
            cur.push((c, st));
            used += w;
        }
        if !cur.is_empty() {
            out.push(to_line(&cur));
        }
    }
    out
}
