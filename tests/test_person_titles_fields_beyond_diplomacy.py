"""Offices and roles of sport, courts, culture, local and economic news said in lowercase
(issue 17): the office phrase as the article writes it, its field in as many words as it takes,
the owner kept when it is a named body and left out when it is a common noun in the genitive.
Inputs are short sentences written for these tests."""

import pytest

import pipeline


def titled_persons(text: str) -> dict[str, list[str]]:
    return {e.name: [t.title for t in e.titles or []] for e in pipeline.extract(text).entities if e.type == "PERSON"}


@pytest.mark.parametrize(
    "text, title",
    [
        ("Kurumun teftiş kurulu başkanlığı inceleme müdürü Ayşe Kaya rapor yazdı.",
         "teftiş kurulu başkanlığı inceleme müdürü"),
        ("Şirketin insan kaynakları müdürü Ayşe Kaya mülakat yaptı.", "insan kaynakları müdürü"),
        ("Gazetenin yazı işleri müdürü Ayşe Kaya ifade verdi.", "yazı işleri müdürü"),
        ("Belediyenin fen işleri müdürü Ayşe Kaya yolu açtı.", "fen işleri müdürü"),
        ("Partinin disiplin kurulu başkanı Ayşe Kaya kararı duyurdu.", "disiplin kurulu başkanı"),
        ("Toplantıda konuşan komisyon başkanı Ayşe Kaya önerileri sıraladı.", "komisyon başkanı"),
        ("Belediye meclis üyesi Ayşe Kaya önerge verdi.", "Belediye meclis üyesi"),
        ("Okul aile birliği başkanı Ali Veli konuştu.", "Okul aile birliği başkanı"),
        ("Partinin gençlik kolları başkanı Ayşe Kaya konuştu.", "gençlik kolları başkanı"),
        ("Ağır ceza mahkemesi hakimi Serkan Aydın kararı açıkladı.", "Ağır ceza mahkemesi hakimi"),
    ],
)
def test_a_lowercase_office_keeps_every_field_noun_before_it(text, title):
    assert list(titled_persons(text).values()) == [[title]]


@pytest.mark.parametrize(
    "text, title",
    [
        ("Örgütün askeri kanat sözcüsü Ali Veli açıklama yaptı.", "askeri kanat sözcüsü"),
        ("Belediyenin mali işler müdürü Ayşe Kaya bütçeyi sundu.", "mali işler müdürü"),
        ("Hastanenin idari müdürü Ayşe Kaya açıklama yaptı.", "idari müdürü"),
        ("Tiyatronun genel sanat yönetmeni Elif Şahin konuştu.", "genel sanat yönetmeni"),
    ],
)
def test_an_adjective_that_names_the_field_is_part_of_the_office(text, title):
    assert list(titled_persons(text).values()) == [[title]]


@pytest.mark.parametrize(
    "text, title",
    [
        ("Hamas'ın siyasi büro başkanı Ahmet Yılmaz Kahire'ye gitti.", "Hamas siyasi büro başkanı"),
        ("Galatasaray'ın yardımcı antrenörü Emre Kılıç konuştu.", "Galatasaray yardımcı antrenörü"),
        ("Beşiktaş'ın teknik direktörü Serkan Aydın maçtan sonra konuştu.", "Beşiktaş teknik direktörü"),
    ],
)
def test_a_named_body_in_the_genitive_owns_the_lowercase_office(text, title):
    assert list(titled_persons(text).values()) == [[title]]


def test_former_stays_inside_an_office_after_its_body():
    text = "Toplantıya İKSV eski yönetim kurulu başkanı Ayşe Kaya katıldı."
    assert titled_persons(text) == {"Ayşe Kaya": ["İKSV eski yönetim kurulu başkanı"]}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Kulübün yeni müdürü Ali Kaya geldi.", {"Ali Kaya": ["Müdür"]}),
        ("Deneyimli avukat Elif Şahin itiraz etti.", {"Elif Şahin": ["avukat"]}),
        ("Genç hakem Emre Kılıç iki penaltı verdi.", {"Emre Kılıç": ["hakem"]}),
    ],
)
def test_an_adjective_that_describes_the_holder_stays_out(text, expected):
    assert titled_persons(text) == expected


@pytest.mark.parametrize(
    "text, title",
    [
        ("Maçı hakem Serkan Aydın yönetti.", "hakem"),
        ("Maçın hakemi Serkan Aydın kırmızı kart gösterdi.", "hakem"),
        ("Takımın kalecisi Emre Kılıç penaltı kurtardı.", "kaleci"),
        ("Kadroya alınan orta saha oyuncusu Emre Kılıç gol attı.", "orta saha oyuncusu"),
        ("Emre Kılıç'ın antrenörü Serkan Aydın açıklama yaptı.", "antrenör"),
        ("Cumhuriyet savcısı Serkan Aydın soruşturma başlattı.", "Cumhuriyet savcısı"),
        ("Sanığın avukatı Serkan Aydın itiraz etti.", "avukat"),
        ("Filmin yapımcısı Elif Şahin ödül aldı.", "yapımcı"),
        ("Filmin yönetmeni Elif Şahin ödül aldı.", "yönetmen"),
        ("Sergiyi küratör Elif Şahin hazırladı.", "küratör"),
        ("Holdingin yönetim kurulu başkanı Ayşe Kaya hisseleri sattı.", "Yönetim Kurulu Başkanı"),
        ("Bankanın genel müdür yardımcısı Ayşe Kaya istifa etti.", "genel müdür yardımcısı"),
        ("Şirketin CEO'su Mehmet Demir konuştu.", "CEO"),
        ("Şirketin kurucu ortağı Ali Veli hisselerini sattı.", "Kurucu Ortağı"),
        ("Orkestra şefi Elif Şahin konser verdi.", "Orkestra şefi"),
        ("Bilirkişi Serkan Aydın raporunu sundu.", "Bilirkişi"),
    ],
)
def test_a_role_of_sport_courts_culture_or_business_is_the_title_of_the_name_after_it(text, title):
    titles = [titles for titles in titled_persons(text).values() if titles]
    assert titles == [[title]]


@pytest.mark.parametrize(
    "text, title",
    [
        ("Fransa milli takımı kaptanı Ayşe Kaya takıma katıldı.", "milli takım kaptanı"),
        ("Milli takım kaptanı Emre Kılıç konuştu.", "Milli takım kaptanı"),
    ],
)
def test_a_countrys_possessive_goes_with_the_country_before_an_office(text, title):
    # ``milli takım`` is an adjective and a noun: the possessive on ``takımı`` was the country's
    assert list(titled_persons(text).values()) == [[title]]


def test_two_nouns_keep_their_own_compound_possessive_after_a_country():
    text = "Türkiye Voleybol Federasyonu yönetim kurulu üyesi Ayşe Kaya konuştu."
    assert list(titled_persons(text).values()) == [["Türkiye Voleybol Federasyonu yönetim kurulu üyesi"]]


def test_an_office_and_a_lowercase_office_joined_by_ve_are_both_the_names():
    text = "Törende Dışişleri Bakanı ve parti sözcüsü Ayşe Kaya konuştu."
    assert titled_persons(text) == {"Ayşe Kaya": ["Dışişleri Bakanı", "parti sözcüsü"]}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Emre Kılıç, kulübün basın sözcüsü, maçtan sonra konuştu.", {"Emre Kılıç": ["basın sözcüsü"]}),
        ("Emre Kılıç, takımın kaptanı, maçtan sonra konuştu.", {"Emre Kılıç": ["Kaptan"]}),
        ("Emre Kılıç, bankanın genel müdürü ile görüştü.", {"Emre Kılıç": []}),
        ("Emre Kılıç, takımın kaptanı Ali Veli ile görüştü.", {"Emre Kılıç": [], "Ali Veli": ["Kaptan"]}),
    ],
)
def test_an_office_set_off_by_commas_after_a_name_with_its_owner_in_the_genitive(text, expected):
    assert titled_persons(text) == expected


@pytest.mark.parametrize("role", ["Sanık", "Tanık", "Müşteki"])
def test_a_party_to_a_case_is_no_title(role):
    # the gold sets list no title for a defendant, witness or complainant
    assert titled_persons(f"{role} Serkan Aydın ifade verdi.") == {"Serkan Aydın": []}


@pytest.mark.parametrize(
    "text, title",
    [
        ("Koçtaş'ın genel müdürü Ayşe Kaya yeni mağazaları anlattı.", "Genel Müdür"),
        ("Bankanın genel müdürü Ayşe Kaya faizleri anlattı.", "Genel Müdür"),
        ("ASELSAN'ın Genel Müdürü Ayşe Kaya konuştu.", "ASELSAN Genel Müdürü"),
    ],
)
def test_an_office_whose_owner_is_left_out_is_said_without_the_owners_possessive(text, title):
    assert [titles for titles in titled_persons(text).values() if titles] == [[title]]
