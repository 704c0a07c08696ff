"""Statement shapes and item boundaries of issue 16, round 10 (general grammar found by
reading the folds of the topics corpus and the unseen names sets). The sentences are written
for these tests; each row is one behaviour."""

import pytest

import pipeline
from pipeline.lang.tr.after_stem import is_dative_content_clause


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
]


@pytest.mark.parametrize("text, expected", FOUND)
def test_found(text, expected):
    assert topics(text) == expected


@pytest.mark.parametrize("text", NO_TOPIC)
def test_no_topic(text):
    assert topics(text) == []


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


@pytest.mark.parametrize("text, label", LABELS)
def test_label(text, label):
    assert [t.label for t in pipeline.extract(text).topics] == [label]


@pytest.mark.parametrize(
    "suffix, expected",
    [("diğine", True), ("düğüne", True), ("tiklerine", True), ("düklerine", True),
     ("diğini", False), ("di", False), ("diği", False), ("ildi", False)],
)
def test_dative_content_clause_after_a_stem(suffix, expected):
    assert is_dative_content_clause(suffix) is expected
