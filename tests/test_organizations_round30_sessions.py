"""Round 30's readings of sessions and owners: a listed meeting's acronym with its session's
number (``COP30``), Türkiye's armed forces named bare after a foreign country's office and
``ve`` (that country's), and a listed company under its full legal name."""

from __future__ import annotations

import pytest

from pipeline.api import extract


def organizations(text: str) -> dict[str, tuple[str | None, str | None]]:
    """The organizations by name, with their acronyms and countries."""
    record = extract(text, id="t", published="2026-03-10")
    return {e.name: (e.acronym, e.country) for e in record.entities if e.type == "ORGANIZATION"}


CLIMATE_CONFERENCE = "Birleşmiş Milletler İklim Değişikliği Taraflar Konferansı"


@pytest.mark.parametrize(
    "text",
    [
        "Bakanlar COP30'da bir araya gelecek.",
        "Dubai'deki COP28 zirvesinde anlaşma çıkmadı.",
        "İklim Değişikliği Çerçeve Sözleşmesi 32. Taraflar Konferansı (COP32) Etiyopya'da toplanacak.",
    ],
)
def test_acronym_with_a_session_number_names_the_listed_meeting(text: str) -> None:
    assert organizations(text).get(CLIMATE_CONFERENCE) == ("COP", None)


@pytest.mark.parametrize(
    "text",
    [
        "Yeni F16 uçakları teslim edildi.",
        "Şirket A400M uçağını tanıttı.",
    ],
)
def test_other_acronyms_with_digits_name_no_meeting(text: str) -> None:
    assert CLIMATE_CONFERENCE not in organizations(text)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Sudan Egemenlik Konseyi Başkanı ve Silahlı Kuvvetler Komutanı Orgeneral Ahmet Demir Ankara'ya geldi.",
         "Sudan Silahlı Kuvvetleri", "SD"),
        ("Sudan Geçiş Hükümeti ve Silahlı Kuvvetler ortak bir açıklama yaptı.", "Sudan Silahlı Kuvvetleri", "SD"),
    ],
)
def test_bare_armed_forces_after_a_foreign_office_are_that_countrys(text: str, name: str, country: str) -> None:
    found = organizations(text)
    assert found.get(name, (None, None))[1] == country
    assert all(acronym != "TSK" for acronym, _ in found.values())


def test_bare_armed_forces_after_an_unlisted_countrys_office_are_no_mention() -> None:
    found = organizations("Rusya Devlet Başkanı ve Silahlı Kuvvetler Başkomutanı Vladimir Putin konuştu.")
    assert all(acronym != "TSK" for acronym, _ in found.values())


@pytest.mark.parametrize(
    "text",
    [
        "Silahlı Kuvvetler yeni bir tatbikat başlattı.",
        "Milli Savunma Bakanlığı ve Silahlı Kuvvetler ortak bir açıklama yaptı.",
    ],
)
def test_bare_armed_forces_in_turkish_context_stay_turkeys(text: str) -> None:
    assert ("TSK", "TR") in organizations(text).values()


@pytest.mark.parametrize(
    "text",
    [
        "İstanbul Gaz Dağıtım Sanayi ve Ticaret A.Ş. (İGDAŞ) bakım çalışması duyurdu.",
        "Kesintiyi İGDAŞ duyurdu.",
    ],
)
def test_igdas_is_named_by_its_full_legal_name(text: str) -> None:
    assert organizations(text).get("İstanbul Gaz Dağıtım Sanayi ve Ticaret AŞ", (None,))[0] == "İGDAŞ"
