//! The editor (`editor.html`): turns the article an editor already has
//! into cards. Paste or open it (the importers in `sources::import`), fix
//! it in a form that shows every message of the validator beside its field,
//! see it in the real widget, and copy what to publish. Its own wasm,
//! built from `src/bin/editor.rs` with the `editor` feature: the reader's
//! widget never carries it (the size check proves it).
//!
//! Nothing is lost: the work is saved on this device on every change and
//! restored on reload, undo and redo go back 200 steps, and leaving with
//! changes not yet downloaded or copied asks first.

mod export;
mod fields;
mod forms;
mod import_panel;
mod photos;
mod preview;
mod state;
mod strings;

use fields::{dom_id, Msg, Report};
use state::{Action, Doc};
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Where the editor's language is kept.
const LANGUAGE_KEY: &str = "highlight-cards.editor.language";

thread_local! {
    /// Changes not yet exported, for the `beforeunload` prompt.
    static DIRTY: Cell<bool> = const { Cell::new(false) };
}

/// Mounts the editor on `#editor` and asks before leaving with changes
/// not yet exported.
pub fn start() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(root) = document.get_element_by_id("editor") else {
        return;
    };
    // The "loading" line goes; the app takes its place.
    root.set_inner_html("");
    let before_unload =
        Closure::<dyn FnMut(web_sys::BeforeUnloadEvent)>::new(|e: web_sys::BeforeUnloadEvent| {
            if DIRTY.with(Cell::get) {
                e.prevent_default();
                e.set_return_value("");
            }
        });
    if let Some(window) = web_sys::window() {
        let _ = window.add_event_listener_with_callback(
            "beforeunload",
            before_unload.as_ref().unchecked_ref(),
        );
    }
    before_unload.forget(); // page lifetime
    yew::Renderer::<App>::with_root(root).render();
}

/// Every message of the validator for a document, errors and warnings
/// together (the warnings of what a reader's browser would still show when
/// there are errors); in the editor's language, with the words `validate
/// --lang` prints — except that the form's credit is written at the end of
/// the caption: it has no credit field to point at.
fn check(c: &crate::model::Collection, language: &str) -> Report {
    let (errors, warnings) = match crate::model::validate(c.clone()) {
        Ok(v) => (Vec::new(), v.warnings),
        Err(errors) => {
            let tolerant = crate::model::validate_tolerant(c.clone(), Vec::new())
                .map(|v| v.warnings)
                .unwrap_or_default();
            let warnings = tolerant
                .into_iter()
                .filter(|w| {
                    !errors
                        .iter()
                        .any(|e| e.path == w.path && e.message == w.message)
                })
                .collect();
            (errors, warnings)
        }
    };
    let msg = |m: crate::model::ModelError, error: bool| Msg {
        path: m.path,
        error,
        text: crate::model::words::in_language(&m.message, language)
            .replace(" or a credit field", "")
            .replace(" hoặc vào trường credit", ""),
    };
    Rc::new(
        errors
            .into_iter()
            .map(|m| msg(m, true))
            .chain(warnings.into_iter().map(|m| msg(m, false)))
            .collect(),
    )
}

/// The editor's language: the one chosen here before, else the first of
/// the browser's languages (`navigator.languages`, the reader's order of
/// preference) that the editor speaks, else English.
fn stored_language() -> String {
    let window = web_sys::window();
    let chosen = window
        .as_ref()
        .and_then(|w| w.local_storage().ok().flatten())
        .and_then(|s| s.get_item(LANGUAGE_KEY).ok().flatten());
    let preferred = || {
        let languages = window.as_ref()?.navigator().languages();
        languages
            .iter()
            .filter_map(|l| l.as_string())
            .find_map(|l| strings::spoken(&l))
    };
    chosen
        .or_else(|| preferred().map(str::to_owned))
        .unwrap_or_else(|| "en".to_owned())
}

/// The editor.
#[component]
fn App() -> Html {
    let doc = use_reducer(Doc::restore);
    let language = use_state(stored_language);
    let w = strings::words(&language);
    {
        // Saved on every change (and the leave prompt kept in step).
        let doc = doc.clone();
        use_effect_with((doc.collection.clone(), doc.dirty), move |_| {
            doc.save();
            DIRTY.with(|d| d.set(doc.dirty));
        });
    }
    {
        let language = language.clone();
        use_effect_with((*language).clone(), move |lang| {
            if let Some(document) = web_sys::window().and_then(|w| w.document()) {
                if let Some(html) = document.document_element() {
                    let _ = html.set_attribute("lang", lang);
                }
                document.set_title(strings::words(lang).title);
            }
        });
    }
    let dispatch = {
        let doc = doc.clone();
        Callback::from(move |a: Action| doc.dispatch(a))
    };
    let settings = use_state(state::Publish::default);
    let failed_photos = photos::use_photo_check(
        doc.collection.clone(),
        settings.base.clone(),
        dispatch.clone(),
    );
    let report: Report = (*use_memo(
        (doc.collection.clone(), (*language).clone(), failed_photos),
        |(c, lang, failed)| {
            // A photo that does not load is an error beside its URL.
            let w = strings::words(lang);
            let mut report = (*check(c, lang)).clone();
            for (i, card) in c.cards.iter().enumerate() {
                if card
                    .photo
                    .as_ref()
                    .is_some_and(|p| failed.contains(&p.src.trim().to_owned()))
                {
                    report.insert(
                        0,
                        Msg {
                            path: format!("cards[{i}].photo.src"),
                            error: true,
                            text: w.photo_failed.to_owned(),
                        },
                    );
                }
            }
            Rc::new(report)
        },
    ))
    .clone();
    let c = doc.collection.clone();
    // What the last move or removal did (announced), and whether "undo" is offered with it.
    let said = use_state(|| (String::new(), false));
    let announce = {
        let said = said.clone();
        Callback::from(move |s: (String, bool)| said.set(s))
    };
    {
        // Ctrl+Z (⌘Z) undoes, Ctrl+Shift+Z or Ctrl+Y redoes, anywhere on the page.
        let dispatch = dispatch.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|w| {
                gloo::events::EventListener::new(&w, "keydown", move |e| {
                    let Some(e) = e.dyn_ref::<web_sys::KeyboardEvent>() else {
                        return;
                    };
                    if !(e.ctrl_key() || e.meta_key()) || e.alt_key() {
                        return;
                    }
                    let action = match e.key().to_lowercase().as_str() {
                        "z" if e.shift_key() => Action::Redo,
                        "z" => Action::Undo,
                        "y" => Action::Redo,
                        _ => return,
                    };
                    e.prevent_default();
                    dispatch.emit(action);
                })
            });
            move || drop(listener)
        });
    }
    let countdown = {
        let first = c.cards.first().and_then(|k| k.number);
        c.cards.len() > 1 && first > c.cards.last().and_then(|k| k.number)
    };
    let undo = {
        let d = dispatch.clone();
        Callback::from(move |_: MouseEvent| d.emit(Action::Undo))
    };
    let redo = {
        let d = dispatch.clone();
        Callback::from(move |_: MouseEvent| d.emit(Action::Redo))
    };
    let undo_removal = {
        let (d, said) = (dispatch.clone(), said.clone());
        Callback::from(move |_: MouseEvent| {
            d.emit(Action::Undo);
            said.set((String::new(), false));
        })
    };
    let set_language = {
        let language = language.clone();
        Callback::from(move |e: Event| {
            if let Some(v) = fields::value_of(e.target()) {
                // A choice made here is remembered; until then the browser's
                // languages decide on each visit.
                if let Some(s) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
                    let _ = s.set_item(LANGUAGE_KEY, &v);
                }
                language.set(v);
            }
        })
    };
    let add_card = {
        let d = dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            d.emit(Action::Edit(
                "cards".into(),
                Rc::new(|c| {
                    c.cards.push(crate::model::Card::draft(0));
                    state::renumber(c);
                }),
            ))
        })
    };
    let errors = report.iter().filter(|m| m.error).count();
    let warnings = report.len() - errors;
    html! {
        <>
            <header class="ed-head">
                <h1>{ w.title }</h1>
                <p class="ed-hint">{ w.intro }</p>
            </header>
            // Sticks to the top: undo, redo and what the last action did stay in reach.
            <section class="ed-top" aria-label={w.tools}>
                <div class="ed-top-tools">
                    <label class="ed-control" for="ed-language">{ w.language }
                        <select id="ed-language" onchange={set_language}>
                            <option value="vi" selected={*language == "vi"}>{ "Tiếng Việt" }</option>
                            <option value="en" selected={*language == "en"}>{ "English" }</option>
                        </select>
                    </label>
                    <button type="button" id="ed-undo" onclick={undo} disabled={!doc.can_undo()}>{ w.undo }</button>
                    <button type="button" id="ed-redo" onclick={redo} disabled={!doc.can_redo()}>{ w.redo }</button>
                    <p class="ed-saved" id="ed-saved" role="status">{ if doc.dirty { w.unsaved } else { w.saved } }</p>
                    <a class="ed-to-preview" href="#ed-preview">{ w.to_preview }</a>
                </div>
                <div class="ed-said" id="ed-said" role="status">
                    { said.0.clone() }
                    if said.1 {
                        { " " }<button type="button" id="ed-undo-removal" onclick={undo_removal}>{ w.undo }</button>
                    }
                </div>
            </section>
            <main class="ed-main">
                <div class="ed-form">
                    <import_panel::ImportPanel dispatch={dispatch.clone()} words={w} />
                    <section class="ed-section ed-check" aria-labelledby="ed-check">
                        <h2 id="ed-check">{ w.check_heading }</h2>
                        if report.is_empty() {
                            <p class="ed-ok">{ w.all_good }</p>
                        } else {
                            <p id="ed-counts">{ format!("{errors} {} · {warnings} {}", w.errors, w.warnings) }</p>
                            <ul class="ed-check-list" tabindex="0" aria-label={w.check_heading}>
                                { for report.iter().map(|m| html! {
                                    <li class={if m.error { "ed-error" } else { "ed-warning" }}>
                                        <a href={format!("#{}", dom_id(&m.path))}>{ w.place(&m.path) }</a>
                                        { format!(": {}", m.text) }
                                    </li>
                                }) }
                            </ul>
                        }
                    </section>
                    <forms::CollectionForm collection={c.clone()} report={report.clone()} dispatch={dispatch.clone()} words={w} />
                    <section class="ed-section" aria-labelledby="ed-cards">
                        <h2 id="ed-cards">{ w.cards_heading }{ format!(" ({})", c.cards.len()) }</h2>
                        { fields::message_list(&report, "cards") }
                        <ol class="ed-card-list">
                            { for c.cards.iter().enumerate().map(|(i, card)| html! {
                                <forms::CardForm key={i} index={i} total={c.cards.len()} card={card.clone()} report={report.clone()} dispatch={dispatch.clone()} words={w} announce={announce.clone()} {countdown} />
                            }) }
                        </ol>
                        <button type="button" id="ed-add-card" onclick={add_card}>{ w.add_card }</button>
                    </section>
                    <forms::ReadMoreForm items={c.read_more.clone()} report={report.clone()} dispatch={dispatch.clone()} words={w} />
                </div>
                <div class="ed-side">
                    <preview::Preview collection={c.clone()} words={w} settings={settings.clone()} />
                    <export::Export collection={c.clone()} settings={(*settings).clone()} dispatch={dispatch.clone()} words={w} />
                </div>
            </main>
        </>
    }
}
