//! The editor's own words, Vietnamese and English (the validator's messages
//! keep the wording `validate` prints, so an editor sees the same text in
//! both places).
//!
//! One file: the two tables side by side, so a string added to one is
//! added to the other.

/// The editor's words in one language.
pub struct Words {
    /// The language's code, for the importers' notes (`note_in`).
    pub code: &'static str,
    pub title: &'static str,
    pub intro: &'static str,
    pub language: &'static str,
    pub import_heading: &'static str,
    pub import_hint: &'static str,
    pub paste_label: &'static str,
    pub format: &'static str,
    pub format_auto: &'static str,
    pub import_button: &'static str,
    pub open_file: &'static str,
    pub notes_heading: &'static str,
    pub nothing_read: &'static str,
    pub undo: &'static str,
    pub redo: &'static str,
    pub collection_heading: &'static str,
    pub cards_heading: &'static str,
    pub card: &'static str,
    pub add_card: &'static str,
    pub remove_card: &'static str,
    pub move_up: &'static str,
    pub move_down: &'static str,
    pub add_photo: &'static str,
    pub remove_photo: &'static str,
    pub read_size: &'static str,
    pub credit_parsed: &'static str,
    pub credit_none: &'static str,
    pub credit_photo: &'static str,
    pub credit_source: &'static str,
    pub credit_agency: &'static str,
    pub body_hint: &'static str,
    pub read_more_heading: &'static str,
    pub add_read_more: &'static str,
    pub remove_read_more: &'static str,
    pub check_heading: &'static str,
    pub all_good: &'static str,
    pub errors: &'static str,
    pub warnings: &'static str,
    pub preview_heading: &'static str,
    pub layout: &'static str,
    pub width: &'static str,
    pub phone: &'static str,
    pub tablet: &'static str,
    pub desktop: &'static str,
    pub theme: &'static str,
    pub theme_auto: &'static str,
    pub light: &'static str,
    pub dark: &'static str,
    pub nothing_to_preview: &'static str,
    pub photo_base: &'static str,
    pub photo_base_hint: &'static str,
    pub export_heading: &'static str,
    pub download_json: &'static str,
    pub download_csv: &'static str,
    pub copy_embed: &'static str,
    pub document: &'static str,
    pub tools: &'static str,
    pub moved: &'static str,
    pub removed: &'static str,
    pub to_preview: &'static str,
    pub photo_failed: &'static str,
    pub embed_needs_url: &'static str,
    pub embed_ready: &'static str,
    pub copy_inline: &'static str,
    pub copy_html: &'static str,
    pub copied: &'static str,
    pub copy_failed: &'static str,
    pub not_in_html: &'static str,
    pub render_hint: &'static str,
    pub prerender: &'static str,
    pub prerender_invalid: &'static str,
    pub unsaved: &'static str,
    pub saved: &'static str,
}

/// One language's words are one static: compared by address.
impl PartialEq for Words {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

/// Vietnamese.
pub static VI: Words = Words {
    code: "vi",
    title: "Trình soạn thẻ điểm nhấn",
    intro: "Dán bài viết, kiểm tra, xem trước, rồi sao chép mã nhúng. Mọi thay đổi được lưu tự động trên máy này.",
    language: "Ngôn ngữ giao diện",
    import_heading: "1. Nhập bài viết",
    import_hint: "Văn bản lấy từ CMS hay trang báo (thẻ đánh số “1. …”, “1) …”, “Số 1: …”, “#1 …” hoặc số đứng riêng một dòng), Markdown, mã HTML của widget, JSON, hoặc các hàng dán từ bảng tính (Google Sheets, Excel, LibreOffice) và tệp CSV theo mẫu.",
    paste_label: "Dán nội dung",
    format: "Định dạng",
    format_auto: "Tự nhận biết",
    import_button: "Nhập",
    open_file: "Mở tệp",
    notes_heading: "Những dòng cần xem lại",
    nothing_read: "Không đọc được gì từ nội dung này",
    undo: "Hoàn tác",
    redo: "Làm lại",
    collection_heading: "2. Thông tin chung",
    cards_heading: "3. Các thẻ",
    card: "Thẻ",
    add_card: "Thêm thẻ",
    remove_card: "Xoá thẻ",
    move_up: "Lên trên",
    move_down: "Xuống dưới",
    add_photo: "Thêm ảnh",
    remove_photo: "Bỏ ảnh",
    read_size: "Đọc kích thước từ ảnh",
    credit_parsed: "Nguồn ảnh đọc được",
    credit_none: "Chưa thấy nguồn ảnh: thêm “(Ảnh: Tên)” hoặc “(Nguồn: Tên)” ở cuối chú thích",
    credit_photo: "Ảnh",
    credit_source: "Nguồn",
    credit_agency: "cơ quan",
    body_hint: "Mỗi đoạn cách nhau một dòng trống.",
    read_more_heading: "Đọc thêm",
    add_read_more: "Thêm bài đọc thêm",
    remove_read_more: "Xoá bài này",
    check_heading: "Kiểm tra",
    all_good: "Không có lỗi hay cảnh báo nào.",
    errors: "lỗi",
    warnings: "cảnh báo",
    preview_heading: "4. Xem trước",
    layout: "Bố cục",
    width: "Khổ màn hình",
    phone: "Điện thoại",
    tablet: "Máy tính bảng",
    desktop: "Máy tính",
    theme: "Giao diện",
    theme_auto: "Theo thiết bị",
    light: "Sáng",
    dark: "Tối",
    nothing_to_preview: "Chưa có thẻ nào để xem trước.",
    photo_base: "Địa chỉ gốc cho ảnh và liên kết tương đối",
    photo_base_hint: "Nơi tệp JSON sẽ được đăng; mã nhúng tệp JSON trỏ tới đây (ví dụ https://bao.vn/data/the.json). Ảnh ghi “01.jpg” hay “../anh/01.jpg” được tìm từ đó, như trình duyệt của độc giả sẽ làm.",
    export_heading: "5. Xuất bản",
    download_json: "Tải JSON",
    download_csv: "Tải về dạng bảng tính (CSV)",
    copy_embed: "Sao chép mã nhúng (tệp JSON)",
    document: "Toàn bài",
    tools: "Công cụ: ngôn ngữ, hoàn tác, trạng thái",
    moved: "Đã chuyển thẻ {0}: giờ là thẻ {1}.",
    removed: "Đã xoá thẻ {0}.",
    to_preview: "Xem trước ↓",
    photo_failed: "không tải được ảnh ở địa chỉ này (không tồn tại, hoặc không phải ảnh): kiểm tra lại địa chỉ",
    embed_needs_url: "Mã nhúng tệp JSON cần địa chỉ đầy đủ nơi tệp sẽ được đăng (ô “Địa chỉ gốc” ở bước 4, ví dụ https://bao.example/data/the.json). Máy chủ của tệp phải cho phép trang bài viết đọc nó (CORS: Access-Control-Allow-Origin). Nếu CMS không nhận tệp .json, dùng mã nhúng JSON trong trang hoặc HTML thuần.",
    embed_ready: "Mã nhúng trỏ tới địa chỉ ở bước 4; máy chủ của tệp phải cho phép trang bài viết đọc nó (CORS).",
    copy_inline: "Sao chép mã nhúng (JSON trong trang)",
    copy_html: "Sao chép HTML thuần",
    copied: "Đã sao chép.",
    copy_failed: "Không sao chép được: hãy chọn và sao chép đoạn mã bên dưới.",
    not_in_html: "Trong HTML thuần, các trường sau chỉ nằm trong thuộc tính data-rest; bộ lọc nào bỏ thuộc tính data-* sẽ bỏ cả chúng:",
    render_hint: "Hoặc dựng sẵn từ tệp JSON đã lưu bằng lệnh",
    prerender: "Sao chép bản dựng sẵn (hiện ngay, trước khi có JavaScript)",
    prerender_invalid: "Chưa dựng sẵn được: hãy sửa hết lỗi trước",
    unsaved: "Có thay đổi chưa xuất bản",
    saved: "Đã lưu trên máy này",
};

/// English.
pub static EN: Words = Words {
    code: "en",
    title: "Highlight cards editor",
    intro: "Paste an article, check it, preview it, then copy the embed. Every change is saved on this device.",
    language: "Editor language",
    import_heading: "1. Import an article",
    import_hint: "Text from a CMS or a page (items numbered “1. …”, “1) …”, “No. 1: …”, “#1 …” or the number alone on a line), Markdown, the widget's HTML markup, JSON, or rows pasted from a spreadsheet (Google Sheets, Excel, LibreOffice) and CSV files in the template's shape.",
    paste_label: "Paste the content",
    format: "Format",
    format_auto: "Detect",
    import_button: "Import",
    open_file: "Open a file",
    notes_heading: "Lines to check",
    nothing_read: "Nothing could be read from this content",
    undo: "Undo",
    redo: "Redo",
    collection_heading: "2. About the collection",
    cards_heading: "3. Cards",
    card: "Card",
    add_card: "Add a card",
    remove_card: "Remove card",
    move_up: "Move up",
    move_down: "Move down",
    add_photo: "Add a photo",
    remove_photo: "Remove photo",
    read_size: "Read the size from the image",
    credit_parsed: "Credit found",
    credit_none: "No credit yet: end the caption with “(Ảnh: Name)” or “(Nguồn: Name)”",
    credit_photo: "Photo",
    credit_source: "Source",
    credit_agency: "agency",
    body_hint: "Separate paragraphs with an empty line.",
    read_more_heading: "Read more",
    add_read_more: "Add a related story",
    remove_read_more: "Remove this story",
    check_heading: "Check",
    all_good: "No errors or warnings.",
    errors: "errors",
    warnings: "warnings",
    preview_heading: "4. Preview",
    layout: "Layout",
    width: "Screen",
    phone: "Phone",
    tablet: "Tablet",
    desktop: "Desktop",
    theme: "Theme",
    theme_auto: "As the device",
    light: "Light",
    dark: "Dark",
    nothing_to_preview: "No card to preview yet.",
    photo_base: "Base URL for relative photos and links",
    photo_base_hint: "Where the JSON will be published; the JSON-file embed points here (e.g. https://news.example/data/cards.json). Photos written as “01.jpg” or “../photos/01.jpg” are found from there, as a reader's browser will.",
    export_heading: "5. Publish",
    download_json: "Download JSON",
    download_csv: "Download as a spreadsheet (CSV)",
    copy_embed: "Copy the embed (JSON file)",
    document: "The whole document",
    tools: "Tools: language, undo, status",
    moved: "Card {0} moved: now card {1}.",
    removed: "Card {0} removed.",
    to_preview: "Preview ↓",
    photo_failed: "the photo at this URL could not be loaded (missing, or not an image): check the URL",
    embed_needs_url: "The JSON-file embed needs the full URL where the file will be published (the base URL field in step 4, e.g. https://news.example/data/cards.json). Its server must let the article page read it (CORS: Access-Control-Allow-Origin). Where the CMS refuses .json files, use the embed with the JSON in the page, or plain HTML.",
    embed_ready: "The embed points at the URL in step 4; its server must let the article page read it (CORS).",
    copy_inline: "Copy the embed (JSON in the page)",
    copy_html: "Copy plain HTML",
    copied: "Copied.",
    copy_failed: "Could not copy: select and copy the code below.",
    not_in_html: "In plain HTML these fields travel only in the data-rest attribute; a filter that drops data-* attributes drops them:",
    render_hint: "Or prerender from the saved JSON file with",
    prerender: "Copy the prerendered version (shown at once, before JavaScript)",
    prerender_invalid: "Cannot prerender yet: fix every error first",
    unsaved: "Changes not yet published",
    saved: "Saved on this device",
};

/// Each field's name in the form, by its key (its JSON path without
/// indices): English, Vietnamese. The check list names a message's field
/// with these too ("Card 3 · Headline", not `cards[2].headline`).
const LABELS: &[(&str, &str, &str)] = &[
    ("title", "Title", "Tiêu đề"),
    (
        "id",
        "ID (in links to the cards)",
        "Mã (trong liên kết tới thẻ)",
    ),
    (
        "language",
        "Language of the story (e.g. en, vi, de)",
        "Ngôn ngữ của bài (ví dụ vi, en, de)",
    ),
    ("kicker", "Kicker (above the headline)", "Dòng trên tiêu đề"),
    ("section", "Section", "Chuyên mục"),
    (
        "dateline",
        "Date line, as shown",
        "Dòng ngày tháng (như hiển thị)",
    ),
    (
        "published",
        "Published (2025-12-30 or with the time)",
        "Ngày đăng (2025-12-30 hoặc kèm giờ)",
    ),
    ("intro", "Intro", "Sapo"),
    ("attribution", "Attribution", "Ghi công"),
    ("byline", "Byline", "Tác giả"),
    ("source", "Source", "Nguồn"),
    ("source.name", "Source", "Nguồn"),
    ("source.url", "Source link", "Liên kết nguồn"),
    ("number", "Number", "Số thứ tự"),
    ("headline", "Headline", "Tiêu đề thẻ"),
    ("photo", "Photo", "Ảnh"),
    ("photo.src", "Photo URL", "Địa chỉ ảnh"),
    ("photo.width", "Width (px)", "Rộng (px)"),
    ("photo.height", "Height (px)", "Cao (px)"),
    (
        "photo.alt",
        "Description for readers who cannot see it (alt)",
        "Mô tả ảnh cho người không xem được (alt)",
    ),
    (
        "photo.caption",
        "Caption, ending with its credit",
        "Chú thích, kết thúc bằng nguồn ảnh",
    ),
    ("photo.credit", "Credit", "Nguồn ảnh"),
    ("body", "Body", "Nội dung"),
    ("readMore", "Read more", "Đọc thêm"),
    ("readMore.title", "Title", "Tiêu đề"),
    ("readMore.url", "Link", "Liên kết"),
    ("readMore.summary", "Summary", "Tóm tắt"),
];

impl Words {
    /// A field's name in the form (its key when it has none).
    pub fn label(&self, key: &str) -> &'static str {
        let vi = self.code == "vi";
        LABELS
            .iter()
            .find(|(k, ..)| *k == key)
            .map(|&(_, en, v)| if vi { v } else { en })
            .unwrap_or("")
    }

    /// Where a message's JSON path is, in the form's words:
    /// `cards[2].photo.src` → "Card 3 · Photo URL", `readMore[0].url` →
    /// "Read more 1 · Link", `` → the document.
    pub fn place(&self, path: &str) -> String {
        if path.is_empty() {
            return self.document.to_owned();
        }
        // Split off "cards[2]" / "readMore[0]", and drop inner indices
        // ("body[1]": the body field).
        let (list, rest) = match path.split_once('[') {
            Some((list, rest)) if list == "cards" || list == "readMore" => (Some(list), rest),
            _ => (None, path),
        };
        let (index, tail) = match list {
            Some(_) => {
                let (n, tail) = rest.split_once(']').unwrap_or((rest, ""));
                (n.parse::<usize>().ok(), tail.trim_start_matches('.'))
            }
            None => (None, rest),
        };
        let key: String = tail.split('[').next().unwrap_or("").to_owned();
        let key = match list {
            Some("readMore") if !key.is_empty() => format!("readMore.{key}"),
            _ => key,
        };
        let field = Some(self.label(&key))
            .filter(|l| !l.is_empty())
            .unwrap_or(&key);
        match (list, index) {
            (Some(list), Some(i)) => {
                let item = if list == "cards" {
                    self.card
                } else {
                    self.label("readMore")
                };
                if field.is_empty() {
                    format!("{item} {}", i + 1)
                } else {
                    format!("{item} {} · {field}", i + 1)
                }
            }
            _ => field.to_owned(),
        }
    }
}

/// The languages the editor speaks, by their primary subtag.
const SPOKEN: [&str; 2] = ["vi", "en"];

/// The editor's language for a BCP 47 tag ("en-US" → "en"), if it speaks it.
pub fn spoken(tag: &str) -> Option<&'static str> {
    let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
    SPOKEN.into_iter().find(|l| *l == primary)
}

/// The words for a language code ("vi…" is Vietnamese, anything else English).
pub fn words(language: &str) -> &'static Words {
    if spoken(language) == Some("vi") {
        &VI
    } else {
        &EN
    }
}
