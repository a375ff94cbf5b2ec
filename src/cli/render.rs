//! `render FILE [flags]`: a prerendered widget (or, with `--plain`, the
//! plain-HTML form) for the file's collection, or for each of a page's
//! widgets, on stdout; warnings, errors and notes on stderr.
//!
//! One file: the command and its tests (the last quarter).

use super::{is_html, load, read, report, USAGE};
use crate::{model, sources, ssr};
use std::process::ExitCode;

/// A widget to render: its name in messages (`page.html#n` for a page's),
/// and what strict validation made of it.
type Widget = (String, Result<model::Validated, Vec<model::ModelError>>);

/// What `render`'s command line asks for.
struct RenderArgs {
    /// `--plain`: the plain-HTML form (filtered fields, feeds, reader views;
    /// see docs/cms.md) instead of the prerendered shadow root.
    plain: bool,
    options: ssr::RenderOptions,
    /// Where relative URLs resolve (`--base`, `--assets`, `--src`).
    base: Option<url::Url>,
}

/// `render FILE [flags]`: reads the widgets, writes each valid one, lists
/// the errors of the others (exit 1), and warns about relative URLs.
pub(super) fn render(path: &str, flags: &[String]) -> ExitCode {
    let args = match render_args(path, flags) {
        Ok(args) => args,
        Err(e) => {
            eprintln!("{e}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let widgets = match widgets(path) {
        Ok(widgets) => widgets,
        Err(code) => return code,
    };
    let mut failed = widgets.is_empty();
    if failed {
        eprintln!("{path}: error: no widget with data to render");
    }
    let mut relative = false;
    for (name, result) in widgets {
        match result {
            Ok(v) => relative |= write_widget(&name, v, &args),
            Err(errors) => {
                for e in &errors {
                    eprintln!("{}", report(&name, "error", e));
                }
                failed = true;
            }
        }
    }
    if relative {
        // Pasted into an article elsewhere, they would resolve against the article's URL.
        eprintln!("{path}: warning: relative photo or link URLs are left as they are; pass --base URL (where the data is published) or --assets URL so they work once pasted into a page");
    }
    if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// Reads `render`'s flags; `Err` says what is wrong with them (the usage follows).
fn render_args(path: &str, flags: &[String]) -> Result<RenderArgs, String> {
    let plain = flags.iter().any(|f| f == "--plain");
    let flags: Vec<String> = flags.iter().filter(|f| *f != "--plain").cloned().collect();
    let (options, base) = render_options(path, &flags)?;
    if options.src.is_some() && (is_html(path) || plain) {
        return Err("--src takes a JSON file, and makes the prerendered form".to_owned());
    }
    Ok(RenderArgs {
        plain,
        options,
        base,
    })
}

/// `render`'s flags. `--base` is the URL the data file is published at:
/// relative URLs in it (photos, links) resolve against it, as the browser
/// resolves them against a fetched file's URL, so the server and the browser
/// render the same attributes. `--assets DIR_URL` is the folder the file is
/// published in: shorthand for `--base DIR_URL/<file name>`.
fn render_options(
    path: &str,
    flags: &[String],
) -> Result<(ssr::RenderOptions, Option<url::Url>), String> {
    let mut options = ssr::RenderOptions::default();
    let mut base = None;
    let mut it = flags.iter();
    while let Some(flag) = it.next() {
        let value = it.next().ok_or_else(|| format!("{flag} needs a value"))?;
        match flag.as_str() {
            "--layout" => {
                options.layout = value
                    .parse()
                    .map_err(|e| format!("--layout {value}: {e}"))?
            }
            "--theme" => {
                options.theme = value.parse().map_err(|e| format!("--theme {value}: {e}"))?
            }
            "--lang" => options.ui_language = Some(value.clone()),
            "--i18n" => options.words.extend(i18n_words(value)?),
            "--dir" => {
                options.dir = match value.as_str() {
                    "ltr" | "rtl" => Some(value.clone()),
                    _ => return Err(format!("--dir {value}: expected ltr or rtl")),
                }
            }
            "--share" => {
                options.share_off = match value.as_str() {
                    "on" => false,
                    "off" => true,
                    _ => return Err(format!("--share {value}: expected on or off")),
                }
            }
            "--base" => {
                base = Some(url::Url::parse(value).map_err(|e| format!("--base {value}: {e}"))?)
            }
            // Where the file is published: the host loads it (and its
            // relative URLs resolve against it, unless --base says otherwise).
            "--src" => {
                let url = url::Url::parse(value).map_err(|e| format!("--src {value}: {e}"))?;
                let text = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
                base = base.or(Some(url.clone()));
                options.src = Some((url.into(), text));
            }
            "--assets" => {
                let file = std::path::Path::new(path)
                    .file_name()
                    .map(|f| f.to_string_lossy().into_owned())
                    .unwrap_or_default();
                let dir = value.trim_end_matches('/');
                base = Some(
                    url::Url::parse(&format!("{dir}/{file}"))
                        .map_err(|e| format!("--assets {value}: {e}"))?,
                );
            }
            other => return Err(format!("unknown flag {other}")),
        }
    }
    Ok((options, base))
}

/// `--i18n FILE`: the widget's own words, some or all, by name (a JSON
/// object of strings), in the file's order.
fn i18n_words(value: &str) -> Result<Vec<(String, String)>, String> {
    let text = std::fs::read_to_string(value).map_err(|e| format!("--i18n {value}: {e}"))?;
    let words: serde_json::Map<String, serde_json::Value> =
        serde_json::from_str(sources::without_bom(&text))
            .map_err(|e| format!("--i18n {value}: {e} (expected an object of strings by name)"))?;
    let mut named = Vec::new();
    for (name, text) in words {
        if !crate::i18n::NAMES.contains(&name.as_str()) {
            return Err(format!(
                "--i18n {value}: unknown string `{name}` (known: {})",
                crate::i18n::NAMES.join(", ")
            ));
        }
        let Some(text) = text.as_str() else {
            return Err(format!("--i18n {value}: `{name}` should be text"));
        };
        named.push((name, text.to_owned()));
    }
    Ok(named)
}

/// The widgets to render: a page's, every one `validate` checks (inline
/// JSON or plain-HTML cards; those that load a JSON file are said and
/// skipped); a JSON file's, its one collection. `Err` when it cannot be read.
fn widgets(path: &str) -> Result<Vec<Widget>, ExitCode> {
    if !is_html(path) {
        return load(path).map(|checked| vec![(path.to_owned(), checked.strict)]);
    }
    let page = read(path)?;
    Ok(sources::check_html_str(&page)
        .into_iter()
        .enumerate()
        .filter_map(|(i, w)| {
            let name = format!("{path}#{}", i + 1);
            match w {
                Some(checked) => Some((name, checked.strict)),
                None => {
                    eprintln!("{name}: skipped (it loads a JSON file: render that file)");
                    None
                }
            }
        })
        .collect())
}

/// Writes one valid widget to stdout (its warnings, and for the plain form
/// what travels in `data-rest`, to stderr); true when it keeps relative URLs.
fn write_widget(name: &str, v: model::Validated, args: &RenderArgs) -> bool {
    for w in &v.warnings {
        eprintln!("{}", report(name, "warning", w));
    }
    let mut collection = v.collection;
    let relative = resolve_urls(&mut collection, args.base.as_ref());
    if args.plain {
        let rest = sources::html_write::only_in_data_rest(&collection);
        if !rest.is_empty() {
            eprintln!(
                "{name}: note: {} travel in the host's data-rest attribute, for the widget: a filter that drops data-* attributes drops them",
                rest.join(", ")
            );
        }
        print!(
            "{}",
            plain_host(&sources::html_write::write(&collection), &args.options)
        );
    } else {
        print!("{}", ssr::prerender(collection, &args.options));
    }
    relative
}

/// Resolves the collection's URLs against `base`; without one, leaves them
/// and says whether any is relative (it would break once pasted elsewhere).
fn resolve_urls(collection: &mut model::Valid, base: Option<&url::Url>) -> bool {
    let mut relative = false;
    match base {
        Some(base) => collection.for_each_url(|u| {
            if let Ok(abs) = base.join(u) {
                *u = abs.into();
            }
        }),
        None => collection.for_each_url(|u| {
            relative |= !u.is_empty() && url::Url::parse(u).is_err();
        }),
    }
    relative
}

/// The plain form's host with the settings `render` was given as its
/// attributes (the ones that differ from the defaults). `lang` stays the
/// content's, which the widget's words follow.
fn plain_host(html: &str, options: &ssr::RenderOptions) -> String {
    let mut attrs = String::new();
    if options.layout != Default::default() {
        attrs.push_str(&format!(" layout=\"{}\"", options.layout));
    }
    if options.theme != Default::default() {
        attrs.push_str(&format!(" theme=\"{}\"", options.theme));
    }
    if options.share_off {
        attrs.push_str(" share=\"off\"");
    }
    if let Some(dir) = &options.dir {
        attrs.push_str(&format!(" dir=\"{dir}\""));
    }
    html.replacen("<highlight-cards", &format!("<highlight-cards{attrs}"), 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The demo collection, valid, with its relative photo URLs.
    fn demo() -> model::Valid {
        let text = include_str!("../../static/demo/dau-an-doi-ngoai-2023.json");
        let Ok(valid) = sources::check_json_str(text).strict else {
            panic!("the demo is valid");
        };
        valid.collection
    }

    fn photos(c: &model::Valid) -> Vec<String> {
        c.cards
            .iter()
            .filter_map(|c| c.photo.as_ref().map(|p| p.src.clone()))
            .collect()
    }

    #[test]
    fn without_a_base_relative_urls_stay_and_are_reported() {
        let mut c = demo();
        let before = photos(&c);
        assert!(before.iter().any(|src| src.starts_with("../")));
        assert!(resolve_urls(&mut c, None));
        assert_eq!(photos(&c), before);
    }

    #[test]
    fn a_base_makes_every_url_absolute() {
        let mut c = demo();
        let base = url::Url::parse("https://example.com/data/cards.json").unwrap();
        assert!(!resolve_urls(&mut c, Some(&base)));
        let after = photos(&c);
        assert!(!after.is_empty());
        assert!(after
            .iter()
            .all(|src| src.starts_with("https://example.com/photos/")));
        // Nothing relative is left to report.
        assert!(!resolve_urls(&mut c, None));
    }

    #[test]
    fn the_plain_host_carries_only_settings_that_differ() {
        let html = "<highlight-cards lang=\"vi\"><ol></ol></highlight-cards>";
        let defaults = ssr::RenderOptions::default();
        assert_eq!(plain_host(html, &defaults), html);
        let options = ssr::RenderOptions {
            layout: "grid".parse().unwrap(),
            share_off: true,
            dir: Some("rtl".to_owned()),
            ..Default::default()
        };
        assert_eq!(
            plain_host(html, &options),
            "<highlight-cards layout=\"grid\" share=\"off\" dir=\"rtl\" lang=\"vi\"><ol></ol></highlight-cards>"
        );
    }

    #[test]
    fn src_is_refused_with_a_page_or_the_plain_form() {
        let flags = |f: &[&str]| f.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let json = "static/demo/dau-an-doi-ngoai-2023.json";
        let src = flags(&["--src", "https://example.com/cards.json"]);
        assert!(render_args(json, &src).is_ok());
        let plain = flags(&["--src", "https://example.com/cards.json", "--plain"]);
        assert!(render_args(json, &plain)
            .err()
            .is_some_and(|e| e.starts_with("--src takes a JSON file")));
        assert!(render_args("examples/plain-html.html", &src)
            .err()
            .is_some_and(|e| e.starts_with("--src takes a JSON file")));
    }
}
