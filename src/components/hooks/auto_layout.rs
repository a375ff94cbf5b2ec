//! `layout="auto"`: the layout follows the widget's own width (it sits in
//! article columns, sidebars and table cells, not the whole window), watched
//! with a `ResizeObserver` on its container's box (the `.hc-mount`).

use crate::components::Layout;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The layout to render: `requested`, or for [`Layout::Auto`] the one that
/// fits the width of `root`'s parent now (list until it is measured, as the
/// server renders it).
#[hook]
pub fn use_auto_layout(root: &NodeRef, requested: Layout) -> Layout {
    let chosen = use_state(|| None::<Layout>);
    {
        let root = root.clone();
        let chosen = chosen.clone();
        use_effect_with(requested == Layout::Auto, move |&is_auto| {
            let mut observer = None;
            let mut callback = None;
            if is_auto {
                if let Some(el) = root.cast::<web_sys::Element>() {
                    let host_width = move |el: &web_sys::Element| {
                        let parent = el.parent_element().unwrap_or_else(|| el.clone());
                        parent.get_bounding_client_rect().width()
                    };
                    chosen.set(Some(Layout::for_width(host_width(&el))));
                    let target = el.parent_element().unwrap_or_else(|| el.clone());
                    let state = chosen.clone();
                    let el2 = el.clone();
                    let cb = Closure::<dyn FnMut()>::new(move || {
                        let next = Layout::for_width(host_width(&el2));
                        if *state != Some(next) {
                            state.set(Some(next));
                        }
                    });
                    if let Ok(ro) = web_sys::ResizeObserver::new(cb.as_ref().unchecked_ref()) {
                        ro.observe(&target);
                        observer = Some(ro);
                    }
                    callback = Some(cb);
                }
            }
            move || {
                if let Some(ro) = observer {
                    ro.disconnect();
                }
                drop(callback);
            }
        });
    }
    match requested {
        Layout::Auto => chosen.unwrap_or(Layout::List),
        other => other,
    }
}
