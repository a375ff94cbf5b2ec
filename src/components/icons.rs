//! Small inline SVG icons (no icon font, no extra request). Decorative:
//! every button that uses one has its own accessible name.

use yew::prelude::*;

fn icon(path: &'static str) -> Html {
    html! {
        <svg class="hc-icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
            <path d={path} />
        </svg>
    }
}

pub fn previous() -> Html {
    icon("M15.4 5.4 14 4l-8 8 8 8 1.4-1.4L8.8 12z")
}

pub fn next() -> Html {
    icon("M8.6 18.6 10 20l8-8-8-8-1.4 1.4 6.6 6.6z")
}

pub fn close() -> Html {
    icon("M18.3 5.7 16.9 4.3 12 9.2 7.1 4.3 5.7 5.7 10.6 10.6 5.7 15.5l1.4 1.4 4.9-4.9 4.9 4.9 1.4-1.4-4.9-4.9z")
}

pub fn share() -> Html {
    icon("M18 16.1c-.8 0-1.5.3-2 .8l-7.1-4.1c.1-.3.1-.5.1-.8s0-.5-.1-.8l7-4.1c.5.5 1.3.9 2.1.9 1.7 0 3-1.3 3-3s-1.3-3-3-3-3 1.3-3 3c0 .3 0 .5.1.8l-7 4.1c-.5-.5-1.3-.9-2.1-.9-1.7 0-3 1.3-3 3s1.3 3 3 3c.8 0 1.6-.3 2.1-.8l7.1 4.2c-.1.2-.1.4-.1.7 0 1.6 1.3 2.9 2.9 2.9s2.9-1.3 2.9-2.9-1.3-3-2.9-3z")
}

pub fn enlarge() -> Html {
    icon("M4 4h6v2H6v4H4zm10 0h6v6h-2V6h-4zM4 14h2v4h4v2H4zm14 0h2v6h-6v-2h4z")
}
