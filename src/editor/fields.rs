//! Form fields that show the validator's messages for their own JSON path
//! beside them (`aria-describedby`, `aria-invalid`), so an editor sees what
//! is wrong where it is wrong.

use std::rc::Rc;
use yew::prelude::*;

/// One message of the validator, as `validate` words it.
#[derive(Clone, PartialEq)]
pub struct Msg {
    /// JSON path: `cards[2].photo.src`; empty for the whole document.
    pub path: String,
    /// An error (the document is not valid) or a warning.
    pub error: bool,
    pub text: String,
}

/// Every message of the current document.
pub type Report = Rc<Vec<Msg>>;

/// The DOM id of the field for a JSON path: `cards[2].photo.src` →
/// `f-cards-2-photo-src` (the check list links to it).
pub fn dom_id(path: &str) -> String {
    let mut id = String::from("f-");
    for c in path.chars() {
        if c.is_ascii_alphanumeric() {
            id.push(c);
        } else if !id.ends_with('-') {
            id.push('-');
        }
    }
    id.trim_end_matches('-').to_owned()
}

/// The messages of `report` whose path is `path`, or starts with it
/// followed by `[` (a body paragraph, `cards[0].body[2]`, shows under the
/// body).
pub fn messages_for<'a>(report: &'a [Msg], path: &'a str) -> impl Iterator<Item = &'a Msg> {
    report.iter().filter(move |m| {
        m.path == path
            || m.path
                .strip_prefix(path)
                .is_some_and(|rest| rest.starts_with('['))
    })
}

/// The messages under a field.
pub fn message_list(report: &[Msg], path: &str) -> Html {
    let id = format!("{}-msg", dom_id(path));
    let items: Vec<&Msg> = messages_for(report, path).collect();
    if items.is_empty() {
        return Html::default();
    }
    html! {
        <ul class="ed-msgs" id={id}>
            { for items.iter().map(|m| html! {
                <li class={if m.error { "ed-msg ed-error" } else { "ed-msg ed-warning" }}>{ &m.text }</li>
            }) }
        </ul>
    }
}

/// Properties of [`Field`].
#[derive(Properties, PartialEq, Clone)]
pub struct FieldProps {
    /// The JSON path the field edits (its id and its messages).
    pub path: AttrValue,
    pub label: AttrValue,
    pub value: AttrValue,
    pub report: Report,
    /// Every keystroke (the preview follows as one types).
    pub on_input: Callback<String>,
    /// When the value is committed (blur, Enter): photo URLs read the
    /// image's size then.
    #[prop_or_default]
    pub on_change: Option<Callback<String>>,
    /// `text`, `url`, `number`…; a `<textarea>` when `rows` is set.
    #[prop_or(AttrValue::Static("text"))]
    pub kind: AttrValue,
    #[prop_or_default]
    pub rows: Option<u32>,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    #[prop_or_default]
    pub required: bool,
}

/// A labelled input (or textarea) with its hint and messages.
#[component]
pub fn Field(props: &FieldProps) -> Html {
    let id = dom_id(&props.path);
    let has_msgs = messages_for(&props.report, &props.path).next().is_some();
    let invalid = messages_for(&props.report, &props.path).any(|m| m.error);
    let hint_id = format!("{id}-hint");
    let described = [
        props.hint.as_ref().map(|_| hint_id.clone()),
        has_msgs.then(|| format!("{id}-msg")),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ");
    let described = (!described.is_empty()).then_some(described);
    let on_input = props.on_input.clone();
    let oninput = Callback::from(move |e: InputEvent| {
        if let Some(v) = value_of(e.target()) {
            on_input.emit(v);
        }
    });
    let onchange = props.on_change.clone().map(|cb| {
        Callback::from(move |e: Event| {
            if let Some(v) = value_of(e.target()) {
                cb.emit(v);
            }
        })
    });
    let aria_invalid = invalid.then_some("true");
    html! {
        <div class="ed-field">
            <label for={id.clone()}>{ &props.label }{ props.required.then_some(" *") }</label>
            if let Some(rows) = props.rows {
                <textarea id={id.clone()} rows={rows.to_string()} value={props.value.clone()} {oninput} {onchange}
                    aria-describedby={described} aria-invalid={aria_invalid} />
            } else {
                <input id={id.clone()} type={props.kind.clone()} value={props.value.clone()} {oninput} {onchange}
                    aria-describedby={described} aria-invalid={aria_invalid} />
            }
            if let Some(hint) = &props.hint {
                <p class="ed-hint" id={hint_id}>{ hint }</p>
            }
            { message_list(&props.report, &props.path) }
        </div>
    }
}

/// The value of an input or textarea event target.
pub fn value_of(target: Option<web_sys::EventTarget>) -> Option<String> {
    use wasm_bindgen::JsCast;
    let target = target?;
    if let Some(input) = target.dyn_ref::<web_sys::HtmlInputElement>() {
        return Some(input.value());
    }
    if let Some(area) = target.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        return Some(area.value());
    }
    target
        .dyn_ref::<web_sys::HtmlSelectElement>()
        .map(|s| s.value())
}

/// `""` → `None`: an empty field removes an optional value.
pub fn opt(v: &str) -> Option<String> {
    (!v.trim().is_empty()).then(|| v.to_owned())
}
