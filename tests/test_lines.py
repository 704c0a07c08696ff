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
        (  # an acronym of the catalogues opens the sentence, whatever its vowels
            "Tatbikat bitti. DENİZDE YENİ GÖREV NATO Deniz Komutanlığı açıklama yaptı.",
            "Tatbikat bitti.\nDENİZDE YENİ GÖREV\nNATO Deniz Komutanlığı açıklama yaptı.",
        ),
        (  # a word of three letters is an acronym, also with two vowels
            "Kongre bitti. BAŞKANDAN MESAJ İYİ Parti yönetimi toplandı.",
            "Kongre bitti.\nBAŞKANDAN MESAJ\nİYİ Parti yönetimi toplandı.",
        ),
        (  # a word of four letters with two vowels stays in the heading stays in it
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
        (  # an agency's dateline after the heading
            "Sezon bitti. BAŞKAN: HEDEF BÜYÜK BURSA (AA) - Kulüp Başkanı konuştu.",
            "Sezon bitti. BAŞKAN: HEDEF BÜYÜK\nBURSA (AA) - Kulüp Başkanı konuştu.",
        ),
        (
            "Sezon bitti. HEDEF BÜYÜK SAN DİEGO (AA) - Kulüp Başkanı konuştu.",
            "Sezon bitti. HEDEF BÜYÜK\nSAN DİEGO (AA) - Kulüp Başkanı konuştu.",
        ),
        (  # an outlet's dateline after a sentence's end
            "Yarış bitti... GAZETE - Kulüp yeni sezona hazırlanıyor.",
            "Yarış bitti...\nGAZETE - Kulüp yeni sezona hazırlanıyor.",
        ),
        (  # the credit line closing the text
            "Toplantı sona erdi. Kaynak: Yerel Haber Merkezi",
            "Toplantı sona erdi.\nKaynak: Yerel Haber Merkezi",
        ),
        (  # the rows of a table; where the last row ends is not known
            "Bütçeler: Merkez Belediyesi: 7 milyon TL Dere Belediyesi: 6 milyon TL Köy Belediyesi: 5 milyon TL",
            "Bütçeler: Merkez Belediyesi: 7 milyon TL\nDere Belediyesi: 6 milyon TL\nKöy Belediyesi: 5 milyon TL",
        ),
        (  # a bulleted list after a colon; where its last item ends is not known
            "Tarihler şöyle: - 3 Mart 2025 - 9 Nisan 2025 Kurul toplanacak.",
            "Tarihler şöyle:\n- 3 Mart 2025\n- 9 Nisan 2025 Kurul toplanacak.",
        ),
        (  # the stamp of a date with its time
            "Hoca konuştu 3 Mart 2025 Pazartesi 14:30 Kulübün yeni hocası geldi.",
            "Hoca konuştu\n3 Mart 2025 Pazartesi 14:30\nKulübün yeni hocası geldi.",
        ),
        (  # a heading closed by a finite verb, no period, before a word in title case
            "Vali konukları kabul etti Ekonomi masada Vali Ali konuştu.",
            "Vali konukları kabul etti\nEkonomi masada Vali Ali konuştu.",
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
        "Bakan şunu söyledi: Ekonomi güçlü Vali Ali: evet.",  # a colon after prose, no table
        "Toplantıda ABD - Çin ilişkileri konuşuldu.",  # capitals and a dash inside a sentence
        "Toplantıya yapılacak Ankara zirvesi için gidildi.",  # a participle before a name
        "Ülkenin başkenti Ankara büyüyor.",  # -ntI is no past tense
        "Kurul toplandı. ÖNCEKİ KARAR NE OLDU? Kurul yine toplandı.",  # a short word before capitals
        "Anlaşma 3 Mart 2025 Pazartesi Ankara tarafından imzalandı.",  # a date inside a sentence
        "Maç bitti.\nTRANSFER AÇIKLAMASI Kulüp Başkanı konuştu.",  # the text keeps its lines
    ],
)
def test_no_line_break_where_no_line_certainly_ended(text):
    assert restore_line_breaks(text) == text


def test_a_heading_in_capitals_stays_out_of_the_office_after_it():
    record = extract("Kongre yapıldı. TOPRAK İSTİFA ETTİ Belediye Başkanı Ahmet Toprak açıklama yaptı.")
    person = next(entity for entity in record.entities if entity.type == "PERSON")
    assert [title.title for title in person.titles] == ["Belediye Başkanı"]
