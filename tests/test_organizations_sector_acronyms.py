"""Sector bodies local and agricultural news names by acronym alone (catalogue rows of round 27).
Inputs are sentences written for these tests."""

import pytest

import pipeline


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("TARSİM eksperleri bugün hasar tespitine başlayacak.", "Tarım Sigortaları Havuzu"),
        ("TİGEM'e ait arazilerde hasat başladı.", "Tarım İşletmeleri Genel Müdürlüğü"),
        ("Kulüp, Beko ile sponsorluk anlaşması imzaladı.", "Beko"),
        ("İş Yatırım Araştırma Müdürü piyasayı değerlendirdi.", "İş Yatırım"),
    ],
)
def test_a_listed_body_named_by_its_acronym_or_brand(text, name):
    record = pipeline.extract(text)
    assert [e.name for e in record.entities if e.type == "ORGANIZATION"] == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("KONDA'nın son anketine göre parti yüzde 30 oy alıyor.", "KONDA"),  # named as the article writes it
        ("Optimar'ın anketinde parti ilk sırada.", "Optimar"),
        ("Eurostat verilerine göre enflasyon düştü.", "Eurostat"),
    ],
)
def test_pollsters_and_foreign_statistics_offices(text, name):
    record = pipeline.extract(text)
    assert [e.name for e in record.entities if e.type == "ORGANIZATION"] == [name]
