"""Agenda statements and item spans in shapes found in real news by issue 16, round 6: a
genitive set off by a comma inside a long item, a quoted slogan of a summit, the agenda noun
as the subject of a nominal predicate. The sentences
are written for these tests; each row is one behaviour."""

import pytest

import pipeline


def topics(text: str) -> list[str]:
    return [t.text for t in pipeline.extract(text).topics]


STATEMENTS = [
    # (sentence, expected items)
    # a genitive before a comma owns a verbal noun further on: the comma is inside the item
    ("Genel Kurulda, öğrenci bursu ödeme süresinin, 1 Ocak 2025 tarihinden itibaren altı ay daha uzatılmasına "
     "dair kanun teklifi görüşülecek.",
     ["öğrenci bursu ödeme süresinin, 1 Ocak 2025 tarihinden itibaren altı ay daha uzatılmasına dair kanun teklifi"]),
    # a quoted slogan in the instrumental names the summit its clause ends in, as a theme does
    ("Liderler, “Ortak Gelecek İçin Dijital Dönüşüm” sloganıyla Astana'da düzenlenen zirvede bir araya geldi.",
     ["Ortak Gelecek İçin Dijital Dönüşüm"]),
    # a postposition phrase before a comma describes a noun further on: one item
    ("Liderler zirvede bir araya geldi. Zirvede Rusya'nın bu kararına karşı, bölgenin izleyeceği yol haritasını değerlendirdik.",
     ["Rusya'nın bu kararına karşı, bölgenin izleyeceği yol haritası"]),
    ("Kabine toplandı. Toplantıda gençlere yönelik, kadınlara yönelik ve engellilere yönelik destekler görüşüldü.",
     ["gençlere yönelik, kadınlara yönelik ve engellilere yönelik destekler"]),
    # "X olarak" right before a first person participle is inside the relative clause
    ("Liderler zirvede bir araya geldi. Zirvede ülkeler olarak izleyeceğimiz yol haritasını değerlendirdik.",
     ["ülkeler olarak izleyeceğimiz yol haritası"]),
    # a noun with a relative clause, in the instrumental, is the means; the list starts after it
    ("Liderler zirvede bir araya geldi. Onayladığımız ortak metinle bölgedeki son gelişmeleri değerlendirdik.",
     ["bölgedeki son gelişmeler"]),
    # adjectives in a row before a comma share the noun after them
    ("Bakanlar görüştü. Görüşmede siyasi, ekonomik ve kültürel ilişkiler ele alındı.",
     ["siyasi, ekonomik ve kültürel ilişkiler"]),
    # the aim of the talks, an infinitive before "için", is their topic
    ("Bakanlar görüştü. Liderler ticaret hacmini artırmak için görüş alışverişinde bulundu.",
     ["ticaret hacmini artırmak"]),
    # the agenda noun as the subject: its list runs up to the predicate "ol-"
    ("Heyet dün Bakan ile görüştü. Gündem vergi düzenlemesi ve istihdam paketi oldu.",
     ["vergi düzenlemesi", "istihdam paketi"]),
    ("Bakanlar toplandı. Toplantının gündemi göç ve sınır güvenliği oldu.", ["göç", "sınır güvenliği"]),
    # ... or up to "X olarak belirtildi", after a semicolon too
    ("Kabine toplanıyor. Toplantının ana gündem maddeleri; asgari ücret, emekli maaşları ve vergi konuları "
     "olarak belirtildi.", ["asgari ücret", "emekli maaşları", "vergi"]),
    # an adverb of order before the cue ("ilk olarak") is no part of the last item
    ("Bakanlar toplandı. Toplantıda su kaynakları ve orman yangınları ilk olarak ele alınacak.",
     ["su kaynakları", "orman yangınları"]),
    # the case ending after a closing quote belongs to the sentence
    ('Kurul toplandı. Oturumda "göç ve nüfus"a ilişkin bir sunum yapıldı.', ['"göç ve nüfus"']),
    # a person before "ile" and a relative participle is the partner inside the item
    ("Kabine bugün toplanacak. Toplantıda Bakan Ayşe Demir'in Başbakan Ali Kaya ile yaptığı görüşmenin "
     "sonuçları da masaya yatırılacak.",
     ["Bakan Ayşe Demir'in Başbakan Ali Kaya ile yaptığı görüşmenin sonuçları"]),
]

NO_STATEMENT = [
    # a slogan of no meeting
    "Sanatçı, “Sevgi ve Barış” sloganıyla yeni bir albüm çıkardı.",
    # "için" after a noun, or a purpose of a trip, names no topic
    "Bakanlar görüştü. Bu amaç için yeni bir görüşme yapılacak.",
    "Bakan, halkla görüşmek için geldi.",
    # an agenda noun with a case ending, or as a predicate, states no list after it
    "Bakanlar toplandı. Bu konu gündemde olan tek mesele değil.",
    "Bakanlar toplandı. Bakanın yurt dışı gezileriyle birlikte gündem oluşturan iddialar soruldu.",
    # an adjective alone is no topic
    "Bakanlar toplandı. Meclisin gündemi bu hafta oldukça yoğun olacak.",
    # a subject without a meeting in sight is the public's agenda
    "Türkiye'nin gündemi bu hafta ekonomi oldu.",
]


@pytest.mark.parametrize(("text", "expected"), STATEMENTS)
def test_a_statement_gives_its_items_whole(text, expected):
    assert topics(text) == expected


@pytest.mark.parametrize("text", NO_STATEMENT)
def test_a_sentence_without_an_agenda_gives_no_topic(text):
    assert topics(text) == []
