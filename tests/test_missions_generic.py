"""A capitalized run before a mission head that names a kind of operation, not one operation
(headlines capitalize every word), and a training exercise named by a code name with a year.
Inputs are short texts written for these tests."""

import pytest

import pipeline


def missions(text: str) -> list[str]:
    return [e.name for e in pipeline.extract(text).entities if e.type == "MISSION"]


@pytest.mark.parametrize(
    "text",
    [
        "Antalya'da Dev Uyuşturucu Operasyonu: 9 Gözaltı\nEkipler sabah saatlerinde baskın yaptı.",
        "Kocaeli Merkezli FETÖ Operasyonu\nŞüpheliler emniyete götürüldü.",
        "Manisa'da Tefeci Operasyonu\nİki kişi adliyeye sevk edildi.",
        "Yasa Dışı Bahis Operasyonu: 14 Tutuklama\nŞüpheliler hakim karşısına çıktı.",
        "Göçmen Kaçakçılığı Operasyonu Kapsamında Üç Gözaltı\nTekne sahilde durduruldu.",
        "İl Emniyet Müdürlüğü Narkotik Operasyonu Düzenledi\nBir miktar esrar ele geçirildi.",
        "Belediye Rüşvet Operasyonu Davası Ertelendi\nMahkeme duruşmayı nisana bıraktı.",
    ],
)
def test_a_crime_or_a_target_before_the_operation_word_makes_no_mission(text):
    assert missions(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Muhalefet Lideri Algı Operasyonu Yapıldığını Söyledi\nAçıklama tepki çekti.",
        "Kaptan Menisküs Operasyonu Geçirdi\nOyuncu üç hafta sahalardan uzak kalacak.",
        "Belediyeden Asfalt Harekâtı\nEkipler mahalle yollarında çalışıyor.",
        "Golcüye Transfer Harekâtı\nKulüp iki oyuncuyla görüşüyor.",
        "Memurun Alım Gücü Geriledi\nMaaş artışı enflasyonun altında kaldı.",
    ],
)
def test_a_figurative_surgical_municipal_or_economic_operation_word_makes_no_mission(text):
    assert missions(text) == []


def test_a_word_the_article_writes_in_lowercase_before_an_operation_word_makes_no_mission():
    text = "Sahte Reçete Operasyonu\nJandarmanın sahte reçete operasyonunda dört eczacı gözaltına alındı."
    assert missions(text) == []


def test_the_only_word_of_the_name_written_in_lowercase_elsewhere_makes_no_mission():
    assert missions("Kent Genelinde Temizlik Harekâtı\nCaddelerde temizlik çalışması yapıldı.") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Olası Kandil Operasyonu\nHükümet Kandil'e yönelik hazırlıkları sürdürüyor.", ["Kandil Operasyonu"]),
        ("Pençe-Kilit Harekâtı bölgesinde bir terörist etkisiz hale getirildi.", ["Pençe-Kilit Harekâtı"]),
    ],
)
def test_a_named_operation_stays(text, expected):
    assert missions(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Uluslararası Kartal Pençesi-2026 Eğitimi'nin gözlemci günü yapıldı.",
         ["Uluslararası Kartal Pençesi-2026 Eğitimi"]),
        ("Kararlı Kalkan-2022 Eğitimi dün sona erdi.", ["Kararlı Kalkan-2022 Eğitimi"]),
    ],
)
def test_a_capitalized_training_word_after_a_code_name_with_a_year_is_an_exercise(text, expected):
    assert missions(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Hastanede Covid-19 Eğitimi düzenlendi.",
        "Personel Covid-19 Eğitimi tamamlandı.",
        "Belediye çalışanlarına \"Sıfır Atık\" eğitimi verildi.",
    ],
)
def test_a_training_word_after_other_names_is_a_course(text):
    assert missions(text) == []
