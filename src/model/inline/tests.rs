//! Tests of `inline`, beside the rules they check (moved out of the module to keep it readable in one sitting).

use super::Inline::*;
use super::*;

fn t(s: &str) -> Inline {
    Text(s.to_owned())
}

#[test]
fn plain_text_stays_text() {
    for s in [
        "Không có định dạng.",
        "2 * 3 * 4 = 24",
        "snake_case_name và file_v2_final.pdf",
        "https://drive.example.com/file/d/1AbC_dEf_GhI/view?usp=sharing",
        "<b>không phải thẻ HTML</b>",
        "a [link without destination] here",
        "** not strong **",
        "",
    ] {
        assert_eq!(
            parse(s),
            if s.is_empty() { vec![] } else { vec![t(s)] },
            "{s}"
        );
    }
}

#[test]
fn emphasis_strong_and_links() {
    assert_eq!(
        parse("Theo **TTXVN**, hội nghị *rất* thành công."),
        vec![
            t("Theo "),
            Strong(vec![t("TTXVN")]),
            t(", hội nghị "),
            Emphasis(vec![t("rất")]),
            t(" thành công."),
        ]
    );
    assert_eq!(parse("_nghiêng_"), vec![Emphasis(vec![t("nghiêng")])]);
    assert_eq!(
        parse("Xem [toàn văn *tuyên bố*](https://example.com/a_(b)) tại đây."),
        vec![
            t("Xem "),
            Link {
                href: "https://example.com/a_(b)".into(),
                children: vec![t("toàn văn "), Emphasis(vec![t("tuyên bố")])],
            },
            t(" tại đây."),
        ]
    );
    assert_eq!(
        parse("Nguồn: <https://baoquocte.vn/x_y_z>."),
        vec![
            t("Nguồn: "),
            Link {
                href: "https://baoquocte.vn/x_y_z".into(),
                children: vec![t("https://baoquocte.vn/x_y_z")],
            },
            t("."),
        ]
    );
    assert_eq!(
        parse("***cả hai***"),
        vec![Emphasis(vec![Strong(vec![t("cả hai")])])]
    );
    assert_eq!(
        parse(r"\*không\* nghiêng, \[không\](link)"),
        vec![t("*không* nghiêng, [không](link)")]
    );
    // Delimiters inside a link's destination belong to the link.
    assert_eq!(
        parse("*a [b](https://x.test/*) c*"),
        vec![Emphasis(vec![
            t("a "),
            Link {
                href: "https://x.test/*".into(),
                children: vec![t("b")]
            },
            t(" c"),
        ])]
    );
}

#[test]
fn source_round_trips() {
    let nodes = vec![
        t("Lead * with [brackets] and _under_scores\\ "),
        Strong(vec![Emphasis(vec![t("both")]), t(" kinds")]),
        t(" "),
        Emphasis(vec![t(" spaced ")]),
        Link {
            href: "https://x.test/a b<c>".into(),
            children: vec![t("link "), Strong(vec![t("bold")])],
        },
        Strong(vec![t("end")]),
    ];
    let source = to_source(&nodes);
    let again = parse(&source);
    assert_eq!(plain_text(&again), plain_text(&nodes), "{source}");
    assert_eq!(to_source(&again), source);
    assert_eq!(
        again,
        merge_text(vec![
            t("Lead * with [brackets] and _under_scores\\ "),
            Strong(vec![Emphasis(vec![t("both")]), t(" kinds")]),
            t("  "),
            Emphasis(vec![t("spaced")]),
            t(" "),
            Link {
                href: "https://x.test/a b<c>".into(),
                children: vec![t("link "), Strong(vec![t("bold")])],
            },
            Strong(vec![t("end")]),
        ])
    );
}

#[test]
fn links_can_be_dropped_keeping_their_text() {
    let nodes = parse("a [b](javascript:alert(1)) [c](https://ok.test) d");
    let kept = retain_links(nodes, &mut |h: &mut String| h.starts_with("https:"));
    assert_eq!(
        kept,
        vec![
            t("a b "),
            Link {
                href: "https://ok.test".into(),
                children: vec![t("c")]
            },
            t(" d"),
        ]
    );
}
