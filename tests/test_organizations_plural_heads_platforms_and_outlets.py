"""Organizations in open-world news (issue 17): organizations named together
before one plural head, ... Inputs are short sentences written for these tests."""

import pytest

import pipeline
from pipeline.lang.tr.endings import plural_of_possessed


def organization_names(text: str) -> list[str]:
    return sorted(e.name for e in pipeline.extract(text).entities if e.type == "ORGANIZATION")


@pytest.mark.parametrize(
    "singular, plural",
    [
        ("bakanlığı", "bakanlıkları"),
        ("belediyesi", "belediyeleri"),
        ("müdürlüğü", "müdürlükleri"),
        ("kurulu", "kurulları"),
        ("konseyi", "konseyleri"),
        ("bakan", None),
    ],
)
def test_the_plural_of_a_head_in_the_possessive(singular, plural):
    assert plural_of_possessed(singular) == plural


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Toplantıya Adalet, Sağlık ve Milli Eğitim Bakanlıkları katıldı.",
         ["Adalet Bakanlığı", "Millî Eğitim Bakanlığı", "Sağlık Bakanlığı"]),
        ("Rapor Adana, Mersin ve Hatay büyükşehir belediyelerine gönderildi.",
         ["Adana Büyükşehir Belediyesi", "Hatay Büyükşehir Belediyesi", "Mersin Büyükşehir Belediyesi"]),
        ("Uyarıyı Bolu ve Düzce il sağlık müdürlükleri yaptı.",
         ["Bolu İl Sağlık Müdürlüğü", "Düzce İl Sağlık Müdürlüğü"]),
        ("Törene Samsun ve Kayseri Büyükşehir Belediyeleri de katıldı.",
         ["Kayseri Büyükşehir Belediyesi", "Samsun Büyükşehir Belediyesi"]),
    ],
)
def test_names_listed_before_one_plural_head_are_one_organization_each(text, expected):
    assert organization_names(text) == expected


def test_a_listed_name_with_a_comma_and_ve_is_one_conjunct():
    text = "Tatbikata Adalet, Enerji ve Tabii Kaynaklar, İçişleri Bakanlıkları katıldı."
    assert organization_names(text) == ["Adalet Bakanlığı", "Enerji ve Tabii Kaynaklar Bakanlığı", "İçişleri Bakanlığı"]


@pytest.mark.parametrize(
    "text",
    [
        "Türkiye ve Yunanistan bakanlıkları görüşmeyi sürdürdü.",  # a lowercase head alone: prose
        "Sağlık Bakanlıkları arasında bilgi paylaşımı arttı.",  # one name is no list
    ],
)
def test_no_list_of_names_before_a_plural_makes_no_organization(text):
    assert organization_names(text) == []


def test_a_conjunct_that_names_an_organization_itself_keeps_its_name():
    assert organization_names("Bildiride PKK ve FETÖ terör örgütleri kınandı.") == [
        "Fethullahçı Terör Örgütü", "PKK"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Bakan açıklamayı Twitter hesabından yaptı.", ["Twitter"]),
        ("Mesajlar bir WhatsApp grubunda paylaşıldı.", ["WhatsApp"]),
        ("Başkan, Truth Social hesabından seslendi.", ["Truth Social"]),
        ("Kurum NSosyal hesabından duyurdu.", ["NSosyal"]),
        ("Konser biletleri Biletix üzerinden satıldı.", ["Biletix"]),
        ("Sözcü, X hesabından bir mesaj paylaştı.", ["X"]),
    ],
)
def test_platforms_and_brands_are_named_without_a_head_noun(text, expected):
    assert organization_names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Bu X kuşağı için yeni bir dönem.",
        "Doktor hastaya X ışını çekilmesini söyledi.",
    ],
)
def test_a_lone_x_is_the_platform_only_before_an_account_word(text):
    assert organization_names(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("SİVAS (Yayla Postası) – Vali dün köyleri gezdi.", ["Yayla Postası"]),
        ("İSTANBUL (A.A) - Borsa güne yükselişle başladı.", ["A.A"]),
        ("İHA muhabirine konuşan müdür bilgi verdi.", ["İhlas Haber Ajansı"]),
        ("Vali dün köyleri gezdi.\n\nKaynak: HABER MERKEZİ", []),
        ("Ordu insansız hava aracı (İHA) saldırısını püskürttü.", []),
        ("SPOR - Maç yarın oynanacak.", []),
    ],
)
def test_outlets_in_datelines_and_beside_their_reporters(text, expected):
    assert organization_names(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Toplantıya Sahil Güvenlik Karadeniz Bölge Komutanlığı'ndan bir binbaşı katıldı.",
         ["Sahil Güvenlik Karadeniz Bölge Komutanlığı"]),
        ("Kültür ve Turizm Bakanlığı Sinema Genel Müdürlüğü destek verdi.",
         ["Kültür ve Turizm Bakanlığı", "Kültür ve Turizm Bakanlığı Sinema Genel Müdürlüğü"]),
    ],
)
def test_a_listed_body_opening_its_unit_is_the_unit_but_a_ministry_stays(text, expected):
    assert organization_names(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Van 2024 yılı 2. Dönem İl Koordinasyon Kurulu toplandı.", ["İl Koordinasyon Kurulu"]),
        ("Köylere Orman Bölge Müdürlüğü ekipleri ulaştı.", ["Orman Bölge Müdürlüğü"]),
        ("Dün İzmir 3. Ağır Ceza Mahkemesi karar verdi.", ["İzmir 3. Ağır Ceza Mahkemesi"]),
    ],
)
def test_a_period_and_a_plural_in_a_case_are_no_part_of_a_name(text, expected):
    assert organization_names(text) == expected


def test_a_generic_body_after_a_country_in_the_genitive_is_that_countrys():
    text = "Tatbikatı düzenleyen Portekiz’in Savunma Bakanlığı yeni araçları deneyecek."
    assert organization_names(text) == ["Portekiz Savunma Bakanlığı"]
