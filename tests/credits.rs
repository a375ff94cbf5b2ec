//! Credits as the world writes them: a table of caption endings, each with
//! the caption text it leaves and the credit it must give (label as written,
//! people, agency, distributor "via", publication "for").
//!
//! Every line is written for this test in our own words; the shapes follow
//! the published conventions of each agency and paper (public sources):
//!
//! - AP: "(AP Photo/Name)", "(AP Photo/Name, File)" — the AP Stylebook's
//!   photo credit style and AP's published captions.
//! - Reuters: "REUTERS/Name" ending the caption, and "Name/Reuters" in
//!   papers that carry it — Reuters Pictures' published captions, the
//!   Reuters Handbook of Journalism.
//! - AFP: "(Photo by Name / AFP)", "Name/AFP via Getty Images" — AFP's
//!   published captions and Getty Images' credit lines for AFP pictures.
//! - Getty Images: "Name/Getty Images", "Photo by Name/Getty Images" —
//!   Getty Images' editorial credit-line requirement.
//! - The Guardian: "Photograph: Name/Agency", "Photograph: Name/AFP via Getty
//!   Images" — the Guardian and Observer style guide, "picture credits".
//! - The New York Times: "Credit: Name for The New York Times",
//!   "Credit: Name/Agency" — the Times's published captions.
//! - EPA-EFE: "EPA-EFE/NAME" — EPA's published captions.
//! - Xinhua: "(Xinhua/Name)", "新华社记者 姓名 摄" — Xinhua's English and
//!   Chinese published captions.
//! - Kyodo: "(Kyodo)", "（共同）" — Kyodo News's English and Japanese
//!   captions.
//! - Yonhap: "(Yonhap)", "(사진=연합뉴스)" — Yonhap's English and Korean
//!   captions.
//! - TTXVN (VNA): "(Ảnh: Name/TTXVN)", "(Nguồn: TTXVN)" — Vietnam News
//!   Agency and the Vietnamese press (the seed articles of this project).
//! - dpa and the German press: "Foto: Name/dpa"; EFE and the Spanish press:
//!   "Foto: EFE/Name"; the French press: "Photo : Name / AFP"; the Russian
//!   press: "Фото: Name/ТАСС"; the Arabic press: "(تصوير: …)", "المصدر: …";
//!   the Hebrew press: "צילום: …"; the Turkish press: "Fotoğraf: AA";
//!   the Indian press: "फोटो: पीटीआई" — each one's published captions.

use highlight_cards::model::credit::{split_caption, Credit, CreditKind};

use CreditKind::{Photo as P, Source as S};

/// (convention, language, caption, caption text left, kind, label, names,
/// agency, via, for). `None` as the kind: no credit, the caption stays.
type Line = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    Option<CreditKind>,
    Option<&'static str>,
    &'static [&'static str],
    Option<&'static str>,
    Option<&'static str>,
    Option<&'static str>,
);

const TABLE: &[Line] = &[
    // AP
    ("AP", "en", "Firefighters hose down a warehouse in Ohio. (AP Photo/Evan Vucci)", "Firefighters hose down a warehouse in Ohio.", Some(P), Some("AP Photo"), &["Evan Vucci"], Some("AP"), None, None),
    ("AP", "en", "Voters line up before dawn in Atlanta. (AP Photo/John Smith, File)", "Voters line up before dawn in Atlanta.", Some(P), Some("AP Photo"), &["John Smith"], Some("AP"), None, None),
    ("AP", "en", "A rainbow over the harbour. (AP Photo)", "A rainbow over the harbour.", Some(P), Some("AP Photo"), &[], Some("AP"), None, None),
    ("AP", "en", "Students march through the campus on Friday. (AP Photo/Maria Lopez and Ken Ito)", "Students march through the campus on Friday.", Some(P), Some("AP Photo"), &["Maria Lopez", "Ken Ito"], Some("AP"), None, None),
    ("AP", "en", "The bridge after the storm. AP Photo/Lee Jin", "The bridge after the storm.", Some(P), Some("AP Photo"), &["Lee Jin"], Some("AP"), None, None),
    ("AP", "en", "Crowds fill the square. (Photo: AP)", "Crowds fill the square.", Some(P), Some("Photo"), &[], Some("AP"), None, None),
    ("AP", "en", "The same stretch of coast in 2019. (File photo: AP)", "The same stretch of coast in 2019.", Some(P), Some("File photo"), &[], Some("AP"), None, None),
    // Reuters
    ("Reuters", "en", "A trader works on the floor of the exchange in New York. REUTERS/Carlos Barria", "A trader works on the floor of the exchange in New York.", Some(P), None, &["Carlos Barria"], Some("REUTERS"), None, None),
    ("Reuters", "en", "Smoke rises over the hills near the border. REUTERS/Ammar Awad", "Smoke rises over the hills near the border.", Some(P), None, &["Ammar Awad"], Some("REUTERS"), None, None),
    ("Reuters", "en", "The new bridge lit up at night. (Jane Doe/Reuters)", "The new bridge lit up at night.", Some(P), None, &["Jane Doe"], Some("Reuters"), None, None),
    ("Reuters", "en", "Rescue teams search the rubble. Photo: Reuters/Jane Doe", "Rescue teams search the rubble.", Some(P), Some("Photo"), &["Jane Doe"], Some("Reuters"), None, None),
    ("Reuters", "en", "Ministers meet in Brussels. (Photo: Reuters)", "Ministers meet in Brussels.", Some(P), Some("Photo"), &[], Some("Reuters"), None, None),
    ("Reuters", "en", "Fishing boats return at dawn. (REUTERS)", "Fishing boats return at dawn.", Some(P), None, &[], Some("REUTERS"), None, None),
    // AFP
    ("AFP", "en", "The president speaks in Paris. (Photo by Ludovic Marin / AFP)", "The president speaks in Paris.", Some(P), Some("Photo by"), &["Ludovic Marin"], Some("AFP"), None, None),
    ("AFP", "en", "Flood water covers the road. (Photo by Kim Lee/AFP)", "Flood water covers the road.", Some(P), Some("Photo by"), &["Kim Lee"], Some("AFP"), None, None),
    ("AFP", "en", "A market reopens after the curfew. (AFP)", "A market reopens after the curfew.", Some(P), None, &[], Some("AFP"), None, None),
    ("AFP", "en", "Protesters gather outside parliament. Sam Green/AFP via Getty Images", "Protesters gather outside parliament.", Some(P), None, &["Sam Green"], Some("AFP"), Some("Getty Images"), None),
    ("AFP", "en", "A cyclist crosses the finish line. (Photo by Anne-Christine Poujoulat/AFP via Getty Images)", "A cyclist crosses the finish line.", Some(P), Some("Photo by"), &["Anne-Christine Poujoulat"], Some("AFP"), Some("Getty Images"), None),
    // Getty Images
    ("Getty", "en", "Fans celebrate the title. (Photo by Chris Wong/Getty Images)", "Fans celebrate the title.", Some(P), Some("Photo by"), &["Chris Wong"], Some("Getty Images"), None, None),
    ("Getty", "en", "Snow on the mountain pass. Chris Wong/Getty Images", "Snow on the mountain pass.", Some(P), None, &["Chris Wong"], Some("Getty Images"), None, None),
    ("Getty", "en", "A view of the skyline at dusk. (Credit: Getty Images)", "A view of the skyline at dusk.", Some(P), Some("Credit"), &[], Some("Getty Images"), None, None),
    ("Getty", "en", "The stadium before kick-off. Photo by Dan Mullan/Getty Images", "The stadium before kick-off.", Some(P), Some("Photo by"), &["Dan Mullan"], Some("Getty Images"), None, None),
    ("Getty", "en", "Volunteers plant trees. (Getty Images)", "Volunteers plant trees.", Some(P), None, &[], Some("Getty Images"), None, None),
    // The Guardian
    ("Guardian", "en", "Walkers on the coastal path. Photograph: Ana Lima/AFP via Getty Images", "Walkers on the coastal path.", Some(P), Some("Photograph"), &["Ana Lima"], Some("AFP"), Some("Getty Images"), None),
    ("Guardian", "en", "The old mill by the river. Photograph: Tom Jenkins/The Guardian", "The old mill by the river.", Some(P), Some("Photograph"), &["Tom Jenkins"], Some("The Guardian"), None, None),
    ("Guardian", "en", "Queues outside the clinic. Photograph: PA", "Queues outside the clinic.", Some(P), Some("Photograph"), &[], Some("PA"), None, None),
    ("Guardian", "en", "Children in the playground. Photograph: Alamy", "Children in the playground.", Some(P), Some("Photograph"), &[], Some("Alamy"), None, None),
    ("Guardian", "en", "A ferry leaves the island. Photograph: Jane Doe/Reuters", "A ferry leaves the island.", Some(P), Some("Photograph"), &["Jane Doe"], Some("Reuters"), None, None),
    // The New York Times
    ("NYT", "en", "Farmers at the market in Iowa. (Credit: Sam Park for The New York Times)", "Farmers at the market in Iowa.", Some(P), Some("Credit"), &["Sam Park"], None, None, Some("The New York Times")),
    ("NYT", "en", "The courthouse on Monday. (Credit: Sam Park/The New York Times)", "The courthouse on Monday.", Some(P), Some("Credit"), &["Sam Park"], Some("The New York Times"), None, None),
    ("NYT", "en", "Workers repair the levee. Credit: Mia Chen/Reuters", "Workers repair the levee.", Some(P), Some("Credit"), &["Mia Chen"], Some("Reuters"), None, None),
    ("NYT", "en", "A choir rehearses for the holidays. (Photo by Sam Park for The New York Times)", "A choir rehearses for the holidays.", Some(P), Some("Photo by"), &["Sam Park"], None, None, Some("The New York Times")),
    ("NYT", "en", "The museum's new wing. (Courtesy of the museum)", "The museum's new wing.", Some(S), Some("Courtesy of"), &["the museum"], None, None, None),
    // EPA-EFE
    ("EPA-EFE", "en", "Delegates vote at the summit. EPA-EFE/JOHN SMITH", "Delegates vote at the summit.", Some(P), None, &["JOHN SMITH"], Some("EPA-EFE"), None, None),
    ("EPA-EFE", "en", "A volcano erupts at night. (EPA-EFE/ANNA KOWALSKA)", "A volcano erupts at night.", Some(P), None, &["ANNA KOWALSKA"], Some("EPA-EFE"), None, None),
    ("EPA-EFE", "en", "The cathedral square at noon. (EPA)", "The cathedral square at noon.", Some(P), None, &[], Some("EPA"), None, None),
    ("EFE", "es", "Miles de personas llenan la plaza. Foto: EFE/Juan Pérez", "Miles de personas llenan la plaza.", Some(P), Some("Foto"), &["Juan Pérez"], Some("EFE"), None, None),
    ("EFE", "es", "El tren llega a la estación. (EFE)", "El tren llega a la estación.", Some(P), None, &[], Some("EFE"), None, None),
    ("EFE", "es", "Vista del puerto al amanecer. Fuente: Europa Press", "Vista del puerto al amanecer.", Some(S), Some("Fuente"), &["Europa Press"], None, None, None),
    // Xinhua
    ("Xinhua", "en", "Tourists visit the Great Wall. (Xinhua/Li Ming)", "Tourists visit the Great Wall.", Some(P), None, &["Li Ming"], Some("Xinhua"), None, None),
    ("Xinhua", "en", "A high-speed train crosses the river. (Xinhua)", "A high-speed train crosses the river.", Some(P), None, &[], Some("Xinhua"), None, None),
    ("Xinhua", "zh", "游客在长城上参观。新华社记者 李明 摄", "游客在长城上参观。", Some(P), Some("摄"), &["李明"], Some("新华社"), None, None),
    ("Xinhua", "zh", "高铁列车驶过大桥。新华社记者 王芳 张伟 摄", "高铁列车驶过大桥。", Some(P), Some("摄"), &["王芳", "张伟"], Some("新华社"), None, None),
    ("Xinhua", "zh", "夜色中的城市。（图/视觉中国）", "夜色中的城市。", Some(P), Some("图"), &[], Some("视觉中国"), None, None),
    ("Xinhua", "zh", "丰收的田野。（摄影：王芳）", "丰收的田野。", Some(P), Some("摄影"), &["王芳"], None, None, None),
    ("Xinhua", "zh", "港口的清晨。（来源：新华社）", "港口的清晨。", Some(S), Some("来源"), &["新华社"], None, None, None),
    ("Xinhua", "zh-Hant", "夜市人潮。（攝影：陳美玲）", "夜市人潮。", Some(P), Some("攝影"), &["陳美玲"], None, None, None),
    // Kyodo
    ("Kyodo", "en", "Cherry blossoms in Tokyo. (Kyodo)", "Cherry blossoms in Tokyo.", Some(P), None, &[], Some("Kyodo"), None, None),
    ("Kyodo", "ja", "東京の桜。（共同）", "東京の桜。", Some(P), None, &[], Some("共同"), None, None),
    ("Kyodo", "ja", "雪の中の駅。写真：共同", "雪の中の駅。", Some(P), Some("写真"), &[], Some("共同"), None, None),
    ("Kyodo", "ja", "復旧した線路。（写真：山田太郎）", "復旧した線路。", Some(P), Some("写真"), &["山田太郎"], None, None, None),
    // Yonhap
    ("Yonhap", "en", "Commuters in Seoul on a snowy morning. (Yonhap)", "Commuters in Seoul on a snowy morning.", Some(P), None, &[], Some("Yonhap"), None, None),
    ("Yonhap", "ko", "눈 내린 서울의 출근길. (사진=연합뉴스)", "눈 내린 서울의 출근길.", Some(P), Some("사진"), &[], Some("연합뉴스"), None, None),
    ("Yonhap", "ko", "항구의 아침. (사진=김민수 기자)", "항구의 아침.", Some(P), Some("사진"), &["김민수 기자"], None, None, None),
    ("Yonhap", "ko", "새 다리의 야경. 출처: 연합뉴스", "새 다리의 야경.", Some(S), Some("출처"), &["연합뉴스"], None, None, None),
    // TTXVN (VNA) and the Vietnamese press
    ("TTXVN", "vi", "Lễ đón tại Phủ Chủ tịch. (Ảnh: Trí Dũng/TTXVN)", "Lễ đón tại Phủ Chủ tịch.", Some(P), Some("Ảnh"), &["Trí Dũng"], Some("TTXVN"), None, None),
    ("TTXVN", "vi", "Hội nghị ngày 12/12/2023. (Nguồn: TTXVN)", "Hội nghị ngày 12/12/2023.", Some(S), Some("Nguồn"), &["TTXVN"], None, None, None),
    ("TTXVN", "vi", "Cuốn sách mới ra mắt. (Ảnh: Nguyễn Hồng)", "Cuốn sách mới ra mắt.", Some(P), Some("Ảnh"), &["Nguyễn Hồng"], None, None, None),
    ("TTXVN", "vi", "Đoàn đại biểu tại sân bay ngày 13/12/2023. Ảnh: Hoàng Việt", "Đoàn đại biểu tại sân bay ngày 13/12/2023.", Some(P), Some("Ảnh"), &["Hoàng Việt"], None, None, None),
    ("TTXVN", "vi", "Phiên họp toàn thể. (ẢNH: TUẤN ANH)", "Phiên họp toàn thể.", Some(P), Some("ẢNH"), &["TUẤN ANH"], None, None, None),
    ("TTXVN", "vi", "Cảng biển buổi sớm. (Nguồn ảnh: VNA)", "Cảng biển buổi sớm.", Some(S), Some("Nguồn ảnh"), &["VNA"], None, None, None),
    ("TTXVN", "vi", "Lễ ký kết. (Ảnh: Minh Đức và Thu Hà/TTXVN)", "Lễ ký kết.", Some(P), Some("Ảnh"), &["Minh Đức", "Thu Hà"], Some("TTXVN"), None, None),
    ("VNA", "en", "Leaders at the welcome ceremony in Hanoi. (Photo: VNA)", "Leaders at the welcome ceremony in Hanoi.", Some(P), Some("Photo"), &[], Some("VNA"), None, None),
    // The French, German, Italian, Portuguese, Indonesian and Turkish press
    ("French press", "fr", "Le président à l'Élysée. Photo : Marie Dubois / AFP", "Le président à l'Élysée.", Some(P), Some("Photo"), &["Marie Dubois"], Some("AFP"), None, None),
    ("French press", "fr", "La place envahie par la foule. (Crédit photo : Paul Martin)", "La place envahie par la foule.", Some(P), Some("Crédit photo"), &["Paul Martin"], None, None, None),
    ("French press", "fr", "Le port de Marseille. (Source : Reuters)", "Le port de Marseille.", Some(S), Some("Source"), &["Reuters"], None, None, None),
    ("dpa", "de", "Demonstranten vor dem Rathaus. Foto: Max Müller/dpa", "Demonstranten vor dem Rathaus.", Some(P), Some("Foto"), &["Max Müller"], Some("dpa"), None, None),
    ("dpa", "de", "Der neue Bahnhof am Abend. (Foto: dpa)", "Der neue Bahnhof am Abend.", Some(P), Some("Foto"), &[], Some("dpa"), None, None),
    ("dpa", "de", "Blick auf die Altstadt. Quelle: Stadtarchiv", "Blick auf die Altstadt.", Some(S), Some("Quelle"), &["Stadtarchiv"], None, None, None),
    ("ANSA", "it", "La piazza del Duomo al tramonto. (Foto: ANSA)", "La piazza del Duomo al tramonto.", Some(P), Some("Foto"), &[], Some("ANSA"), None, None),
    ("Agência Brasil", "pt", "Feira livre em São Paulo. Foto: Ana Souza/Agência Brasil", "Feira livre em São Paulo.", Some(P), Some("Foto"), &["Ana Souza"], Some("Agência Brasil"), None, None),
    ("Antara", "id", "Warga menonton festival di Jakarta. (Foto: Antara/Budi Santoso)", "Warga menonton festival di Jakarta.", Some(P), Some("Foto"), &["Budi Santoso"], Some("Antara"), None, None),
    ("Anadolu", "tr", "İstanbul'da sabah trafiği. Fotoğraf: AA", "İstanbul'da sabah trafiği.", Some(P), Some("Fotoğraf"), &[], Some("AA"), None, None),
    ("Anadolu", "tr", "Boğaz'da gün batımı. (Fotoğraf: Mehmet Yılmaz/AA)", "Boğaz'da gün batımı.", Some(P), Some("Fotoğraf"), &["Mehmet Yılmaz"], Some("AA"), None, None),
    // The Russian and Ukrainian press
    ("TASS", "ru", "Красная площадь зимой. Фото: Иван Петров/ТАСС", "Красная площадь зимой.", Some(P), Some("Фото"), &["Иван Петров"], Some("ТАСС"), None, None),
    ("TASS", "ru", "Новый мост через реку. (Фото: ТАСС)", "Новый мост через реку.", Some(P), Some("Фото"), &[], Some("ТАСС"), None, None),
    ("Ukrinform", "uk", "Київ вранці. Фото: Укрінформ", "Київ вранці.", Some(P), Some("Фото"), &[], Some("Укрінформ"), None, None),
    ("Ukrinform", "uk", "Відкриття нової школи. (Джерело: міська рада)", "Відкриття нової школи.", Some(S), Some("Джерело"), &["міська рада"], None, None, None),
    // The Arabic and Hebrew press
    ("Arabic press", "ar", "ركاب على رصيف المحطة المركزية. (تصوير: سارة المنصوري)", "ركاب على رصيف المحطة المركزية.", Some(P), Some("تصوير"), &["سارة المنصوري"], None, None, None),
    ("Arabic press", "ar", "مزارعون يجمعون القمح. (تصوير: يوسف حداد/رويترز)", "مزارعون يجمعون القمح.", Some(P), Some("تصوير"), &["يوسف حداد"], Some("رويترز"), None, None),
    ("Arabic press", "ar", "زوار في معرض الكتاب. المصدر: وام", "زوار في معرض الكتاب.", Some(S), Some("المصدر"), &["وام"], None, None, None),
    ("Arabic press", "ar", "أسراب الطيور فوق البحيرة. (الصورة: فرانس برس)", "أسراب الطيور فوق البحيرة.", Some(P), Some("الصورة"), &[], Some("فرانس برس"), None, None),
    ("Hebrew press", "he", "שוק הכרמל בבוקר. (צילום: דנה לוי)", "שוק הכרמל בבוקר.", Some(P), Some("צילום"), &["דנה לוי"], None, None, None),
    ("Hebrew press", "he", "הנמל בשקיעה. צילום: רויטרס", "הנמל בשקיעה.", Some(P), Some("צילום"), &[], Some("רויטרס"), None, None),
    // The Indian and Thai press
    ("PTI", "hi", "दिल्ली में सुबह का कोहरा। (फोटो: पीटीआई)", "दिल्ली में सुबह का कोहरा।", Some(P), Some("फोटो"), &[], Some("पीटीआई"), None, None),
    ("Thai press", "th", "ตลาดน้ำยามเช้า (ภาพ: สมชาย ใจดี)", "ตลาดน้ำยามเช้า", Some(P), Some("ภาพ"), &["สมชาย ใจดี"], None, None, None),
    // Not credits: the caption stays whole.
    ("none", "en", "The score after the first half (1/2)", "The score after the first half (1/2)", None, None, &[], None, None, None),
    ("none", "en", "The ministers, from left to right (seated)", "The ministers, from left to right (seated)", None, None, &[], None, None, None),
    ("none", "en", "The announcement was made by AP.", "The announcement was made by AP.", None, None, &[], None, None, None),
    ("none", "en", "A road sign reads Paris/Lyon", "A road sign reads Paris/Lyon", None, None, &[], None, None, None),
    ("none", "vi", "Ảnh: chụp từ trên cao cho thấy toàn cảnh thành phố với những con đường rợp bóng cây xanh. Người dân đi bộ.", "Ảnh: chụp từ trên cao cho thấy toàn cảnh thành phố với những con đường rợp bóng cây xanh. Người dân đi bộ.", None, None, &[], None, None, None),
];

#[test]
fn credits_as_the_world_writes_them() {
    let conventions: std::collections::BTreeSet<&str> =
        TABLE.iter().map(|l| l.0).filter(|c| *c != "none").collect();
    let languages: std::collections::BTreeSet<&str> = TABLE.iter().map(|l| l.1).collect();
    assert!(TABLE.len() >= 80, "{} lines", TABLE.len());
    assert!(conventions.len() >= 10, "{conventions:?}");
    assert!(languages.len() >= 6, "{languages:?}");
    let mut wrong = Vec::new();
    for &(convention, language, caption, text, kind, label, names, agency, via, for_) in TABLE {
        let (got_text, got) = split_caption(caption);
        let expected = kind.map(|kind| Credit {
            kind,
            names: names.iter().map(|n| (*n).to_owned()).collect(),
            agency: agency.map(str::to_owned),
            label: label.map(str::to_owned),
            via: via.map(str::to_owned),
            for_: for_.map(str::to_owned),
            text: None,
        });
        let got_core = got.clone().map(|c| Credit { text: None, ..c });
        if got_text != text || got_core != expected {
            wrong.push(format!("{convention} ({language}) {caption:?}\n   got {got_text:?} {got_core:?}\n  want {text:?} {expected:?}"));
            continue;
        }
        // The text as written is the caption's end, brackets aside.
        if let Some(got) = got {
            let written = got.text.expect("the credit as written");
            assert!(
                caption.contains(&written),
                "{caption:?} does not contain {written:?}"
            );
        }
    }
    assert!(
        wrong.is_empty(),
        "{} of {} lines:\n{}",
        wrong.len(),
        TABLE.len(),
        wrong.join("\n")
    );
}

/// A credit given as parts reads back in every language the widget speaks:
/// the label of each shipped table is one the credit reader knows.
#[test]
fn every_languages_labels_read_back() {
    for tag in ["vi", "en"].iter().chain(highlight_cards::i18n::TABLES) {
        let t = highlight_cards::i18n::strings(tag);
        for (label, kind) in [(t.photo, P), (t.source, S)] {
            let (_, credit) = split_caption(&format!("Caption. ({label}: Jane Doe)"));
            let credit = credit
                .unwrap_or_else(|| panic!("{tag}: \"{label}:\" is not read as a credit label"));
            assert_eq!(
                (credit.kind, credit.names),
                (kind, vec!["Jane Doe".to_owned()]),
                "{tag}: {label}"
            );
        }
    }
}
