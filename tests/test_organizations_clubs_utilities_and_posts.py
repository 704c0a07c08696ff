"""Organizations in the third pages pool's kinds of error (round 18): clubs and utilities the
lists lacked, a conservatory's head noun, a team named for its sponsors, a person's
nationality before a name, a governorship said of its post, a body after "her", and an
acronym the article defines before ``ve``. Inputs are short sentences written for these tests."""

import pytest

import pipeline


def organization_names(text: str) -> list[str]:
    return sorted(e.name for e in pipeline.extract(text).entities if e.type == "ORGANIZATION")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Leicester City dün akşam Fulham deplasmanında berabere kaldı.", ["Fulham", "Leicester City"]),
        ("Rockets, Lakers karşısında son saniyede kazandı.", ["Lakers", "Rockets"]),
        # a club named like its city counts beside another club
        ("Milan, Juventus'u 3-1 yendi.", ["Juventus", "Milan"]),
        ("Torino'da yaşayan ailesini ziyaret etti.", []),
        ("Genç tenisçi WTA sıralamasında yükseldi.", ["Kadın Tenis Birliği"]),
    ],
)
def test_clubs_and_tours_of_sports_news(text, expected):
    assert organization_names(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Arıza nedeniyle KOSKİ ekipleri mahallede çalışma yaptı.", ["Konya Su ve Kanalizasyon İdaresi"]),
        ("Kesinti hakkında UEDAŞ yazılı bir açıklama yaptı.", ["Uludağ Elektrik Dağıtım AŞ"]),
        ("Sınav kılavuzunu Ölçme, Değerlendirme ve Sınav Hizmetleri Genel Müdürlüğü yayımladı.",
         ["Ölçme, Değerlendirme ve Sınav Hizmetleri Genel Müdürlüğü"]),
    ],
)
def test_utilities_and_directorates_by_name_or_acronym(text, expected):
    assert organization_names(text) == expected


def test_a_conservatory_is_an_institution():
    assert organization_names("Akşamki konseri Ahmet Yılmaz Devlet Konservatuvarı öğrencileri verdi.") \
        == ["Ahmet Yılmaz Devlet Konservatuvarı"]


def test_a_team_named_for_its_sponsors_holds_no_company_mention():
    assert organization_names("Bu yılki yarışı Toyota Gazoo WRT pilotu kazandı.") == ["Toyota Gazoo WRT"]


def test_a_persons_nationality_opens_no_name():
    assert organization_names("Ödülü bu yıl Norveçli Fiyort Kültür Derneği verdi.") == ["Fiyort Kültür Derneği"]


@pytest.mark.parametrize(
    "text",
    [
        "Vali, iki yıl Ordu Valiliği görevini yürüttü.",
        "Ali Kaya, Bafra Kaymakamlığı görevine atandı.",
    ],
)
def test_a_body_before_a_noun_of_its_post_is_the_post(text):
    assert organization_names(text) == []


def test_a_body_after_her_is_any_body_of_the_kind():
    assert organization_names("Her İl Sağlık Müdürlüğü kendi planını hazırladı.") == []


def test_an_acronym_the_article_defines_is_not_joined_over_ve():
    text = "Genç Girişimciler Derneği (GGD) kuruldu. Toplantıda GGD ve Merkez Belediyesi iş birliği konuştu."
    assert organization_names(text) == ["Genç Girişimciler Derneği", "Merkez Belediyesi"]
