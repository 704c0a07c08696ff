"""Round 30's readings of foreign bodies: a club introduced by its country with an Arabic article
in its name or before a team noun after the country's genitive, a country's Red Crescent, a
state's information or security service, and an industrial zone under its head's abbreviation."""

from __future__ import annotations

import pytest

from pipeline.api import extract


def organizations(text: str) -> set[str]:
    record = extract(text, id="t", published="2026-03-10")
    return {e.name for e in record.entities if e.type == "ORGANIZATION"}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Sol bek, Suudi Arabistan ekibi Al-Faisaly'ye transfer oldu.", {"Al-Faisaly"}),
        ("Kaleci, Katar kulübü Al-Wakrah'a transfer oldu. Al-Wakrah iki yıllık teklif verdi.", {"Al-Wakrah"}),
    ],
)
def test_an_arabic_article_opening_a_team_after_its_country_is_no_given_name(text: str, names: set[str]) -> None:
    assert organizations(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("İspanya'nın Tenerife takımından gelen orta saha imzayı attı.", {"Tenerife"}),
        ("Smaçör, Polonya'nın Jastrzebski ekibine transfer oldu.", {"Jastrzebski"}),
        ("Yunanistan'ın Aris kulübünden ayrılan oyuncu yurda döndü.", {"Aris"}),
    ],
)
def test_a_name_between_a_country_genitive_and_a_team_noun_is_a_team(text: str, names: set[str]) -> None:
    assert organizations(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "Türkiye'nin Cenevre temsilcisi toplantıya katıldı.",
        "Japonya'nın Osaka ekibinde çalışan mühendisler döndü.",
    ],
)
def test_a_representative_or_a_place_after_a_country_genitive_is_no_team(text: str) -> None:
    assert organizations(text) == set()


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Ürdün Kızılayı sınıra çadır gönderdi.", {"Ürdün Kızılayı"}),
        ("Katar Kızılayı ve Lübnan Kızılhaç Cemiyeti ortak çalışıyor.", {"Katar Kızılayı", "Lübnan Kızılhaç Cemiyeti"}),
        ("Türk Kızılayı bölgeye yardım tırı gönderdi.", {"Türk Kızılay"}),
    ],
)
def test_a_countrys_red_crescent_is_an_organization(text: str, names: set[str]) -> None:
    found = {e.catalogue_name or e.name for e in extract(text, id="t", published="2026-03-10").entities
             if e.type == "ORGANIZATION"}
    assert found == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Ürdün Devlet Bilgi Servisi'nin bildirisine göre görüşme yarın yapılacak.", {"Ürdün Devlet Bilgi Servisi"}),
        ("Gürcistan Devlet Güvenlik Servisi iki kişiyi gözaltına aldı.", {"Gürcistan Devlet Güvenlik Servisi"}),
        ("Dış Haberler Servisi bildirdi.", set()),
    ],
)
def test_a_states_information_or_security_service_is_an_organization(text: str, names: set[str]) -> None:
    assert organizations(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Manisa Organize Sanayi Bölgesi'nde yeni fabrika açıldı. Manisa OSB Yönetim Kurulu Başkanı Ali Kaya "
         "konuştu.", {"Manisa Organize Sanayi Bölgesi"}),
        ("Bandırma Ticaret ve Sanayi Odası toplandı. Bandırma TSO Yönetim Kurulu Başkanı Veli Demir konuştu.",
         {"Bandırma Ticaret ve Sanayi Odası"}),
    ],
)
def test_a_name_closed_by_its_heads_abbreviation_is_the_one_spelled_out(text: str, names: set[str]) -> None:
    assert organizations(text) == names
