//! Article text as it comes out of a CMS or is copied from a page: no
//! markup, one paragraph per line. Two shapes are read, the two a newsroom
//! turns into highlight cards (both seeds of this project):
//!
//! - **a numbered e-magazine**: a number alone on a line starts each card;
//!   then an optional kicker line, a photo caption ending in its credit
//!   ("… (Ảnh: Nguyễn Hồng)"), and body paragraphs; after the cards an
//!   attribution in parentheses and a "Đọc thêm" list (each title, often
//!   repeated, then a one-sentence summary);
//! - **an article with photos**: each photo's marker line ("… - Ảnh 3.")
//!   starts a card, the next line is its caption; section headings and body
//!   paragraphs between photos; a byline at the end.
//!
//! Both start with a header: site chrome, a section and date line, the
//! title, the lede ("(Tổ Quốc) - …" names the source). What the text does
//! not have is made up only where the format needs it, and said: a card's
//! headline is its body's first sentence, a photo has no URL yet. Every
//! line not used is a [`Note`] with its line number.

use super::{excerpt, is_read_more, slug, Imported, Note};
use crate::model::credit::split_caption;
use crate::model::{Card, Collection, Photo, ReadMore, Source};

/// One non-empty line: its 1-based number and trimmed text.
#[derive(Clone, Copy)]
struct Line<'a> {
    no: usize,
    text: &'a str,
}

/// Reads article text; see the module documentation.
pub fn import(input: &str) -> Imported {
    let lines: Vec<Line<'_>> = input
        .lines()
        .enumerate()
        .map(|(i, l)| Line {
            no: i + 1,
            text: l.trim(),
        })
        .filter(|l| !l.text.is_empty())
        .collect();
    let mut notes = Vec::new();
    let mut collection = Collection::draft();
    let photo_markers: Vec<usize> = (0..lines.len())
        .filter(|&i| photo_marker(lines[i].text).is_some())
        .collect();
    let numbers = numbered_cards(&lines);
    let first_card = if !photo_markers.is_empty() {
        photo_markers[0]
    } else if numbers.len() >= 2 {
        numbers[0]
    } else {
        lines.len()
    };
    let body_start = read_header(&lines[..first_card], &mut collection, &mut notes);
    if !photo_markers.is_empty() {
        read_photo_article(
            &lines,
            body_start,
            &photo_markers,
            &mut collection,
            &mut notes,
        );
    } else if numbers.len() >= 2 {
        for line in &lines[body_start..first_card] {
            notes.push(not_placed(line));
        }
        read_numbered(&lines, &numbers, &mut collection, &mut notes);
    } else {
        for line in &lines[body_start..] {
            notes.push(not_placed(line));
        }
        notes.push(Note::new(
            0,
            "no cards found: put each card's number alone on a line, or mark each photo \"… - Ảnh N.\"",
        ));
    }
    if collection.title.is_empty() {
        notes.push(Note::new(0, "no title found: add one"));
    }
    collection.id = slug(&collection.title);
    notes.sort_by_key(|n| n.line);
    Imported { collection, notes }
}

fn not_placed(line: &Line<'_>) -> Note {
    Note::new(line.no, format!("not placed: “{}”", excerpt(line.text)))
}

/// "Sôi động đối ngoại 2023 … - Ảnh 3." → 3 (also "- Photo 3").
fn photo_marker(text: &str) -> Option<u32> {
    let t = text.trim_end_matches('.');
    let (_, tail) = t.rsplit_once(" - ")?;
    let n = tail
        .strip_prefix("Ảnh ")
        .or_else(|| tail.strip_prefix("Photo "))?;
    n.trim().parse().ok()
}

/// Indices of the lines that are a card number alone, counting 1, 2, 3…
fn numbered_cards(lines: &[Line<'_>]) -> Vec<usize> {
    let mut found = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        if line.text.len() <= 3 && line.text.parse::<u32>() == Ok(found.len() as u32 + 1) {
            found.push(i);
        }
    }
    found
}

/// A line that reads as a heading, a kicker or a title: short, not a
/// sentence (no closing punctuation).
fn heading_like(text: &str) -> bool {
    let n = text.chars().count();
    (3..=160).contains(&n)
        && !text.ends_with(['.', '!', '?', '…', ';', ',', ':', ')', '"', '”'])
        && text.split_whitespace().count() >= 2
}

/// A byline: two to five words, each capitalised, nothing else.
fn byline_like(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    (2..=5).contains(&words.len())
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
        && !words.iter().all(|w| w.chars().all(|c| !c.is_lowercase()))
        && text
            .chars()
            .all(|c| c.is_alphabetic() || c == ' ' || c == '.')
}

/// A date "31/12/2023" in a line: (start, end, day, month, year).
fn find_date(text: &str) -> Option<(usize, usize, u32, u32, u32)> {
    let b = text.as_bytes();
    for start in 0..b.len() {
        if start > 0 && b[start - 1].is_ascii_digit() {
            continue;
        }
        let mut i = start;
        let mut parts = [0u32; 3];
        let mut ok = true;
        for (k, part) in parts.iter_mut().enumerate() {
            let from = i;
            while i < b.len() && b[i].is_ascii_digit() && i - from < 4 {
                *part = *part * 10 + u32::from(b[i] - b'0');
                i += 1;
            }
            let len = i - from;
            let want = if k == 2 {
                len == 4
            } else {
                (1..=2).contains(&len)
            };
            if !want {
                ok = false;
                break;
            }
            if k < 2 {
                if i < b.len() && b[i] == b'/' {
                    i += 1;
                } else {
                    ok = false;
                    break;
                }
            }
        }
        if ok && (1..=31).contains(&parts[0]) && (1..=12).contains(&parts[1]) {
            return Some((start, i, parts[0], parts[1], parts[2]));
        }
    }
    None
}

/// A time "06:06" in a line: (start, end, hour, minute).
fn find_time(text: &str) -> Option<(usize, usize, u32, u32)> {
    let b = text.as_bytes();
    (0..b.len()).find_map(|i| {
        let digits = |from: usize, n: usize| {
            (from + n <= b.len() && b[from..from + n].iter().all(u8::is_ascii_digit)).then(|| {
                b[from..from + n]
                    .iter()
                    .fold(0, |v, d| v * 10 + u32::from(d - b'0'))
            })
        };
        if i > 0 && b[i - 1].is_ascii_digit() {
            return None;
        }
        let (h, hl) = digits(i, 2)
            .map(|h| (h, 2))
            .or_else(|| digits(i, 1).map(|h| (h, 1)))?;
        if b.get(i + hl) != Some(&b':') {
            return None;
        }
        let m = digits(i + hl + 1, 2)?;
        (h < 24 && m < 60).then_some((i, i + hl + 3, h, m))
    })
}

/// A section and date line: "06:06 | 31/12/2023", "Thế giới 09/02/2024 07:45".
/// Returns the section (what precedes the date and time, if any) and the
/// date line as written.
fn date_line(text: &str) -> Option<(Option<String>, String, Option<String>)> {
    let (ds, de, d, m, y) = find_date(text)?;
    let time = find_time(text);
    let start = time.map_or(ds, |(ts, ..)| ts.min(ds));
    let before = text[..start].trim().trim_end_matches('|').trim();
    // More than a short section name before the date: a sentence, not a date line.
    if before.split_whitespace().count() > 4 || text.len() > 80 {
        return None;
    }
    let end = time.map_or(de, |(_, te, ..)| te.max(de));
    let dateline = text[start..end].trim().to_owned();
    let published =
        time.map(|(_, _, h, min)| format!("{y:04}-{m:02}-{d:02}T{h:02}:{min:02}:00+07:00"));
    let section = (!before.is_empty()).then(|| before.to_owned());
    Some((section, dateline, published))
}

/// The header: chrome, section and date line, title, lede. Returns the
/// index of the first line after it.
fn read_header(lines: &[Line<'_>], c: &mut Collection, notes: &mut Vec<Note>) -> usize {
    let Some(d) = lines.iter().position(|l| date_line(l.text).is_some()) else {
        // No date line: the first heading-like line is the title.
        let Some(t) = lines.iter().position(|l| heading_like(l.text)) else {
            return 0;
        };
        for line in &lines[..t] {
            notes.push(not_placed(line));
        }
        c.title = lines[t].text.to_owned();
        return t + 1 + read_intro(&lines[t + 1..], c, notes);
    };
    let (section, dateline, published) = date_line(lines[d].text).unwrap_or_default();
    c.dateline = Some(dateline);
    if published.is_some() {
        c.published = published;
        notes.push(Note::new(
            lines[d].no,
            "published: the date line read as Vietnam time (UTC+7); check it",
        ));
    }
    // The title follows the date line (e-magazine) or precedes it (article).
    let after = lines.get(d + 1).filter(|l| heading_like(l.text));
    let (title, chrome_end) = match after {
        Some(t) => (Some((d + 1, *t)), d),
        None => match d.checked_sub(1).map(|i| (i, lines[i])) {
            Some((i, t)) if heading_like(t.text) => (Some((i, t)), i),
            _ => (None, d),
        },
    };
    let mut section = section;
    let mut chrome_end = chrome_end;
    if section.is_none() && after.is_some() && d > 0 && lines[d - 1].text.chars().count() <= 30 {
        // "e magazine" just above "06:06 | 31/12/2023".
        section = Some(lines[d - 1].text.to_owned());
        chrome_end = d - 1;
    }
    c.section = section;
    for line in &lines[..chrome_end] {
        notes.push(not_placed(line));
    }
    let Some((t, title)) = title else {
        return d + 1;
    };
    c.title = title.text.to_owned();
    let next = t.max(d) + 1;
    next + read_intro(&lines[next..], c, notes)
}

/// The lede after the title, skipping what repeats the header; "(Tổ Quốc)
/// - …" gives the source. Returns how many lines it used.
fn read_intro(lines: &[Line<'_>], c: &mut Collection, notes: &mut Vec<Note>) -> usize {
    let mut used = 0;
    for line in lines {
        let repeat = line.text == c.title
            || c.dateline
                .as_deref()
                .is_some_and(|d| line.text.ends_with(d))
            || c.intro.as_deref() == Some(line.text);
        if repeat {
            notes.push(Note::new(line.no, "repeats the header: skipped"));
        } else if c.intro.is_none() && !heading_like(line.text) {
            let (source, lede) = split_lede(line.text);
            if let Some(name) = source {
                notes.push(Note::new(
                    line.no,
                    format!("source: “{name}”, named at the start of the lede"),
                ));
                c.source = Some(Source { name, url: None });
            }
            c.intro = Some(lede);
        } else {
            break;
        }
        used += 1;
    }
    used
}

/// "(Tổ Quốc) - Năm 2023 …" → (Some("Tổ Quốc"), "Năm 2023 …").
fn split_lede(text: &str) -> (Option<String>, String) {
    if let Some(rest) = text.strip_prefix('(') {
        if let Some((name, lede)) = rest.split_once(')') {
            let lede = lede.trim_start();
            if let Some(lede) = lede.strip_prefix("- ").or_else(|| lede.strip_prefix("– ")) {
                return (Some(name.trim().to_owned()), lede.trim().to_owned());
            }
        }
    }
    (None, text.to_owned())
}

/// A photo from a caption line (its credit stays in the caption text,
/// where the widget's credit parser finds it); the text has no URL.
fn photo(caption: &str, line: usize, number: u32, notes: &mut Vec<Note>) -> Photo {
    notes.push(Note::new(
        line,
        format!("card {number}: the text has no photo URL; add the photo's src, width and height"),
    ));
    Photo {
        caption: Some(caption.to_owned()),
        ..Photo::draft()
    }
}

/// The numbered e-magazine's cards, attribution and read-more list.
fn read_numbered(lines: &[Line<'_>], numbers: &[usize], c: &mut Collection, notes: &mut Vec<Note>) {
    let last = *numbers.last().unwrap_or(&0);
    // Where the last card ends: an attribution "(…)" or "Đọc thêm".
    let tail = (last + 1..lines.len())
        .find(|&i| is_attribution(lines[i].text) || is_read_more(lines[i].text))
        .unwrap_or(lines.len());
    let mut kickers = Vec::new();
    for (k, &start) in numbers.iter().enumerate() {
        let end = numbers.get(k + 1).copied().unwrap_or(tail);
        let mut card = Card::draft(k as u32 + 1);
        let mut kicker = None;
        for (j, line) in lines[start + 1..end].iter().enumerate() {
            let has_credit = split_caption(line.text).1.is_some();
            if j == 0 && heading_like(line.text) && !has_credit {
                kicker = Some(line.text.to_owned());
            } else if card.photo.is_none() && card.body.is_empty() && has_credit {
                card.photo = Some(photo(line.text, line.no, card.number(), notes));
            } else {
                card.body.push(line.text.to_owned());
            }
        }
        kickers.push(kicker);
        headline_from_body(&mut card, lines[start].no, notes);
        c.cards.push(card);
    }
    // One kicker on every card is the collection's.
    let first = kickers.first().cloned().flatten();
    if first.is_some() && kickers.iter().all(|k| *k == first) {
        c.kicker = first;
    } else {
        for (card, kicker) in c.cards.iter_mut().zip(kickers) {
            card.kicker = kicker;
        }
    }
    read_tail(&lines[tail..], c, notes);
}

fn is_attribution(text: &str) -> bool {
    text.starts_with('(') && text.ends_with(')') && split_caption(text).1.is_none()
}

/// After the cards: the attribution, the byline, the read-more list.
fn read_tail(lines: &[Line<'_>], c: &mut Collection, notes: &mut Vec<Note>) {
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        if c.attribution.is_none() && is_attribution(line.text) {
            c.attribution = Some(line.text[1..line.text.len() - 1].trim().to_owned());
        } else if c.read_more.is_empty() && is_read_more(line.text) {
            i = read_more(&lines[i + 1..], c, notes) + i + 1;
            continue;
        } else if c.byline.is_none() && byline_like(line.text) {
            c.byline = Some(line.text.to_owned());
        } else {
            notes.push(not_placed(&line));
        }
        i += 1;
    }
}

/// "Đọc thêm": title (often repeated), then a summary. Returns lines used.
fn read_more(lines: &[Line<'_>], c: &mut Collection, notes: &mut Vec<Note>) -> usize {
    let mut i = 0;
    while i < lines.len() {
        let title = lines[i];
        if !heading_like(title.text) && !title.text.ends_with(['?', '!']) {
            break;
        }
        i += 1;
        if lines.get(i).is_some_and(|l| l.text == title.text) {
            i += 1;
        }
        let summary = lines
            .get(i)
            .filter(|l| !heading_like(l.text) || l.text.ends_with('.'))
            .map(|l| l.text.to_owned());
        if summary.is_some() {
            i += 1;
        }
        c.read_more.push(ReadMore {
            title: title.text.to_owned(),
            summary,
            url: None,
        });
    }
    if !c.read_more.is_empty() {
        notes.push(Note::new(
            lines[0].no,
            "read more: the text has no links; add each story's url",
        ));
    }
    i
}

/// The article-with-photos shape: a card per photo marker.
fn read_photo_article(
    lines: &[Line<'_>],
    start: usize,
    markers: &[usize],
    c: &mut Collection,
    notes: &mut Vec<Note>,
) {
    // Paragraphs and a section heading before a photo open its card.
    let mut pending_body: Vec<String> = Vec::new();
    let mut pending_section: Option<String> = None;
    let mut i = start;
    // The byline and what follows it: a short name after the last paragraph.
    let end = tail_start(lines, *markers.last().unwrap_or(&start));
    while i < end {
        let line = lines[i];
        if markers.contains(&i) {
            let number = photo_marker(line.text).unwrap_or(c.cards.len() as u32 + 1);
            let mut card = Card::draft(number);
            if number != c.cards.len() as u32 + 1 {
                notes.push(Note::new(
                    line.no,
                    format!("photo {number} is out of order"),
                ));
            }
            card.section = pending_section.take();
            card.body = std::mem::take(&mut pending_body);
            if let Some(caption) = lines.get(i + 1).filter(|_| !markers.contains(&(i + 1))) {
                card.photo = Some(photo(caption.text, caption.no, number, notes));
                i += 1;
            }
            c.cards.push(card);
        } else if heading_like(line.text) && lines.get(i + 1).is_some_and(|n| !heading_like(n.text))
        {
            if pending_section.is_some() || !pending_body.is_empty() {
                notes.push(Note::new(
                    line.no,
                    "a section with no photo after it: its text is not placed",
                ));
            }
            pending_section = Some(line.text.to_owned());
            pending_body.clear();
        } else if let (Some(card), None) = (c.cards.last_mut(), &pending_section) {
            card.body.push(line.text.to_owned());
        } else {
            pending_body.push(line.text.to_owned());
        }
        i += 1;
    }
    if pending_section.is_some() || !pending_body.is_empty() {
        notes.push(Note::new(
            lines[end.saturating_sub(1)].no,
            "text after the last photo under a new section heading is not placed",
        ));
    }
    for k in 0..c.cards.len() {
        let line = lines[markers[k]].no;
        headline_from_body(&mut c.cards[k], line, notes);
    }
    read_tail(&lines[end..], c, notes);
}

/// Where the article's text ends: the last byline-like line after the last
/// photo, else the end.
fn tail_start(lines: &[Line<'_>], last_marker: usize) -> usize {
    (last_marker + 1..lines.len())
        .find(|&i| {
            byline_like(lines[i].text) && !lines.get(i + 1).is_some_and(|n| n.text.ends_with('.'))
        })
        .unwrap_or(lines.len())
}

/// The text has no headline for a card: its body's first sentence is
/// used (shortened at a word), and the editor is told.
fn headline_from_body(card: &mut Card, line: usize, notes: &mut Vec<Note>) {
    let from = card
        .body
        .first()
        .cloned()
        .or_else(|| {
            card.photo
                .as_ref()
                .and_then(|p| p.caption.clone())
                .map(|c| split_caption(&c).0)
        })
        .unwrap_or_default();
    card.headline = first_sentence(&from);
    notes.push(Note::new(
        line,
        format!(
            "card {}: the text has no headline; its first sentence is used — edit it",
            card.number()
        ),
    ));
}

/// The first sentence, at most about 110 characters (cut at a word, "…").
fn first_sentence(text: &str) -> String {
    let mut end = text.len();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (k, &(i, ch)) in chars.iter().enumerate() {
        if matches!(ch, '.' | '!' | '?') && chars.get(k + 1).is_none_or(|&(_, n)| n == ' ') {
            end = i + ch.len_utf8();
            break;
        }
    }
    let sentence = text[..end].trim().trim_end_matches('.');
    if sentence.chars().count() <= 110 {
        return sentence.to_owned();
    }
    let cut = sentence
        .char_indices()
        .nth(100)
        .map_or(sentence.len(), |(i, _)| i);
    let at_word = sentence[..cut].rfind(' ').unwrap_or(cut);
    format!("{}…", sentence[..at_word].trim_end_matches([',', ' ']))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::CreditKind;

    fn credit_of(card: &Card) -> (CreditKind, Vec<String>, Option<String>) {
        let caption = card
            .photo
            .as_ref()
            .and_then(|p| p.caption.clone())
            .unwrap_or_default();
        let credit = split_caption(&caption).1.expect("a credit");
        (credit.kind, credit.names, credit.agency)
    }

    #[test]
    fn dates_times_and_date_lines() {
        assert_eq!(
            find_date("06:06 | 31/12/2023").map(|d| (d.2, d.3, d.4)),
            Some((31, 12, 2023))
        );
        assert_eq!(
            find_time("Thế giới 09/02/2024 07:45").map(|t| (t.2, t.3)),
            Some((7, 45))
        );
        assert_eq!(
            date_line("Thế giới 09/02/2024 07:45"),
            Some((
                Some("Thế giới".to_owned()),
                "09/02/2024 07:45".to_owned(),
                Some("2024-02-09T07:45:00+07:00".to_owned())
            ))
        );
        assert_eq!(
            date_line("06:06 | 31/12/2023").map(|d| d.2),
            Some(Some("2023-12-31T06:06:00+07:00".to_owned()))
        );
        assert_eq!(
            date_line(
                "Ngày 23/12, Toà thánh đã công bố việc bổ nhiệm đại diện thường trú đầu tiên."
            ),
            None
        );
    }

    #[test]
    fn markers_headings_bylines_ledes() {
        assert_eq!(photo_marker("Sôi động đối ngoại 2023 - Ảnh 3."), Some(3));
        assert_eq!(photo_marker("Năm 2023 - một năm sôi động"), None);
        assert!(heading_like(
            "Ngoại giao văn hóa đạt được những dấu ấn quan trọng"
        ));
        assert!(!heading_like("Câu này là một đoạn văn."));
        assert!(byline_like("Hồng Nhung"));
        assert!(!byline_like("NỔI BẬT TRANG CHỦ"));
        assert!(!byline_like(
            "Bộ trưởng Ngoại giao Bùi Thanh Sơn phát biểu tại hội nghị"
        ));
        assert_eq!(
            split_lede("(Tổ Quốc) - Năm 2023 là năm bản lề."),
            (
                Some("Tổ Quốc".to_owned()),
                "Năm 2023 là năm bản lề.".to_owned()
            )
        );
        assert_eq!(first_sentence("Ngắn gọn. Câu sau."), "Ngắn gọn");
        assert!(first_sentence(&"từ ".repeat(60)).ends_with('…'));
    }

    /// Seed 000: ten numbered cards with every credit exact, the
    /// collection's kicker, attribution and the read-more list.
    #[test]
    fn seed_000_the_numbered_e_magazine() {
        let text = include_str!("../../../tests/seeds/000_6f810e148873f4f9.txt");
        let Imported {
            collection: c,
            notes,
        } = import(text);
        assert_eq!(c.title, "Dấu ấn đối ngoại năm 2023");
        assert_eq!(c.id, "dau-an-doi-ngoai-nam-2023");
        assert_eq!(c.section.as_deref(), Some("e magazine"));
        assert_eq!(c.dateline.as_deref(), Some("06:06 | 31/12/2023"));
        assert_eq!(c.published.as_deref(), Some("2023-12-31T06:06:00+07:00"));
        assert_eq!(c.kicker.as_deref(), Some("Dấu ấn đối ngoại năm 2023"));
        assert!(c
            .intro
            .as_deref()
            .is_some_and(|i| i.starts_with("Báo Thế giới & Việt Nam bình chọn 10")));
        assert_eq!(c.cards.len(), 10);
        let numbers: Vec<u32> = c.cards.iter().map(Card::number).collect();
        assert_eq!(numbers, (1..=10).collect::<Vec<_>>());
        let credits: Vec<_> = c.cards.iter().map(credit_of).collect();
        let photo = |n: &str| (CreditKind::Photo, vec![n.to_owned()], None);
        let source = |n: &str| (CreditKind::Source, vec![n.to_owned()], None);
        assert_eq!(
            credits,
            [
                photo("Nguyễn Hồng"),
                photo("Tuấn Anh"),
                source("TTXVN"),
                source("TTXVN"),
                source("TTXVN"),
                photo("Tuấn Anh"),
                source("TTXVN"),
                photo("Tuấn Việt"),
                source("Tuổi trẻ"),
                source("Hội đồng giám mục Việt Nam"),
            ]
        );
        // Card 8 has two body paragraphs; every card has at least one.
        assert_eq!(c.cards[7].body.len(), 2);
        assert!(c
            .cards
            .iter()
            .all(|card| !card.body.is_empty() && !card.headline.is_empty()));
        assert_eq!(
            c.attribution.as_deref(),
            Some("Bình chọn của Ban Biên tập Báo Thế giới & Việt Nam")
        );
        assert_eq!(c.read_more.len(), 6);
        assert!(c.read_more.iter().all(|r| r.summary.is_some()));
        assert!(c.read_more[0]
            .title
            .starts_with("Thủ tướng Phạm Minh Chính dự Hội nghị tổng kết"));
        assert!(c.read_more[5]
            .summary
            .as_deref()
            .is_some_and(|s| s.starts_with("Ngày 28/12, tại Trung tâm Đổi mới")));
        // What was not placed: the site's chrome, and the repeated header.
        let said = |line: usize| {
            notes
                .iter()
                .filter(|n| n.line == line)
                .map(|n| n.message.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(said(1), ["not placed: “Back to E-magazine”"]);
        assert_eq!(said(6), ["repeats the header: skipped"]);
        assert!(
            notes
                .iter()
                .all(|n| !n.message.starts_with("not placed") || n.line == 1),
            "{notes:#?}"
        );
    }

    /// Seed 002: five photo cards with sections, credits, source and byline.
    #[test]
    fn seed_002_the_article_with_photos() {
        let text = include_str!("../../../tests/seeds/002_18733defb9b271dd.txt");
        let Imported {
            collection: c,
            notes,
        } = import(text);
        assert_eq!(
            c.title,
            "Sôi động đối ngoại 2023 và những kỳ vọng trong năm 2024"
        );
        assert_eq!(c.section.as_deref(), Some("Thế giới"));
        assert_eq!(c.dateline.as_deref(), Some("09/02/2024 07:45"));
        assert_eq!(c.source.as_ref().map(|s| s.name.as_str()), Some("Tổ Quốc"));
        assert!(c
            .intro
            .as_deref()
            .is_some_and(|i| i.starts_with("Năm 2023 được xem là năm bản lề")));
        assert_eq!(c.byline.as_deref(), Some("Hồng Nhung"));
        assert_eq!(c.cards.len(), 5);
        let sections: Vec<Option<&str>> = c.cards.iter().map(|k| k.section.as_deref()).collect();
        assert_eq!(
            sections,
            [
                Some("Năm 2023: Nhiều dấu ấn đối ngoại nổi bật"),
                None,
                Some("Ngoại giao văn hóa đạt được những dấu ấn quan trọng"),
                None,
                Some("Phát huy sức mạnh đối ngoại năm 2024"),
            ]
        );
        type NamesAndAgency = Option<(Vec<String>, Option<String>)>;
        let captions: Vec<(String, NamesAndAgency)> = c
            .cards
            .iter()
            .map(|k| {
                let (text, credit) = split_caption(
                    k.photo
                        .as_ref()
                        .and_then(|p| p.caption.as_deref())
                        .unwrap_or(""),
                );
                (text, credit.map(|c| (c.names, c.agency)))
            })
            .collect();
        // Credits in parentheses and trailing ("… 12 - 13/12/2023. Ảnh: Hoàng Việt"), exact.
        assert_eq!(captions[0].1, Some((vec!["Hoàng Việt".to_owned()], None)));
        assert_eq!(
            captions[1].1,
            Some((vec!["Trí Dũng".to_owned()], Some("TTXVN".to_owned())))
        );
        assert_eq!(captions[2].1, None);
        assert_eq!(
            captions[3].1,
            Some((vec!["Thu Hà".to_owned()], Some("TTXVN".to_owned())))
        );
        assert_eq!(captions[4].0, "Bộ trưởng Ngoại giao Bùi Thanh Sơn");
        assert!(c.cards.iter().all(|k| !k.body.is_empty()));
        // The first card opens with the paragraph under its section heading.
        assert!(c.cards[0].body[0]
            .starts_with("Trong năm 2023, Việt Nam đã tổ chức thành công 22 chuyến thăm"));
        let unplaced: Vec<&str> = notes
            .iter()
            .filter(|n| n.message.starts_with("not placed"))
            .map(|n| n.message.as_str())
            .collect();
        assert_eq!(
            unplaced,
            [
                "not placed: “• Đường dây nóng”",
                "not placed: “0901.22.33.66 - toasoan@toquoc.gov.vn”",
                "not placed: “• Liên hệ quảng cáo”",
                "not placed: “091.358.6788”",
                "not placed: “NỔI BẬT TRANG CHỦ”",
            ]
        );
    }

    #[test]
    fn text_with_no_cards_says_so_and_places_nothing_silently() {
        let Imported { collection, notes } =
            import("Một tiêu đề bài viết\n\nMột đoạn văn thôi.\nThêm một đoạn nữa.\n");
        assert!(collection.cards.is_empty());
        assert_eq!(collection.title, "Một tiêu đề bài viết");
        assert_eq!(collection.intro.as_deref(), Some("Một đoạn văn thôi."));
        assert_eq!(notes[0], Note::new(0, "no cards found: put each card's number alone on a line, or mark each photo \"… - Ảnh N.\""));
        assert!(notes.contains(&Note::new(4, "not placed: “Thêm một đoạn nữa.”")));
    }
}
