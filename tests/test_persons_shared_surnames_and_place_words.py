"""Names in open-world news (issue 17): given names listed before one surname, name
words spelled like places. Inputs are short sentences written for these tests."""

import pytest

import pipeline


def titled_persons(text: str) -> dict[str, list[str]]:
    return {e.name: [t.title for t in e.titles or []] for e in pipeline.extract(text).entities if e.type == "PERSON"}


def persons(text: str) -> set[str]:
    return set(titled_persons(text))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Kazada yaralanan Elif, Deniz ve Mehmet Ali Arslan taburcu oldu.",
         {"Elif Arslan", "Deniz Arslan", "Mehmet Ali Arslan"}),
        ("Törene Ayşe ve Mehmet Yılmaz da katıldı.", {"Ayşe Yılmaz", "Mehmet Yılmaz"}),
        ("Yaralılar Nisa, Tuana, Berkay Emre Koç hastaneye kaldırıldı.",
         {"Nisa Koç", "Tuana Koç", "Berkay Emre Koç"}),
    ],
)
def test_given_names_listed_before_one_surname_share_it(text, expected):
    assert persons(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a given name the lists also know as a surname (``Selim``, ``Hasan``, ``Ünal``)
        ("Hissedarlar arasında Selim ve Orhan Kalkan da bulunuyor.", {"Selim Kalkan", "Orhan Kalkan"}),
        ("Mahkeme, Hasan ve Cemil Erkan ile Aylin Tuna dahil beş sanığın cezasını onadı.",
         {"Hasan Erkan", "Cemil Erkan", "Aylin Tuna"}),
        ("Şirketin hisseleri Ünal ve Uğur Özata arasında paylaşıldı.", {"Ünal Özata", "Uğur Özata"}),
    ],
)
def test_a_given_name_that_is_also_a_surname_shares_the_surname_after_ve(text, expected):
    assert persons(text) == expected


def test_a_surname_said_alone_elsewhere_is_no_family_given_name():
    text = "Cumhurbaşkanı Erdoğan dün konuştu. Toplantıda Erdoğan ve Özgür Özel görüştü."
    assert persons(text) == {"Erdoğan", "Özgür Özel"}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Salonda Ahmet Yıldız, Mehmet ve Ali Kaya vardı.", {"Ahmet Yıldız", "Mehmet", "Ali Kaya"}),
        ("Gelenler Ayşe, Ali Kaya oldu.", {"Ali Kaya"}),  # one item without ``ve``: too little
    ],
)
def test_a_list_that_is_no_family(text, expected):
    assert persons(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Genel Kurul, Meclis Başkanvekili Tekin Bingöl başkanlığında toplandı.",
         {"Tekin Bingöl": ["Meclis Başkanvekili"]}),
        ("Törene Genel Sekreteri Sayın Bağdat Amreyev katıldı.", {"Bağdat Amreyev": ["Genel Sekreteri"]}),
        ("Davada tanık Mehmet Bingöl dinlendi.", {"Mehmet Bingöl": []}),
    ],
)
def test_a_place_inside_a_name_is_a_name_word(text, expected):
    assert titled_persons(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Bakan Ali Kaya Bingöl'de konuştu.", {"Ali Kaya": ["Bakan"]}),
        ("Vali Mehmet Kaya, Bingöl ve Muş illerini gezdi.", {"Mehmet Kaya": ["Vali"]}),
    ],
)
def test_a_place_after_a_name_stays_a_place(text, expected):
    assert titled_persons(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Sonuçları Kurum Başkanı Prof. Dr. Kemal Aytaşlı Twitter hesabından duyurdu.",
         {"Kemal Aytaşlı": ["Kurum Başkanı"]}),
        ("Yarbay Umut Dogançay Izmir, Aydin ve Usak illerindeki verileri sundu.", {"Umut Dogançay": ["Yarbay"]}),
    ],
)
def test_a_platform_or_a_list_of_places_after_a_name_is_no_name_word(text, expected):
    assert titled_persons(text) == expected


def test_a_social_media_platform_is_an_organization():
    entities = pipeline.extract("Ali Kaya Instagram hesabından paylaştı.").entities
    assert ("Instagram", "ORGANIZATION") in {(e.name, e.type) for e in entities}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Toplantıya Büyükelçi Martha Ama Akyaa Pobee katıldı.", {"Martha Ama Akyaa Pobee": ["Büyükelçi"]}),
        ("Yarbay Umut Dogançay Izmir ve Aydin illerini gezdi.", {"Umut Dogançay Izmir": ["Yarbay"]}),
    ],
)
def test_a_long_name_keeps_its_words(text, expected):
    # two items are no list: a third name word stays
    assert titled_persons(text) == expected


def test_our_office_before_ve_is_no_title_of_the_next_name():
    text = "Çelik, Cumhurbaşkanımız ve Sayın Bahçeli'nin kararlılığı açıktır dedi."
    assert titled_persons(text)["Bahçeli"] == []


def test_two_offices_joined_by_ve_are_one_persons():
    text = "Toplantıya Başkan Yardımcısı ve Genel Sekreter Ali Kaya katıldı."
    assert titled_persons(text) == {"Ali Kaya": ["Başkan Yardımcısı", "Genel Sekreter"]}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Heyet, kentteki 9'uncu Kolordu Komutanı Korgeneral Ali Kaya ile görüştü.",
         {"Ali Kaya": ["9'uncu Kolordu Komutanı", "Korgeneral"]}),
        ("Heyet, 2'nci Ordu Komutanı Orgeneral Ayşe Demir ile görüştü.",
         {"Ayşe Demir": ["2'nci Ordu Komutanı", "Orgeneral"]}),
    ],
)
def test_an_ordinal_with_its_ending_numbers_the_unit_of_an_office(text, expected):
    assert titled_persons(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Toplantıya D.Ü Rektörü Kamuran Eronat da katıldı.", {"Kamuran Eronat": ["D.Ü Rektörü"]}),
        ("Kestrel Başkan Yardımcısı Ravi Shankar'a göre talep artacak.",
         {"Ravi Shankar": ["Kestrel Başkan Yardımcısı"]}),
    ],
)
def test_a_body_before_an_office_belongs_to_it(text, expected):
    # an abbreviation with dots; a company's name opening the sentence before a deputy's office
    assert titled_persons(text) == expected


def test_a_sentence_opener_in_a_case_is_no_body_of_a_deputys_office():
    assert titled_persons("Açılışa Başkan Yardımcısı Ali Kaya katıldı.") == {"Ali Kaya": ["Başkan Yardımcısı"]}


def test_every_name_in_the_list_after_a_plural_office_holds_it():
    text = ("Duruşmayı CHP milletvekilleri Hüseyin Kaya, Dilan Dirayet Aksoy, Tülay Hatimoğulları "
            "ve Oya Ersoy da izledi.")
    assert titled_persons(text) == {
        name: ["CHP milletvekili"] for name in ("Hüseyin Kaya", "Dilan Dirayet Aksoy", "Tülay Hatimoğulları", "Oya Ersoy")
    }


def test_a_plural_office_before_a_meetings_name_names_no_person():
    assert titled_persons('Paşa, "Balkan Ülkeleri Genelkurmay Başkanları Toplantısına" katılacak.') == {}


@pytest.mark.parametrize("surname", ["Hatimoğulları", "Koçoğulları"])
def test_a_family_name_in_oğulları_is_a_name_word(surname):
    assert titled_persons(f"Açıklamayı Ayşe {surname} yaptı.") == {f"Ayşe {surname}": []}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Takım, Sırp pasör çaprazı Jelena Marković'i kadrosuna kattı.", {"Jelena Marković": ["pasör çaprazı"]}),
        ("Kulüp, smaçör Ana Dragović'i transfer etti.", {"Ana Dragović": ["smaçör"]}),
    ],
)
def test_a_players_position_is_the_players_title(text, expected):
    assert titled_persons(text) == expected


def test_an_academic_position_is_an_office_with_its_faculty():
    text = "Ödülü, Ege Üniversitesi Fen Fakültesi Araştırma Görevlisi Ayşe Nur Demir aldı."
    assert titled_persons(text) == {"Ayşe Nur Demir": ["Ege Üniversitesi Fen Fakültesi Araştırma Görevlisi"]}


@pytest.mark.parametrize(
    "text",
    [
        "Üniversiteye bağlı Zehra Hanım Tıp Merkezi kapatıldı.",
        "Başkana Türk Dünyası Ali Nişanı verildi.",
    ],
)
def test_a_things_name_after_a_given_name_names_no_person(text):
    assert titled_persons(text) == {}


def test_countries_and_a_lowercase_plural_office_describe_the_names_after_them():
    text = "Gürcistan ve Moldova liderleri Ana Beridze ve Maria Rusu bir araya geldi."
    assert titled_persons(text) == {"Ana Beridze": [], "Maria Rusu": []}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Mahkeme Rahip Wilson'un tahliyesine karar verdi.", {"Wilson": ["Rahip"]}),
        ("Sözcü, Pastör Wilson'ın durumunu izlediklerini söyledi.", {"Wilson": ["Pastör"]}),
    ],
)
def test_a_clergy_title_announces_a_name(text, expected):
    assert titled_persons(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Heyet, Kolordu Komutanı Korgenaral Ali Kaya ile görüştü.", {"Ali Kaya": ["Kolordu Komutanı", "Korgeneral"]}),
        ("Törene Tümgenaral Ayşe Demir katıldı.", {"Ayşe Demir": ["Tümgeneral"]}),
    ],
)
def test_a_misspelled_rank_before_a_given_name_is_the_rank(text, expected):
    assert titled_persons(text) == expected


def test_a_word_two_edits_from_a_rank_is_no_rank():
    assert titled_persons("Törene Korganarel Ali Kaya katıldı.") == {"Ali Kaya": []}
