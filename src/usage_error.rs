//! A mistake on the command line said in Chinese. clap finds the mistake
//! and knows its parts (the argument, the value, what would be valid, a
//! similar name, the usage); its sentences are English, so in Chinese
//! they are said again from the catalogue, laid out as clap lays them out.
//! English keeps clap's own words, as the English help does.

use clap::builder::StyledStr;
use clap::error::{ContextKind, ContextValue, Error, ErrorFormatter, ErrorKind};
use hkbm::i18n::{num, tr};
use hkbm::tr;

/// clap's errors with the words from the catalogue.
pub struct InChinese;

impl ErrorFormatter for InChinese {
    fn format_error(error: &Error<Self>) -> StyledStr {
        StyledStr::from(said(error))
    }
}

/// What clap found wrong, in the catalogue's words: the mistake, what
/// would be valid, a similar name, the usage, and where to read more.
fn said(e: &Error<InChinese>) -> String {
    let (what, listed) = what(e);
    let mut out = tr!("cli-usage-error", what = what);
    for line in listed {
        out.push_str("\n  ");
        out.push_str(&line);
    }
    let tips = tips(e);
    if !tips.is_empty() {
        out.push('\n');
        for tip in tips {
            out.push_str("\n  ");
            out.push_str(&tr!("cli-usage-tip", tip = tip));
        }
    }
    if let Some(ContextValue::StyledStr(usage)) = e.get(ContextKind::Usage) {
        let usage = usage.to_string();
        let usage = usage
            .strip_prefix(crate::cli::CLAP_USAGE_HEADING)
            .unwrap_or(&usage);
        out.push_str("\n\n");
        out.push_str(&tr("cli-help-usage"));
        out.push_str(usage);
    }
    out.push_str("\n\n");
    out.push_str(&tr("cli-usage-more"));
    out.push('\n');
    out
}

fn string(e: &Error<InChinese>, kind: ContextKind) -> Option<String> {
    match e.get(kind)? {
        ContextValue::String(s) => Some(s.clone()),
        _ => None,
    }
}

fn strings(e: &Error<InChinese>, kind: ContextKind) -> Vec<String> {
    match e.get(kind) {
        Some(ContextValue::Strings(v)) => v.clone(),
        Some(ContextValue::String(s)) => vec![s.clone()],
        _ => Vec::new(),
    }
}

fn number(e: &Error<InChinese>, kind: ContextKind) -> Option<isize> {
    match e.get(kind)? {
        ContextValue::Number(n) => Some(*n),
        _ => None,
    }
}

/// Names joined as the Chinese help lists them.
fn listed(names: &[String]) -> String {
    names
        .iter()
        .map(|n| tr!("cli-usage-quoted", name = n.as_str()))
        .collect::<Vec<_>>()
        .join(&tr("cli-help-list-separator"))
}

/// The mistake itself, and the lines that follow it: what would be valid,
/// or what is missing.
fn what(e: &Error<InChinese>) -> (String, Vec<String>) {
    let arg = string(e, ContextKind::InvalidArg);
    let value = string(e, ContextKind::InvalidValue);
    let with_list = |first: String, kind: ContextKind, id: &str| {
        let valid = strings(e, kind);
        if valid.is_empty() {
            (first, Vec::new())
        } else {
            let list = tr!(id, values = valid.join(&tr("cli-help-list-separator")));
            (first, vec![list])
        }
    };
    let alone = |first: String| (first, Vec::new());
    match (e.kind(), arg, value) {
        (ErrorKind::InvalidValue, Some(arg), Some(value)) if value.is_empty() => with_list(
            tr!("cli-usage-value-missing", arg = arg),
            ContextKind::ValidValue,
            "cli-help-values",
        ),
        (ErrorKind::InvalidValue, Some(arg), Some(value)) => with_list(
            tr!("cli-usage-invalid-value", arg = arg, value = value),
            ContextKind::ValidValue,
            "cli-help-values",
        ),
        // Every value parser of ours says why in the catalogue's words.
        (ErrorKind::ValueValidation, Some(arg), Some(value)) => {
            let why = std::error::Error::source(e).map(|s| s.to_string());
            alone(match why {
                Some(why) => tr!(
                    "cli-usage-invalid-value-why",
                    arg = arg,
                    value = value,
                    why = why
                ),
                None => tr!("cli-usage-invalid-value", arg = arg, value = value),
            })
        }
        (ErrorKind::UnknownArgument, Some(arg), _) => {
            alone(tr!("cli-usage-unknown-argument", arg = arg))
        }
        (ErrorKind::TooManyValues, Some(arg), Some(value)) => {
            alone(tr!("cli-usage-too-many-values", arg = arg, value = value))
        }
        (ErrorKind::TooFewValues, Some(arg), _) => alone(tr!(
            "cli-usage-too-few-values",
            arg = arg,
            min = num(number(e, ContextKind::MinValues).unwrap_or(0) as f64),
            n = num(number(e, ContextKind::ActualNumValues).unwrap_or(0) as f64)
        )),
        (ErrorKind::WrongNumberOfValues, Some(arg), _) => alone(tr!(
            "cli-usage-wrong-number-of-values",
            arg = arg,
            expected = num(number(e, ContextKind::ExpectedNumValues).unwrap_or(0) as f64),
            n = num(number(e, ContextKind::ActualNumValues).unwrap_or(0) as f64)
        )),
        (ErrorKind::NoEquals, Some(arg), _) => alone(tr!("cli-usage-no-equals", arg = arg)),
        (ErrorKind::ArgumentConflict, arg, _) => {
            let prior = strings(e, ContextKind::PriorArg);
            let sub = string(e, ContextKind::InvalidSubcommand);
            alone(match (arg.or(sub), prior.as_slice()) {
                (Some(arg), [once]) if *once == arg => tr!("cli-usage-conflict-twice", arg = arg),
                (Some(arg), []) => tr!("cli-usage-conflict-others", arg = arg),
                (Some(arg), prior) => {
                    tr!("cli-usage-conflict", arg = arg, others = listed(prior))
                }
                (None, _) => tr("cli-usage-wrong"),
            })
        }
        (ErrorKind::MissingRequiredArgument, _, _) => {
            let missing = strings(e, ContextKind::InvalidArg);
            (tr("cli-usage-missing-arguments"), missing)
        }
        (ErrorKind::InvalidSubcommand, _, _) | (ErrorKind::MissingSubcommand, _, _)
            if string(e, ContextKind::InvalidSubcommand).is_some() =>
        {
            let name = string(e, ContextKind::InvalidSubcommand).unwrap_or_default();
            if e.kind() == ErrorKind::InvalidSubcommand {
                alone(tr!("cli-usage-unknown-command", name = name))
            } else {
                with_list(
                    tr!("cli-usage-missing-command", name = name),
                    ContextKind::ValidSubcommand,
                    "cli-usage-commands",
                )
            }
        }
        (ErrorKind::InvalidUtf8, _, _) => alone(tr("cli-usage-invalid-utf8")),
        _ => alone(tr("cli-usage-wrong")),
    }
}

/// clap's suggestions: a similar name, and its sentences of advice, each
/// said again when it is one clap writes (a sentence it may add later is
/// left out rather than shown in English).
fn tips(e: &Error<InChinese>) -> Vec<String> {
    let mut tips = Vec::new();
    for (kind, id) in [
        (
            ContextKind::SuggestedSubcommand,
            "cli-usage-similar-command",
        ),
        (ContextKind::SuggestedArg, "cli-usage-similar-argument"),
        (ContextKind::SuggestedValue, "cli-usage-similar-value"),
    ] {
        let similar = strings(e, kind);
        if !similar.is_empty() {
            tips.push(tr!(id, names = listed(&similar)));
        }
    }
    if let Some(ContextValue::StyledStrs(advice)) = e.get(ContextKind::Suggested) {
        tips.extend(advice.iter().filter_map(|a| advice_said(&a.to_string())));
    }
    tips
}

/// One of clap's sentences of advice, said from the catalogue.
fn advice_said(advice: &str) -> Option<String> {
    // "to pass '-x' as a value, use '-- -x'"
    if let Some(rest) = advice.strip_prefix("to pass '")
        && let Some((arg, rest)) = rest.split_once("' as a value, use '")
        && let Some(use_) = rest.strip_suffix('\'')
    {
        return Some(tr!("cli-usage-tip-as-value", arg = arg, instead = use_));
    }
    // "subcommand 'x' exists; to use it, remove the '--' before it"
    if let Some(rest) = advice.strip_prefix("subcommand '")
        && let Some(name) = rest.strip_suffix("' exists; to use it, remove the '--' before it")
    {
        return Some(tr!("cli-usage-tip-remove-dashes", name = name));
    }
    // "'hkbm summary --format' exists"
    if let Some(rest) = advice.strip_prefix('\'')
        && let Some(what) = rest.strip_suffix("' exists")
    {
        return Some(tr!("cli-usage-tip-exists", what = what));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use hkbm::i18n::{Lang, scoped};

    /// What clap says of `args` against a small command of two levels,
    /// with a FILE or without.
    fn error_of(file: bool, args: &[&str]) -> Error<InChinese> {
        let sub = clap::Command::new("sub").arg(clap::Arg::new("flag").long("flag").num_args(1));
        let mut cmd = clap::Command::new("t").subcommand(sub);
        if file {
            cmd = cmd.arg(clap::Arg::new("file"));
        }
        let args = std::iter::once("t").chain(args.iter().copied());
        cmd.try_get_matches_from(args).unwrap_err().apply()
    }

    /// Every sentence of advice clap writes is one this knows: the pattern
    /// follows clap's wording, and a test of each fails if clap rewords it.
    #[test]
    fn clap_s_advice_is_said_in_chinese() {
        let _zh = scoped(Lang::ZhHk);
        for (file, args, tip) in [
            (
                true,
                &["-x"][..],
                "提示：如要把「-x」當作值，請寫成「-- -x」",
            ),
            (false, &["--flag", "v", "sub"], "提示：有「sub --flag」可用"),
            (
                false,
                &["--", "sub"],
                "提示：有名為「sub」的命令；如要使用它，請刪去前面的「--」",
            ),
        ] {
            let e = error_of(file, args);
            let Some(ContextValue::StyledStrs(advice)) = e.get(ContextKind::Suggested) else {
                panic!("{args:?}: clap gave no advice: {}", e.render());
            };
            assert_eq!(advice.len(), 1, "{args:?}");
            assert!(advice_said(&advice[0].to_string()).is_some(), "{advice:?}");
            let said = e.render().to_string();
            assert!(said.contains(tip), "{args:?}: {said}");
        }
    }

    /// Each kind of mistake is said in its own words, none as the words
    /// for a mistake not known.
    #[test]
    fn each_kind_of_mistake_has_its_own_words() {
        let _zh = scoped(Lang::ZhHk);
        let wrong = tr("cli-usage-wrong");
        for args in [
            &["a", "b"][..],
            &["sub", "--flag"],
            &["sub", "--flag", "a", "--flag", "b"],
            &["sub", "--nope"],
        ] {
            let said = error_of(true, args).render().to_string();
            assert!(said.starts_with("錯誤："), "{said}");
            assert!(!said.contains(&wrong), "{args:?}: {said}");
        }
    }
}
