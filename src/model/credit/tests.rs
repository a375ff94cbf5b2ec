//! Tests of `credit`, beside the rules they check (moved out of the module to keep it readable in one sitting).

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
