"""Round 30's local organization readings: a licence plate's letters, a sentence's inflected
first word before ``şirketin``, a person's surname after a cue noun, a company's short name in
parentheses, a gendarmerie's search and rescue team, a fire brigade under its city's short name,
national councils, and a hyphen inside a centre's name."""

from __future__ import annotations

import pytest

from pipeline.api import extract


def organizations(text: str) -> set[str]:
    record = extract(text, id="t", published="2026-03-10")
    return {e.name for e in record.entities if e.type == "ORGANIZATION"}


@pytest.mark.parametrize(
    "text",
    [
        "Kazada 42 ADF 19 plakalı tır ile 34 HT 4812 plakalı otobüs çarpıştı.",
        "Sürücüsü Ali Kaya yönetimindeki 06 PKK 123 plakalı otomobil devrildi.",
        "Kaza, 35 AB 1234 plakalı kamyonetin şarampole devrilmesiyle meydana geldi.",
        "Polis, 34 AKP 06 ve 06 TSK 45 plakalı araçları durdurdu.",
    ],
)
def test_letters_of_a_licence_plate_are_no_acronym(text: str) -> None:
    assert organizations(text) == set()


def test_an_acronym_before_a_number_without_a_plate_word_stays() -> None:
    assert "Avrupa Birliği" in organizations("Toplantıya 27 AB ülkesi katıldı.")


@pytest.mark.parametrize(
    "text",
    [
        "Duruşmaya şirketin avukatı Ümit Dursun katıldı.",
        "Sonrasında şirketin avukatı Ümit Dursun konuştu.",
    ],
)
def test_inflected_everyday_word_opening_the_sentence_before_a_cue_is_no_company(text: str) -> None:
    assert organizations(text) == set()


def test_a_bare_name_opening_the_sentence_before_a_cue_stays_a_company() -> None:
    assert "Kolin" in organizations("Kolin şirketinin avukatı Ümit Dursun konuştu.")


@pytest.mark.parametrize(
    "text",
    [
        "Çığda Yusuf Demirtaş (46) hayatını kaybetti. İş makinesinin operatörü Demirtaş, çığın altında kaldı.",
        "Kazada Mehmet Kalyoncu yaralandı. Aracın operatörü Kalyoncu, hastaneye kaldırıldı.",
    ],
)
def test_surname_of_a_person_named_in_the_article_after_a_cue_is_no_company(text: str) -> None:
    assert organizations(text) == set()


def organization_records(text: str) -> list[tuple[str, str | None]]:
    record = extract(text, id="t", published="2026-03-10")
    return [(e.name, e.acronym) for e in record.entities if e.type == "ORGANIZATION"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Toros Elektrik Dağıtım A.Ş. (Toroslar EDAŞ) açıklama yaptı.",
         [("Toros Elektrik Dağıtım A.Ş.", "Toroslar EDAŞ")]),
        ("Akdeniz Gaz Dağıtım A.Ş. (Akdenizgaz) açıklama yaptı. Akdenizgaz ekipleri sahada.",
         [("Akdeniz Gaz Dağıtım A.Ş.", "Akdenizgaz")]),
        ("Başkent Doğalgaz Dağıtım A.Ş. (Başkentgaz) Genel Müdürü Levent Karabulut açıklama yaptı.",
         [("Başkentgaz", None)]),
    ],
)
def test_short_name_in_parentheses_after_a_legal_form_names_the_company(text: str, names: list) -> None:
    assert organization_records(text) == names


def test_a_place_in_parentheses_after_a_legal_form_is_no_short_name() -> None:
    assert organization_records("Ekin İnşaat A.Ş. (Ankara) ihaleyi kazandı.") == [("Ekin İnşaat A.Ş.", None)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Bölgeye AFAD, Jandarma Arama Kurtarma (JAK) ve UMKE ekipleri sevk edildi.", "Jandarma Arama Kurtarma"),
        ("Kayıp çocuğu Jandarma Arama Kurtarma ekipleri buldu.", "Jandarma Arama Kurtarma"),
        ("Savcı, Yüksek Sağlık Şurasının raporunu hatırlattı.", "Yüksek Sağlık Şurası"),
        ("YPK kararı yayımlandı.", "Yüksek Planlama Kurulu"),
        ("Milli Eğitim Şurası yarın toplanacak.", "Milli Eğitim Şurası"),
        ("DİYK açıklama yaptı.", "Din İşleri Yüksek Kurulu"),
    ],
)
def test_listed_state_councils_and_gendarmerie_rescue_teams(text: str, name: str) -> None:
    assert name in organizations(text)


def test_city_unit_named_without_its_municipality_is_the_same_unit() -> None:
    text = ("Ankara Büyükşehir Belediyesi İtfaiye Dairesi ekipleri yangına müdahale etti. "
            "Ankara İtfaiye Dairesi Başkanı Cemal Ulusoy açıklama yaptı.")
    assert organizations(text) == {"Ankara Büyükşehir Belediyesi İtfaiye Dairesi"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Açıklamayı Deprem İzleme Merkezi yaptı.", "Deprem İzleme Merkezi"),
        ("Bölgesel Deprem-Tsunami İzleme ve Değerlendirme Merkezi açıklama yaptı.",
         "Bölgesel Deprem-Tsunami İzleme ve Değerlendirme Merkezi"),
        ("Boğaziçi Üniversitesi Kandilli Rasathanesi Bölgesel Deprem-Tsunami İzleme ve Değerlendirme Merkezi "
         "verilerine göre deprem 5,3 büyüklüğünde.",
         "Boğaziçi Üniversitesi Kandilli Rasathanesi Bölgesel Deprem-Tsunami İzleme ve Değerlendirme Merkezi"),
        ("Açıklamayı Boğaziçi Üniversitesi Kandilli Rasathanesi Bölgesel Deprem-Tsunami İzleme ve "
         "Değerlendirme Merkezi yaptı.",
         "Kandilli Rasathanesi Bölgesel Deprem-Tsunami İzleme ve Değerlendirme Merkezi"),
    ],
)
def test_watching_centre_with_a_hyphened_field_is_named_whole(text: str, name: str) -> None:
    assert name in organizations(text)
