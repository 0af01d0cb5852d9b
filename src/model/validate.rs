//! Consistency checks of a content pack and of a session against a pack.
//!
//! Checks return [`Problem`]s rather than failing at the first one, so
//! `hkbm check` can list them all. A problem carries an [`Anchor`]: a piece of
//! text whose occurrence in the file marks the place, which the store turns
//! into a line and column.

use std::collections::{BTreeSet, HashMap, HashSet};

use unicode_width::UnicodeWidthStr;

use super::content::{ContentPack, Framework, MeasureKind, OURS, Phase};
use super::date::parse_iso;
use super::migrate::{Migration, bring_up, needs_migration};
use super::session::{SESSION_VERSION, Session, parse_academic_year};

/// Widest radar label, in terminal columns.
pub const MAX_SHORT_WIDTH: usize = 12;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    /// The file cannot be used as it is.
    Error,
    /// Worth saying, but the file can be used.
    Warning,
}

/// Where in a file a problem is: the `nth` (0-based) occurrence of `text`,
/// counted from the `after` anchor when there is one (so a field is found
/// inside its own record, not in the first record that has one).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Anchor {
    pub text: String,
    pub nth: usize,
    pub after: Option<Box<Anchor>>,
}

impl Anchor {
    pub fn new(text: String, nth: usize) -> Anchor {
        Anchor {
            text,
            nth,
            after: None,
        }
    }

    /// The same text, searched for after `outer`.
    pub fn within(self, outer: Option<Anchor>) -> Anchor {
        Anchor {
            after: outer.map(Box::new),
            ..self
        }
    }

    /// Byte offset of this anchor in `text`.
    pub fn find(&self, text: &str) -> Option<usize> {
        let start = match &self.after {
            Some(outer) => outer.find(text)?,
            None => 0,
        };
        text[start..]
            .match_indices(&self.text)
            .nth(self.nth)
            .map(|(i, _)| start + i)
    }
}

/// Anchor on a record's id line, e.g. `id: "bm4.c2"`.
fn record(id: &str, nth: usize) -> Option<Anchor> {
    Some(Anchor::new(format!("id: \"{id}\""), nth))
}

/// Anchor on `text` inside the record anchored by `outer`.
fn inside(outer: Option<Anchor>, text: String) -> Option<Anchor> {
    Some(Anchor::new(text, 0).within(outer))
}

/// What sort of problem, where callers treat some differently.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Other,
    /// An id the content pack does not know: the content changed between
    /// the session and the pack (reported, not fatal, when comparing years).
    UnknownId,
    /// A session made with another content version, or a record of it that
    /// moves to the retired history when the session is brought up to the pack.
    Retired,
}

/// One thing wrong with a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub severity: Severity,
    pub kind: Kind,
    pub message: String,
    pub anchor: Option<Anchor>,
    /// For a content pack: the benchmark file it is in (None = `framework.ron`).
    pub benchmark: Option<u8>,
}

impl Problem {
    fn error(message: String, anchor: Option<Anchor>) -> Problem {
        Problem {
            severity: Severity::Error,
            kind: Kind::Other,
            message,
            anchor,
            benchmark: None,
        }
    }

    fn warning(message: String, anchor: Option<Anchor>) -> Problem {
        Problem {
            severity: Severity::Warning,
            ..Problem::error(message, anchor)
        }
    }

    fn unknown_id(mut self) -> Problem {
        self.kind = Kind::UnknownId;
        self
    }

    fn in_benchmark(mut self, number: u8) -> Problem {
        self.benchmark = Some(number);
        self
    }
}

/// Anchor on a quoted string value, e.g. the id `"bm4.c2"`.
fn quoted(s: &str, nth: usize) -> Option<Anchor> {
    Some(Anchor::new(format!("\"{s}\""), nth))
}

/// Anchor on a field name, e.g. `year:`.
fn field(name: &str) -> Option<Anchor> {
    Some(Anchor::new(format!("{name}:"), 0))
}

/// Check the framework on its own: groups and rating scale.
pub fn check_framework(fw: &Framework) -> Vec<Problem> {
    let mut out = Vec::new();
    if fw.id.trim().is_empty() {
        out.push(Problem::error("the pack id is empty".into(), field("id")));
    }
    if fw.version.trim().is_empty() {
        out.push(Problem::error(
            "the pack version is empty".into(),
            field("version"),
        ));
    }
    if fw.scale.is_empty() {
        out.push(Problem::error(
            "the rating scale has no levels".into(),
            field("scale"),
        ));
    }
    for pair in fw.scale.windows(2) {
        if pair[1].value <= pair[0].value {
            out.push(Problem::error(
                format!(
                    "rating levels must go up: {} comes after {}",
                    pair[1].value, pair[0].value
                ),
                field("scale"),
            ));
        }
        if pair[1].score < pair[0].score {
            out.push(Problem::error(
                format!(
                    "level {} is worth less than level {}",
                    pair[1].value, pair[0].value
                ),
                field("scale"),
            ));
        }
    }
    for level in &fw.scale {
        if level.score > 100 {
            out.push(Problem::error(
                format!("level {} is worth {} %, over 100", level.value, level.score),
                quoted(&level.label, 0),
            ));
        }
    }
    let mut numbers = HashSet::new();
    let mut group_ids = HashSet::new();
    for g in &fw.groups {
        if !group_ids.insert(g.id.as_str()) {
            out.push(Problem::error(
                format!("group id {:?} is used twice", g.id),
                quoted(&g.id, 1),
            ));
        }
        for &n in &g.benchmarks {
            if !numbers.insert(n) {
                out.push(Problem::error(
                    format!("benchmark {n} is in more than one group"),
                    quoted(&g.id, 0),
                ));
            }
        }
    }
    if numbers.is_empty() {
        out.push(Problem::error(
            "no benchmarks are listed in the groups".into(),
            field("groups"),
        ));
    }
    out
}

/// Check a whole pack: framework, every benchmark, ids unique across the pack.
pub fn check_pack(pack: &ContentPack) -> Vec<Problem> {
    let mut out = check_framework(&pack.framework);
    // Which file each id was first seen in, to report duplicates across files.
    let mut seen: HashMap<String, u8> = HashMap::new();
    for bm in &pack.benchmarks {
        let group = pack
            .framework
            .groups
            .iter()
            .find(|g| g.benchmarks.contains(&bm.number));
        match group {
            None => out.push(
                Problem::error(
                    format!("benchmark {} is not listed in any group", bm.number),
                    field("number"),
                )
                .in_benchmark(bm.number),
            ),
            Some(g) if g.id != bm.group => out.push(
                Problem::error(
                    format!(
                        "group is {:?} but framework.ron lists benchmark {} under {:?}",
                        bm.group, bm.number, g.id
                    ),
                    field("group"),
                )
                .in_benchmark(bm.number),
            ),
            Some(_) => {}
        }
        for p in check_benchmark(bm) {
            out.push(p.in_benchmark(bm.number));
        }
        let ids = bm
            .criteria
            .iter()
            .map(|c| &c.id)
            .chain(bm.all_tips().map(|t| &t.id));
        let mut in_this_file: HashMap<&str, usize> = HashMap::new();
        for id in ids {
            let count = in_this_file.entry(id).or_default();
            *count += 1;
            if *count > 1 {
                continue; // reported by check_benchmark
            }
            if let Some(&first) = seen.get(id.as_str()) {
                out.push(
                    Problem::error(
                        format!("id {id:?} is already used in benchmark {first}"),
                        quoted(id, 0),
                    )
                    .in_benchmark(bm.number),
                );
            } else {
                seen.insert(id.clone(), bm.number);
            }
        }
    }
    for g in &pack.framework.groups {
        for &n in &g.benchmarks {
            if !pack.benchmarks.iter().any(|b| b.number == n) {
                out.push(Problem::error(
                    format!(
                        "benchmark {n} is listed in group {:?} but has no file",
                        g.id
                    ),
                    quoted(&g.id, 0),
                ));
            }
        }
    }
    out
}

/// Check one benchmark on its own (ids, numbering, label width, measures).
pub fn check_benchmark(bm: &super::content::Benchmark) -> Vec<Problem> {
    let mut out = Vec::new();
    let prefix = format!("bm{}", bm.number);
    if bm.id != prefix {
        out.push(Problem::error(
            format!(
                "benchmark {} must have id {prefix:?}, not {:?}",
                bm.number, bm.id
            ),
            quoted(&bm.id, 0),
        ));
    }
    let width = bm.short.width();
    if width > MAX_SHORT_WIDTH || bm.short.trim().is_empty() {
        out.push(Problem::error(
            format!(
                "short label {:?} must be 1 to {MAX_SHORT_WIDTH} columns wide (it is {width})",
                bm.short
            ),
            field("short"),
        ));
    }
    if bm.criteria.is_empty() {
        out.push(Problem::error(
            "a benchmark needs at least one criterion".into(),
            field("criteria"),
        ));
    }
    let mut count: HashMap<String, usize> = HashMap::new();
    let mut note_id = |id: &str, expected_prefix: &str, out: &mut Vec<Problem>| {
        let n = count.entry(id.to_string()).or_default();
        if *n > 0 {
            out.push(Problem::error(
                format!("id {id:?} is used twice"),
                quoted(id, *n),
            ));
        }
        *n += 1;
        let ok = id
            .strip_prefix(expected_prefix)
            .is_some_and(|rest| !rest.is_empty() && rest.bytes().all(|b| b.is_ascii_digit()));
        if !ok {
            out.push(Problem::error(
                format!("id {id:?} should look like {expected_prefix}N"),
                quoted(id, 0),
            ));
        }
    };
    let criterion_prefix = format!("{prefix}.c");
    for c in &bm.criteria {
        note_id(&c.id, &criterion_prefix, &mut out);
        let mut measure_ids = BTreeSet::new();
        for m in &c.measures {
            if !measure_ids.insert(m.id.as_str()) {
                out.push(Problem::error(
                    format!("criterion {} has two measures named {:?}", c.id, m.id),
                    quoted(&m.id, 1),
                ));
            }
            let at = inside(record(&c.id, 0), format!("id: \"{}\"", m.id));
            if !m.at_least.is_finite() || m.at_least < 0.0 {
                out.push(Problem::error(
                    format!(
                        "measure {:?} of {} needs a threshold of 0 or more",
                        m.id, c.id
                    ),
                    at.clone(),
                ));
            } else if m.kind.is_percent() && m.at_least > 100.0 {
                out.push(Problem::error(
                    format!(
                        "measure {:?} of {} is a % of a group: its threshold {} must be 0 to 100",
                        m.id,
                        c.id,
                        super::content::format_number(m.at_least)
                    ),
                    at.clone(),
                ));
            }
            match &m.kind {
                MeasureKind::Count { per } if per.trim().is_empty() => {
                    out.push(Problem::error(
                        format!("measure {:?} of {} must say per what it counts", m.id, c.id),
                        at.clone(),
                    ));
                }
                MeasureKind::Share { of } | MeasureKind::PerStudent { of, .. }
                    if of.trim().is_empty() =>
                {
                    out.push(Problem::error(
                        format!("measure {:?} of {} must name its group", m.id, c.id),
                        at.clone(),
                    ));
                }
                MeasureKind::PerStudent { each: 0, .. } => {
                    out.push(Problem::error(
                        format!(
                            "measure {:?} of {} asks for at least 0 per student: `each` must be 1 or more",
                            m.id, c.id
                        ),
                        at.clone(),
                    ));
                }
                _ => {}
            }
        }
    }
    for phase in Phase::ALL {
        let p = format!("{prefix}.{}.", phase.key());
        for t in bm.tips.of(phase) {
            note_id(&t.id, &p, &mut out);
        }
    }
    check_sources(bm, &mut out);
    let mut retired_ids = HashSet::new();
    for r in &bm.retired {
        if !retired_ids.insert(r.id.as_str()) {
            out.push(Problem::error(
                format!("id {:?} is retired twice", r.id),
                quoted(&r.id, 1),
            ));
        }
        let live = bm.criterion(&r.id).is_some() || bm.all_tips().any(|t| t.id == r.id);
        if live {
            out.push(Problem::error(
                format!(
                    "id {:?} is retired and also in use: a retired id is never used again",
                    r.id
                ),
                Some(Anchor::new(format!("Retired(id: \"{}\"", r.id), 0)),
            ));
        }
        let is_ours = r.id.starts_with(&format!("{prefix}."));
        if !is_ours {
            out.push(Problem::error(
                format!(
                    "retired id {:?} is not an id of benchmark {}",
                    r.id, bm.number
                ),
                quoted(&r.id, 0),
            ));
        }
    }
    out
}

/// Every item names a declared source or "ours", and every source is named.
fn check_sources(bm: &super::content::Benchmark, out: &mut Vec<Problem>) {
    let mut keys = HashSet::new();
    for s in &bm.sources {
        if s.key == OURS {
            out.push(Problem::error(
                format!("source key {OURS:?} is reserved for the hkbm team's own items"),
                Some(Anchor::new(format!("key: \"{OURS}\""), 0)),
            ));
        }
        if !keys.insert(s.key.as_str()) {
            out.push(Problem::error(
                format!("source {:?} is declared twice", s.key),
                Some(Anchor::new(format!("key: \"{}\"", s.key), 1)),
            ));
        }
    }
    // (from, where to point) for every item.
    let mut items: Vec<(&str, Option<Anchor>)> = Vec::new();
    let from_text = |f: &str| format!("from: \"{f}\"");
    items.push((&bm.aim.from, field("aim")));
    for c in &bm.criteria {
        items.push((&c.from, inside(record(&c.id, 0), from_text(&c.from))));
        for m in &c.measures {
            let at = inside(record(&c.id, 0), format!("id: \"{}\"", m.id));
            items.push((&m.from, at));
        }
    }
    for t in bm.all_tips() {
        items.push((&t.from, inside(record(&t.id, 0), from_text(&t.from))));
    }
    let sections: [(&str, Vec<&str>); 5] = [
        ("why", bm.why.iter().map(|t| t.from.as_str()).collect()),
        (
            "partners",
            bm.partners.iter().map(|p| p.from.as_str()).collect(),
        ),
        (
            "insights",
            bm.insights.iter().map(|t| t.from.as_str()).collect(),
        ),
        (
            "glossary",
            bm.glossary.iter().map(|t| t.from.as_str()).collect(),
        ),
        (
            "resources",
            bm.resources.iter().map(|r| r.from.as_str()).collect(),
        ),
    ];
    for (name, froms) in &sections {
        for f in froms {
            items.push((f, inside(field(name), from_text(f))));
        }
    }
    let mut used = HashSet::new();
    for (from, at) in items {
        if from == OURS {
            continue;
        }
        if keys.contains(from) {
            used.insert(from);
        } else {
            out.push(Problem::error(
                format!(
                    "from {from:?} names no source of this benchmark (declare it under `sources`, or use {OURS:?})"
                ),
                at,
            ));
        }
    }
    for s in &bm.sources {
        if !used.contains(s.key.as_str()) && s.key != OURS {
            out.push(Problem::error(
                format!("source {:?} is declared but no item names it", s.key),
                Some(Anchor::new(format!("key: \"{}\"", s.key), 0)),
            ));
        }
    }
}

/// Check a session against the pack it will be used with.
pub fn check_session(session: &Session, pack: &ContentPack) -> Vec<Problem> {
    check_and_bring_up(session, pack).0
}

/// [`check_session`], also returning the session brought up to the pack
/// (and what that did) when it was made with another content version: the
/// checks are of the session as it will be used.
pub fn check_and_bring_up(
    session: &Session,
    pack: &ContentPack,
) -> (Vec<Problem>, Option<(Session, Migration)>) {
    let mut out = Vec::new();
    if session.version > SESSION_VERSION {
        out.push(Problem::warning(
            format!(
                "written by a newer hkbm (file version {}, this build knows {SESSION_VERSION}); it can only be opened read-only",
                session.version
            ),
            field("version"),
        ));
    }
    let fw = &pack.framework;
    if session.content.id != fw.id {
        out.push(Problem::error(
            format!(
                "made for content pack {:?}, but the pack in use is {:?}",
                session.content.id, fw.id
            ),
            field("content"),
        ));
        return (out, None); // Nothing else can be matched up.
    }
    if session.content.version != fw.version {
        let what = if session.version > SESSION_VERSION {
            String::new()
        } else {
            format!(
                ": it opens with {v} and is saved as {v} (what no longer fits is kept as retired history)",
                v = fw.version
            )
        };
        let message = format!(
            "made with content version {}, the pack in use is version {}{what}",
            session.content.version, fw.version
        );
        out.push(Problem {
            kind: Kind::Retired,
            ..Problem::warning(message, field("content"))
        });
    }
    // Check the session as it will be used: records of ids that are gone
    // moved to the retired history (each said as a warning).
    let brought = needs_migration(session, pack).then(|| {
        let mut copy = session.clone();
        let m = bring_up(&mut copy, pack);
        for moved in &m.moved {
            let here = inside(record(&moved.benchmark, 0), format!("id: \"{}\"", moved.id));
            let mut p = Problem::warning(moved.message.clone(), here);
            p.kind = Kind::Retired;
            out.push(p);
        }
        (copy, m)
    });
    let session = brought.as_ref().map_or(session, |(s, _)| s);
    if session.school.trim().is_empty() {
        out.push(Problem::error(
            "the school name is empty".into(),
            field("school"),
        ));
    }
    if parse_academic_year(&session.year).is_none() {
        out.push(Problem::error(
            format!("academic year {:?} should look like 2025/26", session.year),
            field("year"),
        ));
    }
    for d in &session.dates {
        if parse_iso(d).is_none() {
            out.push(Problem::error(
                format!("date {d:?} should be a real date written YYYY-MM-DD"),
                quoted(d, 0),
            ));
        }
    }
    let mut bm_count: HashMap<&str, usize> = HashMap::new();
    for rec in &session.benchmarks {
        let n = bm_count.entry(rec.id.as_str()).or_default();
        *n += 1;
        // Where a problem is: built only when there is one to report.
        let nth = *n - 1;
        let here = || record(&rec.id, nth);
        let Some(bm) = pack.benchmark(&rec.id) else {
            out.push(
                Problem::error(
                    format!(
                        "unknown benchmark {:?} (not in content pack {} {})",
                        rec.id, fw.id, fw.version
                    ),
                    here(),
                )
                .unknown_id(),
            );
            continue;
        };
        if *n > 1 {
            out.push(Problem::error(
                format!("benchmark {:?} has two records", rec.id),
                here(),
            ));
            continue;
        }
        if let Some(t) = rec.target_percent
            && t > 100
        {
            out.push(Problem::error(
                format!("{}: target_percent {t} is over 100", rec.id),
                inside(here(), "target_percent:".into()),
            ));
        }
        if let Some(y) = &rec.target_year
            && parse_academic_year(y).is_none()
        {
            out.push(Problem::error(
                format!("{}: target year {y:?} should look like 2027/28", rec.id),
                inside(here(), "target_year:".into()),
            ));
        }
        let mut seen = HashMap::<&str, usize>::new();
        for cr in &rec.criteria {
            let n = seen.entry(cr.id.as_str()).or_default();
            *n += 1;
            let nth = *n - 1;
            let this = || record(&cr.id, nth).map(|a| a.within(here()));
            if *n > 1 {
                out.push(Problem::error(
                    format!("criterion {:?} has two records", cr.id),
                    this(),
                ));
            }
            let Some(c) = bm.criterion(&cr.id) else {
                out.push(
                    Problem::error(
                        format!(
                            "unknown criterion {:?} in {} (the content pack {} {} has no such id)",
                            cr.id, rec.id, fw.id, fw.version
                        ),
                        this(),
                    )
                    .unknown_id(),
                );
                continue;
            };
            if let Some(r) = cr.rating
                && pack.level(r).is_none()
            {
                let values: Vec<String> = fw.scale.iter().map(|l| l.value.to_string()).collect();
                out.push(Problem::error(
                    format!(
                        "{}: rating {r} is not on the scale ({})",
                        cr.id,
                        values.join(", ")
                    ),
                    inside(this(), "rating:".into()),
                ));
            }
            let maps = [("measured", &cr.measured), ("targets", &cr.targets)];
            for (field_name, map) in maps {
                let at = || inside(this(), format!("{field_name}:"));
                for (key, value) in map {
                    let here = || inside(at(), format!("\"{key}\""));
                    let what = if field_name == "measured" {
                        "measured"
                    } else {
                        "target"
                    };
                    match c.measures.iter().find(|m| &m.id == key) {
                        None => out.push(
                            Problem::error(format!("{}: no measure named {key:?}", cr.id), here())
                                .unknown_id(),
                        ),
                        Some(_) if !value.is_finite() || *value < 0.0 => {
                            out.push(Problem::error(
                                format!("{}: {what} {key} must be a number, 0 or more", cr.id),
                                here(),
                            ));
                        }
                        Some(m) if m.kind.is_percent() && *value > 100.0 => {
                            out.push(Problem::error(
                                format!(
                                    "{}: {what} {key} is a % of {}: {} is over 100",
                                    cr.id,
                                    match &m.kind {
                                        MeasureKind::Share { of }
                                        | MeasureKind::PerStudent { of, .. } => of.as_str(),
                                        MeasureKind::Count { .. } => "",
                                    },
                                    super::content::format_number(*value)
                                ),
                                here(),
                            ));
                        }
                        Some(_) => {}
                    }
                }
            }
        }
        let mut seen = HashMap::<&str, usize>::new();
        for tr in &rec.tips {
            let n = seen.entry(tr.id.as_str()).or_default();
            *n += 1;
            let nth = *n - 1;
            let this = || record(&tr.id, nth).map(|a| a.within(here()));
            if *n > 1 {
                out.push(Problem::error(
                    format!("tip {:?} has two records", tr.id),
                    this(),
                ));
            }
            if !bm.all_tips().any(|t| t.id == tr.id) {
                out.push(
                    Problem::error(
                        format!(
                            "unknown tip {:?} in {} (the content pack {} {} has no such id)",
                            tr.id, rec.id, fw.id, fw.version
                        ),
                        this(),
                    )
                    .unknown_id(),
                );
            }
        }
    }
    if let Some(b) = &session.baseline {
        let mut seen = HashMap::<&str, usize>::new();
        for s in &b.scores {
            let n = seen.entry(s.benchmark.as_str()).or_default();
            *n += 1;
            if *n > 1 {
                out.push(Problem::error(
                    format!("the baseline gives {:?} twice; keep one", s.benchmark),
                    Some(Anchor::new(
                        format!("benchmark: \"{}\"", s.benchmark),
                        *n - 1,
                    ))
                    .map(|a| a.within(field("baseline"))),
                ));
            }
            if pack.benchmark(&s.benchmark).is_none() {
                out.push(Problem::warning(
                    format!("baseline names unknown benchmark {:?}", s.benchmark),
                    Some(Anchor::new(format!("benchmark: \"{}\"", s.benchmark), 0)),
                ));
            }
            if let Some(v) = s.score
                && !(0.0..=100.0).contains(&v)
            {
                out.push(Problem::error(
                    format!("baseline score {v} for {} is outside 0–100", s.benchmark),
                    Some(Anchor::new(format!("benchmark: \"{}\"", s.benchmark), 0)),
                ));
            }
        }
    }
    (out, brought)
}
