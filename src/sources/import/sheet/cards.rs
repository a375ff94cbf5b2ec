//! The card table: a row to a [`Card`] and a card to a row, column by
//! column, so that every field goes out and comes back the same.

use super::super::Note;
use super::cells::Row;
use super::names;
use crate::model::credit::{self, Credit, CreditKind};
use crate::model::{Card, Collection, Photo, Srcset};

/// A card row's cells: (field, the header's name for it, the cell).
struct Cells<'a> {
    row: usize,
    cells: Vec<(&'static str, &'a str, &'a str)>,
}

impl<'a> Cells<'a> {
    /// The first non-empty cell of `field`.
    fn get(&self, field: &str) -> Option<&'a str> {
        self.cells
            .iter()
            .find(|(f, _, v)| *f == field && !v.is_empty())
            .map(|(_, _, v)| *v)
    }

    fn text(&self, field: &str) -> Option<String> {
        self.get(field).map(str::to_owned)
    }

    /// A whole number; anything else is noted with its row and column,
    /// and left empty.
    fn count(&self, field: &str, notes: &mut Vec<Note>) -> Option<u32> {
        let value = self.get(field)?;
        let n = value.trim().parse().ok();
        if n.is_none() {
            let column = self.cells.iter().find(|(f, _, _)| *f == field);
            let column = column.map_or(field, |(_, name, _)| name.trim());
            notes.push(Note::new(
                self.row,
                format!("column “{column}”: “{value}” is not a whole number: left empty"),
            ));
        }
        n
    }
}

/// Reads a card row; `columns`: each header cell's field (`None`: ignored)
/// and its name.
pub fn read(row: &Row, columns: &[(Option<&'static str>, &str)], notes: &mut Vec<Note>) -> Card {
    let extra: Vec<&str> = row
        .cells
        .iter()
        .skip(columns.len())
        .map(|c| c.trim())
        .filter(|c| !c.is_empty())
        .collect();
    if !extra.is_empty() {
        notes.push(Note::new(
            row.no,
            format!(
                "the row has more cells than the header names: “{}” ignored",
                super::super::excerpt(&extra.join(" | "))
            ),
        ));
    }
    let cells = Cells {
        row: row.no,
        cells: columns
            .iter()
            .zip(&row.cells)
            .filter_map(|((f, name), v)| Some(((*f)?, *name, v.as_str())))
            .collect(),
    };
    let body: Vec<String> = cells
        .cells
        .iter()
        .filter(|(f, _, _)| *f == "card.body")
        .flat_map(|(_, _, v)| paragraphs(v))
        .collect();
    let headline = cells.text("card.headline").unwrap_or_default();
    if headline.is_empty() {
        notes.push(Note::new(row.no, "the card has no headline: add one"));
    }
    Card {
        number: cells.count("card.number", notes),
        section: cells.text("card.section"),
        kicker: cells.text("card.kicker"),
        headline,
        photo: photo(&cells, notes),
        body,
    }
}

/// A cell's paragraphs: its text between blank lines, each paragraph's
/// single line breaks kept.
fn paragraphs(cell: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut lines: Vec<&str> = Vec::new();
    for line in cell.split('\n').chain([""]) {
        if !line.trim().is_empty() {
            lines.push(line);
        } else if !lines.is_empty() {
            out.push(lines.join("\n"));
            lines.clear();
        }
    }
    out
}

/// The photo, when any of its cells is filled.
fn photo(cells: &Cells<'_>, notes: &mut Vec<Note>) -> Option<Photo> {
    let filled = |f: &&(&str, &str, &str)| {
        (f.0.starts_with("photo.") || f.0.starts_with("credit.")) && !f.2.is_empty()
    };
    cells.cells.iter().find(filled)?;
    let src = cells.text("photo.src").unwrap_or_default();
    if src.is_empty() {
        notes.push(Note::new(
            cells.row,
            "the photo has no URL: add it in the “photo” column",
        ));
    }
    Some(Photo {
        src,
        srcset: cells.get("photo.srcset").map(Srcset::parse),
        sizes: cells.text("photo.sizes"),
        width: cells.count("photo.width", notes),
        height: cells.count("photo.height", notes),
        alt: cells.text("photo.alt"),
        caption: cells.text("photo.caption"),
        credit: read_credit(cells, notes),
    })
}

/// The parts of a credit that has its own columns, beside `credit`.
const PARTS: [&str; 5] = [
    "credit.agency",
    "credit.label",
    "credit.via",
    "credit.for",
    "credit.names",
];

/// The `credit` cell, read as the JSON's credit text is; with part
/// columns, they say what they fill (the export writes `credit kind`
/// always, and the text as it is: then the parts are the whole credit).
fn read_credit(cells: &Cells<'_>, notes: &mut Vec<Note>) -> Option<Credit> {
    let text = cells.get("photo.credit");
    let kind = cells.get("credit.kind");
    if kind.is_none() && PARTS.iter().all(|f| cells.get(f).is_none()) {
        return text.and_then(credit::from_text);
    }
    let mut c = match kind {
        Some(kind) => Credit {
            kind: credit_kind(kind, cells.row, notes),
            text: text.map(str::to_owned),
            ..Credit::default()
        },
        None => text.and_then(credit::from_text).unwrap_or_default(),
    };
    if let Some(names) = cells.get("credit.names") {
        c.names = names.split('\n').map(str::to_owned).collect();
    }
    for (field, slot) in
        PARTS
            .into_iter()
            .zip([&mut c.agency, &mut c.label, &mut c.via, &mut c.for_])
    {
        if let Some(v) = cells.get(field) {
            *slot = Some(v.to_owned());
        }
    }
    Some(c)
}

fn credit_kind(kind: &str, row: usize, notes: &mut Vec<Note>) -> CreditKind {
    match kind.trim().to_lowercase().as_str() {
        "photo" => CreditKind::Photo,
        "source" => CreditKind::Source,
        _ => {
            notes.push(Note::new(
                row,
                format!("column “credit kind”: “{kind}” is neither “photo” nor “source”: read as “photo”"),
            ));
            CreditKind::Photo
        }
    }
}

/// A credit's text, when reading it gives the credit back whole.
fn as_text(c: &Credit) -> Option<&str> {
    c.text
        .as_deref()
        .filter(|t| credit::from_text(t).as_ref() == Some(c))
}

/// The columns the export writes for `c`: all but `srcset`, `sizes` and
/// the credit's parts, which only when a card needs them.
pub fn columns(c: &Collection) -> Vec<&'static str> {
    let photos = || c.cards.iter().filter_map(|c| c.photo.as_ref());
    let srcset = photos().any(|p| p.srcset.is_some());
    let sizes = photos().any(|p| p.sizes.is_some());
    let parts = photos()
        .filter_map(|p| p.credit.as_ref())
        .any(|c| as_text(c).is_none());
    names::card_fields()
        .filter(|f| match *f {
            "photo.srcset" => srcset,
            "photo.sizes" => sizes,
            f if f.starts_with("credit.") => parts,
            _ => true,
        })
        .collect()
}

/// A card's row: one cell per field of `columns`.
pub fn write(card: &Card, columns: &[&str]) -> Vec<String> {
    let photo = card.photo.as_ref();
    let credit = photo.and_then(|p| p.credit.as_ref());
    let parts = credit.filter(|c| as_text(c).is_none());
    let text = |s: Option<&String>| s.cloned().unwrap_or_default();
    let number = |n: Option<u32>| n.map(|n| n.to_string()).unwrap_or_default();
    columns
        .iter()
        .map(|f| match *f {
            "card.number" => number(card.number),
            "card.section" => text(card.section.as_ref()),
            "card.kicker" => text(card.kicker.as_ref()),
            "card.headline" => card.headline.clone(),
            "card.body" => card.body.join("\n\n"),
            "photo.credit" => text(credit.and_then(|c| c.text.as_ref())),
            "credit.kind" => parts
                .map_or("", |c| match c.kind {
                    CreditKind::Photo => "photo",
                    CreditKind::Source => "source",
                })
                .to_owned(),
            "credit.names" => parts.map(|c| c.names.join("\n")).unwrap_or_default(),
            f if f.starts_with("credit.") => text(parts.and_then(|c| part(c, f))),
            f => photo.map(|p| photo_cell(p, f)).unwrap_or_default(),
        })
        .collect()
}

fn part<'a>(c: &'a Credit, field: &str) -> Option<&'a String> {
    match field {
        "credit.agency" => c.agency.as_ref(),
        "credit.label" => c.label.as_ref(),
        "credit.via" => c.via.as_ref(),
        _ => c.for_.as_ref(),
    }
}

fn photo_cell(p: &Photo, field: &str) -> String {
    let text = |s: &Option<String>| s.clone().unwrap_or_default();
    let number = |n: Option<u32>| n.map(|n| n.to_string()).unwrap_or_default();
    match field {
        "photo.src" => p.src.clone(),
        // Its candidates, then those the standard drops: read back the same.
        "photo.srcset" => p.srcset.as_ref().map_or_else(String::new, |s| {
            let mut all = vec![s.text()];
            all.extend(s.dropped.iter().cloned());
            all.retain(|t| !t.is_empty());
            all.join(", ")
        }),
        "photo.sizes" => text(&p.sizes),
        "photo.width" => number(p.width),
        "photo.height" => number(p.height),
        "photo.alt" => text(&p.alt),
        "photo.caption" => text(&p.caption),
        _ => String::new(),
    }
}
