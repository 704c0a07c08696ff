"""A word that only opens the sentence is no part of the organization after it: before a cue
noun (``Enerji şirketi``) when a name follows the cue or the article writes the word in
lowercase elsewhere; before a found name, a noun with a case ending whose stem the article
writes in lowercase (``Maçta``, ``Yatırımı``). Sentences written for these tests."""

import pytest

import pipeline


def organization_names(text: str) -> list[str]:
    return [e.name for e in pipeline.extract(text).entities if e.type == "ORGANIZATION"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Enerji şirketi Kuzey Işık yeni santralini açtı.", ["Kuzey Işık"]),
        ("Lojistik firması Mavi Rota ihaleyi kazandı.", ["Mavi Rota"]),
        ("Kargo şirketi zarar açıkladı. Analistler kargo sektörünü izliyor.", []),
    ],
)
def test_a_field_opening_the_sentence_before_a_cue_is_no_organization(text, names):
    assert organization_names(text) == names


def test_a_name_opening_the_sentence_before_a_cue_stays_an_organization():
    assert organization_names("Kuzey Işık şirketi yeni santralini açtı.") == ["Kuzey Işık"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Maçta Kırmızıspor rakibini yendi. Bu maç ligin kaderini belirledi.", ["Kırmızıspor"]),
        ("Yatırımı Kuzey Işık Group üstlendi. Şirket yatırım takvimini açıkladı.", ["Kuzey Işık Group"]),
        ("Merkez Bankası faizi sabit tuttu. Bankanın merkez binası yenilendi.", ["Merkez Bankası"]),
    ],
)
def test_a_case_ending_on_a_lowercase_noun_opening_the_sentence_leaves_the_name(text, names):
    assert organization_names(text) == names


def test_a_listed_name_opening_the_sentence_hides_the_listed_name_inside_it():
    assert organization_names("Yeniden Refah Partisi seçime katılacak.") == ["Yeniden Refah Partisi"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Toplantı Ilgaz Kardelen Oteli'nde yapıldı. Bakan toplantı sonrası konuştu.", ["Ilgaz Kardelen Oteli"]),
        ("Merkez Yıldızlar Derneği kuruldu. Derneğin merkez binası açıldı.", ["Merkez Yıldızlar Derneği"]),
    ],
)
def test_a_lowercase_noun_opening_the_sentence_before_a_name_word_leaves_the_name(text, names):
    # ``toplantı`` is written in lowercase and no listed name holds it; ``Merkez`` opens listed names
    assert organization_names(text) == names
