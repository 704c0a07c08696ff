"""Person readings of round 27: surnames columns and sport pages give alone (``Denktaş'ı``,
``Osimhen``), roads, facilities and works named after people (``Aydın Otoyolu``, ``Keşanlı Ali
Destanı``), a club's adjective before a player's role after a match minute, ``Genel Menajer`` as
an office, an age before initials (``17 yaşındaki M.E.'nin``) and a player called by his given
names. Inputs are sentences written for these tests."""

import pytest

import pipeline


def persons(text: str) -> list[tuple[str, list[str]]]:
    record = pipeline.extract(text, published="2026-03-10")
    return [(e.name, [t.title for t in e.titles]) for e in record.entities if e.type == "PERSON"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("KKTC'de binlerce kişi Denktaş'ı istifaya çağırdı.", "Denktaş"),
        ("Baykal'ın salona girişiyle hareketlilik başladı.", "Baykal"),
        ("Maçın yıldızı yine Osimhen oldu.", "Osimhen"),
        ("Yeltsin döneminde ekonomi çöktü.", "Yeltsin"),
    ],
)
def test_a_public_figure_named_by_surname_alone(text, name):
    assert persons(text) == [(name, [])]


@pytest.mark.parametrize(
    "text",
    [
        "Kaza, İzmir-Aydın Otoyolu'nun Torbalı gişeleri yakınında meydana geldi.",
        "Kafile Hasan Doğan Milli Takımlar Kamp ve Eğitim Tesisleri'nde toplandı.",
        "Oyun, Keşanlı Ali Destanı'na göndermeler içeriyor.",
        "Roman Sait Faik Hikâye Armağanı'nı kazandı.",
        "Gülen yüzler sokaklardaydı.",
        "Yazar, Cihangir'deki evinde hayatını kaybetti.",  # the locative adjective is said of places
        "Sanatçı Moda'daki evinde yaşıyordu.",
    ],
)
def test_no_person_in_the_name_of_a_road_a_facility_or_a_work(text):
    assert persons(text) == []


def test_a_clubs_adjective_before_a_players_role_is_no_name():
    text = "67. dakikada Trabzonsporlu savunma oyuncusu Arseniy Batagov'a kırmızı kart gösterildi."
    assert persons(text) == [("Arseniy Batagov", [])]


def test_genel_menajer_is_an_office():
    assert persons("Genel Menajer Tomislav Ružić açıklama yaptı.") == [("Tomislav Ružić", ["Genel Menajer"])]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Yaralılardan 17 yaşındaki M.E.'nin durumunun ağır olduğu öğrenildi.", "M.E."),
        ("Kazada 34 yaşındaki Zeynep Aksu yaralandı.", "Zeynep Aksu"),
    ],
)
def test_an_age_before_initials_or_a_name_anchors_the_person(text, name):
    assert persons(text) == [(name, [])]


def test_a_player_called_by_his_given_names_after_his_full_name_is_him():
    text = "Barış Alper Yılmaz iki gol attı. Maçtan sonra Barış Alper de çok iyi oynadı."
    assert persons(text) == [("Barış Alper Yılmaz", [])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Maçta Wade Baldwin 24 sayıyla oynadı.", [("Wade Baldwin", [])]),
        ("Takımda Shane Larkin 18 sayı ve 7 asistle öne çıktı.", [("Shane Larkin", [])]),
        ("Toplam 24 sayı attılar.", []),  # a sentence's first word, no name the lists know
    ],
)
def test_a_name_right_before_a_players_figures(text, expected):
    assert persons(text) == expected


def test_komodor_is_a_rank():
    assert persons("Pakistanlı Komodor Abdul Munib toplantıya katıldı.") == [("Abdul Munib", ["Komodor"])]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Dün Trump Türkiye'ye geldi.", "Trump"),
        ("Mourinho Fenerbahçe'den ayrıldı.", "Mourinho"),
        ("Maçtan sonra Mourinho Fenerbahçe'nin oyununu övdü.", "Mourinho"),
    ],
)
def test_a_surname_alone_before_another_entity_with_its_suffix(text, name):
    assert persons(text) == [(name, [])]


def test_a_listed_surname_before_a_club_is_no_sponsor():
    record = pipeline.extract("Mourinho Fenerbahçe'den ayrıldı.")
    assert [e.name for e in record.entities if e.type == "ORGANIZATION"] == ["Fenerbahçe"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cumhurbaşkanı'nın Başdanışmanı Ahmet Kaya açıklama yaptı.", [("Ahmet Kaya", ["Başdanışman"])]),
        ("BM Genel Sekreteri'nin Kıbrıs Kişisel Temsilcisi Ayşe Demir adaya geldi.",
         [("Ayşe Demir", ["Kişisel Temsilcisi"])]),
        ("Cumhurbaşkanı Başdanışmanı Ahmet Kaya açıklama yaptı.", [("Ahmet Kaya", ["Cumhurbaşkanı Başdanışmanı"])]),
    ],
)
def test_an_office_in_the_genitive_owns_the_next_one_and_is_not_the_persons(text, expected):
    assert persons(text) == expected
