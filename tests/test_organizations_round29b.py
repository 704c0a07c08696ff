"""Round 29's further organization readings: fields listed with commas and a ministry before
its unit kept in a name, joint ventures, research centres named in the plural, a rectorate as
its university, an acronym defined inside a name, names inside a mission's, offices that are
no bodies, and catalogue rows for contractors and higher education."""

from __future__ import annotations

import pytest

from pipeline.api import extract


def organizations(text: str) -> set[str]:
    record = extract(text, id="t", published="2026-03-10")
    return {e.name for e in record.entities if e.type == "ORGANIZATION"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sağlık, Aile, Çalışma ve Sosyal İşler Komisyonu yarın toplanacak.",
         "Sağlık, Aile, Çalışma ve Sosyal İşler Komisyonu"),
        ("Sağlık, Gençlik ve Spor Komisyonu dün toplandı.", "Sağlık, Gençlik ve Spor Komisyonu"),
    ],
)
def test_generic_field_listed_with_a_comma_opens_the_name(text: str, name: str) -> None:
    assert name in organizations(text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Sağlık Bakanlığı Halk Sağlığı Genel Müdürlüğü yeni bir genelge yayımladı.",
         {"Sağlık Bakanlığı", "Sağlık Bakanlığı Halk Sağlığı Genel Müdürlüğü"}),
        ("Genelgeyi Sağlık Bakanlığı Temel Hizmetler Genel Müdürlüğü yayımladı.",
         {"Sağlık Bakanlığı", "Sağlık Bakanlığı Temel Hizmetler Genel Müdürlüğü"}),
        ("Sağlık Bakanlığı Koronavirüs Bilim Kurulu toplandı.",
         {"Sağlık Bakanlığı", "Sağlık Bakanlığı Koronavirüs Bilim Kurulu"}),
    ],
)
def test_ministry_opening_its_unit_stays_in_the_name(text: str, names: set[str]) -> None:
    assert names <= organizations(text)


def test_generic_field_alone_before_a_head_names_no_body() -> None:
    assert organizations("Sağlık Komisyonu dün toplandı.") == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Projeyi Kuzey Yapı-Batı Mühendislik İş Ortaklığı yürütüyor.", "Kuzey Yapı-Batı Mühendislik İş Ortaklığı"),
        ("İhaleyi Alfa-Beta Ortak Girişimi kazandı.", "Alfa-Beta Ortak Girişimi"),
        ("Projeyi Cengiz İnşaat-Kolin İnşaat İş Ortaklığı yürütüyor.", "Cengiz İnşaat-Kolin İnşaat İş Ortaklığı"),
    ],
)
def test_joint_venture_is_one_contractor(text: str, name: str) -> None:
    assert name in organizations(text)


def test_joint_venture_member_is_no_person() -> None:
    record = extract("Projeyi Cengiz İnşaat-Kolin İnşaat İş Ortaklığı yürütüyor.", id="t", published="2026-03-10")
    assert not any(e.type == "PERSON" for e in record.entities)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rapor, Orta Doğu Araştırmaları Merkezi tarafından hazırlandı.", "Orta Doğu Araştırmaları Merkezi"),
        ("Avrasya Çalışmaları Merkezi yeni bir rapor yayımladı.", "Avrasya Çalışmaları Merkezi"),
    ],
)
def test_research_centre_named_in_the_plural(text: str, name: str) -> None:
    assert name in organizations(text)


@pytest.mark.parametrize(
    "text",
    ["Erciyes Üniversitesi Rektörlüğü yeni bir açıklama yaptı.",
     "Erciyes Üniversitesi Rektörlüğünün açıklamasına göre dersler başlıyor."],
)
def test_rectorate_is_its_university(text: str) -> None:
    assert organizations(text) == {"Erciyes Üniversitesi"}


def test_acronym_defined_inside_a_name_names_it_later() -> None:
    text = ("Kamu İktisadi Teşebbüsleri (KİT) Komisyonunda yarın hesaplar görüşülecek. "
            "KİT Komisyonu üyeleri raporu inceledi.")
    assert organizations(text) == {"Kamu İktisadi Teşebbüsleri Komisyonu"}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("NATO, Sea Guardian Operasyonu'nu sürdürüyor.", {"NATO"}),
        ("NATO Kosova Gücü yeni bir açıklama yaptı.", {"NATO"}),
    ],
)
def test_listed_name_inside_a_mission_only_as_its_owner(text: str, names: set[str]) -> None:
    assert organizations(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("AB Dönem Başkanlığı temmuzda Polonya'ya geçti.", {"Avrupa Birliği"}),
        ("Görüşme Dolmabahçe Çalışma Ofisi'nde yapıldı.", set()),
    ],
)
def test_rotating_presidency_and_working_office_are_no_bodies(text: str, names: set[str]) -> None:
    assert organizations(text) == names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Türbinler Danimarka merkezli Vestas'tan alınacak.", "Vestas"),
        ("Barajı Çinli Sinohydro inşa edecek.", "Sinohydro"),
        ("Konsorsiyumda Azvirt de yer alıyor.", "Azvirt"),
        ("Kargoyu Mercuria Energy Trading satın aldı.", "Mercuria Energy Trading"),
        ("Terminali Fraport TAV Antalya işletiyor.", "Fraport TAV Antalya"),
        ("Konu Üniversitelerarası Kurul toplantısında görüşüldü.", "Üniversitelerarası Kurul"),
        ("Sıralamayı Times Higher Education (THE) yayımladı.", "Times Higher Education"),
        ("Avrupa Birliği Sınır ve Sahil Güvenlik Ajansı (Frontex) açıklama yaptı.", "Frontex"),
    ],
)
def test_contractors_and_bodies_are_listed(text: str, name: str) -> None:
    assert name in organizations(text)


def test_agency_and_its_acronym_are_one_entity() -> None:
    text = "Avrupa Birliği Sınır ve Sahil Güvenlik Ajansı (Frontex) açıklama yaptı."
    assert organizations(text) == {"Frontex"}
