//! Reading a collection from an already parsed JSON value, field by field.
//!
//! The browser parses with its own `JSON.parse` and reads the result here,
//! through [`JsonValue`]: the format's types have no `Deserialize`. That keeps
//! serde's generic machinery, path tracking and its error formatting (which
//! pulls in float formatting) out of the payload, and reports every problem
//! at once, each named by its JSON path (`cards[3].photo.src`). Elsewhere
//! the same reader runs over `serde_json::Value` (the CLI, the tests, the
//! fuzz targets, the editor's JSON import). The fields each object allows come from
//! [`fields`], whose tests check the reader against it. One file: one pass
//! over the value, a method per object, and the two `JsonValue` impls it reads.

use super::credit::{self, Credit, CreditKind};
use super::fields;
use super::{Card, Collection, ModelError, Photo, ReadMore, Source};

/// The little of a parsed JSON value the reader needs.
pub trait JsonValue: Sized {
    /// The string, if it is one.
    fn as_text(&self) -> Option<String>;
    /// The number, if it is one.
    fn as_number(&self) -> Option<f64>;
    /// The boolean, if it is one.
    fn as_boolean(&self) -> Option<bool>;
    /// `null` (or, in JavaScript, `undefined`).
    fn is_nothing(&self) -> bool;
    /// The items, if it is an array.
    fn as_items(&self) -> Option<Vec<Self>>;
    /// The members, in order, if it is an object (and not an array).
    fn as_members(&self) -> Option<Vec<(String, Self)>>;
}

/// What to do with a field the format does not have.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnknownFields {
    /// Report it (editors: a typo such as `captoin`).
    Error,
    /// Skip it (readers: newer data read by an older widget).
    Ignore,
}

/// Reads a collection; every problem is returned, not just the first.
pub fn collection<V: JsonValue>(
    value: &V,
    unknown: UnknownFields,
) -> Result<Collection, Vec<ModelError>> {
    let mut r = Reader {
        unknown,
        tolerant: false,
        errors: Vec::new(),
    };
    let c = r.collection(value);
    match c {
        Some(c) if r.errors.is_empty() => Ok(c),
        _ => Err(r.errors),
    }
}

/// Reads a collection for an editor: every problem, unknown fields included
/// (with "did you mean" when one is close to an allowed name), is returned,
/// beside what could be read, as the tolerant reader reads it. `None` when
/// there is nothing to read (see [`collection_tolerant`]).
pub fn collection_checked<V: JsonValue>(value: &V) -> (Option<Collection>, Vec<ModelError>) {
    let mut r = Reader {
        unknown: UnknownFields::Error,
        tolerant: true,
        errors: Vec::new(),
    };
    let c = r.collection(value);
    (c, r.errors)
}

/// Reads a collection as a reader's browser does: a problem costs only the
/// smallest unit it is in, and is returned as a warning beside what could
/// be read. A field of the wrong type is left out; a card without a
/// headline or a read-more item without a title is kept with an empty one
/// (validation leaves it out, under its own index); a source without a
/// name and a credit of an unknown kind are left out; a photo without a `src`
/// keeps its caption and credit (it shows as a photo that failed to load);
/// a missing `id` or `title` is left empty (validation decides). Unknown
/// fields are ignored. Only a document that is not an object, or has no
/// `cards` list, is an error: there is nothing to show.
pub fn collection_tolerant<V: JsonValue>(
    value: &V,
) -> Result<(Collection, Vec<ModelError>), Vec<ModelError>> {
    let mut r = Reader {
        unknown: UnknownFields::Ignore,
        tolerant: true,
        errors: Vec::new(),
    };
    match r.collection(value) {
        Some(c) => Ok((c, r.errors)),
        None => Err(r.errors),
    }
}

/// Reads the collection's fields the plain-HTML form carries in its host's
/// `data-rest` (see [`super::fields::rest`]) from a JSON object into `c`, as a reader's
/// browser reads a collection (tolerantly, unknown fields ignored); the
/// problems are returned, named `{path}.{field}`.
pub fn rest<V: JsonValue>(value: &V, path: &str, c: &mut Collection) -> Vec<ModelError> {
    let mut r = Reader {
        unknown: UnknownFields::Ignore,
        tolerant: true,
        errors: Vec::new(),
    };
    if let Some(mut f) = r.object(value, path, fields::COLLECTION) {
        r.rest(&mut f, c);
    }
    r.errors
}

struct Reader {
    unknown: UnknownFields,
    /// Missing required texts are read as empty (see [`collection_tolerant`]).
    tolerant: bool,
    errors: Vec<ModelError>,
}

/// An object's members, taken one by one; what is left is unknown.
struct Fields<V> {
    path: String,
    members: Vec<(String, V)>,
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_owned()
    } else {
        format!("{path}.{key}")
    }
}

impl<V> Fields<V> {
    fn take(&mut self, key: &str) -> (String, Option<V>) {
        let value = self
            .members
            .iter()
            .position(|(k, _)| k == key)
            .map(|i| self.members.remove(i).1);
        (join(&self.path, key), value)
    }
}

/// How a value shows in a message: `text "x"`, `the number 5`, `a list [ … ]`…
fn describe<V: JsonValue>(v: &V) -> String {
    if let Some(s) = v.as_text() {
        let mut q = String::from("text \"");
        for c in s.chars().take(60) {
            if c == '"' || c == '\\' {
                q.push('\\');
            }
            q.push(c);
        }
        q.push('"');
        return q;
    }
    if let Some(n) = v.as_number() {
        return match whole(n) {
            Some(i) => format!("the number {i}"),
            None => "a number with a fraction".to_owned(),
        };
    }
    if let Some(b) = v.as_boolean() {
        return format!("{b}");
    }
    if v.is_nothing() {
        return "null".to_owned();
    }
    if v.as_items().is_some() {
        return "a list [ … ]".to_owned();
    }
    "an object { … }".to_owned()
}

/// The allowed name an unknown key most likely misspells (`captoin` →
/// `caption`): at most two edits (a swap of neighbours is one) and fewer
/// than half its letters. Editors' builds only; the browser ignores unknown
/// fields.
#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
fn did_you_mean<'a>(key: &str, allowed: &[&'a str]) -> Option<&'a str> {
    let lower = key.to_lowercase();
    allowed
        .iter()
        .map(|name| {
            (
                strsim::damerau_levenshtein(&lower, &name.to_lowercase()),
                *name,
            )
        })
        .filter(|&(d, name)| d <= 2 && d * 2 < name.len().max(2))
        .min_by_key(|&(d, _)| d)
        .map(|(_, name)| name)
}

#[cfg(all(target_arch = "wasm32", not(feature = "editor")))]
fn did_you_mean<'a>(_key: &str, _allowed: &[&'a str]) -> Option<&'a str> {
    None
}

/// What a count (`number`, `width`, `height`) should be.
const WHOLE: &str = "a whole number";
/// What `cards`, `body` and `names` should be.
const LIST: &str = "a list [ … ]";

/// The number as an integer, when it is one (without float formatting).
fn whole(n: f64) -> Option<i64> {
    (n.is_finite() && n == n.trunc() && n.abs() < 9_007_199_254_740_992.0).then_some(n as i64)
}

impl Reader {
    fn fail(&mut self, path: String, message: impl Into<String>) {
        self.errors.push(ModelError {
            path,
            message: message.into(),
            position: None,
        });
    }

    /// "should be a list [ … ], not text "…"": in an editor's words, the
    /// same natively and in the browser. The document itself is named.
    fn wrong<V: JsonValue>(&mut self, path: String, v: &V, expected: &str) {
        let what = if path.is_empty() { "the document " } else { "" };
        let message = format!("{what}should be {expected}, not {}", describe(v));
        self.fail(path, message);
    }

    /// An object with the allowed keys; unknown keys are reported (or not).
    fn object<V: JsonValue>(&mut self, v: &V, path: &str, allowed: &[&str]) -> Option<Fields<V>> {
        let Some(members) = v.as_members() else {
            let fields = super::join_with(allowed.iter().copied(), ", ");
            self.wrong(path.to_owned(), v, &format!("an object {{ {fields} }}"));
            return None;
        };
        if self.unknown == UnknownFields::Error {
            for (key, _) in &members {
                if !allowed.contains(&key.as_str()) {
                    let hint = did_you_mean(key, allowed)
                        .map(|name| format!("; did you mean `{name}`?"))
                        .unwrap_or_default();
                    self.fail(
                        join(path, key),
                        format!(
                            "unknown field (allowed here: {}){hint}",
                            super::join_with(allowed.iter().copied(), ", ")
                        ),
                    );
                }
            }
        }
        Some(Fields {
            path: path.to_owned(),
            members,
        })
    }

    fn required<V: JsonValue, T>(
        &mut self,
        (path, v): (String, Option<V>),
        read: impl FnOnce(&mut Self, String, &V) -> Option<T>,
    ) -> Option<T> {
        match v {
            Some(v) => read(self, path, &v),
            None => {
                self.fail(path, "required field is missing");
                None
            }
        }
    }

    /// An optional field: absent or `null` is `None`.
    fn optional<V: JsonValue, T>(
        &mut self,
        (path, v): (String, Option<V>),
        read: impl FnOnce(&mut Self, String, &V) -> Option<T>,
    ) -> Option<T> {
        v.filter(|v| !v.is_nothing())
            .and_then(|v| read(self, path, &v))
    }

    fn text<V: JsonValue>(&mut self, path: String, v: &V) -> Option<String> {
        let text = v.as_text();
        if text.is_none() {
            self.wrong(path, v, "text");
        }
        text
    }

    fn count<V: JsonValue>(&mut self, path: String, v: &V) -> Option<u32> {
        let Some(n) = v.as_number() else {
            self.wrong(path, v, WHOLE);
            return None;
        };
        match whole(n).map(u32::try_from) {
            Some(Ok(n)) => Some(n),
            Some(Err(_)) => {
                let message = format!(
                    "should be a whole number from 0 to 4294967295, not {}",
                    describe(v)
                );
                self.fail(path, message);
                None
            }
            None => {
                self.wrong(path, v, WHOLE);
                None
            }
        }
    }

    /// A list; absent is empty. Items that fail are reported and left out.
    fn list<V: JsonValue, T>(
        &mut self,
        (path, v): (String, Option<V>),
        mut item: impl FnMut(&mut Self, String, &V) -> Option<T>,
    ) -> Vec<T> {
        let Some(v) = v else {
            return Vec::new();
        };
        let Some(items) = v.as_items() else {
            self.wrong(path, &v, LIST);
            return Vec::new();
        };
        items
            .iter()
            .enumerate()
            .filter_map(|(i, v)| item(self, format!("{path}[{i}]"), v))
            .collect()
    }

    fn collection<V: JsonValue>(&mut self, v: &V) -> Option<Collection> {
        let mut f = self.object(v, "", fields::COLLECTION)?;
        let id = self.required(f.take("id"), Self::text);
        let language = self.optional(f.take("language"), Self::text);
        let title = self.required(f.take("title"), Self::text);
        let mut opt = |r: &mut Self, key| r.optional(f.take(key), Self::text);
        let kicker = opt(self, "kicker");
        let intro = opt(self, "intro");
        let attribution = opt(self, "attribution");
        let cards_field = f.take("cards");
        match &cards_field.1 {
            None => {
                self.fail(cards_field.0, "required field is missing");
                return None;
            }
            Some(v) if self.tolerant && v.as_items().is_none() => {
                self.wrong(cards_field.0, v, LIST);
                return None;
            }
            Some(_) => {}
        }
        let cards = self.list(cards_field, Self::card);
        let mut c = Collection {
            id: String::new(),
            language: language.unwrap_or_else(super::default_language),
            title: String::new(),
            kicker,
            section: None,
            dateline: None,
            published: None,
            intro,
            attribution,
            source: None,
            byline: None,
            cards,
            read_more: Vec::new(),
        };
        self.rest(&mut f, &mut c);
        (c.id, c.title) = if self.tolerant {
            (id.unwrap_or_default(), title.unwrap_or_default())
        } else {
            (id?, title?)
        };
        Some(c)
    }

    /// The fields the plain-HTML form carries in `data-rest`, into `c`.
    fn rest<V: JsonValue>(&mut self, f: &mut Fields<V>, c: &mut Collection) {
        let mut opt = |r: &mut Self, key| r.optional(f.take(key), Self::text);
        c.section = opt(self, "section");
        c.dateline = opt(self, "dateline");
        c.published = opt(self, "published");
        c.byline = opt(self, "byline");
        c.source = self.optional(f.take("source"), Self::source);
        c.read_more = self.list(f.take("readMore"), Self::read_more);
    }

    fn source<V: JsonValue>(&mut self, path: String, v: &V) -> Option<Source> {
        let mut f = self.object(v, &path, fields::SOURCE)?;
        let name = self.required(f.take("name"), Self::text);
        let url = self.optional(f.take("url"), Self::text);
        Some(Source { name: name?, url })
    }

    fn card<V: JsonValue>(&mut self, path: String, v: &V) -> Option<Card> {
        // Tolerant: a card that is not an object, or has no headline, is
        // kept with an empty one, so that validation leaves it out under
        // its own index and the later cards' paths stay those of the data.
        let Some(mut f) = self.object(v, &path, fields::CARD) else {
            return self.tolerant.then(|| Card {
                number: None,
                section: None,
                kicker: None,
                headline: String::new(),
                photo: None,
                body: Vec::new(),
            });
        };
        let number = self.optional(f.take("number"), Self::count);
        let section = self.optional(f.take("section"), Self::text);
        let kicker = self.optional(f.take("kicker"), Self::text);
        let headline = self.required(f.take("headline"), Self::text);
        let photo = self.optional(f.take("photo"), Self::photo);
        let body = self.list(f.take("body"), Self::text);
        let headline = if self.tolerant {
            headline.unwrap_or_default()
        } else {
            headline?
        };
        Some(Card {
            number,
            section,
            kicker,
            headline,
            photo,
            body,
        })
    }

    fn photo<V: JsonValue>(&mut self, path: String, v: &V) -> Option<Photo> {
        let mut f = self.object(v, &path, fields::PHOTO)?;
        let src = self.required(f.take("src"), Self::text);
        let srcset = self
            .optional(f.take("srcset"), Self::text)
            .map(|text| super::Srcset::parse(&text));
        let sizes = self.optional(f.take("sizes"), Self::text);
        let width = self.optional(f.take("width"), Self::count);
        let height = self.optional(f.take("height"), Self::count);
        let alt = self.optional(f.take("alt"), Self::text);
        let caption = self.optional(f.take("caption"), Self::text);
        let credit = self.optional(f.take("credit"), Self::credit).flatten();
        let src = if self.tolerant {
            src.unwrap_or_default()
        } else {
            src?
        };
        Some(Photo {
            src,
            srcset,
            sizes,
            width,
            height,
            alt,
            caption,
            credit,
        })
    }

    /// A credit text ("Ảnh: Nguyễn Hồng"; empty is none) or an object.
    fn credit<V: JsonValue>(&mut self, path: String, v: &V) -> Option<Option<Credit>> {
        if let Some(text) = v.as_text() {
            return Some(credit::from_text(&text));
        }
        if v.as_members().is_none() {
            self.wrong(
                path,
                v,
                "a credit text like \"Photo: Jane Doe\" or an object {kind, names, agency}",
            );
            return None;
        }
        let mut f = self.object(v, &path, fields::CREDIT)?;
        let kind = self.required(f.take("kind"), |r, path, v| match v.as_text().as_deref() {
            Some("photo") => Some(CreditKind::Photo),
            Some("source") => Some(CreditKind::Source),
            Some(other) => {
                let message = format!("should be \"photo\" or \"source\", not \"{other}\"");
                r.fail(path, message);
                None
            }
            None => {
                r.wrong(path, v, "\"photo\" or \"source\"");
                None
            }
        });
        let names_field = f.take("names");
        let names_given = names_field.1.is_some();
        let names = self.list(names_field, Self::text);
        if !names_given {
            self.fail(join(&path, "names"), "required field is missing");
        }
        let mut opt = |r: &mut Self, key| r.optional(f.take(key), Self::text);
        let agency = opt(self, "agency");
        let label = opt(self, "label");
        let via = opt(self, "via");
        let for_ = opt(self, "for");
        let text = opt(self, "text");
        Some(Some(Credit {
            kind: kind?,
            names,
            agency,
            label,
            via,
            for_,
            text,
        }))
    }

    fn read_more<V: JsonValue>(&mut self, path: String, v: &V) -> Option<ReadMore> {
        let empty = || ReadMore {
            title: String::new(),
            summary: None,
            url: None,
        };
        // Tolerant: kept with an empty title, as cards are (see `card`).
        let Some(mut f) = self.object(v, &path, fields::READ_MORE) else {
            return self.tolerant.then(empty);
        };
        let title = self.required(f.take("title"), Self::text);
        let summary = self.optional(f.take("summary"), Self::text);
        let url = self.optional(f.take("url"), Self::text);
        let title = if self.tolerant {
            title.unwrap_or_default()
        } else {
            title?
        };
        Some(ReadMore {
            title,
            summary,
            url,
        })
    }
}

#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
impl JsonValue for serde_json::Value {
    fn as_text(&self) -> Option<String> {
        self.as_str().map(str::to_owned)
    }
    fn as_number(&self) -> Option<f64> {
        self.as_f64()
    }
    fn as_boolean(&self) -> Option<bool> {
        self.as_bool()
    }
    fn is_nothing(&self) -> bool {
        self.is_null()
    }
    fn as_items(&self) -> Option<Vec<Self>> {
        self.as_array().cloned()
    }
    fn as_members(&self) -> Option<Vec<(String, Self)>> {
        self.as_object()
            .map(|o| o.iter().map(|(k, v)| (k.clone(), v.clone())).collect())
    }
}

#[cfg(target_arch = "wasm32")]
impl JsonValue for wasm_bindgen::JsValue {
    fn as_text(&self) -> Option<String> {
        self.as_string()
    }
    fn as_number(&self) -> Option<f64> {
        self.as_f64()
    }
    fn as_boolean(&self) -> Option<bool> {
        self.as_bool()
    }
    fn is_nothing(&self) -> bool {
        self.is_null() || self.is_undefined()
    }
    fn as_items(&self) -> Option<Vec<Self>> {
        js_sys::Array::is_array(self).then(|| js_sys::Array::from(self).iter().collect())
    }
    fn as_members(&self) -> Option<Vec<(String, Self)>> {
        if !self.is_object() || js_sys::Array::is_array(self) || self.is_function() {
            return None;
        }
        let object: &js_sys::Object = wasm_bindgen::JsCast::unchecked_ref(self);
        Some(
            js_sys::Object::keys(object)
                .iter()
                .filter_map(|key| {
                    let value = js_sys::Reflect::get(self, &key).ok()?;
                    Some((key.as_string()?, value))
                })
                .collect(),
        )
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
