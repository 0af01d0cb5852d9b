//! Reading maps from files with every key at most once: serde's own map
//! reading lets a later `"trained": 60` silently win over an earlier
//! `"trained": 40`; a file that says two things is refused instead, at the
//! place of the second key.

use std::collections::BTreeMap;
use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, Deserialize, Deserializer, MapAccess, Visitor};

/// `#[serde(deserialize_with = "unique::map")]` for a `BTreeMap` field.
pub fn map<'de, D, K, V>(d: D) -> Result<BTreeMap<K, V>, D::Error>
where
    D: Deserializer<'de>,
    K: Deserialize<'de> + Ord + fmt::Debug,
    V: Deserialize<'de>,
{
    d.deserialize_map(UniqueMap(PhantomData))
}

/// The same for an optional map (`Option<BTreeMap<…>>` with `#[serde(default)]`).
pub fn option_map<'de, D, K, V>(d: D) -> Result<Option<BTreeMap<K, V>>, D::Error>
where
    D: Deserializer<'de>,
    K: Deserialize<'de> + Ord + fmt::Debug,
    V: Deserialize<'de>,
{
    map(d).map(Some)
}

struct UniqueMap<K, V>(PhantomData<(K, V)>);

impl<'de, K, V> Visitor<'de> for UniqueMap<K, V>
where
    K: Deserialize<'de> + Ord + fmt::Debug,
    V: Deserialize<'de>,
{
    type Value = BTreeMap<K, V>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a map")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<Self::Value, A::Error> {
        let mut out = BTreeMap::new();
        while let Some(key) = access.next_key::<K>()? {
            if out.contains_key(&key) {
                // Keys are names (strings) or ids: quoted as the language
                // quotes them.
                let shown = format!("{key:?}");
                let shown = match crate::i18n::lang() {
                    crate::i18n::Lang::En => shown,
                    _ => format!("「{}」", shown.trim_matches('"')),
                };
                return Err(de::Error::custom(crate::tr!("file-key-twice", key = shown)));
            }
            let value = access.next_value()?;
            out.insert(key, value);
        }
        Ok(out)
    }
}
