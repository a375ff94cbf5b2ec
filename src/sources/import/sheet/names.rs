//! The names of a sheet's columns and of its front-matter keys: one table,
//! read by the importer (any name, any case, in the widget's languages) and
//! written by the export (the first, English name).

use unicode_normalization::UnicodeNormalization;

/// Every column and key: (field, names). The field is its JSON path —
/// the collection's own fields (front-matter keys) bare (`title`,
/// `source.name`), a card's under `card.`, `photo.` or `credit.`; the
/// names are lower case and `|`-separated: English first (what the export
/// writes), then Vietnamese, German, French, Spanish, Portuguese,
/// Indonesian and Arabic. The card columns come in the order the export
/// writes them. A header cell or a key matches a name trimmed, in any
/// case, its spaces collapsed.
pub const COLUMNS: &[(&str, &str)] = &[
    // The collection: front-matter rows above the card table.
    ("id", "id|mã|kennung|identifiant|identificador|المعرف"),
    ("language", "language|lang|ngôn ngữ|sprache|langue|idioma|língua|bahasa|اللغة"),
    ("title", "title|tiêu đề bài|tên bài|titel|titre|título|titulo|judul|العنوان"),
    ("kicker", "kicker|tiêu đề phụ|dachzeile|spitzmarke|surtitre|antetítulo|cintillo|chapéu|عنوان تمهيدي"),
    ("section", "section|chuyên mục|rubrik|ressort|rubrique|sección|seção|secção|kanal|القسم|قسم"),
    ("dateline", "dateline|dòng ngày|datumszeile|ligne de date|línea de fecha|linha de data|baris tanggal|سطر التاريخ"),
    ("published", "published|ngày đăng|xuất bản|veröffentlicht|publié|publicado|terbit|تاريخ النشر"),
    ("intro", "intro|sapo|mở đầu|vorspann|teaser|chapô|chapeau|entradilla|lide|lead|pengantar|المقدمة|مقدمة"),
    ("attribution", "attribution|ghi công|zuschreibung|atribución|atribuição|atribusi|الإسناد"),
    ("byline", "byline|tác giả|autor|auteur|penulis|الكاتب|بقلم"),
    ("source.name", "source|nguồn|quelle|fuente|fonte|sumber|المصدر"),
    ("source.url", "source url|url nguồn|quelle url|url de la source|url de la fuente|url da fonte|url sumber|رابط المصدر"),
    ("readMore", "read more|đọc thêm|lesen sie auch|à lire aussi|lire aussi|lee también|leia também|baca juga|اقرأ أيضا"),
    // The cards: the card table's header row.
    ("card.number", "number|no.|nr.|#|số|stt|số thứ tự|nummer|numéro|n°|número|nº|nomor|no|الرقم|رقم"),
    ("card.section", "section|chuyên mục|abschnitt|rubrik|ressort|rubrique|sección|seção|secção|bagian|kanal|القسم|قسم"),
    ("card.kicker", "kicker|tiêu đề phụ|dachzeile|spitzmarke|surtitre|antetítulo|cintillo|chapéu|عنوان تمهيدي"),
    ("card.headline", "headline|tiêu đề|tít|überschrift|schlagzeile|titel|titre|titular|título|titulo|manchete|judul|العنوان|عنوان"),
    ("photo.src", "photo|photo url|photo.src|src|image|image url|media|ảnh|url ảnh|link ảnh|foto|bild|foto-url|bild-url|url de l'image|imagen|url de la imagen|url da foto|imagem|gambar|url foto|url gambar|الصورة|صورة|رابط الصورة"),
    ("photo.srcset", "srcset|photo.srcset"),
    ("photo.sizes", "sizes|photo.sizes"),
    ("photo.width", "width|photo.width|rộng|chiều rộng|breite|largeur|ancho|anchura|largura|lebar|العرض|عرض"),
    ("photo.height", "height|photo.height|cao|chiều cao|höhe|hauteur|alto|altura|tinggi|الارتفاع|ارتفاع"),
    ("photo.alt", "alt|alt text|photo.alt|mô tả ảnh|alternativtext|bildbeschreibung|texte alternatif|texto alternativo|teks alternatif|النص البديل|وصف الصورة"),
    ("photo.caption", "caption|photo.caption|media caption|chú thích|chú thích ảnh|bildunterschrift|légende|pie de foto|leyenda|legenda|keterangan|keterangan foto|التعليق|تعليق الصورة"),
    ("photo.credit", "credit|photo credit|photo.credit|media credit|nguồn ảnh|tác giả ảnh|bildnachweis|fotonachweis|crédit|crédit photo|crédito|crédito da foto|créditos|kredit|kredit foto|حقوق الصورة|المصور"),
    // A credit its text does not say whole (see `sheet`'s documentation).
    ("credit.kind", "credit kind|photo.credit.kind"),
    ("credit.names", "credit names|photo.credit.names"),
    ("credit.agency", "credit agency|photo.credit.agency"),
    ("credit.label", "credit label|photo.credit.label"),
    ("credit.via", "credit via|photo.credit.via"),
    ("credit.for", "credit for|photo.credit.for"),
    ("card.body", "body|text|nội dung|inhalt|texte|corps|texto|cuerpo|corpo|isi|teks|النص|المتن"),
];

/// Whether `field` is a card's (a column) rather than the collection's (a key).
fn is_card(field: &str) -> bool {
    ["card.", "photo.", "credit."]
        .iter()
        .any(|p| field.starts_with(p))
}

/// A name as matched: NFC, trimmed, lower case, spaces collapsed.
fn norm(name: &str) -> String {
    let nfc: String = name.nfc().collect();
    let words: Vec<&str> = nfc.split_whitespace().collect();
    words.join(" ").to_lowercase()
}

/// The field a header cell (`card`) or a front-matter key names. Body
/// columns may be numbered: `body 2`, `nội dung 3`.
pub fn field(name: &str, card: bool) -> Option<&'static str> {
    let name = norm(name);
    let find = |name: &str| {
        COLUMNS
            .iter()
            .find(|(f, names)| is_card(f) == card && names.split('|').any(|n| n == name))
            .map(|(f, _)| *f)
    };
    find(&name).or_else(|| {
        let base = name
            .trim_end_matches(|c: char| c.is_ascii_digit())
            .trim_end();
        (card && base.len() < name.len())
            .then(|| find(base))
            .flatten()
            .filter(|f| *f == "card.body")
    })
}

/// The name the export writes for `field`: its English one.
pub fn english(field: &str) -> &'static str {
    COLUMNS
        .iter()
        .find(|(f, _)| *f == field)
        .and_then(|(_, names)| names.split('|').next())
        .unwrap_or("")
}

/// The English names of the card columns (`card`) or of the keys, for a note.
pub fn listed(card: bool) -> String {
    let names: Vec<&str> = COLUMNS
        .iter()
        .filter(|(f, _)| is_card(f) == card)
        .map(|(f, _)| english(f))
        .collect();
    names.join(", ")
}

/// The card fields, in the order the export writes them.
pub fn card_fields() -> impl Iterator<Item = &'static str> {
    COLUMNS.iter().map(|(f, _)| *f).filter(|f| is_card(f))
}

/// Whether a row is the card table's header: most of its cells name card
/// columns, and it is not a front-matter row (a row starting with a
/// collection key that is no column name; with `section`, `kicker` or a
/// `titre` that is both, three column names at least).
pub fn is_header(cells: &[String]) -> bool {
    let filled: Vec<&str> = cells
        .iter()
        .map(|c| c.trim())
        .filter(|c| !c.is_empty())
        .collect();
    let known = filled.iter().filter(|c| field(c, true).is_some()).count();
    let first = filled.first().copied().unwrap_or_default();
    let key = field(first, false).is_some();
    let column = field(first, true).is_some();
    known * 2 > filled.len() && (!key || (column && known >= 3))
}

/// A header row with many columns of its own beside ours (TimelineJS's
/// template: Year, Month, … Headline, Text, Media, Media Caption…), taken
/// when no row is mostly column names: it names `headline` and another
/// column, and does not start with a collection key.
pub fn is_wide_header(cells: &[String]) -> bool {
    let fields: Vec<&str> = cells.iter().filter_map(|c| field(c, true)).collect();
    let first = cells.iter().map(|c| c.trim()).find(|c| !c.is_empty());
    fields.contains(&"card.headline")
        && fields.len() >= 2
        && first.is_some_and(|f| field(f, false).is_none())
}

/// How many of a row's cells name card columns.
pub fn known(cells: &[String]) -> usize {
    cells.iter().filter(|c| field(c, true).is_some()).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_name_names_one_field_of_its_kind() {
        for card in [false, true] {
            let mut seen = std::collections::HashSet::new();
            for (f, names) in COLUMNS.iter().filter(|(f, _)| is_card(f) == card) {
                for name in names.split('|') {
                    assert_eq!(name, norm(name), "{name} is matched normalised");
                    assert!(seen.insert(name), "{name} ({f}) names two fields");
                }
            }
        }
    }

    #[test]
    fn names_match_in_any_case_numbered_bodies_and_headers() {
        assert_eq!(field("  Photo   URL ", true), Some("photo.src"));
        assert_eq!(field("ÜBERSCHRIFT", true), Some("card.headline"));
        assert_eq!(field("Nội dung 2", true), Some("card.body"));
        assert_eq!(field("caption 2", true), None);
        assert_eq!(field("Source URL", false), Some("source.url"));
        assert_eq!(field("headline", false), None);
        let row = |cells: &[&str]| cells.iter().map(|c| c.to_string()).collect::<Vec<_>>();
        assert!(is_header(&row(&["number", "headline", "body", "Notes"])));
        assert!(is_header(&row(&["Headline"])));
        assert!(!is_header(&row(&["kicker", ""])));
        assert!(!is_header(&row(&["section", "Kicker"])));
        assert!(!is_header(&row(&["read more", "Photo", "Body", "Caption"])));
        assert!(is_header(&row(&["Titre", "Photo", "Texte"])));
        let timeline = row(&[
            "Year",
            "Month",
            "Day",
            "Time",
            "End Year",
            "End Month",
            "End Day",
            "End Time",
            "Display Date",
            "Headline",
            "Text",
            "Media",
            "Media Credit",
            "Media Caption",
            "Media Thumbnail",
            "Type",
            "Group",
            "Background",
        ]);
        assert!(!is_header(&timeline) && is_wide_header(&timeline));
        assert!(!is_wide_header(&row(&["kicker", "Headline"])));
    }

    #[test]
    fn every_field_of_the_format_has_a_column_or_a_key() {
        use crate::model::fields::{Object, TABLE};
        for f in TABLE {
            let path = match (f.object, f.name) {
                (Object::Collection, "cards") => continue,
                (Object::Collection, "source") => "source.name".to_owned(),
                (Object::Collection, name) => name.to_owned(),
                (Object::Source, name) => format!("source.{name}"),
                (Object::Card, "photo") => "photo.src".to_owned(),
                (Object::Card, name) => format!("card.{name}"),
                (Object::Photo, name) => format!("photo.{name}"),
                (Object::Credit, "text") => "photo.credit".to_owned(),
                (Object::Credit, name) => format!("credit.{name}"),
                // Its cells after the key: title, URL, summary.
                (Object::ReadMore, _) => "readMore".to_owned(),
            };
            assert!(
                COLUMNS.iter().any(|(c, _)| *c == path),
                "{path} has no column"
            );
        }
    }
}
