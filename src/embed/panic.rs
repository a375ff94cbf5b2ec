//! What a panic does. All widgets on a page share one wasm instance, and on
//! wasm32 a panic aborts it: whatever was half-done stays half-done and the
//! instance's state can no longer be trusted. So the panic hook, before the
//! abort, turns every widget into a readable message with plain DOM calls
//! (no yew, no `RefCell` it cannot `try_borrow`), fires each host's
//! `highlight-cards:error`, and marks the instance as stopped: hosts mounted
//! afterwards get the same message instead of running on broken state.
//! Readers see only that short message; the panic's text (see
//! [`crate::diagnostics::panic_text`]) goes to the console and the event.
//!
//! A widget that already shows cards (rendered or prerendered) keeps them,
//! with the message above: the text stays readable even if its buttons no
//! longer answer. One without cards shows the message and its own content
//! (plain-HTML cards, a fallback) through a `<slot>`.

use super::{events, host, message, MOUNTED};
use std::panic::PanicHookInfo;
use std::sync::atomic::{AtomicBool, Ordering};
use web_sys::Element;

static STOPPED: AtomicBool = AtomicBool::new(false);

/// Installs the hook (through yew, which would otherwise install its own on
/// the first render).
pub fn install() {
    yew::set_custom_panic_hook(Box::new(on_panic));
}

/// Whether a panic has stopped the instance.
pub fn stopped() -> bool {
    STOPPED.load(Ordering::Relaxed)
}

fn on_panic(info: &PanicHookInfo<'_>) {
    let payload = info
        .payload()
        .downcast_ref::<&str>()
        .copied()
        .or_else(|| info.payload().downcast_ref::<String>().map(String::as_str))
        .unwrap_or("panic");
    let (file, line, column) = info
        .location()
        .map_or(("?", 0, 0), |at| (at.file(), at.line(), at.column()));
    let message = crate::diagnostics::panic_text(payload, file, line, column);
    gloo::console::error!("highlight-cards:", &message);
    STOPPED.store(true, Ordering::Relaxed);
    for host in affected_hosts() {
        show_stopped(&host, &message);
    }
}

/// Every registered host: auto-mounted ones are registered before they
/// load, JS-API ones too. Hosts not registered yet find the instance stopped
/// when they mount.
fn affected_hosts() -> Vec<Element> {
    MOUNTED
        .try_with(|m| {
            m.try_borrow()
                .map(|m| m.iter().map(|m| m.host.clone()).collect())
                .unwrap_or_default()
        })
        .unwrap_or_default()
}

/// Shows the stopped message in `host` (once) and fires its error event.
/// Registered hosts have their shadow root already (see `mount_now`).
pub fn show_stopped(host: &Element, message: &str) {
    let Some(root) = host.shadow_root() else {
        return;
    };
    if root.query_selector(".hc-stopped").ok().flatten().is_some() {
        return;
    }
    let language = host::language(host);
    let t = crate::i18n::strings(&language);
    let errors = [message.to_owned()];
    // Readers see the short message only; the details go to the console
    // (logged by the caller) and the error event.
    let Some(alert) = message::error_box(&language, (t.stopped_title, t.stopped_hint), &[]) else {
        return;
    };
    alert.class_list().add_1("hc-stopped").ok();
    if root
        .query_selector(".hc-mount .hc-card")
        .ok()
        .flatten()
        .is_some()
    {
        let _ = root.prepend_with_node_1(&alert);
    } else {
        root.replace_children_with_node_1(&alert);
        if let Ok(slot) = gloo::utils::document().create_element("slot") {
            let _ = root.append_child(&slot);
        }
        host::adopt_fallback_style(&root);
    }
    events::error(host, &errors);
}
