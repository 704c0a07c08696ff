"""Statements of no agenda that a discussion cue near a meeting let through (issue 16, round 7):
a meeting's own procedure and an item that says only "current matters"; and one statement
the cue table missed, the agenda noun as an object. The sentences are
written for these tests; each row is one behaviour."""

import pytest

import pipeline


def topics(text: str) -> list[str]:
    return [t.text for t in pipeline.extract(text).topics]


NO_TOPIC = [
    # the meeting's own procedure (roll call, the minutes) is no topic of it
    "Belediye meclisi toplandı. Toplantıda yoklamanın ardından geçen oturumun tutanağının oylanması ile "
    "gündem maddelerinin görüşülmesine geçildi.",
    "Kurul toplandı. Toplantıda önceki toplantının tutanakları ele alındı.",
    # ... but a passive "oluşturul-" closes no agenda list
    "Bakanlar toplandı. Birliğin gündemindeki konular için yeni bir strateji oluşturulacak.",
    # "ile" right before the verb marks whom one talks with, not what about
    "Bakanlar toplandı. Bakan, mevkidaşı ile görüşecek.",
    "Bakan yarın Fransa Cumhurbaşkanı ile görüşecek.",
    # a cue in the future dated by a year is a plan, not a meeting's agenda
    "Zirve sona erdi. Bildiride savunma harcamalarının 2030 yılında gözden geçirileceği belirtildi.",
    "Zirve sona erdi. Bildiride savunma harcamalarının 2030'da gözden geçirileceği belirtildi.",
    # an agenda noun in the accusative is the object of a verb that takes one ("oluştur-"): here
    # of a participle, and an infinitive closes no list anyway
    "Bakanlar toplandı. Ülke gündemini sarsan bir gelişmeyle, şirketler yeni tahminlerde bulunmak yerine beklemeyi seçti.",
    "Kurul toplandı. Kentin gündemini meşgul eden tartışmada iki taraf uzlaşmaya vardı.",
    # "güncel konular" says nothing about what was discussed
    "Bakanlıkta toplantı yapıldı. Toplantıda güncel konular hakkında bilgilendirme yapıldı.",
    # an ordinal counts the meetings: "üçüncü" is no topic of one
    "Bu görüşme Kurul Heyeti'nin Bakan Demir ile üçüncü görüşmesi olacak.",
    # a cue in the conditional sets a condition, it reports no agenda
    "Kurul toplandı. Kurulda ittifak konusu görüşülecekse takvim belli olmalı.",
    "Kurul toplandı. Bütçe ele alınırsa uzlaşma çıkabilir.",
]

STILL_TOPICS = [
    # a year inside the item is no date of the cue
    ("Kurul toplandı. 2024 yılının değerlendirmesinin yapılacağı toplantıda bütçe de ele alınacak.",
     ["2024 yılı", "bütçe"]),
    # ... while a partner before the object leaves the object a topic
    ("Bakan, Lavrov ile Suriye'yi görüştü.", ["Suriye"]),
    # a demonstrative between the relative clause of a cue and its meeting noun
    ("Bakanlar bir araya geldi. Ticari ilişkiler üzerinde durulduğu bu görüşmede anlaşmalar imzalandı.",
     ["Ticari ilişkiler"]),
    # two names joined by "ve" before "arasındaki" are the two sides of one relation
    ("Bakanlar toplandı. Toplantıda göç, Türkiye ve Fransa arasındaki ticari ilişkiler ve enerji ele alındı.",
     ["göç", "Türkiye ve Fransa arasındaki ticari ilişkiler", "enerji"]),
    # the agenda noun as an object, its list as the subject of "oluştur-" ("X'in gündemini Y oluşturacak")
    ("Bakan yarın Paris'e gidecek. Bakanın yapacağı görüşmelerin ana gündemini göç ve enerji güvenliği oluşturacak.",
     ["göç", "enerji güvenliği"]),
    # a real item next to the procedure keeps its place
    ("Kurul toplandı. Toplantıda önceki oturumun tutanağı ve su fiyatları ele alındı.", ["su fiyatları"]),
]


@pytest.mark.parametrize("text", NO_TOPIC)
def test_a_statement_of_no_agenda_gives_no_topic(text):
    assert topics(text) == []


@pytest.mark.parametrize(("text", "expected"), STILL_TOPICS)
def test_a_real_item_beside_it_stays(text, expected):
    assert topics(text) == expected
