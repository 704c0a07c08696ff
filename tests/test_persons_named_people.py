"""Persons named by one word (issue 17): a word of naming with a noun of a person after it
(``Deniz adında bir oğlu``: ``pipeline/persons/named_people.py``) and the epithets of stars
before a name (``Megastar``, ``Süperstar``: cue rows of ``data/titles.tsv``, no title).
Sentences written for these tests."""

import pytest

import pipeline


def persons(text: str) -> list[tuple[str, list[str]]]:
    return sorted((e.name, [t.title for t in e.titles or []])
                  for e in pipeline.extract(text).entities if e.type == "PERSON")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sanatçının ikinci evliliğinden Deniz adında bir oğlu var.", "Deniz"),  # a given name alone
        ("Çiftin geçen ay Mert isimli bir çocuğu dünyaya geldi.", "Mert"),
        ("Oyuncunun Ela adındaki kızı okula başladı.", "Ela"),
        ("Kazada Bora adlı genç hafif yaralandı.", "Bora"),
        ("Olay yerinde Zeynel ismindeki vatandaş polise haber verdi.", "Zeynel"),
        ("Dün Yiğit adında bir öğrenci ödül aldı.", "Yiğit"),  # a capital that only opens the sentence
        ("Olayda Lale Aksoy adlı kadın yaralandı.", "Lale Aksoy"),  # a full name
        ("Kulüp, Tomasz adlı futbolcuyla sözleşme imzaladı.", "Tomasz"),  # a name the lists lack
    ],
)
def test_a_word_named_before_a_noun_of_a_person_is_a_person(text, name):
    assert [n for n, _ in persons(text)] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Yönetmen, Kuzey adlı filmini tanıttı.",  # a work
        "İki ortak Işık isimli bir şirket kurdu.",  # a company
        "Köyde Karabaş adlı eşek kayboldu.",  # an animal
        "Gençler, Umut adlı gençlik merkezinde toplandı.",  # a derived noun: a place
        "Bölgede Barış adlı kişisel blog yayın yapıyor.",  # a derived adjective
        "Astronomlar Vega adlı yıldızı inceledi.",  # a star in the sky
        "Kampa 'Yıldırım' kod adlı bir ekip gitti.",  # a code name in quotes
    ],
)
def test_no_person_where_the_named_thing_is_no_person(text):
    assert persons(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Megastar Tarkan yeni albümünü tanıttı.", "Tarkan"),
        ("Konserde Süperstar Ajda Pekkan sahneye çıktı.", "Ajda Pekkan"),
    ],
)
def test_a_stars_epithet_announces_a_name_and_is_no_title(text, name):
    assert persons(text) == [(name, [])]
