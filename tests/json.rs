//! The JSON outputs as a script reads them: every one validated against its
//! published schema (`schema/*.json`), with one vocabulary across them.

mod common;

use std::fs;

use common::*;
use serde_json::Value;

fn json(args: &[&str]) -> Value {
    let o = hkbm(args);
    assert!(o.status.success(), "{args:?}: {}", stderr(&o));
    serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("{args:?}: {e}"))
}

fn schema(name: &str) -> Value {
    let text = fs::read_to_string(root().join("schema").join(format!("{name}.schema.json")))
        .expect("the schema is published");
    serde_json::from_str(&text).unwrap()
}

fn assert_fits(name: &str, v: &Value) {
    let schema = schema(name);
    let validator = jsonschema::validator_for(&schema).expect("a valid schema");
    let errors: Vec<String> = validator
        .iter_errors(v)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{name}:\n{}", errors.join("\n"));
    assert_eq!(
        v["schema_version"],
        schema["properties"]["schema_version"]["const"]
    );
}

#[test]
fn every_json_output_fits_its_published_schema() {
    for file in [OLD, NEW] {
        assert_fits("summary", &json(&["summary", file, "--format", "json"]));
        for status in ["open", "all", "in-progress", "not-for-us"] {
            assert_fits(
                "actions",
                &json(&["actions", file, "--status", status, "--format", "json"]),
            );
        }
    }
    assert_fits("compare", &json(&["compare", OLD, NEW, "--format", "json"]));
    assert_fits(
        "aggregate",
        &json(&["aggregate", "sessions", "--format", "json"]),
    );

    // A folder with a file that cannot be used: the failure is in the JSON too.
    let dir = tempfile::tempdir().unwrap();
    fs::copy(example(NEW), dir.path().join("a.ron")).unwrap();
    fs::write(dir.path().join("broken.ron"), "Session(").unwrap();
    let o = hkbm(&[
        "aggregate",
        dir.path().to_str().unwrap(),
        "--format",
        "json",
    ]);
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_fits("aggregate", &v);
}

#[test]
fn one_vocabulary_across_the_outputs() {
    let summary = json(&["summary", NEW, "--format", "json"]);
    let compare = json(&["compare", OLD, NEW, "--format", "json"]);
    let aggregate = json(&["aggregate", OLD, NEW, "--format", "json"]);
    let actions = json(&["actions", NEW, "--status", "all", "--format", "json"]);
    // `content` is the same object everywhere.
    for v in [&summary, &compare, &aggregate, &actions] {
        assert_eq!(
            v["content"],
            serde_json::json!({"id": "hkbm", "version": "2.0.0"})
        );
        assert_eq!(v["schema_version"], 1);
    }
    // Statuses are the same keys in `actions` and `compare`.
    let keys = [
        "not_discussed",
        "planned",
        "in_progress",
        "done",
        "not_for_us",
    ];
    for a in actions["actions"].as_array().unwrap() {
        assert!(keys.contains(&a["status"].as_str().unwrap()), "{a}");
        assert!(["plan", "implement", "review"].contains(&a["phase"].as_str().unwrap()));
    }
    let statuses: Vec<&str> = compare["plans"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|p| p["statuses"].as_array().unwrap())
        .filter_map(Value::as_str)
        .collect();
    assert!(statuses.contains(&"in_progress"), "{statuses:?}");
    assert!(statuses.iter().all(|s| keys.contains(s)), "{statuses:?}");
    // A script can pass a key it read back to `--status`.
    let by = |status| json(&["actions", NEW, "--status", status, "--format", "json"]);
    assert_eq!(by("in_progress"), by("in-progress"));
    assert_eq!(by("not_for_us"), by("not-for-us"));
    // Content differences are records, each of a kind.
    for d in compare["content_differences"].as_array().unwrap() {
        assert!(d["kind"].is_string() && d["year"].is_string(), "{d}");
    }
}

#[test]
fn a_change_is_the_difference_of_the_scores_written() {
    let summary = json(&["summary", NEW, "--format", "json"]);
    let compare = json(&["compare", OLD, NEW, "--format", "json"]);
    let tenths = |v: &Value| (v.as_f64().unwrap() * 10.0).round() as i64;
    for b in summary["benchmarks"].as_array().unwrap() {
        if !b["delta"].is_null() {
            assert_eq!(
                tenths(&b["delta"]),
                tenths(&b["score"]) - tenths(&b["baseline"]),
                "{b}"
            );
        }
    }
    for b in compare["benchmarks"].as_array().unwrap() {
        let s = b["scores"].as_array().unwrap();
        if !b["delta"].is_null() {
            assert_eq!(tenths(&b["delta"]), tenths(&s[1]) - tenths(&s[0]), "{b}");
        }
    }
}
