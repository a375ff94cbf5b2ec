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
//!
//! One file: the command table, its usage and the small commands; `render`
//! is `cli/render.rs`.

mod render;

use crate::{model, sources};
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
        Some("render") if args.len() >= 2 => render::render(&args[1], &args[2..]),
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
    // A spreadsheet is read as bytes (see `Format::reads_bytes`).
    let sheet = Format::of_file(path, format);
    let result = if sheet.reads_bytes() {
        let bytes = match std::fs::read(path) {
            Ok(bytes) => bytes,
            Err(e) => {
                eprintln!("{path}: cannot read: {e}");
                return ExitCode::from(2);
            }
        };
        import::sheet_bytes(&bytes, sheet).map(|mut imported| {
            if let Some(language) = &language {
                imported.collection.language = language.clone();
            }
            imported
        })
    } else {
        let text = match read(path) {
            Ok(text) => text,
            Err(code) => return code,
        };
        let format = format.unwrap_or_else(|| Format::guess(path, &text));
        import::import_in(&text, format, language.as_deref())
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
