"""Given names from public lists (data/given_names_world.tsv, data/given_names_world_gfdl.tsv,
built by scripts/build_world_given_names.py): Turkish given names and those of the foreign
players, leaders and artists world news names. A listed given name still needs a capitalized
surname after it, and everyday words, places and months stay out of the lists. Inputs are short
texts written for these tests."""

import pytest

import pipeline
from pipeline.resources import read_words


def names(text: str) -> set[str]:
    return {p.name for p in pipeline.extract(text).entities if p.type == "PERSON"}


@pytest.mark.parametrize(
    "text, name",
    [
        ("Toplantıya Yiğithan Karaca da katıldı.", "Yiğithan Karaca"),
        ("Ödülü Batıkan Soylu aldı.", "Batıkan Soylu"),
        ("Sergiyi Aleyna Tekçe açtı.", "Aleyna Tekçe"),
        ("Golü Matías Ferreyra attı.", "Matías Ferreyra"),
        ("Kolombiyalı forvet Jhon Arboleda sakatlandı.", "Jhon Arboleda"),
        ("Maçın yıldızı Chukwuemeka Obiora oldu.", "Chukwuemeka Obiora"),
        ("Açıklamayı Yuriy Savçenko yaptı.", "Yuriy Savçenko"),
        ("Transferde Qendrim Hoxha ile anlaşıldı.", "Qendrim Hoxha"),
        ("Konseri Hayato Morita verdi.", "Hayato Morita"),
        ("Görüşmeye Dauren Abenov katıldı.", "Dauren Abenov"),
    ],
)
def test_a_listed_given_name_opens_a_name(text, name):
    assert name in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Dejan dün antrenmana çıkmadı.",  # a given name alone: no surname after it
        "Yakut Madeni yeniden açıldı.",  # ruby: an everyday word
        "Kasım Ayı Raporu yayımlandı.",  # a month
        "Victoria Gölü kıyısında yürüdük.",  # a place
    ],
)
def test_a_given_name_without_a_surname_or_an_everyday_word_makes_no_person(text):
    assert names(text) == set()


@pytest.mark.parametrize("word", ["umut", "ana", "kasım", "yakut", "santa", "victoria", "deniz", "ankara"])
def test_everyday_words_places_and_months_are_not_in_the_world_lists(word):
    listed = read_words("given_names_world.tsv", "name") | read_words("given_names_world_gfdl.tsv", "name")
    assert word not in listed


def test_after_an_everyday_given_name_a_word_only_the_public_lists_hold_is_the_surname():
    # ``Atalay`` is a given name of the public lists and a surname: ``Can`` is everyday, ``Atalay`` its surname
    assert "Can Atalay" in names("Tören öncesinde Can Atalay da konuştu.")


@pytest.mark.parametrize(
    "text",
    [
        "Irene Kasırgası kıyıya ulaştı.",
        "Daniel Fırtınası adaları vurdu.",
        "Beşir Komu yolunda kaza oldu.",
    ],
)
def test_a_storm_or_a_hamlet_named_after_a_given_name_is_no_person(text):
    assert names(text) == set()
