"""Agenda lists in shapes found in real news but not by the earlier rounds' rules (issue 16,
round 5): ranges of examples, converb clauses inside items and beside the cue, and items
that say nothing. The sentences are written for these tests; each row is one behaviour."""

import pytest

import pipeline


def topics(text: str) -> list[str]:
    return [t.text for t in pipeline.extract(text).topics]


STATEMENTS = [
    # (sentence, expected items)
    # "X'ten Y'ye kadar pek çok konu": the two ends of the range are the items, the vague class goes
    ("Bakanlar toplantıda ekonomiden eğitime kadar pek çok konuyu ele aldı.", ["ekonomi", "eğitim"]),
    ("Toplantıda işsizlikle mücadeleden gençlere yönelik desteklere kadar birçok başlık görüşüldü.",
     ["işsizlikle mücadele", "gençlere yönelik destekler"]),
    # several ranges, joined by a comma
    ("Görüşmede enerjiden savunmaya, ticaretten turizme kadar birçok konu ele alındı.",
     ["enerji", "savunma", "ticaret", "turizm"]),
    # a converb whose clause ends in a participle inside the item belongs to the item
    ("Meclis toplandı. Genel Kurulda, kurul üyelerinin nüfus esas alınarak seçilmesini öngören kanun teklifi görüşülecek.",
     ["kurul üyelerinin nüfus esas alınarak seçilmesini öngören kanun teklifi"]),
    # "olarak" is an adverb of the whole clause, not of the item's relative clause
    ("Kabine toplandı. Toplantıda ağırlıklı olarak kıyılara verilen zarar görüşüldü.", ["kıyılara verilen zarar"]),
    # while a converb before the cue's own clause still ends the list
    ("Kabine toplandı. Bakanlar yeni verileri inceleyerek göç politikasını görüştü.", ["göç politikası"]),
    # a converb clause set off by a comma right before the cue says how; the list stands before it
    ("Kurul toplandı. Sınırdaki gelişmeler, bölgedeki olayların etkileri de göz önüne alınarak etraflıca görüşüldü.",
     ["Sınırdaki gelişmeler"]),
    ("Kabine toplandı. Toplantıda vergi düzenlemesi, sağlık harcamaları ve göç, son veriler dikkate alınarak görüşüldü.",
     ["vergi düzenlemesi", "sağlık harcamaları", "göç"]),
    # a person before "ile ... arasındaki" is one side of a relation inside the item
    ("Kabine toplandı. Toplantıda, Ukrayna Devlet Başkanı Zelensky ile Cumhurbaşkanı Erdoğan arasındaki görüşme ele alındı.",
     ["Ukrayna Devlet Başkanı Zelensky ile Cumhurbaşkanı Erdoğan arasındaki görüşme"]),
    # a person with "ile" before another "X ile Y arasındaki" is the partner of the meeting
    ("Bakan Kaya, mevkidaşı Ali Veli ile Türkiye ile Fas arasındaki ticareti görüştü.",
     ["Türkiye ile Fas arasındaki ticaret"]),
    # while a person with "ile" and no relation noun after it is a partner of the meeting
    ("Kabine toplandı. Toplantıda, Bakan Ahmet Kaya ile bölge ekonomisi ele alındı.", ["bölge ekonomisi"]),
    # the agent of a relative clause ("X tarafından hazırlanan") stays inside the item
    ("Kurul toplandı. Toplantıda, bakanlık tarafından hazırlanan rapor ele alındı.",
     ["bakanlık tarafından hazırlanan rapor"]),
    # the meeting verb sets the scene of a cue in its own sentence
    ("AB dışişleri bakanları, göç ve enerji gündemiyle toplanıyor.", ["göç", "enerji"]),
    # a clause that only says the thing is on the agenda goes
    ("Belediye meclisi toplandı. Toplantıda, gündem maddeleri arasında yer alan otopark ücretleri görüşüldü.",
     ["otopark ücretleri"]),
    ("Belediye meclisi toplandı. Mecliste gündeme alınan otopark ücretleri görüşüldü.", ["otopark ücretleri"]),
    # commas between the capitalized words of a title ending in "ve ... Komisyonu" cut no items
    ("Meclis toplandı. Toplantıda Milli Dayanışma, Kardeşlik ve Demokrasi Komisyonu'nun hazırladığı rapor ile vergi "
     "düzenlemesi ele alındı.",
     ["Milli Dayanışma, Kardeşlik ve Demokrasi Komisyonu'nun hazırladığı rapor", "vergi düzenlemesi"]),
    # while a list of names before a common classifier is still cut
    ("Kabine toplandı. Toplantıda Ekonomi, Dış Politika ve Güvenlik başlıkları ele alındı.",
     ["Ekonomi", "Dış Politika", "Güvenlik"]),
    # nouns coordinated with an instrumental before a participle say how: one item, commas and all
    ("Kurul toplandı. Toplantıda, göçe karşı kararlılık, sabır ve başarıyla yürütülen çalışmalar ile bölgedeki "
     "gelişmeler ele alındı.",
     ["göçe karşı kararlılık, sabır ve başarıyla yürütülen çalışmalar", "bölgedeki gelişmeler"]),
    # "X'le ilgili konular": the wrapper goes with the instrumental it governs
    ("Kurul toplandı. Toplantıda ekonomi, eğitim ve sağlıkla ilgili konular ele alındı.", ["ekonomi", "eğitim", "sağlık"]),
    # an information meeting of officials is a meeting (only the press's one is a speech)
    ("Valilikte düzenlenen bilgilendirme toplantısında Vali Ahmet Kaya, sel hasarı hakkında bilgi verdi.", ["sel hasarı"]),
    # "bu doğrultuda" links to the sentence before; the list starts after it
    ("Kabine toplandı. Toplantıda bu doğrultuda fiyatları düşürecek adımlar ele alındı.", ["fiyatları düşürecek adımlar"]),
    # parliament's week: "X için mesai yapacak"
    ("TBMM Genel Kurulu bu hafta, vergi kanunu teklifi ile maden kanunu teklifi için mesai yapacak.",
     ["vergi kanunu teklifi", "maden kanunu teklifi"]),
    # "bir diğer konu ise X": a verbless predicate at a meeting, the list runs to the sentence's end
    ("Kabine toplandı. Toplantıda ele alınacak bir diğer konu ise, asgari ücret ve kira artışları.",
     ["asgari ücret", "kira artışları"]),
]


@pytest.mark.parametrize("text, expected", STATEMENTS)
def test_statement_items(text, expected):
    assert topics(text) == expected


NO_SPLIT = [
    # a class that names something of its own keeps the range inside one item
    ("Görüşmede tarımdan sanayiye kadar ekonomik ilişkiler ele alındı.",
     ["tarımdan sanayiye kadar ekonomik ilişkiler"]),
    # dates are no range of examples: "kadar" before a clause
    ("Meclis toplandı. Meclis, 5 Mart tarihinden 9 Nisan tarihine kadar tekrar uzatılmasına dair teklifi görüştü.",
     None),
]


@pytest.mark.parametrize("text, expected", NO_SPLIT)
def test_range_without_vague_class(text, expected):
    found = topics(text)
    if expected is None:
        assert len(found) <= 1
    else:
        assert found == expected


NOTHING = [
    # a press briefing is a speech: what its speaker tells about is no meeting's agenda
    "Bakanlıkta düzenlenen haftalık basın bilgilendirme toplantısında Sözcü Ahmet Kaya, tatbikatlar hakkında bilgi verdi.",
    # a team's work is no meeting
    "Futbolcular yeni sezon için mesai yapacak.",
    # the same words without a meeting in sight
    "Maç bitti. Bir diğer konu ise stadyumun kapasitesi.",
    # a count of agenda points names no topic
    "Belediye meclisi toplandı. Mecliste gündeme alınan toplam 40 madde görüşüldü.",
    # "toplandı" alone (collected) sets no meeting for a later sentence
    "Çöpler toplandı. Yeni yasa tartışılıyor.",
    # a lone owner in the genitive names nothing, whatever cue follows it
    "Raporun bir diğer başlığını oluşturan bütçede ise ilk sırayı büyük kentler alıyor.",
]


@pytest.mark.parametrize("text", NOTHING)
def test_no_topic(text):
    assert topics(text) == []
