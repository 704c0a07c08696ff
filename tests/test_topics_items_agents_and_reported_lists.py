"""Agenda readings of round 28: one-syllable nouns in the accusative (``krizi``, ``göçü``); a scene's
locative that a participle right after it takes stays in its item (``barış sürecinde gelinen
aşama``); a postposition with a discussion noun inside a list is an item (``ateşkese ilişkin
müzakereler ve ...``); ``geleceğini`` after a genitive is the noun; a reporting verb between a cue
and its colon; a passive cue's agent is no item; examples before ``gibi`` need no ``ve``; a
numbered list's last line closed by a full stop. Inputs are sentences written for these tests."""

import pytest

import pipeline


def topics(text: str) -> list[str]:
    return [t.text for t in pipeline.extract(text, published="2026-03-10").topics]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Toplantıda ikili ticareti ve insani krizi ele aldı.", ["ikili ticaret", "insani kriz"]),
        ("Toplantıda düzensiz göçü ve ticareti ele aldı.", ["düzensiz göç", "ticaret"]),
    ],
)
def test_a_one_syllable_noun_in_the_accusative_ends_an_item(text, expected):
    assert topics(text) == expected


def test_a_scene_a_participle_takes_stays_in_the_item():
    text = "Toplantıda yeni anayasa çalışmaları, barış sürecinde gelinen aşama ve Gazze'deki saldırılar ele alındı."
    assert topics(text) == ["yeni anayasa çalışmaları", "barış sürecinde gelinen aşama", "Gazze'deki saldırılar"]


def test_a_postposition_and_its_discussion_noun_inside_a_list_is_an_item():
    text = "Görüşmede, Gazze'deki insani durum, ateşkese ilişkin müzakereler ve Yemen'deki gelişmeler ele alındı."
    assert topics(text) == ["Gazze'deki insani durum", "ateşkese ilişkin müzakereler", "Yemen'deki gelişmeler"]


def test_a_postposition_before_a_discussion_noun_alone_still_states_a_topic():
    assert topics("İki bakan, ticarete ilişkin görüşmeler yaptı.") == ["ticaret"]


def test_the_future_of_something_is_a_noun_after_its_genitive():
    assert topics("Fidan, mevkidaşıyla Avrupa'nın güvenliğinin geleceğini görüştü.") == [
        "Avrupa'nın güvenliğinin geleceği"]


def test_that_someone_will_come_is_no_topic():
    assert topics("Bakanlar, Putin'in Ankara'ya geleceğini görüştü.") == []


@pytest.mark.parametrize("verb", ["söyledi", "belirtti"])
def test_a_reporting_verb_may_stand_between_the_cue_and_its_colon(verb):
    text = f"Sözcü, toplantıda şu konuların ele alındığını {verb}: emekli aylıkları ve ilçe kongreleri."
    assert topics(text) == ["emekli aylıkları", "ilçe kongreleri"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Toplantıda zirve kararlarının uygulanması bakanlar tarafından gözden geçirildi.",
         ["zirve kararlarının uygulanması"]),
        ("Toplantıda bütçe ve göç, Dışişleri Bakanı Hakan Fidan tarafından değerlendirildi.", ["bütçe", "göç"]),
    ],
)
def test_a_passive_cues_agent_is_no_item(text, expected):
    assert topics(text) == expected


def test_examples_before_gibi_need_no_ve():
    assert topics("Toplantıda enflasyon, Gazze'deki ateşkes gibi konular görüşülecek.") == [
        "enflasyon", "Gazze'deki ateşkes"]


def test_the_last_line_of_a_numbered_list_may_end_in_a_full_stop():
    text = ("Meclisin gündeminde şu maddeler yer aldı:\n\n1- Faaliyet raporunun görüşülmesi,\n"
            "2- Ek ödenek talebi,\n3- Taşınmazın satışı.")
    assert topics(text) == ["Faaliyet raporunun görüşülmesi", "Ek ödenek talebi", "Taşınmazın satışı"]


def test_a_subject_and_a_day_open_no_item():
    assert topics("Kabine 23 Mart'ta ekonomi paketini görüşecek.") == ["ekonomi paketi"]


@pytest.mark.parametrize(("word", "stem"), [("zammı", "zam"), ("hattı", "hat")])
def test_a_one_syllable_noun_that_doubles_its_consonant_loses_both(word, stem):
    from pipeline.lang.tr.morphology import case_suffix_length

    assert word[: len(word) - case_suffix_length(word, "acc")] == stem


def test_the_given_name_hakki_is_no_accusative():
    from pipeline.lang.tr.morphology import has_case

    assert not has_case("hakkı", "acc")


@pytest.mark.parametrize(
    "text",
    [
        "Toplantıda milletvekili, arabuluculuk girişimlerine ilişkin Meclise daha sık bilgi verilmesi gerektiğini belirtti.",
        "Altın son üç haftanın zirvesini gördü. Analist, yatırımcıların enflasyon verisine odaklandığını söyledi.",
        "Meclis üyeleri, teklifin, şirketin başvurusuyla gündeme geldiğini söyledi.",
    ],
)
def test_a_demand_a_price_peak_and_a_cause_state_no_agenda(text):
    assert topics(text) == []


def test_a_briefing_held_still_states_its_topic():
    assert topics("Toplantıda Bakan, ekonomiye ilişkin bilgi verdi.") == ["ekonomi"]
