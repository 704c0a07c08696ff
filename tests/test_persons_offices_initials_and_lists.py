"""Persons and their titles: one office said with two head words,
an office said after a body and a place, court-role initials, names said alone or in lists."""

import pytest

from tests.conftest import titles_by_person as people


def test_a_party_leader_said_with_another_head_word_is_one_office():
    text = "DSP Genel Başkanı Ayşe Kaplan konuştu. DSP lideri Ayşe Kaplan ayrıca bir çağrı yaptı."
    assert people(text) == {"Ayşe Kaplan": ["DSP Genel Başkanı"]}


def test_a_head_of_state_said_both_ways_keeps_both_offices():
    text = "Peru Devlet Başkanı Ali Kaplan geldi. Peru Cumhurbaşkanı Ali Kaplan konuştu."
    assert people(text) == {"Ali Kaplan": ["Devlet Başkanı", "Cumhurbaşkanı"]}


def test_an_office_of_a_body_at_a_place_keeps_both():
    text = "Toplantıya NATO'nun İzmir'deki Kara Kuvvetleri Komutanı Ali Kaplan katıldı."
    assert people(text) == {"Ali Kaplan": ["NATO İzmir Kara Kuvvetleri Komutanı"]}


@pytest.mark.parametrize("text, expected", [
    ("Peru'nun 45'inci başkanı Ali Kaplan yemin etti.", ["Başkan"]),
    ("Meclis 2'nci Başkanvekili Ali Kaplan oturumu açtı.", ["Meclis 2'nci Başkanvekili"]),
])
def test_an_ordinal_before_an_office_counts_holders_unless_a_body_numbers_it(text, expected):
    assert people(text) == {"Ali Kaplan": expected}


@pytest.mark.parametrize("text, name", [
    ("Davacı H.P., dava açtığını söyledi.", "H.P."),
    ("Duruşmada tanık L.D, ifade verdi.", "L.D"),
    ("Mahkeme sanık A. K. hakkında karar verdi.", "A. K."),
])
def test_initials_after_a_court_role_are_a_person(text, name):
    assert list(people(text)) == [name]


def test_capitals_after_a_court_role_that_spell_a_word_are_no_initials():
    assert people("Sanık AKP üyesi olduğunu söyledi.") == {}


def test_a_given_name_alone_after_the_full_name_is_that_person():
    text = "Parayı kuyumcu Tahsin Özbay'a bıraktım. Tahsin'i eskiden tanırım."
    assert list(people(text)) == ["Tahsin Özbay"]


def test_a_given_name_two_people_bear_is_no_ones():
    text = "Tahsin Özbay ve Tahsin Kaplan geldi. Tahsin'i eskiden tanırım."
    assert set(people(text)) == {"Tahsin Özbay", "Tahsin Kaplan", "Tahsin"}


def test_a_line_of_capitals_between_lines_of_names_is_a_name():
    text = "Şüpheliler şunlar:\n\nAYŞE KAPLAN\n\nMEHMET DOĞAN\n\nZORKA BİLVET TURAN\n\nDosya mahkemeye gönderildi."
    assert "Zorka Bilvet Turan" in people(text)


def test_two_capitalized_words_between_names_in_a_comma_list_are_a_name():
    text = "Sanıklar Ayşe Kaplan, Zorka Bilvet ve Mehmet Doğan oldu."
    assert list(people(text)) == ["Ayşe Kaplan", "Zorka Bilvet", "Mehmet Doğan"]


def test_a_line_of_capitals_after_one_name_line_only_is_no_name():
    text = "Yazan:\n\nAYŞE KAPLAN\n\nSON DAKİKA GELİŞMESİ\n\nHaber burada bitti."
    assert list(people(text)) == ["Ayşe Kaplan"]


@pytest.mark.parametrize("text, name", [
    ("Sanıklar arasında otelin genel müdürü Emir Aras da bulunuyor.", "Emir Aras"),
    ("Davada Ayşe Kaplan, Emir Aras ve Ali Kaya yargılandı.", "Emir Aras"),
])
def test_an_office_word_that_is_a_given_name_after_a_title_or_in_a_list_is_a_name(text, name):
    assert name in people(text)


def test_the_office_of_an_emir_before_his_name_stays_an_office():
    assert people("Toplantıya Emir Temim de katıldı.") == {"Temim": ["Emir"]}


def test_an_office_word_that_is_a_given_name_after_a_capitalized_office_is_an_office():
    assert people("Bakan, Vali Ayşe Demir ile görüştü.") == {"Ayşe Demir": ["Vali"]}


@pytest.mark.parametrize("text, expected", [
    ("Tören yapıldı. KFOR'un yeni komutanı Tümgeneral Ali Kaplan göreve başladı.", ["KFOR komutanı", "Tümgeneral"]),
    ("Dün Beyaz Saray'ın yeni basın sözcüsü Ali Kaplan konuştu.", ["Beyaz Saray basın sözcüsü"]),
])
def test_the_new_holder_of_a_bodys_office_keeps_the_body_not_yeni(text, expected):
    assert people(text) == {"Ali Kaplan": expected}


def test_a_title_before_a_country_in_the_genitive_describes_the_country():
    text = "Toplantıya NATO'nun yeni üyesi Finlandiya'nın Dışişleri Bakanı Ali Kaplan da katıldı."
    assert people(text) == {"Ali Kaplan": ["Dışişleri Bakanı"]}


@pytest.mark.parametrize("text, name", [
    ("Kanadalı Kiera van Ryk yeni sezonda Çin'de oynayacak.", "Kiera van Ryk"),
    ("Von der Leyen, açıklama yaptı.", "Von der Leyen"),
    ("Bunu söyleyen von der Leyen oldu.", "von der Leyen"),
])
def test_a_name_held_together_by_germanic_particles_is_a_person(text, name):
    assert list(people(text)) == [name]


def test_a_capitalized_particle_alone_is_no_name():
    assert people("Van Gölü kıyısında festival yapıldı.") == {}


@pytest.mark.parametrize("text, expected", [
    ("Davacı H.P., o tarihte bir partinin milletvekili olarak görev yapmaktadır.", {"H.P.": ["Milletvekili"]}),
    ("Dinlenen tanık L.D, eskiden yüzbaşı olarak görev yaptığını söyledi.", {"L.D": ["eski Yüzbaşı"]}),
])
def test_an_office_served_in_is_the_sentence_subjects(text, expected):
    assert people(text) == expected


def test_an_office_served_in_goes_to_no_one_when_two_names_precede_it():
    text = "Ali Kaya, Ayşe Demir ile birlikte vali olarak görev yaptı."
    assert people(text) == {"Ali Kaya": [], "Ayşe Demir": []}


def test_teknik_adam_is_a_coachs_role_word():
    assert people("Türk teknik adam Ali Kaplan'ın çalıştırdığı ekip kazandı.") == {"Ali Kaplan": ["teknik adam"]}


@pytest.mark.parametrize("text, named_after", [
    ("Putin, Alma-Ata Deklarasyonu'nun içeriğine atıfta bulundu.", "Alma"),  # (Putin himself is one)
    ("Taraflar Ayşe Kaplan Protokolü'nü imzaladı.", "Kaplan"),
])
def test_a_declaration_or_protocol_named_after_a_person_is_no_person(text, named_after):
    assert not any(named_after in name for name in people(text))


def test_a_bare_noun_opening_a_named_project_stays_in_the_office():
    text = "Film gösterildi.\n\nTaş Tepeler Projesi Koordinatörü Ali Kaplan konuştu."
    assert people(text) == {"Ali Kaplan": ["Taş Tepeler Projesi Koordinatörü"]}
