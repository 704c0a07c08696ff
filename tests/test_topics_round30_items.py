"""Agenda item edges of round 30: a participant or a stretch of time before a relative clause's
verb is inside the item (``veli temsilcilerine yapılan şikâyetler``, ``yaz boyunca sahillerde
yapılan denetimler``), a ``-DIğInA`` clause before ``dair``/``ilişkin`` modifies the noun after
them (``X'in uygun bulunduğuna dair kanun teklifi``), a quoted ordinal ends no sentence and a
clause giving another name of a title (``"4. Reform Paketi" olarak bilinen X Kanun Teklifi``)
drops, ``başta X olmak üzere`` opens a list after ``gündeminde`` too, and a clock time before the
item is when. Inputs are sentences written for these tests."""

import pytest

import pipeline
from pipeline.lang.tr.text import sentence_breaks


def topics(text: str) -> list[str]:
    return [t.text for t in pipeline.extract(text, published="2026-03-10").topics]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Toplantıda okul servisleri, veli temsilcilerine yapılan şikâyetler ve kantin fiyatları ele alındı.",
         ["okul servisleri", "veli temsilcilerine yapılan şikâyetler", "kantin fiyatları"]),
        ("Kurulda ilçe muhtarlarından gelen talepler ve yol çalışmaları görüşüldü.",
         ["ilçe muhtarlarından gelen talepler", "yol çalışmaları"]),
    ],
)
def test_a_participant_before_a_participle_is_inside_the_item(text, expected):
    assert topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Toplantıda yaz boyunca sahillerde yapılan denetimler ve su kesintileri ele alındı.",
         ["yaz boyunca sahillerde yapılan denetimler", "su kesintileri"]),
        ("Toplantıda, kış süresince köylerde yürütülen yol çalışmaları ve kar küreme araçları ele alındı.",
         ["kış süresince köylerde yürütülen yol çalışmaları", "kar küreme araçları"]),
    ],
)
def test_a_stretch_of_time_before_a_participle_is_inside_the_item(text, expected):
    assert topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Meclis, Türkiye ile Gürcistan arasındaki Hava Ulaştırma Anlaşması'nın onaylanmasının uygun "
         "bulunduğuna dair kanun teklifini görüşecek.",
         ["Türkiye ile Gürcistan arasındaki Hava Ulaştırma Anlaşması'nın onaylanmasının uygun bulunduğuna "
          "dair kanun teklifi"]),
        ("Komisyon, vergi oranlarının düşürüleceğine ilişkin önergeyi ele aldı.",
         ["vergi oranlarının düşürüleceğine ilişkin önerge"]),
    ],
)
def test_a_clause_before_a_postposition_modifies_the_noun_after_it(text, expected):
    assert topics(text) == expected


def test_a_quoted_ordinal_ends_no_sentence():
    text = 'Gündemde "4. Reform Paketi" var. Toplantı sürüyor.'
    assert sentence_breaks(text, 0, len(text)) == [text.index(" Toplantı")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Meclisin gündeminde, basında "4. Reform Paketi" olarak bilinen Vergi Usul Kanunu ile Bazı Kanunlarda '
         "Değişiklik Yapılmasına Dair Kanun Teklifi var.",
         ["Vergi Usul Kanunu ile Bazı Kanunlarda Değişiklik Yapılmasına Dair Kanun Teklifi"]),
        # no title after it: the clause says which bill
        ('Meclisin gündeminde, "Reform Paketi" olarak bilinen kanun teklifi var.',
         ['"Reform Paketi" olarak bilinen kanun teklifi']),
    ],
)
def test_a_clause_giving_another_name_of_a_title_drops(text, expected):
    assert topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zirvenin gündeminde, başta Gazze'deki ateşkes olmak üzere Sudan'daki kriz ve Libya'daki seçimler var.",
         ["Gazze'deki ateşkes", "Sudan'daki kriz", "Libya'daki seçimler"]),
    ],
)
def test_a_first_example_opens_the_list_after_gundeminde(text, expected):
    assert topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Komisyon, perşembe günü saat 14.00'te Sayıştay'ın denetim raporunu görüşecek.",
         ["Sayıştay'ın denetim raporu"]),
        ("Meclis yarın saat 15'te bütçe kanun teklifini görüşecek.", ["bütçe kanun teklifi"]),
        # a participle after the time takes it
        ("Toplantıda saat 10.00'da başlayan grev ve ulaşım sorunları ele alındı.",
         ["saat 10.00'da başlayan grev", "ulaşım sorunları"]),
    ],
)
def test_a_clock_time_before_the_item_is_when(text, expected):
    assert topics(text) == expected
