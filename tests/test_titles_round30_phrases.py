"""Person titles, round 30 (phrases): an acronym or short name in parentheses inside or after an
office, a body's noun in a case opening the sentence, a body's name listing fields with commas, two
sides paired with ``ile`` inside an office, a country whose name is also an ordinary word opening the
sentence before a state's office, a count of terms between two offices, the partitive plural of
an office, a brand's capitals inside an office. Sentences written for these tests."""

import pytest

import pipeline
from tests.conftest import titles_by_person as people


def _titles(text: str, name: str) -> list[tuple[str, str | None]]:
    """The titles of ``name`` with their office's country."""
    person = next(e for e in pipeline.extract(text).entities if e.type == "PERSON" and e.name == name)
    return [(t.title, t.country) for t in person.titles]


def _countries(text: str) -> list[str]:
    return [e.iso2 for e in pipeline.extract(text).entities if e.type == "COUNTRY"]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("2019'dan beri Şirket İcra Kurulu Başkanı (CEO) olarak görev yapan Ali Kaya istifa etti.",
         "Şirket İcra Kurulu Başkanı"),
        ("Geçen yıldan beri Grup Genel Müdürü (CEO) olan Ali Kaya istifa etti.", "Grup Genel Müdürü"),
    ],
)
def test_an_offices_acronym_in_parentheses_stands_between_the_office_and_its_participle(text, title):
    assert people(text)["Ali Kaya"] == [title]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Avrupa Sınır ve Sahil Güvenlik Ajansı (Frontex) Sözcüsü Ali Kaya konuştu.",
         "Avrupa Sınır ve Sahil Güvenlik Ajansı Sözcüsü"),
        ("Avrupa Sınır ve Sahil Güvenlik Ajansı (Frontex) Direktörü Ali Kaya konuştu.",
         "Avrupa Sınır ve Sahil Güvenlik Ajansı Direktörü"),
    ],
)
def test_a_bodys_short_name_in_parentheses_keeps_its_full_name_in_the_office(text, title):
    assert people(text)["Ali Kaya"] == [title]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Genel Kurula TÜRKŞEKER Genel Müdürü Ali Kaya da katıldı.", "TÜRKŞEKER Genel Müdürü"),
        ("Genel Kurulda TZOB Genel Başkanı Ali Kaya konuştu.", "TZOB Genel Başkanı"),
        ("Yönetim Kuruluna Tariş Genel Müdürü Ali Kaya seçildi.", "Tariş Genel Müdürü"),
    ],
)
def test_a_bodys_noun_in_the_dative_or_locative_is_no_part_of_the_office_after_it(text, title):
    assert people(text)["Ali Kaya"] == [title]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Türkiye Süt, Et, Gıda Sanayicileri ve Üreticileri Birliği Yönetim Kurulu Başkanı Ali Kaya konuştu.",
         "Türkiye Süt, Et, Gıda Sanayicileri ve Üreticileri Birliği Yönetim Kurulu Başkanı"),
        ("Toplantıda Kereste, Mobilya, Orman Ürünleri ve Sanatkârları Odası Başkanı Ali Kaya konuştu.",
         "Kereste, Mobilya, Orman Ürünleri ve Sanatkârları Odası Başkanı"),
    ],
)
def test_a_bodys_name_listing_fields_with_commas_is_one_office(text, title):
    assert people(text)["Ali Kaya"] == [title]


def test_a_name_set_off_by_one_comma_before_a_body_is_no_part_of_its_office():
    assert people("Ayşe Demir, Esnaf ve Sanatkârlar Odası Başkanı olarak konuştu.")["Ayşe Demir"] == [
        "Esnaf ve Sanatkârlar Odası Başkanı"]


def test_two_sides_paired_with_ile_before_arasindaki_are_the_offices_field():
    text = "AB'nin Kosova ile Sırbistan Arasındaki Diyaloğu Kolaylaştırmaktan Sorumlu Özel Temsilcisi John Smith " \
           "Priştine'ye geldi."
    assert people(text)["John Smith"] == [
        "AB Kosova ile Sırbistan Arasındaki Diyaloğu Kolaylaştırmaktan Sorumlu Özel Temsilcisi"]


@pytest.mark.parametrize(
    ("text", "name", "titles", "country"),
    [
        ("Sudan Dışişleri Bakanı Ali Yusuf Ankara'ya geldi.", "Ali Yusuf", [("Dışişleri Bakanı", "SD")], "SD"),
        ("Çad Dışişleri Bakanı Ahmed Musa Ankara'ya geldi.", "Ahmed Musa", [("Dışişleri Bakanı", "TD")], "TD"),
        ("Mali Cumhurbaşkanı Ahmed Musa açıklama yaptı.", "Ahmed Musa", [("Cumhurbaşkanı", "ML")], "ML"),
        ("Sudan'da çatışmalar sürüyor. Sudan Başbakanı Ali Yusuf açıklama yaptı.", "Ali Yusuf",
         [("Başbakan", "SD")], "SD"),
    ],
)
def test_a_country_named_like_an_ordinary_word_opens_a_sentence_before_a_states_office(text, name, titles, country):
    assert _titles(text, name) == titles
    assert _countries(text) == [country]


@pytest.mark.parametrize(
    "text",
    [
        "Mali Müşavir Ali Kaya açıklama yaptı.",
        "Mali İşler Müdürü Ali Kaya açıklama yaptı.",
        "Türkiye'deki Mülteciler için Mali Yardım Programı'nın ikinci dilimi ödendi.",
        "AB, Mali Destek Programı kapsamında yeni bir ödeme yaptı.",
    ],
)
def test_mali_meaning_financial_names_no_country(text):
    assert "ML" not in _countries(text)


@pytest.mark.parametrize(
    "text",
    [
        "Eski Sağlık Bakanı ve 3 dönem Konya Milletvekili Ali Kaya hayatını kaybetti.",
        "Eski Sağlık Bakanı ve iki dönem Konya Milletvekili Ali Kaya hayatını kaybetti.",
    ],
)
def test_a_count_of_terms_before_the_second_of_two_offices_keeps_the_first(text):
    assert people(text)["Ali Kaya"] == ["eski Sağlık Bakanı", "Konya Milletvekili"]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Eski Başbakanlardan Ayşe Demir dün bir açıklama yaptı.", "eski Başbakan"),
        ("Eski bakanlardan Ayşe Demir dün bir açıklama yaptı.", "eski Bakan"),
    ],
)
def test_one_of_the_holders_said_in_the_plural_ablative_holds_the_office(text, title):
    assert people(text)["Ayşe Demir"] == [title]


def test_a_brands_capitals_inside_a_body_named_in_an_office_stay_as_written():
    assert people("VakıfBank Spor Kulübü Genel Müdürü Ali Kaya transferi açıkladı.")["Ali Kaya"] == [
        "VakıfBank Spor Kulübü Genel Müdürü"]
