//! Paste or open the article, in any format the importers read; what they
//! could not place is listed with its line, for the editor to check.

use super::state::Action;
use super::strings::Words;
use crate::sources::import::{self, Format, Imported, Note};
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Imports `text`: the format chosen, or guessed from the file name and
/// the text. In the browser HTML is parsed by the browser itself.
pub fn import_any(name: &str, text: &str, format: Option<Format>) -> Result<Imported, Vec<Note>> {
    match format.unwrap_or_else(|| Format::guess(name, text)) {
        Format::Text => Ok(import::text::import(text)),
        Format::Markdown => Ok(import::markdown::import(text)),
        Format::Json => import::json(text),
        Format::Html => html(text),
        // Rows pasted from Google Sheets, Excel or LibreOffice are tab-separated.
        sheet @ (Format::Csv | Format::Tsv) => import::sheet_bytes(text.as_bytes(), sheet),
    }
}

/// The first widget with cards in an HTML page or fragment, read by the
/// same reader the widget uses on a host page.
fn html(text: &str) -> Result<Imported, Vec<Note>> {
    let none = || {
        vec![Note::new(0, "no widget with cards: the HTML needs a <highlight-cards> element holding an <ol> of cards")]
    };
    let parser = web_sys::DomParser::new().map_err(|_| none())?;
    let doc = parser
        .parse_from_string(text, web_sys::SupportedType::TextHtml)
        .map_err(|_| none())?;
    let hosts = doc
        .query_selector_all(crate::markup::HOST_SELECTOR)
        .map_err(|_| none())?;
    let mut candidates: Vec<web_sys::Element> = (0..hosts.length())
        .filter_map(|i| hosts.item(i)?.dyn_into().ok())
        .collect();
    if let Some(body) = doc.body() {
        candidates.push(body.into());
    }
    candidates
        .iter()
        .find_map(|host| {
            let language = host.get_attribute("lang").filter(|l| !l.is_empty());
            crate::sources::html::read(host, "", language.as_deref().unwrap_or("vi"))
        })
        .map(|(collection, problems)| Imported {
            collection,
            notes: problems
                .iter()
                .map(|p| Note::new(0, format!("{}: {}", p.path, p.message)))
                .collect(),
        })
        .ok_or_else(none)
}

/// Reads an opened file and imports it: a spreadsheet from its bytes (see
/// [`Format::reads_bytes`]), anything else from its text, which is then
/// shown in the paste box too.
async fn read_file(
    file: web_sys::File,
    format: Option<Format>,
) -> Option<(Option<String>, Result<Imported, Vec<Note>>)> {
    use wasm_bindgen_futures::JsFuture;
    let name = file.name();
    let sheet = Format::of_file(&name, format);
    if sheet.reads_bytes() {
        let buffer = JsFuture::from(file.array_buffer()).await.ok()?;
        let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
        return Some((None, import::sheet_bytes(&bytes, sheet)));
    }
    let content = JsFuture::from(file.text()).await.ok()?.as_string()?;
    let result = import_any(&name, &content, format);
    Some((Some(content), result))
}

/// Properties of [`ImportPanel`].
#[derive(Properties, PartialEq, Clone)]
pub struct ImportProps {
    pub dispatch: Callback<Action>,
    pub words: &'static Words,
}

/// What an import said: the notes of one that read something, or why
/// nothing could be read.
type Outcome = Result<Vec<Note>, Vec<Note>>;

/// See the module documentation.
#[component]
pub fn ImportPanel(props: &ImportProps) -> Html {
    let w = props.words;
    let text = use_state(String::new);
    let format = use_state(|| None::<Format>);
    let notes = use_state(|| None::<Outcome>);
    // An import's result: the collection into the form, the notes listed.
    let apply = {
        let (dispatch, notes) = (props.dispatch.clone(), notes.clone());
        Callback::from(move |result: Result<Imported, Vec<Note>>| match result {
            Ok(imported) => {
                dispatch.emit(Action::Replace(imported.collection));
                notes.set(Some(Ok(imported.notes)));
            }
            Err(errors) => notes.set(Some(Err(errors))),
        })
    };
    let on_import = {
        let (text, format, apply) = (text.clone(), format.clone(), apply.clone());
        Callback::from(move |_: MouseEvent| apply.emit(import_any("", &text, *format)))
    };
    let on_text = {
        let text = text.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(v) = super::fields::value_of(e.target()) {
                text.set(v);
            }
        })
    };
    let on_format = {
        let format = format.clone();
        Callback::from(move |e: Event| {
            let v = super::fields::value_of(e.target()).unwrap_or_default();
            format.set(v.parse::<Format>().ok());
        })
    };
    let on_file = open_file(&text, &format, apply);
    html! {
        <section class="ed-section" aria-labelledby="ed-import">
            <h2 id="ed-import">{ w.import_heading }</h2>
            <p class="ed-hint">{ w.import_hint }</p>
            <label for="ed-paste">{ w.paste_label }</label>
            <textarea id="ed-paste" rows="6" value={(*text).clone()} oninput={on_text} />
            <div class="ed-row">
                { format_select(*format, on_format, w) }
                <button type="button" id="ed-import-button" onclick={on_import}>{ w.import_button }</button>
                <label class="ed-control ed-file" for="ed-file">{ w.open_file }
                    <input id="ed-file" type="file" accept=".txt,.md,.markdown,.html,.htm,.json,.csv,.tsv,text/plain,text/markdown,text/html,application/json,text/csv,text/tab-separated-values" onchange={on_file} />
                </label>
            </div>
            { notes_view((*notes).as_ref(), w) }
        </section>
    }
}

/// The file input's callback: reads the chosen file, shows its text in the
/// paste box (a spreadsheet's is not shown) and hands the import to `apply`.
fn open_file(
    text: &UseStateHandle<String>,
    format: &UseStateHandle<Option<Format>>,
    apply: Callback<Result<Imported, Vec<Note>>>,
) -> Callback<Event> {
    let (text, format) = (text.clone(), format.clone());
    Callback::from(move |e: Event| {
        let Some(input) = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        let (text, format, apply) = (text.clone(), *format, apply.clone());
        wasm_bindgen_futures::spawn_local(async move {
            if let Some((shown, result)) = read_file(file, format).await {
                if let Some(shown) = shown {
                    text.set(shown);
                }
                apply.emit(result);
            }
        });
    })
}

/// The format menu: "automatic" (guessed from the file name and the text)
/// or one of the importers' formats, `current` chosen.
fn format_select(current: Option<Format>, on_format: Callback<Event>, w: &'static Words) -> Html {
    let current = current.map(|f| f.to_string()).unwrap_or_default();
    html! {
        <label class="ed-control" for="ed-format">{ w.format }
            <select id="ed-format" onchange={on_format}>
                <option value="" selected={current.is_empty()}>{ w.format_auto }</option>
                { for Format::NAMES.iter().map(|(n, _)| html! { <option value={*n} selected={current == *n}>{ *n }</option> }) }
            </select>
        </label>
    }
}

/// The last import's notes (what could not be placed, open), or the
/// reasons nothing could be read (an alert); nothing before an import or
/// when it had nothing to say.
fn notes_view(notes: Option<&Outcome>, w: &'static Words) -> Html {
    match notes {
        Some(Ok(list)) if !list.is_empty() => html! {
            <details class="ed-notes" open=true>
                <summary>{ format!("{} ({})", w.notes_heading, list.len()) }</summary>
                // Scrolls when long: focusable, so the keyboard can scroll it.
                <ul tabindex="0" aria-label={w.notes_heading}>{ for list.iter().map(|n| html! { <li>{ import::words::note_in(n, w.code) }</li> }) }</ul>
            </details>
        },
        Some(Err(list)) => html! {
            <div class="ed-notes ed-error" role="alert">
                <p>{ w.nothing_read }</p>
                <ul>{ for list.iter().map(|n| html! { <li>{ import::words::note_in(n, w.code) }</li> }) }</ul>
            </div>
        },
        _ => Html::default(),
    }
}
