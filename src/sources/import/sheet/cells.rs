//! A sheet's bytes to rows of cells and back: the encodings spreadsheets
//! save in, and RFC 4180's quoting, read as leniently as spreadsheets read
//! it. Hand-written rather than with the `csv` crate: that crate
//! skips empty lines, so its records are not the spreadsheet's rows, and
//! the notes name rows as the spreadsheet numbers them.

use super::super::Note;

/// A row of the sheet: its 1-based number, as the spreadsheet shows it
/// (a cell's line breaks do not count; an empty line is a row), and its
/// cells.
pub struct Row {
    pub no: usize,
    pub cells: Vec<String>,
}

impl Row {
    /// Whether no cell has anything but spaces.
    pub fn is_empty(&self) -> bool {
        self.cells.iter().all(|c| c.trim().is_empty())
    }
}

/// Windows-1252's 0x80–0x9F; `'\0'` for the five it leaves undefined.
const CP1252: [char; 32] = [
    '€', '\0', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\0', 'Ž', '\0', //
    '\0', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\0', 'ž', 'Ÿ',
];

/// What a file read as Windows-1252 is told.
pub const READ_AS_1252: &str = "the file is not UTF-8: read as Windows-1252 (Western European); if letters look wrong, save it as CSV UTF-8";
/// What a file in no encoding read here is told.
pub const UNREADABLE: &str = "not UTF-8 and not Windows-1252: save the sheet as CSV UTF-8";

/// The text of a sheet's bytes: UTF-8 (a byte-order mark skipped), UTF-16
/// with its byte-order mark (Excel's "Unicode Text"), or else the legacy
/// Windows-1252 that Excel's plain "CSV" writes on Western Windows, said in
/// the note. Bytes that are none of them are refused.
pub fn decode(bytes: &[u8]) -> Result<(String, Option<Note>), Note> {
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok((crate::sources::without_bom(text).to_owned(), None));
    }
    if let Some(text) = utf16(bytes) {
        return text.map(|t| (t, None));
    }
    let mut text = String::with_capacity(bytes.len() + bytes.len() / 2);
    for &b in bytes {
        let c = match b {
            0x80..=0x9F => CP1252[usize::from(b - 0x80)],
            _ => char::from(b),
        };
        if c == '\0' && b != 0 {
            return Err(Note::new(0, UNREADABLE));
        }
        text.push(c);
    }
    Ok((text, Some(Note::new(0, READ_AS_1252))))
}

/// UTF-16 behind its byte-order mark (little- or big-endian).
fn utf16(bytes: &[u8]) -> Option<Result<String, Note>> {
    let little = match bytes {
        [0xFF, 0xFE, ..] => true,
        [0xFE, 0xFF, ..] => false,
        _ => return None,
    };
    let units = bytes[2..].chunks_exact(2).map(|p| match little {
        true => u16::from_le_bytes([p[0], p[1]]),
        false => u16::from_be_bytes([p[0], p[1]]),
    });
    let text = char::decode_utf16(units).collect::<Result<String, _>>();
    Some(text.map_err(|_| Note::new(0, UNREADABLE)))
}

/// The rows of `text`, cells split at `delimiter` (an ASCII byte). Line
/// ends (CRLF, LF or a lone CR) are read as `\n`, in cells too. A cell
/// opened by `"` runs to the next lone `"` (`""` is a quote); one whose
/// closing quote is followed by more text on its line, as Google Sheets
/// and hand-written files leave a cell that starts with a quote, is read
/// as written, and so is one whose quote never closes (noted).
pub fn rows(text: &str, delimiter: u8) -> (Vec<Row>, Vec<Note>) {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let (b, mut i) = (text.as_bytes(), 0);
    let (mut rows, mut notes, mut cells) = (Vec::new(), Vec::new(), Vec::new());
    while i < b.len() {
        let no = rows.len() + 1;
        let (cell, end) = match b[i] {
            b'"' => quoted(&text, i, delimiter).unwrap_or_else(|| {
                notes.push(Note::new(
                    no,
                    "a cell opens a quote (\") that never closes: read as written",
                ));
                plain(&text, i, delimiter)
            }),
            _ => plain(&text, i, delimiter),
        };
        cells.push(cell);
        i = end + 1;
        if b.get(end) != Some(&delimiter) {
            rows.push(Row {
                no,
                cells: std::mem::take(&mut cells),
            });
        } else if i == b.len() {
            // A delimiter ends the text: one more, empty cell.
            cells.push(String::new());
            rows.push(Row {
                no,
                cells: std::mem::take(&mut cells),
            });
        }
    }
    (rows, notes)
}

/// A cell read as written, from `start` to the delimiter or the line's
/// end; returns it and where it ends.
fn plain(text: &str, start: usize, delimiter: u8) -> (String, usize) {
    let b = text.as_bytes();
    let end = (start..b.len())
        .find(|&j| b[j] == delimiter || b[j] == b'\n')
        .unwrap_or(b.len());
    (text[start..end].to_owned(), end)
}

/// A quoted cell at `start` (its `"`); `None` when the quote never closes.
fn quoted(text: &str, start: usize, delimiter: u8) -> Option<(String, usize)> {
    let b = text.as_bytes();
    let mut cell = String::new();
    let mut from = start + 1;
    loop {
        let close = from + text[from..].find('"')?;
        cell.push_str(&text[from..close]);
        if b.get(close + 1) == Some(&b'"') {
            cell.push('"');
            from = close + 2;
            continue;
        }
        let after = close + 1;
        return Some(match b.get(after) {
            None | Some(b'\n') => (cell, after),
            Some(&d) if d == delimiter => (cell, after),
            // `"Ready" is the word`: not a quoted cell after all.
            _ if !cell.contains('\n') => plain(text, start, delimiter),
            // A closed multi-line cell with text after it: kept, as Excel does.
            _ => {
                let (rest, end) = plain(text, after, delimiter);
                cell.push_str(&rest);
                (cell, end)
            }
        });
    }
}

/// Writes one row, each cell quoted when RFC 4180 requires it (it holds
/// the delimiter, a quote or a line break), ended by CRLF as the RFC says.
pub fn write_row<S: AsRef<str>>(out: &mut String, cells: &[S], delimiter: u8) {
    let delimiter = char::from(delimiter);
    for (i, cell) in cells.iter().enumerate() {
        let cell = cell.as_ref();
        if i > 0 {
            out.push(delimiter);
        }
        if cell.contains([delimiter, '"', '\n', '\r']) {
            out.push('"');
            out.push_str(&cell.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(cell);
        }
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cells(text: &str, d: u8) -> Vec<Vec<String>> {
        rows(text, d).0.into_iter().map(|r| r.cells).collect()
    }

    #[test]
    fn quoting_as_spreadsheets_write_it() {
        assert_eq!(
            cells("a,\"b, \"\"c\"\"\nd\",e\r\n\r\nf,\n", b','),
            [vec!["a", "b, \"c\"\nd", "e"], vec![""], vec!["f", ""]]
        );
        // Google Sheets leaves a cell that starts with a quote unquoted.
        assert_eq!(
            cells("\"Ready\" is the word\tx\n", b'\t'),
            [vec!["\"Ready\" is the word", "x"]]
        );
        let (rows, notes) = rows("a\n\"never closed,b\n", b',');
        assert_eq!(rows[1].cells, ["\"never closed", "b"]);
        assert_eq!(notes[0].line, 2);
        let mut out = String::new();
        write_row(&mut out, &["a\tb", "c;d", "e\"f", ""], b'\t');
        assert_eq!(out, "\"a\tb\"\tc;d\t\"e\"\"f\"\t\r\n");
    }

    #[test]
    fn encodings() {
        let (text, note) = decode(b"\xEF\xBB\xBFcaf\xC3\xA9").unwrap();
        assert_eq!((text.as_str(), note), ("café", None));
        let (text, note) = decode(b"caf\xE9 \x93x\x94 \x80").unwrap();
        assert_eq!(text, "café “x” €");
        assert_eq!(note.unwrap().message, READ_AS_1252);
        assert_eq!(decode(b"\xFF\xFEa\0\xE9\0").unwrap().0, "aé");
        assert_eq!(decode(b"caf\xE9\x81").unwrap_err().message, UNREADABLE);
    }
}
