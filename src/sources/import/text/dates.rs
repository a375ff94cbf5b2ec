//! Date lines: the section-and-date line at the top of an article
//! ("WORLD | December 30, 2025", "Politik | 30. Dezember 2025 08:15",
//! "Thế giới 09/02/2024 07:45") — read into `section`, `dateline` and
//! `published`, and never taken for a numbered item ("30. Dezember …").
//!
//! Dates are read in the forms newsrooms print: numeric day/month/year
//! ("31/12/2023"; month/day when the day cannot be a month, "12/31/2023"),
//! ISO ("2025-12-31"), and a month's name with the day before or after it
//! in the languages of `MONTHS` ("Dec. 30, 2025", "30 de
//! diciembre de 2025", "30 ديسمبر 2025"). A time "HH:MM" may follow.

/// The months' names and abbreviations, `|`-separated per month, lower
/// case: English, German, French, Spanish, Portuguese, Italian,
/// Indonesian, Turkish, Dutch, Arabic.
const MONTHS: [&str; 12] = [
    "january|jan|januar|jänner|janvier|janv|enero|janeiro|gennaio|januari|ocak|januari|يناير",
    "february|feb|februar|février|févr|febrero|fevereiro|febbraio|februari|şubat|februari|فبراير",
    "march|mar|märz|mars|marzo|março|maret|mart|maart|مارس",
    "april|apr|avril|abril|aprile|nisan|أبريل|ابريل",
    "may|mai|mayo|maio|maggio|mei|mayıs|مايو",
    "june|jun|juni|juin|junio|junho|giugno|haziran|يونيو",
    "july|jul|juli|juillet|juil|julio|julho|luglio|temmuz|يوليو",
    "august|aug|août|agosto|agustus|ağustos|augustus|أغسطس",
    "september|sep|sept|septembre|septiembre|setiembre|setembro|settembre|eylül|سبتمبر",
    "october|oct|oktober|octobre|octubre|outubro|ottobre|ekim|okt|أكتوبر",
    "november|nov|novembre|noviembre|novembro|kasım|نوفمبر",
    "december|dec|dezember|décembre|déc|diciembre|dezembro|dicembre|desember|aralık|dez|ديسمبر",
];

/// A date found in a line: where it is, and what it says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Found {
    pub start: usize,
    pub end: usize,
    pub day: u32,
    pub month: u32,
    pub year: u32,
}

/// What a date line gives the collection.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DateLine {
    /// What precedes the date ("WORLD"), without its separator.
    pub section: Option<String>,
    /// The date (and time) as written.
    pub dateline: String,
    /// ISO 8601: the date; with the time and +07:00 where the text is
    /// Vietnamese (read as Vietnam time, and said in a note).
    pub published: Option<String>,
    /// Whether `published` took a time zone on trust.
    pub zone_guessed: bool,
}

/// A section and date line; `vietnam_time`: a time with it is read as
/// UTC+7 (the Vietnamese seeds' convention). Not a date line: a sentence
/// that mentions a date (more than a short section name before it).
pub fn date_line(text: &str, vietnam_time: bool) -> Option<DateLine> {
    if text.len() > 80 {
        return None;
    }
    let d = find_date(text)?;
    let time = find_time(text);
    let start = time.map_or(d.start, |(ts, ..)| ts.min(d.start));
    let before = text[..start]
        .trim()
        .trim_end_matches(['|', '·', '–', '—', '-', ','])
        .trim();
    if before.split_whitespace().count() > 4 {
        return None;
    }
    let end = time.map_or(d.end, |(_, te, ..)| te.max(d.end));
    if !text[end..].trim().is_empty() {
        return None;
    }
    let date = format!("{:04}-{:02}-{:02}", d.year, d.month, d.day);
    let zone_guessed = vietnam_time && time.is_some();
    let published = match time {
        Some((_, _, h, min)) if vietnam_time => format!("{date}T{h:02}:{min:02}:00+07:00"),
        _ => date,
    };
    Some(DateLine {
        section: (!before.is_empty()).then(|| before.to_owned()),
        dateline: text[start..end].trim().to_owned(),
        published: Some(published),
        zone_guessed,
    })
}

/// The first date in a line, numeric, ISO or with a month's name.
pub fn find_date(text: &str) -> Option<Found> {
    [numeric(text), named(text)]
        .into_iter()
        .flatten()
        .min_by_key(|f| f.start)
}

/// The digits starting at byte `i` (at most `max`): their value and end.
fn digits(b: &[u8], i: usize, max: usize) -> Option<(u32, usize)> {
    let mut end = i;
    let mut v = 0u32;
    while end < b.len() && b[end].is_ascii_digit() && end - i < max {
        v = v * 10 + u32::from(b[end] - b'0');
        end += 1;
    }
    (end > i && !b.get(end).is_some_and(u8::is_ascii_digit)).then_some((v, end))
}

/// "31/12/2023", "12/31/2023" (US, when the day cannot be a month),
/// "2025-12-31".
fn numeric(text: &str) -> Option<Found> {
    let b = text.as_bytes();
    (0..b.len()).find_map(|start| {
        if start > 0 && b[start - 1].is_ascii_digit() {
            return None;
        }
        let (first, e1) = digits(b, start, 4)?;
        let sep = *b.get(e1)?;
        if sep != b'/' && sep != b'-' && sep != b'.' {
            return None;
        }
        let (second, e2) = digits(b, e1 + 1, 2)?;
        if b.get(e2) != Some(&sep) {
            return None;
        }
        let (third, end) = digits(b, e2 + 1, 4)?;
        let (day, month, year) = if e1 - start == 4 && sep == b'-' {
            (third, second, first)
        } else if end - e2 - 1 == 4 && e1 - start <= 2 {
            if second > 12 && first <= 12 {
                (second, first, third)
            } else {
                (first, second, third)
            }
        } else {
            return None;
        };
        ((1..=31).contains(&day) && (1..=12).contains(&month)).then_some(Found {
            start,
            end,
            day,
            month,
            year,
        })
    })
}

/// "December 30, 2025", "Dec. 30, 2025", "30 December 2025",
/// "30. Dezember 2025", "30 de diciembre de 2025", "30 ديسمبر 2025".
fn named(text: &str) -> Option<Found> {
    // Words with their byte ranges, trimmed of "." and ",".
    let mut words: Vec<(usize, usize, String)> = Vec::new();
    let mut at = 0;
    for word in text.split(' ') {
        let start = at;
        at += word.len() + 1;
        let trimmed = word.trim_end_matches([',', '.']);
        if !trimmed.is_empty() {
            words.push((start, start + trimmed.len(), trimmed.to_lowercase()));
        }
    }
    let number = |w: &str, len: std::ops::RangeInclusive<usize>| {
        (len.contains(&w.len()) && w.bytes().all(|c| c.is_ascii_digit()))
            .then(|| w.parse::<u32>().ok())
            .flatten()
    };
    let skip_de = |k: usize| match words.get(k) {
        Some((.., w)) if w == "de" => k + 1,
        _ => k,
    };
    for (m, (ms, _, word)) in words.iter().enumerate() {
        let Some(month) = MONTHS
            .iter()
            .position(|names| names.split('|').any(|n| n == word))
        else {
            continue;
        };
        let month = month as u32 + 1;
        // The day before ("30 December", "30. Dezember", "30 de diciembre") …
        let before = m
            .checked_sub(1)
            .and_then(|k| {
                if words[k].2 == "de" {
                    k.checked_sub(1)
                } else {
                    Some(k)
                }
            })
            .and_then(|k| number(&words[k].2, 1..=2).map(|d| (k, d)));
        // … or after ("December 30, 2025").
        let (start, day, year_at) = match before {
            Some((k, day)) => (words[k].0, day, skip_de(m + 1)),
            None => match words.get(m + 1).and_then(|w| number(&w.2, 1..=2)) {
                Some(day) => (*ms, day, m + 2),
                None => continue,
            },
        };
        let Some((_, end, year)) = words
            .get(year_at)
            .and_then(|w| number(&w.2, 4..=4).map(|y| (w.0, w.1, y)))
        else {
            continue;
        };
        if (1..=31).contains(&day) {
            return Some(Found {
                start,
                end,
                day,
                month,
                year,
            });
        }
    }
    None
}

/// A time "06:06" in a line: (start, end, hour, minute).
pub fn find_time(text: &str) -> Option<(usize, usize, u32, u32)> {
    let b = text.as_bytes();
    (0..b.len()).find_map(|i| {
        if i > 0 && b[i - 1].is_ascii_digit() {
            return None;
        }
        let (h, he) = digits(b, i, 2)?;
        if b.get(he) != Some(&b':') {
            return None;
        }
        let (m, end) = digits(b, he + 1, 2)?;
        (end - he == 3 && h < 24 && m < 60).then_some((i, end, h, m))
    })
}

#[cfg(test)]
mod tests;
