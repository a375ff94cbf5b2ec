//! Every photo is checked once the document settles: loaded from its URL
//! (relative ones from where the JSON will be published), as a reader's
//! browser will. One that does not load (missing, or not an image) is an
//! error beside its URL field; one that loads gives its size where the
//! card has none or a size of another shape (a photo replaced, its old
//! width and height kept). Each URL is fetched once, however often the
//! document changes.

use super::state::Action;
use crate::model::Collection;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// How long the document must stay unchanged before its photos are checked, in ms.
const SETTLE_MS: u32 = 600;

/// What is known of a URL: loading, loaded (its size) or failed.
#[derive(Clone, Copy, PartialEq)]
enum Seen {
    Loading,
    Loaded(u32, u32),
    Failed,
}

/// The photo URLs (as written in the document) that failed to load.
#[hook]
pub fn use_photo_check(
    collection: Rc<Collection>,
    base: String,
    dispatch: Callback<Action>,
) -> Rc<Vec<String>> {
    let seen = use_mut_ref(HashMap::<String, Seen>::new);
    let failed = use_state(|| Rc::new(Vec::<String>::new()));
    {
        let failed = failed.clone();
        use_effect_with((collection, base), move |(c, base)| {
            let (c, base) = (c.clone(), base.clone());
            let timer = gloo::timers::callback::Timeout::new(SETTLE_MS, move || {
                check_all(&c, &base, &seen, &failed, &dispatch);
            });
            move || drop(timer)
        });
    }
    (*failed).clone()
}

/// Loads each photo not seen yet; fills in sizes for those already loaded.
fn check_all(
    c: &Collection,
    base: &str,
    seen: &Rc<RefCell<HashMap<String, Seen>>>,
    failed: &UseStateHandle<Rc<Vec<String>>>,
    dispatch: &Callback<Action>,
) {
    for (i, card) in c.cards.iter().enumerate() {
        let Some(p) = &card.photo else { continue };
        let src = p.src.trim().to_owned();
        let Some(url) = absolute(&src, base) else {
            continue;
        };
        let known = seen.borrow().get(&src).copied();
        match known {
            Some(Seen::Loaded(w, h)) => size(dispatch, i, p.width, p.height, w, h),
            Some(_) => {}
            None => {
                seen.borrow_mut().insert(src.clone(), Seen::Loading);
                load(
                    &url,
                    src,
                    seen.clone(),
                    failed.clone(),
                    dispatch.clone(),
                    i,
                    (p.width, p.height),
                );
            }
        }
    }
}

/// `src` as the reader's browser will fetch it: absolute, or relative to
/// where the JSON will be published (unknown yet: not checked).
fn absolute(src: &str, base: &str) -> Option<String> {
    if src.is_empty() {
        return None;
    }
    let url = web_sys::Url::new(src)
        .or_else(|_| web_sys::Url::new_with_base(src, base))
        .ok()?;
    matches!(url.protocol().as_str(), "https:" | "http:").then(|| url.href())
}

/// Loads one photo and records what happened.
fn load(
    url: &str,
    src: String,
    seen: Rc<RefCell<HashMap<String, Seen>>>,
    failed: UseStateHandle<Rc<Vec<String>>>,
    dispatch: Callback<Action>,
    i: usize,
    had: (Option<u32>, Option<u32>),
) {
    let Ok(img) = web_sys::HtmlImageElement::new() else {
        return;
    };
    let done = {
        let img = img.clone();
        Closure::once_into_js(move |e: web_sys::Event| {
            let (w, h) = (img.natural_width(), img.natural_height());
            if e.type_() == "load" && w > 0 && h > 0 {
                seen.borrow_mut().insert(src.clone(), Seen::Loaded(w, h));
                if failed.contains(&src) {
                    failed.set(Rc::new(
                        failed.iter().filter(|f| **f != src).cloned().collect(),
                    ));
                }
                size(&dispatch, i, had.0, had.1, w, h);
            } else {
                seen.borrow_mut().insert(src.clone(), Seen::Failed);
                let mut now = (**failed).clone();
                now.push(src);
                failed.set(Rc::new(now));
            }
        })
    };
    img.set_onload(Some(done.unchecked_ref()));
    img.set_onerror(Some(done.unchecked_ref()));
    img.set_src(url);
}

/// Gives card `i` the photo's size when it has none, or one of another
/// shape (more than 1 % off).
fn size(dispatch: &Callback<Action>, i: usize, w0: Option<u32>, h0: Option<u32>, w: u32, h: u32) {
    let same_shape = w0.zip(h0).is_some_and(|(w0, h0)| {
        let (a, b) = (
            f64::from(w0) / f64::from(h0.max(1)),
            f64::from(w) / f64::from(h),
        );
        (a - b).abs() / b <= 0.01
    });
    if !same_shape {
        give_size(dispatch, i, w, h);
    }
}

/// Sets card `i`'s photo width and height (one undo step per photo).
pub(super) fn give_size(dispatch: &Callback<Action>, i: usize, w: u32, h: u32) {
    dispatch.emit(Action::Edit(
        format!("cards[{i}].photo.size"),
        Rc::new(move |c| {
            if let Some(p) = c.cards.get_mut(i).and_then(|k| k.photo.as_mut()) {
                p.width = Some(w);
                p.height = Some(h);
            }
        }),
    ));
}
