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

mod card_form;
mod export;
mod fields;
mod forms;
mod import_panel;
mod photos;
mod preview;
mod report;
mod state;
mod strings;
mod top_bar;

use fields::Report;
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

/// Saves the work on every change, and keeps the leave prompt in step.
#[hook]
fn use_autosave(doc: &UseReducerHandle<Doc>) {
    let doc = doc.clone();
    use_effect_with((doc.collection.clone(), doc.dirty), move |_| {
        doc.save();
        DIRTY.with(|d| d.set(doc.dirty));
    });
}

/// The page's `lang` and title follow the editor's language.
#[hook]
fn use_page_language(language: String) {
    use_effect_with(language, move |lang| {
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            if let Some(html) = document.document_element() {
                let _ = html.set_attribute("lang", lang);
            }
            document.set_title(strings::words(lang).title);
        }
    });
}

/// Chooses the editor's language, and remembers the choice.
fn set_language(language: &UseStateHandle<String>) -> Callback<String> {
    let language = language.clone();
    Callback::from(move |v: String| {
        // A choice made here is remembered; until then the browser's
        // languages decide on each visit.
        if let Some(s) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
            let _ = s.set_item(LANGUAGE_KEY, &v);
        }
        language.set(v);
    })
}

/// The cards: their messages, each card's form, and the button that adds
/// one at the end.
fn cards_section(
    c: &crate::model::Collection,
    report: &Report,
    dispatch: &Callback<Action>,
    w: &'static strings::Words,
    announce: &Callback<(String, bool)>,
) -> Html {
    let countdown = state::counts_down(c);
    let add_card = {
        let d = dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            d.emit(Action::Step(Rc::new(|c| {
                c.cards.push(crate::model::Card::draft(0));
                state::renumber(c);
            })))
        })
    };
    html! {
        <section class="ed-section" aria-labelledby="ed-cards">
            <h2 id="ed-cards">{ w.cards_heading }{ format!(" ({})", c.cards.len()) }</h2>
            { fields::message_list(report, "cards") }
            <ol class="ed-card-list">
                { for c.cards.iter().enumerate().map(|(i, card)| html! {
                    <card_form::CardForm key={i} index={i} total={c.cards.len()} card={card.clone()} report={report.clone()} dispatch={dispatch.clone()} words={w} announce={announce.clone()} {countdown} />
                }) }
            </ol>
            <button type="button" id="ed-add-card" onclick={add_card}>{ w.add_card }</button>
        </section>
    }
}

/// The editor.
#[component]
fn App() -> Html {
    let doc = use_reducer(Doc::restore);
    let language = use_state(stored_language);
    let w = strings::words(&language);
    use_autosave(&doc);
    use_page_language((*language).clone());
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
        |(c, lang, failed)| report::report(c, lang, failed),
    ))
    .clone();
    let c = doc.collection.clone();
    // What the last move or removal did (announced), and whether "undo" is offered with it.
    let said = use_state(|| (String::new(), false));
    let announce = {
        let said = said.clone();
        Callback::from(move |s: (String, bool)| said.set(s))
    };
    top_bar::use_undo_shortcuts(dispatch.clone());
    html! {
        <>
            <header class="ed-head">
                <h1>{ w.title }</h1>
                <p class="ed-hint">{ w.intro }</p>
            </header>
            <top_bar::TopBar words={w} language={(*language).clone()} on_language={set_language(&language)}
                can_undo={doc.can_undo()} can_redo={doc.can_redo()} dirty={doc.dirty}
                said={(*said).clone()} on_said={announce.clone()} dispatch={dispatch.clone()} />
            <main class="ed-main">
                <div class="ed-form">
                    <import_panel::ImportPanel dispatch={dispatch.clone()} words={w} />
                    <report::CheckList report={report.clone()} words={w} />
                    <forms::CollectionForm collection={c.clone()} report={report.clone()} dispatch={dispatch.clone()} words={w} />
                    { cards_section(&c, &report, &dispatch, w, &announce) }
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
