"""Organizations: legal forms before suffixes, historic names, sport groups, units of
bodies, headlines. Inputs are short sentences written for these tests."""

import pytest

import pipeline


def organization_names(text: str) -> list[str]:
    return sorted(e.name for e in pipeline.extract(text).entities if e.type == "ORGANIZATION")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Bakan, santrali Kartal Enerji A.Ş.'ye devretti.", ["Kartal Enerji A.Ş."]),
        ("Liman, Mavi Deniz İşletmeleri A.Ş.ye ait.", ["Mavi Deniz İşletmeleri A.Ş."]),
    ],
)
def test_a_legal_forms_dot_before_a_suffix_stays_in_the_name(text, expected):
    assert organization_names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Takımımız A Grubu'nda ikinci oldu.",
        "Kura çekiminde B Grubu belli oldu.",
    ],
)
def test_a_letter_before_a_head_noun_names_no_organization(text):
    assert organization_names(text) == []


def test_a_name_in_headline_capitals_takes_the_form_the_running_text_writes():
    text = "KAYYUM ATANAN KARTAL BELEDİYESİ ZİRVEDE\n\nBütçede Kartal Belediyesi ilk sırada."
    assert organization_names(text) == ["Kartal Belediyesi"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Heyet dün İmalat-ı Harbiye Müzesi'ni gezdi.", ["İmalat-ı Harbiye Müzesi"]),
        ("Öğrenciler dün Darphane-i Amire Müdürlüğü'ne gitti.", ["Darphane-i Amire Müdürlüğü"]),
    ],
)
def test_a_historic_name_with_the_joining_vowel_is_one_name(text, expected):
    assert organization_names(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Kartal Su İdaresi ihaleyi açtı. Kartal Su İdaresi Başkanlığı kararı duyurdu.",
         ["Kartal Su İdaresi Başkanlığı"]),
        ("Doğu Orman İşletmesi fidan dağıttı. Doğu Orman İşletmesi Genel Müdürlüğü açıklama yaptı.",
         ["Doğu Orman İşletmesi Genel Müdürlüğü"]),
    ],
)
def test_a_body_and_the_office_that_runs_it_are_one_organization(text, expected):
    assert organization_names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "İLK KEZ BİR CEZAEVİNİN ÖNÜNDE TOPLANDILAR\n\nParti dün toplandı.",
        "Kasabaya Yeni Bir Belediyesi Olmayan köyler katıldı.",
    ],
)
def test_a_head_noun_after_the_indefinite_bir_names_no_organization(text):
    assert organization_names(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Fenerbahçe Beko dün kazandı. Maçtan sonra Fenerbahçe ikinci sıraya çıktı.", ["Fenerbahçe Beko"]),
        ("Fenerbahçe dün kazandı.", ["Fenerbahçe"]),
    ],
)
def test_a_club_named_without_its_sponsor_is_the_sponsored_club_the_article_names(text, expected):
    assert organization_names(text) == expected


def test_the_states_initials_open_the_name_of_a_body():
    text = "Açıklamayı T.C. Başbakanlık Liman İdaresi Başkanlığının sitesi yaptı."
    assert organization_names(text) == ["T.C. Başbakanlık Liman İdaresi Başkanlığı"]


@pytest.mark.parametrize("initials", ["TC", "Tc"])
def test_a_listed_body_after_the_states_initials_in_its_units_name_is_no_mention(initials):
    text = f"Bu liman {initials} Devlet Demiryolları İşletmesi Genel Müdürlüğüne ait."
    assert organization_names(text) == [f"{initials} Devlet Demiryolları İşletmesi Genel Müdürlüğü"]
