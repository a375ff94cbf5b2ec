//! The collection's form, the body and read-more fields, and the edits
//! every form makes (one per field, so typing in a field is one undo
//! step). Each card's form is in `card_form.rs`.

use super::fields::{message_list, opt, Field, Report};
use super::state::Action;
use super::strings::Words;
use crate::model::{Card, Collection, Photo, ReadMore, Source};
use std::rc::Rc;
use yew::prelude::*;

/// An edit of field `path` applying `f`.
fn edit(
    dispatch: &Callback<Action>,
    path: String,
    f: impl Fn(&mut Collection, String) + 'static,
) -> Callback<String> {
    let dispatch = dispatch.clone();
    let f = Rc::new(f);
    Callback::from(move |v: String| {
        let f = f.clone();
        dispatch.emit(Action::Edit(
            path.clone(),
            Rc::new(move |c| f(c, v.clone())),
        ));
    })
}

/// An edit of card `i`.
pub(super) fn card_edit(
    dispatch: &Callback<Action>,
    i: usize,
    field: &str,
    f: impl Fn(&mut Card, String) + 'static,
) -> Callback<String> {
    edit(dispatch, format!("cards[{i}].{field}"), move |c, v| {
        if let Some(card) = c.cards.get_mut(i) {
            f(card, v);
        }
    })
}

/// An edit of card `i`'s photo (made when the card has none yet).
pub(super) fn photo_edit(
    dispatch: &Callback<Action>,
    i: usize,
    field: &str,
    f: impl Fn(&mut Photo, String) + 'static,
) -> Callback<String> {
    card_edit(dispatch, i, &format!("photo.{field}"), move |card, v| {
        f(card.photo.get_or_insert_with(Photo::draft), v)
    })
}

/// Properties of the forms.
#[derive(Properties, PartialEq, Clone)]
pub struct FormProps {
    pub collection: Rc<Collection>,
    pub report: Report,
    pub dispatch: Callback<Action>,
    pub words: &'static Words,
}

/// The collection's own fields.
#[component]
pub fn CollectionForm(props: &FormProps) -> Html {
    let (c, r, d) = (&props.collection, &props.report, &props.dispatch);
    let w = props.words;
    let text = |path: &str, label: &str, value: &str, f: fn(&mut Collection, String)| {
        html! {
            <Field path={path.to_owned()} label={w.label(label)} value={value.to_owned()} report={r.clone()}
                on_input={edit(d, path.to_owned(), f)} required={matches!(path, "id" | "title")} />
        }
    };
    let source = c.source.clone();
    html! {
        <section class="ed-section" aria-labelledby="ed-collection">
            <h2 id="ed-collection">{ props.words.collection_heading }</h2>
            { message_list(r, "") }
            { text("title", "title", &c.title, |c, v| c.title = v) }
            { text("id", "id", &c.id, |c, v| c.id = v) }
            { text("language", "language", &c.language, |c, v| c.language = v) }
            { text("kicker", "kicker", c.kicker.as_deref().unwrap_or(""), |c, v| c.kicker = opt(&v)) }
            { text("section", "section", c.section.as_deref().unwrap_or(""), |c, v| c.section = opt(&v)) }
            { text("dateline", "dateline", c.dateline.as_deref().unwrap_or(""), |c, v| c.dateline = opt(&v)) }
            { text("published", "published", c.published.as_deref().unwrap_or(""), |c, v| c.published = opt(&v)) }
            <Field path="intro" label={w.label("intro")} value={c.intro.clone().unwrap_or_default()} report={r.clone()} rows={3}
                on_input={edit(d, "intro".into(), |c, v| c.intro = opt(&v))} />
            { text("attribution", "attribution", c.attribution.as_deref().unwrap_or(""), |c, v| c.attribution = opt(&v)) }
            { text("byline", "byline", c.byline.as_deref().unwrap_or(""), |c, v| c.byline = opt(&v)) }
            <Field path="source.name" label={w.label("source.name")} value={source.as_ref().map(|s| s.name.clone()).unwrap_or_default()} report={r.clone()}
                on_input={edit(d, "source.name".into(), |c, v| match (opt(&v), &mut c.source) {
                    (None, Some(s)) if s.url.is_none() => c.source = None,
                    (name, Some(s)) => s.name = name.unwrap_or_default(),
                    (Some(name), None) => c.source = Some(Source { name, url: None }),
                    (None, None) => {}
                })} />
            <Field path="source.url" label={w.label("source.url")} kind="url" value={source.and_then(|s| s.url).unwrap_or_default()} report={r.clone()}
                on_input={edit(d, "source.url".into(), |c, v| {
                    let s = c.source.get_or_insert_with(|| Source { name: String::new(), url: None });
                    s.url = opt(&v);
                })} />
        </section>
    }
}

/// Properties of [`BodyField`].
#[derive(Properties, PartialEq, Clone)]
pub struct BodyProps {
    pub index: usize,
    pub body: Vec<String>,
    pub report: Report,
    pub dispatch: Callback<Action>,
    pub hint: &'static str,
    pub label: &'static str,
}

/// Body paragraphs in one textarea, separated by an empty line. The text
/// as typed is kept (an empty line being typed is not a paragraph yet),
/// and follows the document when it changes otherwise (undo, import).
#[component]
pub fn BodyField(props: &BodyProps) -> Html {
    let text = use_state(|| props.body.join("\n\n"));
    {
        let text = text.clone();
        use_effect_with(props.body.clone(), move |body| {
            if paragraphs(&text) != *body {
                text.set(body.join("\n\n"));
            }
        });
    }
    let i = props.index;
    let dispatch = props.dispatch.clone();
    let on_input = {
        let text = text.clone();
        Callback::from(move |v: String| {
            text.set(v.clone());
            let body = paragraphs(&v);
            dispatch.emit(Action::Edit(
                format!("cards[{i}].body"),
                Rc::new(move |c| {
                    if let Some(card) = c.cards.get_mut(i) {
                        card.body = body.clone();
                    }
                }),
            ));
        })
    };
    html! {
        <Field path={format!("cards[{i}].body")} label={props.label} rows={6} value={(*text).clone()} report={props.report.clone()}
            {on_input} hint={props.hint} />
    }
}

/// Paragraphs of a textarea: split at empty lines, trimmed, none empty.
pub fn paragraphs(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    for line in text.lines() {
        if line.trim().is_empty() {
            if !current.trim().is_empty() {
                out.push(current.trim().to_owned());
            }
            current.clear();
        } else {
            if !current.is_empty() {
                current.push(' ');
            }
            current.push_str(line.trim());
        }
    }
    if !current.trim().is_empty() {
        out.push(current.trim().to_owned());
    }
    out
}

/// Properties of [`ReadMoreForm`].
#[derive(Properties, PartialEq, Clone)]
pub struct ReadMoreProps {
    pub items: Vec<ReadMore>,
    pub report: Report,
    pub dispatch: Callback<Action>,
    pub words: &'static Words,
}

/// The "Đọc thêm" list: title, link, summary per story.
#[component]
pub fn ReadMoreForm(props: &ReadMoreProps) -> Html {
    let (w, r, d) = (props.words, &props.report, &props.dispatch);
    let add = {
        let d = d.clone();
        Callback::from(move |_: MouseEvent| {
            d.emit(Action::Step(Rc::new(|c| {
                c.read_more.push(ReadMore {
                    title: String::new(),
                    summary: None,
                    url: None,
                })
            })))
        })
    };
    let item_edit = |i: usize, field: &str, f: fn(&mut ReadMore, String)| {
        edit(d, format!("readMore[{i}].{field}"), move |c, v| {
            if let Some(item) = c.read_more.get_mut(i) {
                f(item, v);
            }
        })
    };
    html! {
        <section class="ed-section" aria-labelledby="ed-readmore">
            <h2 id="ed-readmore">{ w.read_more_heading }</h2>
            <ol class="ed-readmore">
                { for props.items.iter().enumerate().map(|(i, item)| {
                    let remove = {
                        let d = d.clone();
                        Callback::from(move |_: MouseEvent| {
                            d.emit(Action::Step(Rc::new(move |c| {
                                if i < c.read_more.len() {
                                    c.read_more.remove(i);
                                }
                            })))
                        })
                    };
                    html! {
                        <li class="ed-readmore-item">
                            <Field path={format!("readMore[{i}].title")} label={w.label("readMore.title")} value={item.title.clone()} report={r.clone()}
                                on_input={item_edit(i, "title", |m, v| m.title = v)} />
                            <Field path={format!("readMore[{i}].url")} label={w.label("readMore.url")} kind="url" value={item.url.clone().unwrap_or_default()} report={r.clone()}
                                on_input={item_edit(i, "url", |m, v| m.url = opt(&v))} />
                            <Field path={format!("readMore[{i}].summary")} label={w.label("readMore.summary")} rows={2} value={item.summary.clone().unwrap_or_default()} report={r.clone()}
                                on_input={item_edit(i, "summary", |m, v| m.summary = opt(&v))} />
                            <button type="button" class="ed-danger" onclick={remove}>{ w.remove_read_more }</button>
                        </li>
                    }
                }) }
            </ol>
            <button type="button" onclick={add}>{ w.add_read_more }</button>
        </section>
    }
}
