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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum CreditKind {
    /// A photographer: "Ảnh: …" / "Photo: …".
    #[default]
    Photo,
    /// A source the photo was taken from: "Nguồn: …" / "Source: …".
    Source,
}

/// A structured credit: who took or gave the photo, and the organisations
/// behind it, each in its role. Only `kind` and `names` were in the first
/// format; the rest is optional, so data written before reads the same.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Credit {
    /// `photo` (Ảnh) or `source` (Nguồn).
    pub kind: CreditKind,
    /// Photographers (people), or for a `source` the sources, e.g. ["Trí Dũng"] or ["TTXVN"].
    pub names: Vec<String>,
    /// The agency or organisation the photo is from, e.g. "TTXVN" in "Trí Dũng/TTXVN", "AP" in "AP Photo/John Smith", "Reuters" in "REUTERS/Carlos Barria".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agency: Option<String>,
    /// The label as written, e.g. "Ảnh", "Photo", "Photograph", "Credit", "تصوير", "AP Photo"; none for "REUTERS/Carlos Barria". Shown as written: the widget never translates it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// A distributor, e.g. "Getty Images" in "Ana Lima/AFP via Getty Images".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub via: Option<String>,
    /// The publication a photographer worked for, e.g. "The New York Times" in "Photo by Sam Park for The New York Times".
    #[serde(default, skip_serializing_if = "Option::is_none", rename = "for")]
    pub for_: Option<String>,
    /// The credit exactly as written in the caption or the credit field, without brackets: what the widget shows.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

impl Credit {
    /// How the credit reads, split in two: the label with its separator as
    /// written ("Ảnh: ", "Photo by ", "AP Photo/"; empty for "REUTERS/Carlos
    /// Barria" and "新华社记者 李明 摄") and the rest. As written when it was
    /// (`text`): the widget never translates content. A credit given only as
    /// parts reads "label: names/agency for … via …", with its own label or
    /// else `label` (the kind's word in the content's language).
    pub fn parts(&self, label: &str) -> (String, String) {
        if let Some(text) = &self.text {
            return match self.label.as_deref().filter(|l| text.starts_with(l)) {
                Some(l) => {
                    let rest = separated(&text[l.len()..])
                        .unwrap_or(&text[l.len()..])
                        .trim_start();
                    (text[..text.len() - rest.len()].to_owned(), rest.to_owned())
                }
                None => (String::new(), text.clone()),
            };
        }
        let mut who = super::join_with(self.names.iter().map(String::as_str), ", ");
        if let Some(agency) = &self.agency {
            if !who.is_empty() {
                who.push('/');
            }
            who.push_str(agency);
        }
        for (word, organisation) in [(" for ", &self.for_), (" via ", &self.via)] {
            if let Some(organisation) = organisation {
                who.push_str(word);
                who.push_str(organisation);
            }
        }
        (format!("{}: ", self.label.as_deref().unwrap_or(label)), who)
    }

    /// [`Credit::parts`] with the kind's word in `language` (the content's)
    /// for a credit given only as parts: what the widget shows, the plain
    /// form writes and search engines get as `creditText`.
    pub fn parts_in(&self, language: &str) -> (String, String) {
        let t = crate::i18n::strings(language);
        self.parts(match self.kind {
            CreditKind::Photo => t.photo,
            CreditKind::Source => t.source,
        })
    }
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

/// Labels that open a credit, in the languages the widget speaks (a
/// separator follows: `:`, `：`, `=` or `/`), `|`-separated (one string
/// costs the wasm less than a list), a source's marked `+`: Vietnamese,
/// English, French, Spanish, Portuguese, Italian, German, Indonesian,
/// Turkish, Russian, Ukrainian, Arabic, Hebrew, Chinese, Japanese, Korean,
/// Hindi, Thai. ASCII labels match in any case; the others are listed in
/// the case forms editors type (Unicode case tables would cost wasm
/// bytes). Longer first where one starts another.
const LABELS: &str = "AP Photo|File photo|+Nguồn ảnh|+nguồn ảnh|+NGUỒN ẢNH|Ảnh|ảnh|ẢNH|+Nguồn|+nguồn|+NGUỒN|Photographs|Photograph|Crédits photo|Crédit photo|Photos|Photo|Pictures|Picture|Images|Image|Credits|Credit|Crédit|Fotografía|Fotografia|Fotoğraf|Fotos|Foto|Bild|+Source|+Fuente|+Fonte|+Quelle|+Sumber|+Kaynak|Фото|+Источник|+Джерело|تصوير|الصورة|صورة|+المصدر|+مصدر|צילום|+מקור|+图片来源|+圖片來源|摄影|攝影|图|圖|+来源|+來源|写真|+出典|+提供|사진|+출처|फ़ोटो|फोटो|+स्रोत|+ที่มา|ภาพ|Photographs by |Photograph by |Photos by |Photo by |Picture by |+Courtesy of |+Courtesy ";

/// News agencies and picture services, as credits spell them, `|`-separated:
/// the side of a slash that names one is the agency ("REUTERS/Carlos
/// Barria", "Trí Dũng/TTXVN"), and one alone in brackets is a credit
/// ("(Kyodo)"). ASCII names match in any case.
const AGENCIES: &str = "AP|Associated Press|Reuters|AFP|Getty Images|Getty|EPA-EFE|EPA|EFE|Xinhua|Kyodo|Yonhap|TTXVN|VNA|dpa|ANSA|Anadolu|AA|PA|Alamy|TASS|ТАСС|Ukrinform|Укрінформ|PTI|पीटीआई|Antara|Agência Brasil|新华社|新華社|中新社|视觉中国|共同|연합뉴스|رويترز|فرانس برس|רויטרס";

/// Longest plausible list of credited names, in bytes (80 Latin letters,
/// fewer accented or in other scripts); longer text after "Ảnh:" is prose,
/// not a credit.
const MAX_NAMES_BYTES: usize = 120;

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

/// Reads a credit given on its own: "Ảnh: Trí Dũng/TTXVN", "(Nguồn: TTXVN)",
/// "AP Photo/John Smith", "REUTERS/Carlos Barria", "(Kyodo)". Returns `None`
/// when the text has neither a credit label nor a known agency.
pub fn parse_credit(text: &str) -> Option<Credit> {
    let t = text.trim();
    let t = unbracket(t).unwrap_or(t);
    parse(t, true)
}

/// The inside of "(…)" or "（…）".
fn unbracket(s: &str) -> Option<&str> {
    s.strip_prefix('(')
        .and_then(|s| s.strip_suffix(')'))
        .or_else(|| s.strip_prefix('（').and_then(|s| s.strip_suffix('）')))
}

/// "… (Ảnh: X)", "… （共同）" — the credit is the last balanced bracket group.
fn split_parenthesised(s: &str) -> Option<(&str, Credit)> {
    let (body, open, close) = match s.strip_suffix(')') {
        Some(body) => (body, '(', ')'),
        None => (s.strip_suffix('）')?, '（', '）'),
    };
    let mut depth = 0usize;
    for (i, c) in body.char_indices().rev() {
        if c == close {
            depth += 1;
        } else if c == open {
            if depth == 0 {
                let credit = parse(body[i + open.len_utf8()..].trim(), true)?;
                return Some((body[..i].trim_end(), credit));
            }
            depth -= 1;
        }
    }
    None
}

/// "… 13/12/2023. Ảnh: Hoàng Việt", "… in Washington. REUTERS/Carlos
/// Barria", "… 新华社记者 李明 摄" — a credit that starts the caption or
/// follows the end of a sentence or a dash, with a short list of names.
fn split_trailing(s: &str) -> Option<(&str, Credit)> {
    for (i, _) in s.char_indices().rev() {
        let before = s[..i].trim_end();
        // Latin punctuation with a space after it; the CJK full stop and
        // bracket take none.
        let at_boundary = before.is_empty()
            || before.ends_with(['。', '）', '」'])
            || (before.len() < i
                && before.ends_with(['.', '!', '?', '…', '-', '–', '—', '|', ')', '"', '”', '।']));
        if !at_boundary {
            continue;
        }
        // Not an agency alone: "… said AP." is a sentence.
        if let Some(credit) = parse(&s[i..], false) {
            let text = before.trim_end_matches(['-', '–', '—', '|']).trim_end();
            return Some((text, credit));
        }
    }
    None
}

/// Whether `name` is a news agency or picture service the credit reader
/// knows (see `AGENCIES`).
pub fn is_agency(name: &str) -> bool {
    let name = name.trim();
    AGENCIES.split('|').any(|a| a.eq_ignore_ascii_case(name))
}

/// A credit, as written (without brackets): a label and the names, or a
/// form the agencies use; `alone`: an agency by itself is one ("Kyodo" in
/// "(Kyodo)"). One pass: find the label (see `label_of`), then read the
/// roles in what is left.
fn parse(s: &str, alone: bool) -> Option<Credit> {
    let (kind, label, rest) = label_of(s).unwrap_or((CreditKind::Photo, None, s));
    // "新华社记者 李明 摄": names after the agency, spaced, before the label.
    let spaced = label.is_some_and(|l| !s.starts_with(l));
    let mut credit = roles(kind, rest, spaced)?;
    // The agency's own label ("AP Photo/John Smith", "(AP Photo)").
    if let Some(agency) = label.and_then(|l| l.strip_suffix(" Photo")) {
        credit.agency = Some(agency.to_owned());
    }
    // Unlabelled: only with a known agency ("REUTERS/Carlos Barria"), so
    // "(1/2)" stays caption text, and alone only in brackets ("… said AP."
    // is a sentence).
    let known = credit.agency.as_deref().is_some_and(is_agency);
    if label.is_none() && !(known && (alone || !credit.names.is_empty())) {
        return None;
    }
    if credit.names.is_empty() && credit.agency.is_none() {
        return None;
    }
    credit.label = label.map(str::to_owned);
    credit.text = Some(s.to_owned());
    Some(credit)
}

/// A credit's label as written, its kind, and the text its roles are in:
/// "Label: names" (`:`, `：`, `=` or `/` after it), "Label by names"
/// (`LABELS` entries ending in a space), "Label Agency" ("Photo AFP"),
/// "AP Photo/…" and "(AP Photo)",
/// "… 摄".
fn label_of(s: &str) -> Option<(CreditKind, Option<&str>, &str)> {
    if let Some(names) = s.strip_suffix('摄').or_else(|| s.strip_suffix('攝')) {
        return Some((CreditKind::Photo, Some(&s[names.len()..]), names));
    }
    for entry in LABELS.split('|') {
        let (kind, label) = match entry.strip_prefix('+') {
            Some(label) => (CreditKind::Source, label),
            None => (CreditKind::Photo, entry),
        };
        let Some(head) = s
            .get(..label.len())
            .filter(|h| h.eq_ignore_ascii_case(label))
        else {
            continue;
        };
        let after = &s[label.len()..];
        let rest = if label.ends_with(' ') {
            Some(after)
        } else if after.is_empty() && label.ends_with(" Photo") {
            Some("")
        } else if after.starts_with(' ') && is_agency(after) {
            // "(Photo AFP)", "Foto EFE": the label, a space, an agency.
            Some(after)
        } else {
            separated(after)
        };
        if let Some(rest) = rest {
            return Some((kind, Some(head.trim_end()), rest));
        }
    }
    None
}

/// What follows a label's separator (`:`, `：`, `=` or `/`, spaces before it).
fn separated(after: &str) -> Option<&str> {
    after.trim_start().strip_prefix([':', '：', '=', '/'])
}

/// The names, the agency (the side of a slash that is one, else after the
/// slash), the distributor ("via …") and the publication ("for …").
/// `spaced`: names separated by spaces, after "新华社记者" and the like.
fn roles(kind: CreditKind, rest: &str, spaced: bool) -> Option<Credit> {
    let mut rest = rest.trim().trim_end_matches('.').trim_end();
    if rest.len() > MAX_NAMES_BYTES || rest.contains(". ") {
        return None;
    }
    let mut credit = Credit {
        kind,
        ..Credit::default()
    };
    for (word, role) in [(" via ", &mut credit.via), (" for ", &mut credit.for_)] {
        if let Some((before, organisation)) = rest.split_once(word) {
            *role = Some(organisation.trim().to_owned());
            rest = before.trim();
        }
    }
    // An archive picture: "AP Photo/Evan Vucci, File".
    let rest = rest.strip_suffix(", File").unwrap_or(rest);
    let (agency, names) = match rest.rsplit_once('/').or_else(|| rest.split_once("记者")) {
        // "REUTERS/Carlos Barria": the agency may come first.
        Some((left, right)) if is_agency(left) && !is_agency(right) => (left, right),
        Some((left, right)) if !left.trim().is_empty() && !right.trim().is_empty() => (right, left),
        // "Photo: Reuters" credits an agency, not a photographer named
        // Reuters; "Nguồn: TTXVN" names its source, as it always has.
        _ if kind == CreditKind::Photo && is_agency(rest) => (rest, ""),
        _ => ("", rest),
    };
    if !agency.trim().is_empty() {
        credit.agency = Some(agency.trim().to_owned());
    }
    credit.names = if spaced {
        names
            .split(' ')
            .filter(|n| !n.is_empty())
            .map(str::to_owned)
            .collect()
    } else {
        split_names(names)
    };
    // Names, not a sentence: a few, each short (8 characters of 3 bytes).
    let long = credit.names.len() > 4 || credit.names.iter().any(|n| n.len() > 24);
    (!(spaced && long)).then_some(credit)
}

fn split_names(s: &str) -> Vec<String> {
    s.replace(" và ", ",")
        .replace(" and ", ",")
        .split([',', ';', '&', '、'])
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
        names: split_names(v),
        text: Some(v.to_owned()),
        ..Credit::default()
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
            ..Credit::default()
        }
    }

    /// Who is credited, without the label and text as written (the credit
    /// table in tests/credits.rs checks those).
    fn core(c: Credit) -> Credit {
        Credit {
            label: None,
            text: None,
            ..c
        }
    }

    fn split_caption(caption: &str) -> (String, Option<Credit>) {
        let (text, credit) = super::split_caption(caption);
        (text, credit.map(core))
    }

    fn parse_credit(text: &str) -> Option<Credit> {
        super::parse_credit(text).map(core)
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
            Some(credit(Photo, &[], Some("Reuters")))
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
    fn text_without_a_label_or_an_agency_is_not_a_credit() {
        assert_eq!(parse_credit("Trí Dũng"), None);
        assert_eq!(parse_credit("Ảnh:"), None);
        assert_eq!(parse_credit("1/2"), None);
        // An agency alone is one.
        assert_eq!(
            parse_credit("TTXVN"),
            Some(credit(Photo, &[], Some("TTXVN")))
        );
    }
}
