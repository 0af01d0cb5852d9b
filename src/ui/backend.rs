//! The terminal backend the app draws with: ratatui's crossterm backend,
//! with a faster `draw`. A frame is mostly text and cursor moves; crossterm
//! writes each cell's text through its formatting machinery (a few hundred
//! instructions a cell, some 1,400 cells for the first frame at 80×24).
//! Here the text and the moves are written straight to the writer, and
//! colours and attributes still go through crossterm's commands: the bytes
//! are the same as ratatui's backend writes (a test compares them on
//! random frames). On Windows, where crossterm may have to move the cursor
//! through the console's own calls (a console without escape sequences),
//! ratatui's backend draws.

use std::io::{self, Write};

use crossterm::QueueableCommand;
use crossterm::style::{
    Attribute, Color as CtColor, Colors, SetAttribute, SetBackgroundColor, SetColors,
    SetForegroundColor, SetUnderlineColor,
};
use ratatui::backend::{Backend, ClearType, CrosstermBackend, IntoCrossterm, WindowSize};
use ratatui::buffer::Cell;
use ratatui::layout::{Position, Size};
use ratatui::style::{Color, Modifier};

/// ratatui's [`CrosstermBackend`] on `W`, drawing faster (see the module).
pub struct FrameBackend<W: Write> {
    inner: CrosstermBackend<W>,
}

impl<W: Write> FrameBackend<W> {
    pub fn new(writer: W) -> FrameBackend<W> {
        FrameBackend {
            inner: CrosstermBackend::new(writer),
        }
    }
}

/// Writes go to the writer, as for [`CrosstermBackend`] (for commands
/// queued around a frame).
impl<W: Write> Write for FrameBackend<W> {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.inner.write(bytes)
    }

    fn flush(&mut self) -> io::Result<()> {
        Write::flush(&mut self.inner)
    }
}

/// The cursor move to column `x`, row `y` (both from 0), as crossterm's
/// `MoveTo` writes it.
fn move_to(w: &mut impl Write, x: u16, y: u16) -> io::Result<()> {
    write!(w, "\x1b[{};{}H", u32::from(y) + 1, u32::from(x) + 1)
}

/// The attributes to write to go from `from` to `to`: those taken away
/// first, then those added. Bold and dim share one "normal intensity"
/// reset, after which the one of them kept is set again.
fn change_attributes(w: &mut impl Write, from: Modifier, to: Modifier) -> io::Result<()> {
    let mut set = |a: Attribute| w.queue(SetAttribute(a)).map(|_| ());
    let removed = from - to;
    let added = to - from;
    if removed.contains(Modifier::REVERSED) {
        set(Attribute::NoReverse)?;
    }
    let intensity_reset = removed.intersects(Modifier::BOLD | Modifier::DIM);
    if intensity_reset {
        set(Attribute::NormalIntensity)?;
        if to.contains(Modifier::DIM) {
            set(Attribute::Dim)?;
        }
        if to.contains(Modifier::BOLD) {
            set(Attribute::Bold)?;
        }
    }
    for (m, off) in [
        (Modifier::ITALIC, Attribute::NoItalic),
        (Modifier::UNDERLINED, Attribute::NoUnderline),
        (Modifier::CROSSED_OUT, Attribute::NotCrossedOut),
        (Modifier::HIDDEN, Attribute::NoHidden),
    ] {
        if removed.contains(m) {
            set(off)?;
        }
    }
    if removed.intersects(Modifier::SLOW_BLINK | Modifier::RAPID_BLINK) {
        set(Attribute::NoBlink)?;
    }
    if added.contains(Modifier::REVERSED) {
        set(Attribute::Reverse)?;
    }
    if added.contains(Modifier::BOLD) && !intensity_reset {
        set(Attribute::Bold)?;
    }
    for (m, on) in [
        (Modifier::ITALIC, Attribute::Italic),
        (Modifier::UNDERLINED, Attribute::Underlined),
    ] {
        if added.contains(m) {
            set(on)?;
        }
    }
    if added.contains(Modifier::DIM) && !intensity_reset {
        set(Attribute::Dim)?;
    }
    for (m, on) in [
        (Modifier::CROSSED_OUT, Attribute::CrossedOut),
        (Modifier::HIDDEN, Attribute::Hidden),
        (Modifier::SLOW_BLINK, Attribute::SlowBlink),
        (Modifier::RAPID_BLINK, Attribute::RapidBlink),
    ] {
        if added.contains(m) {
            set(on)?;
        }
    }
    Ok(())
}

impl<W: Write> Backend for FrameBackend<W> {
    type Error = io::Error;

    fn draw<'a, I>(&mut self, content: I) -> io::Result<()>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        if cfg!(windows) {
            return self.inner.draw(content);
        }
        let w = &mut self.inner;
        let (mut fg, mut bg, mut underline) = (Color::Reset, Color::Reset, Color::Reset);
        let mut modifier = Modifier::empty();
        let mut next: Option<(u16, u16)> = None;
        for (x, y, cell) in content {
            if next != Some((x, y)) {
                move_to(w, x, y)?;
            }
            next = Some((x.saturating_add(1), y));
            if cell.modifier != modifier {
                change_attributes(w, modifier, cell.modifier)?;
                modifier = cell.modifier;
            }
            if (cell.fg, cell.bg) != (fg, bg) {
                w.queue(SetColors(Colors::new(
                    cell.fg.into_crossterm(),
                    cell.bg.into_crossterm(),
                )))?;
                (fg, bg) = (cell.fg, cell.bg);
            }
            if cell.underline_color != underline {
                w.queue(SetUnderlineColor(cell.underline_color.into_crossterm()))?;
                underline = cell.underline_color;
            }
            w.write_all(cell.symbol().as_bytes())?;
        }
        w.queue(SetForegroundColor(CtColor::Reset))?
            .queue(SetBackgroundColor(CtColor::Reset))?
            .queue(SetUnderlineColor(CtColor::Reset))?
            .queue(SetAttribute(Attribute::Reset))?;
        Ok(())
    }

    fn append_lines(&mut self, n: u16) -> io::Result<()> {
        self.inner.append_lines(n)
    }

    fn hide_cursor(&mut self) -> io::Result<()> {
        self.inner.hide_cursor()
    }

    fn show_cursor(&mut self) -> io::Result<()> {
        self.inner.show_cursor()
    }

    fn get_cursor_position(&mut self) -> io::Result<Position> {
        self.inner.get_cursor_position()
    }

    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> io::Result<()> {
        self.inner.set_cursor_position(position)
    }

    fn clear(&mut self) -> io::Result<()> {
        self.inner.clear()
    }

    fn clear_region(&mut self, clear_type: ClearType) -> io::Result<()> {
        self.inner.clear_region(clear_type)
    }

    fn size(&self) -> io::Result<Size> {
        self.inner.size()
    }

    fn window_size(&mut self) -> io::Result<WindowSize> {
        self.inner.window_size()
    }

    fn flush(&mut self) -> io::Result<()> {
        Backend::flush(&mut self.inner)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::buffer::Buffer;
    use ratatui::layout::Rect;
    use ratatui::style::Style;

    /// A writer whose bytes can be read after the backend has them.
    #[derive(Clone, Default)]
    struct Shared(std::rc::Rc<std::cell::RefCell<Vec<u8>>>);

    impl Write for Shared {
        fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
            self.0.borrow_mut().extend_from_slice(bytes);
            Ok(bytes.len())
        }

        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    impl Shared {
        fn text(&self) -> String {
            String::from_utf8_lossy(&self.0.borrow()).into_owned()
        }
    }

    /// A small deterministic generator (xorshift), so a failure repeats.
    struct Rng(u64);

    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }

        fn below(&mut self, n: u64) -> u64 {
            self.next() % n
        }
    }

    fn color(r: &mut Rng) -> Color {
        match r.below(6) {
            0 | 1 => Color::Reset,
            2 => Color::Indexed(r.below(256) as u8),
            3 => Color::Rgb(r.below(256) as u8, 7, 200),
            4 => Color::DarkGray,
            _ => Color::LightCyan,
        }
    }

    /// A frame of random text (narrow, wide and combining), colours and
    /// every attribute, with unchanged stretches, as a diff gives them.
    fn random_frame(r: &mut Rng, w: u16, h: u16) -> Buffer {
        let mut b = Buffer::empty(Rect::new(0, 0, w, h));
        let words = ["a", "基準", "é", "x", " ", "▲", "—", "e\u{301}", "🙂"];
        for y in 0..h {
            let mut x = 0;
            while x < w {
                let mut style = Style::default().fg(color(r)).bg(color(r));
                style = style.underline_color(color(r));
                style.add_modifier = Modifier::from_bits_truncate(r.below(1 << 9) as u16);
                let word = words[r.below(words.len() as u64) as usize];
                let (nx, _) = b.set_stringn(x, y, word, usize::from(w - x), style);
                x = nx.max(x + 1);
            }
        }
        b
    }

    #[test]
    fn a_frame_is_written_with_the_same_bytes_as_ratatui_s_backend() {
        let mut r = Rng(0x9e37_79b9_7f4a_7c15);
        for round in 0..300 {
            let (w, h) = (1 + r.below(40) as u16, 1 + r.below(8) as u16);
            let before = random_frame(&mut r, w, h);
            let after = random_frame(&mut r, w, h);
            // Half the rounds a whole first frame, half a change to one.
            let base = if round % 2 == 0 {
                Buffer::empty(before.area)
            } else {
                before
            };
            let diff = base.diff(&after);
            let (ours, theirs) = (Shared::default(), Shared::default());
            FrameBackend::new(ours.clone())
                .draw(diff.iter().copied())
                .unwrap();
            CrosstermBackend::new(theirs.clone())
                .draw(diff.iter().copied())
                .unwrap();
            assert!(!theirs.text().is_empty());
            assert_eq!(ours.text(), theirs.text(), "round {round}");
        }
    }
}
