//! A card's photo: its URLs, size, alt text, caption and credit.

use super::urls::is_safe_url;
use super::{ModelError, Problems};
use crate::model::credit::split_caption;
use crate::model::{Photo, Srcset};

/// Checks (and, when tolerant, repairs) one photo; `at` names its fields.
/// `vietnamese`: the content is, so a hint's example is too.
pub(super) fn check(
    photo: &mut Photo,
    at: &dyn Fn(&str) -> String,
    p: &mut Problems,
    vietnamese: bool,
) {
    let bad_src = if photo.src.trim().is_empty() {
        p.fault(at("photo.src"), "must not be empty")
    } else if !is_safe_url(&photo.src) {
        let message = format!(
            "only http(s) or relative image URLs are allowed, got \"{}\"",
            photo.src
        );
        p.fault(at("photo.src"), message)
    } else {
        false
    };
    if bad_src {
        // Shown as a photo that failed to load; caption and credit stay.
        photo.src.clear();
        photo.srcset = None;
    }
    if let Some(srcset) = photo.srcset.take() {
        photo.srcset = checked_srcset(srcset, &at("photo.srcset"), &mut p.warnings);
    }
    let mut zero_size = false;
    match (photo.width, photo.height) {
        (Some(0), _) | (_, Some(0)) => zero_size = true,
        (Some(_), None) | (None, Some(_)) => p.warnings.push(ModelError::new(
            at("photo"),
            "give both width and height so the photo's space is reserved",
        )),
        (None, None) => p.warnings.push(ModelError::new(
            at("photo"),
            "no width/height: the page will shift when the photo loads",
        )),
        _ => {}
    }
    if zero_size && p.fault(at("photo"), "width and height must be greater than 0") {
        (photo.width, photo.height) = (None, None);
    }
    if photo.alt.as_deref().is_none_or(|a| a.trim().is_empty()) {
        p.warnings.push(ModelError::new(
            at("photo.alt"),
            "missing alt text: screen-reader users will not know what the photo shows",
        ));
    }
    if let Some(caption) = &photo.caption {
        let (text, found) = split_caption(caption);
        photo.caption = (!text.is_empty()).then_some(text);
        if photo.credit.is_none() {
            photo.credit = found;
        } else if found.is_some() {
            p.warnings.push(ModelError::new(
                at("photo.caption"),
                "the caption ends with a credit and a credit is also given: the credit field is shown",
            ));
        }
    }
    if photo.credit.is_none() {
        p.warnings.push(ModelError::new(
            at("photo"),
            if vietnamese {
                "no credit: end the caption with one, e.g. \"(Ảnh: Nguyễn Hồng)\""
            } else {
                "no credit: end the caption with one, e.g. \"(Photo: Jane Doe)\""
            },
        ));
    }
    if photo
        .credit
        .as_ref()
        .is_some_and(|c| c.names.is_empty() && c.agency.is_none())
        && p.fault(
            at("photo.credit.names"),
            "needs at least one name or an agency",
        )
    {
        photo.credit = None;
    }
}

/// Keeps the `srcset` candidates the HTML standard accepts (see
/// [`crate::model::srcset`]) whose URL is safe; warns about the others. `None` when
/// nothing usable is left (the photo falls back to `src`).
fn checked_srcset(
    mut srcset: Srcset,
    path: &str,
    warnings: &mut Vec<ModelError>,
) -> Option<Srcset> {
    let unsafe_ones = srcset
        .candidates
        .iter()
        .filter(|c| !is_safe_url(&c.url))
        .map(|c| c.url.clone());
    for candidate in std::mem::take(&mut srcset.dropped)
        .into_iter()
        .chain(unsafe_ones.collect::<Vec<_>>())
    {
        warnings.push(ModelError::new(
            path,
            format!("candidate \"{candidate}\" dropped: expected \"URL 480w\" or \"URL 2x\" with an http(s) or relative URL"),
        ));
    }
    srcset.candidates.retain(|c| is_safe_url(&c.url));
    (!srcset.candidates.is_empty()).then_some(srcset)
}
