"""Organizations in the second pages pool's kinds of error (round 18): the body that runs a
centre, a share's number before a name, a country's official name, "our" bodies, a dateline's
city in capitals, source labels, the level of an office, and names the lists lacked. Inputs
are short sentences written for these tests."""

from collections import Counter

import pytest

import pipeline
from pipeline.resources import read_tsv


def organization_names(text: str) -> list[str]:
    return sorted(e.name for e in pipeline.extract(text).entities if e.type == "ORGANIZATION")


def test_every_catalogue_name_is_listed_once():
    # a second row of the same name was never read: its aliases were lost
    names = Counter(row["name"] for row in read_tsv("organizations.tsv"))
    assert [name for name, count in names.items() if count > 1] == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Sergi dün Kent Belediyesi Nazım Hikmet Kültür Merkezi'nde açıldı.",
         ["Kent Belediyesi", "Kent Belediyesi Nazım Hikmet Kültür Merkezi"]),
        ("Raporu dün Dicle Üniversitesi Su Araştırma ve Uygulama Merkezi hazırladı.",
         ["Dicle Üniversitesi", "Dicle Üniversitesi Su Araştırma ve Uygulama Merkezi"]),
        # a faculty, an institute or a hospital is read as one name
        ("Tez dün Yıldız Teknik Üniversitesi Fen Bilimleri Enstitüsü'nde savunuldu.",
         ["Yıldız Teknik Üniversitesi Fen Bilimleri Enstitüsü"]),
        ("Yaralı sürücü Dicle Üniversitesi Tıp Fakültesi Hastanesi'ne kaldırıldı.",
         ["Dicle Üniversitesi Tıp Fakültesi Hastanesi"]),
    ],
)
def test_a_university_or_municipality_opening_a_centres_name_is_named_too(text, expected):
    assert organization_names(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ankette partinin oyu yüzde 8. Sol Parti ise geriledi.", ["Sol Parti"]),
        ("Ankette partinin oyu %7. Yeşil Sol Parti ise baraj altında kaldı.", ["Yeşil Sol Parti"]),
        ("Dosya dün 40. Ağır Ceza Mahkemesi'nin önüne geldi.", ["40. Ağır Ceza Mahkemesi"]),
    ],
)
def test_a_share_ending_a_sentence_numbers_no_name(text, expected):
    assert organization_names(text) == expected


def test_a_countrys_official_name_is_the_country():
    text = "Listede bu yıl da Rusya Federasyonu başı çekti."
    record = pipeline.extract(text)
    assert organization_names(text) == []
    assert [e.iso2 for e in record.entities if e.type == "COUNTRY"] == ["RU"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Belediyemiz Fen İşleri Müdürlüğü ekipleri yolları onardı.", ["Fen İşleri Müdürlüğü"]),
        ("Temiz Hava Platformu yeni raporunu açıkladı.", ["Temiz Hava Platformu"]),
    ],
)
def test_our_body_opens_no_name(text, expected):
    assert organization_names(text) == expected


@pytest.mark.parametrize(
    "text, unit",
    [
        ("Ticaret Bakanlığı Basın ve Halkla İlişkiler Müşavirliği açıklama yaptı.",
         "Ticaret Bakanlığı Basın ve Halkla İlişkiler Müşavirliği"),  # a counsellor's office
        ("Kahramanmaraş İl Afet Koordinatörlüğü çalışmalara başladı.", "Kahramanmaraş İl Afet Koordinatörlüğü"),
        ("Berlin Büyükelçiliği Ticaret Ataşeliği toplantı düzenledi.", "Berlin Büyükelçiliği Ticaret Ataşeliği"),
        ("Ege Üniversitesi Tıp Fakültesi Dekanlığı açıklama yaptı.", "Ege Üniversitesi Tıp Fakültesi Dekanlığı"),
    ],
)
def test_an_office_of_a_body_is_a_unit_named_with_its_owner(text, unit):
    assert unit in organization_names(text)


def test_an_honorific_after_a_name_closes_the_person_before_a_schools_name():
    text = "Hüsnü Bey, 1890'da Harbiye Mektebi'ni bitirdi. Ali Bey Harbiye Mektebi'nde hocaydı."
    assert organization_names(text) == ["Harbiye Mektebi"]
    assert [e.name for e in pipeline.extract(text).entities if e.type == "PERSON"] == ["Hüsnü", "Ali"]


def test_a_datelines_city_in_capitals_is_no_word_of_the_name():
    text = "date 2024-03-01\nKONYA Selçuk Üniversitesi (SÜ) Tarım Araştırma ve Uygulama Merkezi Müdürü konuştu."
    assert organization_names(text) == ["Selçuk Üniversitesi", "SÜ Tarım Araştırma ve Uygulama Merkezi"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Köyde hasat şenliği yapıldı.\n\nHaber Kaynak : İha", ["İhlas Haber Ajansı"]),
        ("Köyde hasat şenliği yapıldı.\n\nHaber Kaynağı: Kent Postası", ["Kent Postası"]),
        ("Köyde hasat şenliği yapıldı.\n\nKaynak:Haber Kaynağı", []),
    ],
)
def test_a_news_source_label_names_the_outlet(text, expected):
    assert organization_names(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Liman için yeni vinçler geldi\n\ntha – Kentteki balıkçılar sezonu açtı.", ["Trabzon Haber Ajansı"]),
        ("Kırsalda yol yapımı sürüyor\n\ndha - Köylüler yeni yola sevindi.", ["Demirören Haber Ajansı"]),
        ("Fuar bugün açılıyor\n\niha – Ziyaretçiler sabah erkenden geldi.", ["İhlas Haber Ajansı"]),
        ("Meydanda tören yapıldı\n\nbu – Törene çok kişi katıldı.", []),
    ],
)
def test_a_listed_agencys_acronym_in_lowercase_opening_a_paragraph_is_its_dateline(text, expected):
    assert organization_names(text) == expected


@pytest.mark.parametrize(
    "text",
    ["Ziyaret, Başbakanlık düzeyinde yapılan ilk ziyaret oldu.",
     "Görüşme Cumhurbaşkanlığı seviyesinde sürdürülecek."],
)
def test_the_level_of_an_office_names_no_body(text):
    assert organization_names(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Dün akşamki finali A Milli Kadın Voleybol Takımı kazandı.", ["A Milli Kadın Voleybol Takımı"]),
        ("Maçta A Milli Erkek Voleybol Takımı sahadaydı.", ["A Milli Erkek Voleybol Takımı"]),
        ("Ankara-BHA\nVekil dün açıklama yaptı.", ["Birlik Haber Ajansı"]),
        ("Kulüp transferi KAP'a bildirdi.", ["Kamuyu Aydınlatma Platformu"]),
        ("Yeni ankette Yeşiller'in oyu azaldı.", ["Yeşiller"]),
        ("Fransa'da Ulusal Meclis'te güven oylaması yapıldı.", ["Ulusal Meclis"]),
        ("Eski vekil parti MKYK'sından istifa etti.", ["MKYK"]),
        ("Kar yağışının ardından Karayolları ekipleri yolu açtı.", ["Karayolları"]),
    ],
)
def test_names_the_lists_lacked(text, expected):
    assert organization_names(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Proje dün Massachusetts Institute of Technology (MIT) tarafından ödüllendirildi.",
         ["Massachusetts Institute of Technology"]),
        ("Burs dün Kent University of Arts and Design tarafından verildi.",
         ["Kent University of Arts and Design"]),
        ("Konferans dün Stanford University'de yapıldı.", ["Stanford University"]),
    ],
)
def test_an_english_heads_complement_belongs_to_the_name(text, expected):
    assert organization_names(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Şüpheliler dün Kartal Adliyesi'ne sevk edildi.", ["Kartal Adliyesi"]),
        ("Dosya dün Bakırköy Adliyesi 3. Asliye Ceza Mahkemesi'ndeki hakime geldi.",
         ["Bakırköy Adliyesi 3. Asliye Ceza Mahkemesi"]),
        ("Şüpheli dün adliyeye sevk edildi.", []),
    ],
)
def test_a_courthouse_is_named_by_its_place(text, expected):
    assert organization_names(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Bakanlar dün kritik 'Libya' görüşmesi yaptı.", ["LY"]),
        ("Toplantıda 'Bosna-Hersek' başlıklı rapor okundu.", ["BA"]),
        ("Heyet dün Ankara'dan Libya'ya geçti.", ["LY"]),
    ],
)
def test_a_country_in_single_quotes_is_named(text, expected):
    assert [e.iso2 for e in pipeline.extract(text).entities if e.type == "COUNTRY"] == expected


def test_a_law_opening_with_the_highways_word_names_no_directorate():
    assert organization_names("Vekiller dün Karayolları Trafik Kanunu değişikliğini kabul etti.") == []
