"""Organizations the catalogue lists from public lists (round 20): Turkish universities and
their acronyms, public agencies, unions and chambers, BIST companies, clubs of the football,
basketball and volleyball leagues; and names that must not match, an acronym two bodies
share or a company named by an ordinary word. Inputs are short sentences written for these tests."""

import pytest

import pipeline


def organizations(text: str) -> list[tuple[str, str | None]]:
    return sorted((e.name, e.acronym) for e in pipeline.extract(text).entities if e.type == "ORGANIZATION")


def organization_names(text: str) -> list[str]:
    return sorted(name for name, _ in organizations(text))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("KTÜ öğrencileri kampüste bir fidan dikme etkinliği düzenledi.",
         [("Karadeniz Teknik Üniversitesi", "KTÜ")]),
        ("Yarışmayı YTÜ ekibi kazandı.", [("Yıldız Teknik Üniversitesi", "YTÜ")]),
        ("Araştırmayı DEÜ ve İYTE akademisyenleri birlikte yürüttü.",
         [("Dokuz Eylül Üniversitesi", "DEÜ"), ("İzmir Yüksek Teknoloji Enstitüsü", "İYTE")]),
        # the short name stays the entity's name; the acronym is the listed row's
        ("Kurs Sütçü İmam Üniversitesi kampüsünde yapılacak.", [("Sütçü İmam Üniversitesi", "KSÜ")]),
    ],
)
def test_universities_by_name_acronym_or_short_name(text, expected):
    assert organizations(text) == expected


def test_a_short_name_is_the_listed_university():
    [entity] = [e for e in pipeline.extract("Uludağ Üniversitesi yeni dönemde üç bölüm açacak.").entities
                if e.type == "ORGANIZATION"]
    assert entity.name_en == "Bursa Uludağ University"


def test_a_university_named_for_a_person_holds_no_person():
    record = pipeline.extract("Recep Tayyip Erdoğan Üniversitesi yeni bir laboratuvar açtı.")
    assert [e.name for e in record.entities if e.type == "PERSON"] == []
    assert [e.name for e in record.entities if e.type == "ORGANIZATION"] == ["Recep Tayyip Erdoğan Üniversitesi"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Yanlış haberlere karşı DMM bir açıklama yayımladı.", ["Dezenformasyonla Mücadele Merkezi"]),
        ("Başvurular TKDK üzerinden alınacak.", ["Tarım ve Kırsal Kalkınmayı Destekleme Kurumu"]),
        ("Gösteriyi Devlet Opera ve Balesi sahneleyecek.", ["Devlet Opera ve Balesi"]),
        ("Toplantıya Birleşik Kamu-İş ve TÜRMOB temsilcileri katıldı.",
         ["Birleşik Kamu İşgörenleri Sendikaları Konfederasyonu",
          "Türkiye Serbest Muhasebeci Mali Müşavirler ve Yeminli Mali Müşavirler Odaları Birliği"]),
        ("EBSO ve BTSO üyeleri fuarda stant açtı.",
         ["Bursa Ticaret ve Sanayi Odası", "Ege Bölgesi Sanayi Odası"]),
    ],
)
def test_agencies_unions_and_chambers(text, expected):
    assert organization_names(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Akçansa ve Brisa hisseleri günü yükselişle kapattı.", ["Akçansa", "Brisa"]),
        ("Odeabank kredi faizlerini düşürdü.", ["Odeabank"]),
        ("Bodrum FK deplasmanda Esenler Erokspor ile berabere kaldı.", ["Bodrum FK", "Esenler Erokspor"]),
    ],
)
def test_companies_banks_and_clubs(text, expected):
    assert organization_names(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Basketbol Süper Ligi'nde Galatasaray Odeabank, Türk Telekom'u 80-75 yendi.",
         ["Basketbol Süper Ligi", "Galatasaray Odeabank", "Türk Telekom"]),
        # the sponsor's word with a suffix is still the club's name
        ("Türk Telekom, Basketbol Süper Ligi'nde Galatasaray Odeabank'a 80-75 yenildi.",
         ["Basketbol Süper Ligi", "Galatasaray Odeabank", "Türk Telekom"]),
    ],
)
def test_a_listed_bank_after_a_club_is_its_sponsor(text, expected):
    assert organization_names(text) == expected


def test_a_sports_federation_makes_no_city_a_club():
    text = "Türkiye Güreş Federasyonu Başkanı, sporcuların Roma ve Tokyo'daki oyunlarda yarıştığını söyledi."
    assert organization_names(text) == ["Türkiye Güreş Federasyonu"]


@pytest.mark.parametrize(
    "text",
    [
        # an ordinary word that also ends a company's name: only the longer name is listed
        "Mavi bir gökyüzünün altında yürüdük.",
        "Yemeğin tadı çok güzeldi, Logo tasarımı da beğenildi.",
        # KTO is the chamber of commerce of Konya and of Kayseri: the acronym alone names neither
        "KTO üyeleri toplandı.",
        # a car battery, not a university
        "AKÜ arızası yüzünden araç yolda kaldı.",
    ],
)
def test_ordinary_words_and_shared_acronyms_name_no_organization(text):
    assert organization_names(text) == []
