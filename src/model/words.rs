//! The validator's messages in Vietnamese, for editors who work in it: the
//! editor shows them beside the fields, and `validate --lang vi` prints
//! them, so both say the same words. The messages are made in English
//! where the rule is (`validate/`, `read.rs`); this is one table from
//! their templates to Vietnamese, `{}` standing for what varies (a value,
//! a number, a list of fields). A message no template matches stays in
//! English: a test runs the validator over the fuzz corpus and requires
//! every message it produces to have its Vietnamese.

/// (English template, Vietnamese template). In English `{}` matches the
/// shortest text up to what follows it; in Vietnamese `{0}`, `{1}` put the
/// matched parts back, in any order. Longer templates come before shorter
/// ones they begin with.
const MESSAGES: &[(&str, &str)] = &[
    ("card {} has an empty headline", "thẻ {0} có tiêu đề trống"),
    ("card {} has number 0; numbers start at 1", "thẻ {0} mang số 0; số thứ tự bắt đầu từ 1"),
    (
        "link {} dropped (its text is kept): only http(s), mailto: and relative links are allowed",
        "đã bỏ liên kết {0} (giữ lại chữ): chỉ cho phép liên kết http(s), mailto: và liên kết tương đối",
    ),
    (
        "link {} dropped: only http(s) and relative links are allowed",
        "đã bỏ liên kết {0}: chỉ cho phép liên kết http(s) và liên kết tương đối",
    ),
    ("must not be empty", "không được để trống"),
    ("no card can be shown", "không hiển thị được thẻ nào"),
    ("needs at least one card", "cần ít nhất một thẻ"),
    ("needs at least one name or an agency", "cần ít nhất một tên hoặc một hãng ảnh"),
    (
        "must be letters, digits, '-' or '_' (it is used in links to cards), got {}",
        "chỉ được gồm chữ cái, chữ số, '-' hoặc '_' (dùng trong liên kết tới các thẻ), đang là {0}",
    ),
    (
        "must be a language tag such as \"vi\" or \"en\", got {}",
        "phải là mã ngôn ngữ như \"vi\" hoặc \"en\", đang là {0}",
    ),
    (
        "must be a BCP 47 language tag such as \"vi\" or \"en-US\", got {}; using \"vi\"",
        "phải là mã ngôn ngữ BCP 47 như \"vi\" hoặc \"en-US\", đang là {0}; dùng \"vi\"",
    ),
    (
        "must be an ISO 8601 date or date-time such as \"2023-12-31\" or \"2023-12-31T06:06:00+07:00\", got {}; shown as text only",
        "phải là ngày hoặc ngày giờ theo ISO 8601 như \"2023-12-31\" hoặc \"2023-12-31T06:06:00+07:00\", đang là {0}; chỉ hiện dạng chữ",
    ),
    ("numbering jumps from {} to {}", "số thứ tự nhảy từ {0} lên {1}"),
    ("number {} is also used by {}", "số {0} đã được dùng cho {1}"),
    (
        "only http(s) or relative image URLs are allowed, got {}",
        "chỉ cho phép địa chỉ ảnh http(s) hoặc tương đối, đang là {0}",
    ),
    (
        "give both width and height so the photo's space is reserved",
        "hãy ghi cả chiều rộng lẫn chiều cao để giữ sẵn chỗ cho ảnh",
    ),
    (
        "no width/height: the page will shift when the photo loads",
        "thiếu chiều rộng/chiều cao: trang sẽ xô lệch khi ảnh tải xong",
    ),
    ("width and height must be greater than 0", "chiều rộng và chiều cao phải lớn hơn 0"),
    (
        "missing alt text: screen-reader users will not know what the photo shows",
        "thiếu mô tả ảnh (alt): người dùng trình đọc màn hình sẽ không biết ảnh có gì",
    ),
    (
        "the caption ends with a credit and a credit is also given: the credit field is shown",
        "chú thích đã kết thúc bằng nguồn ảnh trong khi trường credit cũng có: hiển thị trường credit",
    ),
    (
        "no credit: end the caption with one, e.g. {}",
        "thiếu nguồn ảnh: thêm vào cuối chú thích, ví dụ {0}",
    ),
    (
        "candidate {} dropped: expected \"URL 480w\" or \"URL 2x\" with an http(s) or relative URL",
        "đã bỏ ứng viên {0}: cần dạng \"URL 480w\" hoặc \"URL 2x\" với địa chỉ http(s) hoặc tương đối",
    ),
    ("required field is missing", "thiếu trường bắt buộc"),
    (
        "unknown field (allowed here: {}); did you mean {}?",
        "trường không có trong định dạng (ở đây dùng được: {0}); có phải là {1}?",
    ),
    ("unknown field (allowed here: {})", "trường không có trong định dạng (ở đây dùng được: {0})"),
    ("unknown field", "trường không có trong định dạng"),
    ("the document should be {}, not {}", "tài liệu phải là {0}, không phải {1}"),
    ("should be {}, not {}", "phải là {0}, không phải {1}"),
    ("invalid JSON: {}", "JSON không hợp lệ: {0}"),
];

/// What a value is, or should be, inside "should be …, not …".
const DESCRIPTIONS: &[(&str, &str)] = &[
    ("a list [ … ]", "một danh sách [ … ]"),
    ("an object { … }", "một đối tượng { … }"),
    (
        "a credit text like \"Photo: Jane Doe\" or an object {kind, names, agency}",
        "một dòng nguồn ảnh như \"Ảnh: Nguyễn Hồng\" hoặc một đối tượng {kind, names, agency}",
    ),
    ("an object {}", "một đối tượng {0}"),
    (
        "a whole number from {} to {}",
        "một số nguyên từ {0} đến {1}",
    ),
    ("a whole number", "một số nguyên"),
    ("a number with a fraction", "một số thập phân"),
    ("the number {}", "số {0}"),
    ("text {}", "chữ {0}"),
    ("text", "chữ"),
    ("\"photo\" or \"source\"", "\"photo\" hoặc \"source\""),
    ("true", "true"),
    ("false", "false"),
    ("null", "null"),
];

/// `message` in `language`: Vietnamese for `vi…`, else as it is.
pub fn in_language(message: &str, language: &str) -> String {
    if !language.starts_with("vi") {
        return message.to_owned();
    }
    translate(message).unwrap_or_else(|| message.to_owned())
}

/// Whether a message has its Vietnamese (the coverage test).
pub fn has_vietnamese(message: &str) -> bool {
    translate(message).is_some()
}

/// A validator message in Vietnamese, if a template of [`MESSAGES`]
/// matches it; the descriptions inside "should be …, not …" are
/// translated too.
fn translate(message: &str) -> Option<String> {
    translate_by(message, MESSAGES, |en, part| {
        if en.contains("should be") {
            translate_with(part, DESCRIPTIONS).unwrap_or_else(|| part.to_owned())
        } else {
            part.to_owned()
        }
    })
}

/// `message` through another table of the same kind as `MESSAGES`
/// (English template with `{}`, Vietnamese with `{0}`, `{1}`; the first
/// template that matches wins, so longer ones come before shorter ones
/// they begin with): the Vietnamese with the varying parts put back as
/// they are, or `None` when no template matches. The importers' notes
/// (`sources::import::words`) use it.
pub fn translate_with(message: &str, table: &[(&str, &str)]) -> Option<String> {
    translate_by(message, table, |_, part| part.to_owned())
}

/// The first template of `table` that matches `message`, filled with its
/// parts, each passed through `part(english_template, part)`.
fn translate_by(
    message: &str,
    table: &[(&str, &str)],
    part: impl Fn(&str, &str) -> String,
) -> Option<String> {
    table.iter().find_map(|(en, vi)| {
        let parts: Vec<String> = matches(en, message)?.iter().map(|p| part(en, p)).collect();
        Some(fill(vi, &parts))
    })
}

/// `template` with each `{i}` (`i` below the number of parts) replaced by
/// `parts[i]`, in one pass: a part that itself reads `{1}` stays as it is.
/// Any other brace is kept ("{kind, names, agency}").
fn fill(template: &str, parts: &[String]) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let index = after.find('}').and_then(|close| {
            let i = (0..parts.len()).find(|i| after[..close] == i.to_string())?;
            Some((i, close))
        });
        match index {
            Some((i, close)) => {
                out.push_str(&parts[i]);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The parts of `message` standing for the `{}` of `template`, if it fits.
fn matches(template: &str, message: &str) -> Option<Vec<String>> {
    let literals: Vec<&str> = template.split("{}").collect();
    let mut rest = message.strip_prefix(literals[0])?;
    let mut parts = Vec::new();
    for (k, literal) in literals.iter().enumerate().skip(1) {
        let last = k == literals.len() - 1;
        let at = if last {
            // The last literal ends the message.
            rest.len()
                .checked_sub(literal.len())
                .filter(|&i| rest.is_char_boundary(i) && rest[i..] == **literal)?
        } else {
            rest.find(literal)?
        };
        if at == 0 && !literal.is_empty() {
            return None;
        }
        parts.push(rest[..at].to_owned());
        rest = &rest[at + literal.len()..];
    }
    (literals.len() > 1 || rest.is_empty()).then_some(parts)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_and_their_values() {
        assert_eq!(
            in_language("must not be empty", "vi"),
            "không được để trống"
        );
        assert_eq!(in_language("must not be empty", "en"), "must not be empty");
        assert_eq!(
            in_language("numbering jumps from 1 to 3", "vi"),
            "số thứ tự nhảy từ 1 lên 3"
        );
        assert_eq!(
            in_language("should be a list [ … ], not text \"one paragraph\"", "vi"),
            "phải là một danh sách [ … ], không phải chữ \"one paragraph\""
        );
        assert_eq!(
            in_language(
                "the document should be an object { id, cards }, not the number 5",
                "vi"
            ),
            "tài liệu phải là một đối tượng { id, cards }, không phải số 5"
        );
        assert_eq!(
            in_language(
                "unknown field (allowed here: a, b); did you mean `kicker`?",
                "vi"
            ),
            "trường không có trong định dạng (ở đây dùng được: a, b); có phải là `kicker`?"
        );
        assert_eq!(
            in_language("unknown field", "vi"),
            "trường không có trong định dạng"
        );
        // Another table, through the same matcher; a part is put back as
        // it is, even when it reads like a placeholder.
        let table = [("moved {} to {}", "chuyển {0} sang {1}; {2} {x}")];
        assert_eq!(
            translate_with("moved {1} to a", &table).as_deref(),
            Some("chuyển {1} sang a; {2} {x}")
        );
        assert_eq!(translate_with("moved", &table), None);
        // Not a template: stays as it is.
        assert_eq!(in_language("something new", "vi"), "something new");
        assert!(!has_vietnamese("must not be emptyish"));
    }
}
