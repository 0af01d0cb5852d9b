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
    /// The mark and legend of items written by the hkbm team.
    pub ours: Style,
    pub border: Style,
    /// Rating levels 0–4 (higher values use the last).
    pub rating: [Style; 5],
    pub unrated: Style,
    /// False for the colourless theme.
    pub colour: bool,
    /// Radar series: current, target, last year / other years.
    pub series: [Color; 5],
    /// Paint the whole screen in this background first (light themes).
    pub background: Option<Style>,
    /// Tell radar series apart by marks (`*`, `+`, `o`), not only by colour.
    pub marks: bool,
}

/// The themes by name, as `--theme` and the config file take them.
pub const THEMES: [&str; 4] = ["dark", "light", "contrast", "mono"];

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
            ours: fg(Color::Magenta),
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
            background: None,
            marks: false,
        }
    }

    /// Dark text on white, for projectors that wash out dark backgrounds.
    pub fn light() -> Theme {
        let fg = |c| Style::new().fg(c).bg(Color::White);
        let bold = |c| fg(c).add_modifier(Modifier::BOLD);
        Theme {
            base: fg(Color::Black),
            header: Style::new()
                .fg(Color::White)
                .bg(Color::Blue)
                .add_modifier(Modifier::BOLD),
            title: bold(Color::Blue),
            dim: fg(Color::DarkGray),
            selected: Style::new().fg(Color::White).bg(Color::Black),
            tab: fg(Color::DarkGray),
            tab_current: Style::new()
                .fg(Color::White)
                .bg(Color::Blue)
                .add_modifier(Modifier::BOLD),
            key: bold(Color::Blue),
            error: bold(Color::Red),
            ours: fg(Color::Magenta),
            border: fg(Color::DarkGray),
            rating: [
                bold(Color::Red),
                bold(Color::Rgb(190, 90, 0)),
                bold(Color::Rgb(140, 110, 0)),
                bold(Color::Rgb(0, 120, 40)),
                bold(Color::Rgb(0, 90, 20)),
            ],
            unrated: fg(Color::DarkGray),
            colour: true,
            series: [
                Color::Rgb(0, 130, 50),
                Color::Rgb(200, 110, 0),
                Color::Rgb(40, 90, 200),
                Color::Rgb(150, 40, 160),
                Color::Rgb(0, 130, 140),
            ],
            background: Some(Style::new().fg(Color::Black).bg(Color::White)),
            marks: false,
        }
    }

    /// High contrast: white and yellow on black, bold, nothing faint; every
    /// meaning is also in words.
    pub fn contrast() -> Theme {
        let fg = |c| Style::new().fg(c).bg(Color::Black);
        let bold = |c| fg(c).add_modifier(Modifier::BOLD);
        Theme {
            base: fg(Color::White),
            header: Style::new()
                .fg(Color::Black)
                .bg(Color::Yellow)
                .add_modifier(Modifier::BOLD),
            title: bold(Color::Yellow).add_modifier(Modifier::UNDERLINED),
            dim: fg(Color::White),
            selected: Style::new()
                .fg(Color::Black)
                .bg(Color::Yellow)
                .add_modifier(Modifier::BOLD),
            tab: bold(Color::White),
            tab_current: Style::new()
                .fg(Color::Black)
                .bg(Color::White)
                .add_modifier(Modifier::BOLD),
            key: bold(Color::Yellow),
            error: Style::new()
                .fg(Color::White)
                .bg(Color::Red)
                .add_modifier(Modifier::BOLD),
            ours: bold(Color::Cyan),
            border: fg(Color::White),
            rating: [
                bold(Color::LightRed),
                bold(Color::LightYellow),
                bold(Color::White),
                bold(Color::LightCyan),
                bold(Color::LightGreen),
            ],
            unrated: fg(Color::White),
            colour: true,
            series: [
                Color::LightGreen,
                Color::LightYellow,
                Color::LightCyan,
                Color::LightMagenta,
                Color::White,
            ],
            background: Some(Style::new().fg(Color::White).bg(Color::Black)),
            marks: true,
        }
    }

    /// A theme by name (`dark`, `light`, `contrast`, `mono`).
    pub fn by_name(name: &str) -> Option<Theme> {
        match name {
            "dark" => Some(Theme::dark()),
            "light" => Some(Theme::light()),
            "contrast" => Some(Theme::contrast()),
            "mono" => Some(Theme::mono()),
            _ => None,
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
            ours: Style::new().add_modifier(Modifier::ITALIC),
            border: plain,
            rating: [plain, plain, plain, bold, bold],
            unrated: plain,
            colour: false,
            series: [Color::Reset; 5],
            background: None,
            marks: true,
        }
    }

    /// The theme to use: `mono` whenever `NO_COLOR` is set (to anything
    /// but the empty string), else `name` (from `--theme` or the config), else `dark`.
    pub fn choose(name: Option<&str>) -> Theme {
        match std::env::var_os("NO_COLOR") {
            Some(v) if !v.is_empty() => Theme::mono(),
            _ => name.and_then(Theme::by_name).unwrap_or_else(Theme::dark),
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
