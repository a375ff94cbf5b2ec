//! Spreadsheets in and out (`sources::import::sheet`): the round trip, and
//! sheets in the shapes the spreadsheet programs newsrooms use save them.
//!
//! Every sheet here is written for this test, its content in our own words;
//! the shapes are those the programs are documented to write (and that we
//! have seen them write):
//!
//! - Excel's "CSV UTF-8": comma separated, a UTF-8 byte-order mark first,
//!   CRLF between rows, a cell with line breaks (Alt+Enter) quoted, the
//!   breaks inside it bare LF, quotes doubled.
//! - Excel's "CSV" where the decimal mark is a comma (German, French,
//!   Vietnamese Windows…): semicolon separated; and Excel's plain "CSV" on
//!   Western Windows: the legacy Windows-1252 code page, curly quotes as
//!   the bytes 0x93 and 0x94.
//! - Google Sheets, cells copied and pasted as text: tab separated, no
//!   quoting, except a cell with line breaks, which it wraps in quotes
//!   (doubling the quotes inside); a quote inside another cell stays bare.
//! - LibreOffice Calc's defaults: comma separated UTF-8, LF between rows,
//!   quotes only where needed.
//! - Excel's "Unicode Text": tab separated UTF-16 with its byte-order mark.

use highlight_cards::model::credit::from_text;
use highlight_cards::model::{
    Card, Collection, Credit, CreditKind, Photo, ReadMore, Source, Srcset,
};
use highlight_cards::sources::import::sheet::{export, import};
use highlight_cards::sources::import::{Imported, Note};
use highlight_cards::sources::read_json_str;

const SEPARATORS: [u8; 3] = [b',', b';', b'\t'];

fn read(bytes: &[u8]) -> Imported {
    import(bytes, None).unwrap_or_else(|notes| panic!("refused: {notes:?}"))
}

fn messages(notes: &[Note]) -> Vec<String> {
    notes.iter().map(ToString::to_string).collect()
}

/// `import(export(c)) == c` with each separator, given and told from the
/// header; nothing in the export is a note about a column or a row.
fn round_trip(c: &Collection) {
    for d in SEPARATORS {
        let sheet = export(c, d);
        for given in [Some(d), None] {
            let back = import(sheet.as_bytes(), given).unwrap_or_else(|n| panic!("{n:?}"));
            assert_eq!(
                back.collection,
                *c,
                "separator {:?}, given {given:?}:\n{sheet}",
                char::from(d)
            );
            assert_eq!(messages(&back.notes), Vec::<String>::new(), "{sheet}");
        }
    }
}

#[test]
fn the_demo_collections_round_trip() {
    for name in ["dau-an-doi-ngoai-2023", "soi-dong-doi-ngoai-2023"] {
        let path = format!("{}/static/demo/{name}.json", env!("CARGO_MANIFEST_DIR"));
        let c = read_json_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        round_trip(&c);
    }
}

fn text(s: &str) -> Option<String> {
    Some(s.to_owned())
}

/// A collection with every field set, and the texts that try a sheet:
/// its separators, quotes, line breaks and tabs, scripts, credits of every
/// form.
fn everything() -> Collection {
    let photo = |src: &str, credit: Option<Credit>| Photo {
        src: src.to_owned(),
        srcset: Some(Srcset::parse(
            "https://cdn.example/w_480,q_80/a.jpg 480w, b.jpg 2x, broken.jpg 2q, c.jpg",
        )),
        sizes: text("(min-width: 60em) 50vw, 100vw"),
        width: Some(1600),
        height: Some(900),
        alt: text("Two people, one \"laughing\"; a dog\tbeside them"),
        caption: text("Lễ đón tại Phủ Chủ tịch, ngày 12/12/2023. (Ảnh: Trí Dũng/TTXVN)"),
        credit,
    };
    let structured = Credit {
        kind: CreditKind::Source,
        names: vec!["Ana Lima".into(), "Sam Park, Jr.".into()],
        agency: text("AFP"),
        label: text("Photograph"),
        via: text("Getty Images"),
        for_: text("The New York Times"),
        text: None,
    };
    // A text that does not say its parts: the text is kept, and the parts.
    let mismatched = Credit {
        text: text("(Ảnh: Nguyễn Hồng)"),
        ..structured.clone()
    };
    let cards = vec![
        Card {
            number: Some(3),
            section: text("Thế giới; “quốc tế”"),
            kicker: text("Countdown, 2025"),
            headline: "Trois, \"deux\"\tun; c'est parti".into(),
            photo: Some(photo(
                "https://example.com/a,b.jpg",
                from_text("AP Photo/Jane Doe, File"),
            )),
            body: vec![
                "First paragraph, with **strong** and a [link](https://example.com/x?a=1&b=2)."
                    .into(),
                "A paragraph\nwith a line break; and \"quotes\",\ttabs.".into(),
                "حصاد 2025: خمسة أحداث رسمت ملامح العام".into(),
            ],
        },
        Card {
            number: Some(2),
            section: None,
            kicker: None,
            headline: "No photo here — 東京で新しい駅".into(),
            photo: None,
            body: vec!["Just one.".into()],
        },
        Card {
            number: Some(1),
            section: None,
            kicker: text("\"Quoted\" kicker"),
            headline: "Credits as parts".into(),
            photo: Some(photo("b.jpg", Some(structured))),
            body: Vec::new(),
        },
        Card {
            number: None,
            section: text("Phần cuối"),
            kicker: None,
            headline: "Numbered by its place".into(),
            photo: Some(Photo {
                credit: Some(mismatched),
                srcset: None,
                sizes: None,
                ..photo("c.jpg", None)
            }),
            body: vec!["😀 emoji, and a bare name credit next".into()],
        },
        Card {
            number: Some(0),
            section: None,
            kicker: None,
            headline: "A bare name".into(),
            photo: Some(Photo {
                caption: None,
                ..photo("d.jpg", from_text("Nguyễn Hồng"))
            }),
            body: Vec::new(),
        },
    ];
    Collection {
        id: "every-field_2025".into(),
        language: "vi".into(),
        title: "Mọi trường: \"dấu phẩy\", chấm phẩy; tab\there".into(),
        kicker: text("Kicker, with comma"),
        section: text("Thế giới"),
        dateline: text("06:06 | 31/12/2023"),
        published: text("2023-12-31T06:06:00+07:00"),
        intro: text("An intro\nover two lines, with \"quotes\".\n\nAnd a second paragraph."),
        attribution: text("Bình chọn của Ban Biên tập; “Báo”"),
        source: Some(Source {
            name: "Báo Thế giới & Việt Nam".into(),
            url: text("https://baoquocte.vn/"),
        }),
        byline: text(""),
        cards,
        read_more: vec![
            ReadMore {
                title: "With both".into(),
                summary: text("One sentence, with a comma."),
                url: text("https://example.com/1"),
            },
            ReadMore {
                title: "URL only".into(),
                summary: None,
                url: text("https://example.com/2"),
            },
            ReadMore {
                title: "Summary only; \"quoted\"".into(),
                summary: text("Line one\nline two."),
                url: None,
            },
            ReadMore {
                title: "Neither".into(),
                summary: None,
                url: None,
            },
        ],
    }
}

#[test]
fn a_collection_with_every_field_round_trips() {
    let c = everything();
    round_trip(&c);
    // The credits that their text does not give back went out as parts.
    let sheet = export(&c, b',');
    assert!(sheet.contains(
        "credit kind,credit names,credit agency,credit label,credit via,credit for,body\r\n"
    ));
    assert!(sheet.contains("\"Ana Lima\nSam Park, Jr.\""), "{sheet}");
    // A sheet without srcset, sizes or parts has none of their columns.
    let plain = Collection {
        cards: vec![c.cards[1].clone()],
        ..c
    };
    let sheet = export(&plain, b',');
    assert!(
        sheet.contains(
            "\r\n\r\nnumber,section,kicker,headline,photo,width,height,alt,caption,credit,body\r\n"
        ),
        "{sheet}"
    );
    round_trip(&plain);
}

/// Excel's "CSV UTF-8": a byte-order mark, CRLF rows, Alt+Enter line
/// breaks as LF inside quoted cells.
#[test]
fn excel_csv_utf8_with_a_bom_and_multi_line_cells() {
    let sheet = "\u{feff}title,Harbour year\r\nlanguage,en\r\n,\r\nnumber,headline,caption,credit,body\r\n\
        1,Ferry \"Sea Wren\" returns,\"The ferry, repainted.\",AP Photo/Jane Doe,\"First paragraph\nstill the first.\n\nSecond \"\"quoted\"\" paragraph.\n\n\n  Third.\"\r\n\
        2,Pier reopens,,,One line.\r\n";
    let imported = read(sheet.as_bytes());
    let c = imported.collection;
    assert_eq!(
        (c.title.as_str(), c.language.as_str(), c.id.as_str()),
        ("Harbour year", "en", "harbour-year")
    );
    let card = &c.cards[0];
    assert_eq!(card.headline, "Ferry \"Sea Wren\" returns");
    assert_eq!(
        card.body,
        [
            "First paragraph\nstill the first.",
            "Second \"quoted\" paragraph.",
            "  Third."
        ]
    );
    let photo = card.photo.as_ref().unwrap();
    assert_eq!(photo.src, "");
    let credit = photo.credit.as_ref().unwrap();
    assert_eq!(
        (credit.names.as_slice(), credit.agency.as_deref()),
        (&["Jane Doe".to_owned()][..], Some("AP"))
    );
    assert_eq!(c.cards[1].body, ["One line."]);
    assert_eq!(c.cards[1].photo, None);
    assert_eq!(
        messages(&imported.notes),
        [
            "id: “harbour-year”, made from the title; to choose it, add a row “id,…”",
            "line 5: the photo has no URL: add it in the “photo” column",
        ]
    );
}

/// Excel's "CSV" with a comma as the decimal mark: semicolons, German
/// column names.
#[test]
fn a_semicolon_sheet_with_german_columns() {
    let sheet = "title;Jahresrückblick: drei Bilder\nlanguage;de\n\n\
        Nummer;Rubrik;Dachzeile;Überschrift;Foto;Breite;Höhe;Alternativtext;Bildunterschrift;Bildnachweis;Text;Text 2\n\
        1;Stadt;2025;Die Brücke ist fertig;bruecke.jpg;1200;800;Eine Brücke im Nebel;Die neue Brücke am Morgen.;Foto: Max Muster/dpa;Erster Absatz, mit Komma.;Zweiter Absatz\n";
    let c = read(sheet.as_bytes()).collection;
    let card = &c.cards[0];
    assert_eq!(
        (card.number, card.section.as_deref(), card.kicker.as_deref()),
        (Some(1), Some("Stadt"), Some("2025"))
    );
    assert_eq!(card.body, ["Erster Absatz, mit Komma.", "Zweiter Absatz"]);
    let photo = card.photo.as_ref().unwrap();
    assert_eq!(
        (photo.src.as_str(), photo.width, photo.height),
        ("bruecke.jpg", Some(1200), Some(800))
    );
    assert_eq!(photo.caption.as_deref(), Some("Die neue Brücke am Morgen."));
    let credit = photo.credit.as_ref().unwrap();
    assert_eq!(
        (credit.label.as_deref(), credit.agency.as_deref()),
        (Some("Foto"), Some("dpa"))
    );
}

#[test]
fn vietnamese_columns_and_front_matter() {
    let sheet = "title,Dấu ấn năm 2025\n\n\
        Số,Chuyên mục,Tiêu đề phụ,Tiêu đề,Ảnh,Rộng,Cao,Mô tả ảnh,Chú thích,Nguồn ảnh,Nội dung\n\
        10,Đối ngoại,Dấu ấn 2025,Hội nghị thượng đỉnh thành công,anh-10.jpg,1600,1067,Các đại biểu bắt tay trên sân khấu.,Lễ bế mạc hội nghị.,Ảnh: Tuấn Anh/TTXVN,\"Đoạn một của thẻ.\n\nĐoạn hai của thẻ.\"\n";
    let imported = read(sheet.as_bytes());
    let c = imported.collection;
    assert_eq!(c.language, "vi");
    let card = &c.cards[0];
    assert_eq!(
        (card.number, card.headline.as_str()),
        (Some(10), "Hội nghị thượng đỉnh thành công")
    );
    assert_eq!(card.body.len(), 2);
    let credit = card.photo.as_ref().unwrap().credit.as_ref().unwrap();
    assert_eq!(
        (credit.names.as_slice(), credit.agency.as_deref()),
        (&["Tuấn Anh".to_owned()][..], Some("TTXVN"))
    );
    // No `language` row: detected from the cards' text, and said.
    assert!(messages(&imported.notes)
        .iter()
        .any(|n| n.starts_with("language: “vi”, detected from the text")));
}

/// Google Sheets' cells pasted as text: tabs, no quoting but for cells
/// with line breaks.
#[test]
fn a_sheet_pasted_from_google_sheets() {
    let sheet = "title\tTransit in 2025: the year in five lines\n\
        language\ten\n\
        source\tThe Riverside Courier\n\
        source url\thttps://courier.example/\n\
        read more\tBus lanes, one year on\thttps://courier.example/bus-lanes\tWhat changed for riders.\n\
        \n\
        Number\tHeadline\tPhoto URL\tCaption\tCredit\tBody\n\
        5\tNight buses run every 20 minutes\thttps://courier.example/img/night-bus.jpg\tA night bus at Central Station. The driver said \"it's busy\".\tPhoto: Dana Ortiz\t\"The night network doubled its frequency in March.\n\nRiders say the \"\"owl\"\" routes feel safer.\"\n\
        4\tA \"quiet carriage\" on every train\t\t\t\tThe operator added one to each of its trains.\n";
    let imported = read(sheet.as_bytes());
    let c = &imported.collection;
    assert_eq!(
        c.source.as_ref().unwrap().url.as_deref(),
        Some("https://courier.example/")
    );
    assert_eq!(
        c.read_more[0].summary.as_deref(),
        Some("What changed for riders.")
    );
    assert_eq!(
        c.cards[0].body[1],
        "Riders say the \"owl\" routes feel safer."
    );
    assert_eq!(
        c.cards[0].photo.as_ref().unwrap().caption.as_deref(),
        Some("A night bus at Central Station. The driver said \"it's busy\".")
    );
    assert_eq!(c.cards[1].headline, "A \"quiet carriage\" on every train");
    assert_eq!(
        (c.cards[1].number, c.cards[1].photo.is_none()),
        (Some(4), true)
    );
    assert_eq!(messages(&imported.notes), ["id: “transit-in-2025-the-year-in-five-lines”, made from the title; to choose it, add a row “id,…”"]);
}

/// LibreOffice's defaults: LF rows, quotes only where needed.
#[test]
fn a_tab_file_and_a_libreoffice_csv_read_alike() {
    let csv = "title,Ten\nlanguage,en\n\nnumber,headline,body\n1,\"One, first\",\"A; b\"\n";
    let tsv = "title\tTen\nlanguage\ten\n\nnumber\theadline\tbody\n1\tOne, first\tA; b\n";
    assert_eq!(
        read(csv.as_bytes()).collection,
        read(tsv.as_bytes()).collection
    );
    assert_eq!(
        read(tsv.as_bytes()).collection.cards[0].headline,
        "One, first"
    );
}

/// Excel's plain "CSV" on Western Windows: Windows-1252.
#[test]
fn a_windows_1252_file_is_read_and_said() {
    let bytes = b"title,Caf\xe9 \x93Le Gros\x94\r\nlanguage,fr\r\n\r\nnumber,headline\r\n1,D\xe9j\xe0 vu \x96 encore\r\n";
    let imported = read(bytes);
    assert_eq!(imported.collection.title, "Café “Le Gros”");
    assert_eq!(imported.collection.cards[0].headline, "Déjà vu – encore");
    assert!(imported.notes[0]
        .message
        .starts_with("the file is not UTF-8: read as Windows-1252"));
    // Excel's "Unicode Text": UTF-16 with its byte-order mark.
    let utf16: Vec<u8> = "\u{feff}title\tCafé\nlanguage\tfr\n\nheadline\nDéjà vu\n"
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    assert_eq!(read(&utf16).collection.cards[0].headline, "Déjà vu");
}

#[test]
fn an_undecodable_file_is_refused() {
    let notes = import(b"title,Caf\xe9\x81\nheadline\nx\n", None).unwrap_err();
    assert_eq!(
        messages(&notes),
        ["not UTF-8 and not Windows-1252: save the sheet as CSV UTF-8"]
    );
}

#[test]
fn unknown_columns_bad_numbers_and_long_rows_are_noted_and_the_rest_kept() {
    let sheet = "title,T\nid,t\nlanguage,en\nsubtitle,x\n\nnumber,headline,Notes,width,photo\n1,First,ask Ana,wide,a.jpg\n\n3,Third,,800,b.jpg,extra\n";
    let imported = read(sheet.as_bytes());
    let c = &imported.collection;
    assert_eq!(c.cards.len(), 2);
    let first = c.cards[0].photo.as_ref().unwrap();
    assert_eq!((first.src.as_str(), first.width), ("a.jpg", None));
    assert_eq!(c.cards[1].photo.as_ref().unwrap().width, Some(800));
    let notes = messages(&imported.notes);
    assert_eq!(notes.len(), 4, "{notes:?}");
    assert!(notes[0].starts_with("line 4: “subtitle” is not a collection field: row ignored; the fields are id, language, title,"));
    assert!(notes[1].starts_with("line 6: column “Notes” is not a field: ignored; the fields are number, section, kicker, headline, photo,"));
    assert_eq!(
        notes[2],
        "line 7: column “width”: “wide” is not a whole number: left empty"
    );
    assert_eq!(
        notes[3],
        "line 9: the row has more cells than the header names: “extra” ignored"
    );
}

/// TimelineJS's Google Sheets template: its own columns beside ours.
#[test]
fn a_timelinejs_sheet_reads_its_headline_text_and_media() {
    let sheet = "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background\n\
        2025,3,1,,,,,,,The bridge opens,Traffic crossed at dawn.,https://example.com/bridge.jpg,Photo: Kim Lee,Opening day.,,,,\n";
    let imported = read(sheet.as_bytes());
    let card = &imported.collection.cards[0];
    assert_eq!(
        (card.headline.as_str(), card.body.as_slice()),
        (
            "The bridge opens",
            &["Traffic crossed at dawn.".to_owned()][..]
        )
    );
    let photo = card.photo.as_ref().unwrap();
    assert_eq!(
        (photo.src.as_str(), photo.caption.as_deref()),
        ("https://example.com/bridge.jpg", Some("Opening day."))
    );
    assert_eq!(photo.credit.as_ref().unwrap().names, ["Kim Lee"]);
    let unknown = imported
        .notes
        .iter()
        .filter(|n| n.line == 1 && n.message.contains("is not a field"))
        .count();
    assert_eq!(unknown, 13);
}

#[test]
fn a_sheet_without_a_headline_column_or_a_header_is_refused() {
    let notes = import(b"title,T\n\nnumber,photo,body\n1,a.jpg,x\n", None).unwrap_err();
    assert_eq!(notes[0].line, 3);
    assert!(notes[0].message.starts_with("no “headline” column"));
    let notes = import(b"headline\nA\n", Some(0xE9)).unwrap_err();
    assert!(notes[0]
        .message
        .ends_with("cannot separate cells: use a comma, a semicolon or a tab"));
    let notes = import(b"just,some,cells\n1,2,3\n", None).unwrap_err();
    assert!(notes[0].message.starts_with("no header row"));
}

#[test]
fn a_key_given_empty_is_set_empty() {
    let c = read(b"title,T\nkicker,\nlanguage,en\n\nheadline\nA\n").collection;
    assert_eq!(c.kicker.as_deref(), Some(""));
    assert_eq!(c.byline, None);
}

/// The templates: the CSV as written by hand, the TSV exported from it.
/// `UPDATE_TEMPLATES=1 cargo test --test spreadsheet` writes the TSV anew.
#[test]
fn the_templates_import_alike() {
    let dir = format!("{}/static", env!("CARGO_MANIFEST_DIR"));
    let csv = read(&std::fs::read(format!("{dir}/template.csv")).unwrap());
    let tsv_text = export(&csv.collection, b'\t');
    if std::env::var_os("UPDATE_TEMPLATES").is_some() {
        std::fs::write(format!("{dir}/template.tsv"), &tsv_text).unwrap();
    }
    let tsv = read(&std::fs::read(format!("{dir}/template.tsv")).unwrap());
    assert_eq!(tsv.collection, csv.collection);
    assert_eq!(
        std::fs::read_to_string(format!("{dir}/template.tsv")).unwrap(),
        tsv_text,
        "static/template.tsv is not the export of template.csv: UPDATE_TEMPLATES=1"
    );
    // The CSV names its title and language, not its id: that one note only.
    assert_eq!(messages(&csv.notes), ["id: “phuong-ben-gio-nam-2025-hai-dieu-dang-nho”, made from the title; to choose it, add a row “id,…”"]);
    assert_eq!(messages(&tsv.notes), Vec::<String>::new());
    let c = &csv.collection;
    assert_eq!(c.cards.len(), 2);
    assert_eq!(c.cards[0].body.len(), 2);
    assert!(c.cards[0].photo.as_ref().unwrap().credit.is_some());
    assert_eq!(c.cards[1].photo, None);
}
