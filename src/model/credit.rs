//! Photo credits.
//!
//! Vietnamese newsrooms end a caption with its credit, in a handful of forms:
//! "(Ảnh: Nguyễn Hồng)", "(Nguồn: TTXVN)", "(Ảnh: Trí Dũng/TTXVN)", or
//! unparenthesised after the last sentence: "… 13/12/2023. Ảnh: Hoàng Việt".
//! [`split_caption`] separates caption text from such a credit so the widget
//! can set the credit apart (and a screen reader can announce it as one);
//! [`parse_credit`] reads a credit given on its own. Hand-written rather than
//! a regex: the regex crate would add ~100 KB to the wasm.

use serde::Serialize;

/// What a credit credits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum CreditKind {
    /// A photographer: "Ảnh: …" / "Photo: …".
    Photo,
    /// A source the photo was taken from: "Nguồn: …" / "Source: …".
    Source,
}

/// A structured credit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Credit {
    /// `photo` (Ảnh) or `source` (Nguồn).
    pub kind: CreditKind,
    /// Photographers or sources, e.g. ["Trí Dũng"] or ["TTXVN"].
    pub names: Vec<String>,
    /// News agency after a slash, e.g. "TTXVN" in "Trí Dũng/TTXVN".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agency: Option<String>,
}

/// How the format accepts a credit: a text or an object (documentation only:
/// the JSON Schema is generated from it; `model::read` reads both).
#[cfg(not(target_arch = "wasm32"))]
#[derive(schemars::JsonSchema)]
#[serde(untagged)]
#[allow(dead_code)]
pub enum CreditSchema {
    /// Credit text such as "Ảnh: Nguyễn Hồng" or "(Nguồn: TTXVN)". Text without a label is taken as a photographer's name.
    Text(String),
    /// A structured credit.
    Structured(Credit),
}

/// Labels that open a credit, with their kind, longer first, in the case
/// forms editors type (lower, Capitalised, UPPER). Listed rather than
/// case-folded: Unicode case tables would cost wasm bytes for four words.
const LABELS: &[(&str, CreditKind)] = &[
    ("nguồn ảnh", CreditKind::Source),
    ("Nguồn ảnh", CreditKind::Source),
    ("NGUỒN ẢNH", CreditKind::Source),
    ("ảnh", CreditKind::Photo),
    ("Ảnh", CreditKind::Photo),
    ("ẢNH", CreditKind::Photo),
    ("nguồn", CreditKind::Source),
    ("Nguồn", CreditKind::Source),
    ("NGUỒN", CreditKind::Source),
    ("photos", CreditKind::Photo),
    ("Photos", CreditKind::Photo),
    ("PHOTOS", CreditKind::Photo),
    ("photo", CreditKind::Photo),
    ("Photo", CreditKind::Photo),
    ("PHOTO", CreditKind::Photo),
    ("source", CreditKind::Source),
    ("Source", CreditKind::Source),
    ("SOURCE", CreditKind::Source),
];

/// Longest plausible list of credited names; longer text after "Ảnh:" is prose, not a credit.
const MAX_NAMES_CHARS: usize = 80;

/// Splits a caption into its text and a trailing credit, if it has one.
///
/// The returned text has the credit and the whitespace before it removed;
/// a caption without a credit comes back unchanged (trimmed). So does one
/// whose text would still end in a credit ("… Ảnh: A. Ảnh: B"): which one
/// is the credit is ambiguous, and splitting only the last would make
/// validation give a different caption each time it runs (the prerendered
/// page and the browser validate the same data twice).
pub fn split_caption(caption: &str) -> (String, Option<Credit>) {
    let trimmed = caption.trim();
    if let Some((text, credit)) = split_once(trimmed) {
        if split_once(text).is_none() {
            return (text.to_owned(), Some(credit));
        }
    }
    (trimmed.to_owned(), None)
}

fn split_once(caption: &str) -> Option<(&str, Credit)> {
    split_parenthesised(caption).or_else(|| split_trailing(caption))
}

/// Reads a credit given on its own: "Ảnh: Trí Dũng/TTXVN", "(Nguồn: TTXVN)".
/// Returns `None` when the text has no credit label.
pub fn parse_credit(text: &str) -> Option<Credit> {
    let t = text.trim();
    let t = t
        .strip_prefix('(')
        .and_then(|s| s.strip_suffix(')'))
        .unwrap_or(t);
    let (kind, rest) = strip_label(t)?;
    names_and_agency(kind, rest)
}

/// "… (Ảnh: X)" — the credit is the last balanced parenthesis group.
fn split_parenthesised(s: &str) -> Option<(&str, Credit)> {
    let body = s.strip_suffix(')')?;
    let mut depth = 0usize;
    for (i, c) in body.char_indices().rev() {
        match c {
            ')' => depth += 1,
            '(' if depth == 0 => {
                let credit = parse_labelled(&body[i + 1..])?;
                return Some((body[..i].trim_end(), credit));
            }
            '(' => depth -= 1,
            _ => {}
        }
    }
    None
}

/// "… 13/12/2023. Ảnh: Hoàng Việt" — a label that starts the caption or
/// follows the end of a sentence or a dash, with a short list of names after it.
fn split_trailing(s: &str) -> Option<(&str, Credit)> {
    for (i, _) in s.char_indices().rev() {
        let before = s[..i].trim_end();
        let at_boundary = before.is_empty()
            || (before.len() < i
                && before.ends_with(['.', '!', '?', '…', '-', '–', '—', '|', ')', '"', '”']));
        if !at_boundary {
            continue;
        }
        if let Some(credit) = parse_labelled(&s[i..]) {
            let text = before.trim_end_matches(['-', '–', '—', '|']).trim_end();
            return Some((text, credit));
        }
    }
    None
}

/// "Ảnh: names" with nothing else around it.
fn parse_labelled(s: &str) -> Option<Credit> {
    let (kind, rest) = strip_label(s.trim())?;
    names_and_agency(kind, rest)
}

/// Strips a known label and its colon.
fn strip_label(s: &str) -> Option<(CreditKind, &str)> {
    for (label, kind) in LABELS {
        let Some(rest) = s.strip_prefix(label) else {
            continue;
        };
        if let Some(rest) = rest.trim_start().strip_prefix([':', '：']) {
            return Some((*kind, rest.trim()));
        }
    }
    None
}

fn names_and_agency(kind: CreditKind, rest: &str) -> Option<Credit> {
    let rest = rest.trim().trim_end_matches('.').trim_end();
    if rest.is_empty() || rest.chars().count() > MAX_NAMES_CHARS || rest.contains(". ") {
        return None;
    }
    let (names, agency) = match rest.rsplit_once('/') {
        Some((names, agency)) if !agency.trim().is_empty() && !names.trim().is_empty() => {
            (names, Some(agency.trim().to_owned()))
        }
        _ => (rest, None),
    };
    let names = split_names(names);
    if names.is_empty() {
        return None;
    }
    Some(Credit {
        kind,
        names,
        agency,
    })
}

fn split_names(s: &str) -> Vec<String> {
    s.split([',', ';', '&'])
        .flat_map(|part| part.split(" và "))
        .flat_map(|part| part.split(" and "))
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .map(str::to_owned)
        .collect()
}

/// A credit given as text: "Ảnh: Trí Dũng/TTXVN", "(Nguồn: TTXVN)", or a
/// bare name (a photographer). Empty text is no credit.
pub fn from_text(v: &str) -> Option<Credit> {
    let v = v.trim();
    if v.is_empty() {
        return None;
    }
    Some(parse_credit(v).unwrap_or_else(|| Credit {
        kind: CreditKind::Photo,
        names: split_names(v),
        agency: None,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn credit(kind: CreditKind, names: &[&str], agency: Option<&str>) -> Credit {
        Credit {
            kind,
            names: names.iter().map(|s| s.to_string()).collect(),
            agency: agency.map(str::to_owned),
        }
    }
    use CreditKind::{Photo, Source};

    #[test]
    fn two_trailing_credits_are_ambiguous_and_stay_in_the_caption() {
        // Found by fuzzing: splitting only the last credit made validation
        // give another caption when run again on its own output.
        let caption = "Hội nghị. Ảnh: Hoàng Việt. Ảnh: Trí Dũng";
        assert_eq!(split_caption(caption), (caption.to_owned(), None));
        let caption = "Lễ đón (Ảnh: A) (Nguồn: TTXVN)";
        assert_eq!(split_caption(caption), (caption.to_owned(), None));
    }

    /// Every caption of both seed documents, verbatim, with what it must split into.
    #[test]
    fn every_seed_caption() {
        let cases: &[(&str, &str, Option<Credit>)] = &[
            // seed 000_6f810e148873f4f9.txt
            ("Cuốn sách “Xây dựng và phát triển nền đối ngoại, ngoại giao Việt Nam toàn diện, hiện đại, mang đậm bản sắc cây tre Việt Nam” của đồng chí Tổng Bí thư Nguyễn Phú Trọng. (Ảnh: Nguyễn Hồng)",
             "Cuốn sách “Xây dựng và phát triển nền đối ngoại, ngoại giao Việt Nam toàn diện, hiện đại, mang đậm bản sắc cây tre Việt Nam” của đồng chí Tổng Bí thư Nguyễn Phú Trọng.",
             Some(credit(Photo, &["Nguyễn Hồng"], None))),
            ("Tổng Bí thư Nguyễn Phú Trọng và các vị Lãnh đạo Đảng, Nhà nước chụp ảnh lưu niệm với lãnh đạo Bộ Ngoại giao tại Hội nghị Ngoại giao lần thứ 32. (Ảnh: Tuấn Anh)",
             "Tổng Bí thư Nguyễn Phú Trọng và các vị Lãnh đạo Đảng, Nhà nước chụp ảnh lưu niệm với lãnh đạo Bộ Ngoại giao tại Hội nghị Ngoại giao lần thứ 32.",
             Some(credit(Photo, &["Tuấn Anh"], None))),
            ("Tổng Bí thư Nguyễn Phú Trọng và Phu nhân, Chủ tịch nước Võ Văn Thưởng và Phu nhân cùng Tổng Bí thư, Chủ tịch nước Trung Quốc Tập Cận Bình và Phu nhân, ngày 12/12/2023. (Nguồn: TTXVN)",
             "Tổng Bí thư Nguyễn Phú Trọng và Phu nhân, Chủ tịch nước Võ Văn Thưởng và Phu nhân cùng Tổng Bí thư, Chủ tịch nước Trung Quốc Tập Cận Bình và Phu nhân, ngày 12/12/2023.",
             Some(credit(Source, &["TTXVN"], None))),
            ("Tổng Bí thư Nguyễn Phú Trọng chủ trì lễ đón chính thức Tổng thống Hoa Kỳ Joe Biden. (Nguồn: TTXVN)",
             "Tổng Bí thư Nguyễn Phú Trọng chủ trì lễ đón chính thức Tổng thống Hoa Kỳ Joe Biden.",
             Some(credit(Source, &["TTXVN"], None))),
            ("Chủ tịch nước Võ Văn Thưởng và Thủ tướng Nhật Bản Kishida Fumio duyệt đội danh dự.(Nguồn: TTXVN)",
             "Chủ tịch nước Võ Văn Thưởng và Thủ tướng Nhật Bản Kishida Fumio duyệt đội danh dự.",
             Some(credit(Source, &["TTXVN"], None))),
            ("Thủ tướng Phạm Minh Chính tham dự và phát biểu chỉ đạo tại Phiên toàn thể Ngoại giao Kinh tế phục vụ phát triển đất nước. (Ảnh: Tuấn Anh)",
             "Thủ tướng Phạm Minh Chính tham dự và phát biểu chỉ đạo tại Phiên toàn thể Ngoại giao Kinh tế phục vụ phát triển đất nước.",
             Some(credit(Photo, &["Tuấn Anh"], None))),
            ("Chiều 6/8, tại Jakarta, Chủ tịch Quốc hội Vương Đình Huệ và các nhà lãnh đạo Quốc hội/Nghị viện các nước thành viên Hội đồng Liên Nghị viện các quốc gia Đông Nam Á (AIPA) đã dự phiên họp Ban Chấp hành AIPA lần thứ 44. (Nguồn: TTXVN)",
             "Chiều 6/8, tại Jakarta, Chủ tịch Quốc hội Vương Đình Huệ và các nhà lãnh đạo Quốc hội/Nghị viện các nước thành viên Hội đồng Liên Nghị viện các quốc gia Đông Nam Á (AIPA) đã dự phiên họp Ban Chấp hành AIPA lần thứ 44.",
             Some(credit(Source, &["TTXVN"], None))),
            ("Nhóm công dân Việt Nam đầu tiên bị mắc kẹt tại khu vực giao tranh phía Bắc Myanmar về nước an toàn. (Ảnh: Tuấn Việt)",
             "Nhóm công dân Việt Nam đầu tiên bị mắc kẹt tại khu vực giao tranh phía Bắc Myanmar về nước an toàn.",
             Some(credit(Photo, &["Tuấn Việt"], None))),
            ("Quần thể Vịnh Hạ Long - quần đảo Cát Bà (thuộc địa bàn tỉnh Quảng Ninh và thành phố Hải Phòng) được công nhận là Di sản thiên nhiên thế giới tại Kỳ họp lần thứ 45 của Ủy ban Di sản thế giới UNESCO tại Saudi Arabia. (Nguồn: Tuổi trẻ)",
             "Quần thể Vịnh Hạ Long - quần đảo Cát Bà (thuộc địa bàn tỉnh Quảng Ninh và thành phố Hải Phòng) được công nhận là Di sản thiên nhiên thế giới tại Kỳ họp lần thứ 45 của Ủy ban Di sản thế giới UNESCO tại Saudi Arabia.",
             Some(credit(Source, &["Tuổi trẻ"], None))),
            ("Ngày 23/12, Toà thánh đã công bố việc Tổng Giám mục Marek Zalewski được Giáo hoàng Francis bổ nhiệm làm đại diện thường trú đầu tiên của Tòa thánh tại Việt Nam. (Nguồn: Hội đồng giám mục Việt Nam)",
             "Ngày 23/12, Toà thánh đã công bố việc Tổng Giám mục Marek Zalewski được Giáo hoàng Francis bổ nhiệm làm đại diện thường trú đầu tiên của Tòa thánh tại Việt Nam.",
             Some(credit(Source, &["Hội đồng giám mục Việt Nam"], None))),
            // seed 002_18733defb9b271dd.txt
            ("Tổng Bí thư Nguyễn Phú Trọng và Tổng Bí thư, Chủ tịch nước Trung Quốc Tập Cận Bình tham dự chương trình Gặp gỡ nhân sỹ hữu nghị và thế hệ trẻ Việt Nam - Trung Quốc trong khuôn khổ chuyến thăm cấp Nhà nước tới Việt Nam từ ngày 12 - 13/12/2023. Ảnh: Hoàng Việt",
             "Tổng Bí thư Nguyễn Phú Trọng và Tổng Bí thư, Chủ tịch nước Trung Quốc Tập Cận Bình tham dự chương trình Gặp gỡ nhân sỹ hữu nghị và thế hệ trẻ Việt Nam - Trung Quốc trong khuôn khổ chuyến thăm cấp Nhà nước tới Việt Nam từ ngày 12 - 13/12/2023.",
             Some(credit(Photo, &["Hoàng Việt"], None))),
            ("Tổng Bí thư Nguyễn Phú Trọng và Tổng thống Hoa Kỳ Joe Biden trên bục danh dự, thực hiện nghi thức chào cờ trong khuôn khổ chuyến thăm cấp Nhà nước tới Việt Nam từ ngày 10-11/9/2023. (Ảnh: Trí Dũng/TTXVN)",
             "Tổng Bí thư Nguyễn Phú Trọng và Tổng thống Hoa Kỳ Joe Biden trên bục danh dự, thực hiện nghi thức chào cờ trong khuôn khổ chuyến thăm cấp Nhà nước tới Việt Nam từ ngày 10-11/9/2023.",
             Some(credit(Photo, &["Trí Dũng"], Some("TTXVN")))),
            ("Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch Nguyễn Văn Hùng đã có buổi làm việc với Bà Audrey Azoulay, Tổng Giám đốc UNESCO.",
             "Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch Nguyễn Văn Hùng đã có buổi làm việc với Bà Audrey Azoulay, Tổng Giám đốc UNESCO.",
             None),
            ("Tại Kỳ họp lần thứ 16 Ủy ban liên Chính phủ Công ước 2003 về bảo vệ di sản văn hóa phi vật thể, Việt Nam được tín nhiệm đại diện cho khu vực Châu Á-Thái Bình Dương bầu vào vị trí Phó Chủ tịch Ủy ban. (Ảnh: Thu Hà/TTXVN)",
             "Tại Kỳ họp lần thứ 16 Ủy ban liên Chính phủ Công ước 2003 về bảo vệ di sản văn hóa phi vật thể, Việt Nam được tín nhiệm đại diện cho khu vực Châu Á-Thái Bình Dương bầu vào vị trí Phó Chủ tịch Ủy ban.",
             Some(credit(Photo, &["Thu Hà"], Some("TTXVN")))),
            ("Bộ trưởng Ngoại giao Bùi Thanh Sơn", "Bộ trưởng Ngoại giao Bùi Thanh Sơn", None),
        ];
        for (caption, text, want) in cases {
            let (got_text, got) = split_caption(caption);
            assert_eq!(&got_text, text, "caption text of {caption:?}");
            assert_eq!(&got, want, "credit of {caption:?}");
        }
    }

    #[test]
    fn a_parenthesis_that_is_not_a_credit_stays_in_the_caption() {
        let c = "Hội đồng Liên Nghị viện các quốc gia Đông Nam Á (AIPA)";
        assert_eq!(split_caption(c), (c.to_owned(), None));
    }

    #[test]
    fn prose_after_a_label_is_not_a_credit() {
        let c = "Ảnh: một ngày dài. Sau đó đoàn đại biểu đã trở về Hà Nội và tiếp tục làm việc.";
        assert_eq!(split_caption(c).1, None);
        // "ảnh" inside a sentence is not at a boundary
        let c = "Đoàn chụp ảnh: lưu niệm";
        assert_eq!(split_caption(c).1, None);
    }

    #[test]
    fn whole_caption_may_be_just_a_credit() {
        assert_eq!(
            split_caption("(Nguồn: TTXVN)"),
            (String::new(), Some(credit(Source, &["TTXVN"], None)))
        );
    }

    #[test]
    fn labels_in_every_case_form_and_english_labels_work() {
        assert_eq!(
            parse_credit("ẢNH: Nguyễn Hồng"),
            Some(credit(Photo, &["Nguyễn Hồng"], None))
        );
        assert_eq!(
            parse_credit("Photo: Reuters"),
            Some(credit(Photo, &["Reuters"], None))
        );
        assert_eq!(
            split_caption("Leaders at the summit. (Source: AP)").1,
            Some(credit(Source, &["AP"], None))
        );
    }

    #[test]
    fn several_names_are_split() {
        assert_eq!(
            parse_credit("(Ảnh: Tuấn Anh, Nguyễn Hồng)"),
            Some(credit(Photo, &["Tuấn Anh", "Nguyễn Hồng"], None))
        );
        assert_eq!(
            parse_credit("Ảnh: Tuấn Anh và Thu Hà/TTXVN"),
            Some(credit(Photo, &["Tuấn Anh", "Thu Hà"], Some("TTXVN")))
        );
    }

    #[test]
    fn dash_separated_credit() {
        assert_eq!(
            split_caption("Lễ đón tại Phủ Chủ tịch – Ảnh: Hoàng Việt"),
            (
                "Lễ đón tại Phủ Chủ tịch".to_owned(),
                Some(credit(Photo, &["Hoàng Việt"], None))
            )
        );
    }

    #[test]
    fn text_without_a_label_is_not_a_credit() {
        assert_eq!(parse_credit("TTXVN"), None);
        assert_eq!(parse_credit("Ảnh:"), None);
    }
}
