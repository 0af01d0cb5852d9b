//! The text editor overlay: what is being edited, and turning the typed text
//! into a session change when the user is done.

use ratatui_textarea::{TextArea, WrapMode};

use crate::model::session::parse_academic_year;
use crate::model::{BenchmarkRecord, Session};

/// The field being edited.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Field {
    CriterionNote {
        bm: String,
        id: String,
    },
    /// A measured value, or (with `target`) the school's own target for it;
    /// `percent` when the measure's numbers are a % of a group.
    Measured {
        bm: String,
        id: String,
        measure: String,
        percent: bool,
        target: bool,
    },
    TipNote {
        bm: String,
        id: String,
    },
    TipOwner {
        bm: String,
        id: String,
    },
    TipDue {
        bm: String,
        id: String,
    },
    BenchmarkNotes {
        bm: String,
    },
    TargetPercent {
        bm: String,
    },
    TargetYear {
        bm: String,
    },
    School,
    Facilitator,
    Participants,
}

impl Field {
    /// Single-line fields finish with Enter.
    pub fn single_line(&self) -> bool {
        !matches!(
            self,
            Field::CriterionNote { .. } | Field::TipNote { .. } | Field::BenchmarkNotes { .. }
        )
    }

    /// The current text of the field in `s`.
    pub fn read(&self, s: &Session) -> String {
        let bm = |id: &str| s.benchmarks.iter().find(|b| b.id == id);
        let crit = |b: &str, c: &str| bm(b).and_then(|r| r.criterion(c));
        let tip = |b: &str, t: &str| bm(b).and_then(|r| r.tip(t));
        match self {
            Field::CriterionNote { bm, id } => crit(bm, id).map(|c| c.note.clone()),
            Field::Measured {
                bm,
                id,
                measure,
                target,
                ..
            } => crit(bm, id)
                .and_then(|c| {
                    if *target {
                        c.targets.get(measure)
                    } else {
                        c.measured.get(measure)
                    }
                })
                .map(|v| crate::model::content::format_number(*v)),
            Field::TipNote { bm, id } => tip(bm, id).map(|t| t.note.clone()),
            Field::TipOwner { bm, id } => tip(bm, id).map(|t| t.owner.clone()),
            Field::TipDue { bm, id } => tip(bm, id).map(|t| t.due.clone()),
            Field::BenchmarkNotes { bm: b } => bm(b).map(|r| r.notes.clone()),
            Field::TargetPercent { bm: b } => {
                bm(b).and_then(|r| r.target_percent).map(|t| t.to_string())
            }
            Field::TargetYear { bm: b } => bm(b).and_then(|r| r.target_year.clone()),
            Field::School => Some(s.school.clone()),
            Field::Facilitator => Some(s.facilitator.clone()),
            Field::Participants => Some(s.participants.join(", ")),
        }
        .unwrap_or_default()
    }

    /// Write `text` into the field, or say why it cannot be.
    pub fn write(&self, s: &mut Session, text: &str) -> Result<(), String> {
        let text = text.replace("\r\n", "\n").replace('\r', "\n");
        let line = text.trim().to_string();
        match self {
            Field::CriterionNote { bm, id } => {
                let r = record(s, bm)?;
                let c = r
                    .criteria
                    .iter_mut()
                    .find(|c| c.id == *id)
                    .ok_or("no such criterion")?;
                c.note = text.trim_end().to_string();
            }
            Field::Measured {
                bm,
                id,
                measure,
                percent,
                target,
            } => {
                let r = record(s, bm)?;
                let c = r
                    .criteria
                    .iter_mut()
                    .find(|c| c.id == *id)
                    .ok_or("no such criterion")?;
                let map = if *target {
                    &mut c.targets
                } else {
                    &mut c.measured
                };
                if line.is_empty() {
                    map.remove(measure);
                } else {
                    let number = if *percent {
                        line.trim_end_matches('%').trim()
                    } else {
                        line.as_str()
                    };
                    let v: f64 = number.parse().map_err(|_| {
                        if *percent {
                            format!("{line:?} is not a number (a % from 0 to 100)")
                        } else {
                            format!("{line:?} is not a number (a count)")
                        }
                    })?;
                    if !v.is_finite() || v < 0.0 {
                        return Err("the value must be 0 or more".into());
                    }
                    if *percent && v > 100.0 {
                        return Err(format!(
                            "{} is a % of a group: 0 to 100",
                            crate::model::content::format_number(v)
                        ));
                    }
                    map.insert(measure.clone(), v);
                }
            }
            Field::TipNote { bm, id } | Field::TipOwner { bm, id } | Field::TipDue { bm, id } => {
                let r = record(s, bm)?;
                let t = r
                    .tips
                    .iter_mut()
                    .find(|t| t.id == *id)
                    .ok_or("no such tip")?;
                match self {
                    Field::TipNote { .. } => t.note = text.trim_end().to_string(),
                    Field::TipOwner { .. } => t.owner = line,
                    _ => t.due = line,
                }
            }
            Field::BenchmarkNotes { bm } => record(s, bm)?.notes = text.trim_end().to_string(),
            Field::TargetPercent { bm } => {
                let value = if line.is_empty() {
                    None
                } else {
                    let v: u8 = line
                        .trim_end_matches('%')
                        .trim()
                        .parse()
                        .ok()
                        .filter(|v| *v <= 100)
                        .ok_or_else(|| format!("{line:?}: give a whole number from 0 to 100"))?;
                    Some(v)
                };
                record(s, bm)?.target_percent = value;
            }
            Field::TargetYear { bm } => {
                let value = if line.is_empty() {
                    None
                } else if parse_academic_year(&line).is_some() {
                    Some(line)
                } else {
                    return Err(format!("{line:?}: write the academic year like 2027/28"));
                };
                record(s, bm)?.target_year = value;
            }
            Field::School => {
                if line.is_empty() {
                    return Err("the school needs a name".into());
                }
                s.school = line;
            }
            Field::Facilitator => s.facilitator = line,
            Field::Participants => {
                s.participants = line
                    .split([',', '，', '、'])
                    .map(str::trim)
                    .filter(|p| !p.is_empty())
                    .map(str::to_string)
                    .collect();
            }
        }
        Ok(())
    }
}

/// The session's record of benchmark `id`.
fn record<'a>(s: &'a mut Session, id: &str) -> Result<&'a mut BenchmarkRecord, String> {
    s.benchmarks
        .iter_mut()
        .find(|b| b.id == id)
        .ok_or_else(|| format!("the session has no record for {id}"))
}

/// The editor overlay's state.
#[derive(Debug)]
pub struct Editor {
    pub field: Field,
    /// Shown as the editor's title.
    pub title: String,
    pub textarea: TextArea<'static>,
    /// Why the last attempt to finish was refused.
    pub error: Option<String>,
}

impl Editor {
    pub fn new(field: Field, title: String, text: &str) -> Editor {
        let lines: Vec<String> = if text.is_empty() {
            vec![String::new()]
        } else {
            text.split('\n').map(str::to_string).collect()
        };
        let mut textarea = TextArea::new(lines);
        textarea.set_wrap_mode(WrapMode::WordOrGlyph);
        textarea.move_cursor(ratatui_textarea::CursorMove::Bottom);
        textarea.move_cursor(ratatui_textarea::CursorMove::End);
        Editor {
            field,
            title,
            textarea,
            error: None,
        }
    }

    pub fn text(&self) -> String {
        self.textarea.lines().join("\n")
    }

    /// Paste text: line breaks of any kind become new lines (or spaces in a
    /// single-line field).
    pub fn paste(&mut self, text: &str) {
        let text = text.replace("\r\n", "\n").replace('\r', "\n");
        let text = if self.field.single_line() {
            text.replace('\n', " ")
        } else {
            text
        };
        self.textarea.insert_str(text);
    }
}
