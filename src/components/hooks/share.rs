//! Sharing a card's link: the Web Share API where the browser has it
//! (phones), the clipboard otherwise. Browser-only code, called from click
//! handlers, so it never runs in the server renderer.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// The host page's URL with `#<fragment>` in place of any fragment.
pub fn page_url_with_fragment(fragment: &str) -> Option<String> {
    let href = web_sys::window()?.location().href().ok()?;
    let base = href.split('#').next().unwrap_or(&href);
    Some(format!("{base}#{fragment}"))
}

/// Shares `url`; `done(true)` after a copy to the clipboard, `done(false)`
/// when nothing worked. A native share sheet reports nothing.
pub fn share(title: &str, url: &str, done: impl Fn(bool) + 'static) {
    let Some(window) = web_sys::window() else {
        return done(false);
    };
    let navigator = window.navigator();
    let share_fn = js_sys::Reflect::get(&navigator, &JsValue::from_str("share"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    if let Some(share_fn) = share_fn {
        let data = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&data, &"title".into(), &JsValue::from_str(title));
        let _ = js_sys::Reflect::set(&data, &"url".into(), &JsValue::from_str(url));
        if let Ok(promise) = share_fn.call1(&navigator, &data) {
            // Cancelling the share sheet rejects; that is not an error to report.
            let ignore = Closure::once(|_: JsValue| {}).into_js_value();
            then(&promise, &JsValue::UNDEFINED, &ignore);
            return;
        }
    }
    let clipboard = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard")).ok();
    let Some(clipboard) = clipboard.filter(|c| !c.is_undefined()) else {
        return done(false);
    };
    let clipboard: web_sys::Clipboard = clipboard.unchecked_into();
    let done = std::rc::Rc::new(done);
    let on_ok = {
        let done = done.clone();
        Closure::once(move |_: JsValue| done(true)).into_js_value()
    };
    let on_err = Closure::once(move |_: JsValue| done(false)).into_js_value();
    then(&clipboard.write_text(url).into(), &on_ok, &on_err);
}

/// `promise.then(on_ok, on_err)`, through plain JS values.
fn then(promise: &JsValue, on_ok: &JsValue, on_err: &JsValue) {
    if let Some(then) = js_sys::Reflect::get(promise, &JsValue::from_str("then"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
    {
        let _ = then.call2(promise, on_ok, on_err);
    }
}
