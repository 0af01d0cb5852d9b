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
use crate::i18n::tr;
use crate::tr;

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

/// A name or an id as the messages quote it, in the language in use:
/// `"bm4.c2"` in English, 「bm4.c2」 in Chinese.
pub(crate) fn q(s: &str) -> String {
    match crate::i18n::lang() {
        crate::i18n::Lang::En => format!("{s:?}"),
        crate::i18n::Lang::ZhHk => format!("「{s}」"),
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
        out.push(Problem::error(tr("check-pack-id-empty"), field("id")));
    }
    if fw.version.trim().is_empty() {
        out.push(Problem::error(
            tr("check-pack-version-empty"),
            field("version"),
        ));
    }
    if fw.scale.is_empty() {
        out.push(Problem::error(tr("check-scale-empty"), field("scale")));
    }
    for pair in fw.scale.windows(2) {
        if pair[1].value <= pair[0].value {
            out.push(Problem::error(
                tr!(
                    "check-scale-order",
                    level = pair[1].value.to_string(),
                    before = pair[0].value.to_string()
                ),
                field("scale"),
            ));
        }
        if pair[1].score < pair[0].score {
            out.push(Problem::error(
                tr!(
                    "check-scale-worth-less",
                    level = pair[1].value.to_string(),
                    before = pair[0].value.to_string()
                ),
                field("scale"),
            ));
        }
    }
    for level in &fw.scale {
        if level.score > 100 {
            out.push(Problem::error(
                tr!(
                    "check-scale-over-100",
                    level = level.value.to_string(),
                    score = level.score.to_string()
                ),
                quoted(&level.label, 0),
            ));
        }
    }
    let mut numbers = HashSet::new();
    let mut group_ids = HashSet::new();
    for g in &fw.groups {
        if !group_ids.insert(g.id.as_str()) {
            out.push(Problem::error(
                tr!("check-group-twice", group = q(&g.id)),
                quoted(&g.id, 1),
            ));
        }
        for &n in &g.benchmarks {
            if !numbers.insert(n) {
                out.push(Problem::error(
                    tr!("check-benchmark-in-two-groups", number = n.to_string()),
                    quoted(&g.id, 0),
                ));
            }
        }
    }
    if numbers.is_empty() {
        out.push(Problem::error(tr("check-groups-empty"), field("groups")));
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
                    tr!("check-benchmark-no-group", number = bm.number.to_string()),
                    field("number"),
                )
                .in_benchmark(bm.number),
            ),
            Some(g) if g.id != bm.group => out.push(
                Problem::error(
                    tr!(
                        "check-benchmark-other-group",
                        group = q(&bm.group),
                        number = bm.number.to_string(),
                        listed = q(&g.id)
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
                        tr!(
                            "check-id-used-in-other",
                            id = q(id),
                            number = first.to_string()
                        ),
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
                    tr!(
                        "check-benchmark-no-file",
                        number = n.to_string(),
                        group = q(&g.id)
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
            tr!(
                "check-benchmark-id",
                number = bm.number.to_string(),
                expected = q(&prefix),
                id = q(&bm.id)
            ),
            quoted(&bm.id, 0),
        ));
    }
    let width = bm.short.width();
    if width > MAX_SHORT_WIDTH || bm.short.trim().is_empty() {
        out.push(Problem::error(
            tr!(
                "check-short-width",
                short = q(&bm.short),
                max = MAX_SHORT_WIDTH.to_string(),
                width = width.to_string()
            ),
            field("short"),
        ));
    }
    if bm.criteria.is_empty() {
        out.push(Problem::error(tr("check-no-criteria"), field("criteria")));
    }
    let mut count: HashMap<String, usize> = HashMap::new();
    let mut note_id = |id: &str, expected_prefix: &str, out: &mut Vec<Problem>| {
        let n = count.entry(id.to_string()).or_default();
        if *n > 0 {
            out.push(Problem::error(
                tr!("check-id-twice", id = q(id)),
                quoted(id, *n),
            ));
        }
        *n += 1;
        let ok = id
            .strip_prefix(expected_prefix)
            .is_some_and(|rest| !rest.is_empty() && rest.bytes().all(|b| b.is_ascii_digit()));
        if !ok {
            out.push(Problem::error(
                tr!(
                    "check-id-shape",
                    id = q(id),
                    shape = format!("{expected_prefix}N")
                ),
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
                    tr!(
                        "check-measure-twice",
                        criterion = c.id.as_str(),
                        measure = q(&m.id)
                    ),
                    quoted(&m.id, 1),
                ));
            }
            let at = inside(record(&c.id, 0), format!("id: \"{}\"", m.id));
            if !m.at_least.is_finite() || m.at_least < 0.0 {
                out.push(Problem::error(
                    tr!(
                        "check-measure-threshold",
                        measure = q(&m.id),
                        criterion = c.id.as_str()
                    ),
                    at.clone(),
                ));
            } else if m.kind.is_percent() && m.at_least > 100.0 {
                out.push(Problem::error(
                    tr!(
                        "check-measure-threshold-percent",
                        measure = q(&m.id),
                        criterion = c.id.as_str(),
                        threshold = super::content::format_number(m.at_least)
                    ),
                    at.clone(),
                ));
            }
            match &m.kind {
                MeasureKind::Count { per } if per.trim().is_empty() => {
                    out.push(Problem::error(
                        tr!(
                            "check-measure-per",
                            measure = q(&m.id),
                            criterion = c.id.as_str()
                        ),
                        at.clone(),
                    ));
                }
                MeasureKind::Share { of } | MeasureKind::PerStudent { of, .. }
                    if of.trim().is_empty() =>
                {
                    out.push(Problem::error(
                        tr!(
                            "check-measure-group",
                            measure = q(&m.id),
                            criterion = c.id.as_str()
                        ),
                        at.clone(),
                    ));
                }
                MeasureKind::PerStudent { each: 0, .. } => {
                    out.push(Problem::error(
                        tr!(
                            "check-measure-each",
                            measure = q(&m.id),
                            criterion = c.id.as_str()
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
                tr!("check-retired-twice", id = q(&r.id)),
                quoted(&r.id, 1),
            ));
        }
        let live = bm.criterion(&r.id).is_some() || bm.all_tips().any(|t| t.id == r.id);
        if live {
            out.push(Problem::error(
                tr!("check-retired-in-use", id = q(&r.id)),
                Some(Anchor::new(format!("Retired(id: \"{}\"", r.id), 0)),
            ));
        }
        let is_ours = r.id.starts_with(&format!("{prefix}."));
        if !is_ours {
            out.push(Problem::error(
                tr!(
                    "check-retired-other-benchmark",
                    id = q(&r.id),
                    number = bm.number.to_string()
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
                tr!("check-source-reserved", key = q(OURS)),
                Some(Anchor::new(format!("key: \"{OURS}\""), 0)),
            ));
        }
        if !keys.insert(s.key.as_str()) {
            out.push(Problem::error(
                tr!("check-source-twice", key = q(&s.key)),
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
                tr!("check-from-unknown", from = q(from), ours = q(OURS)),
                at,
            ));
        }
    }
    for s in &bm.sources {
        if !used.contains(s.key.as_str()) && s.key != OURS {
            out.push(Problem::error(
                tr!("check-source-unused", key = q(&s.key)),
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
            tr!(
                "check-session-newer",
                version = session.version.to_string(),
                known = SESSION_VERSION.to_string()
            ),
            field("version"),
        ));
    }
    let fw = &pack.framework;
    if session.content.id != fw.id {
        out.push(Problem::error(
            tr!(
                "check-other-pack",
                made = q(&session.content.id),
                pack = q(&fw.id)
            ),
            field("content"),
        ));
        return (out, None); // Nothing else can be matched up.
    }
    if session.content.version != fw.version {
        let message = if session.version > SESSION_VERSION {
            tr!(
                "check-other-version",
                made = session.content.version.as_str(),
                version = fw.version.as_str()
            )
        } else {
            tr!(
                "check-other-version-brought-up",
                made = session.content.version.as_str(),
                version = fw.version.as_str()
            )
        };
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
        out.push(Problem::error(tr("check-school-empty"), field("school")));
    }
    if parse_academic_year(&session.year).is_none() {
        out.push(Problem::error(
            tr!("check-year-shape", year = q(&session.year)),
            field("year"),
        ));
    }
    for d in &session.dates {
        if parse_iso(d).is_none() {
            out.push(Problem::error(
                tr!("check-date-shape", date = q(d)),
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
                    tr!(
                        "check-unknown-benchmark",
                        id = q(&rec.id),
                        pack = fw.id.as_str(),
                        version = fw.version.as_str()
                    ),
                    here(),
                )
                .unknown_id(),
            );
            continue;
        };
        if *n > 1 {
            out.push(Problem::error(
                tr!("check-benchmark-two-records", id = q(&rec.id)),
                here(),
            ));
            continue;
        }
        if let Some(t) = rec.target_percent
            && t > 100
        {
            out.push(Problem::error(
                tr!(
                    "check-target-over-100",
                    id = rec.id.as_str(),
                    target = t.to_string()
                ),
                inside(here(), "target_percent:".into()),
            ));
        }
        if let Some(y) = &rec.target_year
            && parse_academic_year(y).is_none()
        {
            out.push(Problem::error(
                tr!("check-target-year-shape", id = rec.id.as_str(), year = q(y)),
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
                    tr!("check-criterion-two-records", id = q(&cr.id)),
                    this(),
                ));
            }
            let Some(c) = bm.criterion(&cr.id) else {
                out.push(
                    Problem::error(
                        tr!(
                            "check-unknown-criterion",
                            id = q(&cr.id),
                            benchmark = rec.id.as_str(),
                            pack = fw.id.as_str(),
                            version = fw.version.as_str()
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
                    tr!(
                        "check-rating-off-scale",
                        id = cr.id.as_str(),
                        rating = r.to_string(),
                        values = values.join(&crate::i18n::tr("file-list-separator"))
                    ),
                    inside(this(), "rating:".into()),
                ));
            }
            let maps = [("measured", &cr.measured), ("targets", &cr.targets)];
            for (field_name, map) in maps {
                let at = || inside(this(), format!("{field_name}:"));
                for (key, value) in map {
                    let here = || inside(at(), format!("\"{key}\""));
                    let measured = field_name == "measured";
                    match c.measures.iter().find(|m| &m.id == key) {
                        None => out.push(
                            Problem::error(
                                tr!("check-no-measure", id = cr.id.as_str(), measure = q(key)),
                                here(),
                            )
                            .unknown_id(),
                        ),
                        Some(_) if !value.is_finite() || *value < 0.0 => {
                            out.push(Problem::error(
                                if measured {
                                    tr!(
                                        "check-measured-negative",
                                        id = cr.id.as_str(),
                                        measure = key.as_str()
                                    )
                                } else {
                                    tr!(
                                        "check-target-negative",
                                        id = cr.id.as_str(),
                                        measure = key.as_str()
                                    )
                                },
                                here(),
                            ));
                        }
                        Some(m) if m.kind.is_percent() && *value > 100.0 => {
                            out.push(Problem::error(
                                {
                                    let of = match &m.kind {
                                        MeasureKind::Share { of }
                                        | MeasureKind::PerStudent { of, .. } => of.as_str(),
                                        MeasureKind::Count { .. } => "",
                                    };
                                    let value = super::content::format_number(*value);
                                    if measured {
                                        tr!(
                                            "check-measured-over-100",
                                            id = cr.id.as_str(),
                                            measure = key.as_str(),
                                            of = of,
                                            value = value
                                        )
                                    } else {
                                        tr!(
                                            "check-target-over-100-percent",
                                            id = cr.id.as_str(),
                                            measure = key.as_str(),
                                            of = of,
                                            value = value
                                        )
                                    }
                                },
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
                    tr!("check-tip-two-records", id = q(&tr.id)),
                    this(),
                ));
            }
            if !bm.all_tips().any(|t| t.id == tr.id) {
                out.push(
                    Problem::error(
                        tr!(
                            "check-unknown-tip",
                            id = q(&tr.id),
                            benchmark = rec.id.as_str(),
                            pack = fw.id.as_str(),
                            version = fw.version.as_str()
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
                    tr!("check-baseline-twice", id = q(&s.benchmark)),
                    Some(Anchor::new(
                        format!("benchmark: \"{}\"", s.benchmark),
                        *n - 1,
                    ))
                    .map(|a| a.within(field("baseline"))),
                ));
            }
            if pack.benchmark(&s.benchmark).is_none() {
                out.push(Problem::warning(
                    tr!("check-baseline-unknown", id = q(&s.benchmark)),
                    Some(Anchor::new(format!("benchmark: \"{}\"", s.benchmark), 0)),
                ));
            }
            if let Some(v) = s.score
                && !(0.0..=100.0).contains(&v)
            {
                out.push(Problem::error(
                    tr!(
                        "check-baseline-range",
                        score = v.to_string(),
                        id = s.benchmark.as_str()
                    ),
                    Some(Anchor::new(format!("benchmark: \"{}\"", s.benchmark), 0)),
                ));
            }
        }
    }
    (out, brought)
}
