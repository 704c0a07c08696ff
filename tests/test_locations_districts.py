"""Districts (ilçe) of Türkiye: places in local news, and names of people that look like them."""

import pytest

import pipeline
from pipeline.resources import read_tsv


def of_type(text: str, entity_type: str) -> list[str]:
    return [e.name for e in pipeline.extract(text).entities if e.type == entity_type]


def titles(text: str) -> dict[str, list[str]]:
    return {e.name: [t.title for t in e.titles] for e in pipeline.extract(text).entities if e.type == "PERSON"}


def test_every_district_lies_in_a_listed_province():
    rows = list(read_tsv("locations.tsv"))
    provinces = {row["name"] for row in rows if row["kind"] == "province"}
    districts = [row for row in rows if row["kind"] == "district" and row["country"] == "TR" and row["province"]]
    assert len(provinces) == 81
    assert sum(len(row["province"].split("|")) for row in districts) > 900  # 973, less 51 Merkez and a few
    assert all(p in provinces for row in districts for p in row["province"].split("|"))
    assert "Merkez" not in {row["name"] for row in rows}  # 51 provinces' central districts: the province is meant


@pytest.mark.parametrize("text, places", [
    ("Dün gece Bayraklı'da bir binada yangın çıktı.", ["Bayraklı"]),
    ("Elektrik kesintisi Keçiören, Mamak ve Altındağ'da yaşanacak.", ["Keçiören", "Mamak", "Altındağ"]),
    ("Olay, Bursa'nın Yıldırım ilçesinde yaşandı.", ["Bursa", "Yıldırım"]),  # a surname, before a place noun
    ("Yıldırım'daki fabrikada yangın çıktı.", ["Yıldırım"]),  # a surname, in the locative
    ("Tokat Pazar'da okullar tatil edildi.", ["Tokat", "Pazar"]),  # a weekday, after its own province
    ("Adana'nın Kozan ilçesinde sağanak etkili oldu.", ["Adana", "Kozan"]),
    ("Sincan'daki cezaevinde duruşma görüldü.", ["Sincan"]),  # Ankara's, not the Chinese region
])
def test_district_is_a_location(text, places):
    assert of_type(text, "LOCATION") == places


@pytest.mark.parametrize("text", [
    "Bakan Yıldırım'ın açıklaması bekleniyor.",  # a surname in the genitive
    "Ekrem İmamoğlu'nun avukatları itiraz etti.",
    "Toplantı Pazar'a ertelendi.",  # a weekday
    "Karar Aralık'ta açıklanacak.",  # a month
    "Gürültü şikayetleri Saray'a iletildi.",
    "Merkez Bankası faizi sabit tuttu.",
    "Seçimde Ali Tire Belediye Başkanı oldu.",  # a place before the office, but after a given name
])
def test_word_spelled_like_a_district_is_no_location(text):
    assert of_type(text, "LOCATION") == []


@pytest.mark.parametrize("text, person, title", [
    ("Osmangazi Belediye Başkanı Mustafa Demir yeni parkı açtı.", "Mustafa Demir", "Osmangazi Belediye Başkanı"),
    ("Bayraklı Kaymakamı Ayşe Yılmaz törene katıldı.", "Ayşe Yılmaz", "Bayraklı Kaymakamı"),
    ("Tire Belediye Başkanı Hasan Kaya açıklama yaptı.", "Hasan Kaya", "Tire Belediye Başkanı"),
    ("Törene Nilüfer Kaymakamı Ahmet Demir katıldı.", "Ahmet Demir", "Nilüfer Kaymakamı"),
    ("Ordu Valisi Ahmet Demir törene katıldı.", "Ahmet Demir", "Ordu Valisi"),  # a province opening the sentence
])
def test_district_before_an_office_is_part_of_the_title(text, person, title):
    assert titles(text)[person] == [title]


@pytest.mark.parametrize("text, organization", [
    ("Karabağlar Belediyesi yeni bir park yaptı.", "Karabağlar Belediyesi"),
    ("Torbalı İlçe Emniyet Müdürlüğü ekipleri olay yerine geldi.", "Torbalı İlçe Emniyet Müdürlüğü"),
])
def test_district_opens_an_organization_name(text, organization):
    assert of_type(text, "ORGANIZATION") == [organization]


@pytest.mark.parametrize("text, people", [
    ("Toplantıya Ayşe Bayraklı ve Hasan Torbalı katıldı.", ["Ayşe Bayraklı", "Hasan Torbalı"]),
    ("Sanık Mehmet Akyurt hakim karşısına çıktı.", ["Mehmet Akyurt"]),
    ("Vali Hasan Bingöl'ün ziyareti ertelendi.", ["Hasan Bingöl"]),
    ("Kazada Mehmet Kozan yaralandı. Kozan'ın ailesi hastaneye geldi.", ["Mehmet Kozan"]),
])
def test_district_in_a_persons_name_is_no_location(text, people):
    assert of_type(text, "PERSON") == people
    assert of_type(text, "LOCATION") == []


def test_surname_said_alone_later_is_the_persons_mention():
    record = pipeline.extract("Meclis Üyesi Selin Tutak konuştu. Tutak, belediyeyi eleştirdi.")
    assert [(e.type, [m.text for m in e.mentions]) for e in record.entities] == [("PERSON", ["Selin Tutak", "Tutak"])]


def test_surname_in_the_locative_later_stays_the_place():
    text = "Meclis Üyesi Selin Tutak konuştu. Tutak'ta ise yollar bozuk."
    assert of_type(text, "LOCATION") == ["Tutak"]
