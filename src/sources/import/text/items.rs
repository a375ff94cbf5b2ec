//! Numbered items: the lines that start a card in a listicle or a
//! year-in-review, in the shapes newsrooms write them —
//!
//! | shape | example |
//! |---|---|
//! | number, dot | `1. Europe swelters through its hottest summer` |
//! | number, bracket | `1) Les baleines reviennent` |
//! | "No." and its translations | `No. 1: …`, `Nr. 1: …`, `N° 1 : …`, `Nº 1: …`, `Số 1: …`, `رقم 1: …` |
//! | hash | `#1 …`, `#1: …` |
//! | the number alone | `1`, the headline (or the photo's caption) on the next lines |
//!
//! — counting up from 1, or down to 1 (a countdown). Items are the longest
//! such run in one shape; a line that only looks like one ("30. Dezember
//! 2025", a stray "2025. …") is not part of a run and stays what it is.

/// How an item's number is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    Dot,
    Bracket,
    No,
    Hash,
    Alone,
}

/// An item's first line: its number, its shape, the headline on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Marker<'a> {
    pub number: u32,
    pub shape: Shape,
    pub headline: Option<&'a str>,
}

/// The words that say "number" before one: "No. 1: …" and its kin.
const NUMBER_WORDS: &str = "No.|No|Nr.|Nr|N°|Nº|N.º|Núm.|Número|Numéro|Số|Nummer|رقم|№";

/// Reads a line as an item's first line.
pub fn marker(text: &str) -> Option<Marker<'_>> {
    let digits_end = |s: &str| s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
    let number = |s: &str| -> Option<(u32, usize)> {
        let end = digits_end(s);
        (1..=3)
            .contains(&end)
            .then(|| s[..end].parse().ok().map(|n| (n, end)))
            .flatten()
    };
    fn headline(rest: &str) -> Option<&str> {
        let rest = rest.trim();
        (!rest.is_empty()).then_some(rest)
    }
    // "#1 …", "#1: …"
    if let Some(rest) = text.strip_prefix('#') {
        let (n, end) = number(rest)?;
        let after = rest[end..].strip_prefix(':').unwrap_or(&rest[end..]);
        if !after.starts_with(' ') {
            return None;
        }
        return headline(after).map(|h| Marker {
            number: n,
            shape: Shape::Hash,
            headline: Some(h),
        });
    }
    // "No. 1: …"
    for word in NUMBER_WORDS.split('|') {
        let Some(rest) = text.strip_prefix(word) else {
            continue;
        };
        let rest = rest.trim_start();
        let Some((n, end)) = number(rest) else {
            continue;
        };
        let after = rest[end..].trim_start();
        let Some(after) = after
            .strip_prefix(':')
            .or_else(|| after.strip_prefix(['.', '–', '—', '-']))
        else {
            continue;
        };
        return headline(after).map(|h| Marker {
            number: n,
            shape: Shape::No,
            headline: Some(h),
        });
    }
    let (n, end) = number(text)?;
    let rest = &text[end..];
    if rest.is_empty() {
        return Some(Marker {
            number: n,
            shape: Shape::Alone,
            headline: None,
        });
    }
    let shape = if rest.starts_with(". ") {
        Shape::Dot
    } else if rest.starts_with(") ") {
        Shape::Bracket
    } else {
        return None;
    };
    headline(&rest[2..]).map(|h| Marker {
        number: n,
        shape,
        headline: Some(h),
    })
}

/// The items: indices (into `markers`' lines) of the longest run of one
/// shape counting 1, 2, 3… or down to 1. `markers[i]` is line i's marker,
/// if it has one. Fewer than two: none.
pub fn run(markers: &[Option<Marker<'_>>]) -> Vec<usize> {
    let mut best: Vec<usize> = Vec::new();
    for (start, m) in markers.iter().enumerate() {
        let Some(first) = m else { continue };
        for step in [1i64, -1] {
            // Up from 1, or down from anything to 1.
            if step == 1 && first.number != 1 {
                continue;
            }
            let mut found = vec![start];
            let mut want = i64::from(first.number) + step;
            for (i, m) in markers.iter().enumerate().skip(start + 1) {
                if want < 1 {
                    break;
                }
                if let Some(m) = m.filter(|m| m.shape == first.shape) {
                    if i64::from(m.number) == want {
                        found.push(i);
                        want += step;
                    }
                }
            }
            let complete = step == 1 || want == 0;
            if complete && found.len() >= 2 && found.len() > best.len() {
                best = found;
            }
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shape_and_what_is_not_one() {
        let m = |t| marker(t).map(|m| (m.number, m.shape, m.headline));
        assert_eq!(
            m("1. Europe swelters"),
            Some((1, Shape::Dot, Some("Europe swelters")))
        );
        assert_eq!(
            m("12) Les baleines"),
            Some((12, Shape::Bracket, Some("Les baleines")))
        );
        assert_eq!(
            m("No. 3: Gene therapy"),
            Some((3, Shape::No, Some("Gene therapy")))
        );
        assert_eq!(
            m("N° 1 : Paris accueille"),
            Some((1, Shape::No, Some("Paris accueille")))
        );
        assert_eq!(
            m("Số 2: Khánh thành"),
            Some((2, Shape::No, Some("Khánh thành")))
        );
        assert_eq!(m("رقم 4: افتتاح"), Some((4, Shape::No, Some("افتتاح"))));
        assert_eq!(
            m("#1: Gene therapy"),
            Some((1, Shape::Hash, Some("Gene therapy")))
        );
        assert_eq!(
            m("#2 Chile inaugura"),
            Some((2, Shape::Hash, Some("Chile inaugura")))
        );
        assert_eq!(m("7"), Some((7, Shape::Alone, None)));
        for not in [
            "2025. Ein Jahr",
            "1.5 million people",
            "#hashtag",
            "10:30",
            "Nova 1",
            "1234",
        ] {
            assert_eq!(m(not), None, "{not}");
        }
    }

    #[test]
    fn runs_count_up_from_one_or_down_to_one_in_one_shape() {
        let lines = [
            "30. Dezember 2025",
            "1. Eins",
            "text",
            "2. Zwei",
            "#3 x",
            "3. Drei",
        ];
        let markers: Vec<_> = lines.iter().map(|l| marker(l)).collect();
        assert_eq!(run(&markers), [1, 3, 5]);
        let countdown = ["5) a", "4) b", "3) c", "2) d", "1) e"];
        let markers: Vec<_> = countdown.iter().map(|l| marker(l)).collect();
        assert_eq!(run(&markers), [0, 1, 2, 3, 4]);
        // One item is not a list; nor is a run down that stops short of 1.
        let markers: Vec<_> = ["1. a", "text"].iter().map(|l| marker(l)).collect();
        assert!(run(&markers).is_empty());
        let markers: Vec<_> = ["9. a", "8. b"].iter().map(|l| marker(l)).collect();
        assert!(run(&markers).is_empty());
    }
}
