//! Tests of `words`, beside the rules they check (moved out of the module to keep it readable in one sitting).

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
            let data = String::from_utf8_lossy(&std::fs::read(entry.path()).unwrap()).into_owned();
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
