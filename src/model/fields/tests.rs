//! Every use of the format's fields against [`TABLE`]: each test fails when
//! a field is added to the table and not to that use, or the other way.

use super::*;
use crate::model::{read, Collection};
use serde_json::{json, Map, Value};
use std::collections::BTreeSet;

/// A value of each kind; texts name their field (`card.headline`), so a
/// walker's visits can be told apart.
fn sample(object: Object, field: &Field) -> Value {
    let own = format!("{object:?} {}", field.name).to_lowercase();
    match field.kind {
        Kind::Id => json!("every-field"),
        Kind::Language => json!("vi"),
        Kind::DateTime => json!("2023-12-31T06:06:00+07:00"),
        Kind::Text => json!(own),
        Kind::Texts => json!([format!("{own} 1"), format!("{own} 2")]),
        Kind::Url => json!(format!("https://example.vn/{}.jpg", field.name)),
        Kind::Srcset => {
            json!("https://example.vn/a-480.jpg 480w, https://example.vn/a-960.jpg 960w")
        }
        Kind::Sizes => json!("(min-width: 40em) 40em, 100vw"),
        Kind::Count => json!(7),
        Kind::CreditKind => json!("photo"),
        Kind::Credit => full(Object::Credit),
        Kind::One(inner) => full(inner),
        Kind::List(inner) => json!([full(inner)]),
    }
}

/// An object with every field the table gives it.
fn full(object: Object) -> Value {
    Value::Object(
        of(object)
            .map(|f| (f.name.to_owned(), sample(object, f)))
            .collect::<Map<_, _>>(),
    )
}

fn read_full() -> Collection {
    read::collection(&full(Object::Collection), read::UnknownFields::Error)
        .expect("a document with every field of the table reads")
}

/// The JSON Schema (generated from the serde types) has exactly the
/// table's fields in each object, and requires the table's required ones.
#[test]
fn the_schema_has_the_tables_fields() {
    let schema = serde_json::to_value(schemars::schema_for!(Collection)).unwrap();
    for object in [
        Object::Collection,
        Object::Source,
        Object::Card,
        Object::Photo,
        Object::Credit,
        Object::ReadMore,
    ] {
        let def = match object {
            Object::Collection => &schema,
            other => &schema["$defs"][format!("{other:?}")],
        };
        let properties: BTreeSet<&str> = def["properties"]
            .as_object()
            .unwrap_or_else(|| panic!("{object:?} in the schema"))
            .keys()
            .map(String::as_str)
            .collect();
        let listed: BTreeSet<&str> = of(object).map(|f| f.name).collect();
        assert_eq!(properties, listed, "{object:?}: schema against table");
        let required: BTreeSet<&str> = def["required"]
            .as_array()
            .map(|r| r.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        let table: BTreeSet<&str> = of(object).filter(|f| f.required).map(|f| f.name).collect();
        assert_eq!(required, table, "{object:?}: required fields");
    }
    // The name lists the reader uses are the table's, in order.
    for (object, names) in [
        (Object::Collection, COLLECTION),
        (Object::Source, SOURCE),
        (Object::Card, CARD),
        (Object::Photo, PHOTO),
        (Object::Credit, CREDIT),
        (Object::ReadMore, READ_MORE),
    ] {
        assert_eq!(of(object).map(|f| f.name).collect::<Vec<_>>(), names);
    }
}

/// The reader reads every field, and the serde types write every field
/// back: a document with all of them round-trips whole.
#[test]
fn a_document_with_every_field_reads_and_writes_back_whole() {
    let c = read_full();
    assert_eq!(serde_json::to_value(&c).unwrap(), full(Object::Collection));
    // Leaving out an optional field is fine; an unknown one is named.
    let mut more = full(Object::Collection);
    more["cards"][0]["photo"]["captoin"] = json!("x");
    let errors = read::collection(&more, read::UnknownFields::Error).unwrap_err();
    assert_eq!(errors[0].path, "cards[0].photo.captoin");
}

/// `for_each_text_mut` visits the texts (what is NFC-normalised) and
/// nothing else; `for_each_url` the URLs (what is resolved).
#[test]
fn the_walkers_visit_every_text_and_url() {
    fn expected(value: &Value, object: Object, kinds: &[Kind], out: &mut BTreeSet<String>) {
        for field in of(object) {
            let v = &value[field.name];
            match field.kind {
                Kind::One(inner) => expected(v, inner, kinds, out),
                Kind::Credit => expected(v, Object::Credit, kinds, out),
                Kind::List(inner) => {
                    for item in v.as_array().unwrap() {
                        expected(item, inner, kinds, out);
                    }
                }
                kind if kinds.contains(&kind) => match v {
                    Value::Array(items) => {
                        out.extend(items.iter().map(|i| i.as_str().unwrap().to_owned()))
                    }
                    Value::String(s) if kind == Kind::Srcset => out.extend(
                        s.split(", ")
                            .map(|c| c.split(' ').next().unwrap().to_owned()),
                    ),
                    Value::String(s) => {
                        out.insert(s.clone());
                    }
                    _ => {}
                },
                _ => {}
            }
        }
    }
    let whole = full(Object::Collection);
    type Walk = fn(&mut Collection, &mut dyn FnMut(&mut String));
    let walkers: [(&str, &[Kind], Walk); 2] = [
        ("for_each_text_mut", &[Kind::Text, Kind::Texts], |c, f| {
            c.for_each_text_mut(f)
        }),
        ("for_each_url", &[Kind::Url, Kind::Srcset], |c, f| {
            c.for_each_url(f)
        }),
    ];
    for (name, kinds, walk) in walkers {
        let mut wanted = BTreeSet::new();
        expected(&whole, Object::Collection, kinds, &mut wanted);
        let mut seen = BTreeSet::new();
        walk(&mut read_full(), &mut |s| {
            seen.insert(s.clone());
        });
        assert_eq!(seen, wanted, "{name}");
    }
}

/// The plain-HTML form carries every field, shown or in `data-rest`, and
/// its reader reads each back.
#[test]
fn the_plain_form_carries_every_field() {
    use crate::sources::{html, html_write};
    let valid = |c: Collection| (*crate::model::validate(c).expect("valid").collection).clone();
    let mut c = read_full();
    // As editors write a credit, every role in it: the plain form carries
    // it as caption text, as written, and reads it back.
    c.cards[0].photo.as_mut().unwrap().credit = crate::model::credit::from_text(
        "Photo by Nguyễn Hồng and Trí Dũng/TTXVN for Báo Thế giới via Getty Images",
    );
    let credit = c.cards[0].photo.as_ref().unwrap().credit.as_ref().unwrap();
    assert!(
        credit.via.is_some()
            && credit.for_.is_some()
            && credit.agency.is_some()
            && credit.label.is_some()
    );
    let c = valid(c);
    let page = format!("<body>{}</body>", html_write::write(&c));
    let back = html::read_page(&page)
        .into_iter()
        .flatten()
        .next()
        .expect("cards");
    let back = valid(back);
    let (a, b) = (
        serde_json::to_value(&back).unwrap(),
        serde_json::to_value(&c).unwrap(),
    );
    assert_eq!(a, b);
    // What travels in `data-rest` is what the table says.
    let rest: Vec<&str> = rest().collect();
    assert_eq!(html_write::only_in_data_rest(&c), rest);
}

/// A Markdown document's front matter sets every field it may list, and
/// says which those are when a key is unknown.
#[test]
fn front_matter_sets_every_field_it_lists() {
    let mut doc = String::from("---\n");
    for name in front_matter() {
        let value = match name {
            "source" => "Báo Thế giới & Việt Nam <https://baoquocte.vn/>".to_owned(),
            other => {
                let field = of(Object::Collection).find(|f| f.name == other).unwrap();
                sample(Object::Collection, field)
                    .as_str()
                    .unwrap()
                    .to_owned()
            }
        };
        doc.push_str(&format!("{name}: {value}\n"));
    }
    doc.push_str("colour: red\n---\n\n## 1. A headline\n\nA body.\n");
    let imported = crate::sources::import::markdown::import(&doc);
    let c = serde_json::to_value(&imported.collection).unwrap();
    for name in front_matter() {
        assert!(
            c.get(name).is_some(),
            "front matter `{name}` is not read: {c}"
        );
    }
    let known = front_matter().collect::<Vec<_>>().join(", ");
    assert!(
        imported.notes.iter().any(|n| n.message.contains(&known)),
        "{:?}",
        imported.notes
    );
}

/// Each field the table says a form edits has its input in the editor's
/// forms (`forms.rs`, `card_form.rs`), and no other field has one. The editor builds for the browser
/// only, so its source is read here.
#[test]
fn the_editor_has_an_input_for_each_field_it_edits() {
    let editor = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/editor");
    let forms = ["forms.rs", "card_form.rs"]
        .map(|f| std::fs::read_to_string(editor.join(f)).unwrap())
        .concat();
    for field in TABLE {
        if matches!(field.kind, Kind::One(_) | Kind::List(_)) {
            continue;
        }
        let path = match field.object {
            Object::Collection => format!("\"{}\"", field.name),
            Object::Source => format!("\"source.{}\"", field.name),
            Object::Card => format!("{{base}}.{}\"", field.name),
            Object::Photo => format!("{{base}}.photo.{}\"", field.name),
            Object::Credit => format!("credit.{}", field.name),
            Object::ReadMore => format!("readMore[{{i}}].{}\"", field.name),
        };
        // A collection's text field is edited by `text("name", …)` or
        // `<Field path="name" …>`.
        let has_input = match field.object {
            Object::Collection => {
                forms.contains(&format!("text({path}, ")) || forms.contains(&format!("path={path}"))
            }
            Object::Card if field.name == "body" => forms.contains("cards[{i}].body\""),
            _ => {
                forms.contains(&format!("path={{format!(\"{path}"))
                    || forms.contains(&format!("path={path}"))
            }
        };
        assert_eq!(
            has_input,
            field.editor == Editor::Input,
            "{:?}.{}: an input in src/editor/forms.rs ({path}) against the table's {:?}",
            field.object,
            field.name,
            field.editor
        );
    }
}
