"""Role words of sport and local news (``hakem``, ``antrenör``) said in lowercase anchor
the name after them, known to the name lists or not, and are its title. Sentences written for
these tests. An age (``23 yaşındaki``), a resident (``mahalle sakini``) or a description of
what the person is (``kurye``, ``judocu``) announces a name and is no title."""

import pytest

from tests.conftest import persons_and_titles as people


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Karşılaşmada hakem Zorbek Adewale üç sarı kart gösterdi.", "Zorbek Adewale", "hakem"),
        ("Antrenmanı antrenör Marek Novotny yönetti.", "Marek Novotny", "antrenör"),
    ],
)
def test_a_lowercase_role_word_anchors_an_unknown_name(text, name, title):
    assert people(text) == [(name, [title])]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kazada 23 yaşındaki Zelkif Danacı yaralandı.", "Zelkif Danacı"),
        ("Olayı gören mahalle sakini Zelkif Danacı yaşananları anlattı.", "Zelkif Danacı"),
        ("Dükkanı su basan esnaf Rıfat Tosunoğlu zararını anlattı.", "Rıfat Tosunoğlu"),
        ("Siparişi kurye Zorbek Adewale teslim etti.", "Zorbek Adewale"),
        ("Turnuvada judocu Zorbek Adewale altın madalya kazandı.", "Zorbek Adewale"),
    ],
)
def test_an_age_a_resident_or_a_description_announces_a_name_and_is_no_title(text, name):
    assert people(text) == [(name, [])]
