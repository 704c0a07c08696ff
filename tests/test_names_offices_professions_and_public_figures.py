"""Names in open-world news (issue 17): genitive owners of offices, lowercase
offices before a name, professions as cues, public figures by surname, clubs and split
acronyms. Inputs are short sentences written for these tests."""

import pytest

import pipeline


def entities(text: str, entity_type: str):
    return [e for e in pipeline.extract(text).entities if e.type == entity_type]


def titled_persons(text: str) -> dict[str, list[str]]:
    return {p.name: [t.title for t in p.titles or []] for p in entities(text, "PERSON")}


def organization_names(text: str) -> list[str]:
    return sorted(o.name for o in entities(text, "ORGANIZATION"))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Cumhurbaşkanı Erdoğan'ın ABD Başkanı Donald Trump ile görüşmesi sürdü.",
         {"Erdoğan": ["Cumhurbaşkanı"], "Donald Trump": ["Başkan"]}),
        ("Bakan Yılmaz'ın Fransa Dışişleri Bakanı Jean Dupont ile görüşmesi sürdü.",
         {"Yılmaz": ["Bakan"], "Jean Dupont": ["Dışişleri Bakanı"]}),
        ("AB Komisyonu'nun Genişlemeden Sorumlu Üyesi Marta Kos geldi.",
         {"Marta Kos": ["AB Komisyonu Genişlemeden Sorumlu Üyesi"]}),
    ],
)
def test_a_persons_genitive_owns_no_office_a_bodys_does(text, expected):
    assert titled_persons(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Maçı hakem Selçuk Demir yönetti.", {"Selçuk Demir": ["hakem"]}),  # a role word, as written
        ("Açıklamayı teknik direktör Okan Buruk yaptı.", {"Okan Buruk": ["Teknik Direktör"]}),
        ("Köyün muhtarı Hasan Yılmaz konuştu.", {"Hasan Yılmaz": ["Muhtar"]}),
    ],
)
def test_a_lowercase_office_right_before_a_name_is_its_title(text, expected):
    assert titled_persons(text) == expected


def test_a_plural_office_before_names_is_no_title():
    assert titled_persons("Görüşmeye bakanlar Ahmet Kaya ve Ali Veli katıldı.") == {"Ahmet Kaya": [], "Ali Veli": []}


@pytest.mark.parametrize(
    "text, name, title",
    [
        ("Raporu bilirkişi Mahfi Ekinci hazırladı.", "Mahfi Ekinci", "bilirkişi"),
        ("Sanığın avukatı Zerrin Okaygün savunma yaptı.", "Zerrin Okaygün", "avukat"),
    ],
)
def test_a_profession_announces_a_name_and_is_its_title(text, name, title):
    assert titled_persons(text) == {name: [title]}


def test_a_surname_that_is_also_a_demonym_stays_in_the_name():
    assert titled_persons("Kulüp Başkanı Dursun Özbek açıklama yaptı.") == {"Dursun Özbek": ["Kulüp Başkanı"]}


def test_a_public_figure_named_by_surname_alone_is_a_person():
    assert list(titled_persons("Görüşmede Trump'a bir mektup verildi, Trump ile yeniden görüşülecek.")) == ["Trump"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Maçta Baskonia, Real Madrid'i yendi.", ["Baskonia", "Real Madrid"]),
        ("Takım, London Lions karşısında kazandı.", ["London Lions"]),
        ("Roketsan ve Aselsan yeni sistemi tanıttı.", ["ASELSAN", "ROKETSAN"]),
        ("Operasyon PKK/KCK yapılanmasına yönelikti.", ["KCK", "PKK"]),
        ("İstanbul Barosu açıklama yaptı.", ["İstanbul Barosu"]),
    ],
)
def test_organizations_from_the_catalogue_and_heads(text, expected):
    assert organization_names(text) == expected


def test_a_city_named_club_needs_a_sports_context():
    assert organization_names("Sanatçı Barcelona'da yaşıyor.") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ankara 5. Ağır Ceza Mahkemesi Başkanı Ali Kaya karar verdi.",
         {"Ali Kaya": ["Ankara 5. Ağır Ceza Mahkemesi Başkanı"]}),
        ("Toplantıya 3. Kolordu Komutanı Korgeneral Ali Kaya katıldı.",
         {"Ali Kaya": ["3. Kolordu Komutanı", "Korgeneral"]}),
    ],
)
def test_an_ordinal_numbers_the_unit_of_an_office(text, expected):
    assert titled_persons(text) == expected


def test_a_court_name_opens_with_its_place_at_a_sentence_start():
    assert organization_names("Ankara 5. Ağır Ceza Mahkemesi kararını verdi.") == ["Ankara 5. Ağır Ceza Mahkemesi"]


@pytest.mark.parametrize(
    "text, name, position",
    [
        ("Takımın Belçikalı golcüsü Mitch Bakayoko gol attı.", "Mitch Bakayoko", "golcü"),
        ("Ev sahibinin kalecisi Fernando Mosquera kurtarış yaptı.", "Fernando Mosquera", "kaleci"),
    ],
)
def test_a_players_position_announces_a_name(text, name, position):
    assert titled_persons(text) == {name: [position]}  # round 5: the position is the player's title


def test_a_sponsors_name_before_a_venue_word_names_the_venue():
    assert organization_names("Konser Volkswagen Arena'da yapılacak.") == []


def test_a_city_named_club_takes_no_suffix_without_an_apostrophe():
    assert "Roma" not in organization_names("Galatasaray maçında Roman vatandaşlar tribündeydi.")


@pytest.mark.parametrize(
    "text",
    ["Fiyatı 5 Bin Dolar oldu.", "Teklif, Milletvekili Seçim Kanunu ile ilgili."],
)
def test_no_person_in_money_or_in_the_name_of_a_law(text):
    assert titled_persons(text) == {}


def test_a_listed_company_inside_its_groups_name_is_no_mention_of_its_own():
    assert organization_names("Turkcell Holding yeni yatırımını açıkladı.") == ["Turkcell Holding"]


def test_an_organizations_name_does_not_reach_back_over_an_office_and_a_person():
    text = "Törene Beyoğlu Kaymakamı Ali Demirtepe ve İstanbul Üniversitesi Rektörü Ayşe Kaya katıldı."
    assert organization_names(text) == ["İstanbul Üniversitesi"]
    assert titled_persons(text) == {"Ali Demirtepe": ["Beyoğlu Kaymakamı"], "Ayşe Kaya": ["İstanbul Üniversitesi Rektörü"]}
