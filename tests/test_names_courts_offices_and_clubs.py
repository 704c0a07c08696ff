"""Names: courts named by kind, offices, clubs and leagues; organizations, titles, persons and countries.
Inputs are short sentences written for these tests."""

import pytest

import pipeline


def organization_names(text: str) -> list[str]:
    return sorted(e.name for e in pipeline.extract(text).entities if e.type == "ORGANIZATION")


@pytest.mark.parametrize(
    "text",
    [
        "Komşusu ona karşı Asliye Hukuk Mahkemesine başvurdu.",
        "İtiraz üzerine dosya Bölge Adliye Mahkemesine gönderildi.",
        "Kararı bu kez bir Ağır Ceza Mahkemesi verecek.",
        "Yeni yasa Bölge Adliye ve Bölge İdare Mahkemelerine hâkim ekliyor.",
    ],
)
def test_a_court_named_by_its_kind_alone_is_no_organization(text):
    assert organization_names(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Dosya Ankara 2. Ağır Ceza Mahkemesinde görülüyor.", "Ankara 2. Ağır Ceza Mahkemesi"),
        ("Dosya Sakarya Bölge Adliye Mahkemesine gönderildi.", "Sakarya Bölge Adliye Mahkemesi"),
        ("Ali Kaya, Silivri Ceza İnfaz Kurumuna gönderildi.", "Silivri Ceza İnfaz Kurumu"),
    ],
)
def test_a_court_with_its_place_or_number_is_an_organization(text, expected):
    assert organization_names(text) == [expected]


def test_a_listed_name_of_generic_words_in_a_coordinated_list_stays():
    assert organization_names("Sağlık ve İçişleri Bakanlıkları açıklama yaptı.") == [
        "Sağlık Bakanlığı", "İçişleri Bakanlığı"]


@pytest.mark.parametrize(
    "text",
    [
        "Aday, Cumhurbaşkanlığı makamını hedeflediğini söyledi.",
        "Yarın Cumhurbaşkanlığı seçimi yapılacak.",
        "Eski bakan Başbakanlık koltuğuna oturdu.",
    ],
)
def test_a_body_named_for_an_office_before_a_noun_of_that_office_is_the_office(text):
    assert organization_names(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Karar Cumhurbaşkanlığı tarafından açıklandı.",
        "Konuyla ilgili Cumhurbaşkanlığı açıklama yaptı.",
    ],
)
def test_a_body_named_for_an_office_that_acts_is_the_body(text):
    assert organization_names(text) == ["Cumhurbaşkanlığı"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Viyana bu yaz AGİT Parlamenter Asamblesi toplantısını ağırlıyor.", ["AGİT Parlamenter Asamblesi"]),
        ("Öğrenciler MKE Silah Sanayi Müzesi'ni gezdi.", ["MKE Silah Sanayi Müzesi"]),
    ],
)
def test_a_listed_body_opening_the_name_of_one_of_its_parts_is_no_mention_of_its_own(text, expected):
    assert organization_names(text) == expected



@pytest.mark.parametrize("district", ["Eyüpsultan", "Zeytinburnu", "Ümraniye", "Sultanbeyli"])
def test_a_listed_district_opening_a_sentence_opens_its_municipality_s_name(district):
    assert organization_names(f"{district} Belediyesi bütçesini açıkladı.") == [f"{district} Belediyesi"]


@pytest.mark.parametrize(
    "text, english",
    [
        ("Takım THY Avrupa Ligi'nde play-off hedefliyor.", "EuroLeague"),
        ("Takım SMS Grup Efeler Ligi'nde ikinci oldu.", "Efeler Ligi"),
        ("Takım Efeler Ligi'nde ikinci oldu.", "Efeler Ligi"),
    ],
)
def test_a_league_under_its_sponsor_s_name_is_the_league(text, english):
    (league,) = [e for e in pipeline.extract(text).entities if e.type == "ORGANIZATION"]
    assert league.name_en == english


@pytest.mark.parametrize(
    "text, english",
    [
        ("Anadolu Efes, UNICS Kazan deplasmanında kazandı.", "UNICS Kazan"),
        ("Fenerbahçe Beko, Brose Bamberg'i yendi.", "Brose Bamberg"),
        ("Fenerbahçe Beko, EA7 Emporio Armani Milan'a yenildi.", "Olimpia Milano"),
        ("Bahçeşehir Koleji, Cosea JL Bourg'u ağırlayacak.", "JL Bourg-en-Bresse"),
    ],
)
def test_a_european_basketball_club_is_named_under_its_sponsors_names(text, english):
    assert english in [e.name_en for e in pipeline.extract(text).entities if e.type == "ORGANIZATION"]


def country_codes(text: str) -> list[str]:
    return sorted(e.iso2 for e in pipeline.extract(text).entities if e.type == "COUNTRY")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Kongo Demokratik Cumhuriyeti yeni bir bakan atadı. Kongo ordusu tatbikat yaptı.", ["CD"]),
        ("Kongo ordusu tatbikat yaptı.", ["CG"]),
        ("Kongo Cumhuriyeti ile Kongo Demokratik Cumhuriyeti anlaştı. Kongo ordusu tatbikat yaptı.", ["CD", "CG"]),
    ],
)
def test_a_short_name_is_the_country_the_article_names_in_full(text, expected):
    assert country_codes(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Seçimde AK Partisi ikinci sıraya düştü.", ["AK Parti"]),
        ("Toplantıya İYİ Partisi heyeti katıldı.", ["İYİ Parti"]),
    ],
)
def test_a_listed_party_written_with_the_possessive_is_the_listed_party(text, expected):
    assert organization_names(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Kasımpaşa, yarın Gaziantep Futbol Kulübü ile oynayacak. Gaziantep FK hazırlıklarını bitirdi.",
         ["Gaziantep FK", "Kasımpaşa"]),
        ("Genç oyuncu Gaziantep Futbol Kulübü ile sözleşme imzaladı.", ["Gaziantep FK"]),
    ],
)
def test_a_club_s_name_spelled_out_is_the_club_of_the_abbreviation(text, expected):
    assert organization_names(text) == expected


def test_a_club_that_is_also_a_district_is_the_club_when_said_with_kulubu():
    names = [e.name for e in pipeline.extract("Beşiktaş Kulübü kongresi yapıldı.").entities if e.type == "ORGANIZATION"]
    assert names == ["Beşiktaş"]
