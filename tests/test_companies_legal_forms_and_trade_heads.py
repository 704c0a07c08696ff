"""Names in open-world news (issue 17): legal forms closing company names,
companies named by a trade head noun. Inputs are short sentences written for these tests."""

import pytest

import pipeline


def organization_names(text: str) -> list[str]:
    return sorted(e.name for e in pipeline.extract(text).entities if e.type == "ORGANIZATION")


def organization_mentions(text: str) -> list[str]:
    return sorted(m.text for e in pipeline.extract(text).entities if e.type == "ORGANIZATION" for m in e.mentions)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Kartal Holding A.Ş. yeni yatırımını açıkladı.", ["Kartal Holding A.Ş."]),
        ("Bütün hisseler satıldı. Hisseler Sonera Holding B.V.'ye devredildi.", ["Sonera Holding B.V."]),
        ("Yazı dün Aygaz A.Ş'ye gönderildi.", ["Aygaz A.Ş"]),
        ("En yüksek teklifi bekliyorlardı. Teklifi Yıldız Grup İnşaat Ticaret Ltd. Şti verdi.",
         ["Yıldız Grup İnşaat Ticaret Ltd. Şti"]),
        ("İhaleye Ekin İnşaat Sanayi ve Ticaret AŞ katıldı.", ["Ekin İnşaat Sanayi ve Ticaret AŞ"]),
    ],
)
def test_a_legal_form_closes_a_company_name_and_belongs_to_it(text, expected):
    assert organization_names(text) == expected


def test_the_form_written_with_and_without_its_last_dot_is_one_company():
    text = "Kartal Holding A.Ş.'nin payı arttı. Kartal Holding A.Ş ile görüşme sürüyor."
    assert organization_names(text) == ["Kartal Holding A.Ş."]  # the dot before a suffix is the form's
    assert organization_mentions(text) == ["Kartal Holding A.Ş", "Kartal Holding A.Ş.'nin"]


def test_an_office_title_before_the_company_is_no_part_of_its_name():
    assert organization_names("Mahkeme Başkanı Kaya Gaz A.Ş'ye yazı yazdı.") == ["Kaya Gaz A.Ş"]


def test_a_listed_company_inside_a_name_with_a_legal_form_is_no_mention_of_its_own():
    assert organization_names("Turkcell İletişim Hizmetleri A.Ş. açıklama yaptı.") == [
        "Turkcell İletişim Hizmetleri A.Ş."
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Haberi dün Ermenistan Kamu Televizyonu duyurdu.", ["Ermenistan Kamu Televizyonu"]),
        ("Poliçeyi geçen yıl Anadolu Sigorta düzenledi.", ["Anadolu Sigorta"]),
        ("Konuklar iki gün Yeşil Vadi Oteli'nde kaldı.", ["Yeşil Vadi Oteli"]),
        ("Sanık tutuklanarak Silivri Cezaevi'ne gönderildi.", ["Silivri Cezaevi"]),
    ],
)
def test_offices_broadcasters_insurers_and_hotels_end_in_their_head_noun(text, expected):
    assert organization_names(text) == expected


def test_a_centre_is_no_head_noun_it_ends_venues_too():
    # culture and medical centres are listed heads of their own (round 7)
    assert organization_names("Yarış dün Uludağ Kayak Merkezi'nde yapıldı.") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Hisseleri en çok artan Kartal Polyester oldu.", ["Kartal Polyester"]),
        ("Bu yıl Yıldız Mobilya yeni bir fabrika açtı.", ["Yıldız Mobilya"]),
    ],
)
def test_a_trade_word_closes_a_company_name(text, expected):
    assert organization_names(text) == expected


def person_mentions(text: str) -> dict[str, list[str]]:
    return {e.name: [m.text for m in e.mentions] for e in pipeline.extract(text).entities if e.type == "PERSON"}


def test_a_given_name_alone_after_the_full_name_is_a_mention_of_that_person():
    text = "Golü Cenk Tosun attı. Maçtan sonra Cenk, takımına teşekkür etti."
    assert person_mentions(text) == {"Cenk Tosun": ["Cenk Tosun", "Cenk"]}


@pytest.mark.parametrize(
    "text",
    [
        # two people share the given name: it names neither alone
        "Cenk Tosun ve Cenk Aydın sahadaydı. Sonra Cenk konuştu.",
        # the article writes the given name as a common word
        "Ümit Kara geldi. Herkesin ümit dolu olduğunu söyledi. Ümit, sonra ayrıldı.",
    ],
)
def test_a_given_name_alone_names_no_one_when_it_is_ambiguous(text):
    assert not any(m in ("Cenk", "Ümit") for mentions in person_mentions(text).values() for m in mentions)


def test_a_given_name_before_another_surname_is_another_persons_name():
    text = "Cenk Tosun gol attı. Cenk Aydın'ın pasıyla geldi."
    assert "Cenk" not in [m for mentions in person_mentions(text).values() for m in mentions]


def test_a_standing_naval_group_written_with_its_number_after_a_hyphen_is_the_listed_mission():
    missions = [e for e in pipeline.extract("Fırkateyn NATO Daimi Deniz Görev Grubu-2'ye katıldı.").entities
                if e.type == "MISSION"]
    assert [(m.acronym, [x.text for x in m.mentions]) for m in missions] == [
        ("SNMG2", ["NATO Daimi Deniz Görev Grubu-2'ye"])
    ]


@pytest.mark.parametrize(
    "text, name",
    [
        ("Ahmet Gül Beyin bir cevap vermesi lazım.", "Ahmet Gül"),
        ("Bu soruyu Ayşe Kara Hanıma sorduk.", "Ayşe Kara"),
        ("Selim Demir Beyi dün ziyaret ettik.", "Selim Demir"),
    ],
)
def test_an_honorific_with_an_ending_written_on_ends_the_name(text, name):
    assert list(person_mentions(text)) == [name]


def test_the_forms_last_dot_before_a_comma_is_the_forms():
    text = "Egeli Ev Aletleri Sanayi ve Ticaret A.Ş., 2025 yılında rekor kırdı."
    assert organization_names(text) == ["Egeli Ev Aletleri Sanayi ve Ticaret A.Ş."]
