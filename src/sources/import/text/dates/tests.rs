//! Tests of `dates`, beside the rules they check (moved out of the module to keep it readable in one sitting).

use super::*;

fn read(text: &str) -> Option<(Option<String>, String, Option<String>)> {
    date_line(text, false).map(|d| (d.section, d.dateline, d.published))
}

#[test]
fn the_forms_newsrooms_print() {
    let cases = [
        (
            "WORLD | December 30, 2025",
            Some("WORLD"),
            "December 30, 2025",
            "2025-12-30",
        ),
        (
            "Sports · Dec. 29, 2025 18:40",
            Some("Sports"),
            "Dec. 29, 2025 18:40",
            "2025-12-29",
        ),
        (
            "Science – 30 December 2025",
            Some("Science"),
            "30 December 2025",
            "2025-12-30",
        ),
        (
            "Politik | 30. Dezember 2025 08:15",
            Some("Politik"),
            "30. Dezember 2025 08:15",
            "2025-12-30",
        ),
        (
            "International · 30 décembre 2025",
            Some("International"),
            "30 décembre 2025",
            "2025-12-30",
        ),
        (
            "Internacional | 30 de diciembre de 2025",
            Some("Internacional"),
            "30 de diciembre de 2025",
            "2025-12-30",
        ),
        (
            "Nasional | 30 Desember 2025 09:00",
            Some("Nasional"),
            "30 Desember 2025 09:00",
            "2025-12-30",
        ),
        (
            "دولي | 30 ديسمبر 2025",
            Some("دولي"),
            "30 ديسمبر 2025",
            "2025-12-30",
        ),
        ("2025-12-31", None, "2025-12-31", "2025-12-31"),
        (
            "Planète | 28/12/2025 10:05",
            Some("Planète"),
            "28/12/2025 10:05",
            "2025-12-28",
        ),
        ("12/31/2025", None, "12/31/2025", "2025-12-31"),
        (
            "Wirtschaft - 29. Dezember 2025",
            Some("Wirtschaft"),
            "29. Dezember 2025",
            "2025-12-29",
        ),
    ];
    for (line, section, dateline, published) in cases {
        assert_eq!(
            read(line),
            Some((
                section.map(str::to_owned),
                dateline.to_owned(),
                Some(published.to_owned())
            )),
            "{line}"
        );
    }
    // Vietnamese: the time is read as Vietnam time (and said).
    let vi = date_line("06:06 | 31/12/2023", true).expect("a date line");
    assert_eq!(vi.published.as_deref(), Some("2023-12-31T06:06:00+07:00"));
    assert!(vi.zone_guessed);
    // Sentences with dates, and numbered items, are not date lines.
    for line in [
        "Ngày 23/12, Toà thánh đã công bố việc bổ nhiệm đại diện thường trú đầu tiên.",
        "1. Europe swelters through its hottest summer on record",
        "Tourists cool off in a fountain in Rome, Italy, on July 14, 2025. (AP Photo/Marco Bellini)",
        "30. Dezember: Das Jahr geht zu Ende",
    ] {
        assert_eq!(read(line), None, "{line}");
    }
}
