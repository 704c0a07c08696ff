"""A party's role in a court case (``sanık``, ``şüpheli``, ``tanık``) anchors the full name after
it, known to the name lists or not; the role is no title. Sentences written for these tests."""

import pytest

from tests.conftest import persons_and_titles as people


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Duruşmada sanık Zelkif Danacı savunma yaptı.", "Zelkif Danacı"),
        ("Operasyonda şüpheli Rıfat Tosunoğlu yakalandı.", "Rıfat Tosunoğlu"),
        ("Dosyaya davacı Zelkif Danacı'nın dilekçesi eklendi.", "Zelkif Danacı"),
        ("Sanık Zelkif Danacı tahliye edildi.", "Zelkif Danacı"),  # the role opening the sentence
    ],
)
def test_a_name_after_a_court_role_is_a_person_without_a_title(text, name):
    assert people(text) == [(name, [])]


@pytest.mark.parametrize(
    "text",
    [
        "Duruşmada sanık Danacı savunma yaptı.",  # one word: a surname of a name not said in full
        "Olayda şüpheli Ankara Emniyet Müdürlüğü'ne götürüldü.",  # a body's name after the role
    ],
)
def test_no_new_person_from_one_word_or_a_body_after_a_court_role(text):
    assert people(text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Mahkeme, tutuklu sanıklar Zelkif Danacı, Rıfat Tosunoğlu ve Nodar Kvirkelo hakkında karar verdi.",
         ["Zelkif Danacı", "Rıfat Tosunoğlu", "Nodar Kvirkelo"]),
        ("Şüphelilerden Zelkif Danacı ile Rıfat Tosunoğlu adliyeye sevk edildi.", ["Zelkif Danacı", "Rıfat Tosunoğlu"]),
        ("Ekipler, Gürcistan uyruklu Nodar Kvirkelo ve Tamaz Beridzo'yu havalimanında yakaladı.",
         ["Nodar Kvirkelo", "Tamaz Beridzo"]),
        ("Heyet, sanıklar Z.D. ve R.T.'yi beraat ettirdi.", ["Z.D.", "R.T."]),
    ],
)
def test_a_plural_role_or_a_nationality_names_each_item_of_the_list_after_it(text, names):
    assert people(text) == [(name, []) for name in names]


@pytest.mark.parametrize(
    "text",
    [
        "Sanıklar Ankara'da yargılanmaya devam ediyor.",  # a place after the plural role
        "Suriye uyruklu 4 kişi sınırda yakalandı.",  # a count after the nationality
    ],
)
def test_no_person_after_a_plural_role_or_a_nationality_without_a_name(text):
    assert people(text) == []


def test_a_singular_role_names_only_the_first_item_of_a_list():
    text = "Duruşmaya sanık Zelkif Danacı, Sesli Kayıt Sistemi ile bağlandı."
    assert [name for name, _ in people(text)] == ["Zelkif Danacı"]
