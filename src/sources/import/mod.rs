//! Importers: the article an editor already has — text copied out of a CMS
//! or a page, Markdown, the plain-HTML markup, JSON, a spreadsheet — turned into a
//! [`Collection`](crate::model::Collection). Shared by the CLI (`highlight-cards import`) and the
//! editor; never part of the reader's widget (nothing in `embed` calls
//! them, so the reader's wasm does not carry them).
//!
//! An importer never guesses silently: every line it could not place, and
//! every field it had to make up (a headline taken from the body, a photo
//! with no URL in the text), is a [`Note`](crate::sources::import::Note) naming the line, for the editor
//! to check. What it returns is a draft for `validate`, not a verdict.

pub mod markdown;
/// Spreadsheets (CSV, TSV): the editor's too, so on its wasm as `json` is.
#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
pub mod sheet;
pub mod text;
pub mod words;

use crate::model::Collection;

/// Something an importer could not place, or had to decide for the editor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    /// 1-based line of the input it is about; 0 for the whole document.
    pub line: usize,
    /// What happened, in an editor's words.
    pub message: String,
}

impl Note {
    /// A note about `line` (1-based).
    pub fn new(line: usize, message: impl Into<String>) -> Self {
        Note {
            line,
            message: message.into(),
        }
    }
}

impl std::fmt::Display for Note {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.line == 0 {
            f.write_str(&self.message)
        } else {
            write!(f, "line {}: {}", self.line, self.message)
        }
    }
}

/// An imported collection and what the importer says about it.
#[derive(Debug, Clone, PartialEq)]
pub struct Imported {
    /// The draft collection (validate it before publishing).
    pub collection: Collection,
    /// Lines not placed and fields decided, in input order.
    pub notes: Vec<Note>,
}

/// The formats an importer reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Article text as copied from a CMS or a page.
    Text,
    /// Markdown, with the convention in docs/data-format.md ("Markdown").
    Markdown,
    /// The plain-HTML markup the widget reads.
    Html,
    /// The widget's JSON.
    Json,
    /// A spreadsheet saved as CSV (comma or semicolon): see [`sheet`].
    Csv,
    /// A spreadsheet saved as, or copied as, tab-separated text.
    Tsv,
}

crate::components::named!(Format);

impl Format {
    /// The names `--format` and the editor take.
    pub const NAMES: [(&'static str, Format); 6] = [
        ("text", Format::Text),
        ("md", Format::Markdown),
        ("html", Format::Html),
        ("json", Format::Json),
        ("csv", Format::Csv),
        ("tsv", Format::Tsv),
    ];

    /// The format a file is read in: the one `chosen`, else the one its
    /// `name` says (by [`Format::guess`]; a name that says none is text).
    pub fn of_file(name: &str, chosen: Option<Format>) -> Format {
        chosen.unwrap_or_else(|| Format::guess(name, ""))
    }

    /// Whether a file in this format is read as bytes, not as UTF-8 text: a
    /// spreadsheet's encoding is the sheet importer's to detect (a legacy
    /// Excel CSV is not UTF-8) or refuse.
    pub fn reads_bytes(self) -> bool {
        matches!(self, Format::Csv | Format::Tsv)
    }

    /// The format a file's name says (`.txt`, `.md`, `.html`, `.json`,
    /// `.csv`, `.tsv`), else what its text looks like (tabs in its first
    /// line: rows copied from a spreadsheet).
    pub fn guess(name: &str, text: &str) -> Format {
        let lower = name.to_ascii_lowercase();
        let by_name = [
            (".json", Format::Json),
            (".md", Format::Markdown),
            (".markdown", Format::Markdown),
            (".html", Format::Html),
            (".htm", Format::Html),
            (".txt", Format::Text),
            (".csv", Format::Csv),
            (".tsv", Format::Tsv),
            (".tab", Format::Tsv),
        ];
        if let Some((_, f)) = by_name.iter().find(|(ext, _)| lower.ends_with(ext)) {
            return *f;
        }
        let t = super::without_bom(text).trim_start();
        if t.starts_with('{') || t.starts_with('[') {
            Format::Json
        } else if t.starts_with('<') {
            Format::Html
        } else if t.starts_with("---") || t.starts_with("# ") || t.contains("\n## ") {
            Format::Markdown
        } else if t
            .lines()
            .next()
            .is_some_and(|l| l.matches('\t').count() >= 1)
        {
            Format::Tsv
        } else {
            Format::Text
        }
    }
}

/// A spreadsheet's bytes, read as `format` (`Csv`: the delimiter detected;
/// `Tsv`: tabs). Files are read as bytes (see [`Format::reads_bytes`]); a
/// paste box's text is its UTF-8 bytes.
pub fn sheet_bytes(bytes: &[u8], format: Format) -> Result<Imported, Vec<Note>> {
    sheet::import(bytes, (format == Format::Tsv).then_some(b'\t'))
}

/// Imports `input` read as `format`. `Err` only when nothing could be read
/// (JSON that does not parse, a page with no widget), with why.
#[cfg(not(target_arch = "wasm32"))]
pub fn import(input: &str, format: Format) -> Result<Imported, Vec<Note>> {
    import_in(input, format, None)
}

/// [`import`], the collection in `language` (a BCP 47 tag) when given:
/// article text is then read as that language's (its dates' time zone), and
/// any format's `language` is set to it.
#[cfg(not(target_arch = "wasm32"))]
pub fn import_in(
    input: &str,
    format: Format,
    language: Option<&str>,
) -> Result<Imported, Vec<Note>> {
    let mut imported = match format {
        Format::Text => Ok(text::import_in(input, language)),
        Format::Markdown => Ok(markdown::import(input)),
        Format::Json => json(input),
        Format::Html => html(input),
        Format::Csv | Format::Tsv => sheet_bytes(input.as_bytes(), format),
    }?;
    if let Some(language) = language {
        imported.collection.language = language.to_owned();
    }
    Ok(imported)
}

/// The widget's JSON, read as `validate` reads it: every problem a note
/// at its line, beside what could be read.
#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
pub fn json(input: &str) -> Result<Imported, Vec<Note>> {
    let body = super::without_bom(input);
    let value: serde_json::Value = serde_json::from_str(body)
        .map_err(|e| vec![Note::new(e.line(), format!("invalid JSON: {e}"))])?;
    let (collection, problems) = crate::model::read::collection_checked(&value);
    let notes: Vec<Note> = problems
        .iter()
        .map(|p| {
            let line = crate::locate::locate(body, &p.path).map_or(0, |(l, _)| l);
            Note::new(line, p.to_string())
        })
        .collect();
    match collection {
        Some(collection) => Ok(Imported { collection, notes }),
        None => Err(notes),
    }
}

/// The plain-HTML markup: the first widget with cards on the page.
#[cfg(not(target_arch = "wasm32"))]
fn html(input: &str) -> Result<Imported, Vec<Note>> {
    use super::html::PageWidget;
    let mut widgets = super::html::page_widgets(input)
        .into_iter()
        .filter_map(|w| match w {
            PageWidget::Cards(c, problems) => Some((*c, problems)),
            _ => None,
        });
    let Some((collection, problems)) = widgets.next() else {
        return Err(vec![Note::new(
            0,
            "no widget with cards: the page needs a <highlight-cards> element holding an <ol> of cards",
        )]);
    };
    let mut notes: Vec<Note> = problems
        .iter()
        .map(|p| Note::new(0, format!("{}: {}", p.path, p.message)))
        .collect();
    let found = 1 + widgets.count();
    if found > 1 {
        notes.push(Note::new(
            0,
            format!("the page has {found} widgets with cards; the first is imported"),
        ));
    }
    Ok(Imported { collection, notes })
}

/// A collection id from a title: lower-case ASCII words joined by `-`
/// ("Dấu ấn đối ngoại năm 2023" → "dau-an-doi-ngoai-nam-2023"), Vietnamese
/// letters without their marks.
pub fn slug(title: &str) -> String {
    let mut out = String::new();
    let mut gap = false;
    for c in fold_marks(title).chars() {
        if c.is_ascii_alphanumeric() {
            if gap && !out.is_empty() {
                out.push('-');
            }
            gap = false;
            out.push(c.to_ascii_lowercase());
        } else {
            gap = true;
        }
    }
    out.truncate(
        out.char_indices()
            .nth(80)
            .map_or(out.len(), |(i, _)| i)
            .min(out.len()),
    );
    out.trim_end_matches('-').to_owned()
}

/// Latin letters without their diacritics (NFD, marks dropped; đ → d).
fn fold_marks(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    text.nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .map(|c| match c {
            'đ' => 'd',
            'Đ' => 'D',
            c => c,
        })
        .collect()
}

/// The first 60 characters of a line, for a note.
fn excerpt(text: &str) -> String {
    match text.char_indices().nth(60) {
        Some((i, _)) => format!("{}…", &text[..i]),
        None => text.to_owned(),
    }
}

/// The headings of a related-stories list, lower case, `|`-separated:
/// Vietnamese, English, German, French, Spanish, Portuguese, Italian,
/// Indonesian, Turkish, Arabic.
const READ_MORE: &str = "đọc thêm|xem thêm|tin liên quan|read more|related|related stories|related articles|see also|more on this story|lesen sie auch|mehr zum thema|weitere artikel|à lire aussi|lire aussi|voir aussi|sur le même sujet|lee también|leer más|te puede interesar|relacionadas|leia também|leia mais|leggi anche|baca juga|berita terkait|ilgili haberler|اقرأ أيضا|اقرأ أيضاً|اقرأ ايضا|مواضيع ذات صلة";

/// A heading or line that starts the related-stories list, in either
/// importer: "Đọc thêm", "Read more", "Lesen Sie auch", "À lire aussi",
/// "Lee también", "Baca juga", "اقرأ أيضا"… (any case, an optional colon).
fn is_read_more(text: &str) -> bool {
    let t = text
        .trim()
        .trim_end_matches([':', '：'])
        .trim_end()
        .to_lowercase();
    READ_MORE.split('|').any(|h| h == t)
}

#[cfg(test)]
mod tests;
