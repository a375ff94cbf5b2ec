//! The language of an article's text, for its collection's `language`: a
//! simple, documented detection — the script first (Arabic, Hebrew,
//! Cyrillic, Greek, Devanagari, Thai, Hangul, kana, Han), then, for Latin
//! text, Vietnamese by its letters (ơ, ư, ă, đ and the stacked tones), then
//! the language whose most common short words the text uses most. Unsure
//! (fewer than five such words, or a tie): none, and the importer says so;
//! `--lang` (or the editor's language field) sets it.

/// Common short words, `|`-separated: words that are frequent in each
/// language and rare in the others listed.
const WORDS: [(&str, &str); 9] = [
    (
        "en",
        "the|and|of|to|is|was|for|with|that|this|from|after|their|have|were",
    ),
    (
        "de",
        "der|die|und|das|den|mit|von|ist|nicht|für|auf|eine|ein|dem|wird|auch|sich",
    ),
    (
        "fr",
        "le|les|des|et|une|du|est|pour|dans|qui|sur|au|aux|été|avec|ont",
    ),
    (
        "es",
        "el|los|las|del|y|por|para|una|con|que|se|fue|sus|su|como|más",
    ),
    (
        "pt",
        "os|do|da|dos|das|não|em|uma|com|foi|mais|pelo|pela|são",
    ),
    (
        "it",
        "il|gli|della|che|per|una|non|nel|sono|dei|alla|è|anche|questo",
    ),
    (
        "id",
        "yang|dan|di|ini|itu|dengan|untuk|dari|pada|dalam|tidak|akan|oleh|sebagai",
    ),
    ("tr", "ve|bir|bu|için|ile|olarak|çok|daha|gibi|olan"),
    ("nl", "het|een|van|en|niet|zijn|voor|met|op|worden|ook|naar"),
];

/// Letters only Vietnamese uses among Latin scripts.
const VIETNAMESE: &str = "ơưăđờởỡợừửữựằẳẵặầẩẫậềểễệổỗộấắếốứớạảẹẻẽịỉọỏụủỳỷỹỵ";

/// The text's language (a BCP 47 tag), when the text says it clearly.
pub fn detect(text: &str) -> Option<&'static str> {
    // Scripts: the most frequent non-Latin one among the letters decides.
    let mut counts = [0usize; 10];
    let mut latin = 0usize;
    let mut vietnamese = 0usize;
    for c in text.chars().filter(|c| c.is_alphabetic()) {
        let k = match c {
            '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' => 0,
            '\u{0590}'..='\u{05FF}' => 1,
            'і' | 'ї' | 'є' | 'ґ' | 'І' | 'Ї' | 'Є' => 2,
            '\u{0400}'..='\u{04FF}' => 3,
            '\u{0370}'..='\u{03FF}' => 4,
            '\u{0900}'..='\u{097F}' => 5,
            '\u{0E00}'..='\u{0E7F}' => 6,
            '\u{AC00}'..='\u{D7AF}' | '\u{1100}'..='\u{11FF}' => 7,
            '\u{3040}'..='\u{30FF}' => 8,
            '\u{4E00}'..='\u{9FFF}' => 9,
            _ => {
                latin += 1;
                if c.to_lowercase().any(|l| VIETNAMESE.contains(l)) {
                    vietnamese += 1;
                }
                continue;
            }
        };
        counts[k] += 1;
    }
    let (k, &n) = counts.iter().enumerate().max_by_key(|(_, n)| **n)?;
    if n > latin {
        // Cyrillic with Ukrainian letters is Ukrainian; kana with Han is Japanese.
        return Some(match k {
            0 => "ar",
            1 => "he",
            2 | 3 if counts[2] > 0 => "uk",
            2 | 3 => "ru",
            4 => "el",
            5 => "hi",
            6 => "th",
            7 => "ko",
            9 if counts[8] == 0 => "zh",
            _ => "ja",
        });
    }
    if vietnamese * 50 >= latin && vietnamese >= 3 {
        return Some("vi");
    }
    let mut scores = [0usize; WORDS.len()];
    for word in text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
    {
        let word = word.to_lowercase();
        for (i, (_, list)) in WORDS.iter().enumerate() {
            if list.split('|').any(|w| w == word) {
                scores[i] += 1;
            }
        }
    }
    let best = *scores.iter().max()?;
    let mut winners = scores.iter().enumerate().filter(|(_, s)| **s == best);
    let (i, _) = winners.next()?;
    (best >= 5 && winners.next().is_none()).then_some(WORDS[i].0)
}

#[cfg(test)]
mod tests {
    use super::detect;

    #[test]
    fn scripts_letters_and_common_words() {
        assert_eq!(
            detect("The talks ended after a week, and the deal was signed by all of them."),
            Some("en")
        );
        assert_eq!(detect("Die Bahn kämpft mit Verspätungen, und die Kunden sind nicht zufrieden mit dem Angebot."), Some("de"));
        assert_eq!(detect("Les baleines reviennent dans le golfe, et les observateurs sont ravis pour la saison."), Some("fr"));
        assert_eq!(detect("El gobierno anunció que las obras del metro de la ciudad terminan con retraso por la lluvia."), Some("es"));
        assert_eq!(detect("Warga membersihkan puing rumah yang rusak akibat gempa di Sigi dan sekitarnya, untuk membangun kembali dalam waktu dekat."), Some("id"));
        assert_eq!(
            detect("Dấu ấn đối ngoại năm 2023 của Việt Nam với nhiều hoạt động nổi bật."),
            Some("vi")
        );
        assert_eq!(detect("حصاد 2025: خمسة أحداث رسمت ملامح العام"), Some("ar"));
        assert_eq!(detect("Итоги года: пять событий"), Some("ru"));
        assert_eq!(detect("Підсумки року: п'ять подій"), Some("uk"));
        assert_eq!(detect("東京で新しい駅がひらかれた"), Some("ja"));
        assert_eq!(detect("北京新机场正式投入运营"), Some("zh"));
        // Too little to tell.
        assert_eq!(detect("Rome 2025"), None);
    }
}
