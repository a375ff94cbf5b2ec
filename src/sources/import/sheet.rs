//! Spreadsheets, CSV and TSV, in and out: newsrooms plan and write in a
//! shared sheet (TimelineJS is built on a Google Sheets template), so a
//! sheet with one row per card is a collection, and a collection exports
//! to one that imports back equal (`import(export(c)) == c`).
//!
//! A sheet is a small front matter — the collection's own fields, one
//! `key,value` row each — then an empty row, then the card table: a header
//! row naming the columns, one row per card.
//!
//! ```text
//! title,Dấu ấn đối ngoại năm 2023
//! language,vi
//! intro,"Mười sự kiện nổi bật, do ban biên tập chọn."
//! read more,Bài khác,https://example.com/bai-khac,Tóm tắt một câu.
//!
//! number,headline,photo,width,height,caption,credit,body
//! 1,Hội nghị Ngoại giao,a.jpg,1600,1067,Lễ khai mạc.,Ảnh: Tuấn Anh,"Đoạn một.
//!
//! Đoạn hai."
//! ```
//!
//! - **Front-matter keys**: `id`, `language`, `title`, `kicker`, `section`,
//!   `dateline`, `published`, `intro`, `attribution`, `byline`, `source`
//!   (its name), `source url`, and `read more` (title, URL, summary in the
//!   next three cells; one row per story). A key's row is the field set,
//!   its value as written (empty too). Without `language`, it is detected
//!   from the cards' text; without `id`, made from the title.
//! - **Card columns**: `number`, `section`, `kicker`, `headline` (the one
//!   required), `photo` (its URL; also `photo url`, `src`…), `srcset`,
//!   `sizes`, `width`, `height`, `alt`, `caption`, `credit` (as written,
//!   "AP Photo/Jane Doe", read as the JSON's credit text is) and `body`
//!   (paragraphs between blank lines in the cell; `body 2`, `body 3`… add
//!   more). An empty cell is no value. Every name is also accepted in
//!   Vietnamese, German, French, Spanish, Portuguese, Indonesian and Arabic
//!   (`COLUMNS`: one table for the importer and the export), in any case.
//!   The header row is the first row that is mostly column names (or, in a
//!   sheet such as TimelineJS's template, with many columns of its own, the
//!   first that names `headline` and another: "Headline", "Text", "Media",
//!   "Media Caption", "Media Credit" are read, the others noted).
//! - **Credit parts**: a credit that its text does not give back whole (one
//!   written as parts in the JSON, without a text or with another) goes out
//!   as `credit kind` (`photo` or `source`, always written then), `credit
//!   names` (one a line), `credit agency`, `credit label`, `credit via`,
//!   `credit for`, and its text in `credit`: the export adds these columns
//!   only when a card needs them, and so the round trip stays exact.
//!
//! The file may be UTF-8 (with a byte-order mark or not), UTF-16 with one,
//! or Windows-1252 (noted); comma, semicolon (Excel where the decimal mark
//! is a comma) or tab separated, told from the header row: the separator
//! that splits it into the most column names. Quoting is RFC 4180's. Notes
//! name rows as the spreadsheet numbers them (a cell's line breaks do not
//! count, an empty line does). What a sheet cannot carry, and so does not
//! come back (none of it is in valid data a newsroom writes): an empty text
//! in a card's cell or as a read-more item's URL or summary (an empty cell
//! is no value), a paragraph's own blank lines or leading and trailing
//! line breaks, CR line breaks (read as LF), a photo with no field set, a
//! `srcset` with no candidates, an empty credit text or name.
//!
//! One file: the sheet's layout, read and written; its cells, names and card
//! rows are in `sheet/`.

mod cards;
mod cells;
mod names;

pub use names::COLUMNS;

use super::{slug, text::lang, Imported, Note};
use crate::model::{Collection, ReadMore, Source};
use cells::Row;

/// The rows of a sheet read with one separator, and where its header is.
struct Table {
    rows: Vec<Row>,
    notes: Vec<Note>,
    header: Option<usize>,
    known: usize,
}

/// Reads a sheet (CSV or TSV bytes); `delimiter`: `b','`, `b';'` or
/// `b'\t'` (any ASCII byte but a quote or a line break), or `None` to tell
/// it from the header row. `Err` when there is nothing to read: bytes in
/// no known encoding, no header row, no `headline` column.
pub fn import(bytes: &[u8], delimiter: Option<u8>) -> Result<Imported, Vec<Note>> {
    if let Some(d) = delimiter.filter(|d| !d.is_ascii() || matches!(d, b'"' | b'\n' | b'\r')) {
        let message = format!(
            "“{}” cannot separate cells: use a comma, a semicolon or a tab",
            d.escape_ascii()
        );
        return Err(vec![Note::new(0, message)]);
    }
    let (text, encoding) = cells::decode(bytes).map_err(|n| vec![n])?;
    let mut notes: Vec<Note> = encoding.into_iter().collect();
    let table = read_table(&text, delimiter);
    notes.extend(table.notes);
    let Some(h) = table.header else {
        notes.push(Note::new(
            0,
            format!(
                "no header row: the card table needs a row naming its columns, headline at least (the columns: {})",
                names::listed(true)
            ),
        ));
        return Err(notes);
    };
    let (rows, header) = (&table.rows, &table.rows[h]);
    let columns = columns(header, &mut notes);
    if !columns.iter().any(|(f, _)| *f == Some("card.headline")) {
        notes.push(Note::new(
            header.no,
            "no “headline” column: the card table needs one, its header cell “headline” (or “tiêu đề”, “Überschrift”, “titre”…)",
        ));
        return Err(notes);
    }
    let mut c = Collection::draft();
    let given = front_matter(&rows[..h], &mut c, &mut notes);
    for row in rows[h + 1..].iter().filter(|r| !r.is_empty()) {
        c.cards.push(cards::read(row, &columns, &mut notes));
    }
    finish(&mut c, &given, &mut notes);
    notes.sort_by_key(|n| n.line);
    Ok(Imported {
        collection: c,
        notes,
    })
}

/// The rows read with each separator (or the one given); the one whose
/// header row names the most columns wins, the comma on a tie. The header
/// is the first row that is mostly column names, else the first that
/// names `headline` among columns of its own (TimelineJS's template).
fn read_table(text: &str, delimiter: Option<u8>) -> Table {
    let candidates = delimiter.map_or(vec![b',', b';', b'\t'], |d| vec![d]);
    let mut best: Option<Table> = None;
    for d in candidates {
        let (rows, notes) = cells::rows(text, d);
        let header = rows
            .iter()
            .position(|r| names::is_header(&r.cells))
            .or_else(|| rows.iter().position(|r| names::is_wide_header(&r.cells)));
        let known = header.map_or(0, |h| names::known(&rows[h].cells));
        if best.as_ref().is_none_or(|b| known > b.known) {
            best = Some(Table {
                rows,
                notes,
                header,
                known,
            });
        }
    }
    best.expect("a separator")
}

/// Each header cell's field and name; unknown and repeated ones noted.
fn columns<'a>(header: &'a Row, notes: &mut Vec<Note>) -> Vec<(Option<&'static str>, &'a str)> {
    let mut seen = Vec::new();
    let mut out = Vec::new();
    for name in &header.cells {
        let field = match names::field(name, true) {
            _ if name.trim().is_empty() => None,
            Some(f) if f != "card.body" && seen.contains(&f) => {
                notes.push(Note::new(
                    header.no,
                    format!(
                        "column “{}” again: the first is read, this one ignored",
                        name.trim()
                    ),
                ));
                None
            }
            Some(f) => Some(f),
            None => {
                notes.push(Note::new(
                    header.no,
                    format!(
                        "column “{}” is not a field: ignored; the fields are {}",
                        name.trim(),
                        names::listed(true)
                    ),
                ));
                None
            }
        };
        seen.extend(field);
        out.push((field, name.as_str()));
    }
    out
}

/// Which of the collection's fields the front matter gave.
#[derive(Default)]
struct Given {
    id: bool,
    language: bool,
    title: bool,
}

/// The front matter: one collection field a row (see the module
/// documentation); every other row noted.
fn front_matter(rows: &[Row], c: &mut Collection, notes: &mut Vec<Note>) -> Given {
    let mut given = Given::default();
    let mut seen = Vec::new();
    for row in rows.iter().filter(|r| !r.is_empty()) {
        let key = row.cells[0].trim();
        let Some(field) = names::field(key, false) else {
            notes.push(Note::new(
                row.no,
                format!(
                    "“{}” is not a collection field: row ignored; the fields are {}",
                    super::excerpt(key),
                    names::listed(false)
                ),
            ));
            continue;
        };
        let cell = |i: usize| row.cells.get(i).cloned().unwrap_or_default();
        let used = if field == "readMore" { 4 } else { 2 };
        if row.cells.iter().skip(used).any(|c| !c.trim().is_empty()) {
            notes.push(Note::new(
                row.no,
                format!("“{key}”: the cells after its value are ignored"),
            ));
        }
        if field != "readMore" && seen.contains(&field) {
            notes.push(Note::new(
                row.no,
                format!("“{key}” again: this value is used"),
            ));
        }
        seen.push(field);
        let value = cell(1);
        match field {
            "id" => (c.id, given.id) = (value, true),
            "language" => (c.language, given.language) = (value, true),
            "title" => (c.title, given.title) = (value, true),
            "source.name" => c.source.get_or_insert_with(no_source).name = value,
            "source.url" => c.source.get_or_insert_with(no_source).url = Some(value),
            "readMore" => c.read_more.push(ReadMore {
                title: value,
                url: Some(cell(2)).filter(|u| !u.is_empty()),
                summary: Some(cell(3)).filter(|s| !s.is_empty()),
            }),
            f => *text_field(c, f) = Some(value),
        }
    }
    if c.source.as_ref().is_some_and(|s| s.name.is_empty()) && !seen.contains(&"source.name") {
        notes.push(Note::new(
            0,
            "a “source url” without a “source”: add the publication's name",
        ));
    }
    given
}

fn no_source() -> Source {
    Source {
        name: String::new(),
        url: None,
    }
}

/// The collection's optional text fields, by key.
fn text_field<'a>(c: &'a mut Collection, field: &str) -> &'a mut Option<String> {
    match field {
        "kicker" => &mut c.kicker,
        "section" => &mut c.section,
        "dateline" => &mut c.dateline,
        "published" => &mut c.published,
        "intro" => &mut c.intro,
        "attribution" => &mut c.attribution,
        _ => &mut c.byline,
    }
}

/// What the front matter did not give: the title (noted), the id (from
/// the title), the language (from the cards' text, or kept), each said.
fn finish(c: &mut Collection, given: &Given, notes: &mut Vec<Note>) {
    if !given.title {
        notes.push(Note::new(
            0,
            "no title: add a row “title,…” above the card table",
        ));
    }
    if !given.id {
        c.id = slug(&c.title);
        notes.push(Note::new(
            0,
            format!(
                "id: “{}”, made from the title; to choose it, add a row “id,…”",
                c.id
            ),
        ));
    }
    if c.cards.is_empty() {
        notes.push(Note::new(
            0,
            "no cards: the card table has no rows under its header",
        ));
    }
    if given.language {
        return;
    }
    let mut text = vec![c.title.as_str()];
    for card in &c.cards {
        text.push(&card.headline);
        text.extend(card.body.iter().map(String::as_str));
        text.extend(card.photo.iter().filter_map(|p| p.caption.as_deref()));
    }
    let message = match lang::detect(&text.join("\n")) {
        Some(l) => {
            c.language = l.to_owned();
            format!("language: “{l}”, detected from the text (its script and common words); if that is wrong, add a row “language,…”")
        }
        None => format!(
            "language: not clear from the text, “{}” kept; add a row “language,…”",
            c.language
        ),
    };
    notes.push(Note::new(0, message));
}

/// Writes `c` as a sheet separated by `delimiter` (`b','`, `b';'` or
/// `b'\t'`): the front matter (`id`, `language` and `title` always, the
/// other fields when set), an empty row, the header row in English, one
/// row per card. [`import`] reads it back equal.
pub fn export(c: &Collection, delimiter: u8) -> String {
    let mut out = String::new();
    for row in front_rows(c) {
        cells::write_row(&mut out, &row, delimiter);
    }
    cells::write_row::<&str>(&mut out, &[], delimiter);
    let columns = cards::columns(c);
    let header: Vec<&str> = columns.iter().map(|f| names::english(f)).collect();
    cells::write_row(&mut out, &header, delimiter);
    for card in &c.cards {
        cells::write_row(&mut out, &cards::write(card, &columns), delimiter);
    }
    out
}

/// The front matter's rows: (key, value…), the keys in English.
fn front_rows(c: &Collection) -> Vec<Vec<&str>> {
    let mut rows = vec![
        vec![names::english("id"), c.id.as_str()],
        vec![names::english("language"), &c.language],
        vec![names::english("title"), &c.title],
    ];
    for (field, value) in [
        ("kicker", &c.kicker),
        ("section", &c.section),
        ("dateline", &c.dateline),
        ("published", &c.published),
        ("intro", &c.intro),
        ("attribution", &c.attribution),
        ("byline", &c.byline),
    ] {
        rows.extend(value.as_deref().map(|v| vec![names::english(field), v]));
    }
    if let Some(s) = &c.source {
        rows.push(vec![names::english("source.name"), &s.name]);
        rows.extend(
            s.url
                .as_deref()
                .map(|u| vec![names::english("source.url"), u]),
        );
    }
    for item in &c.read_more {
        let mut row = vec![
            names::english("readMore"),
            &item.title,
            item.url.as_deref().unwrap_or(""),
        ];
        row.extend(item.summary.as_deref());
        rows.push(row);
    }
    rows
}
