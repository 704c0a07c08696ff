"""Organizations met on fresh news (round 20, seventh pool): a party before a local council's
name, a listed national body written after a province's ``İl``, and Olympic training centres.
Inputs are short texts written for these tests."""

import pytest

import pipeline


def organizations(text: str) -> dict[str, list[str]]:
    return {e.name: [m.text for m in e.mentions]
            for e in pipeline.extract(text).entities if e.type == "ORGANIZATION"}


@pytest.mark.parametrize(
    ("text", "council", "party"),
    [
        ("Oturumda MHP İl Genel Meclisi Üyesi Ali Kaya söz aldı.", "İl Genel Meclisi", "Milliyetçi Hareket Partisi"),
        ("AK Parti Büyükşehir Belediye Meclisi Üyesi Ayşe Demir konuştu.", "Büyükşehir Belediye Meclisi", "AK Parti"),
        ("CHP Belediye Meclisi üyeleri bütçeye ret oyu verdi.", "Belediye Meclisi", "Cumhuriyet Halk Partisi"),
    ],
)
def test_a_party_before_a_local_council_is_named_apart(text, council, party):
    found = organizations(text)
    assert council in found and party in found


def test_a_partys_own_council_keeps_the_party():
    assert "CHP Parti Meclisi" in organizations("CHP Parti Meclisi Üyesi Ali Kaya, kurultay tarihini açıkladı.")


@pytest.mark.parametrize(
    ("text", "office"),
    [
        ("Belgesiz yabancılar dün Denizli İl Göç İdaresi'ne götürüldü.", "Denizli İl Göç İdaresi"),
        ("Yabancılar işlemler bitene dek İl Göç İdaresi'nde kaldı.", "İl Göç İdaresi"),
    ],
)
def test_a_listed_body_after_il_is_the_provinces_office(text, office):
    found = organizations(text)
    assert office in found and "Göç İdaresi Başkanlığı" not in found


def test_the_provinces_office_written_short_is_its_full_name():
    found = organizations("Yabancılar Bursa İl Göç İdaresi Müdürlüğü'ne götürüldü. Ertesi gün İl Göç İdaresi'nden "
                          "çıkarıldılar.")
    assert list(found) == ["Bursa İl Göç İdaresi Müdürlüğü"]


def test_the_national_body_alone_stays_listed():
    assert "Göç İdaresi Başkanlığı" in organizations("Göç İdaresi Başkanlığı yeni rakamları açıkladı.")


@pytest.mark.parametrize(
    "text",
    [
        "Milli yüzücüler, Türkiye Olimpiyat Hazırlık Merkezi (TOHM) havuzunda çalışıyor.",
        "Genç güreşçiler dün Kayseri Olimpiyat Hazırlık Merkezi'ne katıldı.",
    ],
)
def test_an_olympic_training_centre_is_an_organization(text):
    assert any(name.endswith("Olimpiyat Hazırlık Merkezi") for name in organizations(text))
