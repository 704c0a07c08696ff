"""Statement shapes and item boundaries of issue 16, round 11 (recall on real news the rules
were not shaped to). The sentences are written for these tests; each row is one behaviour."""

import pytest

import pipeline
from pipeline.topics.clauses import single_quote_as_double


def topics(text: str) -> list[str]:
    return [t.text for t in pipeline.extract(text).topics]


FOUND = [
    # a quoted theme in the instrumental names the meeting its verb "toplan-" reports
    ("Konsey, 5 Mart'ta Ankara'da “Yeşil Enerji ve Akıllı Kentler” temasıyla toplandı.",
     ["Yeşil Enerji ve Akıllı Kentler"]),
    # a title quoted in single quotes inside a quoted statement is one item
    ("Bildiride şu ifadeler yer aldı: \"Konsey, 5 Mart'ta 'Yeşil Enerji ve Akıllı Kentler' temasıyla toplanmıştır.\"",
     ["Yeşil Enerji ve Akıllı Kentler"]),
    # a title in double quotes inside a quoted statement does not close the statement
    ("Bildiride şu ifadeler yer aldı: \"Konsey, 5 Mart'ta “Yeşil Enerji ve Akıllı Kentler” temasıyla toplanmıştır.\"",
     ["Yeşil Enerji ve Akıllı Kentler"]),
    # a parenthesis inside a quoted statement does not close it either
    ("Açıklamada, “Zirvede enerji ve ticaret (özellikle doğal gaz) ele alındı.” denildi.",
     ["enerji", "ticaret (özellikle doğal gaz)"]),
    # a suffix written apart from its name ("İran 'a") is no opening quote: nothing closes it
    ("Zirvede İran 'a yönelik saldırılar ve Suriye ele alındı.", ["İran 'a yönelik saldırılar", "Suriye"]),
    # the -mAktA progressive of news style is the verb, not the locative of an infinitive
    ("Toplantıda su fiyatları ve okul yolları görüşülmekte.", ["su fiyatları", "okul yolları"]),
    ("Kurul toplandı. Toplantıda liman projesi ele alınmakta.", ["liman projesi"]),
    # discussion nouns in the plural or the locative after a postposition
    ("Kurul toplandı. Toplantıda su fiyatlarına ilişkin değerlendirmeler yapıldı.", ["su fiyatları"]),
    ("Kurul toplandı. Toplantıda su fiyatlarına ilişkin görüşmeler yapıldı.", ["su fiyatları"]),
    ("Kurul toplandı. Toplantıda su fiyatları ile ilgili görüşmelerde bulunduk.", ["su fiyatları"]),
    ("Kurul toplandı. Üyeler toplantıda su fiyatları hakkında değerlendirmede bulundu.", ["su fiyatları"]),
    # a cue whose subject or object points forward ("şu konular") takes the list after its colon
    ("Kurul toplandı. Toplantıda şu konular görüşüldü: su fiyatları, okul yolları ve park alanları.",
     ["su fiyatları", "okul yolları", "park alanları"]),
    ("Kurul toplandı. Toplantıda aşağıdaki başlıkları ele aldık: su fiyatları ve okul yolları.",
     ["su fiyatları", "okul yolları"]),
    # "X ile ilgili konular": the written-apart instrumental goes with the postposition and its classifier
    ("Kurul toplandı. Toplantıda su fiyatları ve park alanları ile ilgili konular görüşüldü.",
     ["su fiyatları", "park alanları"]),
    # a numbered point of the agenda in the locative says where in the meeting, like "toplantıda"
    ("Meclis toplandı. Gündemin 3. maddesinde su fiyatları görüşüldü.", ["su fiyatları"]),
    ("Meclis toplandı. Gündemin üçüncü maddesinde su fiyatları ve okul yolları görüşüldü.",
     ["su fiyatları", "okul yolları"]),
    # ... while a law's article stays inside the item
    ("Meclis toplandı. Kanunun 5. maddesinde yer alan ceza görüşüldü.", ["Kanunun 5. maddesinde yer alan ceza"]),
    # a bare -mA before "ve" names an activity, an item; "-mAsI ve" still ends a clause
    ("Liderler zirvede ortak sorunlarla mücadele etme ve fırsatları değerlendirme konularında görüş "
     "alışverişinde bulunacak.", ["ortak sorunlarla mücadele etme", "fırsatları değerlendirme"]),
    ("Kurul toplandı. Bakanın temaslarda bulunması ve su fiyatları ele alındı.", ["su fiyatları"]),
    # an agenda noun after an adjective is the world's agenda, inside the item; a noun phrase
    # ending in an adjective takes the postposition's classifier as its head
    ("Zirvede liderler uluslararası gündemin güncel konularında görüş alışverişinde bulundu.",
     ["uluslararası gündemin güncel konuları"]),
    ("Liderler zirvede bölgesel ve küresel konularda görüş alışverişinde bulundu.", ["bölgesel ve küresel konular"]),
    # ... while the meeting's own agenda still opens the list after it
    ("Kabine toplandı. Toplantının gündemini ekonomi ve göç oluşturdu.", ["ekonomi", "göç"]),
    # a list set out line by line after a colon: dashes are bullets, and the lines are no headline
    ("Kurul dün toplandı.\n\nToplantıda görüşülen konular şunlar:\n\n- Su fiyatları\n- Okul yolları",
     ["Su fiyatları", "Okul yolları"]),
    ("Kurul dün toplandı. Toplantıda görüşülen konular şunlar:\n• Su fiyatları\n• Okul yolları",
     ["Su fiyatları", "Okul yolları"]),
    ("Kurul dün toplandı. Toplantıda şu konular ele alındı:\n– Su fiyatları\n– Okul yolları",
     ["Su fiyatları", "Okul yolları"]),
    # a cue's participle describing the classifier before a colon heads the list after it
    ("Kurul dün toplandı. Toplantıda görüşülen konular: su fiyatları, okul yolları ve park alanları.",
     ["su fiyatları", "okul yolları", "park alanları"]),
    ("Kurul dün toplandı. Toplantıda ele alınan başlıklar:\n\n• Su fiyatları\n• Okul yolları",
     ["Su fiyatları", "Okul yolları"]),
    ("Kabine bugün toplanıyor. Kabinede görüşülecek başlıklar: su fiyatları ve okul yolları.",
     ["su fiyatları", "okul yolları"]),
    # a dash inside a line is a hyphen
    ("Kurul dün toplandı. Toplantıda Ankara-İstanbul hattı ve su fiyatları ele alındı.",
     ["Ankara-İstanbul hattı", "su fiyatları"]),
]

NO_TOPIC = [
    # a quoted theme of an exhibition names no meeting
    "Sanatçı, “Yeşil Enerji ve Akıllı Kentler” temasıyla bir sergi açtı.",
    # the locative of a verbal noun is a time, not a statement
    "Toplantıda su fiyatlarının görüşülmesinde uzlaşı çıkmadı.",
    # a columnist's judgement, with no meeting in sight
    "Yazar, su fiyatları hakkında değerlendirmede bulundu.",
    # talks without a topic
    "Bakan, Paris'te çeşitli görüşmelerde bulundu.",
    # "şu konular" with no colon after the cue names nothing
    "Kurul toplandı. Toplantıda şu konular görüşüldü.",
    # a public debate's participle (no meeting in sight) heads no list
    "Tartışılan konular: su fiyatları ve okul yolları.",
]

SINGLE_QUOTES = [
    # (text, offset of the quote, open single quotes, read as)
    ("Bu 'Yeni Yol' planı.", 3, 0, "“"),
    ("Bu 'Yeni Yol' planı.", 12, 1, "”"),
    ("Bu 'Yeni Yol' planı.", 12, 0, "'"),  # nothing open: an apostrophe
    ("Ankara'da toplandı.", 6, 0, "'"),  # a suffix's apostrophe
    ("Ankara'da toplandı.", 6, 1, "'"),  # ... even inside a quote: a letter follows
    ("Gazze’deki durum.", 5, 1, "’"),
]


@pytest.mark.parametrize("text, expected", FOUND)
def test_found(text, expected):
    assert topics(text) == expected


@pytest.mark.parametrize("text", NO_TOPIC)
def test_no_topic(text):
    assert topics(text) == []


@pytest.mark.parametrize("text, offset, open_singles, expected", SINGLE_QUOTES)
def test_single_quote_read_as_double(text, offset, open_singles, expected):
    assert single_quote_as_double(text, offset, open_singles) == expected
