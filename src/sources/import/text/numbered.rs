//! The numbered shapes' cards (see [`items`](super::items)): each item's
//! headline, photo caption and body, then the article's tail.

use super::items::{Marker, Shape};
use super::{
    ends_cards, heading_like, headline_from_body, photo, read_tail, title_like, Line, Note,
};
use crate::model::credit::split_caption;
use crate::model::{Card, Collection};

/// One card as read, with where its parts were.
struct Read {
    card: Card,
    /// Index (into the lines) of its headline: the heading-like line taken, else its number's.
    headline_at: Option<usize>,
    /// Index of its caption, when it has one.
    caption_at: Option<usize>,
    /// Index of each body paragraph.
    body_at: Vec<usize>,
}

/// Reads the cards that start at `numbers` (indices into `lines`, whose
/// `markers` say how each is numbered), then the tail after the last.
pub(super) fn read(
    lines: &[Line<'_>],
    numbers: &[usize],
    markers: &[Option<Marker<'_>>],
    c: &mut Collection,
    notes: &mut Vec<Note>,
) {
    let last = *numbers.last().unwrap_or(&0);
    let tail = (last + 1..lines.len())
        .find(|&i| ends_cards(lines[i].text))
        .unwrap_or(lines.len());
    let alone = markers[numbers[0]].is_some_and(|m| m.shape == Shape::Alone);
    // The e-magazine seed: the same short line after every number is the
    // collection's kicker, and the cards' headlines are not in the text.
    let firsts: Vec<Option<&str>> = numbers
        .iter()
        .map(|&i| lines.get(i + 1).map(|l| l.text))
        .collect();
    let kicker = firsts[0].filter(|k| {
        alone
            && firsts.iter().all(|f| f == &Some(*k))
            && heading_like(k)
            && split_caption(k).1.is_none()
    });
    c.kicker = kicker.map(str::to_owned);
    let mut cards = Vec::new();
    for (k, &start) in numbers.iter().enumerate() {
        let end = numbers.get(k + 1).copied().unwrap_or(tail);
        let marker = markers[start].expect("a run holds markers");
        let from = start + 1 + usize::from(kicker.is_some());
        cards.push(read_card(lines, start, from..end, marker, kicker.is_some()));
    }
    guess_captions(lines, &mut cards, notes);
    for mut read in cards {
        let number = read.card.number();
        if let Some(at) = read.caption_at {
            let caption = lines[at].text;
            read.card.photo = Some(photo(caption, lines[at].no, number, notes));
        }
        if read.card.headline.is_empty() {
            let line = lines[read.headline_at.unwrap_or(0)].no;
            headline_from_body(&mut read.card, line, notes);
        }
        c.cards.push(read.card);
    }
    read_tail(&lines[tail..], c, notes);
}

/// One card: the headline on its number's line or the first heading-like
/// line (before or after the caption), the first line with a credit before
/// any body paragraph as the caption, the rest as body.
fn read_card(
    lines: &[Line<'_>],
    start: usize,
    content: std::ops::Range<usize>,
    marker: Marker<'_>,
    headline_elsewhere: bool,
) -> Read {
    let mut read = Read {
        headline_at: Some(start),
        caption_at: None,
        body_at: Vec::new(),
        card: Card::draft(marker.number),
    };
    let card = &mut read.card;
    if let Some(headline) = marker.headline {
        card.headline = headline.to_owned();
    }
    for i in content {
        let text = lines[i].text;
        let credited = split_caption(text).1.is_some();
        if read.caption_at.is_none() && card.body.is_empty() && credited {
            read.caption_at = Some(i);
        } else if card.headline.is_empty() && !headline_elsewhere && title_like(text) && !credited {
            card.headline = text.to_owned();
            read.headline_at = Some(i);
        } else {
            card.body.push(text.to_owned());
            read.body_at.push(i);
        }
    }
    read
}

/// A card with no credited caption, in a text whose cards mostly have one
/// right after the headline, with a paragraph more than they have, the
/// first of which names a date as wire captions do ("… in Kalamos,
/// Greece, on Aug. 9, 2025."): that paragraph is taken for the caption —
/// a guess, said in a note.
fn guess_captions(lines: &[Line<'_>], cards: &mut [Read], notes: &mut Vec<Note>) {
    let right_after = |r: &Read| {
        r.headline_at
            .zip(r.body_at.first().copied().or(r.caption_at))
            .is_some_and(|(h, next)| next == h + 1)
    };
    let captioned: Vec<usize> = cards
        .iter()
        .filter(|r| {
            r.caption_at
                .is_some_and(|c| r.headline_at.is_some_and(|h| c == h + 1))
        })
        .map(|r| r.card.body.len())
        .collect();
    if captioned.len() * 2 < cards.len() {
        return;
    }
    let mut lengths = captioned.clone();
    lengths.sort_unstable();
    let usual = lengths[lengths.len() / 2];
    for read in cards.iter_mut() {
        let dated = read
            .body_at
            .first()
            .is_some_and(|&at| super::dates::find_date(lines[at].text).is_some());
        if read.caption_at.is_some()
            || read.card.body.len() <= usual
            || !right_after(read)
            || !dated
        {
            continue;
        }
        let at = read.body_at.remove(0);
        read.card.body.remove(0);
        read.caption_at = Some(at);
        notes.push(Note::new(
            lines[at].no,
            format!(
                "card {}: read as the photo's caption by its place (after the headline, as in the other cards), though it names no credit; check it and add the credit",
                read.card.number()
            ),
        ));
    }
}
