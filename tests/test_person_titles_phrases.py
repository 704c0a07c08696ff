"""Title phrases: coordinated portfolios, the state body of an office, a rank after an office."""

import pipeline


def titles(text: str) -> list[str]:
    (person,) = [e for e in pipeline.extract(text).entities if e.type == "PERSON"]
    return [t.title for t in person.titles]


def test_coordinated_portfolios_are_one_ministry():
    assert titles("Avustralya Tarım ve Ticaret Bakanı Jane Miller dün konuştu.") == ["Tarım ve Ticaret Bakanı"]


def test_a_name_before_ve_does_not_join_the_title():
    people = {e.name: [t.title for t in e.titles] for e in pipeline.extract(
        "Lavrov ve Dışişleri Bakanı Hakan Fidan görüştü.").entities if e.type == "PERSON"}
    assert people == {"Lavrov": [], "Hakan Fidan": ["Dışişleri Bakanı"]}


def test_the_state_body_opening_a_sentence_stays_in_the_title():
    text = "Toplantı dün sona erdi. Cumhurbaşkanlığı Sözcüsü Ayşe Kaplan açıklama yaptı."
    assert titles(text) == ["Cumhurbaşkanlığı Sözcüsü"]


def test_a_rank_after_an_office_is_a_second_title():
    assert titles("Jandarma Basın Müşaviri Yarbay Ali Kaya açıklama yaptı.") == ["Jandarma Basın Müşaviri", "Yarbay"]


def test_a_rank_does_not_swallow_an_office_head_missing_from_the_lexicon():
    assert titles("Tatbikat Planlayıcısı Albay Ali Kaya açıklama yaptı.") == ["Albay"]


def test_a_rank_after_a_responsible_officers_post_is_a_second_title():
    assert titles("Tatbikat Sorumlusu Albay Ali Kaya açıklama yaptı.") == ["Tatbikat Sorumlusu", "Albay"]


def test_a_lowercase_office_with_a_capitalized_qualifier_announces_a_name():
    assert titles("Toplantıya CHP lideri Zeynep Aksoy da katıldı.") == ["CHP lideri"]


def test_a_lowercase_lexicon_office_after_a_country_is_normalized():
    (person,) = [e for e in pipeline.extract("Fransa dışişleri bakanı Claire Dubois geldi.").entities
                 if e.type == "PERSON"]
    assert [(t.title, t.country) for t in person.titles] == [("Dışişleri Bakanı", "FR")]


def test_a_lowercase_office_in_an_apposition_is_the_persons():
    assert titles("Zeynep Aksoy, CHP lideri, dün konuştu.") == ["CHP lideri"]


def test_a_lowercase_office_before_a_single_capitalized_word_names_nobody():
    assert [e for e in pipeline.extract("Sonra Rusya lideri Kremlin'de konuştu.").entities if e.type == "PERSON"] == []


def test_vekili_after_a_title_makes_the_acting_office():
    (person,) = [e for e in pipeline.extract("Şirketin Genel Müdür Vekili Selim Acar konuştu.").entities
                 if e.type == "PERSON"]
    assert [(t.title, t.role) for t in person.titles] == [("Genel Müdür Vekili", "acting_director_general")]


def test_adayi_after_a_title_makes_the_candidacy():
    assert titles("Muhalefetin Cumhurbaşkanı Adayı Selim Acar konuştu.") == ["Cumhurbaşkanı Adayı"]


def test_a_lowercase_office_announces_a_single_name_without_a_place_suffix():
    assert titles("Kıbrıs Rum Yönetimi lideri Anastasiadis, dün konuştu.") == ["Rum Yönetimi lideri"]


def test_vekili_written_as_one_word_with_the_title():
    assert titles("Oturumu Meclis Başkanvekili Selim Acar yönetti.") == ["Meclis Başkanvekili"]


def test_a_coach_title_announces_a_name():
    assert titles("Milli Takım Başantrenörü Durmuş Akın konuştu.") == ["Milli Takım Başantrenörü"]


def test_a_plural_body_before_the_head_stays_in_the_title():
    assert titles("Dün Bosna Hersek Bakanlar Konseyi Başkanı Borjana Kristo ile görüşüldü.") == [
        "Bakanlar Konseyi Başkanı"
    ]


def test_a_comma_list_of_portfolios_is_one_ministry():
    assert titles("Dün Şili Ekonomi, Kalkınma ve Turizm Bakanı Mario Grau konuştu.") == [
        "Ekonomi, Kalkınma ve Turizm Bakanı"
    ]


def test_the_body_said_in_full_before_its_acronym_in_parentheses_qualifies_the_office():
    # the office's fullest form, as the real-news gold writes it
    assert titles("Sağlık Bakanlığı (SB) Basın Müşaviri Ayten Kılıç açıklama yaptı.") == [
        "Sağlık Bakanlığı Basın Müşaviri"
    ]


def test_a_missions_acronym_in_parentheses_qualifies_the_office():
    # a mission goes by its usual short name
    assert titles("BM Kosova Misyonu (UNMIK) Başkanı Ayten Kılıç açıklama yaptı.") == ["UNMIK Başkanı"]


def test_an_acronym_in_parentheses_without_the_body_before_it_qualifies_the_office():
    assert titles("Açıklamayı (SB) Basın Müşaviri Ayten Kılıç yaptı.") == ["SB Basın Müşaviri"]


def test_a_field_in_the_ablative_before_sorumlu_stays_in_the_title():
    assert titles("Dün AB Asya'dan Sorumlu Temsilcisi Marco Bianchi konuştu.") == ["AB Asya Sorumlu Temsilcisi"]


def test_a_bare_noun_opening_the_sentence_qualifies_a_possessive_head():
    assert titles("Tatbikat Komutanı Tuğgeneral Ahmet Kaya konuştu.") == ["Tatbikat Komutanı", "Tuğgeneral"]


def test_a_lowercase_title_in_prose_is_not_the_next_names():
    assert titles("Törenden sonra her konsolos Başbakan Ahmet Demir ile görüştü.") == ["Başbakan"]


def test_countries_listed_before_an_office_are_no_part_of_it():
    assert titles("Toplantıda Kanada ve Kanada Başbakanı Mark Carney eleştirildi.") == ["Başbakan"]


def test_a_listed_body_opening_the_sentence_stays_whole_in_the_title():
    # ``Dünya`` ends like a dative (``-ya``) but is the first word of the listed body
    assert titles("Dünya Bankası Başkanı Ali Kaya dün konuştu.") == ["Dünya Bankası Başkanı"]


def test_a_nationality_after_the_offices_owner_is_the_holders_not_the_offices():
    text = "Kuzeyspor'un Portekizli teknik direktörü Ali Kaya konuştu."
    assert titles(text) == ["Kuzeyspor teknik direktörü"]


def test_a_retired_rank_after_an_office_is_a_second_title():
    text = "Eski Kara Kuvvetleri Komutanı emekli Orgeneral Ali Kaya konuştu."
    assert titles(text) == ["eski Kara Kuvvetleri Komutanı", "Orgeneral"]


def test_a_lowercase_office_right_after_an_organization_announces_a_name():
    # ``Ovadia Berkan`` is no name the lists know: the office said after the army names him
    assert titles("İsrail ordusu sözcüsü Ovadia Berkan açıklama yaptı.") == ["Sözcü"]
