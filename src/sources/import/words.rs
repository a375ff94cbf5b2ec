//! The importers' notes in Vietnamese, for editors who work in it: the
//! importers (`text`, `markdown`, `sheet`, `mod.rs`'s JSON and HTML) write
//! each [`Note`] in English where they decide; this is one table from their
//! templates to Vietnamese, matched as the validator's messages are
//! (`model::words`: `{}` stands for what varies, `{0}`, `{1}` put it back).
//! The JSON and HTML imports' notes are the validator's own problems
//! (`"cards[0].kickr: unknown field …"`): their message after the path is
//! translated by `model::words`. A note no template matches stays in
//! English; a test runs the importers over the test articles, the seeds,
//! the Markdown in docs/data-format.md, the spreadsheet templates and the
//! fuzz corpora and requires every note they give to have its Vietnamese.
//! One file: it is one table, and the little that reads it.

use super::Note;
use crate::model::words::{has_vietnamese, in_language, translate_with};

/// (English template, Vietnamese template) of every note the importers
/// write. In English `{}` matches the shortest text up to what follows it
/// (never empty); in Vietnamese `{0}`, `{1}` put the matched parts back.
/// The first template that matches wins: longer ones come before shorter
/// ones they begin with. Field names (`src`, `language`, `published`…),
/// options (`--lang`) and what the editor types (“## 1. …”) stay as they
/// are.
pub const NOTES: &[(&str, &str)] = &[
    // Both importers.
    ("not placed: “{}”", "chưa xếp vào đâu: “{0}”"),
    // An empty paragraph or heading (a lone image, "##"): `{}` is never empty.
    ("not placed: “”", "chưa xếp vào đâu: “”"),
    // Article text (`text/`).
    (
        "no cards found: number each card (“1. …”, “1) …”, “No. 1: …”, “#1 …”, or the number alone on a line), or mark each photo “… - Ảnh N.”",
        "không tìm thấy thẻ nào: hãy đánh số từng thẻ (“1. …”, “1) …”, “No. 1: …”, “#1 …”, hoặc số đứng riêng một dòng), hoặc đánh dấu từng ảnh “… - Ảnh N.”",
    ),
    ("no title found: add one", "không tìm thấy tiêu đề: hãy thêm tiêu đề"),
    ("language: “{}”, as given", "language: “{0}”, như đã chọn"),
    (
        "language: “{}”, detected from the text (its script and common words); if that is wrong, set it (--lang, or the language field)",
        "language: “{0}”, nhận biết từ văn bản (chữ viết và các từ thông dụng); nếu sai, hãy đặt lại (--lang, hoặc trường language)",
    ),
    (
        "language: not clear from the text, “{}” kept; set it (--lang, or the language field)",
        "language: văn bản không cho biết rõ, giữ “{0}”; hãy đặt lại (--lang, hoặc trường language)",
    ),
    (
        "published: the date line read as Vietnam time (UTC+7); check it",
        "published: dòng ngày giờ được hiểu theo giờ Việt Nam (UTC+7); hãy kiểm tra lại",
    ),
    ("repeats the header: skipped", "lặp lại phần đầu bài: đã bỏ qua"),
    (
        "source: “{}”, named at the start of the lede",
        "source: “{0}”, lấy từ tên ghi ở đầu sapo",
    ),
    (
        "card {}: the text has no photo URL; add the photo's src, width and height",
        "thẻ {0}: văn bản không có địa chỉ ảnh; hãy thêm src, width và height của ảnh",
    ),
    (
        "card {}: the text has no headline; its first sentence is used — edit it",
        "thẻ {0}: văn bản không có tiêu đề; đã lấy câu đầu tiên làm tiêu đề — hãy sửa lại",
    ),
    (
        "card {}: read as the photo's caption by its place (after the headline, as in the other cards), though it names no credit; check it and add the credit",
        "thẻ {0}: đoạn này được coi là chú thích ảnh theo vị trí (ngay sau tiêu đề, như ở các thẻ khác) dù không ghi nguồn ảnh; hãy kiểm tra và thêm nguồn ảnh",
    ),
    (
        "read more: the text has no links; add each story's url",
        "đọc thêm: văn bản không có liên kết; hãy thêm url cho từng bài",
    ),
    (
        "read more: {} of {} stories have no link; add their url",
        "đọc thêm: {0} trong {1} bài chưa có liên kết; hãy thêm url cho các bài đó",
    ),
    ("photo {} is out of order", "ảnh {0} không đúng thứ tự"),
    (
        "a section with no photo after it: its text is not placed",
        "mục không có ảnh nào theo sau: phần chữ của mục chưa xếp vào đâu",
    ),
    (
        "text after the last photo under a new section heading is not placed",
        "phần chữ sau ảnh cuối cùng, dưới một tiêu đề mục mới, chưa xếp vào đâu",
    ),
    // Markdown (`markdown.rs`).
    (
        "front matter: “{}” is not `key: value`",
        "front matter: “{0}” không theo dạng `key: value`",
    ),
    (
        "front matter: unknown key `{}` (known: {})",
        "front matter: khoá `{0}` không có trong định dạng (các khoá dùng được: {1})",
    ),
    (
        "front matter: no closing `---`; read as Markdown",
        "front matter: thiếu dòng `---` đóng lại; đọc cả tệp như Markdown",
    ),
    (
        "title given twice: the front matter's is kept, not “{}”",
        "tiêu đề có hai lần: giữ tiêu đề trong front matter, không lấy “{0}”",
    ),
    (
        "title given twice: the front matter's is kept, not “”",
        "tiêu đề có hai lần: giữ tiêu đề trong front matter, không lấy “”",
    ),
    (
        "card numbered {} where {} was expected: kept",
        "thẻ mang số {0} trong khi lẽ ra là số {1}: vẫn giữ số này",
    ),
    (
        "section “{}” has no card after it: not placed",
        "mục “{0}” không có thẻ nào theo sau: chưa xếp vào đâu",
    ),
    (
        "section “” has no card after it: not placed",
        "mục “” không có thẻ nào theo sau: chưa xếp vào đâu",
    ),
    ("heading not placed: “{}”", "tiêu đề chưa xếp vào đâu: “{0}”"),
    ("heading not placed: “”", "tiêu đề chưa xếp vào đâu: “”"),
    ("not placed: a table", "chưa xếp vào đâu: một bảng"),
    ("not placed: a code block", "chưa xếp vào đâu: một khối mã"),
    ("not placed: an HTML block", "chưa xếp vào đâu: một khối HTML"),
    (
        "not placed: a list outside “Đọc thêm”",
        "chưa xếp vào đâu: một danh sách nằm ngoài “Đọc thêm”",
    ),
    ("not placed: a footnote", "chưa xếp vào đâu: một chú thích cuối trang"),
    ("not placed: HTML", "chưa xếp vào đâu: mã HTML"),
    (
        "a second image in one paragraph: not placed",
        "ảnh thứ hai trong cùng một đoạn: chưa xếp vào đâu",
    ),
    (
        "a second photo in one card: not placed",
        "ảnh thứ hai trong cùng một thẻ: chưa xếp vào đâu",
    ),
    (
        "an image inside a paragraph: only its text is kept",
        "ảnh nằm giữa một đoạn văn: chỉ giữ lại phần chữ",
    ),
    (
        "read more: “{}” is not “— summary”: not placed",
        "đọc thêm: “{0}” không theo dạng “— tóm tắt”: chưa xếp vào đâu",
    ),
    (
        "read more: an item with no title: not placed",
        "đọc thêm: một mục không có tiêu đề: chưa xếp vào đâu",
    ),
    (
        "no title: start with “# Title” or give `title:` in the front matter",
        "chưa có tiêu đề: mở đầu bằng “# Tiêu đề” hoặc ghi `title:` trong front matter",
    ),
    (
        "no cards: start each with “## 1. Headline”",
        "chưa có thẻ nào: mở đầu mỗi thẻ bằng “## 1. Tiêu đề”",
    ),
    // Spreadsheets, CSV and TSV (`sheet.rs`, `sheet/*.rs`): rows and
    // columns as the spreadsheet names them; keys and column names
    // (`title`, “headline”, “credit kind”…) stay as they are.
    (
        "“{}” cannot separate cells: use a comma, a semicolon or a tab",
        "không thể dùng “{0}” để tách ô: hãy dùng dấu phẩy, dấu chấm phẩy hoặc dấu tab",
    ),
    (
        "the file is not UTF-8: read as Windows-1252 (Western European); if letters look wrong, save it as CSV UTF-8",
        "tệp không ở dạng UTF-8: đã đọc theo bảng mã Windows-1252 (Tây Âu); nếu chữ bị lỗi, hãy lưu lại dưới dạng CSV UTF-8",
    ),
    (
        "not UTF-8 and not Windows-1252: save the sheet as CSV UTF-8",
        "tệp không ở dạng UTF-8, cũng không phải Windows-1252: hãy lưu bảng tính dưới dạng CSV UTF-8",
    ),
    (
        "a cell opens a quote (\") that never closes: read as written",
        "một ô mở dấu ngoặc kép (\") mà không đóng lại: đọc nguyên như đã viết",
    ),
    (
        "no header row: the card table needs a row naming its columns, headline at least (the columns: {})",
        "không có hàng tên cột: bảng thẻ cần một hàng ghi tên các cột, ít nhất là headline (các cột: {0})",
    ),
    (
        "no “headline” column: the card table needs one, its header cell “headline” (or “tiêu đề”, “Überschrift”, “titre”…)",
        "không có cột “headline”: bảng thẻ cần cột này, ô tên cột ghi “headline” (hoặc “tiêu đề”, “Überschrift”, “titre”…)",
    ),
    (
        "column “{}” again: the first is read, this one ignored",
        "cột “{0}” lặp lại: đọc cột đầu tiên, bỏ qua cột này",
    ),
    (
        "column “{}” is not a field: ignored; the fields are {}",
        "cột “{0}” không ứng với trường nào: đã bỏ qua; các trường gồm {1}",
    ),
    (
        "column “credit kind”: “{}” is neither “photo” nor “source”: read as “photo”",
        "cột “credit kind”: “{0}” không phải “photo” cũng không phải “source”: đọc là “photo”",
    ),
    (
        "column “{}”: “{}” is not a whole number: left empty",
        "cột “{0}”: “{1}” không phải số nguyên: để trống",
    ),
    (
        "“{}” is not a collection field: row ignored; the fields are {}",
        "“{0}” không phải trường thông tin chung: đã bỏ qua hàng này; các trường gồm {1}",
    ),
    // A front-matter row whose first cell is empty.
    (
        "“” is not a collection field: row ignored; the fields are {}",
        "“” không phải trường thông tin chung: đã bỏ qua hàng này; các trường gồm {0}",
    ),
    (
        "“{}”: the cells after its value are ignored",
        "“{0}”: đã bỏ qua các ô sau ô giá trị",
    ),
    (
        "“{}” again: this value is used",
        "“{0}” lặp lại: dùng giá trị ở hàng này",
    ),
    (
        "a “source url” without a “source”: add the publication's name",
        "có “source url” nhưng không có “source”: hãy thêm tên tờ báo",
    ),
    (
        "no title: add a row “title,…” above the card table",
        "chưa có tiêu đề: hãy thêm một hàng “title,…” phía trên bảng thẻ",
    ),
    (
        "id: “{}”, made from the title; to choose it, add a row “id,…”",
        "id: “{0}”, tạo từ tiêu đề; muốn tự đặt, hãy thêm một hàng “id,…”",
    ),
    // No title, or one with no Latin letter or digit: an empty id.
    (
        "id: “”, made from the title; to choose it, add a row “id,…”",
        "id: “”, tạo từ tiêu đề; muốn tự đặt, hãy thêm một hàng “id,…”",
    ),
    (
        "no cards: the card table has no rows under its header",
        "chưa có thẻ nào: bảng thẻ không có hàng nào dưới hàng tên cột",
    ),
    (
        "language: “{}”, detected from the text (its script and common words); if that is wrong, add a row “language,…”",
        "language: “{0}”, nhận biết từ văn bản (chữ viết và các từ thông dụng); nếu sai, hãy thêm một hàng “language,…”",
    ),
    (
        "language: not clear from the text, “{}” kept; add a row “language,…”",
        "language: văn bản không cho biết rõ, giữ “{0}”; hãy thêm một hàng “language,…”",
    ),
    (
        "the row has more cells than the header names: “{}” ignored",
        "hàng có nhiều ô hơn số cột đã đặt tên: đã bỏ qua “{0}”",
    ),
    ("the card has no headline: add one", "thẻ chưa có tiêu đề: hãy thêm tiêu đề"),
    (
        "the photo has no URL: add it in the “photo” column",
        "ảnh chưa có địa chỉ: hãy thêm vào cột “photo”",
    ),
    // The widget's HTML (`mod.rs`, and the editor's own reader).
    (
        "no widget with cards: the page needs a <highlight-cards> element holding an <ol> of cards",
        "không có widget nào chứa thẻ: trang cần một phần tử <highlight-cards> chứa một <ol> gồm các thẻ",
    ),
    (
        "no widget with cards: the HTML needs a <highlight-cards> element holding an <ol> of cards",
        "không có widget nào chứa thẻ: mã HTML cần một phần tử <highlight-cards> chứa một <ol> gồm các thẻ",
    ),
    (
        "the page has {} widgets with cards; the first is imported",
        "trang có {0} widget chứa thẻ; đã nhập widget đầu tiên",
    ),
];

/// `note` as the editor shows it in `language`: "line N: message" in
/// English, "dòng N: thông điệp" in Vietnamese (`vi…`); the message alone
/// for line 0. English, as [`Note`]'s `Display` writes it, in any other
/// language or when no template matches.
pub fn note_in(note: &Note, language: &str) -> String {
    let message = language
        .starts_with("vi")
        .then(|| vietnamese(&note.message))
        .flatten();
    match message {
        None => note.to_string(),
        Some(m) if note.line == 0 => m,
        Some(m) => format!("dòng {}: {m}", note.line),
    }
}

/// [`translate_with`] over `table`, without the templates whose last
/// literal would begin inside a character of `message`: none of them can
/// match it. (`model::words::matches` checks that boundary before it slices
/// there; slicing first once panicked on "column “width”: “n/a” is not a
/// whole number: left empty" against "column “{}” again: …".)
fn translate(message: &str, table: &[(&str, &str)]) -> Option<String> {
    let ends_on_a_boundary = |en: &str| {
        en.rsplit_once("{}").is_none_or(|(_, last)| {
            message
                .len()
                .checked_sub(last.len())
                .is_none_or(|i| message.is_char_boundary(i))
        })
    };
    table
        .iter()
        .filter(|(en, _)| ends_on_a_boundary(en))
        .find_map(|t| translate_with(message, std::slice::from_ref(t)))
}

/// A note's message in Vietnamese: an importer's own, a validator's
/// ("invalid JSON: …"), or a validator's after its path ("cards[0].kickr:
/// unknown field …", the JSON and HTML imports). `None` when none fits.
fn vietnamese(message: &str) -> Option<String> {
    let validator = |m: &str| has_vietnamese(m).then(|| in_language(m, "vi"));
    translate(message, NOTES)
        .or_else(|| validator(message))
        .or_else(|| {
            message.match_indices(": ").find_map(|(at, sep)| {
                let translated = validator(&message[at + sep.len()..])?;
                Some(format!("{}{sep}{translated}", &message[..at]))
            })
        })
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
