"""Line breaks a dump lost, found again where the form of the words gives them away."""

import pytest

from pipeline.api import extract
from pipeline.lang.tr.lines import restore_line_breaks


@pytest.mark.parametrize(
    ("text", "restored"),
    [
        (
            "Maç bitti. TRANSFER AÇIKLAMASI Kulüp Başkanı Ali Veli konuştu.",
            "Maç bitti.\nTRANSFER AÇIKLAMASI\nKulüp Başkanı Ali Veli konuştu.",
        ),
        (  # the short acronym after the heading opens the sentence
            "VALİ KONUŞTU ABD Büyükelçisi geldi.",
            "VALİ KONUŞTU\nABD Büyükelçisi geldi.",
        ),
        (  # a short word of the heading with two vowels stays in it
            "Kongre bitti. TOPRAK İSTİFA ETTİ Belediye Başkanı Ali Toprak konuştu.",
            "Kongre bitti.\nTOPRAK İSTİFA ETTİ\nBelediye Başkanı Ali Toprak konuştu.",
        ),
        (  # acronyms at the heading's end open the sentence, also before a word in lower case
            "Oturum kapandı. YAZILI AÇIKLAMA YAPTI MHP lideri konuştu.",
            "Oturum kapandı.\nYAZILI AÇIKLAMA YAPTI\nMHP lideri konuştu.",
        ),
        (  # after a closing quote; a number with its suffix in the heading
            "Vali \"geldik\" dedi.\" 2024'TE BAŞLADI Proje sürüyor.",
            "Vali \"geldik\" dedi.\"\n2024'TE BAŞLADI\nProje sürüyor.",
        ),
        (
            "Kurul toplandı. Bildiride; 1. Bütçe görüşüldü. 2. Yol yapımı ele alındı.",
            "Kurul toplandı. Bildiride;\n1. Bütçe görüşüldü.\n2. Yol yapımı ele alındı.",
        ),
        (
            " date 2025-03-04 Belediye yeni parkı açtı.",
            " date 2025-03-04\nBelediye yeni parkı açtı.",
        ),
    ],
)
def test_a_line_boundary_gets_its_line_break_back(text, restored):
    assert restore_line_breaks(text) == restored


@pytest.mark.parametrize(
    "text",
    [
        "Toplantıya TÜRKİYE BÜYÜK MİLLET Meclisi üyeleri katıldı.",  # capitals inside a sentence
        "CHP MYK Toplantısı bugün yapıldı.",  # acronyms only: no heading word
        "Maç bitti.\nTRANSFER AÇIKLAMASI Kulüp Başkanı konuştu.",  # the text keeps its lines
    ],
)
def test_no_line_break_where_no_line_certainly_ended(text):
    assert restore_line_breaks(text) == text


def test_a_heading_in_capitals_stays_out_of_the_office_after_it():
    record = extract("Kongre yapıldı. TOPRAK İSTİFA ETTİ Belediye Başkanı Ahmet Toprak açıklama yaptı.")
    person = next(entity for entity in record.entities if entity.type == "PERSON")
    assert [title.title for title in person.titles] == ["Belediye Başkanı"]
