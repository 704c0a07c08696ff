"""Kinds of person errors met on fresh news of many genres (round 18): credits in parentheses
after a work's title, Turkish given names the lists lacked, players named by surname alone in the
genitive before a goal, a basket or an assist. Inputs are short sentences written
for these tests."""

import pytest

import pipeline


def persons(text: str) -> dict[str, list[str]]:
    return {p.name: [t.title for t in p.titles or []]
            for p in pipeline.extract(text).entities if p.type == "PERSON"}


# --- credits in parentheses ------------------------------------------------------------------


def test_credits_in_parentheses_after_a_work_label_are_people_with_their_roles():
    text = "Ödüller verildi.\nEn İyi Belgesel: Dağın Sesi (yönetmen: Ayşe Kaya, yapımcı: Dilek Aydın)\n"
    assert persons(text) == {"Ayşe Kaya": ["yönetmen"], "Dilek Aydın": ["yapımcı"]}


def test_a_name_in_parentheses_after_a_work_label_is_a_person():
    text = "Ödüller verildi.\nEn İyi Film: Uzak Köy (Mehmet Demir)\n"
    assert persons(text) == {"Mehmet Demir": []}


def test_the_work_title_before_the_parenthesis_stays_no_person():
    text = "Ödüller verildi.\nEn İyi Film: Ayşe Kaya (Mehmet Demir)\n"
    assert persons(text) == {"Mehmet Demir": []}


def test_a_role_label_in_prose_parentheses_takes_a_name_closed_by_the_parenthesis():
    assert persons("Belgesel ilk kez gösterildi (yönetmen: Ayşe Kaya).") == {"Ayşe Kaya": ["yönetmen"]}


# --- given names ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, name",
    [
        ("Geceyi Şevval Korkut sundu.", "Şevval Korkut"),
        ("Ödülü Yekta Bilgin aldı.", "Yekta Bilgin"),
        ("Maçı hakem yardımcısı olarak Mete Sönmez izledi.", "Mete Sönmez"),
        ("Son sayıyı Samet Toprak attı.", "Samet Toprak"),
        ("Sergide Birsen Ulutaş da vardı.", "Birsen Ulutaş"),
        ("Konuğumuz Süreyya Erim oldu.", "Süreyya Erim"),
    ],
)
def test_a_listed_turkish_given_name_opens_a_name(text, name):
    assert name in persons(text)


def test_a_given_name_that_is_an_everyday_word_is_left_out():
    assert persons("Kazıda Tunç Çağı'na ait kalıntılar bulundu.") == {}


# --- players named by their actions -------------------------------------------------------------


@pytest.mark.parametrize(
    "text, name",
    [
        ("Maçın ilk yarısında Okonkwo'nun golüyle öne geçtiler.", "Okonkwo"),
        ("Üçüncü periyotta Vasquez'in köşeden attığı üçlükle basket farkı büyüdü.", "Vasquez"),
        ("Ev sahibi, Ravelli'nin asistinde ikinci golü buldu.", "Ravelli"),
        ("Konuk takım Taylan Dursun'un kafa vuruşuyla eşitliği yakaladı.", "Taylan Dursun"),
        ("Son bölümde Mirkovic'in üst üste basketleriyle seri yakaladılar.", "Mirkovic"),
        ("Periyodun sonunda Hendrix'in smacıyla soyunma odasına önde gittiler.", "Hendrix"),
        ("Konuklar, Lindberg'in pota altından bulduğu sayılarla öne geçti.", "Lindberg"),  # points
        ("Deplasman ekibi Kowalski'nin 61. dakikada yerden çektiği şutla eşitledi.", "Kowalski"),  # a minute between
    ],
)
def test_the_name_in_the_genitive_before_a_players_action_is_a_player(text, name):
    assert name in persons(text)


@pytest.mark.parametrize(
    "text",
    [
        "Takımın ilk yarıdaki golü iptal edildi, Galatasaray'ın golü ise geçerli sayıldı.",
        "Türkiye'nin gol sayısı bu sezon arttı.",
        "Maçta Okonkwo'nun ailesi tribündeydi.",
    ],
)
def test_a_club_a_country_or_a_genitive_before_no_action_names_no_player(text):
    assert "Okonkwo" not in persons(text) and "Galatasaray" not in persons(text) and "Türkiye" not in persons(text)


def test_a_sentence_opener_before_the_player_stays_out_of_the_name():
    assert persons("Maçta Okonkwo'nun golüyle öne geçtiler.") == {"Okonkwo": []}


@pytest.mark.parametrize(
    "text",
    [
        "Raporda Kadıköy'ün seçmen sayısı açıklandı.",  # a place's count
        "Hafta sonu Boğaziçi'nin kitap sayısı arttı dendi.",  # ``sayısı`` counts anything, no points
    ],
)
def test_a_count_after_a_genitive_names_no_player(text):
    assert persons(text) == {}


@pytest.mark.parametrize(
    "text, names",
    [
        ("İkinci sette Costa ve Petrova ile etkili olan konuklar seti aldı.", {"Costa", "Petrova"}),
        ("Rakibin sayılarına Markovic ve Ilic ile cevap veren ev sahibi öne geçti.", {"Markovic", "Ilic"}),
    ],
)
def test_a_pair_closed_by_ile_and_the_sides_play_are_players(text, names):
    assert set(persons(text)) == names
