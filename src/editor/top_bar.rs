//! The bar that sticks to the top of the editor: the editor's language,
//! Undo and Redo (also Ctrl+Z / ⌘Z and Ctrl+Shift+Z or Ctrl+Y anywhere on
//! the page), whether the work is published, a link to the preview on
//! narrow screens, and what the last move or removal did (announced, with
//! its own Undo after a removal).

use super::state::Action;
use super::strings::Words;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Properties of [`TopBar`].
#[derive(Properties, PartialEq, Clone)]
pub struct TopBarProps {
    pub words: &'static Words,
    pub language: AttrValue,
    pub on_language: Callback<String>,
    pub can_undo: bool,
    pub can_redo: bool,
    /// Changes not yet downloaded or copied.
    pub dirty: bool,
    /// What the last move or removal did, and whether Undo goes with it.
    pub said: (String, bool),
    pub on_said: Callback<(String, bool)>,
    pub dispatch: Callback<Action>,
}

/// See the module documentation.
#[component]
pub fn TopBar(props: &TopBarProps) -> Html {
    let w = props.words;
    let emit = |action: fn() -> Action| {
        let d = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| d.emit(action()))
    };
    let undo_removal = {
        let (d, said) = (props.dispatch.clone(), props.on_said.clone());
        Callback::from(move |_: MouseEvent| {
            d.emit(Action::Undo);
            said.emit((String::new(), false));
        })
    };
    let on_language = props.on_language.clone();
    let onchange = Callback::from(move |e: Event| {
        if let Some(v) = super::fields::value_of(e.target()) {
            on_language.emit(v);
        }
    });
    let language = props.language.as_str();
    html! {
        <section class="ed-top" aria-label={w.tools}>
            <div class="ed-top-tools">
                <label class="ed-control" for="ed-language">{ w.language }
                    <select id="ed-language" {onchange}>
                        <option value="vi" selected={language == "vi"}>{ "Tiếng Việt" }</option>
                        <option value="en" selected={language == "en"}>{ "English" }</option>
                    </select>
                </label>
                <button type="button" id="ed-undo" onclick={emit(|| Action::Undo)} disabled={!props.can_undo}>{ w.undo }</button>
                <button type="button" id="ed-redo" onclick={emit(|| Action::Redo)} disabled={!props.can_redo}>{ w.redo }</button>
                <p class="ed-saved" id="ed-saved" role="status">{ if props.dirty { w.unsaved } else { w.saved } }</p>
                <a class="ed-to-preview" href="#ed-preview">{ w.to_preview }</a>
            </div>
            <div class="ed-said" id="ed-said" role="status">
                { props.said.0.clone() }
                if props.said.1 {
                    { " " }<button type="button" id="ed-undo-removal" onclick={undo_removal}>{ w.undo }</button>
                }
            </div>
        </section>
    }
}

/// Ctrl+Z (⌘Z) undoes, Ctrl+Shift+Z or Ctrl+Y redoes, anywhere on the page.
#[hook]
pub fn use_undo_shortcuts(dispatch: Callback<Action>) {
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
