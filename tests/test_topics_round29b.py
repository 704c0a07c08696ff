"""Agenda readings of round 29, second part: a place inside an item (``ve bayram dolayısıyla Genel
Kurulda özel oturum düzenlenmesi``), the sides of ``X ile A, B ve C arasında`` and a plural before
``arasındaki`` inside an item, an owned agenda noun as the first item, a list named as the agenda
(``X'i gündem maddeleri olarak sıraladı``), a body's members as the subject of a reported cue, the
talks in a relative clause of an item, counted candidates (a selection) and a named body's decision
in the instrumental (the means). Inputs are sentences written for these tests."""

import pytest

import pipeline


def topics(text: str) -> list[str]:
    return [t.text for t in pipeline.extract(text, published="2026-03-10").topics]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Toplantıda vergi affının uzatılması ve bayram dolayısıyla Genel Kurulda özel oturum düzenlenmesi "
         "konularının görüşülmesi bekleniyor.",
         ["vergi affının uzatılması", "bayram dolayısıyla Genel Kurulda özel oturum düzenlenmesi"]),
        ("Komisyon toplantısında bütçenin onaylanması ve tatil nedeniyle Mecliste ek oturum yapılması görüşülecek.",
         ["bütçenin onaylanması", "tatil nedeniyle Mecliste ek oturum yapılması"]),
    ],
)
def test_a_meeting_in_the_locative_after_ve_and_before_a_verbal_noun_is_inside_an_item(text, expected):
    assert topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Komisyonda Türkiye ile Ürdün, Kenya ve Vietnam arasında imzalanan yatırım anlaşmaları ele alınacak.",
         ["Türkiye ile Ürdün, Kenya ve Vietnam arasında imzalanan yatırım anlaşmaları"]),
        ("Görüşmede Türkiye ile Katar, Umman ve Kuveyt arasındaki ticaret ele alındı.",
         ["Türkiye ile Katar, Umman ve Kuveyt arasındaki ticaret"]),
    ],
)
def test_a_list_of_names_on_one_side_of_ile_and_arasinda_is_one_item(text, expected):
    assert topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Görüşmede göç, enerji ve bakanlar arasındaki bir sonraki toplantının takvimi ele alındı.",
         ["göç", "enerji", "bakanlar arasındaki bir sonraki toplantının takvimi"]),
        ("Toplantıda liderler arasındaki iletişim hattı görüşüldü.", ["liderler arasındaki iletişim hattı"]),
    ],
)
def test_a_plural_participant_before_arasindaki_is_inside_an_item(text, expected):
    assert topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Görüşmede zirvenin gündemi, göç ve enerji ele alındı.", ["zirvenin gündemi", "göç", "enerji"]),
        ("Toplantıda konferansın gündemi, tarım ve su ele alındı.", ["konferansın gündemi", "tarım", "su"]),
    ],
)
def test_an_owned_agenda_noun_right_after_the_scene_is_the_first_item(text, expected):
    assert topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fidan, enerji güvenliğini, göç dalgasını ve terörle mücadeleyi gündem maddeleri olarak sıraladı.",
         ["enerji güvenliği", "göç dalgası", "terörle mücadele"]),
        ("Bakan, açılış konuşmasında, ateşkesin korunmasını ve esir takasını masadaki başlıklar olarak sıraladı.",
         ["ateşkesin korunması", "esir takası"]),
        ("Toplantıda tarım kredileri ve su fiyatları gündem maddeleri olarak sıralandı.",
         ["tarım kredileri", "su fiyatları"]),
    ],
)
def test_a_list_named_as_the_agenda_is_the_agenda_even_in_a_speech(text, expected):
    assert topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lassen, Konsey üyelerinin göç ve enerji konularını ele aldığını söyledi.", ["göç", "enerji"]),
        ("Sözcü, komisyon üyelerinin kira ve ulaşım konularını görüştüğünü bildirdi.", ["kira", "ulaşım"]),
    ],
)
def test_a_bodys_members_in_the_genitive_are_the_subject_of_a_reported_cue(text, expected):
    assert topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Görüşmede savaşı sona erdirmeye yönelik müzakerelerde gelinen aşama ele alındı.",
         ["savaşı sona erdirmeye yönelik müzakerelerde gelinen aşama"]),
        ("Görüşmede ateşkese ilişkin müzakerelerde varılan uzlaşı ve göç ele alındı.",
         ["ateşkese ilişkin müzakerelerde varılan uzlaşı", "göç"]),
    ],
)
def test_talks_in_the_locative_before_a_participle_are_inside_an_item(text, expected):
    assert topics(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Kurul geçen salı toplandı. Toplantıda ödüller için toplam 412 aday değerlendirildi.",
        "Kurul toplandı. Kaya, Bilim, Sanat ve Spor ödülleri için 96 başvuru değerlendirildiğini söyledi.",
    ],
)
def test_a_number_of_candidates_weighed_is_no_agenda(text):
    assert topics(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Yasa tekliflerinin, Danışma Kurulu kararıyla önümüzdeki hafta Genel Kurulun gündemine alınması bekleniyor.",
         []),
        ("Toplantıda Yönetim Kurulu kararıyla asgari ücret ve kira desteği görüşüldü.",
         ["asgari ücret", "kira desteği"]),
    ],
)
def test_a_named_bodys_decision_in_the_instrumental_is_the_means(text, expected):
    assert topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kurul toplandı. Kooperatiflerin Sorunlarının Giderilmesi Amacıyla Bazı Kanunlarda Değişiklik "
         "Yapılmasına Dair Kanun Teklifi de görüşülecek.",
         ["Kooperatiflerin Sorunlarının Giderilmesi Amacıyla Bazı Kanunlarda Değişiklik Yapılmasına Dair "
          "Kanun Teklifi"]),
    ],
)
def test_an_instrumental_inside_a_laws_title_is_no_means(text, expected):
    assert topics(text) == expected
