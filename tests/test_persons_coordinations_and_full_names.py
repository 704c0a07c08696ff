"""Persons met on a second pool of fresh news (round 18, third pass): players listed together
before what they did in the match, the full name of a player a roster names by surname, and
other name shapes of real news. Inputs are short texts written for these tests."""

import pytest

import pipeline


def names(text: str) -> set[str]:
    return {p.name for p in pipeline.extract(text).entities if p.type == "PERSON"}


# --- players listed together --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, players",
    [
        ("Üçüncü çeyrekte Brandt, Okoro ve Lindqvist ile farkı açan konuk ekip öne geçti.",
         {"Brandt", "Okoro", "Lindqvist"}),
        ("Maçın sonunda Haskins ve Teodorescu ile üst üste sayılar bulan ev sahibi kazandı.",
         {"Haskins", "Teodorescu"}),
        ("Periyodun ortasında Obi ve Mert Aydın ile 7-0'lık seri yakalandı.", {"Obi", "Mert Aydın"}),
        ("İkinci yarıda Vukovic ve Diallo'nun basketleriyle fark kapandı.", {"Vukovic", "Diallo"}),
    ],
)
def test_players_listed_before_what_they_did_are_names(text, players):
    assert players <= names(text)


def test_a_club_before_its_players_stays_out_of_the_list():
    text = "İlk yarıda üstün oynayan Fenerbahçe Beko, Okoro, Brandt ve Haskins ile etkili ataklar yaptı."
    found = names(text)
    assert {"Okoro", "Brandt", "Haskins"} <= found and not {"Fenerbahçe Beko", "Beko"} & found


@pytest.mark.parametrize(
    "text",
    [
        "Kulüp, Galatasaray ve Fenerbahçe ile seri maçlar oynayacak.",
        "Ankara ve İzmir ile farkı kapatmak için yatırım yapılacak.",
        "Rapor, Ekonomi ve Maliye ile ilgili sayılar içeriyor.",
    ],
)
def test_clubs_places_or_common_words_before_ile_make_no_players(text):
    assert names(text) == set()


# --- the full name of a player named by surname ----------------------------------------------


def test_a_roster_surname_takes_the_given_name_the_report_says_before_it():
    text = ("Maçın en skorer ismi 21 sayıyla Tobi Okoro oldu.\n\n"
            "Deniz Yıldızları: Ahmet Yıldız 14, Okoro 21, Mehmet Demir 7, Brandt 2\n")
    found = names(text)
    assert "Tobi Okoro" in found and "Okoro" not in found


def test_another_persons_surname_before_a_lone_surname_is_no_given_name():
    text = ("Devlet Başkanı Ivan Petrenko açıklama yaptı. Petrenko Markov'a çağrı yaptı. "
            "Markov'un golü maçı belirledi.")
    assert "Petrenko Markov" not in names(text)


# --- line-ups, honorifics and name words --------------------------------------------------------


def test_the_other_teams_line_up_beside_a_roster_line_is_read_too():
    text = ("Maç 3-1 bitti.\nEV SAHİBİ: Ayşe Yılmaz, Elif Demir, Zeynep Kara, Merve Aksoy\n"
            "KONUK: Novak, Horvath, Kovacs, Lindqvist, Brandt\n")
    assert {"Novak", "Horvath", "Kovacs", "Lindqvist", "Brandt"} <= names(text)


def test_an_honorific_with_letters_glued_to_it_is_a_word_of_its_own():
    text = "Maç 3-1 bitti.\nEV SAHİBİ: Ayşe Yılmaz, Elif Demir, Zeynep Kara\nKONUK: Novak, Horvath, Drca, Brandt\n"
    assert "Drca" in names(text)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Ameliyatı Op. Dr Selen Aksoy yaptı.", "Selen Aksoy"),
        ("Kongrede Prof Dr Sevcan Yalın bir sunum yaptı.", "Sevcan Yalın"),
        ("Törene Milletvekili Aday Adayı Serhan Duru da katıldı.", "Serhan Duru"),
    ],
)
def test_an_honorific_without_its_dot_or_a_candidacy_is_no_name_word(text, name):
    assert names(text) == {name}


@pytest.mark.parametrize(
    "text, name",
    [
        ("Davada dün Nazife Karabacak dinlendi.", "Nazife Karabacak"),
        ("Törende söz alan Güney Demir herkese teşekkür etti.", "Güney Demir"),
        ("Dünkü yarışta Pınar Korkmaz birinci oldu.", "Pınar Korkmaz"),
        ("Sergiyi dün Mehtap Gündüz açtı.", "Mehtap Gündüz"),
        ("Yazıyı dün Selva Tamer kaleme aldı.", "Selva Tamer"),
    ],
)
def test_common_surnames_and_given_names_make_names(text, name):
    assert name in names(text)


def test_a_surname_confirms_no_pair_at_a_sentence_start():
    assert names("Demir Kaya bu yıl çok sağlam.") == set()


# --- fuller forms of one name --------------------------------------------------------------------


def test_a_name_read_short_before_a_case_ending_is_the_fuller_name_said_before():
    text = "Olayda Derya Nur Akbaşlı yaralandı. Ekipler Derya Nur Akbaşlı'ya ilk müdahaleyi yaptı."
    assert names(text) == {"Derya Nur Akbaşlı"}


def test_an_everyday_given_name_before_a_full_name_opens_it():
    assert names("Maçın yıldızı yine Barış Selim Aktuna oldu.") == {"Barış Selim Aktuna"}


def test_the_clitic_de_before_a_second_persons_full_name_ends_the_first_name():
    assert names("Açıklamayı iş insanı Hakan Saral de Kerem Yücetürk ile birlikte yaptı.") \
        == {"Hakan Saral", "Kerem Yücetürk"}


def test_an_acronym_after_a_name_is_no_surname():
    assert names("Sınavda Fırat Ökten YKS-2 puan türünde birinci oldu.") == {"Fırat Ökten"}


def test_a_noun_of_kin_before_a_turkish_given_name_is_no_name_word():
    assert names("Duruşmada Anne Gülay Sarıkaya fenalık geçirdi.") == {"Gülay Sarıkaya"}


def test_an_office_word_after_a_listed_office_and_surname_is_an_office():
    found = names("Başkan Akçalı, Muhtar Erengül'e bir plaket verdi.")
    assert "Erengül" in found and "Muhtar Erengül" not in found


def test_a_lowercase_word_opening_a_quote_is_no_lone_surname():
    assert names("Doktor, “Uygun beslenme şart” dedi. Bu uygun bir öneriydi.") == set()


@pytest.mark.parametrize(
    "text, name",
    [
        ("Sergide Hasan Efendi'nin hat levhaları yer aldı.", "Hasan Efendi"),
        ("Oyunda Keçecizade Rıza Efendi sahneye çıkıyor.", "Keçecizade Rıza Efendi"),
        ("Tablolar arasında Mustafa Nuri Paşa'nın portresi var.", "Mustafa Nuri Paşa"),
    ],
)
def test_an_ottoman_title_after_a_given_name_is_part_of_the_name(text, name):
    assert names(text) == {name}


def test_a_modern_bey_stays_out_of_the_name():
    assert names("Dün Ahmet Bey bizi aradı.") == {"Ahmet"}
