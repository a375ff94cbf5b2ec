//! The widget's own words (not the content's), in Vietnamese and English.
//! Chosen by the collection's `language`; Vietnamese is the default because
//! the content is Vietnamese first.

/// UI strings for one language.
#[derive(Debug, PartialEq, Eq)]
pub struct Strings {
    /// Heading of the related-stories list.
    pub read_more: &'static str,
    /// Credit label for a photographer.
    pub photo: &'static str,
    /// Credit label for a source.
    pub source: &'static str,
    /// Heading of the message shown when the data cannot be rendered.
    pub error_title: &'static str,
    /// Hint under that heading.
    pub error_hint: &'static str,
    /// Accessible name of the card list.
    pub cards_label: &'static str,
}

/// Vietnamese.
pub const VI: Strings = Strings {
    read_more: "Đọc thêm",
    photo: "Ảnh",
    source: "Nguồn",
    error_title: "Không thể hiển thị nội dung này",
    error_hint: "Dữ liệu của khối nội dung có lỗi. Chi tiết:",
    cards_label: "Các điểm nhấn",
};

/// English.
pub const EN: Strings = Strings {
    read_more: "Read more",
    photo: "Photo",
    source: "Source",
    error_title: "This content cannot be shown",
    error_hint: "The widget's data has errors. Details:",
    cards_label: "Highlights",
};

/// Strings for a BCP 47 tag: English for `en`, `en-GB`…; Vietnamese otherwise.
pub fn strings(language: &str) -> &'static Strings {
    let primary = language.split(['-', '_']).next().unwrap_or("");
    if primary.eq_ignore_ascii_case("en") {
        &EN
    } else {
        &VI
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn picks_by_primary_subtag() {
        assert_eq!(super::strings("en-GB").read_more, "Read more");
        assert_eq!(super::strings("vi").read_more, "Đọc thêm");
        assert_eq!(super::strings("fr").read_more, "Đọc thêm");
    }
}
