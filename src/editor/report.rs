//! The check list's contents: every message of the validator, errors and
//! warnings together, in the editor's language, and the photos that did not
//! load (see `photos.rs`); and the list itself, each entry named in the
//! form's words and linked to its field.

use super::fields::{dom_id, Msg, Report};
use super::strings::{self, Words};
use crate::model::Collection;
use std::rc::Rc;
use yew::prelude::*;

/// Every message of the validator for a document, errors and warnings
/// together (the warnings of what a reader's browser would still show when
/// there are errors); in the editor's language, with the words `validate
/// --lang` prints.
fn check(c: &Collection, language: &str) -> Report {
    let (errors, warnings) = match crate::model::validate(c.clone()) {
        Ok(v) => (Vec::new(), v.warnings),
        Err(errors) => {
            let tolerant = crate::model::validate_tolerant(c.clone(), Vec::new())
                .map(|v| v.warnings)
                .unwrap_or_default();
            let warnings = tolerant
                .into_iter()
                .filter(|w| {
                    !errors
                        .iter()
                        .any(|e| e.path == w.path && e.message == w.message)
                })
                .collect();
            (errors, warnings)
        }
    };
    let msg = |m: crate::model::ModelError, error: bool| Msg {
        path: m.path,
        error,
        text: crate::model::words::in_language(&m.message, language),
    };
    Rc::new(
        errors
            .into_iter()
            .map(|m| msg(m, true))
            .chain(warnings.into_iter().map(|m| msg(m, false)))
            .collect(),
    )
}

/// [`check`]'s messages, and an error beside the URL of each photo that
/// did not load (`failed`: the URLs as written).
pub fn report(c: &Collection, language: &str, failed: &[String]) -> Report {
    let w = strings::words(language);
    let mut report = (*check(c, language)).clone();
    for (i, card) in c.cards.iter().enumerate() {
        let src = card.photo.as_ref().map(|p| p.src.trim());
        if src.is_some_and(|src| failed.iter().any(|f| f == src)) {
            report.insert(
                0,
                Msg {
                    path: format!("cards[{i}].photo.src"),
                    error: true,
                    text: w.photo_failed.to_owned(),
                },
            );
        }
    }
    Rc::new(report)
}

/// Properties of [`CheckList`].
#[derive(Properties, PartialEq, Clone)]
pub struct CheckListProps {
    pub report: Report,
    pub words: &'static Words,
}

/// The list at the top of the form: how many errors and warnings, and each
/// message named as the form names its field, linked to it.
#[component]
pub fn CheckList(props: &CheckListProps) -> Html {
    let (w, report) = (props.words, &props.report);
    let errors = report.iter().filter(|m| m.error).count();
    let warnings = report.len() - errors;
    html! {
        <section class="ed-section ed-check" aria-labelledby="ed-check">
            <h2 id="ed-check">{ w.check_heading }</h2>
            if report.is_empty() {
                <p class="ed-ok">{ w.all_good }</p>
            } else {
                <p id="ed-counts">{ format!("{errors} {} · {warnings} {}", w.errors, w.warnings) }</p>
                <ul class="ed-check-list" tabindex="0" aria-label={w.check_heading}>
                    { for report.iter().map(|m| html! {
                        <li class={if m.error { "ed-error" } else { "ed-warning" }}>
                            <a href={format!("#{}", dom_id(&m.path))}>{ w.place(&m.path) }</a>
                            { format!(": {}", m.text) }
                        </li>
                    }) }
                </ul>
            }
        </section>
    }
}
