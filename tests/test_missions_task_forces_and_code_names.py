"""Task forces, operations with a code name and a number, named exercises, and acronyms kept in
capitals in found names (issue 17)."""

import pytest

import pipeline


def entities(text: str, entity_type: str) -> list[tuple[str, list[str]]]:
    record = pipeline.extract(text)
    return [(e.name, [m.text for m in e.mentions]) for e in record.entities if e.type == entity_type]


def missions(text: str) -> list[tuple[str, list[str]]]:
    return entities(text, "MISSION")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a listed acronym before another form of the same mission: one mention of the listed one
        ("Fırkateynimiz CTF-151 Birleşik Görev Gücü bünyesinde görev yapacak.",
         [("Birleşik Görev Gücü 151", ["CTF-151 Birleşik Görev Gücü"])]),
        # a part of a listed mission named after it is that mission
        ("Korvetimiz UNIFIL Deniz Görev Gücü'ne katılmak üzere yola çıktı.",
         [("BM Lübnan Geçici Görev Gücü", ["UNIFIL Deniz Görev Gücü'ne"])]),
        # a listed name that ends in its mission word takes no more words after it
        ("Barış Pınarı Harekatı Bölgesinde Bulunan bir okul onarıldı.",
         [("Barış Pınarı Harekâtı", ["Barış Pınarı Harekatı"])]),
    ],
)
def test_a_listed_mission_before_words_ending_in_a_mission_word_is_one_mention(text, expected):
    assert missions(text) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("İtalya Amfibi Görev Kuvveti ortak tatbikata katıldı.", "İtalya Amfibi Görev Kuvveti"),
        ("Birleşik Görev Kuvveti 153 komutasını Mısır devraldı.", "Birleşik Görev Gücü 153"),
        ("Dün Suriye Görev Gücü yeni bir rapor hazırladı.", "Suriye Görev Gücü"),
    ],
)
def test_a_task_force_is_a_mission(text, name):
    assert [found for found, _ in missions(text)] == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Yıldırım-12 Operasyonu dün sabah başlatıldı.", "Yıldırım-12 Operasyonu"),
        ("Kıran-5 Operasyonu'nda iki sığınak imha edildi.", "Kıran-5 Operasyonu"),
        ("Jandarma ekipleri Yıldırım-12 Operasyonu'nu sürdürüyor.", "Yıldırım-12 Operasyonu"),
        ("Kıran Operasyonu dün sabah başlatıldı.", "Kıran Operasyonu"),
    ],
)
def test_an_operation_with_a_dashed_number_opening_a_sentence_is_a_mission(text, name):
    assert [found for found, _ in missions(text)] == [name]


def test_a_code_name_and_the_same_name_with_its_mission_word_are_one_operation():
    text = "Yıldırım-12 Operasyonu başlatıldı. Jandarma ekipleri Yıldırım-12 operasyonunda bir depo buldu."
    assert missions(text) == [("Yıldırım-12 Operasyonu", ["Yıldırım-12 Operasyonu", "Yıldırım-12"])]


@pytest.mark.parametrize(
    "text",
    [
        "Jandarma ilçede uyuşturucu operasyonu düzenledi.",
        "Polis sabah saatlerinde kaçakçılık operasyonu yaptı.",
        "Bingöl'de Deprem Tatbikatı yapıldı.",
        "Okulda yangın tatbikatı düzenlendi.",
        "Kış Tatbikatı dün başladı.",
    ],
)
def test_operations_named_by_their_target_and_drills_are_no_missions(text):
    assert missions(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Donanma, "Anadolu Yıldızı-2024" tatbikatına iki fırkateyn gönderdi.', "Anadolu Yıldızı-2024"),
        ("Fırkateyn, 'Mavi Dalga' tatbikatında atış yaptı.", "Mavi Dalga"),
    ],
)
def test_a_named_exercise_is_a_mission(text, name):
    assert [found for found, _ in missions(text)] == [name]


@pytest.mark.parametrize(
    ("text", "entity_type", "name"),
    [
        ("Türkiye, UNIFIL Deniz Görev Gücü kapsamında bir korvet gönderdi.", "MISSION", "BM Lübnan Geçici Görev Gücü"),
        ("UNICEF Türkiye Temsilciliği yeni bir rapor yayımladı.", "ORGANIZATION", "UNICEF Türkiye Temsilciliği"),
        ("UNICEF TÜRKİYE TEMSİLCİLİĞİ yeni bir rapor yayımladı.", "ORGANIZATION", "UNICEF Türkiye Temsilciliği"),
        ("Toplantıya UNESCO Türkiye Milli Komisyonu da katıldı.", "ORGANIZATION", "UNESCO Türkiye Milli Komisyonu"),
    ],
)
def test_an_acronym_in_capitals_stays_as_written_in_a_found_name(text, entity_type, name):
    assert name in [found for found, _ in entities(text, entity_type)]
