"""Persons, round 29 (second part): hyphenated and particle names before ``ve`` and another title;
a middle word of a full name said alone; stage names; bands and ships; a city joined
to another by a hyphen; a name opening a sentence before an office said with ``olarak``;
an office word as the surname after a titled given name; English company words;
Emir before a Turkish surname.
Sentences written for these tests."""

import pytest

import pipeline
from tests.conftest import persons_and_titles as people


def names(text: str) -> set[str]:
    return {name for name, _ in people(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fidan, Fransa Dışişleri Bakanı Jean-Noel Barrot ve Ermenistan Dışişleri Bakanı Ararat Mirzoyan ile görüştü.",
         [("Jean-Noel Barrot", ["Dışişleri Bakanı"]), ("Ararat Mirzoyan", ["Dışişleri Bakanı"])]),
        ("Ürdün Dışişleri Bakanı Eymen es-Safedi ve Mısır Dışişleri Bakanı Bedr Abdulati Ankara'ya geldi.",
         [("Eymen es-Safedi", ["Dışişleri Bakanı"]), ("Bedr Abdulati", ["Dışişleri Bakanı"])]),
        ("Suriye Dışişleri Bakanı Esad Hasan eş-Şeybani ve Ürdün Dışişleri Bakanı Eymen es-Safedi görüştü.",
         [("Esad Hasan eş-Şeybani", ["Dışişleri Bakanı"]), ("Eymen es-Safedi", ["Dışişleri Bakanı"])]),
    ],
)
def test_a_hyphenated_name_before_ve_and_another_title_is_no_qualifier_of_it(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Brezilya Devlet Başkanı Luiz Inacio Lula da Silva zirveye katıldı. Erdoğan, Lula ile görüştü.",
        "İspanya Başbakanı Pedro Sanchez Perez-Castejon zirveye katıldı. Erdoğan, Sanchez'e teşekkür etti.",
    ],
)
def test_a_middle_word_of_a_full_name_said_alone_later_is_that_person(text):
    assert len(people(text)) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Asıl adı Elif Lavinya Koçak olan şarkıcı Lavin, 14 Temmuz'da konser verecek.", ["Elif Lavinya Koçak"]),
        ("Asıl adı Fatma Gülsüm Erdem olan sanatçı Gülsüm Nur, 84 yaşında hayatını kaybetti.", ["Fatma Gülsüm Erdem"]),
        ("Takma adı Ali Baba olan Ali Kaya tutuklandı.", ["Ali Kaya"]),
    ],
)
def test_a_stage_name_and_the_real_name_said_of_it_are_one_person_by_the_real_name(text, expected):
    assert [name for name, _ in people(text)] == expected


def test_a_stage_name_said_again_later_is_the_same_person():
    text = "Gerçek adı Elif Lavinya Koçak olan şarkıcı Lavin konser verdi. Lavin, hayranlarına teşekkür etti."
    [person] = [e for e in pipeline.extract(text).entities if e.type == "PERSON"]
    assert [m.text for m in person.mentions] == ["Elif Lavinya Koçak", "Lavin", "Lavin"]


@pytest.mark.parametrize(
    "text",
    [
        "Festivalde Duman, Athena ve maNga gibi rock grupları sahne alacak.",
        "Festivale İngiliz grup The Velvet Hours da katılacak.",
        "Rock grubu Duman yeni albümünü çıkardı.",
        "Festivalde Mor ve Ötesi, Duman ve Athena grupları sahne alacak.",
    ],
)
def test_a_band_is_no_person(text):
    assert names(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Çağrı Bey sondaj gemisi ikinci kuyuya geçecek.",
        "Abdülhamid Han sondaj gemisi Karadeniz'de çalışıyor.",
        "Kemal Reis sismik araştırma gemisinin rotası açıklandı.",
        "Barbaros Hayreddin Paşa araştırma gemisi limana döndü.",
    ],
)
def test_a_ship_said_with_the_kind_of_its_work_is_no_person(text):
    assert names(text) == set()


def test_a_person_before_a_ship_in_the_accusative_stays_a_person():
    assert names("Bakan Alparslan Bayraktar sondaj gemisini ziyaret etti.") == {"Alparslan Bayraktar"}


def test_a_given_name_joined_by_a_hyphen_to_a_city_is_a_place_and_no_dateline_person():
    text = ("AYDIN (AA) - Aydın-Denizli Otoyolu trafiğe açıldı. Gülşen, Aydın-Denizli arası geçiş ücretinin "
            "385 lira olarak belirlendiğini ifade etti.")
    assert names(text) == {"Gülşen"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Abdulvahit Fidan, BOTAŞ Genel Müdürü olarak atandı.", [("Abdulvahit Fidan", ["BOTAŞ Genel Müdürü"])]),
        ("Abdulvahit Fidan ise BOTAŞ Genel Müdürü olarak atandı.", [("Abdulvahit Fidan", ["BOTAŞ Genel Müdürü"])]),
    ],
)
def test_an_unknown_given_name_and_a_surname_opening_a_sentence_before_an_office_said_with_olarak(text, expected):
    assert people(text) == expected


def test_an_office_said_with_olarak_after_ise_is_the_topics():
    text = "Abdulkerim Solak ise TCDD Genel Müdür Yardımcısı olarak katıldığı ilk törende konuştu."
    assert people(text) == [("Abdulkerim Solak", ["TCDD Genel Müdür Yardımcısı"])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("TAV Havalimanları Holding CEO'su Serkan Kaptan açıklama yaptı.",
         [("Serkan Kaptan", ["TAV Havalimanları Holding CEO"])]),
        ("Genel Müdür Ahmet Hakem açıklama yaptı.", [("Ahmet Hakem", ["Genel Müdür"])]),
        ("Belediye Başkanı Veli Başkan açıklama yaptı.", [("Veli Başkan", ["Belediye Başkanı"])]),
    ],
)
def test_an_office_word_after_a_given_name_a_title_announces_is_the_surname(text, expected):
    assert people(text) == expected


def test_a_foreign_company_in_the_genitive_is_no_person():
    text = "Katarlı Al Wadi Construction'ın CEO'su Khalid Al Marri sözleşmeyi imzaladı."
    assert names(text) == {"Khalid Al Marri"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Albümün prodüktörü Emir Kalkavan açıklama yaptı.", [("Emir Kalkavan", ["prodüktör"])]),
        ("Katar'ın hükümdarı Emir Temim açıklama yaptı.", [("Temim", ["Emir"])]),
    ],
)
def test_emir_before_a_turkish_surname_is_the_given_name_before_a_rulers_name_the_office(text, expected):
    assert people(text) == expected
