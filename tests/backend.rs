//! The app's frame backend writes a frame with the same bytes as
//! ratatui's crossterm backend, on random frames (see `hkbm::ui::backend`).

mod common;

use std::io::{self, Write};

use ratatui::backend::{Backend, CrosstermBackend};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};

use hkbm::ui::backend::FrameBackend;

use common::Rng;

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
