"""Organizations (issue 17, the reference gold's kinds): a single force named ``... Kuvveti``,
a plural head listed itself naming one body, and a pair of acronyms in parentheses
(``(OEK/JEC)``) after a name. Inputs are short sentences written for these tests."""

import pytest

import pipeline


def organizations(text: str) -> list[tuple[str, str | None]]:
    return sorted((e.name, e.acronym) for e in pipeline.extract(text).entities if e.type == "ORGANIZATION")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Avrupa Müdahale Kuvveti bölgeye ilk birliklerini gönderdi.", [("Avrupa Müdahale Kuvveti", None)]),
        ("Tatbikata Kıyı Savunma Kuvveti’nin gemileri de katıldı.", [("Kıyı Savunma Kuvveti", None)]),
        ("Sınırdaki gözetlemeyi Ortak Hava Gözetleme Kuvveti (OHGK) üstlendi.",
         [("Ortak Hava Gözetleme Kuvveti", "OHGK")]),
    ],
)
def test_a_force_named_with_kuvveti_is_an_organization(text, expected):
    assert organizations(text) == expected


def test_a_plural_head_listed_itself_names_one_body_after_a_list():
    text = "Törene ABD 6'ncı Filosu ve Birleşik Deniz Kuvvetleri Komutanı Koramiral John Smith katıldı."
    names = [name for name, _ in organizations(text)]
    assert "Birleşik Deniz Kuvvetleri" in names
    assert "Birleşik Deniz Kuvveti" not in names


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Heyetler, Ortak Ekonomik Komisyonu (OEK/JEC) toplantısında buluştu. JEC yılda bir toplanıyor.",
         [("Ortak Ekonomik Komisyonu", "OEK")]),
        ("Bakanlar Ticaret ve Yatırım Ortak Komitesi (TYOK/JETCO) çerçevesinde görüştü.",
         [("Ortak Ekonomik ve Ticaret Komitesi", "JETCO")]),
        ("Birleşmiş Milletler (BM) bir açıklama yaptı.", [("Birleşmiş Milletler", "BM")]),
    ],
)
def test_an_acronym_pair_in_parentheses_names_the_body_before_it(text, expected):
    assert organizations(text) == expected
