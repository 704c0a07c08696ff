"""Round 30's organization readings around posts and persons: a post someone holds or is put in
is no body, a person's name before a place's office is no word of it, a person's name before a
cue noun is no company."""

from __future__ import annotations

import pytest

from pipeline.api import extract


def organizations(text: str) -> set[str]:
    record = extract(text, id="t", published="2026-03-10")
    return {e.name for e in record.entities if e.type == "ORGANIZATION"}


@pytest.mark.parametrize(
    "text",
    [
        "Selim Arslan, sırasıyla Liman Tesisleri Müdürlüğü, Enerji Ticareti Koordinatörlüğü ve Planlama "
        "Daire Başkanlığı görevlerinde bulundu.",
        "Nuri Koçak, 2010-2014 yılları arasında Bursa Emniyet Müdürlüğü yaptı.",
        "Nuri Koçak, geçen ay şirketin Güvenlik Koordinatörlüğüne getirildi.",
        "Bolu Valisi Ayşe Nur Temel Sivas Valiliğine, Sivas Valisi Kemal Uçar ise Bakanlık Merkez "
        "Valiliğine atandı.",
    ],
)
def test_a_post_held_is_no_organization(text: str) -> None:
    assert not {name for name in organizations(text) if name.endswith(("lüğü", "liği"))}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Soruşturmayı Bursa Emniyet Müdürlüğü yürüttü.", "Bursa Emniyet Müdürlüğü"),
        ("Açıklamayı Bursa Emniyet Müdürlüğü yaptı.", "Bursa Emniyet Müdürlüğü"),
        ("Bursa Emniyet Müdürlüğü, olayla ilgili açıklama yaptı.", "Bursa Emniyet Müdürlüğü"),
        ("Nuri Koçak, 2010-2014 yılları arasında Bursa Emniyet Müdürlüğü yaptı. Bursa Emniyet Müdürlüğü'nden "
         "yapılan açıklamada Koçak'a teşekkür edildi.", "Bursa Emniyet Müdürlüğü"),
    ],
)
def test_a_body_doing_something_stays(text: str, name: str) -> None:
    assert name in organizations(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Bolu Valisi Ayşe Nur Temel Sivas Valiliği'nde toplantıya katıldı.", "Sivas Valiliği"),
        ("Bolu Valisi Mehmet Ali Uçar Sivas Valiliği'nde gazetecilerle görüştü.", "Sivas Valiliği"),
    ],
)
def test_a_persons_surname_is_no_word_of_a_place_office(text: str, name: str) -> None:
    assert organizations(text) == {name}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Selim Arslan şirketi 1972'de kurdu.", "Selim Arslan"),
        ("Babası Mehmet Nuri Aksoy şirketi 1969'da kurdu.", "Aksoy"),
    ],
)
def test_a_persons_name_before_a_cue_is_no_company(text: str, person: str) -> None:
    record = extract(text, id="t", published="2026-03-10")
    assert not [e for e in record.entities if e.type == "ORGANIZATION"]
    assert any(person in e.name for e in record.entities if e.type == "PERSON")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kurultaya Ereğli Ticaret Borsası Başkanı Kemal Uçar da katıldı.", "Ereğli Ticaret Borsası"),
        ("Kongreye Ereğli Ticaret Borsası Başkanı Kemal Uçar da katıldı.", "Ereğli Ticaret Borsası"),
    ],
)
def test_a_meeting_in_a_case_opening_the_sentence_is_no_word_of_the_name(text: str, name: str) -> None:
    assert organizations(text) == {name}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Türkiye Süt, Et, Gıda Sanayicileri ve Üreticileri Birliği Yönetim Kurulu Başkanı Ayşe Kaya konuştu.",
         "Türkiye Süt, Et, Gıda Sanayicileri ve Üreticileri Birliği"),
        ("Ege Yem, Tekstil, Deri ve Gıda Üreticileri Derneği açıklama yaptı.",
         "Ege Yem, Tekstil, Deri ve Gıda Üreticileri Derneği"),
    ],
)
def test_sectors_listed_with_commas_stay_in_a_unions_name(text: str, name: str) -> None:
    assert name in organizations(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ayşe Kaya, kariyerine 2004'te Bain & Company'de başladı.", "Bain & Company"),
        ("Ernst & Young Group yeni raporunu yayımladı.", "Ernst & Young Group"),
    ],
)
def test_an_ampersand_joins_the_words_of_a_name(text: str, name: str) -> None:
    assert name in organizations(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Selim Arslan, KOPAS'ın yönetim kurulunda şirketi temsil etti.", "KOPAS"),
        ("Ayşe Kaya, MERTAŞ'ın icra kurulu üyesi oldu.", "MERTAŞ"),
    ],
)
def test_an_acronym_owning_a_board_in_lowercase_is_a_body(text: str, name: str) -> None:
    assert name in organizations(text)


def missions(text: str) -> list[str]:
    record = extract(text, id="t", published="2026-03-10")
    return [e.name for e in record.entities if e.type == "MISSION"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("BM Lübnan Geçici Görev Gücü (UNIFIL) Komutanı Ali Kaya konuştu. Bakan, BM Barış Gücü'nün görev "
         "süresinin uzatılmasını istedi.", ["BM Lübnan Geçici Görev Gücü"]),
        ("UNIFIL ve UNFICYP yetkilileri görüştü. BM Barış Gücü'nün görev süresi uzatıldı.",
         ["BM Lübnan Geçici Görev Gücü", "BM Kıbrıs Barış Gücü", "BM Barış Gücü"]),
    ],
)
def test_an_owners_peace_force_is_its_one_mission_named(text: str, expected: list[str]) -> None:
    assert sorted(missions(text)) == sorted(expected)
