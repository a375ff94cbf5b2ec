//! Tests of `srcset`, beside the rules they check (moved out of the module to keep it readable in one sitting).

use super::*;

fn urls_and(s: &Srcset) -> Vec<(String, Descriptor)> {
    s.candidates
        .iter()
        .map(|c| (c.url.clone(), c.descriptor.clone()))
        .collect()
}

#[test]
fn commas_inside_urls_stay_in_the_url() {
    let s = Srcset::parse(
        "https://cdn.example/w_480,q_80/a.jpg 480w, https://cdn.example/w_960,q_80/a.jpg 960w",
    );
    assert_eq!(
        urls_and(&s),
        [
            (
                "https://cdn.example/w_480,q_80/a.jpg".into(),
                Descriptor::Width(480)
            ),
            (
                "https://cdn.example/w_960,q_80/a.jpg".into(),
                Descriptor::Width(960)
            ),
        ]
    );
    assert!(s.dropped.is_empty());
    assert_eq!(
        s.to_string(),
        "https://cdn.example/w_480,q_80/a.jpg 480w, https://cdn.example/w_960,q_80/a.jpg 960w"
    );
}

#[test]
fn no_descriptor_trailing_commas_and_extra_whitespace() {
    let s = Srcset::parse("  a.jpg, b.jpg 2x ,\n\tc.jpg\t1.5x,,, d.jpg,,");
    assert_eq!(
        urls_and(&s),
        [
            ("a.jpg".into(), Descriptor::None),
            ("b.jpg".into(), Descriptor::Density("2".into())),
            ("c.jpg".into(), Descriptor::Density("1.5".into())),
            ("d.jpg".into(), Descriptor::None),
        ]
    );
    assert_eq!(s.to_string(), "a.jpg, b.jpg 2x, c.jpg 1.5x, d.jpg");
    assert_eq!(
        Srcset::parse(&s.to_string()),
        s,
        "its text reads back the same"
    );
    // Without whitespace after it, a comma is part of the URL.
    let s = Srcset::parse("a.jpg,b.jpg 2x");
    assert_eq!(
        urls_and(&s),
        [("a.jpg,b.jpg".into(), Descriptor::Density("2".into()))]
    );
}

#[test]
fn invalid_descriptors_drop_only_their_candidate() {
    let s = Srcset::parse(
        "a.jpg 480w 2x, b.jpg 0w, c.jpg -1x, d.jpg big, e.jpg 100h, f.jpg 480w 300h, g.jpg 1e1x, h.jpg .5x, i.jpg 1.x",
    );
    assert_eq!(
        urls_and(&s),
        [
            ("f.jpg".into(), Descriptor::Width(480)),
            ("g.jpg".into(), Descriptor::Density("1e1".into())),
            ("h.jpg".into(), Descriptor::Density(".5".into())),
        ]
    );
    assert_eq!(
        s.dropped,
        [
            "a.jpg 480w 2x",
            "b.jpg 0w",
            "c.jpg -1x",
            "d.jpg big",
            "e.jpg 100h",
            "i.jpg 1.x"
        ]
    );
}

#[test]
fn a_descriptor_ending_in_any_character_is_read_safely() {
    // Found by the fuzz corpus: the last character of a descriptor may be
    // more than one byte.
    let s = Srcset::parse("a.jpg Trí, b.jpg bộ, c.jpg 2x");
    assert_eq!(s.dropped, ["a.jpg Trí", "b.jpg bộ"]);
    assert_eq!(s.candidates.len(), 1);
}

#[test]
fn parentheses_keep_a_descriptor_together() {
    // Future descriptors with spaces and commas in parentheses are one
    // token (and, being unknown, drop the candidate), not a split.
    let s = Srcset::parse("a.jpg foo(1, 2) 2x, b.jpg 1x");
    assert_eq!(
        urls_and(&s),
        [("b.jpg".into(), Descriptor::Density("1".into()))]
    );
    assert_eq!(s.dropped, ["a.jpg foo(1, 2) 2x"]);
}

#[test]
fn a_url_ending_in_a_comma_is_written_so_it_reads_back() {
    let s = Srcset {
        candidates: vec![Candidate {
            url: "odd,".into(),
            descriptor: Descriptor::Width(5),
        }],
        dropped: Vec::new(),
    };
    assert_eq!(s.to_string(), "odd%2C 5w");
    assert_eq!(Srcset::parse(&s.to_string()).candidates[0].url, "odd%2C");
}

#[test]
fn widths_list_only_width_candidates() {
    let s = Srcset::parse("l.jpg 1600w, x.jpg 2x, s.jpg 480w");
    assert_eq!(
        s.widths().collect::<Vec<_>>(),
        [(1600, "l.jpg"), (480, "s.jpg")]
    );
}
