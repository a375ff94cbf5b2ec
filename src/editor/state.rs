//! The document being edited, with undo and redo, saved on this device on
//! every change (`localStorage`) and restored on reload: nothing an editor
//! typed is lost to a closed tab or a crash.

use crate::model::{Card, Collection};
use serde::Serialize;
use std::rc::Rc;
use yew::prelude::*;

/// Where the work is kept between visits.
pub const STORAGE_KEY: &str = "highlight-cards.editor";

/// How many steps undo remembers.
const UNDO_LIMIT: usize = 200;

/// A change to the collection, made by one field (`field` names it, so
/// typing in one field is one undo step, not one per key).
pub type Edit = Rc<dyn Fn(&mut Collection)>;

/// What the editor can do to the document.
pub enum Action {
    /// A field changed.
    Edit(String, Edit),
    /// One action on its own (add, move, remove): always one undo step,
    /// never merged with the step before.
    Step(Edit),
    /// An import, or a restore: the whole collection at once.
    Replace(Collection),
    Undo,
    Redo,
    /// Downloaded or copied: nothing left unpublished.
    Exported,
}

/// The document and its history.
#[derive(Clone, PartialEq)]
pub struct Doc {
    pub collection: Rc<Collection>,
    undo: Vec<Rc<Collection>>,
    redo: Vec<Rc<Collection>>,
    last_field: Option<String>,
    /// Changed since the last download or copy.
    pub dirty: bool,
}

/// What is saved: the collection and whether it has changes not yet
/// exported.
#[derive(Serialize)]
struct Saved {
    collection: Collection,
    dirty: bool,
}

impl Doc {
    /// The saved work, else an empty collection with one card.
    pub fn restore() -> Doc {
        let saved = storage()
            .and_then(|s| s.get_item(STORAGE_KEY).ok().flatten())
            .and_then(|text| serde_json::from_str::<serde_json::Value>(&text).ok());
        // Read as a reader's browser reads JSON: saved by an older editor,
        // a field it no longer knows is skipped, not the whole work lost.
        let collection = saved
            .as_ref()
            .and_then(|s| crate::model::read::collection_tolerant(&s["collection"]).ok());
        let (collection, dirty) = match collection {
            Some((c, _)) => (c, saved.is_some_and(|s| s["dirty"] == true)),
            None => (empty(), false),
        };
        Doc {
            collection: Rc::new(collection),
            undo: Vec::new(),
            redo: Vec::new(),
            last_field: None,
            dirty,
        }
    }

    /// Saves the document on this device.
    pub fn save(&self) {
        let saved = Saved {
            collection: (*self.collection).clone(),
            dirty: self.dirty,
        };
        if let (Some(storage), Ok(text)) = (storage(), serde_json::to_string(&saved)) {
            let _ = storage.set_item(STORAGE_KEY, &text);
        }
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    fn remember(&mut self) {
        self.undo.push(self.collection.clone());
        if self.undo.len() > UNDO_LIMIT {
            self.undo.remove(0);
        }
        self.redo.clear();
    }
}

impl Reducible for Doc {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut doc = (*self).clone();
        match action {
            Action::Edit(field, edit) => {
                if doc.last_field.as_deref() != Some(field.as_str()) {
                    doc.remember();
                }
                let mut c = (*doc.collection).clone();
                edit(&mut c);
                doc.collection = Rc::new(c);
                doc.last_field = Some(field);
                doc.dirty = true;
            }
            Action::Step(edit) => {
                doc.remember();
                let mut c = (*doc.collection).clone();
                edit(&mut c);
                doc.collection = Rc::new(c);
                doc.last_field = None;
                doc.dirty = true;
            }
            Action::Replace(c) => {
                doc.remember();
                doc.collection = Rc::new(c);
                doc.last_field = None;
                doc.dirty = true;
            }
            Action::Undo => {
                if let Some(previous) = doc.undo.pop() {
                    doc.redo
                        .push(std::mem::replace(&mut doc.collection, previous));
                    doc.last_field = None;
                    doc.dirty = true;
                }
            }
            Action::Redo => {
                if let Some(next) = doc.redo.pop() {
                    doc.undo.push(std::mem::replace(&mut doc.collection, next));
                    doc.last_field = None;
                    doc.dirty = true;
                }
            }
            Action::Exported => doc.dirty = false,
        }
        Rc::new(doc)
    }
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// A new collection: Vietnamese, one empty card.
pub fn empty() -> Collection {
    Collection {
        cards: vec![Card::draft(1)],
        ..Collection::draft()
    }
}

/// Whether the cards count down: the first numbered card (numbers above 0)
/// has a higher number than the last.
pub fn counts_down(c: &Collection) -> bool {
    let mut numbered = c.cards.iter().filter_map(|k| k.number).filter(|&k| k > 0);
    let first = numbered.next();
    first.zip(numbered.next_back()).is_some_and(|(a, z)| a > z)
}

/// Numbers the cards 1, 2, 3… in their order (after adding, removing or
/// moving one: the e-magazine's numbers follow the order), or n … 1 when
/// they counted down.
pub fn renumber(c: &mut Collection) {
    // A countdown (n … 1) stays one; any other order counts 1 … n.
    let n = c.cards.len() as u32;
    let down = counts_down(c);
    for (i, card) in c.cards.iter_mut().enumerate() {
        card.number = Some(if down { n - i as u32 } else { i as u32 + 1 });
    }
}

/// What the preview shows and the snippets carry: the layout and theme
/// chosen, and where the JSON will be published (its absolute URL: the
/// preview resolves relative photos against it, the "JSON file" snippet
/// points at it).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Publish {
    pub layout: crate::components::Layout,
    pub theme: crate::components::Theme,
    pub base: String,
}

impl Publish {
    /// The host attributes for the choices that are not the widget's
    /// defaults (` layout="grid" theme="dark"`).
    pub fn attributes(&self) -> String {
        use crate::components::{Layout, Theme};
        let mut out = String::new();
        if self.layout != Layout::Auto {
            out.push_str(&format!(" layout=\"{}\"", self.layout));
        }
        if self.theme != Theme::Auto {
            out.push_str(&format!(" theme=\"{}\"", self.theme));
        }
        out
    }

    /// The JSON's URL when it is an absolute http(s) one.
    pub fn json_url(&self) -> Option<&str> {
        let url = web_sys::Url::new(&self.base).ok()?;
        matches!(url.protocol().as_str(), "https:" | "http:").then_some(self.base.as_str())
    }
}
