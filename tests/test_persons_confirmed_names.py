"""A surname the lists know confirms the capitalized word before it as a given name
(``pipeline/persons/confirmed_names.py``): given names that are also everyday words or that
the lists lack, inside a sentence. Sentences written for these tests."""

import pytest

import pipeline


def person_names(text: str) -> list[str]:
    return sorted(e.name for e in pipeline.extract(text).entities if e.type == "PERSON")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Toplantıya dün Lale Aldemir de katıldı.", "Lale Aldemir"),  # a surname seen once in the corpus
        ("Sabah saatlerinde Bahar Tekin yeni kitabını imzaladı.", "Bahar Tekin"),  # a lone-surname list's
        ("Mahkeme, Barış Ayanoğlu hakkında karar verdi.", "Barış Ayanoğlu"),  # a given name that is a word
        ("Konuşmayı ise Ingrid Altıner yaptı.", "Ingrid Altıner"),  # a foreign given name
    ],
)
def test_an_unknown_capitalized_word_before_a_known_surname_is_a_given_name(text, name):
    assert person_names(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Bahar Tekin dün geldi.",  # the first word opens the sentence: its capital says nothing
        "Şehirde Yağmur Tekin Parkı açıldı.",  # a longer capitalized run: a place's name
        'Yönetmenin "Bahar Tekin" adlı filmi gösterildi.',  # quoted: a work's title
        "Fuarda Lale ve Lale Aldemir modelleri tanıtıldı.",  # the first word said alone before: a thing
        "Vitrinde 7 Lale Aldemir serisi vardı.",  # after a number: a product
        "Ekipler Lale Aldemir-2024 tatbikatına katıldı.",  # joined to a year: an event
        "Dün DENİZ Tekin geldi.",  # capitals: an acronym or a headline word
        "Bu yıl Yağmur Altıner'de kaldı.",  # a place's case ending
        "Limana Kemankeş Reis yanaştı.",  # a title after a name, no surname
    ],
)
def test_no_person_from_a_surname_where_the_word_before_is_no_given_name(text):
    assert person_names(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sabah saatlerinde Bahar Tekin", "Bahar Tekin"),  # the pair ends the text
        ("Ödülü kazanan isim ise Lale Aldemir", "Lale Aldemir"),
    ],
)
def test_a_pair_at_the_end_of_the_text_is_no_quotation(text, name):
    assert person_names(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Görüşmede Kristersson, savunma bütçesini anlattı.", "Kristersson"),
        ("Açıklamada Sheinbaum yeni bir paketi duyurdu.", "Sheinbaum"),
        ("Dün Sheinbaum, yeni bir paketi duyurdu.", "Sheinbaum"),
    ],
)
def test_a_listed_surname_after_a_word_that_only_opens_the_sentence_stands_alone(text, name):
    assert person_names(text) == [name]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Sheinbaum, yeni bir paketi duyurdu.", ["Sheinbaum"]),
        ("Sheinbaum dün yeni bir paketi duyurdu.", ["Sheinbaum"]),
        ("Kim, bu paketi duyurdu?", []),  # a surname of the Wiki lists that is also a question word
        ("Zuckerberg yeni bir modeli tanıttı.", ["Zuckerberg"]),
        ("Özdağ, partisinin kongresinde konuştu.", ["Özdağ"]),
    ],
)
def test_a_public_figures_surname_opening_the_sentence_stands_alone(text, names):
    assert person_names(text) == names


def test_a_given_name_after_a_sentence_opener_is_no_lone_surname():
    assert person_names("Bahçede Ali oynuyordu.") == []  # ``Ali``: a given name and a listed surname


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sahnenin ışık tasarımı Barış Karatan'ın elinden çıktı.", "Barış Karatan"),
        ("Törende ödülü Nur Telgen aldı.", "Nur Telgen"),
        ("Kulübün yeni transferi Can Merdivan, imzayı attı.", "Can Merdivan"),
        ("Yarışta milli sporcu Toprak Dereoğlu birinci oldu.", "Toprak Dereoğlu"),  # ``-oğlu`` ends a surname
    ],
)
def test_an_everyday_given_name_is_confirmed_by_the_unlisted_word_after_it(text, name):
    assert person_names(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Hükümet Barış Süreci'ni yeniden gündeme aldı.",  # a noun in its possessive: a process
        "Mahalledeki Nur Camii onarıldı.",  # the head of a building's name
        "Fuarda Pınar Süt ürünleri tanıtıldı.",  # a longer capitalized run: a brand
        "Bu kış Nur Dağları'na kar yağdı.",  # a place's case ending after a possessive
        "Köyde yağmur yağdı ve Yağmur Hasat bayramı kutlandı.",  # a run of three capitalized words
    ],
)
def test_an_everyday_given_name_before_a_common_noun_names_no_one(text):
    assert person_names(text) == []
