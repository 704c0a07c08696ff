"""Organizations: the central bank's rate-setting board and the special operations units of
the gendarmerie and the police (catalogue rows). Inputs are short sentences written for these tests."""

import pytest

import pipeline


def organizations(text: str) -> dict[str, str | None]:
    return {e.name: e.acronym for e in pipeline.extract(text).entities if e.type == "ORGANIZATION"}


@pytest.mark.parametrize(
    "text",
    [
        "Türkiye Cumhuriyet Merkez Bankası Para Politikası Kurulu bu ay faizi değiştirmedi.",
        "Bankanın Para Politikası Kurulu perşembe günü toplanacak.",
        "Ekonomistler PPK toplantısından önce tahminlerini açıkladı.",
    ],
)
def test_the_central_banks_rate_setting_board_is_reported_with_its_acronym(text):
    assert "PPK" in organizations(text).values()


def test_the_board_named_after_the_bank_leaves_the_bank_its_own_mention():
    text = "Türkiye Cumhuriyet Merkez Bankası (TCMB) Para Politikası Kurulu kararını açıkladı."
    assert organizations(text) == {"Para Politikası Kurulu": "PPK", "Türkiye Cumhuriyet Merkez Bankası": "TCMB"}


@pytest.mark.parametrize(
    "text, acronym",
    [
        ("Kırsal alandaki operasyona JOPER timleri de katıldı.", "JOPER"),
        ("Kente Polis Özel Harekat ekipleri gönderildi.", "PÖH"),
    ],
)
def test_a_special_operations_unit_is_an_organization(text, acronym):
    assert acronym in organizations(text).values()
