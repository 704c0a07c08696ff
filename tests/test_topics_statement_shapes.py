"""Statement shapes, item boundaries and labels of agenda topics found on real news: cue
grammar in any inflection, lists after a colon or bullets, speakers' remarks that report no
meeting. The sentences are written for these tests; each row is one behaviour."""

import pytest

import pipeline
from pipeline.lang.tr.after_stem import is_dative_content_clause
from pipeline.topics.clauses import single_quote_as_double


def topics(text: str) -> list[str]:
    return [t.text for t in pipeline.extract(text).topics]


FOUND = [
    # a decision taken at a meeting on a matter names that matter ("karar al-" after a postposition)
    ("Kurul dün toplandı. Toplantıda liman projesine yönelik kararlar alındı.", ["liman projesi"]),
    ("Meclis toplandı. Meclis, su fiyatları konusunda karar aldı.", ["su fiyatları"]),
    # ... but a time after the discussion noun in the genitive still reports the talk
    ("Kurul toplandı. Kurulda su fiyatları hakkında yapılan sunumun ardından oylamaya geçildi.", ["su fiyatları"]),
    # "de" closes the subject of a classifier predicate; the words after it qualify the classifier
    ("Kabine toplandı. İki ülke arasındaki gerilim de dış politika başlıkları arasında yer aldı.",
     ["İki ülke arasındaki gerilim"]),
    ("Kabine toplandı. Göç de toplantının konuları arasında yer aldı.", ["Göç"]),
    # ... while a name's accusative follows its apostrophe, and a title's head takes -nI
    ("Bakanlar toplandı. Bakan, Suriye'yi görüştü.", ["Suriye"]),
    ("Bakanlar toplandı. Bakanlar, Kanun Tasarısını görüştü.", ["Kanun Tasarısı"]),
    # a first chunk ending in a name in the locative is where the meeting was, not a topic
    ("Parti toplandı. Bilgiye göre PM'de, kuruluş yıl dönümü ve seçim çalışmaları görüşüldü.",
     ["kuruluş yıl dönümü", "seçim çalışmaları"]),
    ("Meclis toplandı. Genel Kurul'da, vergi teklifi görüşüldü.", ["vergi teklifi"]),
    # a marked locative before a comma or "ve" says where, for the clause after it: one item
    ("Kurul toplandı. Toplantıda, kalkınma hedefi doğrultusunda, kırsal yollara yönelik çalışmalar görüşüldü.",
     ["kalkınma hedefi doğrultusunda, kırsal yollara yönelik çalışmalar"]),
    ("Kurul toplandı. Toplantıda kent sınırları içinde ve kırsal bölgelerde yürütülen projeler ele alındı.",
     ["kent sınırları içinde ve kırsal bölgelerde yürütülen projeler"]),
    # a comma after "başta olmak üzere" cuts no item: the examples belong to the head noun after it
    ("Kurul toplandı. Toplantıda terör örgütleri başta olmak üzere, birliğimize yönelik tehditlere karşı "
     "kararlılıkla icra edilen operasyonlar hakkında bilgi sunuldu.",
     ["terör örgütleri başta olmak üzere, birliğimize yönelik tehditlere karşı kararlılıkla icra edilen operasyonlar"]),
    # ... but beside a list named by a classifying head ("birçok konu", "konuları") the examples are an item
    ("Kurul toplandı. Toplantıda liman projesi başta olmak üzere tarım, hayvancılık ve turizme kadar birçok "
     "konu ele alındı.", ["liman projesi", "tarım", "hayvancılık", "turizm"]),
    ("Kurul toplandı. Toplantıda başta ekonomi olmak üzere dış politika ve güvenlik konuları ele alındı.",
     ["ekonomi", "dış politika", "güvenlik"]),
    # ... and so they are before a comma and a list of three items or more
    ("Kurul toplandı. Vali, müdürlerden kış önlemleri başta olmak üzere, köylerin su sorunu, "
     "yol çalışmaları ve okul onarımları hakkında bilgi aldı.",
     ["kış önlemleri", "köylerin su sorunu", "yol çalışmaları", "okul onarımları"]),
    # one head noun after the connector keeps the examples inside its item
    ("Kurul toplandı. Toplantıda pamuk başta olmak üzere komşu ülkelere satılan ürünler ele alındı.",
     ["pamuk başta olmak üzere komşu ülkelere satılan ürünler"]),
    # a noun and a light verb's participle ("icra edilen") end a manner list as one participle does
    ("Kurul toplandı. Toplantıda azim, kararlılık ve başarıyla icra edilen operasyonlar ele alındı.",
     ["azim, kararlılık ve başarıyla icra edilen operasyonlar"]),
    # a clause of a manner converb (-ArcAsInA, -mAdAn) before the cue says how, the list stands before it
    ("Kabine toplandı. Vergi ve kira sorunları, geçmiş yılları anımsatırcasına önemini hiç kaybetmeden tartışılıyor.",
     ["Vergi", "kira sorunları"]),
    # "hala", "henüz" are adverbs of the clause, no words of an item
    ("Kabine toplandı. Vergi ve kira sorunları hala tartışılıyor.", ["Vergi", "kira sorunları"]),
    # ... but a language naming a matter is a topic
    ("Kurul toplandı. Üyeler, Kürtçe eğitimi konuştu.", ["Kürtçe eğitim"]),
    # the classifier as a verbless predicate after its subject: "X ise bir diğer (önemli) başlık"
    ("Kabine toplandı. Toplantıda göç ele alındı. Ekonomi ise bir diğer önemli başlık.", ["göç", "Ekonomi"]),
    ("Kabine toplandı. Toplantıda göç ele alındı. Vergi de bir diğer konu olacak.", ["göç", "Vergi"]),
    # a verbal noun alone has lost its owner and names nothing
    ("Kurul toplandı. Toplantıda gerçekleşmesi ve bütçe ele alındı.", ["bütçe"]),
    # ... while "için" inside an item is kept
    ("Kurul toplandı. Toplantıda okul açılışları için bütçe görüşüldü.", ["okul açılışları için bütçe"]),
    ("Bakan, son kurul toplantısında okul binalarına ilişkin kararlar alındığını hatırlattı.", ["okul binaları"]),
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
    # without a meeting in sight a decision is no agenda
    "Şirket, fiyatlar konusunda yeni bir karar aldı.",
    # "kilit", "kritik" say only that the matters weigh, like "önemli"
    "Zirve toplandı. Liderler, kilit konularda kararlar aldı.",
    # "yer alan konular": the participle of "yer al-" only says the matters are on the agenda
    "Kurul, gündeminde yer alan konuları görüşmek üzere toplandı.",
    # a capitalized -I without an apostrophe is a compound's head: "Cumhurbaşkanı görüşmesi" has no object
    "Heyet toplandı. Sadece Cumhurbaşkanı görüşmesi kaldı.",
    # an item never ends in a marked locative: where a matter came up, not the matter
    "Kurul toplandı. Bu iddia ilk kez tanığın ifadelerinde gündeme geldi.",
    # without a meeting in sight the classifier predicate states no agenda
    "Maç bitti. Savunma ise bir diğer önemli başlık.",
    # an item never ends in a postposition of purpose or manner: "X için" says why
    "Toplantı yapıldı. Bakan, okul açılışları için geldiği Sivas'ta, Vali Kaya'yı ziyaret ederek "
    "çalışmalar hakkında bilgi aldı.",
    # a cue in a content clause in the dative is a speaker's remark ("dikkat çekti"), not a report
    "Sözcü toplantıda konuştu. Sözcü, planın bizsiz istişare edildiğine dikkati çekti.",
    "Kurul toplandı. Üyeler, bütçenin kapalı kapılar ardında görüşüldüğüne inanıyor.",
    # a language spoken is no matter discussed
    "Toplantıya katılan heyet üyeleri Türkçeyi akıcı konuşuyor.",
    "Kurul toplandı. Öğrenciler Kürtçe ve Arapçayı da konuşuyor.",
    "Toplantıya katılanlar kendi dillerini konuştu.",
    # a discussion noun in the genitive owns the noun after it: the talks' round is evaluated
    "Heyetler toplandı. Heyetler, vergilere ilişkin müzakerelerin ikinci turunu değerlendirdi.",
    "Kurul toplandı. Üyeler, kritik konularda görüş alışverişinde bulundu.",
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

LABELS = [
    # concepts grown from the train/dev corpus (phrases written for the test)
    ("Kurulda mühimmat alımı ele alındı.", "weapons_systems"),
    ("Kabinede Orta Vadeli Program ele alındı.", "economic_programme"),
    ("Mecliste ekmek fiyatlarındaki değişiklikler görüşüldü.", "prices"),
    ("Toplantıda göçmenlerin kimliklendirme süreçleri ele alındı.", "migration"),
    ("Komisyonda Türk Ceza Kanunu'nda değişiklik görüşüldü.", "legislation"),
    ("Toplantıda örgütün silah bırakma süreci ele alındı.", "counter_terrorism"),
    # names grown from the folds in round 11
    ("Liderler zirvede bölgesel ve küresel konuları görüştü.", "regional_affairs"),
    ("Bakanlar toplantıda uluslararası meseleleri ele aldı.", "international_relations"),
    ("Bakanlar toplantıda ülkelerimiz arasındaki ilişkileri ele aldı.", "bilateral_relations"),
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


@pytest.mark.parametrize("text, label", LABELS)
def test_label(text, label):
    assert [t.label for t in pipeline.extract(text).topics] == [label]


@pytest.mark.parametrize("text, offset, open_singles, expected", SINGLE_QUOTES)
def test_single_quote_read_as_double(text, offset, open_singles, expected):
    assert single_quote_as_double(text, offset, open_singles) == expected


@pytest.mark.parametrize(
    "suffix, expected",
    [("diğine", True), ("düğüne", True), ("tiklerine", True), ("düklerine", True),
     ("diğini", False), ("di", False), ("diği", False), ("ildi", False)],
)
def test_dative_content_clause_after_a_stem(suffix, expected):
    assert is_dative_content_clause(suffix) is expected
