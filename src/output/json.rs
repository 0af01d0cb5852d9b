//! What the JSON outputs share: each is one object that starts with
//! `schema_version`, written through the same filter (control characters and
//! bidi overrides as escapes), with one vocabulary — `content` is always
//! `{id, version}`, statuses are keys such as `in_progress`, scores are
//! percent 0–100 to one decimal.
//!
//! The shape of each is published as a JSON Schema in `schema/` (generated
//! from these types by the tests below, which fail when a published file is
//! not the generated one, and which validate real outputs against them).

use serde::Serialize;

/// The version of the JSON outputs' shape. It goes up when a field is
/// removed, renamed or changes meaning; a field may be added without it.
pub const SCHEMA_VERSION: u32 = 1;

/// An output with its `schema_version` first.
#[derive(Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
struct Document<T> {
    /// The version of this output's shape (see the README, "JSON"): it goes
    /// up when a field is removed, renamed or changes meaning.
    #[cfg_attr(test, schemars(extend("const" = SCHEMA_VERSION)))]
    schema_version: u32,
    #[serde(flatten)]
    body: T,
}

/// `body` as the JSON a command prints: `schema_version` first, then its
/// fields; ends with a line break.
pub fn write<T: Serialize>(body: &T) -> String {
    let doc = Document {
        schema_version: SCHEMA_VERSION,
        body,
    };
    crate::text::json(&doc).expect("an output always serialises") + "\n"
}

#[cfg(test)]
mod tests {
    use std::path::{Path, PathBuf};

    use serde_json::Value;

    use super::*;
    use crate::model::aggregate::{Aggregate, Failure};
    use crate::model::compare::Comparison;
    use crate::model::due::Terms;
    use crate::model::tracker::{Filter, Sort, collect};
    use crate::output::actions::{JsonListing, Listing};
    use crate::output::golden::{NEW, OLD, comparison, pack, session};
    use crate::output::summary::Summary;

    /// The outputs and the command each comes from.
    const OUTPUTS: [(&str, &str); 4] = [
        ("summary", "hkbm summary FILE --format json"),
        ("compare", "hkbm compare FILE FILE... --format json"),
        ("aggregate", "hkbm aggregate DIR|FILE... --format json"),
        ("actions", "hkbm actions FILE --format json"),
    ];

    fn generate<T: schemars::JsonSchema>(name: &str, command: &str) -> Value {
        let mut schema = schemars::schema_for!(Document<T>);
        let o = schema.as_object_mut().expect("an object schema");
        o.insert(
            "$id".into(),
            format!("https://hkbm.invalid/schema/{name}.schema.json").into(),
        );
        o.insert("title".into(), format!("The output of `{command}`").into());
        o.insert(
            "description".into(),
            format!(
                "hkbm {name} JSON, schema_version {SCHEMA_VERSION}. Scores, targets, \
                 coverage and shares are percent (0–100) to one decimal; changes are \
                 percentage points. Generated from hkbm's types; see the README, \"JSON\"."
            )
            .into(),
        );
        schema.to_value()
    }

    fn generated(name: &str) -> Value {
        let command = OUTPUTS.iter().find(|(n, _)| *n == name).unwrap().1;
        match name {
            "summary" => generate::<Summary>(name, command),
            "compare" => generate::<Comparison>(name, command),
            "aggregate" => generate::<Aggregate>(name, command),
            "actions" => generate::<JsonListing<'static>>(name, command),
            _ => unreachable!(),
        }
    }

    fn published_path(name: &str) -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("schema")
            .join(format!("{name}.schema.json"))
    }

    /// `HKBM_WRITE_SCHEMAS=1 cargo test --lib published_schemas` rewrites them.
    #[test]
    fn published_schemas_are_the_generated_ones() {
        let write = std::env::var_os("HKBM_WRITE_SCHEMAS").is_some();
        let mut stale = Vec::new();
        for (name, _) in OUTPUTS {
            let want = serde_json::to_string_pretty(&generated(name)).unwrap() + "\n";
            let path = published_path(name);
            let have = std::fs::read_to_string(&path).unwrap_or_default();
            if have != want {
                if write {
                    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
                    std::fs::write(&path, want).unwrap();
                } else {
                    stale.push(name);
                }
            }
        }
        assert!(
            stale.is_empty(),
            "schema/{{{}}}.schema.json differ from the types; review the change, then \
             HKBM_WRITE_SCHEMAS=1 cargo test --lib published_schemas (and bump \
             SCHEMA_VERSION if a field was removed, renamed or changed meaning)",
            stale.join(",")
        );
    }

    /// The schema with every object closed (`additionalProperties: false`),
    /// so that a field written but not described fails the test too.
    fn closed(mut schema: Value) -> Value {
        fn close(v: &mut Value) {
            match v {
                Value::Object(o) => {
                    if o.contains_key("properties") && !o.contains_key("additionalProperties") {
                        o.insert("additionalProperties".into(), false.into());
                    }
                    o.values_mut().for_each(close);
                }
                Value::Array(a) => a.iter_mut().for_each(close),
                _ => {}
            }
        }
        close(&mut schema);
        schema
    }

    fn assert_valid(name: &str, output: &str) {
        let instance: Value = serde_json::from_str(output).expect("the output is JSON");
        assert_eq!(instance["schema_version"], SCHEMA_VERSION, "{name}");
        let schema = closed(generated(name));
        let validator = jsonschema::validator_for(&schema).expect("the schema is valid");
        let errors: Vec<String> = validator
            .iter_errors(&instance)
            .map(|e| format!("{}: {e}", e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{name}:\n{}", errors.join("\n"));
    }

    #[test]
    fn every_output_fits_its_schema() {
        let pack = pack();
        let today = crate::model::date::parse_iso("2026-03-10").unwrap();
        for name in [OLD, NEW] {
            let s = session(&pack, name);
            let plain = Summary::build(&pack, &s);
            assert_valid("summary", &plain.to_json());
            let full = plain.with_actions(&pack, &s, &Terms::hong_kong(), today);
            assert_valid("summary", &full.to_json());

            let items = collect(&pack, &s, &Terms::hong_kong());
            for filter in [
                Filter::default(),
                Filter {
                    owner: Some("Cheung".into()),
                    not_for_us: true,
                    ..Filter::default()
                },
            ] {
                let l = Listing::select(&pack, &s, &items, &filter, Sort::Due, today);
                assert_valid("actions", &crate::output::actions::json(&l));
            }
        }
        let c = comparison(&pack, &[OLD, NEW]);
        assert!(!c.content_differences.is_empty() && !c.plans.is_empty());
        assert_valid("compare", &crate::output::compare::json(&c));
        assert_valid(
            "compare",
            &crate::output::compare::json(&comparison(&pack, &[NEW])),
        );

        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut a = crate::output::aggregate::run(&pack, &[root.join("sessions")]);
        a.failed.push(Failure {
            file: "broken.ron".into(),
            error: "broken.ron:1:1: expected `Session(`".into(),
        });
        assert_valid("aggregate", &crate::output::aggregate::json(&a));
        let empty = crate::output::aggregate::run(&pack, &[]);
        assert_valid("aggregate", &crate::output::aggregate::json(&empty));
    }

    #[test]
    fn statuses_are_keys_in_every_output() {
        let pack = pack();
        let c = crate::output::compare::json(&comparison(&pack, &[OLD, NEW]));
        assert!(c.contains("\"in_progress\"") && !c.contains("\"InProgress\""));
        assert!(!c.contains("\"in progress\""));
        let s = session(&pack, NEW);
        let items = collect(&pack, &s, &Terms::hong_kong());
        let f = Filter::default();
        let today = crate::model::date::parse_iso("2026-03-10").unwrap();
        let l = Listing::select(&pack, &s, &items, &f, Sort::Due, today);
        let a = crate::output::actions::json(&l);
        assert!(a.contains("\"status\": \"in_progress\""), "{a}");
        assert!(!a.contains("\"in progress\"") && !a.contains("\"InProgress\""));
    }

    #[test]
    fn content_has_one_shape_everywhere() {
        let pack = pack();
        let s = session(&pack, NEW);
        let outputs = [
            Summary::build(&pack, &s).to_json(),
            crate::output::compare::json(&comparison(&pack, &[OLD, NEW])),
            crate::output::aggregate::json(&crate::output::aggregate::run(&pack, &[])),
        ];
        for o in outputs {
            let v: Value = serde_json::from_str(&o).unwrap();
            assert_eq!(v["content"]["id"], "hkbm", "{o}");
            assert_eq!(v["content"]["version"], pack.framework.version, "{o}");
            assert_eq!(v["content"].as_object().unwrap().len(), 2);
            let first = o.lines().nth(1).unwrap();
            assert_eq!(
                first.trim(),
                format!("\"schema_version\": {SCHEMA_VERSION},")
            );
        }
    }
}
