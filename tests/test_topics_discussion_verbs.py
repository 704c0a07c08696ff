"""Discussion verbs under any verb ending, and what such a verb's object cannot be (issue 16,
round 8). The sentences are written for these tests; each row is one behaviour."""

import pytest

import pipeline


def topics(text: str) -> list[str]:
    return [t.text for t in pipeline.extract(text).topics]


STATEMENTS = [
    # the present progressive of "görüş-" after a postposition
    ("Banka ve bakanlık, yeni kredinin artırılması konusunda görüşüyor.", ["yeni kredinin artırılması"]),
    # the reported past
    ("Bakanlar dün bir araya geldi. Bakanlar, liman projesini görüşmüş.", ["liman projesi"]),
    # the aorist, in the plural
    ("Heyetler her yıl toplanır. Heyetler, sınır ticaretini görüşürler.", ["sınır ticareti"]),
    # the -(y)Ip converb of a discussion verb before another verb
    ("Kurul toplandı. Kurul, su fiyatlarını görüşüp karara bağladı.", ["su fiyatları"]),
    # "konuş-" in the progressive, with a meeting in sight
    ("Toplantıda bakanlar, göç politikasını konuşuyor.", ["göç politikası"]),
]

NO_STATEMENT = [
    # "görüş" as a noun (an opinion) is no discussion verb
    "Toplantı yapıldı. Bakan, bu konudaki görüşünü açıkladı.",
    # "konuşma" is a speech, not the act of discussing
    "Kurul toplandı. Başkan, yılın hedeflerini anlattığı geleneksel konuşmasını yaptı.",
    # a meeting's name before the verb holds no object of it
    "Bakanlar en son geçen yıl Avrupa Dışişleri Bakanları Toplantısı'nda görüşmüştü.",
    # a pronoun after a genitive is the object of a clause, no topic
    "Maç oynandı. Herkes, kazandıktan sonra dünyanın onları konuşacağını söyledi.",
]


@pytest.mark.parametrize(("text", "expected"), STATEMENTS)
def test_a_discussion_verb_under_any_verb_ending_states_its_topics(text, expected):
    assert topics(text) == expected


@pytest.mark.parametrize("text", NO_STATEMENT)
def test_a_noun_a_meetings_name_or_a_pronoun_is_no_topic(text):
    assert topics(text) == []


SCENES = [
    # a press conference is a hearing: what is evaluated there is what it covered
    ("Bakan, düzenlediği basın toplantısında iki ülke arasındaki ticaret ve vize serbestisine dair "
     "değerlendirmelerde bulundu.", ["iki ülke arasındaki ticaret", "vize serbestisi"]),
    # so is a court case (with a meeting in sight, as "ele al-" needs)
    ("Dava, meclis toplantısında duyuruldu. Davada, ihalelerin nasıl verildiği ve yapılan ödemeler ele alınacak.",
     ["ihalelerin nasıl verildiği", "yapılan ödemeler"]),
    # a cue reported in the plural after a statement is no speaker's topic but the meeting's
    ("Bakanlar bir araya geldi. Ortak açıklamada, bakanların Kafkasya'daki durumu görüştükleri, barışa destek verdikleri "
     "belirtildi.", ["Kafkasya'daki durum"]),
]


@pytest.mark.parametrize(("text", "expected"), SCENES)
def test_a_hearing_or_a_reported_cue_states_what_a_meeting_covered(text, expected):
    assert topics(text) == expected


def test_a_statement_is_still_a_speakers_scene():
    assert topics("Heyetler görüştü. Bakan, yaptığı açıklamada enerji fiyatlarını değerlendirdi.") == []


def test_a_clause_that_claims_is_no_topic_but_one_that_asks_is():
    assert topics("Kurul toplandı. Kurulda fiyatların düşeceği konuşuldu.") == []
    assert topics("Kurul toplandı. Kurulda fiyatların nasıl düşeceği konuşuldu.") == ["fiyatların nasıl düşeceği"]


def test_a_list_of_people_is_no_list_of_topics():
    text = "Kurul toplandı. Ödül alanlardan bazıları şunlar: İşadamı Ahmet Yılmaz, Bakan Mehmet Kaya ve Vali Ayşe Demir."
    assert topics(text) == []
