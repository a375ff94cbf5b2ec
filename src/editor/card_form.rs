//! Each card's form: every field of a card, the buttons that move, add
//! and remove it (so the keyboard does it too; each one undo step, focus
//! and an announcement following the card), the caption's credit read
//! live, and a photo's size read from the image itself.
//!
//! One file: a card's fields and their tools; the photo's checks are
//! `photos.rs`.

use super::fields::{dom_id, message_list, opt, Field, Report};
use super::forms::{card_edit, photo_edit, BodyField};
use super::state::{renumber, Action};
use super::strings::Words;
use crate::model::credit::split_caption;
use crate::model::{Card, Collection, CreditKind, Photo};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Properties of [`CardForm`].
#[derive(Properties, PartialEq, Clone)]
pub struct CardProps {
    pub index: usize,
    pub total: usize,
    pub card: Card,
    pub report: Report,
    pub dispatch: Callback<Action>,
    pub words: &'static Words,
    /// Says what a move or removal did (the page's live region), with
    /// whether it can be undone from there.
    pub announce: Callback<(String, bool)>,
    /// The cards count down (n … 1): numbers follow positions that way.
    pub countdown: bool,
}

/// Moves, adds or removes cards (numbers follow the order): each one undo
/// step of its own. Then focus goes to `focus` (an element id) and
/// `said` is announced, so a keyboard or screen-reader user knows where
/// the card went.
fn structural(
    props: &CardProps,
    f: impl Fn(&mut Collection) + 'static,
    focus: Option<String>,
    said: Option<(String, bool)>,
) -> Callback<MouseEvent> {
    let (dispatch, announce) = (props.dispatch.clone(), props.announce.clone());
    let f: Rc<dyn Fn(&mut Collection)> = Rc::new(move |c: &mut Collection| {
        f(c);
        renumber(c);
    });
    Callback::from(move |_| {
        dispatch.emit(Action::Step(f.clone()));
        if let Some(said) = said.clone() {
            announce.emit(said);
        }
        if let Some(id) = focus.clone() {
            // After the re-render.
            gloo::timers::callback::Timeout::new(0, move || focus_element(&id)).forget();
        }
    })
}

/// Focuses the element with `id`, if it is on the page.
pub fn focus_element(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// One card's fields, and the buttons that move, add and remove it.
#[component]
pub fn CardForm(props: &CardProps) -> Html {
    let (i, w, r, d) = (props.index, props.words, &props.report, &props.dispatch);
    let card = &props.card;
    let base = format!("cards[{i}]");
    let number = card.number.unwrap_or(i as u32 + 1);
    let heading_id = format!("ed-card-{i}");
    let photo = card.photo.clone();
    let label = format!("{} {number}", w.card);
    html! {
        <li class="ed-card" aria-labelledby={heading_id.clone()}>
            <div class="ed-card-head">
                <h3 id={heading_id} tabindex="-1">{ &label }</h3>
                { card_tools(props, number, &label) }
            </div>
            { message_list(r, &base) }
            <Field path={format!("{base}.number")} label={w.label("number")} kind="number" value={number.to_string()} report={r.clone()}
                on_input={card_edit(d, i, "number", |k, v| k.number = v.trim().parse().ok())} />
            <Field path={format!("{base}.headline")} label={w.label("headline")} required=true value={card.headline.clone()} report={r.clone()}
                on_input={card_edit(d, i, "headline", |k, v| k.headline = v)} />
            <Field path={format!("{base}.kicker")} label={w.label("kicker")} value={card.kicker.clone().unwrap_or_default()} report={r.clone()}
                on_input={card_edit(d, i, "kicker", |k, v| k.kicker = opt(&v))} />
            <Field path={format!("{base}.section")} label={w.label("section")} value={card.section.clone().unwrap_or_default()} report={r.clone()}
                on_input={card_edit(d, i, "section", |k, v| k.section = opt(&v))} />
            { photo_fields(i, photo.as_ref(), r, d, w) }
            <BodyField index={i} body={card.body.clone()} report={r.clone()} dispatch={d.clone()} hint={w.body_hint} label={w.label("body")} />
        </li>
    }
}

/// The number a card has at position `k` of `total` after renumbering (a
/// countdown counts down).
fn number_at(k: usize, total: usize, countdown: bool) -> u32 {
    if countdown {
        (total - k) as u32
    } else {
        k as u32 + 1
    }
}

/// Where focus goes after card `i` of `total` is removed: the card now in
/// its place, else the one before, else "add".
fn focus_after_remove(i: usize, total: usize) -> String {
    if i + 1 < total {
        format!("ed-card-{i}")
    } else if i > 0 {
        format!("ed-card-{}", i - 1)
    } else {
        "ed-add-card".to_owned()
    }
}

/// Moves the card numbered `number` to position `to` with `swap`; focus
/// and the announcement follow it there.
fn move_card(
    props: &CardProps,
    number: u32,
    to: usize,
    swap: impl Fn(&mut Collection) + 'static,
) -> Callback<MouseEvent> {
    let said = props
        .words
        .moved
        .replace("{0}", &number.to_string())
        .replace(
            "{1}",
            &number_at(to, props.total, props.countdown).to_string(),
        );
    structural(
        props,
        swap,
        Some(format!("ed-card-{to}")),
        Some((said, false)),
    )
}

/// The card's buttons: move up, move down, add a card after it, remove it.
fn card_tools(props: &CardProps, number: u32, label: &str) -> Html {
    let (i, w, total) = (props.index, props.words, props.total);
    let up = move_card(props, number, i.saturating_sub(1), move |c| {
        if i > 0 && i < c.cards.len() {
            c.cards.swap(i - 1, i);
        }
    });
    let down = move_card(props, number, i + 1, move |c| {
        if i + 1 < c.cards.len() {
            c.cards.swap(i, i + 1);
        }
    });
    let remove = structural(
        props,
        move |c| {
            if i < c.cards.len() {
                c.cards.remove(i);
            }
        },
        Some(focus_after_remove(i, total)),
        Some((w.removed.replace("{0}", &number.to_string()), true)),
    );
    let add_after = structural(
        props,
        move |c| {
            let at = (i + 1).min(c.cards.len());
            c.cards.insert(at, Card::draft(0));
        },
        Some(format!("ed-card-{}", i + 1)),
        None,
    );
    html! {
        <div class="ed-card-tools">
            <button type="button" onclick={up} disabled={i == 0} aria-label={format!("{}: {}", w.move_up, label)}>{ "↑" }</button>
            <button type="button" onclick={down} disabled={i + 1 >= total} aria-label={format!("{}: {}", w.move_down, label)}>{ "↓" }</button>
            <button type="button" onclick={add_after}>{ w.add_card }</button>
            <button type="button" class="ed-danger" onclick={remove} aria-label={format!("{}: {}", w.remove_card, label)}>{ w.remove_card }</button>
        </div>
    }
}

/// A card's photo: its fields, its credit as read, the size read from the
/// image, and the buttons that add or remove it.
fn photo_fields(
    i: usize,
    photo: Option<&Photo>,
    r: &Report,
    d: &Callback<Action>,
    w: &'static Words,
) -> Html {
    let base = format!("cards[{i}]");
    let read_size = {
        let d = d.clone();
        let src = photo.map(|p| p.src.clone()).unwrap_or_default();
        move |_: MouseEvent| read_image_size(&d, i, &src)
    };
    let on_src_change = {
        let d = d.clone();
        Callback::from(move |src: String| read_image_size(&d, i, &src))
    };
    // Clicks as edits of the card's photo (the path its messages are under).
    let add_photo = card_edit(d, i, "photo", |card, _| {
        card.photo.get_or_insert_with(Photo::draft);
    })
    .reform(|_: MouseEvent| String::new());
    let remove_photo =
        card_edit(d, i, "photo", |card, _| card.photo = None).reform(|_: MouseEvent| String::new());
    html! {
        <>
            if let Some(p) = photo {
                <fieldset class="ed-photo">
                    <legend>{ w.label("photo") }</legend>
                    { message_list(r, &format!("{base}.photo")) }
                    <Field path={format!("{base}.photo.src")} label={w.label("photo.src")} kind="url" value={p.src.clone()} report={r.clone()}
                        on_input={photo_edit(d, i, "src", |p, v| p.src = v)} on_change={on_src_change} />
                    <div class="ed-row">
                        <Field path={format!("{base}.photo.width")} label={w.label("photo.width")} kind="number" value={p.width.map(|v| v.to_string()).unwrap_or_default()} report={r.clone()}
                            on_input={photo_edit(d, i, "width", |p, v| p.width = v.trim().parse().ok())} />
                        <Field path={format!("{base}.photo.height")} label={w.label("photo.height")} kind="number" value={p.height.map(|v| v.to_string()).unwrap_or_default()} report={r.clone()}
                            on_input={photo_edit(d, i, "height", |p, v| p.height = v.trim().parse().ok())} />
                        <button type="button" class="ed-inline-button" onclick={read_size} disabled={p.src.is_empty()}>{ w.read_size }</button>
                    </div>
                    <Field path={format!("{base}.photo.alt")} label={w.label("photo.alt")} value={p.alt.clone().unwrap_or_default()} report={r.clone()}
                        on_input={photo_edit(d, i, "alt", |p, v| p.alt = opt(&v))} />
                    <Field path={format!("{base}.photo.caption")} label={w.label("photo.caption")} rows={2} value={p.caption.clone().unwrap_or_default()} report={r.clone()}
                        on_input={photo_edit(d, i, "caption", |p, v| p.caption = opt(&v))} />
                    { credit_view(p, w, &dom_id(&format!("{base}.photo.credit"))) }
                    <button type="button" onclick={remove_photo}>{ w.remove_photo }</button>
                </fieldset>
            } else {
                <button type="button" onclick={add_photo}>{ w.add_photo }</button>
            }
        </>
    }
}

/// The caption's credit as the widget will read it: kind, names, agency.
fn credit_view(p: &Photo, w: &Words, id: &str) -> Html {
    let credit = p
        .credit
        .clone()
        .or_else(|| p.caption.as_deref().and_then(|c| split_caption(c).1));
    html! {
        <p class="ed-credit" id={id.to_owned()} aria-live="polite">
            if let Some(c) = credit {
                <span class="ed-credit-label">{ w.credit_parsed }{ ": " }</span>
                <span class="ed-credit-kind" data-kind={if c.kind == CreditKind::Photo { "photo" } else { "source" }}>
                    { if c.kind == CreditKind::Photo { w.credit_photo } else { w.credit_source } }
                </span>
                { " · " }
                <span class="ed-credit-names">{ c.names.join(", ") }</span>
                if let Some(agency) = &c.agency {
                    { format!(" · {}: ", w.credit_agency) }<span class="ed-credit-agency">{ agency }</span>
                }
            } else {
                <span class="ed-credit-none">{ w.credit_none }</span>
            }
        </p>
    }
}

/// Reads a photo's width and height from the image itself.
fn read_image_size(dispatch: &Callback<Action>, i: usize, src: &str) {
    if src.trim().is_empty() {
        return;
    }
    let Ok(img) = web_sys::HtmlImageElement::new() else {
        return;
    };
    let dispatch = dispatch.clone();
    let loaded = img.clone();
    let onload = Closure::once_into_js(move || {
        let (w, h) = (loaded.natural_width(), loaded.natural_height());
        if w > 0 && h > 0 {
            super::photos::give_size(&dispatch, i, w, h);
        }
    });
    img.set_onload(Some(onload.unchecked_ref()));
    img.set_src(src.trim());
}
