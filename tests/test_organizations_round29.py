"""Round 29's organization readings: production companies and platforms, a TV audience group's
letters, plural names inflected without an apostrophe, catalogue rows for channels, municipal
companies and foreign bodies."""

from __future__ import annotations

import pytest

from pipeline.api import extract


def organizations(text: str) -> set[str]:
    record = extract(text, id="t", published="2026-03-10")
    return {e.name for e in record.entities if e.type == "ORGANIZATION"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Dizinin yapımını Ay Yapım, filmin yapımını ise OGM Pictures ve Medyapım üstleniyor.", "Ay Yapım"),
        ("Dizinin yapımını Ay Yapım, filmin yapımını ise OGM Pictures ve Medyapım üstleniyor.", "Medyapım"),
        ("Film, CGV Mars Dağıtım tarafından vizyona sokulacak.", "CGV Mars Dağıtım"),
        ("Roman ilk kez Dost Kitabevi tarafından satışa sunuldu.", "Dost Kitabevi"),
    ],
)
def test_production_companies_closed_by_their_trade_word(text: str, name: str) -> None:
    assert name in organizations(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tören Görsel Yapım ve Foto Film Merkez Komutanlığı'nda yapıldı.", "Görsel Yapım ve Foto Film Merkez Komutanlığı"),
        ("Film ödül töreninde En İyi Film seçildi.", None),
    ],
)
def test_closing_trade_word_inside_a_longer_name(text: str, name: str | None) -> None:
    found = organizations(text)
    assert not any(n.endswith("Yapım") or n.endswith("Film") for n in found)
    if name:
        assert any(n.endswith(name) for n in found)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Dizi Exxen, BluTV, Disney+ ve Prime Video platformlarında yayınlanacak.",
         {"Exxen", "BluTV", "Disney+", "Prime Video"}),
        ("Maçlar Gain, TOD ve NOW üzerinden izlenebilecek.", {"Gain", "TOD", "NOW"}),
        ("Program Beyaz TV ekranlarında yayınlandı.", {"Beyaz TV"}),
        ("Tören TRT Müzik ekranlarından naklen yayınlanacak.", {"TRT Müzik"}),
        ("Filmi Warner Bros. dağıtacak.", {"Warner Bros."}),
        ("Uzman, Bloomberg HT'ye konuştu.", {"Bloomberg HT"}),
        ("İZBETON, BURULAŞ, ESTRAM ve İZELMAN ihaleye katıldı.", {"İZBETON", "BURULAŞ", "ESTRAM", "İZELMAN"}),
        ("Varlıkları tutan Euroclear'ın hukuki riskleri arttı.", {"Euroclear"}),
        ("Ülkeyi Halk Maslahatı Başkanı Gurbanguli Berdimuhamedov temsil etti.", {"Halk Maslahatı"}),
    ],
)
def test_channels_platforms_and_companies_are_listed(text: str, names: set[str]) -> None:
    assert names <= organizations(text)


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        ("Dizi, AB grubunda yüzde 12,4 reyting aldı.", False),
        ("Dizi TİAK verilerine göre AB grubunda yüzde 8,7 ile zirveye yerleşti.", False),
        ("Karar, CHP grubunun oyçokluğu ile kabul edildi.", True),
        ("Sözleşme AB tarafından onaylandı.", True),
    ],
)
def test_audience_group_letters_name_no_body(text: str, listed: bool) -> None:
    found = organizations(text)
    assert bool(found & {"Avrupa Birliği", "Cumhuriyet Halk Partisi"}) == listed


@pytest.mark.parametrize(
    "text",
    ["Yemen'de Husilerin saldırısı sürüyor.", "Husilerden yeni bir açıklama geldi."],
)
def test_plural_name_takes_its_case_without_apostrophe(text: str) -> None:
    assert "Husiler" in organizations(text)


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        ("Forumda Türk iş insanları ve yatırımcılar bir araya geldi.", False),
        ("Türk iş adamları ve Türk iş dünyası temsilcileri toplandı.", False),
        ("Türk-İş yeni asgari ücret talebini açıkladı.", True),
    ],
)
def test_hyphenated_name_joins_no_lowercase_word(text: str, listed: bool) -> None:
    assert ("Türkiye İşçi Sendikaları Konfederasyonu" in organizations(text)) == listed


def test_turkish_joint_stock_form_closes_a_company() -> None:
    record = extract("Akbank T.A.Ş., sermayesini yeniledi.", id="t", published="2026-03-10")
    assert not any(e.type == "PERSON" for e in record.entities)
    assert "Akbank T.A.Ş." in {e.name for e in record.entities if e.type == "ORGANIZATION"}
