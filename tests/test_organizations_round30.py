"""Round 30's organization readings: a club's or a federation's session of its general assembly
as the club or the federation, the parliament's plenary as the parliament, list numbers that
open lines, regional units of a listed directorate, one row for a company written two ways,
names given as examples of companies, and novels named like institutions."""

from __future__ import annotations

import pytest

from pipeline.api import extract


def organizations(text: str) -> set[str]:
    record = extract(text, id="t", published="2026-03-10")
    return {e.name for e in record.entities if e.type == "ORGANIZATION"}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Beşiktaş Kulübünün Olağan Seçimli Genel Kurulu cumartesi günü yapılacak.", {"Beşiktaş"}),
        ("Göztepe Kulübünün Olağan Genel Kurulu pazar günü yapılacak.", {"Göztepe"}),
        ("Fenerbahçe Kulübü Olağan Genel Kurulu yarın toplanacak.", {"Fenerbahçe"}),
        ("TFF Olağanüstü Seçimli Genel Kurulu ağustosta yapılacak.", {"Türkiye Futbol Federasyonu"}),
        ("Kartal Spor Kulübünün Mali Genel Kurulu ertelendi.", {"Kartal Spor Kulübü"}),
    ],
)
def test_a_session_of_the_general_assembly_names_its_owner(text: str, names: set[str]) -> None:
    assert organizations(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "Teklif Meclis Genel Kurulu'nda görüşülecek.",
        "Meclis Genel Kurulu'nda dün gece tartışma çıktı. TBMM Başkanı oturuma ara verdi.",
    ],
)
def test_the_plenary_of_the_parliament_is_the_parliament(text: str) -> None:
    assert organizations(text) == {"Türkiye Büyük Millet Meclisi"}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Komisyonların programı şöyle:\n1. Plan ve Bütçe Komisyonu yarın toplanacak.\n"
         "2. Dışişleri Komisyonu perşembe günü toplanacak.",
         {"Plan ve Bütçe Komisyonu", "Dışişleri Komisyonu"}),
        ("Haftanın gündemi:\n\n1. Sanayi Komisyonu salı toplanacak.\n\n2. Adalet Komisyonu çarşamba toplanacak.",
         {"Sanayi Komisyonu", "Adalet Komisyonu"}),
        ("Tören sona erdi.\n3. Kolordu Komutanlığı açıklama yaptı.", {"3. Kolordu Komutanlığı"}),
        ("Dava Ankara 5. Ağır Ceza Mahkemesi'nde görüldü.", {"Ankara 5. Ağır Ceza Mahkemesi"}),
    ],
)
def test_a_list_number_opening_a_line_numbers_no_name(text: str, names: set[str]) -> None:
    assert organizations(text) == names


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("TÜPRAŞ hisseleri yükseldi. Türkiye Petrol Rafinerileri AŞ (TÜPRAŞ) açıklama yaptı.", 1),
        ("Türkiye Tarım Kredi Kooperatifleri Merkez Birliği Genel Müdürü Ahmet Kaya konuştu.", 1),
        ("Türkiye Diyanet Vakfı yardım gönderdi. Diyanet Vakfı Genel Müdürü Ali Demir konuştu.", 1),
    ],
)
def test_one_organization_written_two_ways_is_one(text: str, count: int) -> None:
    assert len(organizations(text)) == count


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Projede Schlumberger, Subsea7 ve Saipem gibi uluslararası şirketler yer alıyor.",
         {"Schlumberger", "Subsea7", "Saipem"}),
        ("İhaleye Nordex ve Vestas gibi firmalar teklif verdi.", {"Nordex", "Vestas"}),
        ("Almanya, Fransa ve İtalya gibi ülkeler karşı çıktı.", set()),
    ],
)
def test_names_given_as_examples_of_companies_are_companies(text: str, names: set[str]) -> None:
    assert organizations(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Tanpınar'ın Saatleri Ayarlama Enstitüsü hâlâ çok okunuyor.", set()),
        ("Orhan Pamuk'un Masumiyet Müzesi romanı yeniden basıldı.", set()),
        ("Yazarın Kırmızı Saçlı Kadınlar Derneği kitabı çıktı.", set()),
        ("İstanbul'un Arkeoloji Müzesi yeniden açıldı.", {"Arkeoloji Müzesi"}),
    ],
)
def test_a_novel_named_like_an_institution_is_no_organization(text: str, names: set[str]) -> None:
    assert organizations(text) == names
