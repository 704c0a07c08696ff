"""Names, dates and agenda items in the forms fresh collections of news pages showed: an office or
kinship word before a name after another full name, lists of people closed by a name, a surname two
people share, a hometown inside an office, nouns of boards and consulates, a head noun in a case
before a plural head, posts someone is put in, an agency's dateline and other stamp lines, a noun
whose verb stem tells the future, the part of a meeting an agenda list was taken up in, and what a
thing is taken for. Inputs are short sentences written for these tests."""

import pytest

import pipeline


def entities(text: str, entity_type: str, published: str | None = None):
    return [e for e in pipeline.extract(text, published=published).entities if e.type == entity_type]


def person_names(text: str) -> list[str]:
    return sorted(p.name for p in entities(text, "PERSON"))


def dates_of(text: str, published: str) -> list[str | None]:
    return [d.value for d in pipeline.extract(text, published=published).dates]


# --- persons ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Genel Müdür Ali Kaya ve Yardımcısı Cevdet Akçay geldi.", ["Ali Kaya", "Cevdet Akçay"]),
        ("Vali Ali Kaya ve Eşi Ayşe Kaya törene katıldı.", ["Ali Kaya", "Ayşe Kaya"]),
    ],
)
def test_an_office_or_kinship_word_after_a_full_name_is_no_given_name_of_the_next(text, expected):
    assert person_names(text) == expected


def test_a_list_that_goes_on_after_a_full_name_is_no_family_sharing_its_surname():
    text = "Müdür Ahmet Ünal, ilk olarak Kültür, Karacailyas, Şakir Gülmen ve Evren Mahalle muhtarlarını ziyaret etti."
    assert "Kültür Gülmen" not in person_names(text)
    assert "Karacailyas Gülmen" not in person_names(text)


def test_given_names_before_a_full_name_that_closes_the_list_still_share_its_surname():
    assert person_names("Kazada Ayşe, Elif ve Can Mert Yılmaz yaralandı.") == ["Ayşe Yılmaz", "Can Mert Yılmaz", "Elif Yılmaz"]


def test_items_of_two_words_in_a_list_closed_by_a_name_are_names():
    text = "Tekler ana tablosunda Pemra Özgen, Ekin Bahıtlı ve Naz Karagöz ikinci tur göremedi."
    assert person_names(text) == ["Ekin Bahıtlı", "Naz Karagöz", "Pemra Özgen"]


def test_one_item_before_a_name_says_nothing_of_the_list():
    assert person_names("Törende Ekin Bahıtlı ve Naz Karagöz konuştu.") == ["Naz Karagöz"]


def test_a_list_of_bodies_closed_by_a_name_stays_bodies():
    text = "Toplantıya Kadıköy Belediyesi, Üsküdar Belediyesi ve Ali Kaya katıldı."
    assert person_names(text) == ["Ali Kaya"]


def test_a_surname_two_people_share_is_the_office_holders_when_only_one_has_an_office():
    text = ("KKTC Cumhurbaşkanı Derviş Eroğlu ile Rum lider Hristofyas görüştü. Yemeğe eşleri Meral Eroğlu "
            "ve Elsi Hristofyas da katıldı. KKTC Cumhurbaşkanı Eroğlu açıklama yaptı.")
    people = {p.name: [m.text for m in p.mentions] for p in entities(text, "PERSON")}
    assert "Eroğlu" not in people
    assert people["Derviş Eroğlu"] == ["Derviş Eroğlu", "Eroğlu"]


@pytest.mark.parametrize(
    "text",
    [
        "Kongrede 3 Demokrasi Hakem Heyeti seçilecek.",
        "Dün Marmara Bölgesi Fahri Konsolosluk görevini üstlenen işadamı konuştu.",
    ],
)
def test_nouns_of_boards_and_consulates_name_no_one(text):
    assert person_names(text) == []


def test_a_hometown_inside_an_office_after_its_owner_is_no_part_of_it():
    (person,) = entities("TFF’nin Trabzonlu Başkanı İbrahim Hacıosmanoğlu açıklama yaptı.", "PERSON")
    assert [t.title for t in person.titles] == ["TFF Başkanı"]


# --- organizations ----------------------------------------------------------------------------


def test_a_head_noun_in_a_case_ends_a_list_before_a_plural_head():
    text = "Ankara 19. Ağır Ceza Mahkemesince, Sincan Ceza İnfaz Kurumları Kampüsü'ndeki salonda duruşma görüldü."
    names = [o.name for o in entities(text, "ORGANIZATION")]
    assert "Ankara 19. Ağır Ceza Mahkemesi" in names
    assert not any(name.startswith("Ağır Ceza Mahkemesince") for name in names)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Yetmezmiş gibi MHK, hakemi derbinin ardından başka maça atadı.", "Merkez Hakem Kurulu"),
        ("Köylere Hizmet Götürme Birliği yeni yolları açtı.", "Köylere Hizmet Götürme Birliği"),
    ],
)
def test_bodies_of_sport_and_local_government_are_listed(text, expected):
    assert expected in [o.name for o in entities(text, "ORGANIZATION")]


# --- dates ------------------------------------------------------------------------------------


def test_the_date_of_an_agencys_dateline_is_no_event():
    text = "İSTANBUL (A.A) - 16.04.2011 - 30. Uluslararası İstanbul Film Festivali ödülleri sahiplerini buldu."
    assert dates_of(text, "2011-04-16") == []


def test_a_date_after_a_dateline_in_the_prose_is_an_event():
    assert dates_of("ANKARA (AA) - Bakan 16.04.2011 tarihinde açıklama yaptı.", "2011-04-16") == ["2011-04-16"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ekim’de beklentilerin altında enflasyon açıklandı.", ["2025-10"]),
        ("Fabrikanın Ekim ayında açılması bekleniyor.", ["2026-10"]),
    ],
)
def test_expectations_are_a_noun_and_tell_no_future(text, expected):
    assert dates_of(text, "2025-11-09") == expected


# --- topics -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Toplantının başında mahalledeki konutlarda yapılan inşaat hataları gündeme geldi.",
         ["mahalledeki konutlarda yapılan inşaat hataları"]),
        ("Gündemin devamında belediyenin performans raporu ve bütçe planı görüşüldü.",
         ["belediyenin performans raporu", "bütçe planı"]),
    ],
)
def test_the_part_of_the_meeting_that_took_up_a_list_is_no_part_of_its_items(text, expected):
    assert [t.text for t in pipeline.extract(text).topics] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Hülya Esen, Bernice Van de Velde'yle karşılaştı.", ["Bernice Van de Velde", "Hülya Esen"]),
        ("Maçta Virgil van Dijk iki gol attı.", ["Virgil van Dijk"]),
    ],
)
def test_the_dutch_article_after_van_belongs_to_the_name(text, expected):
    assert person_names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Çiftlerde Ayşe Kaya/Ekin Bahıtlı ilk turu geçemedi.",
        "Çiftlerde Ekin Bahıtlı/Ayşe Kaya ilk turu geçemedi.",
    ],
)
def test_two_words_across_a_slash_from_a_full_name_name_the_partner(text):
    assert person_names(text) == ["Ayşe Kaya", "Ekin Bahıtlı"]


def test_a_surname_two_people_share_said_with_the_office_in_short_is_the_office_holders():
    text = ("Açılışa Karabağlar Belediye Başkanı Muhittin Selvitopu eşi Fügen Selvitopu ile katıldı. "
            "Başkan Selvitopu sanatçıları kutladı.")
    assert person_names(text) == ["Fügen Selvitopu", "Muhittin Selvitopu"]


def test_a_sentences_first_word_no_list_knows_only_opens_it_before_a_public_figure():
    assert person_names("Malumunuz Kılıçdaroğlu ve Akşener sahneye çıktı.") == ["Akşener", "Kılıçdaroğlu"]


@pytest.mark.parametrize(
    "text",
    [
        "Sergi Yıldız Kenter Kültür ve Sanat Merkezi'nde açıldı.",
        "Kadıköy Meydanı ve Çevresel Koruma Amaçlı Nazım İmar Plan notlarında değişiklik yapıldı.",
    ],
)
def test_names_of_culture_centres_and_plans_name_no_one(text):
    assert person_names(text) == []


@pytest.mark.parametrize(
    "text, published",
    [
        ("Mersin\n\nİhracat arttı\n\n11:36 05 Eylül 2017\nİhracat arttı.", "2017-09-05"),
        ("Yazar\n\n21/01/2024, Pazar\nG: 20/01/2024, Cumartesi\nGazete\n\nİhracat arttı.", "2024-01-21"),
    ],
)
def test_a_line_of_a_date_after_a_clock_time_or_a_one_letter_label_is_a_stamp(text, published):
    assert dates_of(text, published) == []


def test_a_day_that_opened_an_era_names_its_law_not_a_date_of_this_year():
    assert dates_of("12 Eylül hukukuna göre seçimler beş yılda bir yapılır.", "2025-03-01") == [None]


@pytest.mark.parametrize(
    "text, title",
    [
        ("CHP Manisa İl Başkanlığına İlksen Özalper bir kez daha seçildi.", "CHP Manisa İl Başkanı"),
        ("Ankara Valiliğine Ali Kaya atandı.", "Ankara Valisi"),
        ("AK Parti Kars İl Başkanlığı'na Mehmet Yıldırım seçildi.", "AK Parti Kars İl Başkanı"),
        ("Kars Valiliği’ne Ali Kaya atandı.", "Kars Valisi"),
    ],
)
def test_a_post_someone_is_elected_or_appointed_to_is_their_office_and_no_body(text, title):
    (person,) = entities(text, "PERSON")
    assert [t.title for t in person.titles] == [title]
    assert not any(o.name.endswith(("Başkanlığı", "Valiliği")) for o in entities(text, "ORGANIZATION"))


def test_a_body_in_the_dative_without_an_appointment_stays_a_body():
    assert "Ankara Valiliği" in [o.name for o in entities("Dilekçe Ankara Valiliğine Ali Kaya tarafından verildi.", "ORGANIZATION")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Temsilci, ilerleyen günlerde de Amatör Lig'in fikstürünün ne zaman çekileceği ile ilgili toplantı yapacaklarını söyledi.",
         ["Amatör Lig'in fikstürünün ne zaman çekileceği"]),
        ("Toplantıda genelde tarım sektörü ve çiftçilerin sorunları ele alındı.", ["tarım sektörü", "çiftçilerin sorunları"]),
        ("Toplantıda son günlerde yaşanan gelişmeler ele alındı.", ["son günlerde yaşanan gelişmeler"]),
    ],
)
def test_a_stretch_of_time_or_a_general_adverb_before_an_item_is_no_part_of_it(text, expected):
    assert [t.text for t in pipeline.extract(text).topics] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Konserde Barış Manço anıldı.", ["Barış Manço"]),
        ("Açıklamayı Deniz Baykal yaptı.", ["Deniz Baykal"]),
        ("Maçta Deniz Yılmaz gol attı.", ["Deniz Yılmaz"]),
    ],
)
def test_a_sentences_first_word_in_a_case_leaves_the_name_after_it_alone(text, expected):
    assert person_names(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Hastanemiz Sağlık Bakanlığımızın vizyonu doğrultusunda çalışıyor.", "Sağlık Bakanlığımızın"),
        ("Milli Eğitim Bakanlığımıza teşekkür ederiz.", "Milli Eğitim Bakanlığımıza"),
    ],
)
def test_a_listed_body_said_as_ours_is_that_body(text, expected):
    (body,) = entities(text, "ORGANIZATION")
    assert [m.text for m in body.mentions] == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Kongre Van Ticaret ve Sanayi Odası salonunda yapıldı.", "Van Ticaret ve Sanayi Odası"),
        ("Toplantı Van Büyükşehir Belediyesi'nde yapıldı.", "Van Büyükşehir Belediyesi"),
    ],
)
def test_a_province_whose_name_is_also_a_word_opens_its_bodies_names(text, expected):
    assert [o.name for o in entities(text, "ORGANIZATION")] == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Eserlerde duvarlar kentin hafızasını, itirazını ve yaşanmışlığını yansıtan yüzeyler olarak ele alınıyor.", []),
        ("Belki de anlamsız işler diye değerlendiriliyorum.", []),
        ("Toplantıda ticaret ve enerji ayrıntılı olarak ele alındı.", ["ticaret", "enerji"]),
        ("Toplantıda ticaret ve enerji kapsamlı olarak görüşüldü.", ["ticaret", "enerji"]),
    ],
)
def test_what_a_thing_is_taken_for_is_no_agenda_but_how_it_was_discussed_is(text, expected):
    assert [t.text for t in pipeline.extract(text).topics] == expected


@pytest.mark.parametrize(
    "text, person",
    [
        ("Seçim öncesinde İl Başkanı Ahmet Katar konuştu.", "Ahmet Katar"),
        ("Toplantıya İl Temsilcisi İsmail Cezayir de katıldı.", "İsmail Cezayir"),
    ],
)
def test_a_country_that_is_a_surname_after_a_given_name_is_the_surname(text, person):
    assert person_names(text) == [person]
    assert entities(text, "COUNTRY") == []


def test_a_country_after_a_surname_that_is_a_given_name_too_stays_a_country():
    assert [c.iso2 for c in entities("Bakan Fidan Katar'da temaslarda bulundu.", "COUNTRY")] == ["QA"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Parkta Ulu Önder Mustafa Kemal Atatürk'ün büstü açıldı.", ["Mustafa Kemal Atatürk"]),
        ("Ana Sayfa\nGündem\nBelediye yeni parkı açtı.", []),
    ],
)
def test_an_epithet_and_a_menu_are_no_names(text, expected):
    assert person_names(text) == expected
