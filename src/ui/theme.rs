//! Colours and emphasis. Meaning is never carried by colour alone: ratings
//! and statuses are also written out in words.

use ratatui::style::{Color, Modifier, Style};

use crate::model::TipStatus;

#[derive(Debug, Clone, PartialEq)]
pub struct Theme {
    pub base: Style,
    pub header: Style,
    pub title: Style,
    pub dim: Style,
    pub selected: Style,
    pub tab: Style,
    pub tab_current: Style,
    pub key: Style,
    pub error: Style,
    pub draft: Style,
    pub border: Style,
    /// Rating levels 0–4 (higher values use the last).
    pub rating: [Style; 5],
    pub unrated: Style,
    /// False for the colourless theme.
    pub colour: bool,
    /// Radar series: current, target, last year / other years.
    pub series: [Color; 5],
}

impl Theme {
    /// The default: light text on the terminal's own background.
    pub fn dark() -> Theme {
        let fg = |c| Style::new().fg(c);
        Theme {
            base: Style::new(),
            header: Style::new().fg(Color::Black).bg(Color::Cyan),
            title: Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
            dim: fg(Color::DarkGray),
            selected: Style::new().add_modifier(Modifier::REVERSED),
            tab: fg(Color::Gray),
            tab_current: Style::new()
                .fg(Color::Black)
                .bg(Color::Yellow)
                .add_modifier(Modifier::BOLD),
            key: fg(Color::Yellow).add_modifier(Modifier::BOLD),
            error: fg(Color::LightRed).add_modifier(Modifier::BOLD),
            draft: fg(Color::Magenta),
            border: fg(Color::DarkGray),
            rating: [
                fg(Color::LightRed),
                fg(Color::Rgb(255, 165, 0)),
                fg(Color::Yellow),
                fg(Color::LightGreen),
                fg(Color::Green).add_modifier(Modifier::BOLD),
            ],
            unrated: fg(Color::DarkGray),
            colour: true,
            series: [
                Color::LightGreen,
                Color::Yellow,
                Color::LightBlue,
                Color::LightMagenta,
                Color::LightCyan,
            ],
        }
    }

    /// No colour at all (`NO_COLOR`): emphasis by bold, reverse and underline.
    pub fn mono() -> Theme {
        let plain = Style::new();
        let bold = Style::new().add_modifier(Modifier::BOLD);
        Theme {
            base: plain,
            header: Style::new().add_modifier(Modifier::REVERSED),
            title: bold,
            dim: plain,
            selected: Style::new().add_modifier(Modifier::REVERSED),
            tab: plain,
            tab_current: Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD),
            key: bold,
            error: bold,
            draft: Style::new().add_modifier(Modifier::ITALIC),
            border: plain,
            rating: [plain, plain, plain, bold, bold],
            unrated: plain,
            colour: false,
            series: [Color::Reset; 5],
        }
    }

    /// `mono` when `NO_COLOR` is set (to anything), else `dark`.
    pub fn from_env() -> Theme {
        match std::env::var_os("NO_COLOR") {
            Some(v) if !v.is_empty() => Theme::mono(),
            _ => Theme::dark(),
        }
    }

    pub fn rating_style(&self, value: Option<u8>) -> Style {
        match value {
            Some(v) => self.rating[usize::from(v).min(4)],
            None => self.unrated,
        }
    }

    pub fn status_style(&self, status: TipStatus) -> Style {
        match status {
            TipStatus::NotDiscussed => self.unrated,
            TipStatus::Planned => self.rating[2],
            TipStatus::InProgress => self.rating[3],
            TipStatus::Done => self.rating[4],
            TipStatus::NotForUs => self.dim,
        }
    }
}
