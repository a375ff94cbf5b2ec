//! Article text as it comes out of a CMS or is copied from a page: no
//! markup, one paragraph per line. The shapes a newsroom turns into
//! highlight cards are read:
//!
//! - **numbered items** ([`items`]): "1. …", "1) …", "No. 1: …" (and its
//!   translations), "#1 …", or the number alone on a line, counting up or
//!   down (a countdown); each item's headline on its number's line or the
//!   next, a photo caption recognised by its credit ("… (AP Photo/Jane
//!   Doe)", "… Foto: dpa", "… (Ảnh: Nguyễn Hồng)", in every convention
//!   [`split_caption`] knows) before or after the headline, then body
//!   paragraphs — the Vietnamese e-magazine seed is one (a number alone, the
//!   same kicker line on every card, the caption, the body);
//! - **an article with photos**: each photo's marker line ("… - Ảnh 3.")
//!   starts a card, the next line is its caption; section headings and body
//!   paragraphs between photos; a byline at the end (the other seed).
//!
//! Both start with a header: site chrome, a section and date line
//! (`dates.rs`; never an item), the title, a byline ("By …", "Von …",
//! "Par …", "Por …", "Oleh …", "بقلم …", "Theo …"), the lede ("(Tổ Quốc) -
//! …" names the source). After the cards: an attribution in parentheses, a
//! byline, a read-more list ("Read more", "Lesen Sie auch", "À lire aussi",
//! "Lee también", "Baca juga", "اقرأ أيضا", "Đọc thêm"…; each title, then
//! its link or a one-sentence summary). The collection's `language` comes
//! from the text ([`lang`]) unless the caller gives it.
//!
//! What the text does not have is made up only where the format needs it,
//! and said: a card's headline is its body's first sentence, a photo has no
//! URL yet, a caption without a credit found by its place. Every line not
//! used is a [`Note`] with its line number.
//!
//! One file: the header and the photo-marked article, and the line rules
//! they share; numbered items, dates and language are files of their own.

mod dates;
pub mod items;
pub mod lang;
mod numbered;

use super::{excerpt, is_read_more, slug, Imported, Note};
use crate::model::credit::split_caption;
use crate::model::{Card, Collection, Photo, ReadMore, Source};

/// One non-empty line: its 1-based number and trimmed text.
#[derive(Clone, Copy)]
struct Line<'a> {
    no: usize,
    text: &'a str,
}

/// Reads article text; see the module documentation. The language is
/// detected; [`import_in`] takes it from the caller.
pub fn import(input: &str) -> Imported {
    import_in(input, None)
}

/// Each line's item marker ("1.", "No. 1:", "#1" …), if it has one. Date
/// lines are never items ("30. Dezember 2025").
fn item_markers<'a>(lines: &[Line<'a>]) -> Vec<Option<items::Marker<'a>>> {
    lines
        .iter()
        .map(|l| {
            dates::date_line(l.text, false)
                .is_none()
                .then(|| items::marker(l.text))
                .flatten()
        })
        .collect()
}

/// The note that says where the collection's language came from: `given`,
/// else `detected`, else the one `kept`.
fn language_note(given: Option<&str>, detected: Option<&str>, kept: &str) -> Note {
    Note::new(
        0,
        match (given, detected) {
            (Some(_), _) => format!("language: “{kept}”, as given"),
            (None, Some(l)) => format!(
                "language: “{l}”, detected from the text (its script and common words); if that is wrong, set it (--lang, or the language field)"
            ),
            (None, None) => format!(
                "language: not clear from the text, “{kept}” kept; set it (--lang, or the language field)"
            ),
        },
    )
}

/// Reads article text in `language` (a BCP 47 tag), or in the language
/// detected from it when `None`.
pub fn import_in(input: &str, language: Option<&str>) -> Imported {
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
    let detected = language.is_none().then(|| lang::detect(input)).flatten();
    if let Some(language) = language.or(detected) {
        collection.language = language.to_owned();
    }
    let vietnam_time = collection.language == "vi";
    let photo_markers: Vec<usize> = (0..lines.len())
        .filter(|&i| photo_marker(lines[i].text).is_some())
        .collect();
    let markers = item_markers(&lines);
    let numbers = items::run(&markers);
    let first_card = if !photo_markers.is_empty() {
        photo_markers[0]
    } else if numbers.len() >= 2 {
        numbers[0]
    } else {
        lines.len()
    };
    let body_start = read_header(
        &lines[..first_card],
        vietnam_time,
        &mut collection,
        &mut notes,
    );
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
        numbered::read(&lines, &numbers, &markers, &mut collection, &mut notes);
    } else {
        for line in &lines[body_start..] {
            notes.push(not_placed(line));
        }
        notes.push(Note::new(
            0,
            "no cards found: number each card (“1. …”, “1) …”, “No. 1: …”, “#1 …”, or the number alone on a line), or mark each photo “… - Ảnh N.”",
        ));
    }
    if collection.title.is_empty() {
        notes.push(Note::new(0, "no title found: add one"));
    }
    collection.id = slug(&collection.title);
    notes.push(language_note(language, detected, &collection.language));
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

/// The words that introduce a byline ("By Jane Doe"), `|`-separated.
const BY: &str = "By |Von |Par |Por |Oleh |بقلم |Theo |Di |Door |Av |Autor: |Author: ";

/// A byline with its word ("By Jane Doe and Ravi Patel", "Von Anna
/// Berger", "بقلم سارة الخطيب"): the names, as written. Not a sentence
/// that happens to start with the word ("Por primera vez, …").
fn byline_of(text: &str) -> Option<&str> {
    let names = BY.split('|').find_map(|by| text.strip_prefix(by))?.trim();
    let words = names.split_whitespace().count();
    ((1..=10).contains(&words)
        && !names.ends_with(['.', '!', '?', ':', ';', ','])
        && names.chars().next().is_some_and(|c| !c.is_lowercase()))
    .then_some(names)
}

/// A heading-like line that is not a byline: a title or a headline.
fn title_like(text: &str) -> bool {
    heading_like(text) && byline_of(text).is_none()
}

/// The header: chrome, section and date line, title, byline, lede.
/// Returns the index of the first line after it.
fn read_header(
    lines: &[Line<'_>],
    vietnam_time: bool,
    c: &mut Collection,
    notes: &mut Vec<Note>,
) -> usize {
    let dated = lines
        .iter()
        .enumerate()
        .find_map(|(i, l)| Some((i, dates::date_line(l.text, vietnam_time)?)));
    let Some((d, found)) = dated else {
        // No date line: the first heading-like line is the title.
        let Some(t) = lines.iter().position(|l| title_like(l.text)) else {
            return 0;
        };
        for line in &lines[..t] {
            notes.push(not_placed(line));
        }
        c.title = lines[t].text.to_owned();
        return t + 1 + read_intro(&lines[t + 1..], c, notes);
    };
    c.dateline = Some(found.dateline);
    c.published = found.published;
    if found.zone_guessed {
        notes.push(Note::new(
            lines[d].no,
            "published: the date line read as Vietnam time (UTC+7); check it",
        ));
    }
    // The title follows the date line (e-magazine) or precedes it (article).
    let after = lines.get(d + 1).filter(|l| title_like(l.text));
    let (title, chrome_end) = match after {
        Some(t) => (Some((d + 1, *t)), d),
        None => match d.checked_sub(1).map(|i| (i, lines[i])) {
            Some((i, t)) if title_like(t.text) => (Some((i, t)), i),
            _ => (None, d),
        },
    };
    let mut section = found.section;
    let mut chrome_end = chrome_end;
    let above = d.checked_sub(1).map(|i| lines[i].text);
    if let Some(above) = above.filter(|a| {
        section.is_none()
            && after.is_some()
            && a.chars().count() <= 30
            && !a.contains(['›', '»', '>', '/', '|'])
    }) {
        // "e magazine" just above "06:06 | 31/12/2023" (not a breadcrumb
        // "Home › World", which is the site's chrome).
        section = Some(above.to_owned());
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

/// The byline and lede after the title, skipping what repeats the header;
/// "(Tổ Quốc) - …" gives the source. Returns how many lines it used.
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
        } else if let Some(names) = byline_of(line.text).filter(|_| c.byline.is_none()) {
            c.byline = Some(names.to_owned());
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

/// An attribution: a line in parentheses that is not a credit.
fn is_attribution(text: &str) -> bool {
    text.starts_with('(') && text.ends_with(')') && split_caption(text).1.is_none()
}

/// Where the cards end and the article's tail begins: an attribution, a
/// read-more heading, a byline with its word, a copyright line.
fn ends_cards(text: &str) -> bool {
    is_attribution(text) || is_read_more(text) || byline_of(text).is_some() || text.starts_with('©')
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
        } else if let Some(names) = byline_of(line.text).filter(|_| c.byline.is_none()) {
            c.byline = Some(names.to_owned());
        } else if c.byline.is_none() && byline_like(line.text) {
            c.byline = Some(line.text.to_owned());
        } else {
            notes.push(not_placed(&line));
        }
        i += 1;
    }
}

/// A line that is only a link.
fn is_url(text: &str) -> bool {
    (text.starts_with("https://") || text.starts_with("http://")) && !text.contains(' ')
}

/// The read-more list: each title (often repeated), then its link or a
/// summary. A copied list of links is one block: after a link, a blank
/// line ends it (what follows is the page's footer). Returns lines used.
fn read_more(lines: &[Line<'_>], c: &mut Collection, notes: &mut Vec<Note>) -> usize {
    let mut i = 0;
    let mut linked = 0;
    while i < lines.len() {
        let title = lines[i];
        let after_link = i > 0 && is_url(lines[i - 1].text) && title.no > lines[i - 1].no + 1;
        if after_link
            || title.text.starts_with('©')
            || (!heading_like(title.text) && !title.text.ends_with(['?', '!', '؟']))
        {
            break;
        }
        i += 1;
        if lines.get(i).is_some_and(|l| l.text == title.text) {
            i += 1;
        }
        let url = lines
            .get(i)
            .filter(|l| is_url(l.text))
            .map(|l| l.text.to_owned());
        let summary = if url.is_some() {
            None
        } else {
            lines
                .get(i)
                .filter(|l| !heading_like(l.text) || l.text.ends_with('.'))
                .filter(|l| !l.text.starts_with('©'))
                .map(|l| l.text.to_owned())
        };
        if url.is_some() || summary.is_some() {
            i += 1;
        }
        linked += usize::from(url.is_some());
        c.read_more.push(ReadMore {
            title: title.text.to_owned(),
            summary,
            url,
        });
    }
    let n = c.read_more.len();
    if linked < n {
        notes.push(Note::new(
            lines[0].no,
            if linked == 0 {
                "read more: the text has no links; add each story's url".to_owned()
            } else {
                format!(
                    "read more: {} of {n} stories have no link; add their url",
                    n - linked
                )
            },
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
mod tests;
