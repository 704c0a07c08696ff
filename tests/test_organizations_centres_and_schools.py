"""Organizations in open-world news (issue 17). Inputs are short sentences
written for these tests."""

import pytest

import pipeline


def organization_names(text: str) -> list[str]:
    return sorted(e.name for e in pipeline.extract(text).entities if e.type == "ORGANIZATION")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Konser dün Kartal Kültür Merkezi'nde yapıldı.", ["Kartal Kültür Merkezi"]),
        ("Konser dün Yunus Emre Kültür Merkezi'nde yapıldı.", ["Yunus Emre Kültür Merkezi"]),
        ("Sergi dün Barış Manço Kültür Merkezinde açıldı.", ["Barış Manço Kültür Merkezi"]),
    ],
)
def test_a_named_culture_centre_is_an_organization(text, expected):
    assert organization_names(text) == expected


@pytest.mark.parametrize(
    "text",
    ["Kafile dün Palandöken Kayak Merkezi'ne ulaştı.", "Haber Merkezi'nin derlediği bilgiye göre yol kapandı."],
)
def test_other_centres_stay_places_or_desks(text):
    assert organization_names(text) == []


def test_brotherhood_and_democracy_are_fields_in_a_listed_name():
    text = "Rapor dün Toplumsal Barış, Kardeşlik ve Demokrasi Komisyonunda görüşüldü."
    assert organization_names(text) == ["Toplumsal Barış, Kardeşlik ve Demokrasi Komisyonu"]


def test_a_national_security_council_after_a_country_is_that_country_s():
    text = "Karar dün Irak Ulusal Güvenlik Konseyi tarafından alındı."
    assert organization_names(text) == ["Irak Ulusal Güvenlik Konseyi"]


def test_a_named_medical_centre_is_an_organization():
    text = "Karar dün Gökçe Tıp Merkezi için verildi."
    assert organization_names(text) == ["Gökçe Tıp Merkezi"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Duruşma dün Kartal Fen Lisesi Spor Salonu’nda yapıldı.", ["Kartal Fen Lisesi"]),
        ("Maç dün Ülker Spor Salonu’nda oynandı.", []),
    ],
)
def test_a_school_owns_its_hall_but_a_sponsor_names_none(text, expected):
    assert organization_names(text) == expected
