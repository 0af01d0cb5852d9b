//! The terminal backend the app draws with: ratatui's crossterm backend,
//! with a faster `draw`. A frame is mostly text and cursor moves; crossterm
//! writes each cell's text through its formatting machinery (a few hundred
//! instructions a cell, some 1,400 cells for the first frame at 80×24).
//! Here the text and the moves are written straight to the writer, and
//! colours and attributes still go through crossterm's commands: the bytes
//! are the same as ratatui's backend writes (tests/backend.rs compares them on
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
