"""A board's name inside an office title and a numbered session name their owner, a short form
right after an organization is its own council, a plural inside one body's name heads no list,
a person's chairmanship after an apostrophe, and an office in a list before a shared office
noun. Sentences written for these tests."""

import pytest

import pipeline


def organizations(text: str) -> list[str]:
    return [e.name for e in pipeline.extract(text).entities if e.type == "ORGANIZATION"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Toplantıya KRT Lojistik Yönetim Kurulu Başkanı Ayşe Demir katıldı.", ["KRT Lojistik"]),
        ("Kartal Spor Kulübü Yönetim Kurulu Üyesi Can Er istifa etti.", ["Kartal Spor Kulübü"]),
        ("Açılışı MLPD Yönetim Kurulu Başkanı Ali Kaya yaptı.", ["MLPD"]),
    ],
)
def test_a_board_opening_an_office_title_names_its_owner(text, expected):
    assert organizations(text) == expected


def test_an_acronym_said_elsewhere_is_named_there_not_by_its_board():
    text = ("Mavi Lojistik Derneği (MLD) raporunu yayımladı. Raporu MLD Yönetim Kurulu Başkanı "
            "Ali Kaya sundu.")
    assert organizations(text) == ["Mavi Lojistik Derneği"]


def test_a_common_noun_before_a_board_in_a_title_is_no_name():
    assert organizations("Şirket Yönetim Kurulu Başkanı Ali Kaya yatırımı anlattı.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Türkiye Odalar ve Borsalar Birliği (TOBB) bu yıl TOBB 81'inci Genel Kurulu'nu Ankara'da yaptı.",
        "Türkiye Odalar ve Borsalar Birliği (TOBB) bu yıl TOBB 81. Genel Kurulu'nu Ankara'da yaptı.",
    ],
)
def test_a_numbered_general_assembly_is_a_session_of_its_owner(text):
    assert organizations(text) == ["Türkiye Odalar ve Borsalar Birliği"]


def test_a_short_form_right_after_an_organization_is_its_own_council():
    text = "İstanbul Ticaret Odası (İTO) üyeleri dün İTO Meclis salonunda toplandı."
    assert organizations(text) == ["İstanbul Ticaret Odası"]


def test_a_short_form_after_an_organization_keeps_its_council_named_before():
    text = ("Bütçe, Ankara Büyükşehir Belediye (ABB) Meclisi'nde oylandı. Daha sonra ABB Meclis'i "
            "ek bütçeyi de onayladı.")
    assert organizations(text) == ["Ankara Büyükşehir Belediye Meclisi"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Törene Vali Yardımcısı Ali Kaya, Esnaf ve Sanatkarlar Odaları Birliği Başkanı Can Er katıldı.",
         ["Esnaf ve Sanatkarlar Odaları Birliği"]),
        ("Toplantıya Kayseri Ticaret ve Sanayi Odaları Birliği temsilcileri geldi.",
         ["Kayseri Ticaret ve Sanayi Odaları Birliği"]),
    ],
)
def test_a_plural_before_a_head_noun_of_its_own_is_one_name(text, expected):
    assert organizations(text) == expected


def test_plural_heads_still_make_a_list():
    text = "Sağlık ve İçişleri Bakanlıkları ortak bir açıklama yaptı."
    assert organizations(text) == ["Sağlık Bakanlığı", "İçişleri Bakanlığı"]


@pytest.mark.parametrize(
    "text",
    [
        "Kurul, Ayşe Demir Başkanlığı'nda toplandı.",
        "Komisyon dün Mehmet Aydın Başkanlığı’nda bir araya geldi.",
        "Kurul, Ayşe Demir Başkanlığında toplandı.",
    ],
)
def test_a_persons_chairmanship_is_no_organization(text):
    assert organizations(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Muhalefet, Cumhurbaşkanlığı ve Parlamento Genel Seçimleri için ortak aday arıyor.",
        "Partiler, Cumhurbaşkanlığı ve Milletvekilliği seçimleri öncesinde bir araya geldi.",
    ],
)
def test_an_office_listed_before_a_shared_election_noun_is_no_organization(text):
    assert organizations(text) == []


def test_the_presidency_before_other_words_is_still_named():
    assert organizations("Cumhurbaşkanlığı ve Dışişleri Bakanlığı ortak açıklama yaptı.") == [
        "Cumhurbaşkanlığı", "Dışişleri Bakanlığı"]
