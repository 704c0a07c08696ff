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
    # a cue reported in the plural after a statement is no speaker's topic but the meeting's
    ("Bakanlar bir araya geldi. Ortak açıklamada, bakanların Kafkasya'daki durumu görüştükleri, barışa destek verdikleri "
     "belirtildi.", ["Kafkasya'daki durum"]),
]

SPEAKERS_SCENES = [
    # a press conference is one speaker's scene: what is evaluated there is the speaker's topic (round 19)
    "Sözcü, haftalık basın toplantısında liman ihalesi ve gümrük kapılarına dair "
    "değerlendirmelerde bulundu.",
    # so is a court case: what a case will take up is no meeting's agenda
    "Dava, meclis toplantısında duyuruldu. Davada, ihalelerin nasıl verildiği ve yapılan ödemeler ele alınacak.",
]


@pytest.mark.parametrize(("text", "expected"), SCENES)
def test_a_reported_cue_states_what_a_meeting_covered(text, expected):
    assert topics(text) == expected


@pytest.mark.parametrize("text", SPEAKERS_SCENES)
def test_a_press_conference_or_a_court_case_states_no_agenda(text):
    assert topics(text) == []


def test_a_statement_is_still_a_speakers_scene():
    assert topics("Heyetler görüştü. Bakan, yaptığı açıklamada enerji fiyatlarını değerlendirdi.") == []


def test_a_clause_that_claims_is_no_topic_but_one_that_asks_is():
    assert topics("Kurul toplandı. Kurulda fiyatların düşeceği konuşuldu.") == []
    assert topics("Kurul toplandı. Kurulda fiyatların nasıl düşeceği konuşuldu.") == ["fiyatların nasıl düşeceği"]


def test_a_list_of_people_is_no_list_of_topics():
    text = "Kurul toplandı. Ödül alanlardan bazıları şunlar: İşadamı Ahmet Yılmaz, Bakan Mehmet Kaya ve Vali Ayşe Demir."
    assert topics(text) == []
