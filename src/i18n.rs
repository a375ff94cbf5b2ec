//! The widget's own words (not the content's): Vietnamese and English
//! compiled in, the other languages' tables ([`TABLES`]) loaded on demand.
//! Chosen by the host's `lang` attribute, else the collection's `language`
//! (which, when the data has none, is the host's or the page's `lang`, and
//! Vietnamese only without any hint: see `embed::load`). A language
//! without a table gets English, never Vietnamese. One file: a new string or
//! language changes its lists here together (`VI`, `EN`; `TABLES`, `is_rtl`).

macro_rules! strings {
    ($($(#[$doc:meta])* $name:ident,)*) => {
        /// UI strings for one language. `{n}` and `{total}` are filled in by [`fill`].
        /// `repr(C)`: laid out as an array of its strings (see `from_indexed`).
        #[derive(Debug, PartialEq, Eq)]
        #[repr(C)]
        pub struct Strings {
            $($(#[$doc])* pub $name: &'static str,)*
        }

        /// The names of [`Strings`]' fields, in order: the keys of a table
        /// in `static/i18n/<tag>.json`.
        pub const NAMES: &[&str] = &[$(stringify!($name)),*];

        impl Strings {
            /// A table read by position (`get(i)` is the string named
            /// `NAMES[i]`: the browser gets tables as arrays, so no name is
            /// in the wasm), each string it lacks `base`'s. Loaded once per
            /// language and page, so kept for the page's life (leaked):
            /// components take `&'static Strings`.
            pub fn from_indexed(base: &Strings, get: impl Fn(usize) -> Option<String>) -> Strings {
                const N: usize = NAMES.len();
                // A loop, not a line per field: every field is a
                // `&'static str`, so the `repr(C)` struct is an array of them.
                // SAFETY: same size, alignment and field type, in order.
                let base: &[&'static str; N] = unsafe { &*(std::ptr::from_ref(base).cast()) };
                let mut all = *base;
                for (i, slot) in all.iter_mut().enumerate() {
                    if let Some(s) = get(i) {
                        *slot = Box::leak(s.into_boxed_str());
                    }
                }
                // SAFETY: as above.
                unsafe { std::mem::transmute::<[&'static str; N], Strings>(all) }
            }
        }
    };
}

strings! {
    /// Heading of the related-stories list.
    read_more,
    /// Credit label for a photographer.
    photo,
    /// Credit label for a source.
    source,
    /// Heading of the message shown when the data cannot be rendered.
    error_title,
    /// Hint under that heading.
    error_hint,
    /// Heading of the message shown when the data could not be loaded.
    load_title,
    /// Hint under that heading.
    load_hint,
    /// Heading of the message shown after an internal error stopped the widget.
    stopped_title,
    /// Hint under that heading.
    stopped_hint,
    /// Accessible name of the card list.
    cards_label,
    /// `aria-roledescription` of the carousel.
    carousel,
    /// `aria-roledescription` of a slide.
    slide,
    /// Position in the carousel, "3 / 10".
    position,
    /// Previous-card button.
    previous_card,
    /// Next-card button.
    next_card,
    /// Label of the numbered index.
    card_index,
    /// A button of the numbered index.
    go_to_card,
    /// Visible text of a share button.
    share,
    /// Accessible name of a card's share button.
    share_card,
    /// Announced after the link was copied.
    link_copied,
    /// Announced when neither sharing nor copying worked.
    link_not_copied,
    /// Accessible name of the button around a photo.
    enlarge_photo,
    /// Shown in place of a photo that failed to load.
    photo_failed,
    /// Accessible name of the full-screen photo viewer.
    photo_viewer,
    /// Close button of the viewer.
    close,
    /// Previous photo in the viewer.
    previous_photo,
    /// Next photo in the viewer.
    next_photo,
    /// Hint in the viewer.
    zoom_hint,
}

/// Vietnamese.
pub static VI: Strings = Strings {
    read_more: "Đọc thêm",
    photo: "Ảnh",
    source: "Nguồn",
    error_title: "Không thể hiển thị nội dung này",
    error_hint: "Dữ liệu của khối nội dung có lỗi.",
    load_title: "Không tải được nội dung này",
    load_hint: "Hãy kiểm tra kết nối mạng và tải lại trang.",
    stopped_title: "Khối nội dung đã dừng do một lỗi nội bộ",
    stopped_hint: "Hãy tải lại trang; nếu lỗi vẫn còn, xin báo cho toà soạn.",
    cards_label: "Các điểm nhấn",
    carousel: "băng chuyền",
    slide: "thẻ",
    position: "{n} / {total}",
    previous_card: "Thẻ trước",
    next_card: "Thẻ sau",
    card_index: "Chọn thẻ",
    go_to_card: "Đến thẻ {n}",
    share: "Chia sẻ",
    share_card: "Chia sẻ thẻ {n}",
    link_copied: "Đã sao chép liên kết thẻ {n}",
    link_not_copied: "Không sao chép được liên kết",
    enlarge_photo: "Phóng to ảnh {n}",
    photo_failed: "Không tải được ảnh",
    photo_viewer: "Xem ảnh {n} / {total}",
    close: "Đóng",
    previous_photo: "Ảnh trước",
    next_photo: "Ảnh sau",
    zoom_hint: "Chạm hai lần hoặc chụm hai ngón để phóng to",
};

/// English.
pub static EN: Strings = Strings {
    read_more: "Read more",
    photo: "Photo",
    source: "Source",
    error_title: "This content cannot be shown",
    error_hint: "The widget's data has errors.",
    load_title: "This content could not be loaded",
    load_hint: "Check your connection and reload the page.",
    stopped_title: "This content stopped because of an internal error",
    stopped_hint: "Please reload the page; if it happens again, tell the newsroom.",
    cards_label: "Highlights",
    carousel: "carousel",
    slide: "slide",
    position: "{n} / {total}",
    previous_card: "Previous card",
    next_card: "Next card",
    card_index: "Choose a card",
    go_to_card: "Go to card {n}",
    share: "Share",
    share_card: "Share card {n}",
    link_copied: "Link to card {n} copied",
    link_not_copied: "Could not copy the link",
    enlarge_photo: "Enlarge photo {n}",
    photo_failed: "Photo unavailable",
    photo_viewer: "Photo {n} of {total}",
    close: "Close",
    previous_photo: "Previous photo",
    next_photo: "Next photo",
    zoom_hint: "Double-tap or pinch to zoom",
};

/// The languages with a table beyond Vietnamese and English, by tag: each
/// is `static/i18n/<tag>.json`; the build bundles them into `i18n.json`, which
/// the reader's browser loads on demand (see `embed.js`), pinned by its SHA-384.
pub const TABLES: &[&str] = &[
    "ar", "de", "es", "fr", "he", "hi", "id", "it", "ja", "ko", "pt", "ru", "th", "tr", "uk",
    "zh-Hans", "zh-Hant",
];

/// The table a BCP 47 tag reads with: `vi`, `en`, one of [`TABLES`], or
/// `None` (English then). Not in the reader's wasm: there `embed.js` matches
/// (tests/contract.rs checks the two agree). By its primary language subtag, case-insensitive,
/// with these choices: Chinese is Traditional (`zh-Hant`) for a `Hant`
/// script or a `TW`, `HK` or `MO` region and Simplified otherwise; every
/// Portuguese reads the one (Brazilian) table; the old codes `iw` and `in`
/// are Hebrew and Indonesian.
#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
pub fn table_tag(language: &str) -> Option<&'static str> {
    let mut subtags = language.split(['-', '_']);
    let primary = subtags.next().unwrap_or("").to_ascii_lowercase();
    let primary = match primary.as_str() {
        "iw" => "he",
        "in" => "id",
        "zh" => {
            let traditional = subtags.any(|s| {
                ["hant", "tw", "hk", "mo"]
                    .iter()
                    .any(|t| s.eq_ignore_ascii_case(t))
            });
            return Some(if traditional { "zh-Hant" } else { "zh-Hans" });
        }
        other => other,
    };
    ["vi", "en"]
        .into_iter()
        .chain(TABLES.iter().copied())
        .find(|t| *t == primary)
}

/// Loaded tables, by the language they were loaded for.
type Loaded = Vec<(String, &'static Strings)>;

std::thread_local! {
    /// The tables loaded on this page, by the language tag as the page
    /// wrote it (natively: by table tag, each read once).
    static LOADED: std::cell::RefCell<Loaded> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// Keeps a loaded table for `language` for the page's life.
pub fn register(language: &str, table: Strings) {
    let table: &'static Strings = Box::leak(Box::new(table));
    tables(&mut |l| {
        l.push((language.to_owned(), table));
        None
    });
}

fn loaded(language: &str) -> Option<&'static Strings> {
    tables(&mut |l| l.iter().find(|(t, _)| t == language).map(|(_, s)| *s))
}

/// The one way to [`LOADED`] (one `with`, not one per caller: wasm bytes).
fn tables(f: &mut dyn FnMut(&mut Loaded) -> Option<&'static Strings>) -> Option<&'static Strings> {
    LOADED.with(|l| f(&mut l.borrow_mut()))
}

/// Whether `language` may have a table beyond Vietnamese and English that
/// is not loaded yet (the browser asks `embed.js`, which knows the tables).
pub fn missing(language: &str) -> bool {
    !matches!(primary(language).as_str(), "vi" | "en") && loaded(language).is_none()
}

fn primary(language: &str) -> String {
    language
        .split(['-', '_'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase()
}

/// Strings for a BCP 47 tag: Vietnamese for `vi`, a loaded table (see
/// [`table_tag`]), else English, never Vietnamese (English is the language a
/// reader of another is likeliest to read). Natively (`render`, `validate`,
/// tests) every table is at hand.
pub fn strings(language: &str) -> &'static Strings {
    match primary(language).as_str() {
        "vi" => &VI,
        "en" => &EN,
        _ => {
            #[cfg(not(target_arch = "wasm32"))]
            if let Some(tag) = table_tag(language) {
                native::load(tag);
                return loaded(tag).unwrap_or(&EN);
            }
            loaded(language).unwrap_or(&EN)
        }
    }
}

/// Natively, the tables are compiled in (`build.rs` lists them).
#[cfg(not(target_arch = "wasm32"))]
mod native {
    include!(concat!(env!("OUT_DIR"), "/i18n_tables.rs"));

    /// The JSON text of a table, by tag.
    pub fn text(tag: &str) -> Option<&'static str> {
        TABLE_TEXTS
            .iter()
            .find(|(t, _)| *t == tag)
            .map(|(_, text)| *text)
    }

    /// A table as the browser takes it: a JSON array of its strings in the
    /// order of `NAMES` (what `render` writes into a host, and `i18n.json`
    /// holds).
    pub fn array(tag: &str) -> Option<String> {
        let table: serde_json::Map<String, serde_json::Value> =
            serde_json::from_str(text(tag)?).ok()?;
        let strings: Vec<&serde_json::Value> =
            super::NAMES.iter().filter_map(|n| table.get(*n)).collect();
        serde_json::to_string(&strings).ok()
    }

    /// Reads and registers `tag`'s table once.
    pub fn load(tag: &'static str) {
        if super::loaded(tag).is_some() {
            return;
        }
        let Some(text) = text(tag) else {
            return;
        };
        let table: serde_json::Map<String, serde_json::Value> =
            serde_json::from_str(text).expect("static/i18n tables are checked JSON");
        super::register(
            tag,
            super::Strings::from_indexed(&super::EN, |i| {
                table.get(super::NAMES[i])?.as_str().map(str::to_owned)
            }),
        );
    }
}

/// The JSON text of a table (natively: `render` writes it into prerendered
/// markup, so the browser need not load it).
#[cfg(not(target_arch = "wasm32"))]
pub use native::array as table_array;

/// In the browser the tables are not compiled in (the editor's prerender
/// leaves them to the reader's browser, which loads them on demand).
#[cfg(target_arch = "wasm32")]
pub fn table_array(_tag: &str) -> Option<String> {
    None
}

/// Whether text in `language` (a BCP 47 tag) is written right to left: a
/// script subtag decides (`Arab`, `Hebr`, `Thaa`, `Syrc`, `Nkoo`, `Adlm`,
/// `Rohg`, `Mand`, `Samr`: "az-Arab" is, "ar-Latn" is not), else the
/// language's usual script (Arabic, Hebrew, Persian, Urdu, Pashto, Sindhi,
/// Uyghur, Yiddish, Dhivehi, Central Kurdish, Syriac, N'Ko and a few more).
pub fn is_rtl(language: &str) -> bool {
    // Space-separated: one string costs the wasm less than a list of them.
    const SCRIPTS: &str = "arab hebr thaa syrc nkoo adlm rohg mand samr";
    const LANGUAGES: &str =
        "ar he iw fa ur ps sd ug yi dv ckb syr nqo arc ks prs pnb azb lrc mzn glk bal khw bqi";
    let listed = |list: &str, tag: &str| list.split(' ').any(|t| t.eq_ignore_ascii_case(tag));
    let mut subtags = language.split(['-', '_']);
    let primary = subtags.next().unwrap_or("");
    match subtags.find(|s| s.len() == 4 && s.bytes().all(|b| b.is_ascii_alphabetic())) {
        Some(script) => listed(SCRIPTS, script),
        None => listed(LANGUAGES, primary),
    }
}

/// `base` with a host's overrides (`get(name)`, by the names of
/// [`NAMES`]), kept for the page's life; what is not overridden stays.
pub fn overridden(base: &Strings, get: impl Fn(&str) -> Option<String>) -> &'static Strings {
    Box::leak(Box::new(Strings::from_indexed(base, |i| get(NAMES[i]))))
}

impl Strings {
    /// The strings in the order of [`NAMES`] (what `render` writes into a
    /// host for the browser).
    pub fn to_vec(&self) -> Vec<&'static str> {
        // SAFETY: see `from_indexed`.
        let all: &[&'static str; NAMES.len()] = unsafe { &*(std::ptr::from_ref(self).cast()) };
        all.to_vec()
    }
}

/// Fills `{n}` and `{total}` in a UI string.
pub fn fill(template: &str, n: usize, total: usize) -> String {
    template
        .replace("{n}", &n.to_string())
        .replace("{total}", &total.to_string())
}

#[cfg(test)]
mod tests;
