"""Names that a sentence's grammar gives away when no list knows them: a team introduced by its
country and a noun of a team (``Yunan ekibi Maroussi``), a newspaper named by an ordinary word
before a word of the press (``Sabah yazarı``), a given name as the subject of the
clause a comma opens (``büyüyen Nevzat, ...``), a foreign name whose ending looks like a Turkish
possessive but breaks vowel harmony (``Hiroyasu``), a family's given names before a surname with
another full name after it, a given name beside a body's name in a case. Inputs are sentences
written for these tests."""

import pytest

import pipeline
from pipeline.lang.tr.endings import is_compound_head


def names(text: str, entity_type: str) -> list[str]:
    return sorted(e.name for e in pipeline.extract(text).entities if e.type == entity_type)


# --- teams introduced by their country ------------------------------------------------------------


@pytest.mark.parametrize(
    "text, team",
    [
        ("Yunan ekibi Maroussi, deplasmanda galip geldi.", "Maroussi"),
        ("İtalyan takımı Siena, grubu lider tamamladı.", "Siena"),
        ("Finalde İspanyol temsilcisi Unicaja Malaga'yı yendiler.", "Unicaja Malaga"),
    ],
)
def test_a_team_named_after_a_nationality_and_a_noun_of_a_team_is_an_organization(text, team):
    assert team in names(text, "ORGANIZATION")
    assert team not in names(text, "PERSON")


@pytest.mark.parametrize(
    "text",
    [
        "Alman ekibi Berlin'de çalışmalarına başladı.",  # where the team is
        "Türk ekibi Kahramanmaraş'a ulaştı.",
        "Kurtarma ekibi Ankara'dan yola çıktı.",  # no nationality before the noun
    ],
)
def test_a_place_after_a_noun_of_a_team_is_no_organization(text):
    assert names(text, "ORGANIZATION") == []


def test_a_given_name_after_a_noun_of_a_team_is_a_person():
    assert names("UNICEF Türkiye temsilcisi Ayşe Demir açıklama yaptı.", "PERSON") == ["Ayşe Demir"]


def test_a_listed_club_after_a_noun_of_a_team_keeps_its_sponsors_name():
    # the catalogue's club under its sponsor's name, not a second, unlisted team
    teams = [e for e in pipeline.extract("Yunan ekibi Panathinaikos Superfoods'u yendiler.").entities
             if e.type == "ORGANIZATION"]
    assert [(e.name, e.name_en) for e in teams] == [("Panathinaikos Superfoods", "Panathinaikos")]


# --- newspapers named by an ordinary word ---------------------------------------------------------


@pytest.mark.parametrize(
    "text, paper",
    [
        ("Hürriyet yazarı Ahmet Hakan köşesinde seçimi değerlendirdi.", "Hürriyet"),
        ("Hürriyet'te diplomasi muhabiri oldu.", "Hürriyet"),
        ("Sözcü'nün haberine göre zam yüzde 30 olacak.", "Sözcü"),
        ("Karar'a konuşan eski bakan iddiaları reddetti.", "Karar"),
    ],
)
def test_a_newspaper_named_by_an_ordinary_word_counts_before_a_word_of_the_press(text, paper):
    assert paper in names(text, "ORGANIZATION")


@pytest.mark.parametrize(
    "text",
    [
        "Sabah saatlerinde kentte yoğun sis vardı.",
        "Cumhuriyet Bayramı coşkuyla kutlandı.",
        "Zaman zaman toplantılar yapıldı.",
        "Akşam haberlerinde bu konu yer aldı.",
    ],
)
def test_the_ordinary_word_is_no_newspaper_without_a_word_of_the_press(text):
    assert names(text, "ORGANIZATION") == []


def test_a_newspapers_name_does_not_break_a_list_of_bodies_sharing_a_head():
    assert "Cumhuriyet Başsavcılığı" in names(
        "Operasyonlar MİT Başkanlığı ile Cumhuriyet Başsavcılıkları koordinesinde yürütüldü.", "ORGANIZATION")


# --- a given name as a clause's subject -----------------------------------------------------------


@pytest.mark.parametrize(
    "text, person",
    [
        ("Baba sevgisinden mahrum büyüyen Nevzat, çocuklarına çok düşkündü.", "Nevzat"),
        ("İşte o anda Seyit, yerinden hızla kalktı.", "Seyit"),
        ("Manastır Askeri Lisesinde Mustafa'nın okumaya ilgisi arttı.", "Mustafa"),  # beside a body's name
    ],
)
def test_a_given_name_said_once_as_a_clauses_subject_is_a_person(text, person):
    assert person in names(text, "PERSON")


def test_a_given_name_in_a_list_of_capitalized_words_is_left_to_the_family_reading():
    assert names("Kazada yaralanan Elif, Deniz ve Mehmet Ali Arslan taburcu oldu.", "PERSON") == [
        "Deniz Arslan", "Elif Arslan", "Mehmet Ali Arslan"]


def test_a_family_before_another_full_name_shares_its_surname():
    assert names("Meral ve Yavuzer Çetinkaya, Ahmet Gülhan ile birlikte rol aldı.", "PERSON") == [
        "Ahmet Gülhan", "Meral Çetinkaya", "Yavuzer Çetinkaya"]


# --- vowel harmony of a possessive ----------------------------------------------------------------


@pytest.mark.parametrize(
    "word, head",
    [
        ("kütüphanesi", True),  # e -> si
        ("köprüsü", True),  # ü -> sü
        ("hiroyasu", False),  # a -> sı, not su: a foreign name
        ("nobumitsu", False),  # no vowel before the s
    ],
)
def test_a_possessive_heads_a_things_name_only_in_harmony_with_its_stem(word, head):
    assert is_compound_head(word) is head


def test_a_foreign_name_after_an_academic_honorific_is_a_person():
    assert names("Prof. Hiroyasu İso, stresin arttığını söylüyor.", "PERSON") == ["Hiroyasu İso"]


@pytest.mark.parametrize(
    "text, owner",
    [
        ("TM Yönetim Kurulu Başkan Yardımcısı Tohsimi Onishi toplantıya katıldı.", "TM"),
        ("MLD Grup Yönetim Kurulu Başkan Vekili Ali Kaya toplantıya katıldı.", "MLD Grup"),
    ],
)
def test_a_board_chairs_deputy_names_the_boards_owner_not_the_board(text, owner):
    assert names(text, "ORGANIZATION") == [owner]


def test_a_surname_before_a_trade_word_names_a_company_not_a_person():
    text = "Antalya'da faaliyet gösteren Yılmaz İnşaat, belediyeden ihale aldı."
    assert names(text, "ORGANIZATION") == ["Yılmaz İnşaat"]
    assert names(text, "PERSON") == []


@pytest.mark.parametrize(
    "text",
    [
        "Rusya, İskender füzelerini sınıra konuşlandırdı.",
        "Oruç Reis gemisi Antalya'ya döndü.",
        "Filmdeki Kaptan Yusuf karakteri çok sevildi.",  # a character of fiction
    ],
)
def test_a_name_before_a_ship_or_a_missile_names_the_thing_not_a_person(text):
    assert names(text, "PERSON") == []


def test_a_minister_before_his_project_stays_a_person():
    assert names("Bakan Kaya projesini anlattı.", "PERSON") == ["Kaya"]


@pytest.mark.parametrize(
    "text, club",
    [
        ("Galatasaray Kazandı\n\nMaçta ev sahibi takım rakibini 2-0 yendi.", "Galatasaray"),  # a headline's verb
        ("Trabzonspor Galip Geldi\n\nSüper Lig'de Trabzonspor rakibini yendi.", "Trabzonspor"),
        ("Fenerbahçe Beko yarın sahaya çıkıyor.", "Fenerbahçe Beko"),  # a sponsor's name stays
    ],
)
def test_a_headlines_verb_after_a_club_is_no_sponsors_name(text, club):
    organizations = names(text, "ORGANIZATION")
    assert club in organizations and not any(name.startswith(club + " ") for name in organizations)


@pytest.mark.parametrize(
    "text",
    [
        "Toplantıya Üye ve Gözlemci Devletlerden 35 yetkili katıldı.",  # a plural in a case
        "Buna göre Öğrenci Ücreti 17 liradan 20 liraya çıktı.",  # a possessive
        "Bakanlık, Kamu Personeli Yükselme Sınavı Sistemini değiştirecek.",  # several ordinary words
    ],
)
def test_an_ordinary_noun_with_a_glued_suffix_after_a_role_word_is_no_name(text):
    assert names(text, "PERSON") == []


@pytest.mark.parametrize(
    "text, person", [("Cumhurbaşkanı Gül konuştu.", "Gül"), ("Bakan Kaya açıklama yaptı.", "Kaya")]
)
def test_a_surname_that_is_also_a_word_stays_a_name_after_an_office(text, person):
    assert names(text, "PERSON") == [person]


def test_a_listed_given_name_keeps_a_name_whose_last_word_looks_possessed():
    assert names("Kamu Personeli Ayşe Yurtsevensi işe başladı.", "PERSON") == ["Ayşe Yurtsevensi"]


@pytest.mark.parametrize(
    "text, player",
    [
        ("Galatasaray'da Icardi, Kasımpaşa maçında iki gol attı.", "Icardi"),  # the clause's subject
        ("Fenerbahçe'nin yıldızı Szymanski sakatlandı.", "Szymanski"),  # the verb right after the name
        ("Köşeden gelen ortada Brandtner topu ağlara gönderdi.", "Brandtner"),  # a goal said with the net
        ("Deplasmanda Okorafor ilk 11'de yer aldı.", "Okorafor"),  # in the starting line-up
        ("Milli arayla dönen takımda Lindqvist ve Haskins ile öne geçildi.", "Haskins"),  # with whom it led
    ],
)
def test_a_surname_said_once_before_a_players_verb_is_a_person(text, player):
    assert player in names(text, "PERSON")


def test_a_listed_club_before_a_players_verb_stays_an_organization():
    text = "Fenerbahçe, dün akşamki maçta iki gol attı."
    assert names(text, "PERSON") == [] and names(text, "ORGANIZATION") == ["Fenerbahçe"]


@pytest.mark.parametrize(
    "text, persons",
    [
        ("Putin dün Kremlin'de konuştu.", ["Putin"]),  # a listed surname, no everyday word
        ("Kira yardımı artırıldı.", []),  # a short surname the lowercase list lacks: rent
        ("Kim nesnellikten söz edebilir?", []),  # an everyday word: who
    ],
)
def test_a_listed_surname_alone_may_open_a_sentence_unless_it_is_a_word(text, persons):
    assert names(text, "PERSON") == persons


def test_an_ordinal_and_a_sentence_opener_in_a_case_do_not_hide_a_players_clause():
    # ``80.`` is an ordinal, no sentence end; ``Maçta`` opens the sentence, no given name of his
    assert names("Maçta Dzeko, 80. dakikada oyuna girdi.", "PERSON") == ["Dzeko"]
