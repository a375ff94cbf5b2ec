//! Which URLs the widget will render, and texts cleaned for display.

use super::ModelError;

/// Drops a link the widget must not render (e.g. `javascript:`), with a warning.
pub(super) fn check_link(url: &mut Option<String>, path: &str, warnings: &mut Vec<ModelError>) {
    if let Some(u) = url {
        if !is_safe_url(u) {
            warnings.push(ModelError::new(
                path,
                format!("link \"{u}\" dropped: only http(s) and relative links are allowed"),
            ));
            *url = None;
        }
    }
}

/// "(Bình chọn của …)" → "Bình chọn của …": one pair of outer brackets,
/// ASCII or full-width, when they enclose the whole text.
pub(crate) fn without_brackets(text: &str) -> String {
    let t = text.trim();
    for (open, close) in [('(', ')'), ('（', '）'), ('[', ']')] {
        if let Some(inner) = t.strip_prefix(open).and_then(|t| t.strip_suffix(close)) {
            // "(a) và (b)" is not enclosed: the first bracket closes early.
            let mut depth = 0i32;
            let enclosed = inner.chars().all(|c| {
                if c == open {
                    depth += 1;
                } else if c == close {
                    depth -= 1;
                }
                depth >= 0
            });
            if enclosed && depth == 0 {
                return inner.trim().to_owned();
            }
        }
    }
    t.to_owned()
}

/// A body link: what [`is_safe_url`] allows, and `mailto:`.
pub(super) fn is_safe_link(url: &str) -> bool {
    let u = url.trim();
    is_safe_url(u)
        || u.get(..7)
            .is_some_and(|scheme| scheme.eq_ignore_ascii_case("mailto:"))
}

/// http(s) or a relative reference (no scheme before the first `/`, `?` or `#`).
pub(crate) fn is_safe_url(url: &str) -> bool {
    let u = url.trim();
    let head = u.split(['/', '?', '#']).next().unwrap_or("");
    match head.split_once(':') {
        None => true,
        Some((scheme, _)) => {
            scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("https")
        }
    }
}
