"""Persons met on fresh news (round 18, second pass): roster lines (line-ups, box scores, lists
of officials) whose items are names by surname alone, and common given names, Turkish and
foreign, that the lists lacked. Inputs are short texts written for these tests."""

import pytest

import pipeline


def names(text: str) -> set[str]:
    return {p.name for p in pipeline.extract(text).entities if p.type == "PERSON"}


# --- roster lines -----------------------------------------------------------------------------


def test_a_line_up_with_found_names_makes_its_surname_only_items_names():
    text = "Maç 2-1 bitti.\nKartallar: Ahmet Yıldız, Okoro, Mehmet Demir, Lindqvist, Emre Kaya\n"
    assert {"Okoro", "Lindqvist"} <= names(text)


def test_a_substitute_after_a_minute_in_parentheses_is_a_name():
    text = "Maç 2-1 bitti.\nKartallar: Ahmet Yıldız, Mehmet Demir (Dk. 67 Vukovic), Emre Kaya\n"
    assert "Vukovic" in names(text)


def test_a_box_score_line_without_found_names_is_read_beside_one_with_them():
    text = ("Maç uzatmada bitti.\n\nDeniz Yıldızları: Ahmet Yıldız 14, Okoro 9, Mehmet Demir 7, Brandt 2\n\n"
            "Kuzey Kartalları: Haskins 21, Lindqvist 8, Obi, Teodorescu 11\n")
    assert {"Okoro", "Brandt", "Haskins", "Lindqvist", "Obi", "Teodorescu"} <= names(text)


def test_officials_with_their_countries_in_parentheses_are_names():
    text = "Hakemler: Jan Novak (Çekya), Tibor Halasz (Macaristan), Robert Tabak (Ukrayna)\n"
    assert "Tibor Halasz" in names(text)


def test_officials_with_a_reporters_marks_in_xs_are_names():
    text = "Maç 1-1 bitti.\nHakemler: Ahmet Yıldız xx, Tibor Halasz x, Robert Tabak xxx\n"
    assert {"Tibor Halasz", "Robert Tabak"} <= names(text)
def test_a_line_up_with_ratings_in_marks_makes_its_items_names():
    text = ("Maç 1-1 bitti.\nDağspor: Ahmet Yıldız xx, Okoro xxx, Mehmet Demir x, Lindqvist xx, "
            "Ferreira xx (Vukovic dk. 71 x)\n")
    assert {"Okoro", "Lindqvist", "Ferreira", "Vukovic"} <= names(text)


def test_a_surname_opened_by_a_letter_and_an_apostrophe_is_a_roster_item():
    text = "Maç 0-0 bitti.\nDağspor: Ahmet Yıldız, Okoro, Mehmet Demir, N’Golo, Lindqvist\n"
    assert {"N'Golo", "Lindqvist"} <= names(text)


def test_items_that_repeat_names_of_the_report_make_a_line_up():
    text = ("Maçın tek golünü Tarık Ersoy attı. Kaleci Serdar Kılıç da kurtarışlar yaptı.\n"
            "Ovaspor: Serdar, Okafor, Tarık, Lindqvist, Mensah\n")
    assert {"Okafor", "Lindqvist", "Mensah"} <= names(text)


def test_a_lone_given_name_on_a_bench_is_not_another_players():
    text = ("Maç 2-0 bitti.\nDağspor: Ahmet Yıldız, Okoro, Mehmet Demir\n"
            "Yedekler: Kerem, Yusuf Kerem, Lindqvist, Emre\n")
    assert {"Kerem", "Yusuf Kerem"} <= names(text)


def test_a_menu_line_of_capitalized_words_is_no_roster():
    text = "Kategoriler: Gündem, Ekonomi, Spor, Magazin, Yaşam\nAhmet Yıldız dün açıklama yaptı."
    assert names(text) == {"Ahmet Yıldız"}


def test_a_standings_line_of_numbered_clubs_is_no_roster():
    text = ("Maç uzatmada bitti.\n\nDeniz Yıldızları: Ahmet Yıldız 14, Okoro 9, Mehmet Demir 7, Brandt 2\n\n"
            "Puan durumu: Galatasaray 45, Fenerbahçe 43, Trabzonspor 40\n")
    assert not {"Galatasaray", "Fenerbahçe", "Trabzonspor"} & names(text)


# --- given names ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, name",
    [
        ("Toplantıya Ünal Karaca da katıldı.", "Ünal Karaca"),
        ("Sergiyi Şadan Erkut açtı.", "Şadan Erkut"),
        ("Haberi Melda Soykan yazdı.", "Melda Soykan"),
        ("Ödülü Onuralp Yener aldı.", "Onuralp Yener"),
        ("Konuşmayı Gökmen Tezcan yaptı.", "Gökmen Tezcan"),
        ("Golü Lucas Moreira attı.", "Lucas Moreira"),
        ("Polis Irakli Beridze adlı şüpheliyi aradı.", "Irakli Beridze"),
        ("Açıklamayı Jaroslaw Nowicki yaptı.", "Jaroslaw Nowicki"),
    ],
)
def test_a_common_given_name_opens_a_name(text, name):
    assert name in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Savaş Sonrası Düzen adlı kitap çıktı.",
        "Levent Meydanı yeniden düzenlendi.",
        "Kasım Ayı Raporu yayımlandı.",
    ],
)
def test_a_given_name_that_is_an_everyday_word_or_place_stays_out(text):
    assert names(text) == set()


def test_a_second_given_name_before_a_name_word_of_that_list_in_a_case_stays_in_the_name():
    text = "Oyuncu Dilan Nur Deniz sahneye çıktı. Yönetmen, Dilan Nur Deniz'den övgüyle söz etti."
    assert names(text) == {"Dilan Nur Deniz"}


# --- initials and players of a match report ----------------------------------------------------


@pytest.mark.parametrize(
    "text, name",
    [
        ("Kazada sürücü Ali Ç. ile yolcu Hamza B. yaralandı.", "Hamza B."),
        ("Kazada sürücü Ali Ç. ile yolcu Hamza B. yaralandı.", "Ali Ç."),
        ("Kavşakta M.C. yönetimindeki 34 AB 123 plakalı otomobil devrildi.", "M.C."),
        ("Otomobil sürücüsü E.K. hastaneye kaldırıldı.", "E.K."),
        ("Olayda M.Y. isimli şahıs gözaltına alındı.", "M.Y."),  # a word of naming after the initials
        ("Kavgada yaralanan S.T. (45) taburcu edildi.", "S.T."),  # an age in parentheses
    ],
)
def test_a_person_kept_anonymous_by_initials_is_named_so(text, name):
    assert name in names(text)


@pytest.mark.parametrize("text", ["Minik Defne için kampanya başlatıldı.", "Tedavi gören minik Defne taburcu oldu."])
def test_a_child_named_by_minik_is_a_person(text):
    assert names(text) == {"Defne"}


def test_a_companys_legal_form_before_a_naming_word_is_no_person():
    assert names("Kentte Demir Yapı A.Ş. isimli şirket kuruldu.") == set()


def test_an_initial_before_a_surname_is_a_middle_initial():
    assert names("Raporu Ali Ç. Yılmaz hazırladı.") == {"Ali Ç. Yılmaz"}


@pytest.mark.parametrize(
    "text, name",
    [
        ("Ev sahibi ekip 35. dakikada Okoro ile öne geçti.", "Okoro"),
        ("Konuk ekip 44 ve 71. dakikalarda Brandt ile buldu.", "Brandt"),
        ("İkinci yarıda 62'de Lindqvist farkı açtı.", "Lindqvist"),
        ("Penaltıyı gole çeviren Okoro skoru eşitledi.", "Okoro"),
        ("İlk golün asistini yapan Brandt'ın ortası etkiliydi.", "Brandt"),
        ("Maçta kornere iyi yükselen Lindqvist topu ağlara gönderdi.", "Lindqvist"),
    ],
)
def test_a_player_after_a_goal_minute_or_an_action_participle_is_a_name(text, name):
    assert name in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Maçın 20. dakikasında Galatasaray öne geçti.",
        "Yeni hastaneler 2026'da Hizmete girecek.",
        "Gol atan Türkiye Milli Takımı turu geçti.",
    ],
)
def test_a_club_a_year_or_a_country_after_such_words_is_no_person(text):
    assert names(text) == set()


def test_a_time_of_day_in_the_locative_is_no_goal_minute():
    assert names("Kurul 14.45'te Çankaya'da toplanacak; final 21:15'te Kartal Spor Salonu'nda.") == set()


# --- capitalized words that are no names ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Menü\nÜye Girişi\nArşiv\n",
        "Seçimde Vatandaş Koalisyonu ikinci oldu.",
        "Derste Dr. Öğr. Üyesi konuştu.",
        "Hasta, Kardiyoloji Ana Bilim Dalı'nda tedavi edildi.",
        "Dev maç El Clasico'da Camp Nou ev sahipliği yaptı.",
        "Park ve Bahçeler'den Temizlik İşleri'ne kadar birimler çalıştı.",
    ],
)
def test_menu_words_party_heads_abbreviations_and_suffixes_make_no_person(text):
    assert names(text) == set()
