//! The native command-line tool; never part of the browser build.
//!
//! ```text
//! highlight-cards validate [--lang vi|en] <data.json|page.html>...
//!                                           check files (a page's plain-HTML widgets too), listing
//!                                           every problem; exit 0 valid (warnings allowed), 1 invalid
//!                                           but a reader's browser would still show cards (leaving
//!                                           the faulty parts out), 3 invalid and a browser would show
//!                                           nothing, 2 usage or unreadable file
//! highlight-cards render <data.json|page.html> [--layout list|grid|carousel|auto] [--theme auto|light|dark]
//!                        [--lang L] [--dir ltr|rtl] [--i18n FILE] [--share on|off] [--base URL | --assets URL] [--src URL] [--plain]
//!                                           print a prerendered widget (each of a page's widgets) to
//!                                           paste into a page
//! highlight-cards import FILE [--format text|md|html|json|csv|tsv] [--lang L]
//!                                           turn an article (text from a CMS, Markdown, a page's
//!                                           plain-HTML widget, JSON) into the collection JSON, on
//!                                           stdout; what could not be placed, with its line, on
//!                                           stderr; exit 0, 1 when nothing could be read, 2 usage;
//!                                           --lang sets the collection's language (else: the
//!                                           text's, detected; the file's own for md, html, json)
//! highlight-cards export FILE.json --format csv|tsv
//!                                           the collection as a spreadsheet (imports back exactly)
//! highlight-cards schema                    print the JSON Schema of the data format
//! ```

use crate::{model, sources, ssr};
use std::process::ExitCode;

const USAGE: &str = "usage: highlight-cards validate [--lang vi|en] FILE...
       highlight-cards render FILE [--layout list|grid|carousel|auto] [--theme auto|light|dark] [--lang L] [--dir ltr|rtl] [--i18n FILE] [--share on|off] [--base URL | --assets URL]
       highlight-cards import FILE [--format text|md|html|json|csv|tsv] [--lang L]
       highlight-cards export FILE.json --format csv|tsv
       highlight-cards schema";

pub fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("schema") if args.len() == 1 => {
            println!("{}", schema_json());
            ExitCode::SUCCESS
        }
        Some("validate") if args.len() > 1 => {
            // `--lang vi`: each problem's message in Vietnamese, the words
            // the editor shows beside the field.
            let (language, paths) = match &args[1..] {
                [flag, language, paths @ ..] if flag == "--lang" && !paths.is_empty() => {
                    (language.clone(), paths)
                }
                paths => ("en".to_owned(), paths),
            };
            let _ = LANGUAGE.set(language);
            validate(paths)
        }
        Some("render") if args.len() >= 2 => render(&args[1], &args[2..]),
        Some("import") if args.len() >= 2 => import(&args[1], &args[2..]),
        Some("export") if args.len() >= 2 => export(&args[1], &args[2..]),
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

/// The published JSON Schema, generated from the model's types.
fn schema_json() -> String {
    let schema = schemars::schema_for!(model::Collection);
    serde_json::to_string_pretty(&schema).expect("schema serialises")
}

/// A file's text; an unreadable file is said and exits 2.
fn read(path: &str) -> Result<String, ExitCode> {
    std::fs::read_to_string(path).map_err(|e| {
        eprintln!("{path}: cannot read: {e}");
        ExitCode::from(2)
    })
}

/// The file's text, checked (see [`sources::check_json_str`]). Problems
/// without a position get one from their JSON path.
fn load(path: &str) -> Result<sources::Checked, ExitCode> {
    let text = read(path)?;
    // Positions count from after a byte-order mark, as editors show them.
    let body = sources::without_bom(&text);
    let place = |e: &mut model::ModelError| {
        if e.position.is_none() {
            e.position = crate::locate::locate(body, &e.path);
        }
    };
    let mut checked = sources::check_json_str(&text);
    match &mut checked.strict {
        Ok(v) => v.warnings.iter_mut().for_each(place),
        Err(errors) => errors.iter_mut().for_each(place),
    }
    Ok(checked)
}

/// What a file (or widget) is: valid; invalid, but a reader would still see
/// cards; or invalid with nothing to show.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Verdict {
    Valid,
    Shown,
    NotShown,
}

impl Verdict {
    fn exit_code(self) -> ExitCode {
        match self {
            Verdict::Valid => ExitCode::SUCCESS,
            Verdict::Shown => ExitCode::from(1),
            Verdict::NotShown => ExitCode::from(3),
        }
    }
}

/// The language of `validate`'s messages (`--lang`).
static LANGUAGE: std::sync::OnceLock<String> = std::sync::OnceLock::new();

/// `file:line:column: level: path: message`, as compilers print, so editors
/// can jump to it.
fn report(path: &str, level: &str, e: &model::ModelError) -> String {
    let at = e
        .position
        .map(|(l, c)| format!(":{l}:{c}"))
        .unwrap_or_default();
    let field = if e.path.is_empty() {
        String::new()
    } else {
        format!("{}: ", e.path)
    };
    let message =
        model::words::in_language(&e.message, LANGUAGE.get().map_or("en", String::as_str));
    format!("{path}{at}: {level}: {field}{message}")
}

fn validate(paths: &[String]) -> ExitCode {
    let mut worst = Verdict::Valid;
    for path in paths {
        let verdict = if is_html(path) {
            validate_html(path)
        } else {
            load(path).map(|checked| print_outcome(path, &checked))
        };
        match verdict {
            Ok(verdict) => worst = worst.max(verdict),
            Err(code) => return code,
        }
    }
    worst.exit_code()
}

/// Prints a file's (or widget's) warnings and "ok", or all its errors and
/// what a reader's browser would show; returns the verdict.
fn print_outcome(name: &str, checked: &sources::Checked) -> Verdict {
    match &checked.strict {
        Ok(v) => {
            for w in &v.warnings {
                println!("{}", report(name, "warning", w));
            }
            println!("{name}: ok ({} cards)", v.collection.cards.len());
            Verdict::Valid
        }
        Err(errors) => {
            for e in errors {
                println!("{}", report(name, "error", e));
            }
            let count = errors.len();
            let plural = if count == 1 { "" } else { "s" };
            match &checked.reader {
                Ok(v) => {
                    let cards = v.collection.cards.len();
                    let some = if cards == 1 { "" } else { "s" };
                    println!(
                        "{name}: invalid ({count} error{plural}); a reader's browser would still show {cards} card{some}, leaving the faulty parts out"
                    );
                    Verdict::Shown
                }
                Err(_) => {
                    println!("{name}: invalid ({count} error{plural}); a reader's browser would show nothing");
                    Verdict::NotShown
                }
            }
        }
    }
}

fn is_html(path: &str) -> bool {
    let lower = path.to_ascii_lowercase();
    lower.ends_with(".html") || lower.ends_with(".htm")
}

/// Checks the plain-HTML widgets of a page as the embed will read them; each
/// is named `page.html#n` (its place among the page's widgets). Widgets
/// that load JSON (no `<ol>` of cards) are listed and skipped. Returns the
/// worst verdict.
fn validate_html(path: &str) -> Result<Verdict, ExitCode> {
    let page = read(path)?;
    let widgets = sources::check_html_str(&page);
    if widgets.is_empty() {
        println!("{path}: error: no <highlight-cards> or [data-highlight-cards] element");
        return Ok(Verdict::NotShown);
    }
    let mut worst = Verdict::Valid;
    for (i, widget) in widgets.iter().enumerate() {
        let name = format!("{path}#{}", i + 1);
        match widget {
            None => println!("{name}: skipped (it loads a JSON file: validate that file)"),
            Some(checked) => worst = worst.max(print_outcome(&name, checked)),
        }
    }
    Ok(worst)
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
            // The widget's own words, some or all, by name: a JSON object.
            "--i18n" => {
                let text =
                    std::fs::read_to_string(value).map_err(|e| format!("--i18n {value}: {e}"))?;
                let words: serde_json::Map<String, serde_json::Value> =
                    serde_json::from_str(sources::without_bom(&text)).map_err(|e| {
                        format!("--i18n {value}: {e} (expected an object of strings by name)")
                    })?;
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
                    options.words.push((name, text.to_owned()));
                }
            }
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

fn render(path: &str, flags: &[String]) -> ExitCode {
    // `--plain`: the plain-HTML form (filtered fields, feeds, reader views;
    // see docs/cms.md) instead of the prerendered shadow root.
    let plain = flags.iter().any(|f| f == "--plain");
    let flags: Vec<String> = flags.iter().filter(|f| *f != "--plain").cloned().collect();
    let flags = flags.as_slice();
    let (options, base) = match render_options(path, flags) {
        Ok(parsed) => parsed,
        Err(e) => {
            eprintln!("{e}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    if options.src.is_some() && (is_html(path) || plain) {
        eprintln!("--src takes a JSON file, and makes the prerendered form\n{USAGE}");
        return ExitCode::from(2);
    }
    // A page: every widget `validate` checks (inline JSON or plain-HTML
    // cards), each prerendered in turn; a JSON file: its one collection.
    let widgets: Vec<(String, Result<model::Validated, Vec<model::ModelError>>)> = if is_html(path)
    {
        let page = match read(path) {
            Ok(page) => page,
            Err(code) => return code,
        };
        sources::check_html_str(&page)
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
            .collect()
    } else {
        match load(path) {
            Ok(checked) => vec![(path.to_owned(), checked.strict)],
            Err(code) => return code,
        }
    };
    let mut failed = widgets.is_empty();
    if failed {
        eprintln!("{path}: error: no widget with data to render");
    }
    let mut relative = false;
    for (name, result) in widgets {
        match result {
            Ok(v) => {
                for w in &v.warnings {
                    eprintln!("{}", report(&name, "warning", w));
                }
                let mut collection = v.collection;
                match &base {
                    Some(base) => collection.for_each_url(|u| {
                        if let Ok(abs) = base.join(u) {
                            *u = abs.into();
                        }
                    }),
                    None => collection.for_each_url(|u| {
                        relative |= !u.is_empty() && url::Url::parse(u).is_err();
                    }),
                }
                if plain {
                    let rest = sources::html_write::only_in_data_rest(&collection);
                    if !rest.is_empty() {
                        eprintln!(
                            "{name}: note: {} travel in the host's data-rest attribute, for the widget: a filter that drops data-* attributes drops them",
                            rest.join(", ")
                        );
                    }
                    print!(
                        "{}",
                        plain_host(&sources::html_write::write(&collection), &options)
                    );
                } else {
                    print!("{}", ssr::prerender(collection, &options));
                }
            }
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

/// `export FILE.json --format csv|tsv`: the collection as a spreadsheet
/// on stdout (see `sources::import::sheet`; it imports back exactly).
fn export(path: &str, flags: &[String]) -> ExitCode {
    let delimiter = match flags {
        [flag, name] if flag == "--format" && name == "csv" => b',',
        [flag, name] if flag == "--format" && name == "tsv" => b'\t',
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    let text = match read(path) {
        Ok(text) => text,
        Err(code) => return code,
    };
    match sources::read_json_str(&text) {
        Ok(c) => {
            print!("{}", sources::import::sheet::export(&c, delimiter));
            ExitCode::SUCCESS
        }
        Err(errors) => {
            for e in &errors {
                eprintln!("{path}: error: {e}");
            }
            ExitCode::from(1)
        }
    }
}

/// `import FILE [--format …] [--lang L]`: the draft collection on stdout,
/// the notes on stderr as `FILE:LINE: note: …` (editors jump to them).
fn import(path: &str, flags: &[String]) -> ExitCode {
    use sources::import::{self, Format};
    let mut format = None;
    let mut language = None;
    for pair in flags.chunks(2) {
        match pair {
            [flag, name] if flag == "--format" => match name.parse::<Format>() {
                Ok(f) => format = Some(f),
                Err(expected) => {
                    eprintln!("--format: {expected}, not \"{name}\"\n{USAGE}");
                    return ExitCode::from(2);
                }
            },
            [flag, tag] if flag == "--lang" && !tag.trim().is_empty() => {
                language = Some(tag.trim().to_owned());
            }
            _ => {
                eprintln!("{USAGE}");
                return ExitCode::from(2);
            }
        }
    }
    // A spreadsheet is read as bytes: its encoding is the sheet importer's
    // to detect (a legacy Excel CSV is not UTF-8).
    let by_name = Format::guess(path, "");
    let result = match format.unwrap_or(by_name) {
        sheet @ (Format::Csv | Format::Tsv) if format.is_some() || by_name == sheet => {
            let bytes = match std::fs::read(path) {
                Ok(bytes) => bytes,
                Err(e) => {
                    eprintln!("{path}: cannot read: {e}");
                    return ExitCode::from(2);
                }
            };
            let delimiter = (sheet == Format::Tsv).then_some(b'\t');
            import::sheet::import(&bytes, delimiter).map(|mut imported| {
                if let Some(language) = &language {
                    imported.collection.language = language.clone();
                }
                imported
            })
        }
        _ => {
            let text = match read(path) {
                Ok(text) => text,
                Err(code) => return code,
            };
            let format = format.unwrap_or_else(|| Format::guess(path, &text));
            import::import_in(&text, format, language.as_deref())
        }
    };
    let at = |line: usize| {
        if line == 0 {
            String::new()
        } else {
            format!(":{line}")
        }
    };
    match result {
        Ok(imported) => {
            for note in &imported.notes {
                eprintln!("{path}{}: note: {}", at(note.line), note.message);
            }
            println!(
                "{}",
                serde_json::to_string_pretty(&imported.collection).expect("collection serialises")
            );
            ExitCode::SUCCESS
        }
        Err(notes) => {
            for note in &notes {
                eprintln!("{path}{}: error: {}", at(note.line), note.message);
            }
            ExitCode::from(1)
        }
    }
}
