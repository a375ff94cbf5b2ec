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
/// match it, and `model::words::matches` slices the message there before
/// it checks the boundary, which panics ("column “width”: “n/a” is not a
/// whole number: left empty" against "column “{}” again: …").
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
mod tests {
    use super::super::{import, json, markdown, sheet, text, Format};
    use super::*;
    use std::collections::BTreeSet;
    use std::path::Path;

    fn vi(line: usize, message: &str) -> String {
        note_in(&Note::new(line, message), "vi")
    }

    #[test]
    fn notes_both_ways() {
        let note = Note::new(1, "not placed: “Back to E-magazine”");
        assert_eq!(
            note_in(&note, "en"),
            "line 1: not placed: “Back to E-magazine”"
        );
        assert_eq!(
            note_in(&note, "vi"),
            "dòng 1: chưa xếp vào đâu: “Back to E-magazine”"
        );
        assert_eq!(note_in(&note, "vi-VN"), note_in(&note, "vi"));
        assert_eq!(
            vi(
                12,
                "card 3: the text has no headline; its first sentence is used — edit it"
            ),
            "dòng 12: thẻ 3: văn bản không có tiêu đề; đã lấy câu đầu tiên làm tiêu đề — hãy sửa lại"
        );
        assert_eq!(
            vi(4, "read more: 2 of 3 stories have no link; add their url"),
            "dòng 4: đọc thêm: 2 trong 3 bài chưa có liên kết; hãy thêm url cho các bài đó"
        );
        // Line 0: the message alone, in either language.
        let whole = Note::new(0, "no title found: add one");
        assert_eq!(note_in(&whole, "en"), "no title found: add one");
        assert_eq!(
            note_in(&whole, "vi"),
            "không tìm thấy tiêu đề: hãy thêm tiêu đề"
        );
        assert_eq!(
            vi(0, "language: “de”, as given"),
            "language: “de”, như đã chọn"
        );
        assert_eq!(
            vi(
                3,
                "front matter: unknown key `colour` (known: id, language, title)"
            ),
            "dòng 3: front matter: khoá `colour` không có trong định dạng (các khoá dùng được: id, language, title)"
        );
        // What the editor typed stays as it is, braces too.
        assert_eq!(
            vi(7, "heading not placed: “{1} and {0}”"),
            "dòng 7: tiêu đề chưa xếp vào đâu: “{1} and {0}”"
        );
        // The validator's words, after the path, in JSON and HTML imports.
        assert_eq!(
            vi(
                5,
                "cards[0].kickr: unknown field (allowed here: kicker, headline); did you mean `kicker`?"
            ),
            "dòng 5: cards[0].kickr: trường không có trong định dạng (ở đây dùng được: kicker, headline); có phải là `kicker`?"
        );
        assert_eq!(vi(0, ": must not be empty"), ": không được để trống");
        assert_eq!(
            vi(
                1,
                "invalid JSON: EOF while parsing a list at line 1 column 12"
            ),
            "dòng 1: JSON không hợp lệ: EOF while parsing a list at line 1 column 12"
        );
        // A spreadsheet's: a row, a column and a cell as written; a
        // template that would be tried mid-character is passed over.
        assert_eq!(
            vi(7, "column “width”: “n/a” is not a whole number: left empty"),
            "dòng 7: cột “width”: “n/a” không phải số nguyên: để trống"
        );
        assert_eq!(
            vi(2, "“رابط المصدر” again: this value is used"),
            "dòng 2: “رابط المصدر” lặp lại: dùng giá trị ở hàng này"
        );
        // No template: English, "line" and all; other languages: English.
        assert_eq!(vi(2, "something new"), "line 2: something new");
        assert_eq!(
            vi(2, "cards[0]: something new"),
            "line 2: cards[0]: something new"
        );
        let note = Note::new(2, "photo 3 is out of order");
        assert_eq!(note_in(&note, "de"), "line 2: photo 3 is out of order");
        assert_eq!(note_in(&note, ""), "line 2: photo 3 is out of order");
    }

    #[test]
    fn every_template_is_reached_first_and_fills_its_parts() {
        for (k, (en, vi)) in NOTES.iter().enumerate() {
            let n = en.matches("{}").count();
            // Each part is put back exactly once.
            for i in 0..n {
                assert_eq!(vi.matches(&format!("{{{i}}}")).count(), 1, "{en}");
            }
            assert_eq!(vi.matches('{').count(), n, "{vi}");
            // A message made from the template finds this template, not one
            // before it.
            let mut sample = (*en).to_owned();
            for i in 0..n {
                sample = sample.replacen("{}", &format!("X{i}"), 1);
            }
            let mut expected = (*vi).to_owned();
            for i in 0..n {
                expected = expected.replace(&format!("{{{i}}}"), &format!("X{i}"));
            }
            assert_eq!(
                translate(&sample, NOTES).as_deref(),
                Some(expected.as_str()),
                "template {k} ({en}) is shadowed"
            );
        }
    }

    /// Article text, Markdown, JSON and HTML made to bring out the notes
    /// the real inputs do not (a photo out of order, a second title…).
    const TEXTS: &[&str] = &[
        // No date line, no cards, nothing but paragraphs.
        "Chỉ một đoạn văn.\nVà một đoạn nữa.\n",
        // An article with photos: out of order, a section with no photo
        // after it, a section after the last photo, two of three read-more
        // stories without a link.
        "Thế giới 09/02/2024 07:45\nHai ảnh của năm\n(Tổ Quốc) - Lời dẫn của bài.\nHai ảnh của năm\nMột đoạn mở đầu.\nẢnh hai - Ảnh 2.\nChú thích thứ nhất. Ảnh: Hoàng Việt\nThân bài thứ nhất.\nMục không có ảnh\nĐoạn của mục này.\nMục thứ hai ở đây\nĐoạn của mục hai.\nẢnh một - Ảnh 1.\nChú thích thứ hai. Ảnh: Hoàng Việt\nThân bài thứ hai.\nMục sau ảnh cuối\nĐoạn sau ảnh cuối.\nNguyễn Văn An\nĐọc thêm\nBài thứ nhất trong năm\nhttps://example.vn/a\nBài thứ hai trong năm\nTóm tắt bài thứ hai.\nBài thứ ba trong năm\nTóm tắt bài thứ ba.\n",
    ];

    const MARKDOWN: &[&str] = &[
        "---\ntitle: Tiêu đề\ncolour: đỏ\n---\nLời dẫn trước tiêu đề.\n\n# Tiêu đề khác\n\n## 1. Thẻ\n\n![a](a.jpg \"A (Ảnh: X)\")\n\n![b](b.jpg)\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n```\ncode\n```\n\nThân bài.\n",
        "Chỉ một đoạn văn.\n\nVà một đoạn nữa.\n",
        "---\nid: x\ntitle Tiêu đề\n",
        "---\ntitle: Tiêu đề\n---\n#\n\nLời dẫn.\n\n![chỉ ảnh](a.jpg)\n\n###\n\n### Mục\n\n####\n\n## 1. Một\n",
        "---\ntitle Tiêu đề\n---\n# T\n\n<div>khối</div>\n\n## 3. Ba\n\n![a](a.jpg) ![b](b.jpg)\n\nĐoạn có ![ảnh](x.jpg) ở giữa.\n\nChữ có <b>HTML</b>.\n\n- một danh sách\n\nChú thích[^1].\n\n[^1]: cuối trang\n\n### Mục lẻ\n\n### Mục lẻ nữa\n\n#### Sâu\n\n## Đọc thêm\n\n- [A](https://example.vn/a) thêm chữ\n- [](https://example.vn/b)\n\n## Tiêu đề lạc\n\n### Mục cuối\n",
    ];

    /// Spreadsheets in the shapes of `tests/spreadsheet.rs`, and made to
    /// bring out every note the spreadsheet importer gives: Excel's CSV
    /// UTF-8, Google Sheets pasted as tabs, Windows-1252, bytes in no
    /// encoding, unknown keys and columns, bad numbers, long rows,
    /// TimelineJS's template, no `headline` column, no header row…
    const SHEETS: &[&[u8]] = &[
        // Excel's "CSV UTF-8": a photo with no URL.
        b"\xEF\xBB\xBFtitle,Harbour year\r\nlanguage,en\r\n,\r\nnumber,headline,caption,credit,body\r\n1,Ferry returns,\"The ferry, repainted.\",AP Photo/Jane Doe,\"First.\n\nSecond.\"\r\n2,Pier reopens,,,One line.\r\n",
        // Google Sheets pasted as text.
        b"title\tTransit in 2025\nlanguage\ten\nsource\tThe Riverside Courier\nsource url\thttps://courier.example/\nread more\tBus lanes\thttps://courier.example/b\tWhat changed.\n\nNumber\tHeadline\tPhoto URL\tCaption\tCredit\tBody\n5\tNight buses\thttps://courier.example/n.jpg\tA night bus.\tPhoto: Dana Ortiz\tEvery 20 minutes.\n",
        // Vietnamese columns, no language row: detected.
        "title,Dấu ấn năm 2025\n\nSố,Tiêu đề,Ảnh,Rộng,Cao,Chú thích,Nguồn ảnh,Nội dung\n10,Hội nghị thượng đỉnh thành công,anh-10.jpg,1600,1067,Lễ bế mạc hội nghị.,Ảnh: Tuấn Anh/TTXVN,\"Đoạn một của thẻ.\n\nĐoạn hai của thẻ.\"\n".as_bytes(),
        // Excel's plain "CSV" on Western Windows.
        b"title,Caf\xe9 \x93Le Gros\x94\r\nlanguage,fr\r\n\r\nnumber,headline\r\n1,D\xe9j\xe0 vu \x96 encore\r\n",
        // Neither UTF-8 nor Windows-1252; UTF-16 with a lone surrogate.
        b"title,Caf\xe9\x81\nheadline\nx\n",
        b"\xFF\xFEh\0\x00\xD8",
        // An unknown key and column, a bad number, a long row.
        b"title,T\nid,t\nlanguage,en\nsubtitle,x\n\nnumber,headline,Notes,width,photo\n1,First,ask Ana,wide,a.jpg\n\n3,Third,,800,b.jpg,extra\n",
        // TimelineJS's template: its own columns noted; no title, no id.
        b"Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background\n2025,3,1,,,,,,,The bridge opens,Traffic crossed the river at dawn and the city was happy.,https://example.com/bridge.jpg,Photo: Kim Lee,Opening day.,,,,\n",
        // No headline column; no header row.
        b"title,T\n\nnumber,photo,body\n1,a.jpg,x\n",
        b"just,some,cells\n1,2,3\n",
        // A key given twice, cells after a value, a row with no key, a
        // source's URL without its name; a column given twice, a credit
        // kind that is no kind, a photo with no URL, a card with no
        // headline.
        b"title,T\ntitle,U\nlanguage,en,extra\n,orphan\nsource url,https://example.com/\n\nheadline,Headline,credit kind,photo\nA,B,agency,\n,,,b.jpg\n",
        // No cards; a language not clear from the text.
        b"title,T\nlanguage,en\nid,t\n\nheadline\n",
        b"title,12345\n\nheadline\n42\n",
        // A quote that never closes.
        b"title,T\nlanguage,en\n\nheadline,body\nA,\"never closed\n",
    ];

    /// Every note the importers give for the test inputs, the seeds, the
    /// Markdown in docs/data-format.md, the spreadsheets and the fuzz corpora.
    fn all_notes() -> Vec<Note> {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let files = |dir: &str, ext: &str| -> Vec<String> {
            let mut paths: Vec<_> = std::fs::read_dir(root.join(dir))
                .unwrap_or_else(|e| panic!("{dir}: {e}"))
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == ext))
                .collect();
            paths.sort();
            paths
                .iter()
                .map(|p| String::from_utf8_lossy(&std::fs::read(p).unwrap()).into_owned())
                .collect()
        };
        let mut notes = Vec::new();
        let mut texts: Vec<String> = files("tests/seeds", "txt");
        let articles = files("tests/articles", "txt");
        assert!(
            texts.len() >= 2 && articles.len() >= 14,
            "the inputs are there"
        );
        texts.extend(articles);
        texts.extend(TEXTS.iter().map(|t| (*t).to_owned()));
        for t in &texts {
            notes.extend(text::import(t).notes);
            notes.extend(text::import_in(t, Some("vi")).notes);
        }
        let data_format = std::fs::read_to_string(root.join("docs/data-format.md")).unwrap();
        let mut docs: Vec<String> = data_format
            .split("```markdown\n")
            .skip(1)
            .filter_map(|b| b.split("\n```").next())
            .map(str::to_owned)
            .collect();
        assert!(!docs.is_empty(), "the Markdown in docs/data-format.md");
        docs.extend(MARKDOWN.iter().map(|d| (*d).to_owned()));
        for d in &docs {
            notes.extend(markdown::import(d).notes);
        }
        // Spreadsheets: the templates and [`SHEETS`], comma (or told from
        // the header) and tab separated, and a separator that cannot be.
        let mut sheets: Vec<Vec<u8>> = ["template.csv", "template.tsv"]
            .iter()
            .map(|f| std::fs::read(root.join("static").join(f)).unwrap())
            .collect();
        sheets.extend(SHEETS.iter().map(|s| s.to_vec()));
        for s in &sheets {
            for delimiter in [None, Some(b'\t')] {
                notes.extend(sheet::import(s, delimiter).map_or_else(|e| e, |i| i.notes));
            }
        }
        notes.extend(sheet::import(&sheets[0], Some(b'"')).map_or_else(|e| e, |i| i.notes));
        for j in files("tests/articles", "json") {
            notes.extend(json(&j).map_or_else(|e| e, |i| i.notes));
        }
        // The fuzz corpora: odd JSON (the validator's words after a path),
        // odd pages, and both importers on either.
        for (corpus, format) in [("model_json", Format::Json), ("html_reader", Format::Html)] {
            let dir = root.join("fuzz/corpus").join(corpus);
            let Ok(entries) = std::fs::read_dir(&dir) else {
                continue;
            };
            for entry in entries.flatten() {
                let data =
                    String::from_utf8_lossy(&std::fs::read(entry.path()).unwrap()).into_owned();
                notes.extend(import(&data, format).map_or_else(|e| e, |i| i.notes));
                notes.extend(text::import(&data).notes);
                notes.extend(markdown::import(&data).notes);
            }
        }
        // The editor's own HTML reader (the browser's parser) says this.
        notes.push(Note::new(
            0,
            "no widget with cards: the HTML needs a <highlight-cards> element holding an <ol> of cards",
        ));
        notes
    }

    #[test]
    fn every_note_the_importers_give_has_its_vietnamese() {
        let notes = all_notes();
        assert!(notes.len() > 100, "{} notes", notes.len());
        let missing: BTreeSet<&str> = notes
            .iter()
            .filter(|n| vietnamese(&n.message).is_none())
            .map(|n| n.message.as_str())
            .collect();
        assert!(
            missing.is_empty(),
            "no Vietnamese for {} notes:\n{}",
            missing.len(),
            missing.into_iter().collect::<Vec<_>>().join("\n")
        );
        // And every template is used by some note: none is a typo that
        // would never match.
        // (pulldown-cmark's footnotes are not enabled: a footnote is the
        // Markdown importer's fallback, kept in case they are.)
        let unused: Vec<&str> = NOTES
            .iter()
            .map(|(en, _)| *en)
            .filter(|en| *en != "not placed: a footnote")
            .filter(|en| {
                !notes
                    .iter()
                    .any(|n| translate(&n.message, &[(en, "")]).is_some())
            })
            .collect();
        assert!(unused.is_empty(), "no note matches:\n{}", unused.join("\n"));
    }
}
